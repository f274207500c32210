import * as z from 'zod/mini';
import { attempt, CoreErrorCodes } from '../errors/index.js';
import { arrearsIssue } from '../internal/parse.js';
import type { DeepReadonly } from '../internal/readonly.js';
import { RemindersErrorCodes } from './codes.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { PlanStateSchema } from '../plan/index.js';
// Not a public export of arrears/plan (a schedule is what buildSchedule returns), shared here.
import { PlanScheduleSchema } from '../plan/schemas.js';
import type { PlanSchedule, PlanStateInput } from '../plan/index.js';
import { ReminderPlanSchema } from './schemas.js';
import type { ReminderPlan } from './types.js';

/**
 * The input of {@link toReminderPlan}: the plan as a `schedule` (the result of
 * `buildSchedule` of `arrears/plan`: nothing paid yet) or a `planState` (from
 * `createPlanState` / `applyPayment`: what was paid on each installment), exactly one of the
 * two, and the plan's `id`, `debtIds` and `status` as {@link ReminderPlanSchema} takes them.
 *
 * @example
 * ```ts
 * import { ToReminderPlanInputSchema } from 'arrears/reminders';
 * ToReminderPlanInputSchema.safeParse({ id: 'P1' }).success; // => false
 * ```
 */
export const ToReminderPlanInputSchema = z
  .strictObject({
    /** The plan as built by `buildSchedule`. */
    schedule: z.optional(PlanScheduleSchema),
    /** The plan as kept by `createPlanState` / `applyPayment`. */
    planState: z.optional(PlanStateSchema),
    /** Your id of the plan. */
    id: ReminderPlanSchema.shape.id,
    /** `active` (default) or `closed` (paid off, cancelled, broken). */
    status: ReminderPlanSchema.shape.status,
    /** The debts the plan covers (all of `debts` when omitted). */
    debtIds: ReminderPlanSchema.shape.debtIds,
  }).check(z.superRefine((value, ctx) => {
    if ((value.schedule === undefined) === (value.planState === undefined)) {
      const both = value.schedule !== undefined;
      ctx.addIssue({ code: 'custom', path: [both ? 'planState' : 'schedule'], message: 'give exactly one of "schedule" and "planState".', params: arrearsIssue(both ? RemindersErrorCodes.REMINDERS_OPTION_WITHOUT_EFFECT : CoreErrorCodes.INPUT_MISSING), input: undefined });
    }
  }));

/** What {@link toReminderPlan} accepts; `schedule` takes a `PlanSchedule` as it is, `planState` a plan state. */
export type ToReminderPlanInput = DeepReadonly<Omit<z.input<typeof ToReminderPlanInputSchema>, 'schedule' | 'planState'>> & {
  /** The plan as built by `buildSchedule`. */
  readonly schedule?: PlanSchedule | z.input<typeof PlanScheduleSchema> | undefined;
  /** The plan as kept by `createPlanState` / `applyPayment`. */
  readonly planState?: PlanStateInput | undefined;
};

/**
 * The plan as reminders see it, from a schedule of `buildSchedule` (nothing paid yet) or a
 * plan state of `createPlanState` / `applyPayment` (each installment's principal, interest
 * and fees, and what was paid on them): number, due date, amount due and amount paid.
 *
 * @param input - `{ schedule }` or `{ planState }`, with the plan's `id?`, `debtIds?`, `status?`
 * @returns a plan for {@link planReminders}
 * @throws {@link arrears!ValidationError} when neither or both are given, or either is malformed
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState, applyPayment } from 'arrears/plan';
 * import { toReminderPlan } from 'arrears/reminders';
 * const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-11-01', firstDueDate: '2026-12-15', installments: 3 });
 * toReminderPlan({ schedule }).installments[0]; // => { number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '0.00' }
 * const state = applyPayment({ state: createPlanState(schedule), payment: { amount: '100.00', date: '2026-12-14' } }).state;
 * toReminderPlan({ planState: state, id: 'P1' }).installments.map((i) => i.paid); // => ['100.00', '0.00', '0.00']
 * ```
 */
export function toReminderPlan(input: ToReminderPlanInput): ReminderPlan {
  const opts = parseInput(ToReminderPlanInputSchema, input);
  const extra = {
    ...(opts.id === undefined ? {} : { id: opts.id }),
    ...(opts.status === undefined ? {} : { status: opts.status }),
    ...(opts.debtIds === undefined ? {} : { debtIds: [...opts.debtIds] }),
  };
  if (opts.planState !== undefined) {
    const state = opts.planState;
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
  const schedule = opts.schedule as NonNullable<typeof opts.schedule>;
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
 * @param input - anything; a {@link ToReminderPlanInput} is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeToReminderPlan } from 'arrears/reminders';
 * safeToReminderPlan({}).success; // => false
 * ```
 */
export function safeToReminderPlan(input: unknown): ArrearsResult<ReminderPlan> {
  return attempt(() => toReminderPlan(input as ToReminderPlanInput));
}
