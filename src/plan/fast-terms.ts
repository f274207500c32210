// The fast path of validating plan terms (internal). Most calls pass plain terms: a handful of
// decimal strings, a currency code, two dates, a frequency and a count. This checks exactly
// those shapes with cheap tests, accepting only what PlanTermsSchema accepts too, and returns
// what the schema would return (the same keys, in the schema's order, values unchanged);
// anything else returns `undefined` and the caller runs the schema, so errors stay identical.
// A property test checks both agree.
import { getCurrency, isCurrencyCode } from '../money/index.js';
import { PERIODS_PER_YEAR } from './plan-spec.js';
import { MAX_INSTALLMENTS } from './schemas.js';
import { isDate, isPlain, isPositiveAmount } from './fast-checks.js';
import type { PlanTerms } from './types.js';

/** The keys the fast path handles, in the schema's order (the rest go through the schema). */
const KEYS = ['principal', 'currency', 'annualRate', 'frequency', 'agreementDate', 'firstDueDate', 'installments', 'installmentAmount', 'method', 'interestMethod', 'rounding'] as const;
const KNOWN = new Set<string>(KEYS);
/** 0 to 9.999...: always within the schema's 0-10. */
const RATE = /^[0-9](?:\.[0-9]{1,20})?$/;
const METHODS = new Set(['level', 'equalPrincipal', 'interestFree']);
const INTEREST_METHODS = new Set(['periodic', 'dayCount']);
const ROUNDING = new Set(['halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor']);

/** Plain terms as PlanTermsSchema parses them, or `undefined` when the schema must decide. */
export function fastTerms(input: unknown): PlanTerms | undefined {
  if (!isPlain(input)) return undefined;
  const t = input;
  for (const key in t) if (!KNOWN.has(key) || t[key] === undefined) return undefined;
  const { currency, annualRate, frequency, agreementDate, firstDueDate, installments, installmentAmount, method, interestMethod, rounding } = t;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return undefined;
  const minorUnits = getCurrency(currency).minorUnits;
  if (!isPositiveAmount(t.principal, minorUnits) || typeof annualRate !== 'string' || !RATE.test(annualRate)) return undefined;
  // An own key only: 'constructor' or 'toString' would find Object.prototype's.
  if (typeof frequency !== 'string' || !Object.prototype.hasOwnProperty.call(PERIODS_PER_YEAR, frequency)) return undefined;
  if (!isDate(agreementDate) || !isDate(firstDueDate) || firstDueDate <= agreementDate) return undefined;
  if (installments === undefined) {
    if (!isPositiveAmount(installmentAmount, minorUnits)) return undefined;
  } else if (installmentAmount !== undefined || !Number.isInteger(installments) || (installments as number) < 1 || (installments as number) > MAX_INSTALLMENTS) {
    return undefined;
  }
  if (method !== undefined && (typeof method !== 'string' || !METHODS.has(method) || (method === 'interestFree' && /[1-9]/.test(annualRate)))) return undefined;
  // An equalPrincipal plan's count comes from regularPrincipalAmount: the schema refuses installmentAmount there.
  if (method === 'equalPrincipal' && installmentAmount !== undefined) return undefined;
  if (interestMethod !== undefined && (typeof interestMethod !== 'string' || !INTEREST_METHODS.has(interestMethod))) return undefined;
  if (rounding !== undefined && (typeof rounding !== 'string' || !ROUNDING.has(rounding))) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of KEYS) if (key in t) out[key] = t[key];
  return out as PlanTerms;
}
