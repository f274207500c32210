import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { FeeExpression, LateFeePolicyInput } from '../../src/fees/index.js';
import { addDays } from '../../src/calendar/index.js';

// Issue 19 item 6: a charge that accrues by the day counts each day past due once, from the day
// after the due date (interest) or the fee date (daily fees) through asOf or the day of payment;
// the same figure whether the balance is still open on asOf or was paid that day.

const one = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-01-01', amount: '1000.00' }] };
const daily: FeeExpression = { type: 'daily', perDay: { type: 'flat', amount: '1.00' } };
const interest: FeeExpression = { type: 'interest', annualRate: '0.365' }; // 1000.00 x 36.5% / 365 = 1.00 a day
const interestFromFeeDate: FeeExpression = { type: 'interest', annualRate: '0.365', from: 'feeDate' };

function fee(amount: FeeExpression, asOf: string, paidOn?: string, policy: Partial<LateFeePolicyInput> = {}) {
  const payments = paidOn === undefined ? [] : [{ amount: '1000.00', date: paidOn }];
  return assessLateFees({ schedule: one, payments, policy: { trigger: { graceDays: 4 }, amount, ...policy }, asOf }).fees;
}

describe('days past due, counted once', () => {
  it('gives default interest for the days from the day after the due date through asOf (31 days on 2026-02-01)', () => {
    expect(fee(interest, '2026-02-01').map((f) => [f.amount, f.breakdown.days, f.status])).toEqual([['31.00', 31, 'accruing']]);
  });

  it('gives the same interest when the balance is paid on asOf as when it is still open that day', () => {
    expect(fee(interest, '2026-02-01', '2026-02-01').map((f) => [f.amount, f.breakdown.days, f.status])).toEqual([['31.00', 31, 'final']]);
    expect(fee(interest, '2026-03-31', '2026-02-01').map((f) => f.amount)).toEqual(['31.00']);
  });

  it('gives the same daily fee when paid on a day as when open on it (fee date 2026-01-06 through 2026-02-01: 27 days)', () => {
    expect(fee(daily, '2026-02-01').map((f) => [f.amount, f.breakdown.days, f.status])).toEqual([['27.00', 27, 'accruing']]);
    expect(fee(daily, '2026-02-01', '2026-02-01').map((f) => [f.amount, f.breakdown.days, f.status])).toEqual([['27.00', 27, 'final']]);
  });

  it('counts the same days for a daily fee and interest from the fee date', () => {
    for (const [asOf, paidOn] of [['2026-02-01', undefined], ['2026-03-01', '2026-02-01'], ['2026-01-06', undefined], ['2026-01-06', '2026-01-06']] as const) {
      expect(fee(interestFromFeeDate, asOf, paidOn)[0]?.breakdown.days).toBe(fee(daily, asOf, paidOn)[0]?.breakdown.days);
      expect(fee(interestFromFeeDate, asOf, paidOn)[0]?.amount).toBe(fee(daily, asOf, paidOn)[0]?.amount);
    }
  });

  it('counts a partial payment from the day after it is received: the payment day owes the amount before it', () => {
    // 1000.00 owed 01-02..01-10 (9 days, the payment day 01-10 included), 400.00 owed 01-11..01-20 (10 days).
    const result = assessLateFees({ schedule: one, payments: [{ amount: '600.00', date: '2026-01-10' }, { amount: '400.00', date: '2026-01-20' }], policy: { amount: interest }, asOf: '2026-02-28' });
    expect(result.fees.map((f) => [f.amount, f.breakdown.days])).toEqual([['13.00', 19]]);
  });

  it('splits the days between recurrences without counting a day twice, paid on a recurrence day included', () => {
    const policy = { recurrence: { everyDays: 10 } };
    // Fee dates 01-06, 01-16, 01-26; paid on 01-26, the day the third falls due (a payment on a
    // fee's day is late for it, as for the first fee): 10 + 10 + 1 days.
    const fees = fee(daily, '2026-03-01', '2026-01-26', policy);
    expect(fees.map((f) => [f.date, f.breakdown.days])).toEqual([['2026-01-06', 10], ['2026-01-16', 10], ['2026-01-26', 1]]);
    expect(fee(daily, '2026-03-01', '2026-01-25', policy).map((f) => [f.date, f.breakdown.days])).toEqual([['2026-01-06', 10], ['2026-01-16', 10]]);
  });

  it('property: for any payment day, the daily fee and interest equal those of the open balance on that day, each day counted once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 40 }), (paidAfter, extra, every) => {
        const paidOn = addDays('2026-01-06', paidAfter);
        const asOf = addDays(paidOn, extra);
        const policy = { recurrence: { everyDays: every } };
        for (const amount of [daily, interest]) {
          const paid = fee(amount, asOf, paidOn, policy);
          const open = fee(amount, paidOn, undefined, policy);
          expect(paid.map((f) => [f.id, f.amount])).toEqual(open.map((f) => [f.id, f.amount]));
        }
        const days = fee(daily, asOf, paidOn, policy).reduce((sum, f) => sum + (f.breakdown.days ?? 0), 0);
        expect(days).toBe(paidAfter + 1);
      }),
      { numRuns: 40 },
    );
  });
});
