// An APR given as a rate (internal): a decimal fraction (`'0.0969'` is 9.69%), at most 1 (100%)
// unless the input opts in with `highApr: true` (high-cost credit such as payday loans), never
// above 10 (1000%). The ceiling of 1 catches a percent typed into a fraction field (`'9.69'`).
// Shared by the APR inputs and the plan policy's `maxAprRate`.
import * as z from 'zod/mini';
import { DecimalStringSchema } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { digitsOf, plainText } from './apr-digits.js';
import { PlanErrorCodes } from './codes.js';

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/** The highest APR rate without `highApr`: 1 (100%). */
export const APR_RATE_CEILING = 1;
/** The highest APR rate with `highApr: true`: 10 (1000%). */
export const HIGH_APR_RATE_CEILING = 10;

/** Whether a string of the decimal grammar is above a whole-number limit (exact; also plan's rate schemas). @internal */
export function decimalAbove(value: string, limit: number): boolean {
  if (!DECIMAL.test(value) || value.startsWith('-')) return false;
  const [whole = '0', fraction = ''] = value.split('.');
  const w = whole.replace(/^0+(?=.)/, '');
  const l = String(limit);
  if (w.length !== l.length) return w.length > l.length;
  if (w !== l) return w > l;
  return /[1-9]/.test(fraction);
}

/** The fraction a percent written into a rate field meant: `'9.69'` -> `'0.0969'`. */
function asFraction(percent: string): string {
  const d = digitsOf(percent);
  return plainText({ c: d.c, e: d.e - 2 });
}

const RANGE = 'an APR rate is a decimal fraction ("0.0969" is 9.69%)';

/**
 * An APR as a decimal fraction, 0 to 10 (1000%); a value above 1 also needs `highApr: true` on
 * the input that holds it ({@link checkAprCeiling}). `PLAN_INVALID_RATE` otherwise.
 */
export const AprRateSchema = DecimalStringSchema.check(z.superRefine((value, ctx) => {
  if (!DECIMAL.test(value)) return;
  const negative = value.startsWith('-') && /[1-9]/.test(value);
  if (negative || decimalAbove(value, HIGH_APR_RATE_CEILING)) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is ${negative ? 'negative' : `above ${HIGH_APR_RATE_CEILING} (1000%)`}; ${RANGE}${negative ? '' : `; for ${value}% write "${asFraction(value)}"`}.`,
      params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_RATE),
      input: value,
    });
  }
}));

/**
 * Adds a `PLAN_INVALID_RATE` issue for each APR rate above 1 (100%) unless `highApr` is `true`,
 * and a `PLAN_UNSUPPORTED_OPTION` issue for `highApr` given where no rate it governs is (an
 * option with no effect is an error).
 */
export function checkAprCeiling(
  ctx: z.core.$RefinementCtx,
  highApr: boolean | undefined,
  rates: ReadonlyArray<readonly [string | undefined, string]>,
): void {
  if (highApr !== undefined && rates.every(([value]) => value === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: `highApr applies only with ${rates.map(([, key]) => key).join(' or ')}, which this input does not give.`,
      path: ['highApr'],
      params: arrearsIssue(PlanErrorCodes.PLAN_UNSUPPORTED_OPTION),
      input: highApr,
    });
    return;
  }
  if (highApr === true) return;
  for (const [value, key] of rates) {
    if (value === undefined || !decimalAbove(value, APR_RATE_CEILING) || decimalAbove(value, HIGH_APR_RATE_CEILING)) continue;
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is above 1 (100%); ${RANGE}: for ${value}% write "${asFraction(value)}"; for an APR above 100% (high-cost credit) set highApr: true.`,
      path: [key],
      params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_RATE),
      input: value,
    });
  }
}
