import { describe, expect, it } from 'vitest';
import { assessLateFees, safeAssessLateFees, safeLateFeeFor } from '../../src/fees/index.js';
import type { FeeCaps, LateFeePolicyInput } from '../../src/fees/index.js';
import * as planModule from '../../src/plan/index.js';

const { addCharges, applyPayment, buildSchedule, createPlanState, reversePayment } = planModule;

// Issue 19 item 9 (fees side) and its siblings: unknown keys are errors, never dropped; fee
// expressions and caps have real types; a high-cost mortgage can name its state's mortgage preset.

const S = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-02-01', amount: '100.00' }] };
const flat15 = { type: 'flat', amount: '15.00' } as const;

function failure(input: unknown): [string, ReadonlyArray<string | number>] | 'ok' {
  const r = safeAssessLateFees(input as never);
  return r.success ? 'ok' : [r.error.code, r.error.path];
}

describe('fee inputs reject unknown keys', () => {
  it('a typo in the schedule (originalBalence) is an error, not a lifetime cap silently at 100%', () => {
    expect(failure({ schedule: { ...S, originalBalence: '10.00' }, policy: { amount: flat15, caps: { lifetime: { originalBalanceRate: '0.1' } } }, asOf: '2026-03-01' })).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['schedule']]);
  });

  it('an unknown key on a row, on a payment, or on lateFeeFor\'s installment is an error', () => {
    expect(failure({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-02-01', amount: '100.00', amountDue: '90.00' }] }, policy: { amount: flat15 }, asOf: '2026-03-01' })).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['schedule', 'installments', 0]]);
    expect(failure({ schedule: S, payments: [{ amount: '100.00', date: '2026-02-01', paidOn: '2026-02-01' }], policy: { amount: flat15 }, asOf: '2026-03-01' })).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['payments', 0]]);
    const quote = safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-02-01', amount: '100.00', grace: 5 } as never, policy: { amount: flat15 } });
    expect(quote.success ? 'ok' : [quote.error.code, quote.error.path]).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['installment']]);
  });

  it('a payment in another currency is refused; in the same currency, or with a paymentId, it is applied', () => {
    expect(failure({ schedule: S, payments: [{ amount: '100.00', date: '2026-02-01', currency: 'EUR' }], policy: { amount: flat15 }, asOf: '2026-03-01' })).toEqual(['FEES_CURRENCY_MISMATCH', ['payments', 0, 'currency']]);
    const paid = assessLateFees({ schedule: S, payments: [{ amount: '100.00', date: '2026-02-01', currency: 'USD', paymentId: 'chk-1' }], policy: { amount: flat15 }, asOf: '2026-03-01' });
    expect(paid.fees).toEqual([]);
  });

  it('the fast path and the schema agree on unknown keys (a plain batch input with an extra key is refused either way)', () => {
    const base = { schedule: S, payments: [{ amount: '50.00', date: '2026-02-01' }], policy: { amount: flat15 }, asOf: '2026-03-01' };
    expect(failure(base)).toBe('ok');
    expect(failure({ ...base, schedule: { ...S, note: 'x' } })).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['schedule']]);
  });
});

describe('fee expressions and caps have real types', () => {
  it('types the amount and the caps (a number where a string belongs is a type error)', () => {
    // @ts-expect-error an amount is a decimal string
    const bad: LateFeePolicyInput = { amount: { type: 'flat', amount: 15 } };
    // @ts-expect-error no such term
    const unknownTerm: LateFeePolicyInput = { amount: { type: 'flatt', amount: '15.00' } };
    const caps: FeeCaps = { perFee: { type: 'percent', rate: '0.05', of: 'installment' } };
    expect([safeAssessLateFees({ schedule: S, policy: bad, asOf: '2026-03-01' }).success, safeAssessLateFees({ schedule: S, policy: unknownTerm, asOf: '2026-03-01' }).success, caps.perFee?.type]).toEqual([false, false, 'percent']);
  });
});

