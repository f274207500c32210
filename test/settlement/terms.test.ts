import { describe, expect, it } from 'vitest';
import { baseAccount, basePolicy } from './fixtures.js';
import { SettlementReasonCodes, isArrearsError, safeValidateSettlementTerms, settlementOffers, validateSettlementTerms } from '../../src/settlement/index.js';

const policy = basePolicy;
const account = baseAccount;
const asOf = '2026-01-17'; // 200 days after delinquency: agent 30% (700.00), supervisor 40% (600.00), floor 600.00
const terms = { account, asOf };

const codes = (t: object, p: object = policy): string[] => validateSettlementTerms({ terms: t as never, policy: p as never }).findings.map((v) => v.code);

function thrown(fn: () => unknown): { name: string; code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (e) {
    if (isArrearsError(e)) return { name: e.name, code: e.code, path: e.path };
    throw e;
  }
  throw new Error('did not throw');
}

describe('validateSettlementTerms', () => {
  it('passes the lump sum the agent may offer, due on the last day of the window', () => {
    expect(validateSettlementTerms({ terms: { ...terms, amount: '700.00', firstDueDate: '2026-02-16' }, policy })).toEqual({ ok: true, findings: [] });
  });

  it('asks for approval below the agent minimum, naming the level, the limit and the amount', () => {
    expect(validateSettlementTerms({ terms: { ...terms, amount: '699.99' }, policy }).findings).toEqual([
      {
        code: 'SETTLEMENT_POLICY_NEEDS_APPROVAL',
        severity: 'violation',
        path: ['terms', 'amount'],
        message: '"amount": 699.99 is below the 700.00 "agent" may accept for a lump sum; "supervisor" must approve it.',
        details: { limit: '700.00', actual: '699.99', requiredLevel: 'supervisor' },
      },
    ]);
    expect(validateSettlementTerms({ terms: { ...terms, amount: '600.00', level: 'supervisor' }, policy }).ok).toBe(true);
  });

  it('refuses an amount below what any level may accept (the floor), with the lowest allowed amount', () => {
    expect(validateSettlementTerms({ terms: { ...terms, amount: '599.99', level: 'supervisor' }, policy }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_BELOW_MINIMUM', severity: 'violation', path: ['terms', 'amount'], message: '"amount": 599.99 is below the smallest amount the policy allows for a lump sum at any authority level (600.00).', details: { limit: '600.00', actual: '599.99' } },
    ]);
  });

  it('holds maxForgiven and the rounding increment as the offer builder does', () => {
    expect(codes({ ...terms, amount: '749.99' }, { ...policy, maxForgiven: '250.00' })).toEqual(['SETTLEMENT_POLICY_BELOW_MINIMUM']);
    expect(codes({ ...terms, amount: '750.00' }, { ...policy, maxForgiven: '250.00' })).toEqual([]);
    // The agent minimum 700.00 is a multiple of 35.00 (20 × 35) and stays; with 30.00 it rounds up to 720.00.
    expect(codes({ ...terms, amount: '700.00' }, { ...policy, roundingIncrement: '35.00' })).toEqual([]);
    expect(codes({ ...terms, amount: '700.00' }, { ...policy, roundingIncrement: '30.00' })).toEqual(['SETTLEMENT_POLICY_NEEDS_APPROVAL']);
  });

  it('always passes the whole balance, or more, in one payment', () => {
    expect(codes({ ...terms, amount: '1000.00' })).toEqual([]);
    expect(codes({ ...terms, amount: '1200.00' })).toEqual([]);
  });

  it('scales the discount of a settlement plan and limits its installments', () => {
    const scaled = { ...policy, settlementPlan: { maxInstallments: 3, minInstallment: '200.00', discountScaleRate: '0.5' } };
    // Half of the 30% discount: 850.00.
    expect(codes({ ...terms, amount: '850.00', installments: 3 }, scaled)).toEqual([]);
    expect(validateSettlementTerms({ terms: { ...terms, amount: '849.99', installments: 3 }, policy: scaled }).findings[0]).toMatchObject({ code: 'SETTLEMENT_POLICY_NEEDS_APPROVAL', details: { limit: '850.00' } });
    expect(codes({ ...terms, amount: '850.00', installments: 4 }, scaled)).toEqual(['SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS']);
    // 600.00 in 3 is exactly 200.00 a month: allowed; 599.99 is not (and needs the supervisor).
    expect(codes({ ...terms, amount: '600.00', installments: 3, level: 'supervisor', kind: 'settlementPlan' }, { ...scaled, settlementPlan: { maxInstallments: 3, minInstallment: '200.00' } })).toEqual([]);
    expect(validateSettlementTerms({ terms: { ...terms, amount: '599.99', installments: 3, level: 'supervisor' }, policy: { ...scaled, settlementPlan: { maxInstallments: 3, minInstallment: '200.00' } } }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_BELOW_MINIMUM', severity: 'violation', path: ['terms', 'amount'], message: '"amount": 599.99 is below the smallest amount the policy allows for a settlement plan at any authority level (600.00).', details: { limit: '600.00', actual: '599.99' } },
      { code: 'SETTLEMENT_POLICY_INSTALLMENT_TOO_SMALL', severity: 'violation', path: ['terms', 'installments'], message: '"installments": an installment of 199.99 is below the policy\'s minimum of 200.00 for a settlement plan.', details: { limit: '200.00', actual: '199.99' } },
    ]);
  });

  it('checks a full-balance plan against fullBalancePlan: count, frequency and the whole balance', () => {
    expect(codes({ ...terms, amount: '1000.00', installments: 12 })).toEqual([]);
    expect(validateSettlementTerms({ terms: { ...terms, amount: '1000.00', installments: 13 }, policy }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS', severity: 'violation', path: ['terms', 'installments'], message: '"installments": 13 installments; the policy allows a full-balance plan in at most 12.', details: { limit: '12', actual: '13' } },
    ]);
    expect(validateSettlementTerms({ terms: { ...terms, amount: '1000.00', installments: 4, frequency: 'weekly' }, policy }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_FREQUENCY_NOT_ALLOWED', severity: 'violation', path: ['terms', 'frequency'], message: '"frequency": weekly installments are not allowed; the policy\'s full-balance plan is paid monthly.', details: { limit: 'monthly', actual: 'weekly' } },
    ]);
    expect(codes({ ...terms, amount: '1000.00', installments: 4, frequency: 'weekly' }, { ...policy, fullBalancePlan: { maxInstallments: 12, frequency: 'weekly' } })).toEqual([]);
    expect(validateSettlementTerms({ terms: { ...terms, kind: 'fullBalancePlan', amount: '900.00', installments: 4 }, policy }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_BELOW_MINIMUM', severity: 'violation', path: ['terms', 'amount'], message: '"amount": a full-balance plan pays the whole balance of 1000.00, not 900.00.', details: { limit: '1000.00', actual: '900.00' } },
    ]);
  });

  it('ignores the frequency of a single payment', () => {
    expect(codes({ ...terms, amount: '700.00', frequency: 'weekly' })).toEqual([]);
  });

  it('refuses a first payment after the offer window, counted in business days when the policy says so', () => {
    expect(validateSettlementTerms({ terms: { ...terms, amount: '700.00', firstDueDate: '2026-02-17' }, policy }).findings).toEqual([
      { code: 'SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE', severity: 'violation', path: ['terms', 'firstDueDate'], message: '"firstDueDate": the first payment is due 2026-02-17, after the offer window closes on 2026-02-16.', details: { limit: '2026-02-16', actual: '2026-02-17' } },
    ]);
    // 10 business days from Saturday 2026-01-17 (Monday 2026-01-19 is Martin Luther King Jr. Day): 2026-02-02.
    const business = { ...policy, offerWindow: { days: 10, dayType: 'business' as const } };
    expect(codes({ ...terms, amount: '700.00', firstDueDate: '2026-02-02' }, business)).toEqual([]);
    expect(codes({ ...terms, amount: '700.00', firstDueDate: '2026-02-03' }, business)).toEqual(['SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE']);
  });

  it('reports every block at the account field concerned, with its citation, and still checks the terms', () => {
    const blocked = { ...account, bankruptcy: true, dispute: 'unverified' as const, fraudClaim: true, deceased: true };
    const result = validateSettlementTerms({ terms: { account: blocked, asOf, amount: '500.00' }, policy });
    expect(result.findings.map((v) => [v.code, v.path, v.citation])).toEqual([
      ['SETTLEMENT_BLOCKED_BANKRUPTCY', ['terms', 'account', 'bankruptcy'], '11 U.S.C. 362(a)'],
      ['SETTLEMENT_BLOCKED_UNVERIFIED_DISPUTE', ['terms', 'account', 'dispute'], '15 U.S.C. 1692g(b)'],
      ['SETTLEMENT_BLOCKED_FRAUD_CLAIM', ['terms', 'account', 'fraudClaim'], undefined],
      ['SETTLEMENT_BLOCKED_DECEASED_NO_ESTATE_CONTACT', ['terms', 'account', 'estateContact'], '12 CFR 1006.6(a)(4)'],
      ['SETTLEMENT_POLICY_BELOW_MINIMUM', ['terms', 'amount'], undefined],
    ]);
    expect(result.findings[0]?.message).toBe('"account.bankruptcy": A bankruptcy case is open: the automatic stay stops collection, settlement offers included.');
  });

  it('blocks time-barred debt without the disclosures its jurisdiction requires', () => {
    const barred = { ...account, timeBarred: true, jurisdiction: 'US-NY' };
    expect(codes({ account: barred, asOf, amount: '700.00' })).toEqual([SettlementReasonCodes.SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION]);
    const withTable = { ...policy, timeBarredDisclosures: { 'US-NY': ['ny-time-barred-notice'] } };
    expect(validateSettlementTerms({ terms: { account: barred, asOf, amount: '700.00' }, policy: withTable }).findings.map((v) => [v.code, v.path])).toEqual([[SettlementReasonCodes.SETTLEMENT_BLOCKED_TIME_BARRED_DISCLOSURES_MISSING, ['terms', 'account', 'disclosureKeys']]]);
    expect(codes({ account: { ...barred, disclosureKeys: ['ny-time-barred-notice'] }, asOf, amount: '700.00' }, withTable)).toEqual([]);
  });

  it('turns terms no settlement could satisfy into one violation and stops there', () => {
    expect(validateSettlementTerms({ terms: { ...terms, amount: '1.00', installments: 50 }, policy: { ...policy, currency: 'EUR' } })).toEqual({
      ok: false,
      findings: [{ code: 'SETTLEMENT_CURRENCY_MISMATCH', severity: 'violation', path: ['policy', 'currency'], message: '"policy.currency": the policy is in EUR but the account is in USD.' }],
    });
    expect(codes({ ...terms, amount: '700.00' }, { ...policy, floor: { minAmount: '1000.01' } })).toEqual(['SETTLEMENT_FLOOR_ABOVE_BALANCE']);
    expect(codes({ ...terms, amount: '700.00', level: 'manager' })).toEqual(['SETTLEMENT_INCONSISTENT_AUTHORITY']);
    expect(codes({ ...terms, asOf: '2025-06-30', amount: '700.00' })).toEqual(['SETTLEMENT_AS_OF_BEFORE_AGE_DATE']);
    expect(codes({ account: { ...account, principal: '0.00', interest: '0', fees: '0' }, asOf, amount: '1.00' })).toEqual(['SETTLEMENT_NOTHING_OWED']);
  });

  it('throws a ValidationError for malformed terms or policy, with paths under terms and policy', () => {
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '0.00' }, policy }))).toEqual({ name: 'ValidationError', code: 'MONEY_NOT_POSITIVE', path: ['terms', 'amount'] });
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '700.001' }, policy }))).toMatchObject({ name: 'ValidationError', path: ['terms', 'amount'] });
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '700.00', kind: 'lumpSum', installments: 2 }, policy }))).toEqual({ name: 'ValidationError', code: 'INPUT_INVALID_VALUE', path: ['terms', 'installments'] });
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '700.00', firstDueDate: '2026-01-16' }, policy }))).toEqual({ name: 'ValidationError', code: 'INPUT_INVALID_VALUE', path: ['terms', 'firstDueDate'] });
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '700.00', installments: 121 }, policy }))).toMatchObject({ name: 'ValidationError', path: ['terms', 'installments'] });
    expect(thrown(() => validateSettlementTerms({ terms: { ...terms, amount: '700.00' }, policy: { ...policy, floor: { minRate: '1.01' } } }))).toEqual({ name: 'ValidationError', code: 'SETTLEMENT_INVALID_RATE', path: ['policy', 'floor', 'minRate'] });
  });

  it('passes the offers settlementOffers builds for the worked example, at the level each needs', () => {
    const result = settlementOffers({ account, policy: { ...policy, includeApprovalOffers: true }, asOf });
    expect(result.offers.map((o) => o.id).sort()).toEqual(['fullBalancePlan', 'lumpSum', 'lumpSumWithApproval', 'settlementPlan']);
    for (const o of result.offers) {
      const t = { ...terms, level: o.authority.requiredLevel, kind: o.kind, amount: o.amount, installments: o.payments.length, firstDueDate: o.payments[0]?.dueDate as string };
      expect(validateSettlementTerms({ terms: t, policy }).ok).toBe(true);
    }
    const deep = result.offers.find((o) => o.id === 'lumpSumWithApproval');
    expect(codes({ ...terms, amount: deep?.amount })).toEqual(['SETTLEMENT_POLICY_NEEDS_APPROVAL']);
  });
});

