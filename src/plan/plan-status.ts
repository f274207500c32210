import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { dayOfIso } from './day-numbers.js';
import { allocate } from './apply-payment.js';
import { owedTotal, stateOfSchedule, toWorking } from './plan-state.js';
import type { Slot } from './plan-state.js';
import { PlanPaymentSchema, PlanScheduleSchema, PlanStateSchema, PlanStatusPolicySchema } from './schemas.js';
import type { InstallmentDue, PlanPaymentInput, PlanSchedule, PlanStateInput, PlanStatusPolicyInput, PlanStatusResult } from './types.js';

const PlanOrStateSchema = z.union([PlanStateSchema, PlanScheduleSchema]);
const PaymentsSchema = z.array(PlanPaymentSchema).max(100_000);

/**
 * Where a plan stands on a date: what has been paid, what is past due and by how many days,
 * the oldest unpaid and the next installment, and whether the plan is on track, behind or
 * broken under a policy.
 *
 * The payments dated on or before `asOf` are applied in date order (payments on the same day
 * in the order given) with the default waterfall of {@link applyPayment} (fees, interest,
 * principal; oldest installment first; overpayments to the next installments); later ones are
 * ignored. An installment is **past due** when it is not fully paid and `asOf` is more than
 * `graceDays` (default 0) after its due date; `daysPastDue` counts from the due date of the
 * oldest one. The plan is **broken** when at least `missedInstallments` (default 2)
 * installments are past due, or, when `daysPastDue` is set, the oldest is that many days past
 * due or more; **behind** when something is past due but it is not broken; **completed** when
 * nothing is owed.
 *
 * @param plan - a schedule from {@link buildSchedule} or a plan state
 * @param payments - the payments received, `{ amount, date }`
 * @param asOf - the date to report on
 * @param policy - when the plan breaks; see {@link PlanStatusPolicySchema}
 * @returns the status; see {@link PlanStatusResult}
 * @throws {@link arrears!ValidationError} for a malformed plan, payment, date or policy
 * @throws {@link arrears!DomainRuleError} `PLAN_PAYMENT_OUT_OF_ORDER` for a payment before the
 *   agreement date (or before the last payment already in a state)
 *
 * @example
 * ```ts
 * import { buildSchedule, planStatus } from 'arrears/plan';
 * const plan = buildSchedule({ principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
 * const status = planStatus(plan, [{ amount: '300.00', date: '2026-02-15' }], '2026-04-20');
 * [status.status, status.missedInstallments, status.daysPastDue, status.amountPastDue]; // => ['broken', 2, 36, '600.00']
 * planStatus(plan, [{ amount: '300.00', date: '2026-02-15' }], '2026-03-20').status; // => 'behind'
 * planStatus(plan, [], '2026-02-15').nextDue; // => { number: 1, dueDate: '2026-02-15', amountDue: '300.00' }
 * ```
 */
export function planStatus(plan: PlanSchedule | PlanStateInput, payments: readonly PlanPaymentInput[], asOf: string, policy?: PlanStatusPolicyInput): PlanStatusResult {
  const parsed = parseInput(PlanOrStateSchema, plan, ['plan']);
  const list = parseInput(PaymentsSchema, payments, ['payments']);
  const date = parseInput(CalendarDateSchema, asOf, ['asOf']);
  const rules = parseInput(PlanStatusPolicySchema, policy ?? {}, ['policy']);
  const w = toWorking('credit' in parsed ? parsed : stateOfSchedule(parsed));
  const c = w.currency;
  let paid = 0n;
  const ordered = list.map((p, i) => ({ p, i })).sort((x, y) => (x.p.date < y.p.date ? -1 : x.p.date > y.p.date ? 1 : x.i - y.i));
  for (const { p } of ordered) {
    if (p.date > date) continue;
    const amount = toMinorUnits(p.amount, c);
    w.credit += allocate(w, p.date, amount, {}).unapplied;
    w.lastPaymentDate = p.date;
    paid += amount;
  }
  const grace = rules.graceDays ?? 0;
  const asOfDay = dayOfIso(date);
  const view = (s: Slot): InstallmentDue => ({ number: s.number, dueDate: s.dueDate, amountDue: fromMinorUnits(owedTotal(s), c) });
  const unpaid = w.slots.filter((s) => owedTotal(s) > 0n);
  const pastDue = unpaid.filter((s) => asOfDay - dayOfIso(s.dueDate) > grace);
  const oldest = pastDue[0];
  const daysPastDue = oldest === undefined ? 0 : asOfDay - dayOfIso(oldest.dueDate);
  const brokenBy: Array<'missedInstallments' | 'daysPastDue'> = [];
  if (pastDue.length >= (rules.missedInstallments ?? 2)) brokenBy.push('missedInstallments');
  if (rules.daysPastDue !== undefined && daysPastDue >= rules.daysPastDue) brokenBy.push('daysPastDue');
  const next = unpaid.find((s) => s.dueDate >= date);
  const first = unpaid[0];
  return {
    status: unpaid.length === 0 ? 'completed' : brokenBy.length > 0 ? 'broken' : pastDue.length > 0 ? 'behind' : 'onTrack',
    paidToDate: fromMinorUnits(paid, c),
    outstanding: fromMinorUnits(unpaid.reduce((sum, s) => sum + owedTotal(s), 0n), c),
    amountPastDue: fromMinorUnits(pastDue.reduce((sum, s) => sum + owedTotal(s), 0n), c),
    daysPastDue,
    missedInstallments: pastDue.length,
    ...(first === undefined ? {} : { oldestUnpaid: view(first) }),
    ...(next === undefined ? {} : { nextDue: view(next) }),
    brokenBy,
  };
}

/**
 * The non-throwing twin of {@link planStatus}.
 *
 * @param plan - anything; a schedule or plan state is expected
 * @param payments - anything; an array of payments is expected
 * @param asOf - anything; a calendar date is expected
 * @param policy - anything; a {@link PlanStatusPolicyInput} or nothing is expected
 * @returns `{ success: true, data }` with the status, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePlanStatus } from 'arrears/plan';
 * safePlanStatus({}, [], '2026-01-01').success; // => false
 * ```
 */
export function safePlanStatus(plan: unknown, payments: unknown, asOf: unknown, policy?: unknown): ArrearsResult<PlanStatusResult> {
  return attempt(() => planStatus(plan as PlanSchedule, payments as PlanPaymentInput[], asOf as string, policy as PlanStatusPolicyInput));
}
