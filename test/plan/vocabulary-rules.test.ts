import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, planStatus, reamortize, safeBuildSchedule, validatePlanTerms } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

// The rules plan gained with the one vocabulary (issue 20), each with a close negative.
const terms = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 } as const;

describe('annualRate: a fraction with a ceiling (audit F1)', () => {
  it('refuses a rate above 100% a year unless the terms raise maxAnnualRate', () => {
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '1' }))).toBe('none');
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '1.01' }))).toBe('PLAN_INVALID_RATE');
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '1.5', maxAnnualRate: '2' }))).toBe('none');
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '2.01', maxAnnualRate: '2' }))).toBe('PLAN_INVALID_RATE');
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '0.3', maxAnnualRate: '0.25' }))).toBe('PLAN_INVALID_RATE');
  });
  it('refuses a percent typed for a fraction, even with the opt-in at its largest', () => {
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '12', maxAnnualRate: '10' }))).toBe('PLAN_INVALID_RATE');
    expect(codeOf(() => buildSchedule({ ...terms, annualRate: '0.12', maxAnnualRate: '12' }))).toBe('PLAN_INVALID_RATE');
    const failed = safeBuildSchedule({ ...terms, annualRate: '9.99' });
    expect(failed.success ? undefined : failed.error.path).toEqual(['annualRate']);
  });
});

describe('frequencies: the one list, the unscheduled ones refused', () => {
  it('refuses annually and semiAnnually with an error naming the frequencies a plan takes', () => {
    for (const frequency of ['annually', 'semiAnnually']) {
      const failed = safeBuildSchedule({ ...terms, frequency });
      expect(failed.success ? '' : `${failed.error.code} ${failed.error.message}`).toMatch(/^INPUT_INVALID_VALUE .*"quarterly"/);
    }
    expect(codeOf(() => buildSchedule({ ...terms, frequency: 'quarterly', firstDueDate: '2026-04-15', installments: 4 }))).toBe('none');
  });
});

describe('paymentId: 1 to 200 characters', () => {
  const state = createPlanState(buildSchedule(terms));
  it('takes an id of 1 and of 200 characters and refuses an empty one or 201', () => {
    for (const [paymentId, code] of [['x', 'none'], ['x'.repeat(200), 'none'], ['', 'INPUT_OUT_OF_RANGE'], ['x'.repeat(201), 'INPUT_OUT_OF_RANGE']] as const) {
      expect([paymentId.length, codeOf(() => applyPayment({ state, payment: { amount: '10.00', date: '2026-02-15', paymentId } }))]).toEqual([paymentId.length, code]);
    }
  });
  it('refuses the old name reference', () => {
    expect(codeOf(() => applyPayment({ state, payment: { amount: '10.00', date: '2026-02-15', reference: 'chk-1' } as never }))).toBe('INPUT_UNRECOGNIZED_KEYS');
  });
});

describe('charges carry their currency (audit F9)', () => {
  const state = createPlanState(buildSchedule(terms));
  it('refuses a charge without currency, and one in another currency', () => {
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00' } as never] }))).toBe('INPUT_MISSING');
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'EUR' }] }))).toBe('PLAN_CURRENCY_MISMATCH');
    expect(codeOf(() => addCharges({ state, charges: [{ id: 'a', installment: 1, amount: '15.00', currency: 'USD' }] }))).toBe('none');
  });
});

describe('one input object, unknown keys refused', () => {
  const state = createPlanState(buildSchedule(terms));
  it('refuses the old option names', () => {
    expect(codeOf(() => reamortize({ state, asOf: '2026-04-01', strategy: 'spread', mode: 'spread' } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(codeOf(() => planStatus({ plan: state, asOf: '2026-04-01', policy: {} } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(codeOf(() => planStatus({ plan: state, asOf: '2026-04-01', rules: { missedInstallments: 2 } } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(codeOf(() => buildSchedule({ ...terms, rounding: 'halfExpand' } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { minDownPaymentPercent: '10' } } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
  });
  it('names the field from the input root', () => {
    expect(validatePlanTerms({ terms, policy: { maxInstallments: 6 } }).findings.map((f) => f.path)).toEqual([['terms', 'installments']]);
  });
});
