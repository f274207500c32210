import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { LateFeeAssessment, LateFeePolicyInput } from '../../src/fees/index.js';

// Issue 19 item 7 and its siblings: a later assessment keeps every fee of an earlier one (same id,
// date, amount, boundBy; an accruing fee only grows) and adds only fees dated after it. Each case
// failed on main before caps were used up in date order and decisions were taken on the fee date.

const schedule = {
  currency: 'USD',
  installments: [
    { number: 1, dueDate: '2026-01-01', amount: '100.00' },
    { number: 2, dueDate: '2026-02-01', amount: '100.00' },
  ],
};
const rows = (r: LateFeeAssessment): Array<[string, string, string, string, string | null]> => r.fees.map((f) => [f.id, f.date, f.amount, f.status, f.boundBy ?? null]);
// $5 plus $1 a day from the fee date (day 1), until paid.
const growing: LateFeePolicyInput['amount'] = { type: 'sum', of: [{ type: 'flat', amount: '5.00' }, { type: 'daily', perDay: { type: 'flat', amount: '1.00' } }] };

describe('caps that total several fees are used up in date order, day by day', () => {
  it.each([
    ['lifetime', { lifetime: { max: '60.00' } }],
    ['per period', { perPeriod: { period: 'calendarYear', max: '60.00' } }],
  ] as const)('a growing earlier fee never takes the room a later fee already had (%s cap)', (_name, caps) => {
    const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: growing, caps };
    // On 2026-02-08 fee 1 counts 2026-01-07..02-08 (5 + 33) and fee 2 counts 02-07..02-08 (5 + 2).
    const early = assessLateFees({ schedule, payments: [], policy, asOf: '2026-02-08' });
    expect(rows(early)).toEqual([
      ['late-fee:1:1', '2026-01-07', '38.00', 'accruing', null],
      ['late-fee:2:1', '2026-02-07', '7.00', 'accruing', null],
    ]);
    // Both keep growing a dollar a day, in date order, until the 60.00 is used up on 2026-02-16:
    // fee 1 takes that day's last dollar, fee 2 stops at 14.00 (on main: 59.00 and 1.00, fee 2 shrank).
    const late = assessLateFees({ schedule, payments: [], policy, asOf: '2026-03-01' });
    expect(rows(late)).toEqual([
      ['late-fee:1:1', '2026-01-07', '46.00', 'final', 'policy'],
      ['late-fee:2:1', '2026-02-07', '14.00', 'final', 'policy'],
    ]);
    expect(late.fees.map((f) => f.bound?.limit)).toEqual(['46.00', '14.00']);
    expect(late.totals.charged).toBe('60.00');
  });

  it('close negative: a cap that never binds leaves every fee its whole formula', () => {
    const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: growing, caps: { lifetime: { max: '200.00' } } };
    expect(rows(assessLateFees({ schedule, payments: [], policy, asOf: '2026-03-01' }))).toEqual([
      ['late-fee:1:1', '2026-01-07', '59.00', 'accruing', null],
      ['late-fee:2:1', '2026-02-07', '28.00', 'accruing', null],
    ]);
  });
});

describe('decisions are taken on the fee date', () => {
  it('a fee waived as small on its date stays waived as it grows (on main it became a fee dated in the past)', () => {
    const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: { type: 'daily', perDay: { type: 'flat', amount: '1.00' } }, waivers: { feeBelow: '10.00' } };
    for (const [asOf, waived] of [['2026-01-12', '6.00'], ['2026-01-31', '25.00']] as const) {
      const result = assessLateFees({ schedule, payments: [], policy, asOf });
      expect(result.fees).toEqual([]);
      expect(result.notCharged.map((n) => [n.details.installment, n.code, n.details.waivedAmount])).toEqual([[1, 'FEES_WAIVED', waived]]);
      expect(result.totals.waived).toBe(waived);
    }
  });

  it('close negative: a fee of 10.00 or more on its date is charged', () => {
    const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: { type: 'daily', perDay: { type: 'flat', amount: '10.00' } }, waivers: { feeBelow: '10.00' } };
    expect(rows(assessLateFees({ schedule, payments: [], policy, asOf: '2026-01-12' }))).toEqual([['late-fee:1:1', '2026-01-07', '60.00', 'accruing', null]]);
  });
});

describe('a business account that allows pyramiding', () => {
  const policy: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: { type: 'daily', perDay: { type: 'flat', amount: '1.00' } }, accountType: 'business', noPyramiding: false };
  const payments = [{ amount: '150.00', date: '2026-02-03' }];

  it('pays an accruing fee what it had come to by the payment, not what it grows to later', () => {
    // 2026-02-03: fee 1 owes 27.00 (01-07..02-02); 100.00 of the 150.00 still makes installment 2 on time.
    const early = assessLateFees({ schedule, payments, policy, asOf: '2026-02-10' });
    const late = assessLateFees({ schedule, payments, policy, asOf: '2026-03-31' });
    expect(rows(early)).toEqual([['late-fee:1:1', '2026-01-07', '35.00', 'accruing', null]]);
    // On main the payment went to the 84.00 fee 1 had grown to by 03-31, and installment 2 became late on 02-07.
    expect(rows(late)).toEqual([['late-fee:1:1', '2026-01-07', '84.00', 'accruing', null]]);
  });

  it('close negative: a payment too small for the fee and installment 2 leaves installment 2 late', () => {
    const late = assessLateFees({ schedule, payments: [{ amount: '120.00', date: '2026-02-03' }], policy, asOf: '2026-02-10' });
    expect(late.fees.map((f) => f.id)).toEqual(['late-fee:1:1', 'late-fee:2:1']);
  });

  it('lists as next fees what the assessment on that day charges (fees before it are owed too)', () => {
    const flat: LateFeePolicyInput = { trigger: { graceDays: 5 }, amount: { type: 'flat', amount: '30.00' }, recurrence: { everyDays: 30 }, accountType: 'business', noPyramiding: false };
    const one = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-01-01', amount: '100.00' }] };
    const paid = [{ amount: '100.00', date: '2026-01-20' }];
    const now = assessLateFees({ schedule: one, payments: paid, policy: flat, asOf: '2026-01-25' });
    // The payment paid the 30.00 fee first: 30.00 of installment 1 is still unpaid on 02-06.
    const then = assessLateFees({ schedule: one, payments: paid, policy: flat, asOf: '2026-02-06' });
    expect(then.fees.map((f) => [f.id, f.date])).toEqual([['late-fee:1:1', '2026-01-07'], ['late-fee:1:2', '2026-02-06']]);
    expect(now.nextFees.map((f) => [f.id, f.date, f.amount])).toEqual([['late-fee:1:2', '2026-02-06', '30.00']]);
  });
});
