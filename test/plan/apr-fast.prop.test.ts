import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { AprInputSchema, apr, buildSchedule } from '../../src/plan/index.js';
import type { AprInput } from '../../src/plan/index.js';
import { aprWith } from '../../src/plan/apr.js';
import { fastAprInput } from '../../src/plan/apr-fast-input.js';
import { paymentRuns, solveSingleAdvanceRate } from '../../src/plan/apr-fast-solver.js';
import { ZERO_DIGITS, plainText } from '../../src/plan/apr-digits.js';
import { STANDARD_UNITS, sameUnit, standardUnitsOf, wholeUnitsBetween } from '../../src/plan/unit-period.js';
import { solvePeriodicRate } from '../../src/plan/apr-solver.js';
import type { EquationTerm } from '../../src/plan/apr-solver.js';
import { centsArb, centsToAmount, dateArb, planTermsArb } from '../arbitraries/plan.js';
import { expectSchemaAgrees } from '../support/fast-path.js';

/** The fast solver, which must settle (no fallback to the general solver) on the inputs given. */
function fastOnly(terms: readonly EquationTerm[]): ReturnType<typeof solvePeriodicRate> {
  const rate = solveSingleAdvanceRate(terms);
  expect(rate).toBeDefined();
  return rate as ReturnType<typeof solvePeriodicRate>;
}

/** The APR input of a schedule, as the schedule's own `apr` builds it (one advance, dated payments). */
function aprInputOf(terms: Parameters<typeof buildSchedule>[0]): AprInput | undefined {
  const built = (() => {
    try {
      return buildSchedule(terms);
    } catch {
      return undefined; // terms that cannot be scheduled (a payment too small) are not the point here
    }
  })();
  if (built === undefined) return undefined;
  return { amountFinanced: built.amountFinanced, advanceDate: terms.agreementDate, currency: built.currency as 'USD', payments: built.installments.map((r) => ({ amount: r.payment, date: r.dueDate })) };
}

describe('apr fast method (properties)', () => {
  it('gives the same result as the general solver on the plans buildSchedule makes (regular, level payments)', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        const input = aprInputOf(terms);
        if (input === undefined || input.payments.reduce((s, p) => s + Number(p.amount), 0) <= Number(input.amountFinanced)) return;
        expect(aprWith(input, fastOnly)).toEqual(aprWith(input, solvePeriodicRate));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result as the general solver on series with odd first periods and odd final payments', () => {
    const arb = fc.record({
      advance: dateArb,
      firstAfter: fc.integer({ min: 5, max: 75 }),
      unit: fc.constantFrom('monthly', 'weekly', 'biweekly', 'semiMonthly', 'quarterly', 'fourWeekly'),
      count: fc.integer({ min: 1, max: 120 }),
      payment: centsArb(1_000n, 500_000n),
      last: centsArb(100n, 500_000n),
      share: fc.integer({ min: 40, max: 99 }),
    });
    fc.assert(
      fc.property(arb, ({ advance, firstAfter, unit, count, payment, last, share }) => {
        const firstDueDate = fromDayNumber(toDayNumber(advance) + firstAfter);
        const anchored = unit === 'semiMonthly' ? { semiMonthlyDays: [Number(firstDueDate.slice(8)) > 15 ? Number(firstDueDate.slice(8)) - 15 : Number(firstDueDate.slice(8)), Number(firstDueDate.slice(8)) > 15 ? Number(firstDueDate.slice(8)) : Number(firstDueDate.slice(8)) + 15] as [number, number] } : {};
        const cents = BigInt(payment.replace('.', '')) * BigInt(count) + BigInt(last.replace('.', ''));
        const input: AprInput = {
          amountFinanced: centsToAmount((cents * BigInt(share)) / 100n || 1n),
          advanceDate: advance, currency: 'USD',
          payments: [
            { amount: payment, count, frequency: unit, firstDueDate, ...(Number(firstDueDate.slice(8)) > 28 && unit === 'semiMonthly' ? {} : anchored) },
            { amount: last, date: fromDayNumber(toDayNumber(advance) + firstAfter + 40 * count + 30) },
          ],
        };
        const general = (() => {
          try {
            return aprWith(input, solvePeriodicRate);
          } catch {
            return undefined; // a series the schema refuses (a semimonthly first date off its days)
          }
        })();
        if (general === undefined) return;
        expect(aprWith(input, fastOnly)).toEqual(general);
      }),
      { numRuns: 80 },
    );
  });

  it('gives the same result as the general solver on irregular streams of one advance', () => {
    const arb = fc
      .record({
        advance: dateArb,
        gaps: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 15 }),
        cents: fc.array(fc.bigInt({ min: 100n, max: 1_000_000n }), { minLength: 15, maxLength: 15 }),
        share: fc.integer({ min: 30, max: 99 }),
      })
      .map(({ advance, gaps, cents, share }) => {
        let day = toDayNumber(advance);
        const payments = gaps.map((gap, k) => {
          day += gap;
          return { amount: centsToAmount(cents[k] ?? 100n), date: fromDayNumber(day) };
        });
        const total = payments.reduce((s, p) => s + BigInt(p.amount.replace('.', '')), 0n);
        return { amountFinanced: centsToAmount((total * BigInt(share)) / 100n || 1n), advanceDate: advance, currency: 'USD', payments };
      });
    fc.assert(
      fc.property(arb, (input) => {
        expect(aprWith(input, fastOnly)).toEqual(aprWith(input, solvePeriodicRate));
      }),
    );
  });

  it('parses plain inputs on the fast path exactly as AprInputSchema does', () => {
    const amount = fc.oneof(centsArb(1n, 10_000_000n), fc.constantFrom('0', '0.00', '1', '01.00', '1.5', '1.123', '1.12345', '-1.00', '1e3', ' 1.00', '', '100000000000000000.00'));
    const date = fc.oneof(dateArb, fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01', '2026-1-01', '0000-01-01', '2026-04-31'));
    const arb = fc.record(
      {
        amountFinanced: fc.oneof(amount, fc.constant(100 as unknown as string)),
        advanceDate: date,
        currency: fc.constantFrom('USD', 'JPY', 'KWD', 'XXX', 'usd'),
        payments: fc.array(fc.oneof(fc.record({ amount, date }), fc.record({ amount, date, extra: fc.constant(1) })), { maxLength: 4 }),
        unitPeriod: fc.constantFrom('monthly', 'month'),
      },
      { requiredKeys: ['payments'] },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        expectSchemaAgrees(fastAprInput(raw), AprInputSchema, raw);
      }),
      { numRuns: 300 },
    );
  });
});

