import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/plan/index.js';
import { evaluateCounterOffer, isArrearsError, settlementOffers } from '../../src/settlement/index.js';
import { monotonePolicy, usdAmount } from '../arbitraries/settlement.js';

const cents = (a: string): bigint => BigInt(a.replace('.', ''));
const account = (principal: string, delinquencyDate = '2024-01-01') => ({ currency: 'USD', principal, delinquencyDate });

describe('settlementOffers (properties)', () => {
  it('never offers below the floor, and never beyond the agent without approval', () => {
    fc.assert(
      fc.property(monotonePolicy, usdAmount, fc.integer({ min: 0, max: 1500 }), fc.boolean(), (policy, principal, age, approval) => {
        const asOf = new Date(Date.UTC(2024, 0, 1 + age)).toISOString().slice(0, 10);
        const r = settlementOffers({ account: account(principal), policy: { ...policy, includeApprovalOffers: approval }, asOf });
        for (const o of r.offers) {
          expect(cents(o.amount)).toBeGreaterThanOrEqual(cents(r.floorAmount));
          if (cents(o.amount) < cents(r.minimumByLevel.agent as string)) expect(o.authority.requiresApproval).toBe(true);
          const sum = o.schedule.installments.reduce((s, row) => s + cents(row.amount), 0n);
          expect(sum).toBe(cents(o.amount));
        }
      }),
    );
  });

  it('never gives an older debt a smaller allowed discount than a younger one under a monotone policy', () => {
    fc.assert(
      fc.property(monotonePolicy, usdAmount, fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), (policy, principal, a, b) => {
        const [young, old] = a <= b ? [a, b] : [b, a];
        const at = (age: number) => settlementOffers({ account: account(principal), policy, asOf: new Date(Date.UTC(2024, 0, 1 + age)).toISOString().slice(0, 10) });
        for (const level of ['agent', 'supervisor']) {
          expect(cents(at(old).minimumByLevel[level] as string)).toBeLessThanOrEqual(cents(at(young).minimumByLevel[level] as string));
        }
      }),
    );
  });

  it('values the same total paid sooner at least as much as paid later', () => {
    fc.assert(
      fc.property(usdAmount, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 300 }), (principal, early, extra) => {
        const pv = (days: number) => settlementOffers({ account: account(principal), policy: { bands: [{ minAgeDays: 0, discountRate: '0.2' }], offerWindow: { days }, annualDiscountRate: '0.2' }, asOf: '2026-01-15' }).offers.find((o) => o.id === 'lumpSum')?.presentValue as string;
        expect(cents(pv(early))).toBeGreaterThanOrEqual(cents(pv(early + extra)));
        expect(cents(pv(early))).toBeLessThanOrEqual(cents(principal));
      }),
    );
  });

  it('accepts every counter-offer at or above the floor and inside the agent authority', () => {
    fc.assert(
      fc.property(monotonePolicy, usdAmount, fc.integer({ min: 0, max: 1500 }), fc.bigInt({ min: 0n, max: 10_000n }), (policy, principal, age, bump) => {
        const asOf = new Date(Date.UTC(2024, 0, 1 + age)).toISOString().slice(0, 10);
        const ctx = { account: account(principal), policy, asOf };
        const r = settlementOffers(ctx);
        const min = cents(r.minimumByLevel.agent as string) + bump;
        const amount = `${min / 100n}.${(min % 100n).toString().padStart(2, '0')}`;
        expect(evaluateCounterOffer({ ...ctx, counter: { amount } }).decision).toBe('accept');
      }),
    );
  });

  it('builds plan schedules equal to buildSchedule of the same terms', () => {
    fc.assert(
      fc.property(usdAmount, (principal) => {
        const o = settlementOffers({ account: account(principal), policy: { bands: [{ minAgeDays: 0, discountRate: '0.25' }], offerWindow: { days: 20 } }, asOf: '2026-01-15' }).offers.find((x) => x.id === 'settlementPlan');
        const again = buildSchedule(o!.schedule.terms);
        expect(again.installments).toEqual(o!.schedule.installments);
      }),
    );
  });

  it('throws a ValidationError for junk input', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          settlementOffers(junk as never);
          return false;
        } catch (e) {
          return isArrearsError(e) && e.name === 'ValidationError';
        }
      }),
    );
  });
});
