import { CalendarDateSchema } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, attempt } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { COMPONENTS, fromWorking, owed, rebuildRows, toWorking } from './plan-state.js';
import type { Slot, Working } from './plan-state.js';
import { ApplyPaymentInputSchema, MAX_PAYMENTS } from './schemas.js';
import type { ApplyPaymentInput, ApplyPaymentResult, PaymentAllocation, PaymentReceipt, PlanComponent, PlanPaymentRecord } from './types.js';

/**
 * The default order: the installment (interest, then principal) before fees, so a payment of
 * the full installment is never short because an earlier late fee took part of it (the FTC
 * Credit Practices Rule, 16 CFR 444.4, forbids the late fee that would follow: no pyramiding).
 */
const DEFAULT_WATERFALL: readonly PlanComponent[] = ['interest', 'principal', 'fees'];

/** Pays component `c` of `slot` from `left`; records the allocation; returns what is left. */
function pay(slot: Slot, c: number, left: bigint, out: Array<{ installment: number; component: PlanComponent; amount: bigint }>): bigint {
  const take = owed(slot, c) < left ? owed(slot, c) : left;
  if (take <= 0n) return left;
  slot.paid[c] = (slot.paid[c] as bigint) + take;
  const last = out[out.length - 1];
  if (last !== undefined && last.installment === slot.number && last.component === COMPONENTS[c]) last.amount += take;
  else out.push({ installment: slot.number, component: COMPONENTS[c] as PlanComponent, amount: take });
  return left - take;
}

/**
 * {@link rebuildRows} over `count` installments, or, when what is left is too small for that
 * many (an installment would be zero or pay no principal: `PLAN_PAYMENT_TOO_SMALL`), over
 * fewer: at most one per minor unit, then halving. The installments beyond get nothing.
 */
function rebuildFewer(w: Working, principal: bigint, firstNumber: number, count: number): ReturnType<typeof rebuildRows> {
  let n = BigInt(count) > principal ? Number(principal) : count;
  for (;;) {
    try {
      return rebuildRows(w, principal, firstNumber, n);
    } catch (error) {
      if (!(error instanceof DomainRuleError && error.code === PlanErrorCodes.PLAN_PAYMENT_TOO_SMALL) || n === 1) throw error;
      n = Math.max(1, Math.floor(n / 2));
    }
  }
}

/**
 * Prepays principal: `amount` reduces the principal of the installments due after `date`, and
 * those installments are re-amortized at the plan's rate over the same dates (what they
 * already received stays paid). Returns what is left once all their principal is paid (their
 * unearned interest is then cancelled).
 */
function prepay(w: Working, date: string, amount: bigint): { used: bigint; left: bigint; installment: number } {
  const future = w.slots.filter((s) => s.dueDate > date);
  const outstanding = future.reduce((sum, s) => sum + owed(s, 2), 0n);
  if (future.length === 0 || amount <= 0n) return { used: 0n, left: amount, installment: 0 };
  const used = amount < outstanding ? amount : outstanding;
  const remaining = outstanding - used;
  const first = future[0] as Slot;
  const rows = remaining > 0n ? rebuildFewer(w, remaining, first.number, future.length) : [];
  future.forEach((slot, k) => {
    const row = rows[k];
    const principal = row === undefined ? 0n : toMinorUnits(row.principal, w.currency);
    const interest = row === undefined ? 0n : toMinorUnits(row.interest, w.currency);
    // The prepaid principal is recorded on the first future installment; the rest is rescheduled.
    slot.due[2] = (slot.paid[2] as bigint) + principal + (k === 0 ? used : 0n);
    slot.paid[2] = (slot.paid[2] as bigint) + (k === 0 ? used : 0n);
    // Interest carried from arrears was earned: it stays due; what was paid stays paid.
    const kept = slot.paid[1] > slot.carried ? (slot.paid[1] as bigint) : slot.carried;
    slot.due[1] = kept + interest;
  });
  return { used, left: amount - used, installment: first.number };
}