describe('a high-cost mortgage names its state\'s mortgage preset', () => {
  it('us-hoepa with us-ny-mortgage: the lower limit and the later first fee day win', () => {
    const row = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-06-01', amount: '1000.00' }] };
    const result = assessLateFees({ schedule: row, policy: { amount: { type: 'flat', amount: '60.00' }, accountKind: 'highCostMortgage', presets: ['us-hoepa', 'us-ny-mortgage'] }, asOf: '2026-06-30' });
    expect(result.fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-06-17', '20.00', 'us-ny-mortgage']]);
    const pi = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-06-01', amount: '1000.00', principal: '700.00', interest: '300.00' }] };
    expect(assessLateFees({ schedule: pi, policy: { amount: { type: 'flat', amount: '60.00' }, accountKind: 'highCostMortgage', presets: ['us-ca-mortgage', 'us-hoepa'] }, asOf: '2026-06-30' }).fees.map((f) => [f.amount, f.boundBy])).toEqual([['40.00', 'us-hoepa']]);
  });
});

// A plan state that keeps its own payment log (arrears/plan, issue 19 item 1) is assessed on it.
const logged = applyPayment({ state: createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 })), payment: { amount: '100.00', date: '2026-03-10', paymentId: 'p1' } } as never).state as unknown as { payments?: unknown[] };
describe('a plan state with a payment log', () => {
  const policy = { trigger: { graceDays: 10 }, amount: flat15 };
  const terms = { principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
  it('has the log these tests read', () => {
    expect(Array.isArray(logged.payments)).toBe(true);
  });
  it('reads the log: no hand-built payments, and none counted twice', () => {
    // Before the third installment's fee day (04-26): 02-15 paid on 03-10 (late), 03-15 unpaid: fees on 02-26 and 03-26.
    const result = assessLateFees({ plan: logged as never, policy, asOf: '2026-04-20' });
    expect(result.fees.map((f) => [f.installment, f.date])).toEqual([[1, '2026-02-26'], [2, '2026-03-26']]);
    // The same payment by hand as well would count twice: refused, even as an empty list.
    expect(failure({ plan: logged, payments: [], policy, asOf: '2026-04-20' })).toEqual(['FEES_INVALID_SCHEDULE', ['payments']]);
    expect(failure({ plan: logged, payments: [{ amount: '100.00', date: '2026-03-10' }], policy, asOf: '2026-04-20' })).toEqual(['FEES_INVALID_SCHEDULE', ['payments']]);
  });
  it('judges lateness on the rows\' principal and interest: posted fees never make an installment late', () => {
    const charged = addCharges({ state: createPlanState(buildSchedule(terms)), charges: [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', currency: 'USD' }] }).state;
    // 100.00 on the due date pays installment 1 in full (its fee stays unpaid): no fee on it.
    const paid = applyPayment({ state: charged, payment: { amount: '100.00', date: '2026-02-15', paymentId: 'p1' } }).state;
    expect(assessLateFees({ plan: paid, policy, asOf: '2026-03-01' }).fees).toEqual([]);
  });
  it('leaves a returned payment out: it never paid', () => {
    const onTime = applyPayment({ state: createPlanState(buildSchedule(terms)), payment: { amount: '100.00', date: '2026-02-15', paymentId: 'p1' } }).state;
    expect(assessLateFees({ plan: onTime, policy, asOf: '2026-04-20' }).fees.map((f) => f.installment)).toEqual([2]);
    const returned = reversePayment({ state: onTime, paymentId: 'p1', reversedOn: '2026-03-20' }).state;
    expect(assessLateFees({ plan: returned, policy, asOf: '2026-04-20' }).fees.map((f) => f.installment)).toEqual([1, 2]);
  });
  it('takes hand-built payments for a plan state without a log (nothing applied yet)', () => {
    const fresh = createPlanState(buildSchedule(terms));
    expect('payments' in fresh).toBe(false);
    expect(assessLateFees({ plan: fresh, payments: [{ amount: '100.00', date: '2026-02-15' }], policy, asOf: '2026-04-20' }).fees.map((f) => f.installment)).toEqual([2]);
  });
});
