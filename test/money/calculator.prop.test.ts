import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MoneyCalculator } from '../../src/money/index.js';
import { createMinorUnitCalculator, createSafeIntegerCalculator, isArrearsError, parseRatio } from '../../src/money/index.js';
import { createDecimalCalculator } from '../../src/money/decimal-calculator.js';
import { amountArb, currencyArb, decimalArb, formatScaled, roundingModeArb, weightsArb } from '../arbitraries/money.js';
import { levelPaymentSchedule } from './support/amortization.js';

// One property suite for every MoneyCalculator implementation: the bigint fast path
// (exported) and the decimal.js reference (internal). Part 1 checks the laws each must obey;
// part 2 runs both on the same random inputs and requires identical strings.

/** A result as a string, or the code of the arrears error it threw: both sides must agree on either. */
function outcome(fn: () => string | string[]): string | string[] {
  try {
    return fn();
  } catch (error) {
    if (isArrearsError(error)) return `error ${error.code}`;
    throw error;
  }
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const UNBOUNDED = 10n ** 40n;

// name, factory, the largest |minor units| it holds
const implementations: Array<[string, (currency: string) => MoneyCalculator<unknown>, bigint]> = [
  ['bigint minor units', (c) => createMinorUnitCalculator(c) as MoneyCalculator<unknown>, UNBOUNDED],
  ['safe-integer numbers', (c) => createSafeIntegerCalculator(c) as MoneyCalculator<unknown>, SAFE],
  ['decimal.js reference', (c) => createDecimalCalculator(c) as MoneyCalculator<unknown>, UNBOUNDED],
];

const fits = (limit: bigint, ...values: bigint[]): boolean => values.every((v) => v <= limit && v >= -limit);

const caseArb = currencyArb.chain((currency) =>
  fc.record({
    currency: fc.constant(currency),
    a: amountArb(currency.minorUnits),
    b: amountArb(currency.minorUnits),
    // Plain factors, and factors ending in 5 (0.5, 1.25, -0.125, ...) that produce exact ties.
    factor: fc.oneof(
      decimalArb(8, 1000n),
      fc.tuple(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.integer({ min: 1, max: 4 })).map(([k, scale]) => {
        const value = k * 10n + (k < 0n ? -5n : 5n);
        return { text: formatScaled(value, scale), value, scale };
      }),
    ),
    mode: roundingModeArb,
    weights: weightsArb,
    remainder: fc.constantFrom('largestRemainder' as const, 'first' as const, 'last' as const),
    divisor: fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).filter((d) => d !== 0n),
  }),
);

describe.each(implementations)('MoneyCalculator laws: %s', (_name, make, limit) => {
  it('round-trips amounts through fromAmount and toAmount', () => {
    fc.assert(
      fc.property(currencyArb.chain((c) => amountArb(c.minorUnits).map((a) => ({ c, a }))), ({ c, a }) => {
        fc.pre(fits(limit, a.minor));
        const calc = make(c.code);
        expect(calc.toAmount(calc.fromAmount(a.text))).toBe(a.text);
      }),
    );
  });

  it('adds and subtracts back to the start, and compares consistently with subtraction', () => {
    fc.assert(
      fc.property(caseArb, ({ currency, a, b }) => {
        fc.pre(fits(limit, a.minor, b.minor, a.minor + b.minor));
        const calc = make(currency.code);
        const x = calc.fromAmount(a.text);
        const y = calc.fromAmount(b.text);
        expect(calc.toAmount(calc.subtract(calc.add(x, y), y))).toBe(calc.toAmount(x));
        const diff = a.minor - b.minor;
        expect(calc.compare(x, y)).toBe(diff < 0n ? -1 : diff > 0n ? 1 : 0);
      }),
    );
  });

  it('allocates parts that sum back exactly, zero weights getting zero', () => {
    fc.assert(
      fc.property(caseArb, ({ currency, a, weights, remainder }) => {
        fc.pre(fits(limit, a.minor));
        const calc = make(currency.code);
        const parts = calc.allocate(calc.fromAmount(a.text), weights, { remainder });
        expect(parts).toHaveLength(weights.length);
        const total = parts.reduce((sum, p) => calc.add(sum, p), calc.fromAmount('0'));
        expect(calc.toAmount(total)).toBe(a.text);
        weights.forEach((w, i) => {
          if (w === 0n) expect(calc.toAmount(parts[i])).toBe(calc.toAmount(calc.fromAmount('0')));
        });
      }),
    );
  });
});

