// The fast path of parsing an APR input (internal). Most calls, a schedule's own APR among
// them, pass one advance and dated payments: decimal strings, dates and perhaps a currency.
// This checks exactly that shape with cheap tests, accepting only what AprInputSchema accepts
// too, and returns what the schema would return (the same keys, values unchanged); anything
// else returns `undefined` and the caller runs the schema, so errors stay identical. A property
// test checks both agree.
import type * as z from 'zod/mini';
import { daysInMonthOf } from '../calendar/index.js';
import { getCurrency, isCurrencyCode } from '../money/index.js';
import type { CurrencyCode } from '../money/index.js';
import type { AprInputSchema } from './schemas.js';
import { MAX_APR_PAYMENTS } from './schemas.js';

type ParsedInput = z.output<typeof AprInputSchema>;

/** Up to 15 integer digits and 4 decimals: always inside the money grammar and every currency test below. */
const AMOUNT = /^(?:0|[1-9][0-9]{0,14})(?:\.([0-9]{1,4}))?$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const KEYS = new Set(['amountFinanced', 'advanceDate', 'payments', 'currency']);

function isPositiveAmount(value: unknown, minorUnits: number): value is string {
  if (typeof value !== 'string') return false;
  const match = AMOUNT.exec(value);
  return match !== null && (match[1] === undefined || match[1].length <= minorUnits) && /[1-9]/.test(value);
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month);
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `{ amountFinanced, advanceDate, payments: [{ amount, date }, ...], currency? }` as
 * AprInputSchema parses it, or `undefined` when the schema must decide.
 */
export function fastAprInput(input: unknown): ParsedInput | undefined {
  if (!isPlain(input)) return undefined;
  for (const key in input) if (!KEYS.has(key) || input[key] === undefined) return undefined;
  const { amountFinanced, advanceDate, payments, currency } = input;
  let minorUnits = 4;
  if (currency !== undefined) {
    if (typeof currency !== 'string' || !isCurrencyCode(currency)) return undefined;
    minorUnits = getCurrency(currency).minorUnits;
  }
  if (!isPositiveAmount(amountFinanced, minorUnits) || !isDate(advanceDate)) return undefined;
  if (!Array.isArray(payments) || payments.length === 0 || payments.length > MAX_APR_PAYMENTS) return undefined;
  const out: Array<{ amount: string; date: string }> = [];
  for (const payment of payments as unknown[]) {
    if (!isPlain(payment)) return undefined;
    let keys = 0;
    for (const key in payment) {
      if (key !== 'amount' && key !== 'date') return undefined;
      keys += 1;
    }
    const { amount, date } = payment;
    if (keys !== 2 || !isPositiveAmount(amount, minorUnits) || !isDate(date)) return undefined;
    out.push({ amount, date });
  }
  return { amountFinanced, advanceDate, payments: out, ...(currency === undefined ? {} : { currency: currency as CurrencyCode }) };
}
