import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { FeeScheduleInput } from '../../src/fees/index.js';
import { buildSchedule } from '../../src/plan/index.js';

// A plan schedule goes to assessLateFees as it is: rows { number, dueDate, payment, principal,
// interest, balance } and the schedule's amountFinanced.

describe('assessLateFees with a plan schedule', () => {
  it('accepts a buildSchedule result directly', () => {
    const schedule = buildSchedule({ principal: '10000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 });
    const input: FeeScheduleInput = schedule;
    const paid = schedule.installments.slice(0, 2).map((row) => ({ amount: row.payment, date: row.dueDate }));
    const result = assessLateFees({
      schedule: input,
      payments: paid,
      policy: { trigger: { graceDays: 15 }, amount: { type: 'percent', percent: '5', of: 'principalAndInterest' }, caps: { lifetime: { percentOfOriginalBalance: '0.5' } } },
      asOf: '2026-06-30',
    });
    // Installments 3 (2026-04-01), 4 and 5 are unpaid: 5% of 888.49 = 44.42 each, the lifetime
    // cap of 0.5% of the 10,000.00 financed (50.00) lets 44.42 + 5.58 through.
    expect(result.fees.map((f) => [f.installment, f.date, f.amount])).toEqual([
      [3, '2026-04-17', '44.42'],
      [4, '2026-05-17', '5.58'],
    ]);
    expect(result.notCharged.map((n) => [n.installment, n.reason])).toEqual([[5, 'capReached']]);
  });
});
