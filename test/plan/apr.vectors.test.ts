import { describe, expect, it } from 'vitest';
import { apr } from '../../src/plan/index.js';
import type { AprFrequency, AprInput, AprResult } from '../../src/plan/index.js';
import { addDays } from '../../src/calendar/index.js';
import { aprWith } from '../../src/plan/apr.js';
import { solvePeriodicRate } from '../../src/plan/apr-solver.js';

// Every worked example of Regulation Z, Appendix J (12 CFR 1026, App. J (c)(1)-(c)(6)),
// reproduced to its published precision: the APR to two decimals ("the annual percentage rate
// obtained, when rounded to 2 decimals, is correct", App. J (b)(9)), the unit period, the
// unit periods per year and the published t and f of the first payment of each series.
//
// Inputs: amounts, counts, unit periods and published t/f are those of the regulation. The
// dates of (c)(1)-(c)(5)(i) are the regulation's 1978 dates. For (c)(5)(ii)-(iv) and (c)(6) the
// dates are reconstructed so that Appendix J (b)(5) yields exactly the published t and f (the
// equation only sees t and f); the tests assert those counts, so a wrong reconstruction fails.
//
// As a second, independent oracle, the annual rate is also recomputed here in binary floating
// point by bisection on the published t/f and must agree with annualRate to 1e-9.

interface Vector {
  readonly id: string;
  readonly input: AprInput;
  readonly aprPercent: string;
  readonly unitPeriod: AprFrequency;
  readonly unitPeriodsPerYear: string;
  readonly regular: boolean;
  /** [date, t, f] of published payments (first of each series). */
  readonly counts: ReadonlyArray<readonly [string, number, string]>;
}

const fourWeekly = (start: string, offsets: number[]): Array<{ amount: string; date: string }> => offsets.map((o) => ({ amount: '100.00', date: addDays(start, o) }));
const run = (first: number, count: number): number[] => Array.from({ length: count }, (_, k) => first + 28 * k);

