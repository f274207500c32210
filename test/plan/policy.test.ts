import { describe, expect, it } from 'vitest';
import { safeValidatePlanTerms, validatePlanTerms } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 } as const;

describe('validatePlanTerms', () => {
  it('passes terms within every limit', () => {
    expect(
      validatePlanTerms({ terms, policy: {
        allowedFrequencies: ['monthly'],
        minInstallment: '100.00',
        maxInstallments: 12,
        maxDurationMonths: 12,
        maxDurationDays: 366,
        maxDaysToFirstPayment: 31,
        maxAprRate: '0',
        maxTotalInterest: '0',
      } }),
    ).toEqual({ ok: true, findings: [] });
  });

  it('returns every violation with its code, field, limit and value', () => {
    const result = validatePlanTerms({
      terms: { ...terms, annualRate: '0.24', downPayment: '50.00', income: { amount: '1000.00', frequency: 'monthly' } },
      policy: {
        allowedFrequencies: ['biweekly'],
        minInstallment: '200.00',
        maxInstallments: 6,
        maxDurationMonths: 6,
        maxDurationDays: 100,
        minDownPayment: '100.00',
        minDownPaymentRate: '0.1',
        maxDaysToFirstPayment: 14,
        maxAprRate: '0.18',
        maxTotalInterest: '100.00',
        maxPaymentToIncomeRate: '0.1',
      },
    });
    expect(result.ok).toBe(false);
    // Bare values in the field's own unit (audit row 19): counts as numbers, a list as an array,
    // a rate as a fraction, the down payment's floor as an amount.
    expect(result.findings.map((v) => [v.code, v.severity, v.path, v.details?.limit, v.details?.actual])).toEqual([
      ['PLAN_POLICY_FREQUENCY_NOT_ALLOWED', 'violation', ['terms', 'frequency'], ['biweekly'], 'monthly'],
      ['PLAN_POLICY_FIRST_PAYMENT_TOO_LATE', 'violation', ['terms', 'firstDueDate'], 14, 31],
      ['PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL', 'violation', ['terms', 'downPayment'], '100.00', '50.00'],
      ['PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL', 'violation', ['terms', 'downPayment'], '120.00', '50.00'],
      ['PLAN_POLICY_TOO_MANY_INSTALLMENTS', 'violation', ['terms', 'installments'], 6, 12],
      ['PLAN_POLICY_INSTALLMENT_TOO_SMALL', 'violation', ['terms', 'installments'], '200.00', '108.74'],
      ['PLAN_POLICY_DURATION_TOO_LONG', 'violation', ['terms', 'installments'], '2026-07-01', '2027-01-01'],
      ['PLAN_POLICY_DURATION_TOO_LONG', 'violation', ['terms', 'installments'], 100, 365],
      ['PLAN_POLICY_TOTAL_INTEREST_TOO_HIGH', 'violation', ['terms', 'annualRate'], '100.00', '154.92'],
      ['PLAN_POLICY_APR_TOO_HIGH', 'violation', ['terms', 'annualRate'], '0.18', '0.24'],
      ['PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH', 'violation', ['terms', 'income'], '0.1', '0.1087'],
    ]);
    expect(result.findings[0]?.message).toBe('"frequency": monthly installments are not allowed; the policy allows biweekly.');
  });

  it('compares payment to income per month, across frequencies', () => {
    const weekly = { ...terms, frequency: 'weekly', firstDueDate: '2026-01-08', installments: 52, income: { amount: '500.00', frequency: 'weekly' } } as const;
    // The largest installment, the last (23.43), of 500 a week: 4.686%.
    expect(validatePlanTerms({ terms: weekly, policy: { maxPaymentToIncomeRate: '0.05' } }).ok).toBe(true);
    expect(validatePlanTerms({ terms: weekly, policy: { maxPaymentToIncomeRate: '0.046' } }).findings[0]?.details?.actual).toBe('0.0468');
    // A percent typed into the fraction field is refused, never read as 460% (audit row 8).
    expect(codeOf(() => validatePlanTerms({ terms: weekly, policy: { maxPaymentToIncomeRate: '4.6' } }))).toBe('PLAN_INVALID_RATE');
    // Fail closed (audit F17): without income the cap is a violation unless the policy loosens it.
    expect(validatePlanTerms({ terms, policy: { maxPaymentToIncomeRate: '0.05' } }).findings.map((v) => v.code)).toEqual(['PLAN_POLICY_INCOME_REQUIRED']);
    expect(validatePlanTerms({ terms, policy: { maxPaymentToIncomeRate: '0.05', requireIncome: true } }).findings.map((v) => v.code)).toEqual(['PLAN_POLICY_INCOME_REQUIRED']);
    expect(validatePlanTerms({ terms, policy: { maxPaymentToIncomeRate: '0.05', requireIncome: false } }).ok).toBe(true);
    expect(safeValidatePlanTerms({ terms, policy: { requireIncome: false } }).success).toBe(false);
  });

  it('reports terms that cannot be scheduled as a violation', () => {
    const { installments: _n, ...rest } = terms;
    const result = validatePlanTerms({ terms: { ...rest, annualRate: '0.12', installmentAmount: '5.00' }, policy: { maxInstallments: 12 } });
    expect(result.findings.map((v) => v.code)).toEqual(['PLAN_PAYMENT_TOO_SMALL']);
  });

  it('throws only for malformed terms or policy', () => {
    expect(codeOf(() => validatePlanTerms({ terms, policy: { maxInstallments: 0 } }))).toBe('INPUT_OUT_OF_RANGE');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { currency: 'EUR' } }))).toBe('PLAN_CURRENCY_MISMATCH');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { currency: 'USD' } }))).toBe('none');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { minInstallment: '1.001' } }))).toBe('MONEY_TOO_MANY_DECIMALS');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { minDownPaymentRate: '1.2' } }))).toBe('PLAN_INVALID_RATE');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { minDownPaymentRate: '1' } }))).toBe('none');
    expect(codeOf(() => validatePlanTerms({ terms, policy: {}, strict: true } as never))).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(codeOf(() => validatePlanTerms({ terms, policy: { maxTotalInterest: '-1' } }))).toBe('MONEY_NEGATIVE');
    expect(codeOf(() => validatePlanTerms({ terms: { ...terms, principal: '0' }, policy: {} }))).toBe('MONEY_NOT_POSITIVE');
    expect(safeValidatePlanTerms({ terms, policy: { bogus: 1 } }).success).toBe(false);
    expect(safeValidatePlanTerms({ terms, policy: {} })).toEqual({ success: true, data: { ok: true, findings: [] } });
  });
});
