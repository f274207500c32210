import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { isoOfDay } from './day-numbers.js';
import { dueDateRule, occurrenceDay } from './due-dates.js';
import { PlanScheduleSchema } from './schemas.js';
import { scheduleOf } from './schedule.js';
import type { PlanCharge, PlanComponent, PlanInstallmentState, PlanPaymentRecord, PlanSchedule, PlanState, PlanTerms } from './types.js';

/** The components, in the order of the arrays below. */
export const COMPONENTS: readonly PlanComponent[] = ['fees', 'interest', 'principal'];

/** An installment in minor units: `due[c]` and `paid[c]` for c = fees, interest, principal. */
export interface Slot {
  readonly number: number;
  readonly dueDate: string;
  readonly due: [bigint, bigint, bigint];
  readonly paid: [bigint, bigint, bigint];
  /**
   * The part of `due[1]` (interest) earned on earlier installments and moved here by a
   * re-amortization (arrears spread, extended or recomputed): earned interest, which a recompute
   * carries over, where it recomputes the interest scheduled for the slot's own period.
   * Payments of interest pay it first.
   */
  carried: bigint;
}

/** A state in minor units. */
export interface Working {
  readonly terms: PlanTerms;
  readonly currency: string;
  slots: Slot[];
  credit: bigint;
  lastPaymentDate: string | undefined;
  termsFirstInstallment: number;
  /** The charges posted so far (by addCharges), kept as they are. */
  charges: readonly PlanCharge[] | undefined;
  /** The payment log (by applyPayment), oldest first; entries are replaced, never changed in place. */
  payments: PlanPaymentRecord[];
  /** The date of the last re-amortization, if any. */
  reamortizedOn: string | undefined;
}

/** Reads a parsed state into minor units (fresh arrays: the input is never changed). */
export function toWorking(state: PlanState): Working {
  const c = state.terms.currency;
  return {
    terms: state.terms,
    currency: c,
    slots: state.installments.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      due: [toMinorUnits(row.fees, c), toMinorUnits(row.interest, c), toMinorUnits(row.principal, c)],
      paid: [toMinorUnits(row.feesPaid, c), toMinorUnits(row.interestPaid, c), toMinorUnits(row.principalPaid, c)],
      carried: row.interestCarried === undefined ? 0n : toMinorUnits(row.interestCarried, c),
    })),
    credit: toMinorUnits(state.credit, c),
    lastPaymentDate: state.lastPaymentDate,
    termsFirstInstallment: state.termsFirstInstallment ?? 1,
    charges: state.charges,
    payments: state.payments === undefined ? [] : [...state.payments],
    reamortizedOn: state.reamortizedOn,
  };
}

/** Writes a working state back as a (new) plan state. */
export function fromWorking(w: Working): PlanState {
  const c = w.currency;
  const installments: PlanInstallmentState[] = w.slots.map((s) => ({
    number: s.number,
    dueDate: s.dueDate,
    principal: fromMinorUnits(s.due[2], c),
    interest: fromMinorUnits(s.due[1], c),
    ...(s.carried === 0n ? {} : { interestCarried: fromMinorUnits(s.carried, c) }),
    fees: fromMinorUnits(s.due[0], c),
    principalPaid: fromMinorUnits(s.paid[2], c),
    interestPaid: fromMinorUnits(s.paid[1], c),
    feesPaid: fromMinorUnits(s.paid[0], c),
    amount: fromMinorUnits(s.due[1] + s.due[2], c),
    unpaid: fromMinorUnits(owedTotal(s), c),
  }));
  const state: PlanState = { terms: w.terms, installments, credit: fromMinorUnits(w.credit, c) };
  return {
    ...state,
    ...(w.lastPaymentDate === undefined ? {} : { lastPaymentDate: w.lastPaymentDate }),
    ...(w.termsFirstInstallment === 1 ? {} : { termsFirstInstallment: w.termsFirstInstallment }),
    ...(w.charges === undefined || w.charges.length === 0 ? {} : { charges: [...w.charges] }),
    ...(w.payments.length === 0 ? {} : { payments: [...w.payments] }),
    ...(w.reamortizedOn === undefined ? {} : { reamortizedOn: w.reamortizedOn }),
  };
}

/** What is still owed of one component of a slot. */
export function owed(slot: Slot, c: number): bigint {
  return (slot.due[c] as bigint) - (slot.paid[c] as bigint);
}

/** What is still owed of the interest a slot carries (payments of interest pay it first). */
export function owedCarried(slot: Slot): bigint {
  const paid = slot.paid[1] as bigint;
  return slot.carried > paid ? slot.carried - paid : 0n;
}

/** Closes a slot at what it received: nothing more is owed on it; the carried interest it received stays. */
export function closeSlot(slot: Slot): void {
  for (let c = 0; c < 3; c += 1) slot.due[c] = slot.paid[c] as bigint;
  if (slot.carried > (slot.paid[1] as bigint)) slot.carried = slot.paid[1] as bigint;
}

