import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { FeeExpression, LateFeePolicyInput } from '../../src/fees/index.js';
import { addDays, addMonths } from '../../src/calendar/index.js';

// Issue 19 item 7: a fee, once assessed on its date, never changes amount in a later assessment
// (a ledger posts it once). Only a fee still accruing by the day (daily or interest terms, on a
// balance still open) may grow, and it never shrinks.

const flat = (amount: string): FeeExpression => ({ type: 'flat', amount });
const expressions: FeeExpression[] = [
  { type: 'tiers', tiers: [{ minDaysLate: 1, amount: flat('10.00') }, { minDaysLate: 20, amount: flat('15.00') }, { minDaysLate: 45, amount: flat('30.00') }] },
  { type: 'repeat', first: flat('30.00'), repeat: flat('41.00'), withinCycles: 2 },
  { type: 'percent', rate: '0.05', of: 'pastDue' },
  { type: 'sum', of: [flat('5.00'), { type: 'daily', perDay: flat('1.00'), maxDays: 20 }] },
  { type: 'interest', annualRate: '0.18' },
  { type: 'bands', of: 'pastDue', bands: [{ maxBase: '50.00', amount: flat('5.00') }, { amount: flat('12.00') }] },
];

describe('a fee once assessed', () => {
  it('keeps its amount in every later assessment (accruing fees only grow)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...expressions),
        fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }),
        fc.array(fc.record({ month: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: -3, max: 60 }), cents: fc.integer({ min: 1, max: 12_000 }) }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom<LateFeePolicyInput['caps']>(undefined, { perInstallment: flat('25.00') }, { perFee: flat('20.00') }),
        (amount, every, paid, first, later, caps) => {
          const schedule = { currency: 'USD', installments: Array.from({ length: 6 }, (_, i) => ({ number: i + 1, dueDate: addMonths('2026-01-15', i), amount: '100.00' })) };
          const payments = paid.map((p) => ({ amount: `${Math.floor(p.cents / 100)}.${String(p.cents % 100).padStart(2, '0')}`, date: addDays(addMonths('2026-01-15', p.month), p.day) }));
          const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount, ...(every === undefined ? {} : { recurrence: { everyDays: every } }), ...(caps === undefined ? {} : { caps }) };
          const asOf1 = addDays('2026-01-15', first);
          const asOf2 = addDays(asOf1, later);
          const before = assessLateFees({ schedule, payments, policy, asOf: asOf1 }).fees;
          const after = new Map(assessLateFees({ schedule, payments, policy, asOf: asOf2 }).fees.map((f) => [f.id, f]));
          const accrues = amount.type === 'sum' || amount.type === 'interest';
          for (const fee of before) {
            const again = after.get(fee.id);
            expect(again?.date).toBe(fee.date);
            // Only a term that accrues by the day leaves a fee open to change.
            if (!accrues) expect(fee.status).toBe('final');
            if (fee.status === 'final') expect(again?.amount).toBe(fee.amount);
            else expect(Number(again?.amount)).toBeGreaterThanOrEqual(Number(fee.amount));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