const vectors: Vector[] = [
  {
    id: '(c)(1)(i) monthly payments, regular first period',
    input: { amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] },
    aprPercent: '9.69', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: true,
    counts: [['1978-02-10', 1, '0'], ['1980-01-10', 24, '0']],
  },
  {
    id: '(c)(1)(ii) monthly payments, long first period',
    input: { amountFinanced: '6000.00', advanceDate: '1978-02-10', currency: 'USD', payments: [{ amount: '200.00', count: 36, frequency: 'monthly', firstDueDate: '1978-04-01' }] },
    aprPercent: '11.82', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: true,
    counts: [['1978-04-01', 1, '19/30'], ['1981-03-01', 36, '19/30']],
  },
  {
    id: '(c)(1)(iii) semimonthly payments, short first period',
    input: { amountFinanced: '5000.00', advanceDate: '1978-02-23', currency: 'USD', payments: [{ amount: '219.17', count: 24, frequency: 'semiMonthly', firstDueDate: '1978-03-01', semiMonthlyDays: [1, 16] }] },
    aprPercent: '10.34', unitPeriod: 'semiMonthly', unitPeriodsPerYear: '24', regular: true,
    counts: [['1978-03-01', 0, '6/15'], ['1978-03-16', 1, '6/15'], ['1979-02-16', 23, '6/15']],
  },
  {
    id: '(c)(1)(iv) quarterly payments, long first period',
    input: { amountFinanced: '10000.00', advanceDate: '1978-05-23', currency: 'USD', payments: [{ amount: '385.00', count: 40, frequency: 'quarterly', firstDueDate: '1978-10-01' }] },
    aprPercent: '8.97', unitPeriod: 'quarterly', unitPeriodsPerYear: '4', regular: true,
    counts: [['1978-10-01', 1, '39/90'], ['1988-07-01', 40, '39/90']],
  },
  {
    id: '(c)(1)(v) weekly payments, long first period',
    input: { amountFinanced: '500.00', advanceDate: '1978-03-20', currency: 'USD', payments: [{ amount: '17.60', count: 30, frequency: 'weekly', firstDueDate: '1978-04-21' }] },
    aprPercent: '14.96', unitPeriod: 'weekly', unitPeriodsPerYear: '52', regular: true,
    counts: [['1978-04-21', 4, '4/7']],
  },
  {
    id: '(c)(2)(i) monthly payments, regular first period, irregular first payment',
    input: {
      amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD',
      payments: [{ amount: '250.00', date: '1978-02-10' }, { amount: '230.00', count: 23, frequency: 'monthly', firstDueDate: '1978-03-10' }],
    },
    aprPercent: '10.08', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: true,
    counts: [['1978-02-10', 1, '0'], ['1978-03-10', 2, '0']],
  },
  {
    id: '(c)(2)(ii) payments every 4 weeks, long first period, irregular first payment',
    input: {
      amountFinanced: '400.00', advanceDate: '1978-03-18', currency: 'USD',
      payments: [{ amount: '39.50', date: '1978-04-20' }, { amount: '38.31', count: 11, frequency: 'fourWeekly', firstDueDate: '1978-05-18' }],
    },
    aprPercent: '28.50', unitPeriod: 'fourWeekly', unitPeriodsPerYear: '13', regular: true,
    counts: [['1978-04-20', 1, '5/28'], ['1978-05-18', 2, '5/28']],
  },
  {
    id: '(c)(3)(i) monthly payments, regular first period, irregular final payment',
    input: {
      amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD',
      payments: [{ amount: '230.00', count: 23, frequency: 'monthly', firstDueDate: '1978-02-10' }, { amount: '280.00', date: '1980-01-10' }],
    },
    aprPercent: '10.50', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: true,
    counts: [['1978-02-10', 1, '0'], ['1980-01-10', 24, '0']],
  },
  {
    id: '(c)(3)(ii) payments every 2 weeks, short first period, irregular final payment',
    input: {
      amountFinanced: '200.00', advanceDate: '1978-04-03', currency: 'USD',
      payments: [{ amount: '9.50', count: 19, frequency: 'biweekly', firstDueDate: '1978-04-11' }, { amount: '30.00', date: addDays('1978-04-11', 14 * 19) }],
    },
    aprPercent: '12.22', unitPeriod: 'biweekly', unitPeriodsPerYear: '26', regular: true,
    counts: [['1978-04-11', 0, '8/14'], [addDays('1978-04-11', 14 * 19), 19, '8/14']],
  },
  {
    id: '(c)(4)(i) monthly payments, regular first period, irregular first and final payments',
    input: {
      amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD',
      payments: [{ amount: '250.00', date: '1978-02-10' }, { amount: '230.00', count: 22, frequency: 'monthly', firstDueDate: '1978-03-10' }, { amount: '280.00', date: '1980-01-10' }],
    },
    aprPercent: '10.90', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: true,
    counts: [['1978-02-10', 1, '0'], ['1978-03-10', 2, '0'], ['1980-01-10', 24, '0']],
  },
  {
    id: '(c)(4)(ii) payments every 2 months, short first period, irregular first and final payments',
    input: {
      amountFinanced: '8000.00', advanceDate: '1978-01-10', currency: 'USD',
      payments: [{ amount: '449.36', date: '1978-03-01' }, { amount: '465.00', count: 18, frequency: { everyMonths: 2 }, firstDueDate: '1978-05-01' }, { amount: '200.00', date: '1981-05-01' }],
    },
    aprPercent: '7.30', unitPeriod: { everyMonths: 2 }, unitPeriodsPerYear: '6', regular: true,
    counts: [['1978-03-01', 0, '52/60'], ['1978-05-01', 1, '52/60'], ['1981-05-01', 19, '52/60']],
  },
  {
    id: '(c)(5)(i) single advance, single payment, term of less than 1 year measured in days',
    input: { amountFinanced: '1000.00', advanceDate: '1978-01-03', currency: 'USD', payments: [{ amount: '1080.00', date: '1978-09-15' }] },
    aprPercent: '11.45', unitPeriod: { everyDays: 255 }, unitPeriodsPerYear: '1.4313725490196078431', regular: true,
    counts: [['1978-09-15', 1, '0']],
  },
  {
    id: '(c)(5)(ii) single advance, single payment, term of less than 1 year measured in exact months',
    input: { amountFinanced: '1000.00', advanceDate: '1978-07-15', currency: 'USD', payments: [{ amount: '1044.00', date: '1979-01-15' }] },
    aprPercent: '8.80', unitPeriod: 'semiAnnually', unitPeriodsPerYear: '2', regular: true,
    counts: [['1979-01-15', 1, '0']],
  },
  {
    id: '(c)(5)(iii) single advance, single payment, term of more than 1 year measured in exact months',
    input: { amountFinanced: '1000.00', advanceDate: '1978-07-17', currency: 'USD', payments: [{ amount: '1135.19', date: '1980-01-17' }] },
    aprPercent: '8.76', unitPeriod: 'annually', unitPeriodsPerYear: '1', regular: true,
    counts: [['1980-01-17', 1, '6/12']],
  },
  {
    id: '(c)(5)(iv) single advance, single payment, term of 2 years',
    input: { amountFinanced: '1000.00', advanceDate: '1978-07-15', currency: 'USD', payments: [{ amount: '1240.00', date: '1980-07-15' }] },
    aprPercent: '11.36', unitPeriod: 'annually', unitPeriodsPerYear: '1', regular: true,
    counts: [['1980-07-15', 2, '0']],
  },
  {
    id: '(c)(6)(i) complex single advance: payments every 4 weeks with skipped periods',
    input: {
      amountFinanced: '2135.00', advanceDate: '1978-01-02', currency: 'USD',
      payments: fourWeekly('1978-01-02', [...run(26, 9), ...run(292, 6), ...run(474, 6), ...run(656, 3)]),
    },
    aprPercent: '12.00', unitPeriod: 'fourWeekly', unitPeriodsPerYear: '13', regular: false,
    counts: [[addDays('1978-01-02', 26), 0, '26/28'], [addDays('1978-01-02', 292), 10, '12/28'], [addDays('1978-01-02', 474), 16, '26/28'], [addDays('1978-01-02', 656), 23, '12/28']],
  },
  {
    id: '(c)(6)(ii) complex single advance: skipped payments and single payments',
    input: {
      amountFinanced: '7350.00', advanceDate: '1978-01-20', currency: 'USD',
      payments: [
        { amount: '1000.00', count: 3, frequency: 'monthly', firstDueDate: '1978-08-01' },
        { amount: '2000.00', date: '1979-02-01' },
        { amount: '750.00', count: 3, frequency: 'monthly', firstDueDate: '1979-08-01' },
        { amount: '1000.00', date: '1979-12-18' },
      ],
    },
    aprPercent: '10.22', unitPeriod: 'monthly', unitPeriodsPerYear: '12', regular: false,
    counts: [['1978-08-01', 6, '12/30'], ['1979-02-01', 12, '12/30'], ['1979-08-01', 18, '12/30'], ['1979-12-18', 22, '29/30']],
  },
];

