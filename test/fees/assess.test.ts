import { describe, expect, it } from 'vitest';
import { safeAssessLateFees, assessLateFees, DomainRuleError } from '../../src/fees/index.js';
import type { AssessLateFeesInput, FeeExpression, LateFeePolicyInput } from '../../src/fees/index.js';

const one = (amount: string, dueDate = '2026-03-01', extra: Record<string, string> = {}) => ({
  currency: 'USD',
  installments: [{ number: 1, dueDate, amount, ...extra }],
});
const monthlyRows = (count: number, amount: string, extra: Record<string, string> = {}) => ({
  currency: 'USD',
  installments: Array.from({ length: count }, (_, i) => ({ number: i + 1, dueDate: `2026-${String(i + 1).padStart(2, '0')}-01`, amount, ...extra })),
});
const flat = (amount: string): FeeExpression => ({ type: 'flat', amount });
const amounts = (input: AssessLateFeesInput): string[] => assessLateFees(input).fees.map((f) => f.amount);

describe('assessLateFees', () => {
  describe('worked cases of the reference note', () => {
    const policy: LateFeePolicyInput = { trigger: { graceDays: 10 }, amount: { type: 'greaterOf', of: [flat('15.00'), { type: 'percent', rate: '0.05', of: 'installment' }] } };
    const schedule = one('200.00', '2026-05-01');

    it('1. charges 15.00 on 2026-05-12 when 200.00 due 2026-05-01 is unpaid after 10 days of grace (5% would be 10.00)', () => {
      const result = assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-12' });
      expect(result.fees).toHaveLength(1);
      expect(result.fees[0]).toMatchObject({
        id: 'late-fee:1:1',
        date: '2026-05-12',
        installment: 1,
        amount: '15.00',
        status: 'final',
        rule: 'policy',
        breakdown: { computed: '15.00', daysLate: 11, term: 'greaterOf[0]>flat', roundingMode: 'halfExpand' },
      });
      expect(result.fees[0]?.explanation).toContain('not paid in full by 2026-05-11');
      expect(result.totals).toEqual({ charged: '15.00', waived: '0.00', count: 1 });
    });

    it('1b. charges nothing on 2026-05-11, the last day of grace, and names the next fee', () => {
      const result = assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-11' });
      expect(result.fees).toEqual([]);
      expect(result.notCharged).toMatchObject([{ code: 'FEES_WITHIN_GRACE', severity: 'info', details: { installment: 1, date: '2026-05-12' } }]);
      expect(result.nextFees.map((f) => [f.date, f.amount])).toEqual([['2026-05-12', '15.00']]);
    });

    it('2. charges nothing when 200.00 is paid on 2026-05-11, within grace', () => {
      const result = assessLateFees({ schedule, payments: [{ amount: '200.00', date: '2026-05-11' }], policy, asOf: '2026-06-30' });
      expect(result.fees).toEqual([]);
      expect(result.notCharged).toMatchObject([{ code: 'FEES_WITHIN_GRACE', details: { installment: 1, date: '2026-05-12' } }]);
      expect(result.nextFees).toEqual([]);
    });

    it('3. does not pyramid: February paid on 1 February is not late although January\'s fee is unpaid', () => {
      const result = assessLateFees({
        schedule: monthlyRows(2, '100.00'),
        payments: [
          { amount: '100.00', date: '2026-01-20' },
          { amount: '100.00', date: '2026-02-01' },
        ],
        policy: { trigger: { graceDays: 10 }, amount: flat('10.00') },
        asOf: '2026-03-31',
      });
      expect(result.fees.map((f) => [f.installment, f.date, f.amount])).toEqual([[1, '2026-01-12', '10.00']]);
    });

    it('4. caps New York rent of 2,400.00 unpaid on 2026-06-07 at 50.00 (5% would be 120.00)', () => {
      const result = assessLateFees({ schedule: one('2400.00', '2026-06-01'), payments: [], policy: { trigger: { graceDays: 5 }, amount: { type: 'percent', rate: '0.05', of: 'installment' }, accountKind: 'residentialRent', presets: ['us-ny-rent'] }, asOf: '2026-06-07' });
      expect(result.fees[0]).toMatchObject({ amount: '50.00', boundBy: 'us-ny-rent', bound: { cap: 'perFee', limit: '50.00', citation: 'N.Y. Real Prop. Law § 238-a(2)' }, breakdown: { computed: '120.00' } });
    });
  });

  describe('fee amounts', () => {
    const late = (schedule: AssessLateFeesInput['schedule'], amount: FeeExpression, asOf = '2026-04-30', payments: AssessLateFeesInput['payments'] = [], trigger = { graceDays: 0 }) =>
      assessLateFees({ schedule, payments, policy: { trigger, amount }, asOf });

    it('takes a percent of the installment', () => {
      expect(late(one('200.00'), { type: 'percent', rate: '0.05', of: 'installment' }).fees[0]?.amount).toBe('10.00');
    });

    it('takes a percent of the principal-and-interest part only', () => {
      const schedule = one('1500.00', '2026-03-01', { principal: '900.00', interest: '400.00' });
      const fee = late(schedule, { type: 'percent', rate: '0.06', of: 'principalAndInterest' }).fees[0];
      expect(fee?.amount).toBe('78.00');
      expect(fee?.breakdown.base).toEqual({ name: 'principalAndInterest', amount: '1300.00' });
    });

    it('takes a percent of the unpaid part on the fee date (pastDue)', () => {
      const fee = late(one('200.00'), { type: 'percent', rate: '0.1', of: 'pastDue' }, '2026-04-30', [{ amount: '150.00', date: '2026-03-01' }]).fees[0];
      expect(fee?.amount).toBe('5.00');
    });

    it('takes a percent of the whole account past due (accountPastDue)', () => {
      expect(amounts({ schedule: monthlyRows(2, '100.00'), payments: [], policy: { amount: { type: 'percent', rate: '0.05', of: 'accountPastDue' } }, asOf: '2026-02-28' })).toEqual(['5.00', '10.00']);
    });

    it('takes a percent of the regular scheduled payment, not an odd last one', () => {
      const schedule = { currency: 'USD', installments: [...monthlyRows(3, '100.00').installments, { number: 4, dueDate: '2026-04-01', amount: '130.00' }] };
      const payments = ['2026-01-01', '2026-02-01', '2026-03-01'].map((date) => ({ amount: '100.00', date }));
      expect(amounts({ schedule, payments, policy: { amount: { type: 'percent', rate: '0.1', of: 'scheduledPayment' } }, asOf: '2026-04-30' })).toEqual(['10.00']);
    });

    it('takes a percent of the minimum payment due', () => {
      expect(late(one('1000.00', '2026-03-01', { minimumPayment: '35.00' }), { type: 'percent', rate: '1', of: 'minimumPayment' }).fees[0]?.amount).toBe('35.00');
    });

    it('rounds once per fee with the policy\'s mode (halfExpand by default, halfEven on request)', () => {
      const amount: FeeExpression = { type: 'percent', rate: '0.025', of: 'installment' };
      expect(late(one('100.10'), amount).fees[0]?.amount).toBe('2.50'); // 2.5025
      expect(late(one('100.20'), amount).fees[0]?.amount).toBe('2.51'); // 2.505, halfExpand
      expect(assessLateFees({ schedule: one('100.20'), payments: [], policy: { amount, roundingMode: 'halfEven' }, asOf: '2026-04-30' }).fees[0]?.amount).toBe('2.50');
    });

    it('takes the lesser of several amounts', () => {
      expect(late(one('800.00'), { type: 'lesserOf', of: [flat('50.00'), { type: 'percent', rate: '0.05', of: 'installment' }] }).fees[0]?.amount).toBe('40.00');
    });

    it('prices a tiered fee by the tier in force on its own date, and never changes it later (issue 19 item 7)', () => {
      const amount: FeeExpression = { type: 'tiers', tiers: [{ minDaysLate: 10, amount: flat('10.00') }, { minDaysLate: 15, amount: flat('15.00') }] };
      const trigger = { graceDays: 10, counting: 'atLeast' as const };
      expect(late(one('100.00'), amount, '2026-03-10', [], trigger).fees).toEqual([]);
      const at11 = late(one('100.00'), amount, '2026-03-12', [], trigger).fees;
      expect(at11.map((f) => [f.date, f.amount, f.status, f.breakdown.tier])).toEqual([['2026-03-11', '10.00', 'final', 0]]);
      expect(late(one('100.00'), amount, '2026-03-20', [], trigger).fees.map((f) => [f.id, f.amount])).toEqual([['late-fee:1:1', '10.00']]);
      const paid = late(one('100.00'), amount, '2026-04-30', [{ amount: '100.00', date: '2026-03-14' }], trigger).fees;
      expect(paid.map((f) => [f.amount, f.status, f.breakdown.daysLate])).toEqual([['10.00', 'final', 13]]);
    });

    it('prices each recurrence of a tiered fee by the tier in force on its own date', () => {
      const amount: FeeExpression = { type: 'tiers', tiers: [{ minDaysLate: 1, amount: flat('10.00') }, { minDaysLate: 30, amount: flat('25.00') }] };
      const policy = { amount, recurrence: { everyDays: 15 } };
      const at = (asOf: string) => assessLateFees({ schedule: one('100.00'), payments: [], policy, asOf }).fees.map((f) => [f.date, f.amount]);
      expect(at('2026-03-02')).toEqual([['2026-03-02', '10.00']]);
      expect(at('2026-04-30')).toEqual([['2026-03-02', '10.00'], ['2026-03-17', '10.00'], ['2026-04-01', '25.00'], ['2026-04-16', '25.00']]);
    });

    it('picks a band by the size of the base', () => {
      const amount: FeeExpression = { type: 'bands', of: 'installment', bands: [{ maxBase: '999.99', amount: flat('40.00') }, { maxBase: '9999.99', amount: flat('70.00') }, { amount: flat('100.00') }] };
      expect(late(one('999.99'), amount).fees[0]?.amount).toBe('40.00');
      expect(late(one('5000.00'), amount).fees[0]?.amount).toBe('70.00');
      expect(late(one('10000.00'), amount).fees[0]?.amount).toBe('100.00');
    });

    it('accrues a daily amount from the fee date until paid, up to maxDays', () => {
      const amount: FeeExpression = { type: 'daily', perDay: flat('1.00'), maxDays: 10 };
      // Paid on 2026-03-06: the days from the fee date 03-02 through the day of payment, 5.
      expect(late(one('100.00'), amount, '2026-04-30', [{ amount: '100.00', date: '2026-03-06' }]).fees[0]).toMatchObject({ date: '2026-03-02', amount: '5.00', breakdown: { days: 5 }, status: 'final' });
      expect(late(one('100.00'), amount, '2026-04-30').fees[0]?.amount).toBe('10.00');
      expect(late(one('100.00'), amount, '2026-03-04').fees[0]).toMatchObject({ amount: '3.00', status: 'accruing' });
    });

    it('adds an initial fee and a daily fee', () => {
      expect(late(one('1000.00'), { type: 'sum', of: [flat('25.00'), { type: 'daily', perDay: flat('5.00') }] }, '2026-03-05').fees[0]?.amount).toBe('45.00');
    });

    it('charges default interest on the past-due amount with a day-count convention, following partial payments', () => {
      const amount: FeeExpression = { type: 'interest', annualRate: '0.18' };
      const trigger = { graceDays: 10 };
      // 1000.00 x 18% x 60/365 = 29.589... -> 29.59 (2026-01-01 to 2026-03-02 is 60 days).
      expect(late(one('1000.00', '2026-01-01'), amount, '2026-06-30', [{ amount: '1000.00', date: '2026-03-02' }], trigger).fees[0]).toMatchObject({ date: '2026-01-12', amount: '29.59', breakdown: { days: 60, rate: '0.18' } });
      // 1000.00 x 18% x 30/365 + 500.00 x 18% x 30/365 = 14.794... + 7.397... = 22.19
      const partial = [{ amount: '500.00', date: '2026-01-31' }, { amount: '500.00', date: '2026-03-02' }];
      expect(late(one('1000.00', '2026-01-01'), amount, '2026-06-30', partial, trigger).fees[0]?.amount).toBe('22.19');
      // 30/360: 2026-01-01 to 2026-03-01 counts 60 days; 1000.00 x 12% x 60/360 = 20.00.
      expect(late(one('1000.00', '2026-01-01'), { type: 'interest', annualRate: '0.12', dayCount: 'thirty360' }, '2026-06-30', [{ amount: '1000.00', date: '2026-03-01' }], trigger).fees[0]?.amount).toBe('20.00');
    });

    it('charges the repeat amount after another fee within six billing cycles', () => {
      const repeat: FeeExpression = { type: 'repeat', first: flat('30.00'), repeat: flat('41.00') };
      const schedule = monthlyRows(10, '100.00');
      const paidExcept = (late: number[]) => schedule.installments.filter((r) => !late.includes(r.number)).map((r) => ({ amount: '100.00', date: r.dueDate }));
      const run = (lateOnes: number[]) => assessLateFees({ schedule, payments: paidExcept(lateOnes), policy: { amount: repeat }, asOf: '2026-12-31' }).fees.map((f) => [f.installment, f.amount, f.breakdown.repeat]);
      expect(run([1, 2, 8])).toEqual([[1, '30.00', 'first'], [2, '41.00', 'repeat'], [8, '41.00', 'repeat']]);
      expect(run([1, 9])).toEqual([[1, '30.00', 'first'], [9, '30.00', 'first']]);
    });
  });

  describe('when fees fall due', () => {
    it('charges again every everyDays while unpaid, up to maxFees', () => {
      const result = assessLateFees({ schedule: one('100.00'), payments: [], policy: { amount: flat('5.00'), recurrence: { everyDays: 30, maxFees: 3 } }, asOf: '2026-12-31' });
      expect(result.fees.map((f) => [f.id, f.date])).toEqual([
        ['late-fee:1:1', '2026-03-02'],
        ['late-fee:1:2', '2026-04-01'],
        ['late-fee:1:3', '2026-05-01'],
      ]);
    });

    it('stops recurring once the installment is paid; a payment on a recurrence day is late for it, as for the first fee', () => {
      const run = (date: string) => assessLateFees({ schedule: one('100.00'), payments: [{ amount: '100.00', date }], policy: { amount: flat('5.00'), recurrence: { everyDays: 30 } }, asOf: '2026-12-31' }).fees.map((f) => f.date);
      expect(run('2026-03-31')).toEqual(['2026-03-02']);
      expect(run('2026-04-01')).toEqual(['2026-03-02', '2026-04-01']);
    });

    it('charges nothing while the unpaid amount is below the minimum', () => {
      const result = assessLateFees({ schedule: one('100.00'), payments: [{ amount: '95.01', date: '2026-03-01' }], policy: { amount: flat('5.00'), minUnpaidAmount: '5.00' }, asOf: '2026-04-30' });
      expect(result.fees).toEqual([]);
      expect(result.notCharged).toMatchObject([{ code: 'FEES_BELOW_MINIMUM', details: { installment: 1 } }]);
    });

    it('charges one fee per period while the account has a past-due balance (period basis)', () => {
      const result = assessLateFees({
        schedule: monthlyRows(3, '100.00'),
        payments: [{ amount: '100.00', date: '2026-02-01' }, { amount: '100.00', date: '2026-03-01' }],
        policy: { basis: 'period', paymentApplication: 'oldestFirst', amount: { type: 'percent', rate: '0.1', of: 'pastDue' } },
        asOf: '2026-03-31',
      });
      // January is paid only on 1 February; with oldest-first application February stays unpaid until March.
      expect(result.fees.map((f) => [f.installment, f.date, f.amount])).toEqual([
        [1, '2026-01-02', '10.00'],
        [2, '2026-02-02', '10.00'],
        [3, '2026-03-02', '10.00'],
      ]);
    });

    it('ignores payments dated after asOf', () => {
      expect(amounts({ schedule: one('100.00'), payments: [{ amount: '100.00', date: '2026-05-01' }], policy: { amount: flat('5.00') }, asOf: '2026-03-10' })).toEqual(['5.00']);
    });

    it('applies a payment to the current installment first, then the oldest', () => {
      const schedule = monthlyRows(2, '100.00');
      const payments = [{ amount: '100.00', date: '2026-02-01' }];
      const current = assessLateFees({ schedule, payments, policy: { amount: flat('5.00') }, asOf: '2026-02-28' });
      expect(current.fees.map((f) => f.installment)).toEqual([1]);
      const oldest = assessLateFees({ schedule, payments, policy: { amount: flat('5.00'), paymentApplication: 'oldestFirst' }, asOf: '2026-02-28' });
      expect(oldest.fees.map((f) => f.installment)).toEqual([1, 2]);
    });
  });

  describe('grace periods on weekends and holidays', () => {
    const policy = (extend: boolean): LateFeePolicyInput => ({ trigger: { graceDays: 10, extendToBusinessDay: extend }, amount: flat('5.00') });

    it('extends a grace period ending on Saturday 2026-05-16 to Monday 2026-05-18', () => {
      const schedule = one('100.00', '2026-05-06');
      expect(assessLateFees({ schedule, payments: [{ amount: '100.00', date: '2026-05-18' }], policy: policy(true), asOf: '2026-06-30' }).fees).toEqual([]);
      expect(assessLateFees({ schedule, payments: [], policy: policy(true), asOf: '2026-06-30' }).fees[0]?.date).toBe('2026-05-19');
      expect(assessLateFees({ schedule, payments: [], policy: policy(false), asOf: '2026-06-30' }).fees[0]?.date).toBe('2026-05-17');
    });

    it('extends a grace period ending on Memorial Day (2026-05-25) to 2026-05-26', () => {
      const schedule = one('100.00', '2026-05-15');
      expect(assessLateFees({ schedule, payments: [{ amount: '100.00', date: '2026-05-26' }], policy: policy(true), asOf: '2026-06-30' }).fees).toEqual([]);
      expect(assessLateFees({ schedule, payments: [], policy: policy(true), asOf: '2026-06-30' }).fees[0]?.date).toBe('2026-05-27');
    });

    it('counts business days around Independence Day observed on Friday 2026-07-03', () => {
      const result = assessLateFees({ schedule: one('100.00', '2026-06-30'), payments: [], policy: { trigger: { graceDays: 3, dayType: 'business' }, amount: flat('5.00') }, asOf: '2026-07-31' });
      expect(result.fees[0]?.date).toBe('2026-07-07');
    });

    it('uses a custom holiday calendar', () => {
      const trigger = { graceDays: 10, extendToBusinessDay: true, calendar: { holidays: ['2026-05-11'] } };
      expect(assessLateFees({ schedule: one('200.00', '2026-05-01'), payments: [], policy: { trigger, amount: flat('5.00') }, asOf: '2026-06-30' }).fees[0]?.date).toBe('2026-05-13');
    });
  });

  describe('limits', () => {
    it('clamps to the per-fee cap and names it', () => {
      const fee = assessLateFees({ schedule: one('1000.00'), payments: [], policy: { amount: { type: 'percent', rate: '0.1', of: 'installment' }, caps: { perFee: flat('25.00') } }, asOf: '2026-04-30' }).fees[0];
      expect(fee).toMatchObject({ amount: '25.00', boundBy: 'policy', bound: { rule: 'policy', cap: 'perFee', limit: '25.00' } });
    });

    it('caps all fees on one installment together, then reports the cap reached', () => {
      const result = assessLateFees({ schedule: one('100.00'), payments: [], policy: { id: 'contract-7', amount: flat('10.00'), recurrence: { everyDays: 30 }, caps: { perInstallment: flat('25.00') } }, asOf: '2026-12-31' });
      expect(result.fees.map((f) => [f.amount, f.boundBy ?? null, f.rule])).toEqual([['10.00', null, 'contract-7'], ['10.00', null, 'contract-7'], ['5.00', 'contract-7', 'contract-7']]);
      expect(result.notCharged.filter((n) => n.code === 'FEES_CAP_REACHED').length).toBeGreaterThan(0);
      expect(result.totals.charged).toBe('25.00');
    });

    it('caps fees per calendar month', () => {
      const result = assessLateFees({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-03-01', amount: '100.00' }, { number: 2, dueDate: '2026-03-15', amount: '100.00' }] }, payments: [], policy: { amount: flat('10.00'), caps: { perPeriod: { period: 'calendarMonth', max: '15.00' } } }, asOf: '2026-04-30' });
      expect(result.fees.map((f) => [f.installment, f.amount, f.bound?.cap ?? null])).toEqual([[1, '10.00', null], [2, '5.00', 'perPeriod']]);
    });

    it('caps the total over the life of the account by an amount and by a percent of the original balance', () => {
      const schedule = monthlyRows(6, '100.00');
      const byAmount = assessLateFees({ schedule, payments: [], policy: { amount: flat('10.00'), caps: { lifetime: { max: '35.00' } } }, asOf: '2026-12-31' });
      expect(byAmount.fees.map((f) => f.amount)).toEqual(['10.00', '10.00', '10.00', '5.00']);
      expect(byAmount.fees[3]?.bound).toEqual({ rule: 'policy', cap: 'lifetime', limit: '5.00' });
      const byPercent = assessLateFees({ schedule: { ...schedule, originalBalance: '500.00' }, payments: [], policy: { amount: flat('10.00'), caps: { lifetime: { originalBalanceRate: '0.05' } } }, asOf: '2026-12-31' });
      expect(byPercent.totals.charged).toBe('25.00');
    });

    it('names the lowest of several maxima (policy and statute)', () => {
      const policy: LateFeePolicyInput = { amount: flat('75.00'), caps: { perFee: flat('60.00') }, accountKind: 'residentialRent', presets: ['us-ny-rent'], trigger: { graceDays: 5 } };
      expect(assessLateFees({ schedule: one('800.00'), payments: [], policy, asOf: '2026-04-30' }).fees[0]).toMatchObject({ amount: '40.00', boundBy: 'us-ny-rent' });
      expect(assessLateFees({ schedule: one('800.00'), payments: [], policy: { ...policy, caps: { perFee: flat('30.00') } }, asOf: '2026-04-30' }).fees[0]).toMatchObject({ amount: '30.00', boundBy: 'policy' });
    });
  });

  describe('goodwill waivers', () => {
    const schedule = monthlyRows(3, '100.00');
    it('waives the first late fee only', () => {
      const result = assessLateFees({ schedule, payments: [], policy: { amount: flat('10.00'), waivers: { firstLateFee: true } }, asOf: '2026-03-31' });
      expect(result.fees.map((f) => f.installment)).toEqual([2, 3]);
      expect(result.notCharged).toMatchObject([{ code: 'FEES_WAIVED', details: { installment: 1, waiver: 'firstLateFee', waivedAmount: '10.00' } }]);
      expect(result.totals).toEqual({ charged: '20.00', waived: '10.00', count: 2 });
    });

    it('waives fees under hardship, for the whole account or dated periods', () => {
      const policy: LateFeePolicyInput = { amount: flat('10.00'), waivers: { hardship: true } };
      expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-03-31', hardship: true }).fees).toEqual([]);
      const periods = assessLateFees({ schedule, payments: [], policy, asOf: '2026-03-31', hardship: [{ start: '2026-02-01', end: '2026-02-28' }] });
      expect(periods.fees.map((f) => f.installment)).toEqual([1, 3]);
      expect(periods.notCharged).toMatchObject([{ code: 'FEES_WAIVED', severity: 'info', details: { installment: 2, waiver: 'hardship' } }]);
      expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-03-31', hardship: false }).fees).toHaveLength(3);
      // Hardship without the policy's hardship waiver would change nothing: refused, not ignored.
      const unused = safeAssessLateFees({ schedule, payments: [], policy: { amount: flat('10.00') }, asOf: '2026-03-31', hardship: true });
      expect(unused.success ? 'ok' : [unused.error.code, unused.error.path]).toEqual(['FEES_OPTION_WITHOUT_EFFECT', ['hardship']]);
    });

    it('waives fees below an amount', () => {
      const result = assessLateFees({ schedule: one('40.00'), payments: [], policy: { amount: { type: 'percent', rate: '0.05', of: 'installment' }, waivers: { feeBelow: '5.00' } }, asOf: '2026-04-30' });
      expect(result.fees).toEqual([]);
      expect(result.notCharged).toMatchObject([{ code: 'FEES_WAIVED', details: { waiver: 'feeBelow', waivedAmount: '2.00' } }]);
    });
  });

  describe('pyramiding', () => {
    const schedule = monthlyRows(2, '100.00');
    const payments = [{ amount: '100.00', date: '2026-01-20' }, { amount: '100.00', date: '2026-02-01' }];

    it('refuses to switch off the no-pyramiding rule on a consumer account', () => {
      expect(() => assessLateFees({ schedule, payments, policy: { amount: flat('10.00'), noPyramiding: false }, asOf: '2026-03-31' })).toThrow(DomainRuleError);
      expect(() => assessLateFees({ schedule, payments, policy: { amount: flat('10.00'), noPyramiding: false }, asOf: '2026-03-31' })).toThrow(/16 CFR 444.4/);
    });

    it('lets a business account apply payments to earlier fees first', () => {
      const result = assessLateFees({ schedule, payments, policy: { accountType: 'business', amount: flat('10.00'), noPyramiding: false, paymentApplication: 'oldestFirst' }, asOf: '2026-03-31' });
      expect(result.fees.map((f) => [f.installment, f.amount])).toEqual([[1, '10.00'], [2, '10.00']]);
    });
  });

  describe('the result', () => {
    it('lists the fees that fall due next if nothing is paid', () => {
      const result = assessLateFees({ schedule: monthlyRows(3, '100.00'), payments: [{ amount: '100.00', date: '2026-01-01' }], policy: { amount: flat('10.00'), recurrence: { everyDays: 14 } }, asOf: '2026-02-10' });
      expect(result.fees.map((f) => f.date)).toEqual(['2026-02-02']);
      expect(result.nextFees.map((f) => [f.date, f.installment, f.occurrence, f.amount])).toEqual([['2026-02-16', 2, 2, '10.00']]);
    });

    it('works in currencies without minor units', () => {
      const result = assessLateFees({ schedule: { currency: 'JPY', installments: [{ number: 1, dueDate: '2026-03-01', amount: '10001' }] }, payments: [], policy: { amount: { type: 'percent', rate: '0.05', of: 'installment' } }, asOf: '2026-04-30' });
      expect(result.fees[0]?.amount).toBe('500');
    });

    it('explains accruing fees and recurrences in words', () => {
      const result = assessLateFees({ schedule: one('100.00'), payments: [], policy: { amount: { type: 'daily', perDay: flat('1.00') }, recurrence: { everyDays: 10, maxFees: 2 } }, asOf: '2026-03-20' });
      expect(result.fees.map((f) => [f.amount, f.status])).toEqual([['10.00', 'final'], ['9.00', 'accruing']]);
      expect(result.fees[1]?.explanation).toContain('still unpaid 10 days after its first late fee');
    });
  });
});
