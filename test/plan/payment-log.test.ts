import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, planStatus, reamortize, reversePayment, safeReversePayment } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const flat = { principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const loan = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const fresh = (): PlanState => createPlanState(buildSchedule(flat));

describe('applyPayment: the payment log', () => {
  it('logs each payment with its reference, date, amount and allocation', () => {
    const { state } = applyPayment(fresh(), { amount: '400.00', date: '2026-02-15', reference: 'chk-1' });
    expect(state.payments).toEqual([
      {
        reference: 'chk-1',
        date: '2026-02-15',
        amount: '400.00',
        allocations: [
          { installment: 1, component: 'principal', amount: '300.00' },
          { installment: 2, component: 'principal', amount: '100.00' },
        ],
        unapplied: '0.00',
      },
    ]);
  });

  it('changes nothing when a reference is applied again, and refuses the same reference for another payment', () => {
    const p = { amount: '400.00', date: '2026-02-15', reference: 'chk-1' };
    const once = applyPayment(fresh(), p);
    const twice = applyPayment(once.state, p);
    expect(twice.duplicate).toBe(true);
    expect(twice.state).toEqual(once.state);
    expect(twice.receipt).toEqual(once.receipt);
    expect(once.duplicate).toBe(false);
    expect(codeOf(() => applyPayment(once.state, { ...p, amount: '401.00' }))).toBe('PLAN_PAYMENT_CONFLICT');
    expect(codeOf(() => applyPayment(once.state, { ...p, date: '2026-02-16' }))).toBe('PLAN_PAYMENT_CONFLICT');
    expect(codeOf(() => applyPayment(once.state, { ...p, reference: '' }))).toBe('INPUT_OUT_OF_RANGE');
  });

  it('logs a principal prepayment and the credit, which sum back to the payment', () => {
    const { state, receipt } = applyPayment(createPlanState(buildSchedule(loan)), { amount: '2000.00', date: '2026-02-15', reference: 'big' }, { overpayment: 'principal' });
    const log = state.payments?.[0];
    expect(log?.principalReduction).toEqual({ installment: 2, component: 'principal', amount: receipt.principalReduction });
    expect(log?.unapplied).toBe(receipt.unapplied);
    expect(state.credit).toBe(receipt.unapplied);
  });

  it('refuses a state whose log does not add up or repeats a reference', () => {
    const { state } = applyPayment(fresh(), { amount: '400.00', date: '2026-02-15', reference: 'chk-1' });
    const log = state.payments?.[0];
    if (log === undefined) throw new Error('no log');
    expect(codeOf(() => applyPayment({ ...state, payments: [{ ...log, amount: '401.00' }] }, { amount: '1.00', date: '2026-03-01' }))).toBe('PLAN_INVALID_STATE');
    expect(codeOf(() => applyPayment({ ...state, payments: [log, log] }, { amount: '1.00', date: '2026-03-01' }))).toBe('PLAN_INVALID_STATE');
  });
});

describe('reversePayment', () => {
  it('unwinds a returned payment: the installments owe again, the log says when', () => {
    const paid = applyPayment(fresh(), { amount: '400.00', date: '2026-02-15', reference: 'chk-1' }).state;
    const { state, reversed, duplicate } = reversePayment(paid, { reference: 'chk-1', date: '2026-02-20' });
    expect(duplicate).toBe(false);
    expect(reversed.reversedOn).toBe('2026-02-20');
    expect(state.installments.map((r) => r.unpaid)).toEqual(['300.00', '300.00', '300.00']);
    expect(planStatus(state, [], '2026-02-20')).toMatchObject({ status: 'behind', paidToDate: '0.00', amountPastDue: '300.00' });
    const again = reversePayment(state, { reference: 'chk-1', date: '2026-02-21' });
    expect([again.duplicate, again.state]).toEqual([true, state]);
  });

  it('keeps the later payments as they are', () => {
    const one = applyPayment(fresh(), { amount: '300.00', date: '2026-02-15', reference: 'a' }).state;
    const two = applyPayment(one, { amount: '300.00', date: '2026-03-15', reference: 'b' }).state;
    const { state } = reversePayment(two, { reference: 'a', date: '2026-03-20' });
    expect(state.installments.map((r) => r.unpaid)).toEqual(['300.00', '0.00', '300.00']);
  });

  it('takes a prepayment and the credit back', () => {
    const paid = applyPayment(createPlanState(buildSchedule(loan)), { amount: '2000.00', date: '2026-02-15', reference: 'big' }, { overpayment: 'principal' }).state;
    const { state } = reversePayment(paid, { reference: 'big', date: '2026-02-20' });
    expect(state.credit).toBe('0.00');
    const owed = state.installments.reduce((sum, r) => sum + Math.round(Number(r.unpaid) * 100), 0);
    const principal = state.installments.reduce((sum, r) => sum + Math.round(Number(r.principal) * 100), 0);
    expect(principal).toBe(120000);
    expect(owed).toBeGreaterThanOrEqual(120000);
    expect(planStatus(state, [], '2026-02-20').paidToDate).toBe('0.00');
  });

  it('unwinds a payment after a re-amortization closed its installment', () => {
    const paid = applyPayment(fresh(), { amount: '100.00', date: '2026-02-15', reference: 'a' }).state;
    const spread = reamortize(paid, '2026-03-01', { mode: 'spread' });
    const { state } = reversePayment(spread, { reference: 'a', date: '2026-03-02' });
    expect(state.installments[0]).toMatchObject({ principal: '100.00', principalPaid: '0.00', unpaid: '100.00' });
  });

  it('refuses unknown references, dates before the payment and junk', () => {
    const paid = applyPayment(fresh(), { amount: '400.00', date: '2026-02-15', reference: 'chk-1' }).state;
    expect(codeOf(() => reversePayment(paid, { reference: 'chk-2', date: '2026-02-20' }))).toBe('PLAN_PAYMENT_NOT_FOUND');
    expect(codeOf(() => reversePayment(paid, { reference: 'chk-1', date: '2026-02-14' }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    expect(codeOf(() => reversePayment(paid, { reference: 'chk-1' } as never))).toBe('INPUT_MISSING');
    expect(safeReversePayment(paid, { reference: 'chk-1', date: '2026-02-20', extra: 1 }).success).toBe(false);
    expect(safeReversePayment(null, null).success).toBe(false);
    // A state whose rows no longer hold what the log says.
    const edited = { ...paid, installments: paid.installments.map(({ unpaid: _u, ...r }) => ({ ...r, principalPaid: '0.00' })) };
    expect(codeOf(() => reversePayment(edited, { reference: 'chk-1', date: '2026-02-20' }))).toBe('PLAN_INVALID_STATE');
  });
});

describe('planStatus on a state', () => {
  it('never applies a payment twice (audit F8)', () => {
    const st = createPlanState(buildSchedule(flat));
    const p = { amount: '300.00', date: '2026-02-01' };
    const held = applyPayment(st, p).state;
    const status = planStatus(held, [p], '2026-03-20');
    expect([status.status, status.paidToDate, status.amountPastDue]).toEqual(['behind', '300.00', '300.00']);
    expect(status.findings.map((f) => [f.code, f.severity, f.path])).toEqual([['PLAN_PAYMENT_MAYBE_IN_STATE', 'warning', ['payments', 0]]]);
    const withRef = { ...p, reference: 'r1' };
    const heldRef = applyPayment(st, withRef).state;
    expect(planStatus(heldRef, [withRef], '2026-03-20')).toMatchObject({ status: 'behind', paidToDate: '300.00', findings: [] });
    expect(codeOf(() => planStatus(heldRef, [{ ...withRef, amount: '1.00' }], '2026-03-20'))).toBe('PLAN_PAYMENT_CONFLICT');
  });

  it('counts what the state holds in paidToDate, and applies the new payments on top', () => {
    const held = applyPayment(fresh(), { amount: '300.00', date: '2026-02-15', reference: 'a' }).state;
    const status = planStatus(held, [{ amount: '300.00', date: '2026-03-15', reference: 'b' }, { amount: '300.00', date: '2026-03-15', reference: 'b' }], '2026-03-20');
    expect([status.status, status.paidToDate, status.outstanding]).toEqual(['onTrack', '600.00', '300.00']);
  });
});

describe('late fees and status (no pyramiding, 16 CFR 444.4)', () => {
  it('a late fee alone never makes a paid-up plan behind or broken', () => {
    const charged = addCharges(fresh(), [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', date: '2026-02-26' }]).state;
    // Every installment paid on its date, the fee never.
    let state = charged;
    for (const [date, ref] of [['2026-02-15', 'a'], ['2026-03-15', 'b']] as const) state = applyPayment(state, { amount: '300.00', date, reference: ref }).state;
    const status = planStatus(state, [], '2026-04-01', { missedInstallments: 1 });
    expect([status.status, status.amountPastDue, status.feesUnpaid, status.missedInstallments]).toEqual(['onTrack', '0.00', '15.00', 0]);
    expect(status.oldestUnpaid).toEqual({ number: 3, dueDate: '2026-04-15', amountDue: '300.00', feesDue: '0.00' });
    const done = applyPayment(state, { amount: '300.00', date: '2026-04-15', reference: 'c' }).state;
    expect(planStatus(done, [], '2026-05-01')).toMatchObject({ status: 'onTrack', outstanding: '15.00', feesUnpaid: '15.00' });
    expect(planStatus(applyPayment(done, { amount: '15.00', date: '2026-05-01', reference: 'd' }).state, [], '2026-05-01').status).toBe('completed');
  });

  it('still reports a short installment as past due when the caller pays fees first', () => {
    const charged = addCharges(fresh(), [{ id: 'f', installment: 1, amount: '15.00' }]).state;
    const state = applyPayment(charged, { amount: '300.00', date: '2026-02-15' }, { waterfall: ['fees', 'interest', 'principal'] }).state;
    expect(planStatus(state, [], '2026-02-20')).toMatchObject({ status: 'behind', amountPastDue: '15.00', feesUnpaid: '0.00' });
  });
});

describe('state rows say what is due on them', () => {
  it('writes the installment amount and what is unpaid on each row', () => {
    const charged = addCharges(createPlanState(buildSchedule(loan)), [{ id: 'f', installment: 1, amount: '15.00' }]).state;
    const { state } = applyPayment(charged, { amount: '100.00', date: '2026-02-15' });
    expect(state.installments[0]).toEqual({
      number: 1,
      dueDate: '2026-02-15',
      principal: '396.03',
      interest: '12.00',
      fees: '15.00',
      principalPaid: '88.00',
      interestPaid: '12.00',
      feesPaid: '0.00',
      amount: '408.03',
      unpaid: '323.03',
    });
    expect(codeOf(() => applyPayment({ ...state, installments: state.installments.map((r, i) => (i === 0 ? { ...r, amount: '1.00' } : r)) }, { amount: '1.00', date: '2026-03-01' }))).toBe('PLAN_INVALID_STATE');
  });
});