/** Independent float oracle: bisection on the Appendix J equation with the schedule's t and f. */
function floatAnnualRate(result: AprResult): number {
  const flows = result.schedule.map((e) => {
    const [num, den] = e.f === '0' ? [0, 1] : e.f.split('/').map(Number);
    return { sign: e.type === 'payment' ? 1 : -1, amount: Number(e.amount), t: e.t, f: (num ?? 0) / (den ?? 1) };
  });
  const g = (i: number): number => flows.reduce((s, x) => s + (x.sign * x.amount) / ((1 + x.f * i) * (1 + i) ** x.t), 0);
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 200; k += 1) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * Number(result.unitPeriodsPerYear);
}

describe('apr reproduces every worked example of 12 CFR 1026 Appendix J (c)', () => {
  it('covers all seventeen published examples', () => {
    expect(vectors).toHaveLength(17);
  });

  for (const v of vectors) {
    it(`${v.id}: ${v.aprPercent}%`, () => {
      const result = apr(v.input);
      expect(result.aprPercent).toBe(v.aprPercent);
      expect(result.unitPeriod).toEqual(v.unitPeriod);
      expect(result.unitPeriodsPerYear).toBe(v.unitPeriodsPerYear);
      expect(result.regular).toBe(v.regular);
      for (const [date, t, f] of v.counts) {
        const entry = result.schedule.find((e) => e.type === 'payment' && e.date === date);
        expect(entry, `payment on ${date}`).toMatchObject({ t, f });
      }
      expect(Math.abs(Number(result.annualRate) - floatAnnualRate(result))).toBeLessThan(1e-9);
      // The fast method (one advance) and the general solver give the very same result.
      expect(aprWith(v.input, solvePeriodicRate)).toEqual(result);
    });
  }
});
