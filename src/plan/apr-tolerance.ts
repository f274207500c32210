import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { Digits } from './apr-digits.js';
import { digitsOf, minusDigits, plainText } from './apr-digits.js';
import { AprToleranceInputSchema } from './schemas.js';
import type { AprToleranceInput, AprToleranceResult } from './types.js';

const REGULAR: Digits = { c: 125n, e: -3 };
const IRREGULAR: Digits = { c: 25n, e: -2 };

/**
 * A rate as a percentage, exactly: `'0.0969'` is `'9.69'` (internal; shared with the APR).
 *
 * @internal
 */
export function percentOf(rate: string): string {
  const d = digitsOf(rate);
  return plainText({ c: d.c, e: d.e + 2 });
}

/**
 * The tolerance check on already-parsed decimal strings (internal; shared with {@link apr}).
 *
 * @internal
 */
export function toleranceOf(disclosedPercent: string, actualPercent: string, irregular: boolean): AprToleranceResult {
  const difference = minusDigits(digitsOf(disclosedPercent), digitsOf(actualPercent));
  const tolerance = irregular ? IRREGULAR : REGULAR;
  const magnitude = { c: difference.c < 0n ? -difference.c : difference.c, e: difference.e };
  return {
    withinTolerance: minusDigits(magnitude, tolerance).c <= 0n,
    tolerancePercent: irregular ? '0.25' : '0.125',
    differencePercent: plainText(difference),
    citation: irregular ? '12 CFR 1026.22(a)(3)' : '12 CFR 1026.22(a)(2)',
  };
}

/**
 * Whether a disclosed annual percentage rate is accurate under Regulation Z: within 1/8 of one
 * percentage point above or below the actuarial APR for a regular transaction
 * (12 CFR 1026.22(a)(2)), within 1/4 of one percentage point for an irregular one — multiple
 * advances, irregular payment periods or irregular payment amounts other than an irregular first
 * period or an irregular first or final payment (12 CFR 1026.22(a)(3)). The bounds are
 * inclusive ("not more than ... above or below"); the comparison is exact, on the decimal
 * strings given, without rounding.
 *
 * Not covered: the additional mortgage tolerances of 12 CFR 1026.22(a)(4) and (a)(5), which
 * depend on the disclosed finance charge.
 *
 * @param input - `disclosedPercent`, one of `actualPercent` / `actualAnnualRate`, and `irregular` (default `false`); see {@link AprToleranceInputSchema}
 * @returns `{ withinTolerance, tolerancePercent, differencePercent, citation }`; `differencePercent` is disclosed minus actual, exact
 * @throws {@link arrears!ValidationError} for a malformed decimal string (`MONEY_INVALID_DECIMAL`), or
 *   `PLAN_APR_INVALID_TOLERANCE_INPUT` unless exactly one actual rate is given
 *
 * @example
 * ```ts
 * import { isAprWithinTolerance } from 'arrears/plan';
 * isAprWithinTolerance({ disclosedPercent: '12.125', actualPercent: '12.00' }); // => { withinTolerance: true, tolerancePercent: '0.125', differencePercent: '0.125', citation: '12 CFR 1026.22(a)(2)' }
 * isAprWithinTolerance({ disclosedPercent: '9.50', actualAnnualRate: '0.0969', irregular: false }).withinTolerance; // => false
 * isAprWithinTolerance({ disclosedPercent: '9.50', actualAnnualRate: '0.0969', irregular: true }).withinTolerance; // => true
 * isAprWithinTolerance({ disclosedPercent: '9.50' }); // throws PLAN_APR_INVALID_TOLERANCE_INPUT
 * ```
 */
export function isAprWithinTolerance(input: AprToleranceInput): AprToleranceResult {
  const parsed = parseInput(AprToleranceInputSchema, input);
  // The schema guarantees exactly one of the two.
  const actual = parsed.actualPercent !== undefined ? parsed.actualPercent : percentOf(parsed.actualAnnualRate as string);
  return toleranceOf(parsed.disclosedPercent, actual, parsed.irregular ?? false);
}

/**
 * The non-throwing twin of {@link isAprWithinTolerance}, for values that come from user input.
 *
 * @param input - anything; an {@link AprToleranceInput} is expected
 * @returns `{ success: true, data }` with the check, or `{ success: false, error }` with the arrears error
 *
 * @example
 * ```ts
 * import { safeIsAprWithinTolerance } from 'arrears/plan';
 * safeIsAprWithinTolerance({ disclosedPercent: '10.30', actualPercent: '10.08', irregular: true }).success; // => true
 * safeIsAprWithinTolerance({ disclosedPercent: 10.3, actualPercent: '10.08' }).success; // => false
 * ```
 */
export function safeIsAprWithinTolerance(input: unknown): ArrearsResult<AprToleranceResult> {
  return attempt(() => isAprWithinTolerance(input as AprToleranceInput));
}