/**
 * Applies a payment to a plan state and returns the next state and a receipt showing where
 * every minor unit went. The input state is never changed.
 *
 * **Payment log and idempotency**: the state logs every payment (`state.payments`: paymentId,
 * date, amount, allocations). A payment whose `paymentId` the log already holds changes
 * nothing (`duplicate: true`, the receipt of the first application), so a job can post its
 * whole batch again after a crash; the same `paymentId` with another amount or date is
 * `PLAN_PAYMENT_CONFLICT`. A payment without a `paymentId` cannot be recognized again: give one.
 * {@link reversePayment} unwinds a logged payment (a returned payment).
 *
 * **Waterfall** (`waterfall`, default interest, then principal, then fees: the
 * installments before fees, so a full installment paid after a late fee is not short; the FTC
 * Credit Practices Rule, 16 CFR 444.4, forbids pyramiding late fees) and
 * **allocation** (`allocation`): `'installment'` (default) pays the oldest installment
 * in full, component by component, before the next (with fees last in the waterfall, the fees
 * of every installment due come after all their interest and principal); `'component'` pays the first component of
 * every installment due by the payment date (oldest first), then the second, then the third.
 * A partial payment stops where the money runs out (the rest stays owed).
 *
 * **Overpayment** (`overpayment`): money left once everything due by the payment date
 * is paid goes to the next installments in order (`'nextInstallments'`, default), or to
 * principal (`'principal'`): it reduces the principal of the installments not yet due, which
 * are re-amortized at the plan's rate over the same dates (a shorter balance, smaller
 * installments; interest not yet earned is cancelled when the principal is paid off). Money
 * beyond everything the plan asks is `unapplied` and added to the state's `credit`.
 *
 * Conservation: the allocations, `principalReductionAmount` and `unappliedAmount` sum to the payment.
 *
 * @param input - `{ state, payment, waterfall?, allocation?, overpayment? }`; see
 *   {@link ApplyPaymentInputSchema}. `state` is a plan state from {@link createPlanState} (or an
 *   earlier call); `payment` is `{ amount, date, paymentId? }`, not before the agreement date,
 *   the last payment or the last re-amortization (`reamortizedOn`; after a re-amortization the
 *   terms' `agreementDate` is where the new schedule's interest starts: a payment may precede it)
 * @returns `{ state, receipt, duplicate }`
 * @throws {@link arrears!ValidationError} for a malformed input (an amount
 *   with more decimals than the currency has: `MONEY_TOO_MANY_DECIMALS`)
 * @throws {@link arrears!DomainRuleError} `PLAN_PAYMENT_OUT_OF_ORDER` for a payment dated before
 *   the agreement, the last payment applied or the last re-amortization; `PLAN_PAYMENT_CONFLICT` for a `paymentId`
 *   already logged with another amount or date; `PLAN_LIMIT_EXCEEDED` beyond 100,000 logged
 *   payments
 *
 * @example
 * ```ts
 * import { applyPayment, buildSchedule, createPlanState } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * const { state: next, receipt } = applyPayment({ state, payment: { amount: '400.00', date: '2026-02-15' } });
 * receipt.allocations; // => [{ installment: 1, component: 'principal', amount: '333.33' }, { installment: 2, component: 'principal', amount: '66.67' }]
 * next.installments[1]?.principalPaid; // => '66.67'
 * state.installments[1]?.principalPaid; // => '0.00'
 * const once = applyPayment({ state, payment: { amount: '100.00', date: '2026-02-15', paymentId: 'ach-7' } });
 * const again = applyPayment({ state: once.state, payment: { amount: '100.00', date: '2026-02-15', paymentId: 'ach-7' } });
 * [again.duplicate, again.state.installments[0]?.principalPaid]; // => [true, '100.00']
 * applyPayment({ state, payment: { amount: '10.00', date: '2026-01-01' } }); // throws PLAN_PAYMENT_OUT_OF_ORDER
 * ```
 */
