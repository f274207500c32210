import { describe, expect, it } from 'vitest';
import { baseAccount, basePolicy } from './fixtures.js';
import { describeOffer, evaluateCounterOffer, isArrearsError, safeDescribeOffer, safeEvaluateCounterOffer, safeSettlementOffers, settlementOffers } from '../../src/settlement/index.js';

const policy = { ...basePolicy, annualDiscountRate: '0.12' };
const account = baseAccount;
const asOf = '2026-01-17'; // 200 days after delinquency

describe('settlementOffers', () => {
  it('offers 700.00 on 1000.00 for a 200-day-old debt with 30% allowed and a 60% floor (worked case 1)', () => {
    const r = settlementOffers({ account, policy, asOf });
    expect(r.ageDays).toBe(200);
    expect(r.floorAmount).toBe('600.00');
    expect(r.minimumByLevel).toEqual({ agent: '700.00', supervisor: '600.00' });
    const lump = r.offers.find((o) => o.id === 'lumpSum');
    expect(lump?.amount).toBe('700.00');
    expect(lump?.discount).toBe('300.00');
    expect(lump?.expiresOn).toBe('2026-02-16');
    expect(lump?.disclosure.forgiven).toEqual({ principal: '100.00', interest: '150.00', fees: '50.00', total: '300.00' });
  });

  it('computes the present value of three monthly 250.00 payments at 12% as 735.25 (worked case 2)', () => {
    const r = settlementOffers({ account: { currency: 'USD', principal: '750.00', delinquencyDate: '2025-01-01' }, policy: { bands: [{ minAgeDays: 0, discountRate: '0' }], offerWindow: { days: 31 }, annualDiscountRate: '0.12', fullBalancePlan: { maxInstallments: 3 } }, asOf: '2026-01-15' });
    const plan = r.offers.find((o) => o.id === 'fullBalancePlan');
    expect(plan?.payments).toEqual([
      { number: 1, dueDate: '2026-02-15', amount: '250.00' },
      { number: 2, dueDate: '2026-03-15', amount: '250.00' },
      { number: 3, dueDate: '2026-04-15', amount: '250.00' },
    ]);
    expect(plan?.presentValue).toBe('735.25');
  });

  it('computes expected recovery by hand: 250 × (0.9/1.01 + 0.81/1.01² + 0.729/1.01³) = 598.17', () => {
    const r = settlementOffers({ account: { currency: 'USD', principal: '750.00', delinquencyDate: '2025-01-01' }, policy: { bands: [{ minAgeDays: 0, discountRate: '0' }], offerWindow: { days: 31 }, annualDiscountRate: '0.12', fullBalancePlan: { maxInstallments: 3 }, defaultModel: { monthlyDefaultProbabilities: ['0.1', '0.1', '0.1'] }, recoveryWithoutSettlement: '500.00' }, asOf: '2026-01-15' });
    const plan = r.offers.find((o) => o.id === 'fullBalancePlan');
    expect(plan?.expectedRecovery).toBe('598.17');
    expect(plan?.gainOverNoSettlement).toBe('98.17');
    const same = settlementOffers({ account: { currency: 'USD', principal: '750.00', delinquencyDate: '2025-01-01' }, policy: { bands: [{ minAgeDays: 0, discountRate: '0' }], offerWindow: { days: 31 }, annualDiscountRate: '0.12', fullBalancePlan: { maxInstallments: 3 }, defaultModel: { survival: ['0.9', '0.81', '0.729'] } }, asOf: '2026-01-15' });
    expect(same.offers.find((o) => o.id === 'fullBalancePlan')?.expectedRecovery).toBe('598.17');
  });

  it('fails when the default curve ends before the last payment', () => {
    expect(() => settlementOffers({ account, policy: { ...policy, defaultModel: { survival: ['0.9'] } }, asOf })).toThrow(expect.objectContaining({ code: 'SETTLEMENT_CURVE_TOO_SHORT' }));
  });

  it('flags the 1099-C threshold at 600.00 forgiven and not at 599.99', () => {
    const base = { bands: [{ minAgeDays: 0, discountRate: '0.5' }], offerWindow: { days: 10 } };
    const at = (principal: string) => settlementOffers({ account: { currency: 'USD', principal, delinquencyDate: '2025-01-01' }, policy: base, asOf: '2026-01-01' }).offers.find((o) => o.id === 'lumpSum');
    expect(at('1199.98')?.disclosure.informationReturn).toMatchObject({ amountCompared: '599.99', reachesThreshold: false, threshold: '600.00' });
    expect(at('1200.00')?.disclosure.informationReturn).toMatchObject({ amountCompared: '600.00', reachesThreshold: true });
    const principalOnly = settlementOffers({ account: { currency: 'USD', principal: '500.00', interest: '700.00', delinquencyDate: '2025-01-01' }, policy: { ...base, informationReturnBasis: 'principal', forgivenessOrder: ['interest', 'fees', 'principal'] }, asOf: '2026-01-01' }).offers.find((o) => o.id === 'lumpSum');
    expect(principalOnly?.disclosure.informationReturn).toMatchObject({ basis: 'principal', amountCompared: '0.00', reachesThreshold: false });
    const eur = settlementOffers({ account: { currency: 'EUR', principal: '2000.00', delinquencyDate: '2025-01-01' }, policy: base, asOf: '2026-01-01' }).offers[0];
    expect(eur?.disclosure.informationReturn.threshold).toBeNull();
  });

  it('blocks offers for bankruptcy, unverified disputes, fraud claims and deceased debtors without an estate contact', () => {
    const blocked = (extra: object) => settlementOffers({ account: { ...account, ...extra }, policy, asOf });
    expect(blocked({ bankruptcy: true }).findings.map((b) => b.code)).toEqual(['SETTLEMENT_BLOCKED_BANKRUPTCY']);
    expect(blocked({ dispute: 'unverified' }).offers).toEqual([]);
    expect(blocked({ dispute: 'verified' }).ok).toBe(true);
    expect(blocked({ fraudClaim: true }).findings[0]?.code).toBe('SETTLEMENT_BLOCKED_FRAUD_CLAIM');
    expect(blocked({ deceased: true }).findings[0]?.code).toBe('SETTLEMENT_BLOCKED_DECEASED_NO_ESTATE_CONTACT');
    expect(blocked({ deceased: true, estateContact: true }).ok).toBe(true);
  });

  it('makes offers on time-barred debt only with the disclosure keys its jurisdiction requires', () => {
    const p = { ...policy, timeBarredDisclosures: { 'US-NY': ['ny-time-barred'] } };
    const run = (extra: object) => settlementOffers({ account: { ...account, timeBarred: true, ...extra }, policy: p, asOf });
    expect(run({ jurisdiction: 'US-CA' }).findings[0]?.code).toBe('SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION');
    expect(run({}).findings[0]?.code).toBe('SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION');
    expect(run({ jurisdiction: 'US-NY' }).findings[0]?.code).toBe('SETTLEMENT_BLOCKED_TIME_BARRED_DISCLOSURES_MISSING');
    const ok = run({ jurisdiction: 'US-NY', disclosureKeys: ['ny-time-barred'] });
    expect(ok.ok).toBe(true);
    expect(ok.offers[0]?.disclosure).toMatchObject({ timeBarred: true, disclosureKeys: ['ny-time-barred'] });
  });

  it('chooses the fewest installments the debtor can afford, and says so when none fits', () => {
    const r = settlementOffers({ account, policy: { ...policy, fullBalancePlan: { maxInstallments: 12 } }, asOf, debtor: { monthlyIncome: '2500.00', monthlyExpenses: '2200.00' } });
    const full = r.offers.find((o) => o.id === 'fullBalancePlan');
    expect(full?.payments.length).toBe(4);
    expect(full?.affordability).toEqual({ checked: true, monthlyCapacity: '300.00', requiredPerMonth: '250.00', affordable: true });
    expect(r.offers.find((o) => o.id === 'lumpSum')?.affordability.affordable).toBe(false);
    expect(r.offers.at(-1)?.id).toBe('lumpSum');
    const poor = settlementOffers({ account, policy, asOf, debtor: { monthlyIncome: '1000.00', monthlyExpenses: '1100.00' } });
    expect(poor.offers.every((o) => o.affordability.affordable === false)).toBe(true);
    expect(poor.offers[0]?.affordability.monthlyCapacity).toBe('0.00');
    const interest = settlementOffers({ account, policy: { ...policy, fullBalancePlan: { maxInstallments: 12, annualRate: '0.06', frequency: 'weekly' } }, asOf, debtor: { monthlyIncome: '2500.00', monthlyExpenses: '2200.00', availableFunds: '500.00' } });
    expect(interest.offers.find((o) => o.id === 'lumpSum')?.affordability.affordable).toBe(true);
    expect(interest.offers.find((o) => o.id === 'fullBalancePlan')?.affordability.affordable).toBe(false);
  });

  it('limits plans by the minimum installment, rounds to whole units and counts business days', () => {
    const r = settlementOffers({ account: { currency: 'USD', principal: '1000.37', delinquencyDate: '2025-01-01' }, policy: { bands: [{ minAgeDays: 0, discountRate: '0.33' }], offerWindow: { days: 5, dayType: 'business' }, roundingIncrement: '1', settlementPlan: { maxInstallments: 6, minInstallment: '200.00', discountScaleRate: '0.5' } }, asOf: '2026-01-15' });
    expect(r.offers.find((o) => o.id === 'lumpSum')?.amount).toBe('671.00');
    const plan = r.offers.find((o) => o.id === 'settlementPlan');
    expect(plan?.amount).toBe('836.00');
    expect(plan?.payments.length).toBe(4);
    expect(r.offers[0]?.expiresOn).toBe('2026-01-23'); // MLK Day 2026-01-19 skipped
    const custom = settlementOffers({ account, policy: { ...policy, offerWindow: { days: 2, dayType: 'business', calendar: { name: 'Office', holidays: ['2026-01-19'] } } }, asOf });
    expect(custom.offers[0]?.expiresOn).toBe('2026-01-21');
    const weekends = settlementOffers({ account, policy: { ...policy, offerWindow: { days: 1, dayType: 'business', calendar: 'weekendsOnly' } }, asOf });
    expect(weekends.offers[0]?.expiresOn).toBe('2026-01-19');
  });

  it('caps the forgiven amount and marks deeper offers for approval', () => {
    const r = settlementOffers({ account, policy: { ...policy, maxForgiven: '250.00', includeApprovalOffers: true }, asOf });
    expect(r.offers.find((o) => o.id === 'lumpSum')?.amount).toBe('750.00');
    expect(r.offers.some((o) => o.id === 'lumpSumWithApproval')).toBe(false);
    const deep = settlementOffers({ account, policy: { ...policy, includeApprovalOffers: true }, asOf });
    const approval = deep.offers.find((o) => o.id === 'lumpSumWithApproval');
    expect(approval?.amount).toBe('600.00');
    expect(approval?.authority).toEqual({ requiredLevel: 'supervisor', requiresApproval: true });
    const sup = settlementOffers({ account, policy, asOf, level: 'supervisor' });
    expect(sup.offers.find((o) => o.id === 'lumpSum')?.amount).toBe('600.00');
  });

  it('ages from charge-off when the policy says so', () => {
    const p = { ...policy, ageFrom: 'chargeOff' as const };
    expect(settlementOffers({ account: { ...account, chargeOffDate: '2025-12-01' }, policy: p, asOf }).ageDays).toBe(47);
    expect(() => settlementOffers({ account, policy: p, asOf })).toThrow(expect.objectContaining({ code: 'SETTLEMENT_CHARGE_OFF_DATE_MISSING' }));
  });

  it('returns results from the safe twin', () => {
    expect(safeSettlementOffers({ account, policy, asOf }).success).toBe(true);
    expect(safeSettlementOffers(null).success).toBe(false);
  });
});

