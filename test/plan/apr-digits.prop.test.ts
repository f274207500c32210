// The APR's results are computed with bigint decimals (src/plan/apr-digits.ts) instead of
// decimal.js, so that a page building schedules does not bundle decimal.js. These properties pin
// every operation to the decimal.js one it replaced, rounding ties included: the disclosed figures
// must stay identical digit for digit.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apr, buildSchedule } from '../../src/plan/index.js';
import type { AprInput } from '../../src/plan/index.js';
import { dividedByInteger, digitsOf, fixedText, plainText, timesInteger, toSignificant } from '../../src/plan/apr-digits.js';
import type { Digits } from '../../src/plan/apr-digits.js';
import { bisectSingleAdvanceRate, solveSingleAdvanceRate } from '../../src/plan/apr-fast-solver.js';
import { solvePeriodicRate } from '../../src/plan/apr-solver.js';
import type { EquationTerm } from '../../src/plan/apr-solver.js';
import { percentOf, rateOf, toleranceOf } from '../../src/plan/apr-tolerance.js';
import { centsToAmount, planTermsArb } from '../arbitraries/plan.js';

// The constructors the APR used before (src/plan/decimals.ts).
const AprDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
const ExactDecimal = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/** Decimals of up to 45 digits, many of them ending in 5 or 50...0 (the ties of every rounding). */
const digitsArb: fc.Arbitrary<Digits> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: -60, max: 5 }), fc.constantFrom('', '5', '50', '500000', '49', '51'))
  .map(([c, e, tail]) => (tail === '' ? { c, e } : { c: BigInt(`${c}${tail}`), e: e - tail.length }));

const decimalOf = (d: Digits): string => `${d.c}e${d.e}`;
const unitsPerYearArb = fc.constantFrom([365, 1], [365, 3], [52, 1], [52, 2], [52, 4], [24, 1], [12, 1], [12, 3], [12, 6], [1, 1], [12, 7], [365, 31]);

describe('APR digits (bigint decimals) against decimal.js', () => {
  it('round to significant digits and format as decimal.js toSignificantDigits + toFixed does', () => {
    fc.assert(
      fc.property(digitsArb, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const expected = new AprDecimal(decimalOf(d)).toSignificantDigits(n, Decimal.ROUND_HALF_EVEN);
        expect(plainText(toSignificant(d, n))).toBe(expected.isZero() ? '0' : expected.toFixed());
      }),
      { numRuns: 300 },
    );
  });

  it('compute the annual rate, the APR percent and the units per year as the decimal.js formulas did', () => {
    fc.assert(
      fc.property(digitsArb, unitsPerYearArb, fc.integer({ min: 0, max: 6 }), (d, [num, den], places) => {
        const i = toSignificant(d, 40);
        const old = new AprDecimal(decimalOf(i));
        const annual = dividedByInteger(timesInteger(i, BigInt(num)), BigInt(den));
        const oldAnnual = old.times(num).div(den);
        expect(plainText(annual)).toBe(oldAnnual.isZero() ? '0' : oldAnnual.toFixed());
        expect(fixedText(timesInteger(annual, 100n), places, true)).toBe(oldAnnual.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places));
        expect(plainText(dividedByInteger({ c: BigInt(num), e: 0 }, BigInt(den)))).toBe(new AprDecimal(num).div(den).toFixed());
      }),
      { numRuns: 300 },
    );
  });

  it('divide correctly rounded (half-even) where the quotient is a tie or just beside one', () => {
    // 5e-41 / 1 is exact; x.5 at the 41st digit is a tie; one more unit breaks it.
    for (const [c, e, n] of [[10n ** 40n * 2n + 1n, -41, 2n], [10n ** 40n * 2n + 3n, -41, 2n], [10n ** 41n + 25n, -2, 5n], [1n, 0, 3n], [2n, 0, 3n], [10n ** 39n * 7n + 1n, 0, 7n]] as const) {
      expect(plainText(dividedByInteger({ c, e }, n))).toBe(new AprDecimal(`${c}e${e}`).div(n.toString()).toFixed());
    }
  });

  it('format amounts to places half-even as ExactDecimal.toFixed(places) did', () => {
    const textArb = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 12 })).map(([neg, c, scale]) => plainText({ c: neg ? -c : c, e: -scale }));
    fc.assert(
      fc.property(textArb, fc.integer({ min: 0, max: 6 }), (text, places) => {
        expect(fixedText(digitsOf(text), places)).toBe(new ExactDecimal(text).toFixed(places));
      }),
      { numRuns: 300 },
    );
  });

  it('check a disclosed APR against the tolerance as the ExactDecimal comparison did', () => {
    const percentArb = fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(0, 2, 3, 5)).map(([n, scale]) => fixedText({ c: BigInt(n), e: -3 }, scale));
    fc.assert(
      fc.property(percentArb, percentArb, fc.boolean(), (disclosed, actual, irregular) => {
        const difference = new ExactDecimal(disclosed).minus(actual);
        expect(toleranceOf(rateOf(disclosed), rateOf(actual), irregular)).toMatchObject({
          ok: difference.abs().lessThanOrEqualTo(irregular ? '0.25' : '0.125'),
          differencePercent: difference.isZero() ? '0' : difference.toFixed(),
        });
      }),
      { numRuns: 200 },
    );
    expect(toleranceOf('0.12125', '0.12', false).ok).toBe(true);
    expect(toleranceOf('0.121251', '0.12', false).ok).toBe(false); // the close negative
    expect(percentOf('0.0969')).toBe('9.69');
    expect(rateOf('9.69')).toBe('0.0969');
  });
});

