// The fast path of parsing an APR input (internal). Most calls, a schedule's own APR among
// them, pass one advance and dated payments: decimal strings, dates and perhaps a currency.
// This checks exactly that shape with cheap tests, accepting only what AprInputSchema accepts
// too, and returns what the schema would return (the same keys, values unchanged); anything
// else returns `undefined` and the caller runs the schema, so errors stay identical. A property
// test checks both agree.
import type * as z from 'zod/mini';
import { getCurrency, isCurrencyCode } from '../money/index.js';
import type { CurrencyCode } from '../money/index.js';
import type { AprInputSchema } from './apr-schemas.js';
import { MAX_APR_PAYMENTS } from './apr-schemas.js';
import { isDate, isPlain, isPositiveAmount } from './fast-checks.js';

type ParsedInput = z.output<typeof AprInputSchema>;

const KEYS = new Set(['amountFinanced', 'advanceDate', 'payments', 'currency']);

/**
 * `{ amountFinanced, advanceDate, payments: [{ amount, date }, ...], currency }` as
 * AprInputSchema parses it, or `undefined` when the schema must decide.
 */
export function fastAprInput(input: unknown): ParsedInput | undefined {
  if (!isPlain(input)) return undefined;
  for (const key in input) if (!KEYS.has(key) || input[key] === undefined) return undefined;
  const { amountFinanced, advanceDate, payments, currency } = input;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return undefined;
  const minorUnits = getCurrency(currency).minorUnits;
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
  return { amountFinanced, advanceDate, payments: out, currency: currency as CurrencyCode };
}
