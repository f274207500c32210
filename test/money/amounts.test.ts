import { describe, expect, it } from 'vitest';
import {
  addAmounts,
  compareAmounts,
  isNegativeAmount,
  isZeroAmount,
  maxAmount,
  minAmount,
  multiplyAmount,
  parseAmount,
  roundAmount,
  safeParseAmount,
  subtractAmounts,
  sumAmounts,
} from '../../src/money/index.js';
import { MALFORMED_DECIMALS, NON_STRINGS } from '../arbitraries/money.js';
import { caught, failure } from './support/errors.js';

const MAX = '9'.repeat(30);

describe('parseAmount', () => {
  it.each([
    ['12.3', 'USD', '12.30'],
    ['12', 'USD', '12.00'],
    ['0', 'USD', '0.00'],
    ['-0', 'USD', '0.00'],
    ['-0.00', 'USD', '0.00'],
    ['-12.5', 'EUR', '-12.50'],
    ['007.50', 'EUR', '7.50'],
    ['12.500', 'USD', '12.50'],
    ['1200', 'JPY', '1200'],
    ['1200.000', 'JPY', '1200'],
    ['1.5', 'KWD', '1.500'],
    ['0.0001', 'CLF', '0.0001'],
    [`${MAX}.99`, 'USD', `${MAX}.99`],
    [`-${MAX}.99`, 'USD', `-${MAX}.99`],
  ])('parses %j in %s as %j', (input, currency, expected) => {
    expect(parseAmount(input, currency)).toBe(expected);
  });

  it.each(MALFORMED_DECIMALS.map((s) => [s]))('rejects the malformed string %j with MONEY_INVALID_AMOUNT', (input) => {
    expect(failure(() => parseAmount(input, 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
  });

  it.each(NON_STRINGS.map((v) => [v]))('rejects the non-string %s, numbers included, with a typed error', (input) => {
    expect(['ValidationError INPUT_INVALID_TYPE', 'ValidationError INPUT_MISSING']).toContain(failure(() => parseAmount(input as string, 'USD')));
  });

  it('explains the grammar in the message and points at the field', () => {
    const error = caught(() => parseAmount('1e3', 'USD'));
    expect(error.path).toEqual(['amount']);
    expect(error.message).toBe(
      '"amount": "1e3" is not a decimal amount: write digits with an optional leading "-" and an optional decimal point followed by digits, such as "1234.56" (no exponent, thousands separators, spaces or "+").',
    );
  });

  it('rejects more decimals than the currency allows, naming the currency', () => {
    expect(caught(() => parseAmount('12.345', 'USD')).message).toBe(
      '"amount": "12.345" has 3 decimal places, but USD allows at most 2; round it first (roundAmount) if an inexact value is meant.',
    );
    expect(caught(() => parseAmount('1.5', 'JPY')).message).toContain('JPY has no minor unit');
    expect(failure(() => parseAmount('0.00001', 'CLF'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
    expect(failure(() => parseAmount('1.0001', 'KWD'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
  });

  it('rejects 10^30 and beyond with MONEY_AMOUNT_TOO_LARGE, without building huge numbers', () => {
    expect(failure(() => parseAmount(`1${'0'.repeat(30)}`, 'USD'))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
    expect(failure(() => parseAmount('9'.repeat(100_000), 'USD'))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
    expect(failure(() => parseAmount(`1.${'0'.repeat(31)}`, 'USD'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
  });

  it('rejects unknown currencies before looking at the amount', () => {
    expect(failure(() => parseAmount('1.00', 'XXX'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
    expect(failure(() => parseAmount('junk', 'usd'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });
});

describe('safeParseAmount', () => {
  it('returns the canonical amount on success', () => {
    expect(safeParseAmount('0.1', 'USD')).toEqual({ success: true, data: '0.10' });
  });

  it('returns the error for bad input instead of throwing', () => {
    const result = safeParseAmount(Number.NaN, 'USD');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INPUT_INVALID_TYPE');
    const bad = safeParseAmount('1.00', {});
    expect(bad.success).toBe(false);
  });
});

describe('roundAmount', () => {
  it.each([
    ['2.345', 'halfExpand', '2.35'],
    ['2.345', 'halfTrunc', '2.34'],
    ['2.345', 'halfEven', '2.34'],
    ['2.355', 'halfEven', '2.36'],
    ['2.341', 'expand', '2.35'],
    ['2.349', 'trunc', '2.34'],
    ['-2.345', 'halfExpand', '-2.35'],
    ['-2.345', 'halfTrunc', '-2.34'],
    ['-2.341', 'ceil', '-2.34'],
    ['-2.341', 'floor', '-2.35'],
    ['2.341', 'ceil', '2.35'],
    ['2.349', 'floor', '2.34'],
    ['-0.001', 'halfExpand', '0.00'],
    ['-0.004', 'ceil', '0.00'],
    ['0.000000000000000000000000000001', 'expand', '0.01'],
    ['2.345', 'halfCeil', '2.35'],
    ['-2.345', 'halfCeil', '-2.34'],
    ['2.345', 'halfFloor', '2.34'],
    ['-2.345', 'halfFloor', '-2.35'],
    ['2.346', 'halfFloor', '2.35'],
    ['-2.344', 'halfCeil', '-2.34'],
    ['-0.005', 'halfCeil', '0.00'],
    ['-0.005', 'halfFloor', '-0.01'],
  ] as const)('rounds %s %s to %s', (value, mode, expected) => {
    expect(roundAmount(value, 'USD', { roundingMode: mode })).toBe(expected);
  });

  it('defaults to half-up at the minor unit', () => {
    expect(roundAmount('0.125', 'USD')).toBe('0.13');
    expect(roundAmount('0.0005', 'KWD')).toBe('0.001');
    expect(roundAmount('1.5', 'JPY')).toBe('2');
  });

  it.each([
    ['12.37', '0.05', 'halfExpand', '12.35'],
    ['12.375', '0.05', 'halfExpand', '12.40'],
    ['12.375', '0.05', 'halfTrunc', '12.35'],
    ['-12.375', '0.05', 'halfExpand', '-12.40'],
    ['1234.56', '1', 'trunc', '1234.00'],
    ['1234.5', '1', 'halfEven', '1234.00'],
    ['1235.5', '1', 'halfEven', '1236.00'],
    ['12.3', '5', 'halfExpand', '10.00'],
    ['12.5', '5', 'halfExpand', '15.00'],
    ['-7.5', '5', 'ceil', '-5.00'],
    ['1234', '100', 'halfExpand', '1200.00'],
    ['0.30', '0.25', 'halfExpand', '0.25'],
  ] as const)('rounds %s to the increment %s (%s) as %s', (value, increment, mode, expected) => {
    expect(roundAmount(value, 'USD', { roundingIncrement: increment, roundingMode: mode })).toBe(expected);
  });

  it('rounds JPY to 10 yen and KWD to 5 fils', () => {
    expect(roundAmount('1234', 'JPY', { roundingIncrement: '10' })).toBe('1230');
    expect(roundAmount('1.2374', 'KWD', { roundingIncrement: '0.005' })).toBe('1.235');
  });

  it.each(['0.001', '0', '-0.05', '0.00', '0.5001'])('rejects the increment %j for USD', (increment) => {
    const error = caught(() => roundAmount('1.00', 'USD', { roundingIncrement: increment }));
    expect(`${error.name} ${error.code}`).toBe('ValidationError MONEY_INVALID_INCREMENT');
    expect(error.path).toEqual(['options', 'roundingIncrement']);
  });

  it('rejects an increment finer than a whole yen', () => {
    expect(caught(() => roundAmount('1', 'JPY', { roundingIncrement: '0.5' })).message).toContain('minor unit (1)');
  });

  it('rejects malformed options with typed errors', () => {
    expect(failure(() => roundAmount('1.00', 'USD', { roundingMode: 'HALF_UP' as never }))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => roundAmount('1.00', 'USD', { roundingIncrement: '1e1' }))).toBe('ValidationError MONEY_INVALID_DECIMAL');
    expect(failure(() => roundAmount('1.00', 'USD', { rounding: 'expand' } as never))).toBe('ValidationError INPUT_UNRECOGNIZED_KEYS');
    // The option names before issue 20 are unknown keys now.
    expect(failure(() => roundAmount('1.00', 'USD', { mode: 'floor' } as never))).toBe('ValidationError INPUT_UNRECOGNIZED_KEYS');
    expect(failure(() => roundAmount('1.00', 'USD', { increment: '1' } as never))).toBe('ValidationError INPUT_UNRECOGNIZED_KEYS');
    expect(failure(() => roundAmount('1.00', 'USD', null as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => roundAmount('1,00', 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
    expect(failure(() => roundAmount(1 as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
  });

  it('throws a DomainRuleError when rounding up reaches 10^30', () => {
    expect(failure(() => roundAmount(`${MAX}.999`, 'USD'))).toBe('DomainRuleError MONEY_AMOUNT_TOO_LARGE');
    expect(roundAmount(`${MAX}.994`, 'USD')).toBe(`${MAX}.99`);
  });
});

describe('addAmounts', () => {
  it('adds exactly where floats do not', () => {
    expect(addAmounts('0.1', '0.2', 'USD')).toBe('0.30');
    expect(addAmounts('-5.00', '5', 'USD')).toBe('0.00');
    expect(addAmounts('0.001', '0.002', 'KWD')).toBe('0.003');
  });

  it('names the bad argument', () => {
    expect(caught(() => addAmounts('1.00', '2.005', 'USD')).path).toEqual(['b']);
    expect(caught(() => addAmounts(1 as never, '2.00', 'USD')).path).toEqual(['a']);
  });

  it('throws a DomainRuleError when the sum reaches 10^30', () => {
    expect(failure(() => addAmounts(MAX, '1', 'JPY'))).toBe('DomainRuleError MONEY_AMOUNT_TOO_LARGE');
  });
});

describe('subtractAmounts', () => {
  it('subtracts exactly', () => {
    expect(subtractAmounts('100.00', '0.01', 'USD')).toBe('99.99');
    expect(subtractAmounts('0.01', '100', 'USD')).toBe('-99.99');
  });

  it('throws a DomainRuleError when the difference reaches -10^30', () => {
    expect(failure(() => subtractAmounts(`-${MAX}`, '1', 'JPY'))).toBe('DomainRuleError MONEY_AMOUNT_TOO_LARGE');
  });
});

describe('sumAmounts', () => {
  it('sums a list exactly, and an empty list to zero', () => {
    expect(sumAmounts(Array.from({ length: 10 }, () => '0.10'), 'USD')).toBe('1.00');
    expect(sumAmounts([], 'KWD')).toBe('0.000');
  });

  it('points at the bad element', () => {
    const error = caught(() => sumAmounts(['1.00', '2.00', '3.001'], 'USD'));
    expect([error.code, error.path]).toEqual(['MONEY_TOO_MANY_DECIMALS', ['amounts', 2]]);
  });

  it('rejects a non-array', () => {
    expect(failure(() => sumAmounts('1.00' as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
  });

  it('throws a DomainRuleError when the total reaches 10^30', () => {
    expect(failure(() => sumAmounts([MAX, MAX], 'JPY'))).toBe('DomainRuleError MONEY_AMOUNT_TOO_LARGE');
  });
});

describe('multiplyAmount', () => {
  it('rounds the exact product once, half-up by default', () => {
    expect(multiplyAmount('1000.00', '0.015', 'USD')).toBe('15.00');
    expect(multiplyAmount('0.05', '0.5', 'USD')).toBe('0.03');
    expect(multiplyAmount('-0.05', '0.5', 'USD')).toBe('-0.03');
    expect(multiplyAmount('0.05', '0.5', 'USD', 'halfEven')).toBe('0.02');
    expect(multiplyAmount('0.05', '-0.5', 'USD', 'floor')).toBe('-0.03');
    expect(multiplyAmount('123.45', '0', 'USD')).toBe('0.00');
    expect(multiplyAmount('1000', '0.000000000000000000000000000001', 'JPY', 'expand')).toBe('1');
  });

  it('rejects a malformed factor under the name "factor"', () => {
    const error = caught(() => multiplyAmount('10.00', '1.5%', 'USD'));
    expect([error.name, error.code, error.path]).toEqual(['ValidationError', 'MONEY_INVALID_DECIMAL', ['factor']]);
    expect(failure(() => multiplyAmount('10.00', 0.5 as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => multiplyAmount('10.00', '2', 'USD', 'nearest' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
  });

  it('throws a DomainRuleError when the product reaches 10^30', () => {
    expect(failure(() => multiplyAmount(MAX, '2', 'USD'))).toBe('DomainRuleError MONEY_AMOUNT_TOO_LARGE');
  });
});

describe('compareAmounts', () => {
  it('compares by value, not by text', () => {
    expect(compareAmounts('1.5', '1.50', 'USD')).toBe(0);
    expect(compareAmounts('10.00', '9.99', 'USD')).toBe(1);
    expect(compareAmounts('-0.01', '0', 'USD')).toBe(-1);
    expect(compareAmounts('-0', '0', 'USD')).toBe(0);
  });

  it('rejects malformed amounts', () => {
    expect(failure(() => compareAmounts('1', '1e0', 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
  });
});

describe('minAmount', () => {
  it('returns the smallest amount, canonical', () => {
    expect(minAmount(['3', '-1.5', '2'], 'USD')).toBe('-1.50');
    expect(minAmount(['7'], 'JPY')).toBe('7');
  });

  it('rejects an empty list and non-arrays', () => {
    expect(failure(() => minAmount([], 'USD'))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => minAmount(null as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
  });
});

describe('maxAmount', () => {
  it('returns the largest amount, canonical', () => {
    expect(maxAmount(['3', '-1.5', '2.999'], 'KWD')).toBe('3.000');
  });

  it('rejects an empty list', () => {
    expect(failure(() => maxAmount([], 'USD'))).toBe('ValidationError INPUT_OUT_OF_RANGE');
  });
});

describe('isZeroAmount', () => {
  it('recognises every spelling of zero', () => {
    for (const zero of ['0', '-0', '0.00', '-0.000', '000']) expect(isZeroAmount(zero, 'USD')).toBe(true);
    expect(isZeroAmount('0.01', 'USD')).toBe(false);
    expect(failure(() => isZeroAmount('', 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
  });
});

describe('isNegativeAmount', () => {
  it('is true below zero only', () => {
    expect(isNegativeAmount('-0.01', 'USD')).toBe(true);
    expect(isNegativeAmount('-0.00', 'USD')).toBe(false);
    expect(isNegativeAmount('5', 'USD')).toBe(false);
    expect(failure(() => isNegativeAmount('-', 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
  });
});