describe('safeValidateSettlementTerms', () => {
  it('returns the result, or the error of malformed input', () => {
    expect(safeValidateSettlementTerms({ terms: { ...terms, amount: '650.00' }, policy })).toMatchObject({ success: true, data: { ok: false } });
    const bad = safeValidateSettlementTerms({ terms: { ...terms, amount: 'ten' }, policy });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.path).toEqual(['terms', 'amount']);
  });
});

describe('settlementOffers with a 100% discount and no floor', () => {
  it('asks for one minor unit (or one increment) instead of failing on a zero-amount schedule', () => {
    const free = { bands: [{ minAgeDays: 0, discountRate: '1' }], offerWindow: { days: 10 } };
    const r = settlementOffers({ account, policy: free, asOf });
    expect(r.minimumByLevel).toEqual({ agent: '0.01', supervisor: '0.01' });
    expect(r.offers.find((o) => o.id === 'lumpSum')?.amount).toBe('0.01');
    // A plan never has more installments than the amount has minor units.
    expect(r.offers.find((o) => o.id === 'settlementPlan')?.payments).toEqual([{ number: 1, dueDate: '2026-01-27', amount: '0.01' }]);
    expect(settlementOffers({ account, policy: { ...free, roundingIncrement: '5.00' }, asOf }).minimumByLevel.agent).toBe('5.00');
    expect(codes({ ...terms, amount: '0.01' }, free)).toEqual([]);
  });
});