describe('standardUnitsOf', () => {
  it('recognises the shortest and longest semimonths (12 and 17 days) and a 28-day month', () => {
    const units = (a: string, b: string): ReturnType<typeof standardUnitsOf> => standardUnitsOf(toDayNumber(a), toDayNumber(b));
    expect(units('2026-02-16', '2026-02-28')).toEqual([{ kind: 'semimonth', n: 1 }]);
    expect(units('2026-01-29', '2026-02-15')).toEqual([{ kind: 'semimonth', n: 1 }]);
    expect(units('2026-02-01', '2026-03-01')).toEqual([{ kind: 'week', n: 4 }, { kind: 'month', n: 1 }]);
  });

  it('names exactly the standard intervals that fit a period once (what counting relies on for the next payment)', () => {
    const arb = fc.record({ a: fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2080-12-31') }), d: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 420 })) });
    fc.assert(
      fc.property(arb, ({ a, d }) => {
        const found = standardUnitsOf(a, a + d);
        for (const u of STANDARD_UNITS) expect(found.some((v) => sameUnit(u, v))).toBe(wholeUnitsBetween(a, a + d, u) === 1);
      }),
      { numRuns: 400 },
    );
  });
});

describe('paymentRuns', () => {
  const term = (amount: string, t: number, num = 0, den = 1): EquationTerm => ({ amount, t, num, den, sign: 1 });

  it('groups equal amounts one unit period apart with the same fraction, and starts a run at any change', () => {
    expect(paymentRuns([term('10.00', 1, 1, 3), term('10.00', 2, 2, 6), term('10.00', 3, 1, 3), term('9.00', 4, 1, 3), term('9.00', 6, 1, 3), term('9.00', 7, 1, 2), term('9.00', 7, 1, 2)])).toEqual([
      { amount: '10.00', t: 1, m: 3, num: 1, den: 3 },
      { amount: '9.00', t: 4, m: 1, num: 1, den: 3 },
      { amount: '9.00', t: 6, m: 1, num: 1, den: 3 },
      { amount: '9.00', t: 7, m: 1, num: 1, den: 2 },
      { amount: '9.00', t: 7, m: 1, num: 1, den: 2 },
    ]);
  });
});

describe('solveSingleAdvanceRate', () => {
  it('leaves several advance dates to the general solver', () => {
    const terms: EquationTerm[] = [
      { amount: '100.00', t: 0, num: 0, den: 1, sign: -1 },
      { amount: '100.00', t: 1, num: 0, den: 1, sign: -1 },
      { amount: '210.00', t: 2, num: 0, den: 1, sign: 1 },
    ];
    expect(solveSingleAdvanceRate(terms)).toBeUndefined();
  });

  it('solves two advances on the first day as one', () => {
    const two: EquationTerm[] = [
      { amount: '60.00', t: 0, num: 0, den: 1, sign: -1 },
      { amount: '40.00', t: 0, num: 0, den: 1, sign: -1 },
      { amount: '110.00', t: 1, num: 0, den: 1, sign: 1 },
    ];
    expect(plainText(solveSingleAdvanceRate(two) ?? ZERO_DIGITS)).toBe('0.1');
  });

  it('finds a rate far above 100% a period (a payday loan by the day)', () => {
    const input: AprInput = { amountFinanced: '100.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '400.00', date: '2026-01-15' }] };
    expect(apr(input)).toEqual(aprWith(input, solvePeriodicRate));
    expect(apr(input).periodicRate).toBe('3');
  });

  it('finds a rate just above zero (one cent of finance charge on a million)', () => {
    const input: AprInput = { amountFinanced: '1000000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '500000.00', date: '2026-02-01' }, { amount: '500000.01', date: '2026-03-01' }] };
    expect(aprWith(input, fastOnly)).toEqual(aprWith(input, solvePeriodicRate));
  });
});

describe('apr totals', () => {
  it('adds amounts exactly past the safe integers (a sum beyond 2^53 minor units)', () => {
    const input: AprInput = { amountFinanced: '90000000000000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '50000000000000.00', date: '2026-02-01' }, { amount: '50000000000000.01', date: '2026-03-01' }] };
    expect(apr(input)).toMatchObject({ totalOfPayments: '100000000000000.01', financeCharge: '10000000000000.01' });
    expect(apr({ ...input, currency: 'KWD', payments: [{ amount: '0.1', date: '2026-02-01' }, { amount: '90000000000000.005', date: '2026-03-01' }] }).totalOfPayments).toBe('90000000000000.105');
  });
});
