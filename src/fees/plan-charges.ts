// The bridge from fee assessments to payment plans: fees import plan, never the reverse.
import * as z from 'zod/mini';
import { CalendarDateSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema } from '../money/index.js';
import { ValidationError, attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { PlanChargeInput } from '../plan/index.js';
import { MAX_FEE_OCCURRENCES } from './schemas.js';
import type { LateFeeAssessment } from './types.js';

/**
 * What {@link toPlanCharges} reads of an assessment: its `currency` and `fees` (`id`,
 * `installment`, `amount`, `date`); other fields are ignored (it reads the library's own
 * result), so an {@link assessLateFees} result goes in as it is. The currency is required: an
 * amount never travels without it. @internal
 */
const FeeChargesSourceSchema = z.object({
  /** The assessment's currency: every charge carries it. */
  currency: CurrencyCodeSchema,
  /** The fees assessed, as {@link assessLateFees} lists them. */
  fees: z.array(
    z.object({
      /** The fee's stable id (`late-fee:<installment>:<occurrence>`). */
      id: z.string().check(z.minLength(1), z.maxLength(200)),
      /** The installment it belongs to. */
      installment: z.int().check(z.gte(1)),
      /** The amount charged so far. */
      amount: AmountSchema,
      /** The date the fee fell due. */
      date: CalendarDateSchema,
    }),
  )
    // An assessment lists at most this many fee occurrences (the functional form reads the same in zod/mini).
    .check(z.maxLength(MAX_FEE_OCCURRENCES)),
});

/**
 * The fees of an assessment as charges for a payment plan: feed them to `addCharges` of
 * `arrears/plan`, and the plan's waterfall pays them (first, by default) and `planStatus`
 * counts them as owed. Each charge carries the assessment's `currency`, so a plan in another
 * currency can refuse it (a 1,500 JPY fee never posts as 1,500.00 USD). Each charge keeps the fee's id, so posting the assessment of every
 * night's run again never charges twice: a fee already posted is unchanged, an accruing fee
 * that grew posts only the difference.
 *
 * Only `fees` become charges: `nextFees` are not due yet, and waived fees are not charged.
 *
 * @param assessment - an {@link assessLateFees} result (only `fees` is read)
 * @returns `[{ id, installment, amount, date, currency }]`, one per fee, in the assessment's order
 * @throws {@link arrears!ValidationError} when `assessment` is not shaped like an assessment;
 *   `INPUT_OUT_OF_RANGE` for more than 10,000 fees (more than an assessment lists)
 *
 * @example
 * ```ts
 * import { assessLateFees, toPlanCharges } from 'arrears/fees';
 * const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-02-15', amount: '100.00' }] };
 * const assessment = assessLateFees({ schedule, payments: [], policy: { trigger: { graceDays: 10 }, amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-03-01' });
 * toPlanCharges(assessment); // => [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', date: '2026-02-26', currency: 'USD' }]
 * toPlanCharges({ currency: 'USD', fees: 'none' }); // throws INPUT_INVALID_TYPE
 * ```
 */
export function toPlanCharges(assessment: Pick<LateFeeAssessment, 'currency' | 'fees'>): FeePlanCharge[] {
  // The count first: an over-long list is refused before any of it is parsed.
  const fees = typeof assessment === 'object' && assessment !== null ? (assessment as { fees?: unknown }).fees : undefined;
  if (Array.isArray(fees) && fees.length > MAX_FEE_OCCURRENCES) {
    throw new ValidationError([
      { code: 'INPUT_OUT_OF_RANGE', path: ['assessment', 'fees'], message: `"assessment.fees": ${fees.length} fees; an assessment lists at most ${MAX_FEE_OCCURRENCES}.` },
    ]);
  }
  const parsed = parseInput(FeeChargesSourceSchema, assessment, ['assessment']);
  return parsed.fees.map((fee) => ({ id: fee.id, installment: fee.installment, amount: fee.amount, date: fee.date, currency: parsed.currency }));
}

/** A charge from {@link toPlanCharges}: a plan charge with the currency of its amount. */
export type FeePlanCharge = PlanChargeInput & {
  /** The ISO 4217 currency of `amount`: the assessment's. */
  readonly currency: string;
};

/** What {@link toPlanCharges} reads: an assessment's `currency` and its fees' `id`, `installment`, `amount` and `date` (internal). */
type ToPlanChargesInput = Pick<LateFeeAssessment, 'currency' | 'fees'>;

/**
 * The non-throwing twin of {@link toPlanCharges}: accepts anything and answers
 * `{ success: true, data }` or `{ success: false, error }` with the typed error
 * {@link toPlanCharges} would throw.
 *
 * @param assessment - as for {@link toPlanCharges}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeToPlanCharges } from 'arrears/fees';
 * safeToPlanCharges({ currency: 'USD', fees: [] }); // => { success: true, data: [] }
 * safeToPlanCharges({ currency: 'USD', fees: 'none' }).success; // => false
 * ```
 */
export function safeToPlanCharges(assessment: unknown): ArrearsResult<FeePlanCharge[]> {
  return attempt(() => toPlanCharges(assessment as ToPlanChargesInput));
}