export function applyPayment(input: ApplyPaymentInput): ApplyPaymentResult {
  const { state: parsed, payment: p, ...o } = parseInput(ApplyPaymentInputSchema, input);
  const w = toWorking(parsed);
  const amount = toMinorUnits(p.amount, w.currency);
  const logged = findLogged(w, p.paymentId, amount, p.date, ['payment']);
  if (logged !== undefined) return { state: fromWorking(w), receipt: receiptOf(logged), duplicate: true };
  const record = postPayment(w, p.date, amount, p.paymentId, o);
  return { state: fromWorking(w), receipt: receiptOf(record), duplicate: false };
}

/**
 * The log entry of `paymentId` when the state holds it with the same amount and date;
 * undefined when the id is new (or absent); `PLAN_PAYMENT_CONFLICT` when it is held with
 * another amount or date. @internal
 */
export function findLogged(w: Working, paymentId: string | undefined, amount: bigint, date: string, path: Array<string | number>): PlanPaymentRecord | undefined {
  if (paymentId === undefined) return undefined;
  const logged = w.payments.find((r) => r.paymentId === paymentId);
  if (logged === undefined) return undefined;
  if (toMinorUnits(logged.amount, w.currency) !== amount || logged.date !== date) {
    throw new DomainRuleError(
      PlanErrorCodes.PLAN_PAYMENT_CONFLICT,
      `"${[...path, 'paymentId'].join('.')}": the payment ${JSON.stringify(paymentId)} is already in the plan as ${logged.amount} on ${logged.date}; a paymentId names one payment (give a new payment its own).`,
      { path: [...path, 'paymentId'] },
    );
  }
  return logged;
}

/** Applies a payment to a working state (changed in place) and appends it to the log. @internal */
export function postPayment(w: Working, date: string, amount: bigint, paymentId: string | undefined, o: Parameters<typeof allocate>[3]): PlanPaymentRecord {
  if (w.payments.length >= MAX_PAYMENTS) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_LIMIT_EXCEEDED, `"payment": the plan's payment log holds ${MAX_PAYMENTS} payments, the most one state may hold.`, { path: ['payment'] });
  }
  const { allocations, principalReduction, reducedInstallment, unapplied } = allocate(w, date, amount, o);
  w.credit += unapplied;
  w.lastPaymentDate = date;
  const c = w.currency;
  const record: PlanPaymentRecord = {
    ...(paymentId === undefined ? {} : { paymentId }),
    date,
    amount: fromMinorUnits(amount, c),
    allocations: allocations.map((a) => ({ installment: a.installment, component: a.component, amount: fromMinorUnits(a.amount, c) })),
    ...(principalReduction > 0n ? { principalReduction: { installment: reducedInstallment, component: 'principal' as const, amount: fromMinorUnits(principalReduction, c) } } : {}),
    unappliedAmount: fromMinorUnits(unapplied, c),
  };
  w.payments.push(record);
  return record;
}

/** The receipt of a logged payment. */
function receiptOf(record: PlanPaymentRecord): PaymentReceipt {
  const zero = record.unappliedAmount.replace(/[0-9]/g, '0');
  return {
    amount: record.amount,
    date: record.date,
    ...(record.paymentId === undefined ? {} : { paymentId: record.paymentId }),
    allocations: record.allocations.map((a): PaymentAllocation => ({ installment: a.installment, component: a.component, amount: a.amount })),
    principalReductionAmount: record.principalReduction?.amount ?? zero,
    unappliedAmount: record.unappliedAmount,
  };
}