describe('MoneyCalculator: the bigint fast path equals decimal.js', () => {
  it('gives identical strings for add, subtract and compare', () => {
    fc.assert(
      fc.property(caseArb, ({ currency, a, b }) => {
        const fast = createMinorUnitCalculator(currency.code);
        const ref = createDecimalCalculator(currency.code);
        const [fx, fy, rx, ry] = [fast.fromAmount(a.text), fast.fromAmount(b.text), ref.fromAmount(a.text), ref.fromAmount(b.text)];
        expect(fast.toAmount(fast.add(fx, fy))).toBe(ref.toAmount(ref.add(rx, ry)));
        expect(fast.toAmount(fast.subtract(fx, fy))).toBe(ref.toAmount(ref.subtract(rx, ry)));
        expect(fast.compare(fx, fy)).toBe(ref.compare(rx, ry));
      }),
    );
  });

  it('gives identical strings for multiply in every rounding mode, ties (x.xx5) and negatives included', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ currency, a, factor, mode }, negate) => {
        const fast = createMinorUnitCalculator(currency.code);
        const ref = createDecimalCalculator(currency.code);
        const text = negate && !factor.text.startsWith('-') ? `-${factor.text}` : factor.text;
        const ratio = parseRatio(text);
        expect(outcome(() => fast.toAmount(fast.multiply(fast.fromAmount(a.text), ratio, mode)))).toEqual(
          outcome(() => ref.toAmount(ref.multiply(ref.fromAmount(a.text), ratio, mode))),
        );
      }),
    );
  });

  it('gives identical strings on exact ties: an odd number of minor units times 0.5 (all three calculators)', () => {
    fc.assert(
      fc.property(currencyArb, fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), roundingModeArb, (currency, k, mode) => {
        const fast = createMinorUnitCalculator(currency.code);
        const safe = createSafeIntegerCalculator(currency.code);
        const ref = createDecimalCalculator(currency.code);
        const amount = formatScaled(2n * k + 1n, currency.minorUnits);
        const half = parseRatio('0.5');
        const expected = ref.toAmount(ref.multiply(ref.fromAmount(amount), half, mode));
        expect(fast.toAmount(fast.multiply(fast.fromAmount(amount), half, mode))).toBe(expected);
        expect(safe.toAmount(safe.multiply(safe.fromAmount(amount), half, mode))).toBe(expected);
        expect(safe.toAmount(safe.mulDiv(safe.fromAmount(amount), 5n, -10n, mode))).toBe(ref.toAmount(ref.mulDiv(ref.fromAmount(amount), 5n, -10n, mode)));
      }),
    );
  });

  it('gives identical strings for mulDiv with non-terminating quotients (division by 3, 7, 12, ...)', () => {
    fc.assert(
      fc.property(caseArb, ({ currency, a, factor, mode, divisor }) => {
        const fast = createMinorUnitCalculator(currency.code);
        const ref = createDecimalCalculator(currency.code);
        const ratio = parseRatio(factor.text);
        const den = ratio.denominator * divisor;
        expect(outcome(() => fast.toAmount(fast.mulDiv(fast.fromAmount(a.text), ratio.numerator, den, mode)))).toEqual(
          outcome(() => ref.toAmount(ref.mulDiv(ref.fromAmount(a.text), ratio.numerator, den, mode))),
        );
      }),
    );
  });

  it('gives identical allocations for every remainder rule', () => {
    fc.assert(
      fc.property(caseArb, ({ currency, a, weights, remainder }) => {
        const fast = createMinorUnitCalculator(currency.code);
        const ref = createDecimalCalculator(currency.code);
        expect(fast.allocate(fast.fromAmount(a.text), weights, { remainder }).map(fast.toAmount)).toEqual(
          ref.allocate(ref.fromAmount(a.text), weights, { remainder }).map((v) => ref.toAmount(v)),
        );
      }),
    );
  });

  it('gives identical level-payment schedules row by row', () => {
    const scheduleArb = fc.record({
      principal: fc.bigInt({ min: 1n, max: 10n ** 9n }),
      ratePermyriad: fc.bigInt({ min: 0n, max: 3600n }),
      months: fc.integer({ min: 1, max: 60 }),
      mode: roundingModeArb,
    });
    fc.assert(
      fc.property(scheduleArb, ({ principal, ratePermyriad, months, mode }) => {
        const principalText = formatScaled(principal, 2);
        const payment = formatScaled(principal / BigInt(months) + 1n, 2);
        const rate = formatScaled(ratePermyriad, 4);
        const fast = levelPaymentSchedule(createMinorUnitCalculator('USD'), principalText, rate, months, payment, mode);
        const ref = levelPaymentSchedule(createDecimalCalculator('USD'), principalText, rate, months, payment, mode);
        expect(fast).toEqual(ref);
      }),
      { numRuns: 50 },
    );
  });
});

