import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, reamortize, safeReamortize } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const flat = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 } as const;

describe('reamortize: bounds (issue 18 item 15)', () => {
  it("returns on the library's own output: extend after a recompute that closed missed rows at 0.00", () => {
    const recomputed = reamortize({ state: createPlanState(buildSchedule(flat)), asOf: '2026-09-01', strategy: 'recompute', installments: 2 });
    const extended = reamortize({ state: recomputed, asOf: '2026-12-01', strategy: 'extend' });
    // The two recomputed installments of 600.00 are the regular amount; both fell due unpaid.
    // The new ones start on the plan's first date on or after 2026-12-01 (2026-11-15 has passed).
    const added = extended.installments.slice(recomputed.installments.length);
    expect(added.map((r) => [r.dueDate, r.principal])).toEqual([
      ['2026-12-15', '600.00'],
      ['2027-01-15', '600.00'],
    ]);
    const principal = extended.installments.reduce((sum, r) => sum + Math.round(Number(r.principal) * 100), 0);
    expect(principal).toBe(120000);
  });

  it('moves arrears into one installment when no installment is positive', () => {
    const paid = applyPayment({ state: createPlanState(buildSchedule({ ...flat, installments: 2 })), payment: { amount: '1.00', date: '2026-02-15' } }).state;
    const closed = reamortize({ state: paid, asOf: '2026-04-01', strategy: 'recompute', installments: 1 });
    // Every row now either closed at what it received or the new one; extending once more terminates.
    expect(safeReamortize({ state: closed, asOf: '2026-06-01', strategy: 'extend' }).success).toBe(true);
  });

  it('refuses a re-amortization that would pass the installment limits', () => {
    const weekly = { ...flat, principal: '10000.00', installments: 10_000, frequency: 'weekly', firstDueDate: '2026-01-22' } as const;
    const recomputed = reamortize({ state: createPlanState(buildSchedule(weekly)), asOf: '2027-01-01', strategy: 'recompute', installments: 10_000 });
    // Every one of the 10,000 new installments of 1.00 missed: extending them would need 10,000 more rows.
    expect(codeOf(() => reamortize({ state: recomputed, asOf: '2300-01-01', strategy: 'extend' }))).toBe('PLAN_LIMIT_EXCEEDED');
  });

  it('refuses options that the mode would ignore (audit F16)', () => {
    const state = createPlanState(buildSchedule({ ...flat, installments: 4 }));
    expect(codeOf(() => reamortize({ state, asOf: '2026-03-15', strategy: 'spread', installments: 12 } as never))).toBe('PLAN_UNSUPPORTED_OPTION');
    expect(codeOf(() => reamortize({ state, asOf: '2026-03-15', strategy: 'extend', firstDueDate: '2026-05-01' } as never))).toBe('PLAN_UNSUPPORTED_OPTION');
  });

  it('recompute keeps the fees posted on installments to come (found by the billing-loop property)', () => {
    // Four biweekly 25.00 rows; a fee in arrears (row 1) and one on a row not yet due (row 4,
    // where an earlier 'extend' can put one), with 7.50 paid on row 2.
    const terms = { principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'biweekly', agreementDate: '2026-01-10', firstDueDate: '2026-01-24', installments: 4 } as const;
    let state = addCharges({ state: createPlanState(buildSchedule(terms)), charges: [{ id: 'a', installment: 1, amount: '10.00', currency: 'USD' }, { id: 'b', installment: 4, amount: '10.00', currency: 'USD' }] }).state;
    state = applyPayment({ state, payment: { amount: '7.50', date: '2026-02-01' } }).state;
    const re = reamortize({ state, asOf: '2026-02-25', strategy: 'recompute' });
    const cents = (a: string): number => Math.round(Number(a) * 100);
    const dueFees = (s: typeof re): number => s.installments.reduce((sum, r) => sum + cents(r.fees) - cents(r.feesPaid), 0);
    expect([dueFees(state), dueFees(re)]).toEqual([2000, 2000]);
    expect(re.installments.reduce((sum, r) => sum + cents(r.principal), 0)).toBe(10000);
  });
});
