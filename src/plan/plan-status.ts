import type { ArrearsResult, Finding } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { dayOfIso } from './day-numbers.js';
import { findLogged, postPayment } from './apply-payment.js';
import { PlanReasonCodes } from './codes.js';
import { owed, owedTotal, stateOfSchedule, toWorking } from './plan-state.js';
import type { Slot } from './plan-state.js';
import { PlanScheduleSchema, PlanStateSchema, PlanStatusInputSchema } from './schemas.js';
import type { InstallmentDue, PlanStatusInput, PlanStatusResult } from './types.js';

/**
 * Where a plan stands on a date: what has been paid, what is past due and by how many days,
 * the fees unpaid, the oldest unpaid and the next installment, and whether the plan is on
 * track, behind or broken under a policy.
 *
 * **Payments.** A state already holds its payments (its log, from {@link applyPayment}); the
 * `payments` given are applied on top of it, never twice: one whose `paymentId` the log holds
 * is skipped (`PLAN_PAYMENT_CONFLICT` if its amount or date differ), and one without a
 * `paymentId` dated on or before the state's last payment is not applied, since it may be one
 * the state holds, with a `PLAN_PAYMENT_MAYBE_IN_STATE` warning in `findings` (the strict
 * answer: give it a `paymentId` to have it counted). The others, dated on or before `asOf`, are
 * applied in date order (same day: in the order given) as {@link applyPayment} does by default;
 * later ones are ignored. `paidAmount` is everything the plan then holds as paid.
 *
 * **Lateness.** An installment is **past due** when its principal or interest is not fully
 * paid and `asOf` is more than `graceDays` (default 0) after its due date; `daysPastDue` counts
 * from the oldest. Fees never make an installment past due: a plan whose installments are all
 * paid is not behind because a late fee is still open (no pyramiding: the FTC Credit Practices
 * Rule, 16 CFR 444.4, treats a full, timely payment as on time when the only delinquency is an
 * earlier late fee); unpaid fees are reported apart, in `unpaidFees`. The plan is **broken**
 * when more than `rules.maxMissedInstallments` (default 1) installments are past due, or, when
 * `rules.maxDaysPastDue` is set, the oldest is more days past due than that (both bounds
 * inclusive: at the bound the plan still stands); **behind** when an
 * installment is past due but it is not broken; **completed** when nothing is owed, fees
 * included; else **onTrack**.
 *
 * @param input - `{ plan, payments?, asOf, rules? }`: a schedule from {@link buildSchedule} or
 *   a plan state; payments received, `{ amount, date, paymentId? }`, not yet in the state; the
 *   date to report on; when the plan breaks (see {@link PlanStatusRulesSchema}); see
 *   {@link PlanStatusInputSchema}
 * @returns the status; see {@link PlanStatusResult}
 * @throws {@link arrears!ValidationError} for a malformed plan, payment, date or rules
 * @throws {@link arrears!DomainRuleError} `PLAN_PAYMENT_OUT_OF_ORDER` for a payment before the
 *   agreement date (or before the last payment or re-amortization already in a state); `PLAN_PAYMENT_CONFLICT`
 *
 * @example
 * ```ts
 * import { applyPayment, buildSchedule, createPlanState, planStatus } from 'arrears/plan';
 * const plan = buildSchedule({ principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
 * const status = planStatus({ plan, payments: [{ amount: '300.00', date: '2026-02-15' }], asOf: '2026-04-20' });
 * [status.status, status.missedInstallments, status.daysPastDue, status.pastDueAmount]; // => ['broken', 2, 36, '600.00']
 * planStatus({ plan, payments: [{ amount: '300.00', date: '2026-02-15' }], asOf: '2026-03-20' }).status; // => 'behind'
 * planStatus({ plan, payments: [{ amount: '300.00', date: '2026-02-15' }], asOf: '2026-04-20', rules: { maxMissedInstallments: 2 } }).status; // => 'behind'
 * planStatus({ plan, asOf: '2026-02-15' }).nextDue; // => { number: 1, dueDate: '2026-02-15', dueAmount: '300.00', dueFees: '0.00' }
 * const payment = { amount: '300.00', date: '2026-02-15', paymentId: 'chk-1' };
 * const state = applyPayment({ state: createPlanState(plan), payment }).state;
 * const again = planStatus({ plan: state, payments: [payment], asOf: '2026-03-20' });
 * [again.status, again.paidAmount]; // => ['behind', '300.00']
 * ```
 */
