import { describe, expect, it } from 'vitest';
import { allocate, createMinorUnitCalculator, roundAmount, sumAmounts } from '../../src/money/index.js';
import type { RoundingMode } from '../../src/money/index.js';
import { createDecimalCalculator } from '../../src/money/decimal-calculator.js';
import { levelPaymentSchedule } from './support/amortization.js';

// Published worked examples. Sources are named next to each table.

describe('roundAmount', () => {
  // The rounding table of java.math.RoundingMode (Java SE API documentation): the input,
  // then the result for UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, rounded to
  // one digit (here: JPY, no minor unit).
  const javaTable: Array<[string, string, string, string, string, string, string, string]> = [
    ['5.5', '6', '5', '6', '5', '6', '5', '6'],
    ['2.5', '3', '2', '3', '2', '3', '2', '2'],
    ['1.6', '2', '1', '2', '1', '2', '2', '2'],
    ['1.1', '2', '1', '2', '1', '1', '1', '1'],
    ['1.0', '1', '1', '1', '1', '1', '1', '1'],
    ['-1.0', '-1', '-1', '-1', '-1', '-1', '-1', '-1'],
    ['-1.1', '-2', '-1', '-1', '-2', '-1', '-1', '-1'],
    ['-1.6', '-2', '-1', '-1', '-2', '-2', '-2', '-2'],
    ['-2.5', '-3', '-2', '-2', '-3', '-3', '-2', '-2'],
    ['-5.5', '-6', '-5', '-5', '-6', '-6', '-5', '-6'],
  ];
  const modes: RoundingMode[] = ['expand', 'trunc', 'ceil', 'floor', 'halfExpand', 'halfTrunc', 'halfEven'];
  for (const [input, ...expected] of javaTable) {
    it(`rounds ${input} to a whole yen in every mode as java.math.RoundingMode documents`, () => {
      expect(modes.map((mode) => roundAmount(input, 'JPY', { roundingMode: mode }))).toEqual(expected);
    });
  }
});

describe('allocate', () => {
  // shared/reference/amortization.md: 0% plans split the principal, residual in the last part.
  it('splits 1000.00 into 333.33, 333.33, 333.34 with the residual last', () => {
    const parts = allocate('1000.00', 3, 'USD', { remainder: 'last' });
    expect(parts).toEqual(['333.33', '333.33', '333.34']);
    expect(sumAmounts(parts, 'USD')).toBe('1000.00');
  });
  it('splits 100000 JPY into 33333, 33333, 33334', () => {
    expect(allocate('100000', 3, 'JPY', { remainder: 'last' })).toEqual(['33333', '33333', '33334']);
  });
});

describe('createMinorUnitCalculator', () => {
  // shared/reference/amortization.md worked cases: payment and each interest rounded half-up,
  // the last installment pays the balance.
  it('reproduces 10000.00 at 12.00% over 12 months: interest 661.86, final installment 888.47', () => {
    const { rows, totalInterest } = levelPaymentSchedule(createMinorUnitCalculator('USD'), '10000.00', '0.12', 12, '888.49');
    expect(totalInterest).toBe('661.86');
    expect(rows[0]).toEqual({ installment: '888.49', interest: '100.00', principal: '788.49', balance: '9211.51' });
    expect(rows.at(-1)?.installment).toBe('888.47');
    expect(rows.at(-1)?.balance).toBe('0.00');
  });

  it('reproduces 250000.00 at 6.50% over 360 months: interest 318861.58, final installment 1580.55', () => {
    const { rows, totalInterest } = levelPaymentSchedule(createMinorUnitCalculator('USD'), '250000.00', '0.065', 360, '1580.17');
    expect(totalInterest).toBe('318861.58');
    expect(rows[0]?.interest).toBe('1354.17');
    expect(rows.at(-1)?.installment).toBe('1580.55');
    expect(sumAmounts(rows.map((r) => r.principal), 'USD')).toBe('250000.00');
  });

  it('gives the same 360-row schedule as the decimal.js reference, row by row', () => {
    const fast = levelPaymentSchedule(createMinorUnitCalculator('USD'), '250000.00', '0.065', 360, '1580.17');
    const reference = levelPaymentSchedule(createDecimalCalculator('USD'), '250000.00', '0.065', 360, '1580.17');
    expect(fast).toEqual(reference);
  });
});