/** What is still owed of a slot. */
export function owedTotal(slot: Slot): bigint {
  return owed(slot, 0) + owed(slot, 1) + owed(slot, 2);
}

/** A plan state from parsed schedule data (rows as `buildSchedule` returns them). */
export function stateOfSchedule(schedule: { readonly terms: PlanTerms; readonly installments: ReadonlyArray<{ number: number; dueDate: string; principal: string; interest: string }> }): PlanState {
  const c = schedule.terms.currency;
  const zero = fromMinorUnits(0n, c);
  return {
    terms: schedule.terms,
    installments: schedule.installments.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      principal: fromMinorUnits(toMinorUnits(row.principal, c), c),
      interest: fromMinorUnits(toMinorUnits(row.interest, c), c),
      fees: zero,
      principalPaid: zero,
      interestPaid: zero,
      feesPaid: zero,
      amount: fromMinorUnits(toMinorUnits(row.principal, c) + toMinorUnits(row.interest, c), c),
      unpaid: fromMinorUnits(toMinorUnits(row.principal, c) + toMinorUnits(row.interest, c), c),
    })),
    credit: zero,
  };
}

/**
 * Starts the life of a plan: a {@link PlanState} from a schedule, every installment due and
 * nothing paid. Each row says what is due on it: `amount` (the installment, principal plus
 * interest; fees excluded, as lateness is judged on it) and `unpaid` (everything still owed on
 * it); every function that returns a state writes both. The state is plain data (JSON, apart from a business calendar in the terms);
 * {@link applyPayment} and {@link reamortize} return new states from it.
 *
 * @param schedule - a schedule from {@link buildSchedule}; its shape is checked as `createPlanState` reads it
 * @returns the state
 * @throws {@link arrears!ValidationError} when the schedule is malformed
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * state.installments[0]; // => { number: 1, dueDate: '2026-02-15', principal: '333.33', interest: '0.00', fees: '0.00', principalPaid: '0.00', interestPaid: '0.00', feesPaid: '0.00', amount: '333.33', unpaid: '333.33' }
 * state.credit; // => '0.00'
 * createPlanState({ installments: [] }); // throws INPUT_MISSING
 * ```
 */
export function createPlanState(schedule: PlanSchedule): PlanState {
  return stateOfSchedule(parseInput(PlanScheduleSchema, schedule, ['schedule']));
}

/**
 * The non-throwing twin of {@link createPlanState}.
 *
 * @param schedule - anything; a {@link PlanSchedule} is expected
 * @returns `{ success: true, data }` with the state, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCreatePlanState } from 'arrears/plan';
 * safeCreatePlanState({}).success; // => false
 * ```
 */
export function safeCreatePlanState(schedule: unknown): ArrearsResult<PlanState> {
  return attempt(() => createPlanState(schedule as PlanSchedule));
}

/** The anchor options that keep a plan's date rule when its first due date moves. */
export function ruleTerms(terms: PlanTerms): Pick<PlanTerms, 'anchorDay' | 'semiMonthlyDays'> {
  const rule = dueDateRule(terms);
  if (rule.kind === 'months') return { anchorDay: rule.anchor };
  if (rule.kind === 'semi') return { semiMonthlyDays: [rule.pair[0], rule.pair[1] === 31 ? 'last' : rule.pair[1]] };
  return {};
}

/** The scheduled (unadjusted) date of installment `number` under the state's terms. */
export function ruleDate(w: Working, number: number): string {
  return isoOfDay(occurrenceDay(dueDateRule(w.terms), number - w.termsFirstInstallment));
}

/**
 * New principal and interest for `count` installments from `firstNumber` on (numbered on the
 * state's date rule), re-amortizing `principal` at the plan's rate, interest from the date of
 * installment `firstNumber - 1` (or the agreement). Returns the schedule's rows.
 */
export function rebuildRows(w: Working, principal: bigint, firstNumber: number, count: number): PlanSchedule['installments'] {
  const index = firstNumber - w.termsFirstInstallment;
  const terms: PlanTerms = {
    ...stripSolved(w.terms),
    ...ruleTerms(w.terms),
    principal: fromMinorUnits(principal, w.currency),
    installments: count,
    agreementDate: index <= 0 ? w.terms.agreementDate : ruleDate(w, firstNumber - 1),
    firstDueDate: ruleDate(w, firstNumber),
  };
  return scheduleOf(terms).installments;
}

/** Terms without what a rebuild solves anew (count, amount, down payment, balloon). */
export function stripSolved(terms: PlanTerms): PlanTerms {
  const { installments: _n, installmentAmount: _a, regularPrincipalAmount: _p, downPayment: _d, balloon: _b, ...rest } = terms;
  return rest as PlanTerms;
}