/** Allocates a payment on a working state (changed in place). @internal */
export function allocate(
  w: Working,
  date: string,
  amount: bigint,
  o: { waterfall?: readonly PlanComponent[] | undefined; allocation?: 'installment' | 'component' | undefined; overpayment?: 'nextInstallments' | 'principal' | undefined },
): { allocations: Array<{ installment: number; component: PlanComponent; amount: bigint }>; principalReduction: bigint; reducedInstallment: number; unapplied: bigint } {
  parseInput(CalendarDateSchema, date, ['payment', 'date']);
  // After a recompute (termsFirstInstallment > 1) the terms' agreementDate is where the new
  // schedule's interest starts, which is after the re-amortization when it kept an installment
  // not yet due: once a payment is logged, the last payment (never before the agreement) is the
  // bound; before any payment, that start stays the (strict) bound.
  // A state that records its re-amortization (reamortizedOn) is bounded by it instead: the
  // re-amortization closed what was owed then, so a payment dated before it comes too late.
  if (w.reamortizedOn !== undefined && date < w.reamortizedOn && (w.lastPaymentDate === undefined || w.lastPaymentDate <= w.reamortizedOn)) {
    throw new DomainRuleError(
      PlanErrorCodes.PLAN_PAYMENT_OUT_OF_ORDER,
      `"payment.date": a payment on ${date} is before the plan's re-amortization on ${w.reamortizedOn}, which was computed without it; apply payments in date order (date it on or after ${w.reamortizedOn}).`,
      { path: ['payment', 'date'] },
    );
  }
  const reamortized = w.reamortizedOn !== undefined || (w.termsFirstInstallment > 1 && w.lastPaymentDate !== undefined);
  if ((!reamortized && date < w.terms.agreementDate) || (w.lastPaymentDate !== undefined && date < w.lastPaymentDate)) {
    const after = w.lastPaymentDate !== undefined && (reamortized || w.lastPaymentDate > w.terms.agreementDate) ? `the last payment applied (${w.lastPaymentDate})` : `the agreement date (${w.terms.agreementDate})`;
    throw new DomainRuleError(PlanErrorCodes.PLAN_PAYMENT_OUT_OF_ORDER, `"payment.date": a payment on ${date} is before ${after}; apply payments in date order.`, { path: ['payment', 'date'] });
  }
  const order = (o.waterfall ?? DEFAULT_WATERFALL).map((name) => COMPONENTS.indexOf(name));
  const out: Array<{ installment: number; component: PlanComponent; amount: bigint }> = [];
  let left = amount;
  const due = w.slots.filter((s) => s.dueDate <= date);
  if (o.allocation === 'component') {
    for (const c of order) for (const slot of due) left = pay(slot, c, left, out);
  } else if (order[2] === 0) {
    // Fees last means after every installment due: an older installment's late fee never takes
    // money from a later installment (no pyramiding, 16 CFR 444.4).
    for (const slot of due) for (const c of order.slice(0, 2)) left = pay(slot, c, left, out);
    for (const slot of due) left = pay(slot, 0, left, out);
  } else {
    for (const slot of due) for (const c of order) left = pay(slot, c, left, out);
  }
  let principalReduction = 0n;
  let reducedInstallment = 0;
  if (left > 0n) {
    if (o.overpayment === 'principal') {
      const { used, left: rest, installment } = prepay(w, date, left);
      principalReduction = used;
      reducedInstallment = installment;
      left = rest;
    } else {
      for (const slot of w.slots) if (slot.dueDate > date) for (const c of order) left = pay(slot, c, left, out);
    }
  }
  return { allocations: out, principalReduction, reducedInstallment, unapplied: left };
}

/**
 * The non-throwing twin of {@link applyPayment}, for payments that come from users.
 *
 * @param input - anything; an {@link ApplyPaymentInput} is expected
 * @returns `{ success: true, data }` with `{ state, receipt, duplicate }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState, safeApplyPayment } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * safeApplyPayment({ state, payment: { amount: '100.00', date: '2026-02-15' } }).success; // => true
 * safeApplyPayment({ state, payment: { amount: '-1.00', date: '2026-02-15' } }).success; // => false
 * ```
 */
export function safeApplyPayment(input: unknown): ArrearsResult<ApplyPaymentResult> {
  return attempt(() => applyPayment(input as ApplyPaymentInput));
}
