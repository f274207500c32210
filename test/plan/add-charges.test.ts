import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanChargeSchema, addCharges, applyPayment, buildSchedule, createPlanState, isArrearsError, reamortize, safeAddCharges } from '../../src/plan/index.js';
import type { PlanChargeInput } from '../../src/plan/index.js';
import { nameAndCode as codeOf } from '../support/errors.js';

const state = createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));

describe('addCharges', () => {
  it('raises the fees due of each installment and records the charges by id', () => {
    const { state: next, posted } = addCharges({ state, charges: [
      { id: 'a', installment: 1, amount: '15.00', date: '2026-02-26', currency: 'USD' },
      { id: 'b', installment: 1, amount: '5', currency: 'USD' },
      { id: 'c', installment: 3, amount: '2.50', currency: 'USD' },
    ] });
    expect(next.installments.map((i) => i.fees)).toEqual(['20.00', '0.00', '2.50']);
    expect(posted).toEqual([
      { id: 'a', installment: 1, changeAmount: '15.00', amount: '15.00' },
      { id: 'b', installment: 1, changeAmount: '5.00', amount: '5.00' },
      { id: 'c', installment: 3, changeAmount: '2.50', amount: '2.50' },
    ]);
    expect(next.charges).toEqual([
      { id: 'a', installment: 1, amount: '15.00', date: '2026-02-26', currency: 'USD' },
      { id: 'b', installment: 1, amount: '5.00', currency: 'USD' },
      { id: 'c', installment: 3, amount: '2.50', currency: 'USD' },
    ]);
    expect(state.installments[0]?.fees).toBe('0.00');
    expect(state.charges).toBeUndefined();
  });

  it('posts the difference when an id comes back with another amount, and withdraws a charge at zero', () => {
    const once = addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }] }).state;
    const more = addCharges({ state: once, charges: [{ id: 'a', installment: 1, amount: '18.00', currency: 'USD' }] });
    expect([more.state.installments[0]?.fees, more.posted[0]?.changeAmount]).toEqual(['18.00', '3.00']);
    const withdrawn = addCharges({ state: more.state, charges: [{ id: 'a', installment: 1, amount: '0.00', currency: 'USD' }] });
    expect([withdrawn.state.installments[0]?.fees, withdrawn.posted[0]?.changeAmount]).toEqual(['0.00', '-18.00']);
  });

  it('keeps the charges through payments and re-amortization, so a later posting is still idempotent', () => {
    const charged = addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }] }).state;
    const paid = applyPayment({ state: charged, payment: { amount: '10.00', date: '2026-02-20' }, waterfall: ['fees', 'interest', 'principal'] }).state;
    expect([paid.installments[0]?.feesPaid, paid.charges]).toEqual(['10.00', [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }]]);
    expect(addCharges({ state: paid, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }] }).posted).toEqual([]);
    expect(reamortize({ state: paid, asOf: '2026-03-01', strategy: 'spread' }).charges).toEqual([{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }]);
    // Fees already paid cannot be charged away.
    expect(codeOf(() => addCharges({ state: paid, charges: [{ id: 'a', installment: 1, amount: '5.00', currency: 'USD' }] }))).toBe('DomainRuleError:PLAN_CHARGE_CONFLICT');
  });

  it('refuses unknown installments and ids moved to another installment', () => {
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 4, amount: '1.00', currency: 'USD' }] }))).toBe('DomainRuleError:PLAN_CHARGE_CONFLICT');
    const once = addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '1.00', currency: 'USD' }] }).state;
    expect(codeOf(() => addCharges({ state: once, charges: [{ id: 'a', installment: 2, amount: '1.00', currency: 'USD' }] }))).toBe('DomainRuleError:PLAN_CHARGE_CONFLICT');
  });

  it('takes a charge with the plan\'s currency and refuses another currency with PLAN_CURRENCY_MISMATCH, nothing posted', () => {
    const usd = addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }] });
    expect([usd.state.installments[0]?.fees, usd.state.charges]).toEqual(['15.00', [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }]]);
    const yen = safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }, { id: 'b', installment: 1, amount: '1500', currency: 'JPY' }] });
    expect(yen.success ? 'posted' : [yen.error.code, yen.error.path]).toEqual(['PLAN_CURRENCY_MISMATCH', ['charges', 1, 'currency']]);
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'usd' }] }))).toMatch(/^ValidationError:/);
  });

  it('throws a ValidationError naming the field for malformed charges', () => {
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '-1.00', currency: 'USD' }] }))).toBe('ValidationError:MONEY_NEGATIVE');
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '1.00', currency: 'USD' }, { id: 'a', installment: 2, amount: '1.00', currency: 'USD' }] }))).toBe('ValidationError:PLAN_INVALID_CHARGE');
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '1.001', currency: 'USD' }] }))).toBe('ValidationError:MONEY_TOO_MANY_DECIMALS');
    expect(codeOf(() => addCharges({ state, charges: [{ id: '', installment: 1, amount: '1.00', currency: 'USD' }] }))).toMatch(/^ValidationError:/);
    expect(codeOf(() => addCharges({ state, charges: 'fees' as never }))).toMatch(/^ValidationError:/);
    expect(codeOf(() => addCharges({ state: {} as never, charges: [] }))).toMatch(/^ValidationError:/);
    let path: unknown;
    try {
      addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '1.001', currency: 'USD' }] });
    } catch (error) {
      path = isArrearsError(error) ? error.path : undefined;
    }
    expect(path).toEqual(['charges', 0, 'amount']);
  });

  it('is idempotent: posting the same charges twice equals posting them once, and money is conserved', () => {
    const chargeArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), installment: fc.integer({ min: 1, max: 3 }), cents: fc.integer({ min: 0, max: 100_000 }) }),
      { selector: (c) => c.id, maxLength: 5 },
    );
    fc.assert(
      fc.property(chargeArb, (list) => {
        const charges: PlanChargeInput[] = list.map((c) => ({ id: c.id, installment: c.installment, amount: (c.cents / 100).toFixed(2), currency: 'USD' }));
        const once = addCharges({ state, charges });
        const twice = addCharges({ state: once.state, charges });
        expect(twice.state).toEqual(once.state);
        expect(twice.posted).toEqual([]);
        const total = once.state.installments.reduce((sum, i) => sum + Math.round(Number(i.fees) * 100), 0);
        expect(total).toBe(list.reduce((sum, c) => sum + c.cents, 0));
      }),
    );
  });
});

describe('safeAddCharges', () => {
  it('returns errors as values', () => {
    expect(safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '1.00', currency: 'USD' }] }).success).toBe(true);
    const failed = safeAddCharges({ state, charges: [{ id: 'a', installment: 9, amount: '1.00', currency: 'USD' }] });
    expect(failed.success ? undefined : failed.error.code).toBe('PLAN_CHARGE_CONFLICT');
  });
});

describe('PlanChargeSchema', () => {
  it('accepts a charge and rejects a negative one', () => {
    expect(PlanChargeSchema.safeParse({ id: 'x', installment: 1, amount: '0', currency: 'USD' }).success).toBe(true);
    expect(PlanChargeSchema.safeParse({ id: 'x', installment: 1, amount: '-0.01', currency: 'USD' }).success).toBe(false);
  });
});