describe('the schedule APR without decimal.js', () => {
  it('is the APR that apr gives for the same stream (which may use the general solver)', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        let schedule;
        try {
          schedule = buildSchedule(terms);
        } catch {
          return; // terms that cannot be scheduled are not the point here
        }
        const input: AprInput = { amountFinanced: schedule.amountFinanced, advanceDate: terms.agreementDate, currency: schedule.currency as 'USD', payments: schedule.installments.map((r) => ({ amount: r.payment, date: r.dueDate })) };
        expect(schedule.apr).toEqual(apr(input));
      }),
      { numRuns: 60 },
    );
  });

  it('bisects to the same 20 digits as the general solver where the fast method is not used', () => {
    const arb = fc.record({ advance: fc.bigInt({ min: 10_000n, max: 1_000_000n }), payment: fc.bigInt({ min: 100n, max: 100_000n }), count: fc.integer({ min: 1, max: 60 }), odd: fc.integer({ min: 0, max: 29 }) });
    fc.assert(
      fc.property(arb, ({ advance, payment, count, odd }) => {
        const terms: EquationTerm[] = [{ amount: centsToAmount(advance), t: 0, num: 0, den: 1, sign: -1 }];
        for (let k = 1; k <= count; k += 1) terms.push({ amount: centsToAmount(payment), t: k, num: odd, den: 30, sign: 1 });
        if (payment * BigInt(count) <= advance) return;
        const twenty = (d: Digits | undefined): string => plainText(toSignificant(d ?? { c: -1n, e: 0 }, 20));
        expect(twenty(bisectSingleAdvanceRate(terms))).toBe(twenty(solvePeriodicRate(terms)));
        expect(twenty(bisectSingleAdvanceRate(terms))).toBe(twenty(solveSingleAdvanceRate(terms)));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves several advance dates to the general solver', () => {
    const terms: EquationTerm[] = [
      { amount: '100.00', t: 0, num: 0, den: 1, sign: -1 },
      { amount: '100.00', t: 1, num: 0, den: 1, sign: -1 },
      { amount: '210.00', t: 2, num: 0, den: 1, sign: 1 },
    ];
    expect(bisectSingleAdvanceRate(terms)).toBeUndefined();
  });
});
