import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SettlementErrorCodes, SettlementReasonCodes, evaluateCounterOffer, isArrearsError, settlementOffers, validateSettlementTerms } from '../../src/settlement/index.js';
import type { SettlementOffer } from '../../src/settlement/index.js';
import { debtorFinances, monotonePolicy, rateOfPercent, richPolicy, usdAmount } from '../arbitraries/settlement.js';

const day = (age: number): string => new Date(Date.UTC(2024, 0, 1 + age)).toISOString().slice(0, 10);
const account = (principal: string) => ({ currency: 'USD', principal, delinquencyDate: '2024-01-01' });

/** The terms an offer stands for, at the level that may make it. */
function termsOf(offer: SettlementOffer, base: { account: ReturnType<typeof account>; asOf: string }, level: string) {
  return {
    ...base,
    level: offer.authority.requiresApproval ? offer.authority.requiredLevel : level,
    kind: offer.kind,
    amount: offer.amount,
    installments: offer.payments.length,
    frequency: offer.schedule.terms.frequency as 'weekly' | 'biweekly' | 'semiMonthly' | 'monthly',
    firstDueDate: offer.payments[0]?.dueDate as string,
  };
}

const knownCodes = new Set<string>([...Object.values(SettlementReasonCodes), ...Object.values(SettlementErrorCodes)]);

describe('validateSettlementTerms (properties)', () => {
  it('passes every offer settlementOffers builds under the same policy, at the level it names', () => {
    fc.assert(
      fc.property(richPolicy, usdAmount, fc.integer({ min: 0, max: 1500 }), fc.option(debtorFinances, { nil: undefined }), fc.constantFrom('agent', 'supervisor'), (policy, principal, age, debtor, level) => {
        const base = { account: account(principal), asOf: day(age) };
        const result = settlementOffers({ ...base, policy, level, ...(debtor === undefined ? {} : { debtor }) });
        expect(result.offers.length).toBeGreaterThanOrEqual(3);
        for (const offer of result.offers) {
          const check = validateSettlementTerms({ terms: termsOf(offer, base, level), policy: policy });
          expect(check.findings, `${offer.id} ${offer.amount} in ${offer.payments.length}`).toEqual([]);
          expect(check.ok).toBe(true);
        }
      }),
    );
  });

  it('agrees with evaluateCounterOffer: terms at the lowest level are valid exactly when the counter-offer is accepted', () => {
    const cents = (c: bigint): string => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
    fc.assert(
      fc.property(
        monotonePolicy,
        // The plan's smallest installment: none, any, or "tight" (the plan minimum over the count, plus 0 to 2 cents, so that the boundaries are hit).
        fc.record({ min: fc.oneof(fc.constant(undefined), fc.record({ tight: fc.bigInt({ min: 0n, max: 2n }) }), fc.bigInt({ min: 100n, max: 50_000n })), max: fc.integer({ min: 1, max: 6 }), scale: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }),
        usdAmount,
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 1, max: 12 }),
        // How the amount is picked: anywhere, or within a cent or two of a limit (the lump-sum or
        // plan minimum, the smallest allowed installment times the count, the balance).
        fc.record({ mode: fc.integer({ min: 0, max: 3 }), delta: fc.bigInt({ min: -2n, max: 2n }), anywhere: fc.bigInt({ min: 1n, max: 12_000_000n }) }),
        (base, plan, principal, age, installments, pick) => {
          const scaled = { ...base, settlementPlan: { maxInstallments: plan.max, ...(plan.scale === undefined ? {} : { discountScaleRate: rateOfPercent(plan.scale) }) } };
          const offers = settlementOffers({ account: account(principal), policy: scaled, asOf: day(age) }).offers;
          const limit = (id: string): bigint => BigInt((offers.find((o) => o.id === id)?.amount as string).replace('.', ''));
          const min = typeof plan.min === 'object' ? limit('settlementPlan') / BigInt(installments) + plan.min.tight : plan.min;
          const policy = { ...scaled, settlementPlan: { ...scaled.settlementPlan, ...(min === undefined || min < 1n ? {} : { minInstallment: cents(min) }) } };
          const context = { account: account(principal), policy, asOf: day(age) };
          const balance = BigInt(principal.replace('.', ''));
          const at = [pick.anywhere, limit(installments > 1 ? 'settlementPlan' : 'lumpSum'), (min ?? 1n) * BigInt(installments), balance][pick.mode] as bigint;
          const amount = cents(at + pick.delta < 1n ? 1n : at + pick.delta);
          const decision = evaluateCounterOffer({ ...context, counter: { amount, installments } }).decision;
          const check = validateSettlementTerms({ terms: { account: context.account, asOf: context.asOf, amount, installments }, policy });
          expect(check.ok).toBe(decision === 'accept');
        },
      ),
    );
  });

  it('says valid exactly when the violation list is empty, and every violation has a known code, a path and a message naming it', () => {
    const terms = fc.record({
      principal: usdAmount,
      age: fc.integer({ min: 0, max: 1500 }),
      cents: fc.bigInt({ min: 1n, max: 12_000_000n }),
      installments: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      frequency: fc.option(fc.constantFrom('weekly', 'biweekly', 'semiMonthly', 'monthly' as const), { nil: undefined }),
      kind: fc.option(fc.constantFrom('settlementPlan', 'fullBalancePlan' as const), { nil: undefined }),
      level: fc.option(fc.constantFrom('agent', 'supervisor'), { nil: undefined }),
      due: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      flags: fc.record({ bankruptcy: fc.boolean(), fraudClaim: fc.boolean(), timeBarred: fc.boolean() }),
    });
    fc.assert(
      fc.property(richPolicy, terms, (policy, t) => {
        const asOf = day(t.age);
        const result = validateSettlementTerms({ terms: {
            account: { ...account(t.principal), ...t.flags },
            asOf,
            amount: `${t.cents / 100n}.${(t.cents % 100n).toString().padStart(2, '0')}`,
            ...(t.installments === undefined ? {} : { installments: t.installments }),
            ...(t.frequency === undefined ? {} : { frequency: t.frequency }),
            ...(t.kind === undefined ? {} : { kind: t.kind }),
            ...(t.level === undefined ? {} : { level: t.level }),
            ...(t.due === undefined ? {} : { firstDueDate: day(t.age + t.due) }),
          }, policy });
        expect(result.ok).toBe(result.findings.length === 0);
        for (const v of result.findings) {
          expect(knownCodes.has(v.code)).toBe(true);
          const path = v.path ?? [];
          expect(v.severity).toBe('violation');
          expect(path.length).toBeGreaterThan(1);
          // The message names the field of the terms (or of the policy) it is about.
          const field = path[0] === 'terms' ? path.slice(1) : path;
          expect(v.message.startsWith(`"${field.join('.')}": `)).toBe(true);
        }
        expect(result.findings.some((v) => v.code === 'SETTLEMENT_BLOCKED_BANKRUPTCY')).toBe(t.flags.bankruptcy);
      }),
    );
  });

  it('throws a ValidationError for junk terms or a junk policy, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (junk, asPolicy) => {
        const good = { account: account('100.00'), asOf: '2026-01-01', amount: '50.00' };
        try {
          if (asPolicy) validateSettlementTerms({ terms: good, policy: junk as never });
          else validateSettlementTerms({ terms: junk as never, policy: { bands: [{ minAgeDays: 0, discountRate: '0.1' }], offerWindow: { days: 10 } } });
          return false;
        } catch (e) {
          return isArrearsError(e) && e.name === 'ValidationError' && e.path[0] === (asPolicy ? 'policy' : 'terms');
        }
      }),
    );
  });
});
