import { describe, expect, it } from 'vitest';
import { safeValidatePlanTerms, validatePlanTerms } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 } as const;

describe('validatePlanTerms', () => {
  it('passes terms within every limit', () => {
    expect(
      validatePlanTerms(terms, {
        allowedFrequencies: ['monthly'],
        minInstallment: '100.00',
        maxInstallments: 12,
        maxDurationMonths: 12,
        maxDurationDays: 366,
        maxDaysToFirstPayment: 31,
        maxAprRate: '0',
        maxTotalCost: '0',
      }),
    ).toEqual({ valid: true, violations: [] });
  });

  it('returns every violation with its code, field, limit and value', () => {
    const result = validatePlanTerms(
      { ...terms, annualRate: '0.24', downPayment: '50.00', income: { amount: '1000.00', frequency: 'monthly' } },
      {
        allowedFrequencies: ['biweekly'],
        minInstallment: '200.00',
        maxInstallments: 6,
        maxDurationMonths: 6,
        maxDurationDays: 100,
        minDownPayment: '100.00',
        minDownPaymentPercent: '10',
        maxDaysToFirstPayment: 14,
        maxAprRate: '0.18',
        maxTotalCost: '100.00',
        maxPaymentToIncomePercent: '10',
      },
    );
    expect(result.valid).toBe(false);
    expect(result.violations.map((v) => [v.code, v.path[0], v.limit, v.actual])).toEqual([
      ['PLAN_POLICY_FREQUENCY_NOT_ALLOWED', 'frequency', 'biweekly', 'monthly'],
      ['PLAN_POLICY_FIRST_PAYMENT_TOO_LATE', 'firstDueDate', '14', '31'],
      ['PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL', 'downPayment', '100.00', '50.00'],
      ['PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL', 'downPayment', '10%', '50.00'],
      ['PLAN_POLICY_TOO_MANY_INSTALLMENTS', 'installments', '6', '12'],
      ['PLAN_POLICY_INSTALLMENT_TOO_SMALL', 'installments', '200.00', '108.74'],
      ['PLAN_POLICY_DURATION_TOO_LONG', 'installments', '2026-07-01', '2027-01-01'],
      ['PLAN_POLICY_DURATION_TOO_LONG', 'installments', '100', '365'],
      ['PLAN_POLICY_TOTAL_COST_TOO_HIGH', 'annualRate', '100.00', '154.92'],
      ['PLAN_POLICY_APR_TOO_HIGH', 'annualRate', '0.18', '0.24'],
      ['PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH', 'income', '10', '10.87'],
    ]);
    expect(result.violations[0]?.message).toBe('"frequency": monthly installments are not allowed; the policy allows biweekly.');
  });

  it('compares payment to income per month, across frequencies', () => {
    const weekly = { ...terms, frequency: 'weekly', firstDueDate: '2026-01-08', installments: 52, income: { amount: '500.00', frequency: 'weekly' } } as const;
    // The largest installment, the last (23.43), of 500 a week: 4.686%.
    expect(validatePlanTerms(weekly, { maxPaymentToIncomePercent: '5' }).valid).toBe(true);
    expect(validatePlanTerms(weekly, { maxPaymentToIncomePercent: '4.6' }).violations[0]?.actual).toBe('4.68');
    // Fail closed (audit F17): without income the cap is a violation unless the policy loosens it.
    expect(validatePlanTerms(terms, { maxPaymentToIncomePercent: '5' }).violations.map((v) => v.code)).toEqual(['PLAN_POLICY_INCOME_REQUIRED']);
    expect(validatePlanTerms(terms, { maxPaymentToIncomePercent: '5', requireIncome: true }).violations.map((v) => v.code)).toEqual(['PLAN_POLICY_INCOME_REQUIRED']);
    expect(validatePlanTerms(terms, { maxPaymentToIncomePercent: '5', requireIncome: false }).valid).toBe(true);
    expect(safeValidatePlanTerms(terms, { requireIncome: false }).success).toBe(false);
  });

  it('reports terms that cannot be scheduled as a violation', () => {
    const { installments: _n, ...rest } = terms;
    const result = validatePlanTerms({ ...rest, annualRate: '0.12', installmentAmount: '5.00' }, { maxInstallments: 12 });
    expect(result.violations.map((v) => v.code)).toEqual(['PLAN_PAYMENT_TOO_SMALL']);
  });

  it('throws only for malformed terms or policy', () => {
    expect(codeOf(() => validatePlanTerms(terms, { maxInstallments: 0 }))).toBe('INPUT_OUT_OF_RANGE');
    expect(codeOf(() => validatePlanTerms(terms, { currency: 'EUR' }))).toBe('PLAN_INVALID_TERMS');
    expect(codeOf(() => validatePlanTerms(terms, { minInstallment: '1.001' }))).toBe('MONEY_TOO_MANY_DECIMALS');
    expect(codeOf(() => validatePlanTerms(terms, { minDownPaymentPercent: '120' }))).toBe('PLAN_INVALID_TERMS');
    expect(codeOf(() => validatePlanTerms(terms, { maxTotalCost: '-1' }))).toBe('PLAN_INVALID_TERMS');
    expect(codeOf(() => validatePlanTerms({ ...terms, principal: '0' }, {}))).toBe('PLAN_NON_POSITIVE_AMOUNT');
    expect(safeValidatePlanTerms(terms, { bogus: 1 }).success).toBe(false);
    expect(safeValidatePlanTerms(terms, {})).toEqual({ success: true, data: { valid: true, violations: [] } });
  });
});
