import { describe, expect, it } from 'vitest';
import { SettlementPolicySchema, safeSettlementOffers, settlementOffers } from '../../src/settlement/index.js';

// Issue 19 item 11: authority limits set once per role, not per band; a constant monthly default rate.

const account = { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-01-01' };
const bands = [
  { minAgeDays: 0, maxAgeDays: 179, discountRate: '0.15' },
  { minAgeDays: 180, maxAgeDays: 364, discountRate: '0.3' },
  { minAgeDays: 365, discountRate: '0.5' },
];

describe('authority limits per role', () => {
  it('caps each role\'s discount once for every band: the lower of the band and the role wins', () => {
    const policy = { bands, authority: { agent: { maxDiscountRate: '0.2' }, supervisor: { maxDiscountRate: '0.4' } }, offerWindow: { days: 30 } };
    const at = (delinquencyDate: string) => settlementOffers({ account: { ...account, delinquencyDate }, policy, asOf: '2026-03-01' }).minimumByLevel;
    expect(at('2026-01-01')).toEqual({ agent: '850.00', supervisor: '850.00' }); // band 15%
    expect(at('2025-06-01')).toEqual({ agent: '800.00', supervisor: '700.00' }); // band 30%: agent 20
    expect(at('2024-06-01')).toEqual({ agent: '800.00', supervisor: '600.00' }); // band 50%: 20 / 40
  });

  it('caps what a role may forgive in money', () => {
    const policy = { bands, authority: { agent: { maxForgiven: '100.00' } }, offerWindow: { days: 30 } };
    expect(settlementOffers({ account, policy, asOf: '2026-03-01' }).minimumByLevel).toEqual({ agent: '900.00', supervisor: '500.00' });
  });

  it('refuses an unknown role, a higher role allowed less, and a lower role without a limit under a limited one', () => {
    const bad = (authority: unknown) => {
      const r = SettlementPolicySchema.safeParse({ bands, authority, offerWindow: { days: 30 } });
      return r.success ? 'ok' : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(bad({ manager: { maxDiscountRate: '0.1' } })).toEqual(['authority.manager']);
    expect(bad({ agent: { maxDiscountRate: '0.3' }, supervisor: { maxDiscountRate: '0.2' } })).toEqual(['authority.supervisor.maxDiscountRate']);
    expect(bad({ supervisor: { maxDiscountRate: '0.2' } })).toEqual(['authority.supervisor.maxDiscountRate']);
    expect(bad({ agent: {} })).toEqual(['authority.agent']);
  });
});

describe('a constant monthly default probability', () => {
  it('gives survival (1 - p)^k for any number of months, the same as the list of the same rate', () => {
    const base = { bands, offerWindow: { days: 30 }, fullBalancePlan: { maxInstallments: 60 } };
    const constant = settlementOffers({ account, policy: { ...base, defaultModel: { monthlyDefaultProbability: '0.1' } }, asOf: '2026-03-01' });
    const listed = settlementOffers({ account, policy: { ...base, defaultModel: { monthlyDefaultProbabilities: Array.from({ length: 61 }, () => '0.1') } }, asOf: '2026-03-01' });
    expect(constant.offers.map((o) => [o.id, o.expectedRecovery])).toEqual(listed.offers.map((o) => [o.id, o.expectedRecovery]));
    const short = safeSettlementOffers({ account, policy: { ...base, defaultModel: { monthlyDefaultProbabilities: ['0.1'] } }, asOf: '2026-03-01' });
    expect(short.success ? 'ok' : short.error.code).toBe('SETTLEMENT_CURVE_TOO_SHORT');
  });
});

describe('options that would be ignored are refused', () => {
  const refused = (policy: Record<string, unknown>) => {
    const r = SettlementPolicySchema.safeParse({ bands, offerWindow: { days: 30 }, ...policy });
    return r.success ? 'ok' : r.error.issues.map((i) => i.path.join('.'));
  };
  it('a discount scale on the full-balance plan, an interest rate on the settlement plan', () => {
    expect(refused({ fullBalancePlan: { maxInstallments: 12, discountScaleRate: '0.5' } })).toEqual(['fullBalancePlan']);
    expect(refused({ settlementPlan: { maxInstallments: 3, annualRate: '0.2' } })).toEqual(['settlementPlan']);
  });
  it('a calendar on an offer window of calendar days', () => {
    expect(refused({ offerWindow: { days: 30, calendar: 'weekendsOnly' } })).toEqual(['offerWindow.calendar']);
    expect(refused({ offerWindow: { days: 30, dayType: 'business', calendar: 'weekendsOnly' } })).toBe('ok');
  });
});
