import { describe, expect, it } from 'vitest';
import { fromMinorUnits, multiplyMinorUnits, parseRatio, toMinorUnits } from '../../src/money/index.js';
// Internal since issue 20 (no longer exported from arrears/money).
import { safeParseRatio } from '../../src/money/minor-units.js';
import { MALFORMED_DECIMALS } from '../arbitraries/money.js';
import { caught, failure } from './support/errors.js';

describe('toMinorUnits', () => {
  it.each([
    ['12.34', 'USD', 1234n],
    ['12.3', 'USD', 1230n],
    ['-0.05', 'USD', -5n],
    ['-0', 'USD', 0n],
    ['1200', 'JPY', 1200n],
    ['1.5', 'KWD', 1500n],
    ['0.0001', 'CLF', 1n],
    ['9'.repeat(30), 'CLF', BigInt('9'.repeat(30) + '0000')],
  ])('converts %s %s to %s', (amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected);
  });

  it('never rounds: extra non-zero decimals are an error', () => {
    expect(failure(() => toMinorUnits('0.001', 'USD'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
    expect(failure(() => toMinorUnits('1.5', 'JPY'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
  });

  it('rejects malformed amounts and unknown currencies', () => {
    expect(failure(() => toMinorUnits('1e3', 'USD'))).toBe('ValidationError MONEY_INVALID_AMOUNT');
    expect(failure(() => toMinorUnits('1.00', 'XTS'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });
});

describe('fromMinorUnits', () => {
  it.each([
    [1230n, 'USD', '12.30'],
    [5n, 'USD', '0.05'],
    [-5n, 'USD', '-0.05'],
    [0n, 'USD', '0.00'],
    [-0n, 'KWD', '0.000'],
    [1200n, 'JPY', '1200'],
    [-1200n, 'JPY', '-1200'],
    [7n, 'CLF', '0.0007'],
    [123456789n, 'BHD', '123456.789'],
  ])('formats %s %s as %s', (minor, currency, expected) => {
    expect(fromMinorUnits(minor, currency)).toBe(expected);
  });

  it('rejects numbers and out-of-range values', () => {
    expect(failure(() => fromMinorUnits(1230 as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => fromMinorUnits(10n ** 32n, 'USD'))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
    expect(failure(() => fromMinorUnits(-(10n ** 30n), 'JPY'))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
    expect(fromMinorUnits(10n ** 30n - 1n, 'JPY')).toBe('9'.repeat(30));
    expect(caught(() => fromMinorUnits(10n ** 32n, 'USD')).path).toEqual(['minor']);
  });
});

describe('parseRatio', () => {
  it.each([
    ['0.1299', 1299n, 10000n],
    ['0.50', 5n, 10n],
    ['12', 12n, 1n],
    ['12.000', 12n, 1n],
    ['-1.5', -15n, 10n],
    ['-0', 0n, 1n],
    ['0.000000000000000000000000000001', 1n, 10n ** 30n],
  ])('parses %s exactly as %s / %s', (text, numerator, denominator) => {
    expect(parseRatio(text)).toEqual({ numerator, denominator });
  });

  it.each(MALFORMED_DECIMALS.map((s) => [s]))('rejects %j with MONEY_INVALID_DECIMAL', (text) => {
    expect(failure(() => parseRatio(text))).toBe('ValidationError MONEY_INVALID_DECIMAL');
  });

  it('rejects numbers and values out of range', () => {
    expect(failure(() => parseRatio(0.1 as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => parseRatio('1'.repeat(31)))).toBe('ValidationError MONEY_AMOUNT_TOO_LARGE');
    expect(failure(() => parseRatio(`0.${'1'.repeat(31)}`))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
  });
});

describe('safeParseRatio', () => {
  it('returns the ratio or the error', () => {
    expect(safeParseRatio('0.05')).toEqual({ success: true, data: { numerator: 5n, denominator: 100n } });
    const bad = safeParseRatio(undefined);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('INPUT_MISSING');
  });
});

describe('multiplyMinorUnits', () => {
  it('rounds the exact product once', () => {
    expect(multiplyMinorUnits(10_000n, parseRatio('0.015'), 'halfExpand')).toBe(150n);
    expect(multiplyMinorUnits(5n, { numerator: 1n, denominator: 2n }, 'halfExpand')).toBe(3n);
    expect(multiplyMinorUnits(5n, { numerator: 1n, denominator: 2n }, 'halfEven')).toBe(2n);
    expect(multiplyMinorUnits(-5n, { numerator: 1n, denominator: 2n }, 'ceil')).toBe(-2n);
    expect(multiplyMinorUnits(100n, { numerator: 1n, denominator: 3n }, 'expand')).toBe(34n);
  });

  it('ignores extra keys on the ratio, as the schema does', () => {
    expect(multiplyMinorUnits(10n, { numerator: 1n, denominator: 2n, note: 'x' } as never, 'trunc')).toBe(5n);
  });

  it('rejects malformed ratios, amounts and modes with typed errors', () => {
    expect(failure(() => multiplyMinorUnits(1n, { numerator: 1n, denominator: 0n }, 'expand'))).toBe('ValidationError MONEY_INVALID_RATIO');
    expect(failure(() => multiplyMinorUnits(1n, { numerator: 1n, denominator: -2n }, 'expand'))).toBe('ValidationError MONEY_INVALID_RATIO');
    expect(caught(() => multiplyMinorUnits(1n, { numerator: 1n, denominator: 0n }, 'expand')).path).toEqual(['ratio', 'denominator']);
    expect(failure(() => multiplyMinorUnits(1n, { numerator: 1, denominator: 2n } as never, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => multiplyMinorUnits(1n, null as never, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => multiplyMinorUnits(1n, [1n, 2n] as never, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => multiplyMinorUnits(1 as never, parseRatio('2'), 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => multiplyMinorUnits(1n, parseRatio('2'), 'sideways' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
  });
});