describe('evaluateCounterOffer', () => {
  const context = { account, policy, asOf };
  it('accepts at or above the agent minimum, escalates within supervisor authority, counters below the floor', () => {
    expect(evaluateCounterOffer({ ...context, counter: { amount: '700.00' } })).toMatchObject({ ok: true, findings: [], decision: 'accept' });
    expect(evaluateCounterOffer({ ...context, counter: { amount: '650.00' } })).toMatchObject({ ok: false, decision: 'escalate', requiredLevel: 'supervisor', findings: [{ code: 'SETTLEMENT_COUNTER_NEEDS_APPROVAL', severity: 'violation', path: ['counter', 'amount'] }] });
    expect(evaluateCounterOffer({ ...context, level: 'supervisor', counter: { amount: '650.00' } }).decision).toBe('accept');
    const c = evaluateCounterOffer({ ...context, counter: { amount: '590.00' } });
    expect(c).toMatchObject({ ok: false, decision: 'counter', findings: [{ code: 'SETTLEMENT_COUNTER_BELOW_FLOOR' }] });
    expect(c.offer?.amount).toBe('700.00');
    expect(evaluateCounterOffer({ ...context, counter: { amount: '2000.00' } }).offer?.amount).toBe('1000.00');
  });

  it('evaluates plans: count and minimum installment', () => {
    const p = { ...policy, settlementPlan: { maxInstallments: 3, minInstallment: '100.00' } };
    expect(evaluateCounterOffer({ ...context, policy: p, counter: { amount: '700.00', installments: 3 } }).offer?.payments.length).toBe(3);
    const long = evaluateCounterOffer({ ...context, policy: p, counter: { amount: '700.00', installments: 6 } });
    expect(long).toMatchObject({ decision: 'counter', findings: [{ code: 'SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED', path: ['counter', 'installments'] }] });
    expect(long.offer?.kind).toBe('settlementPlan');
    const small = evaluateCounterOffer({ ...context, policy: p, counter: { amount: '250.00', installments: 3 } });
    expect(small.findings[0]?.code).toBe('SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED');
    expect(evaluateCounterOffer({ ...context, policy: p, counter: { amount: '590.00', installments: 2 } }).offer?.kind).toBe('settlementPlan');
  });

  it('rejects on a blocked account', () => {
    const r = evaluateCounterOffer({ ...context, account: { ...account, bankruptcy: true }, counter: { amount: '900.00' } });
    expect(r).toMatchObject({ ok: false, decision: 'reject', findings: [{ code: 'SETTLEMENT_BLOCKED_BANKRUPTCY', path: ['account', 'bankruptcy'], citation: '11 U.S.C. 362(a)' }], offer: null });
  });

  it('has a safe twin', () => {
    expect(safeEvaluateCounterOffer({ ...context, counter: { amount: '700.00' } }).success).toBe(true);
    expect(safeEvaluateCounterOffer({ ...context, counter: { amount: 700 } }).success).toBe(false);
  });
});

