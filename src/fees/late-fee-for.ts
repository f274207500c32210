import { fromDayNumber, toDayNumber } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { fromMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { assessPrepared, prepare } from './assess.js';
import { LateFeeForInputSchema } from './schemas.js';
import type { LateFeeForInput, LateFeeQuote } from './types.js';

/**
 * The fee for one late installment, for calculators: what {@link assessLateFees} would charge
 * (all rules, caps and presets applied) on a schedule of this one installment.
 *
 * - With `paidOn` (the day it was paid in full), the fee as it stands once paid: `asOf`
 *   defaults to `paidOn`.
 * - Without it, the installment is taken as still unpaid on `asOf` (default: its first fee
 *   date, so the fee the day it falls due).
 *
 * Only the first occurrence is quoted (`fee` is the installment's first fee); recurrences,
 * repeat tiers and account-wide limits need the whole account: use {@link assessLateFees}.
 *
 * @param input - `{ currency, installment: { number?, dueDate, amount, principal?, interest?, minimumPayment? }, policy, paidOn?, asOf? }`; see {@link LateFeeForInputSchema}
 * @returns `{ firstFeeDate, amount, fee?, noFee?, findings }`; `amount` is zero when there is no fee
 * @throws {@link arrears!ValidationError}, {@link arrears!DomainRuleError} and {@link arrears!UnsupportedOptionError} as {@link assessLateFees}
 *
 * @example
 * ```ts
 * import { lateFeeFor } from 'arrears/fees';
 * const policy = { accountKind: 'residentialRent', trigger: { graceDays: 5 }, amount: { type: 'percent', rate: '0.1', of: 'installment' }, presets: ['us-ny-rent'] } as const;
 * const quote = lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy });
 * [quote.firstFeeDate, quote.amount, quote.fee?.boundBy]; // => ['2026-06-07', '50.00', 'us-ny-rent']
 * lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy, paidOn: '2026-06-06' }).noFee?.code; // => 'FEES_WITHIN_GRACE'
 * ```
 */
export function lateFeeFor(input: LateFeeForInput): LateFeeQuote {
  const parsed = parseInput(LateFeeForInputSchema, input);
  const { installment } = parsed;
  const number = installment.number ?? 1;
  const row: Record<string, unknown> = { number, dueDate: installment.dueDate };
  for (const key of ['amount', 'principal', 'interest', 'minimumPayment'] as const) {
    const value = installment[key];
    if (value !== undefined) row[key] = value;
  }
  const schedule = { currency: parsed.currency, installments: [row] };
  const payments = parsed.paidOn === undefined ? [] : [{ amount: installment.amount, date: parsed.paidOn }];
  // A first pass with a provisional asOf gives the first fee day.
  const probe = prepare({ schedule, payments: [], policy: input.policy, asOf: installment.dueDate });
  const first = probe.prepared.firstFeeDays[0] ?? toDayNumber(installment.dueDate) + 1;
  const asOf = parsed.asOf ?? parsed.paidOn ?? fromDayNumber(first);
  const amountDue = payments[0]?.amount;
  const { prepared } = prepare({
    schedule,
    payments: amountDue === undefined || /^-?0*(\.0*)?$/.test(amountDue) ? [] : payments,
    policy: input.policy,
    asOf,
  });
  const result = assessPrepared(prepared, toDayNumber(asOf));
  const fee = result.fees.find((f) => f.installment === number && f.occurrence === 1);
  const noFee = fee === undefined ? result.notCharged.find((n) => n.details.installment === number && n.details.occurrence === 1) : undefined;
  return {
    firstFeeDate: fromDayNumber(first),
    amount: fee?.amount ?? fromMinorUnits(0n, prepared.currency),
    ...(fee === undefined ? {} : { fee }),
    ...(noFee === undefined ? {} : { noFee }),
    findings: result.findings,
  };
}

/**
 * {@link lateFeeFor} without throwing: accepts anything and answers `{ success: true, data }` or
 * `{ success: false, error }` with the typed error.
 *
 * @param input - as for {@link lateFeeFor}
 * @returns an {@link arrears!ArrearsResult}
 *
 * @example
 * ```ts
 * import { safeLateFeeFor } from 'arrears/fees';
 * safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '100.00' }, policy: { amount: { type: 'percent', rate: '5', of: 'installment' } } }).success; // => false
 * ```
 */
export function safeLateFeeFor(input: unknown): ArrearsResult<LateFeeQuote> {
  return attempt(() => lateFeeFor(input as LateFeeForInput));
}
