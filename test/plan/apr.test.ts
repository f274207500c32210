import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { addDays, recurrence } from '../../src/calendar/index.js';
import { AprInputSchema, DomainRuleError, ValidationError, apr, buildSchedule, isArrearsError, safeApr } from '../../src/plan/index.js';
import type { AprInput } from '../../src/plan/index.js';

const D = Decimal.clone({ precision: 60 });

const c1i: AprInput = { amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] };

function codeOf(fn: () => unknown): { name: string; code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return { name: error.name, code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an arrears error');
}

describe('apr', () => {
  it('returns the whole result for App. J (c)(1)(i)', () => {
    const result = apr(c1i);
    expect({ ...result, schedule: result.schedule.slice(0, 3) }).toEqual({
      annualRate: '0.096857080622807674891',
      aprPercent: '9.69',
      periodicRate: '0.0080714233852339729076',
      unitPeriod: 'monthly',
      unitPeriodsPerYear: '12',
      unitPeriodBasis: 'mostFrequentPeriod',
      regular: true,
      tolerancePercent: '0.125',
      amountFinanced: '5000.00',
      totalOfPayments: '5520.00',
      financeCharge: '520.00',
      schedule: [
        { type: 'advance', date: '1978-01-10', amount: '5000.00', t: 0, f: '0' },
        { type: 'payment', date: '1978-02-10', amount: '230.00', t: 1, f: '0' },
        { type: 'payment', date: '1978-03-10', amount: '230.00', t: 2, f: '0' },
      ],
    });
    expect(result.schedule).toHaveLength(25);
    expect(result.schedule.at(-1)).toEqual({ type: 'payment', date: '1980-01-10', amount: '230.00', t: 24, f: '0' });
  });

  it('gives the same result for a series and for the same payments listed one by one', () => {
    const listed = apr(c1i).schedule.filter((e) => e.type === 'payment').map((e) => ({ amount: e.amount, date: e.date }));
    expect(apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [...listed].reverse() })).toEqual(apr(c1i));
  });

  it('accepts advances instead of amountFinanced and advanceDate', () => {
    const { schedule, ...rest } = apr({ advances: [{ amount: '5000.00', date: '1978-01-10' }], currency: 'USD', payments: c1i.payments });
    const { schedule: s2, ...expected } = apr(c1i);
    expect(rest).toEqual(expected);
    expect(schedule).toEqual(s2);
  });

  it('rounds aprPercent half-up to aprPercentDecimals', () => {
    expect(apr({ ...c1i, aprPercentDecimals: 3 }).aprPercent).toBe('9.686');
    expect(apr({ ...c1i, aprPercentDecimals: 0 }).aprPercent).toBe('10');
    expect(apr({ ...c1i, aprPercentDecimals: 6 }).aprPercent).toBe('9.685708');
  });

  it('checks a disclosed APR against the 1/8 point tolerance of a regular transaction, inclusive', () => {
    expect(apr({ ...c1i, disclosedAprRate: '0.0981' }).disclosed).toEqual({
      ok: true,
      findings: [],
      tolerancePercent: '0.125',
      differencePercent: '0.1242919377192325109',
      citation: '12 CFR 1026.22(a)(2)',
    });
    const above = apr({ ...c1i, disclosedAprRate: '0.0982' }).disclosed;
    expect(above?.ok).toBe(false);
    expect(above?.findings).toEqual([
      {
        code: 'PLAN_APR_OUTSIDE_TOLERANCE',
        severity: 'violation',
        message: 'The disclosed APR of 9.82% is 0.1342919377192325109 percentage points above the actual 9.6857080622807674891%, more than the 0.125 allowed for a regular transaction.',
        citation: '12 CFR 1026.22(a)(2)',
        path: ['disclosedAprRate'],
        details: { disclosedAprRate: '0.0982', actualAprRate: '0.096857080622807674891', differencePercent: '0.1342919377192325109', tolerancePercent: '0.125' },
      },
    ]);
    expect(apr({ ...c1i, disclosedAprRate: '0.0956' }).disclosed?.ok).toBe(false);
    expect(apr(c1i)).not.toHaveProperty('disclosed');
  });

  it('takes the disclosed APR as a decimal fraction, up to 1 unless highApr, and refuses a percent typed into it', () => {
    expect(codeOf(() => apr({ ...c1i, disclosedAprRate: '9.69' }))).toMatchObject({ code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] });
    expect(codeOf(() => apr({ ...c1i, disclosedAprRate: '1.0001' }))).toMatchObject({ code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] });
    expect(apr({ ...c1i, disclosedAprRate: '1' }).disclosed?.ok).toBe(false);
    const payday = { amountFinanced: '100.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '115.00', date: '2026-01-15' }] } as const;
    expect(apr({ ...payday, disclosedAprRate: '3.91', highApr: true }).disclosed?.ok).toBe(true);
    expect(codeOf(() => apr({ ...payday, disclosedAprRate: '3.91' }))).toMatchObject({ code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] });
    expect(codeOf(() => apr({ ...payday, disclosedAprRate: '10.01', highApr: true }))).toMatchObject({ code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] });
    expect(codeOf(() => apr({ ...payday, disclosedAprRate: '-0.01' }))).toMatchObject({ code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] });
    // An option with no effect is an error: highApr without a disclosed APR.
    expect(codeOf(() => apr({ ...payday, highApr: true }))).toMatchObject({ code: 'PLAN_UNSUPPORTED_OPTION', path: ['highApr'] });
  });

  it('reports APR 0 exactly when the payments equal the advances', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '333.33', count: 2, frequency: 'monthly', firstDueDate: '2026-02-15' }, { amount: '333.34', date: '2026-04-15' }] });
    expect([result.annualRate, result.periodicRate, result.aprPercent, result.financeCharge]).toEqual(['0', '0', '0.00', '0.00']);
  });

  it('recovers the rate of a transaction with two advances and marks it irregular', () => {
    // Advances at t = 0 and t = 1, twelve payments at t = 2 .. 13, all at 1% a month.
    const i = new D('0.01');
    const pv = new D(1000).plus(new D(1000).div(i.plus(1)));
    const annuity = new D(1).minus(i.plus(1).pow(-12)).div(i);
    // A trillion dollars each, so the payment rounded to the cent is within 1e-13 of the exact one (relative).
    const payment = pv.times(i.plus(1)).div(annuity).times(1e9).toFixed(2);
    const result = apr({
      advances: [{ amount: '1000000000000', date: '2026-01-01' }, { amount: '1000000000000', date: '2026-02-01' }],
      currency: 'USD',
      payments: [{ amount: payment, count: 12, frequency: 'monthly', firstDueDate: '2026-03-01' }],
    });
    expect(new D(result.periodicRate).minus('0.01').abs().lessThan('1e-14')).toBe(true);
    expect([result.aprPercent, result.regular, result.tolerancePercent]).toEqual(['12.00', false, '0.25']);
    expect(result.schedule.slice(0, 3).map((e) => [e.type, e.t, e.f])).toEqual([['advance', 0, '0'], ['advance', 1, '0'], ['payment', 2, '0']]);
  });

  it('counts a single payment due after more than a year in years and days / 365 ((b)(5)(v)(B))', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '1100.00', date: '2027-03-15' }] });
    expect([result.unitPeriod, result.unitPeriodBasis, result.schedule[1]?.t, result.schedule[1]?.f]).toEqual(['annually', 'termOfSinglePayment', 1, '73/365']);
    // 1100 = 1000 (1 + 73/365 i)(1 + i): 0.2 i^2 + 1.2 i - 0.1 = 0.
    expect(result.annualRate).toBe('0.082207001484488225125');
  });

  it('keeps month-end payments at one fraction: series anchored on the last day, or listed dates', () => {
    const series = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '260.00', count: 4, frequency: 'monthly', firstDueDate: '2026-01-31', anchorDay: 'last' }] });
    expect(series.schedule.slice(1).map((e) => [e.date, e.t, e.f])).toEqual([
      ['2026-01-31', 0, '16/30'],
      ['2026-02-28', 1, '16/30'],
      ['2026-03-31', 2, '16/30'],
      ['2026-04-30', 3, '16/30'],
    ]);
    const listed = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', currency: 'USD', payments: ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'].map((date) => ({ amount: '260.00', date })) });
    expect(listed).toEqual(series);
  });

  it('anchors a monthly series on the 31st through short months', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '340.00', count: 3, frequency: 'monthly', firstDueDate: '2026-01-31', anchorDay: 31 }] });
    expect(result.schedule.slice(1).map((e) => e.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    // January 1 to 31 is 30 days: 30/30 is a whole unit period.
    expect(result.schedule.slice(1).map((e) => [e.t, e.f])).toEqual([[1, '0'], [2, '0'], [3, '0']]);
  });

  it('builds semimonthly series on the 15th and the last day, and recognises them as semimonths', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-10', currency: 'USD', payments: [{ amount: '260.00', count: 4, frequency: 'semiMonthly', firstDueDate: '2026-01-15' }] });
    expect(result.schedule.slice(1).map((e) => [e.date, e.t, e.f])).toEqual([
      ['2026-01-15', 0, '5/15'],
      ['2026-01-31', 1, '5/15'],
      ['2026-02-15', 2, '5/15'],
      ['2026-02-28', 3, '5/15'],
    ]);
    const detected = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-10', currency: 'USD', payments: result.schedule.slice(1).map((e) => ({ amount: e.amount, date: e.date })) });
    expect([detected.unitPeriod, detected.aprPercent]).toEqual(['semiMonthly', result.aprPercent]);
  });

  it('uses the given semiMonthlyDays and the calendar frequency names', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-02', currency: 'USD', payments: [{ amount: '260.00', count: 4, frequency: 'semiMonthly', firstDueDate: '2026-01-20', semiMonthlyDays: [5, 20] }] });
    expect(result.schedule.slice(1).map((e) => e.date)).toEqual(['2026-01-20', '2026-02-05', '2026-02-20', '2026-03-05']);
    const second = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-02', currency: 'USD', payments: [{ amount: '510.00', count: 2, frequency: 'semiMonthly', firstDueDate: '2026-01-20' }] });
    // Without semiMonthlyDays, the days of arrears/calendar recurrences: [20 - 14, 20].
    expect(second.schedule.slice(1).map((e) => e.date)).toEqual(['2026-01-20', '2026-02-06']);
    const given = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-02', currency: 'USD', payments: [{ amount: '520.00', count: 3, frequency: 'semiMonthly', firstDueDate: '2026-02-28', semiMonthlyDays: [14, 'last'] }] });
    expect(given.schedule.slice(1).map((e) => e.date)).toEqual(['2026-02-28', '2026-03-14', '2026-03-31']);
    const last = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-02', currency: 'USD', payments: [{ amount: '520.00', count: 2, frequency: 'semiMonthly', firstDueDate: '2026-01-31' }] });
    expect(last.schedule.slice(1).map((e) => e.date)).toEqual(['2026-01-31', '2026-02-15']);
  });

  it('infers semimonthly days by the rule of arrears/calendar recurrences, as buildSchedule does', () => {
    for (const firstDueDate of ['2026-01-01', '2026-01-10', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-20', '2026-01-30', '2026-01-31', '2026-02-28', '2028-02-28', '2028-02-29']) {
      const dates = apr({ amountFinanced: '1000.00', advanceDate: '2025-12-20', currency: 'USD', payments: [{ amount: '90.00', count: 12, frequency: 'semiMonthly', firstDueDate }] }).schedule.slice(1).map((e) => e.date);
      expect(dates, firstDueDate).toEqual(recurrence({ frequency: 'semiMonthly', start: firstDueDate, count: 12 }));
      const plan = buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'semiMonthly', agreementDate: '2025-12-20', firstDueDate: firstDueDate, installments: 12 });
      expect(plan.installments.map((row) => row.dueDate), firstDueDate).toEqual(dates);
    }
  });

  it('steps day-based series', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '201.00', count: 5, frequency: { everyDays: 1 }, firstDueDate: '2026-01-02' }] });
    expect([result.unitPeriod, result.unitPeriodsPerYear, result.schedule.at(-1)?.date, result.schedule.at(-1)?.t]).toEqual([{ everyDays: 1 }, '365', '2026-01-06', 5]);
    const tenDays = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', unitPeriod: { everyDays: 10 }, payments: [{ amount: '340.00', count: 3, frequency: { everyDays: 10 }, firstDueDate: '2026-01-06' }] });
    expect(tenDays.schedule.slice(1).map((e) => [e.t, e.f])).toEqual([[0, '5/10'], [1, '5/10'], [2, '5/10']]);
    expect(tenDays.unitPeriodsPerYear).toBe('36.5');
  });

  it('picks the smaller of equally frequent common periods ((b)(4)(i)(A))', () => {
    const result = apr({
      amountFinanced: '1000.00',
      advanceDate: '2026-01-01', currency: 'USD',
      payments: ['2026-01-08', '2026-01-15', '2026-02-15', '2026-03-15'].map((date) => ({ amount: '260.00', date })),
    });
    expect([result.unitPeriod, result.unitPeriodBasis, result.regular]).toEqual(['weekly', 'smallestOfEquallyFrequentPeriods', false]);
  });

  it('rounds the average period to the nearest standard interval without a common period ((b)(4)(i)(B))', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: ['2026-01-21', '2026-02-15', '2026-03-17'].map((date) => ({ amount: '340.00', date })) });
    expect([result.unitPeriod, result.unitPeriodBasis]).toEqual(['fourWeekly', 'averageOfPeriods']);
    // 10 and 11 days average 10.5, equally near a week and two weeks: the lower.
    const tie = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: ['2026-01-11', '2026-01-22'].map((date) => ({ amount: '510.00', date })) });
    expect([tie.unitPeriod, tie.unitPeriodBasis]).toEqual(['weekly', 'averageOfPeriods']);
  });

  it('names periods that are two standard intervals at once by the calendar reading', () => {
    // 2023-09-01 -> 2023-12-01 -> 2024-03-01: each 91 days, both 13 weeks and 3 months.
    const quarter = apr({ amountFinanced: '1000.00', advanceDate: '2023-09-01', currency: 'USD', payments: ['2023-12-01', '2024-03-01'].map((date) => ({ amount: '510.00', date })) });
    expect([quarter.unitPeriod, quarter.unitPeriodBasis]).toEqual(['quarterly', 'mostFrequentPeriod']);
    // 14 days that also count as half months: two weeks.
    const biweek = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: ['2026-01-15', '2026-01-29'].map((date) => ({ amount: '510.00', date })) });
    expect([biweek.unitPeriod, biweek.unitPeriodBasis]).toEqual(['biweekly', 'mostFrequentPeriod']);
  });

  it('names multiples of weeks, months and days', () => {
    expect(apr({ ...c1i, unitPeriod: { everyWeeks: 3 } }).unitPeriod).toEqual({ everyWeeks: 3 });
    expect(apr({ ...c1i, unitPeriod: { everyMonths: 5 } })).toMatchObject({ unitPeriod: { everyMonths: 5 }, unitPeriodsPerYear: '2.4' });
    expect(apr({ ...c1i, unitPeriod: 'annually' })).toMatchObject({ unitPeriod: 'annually', unitPeriodsPerYear: '1' });
    expect(apr({ ...c1i, unitPeriod: 'fourWeekly' }).unitPeriod).toBe('fourWeekly');
    // A multiple that has a name comes back by the name; six months is semiAnnually.
    expect(apr({ ...c1i, unitPeriod: { everyWeeks: 2 } }).unitPeriod).toBe('biweekly');
    expect(apr({ ...c1i, unitPeriod: 'semiAnnually' })).toMatchObject({ unitPeriod: 'semiAnnually', unitPeriodsPerYear: '2' });
    expect(apr({ ...c1i, unitPeriod: { everyMonths: 6 } }).unitPeriod).toBe('semiAnnually');
  });

  it('counts a remainder of 365 days or more as one more year', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2024-01-01', currency: 'USD', payments: [{ amount: '1200.00', date: '2025-12-31' }] });
    expect(result.schedule[1]).toMatchObject({ t: 2, f: '0' });
  });

  it('uses a given unit period and says so', () => {
    const result = apr({ ...c1i, unitPeriod: 'semiMonthly' });
    expect([result.unitPeriod, result.unitPeriodBasis, result.unitPeriodsPerYear]).toEqual(['semiMonthly', 'given', '24']);
    expect(result.schedule[1]).toMatchObject({ t: 2, f: '0' });
    expect(Math.abs(Number(result.annualRate) - Number(apr(c1i).annualRate))).toBeLessThan(0.001);
  });

  it('treats odd first and final payments as regular but odd middle payments and intervals as irregular', () => {
    const base = { amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD' };
    const dates = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'];
    const pay = (amounts: string[], ds = dates): AprInput => ({ ...base, payments: amounts.map((amount, k) => ({ amount, date: ds[k] ?? '' })) });
    expect(apr(pay(['300.00', '260.00', '260.00', '200.00'])).regular).toBe(true);
    expect(apr(pay(['260.00', '300.00', '260.00', '260.00'])).regular).toBe(false);
    expect(apr(pay(['260.00', '260.00', '260.00', '260.00'], ['2026-02-01', '2026-03-01', '2026-03-15', '2026-04-15'])).regular).toBe(false);
    expect(apr(pay(['260.00', '260.00', '260.00', '260.00'], ['2026-02-01', '2026-03-01', '2026-03-01', '2026-04-01'])).regular).toBe(false);
    expect(apr({ ...base, payments: [{ amount: '1100.00', date: '2026-07-01' }] }).regular).toBe(true);
  });

  it('gives payments on the same date the same counts', () => {
    const result = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '500.00', date: '2026-02-01' }, { amount: '510.00', date: '2026-02-01' }] });
    expect(result.schedule.slice(1).map((e) => [e.t, e.f])).toEqual([[1, '0'], [1, '0']]);
    expect(result.aprPercent).toBe('12.00');
  });

  it('writes totals with the currency minor unit', () => {
    const jpy = apr({ amountFinanced: '100000', advanceDate: '2026-01-01', currency: 'JPY', payments: [{ amount: '8885.0', count: 12, frequency: 'monthly', firstDueDate: '2026-02-01' }] });
    expect([jpy.amountFinanced, jpy.totalOfPayments, jpy.financeCharge, jpy.schedule[1]?.amount, jpy.aprPercent]).toEqual(['100000', '106620', '6620', '8885', '12.00']);
    const usd = apr({ advances: [{ amount: '600', date: '2026-01-01' }, { amount: '400.5', date: '2026-01-01' }], currency: 'USD', payments: [{ amount: '1010.5', date: '2026-02-01' }] });
    expect([usd.amountFinanced, usd.schedule.map((e) => e.amount), usd.regular]).toEqual(['1000.50', ['600.00', '400.50', '1010.50'], true]);
    expect(codeOf(() => apr({ advances: [{ amount: '600.001', date: '2026-01-01' }], currency: 'USD', payments: [{ amount: '1010.5', date: '2026-02-01' }] }))).toMatchObject({ code: 'MONEY_TOO_MANY_DECIMALS', path: ['advances', 0, 'amount'] });
    const plain = apr({ amountFinanced: '1000', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '1010.5', date: '2026-02-01' }] });
    expect([plain.amountFinanced, plain.totalOfPayments, plain.financeCharge]).toEqual(['1000.00', '1010.50', '10.50']);
  });

  it('sums 30-digit amounts exactly: 10^27 + 0.0001 advanced is more than 2 x 5 x 10^26 paid', () => {
    const huge = `1${'0'.repeat(27)}.0001`;
    const half = `5${'0'.repeat(26)}`;
    const payments = [{ amount: half, date: '2026-02-01' }, { amount: half, date: '2026-03-01' }];
    expect(codeOf(() => apr({ amountFinanced: huge, advanceDate: '2026-01-01', currency: 'CLF', payments }))).toMatchObject({ code: 'PLAN_APR_PAYMENTS_BELOW_ADVANCES' });
    const even = apr({ amountFinanced: `1${'0'.repeat(27)}`, advanceDate: '2026-01-01', currency: 'CLF', payments });
    expect([even.annualRate, even.financeCharge]).toEqual(['0', '0.0000']);
  });

  it('handles long daily streams and very high rates', () => {
    const daily = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '3.00', count: 400, frequency: { everyDays: 1 }, firstDueDate: '2026-01-02' }] });
    expect(Number(daily.annualRate)).toBeGreaterThan(0.3);
    expect(Number(daily.annualRate)).toBeLessThan(0.4);
    expect(daily.schedule.at(-1)).toMatchObject({ date: '2027-02-05', t: 400, f: '0' });
    const payday = apr({ amountFinanced: '100.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '115.00', date: '2026-01-15' }] });
    // 15 / 100 over 14 days: 0.15 x 365 / 14.
    expect(payday.aprPercent).toBe('391.07');
    expect(payday.unitPeriod).toEqual({ everyDays: 14 });
  });

  describe('rejects bad input', () => {
    const cases: Array<[string, unknown, string, string]> = [
      ['empty payments', { ...c1i, payments: [] }, 'ValidationError', 'INPUT_OUT_OF_RANGE'],
      ['a zero payment', { ...c1i, payments: [{ amount: '0.00', date: '1978-02-10' }] }, 'ValidationError', 'MONEY_NOT_POSITIVE'],
      ['a negative amount financed', { ...c1i, amountFinanced: '-5000.00' }, 'ValidationError', 'MONEY_NOT_POSITIVE'],
      ['a malformed amount', { ...c1i, amountFinanced: '5e3' }, 'ValidationError', 'MONEY_INVALID_AMOUNT'],
      ['a number amount', { ...c1i, amountFinanced: 5000 }, 'ValidationError', 'INPUT_INVALID_TYPE'],
      ['NaN', { ...c1i, amountFinanced: Number.NaN }, 'ValidationError', 'INPUT_INVALID_TYPE'],
      ['a huge amount', { ...c1i, amountFinanced: '1'.repeat(40) }, 'ValidationError', 'MONEY_AMOUNT_TOO_LARGE'],
      ['an empty string', { ...c1i, advanceDate: '' }, 'ValidationError', 'CALENDAR_INVALID_DATE'],
      ['a bad date', { ...c1i, advanceDate: '1978-02-30', currency: 'USD' }, 'ValidationError', 'CALENDAR_INVALID_DATE'],
      ['both kinds of credit', { ...c1i, advances: [{ amount: '1.00', date: '1978-01-10' }] }, 'ValidationError', 'PLAN_APR_INVALID_ADVANCES'],
      ['no credit', { currency: 'USD', payments: c1i.payments }, 'ValidationError', 'PLAN_APR_INVALID_ADVANCES'],
      ['an amount without its date', { amountFinanced: '5000.00', currency: 'USD', payments: c1i.payments }, 'ValidationError', 'PLAN_APR_INVALID_ADVANCES'],
      ['a date without its amount', { advanceDate: '1978-01-10', currency: 'USD', payments: c1i.payments }, 'ValidationError', 'PLAN_APR_INVALID_ADVANCES'],
      ['an unknown unit period', { ...c1i, unitPeriod: 'fortnight' }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['a 12-month unit period', { ...c1i, unitPeriod: { everyMonths: 12 } }, 'ValidationError', 'INPUT_OUT_OF_RANGE'],
      ['an old unit-period name', { ...c1i, unitPeriod: 'month' }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['an old multiple name', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: '4-week', firstDueDate: '1978-02-10' }] }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['a bigint frequency (its message must not call JSON.stringify on it)', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 10n, firstDueDate: '1978-02-10' }] }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['two multiples at once', { ...c1i, unitPeriod: { everyWeeks: 2, everyDays: 14 } }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['no currency', { amountFinanced: '5000.00', advanceDate: '1978-01-10', payments: c1i.payments }, 'ValidationError', 'INPUT_MISSING'],
      ['an unknown frequency', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'often', firstDueDate: '1978-02-10' }] }, 'ValidationError', 'PLAN_UNKNOWN_UNIT_PERIOD'],
      ['anchorDay on a weekly series', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'weekly', firstDueDate: '1978-02-10', anchorDay: 10 }] }, 'ValidationError', 'PLAN_INVALID_PAYMENT_SERIES'],
      ['semiMonthlyDays on a monthly series', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10', semiMonthlyDays: [1, 16] }] }, 'ValidationError', 'PLAN_INVALID_PAYMENT_SERIES'],
      ['a firstDueDate off the anchor day', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10', anchorDay: 31 }] }, 'ValidationError', 'PLAN_INVALID_PAYMENT_SERIES'],
      ['a firstDueDate off the semimonthly days', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'semiMonthly', firstDueDate: '1978-02-10', semiMonthlyDays: [1, 16] }] }, 'ValidationError', 'PLAN_INVALID_PAYMENT_SERIES'],
      ['too many payments', { ...c1i, payments: [{ amount: '1.00', count: 6000, frequency: { everyDays: 1 }, firstDueDate: '1978-02-10' }, { amount: '1.00', count: 6000, frequency: { everyDays: 1 }, firstDueDate: '1978-02-10' }] }, 'ValidationError', 'PLAN_TOO_MANY_FLOWS'],
      ['a count of zero', { ...c1i, payments: [{ amount: '230.00', count: 0, frequency: 'monthly', firstDueDate: '1978-02-10' }] }, 'ValidationError', 'INPUT_OUT_OF_RANGE'],
      ['an unknown key', { ...c1i, rate: '0.1' }, 'ValidationError', 'INPUT_UNRECOGNIZED_KEYS'],
      ['too many decimals for the currency', { ...c1i, currency: 'USD', amountFinanced: '5000.001' }, 'ValidationError', 'MONEY_TOO_MANY_DECIMALS'],
      ['an unknown currency', { ...c1i, currency: 'usd' }, 'ValidationError', 'MONEY_UNKNOWN_CURRENCY'],
      ['a malformed disclosed APR', { ...c1i, disclosedAprRate: '0,0969' }, 'ValidationError', 'MONEY_INVALID_DECIMAL'],
      ['a payment before the advance', { ...c1i, payments: [{ amount: '6000.00', date: '1978-01-09' }] }, 'DomainRuleError', 'PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE'],
      ['a payment on the advance date', { ...c1i, payments: [{ amount: '6000.00', date: '1978-01-10' }] }, 'DomainRuleError', 'PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE'],
      ['payments below the amount financed', { ...c1i, payments: [{ amount: '200.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] }, 'DomainRuleError', 'PLAN_APR_PAYMENTS_BELOW_ADVANCES'],
      ['a series past 9999', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'annually', firstDueDate: '9990-02-10' }] }, 'DomainRuleError', 'PLAN_DATE_OUT_OF_RANGE'],
      ['a weekly series past 9999', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'weekly', firstDueDate: '9999-12-01' }] }, 'DomainRuleError', 'PLAN_DATE_OUT_OF_RANGE'],
      ['a semimonthly series past 9999', { ...c1i, payments: [{ amount: '230.00', count: 24, frequency: 'semiMonthly', firstDueDate: '9999-12-01' }] }, 'DomainRuleError', 'PLAN_DATE_OUT_OF_RANGE'],
      ['null', null, 'ValidationError', 'INPUT_INVALID_TYPE'],
      ['a string', 'apr', 'ValidationError', 'INPUT_INVALID_TYPE'],
      ['an array of payments of the wrong type', { ...c1i, payments: [42] }, 'ValidationError', 'INPUT_INVALID_VALUE'],
    ];
    for (const [what, input, name, code] of cases) {
      it(`throws ${name} ${code} for ${what}`, () => {
        expect(codeOf(() => apr(input as AprInput))).toMatchObject({ name, code });
      });
    }

    it('names the offending field in the path and the message', () => {
      const error = codeOf(() => apr({ ...c1i, payments: [{ amount: '230.00', date: '1978-02-10' }, { amount: 'x', date: '1978-03-10' }] }));
      expect(error.path).toEqual(['payments', 1, 'amount']);
      try {
        apr({ ...c1i, payments: [{ amount: '6000.00', date: '1978-01-09' }] });
      } catch (e) {
        expect(e).toBeInstanceOf(DomainRuleError);
        expect((e as Error).message).toContain('1978-01-09');
      }
      try {
        apr({ ...c1i, amountFinanced: '0' });
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as Error).message).toMatch(/amountFinanced.*positive/);
      }
    });
  });
});

describe('AprInputSchema', () => {
  it('reports a bad currency without throwing (shrunk counterexample of the junk property)', () => {
    expect(AprInputSchema.safeParse({ ...c1i, currency: '' }).success).toBe(false);
    expect(AprInputSchema.safeParse({ ...c1i, currency: 'USD' }).success).toBe(true);
  });
});

describe('safeApr', () => {
  it('returns the result as data', () => {
    expect(safeApr(c1i)).toEqual({ success: true, data: apr(c1i) });
  });

  it('returns validation and domain errors as values', () => {
    const bad = safeApr({ ...c1i, amountFinanced: 5000 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('INPUT_INVALID_TYPE');
    const below = safeApr({ ...c1i, amountFinanced: '99999.00' });
    expect(below.success === false && below.error.code).toBe('PLAN_APR_PAYMENTS_BELOW_ADVANCES');
  });

  it('uses the calendar dates it is given without host-zone drift', () => {
    expect(safeApr({ amountFinanced: '100.00', advanceDate: '2026-03-07', currency: 'USD', payments: [{ amount: '101.00', date: addDays('2026-03-07', 7) }] }).success).toBe(true);
  });
});