describe('describeOffer', () => {
  const r = settlementOffers({ account: { currency: 'USD', principal: '2000.00', delinquencyDate: '2025-01-01' }, policy, asOf: '2026-01-15' });
  it('states the lump-sum terms plainly, with the 1099-C note when it applies', () => {
    const text = describeOffer(r.offers.find((o) => o.id === 'lumpSum')!);
    expect(text).toBe(
      'You can settle this account by paying $1,400.00 in one payment by February 14, 2026. Your balance is $2,000.00. When this payment is made on time, the remaining $600.00 will be forgiven and you will owe nothing more on this account. To accept, please make the payment by February 14, 2026, when this offer ends. If a payment is not made on time, nothing is forgiven: the balance of $2,000.00 remains, less any payments you have made. Because $600 or more would be forgiven, the creditor may be required to report the forgiven amount to the IRS on Form 1099-C. This is information, not tax advice; a tax professional can tell you how it applies to you. If you have questions or these terms do not work for you, please contact us.',
    );
    expect(text).not.toMatch(/sue|lawsuit|court|garnish|arrest|jail|legal action|must pay|final notice/i);
  });

  it('describes plans and full-balance plans without threats', () => {
    for (const offer of r.offers) {
      const text = describeOffer(offer);
      expect(text).not.toMatch(/sue|lawsuit|court|garnish|arrest|jail|legal action/i);
      expect(text).toContain(offer.expiresOn === '2026-02-14' ? 'February 14, 2026' : '');
    }
    expect(describeOffer(r.offers.find((o) => o.id === 'fullBalancePlan')!)).toContain('Nothing is forgiven under this plan');
    const eur = settlementOffers({ account: { currency: 'EUR', principal: '1000.00', delinquencyDate: '2025-12-20' }, policy: { bands: [{ minAgeDays: 0, discountRate: '0' }], offerWindow: { days: 5 } }, asOf: '2026-01-15' }).offers.find((o) => o.id === 'lumpSum')!;
    expect(describeOffer(eur)).toContain('This pays your balance of 1,000.00 EUR in full.');
  });

  it('rejects a malformed offer', () => {
    expect(safeDescribeOffer({}).success).toBe(false);
    try {
      describeOffer({ kind: 'lumpSum' } as never);
    } catch (e) {
      expect(isArrearsError(e) && e.name === 'ValidationError').toBe(true);
    }
  });
});

describe('input types', () => {
  it('accept read-only arrays and as-const objects (the type check is the test)', () => {
    const frozen = {
      bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.4' } }],
      authorityLevels: ['agent', 'supervisor'],
      forgivenessOrder: ['fees', 'interest', 'principal'],
      offerWindow: { days: 30 },
    } as const;
    const input = { account: { ...account, disclosureKeys: ['k'] } as const, policy: frozen, asOf } as const;
    expect(settlementOffers(input).ok).toBe(true);
    expect(evaluateCounterOffer({ ...input, counter: { amount: '900.00' } as const }).ok).toBe(true);
  });
});
