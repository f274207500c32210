import * as z from 'zod/mini';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { PlanStateSchema } from '../plan/index.js';
// Not a public export of arrears/plan (a schedule is what buildSchedule returns), shared here.
import { PlanScheduleSchema } from '../plan/schemas.js';
import type { PlanSchedule, PlanStateInput } from '../plan/index.js';
import { ReminderPlanSchema } from './schemas.js';
import type { ReminderPlan } from './types.js';

/** The options of {@link toReminderPlan}, checked like every input: unknown keys are refused. */
const ToReminderPlanOptionsSchema = z.pick(ReminderPlanSchema, { id: true, status: true, debtIds: true });

/** Options of {@link toReminderPlan}: the plan's id, its debts and whether it is closed. */
export interface ToReminderPlanOptions {
  /** Your id of the plan. */
  readonly id?: string;
  /** The debts the plan covers (all of `debts` when omitted). */
  readonly debtIds?: readonly string[];
  /** `closed` when the plan was paid off, cancelled or broken. */
  readonly status?: 'active' | 'closed';
}

function isState(source: unknown): source is PlanStateInput {
  return typeof source === 'object' && source !== null && 'credit' in source;
}

/**
 * The plan as reminders see it, from a schedule of `buildSchedule` (nothing paid yet) or a
 * plan state of `createPlanState` / `applyPayment` (each installment's principal, interest
 * and fees, and what was paid on them): number, due date, amount due and amount paid.
 *
 * @param source - a {@link arrears!PlanSchedule} or a plan state
 * @param options - `{ id?, debtIds?, status? }`
 * @returns a plan for {@link planReminders}
 * @throws {@link arrears!ValidationError} when `source` is neither
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState, applyPayment } from 'arrears/plan';
 * import { toReminderPlan } from 'arrears/reminders';
 * const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-11-01', firstDueDate: '2026-12-15', installments: 3 });
 * toReminderPlan(schedule).installments[0]; // => { number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '0.00' }
 * const state = applyPayment({ state: createPlanState(schedule), payment: { amount: '100.00', date: '2026-12-14' } }).state;
 * toReminderPlan(state, { id: 'P1' }).installments.map((i) => i.paid); // => ['100.00', '0.00', '0.00']
 * ```
 */
export function toReminderPlan(source: PlanSchedule | PlanStateInput, options: ToReminderPlanOptions = {}): ReminderPlan {
  const opts = parseInput(ToReminderPlanOptionsSchema, options ?? {}, ['options']);
  const extra = {
    ...(opts.id === undefined ? {} : { id: opts.id }),
    ...(opts.status === undefined ? {} : { status: opts.status }),
    ...(opts.debtIds === undefined ? {} : { debtIds: [...opts.debtIds] }),
  };
  if (isState(source)) {
    const state = parseInput(PlanStateSchema, source, ['source']);
    const currency = state.terms.currency;
    return {
      ...extra,
      currency,
      installments: state.installments.map((row) => {
        const due = toMinorUnits(row.principal, currency) + toMinorUnits(row.interest, currency) + toMinorUnits(row.fees, currency);
        const paid = toMinorUnits(row.principalPaid, currency) + toMinorUnits(row.interestPaid, currency) + toMinorUnits(row.feesPaid, currency);
        return { number: row.number, dueDate: row.dueDate, amount: fromMinorUnits(due, currency), paid: fromMinorUnits(paid, currency) };
      }),
    };
  }
  const schedule = parseInput(PlanScheduleSchema, source, ['source']);
  const currency = schedule.terms.currency;
  return {
    ...extra,
    currency,
    installments: schedule.installments.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      amount: fromMinorUnits(toMinorUnits(row.principal, currency) + toMinorUnits(row.interest, currency), currency),
      paid: fromMinorUnits(0n, currency),
    })),
  };
}

/**
 * The non-throwing twin of {@link toReminderPlan}.
 *
 * @param source - anything
 * @param options - as {@link toReminderPlan}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeToReminderPlan } from 'arrears/reminders';
 * safeToReminderPlan({}).success; // => false
 * ```
 */
export function safeToReminderPlan(source: unknown, options?: ToReminderPlanOptions): ArrearsResult<ReminderPlan> {
  return attempt(() => toReminderPlan(source as PlanSchedule, options));
}
