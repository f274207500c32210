import { describe, expect, it } from 'vitest';
import { isArrearsError, settlementOffers } from '../../src/settlement/index.js';

const policy = { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }], floor: { minRate: '0.6' }, offerWindow: { days: 30 } };
const account = { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' };

function fail(input: unknown): { name: string; code: string; path: readonly (string | number)[] } {
  try {
    settlementOffers(input as never);
  } catch (e) {
    if (!isArrearsError(e)) throw e;
    const issue = e.name === 'ValidationError' ? (e as unknown as { issues: Array<{ code: string; path: Array<string | number> }> }).issues[0] : e;
    return { name: e.name, code: issue?.code ?? e.code, path: issue?.path ?? e.path };
  }
  throw new Error('did not throw');
}

describe('settlementOffers bad input', () => {
  it('rejects discounts above 100% or negative, naming the field', () => {
    expect(fail({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: '1.01' }] }, asOf: '2026-01-01' })).toEqual({ name: 'ValidationError', code: 'SETTLEMENT_INVALID_RATE', path: ['policy', 'bands', 0, 'discountRate'] });
    expect(fail({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: { agent: '-0.01' } }] }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_RATE');
    expect(fail({ account, policy: { ...policy, floor: { minRate: '1.5' } }, asOf: '2026-01-01' })).toEqual({ name: 'ValidationError', code: 'SETTLEMENT_INVALID_RATE', path: ['policy', 'floor', 'minRate'] });
  });

  it('rejects a floor above the balance', () => {
    expect(fail({ account, policy: { ...policy, floor: { minAmount: '1000.01' } }, asOf: '2026-01-01' })).toEqual({ name: 'DomainRuleError', code: 'SETTLEMENT_FLOOR_ABOVE_BALANCE', path: ['policy', 'floor', 'minAmount'] });
  });

  it('rejects an offer window of zero days', () => {
    expect(fail({ account, policy: { ...policy, offerWindow: { days: 0 } }, asOf: '2026-01-01' })).toEqual({ name: 'ValidationError', code: 'INPUT_OUT_OF_RANGE', path: ['policy', 'offerWindow', 'days'] });
  });

  it('rejects overlapping bands, gaps, a band not starting at 0 and an open band that is not last', () => {
    const bands = (b: unknown) => fail({ account, policy: { ...policy, bands: b }, asOf: '2026-01-01' });
    expect(bands([{ minAgeDays: 0, maxAgeDays: 200, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }])).toMatchObject({ code: 'SETTLEMENT_INCONSISTENT_BANDS', path: ['policy', 'bands', 1, 'minAgeDays'] });
    expect(bands([{ minAgeDays: 0, maxAgeDays: 100, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }])).toMatchObject({ code: 'SETTLEMENT_INCONSISTENT_BANDS' });
    expect(bands([{ minAgeDays: 10, discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, maxAgeDays: 10, discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, maxAgeDays: 5, discountRate: '0.1' }, { minAgeDays: 3, maxAgeDays: 2, discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, balanceBelow: '500.00', discountRate: '0.1' }, { minAgeDays: 0, minBalance: '600.00', discountRate: '0.2' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, balanceBelow: '500.00', discountRate: '0.1' }, { minAgeDays: 0, minBalance: '400.00', discountRate: '0.2' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, balanceBelow: '500.00', discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, minBalance: '500.00', balanceBelow: '400.00', discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, discountRate: '0.1' }, { minAgeDays: 0, minBalance: '5.00', discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
    expect(bands([{ minAgeDays: 0, discountRate: '0.1' }, { minAgeDays: 5, discountRate: '0.1' }]).code).toBe('SETTLEMENT_INCONSISTENT_BANDS');
  });

  it('accepts balance tiers that tile and picks the right one', () => {
    const r = settlementOffers({ account, policy: { ...policy, bands: [{ minAgeDays: 0, balanceBelow: '1000.00', discountRate: '0.1' }, { minAgeDays: 0, minBalance: '1000.00', discountRate: '0.2' }] }, asOf: '2026-01-01' });
    expect(r.minimumByLevel.agent).toBe('800.00');
  });

  it('rejects inconsistent authority, currencies, dates, amounts and curves', () => {
    expect(fail({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: { agent: '0.3', supervisor: '0.2' } }] }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INCONSISTENT_AUTHORITY');
    expect(fail({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: { boss: '0.3' } }] }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INCONSISTENT_AUTHORITY');
    expect(fail({ account, policy: { ...policy, authorityLevels: ['a', 'a'] }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INCONSISTENT_AUTHORITY');
    expect(fail({ account, policy, asOf: '2026-01-01', level: 'ceo' }).code).toBe('SETTLEMENT_INCONSISTENT_AUTHORITY');
    expect(fail({ account, policy: { ...policy, currency: 'EUR' }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_CURRENCY_MISMATCH');
    expect(fail({ account, policy, asOf: '2025-01-01' }).code).toBe('SETTLEMENT_AS_OF_BEFORE_AGE_DATE');
    expect(fail({ account: { ...account, principal: '0.00' }, policy, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_NOTHING_OWED');
    expect(fail({ account: { ...account, principal: '-5.00' }, policy, asOf: '2026-01-01' }).code).toBe('MONEY_NEGATIVE');
    expect(fail({ account: { ...account, principal: '5.001' }, policy, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_AMOUNT');
    expect(fail({ account: { ...account, chargeOffDate: '2025-01-01' }, policy, asOf: '2026-01-01' }).path).toEqual(['account', 'chargeOffDate']);
    expect(fail({ account, policy: { ...policy, roundingIncrement: '0' }, asOf: '2026-01-01' }).code).toBe('MONEY_NOT_POSITIVE');
    expect(fail({ account, policy: { ...policy, maxForgiven: '1.001' }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_AMOUNT');
    expect(fail({ account, policy: { ...policy, currency: 'USD', maxForgiven: '1.001' }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_AMOUNT');
    expect(fail({ account, policy: { ...policy, annualDiscountRate: '11' }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_RATE');
    expect(fail({ account, policy: { ...policy, fullBalancePlan: { maxInstallments: 3, annualRate: '-0.1' } }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_RATE');
    expect(fail({ account, policy: { ...policy, defaultModel: { survival: ['0.8', '0.9'] } }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_PROBABILITY');
    expect(fail({ account, policy: { ...policy, defaultModel: { monthlyDefaultProbabilities: ['2'] } }, asOf: '2026-01-01' }).code).toBe('SETTLEMENT_INVALID_PROBABILITY');
    expect(fail({ account, policy: { ...policy, forgivenessOrder: ['fees', 'fees', 'principal'] }, asOf: '2026-01-01' }).name).toBe('ValidationError');
    expect(fail({ account, policy, asOf: '2026-02-30' }).name).toBe('ValidationError');
    expect(fail({ account, policy, asOf: '2026-01-01', debtor: { monthlyIncome: '1.001', monthlyExpenses: '0' } }).code).toBe('SETTLEMENT_INVALID_AMOUNT');
  });
});

describe('the vocabulary: rates are fractions, jurisdictions ISO 3166-2', () => {
  const asOf = '2026-01-01';
  const message = (input: unknown): string => {
    try {
      settlementOffers(input as never);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };

  it('refuses a percent typed into a fraction field, saying what to write, and takes the fraction', () => {
    expect(fail({ account, policy: { ...policy, floor: { minRate: '60' } }, asOf })).toEqual({ name: 'ValidationError', code: 'SETTLEMENT_INVALID_RATE', path: ['policy', 'floor', 'minRate'] });
    expect(message({ account, policy: { ...policy, floor: { minRate: '60' } }, asOf })).toContain('for 60% write "0.6"');
    expect(message({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: '12.5' }] }, asOf })).toContain('for 12.5% write "0.125"');
    expect(fail({ account, policy: { ...policy, authority: { agent: { maxDiscountRate: '20' } } }, asOf }).code).toBe('SETTLEMENT_INVALID_RATE');
    expect(fail({ account, policy: { ...policy, settlementPlan: { maxInstallments: 3, discountScaleRate: '50' } }, asOf }).code).toBe('SETTLEMENT_INVALID_RATE');
    // The ceiling itself is allowed: a 100% discount, a full discount scale.
    expect(settlementOffers({ account, policy: { ...policy, bands: [{ minAgeDays: 0, discountRate: '1' }], settlementPlan: { maxInstallments: 3, discountScaleRate: '1' } }, asOf }).ok).toBe(true);
  });

  it('stops annual rates at 100% unless the policy raises maxAnnualRate, and never above 1000%', () => {
    expect(fail({ account, policy: { ...policy, annualDiscountRate: '1.01' }, asOf })).toEqual({ name: 'ValidationError', code: 'SETTLEMENT_INVALID_RATE', path: ['policy', 'annualDiscountRate'] });
    expect(fail({ account, policy: { ...policy, fullBalancePlan: { maxInstallments: 12, annualRate: '1.5' } }, asOf }).path).toEqual(['policy', 'fullBalancePlan', 'annualRate']);
    expect(settlementOffers({ account, policy: { ...policy, annualDiscountRate: '1', fullBalancePlan: { maxInstallments: 12, annualRate: '1.5' }, maxAnnualRate: '1.5' }, asOf }).ok).toBe(true);
    expect(fail({ account, policy: { ...policy, annualDiscountRate: '12', maxAnnualRate: '10' }, asOf }).path).toEqual(['policy', 'annualDiscountRate']);
    expect(fail({ account, policy: { ...policy, maxAnnualRate: '12' }, asOf }).path).toEqual(['policy', 'maxAnnualRate']);
  });

  it('takes ISO 3166-2 jurisdictions only', () => {
    const barred = { ...account, timeBarred: true };
    const table = { ...policy, timeBarredDisclosures: { 'US-NY': [] } };
    expect(settlementOffers({ account: { ...barred, jurisdiction: 'US-NY' }, policy: table, asOf }).ok).toBe(true);
    expect(settlementOffers({ account: { ...barred, jurisdiction: 'US-NY-NYC' }, policy: table, asOf }).findings.map((f) => f.code)).toEqual(['SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION']);
    expect(fail({ account: { ...barred, jurisdiction: 'New York' }, policy: table, asOf })).toEqual({ name: 'ValidationError', code: 'INPUT_INVALID_VALUE', path: ['account', 'jurisdiction'] });
    expect(fail({ account: barred, policy: { ...policy, timeBarredDisclosures: { ny: [] } }, asOf }).path).toEqual(['policy', 'timeBarredDisclosures', 'ny']);
  });
});
