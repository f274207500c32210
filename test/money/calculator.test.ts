import { describe, expect, it } from 'vitest';
import { createMinorUnitCalculator, createSafeIntegerCalculator, parseRatio } from '../../src/money/index.js';
import { caught, failure } from './support/errors.js';

describe('createMinorUnitCalculator', () => {
  const calc = createMinorUnitCalculator('USD');

  it('is bound to one currency and frozen', () => {
    expect(calc.currency).toEqual({ code: 'USD', numericCode: '840', minorUnits: 2, name: 'US Dollar' });
    expect(Object.isFrozen(calc)).toBe(true);
  });

  it('does exact integer arithmetic on minor units', () => {
    const a = calc.fromAmount('0.10');
    const b = calc.fromAmount('0.2');
    expect(a).toBe(10n);
    expect(calc.toAmount(calc.add(a, b))).toBe('0.30');
    expect(calc.toAmount(calc.subtract(a, b))).toBe('-0.10');
    expect([calc.compare(a, b), calc.compare(b, a), calc.compare(a, 10n)]).toEqual([-1, 1, 0]);
  });

  it('rounds only in multiply, mulDiv and allocate', () => {
    expect(calc.toAmount(calc.multiply(calc.fromAmount('3.33'), parseRatio('0.5'), 'halfExpand'))).toBe('1.67');
    expect(calc.toAmount(calc.multiply(calc.fromAmount('3.33'), parseRatio('0.5'), 'halfEven'))).toBe('1.66');
    expect(calc.toAmount(calc.mulDiv(calc.fromAmount('100.00'), 1n, 3n, 'trunc'))).toBe('33.33');
    expect(calc.toAmount(calc.mulDiv(calc.fromAmount('100.00'), 1n, -3n, 'trunc'))).toBe('-33.33');
    expect(calc.allocate(calc.fromAmount('100.00'), [1n, 1n, 1n], { remainder: 'largestRemainder' }).map(calc.toAmount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('lets values leave the 10^30 range inside a loop and checks it in toAmount', () => {
    const big = calc.multiply(calc.fromAmount('9'.repeat(30)), parseRatio('10'), 'trunc');
    expect(calc.toAmount(calc.subtract(big, big))).toBe('0.00');
    expect(failure(() => calc.toAmount(big))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
  });

  it('throws typed errors, never a TypeError, for wrong arguments', () => {
    expect(failure(() => calc.add(1n, 1 as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(caught(() => calc.add(1n, 1 as never)).path).toEqual(['b']);
    expect(failure(() => calc.subtract('1' as never, 1n))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.compare(1n, null as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.compare(undefined as never, 1n))).toBe('ValidationError INPUT_MISSING');
    expect(failure(() => calc.multiply(1n, { numerator: 1n, denominator: 0n }, 'expand'))).toBe('ValidationError MONEY_INVALID_RATIO');
    expect(failure(() => calc.multiply(1 as never, parseRatio('1'), 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.multiply(1n, parseRatio('1'), 'round' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => calc.mulDiv(1n, 1n, 0n, 'expand'))).toBe('DomainRuleError MONEY_DIVISION_BY_ZERO');
    expect(failure(() => calc.mulDiv(1n, 1 as never, 2n, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.mulDiv(1n, 1n, 2 as never, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.mulDiv(1 as never, 1n, 2n, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.mulDiv(1n, 1n, 2n, 'nope' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => calc.allocate(1n, [0n], { remainder: 'first' }))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => calc.fromAmount('1.001'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
    expect(failure(() => calc.toAmount(1.5 as never))).toBe('ValidationError INPUT_INVALID_TYPE');
  });

  it('rejects an unknown currency once, at creation', () => {
    expect(failure(() => createMinorUnitCalculator('XXX'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });
});

describe('createDecimalCalculator (internal reference)', () => {
  it('reports the same errors as the fast path for a zero divisor and an out-of-range value', async () => {
    const { createDecimalCalculator } = await import('../../src/money/decimal-calculator.js');
    const ref = createDecimalCalculator('USD');
    expect(failure(() => ref.mulDiv(ref.fromAmount('1.00'), 1n, 0n, 'expand'))).toBe('DomainRuleError MONEY_DIVISION_BY_ZERO');
    const big = ref.multiply(ref.fromAmount('9'.repeat(30)), parseRatio('10'), 'trunc');
    expect(failure(() => ref.toAmount(big))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
  });
});

describe('createSafeIntegerCalculator', () => {
  const calc = createSafeIntegerCalculator('USD');

  it('holds minor units in plain numbers and formats them canonically', () => {
    expect(calc.fromAmount('12.3')).toBe(1230);
    expect(calc.toAmount(-5)).toBe('-0.05');
    expect(calc.toAmount(0)).toBe('0.00');
    expect(createSafeIntegerCalculator('JPY').toAmount(-1200)).toBe('-1200');
    expect(calc.toAmount(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(Object.isFrozen(calc)).toBe(true);
  });

  it('rounds exactly, never producing -0', () => {
    expect(calc.mulDiv(-1, 1n, 3n, 'halfExpand')).toBe(0);
    expect(Object.is(calc.mulDiv(-1, 1n, 3n, 'trunc'), 0)).toBe(true);
    expect(calc.mulDiv(5, 1n, 2n, 'halfEven')).toBe(2);
    expect(calc.mulDiv(7, 1n, 2n, 'halfEven')).toBe(4);
    expect(calc.mulDiv(7, 1n, -2n, 'halfTrunc')).toBe(-3);
    expect(calc.mulDiv(7, 1n, 3n, 'ceil')).toBe(3);
    expect(calc.mulDiv(-7, 1n, 3n, 'floor')).toBe(-3);
    expect(calc.mulDiv(-7, 1n, 3n, 'expand')).toBe(-3);
    expect(calc.multiply(333, parseRatio('0.5'), 'halfExpand')).toBe(167);
  });

  it('computes products beyond 2^53 exactly when the result fits', () => {
    expect(calc.mulDiv(Number.MAX_SAFE_INTEGER, 10n ** 12n, 10n ** 12n, 'trunc')).toBe(Number.MAX_SAFE_INTEGER);
    expect(calc.mulDiv(3, 2n ** 60n, 2n ** 61n, 'halfExpand')).toBe(2);
  });

  it('throws MONEY_UNSAFE_INTEGER instead of losing a digit', () => {
    expect(failure(() => calc.fromAmount('90071992547409.92'))).toBe('DomainRuleError MONEY_UNSAFE_INTEGER');
    expect(failure(() => calc.add(Number.MAX_SAFE_INTEGER, 1))).toBe('DomainRuleError MONEY_UNSAFE_INTEGER');
    expect(failure(() => calc.subtract(-Number.MAX_SAFE_INTEGER, 1))).toBe('DomainRuleError MONEY_UNSAFE_INTEGER');
    expect(failure(() => calc.mulDiv(Number.MAX_SAFE_INTEGER, 2n, 1n, 'expand'))).toBe('DomainRuleError MONEY_UNSAFE_INTEGER');
    expect(caught(() => calc.add(Number.MAX_SAFE_INTEGER, 1)).message).toContain('use createMinorUnitCalculator');
  });

  it('rejects non-integers, floats and wrong types with typed errors', () => {
    expect(failure(() => calc.add(1, 0.5))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.add(1n as never, 1))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.toAmount(Number.NaN))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.toAmount(2 ** 60))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => calc.compare(1, '1' as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.compare(Number.POSITIVE_INFINITY, 1))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.multiply(1, { numerator: 1n, denominator: 0n }, 'expand'))).toBe('ValidationError MONEY_INVALID_RATIO');
    expect(failure(() => calc.mulDiv(1, 1n, 0n, 'expand'))).toBe('DomainRuleError MONEY_DIVISION_BY_ZERO');
    expect(failure(() => calc.mulDiv(1, 1 as never, 1n, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.mulDiv(1, 1n, 1 as never, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.mulDiv(1, 1n, 1n, 'x' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => calc.allocate(1, [1n], { remainder: 'middle' } as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    // Options last, as allocate takes them: a bare remainder string is refused.
    expect(failure(() => calc.allocate(1, [1n], 'last' as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => calc.allocate(1, [], { remainder: 'first' }))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => createSafeIntegerCalculator('usd'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });

  it('allocates like the bigint calculator', () => {
    expect(calc.allocate(100, [1n, 1n, 1n], { remainder: 'last' })).toEqual([33, 33, 34]);
    expect(calc.allocate(-100, [1n, 1n, 1n], { remainder: 'largestRemainder' })).toEqual([-34, -33, -33]);
  });
});