export function planStatus(input: PlanStatusInput): PlanStatusResult {
  const { plan, payments, asOf: date, rules: given } = parseInput(PlanStatusInputSchema, input);
  // A plan state (it has `credit`) is parsed as a state, never as a schedule: a malformed state
  // must be an error, not a schedule whose payments are silently left out.
  const isState = typeof plan === 'object' && plan !== null && 'credit' in plan;
  const w = toWorking(isState ? parseInput(PlanStateSchema, plan, ['plan']) : stateOfSchedule(parseInput(PlanScheduleSchema, plan, ['plan'])));
  const list = payments ?? [];
  const rules = given ?? {};
  const c = w.currency;
  const held = w.lastPaymentDate;
  const findings: Finding[] = [];
  const ordered = list.map((p, i) => ({ p, i })).sort((x, y) => (x.p.date < y.p.date ? -1 : x.p.date > y.p.date ? 1 : x.i - y.i));
  for (const { p, i } of ordered) {
    if (p.date > date) continue;
    const amount = toMinorUnits(p.amount, c);
    if (findLogged(w, p.paymentId, amount, p.date, ['payments', i]) !== undefined) continue;
    if (p.paymentId === undefined && held !== undefined && p.date <= held) {
      findings.push({
        code: PlanReasonCodes.PLAN_PAYMENT_MAYBE_IN_STATE,
        severity: 'warning',
        message: `"payments.${i}": a payment of ${p.amount} on ${p.date} has no paymentId and is not after the state's last payment (${held}); it may already be in the state, so it was not applied. Give it a paymentId to have it counted.`,
        path: ['payments', i],
      });
      continue;
    }
    postPayment(w, p.date, amount, p.paymentId, {});
  }
  const grace = rules.graceDays ?? 0;
  const asOfDay = dayOfIso(date);
  const installmentOwed = (s: Slot): bigint => owed(s, 1) + owed(s, 2);
  const view = (s: Slot): InstallmentDue => ({ number: s.number, dueDate: s.dueDate, dueAmount: fromMinorUnits(installmentOwed(s), c), dueFees: fromMinorUnits(owed(s, 0), c) });
  const unpaid = w.slots.filter((s) => installmentOwed(s) > 0n);
  const pastDue = unpaid.filter((s) => asOfDay - dayOfIso(s.dueDate) > grace);
  const oldest = pastDue[0];
  const daysPastDue = oldest === undefined ? 0 : asOfDay - dayOfIso(oldest.dueDate);
  const brokenBy: Array<'maxMissedInstallments' | 'maxDaysPastDue'> = [];
  if (pastDue.length > (rules.maxMissedInstallments ?? 1)) brokenBy.push('maxMissedInstallments');
  if (rules.maxDaysPastDue !== undefined && daysPastDue > rules.maxDaysPastDue) brokenBy.push('maxDaysPastDue');
  const next = unpaid.find((s) => s.dueDate >= date);
  const first = unpaid[0];
  let outstanding = 0n;
  let fees = 0n;
  let paid = w.credit;
  for (const s of w.slots) {
    outstanding += owedTotal(s);
    fees += owed(s, 0);
    paid += (s.paid[0] as bigint) + (s.paid[1] as bigint) + (s.paid[2] as bigint);
  }
  return {
    status: outstanding === 0n ? 'completed' : brokenBy.length > 0 ? 'broken' : pastDue.length > 0 ? 'behind' : 'onTrack',
    paidAmount: fromMinorUnits(paid, c),
    outstandingAmount: fromMinorUnits(outstanding, c),
    pastDueAmount: fromMinorUnits(pastDue.reduce((sum, s) => sum + installmentOwed(s), 0n), c),
    unpaidFees: fromMinorUnits(fees, c),
    daysPastDue,
    missedInstallments: pastDue.length,
    ...(first === undefined ? {} : { oldestUnpaid: view(first) }),
    ...(next === undefined ? {} : { nextDue: view(next) }),
    brokenBy,
    findings,
  };
}

/**
 * The non-throwing twin of {@link planStatus}.
 *
 * @param input - anything; a {@link PlanStatusInput} is expected
 * @returns `{ success: true, data }` with the status, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePlanStatus } from 'arrears/plan';
 * safePlanStatus({ plan: {}, asOf: '2026-01-01' }).success; // => false
 * ```
 */
export function safePlanStatus(input: unknown): ArrearsResult<PlanStatusResult> {
  return attempt(() => planStatus(input as PlanStatusInput));
}
