import { describe, expect, it } from 'vitest';
import { assessLateFees, FEE_PRESET_LIST, getFeePreset } from '../../src/fees/index.js';
import type { FeeExpression, LateFeePolicyInput } from '../../src/fees/index.js';

// Each jurisdiction preset against its cited number, with the day before the first fee day
// (no fee) and the first fee day itself.

const flat = (amount: string): FeeExpression => ({ type: 'flat', amount });
function run(preset: string, amount: FeeExpression, row: Record<string, string>, asOf: string, payments: Array<{ amount: string; date: string }> = [], policy: Partial<LateFeePolicyInput> = {}) {
  return assessLateFees({
    schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-06-01', ...row } as { number: number; dueDate: string; amount: string }] },
    payments,
    policy: { amount, accountKind: getFeePreset(preset).scope[0], presets: [preset], ...policy },
    asOf,
  });
}

describe('jurisdiction presets', () => {
  it('ships ten presets, each with a citation, a source, effective dates and an ISO 3166-2 jurisdiction', () => {
    expect(FEE_PRESET_LIST.map((p) => p.id).sort()).toEqual(['us-ca-mortgage', 'us-ca-retail-installment', 'us-card-act', 'us-co-rent', 'us-hoepa', 'us-ma-rent', 'us-ny-mortgage', 'us-ny-rent', 'us-tx-rent-large', 'us-tx-rent-small']);
    expect(Object.fromEntries(FEE_PRESET_LIST.map((p) => [p.id, p.jurisdiction]))).toEqual({
      'us-card-act': 'US',
      'us-hoepa': 'US',
      'us-ny-rent': 'US-NY',
      'us-ny-mortgage': 'US-NY',
      'us-ca-mortgage': 'US-CA',
      'us-ca-retail-installment': 'US-CA',
      'us-tx-rent-small': 'US-TX',
      'us-tx-rent-large': 'US-TX',
      'us-co-rent': 'US-CO',
      'us-ma-rent': 'US-MA',
    });
    expect(Object.isFrozen(FEE_PRESET_LIST) && Object.isFrozen(FEE_PRESET_LIST[0]?.versions[0]?.effective)).toBe(true);
    for (const preset of FEE_PRESET_LIST) {
      expect(preset.citation.length).toBeGreaterThan(5);
      expect(preset.source).toMatch(/https?:\/\//);
      expect(preset.versions.length).toBeGreaterThan(0);
      expect(getFeePreset(preset.id)).toBe(preset);
    }
  });

  describe('us-ny-rent: N.Y. Real Prop. Law 238-a(2), lesser of $50 or 5% of the monthly rent, rent paid within five days is on time', () => {
    it('charges nothing on 2026-06-06 and at most 50.00 on 2026-06-07 (rent 2,400.00)', () => {
      expect(run('us-ny-rent', flat('100.00'), { amount: '2400.00' }, '2026-06-06').fees).toEqual([]);
      expect(run('us-ny-rent', flat('100.00'), { amount: '2400.00' }, '2026-06-07').fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-06-07', '50.00', 'us-ny-rent']]);
    });
    it('caps at 5% of a rent of 800.00 (40.00), for all fees on the late payment together', () => {
      const result = run('us-ny-rent', flat('25.00'), { amount: '800.00' }, '2026-12-31', [], { recurrence: { everyDays: 10 } });
      expect(result.fees.map((f) => f.amount)).toEqual(['25.00', '15.00']);
      expect(result.totals.charged).toBe('40.00');
    });
    it('does not apply before the HSTPA took effect on 2019-06-14', () => {
      const result = assessLateFees({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2019-05-01', amount: '2400.00' }] }, payments: [], policy: { amount: flat('100.00'), accountKind: 'residentialRent', presets: ['us-ny-rent'] }, asOf: '2019-05-31' });
      expect(result.fees.map((f) => f.amount)).toEqual(['100.00']);
    });
  });

  describe('us-ny-mortgage: N.Y. Real Prop. Law 254-b(1), 2% of the delinquent installment, none within fifteen days', () => {
    it('charges 40.00 (2% of 2,000.00) when paid on 2026-06-17, nothing when paid on 2026-06-16', () => {
      expect(run('us-ny-mortgage', flat('100.00'), { amount: '2000.00' }, '2026-06-30', [{ amount: '2000.00', date: '2026-06-17' }]).fees.map((f) => [f.date, f.amount])).toEqual([['2026-06-17', '40.00']]);
      expect(run('us-ny-mortgage', flat('100.00'), { amount: '2000.00' }, '2026-06-30', [{ amount: '2000.00', date: '2026-06-16' }]).fees).toEqual([]);
    });
  });

  describe('us-ca-mortgage: Cal. Civ. Code 2954.4, greater of 6% of principal and interest or $5, none within 10 days', () => {
    it('caps at 6% of the principal-and-interest part (1,300.00 -> 78.00) from 2026-06-12', () => {
      const row = { amount: '1500.00', principal: '900.00', interest: '400.00' };
      expect(run('us-ca-mortgage', { type: 'percent', rate: '0.1', of: 'installment' }, row, '2026-06-11').fees).toEqual([]);
      expect(run('us-ca-mortgage', { type: 'percent', rate: '0.1', of: 'installment' }, row, '2026-06-12').fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-06-12', '78.00', 'us-ca-mortgage']]);
    });
    it('allows $5 when 6% is less (principal and interest 50.00 -> 3.00)', () => {
      expect(run('us-ca-mortgage', flat('9.00'), { amount: '50.00', principal: '40.00', interest: '10.00' }, '2026-06-30').fees[0]?.amount).toBe('5.00');
    });
    it('charges once per installment and applies payments to the most recent installment', () => {
      const policy: LateFeePolicyInput = { amount: flat('5.00'), recurrence: { everyDays: 30 }, accountKind: 'mortgage', presets: ['us-ca-mortgage'], paymentApplication: 'oldestFirst' };
      const schedule = { currency: 'USD', installments: [1, 2, 3].map((n) => ({ number: n, dueDate: `2026-0${n}-01`, amount: '100.00', principal: '80.00', interest: '20.00' })) };
      const result = assessLateFees({ schedule, payments: [{ amount: '100.00', date: '2026-02-05' }, { amount: '100.00', date: '2026-03-05' }], policy, asOf: '2026-04-30' });
      expect(result.fees.map((f) => [f.installment, f.occurrence])).toEqual([[1, 1]]);
      expect(result.notCharged.filter((n) => n.code === 'FEES_CAP_REACHED')).toMatchObject([{ citation: 'Cal. Civ. Code § 2954.4', details: { installment: 1, occurrence: 2, date: '2026-02-11', boundBy: 'us-ca-mortgage' } }]);
      // February and March were paid on the 5th: applied to the most recent installment, they are on time.
      expect(result.notCharged.filter((n) => n.code === 'FEES_WITHIN_GRACE').map((n) => n.details.installment)).toEqual([2, 3]);
    });
  });

  describe('us-ca-retail-installment: Cal. Civ. Code 1810.12, $10 at 10 days in default, $15 at 15, one charge', () => {
    it('charges nothing on day 9 and 10.00 from 2026-06-11, a fee that keeps its amount (priced on its own date)', () => {
      expect(run('us-ca-retail-installment', flat('20.00'), { amount: '300.00' }, '2026-06-10').fees).toEqual([]);
      expect(run('us-ca-retail-installment', flat('20.00'), { amount: '300.00' }, '2026-06-11').fees.map((f) => [f.date, f.amount, f.status])).toEqual([['2026-06-11', '10.00', 'final']]);
      expect(run('us-ca-retail-installment', flat('20.00'), { amount: '300.00' }, '2026-06-16').fees.map((f) => [f.id, f.amount])).toEqual([['late-fee:1:1', '10.00']]);
    });
    it('allows 15.00 when the policy charges its one fee at 15 days in default', () => {
      const result = assessLateFees({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-06-01', amount: '300.00' }] }, payments: [], policy: { trigger: { graceDays: 15, counting: 'atLeast' }, amount: flat('20.00'), accountKind: 'retailInstallment', presets: ['us-ca-retail-installment'] }, asOf: '2026-06-30' });
      expect(result.fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-06-16', '15.00', 'us-ca-retail-installment']]);
    });
  });

  describe('us-tx-rent-small / -large: Tex. Prop. Code 92.019, 12% or 10% of the rent, not before two full days after due', () => {
    const initialPlusDaily: FeeExpression = { type: 'sum', of: [flat('50.00'), { type: 'daily', perDay: flat('10.00') }] };
    it('charges nothing on 2026-06-03 and counts initial and daily fees as one fee capped at 12% of 1,000.00', () => {
      expect(run('us-tx-rent-small', initialPlusDaily, { amount: '1000.00' }, '2026-06-03').fees).toEqual([]);
      expect(run('us-tx-rent-small', initialPlusDaily, { amount: '1000.00' }, '2026-06-04').fees.map((f) => [f.date, f.amount])).toEqual([['2026-06-04', '60.00']]);
      expect(run('us-tx-rent-small', initialPlusDaily, { amount: '1000.00' }, '2026-06-10').fees[0]?.amount).toBe('120.00');
      expect(run('us-tx-rent-small', initialPlusDaily, { amount: '1000.00' }, '2026-06-20').fees[0]).toMatchObject({ amount: '120.00', boundBy: 'us-tx-rent-small', bound: { cap: 'perInstallment' } });
      expect(run('us-tx-rent-large', initialPlusDaily, { amount: '1000.00' }, '2026-06-20').fees[0]).toMatchObject({ amount: '100.00', boundBy: 'us-tx-rent-large' });
    });
  });

  describe('us-hoepa: 12 CFR 1026.34(a)(8), 4% of the payment past due, after the 15-day period beginning on the due date', () => {
    it('charges nothing on 2026-06-15 and at most 40.00 on a 1,000.00 payment from 2026-06-16', () => {
      expect(run('us-hoepa', flat('60.00'), { amount: '1000.00' }, '2026-06-15').fees).toEqual([]);
      expect(run('us-hoepa', flat('60.00'), { amount: '1000.00' }, '2026-06-16').fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-06-16', '40.00', 'us-hoepa']]);
    });
  });

  describe('us-card-act: 12 CFR 1026.52(b), safe harbor $30 first / $41 repeat, never above the minimum payment', () => {
    const cardSchedule = (count: number, minimum: string) => ({ currency: 'USD', installments: Array.from({ length: count }, (_, i) => ({ number: i + 1, dueDate: `2026-0${i + 1}-25`, amount: minimum })) });
    it('charges 30.00 for a first late payment the day after the due date, 41.00 for a repeat within six cycles', () => {
      const result = assessLateFees({ schedule: cardSchedule(2, '100.00'), payments: [], policy: { amount: flat('45.00'), accountKind: 'creditCard', presets: ['us-card-act'] }, asOf: '2026-02-26' });
      expect(result.fees.map((f) => [f.date, f.amount, f.boundBy])).toEqual([['2026-01-26', '30.00', 'us-card-act'], ['2026-02-26', '41.00', 'us-card-act']]);
      expect(assessLateFees({ schedule: cardSchedule(1, '100.00'), payments: [], policy: { amount: flat('45.00'), accountKind: 'creditCard', presets: ['us-card-act'] }, asOf: '2026-01-25' }).fees).toEqual([]);
    });
    it('never exceeds the minimum payment due, even when most of it was paid', () => {
      const result = assessLateFees({ schedule: cardSchedule(1, '25.00'), payments: [{ amount: '24.00', date: '2026-01-25' }], policy: { amount: flat('45.00'), accountKind: 'creditCard', presets: ['us-card-act'] }, asOf: '2026-02-10' });
      expect(result.fees.map((f) => f.amount)).toEqual(['25.00']);
    });
    it('uses the amounts in effect on the fee date ($29/$40 in 2021)', () => {
      const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2021-06-25', amount: '100.00' }] };
      expect(assessLateFees({ schedule, payments: [], policy: { amount: flat('45.00'), accountKind: 'creditCard', presets: ['us-card-act'] }, asOf: '2021-07-31' }).fees[0]?.amount).toBe('29.00');
    });
  });

  describe('us-co-rent: C.R.S. 38-12-105, greater of $50 or 5% of the past-due rent, not before 7 days late', () => {
    it('charges nothing on 2026-06-07 and at most 60.00 on rent of 1,200.00 from 2026-06-08', () => {
      expect(run('us-co-rent', flat('100.00'), { amount: '1200.00' }, '2026-06-07').fees).toEqual([]);
      expect(run('us-co-rent', flat('100.00'), { amount: '1200.00' }, '2026-06-08').fees.map((f) => [f.date, f.amount])).toEqual([['2026-06-08', '60.00']]);
      expect(run('us-co-rent', flat('100.00'), { amount: '800.00' }, '2026-06-08').fees[0]?.amount).toBe('50.00');
    });
  });

  describe('us-ma-rent: M.G.L. c. 186, 15B(1)(c), no penalty until thirty days after due', () => {
    it('charges nothing on 2026-06-30 and the policy fee from 2026-07-01', () => {
      expect(run('us-ma-rent', flat('100.00'), { amount: '2000.00' }, '2026-06-30').fees).toEqual([]);
      expect(run('us-ma-rent', flat('100.00'), { amount: '2000.00' }, '2026-07-01').fees.map((f) => [f.date, f.amount])).toEqual([['2026-07-01', '100.00']]);
    });
  });

  it('takes the latest first fee day when the policy allows more grace than the statute', () => {
    expect(run('us-ny-rent', flat('10.00'), { amount: '2400.00' }, '2026-06-30', [], { trigger: { graceDays: 9 } }).fees[0]?.date).toBe('2026-06-11');
  });
});