/** Minor units around the edges of the safe-integer range. */
const safeEdgeArb = fc.oneof(
  fc.bigInt({ min: -SAFE, max: SAFE }),
  fc.bigInt({ min: 2n ** 52n - 1000n, max: 2n ** 52n + 1000n }),
  fc.bigInt({ min: SAFE - 1000n, max: SAFE }),
  fc.bigInt({ min: -10_000n, max: 10_000n }),
).chain((x) => fc.constantFrom(x, -x));

describe('MoneyCalculator: the safe-integer calculator equals the bigint fast path', () => {
  const safeCaseArb = currencyArb.chain((currency) =>
    fc.record({
      currency: fc.constant(currency),
      a: safeEdgeArb,
      b: safeEdgeArb,
      numerator: fc.oneof(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n })),
      denominator: fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n })).filter((d) => d !== 0n),
      mode: roundingModeArb,
      weights: weightsArb,
      remainder: fc.constantFrom('largestRemainder' as const, 'first' as const, 'last' as const),
    }),
  );

  it('gives the same strings, or MONEY_UNSAFE_INTEGER exactly when a result leaves the safe range', () => {
    fc.assert(
      fc.property(safeCaseArb, ({ currency, a, b, numerator, denominator, mode, weights, remainder }) => {
        const big = createMinorUnitCalculator(currency.code);
        const num = createSafeIntegerCalculator(currency.code);
        const textA = big.toAmount(a);
        const textB = big.toAmount(b);
        const [x, y] = [num.fromAmount(textA), num.fromAmount(textB)];
        const expectSame = (exact: bigint, actual: () => number): void => {
          expect(outcome(() => num.toAmount(actual()))).toEqual(fits(SAFE, exact) ? big.toAmount(exact) : 'error MONEY_UNSAFE_INTEGER');
        };
        expectSame(a + b, () => num.add(x, y));
        expectSame(a - b, () => num.subtract(x, y));
        expect(num.compare(x, y)).toBe(big.compare(a, b));
        expectSame(big.mulDiv(a, numerator, denominator, mode), () => num.mulDiv(x, numerator, denominator, mode));
        if (denominator > 0n) expectSame(big.multiply(a, { numerator, denominator }, mode), () => num.multiply(x, { numerator, denominator }, mode));
        expect(num.allocate(x, weights, { remainder }).map(num.toAmount)).toEqual(big.allocate(a, weights, { remainder }).map(big.toAmount));
      }),
    );
  });

  it('gives the same 360-row schedules as decimal.js', () => {
    const fast = levelPaymentSchedule(createSafeIntegerCalculator('USD'), '250000.00', '0.065', 360, '1580.17');
    expect(fast).toEqual(levelPaymentSchedule(createDecimalCalculator('USD'), '250000.00', '0.065', 360, '1580.17'));
    expect(fast.totalInterest).toBe('318861.58');
  });
});
