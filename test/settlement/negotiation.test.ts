import { describe, expect, it } from 'vitest';
import { evaluateCounterOffer, offersWithinBudget, safeEvaluateCounterOffer, safeOffersWithinBudget, validateSettlementTerms } from '../../src/settlement/index.js';

// Issue 19 item 10: negotiation from the debtor's budget, and counter-offers that keep the
// debtor's own dates and are answered with the closest offer the policy allows.

const policy = { bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.4' } }], offerWindow: { days: 30 }, settlementPlan: { maxInstallments: 6 }, fullBalancePlan: { maxInstallments: 12 } };
const account = { currency: 'USD', principal: '1200.00', delinquencyDate: '2025-06-01' };
const asOf = '2026-01-15'; // the window closes on 2026-02-14

describe('offersWithinBudget', () => {
  it('proposes what fits 150.00 a month from the debtor\'s date: within authority first, then with approval', () => {
    const result = offersWithinBudget({ account, policy, asOf, budget: { monthlyAmount: '150.00', firstDueDate: '2026-02-01' } });
    expect(result.proposals.map((o) => [o.id, o.amount, o.payments.length, o.authority.requiresApproval, o.rank])).toEqual([
      ['fullBalancePlan', '1200.00', 8, false, 1],
      ['settlementPlan:supervisor', '720.00', 5, true, 2],
    ]);
    // Each fits: no installment above 150.00 a month, the first on the debtor's date.
    for (const o of result.proposals) {
      expect(o.payments.every((p) => Number(p.amount) <= 150)).toBe(true);
      expect(o.payments[0]?.dueDate).toBe('2026-02-01');
    }
    expect(result.findings.map((f) => [f.code, f.details?.kind])).toEqual([['SETTLEMENT_BUDGET_TOO_LOW', 'lumpSum']]);
  });

  it('offers the lump sums that available funds cover, each level once', () => {
    const result = offersWithinBudget({ account, policy, asOf, budget: { monthlyAmount: '300.00', availableNow: '700.00' } });
    expect(result.proposals.map((o) => [o.id, o.amount, o.authority.requiresApproval])).toEqual([
      ['fullBalancePlan', '1200.00', false],
      ['lumpSum:agent', '960.00', false],
      ['settlementPlan:agent', '960.00', false],
      ['lumpSum:supervisor', '720.00', true],
      ['settlementPlan:supervisor', '720.00', true],
    ]);
  });

  it('from a supervisor\'s level, nothing needs approval', () => {
    const result = offersWithinBudget({ account, policy, asOf, level: 'supervisor', budget: { monthlyAmount: '150.00' } });
    expect(result.proposals.every((o) => !o.authority.requiresApproval)).toBe(true);
  });

  it('moves a first payment after the window to its last day, with a warning; every proposal passes validateSettlementTerms', () => {
    const result = offersWithinBudget({ account, policy, asOf, budget: { monthlyAmount: '200.00', firstDueDate: '2026-03-01' } });
    expect(result.findings[0]).toMatchObject({ code: 'SETTLEMENT_BUDGET_DATE_AFTER_WINDOW', severity: 'warning', path: ['budget', 'firstDueDate'] });
    for (const o of result.proposals) {
      expect(o.payments[0]?.dueDate).toBe('2026-02-14');
      const terms = { account, asOf, level: o.authority.requiredLevel, kind: o.kind, amount: o.amount, installments: o.payments.length, firstDueDate: o.payments[0]?.dueDate };
      expect(validateSettlementTerms({ terms, policy }).findings).toEqual([]);
    }
  });

  it('refuses a first payment before asOf, and answers a blocked account with its blocks', () => {
    const early = safeOffersWithinBudget({ account, policy, asOf, budget: { monthlyAmount: '100.00', firstDueDate: '2026-01-01' } });
    expect(early.success ? 'ok' : [early.error.code, early.error.path]).toEqual(['INPUT_INVALID_VALUE', ['budget', 'firstDueDate']]);
    const blocked = offersWithinBudget({ account: { ...account, bankruptcy: true }, policy, asOf, budget: { monthlyAmount: '100.00' } });
    expect([blocked.ok, blocked.proposals, blocked.findings[0]?.code]).toEqual([false, [], 'SETTLEMENT_BLOCKED_BANKRUPTCY']);
  });
});

describe('evaluateCounterOffer keeps the debtor\'s dates', () => {
  const context = { account, policy: { ...policy, floor: { minRate: '0.5' } }, asOf };
  const dates = (e: ReturnType<typeof evaluateCounterOffer>) => e.offer?.payments.map((p) => [p.dueDate, p.amount]);

  it('accepts a plan on the debtor\'s own pay-by date', () => {
    const e = evaluateCounterOffer({ ...context, counter: { amount: '960.00', installments: 2, firstDueDate: '2026-01-20' } });
    expect([e.decision, dates(e)]).toEqual(['accept', [['2026-01-20', '480.00'], ['2026-02-20', '480.00']]]);
  });

  it('answers an amount below the floor with the closest offer in the debtor\'s form and dates', () => {
    const e = evaluateCounterOffer({ ...context, counter: { amount: '500.00', installments: 3, firstDueDate: '2026-02-01' } });
    expect([e.decision, e.findings[0]?.code, dates(e)]).toEqual(['counter', 'SETTLEMENT_COUNTER_BELOW_FLOOR', [['2026-02-01', '320.00'], ['2026-03-01', '320.00'], ['2026-04-01', '320.00']]]);
  });

  it('answers too many installments with the debtor\'s amount in the most installments allowed, on the debtor\'s dates', () => {
    const e = evaluateCounterOffer({ ...context, counter: { amount: '1000.00', installments: 8, firstDueDate: '2026-02-03' } });
    expect([e.decision, e.findings[0]?.code, e.offer?.amount, e.offer?.payments.length, e.offer?.payments[0]?.dueDate]).toEqual(['counter', 'SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED', '1000.00', 6, '2026-02-03']);
  });

  it('answers a pay-by date after the window with the window\'s last day', () => {
    const e = evaluateCounterOffer({ ...context, counter: { amount: '960.00', firstDueDate: '2026-03-30' } });
    expect([e.decision, e.findings[0]?.code, dates(e)]).toEqual(['counter', 'SETTLEMENT_COUNTER_DATE_NOT_ALLOWED', [['2026-02-14', '960.00']]]);
  });

  it('answers another frequency with the policy\'s, and refuses a frequency on a lump sum or a date before asOf', () => {
    const e = evaluateCounterOffer({ ...context, counter: { amount: '960.00', installments: 4, frequency: 'weekly', firstDueDate: '2026-01-20' } });
    expect([e.decision, e.findings[0]?.code, e.offer?.schedule.terms.frequency, e.offer?.payments[0]?.dueDate]).toEqual(['counter', 'SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED', 'monthly', '2026-01-20']);
    const lump = safeEvaluateCounterOffer({ ...context, counter: { amount: '960.00', frequency: 'weekly' } });
    expect(lump.success ? 'ok' : lump.error.path).toEqual(['counter', 'frequency']);
    const past = safeEvaluateCounterOffer({ ...context, counter: { amount: '960.00', firstDueDate: '2026-01-01' } });
    expect(past.success ? 'ok' : past.error.path).toEqual(['counter', 'firstDueDate']);
  });
});
