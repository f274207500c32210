import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, attempt } from '../errors/index.js';
import { toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { COMPONENTS, fromWorking, toWorking } from './plan-state.js';
import type { Working } from './plan-state.js';
import { ReversePaymentInputSchema } from './schemas.js';
import type { PlanAllocation, PlanPaymentRecord, ReversePaymentInput, ReversePaymentResult } from './types.js';

function inconsistent(message: string): DomainRuleError {
  return new DomainRuleError(PlanErrorCodes.PLAN_INVALID_STATE, `"state": ${message}`, { path: ['state'] });
}

/** Takes one allocation back off its installment (changed in place). */
function unwind(w: Working, a: PlanAllocation): void {
  const slot = w.slots.find((s) => s.number === a.installment);
  const c = COMPONENTS.indexOf(a.component);
  const amount = toMinorUnits(a.amount, w.currency);
  if (slot === undefined || (slot.paid[c] as bigint) < amount) {
    throw inconsistent(`the log says ${a.amount} was paid to the ${a.component} of installment ${a.installment}, but the installment does not hold it.`);
  }
  slot.paid[c] = (slot.paid[c] as bigint) - amount;
}

/**
 * Reverses a payment in the state's log: a returned check, a failed direct debit, a
 * charge-back. Every allocation it made is taken back off its installment (which owes it
 * again), its unapplied part comes off the credit, and its log entry is marked `reversedOn`.
 * The rest of the history stays as it is: later payments keep their allocations, and a
 * re-amortization done since keeps its rows (an installment it closed owes again what the
 * payment had paid on it; a principal prepayment comes back as principal owed on the installment
 * it was recorded on, while the interest re-amortized since stays as it is). Reversing a payment
 * already reversed changes nothing (`duplicate: true`). Fees for the returned payment are the
 * fees module's business: post them with {@link addCharges}.
 *
 * @param input - `{ state, paymentId, reversedOn }`: a plan state whose log holds the payment,
 *   the payment's id and the date it came back; see {@link ReversePaymentInputSchema}
 * @returns `{ state, reversed, duplicate }`; the input is never changed
 * @throws {@link arrears!ValidationError} for a malformed input
 * @throws {@link arrears!DomainRuleError} `PLAN_PAYMENT_NOT_FOUND` when the log has no payment
 *   with the id; `PLAN_PAYMENT_OUT_OF_ORDER` for a `reversedOn` before the payment;
 *   `PLAN_INVALID_STATE` when the installments no longer hold what the log says was paid
 *
 * @example
 * ```ts
 * import { applyPayment, buildSchedule, createPlanState, reversePayment } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * const paid = applyPayment({ state, payment: { amount: '100.00', date: '2026-02-15', paymentId: 'chk-1' } }).state;
 * paid.installments[0]?.unpaid; // => '0.00'
 * const { state: back, reversed } = reversePayment({ state: paid, paymentId: 'chk-1', reversedOn: '2026-02-20' });
 * [back.installments[0]?.unpaid, reversed.reversedOn]; // => ['100.00', '2026-02-20']
 * reversePayment({ state: paid, paymentId: 'chk-2', reversedOn: '2026-02-20' }); // throws PLAN_PAYMENT_NOT_FOUND
 * ```
 */
export function reversePayment(input: ReversePaymentInput): ReversePaymentResult {
  const r = parseInput(ReversePaymentInputSchema, input);
  const w = toWorking(r.state);
  const index = w.payments.findIndex((p) => p.paymentId === r.paymentId);
  const logged = w.payments[index];
  if (logged === undefined) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_PAYMENT_NOT_FOUND, `"paymentId": the plan's payment log has no payment ${JSON.stringify(r.paymentId)}.`, { path: ['paymentId'] });
  }
  if (logged.reversedOn !== undefined) return { state: fromWorking(w), reversed: logged, duplicate: true };
  if (r.reversedOn < logged.date) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_PAYMENT_OUT_OF_ORDER, `"reversedOn": ${r.reversedOn} is before the payment itself (${logged.date}).`, { path: ['reversedOn'] });
  }
  for (const a of logged.allocations) unwind(w, a);
  if (logged.principalReduction !== undefined) unwind(w, logged.principalReduction);
  const unapplied = toMinorUnits(logged.unappliedAmount, w.currency);
  if (w.credit < unapplied) throw inconsistent(`the log says ${logged.unappliedAmount} of the payment is held as credit, but the credit is lower.`);
  w.credit -= unapplied;
  const reversed: PlanPaymentRecord = { ...logged, reversedOn: r.reversedOn };
  w.payments[index] = reversed;
  return { state: fromWorking(w), reversed, duplicate: false };
}

/**
 * The non-throwing twin of {@link reversePayment}.
 *
 * @param input - anything; a {@link ReversePaymentInput} is expected
 * @returns `{ success: true, data }` with `{ state, reversed, duplicate }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeReversePayment } from 'arrears/plan';
 * safeReversePayment({ state: {}, paymentId: 'chk-1', reversedOn: '2026-02-20' }).success; // => false
 * ```
 */
export function safeReversePayment(input: unknown): ArrearsResult<ReversePaymentResult> {
  return attempt(() => reversePayment(input as ReversePaymentInput));
}
