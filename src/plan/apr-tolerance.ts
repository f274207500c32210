import type { ArrearsResult, Finding } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { Digits } from './apr-digits.js';
import { digitsOf, minusDigits, plainText } from './apr-digits.js';
import { IsAprWithinToleranceInputSchema } from './apr-schemas.js';
import { PlanReasonCodes } from './codes.js';
import type { AprToleranceVerdict, IsAprWithinToleranceInput } from './types.js';

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
 * A percentage as a rate, exactly: `'9.69'` is `'0.0969'` (internal; the policy's APR limit).
 *
 * @internal
 */
export function rateOf(percent: string): string {
  const d = digitsOf(percent);
  return plainText({ c: d.c, e: d.e - 2 });
}

/**
 * The tolerance verdict on already-parsed rates (decimal fractions; internal; shared with
 * {@link apr}): the difference is taken in percentage points, exactly.
 *
 * @internal
 */
export function toleranceOf(disclosedRate: string, actualRate: string, irregular: boolean): AprToleranceVerdict {
  const difference = minusDigits(digitsOf(percentOf(disclosedRate)), digitsOf(percentOf(actualRate)));
  const tolerance = irregular ? IRREGULAR : REGULAR;
  const magnitude = { c: difference.c < 0n ? -difference.c : difference.c, e: difference.e };
  const ok = minusDigits(magnitude, tolerance).c <= 0n;
  const tolerancePercent = irregular ? '0.25' : '0.125';
  const differencePercent = plainText(difference);
  const citation = irregular ? '12 CFR 1026.22(a)(3)' : '12 CFR 1026.22(a)(2)';
  const findings: Finding[] = ok
    ? []
    : [{
        code: PlanReasonCodes.PLAN_APR_OUTSIDE_TOLERANCE,
        severity: 'violation',
        message: `The disclosed APR of ${percentOf(disclosedRate)}% is ${differencePercent.replace(/^-/, '')} percentage points ${difference.c < 0n ? 'below' : 'above'} the actual ${percentOf(actualRate)}%, more than the ${tolerancePercent} allowed for a${irregular ? 'n irregular' : ' regular'} transaction.`,
        citation,
        path: ['disclosedAprRate'],
        details: { disclosedAprRate: disclosedRate, actualAprRate: actualRate, differencePercent, tolerancePercent },
      }];
  return { ok, findings, tolerancePercent, differencePercent, citation };
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
 * Both rates are decimal fractions, as {@link apr} returns `annualRate`: pass it as
 * `actualAprRate` unchanged. A rate above `'1'` (100%) is refused as a percent typed into a
 * fraction field unless `highApr` is `true` (high-cost credit, rates up to `'10'`).
 *
 * Not covered: the additional mortgage tolerances of 12 CFR 1026.22(a)(4) and (a)(5), which
 * depend on the disclosed finance charge.
 *
 * @param input - `disclosedAprRate`, `actualAprRate`, `irregular` (default `false`) and `highApr`; see {@link IsAprWithinToleranceInputSchema}
 * @returns a verdict `{ ok, findings, tolerancePercent, differencePercent, citation }`: `findings` holds one violation `PLAN_APR_OUTSIDE_TOLERANCE` when not `ok`; `differencePercent` is disclosed minus actual in percentage points, exact
 * @throws {@link arrears!ValidationError} for a malformed decimal string (`MONEY_INVALID_DECIMAL`),
 *   a missing rate (`INPUT_MISSING`), or a rate below 0 or above its ceiling (`PLAN_INVALID_RATE`)
 *
 * @example
 * ```ts
 * import { apr, isAprWithinTolerance } from 'arrears/plan';
 * isAprWithinTolerance({ disclosedAprRate: '0.12125', actualAprRate: '0.12' }); // => { ok: true, findings: [], tolerancePercent: '0.125', differencePercent: '0.125', citation: '12 CFR 1026.22(a)(2)' }
 * const loan = apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] });
 * isAprWithinTolerance({ disclosedAprRate: '0.095', actualAprRate: loan.annualRate, irregular: !loan.regular }).ok; // => false
 * isAprWithinTolerance({ disclosedAprRate: '0.095', actualAprRate: loan.annualRate, irregular: true }).ok; // => true
 * isAprWithinTolerance({ disclosedAprRate: '9.5', actualAprRate: loan.annualRate }); // throws PLAN_INVALID_RATE
 * ```
 */
export function isAprWithinTolerance(input: IsAprWithinToleranceInput): AprToleranceVerdict {
  const parsed = parseInput(IsAprWithinToleranceInputSchema, input);
  return toleranceOf(parsed.disclosedAprRate, parsed.actualAprRate, parsed.irregular ?? false);
}

/**
 * The non-throwing twin of {@link isAprWithinTolerance}, for values that come from user input.
 *
 * @param input - anything; an {@link IsAprWithinToleranceInput} is expected
 * @returns `{ success: true, data }` with the verdict, or `{ success: false, error }` with the arrears error
 *
 * @example
 * ```ts
 * import { safeIsAprWithinTolerance } from 'arrears/plan';
 * safeIsAprWithinTolerance({ disclosedAprRate: '0.103', actualAprRate: '0.1008', irregular: true }).success; // => true
 * safeIsAprWithinTolerance({ disclosedAprRate: 0.103, actualAprRate: '0.1008' }).success; // => false
 * ```
 */
export function safeIsAprWithinTolerance(input: unknown): ArrearsResult<AprToleranceVerdict> {
  return attempt(() => isAprWithinTolerance(input as IsAprWithinToleranceInput));
}
