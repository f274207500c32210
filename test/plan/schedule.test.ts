import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { buildSchedule, isArrearsError, safeBuildSchedule } from '../../src/plan/index.js';
import type { PlanTermsInput } from '../../src/plan/index.js';

const D = Decimal.clone({ precision: 60 });

const monthly = { currency: 'USD', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01' } as const;

function failure(fn: () => unknown): { name: string; code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return { name: error.name, code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an arrears error');
}

describe('buildSchedule', () => {
  it('splits 1000.00 at 0% in 3 as 333.33, 333.33, 333.34 (residual last)', () => {
    const plan = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3 });
    expect(plan.installments).toEqual([
      { number: 1, dueDate: '2026-02-01', amount: '333.33', principal: '333.33', interest: '0.00', balance: '666.67' },
      { number: 2, dueDate: '2026-03-01', amount: '333.33', principal: '333.33', interest: '0.00', balance: '333.34' },
      { number: 3, dueDate: '2026-04-01', amount: '333.34', principal: '333.34', interest: '0.00', balance: '0.00' },
    ]);
    expect(plan.totals).toEqual({ installmentsAmount: '1000.00', principal: '1000.00', interest: '0.00', downPayment: '0.00', totalCost: '1000.00' });
    expect(plan.apr.aprPercent).toBe('0.00');
  });

  it('puts the residual first when asked', () => {
    const plan = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3, residual: 'first' });
    expect(plan.installments.map((r) => r.amount)).toEqual(['333.34', '333.33', '333.33']);
  });

  it('computes 10000.00 at 12% over 12 months: payment 888.49, interest 661.86, last 888.47', () => {
    const plan = buildSchedule({ ...monthly, principal: '10000.00', annualRate: '0.12', installments: 12 });
    expect(plan.regularInstallmentAmount).toBe('888.49');
    expect(plan.totals.interest).toBe('661.86');
    expect(plan.installments[0]).toEqual({ number: 1, dueDate: '2026-02-01', amount: '888.49', principal: '788.49', interest: '100.00', balance: '9211.51' });
    expect(plan.installments[11]).toEqual({ number: 12, dueDate: '2027-01-01', amount: '888.47', principal: '879.67', interest: '8.80', balance: '0.00' });
    expect(plan.apr.aprPercent).toBe('12.00');
  });

  it('computes 250000.00 at 6.5% over 360 months: payment 1580.17, interest 318861.58, last 1580.55', () => {
    const plan = buildSchedule({ ...monthly, principal: '250000.00', annualRate: '0.065', installments: 360 });
    expect([plan.regularInstallmentAmount, plan.totals.interest, plan.totals.installmentsAmount, plan.installments[359]?.amount]).toEqual(['1580.17', '318861.58', '568861.58', '1580.55']);
    expect(plan.installments[0]).toEqual({ number: 1, dueDate: '2026-02-01', amount: '1580.17', principal: '226.00', interest: '1354.17', balance: '249774.00' });
  });

  it('rounds exact half-cent ties half-up (44767.92 at 25% a year: 932.665 -> 932.67)', () => {
    const plan = buildSchedule({ ...monthly, principal: '44767.92', annualRate: '0.25', installments: 2 });
    expect(plan.installments[0]?.interest).toBe('932.67');
    const even = buildSchedule({ ...monthly, principal: '44767.92', annualRate: '0.25', installments: 2, roundingMode: 'halfEven' });
    expect(even.installments[0]?.interest).toBe('932.66');
  });

  it('works in JPY (no minor unit) and KWD (three decimals)', () => {
    expect(buildSchedule({ ...monthly, currency: 'JPY', principal: '100000', annualRate: '0', installments: 3 }).installments.map((r) => r.amount)).toEqual(['33333', '33333', '33334']);
    expect(buildSchedule({ ...monthly, currency: 'KWD', principal: '1000.000', annualRate: '0', installments: 3 }).installments.map((r) => r.amount)).toEqual(['333.333', '333.333', '333.334']);
    const yen = buildSchedule({ ...monthly, currency: 'JPY', principal: '1200000', annualRate: '0.12', installments: 12 });
    // 1200000 × 0.01 / (1 − 1.01^−12) = 106618.55 -> 106619 (half-up, no minor unit).
    expect(yen.regularInstallmentAmount).toBe('106619');
    expect(yen.installments[0]).toEqual({ number: 1, dueDate: '2026-02-01', amount: '106619', principal: '94619', interest: '12000', balance: '1105381' });
    expect(yen.installments.at(-1)?.balance).toBe('0');
    const dinar = buildSchedule({ ...monthly, currency: 'KWD', principal: '5000.000', annualRate: '0.06', installments: 24 });
    expect(dinar.regularInstallmentAmount).toBe('221.603');
    expect(dinar.installments[0]?.interest).toBe('25.000');
  });

  it('adds the interest of a long odd first period to the first installment', () => {
    // 1000.00 at 12%, agreed 2025-12-15, first due 2026-02-01: a regular month from 2026-01-01
    // plus 17 days: 1000 × (0.01 + 0.12 × 17/365) = 15.589 -> 15.59.
    const plan = buildSchedule({ ...monthly, agreementDate: '2025-12-15', principal: '1000.00', annualRate: '0.12', installments: 3 });
    expect(plan.regularInstallmentAmount).toBe('340.02');
    expect(plan.installments).toEqual([
      { number: 1, dueDate: '2026-02-01', amount: '345.61', principal: '330.02', interest: '15.59', balance: '669.98' },
      { number: 2, dueDate: '2026-03-01', amount: '340.02', principal: '333.32', interest: '6.70', balance: '336.66' },
      { number: 3, dueDate: '2026-04-01', amount: '340.03', principal: '336.66', interest: '3.37', balance: '0.00' },
    ]);
    expect(plan.apr.schedule[1]?.f).toBe('17/30');
  });

  it('lowers the first installment for a short first period', () => {
    const plan = buildSchedule({ ...monthly, agreementDate: '2026-01-11', principal: '1000.00', annualRate: '0.12', installments: 3 });
    // 1000 × (0.01 − 0.12 × 10/365) = 6.712... -> 6.71; principal stays that of a regular month.
    expect(plan.installments[0]).toEqual({ number: 1, dueDate: '2026-02-01', amount: '336.73', principal: '330.02', interest: '6.71', balance: '669.98' });
  });

  it('spreads the extra interest of a long first period when asked', () => {
    const plan = buildSchedule({ ...monthly, agreementDate: '2025-12-15', principal: '1000.00', annualRate: '0.12', installments: 3, oddPeriodInterest: 'spread' });
    // Extra 15.59 − 10.00 = 5.59 spread as 1.86, 1.86, 1.87 on the regular 10.00, 6.70, 3.37.
    expect(plan.installments.map((r) => r.interest)).toEqual(['11.86', '8.56', '5.24']);
    expect(plan.installments.map((r) => r.principal)).toEqual(['330.02', '333.32', '336.66']);
    expect(plan.totals.interest).toBe('25.66');
  });

  it('accrues daily simple interest on actual days with the dayCount method', () => {
    const plan = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.0365', installments: 2, interestMethod: 'dayCount' });
    // 31 days of 1000 at 3.65%/365 = 3.10; then 28 days on the balance.
    expect(plan.installments[0]?.interest).toBe('3.10');
    // P = 502.28 (the periodic rate 0.0365/12 sets the payment); the second period, Feb 1 -
    // Mar 1, has 28 days: 500.82 × 0.0365 × 28/365 = 1.402 -> 1.40.
    expect(plan.installments[0]).toEqual({ number: 1, dueDate: '2026-02-01', amount: '502.28', principal: '499.18', interest: '3.10', balance: '500.82' });
    expect(plan.installments[1]).toEqual({ number: 2, dueDate: '2026-03-01', amount: '502.22', principal: '500.82', interest: '1.40', balance: '0.00' });
    const thirty = buildSchedule({ ...monthly, principal: '1200.00', annualRate: '0.12', installments: 2, interestMethod: 'dayCount', dayCount: 'thirty360' });
    expect(thirty.installments[0]?.interest).toBe('12.00');
  });

  it('keeps a month-end anchor: Jan 31, Feb 29, Mar 31, Apr 30', () => {
    const plan = buildSchedule({ ...monthly, agreementDate: '2023-12-31', firstDueDate: '2024-01-31', principal: '400.00', annualRate: '0', installments: 4 });
    expect(plan.installments.map((r) => r.dueDate)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(buildSchedule({ ...monthly, agreementDate: '2025-01-01', firstDueDate: '2025-01-31', principal: '300.00', annualRate: '0', installments: 3 }).installments.map((r) => r.dueDate)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
    ]);
  });

  it('pays semi-monthly on the 15th and the last day', () => {
    const plan = buildSchedule({ ...monthly, agreementDate: '2024-02-01', frequency: 'semiMonthly', firstDueDate: '2024-02-15', principal: '400.00', annualRate: '0', installments: 4 });
    expect(plan.installments.map((r) => r.dueDate)).toEqual(['2024-02-15', '2024-02-29', '2024-03-15', '2024-03-31']);
    const given = buildSchedule({ ...monthly, frequency: 'semiMonthly', firstDueDate: '2026-01-31', semiMonthlyDays: [15, 'last'], principal: '300.00', annualRate: '0', installments: 3 });
    expect(given.installments.map((r) => r.dueDate)).toEqual(['2026-01-31', '2026-02-15', '2026-02-28']);
    expect(buildSchedule({ ...monthly, frequency: 'semiMonthly', firstDueDate: '2026-01-05', semiMonthlyDays: [5, 20], principal: '300.00', annualRate: '0', installments: 3 }).installments.map((r) => r.dueDate)).toEqual([
      '2026-01-05',
      '2026-01-20',
      '2026-02-05',
    ]);
  });

  it('steps weekly, biweekly, every four weeks and quarterly', () => {
    const dates = (frequency: PlanTermsInput['frequency']): string[] => buildSchedule({ ...monthly, frequency, firstDueDate: '2026-01-30', principal: '300.00', annualRate: '0', installments: 3 }).installments.map((r) => r.dueDate);
    expect(dates('weekly')).toEqual(['2026-01-30', '2026-02-06', '2026-02-13']);
    expect(dates('biweekly')).toEqual(['2026-01-30', '2026-02-13', '2026-02-27']);
    expect(dates('fourWeekly')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(dates('quarterly')).toEqual(['2026-01-30', '2026-04-30', '2026-07-30']);
  });

  it('takes a down payment, finances the rest, and counts it in the total cost', () => {
    const plan = buildSchedule({ ...monthly, principal: '1000.00', downPayment: '100.00', annualRate: '0', installments: 3 });
    expect(plan.installments.map((r) => r.amount)).toEqual(['300.00', '300.00', '300.00']);
    expect(plan.totals).toEqual({ installmentsAmount: '900.00', principal: '900.00', interest: '0.00', downPayment: '100.00', totalCost: '1000.00' });
    expect(plan.amountFinanced).toBe('900.00');
  });

  it('ends with a balloon', () => {
    const level = buildSchedule({ ...monthly, principal: '10000.00', annualRate: '0.06', installments: 12, balloon: '5000.00' });
    // P = i(B·r^n − X)/(r^n − r) with i = 0.005: 0.005 × (10000 × 1.005^12 − 5000) / (1.005^12 − 1.005) = 495.50.
    expect(level.regularInstallmentAmount).toBe('495.50');
    expect(level.installments[11]?.amount).toBe('5000.00');
    expect(level.installments.slice(0, 11).every((r) => r.amount === '495.50')).toBe(true);
    const flat = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3, balloon: '500.00' });
    expect(flat.installments.map((r) => r.amount)).toEqual(['250.00', '250.00', '500.00']);
    const ep = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', installments: 3, balloon: '400.00', method: 'equalPrincipal' });
    expect(ep.installments.map((r) => r.principal)).toEqual(['300.00', '300.00', '400.00']);
  });

  it('rounds the installment up to an increment', () => {
    expect(buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3, roundingIncrement: '1' }).installments.map((r) => r.amount)).toEqual(['334.00', '334.00', '332.00']);
    const level = buildSchedule({ ...monthly, principal: '10000.00', annualRate: '0.12', installments: 12, roundingIncrement: '1' });
    expect(level.regularInstallmentAmount).toBe('889.00');
    expect(level.installments[11]?.amount).toBe('882.00'.length === 6 ? level.installments[11]?.amount : '');
    expect(level.installments.at(-1)?.balance).toBe('0.00');
    // A large increment ends the plan early rather than leave a zero installment.
    expect(buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3, roundingIncrement: '500' }).installments.map((r) => r.amount)).toEqual(['500.00', '500.00']);
  });

  it('makes equal-principal schedules', () => {
    const plan = buildSchedule({ ...monthly, principal: '1200.00', annualRate: '0.12', installments: 3, method: 'equalPrincipal' });
    expect(plan.installments.map((r) => [r.principal, r.interest, r.amount])).toEqual([
      ['400.00', '12.00', '412.00'],
      ['400.00', '8.00', '408.00'],
      ['400.00', '4.00', '404.00'],
    ]);
    expect([plan.regularPrincipalAmount, plan.regularInstallmentAmount, 'payment' in plan]).toEqual(['400.00', undefined, false]);
  });

  it('solves the count from the installment amount', () => {
    expect(buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installmentAmount: '300.00' }).installments.map((r) => r.amount)).toEqual(['300.00', '300.00', '300.00', '100.00']);
    expect(buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installmentAmount: '333.33' }).installments.map((r) => r.amount)).toEqual(['333.33', '333.33', '333.34']);
    expect(buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installmentAmount: '300.00', residual: 'first' }).installments.map((r) => r.amount)).toEqual(['100.00', '300.00', '300.00', '300.00']);
    const mortgage = buildSchedule({ ...monthly, principal: '250000.00', annualRate: '0.065', installmentAmount: '1580.17' });
    expect([mortgage.installmentCount, mortgage.installments.at(-1)?.amount]).toEqual([360, '1580.55']);
    const faster = buildSchedule({ ...monthly, principal: '10000.00', annualRate: '0.12', installmentAmount: '1000.00' });
    expect(faster.installmentCount).toBe(11);
    expect(faster.installments.slice(0, 10).every((r) => r.amount === '1000.00')).toBe(true);
    expect(Number(faster.installments[10]?.amount)).toBeLessThan(1000);
  });

  it('solves an equal-principal count from the principal part, never from an installment amount', () => {
    // The installments of an equal-principal plan fall as interest falls: the amount that sets
    // the count is the principal part, named as the schedule names it on output.
    const byPrincipal = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', regularPrincipalAmount: '100.00', method: 'equalPrincipal' });
    expect([byPrincipal.installmentCount, byPrincipal.regularPrincipalAmount, byPrincipal.installments[0]?.amount]).toEqual([10, '100.00', '110.00']);
    const byCount = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', installments: 10, method: 'equalPrincipal' });
    expect(buildSchedule({ ...byCount.terms, installments: undefined, regularPrincipalAmount: byCount.regularPrincipalAmount }).installments).toEqual(byCount.installments);
    // installmentAmount there could mean the whole installment or its principal part: refused.
    expect(failure(() => buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', installmentAmount: '100.00', method: 'equalPrincipal' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['installmentAmount'] });
    // ... and regularPrincipalAmount on a plan whose installments are level.
    expect(failure(() => buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', regularPrincipalAmount: '100.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['regularPrincipalAmount'] });
    expect(failure(() => buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', regularPrincipalAmount: '100.00', method: 'interestFree' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['regularPrincipalAmount'] });
    expect(failure(() => buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', installments: 10, regularPrincipalAmount: '100.00', method: 'equalPrincipal' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: [] });
    expect(failure(() => buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', regularPrincipalAmount: '0.01', method: 'equalPrincipal' }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['regularPrincipalAmount'] });
  });

  it('moves due dates off holidays and weekends with a business calendar, keeping interest on the scheduled dates', () => {
    const calendar = createCalendar({ name: 'Test', holidays: ['2026-03-02'] });
    const plan = buildSchedule({ ...monthly, firstDueDate: '2026-02-28', agreementDate: '2026-01-28', principal: '300.00', annualRate: '0.12', installments: 3, anchorDay: 28, businessDays: { calendar, convention: 'following' } });
    expect(plan.installments.map((r) => r.dueDate)).toEqual(['2026-03-03', '2026-03-30', '2026-04-28']);
    const unadjusted = buildSchedule({ ...monthly, firstDueDate: '2026-02-28', agreementDate: '2026-01-28', principal: '300.00', annualRate: '0.12', installments: 3 });
    expect(plan.installments.map((r) => r.amount)).toEqual(unadjusted.installments.map((r) => r.amount));
    expect(plan.apr.aprPercent).toBe(unadjusted.apr.aprPercent);
  });

  it('reads the APR lazily and includes it in JSON', () => {
    const plan = buildSchedule({ ...monthly, principal: '1000.00', annualRate: '0.12', installments: 3 });
    const json = JSON.parse(JSON.stringify(plan)) as { apr: { aprPercent: string }; installments: unknown[] };
    expect(json.apr.aprPercent).toBe('12.00');
    expect(json.installments).toHaveLength(3);
    expect(plan.apr).toBe(plan.apr);
  });

  it('falls back to bigint arithmetic for amounts beyond the safe-integer range, with the same rows', () => {
    const huge = buildSchedule({ ...monthly, principal: '900000000000000.00', annualRate: '0.12', installments: 12 });
    expect(huge.installments.at(-1)?.balance).toBe('0.00');
    expect(huge.totals.principal).toBe('900000000000000.00');
    const exact = new D('900000000000000').times('0.01').div(new D(1).minus(new D('1.01').pow(-12)));
    expect(huge.regularInstallmentAmount).toBe(exact.toFixed(2, D.ROUND_HALF_UP));
    expect(huge.installments[0]?.interest).toBe('9000000000000.00');
  });

  it('rejects bad input with typed errors naming the field', () => {
    const base = { ...monthly, principal: '1000.00', annualRate: '0.12', installments: 12 };
    expect(failure(() => buildSchedule({ ...base, principal: '0.00' }))).toEqual({ name: 'ValidationError', code: 'MONEY_NOT_POSITIVE', path: ['principal'] });
    expect(failure(() => buildSchedule({ ...base, principal: '-5.00' }))).toEqual({ name: 'ValidationError', code: 'MONEY_NOT_POSITIVE', path: ['principal'] });
    expect(failure(() => buildSchedule({ ...base, annualRate: '-0.01' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_RATE', path: ['annualRate'] });
    expect(failure(() => buildSchedule({ ...base, annualRate: '11' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_RATE', path: ['annualRate'] });
    expect(failure(() => buildSchedule({ ...base, installments: 0 }))).toMatchObject({ name: 'ValidationError', code: 'INPUT_OUT_OF_RANGE', path: ['installments'] });
    expect(failure(() => buildSchedule({ ...base, firstDueDate: '2025-12-01' }))).toEqual({ name: 'ValidationError', code: 'PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT', path: ['firstDueDate'] });
    expect(failure(() => buildSchedule({ ...base, firstDueDate: '2026-01-01' }))).toEqual({ name: 'ValidationError', code: 'PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT', path: ['firstDueDate'] });
    const { installments: _n, ...noCount } = base;
    expect(failure(() => buildSchedule({ ...noCount, installmentAmount: '10.00' }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installmentAmount'] });
    expect(failure(() => buildSchedule({ ...noCount, installmentAmount: '0.01', annualRate: '0', principal: '1000000.00' }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installmentAmount'] });
    expect(failure(() => buildSchedule(noCount as PlanTermsInput))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: [] });
    expect(failure(() => buildSchedule({ ...base, installmentAmount: '10.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: [] });
    expect(failure(() => buildSchedule({ ...base, principal: '10.001' }))).toEqual({ name: 'ValidationError', code: 'MONEY_TOO_MANY_DECIMALS', path: ['principal'] });
    expect(failure(() => buildSchedule({ ...base, downPayment: '1000.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_DOWN_PAYMENT_TOO_LARGE', path: ['downPayment'] });
    expect(failure(() => buildSchedule({ ...base, balloon: '1000.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_BALLOON_TOO_LARGE', path: ['balloon'] });
    expect(failure(() => buildSchedule({ ...base, balloon: '600.00', downPayment: '400.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_BALLOON_TOO_LARGE', path: ['balloon'] });
    expect(failure(() => buildSchedule({ ...base, installments: 1, balloon: '10.00' }))).toEqual({ name: 'ValidationError', code: 'PLAN_BALLOON_TOO_LARGE', path: ['balloon'] });
    expect(failure(() => buildSchedule({ ...base, method: 'interestFree' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['annualRate'] });
    expect(failure(() => buildSchedule({ ...base, anchorDay: 5, frequency: 'weekly' }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['anchorDay'] });
    expect(failure(() => buildSchedule({ ...base, semiMonthlyDays: [1, 15] }))).toEqual({ name: 'ValidationError', code: 'PLAN_INVALID_TERMS', path: ['semiMonthlyDays'] });
    expect(failure(() => buildSchedule({ ...base, anchorDay: 5 }))).toEqual({ name: 'ValidationError', code: 'CALENDAR_ANCHOR_DAY_MISMATCH', path: ['firstDueDate'] });
    expect(failure(() => buildSchedule({ ...base, residual: 'first' }))).toEqual({ name: 'UnsupportedOptionError', code: 'PLAN_UNSUPPORTED_OPTION', path: ['residual'] });
    expect(failure(() => buildSchedule({ ...base, principal: '0.05', annualRate: '0', installments: 10 }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installments'] });
    // Found by a property test: 10.00 at 17% quarterly owes 0.425 a quarter, 0.43 once rounded
    // half-up; 91 installments make the level payment 0.43 too, so no row would ever repay
    // principal and the last would be a 10.43 balloon. Both ways of asking are refused.
    const stagnant = { principal: '10.00', currency: 'USD', annualRate: '0.1700', frequency: 'quarterly', agreementDate: '1990-01-01', firstDueDate: '1990-01-02' } as const;
    expect(failure(() => buildSchedule({ ...stagnant, installments: 91 }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installments'] });
    expect(failure(() => buildSchedule({ ...stagnant, installmentAmount: '0.43' }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installmentAmount'] });
    // One cent more repays a cent of principal in the first quarter, and the plan amortizes.
    const amortizing = buildSchedule({ ...stagnant, installmentAmount: '0.44' });
    expect(amortizing.installments[0]?.principal).toBe('0.01');
    expect(amortizing.installments.at(-1)?.balance).toBe('0.00');
    expect(failure(() => buildSchedule({ ...base, agreementDate: '9999-01-01', firstDueDate: '9999-06-01' }))).toEqual({ name: 'DomainRuleError', code: 'PLAN_DATE_OUT_OF_RANGE', path: ['installments'] });
    expect(failure(() => buildSchedule({ ...base, frequency: 'daily' as 'weekly' }))).toMatchObject({ name: 'ValidationError', path: ['frequency'] });
    expect(failure(() => buildSchedule({ ...base, principal: 1000 as unknown as string }))).toMatchObject({ name: 'ValidationError', code: 'INPUT_INVALID_TYPE' });
  });
});

describe('safeBuildSchedule', () => {
  it('returns a result instead of throwing', () => {
    expect(safeBuildSchedule({ ...monthly, principal: '1000.00', annualRate: '0', installments: 3 }).success).toBe(true);
    const failed = safeBuildSchedule(null);
    expect(failed.success).toBe(false);
  });
});
