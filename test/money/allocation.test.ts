import { describe, expect, it } from 'vitest';
import { allocate, allocateMinorUnits } from '../../src/money/index.js';
import { caught, failure } from './support/errors.js';

describe('allocate', () => {
  it('gives the extra minor units to the largest remainders by default, ties to the earliest part', () => {
    expect(allocate('1000.00', 3, 'USD')).toEqual(['333.34', '333.33', '333.33']);
    expect(allocate('0.05', ['0.7', '0.3'], 'USD')).toEqual(['0.04', '0.01']);
    // Shares 0.2857.., 0.4285.., 0.2857..: remainders .57, .85, .57 -> the middle part first.
    expect(allocate('0.01', [2, 3, 2], 'USD')).toEqual(['0.00', '0.01', '0.00']);
    expect(allocate('0.02', [2, 3, 2], 'USD')).toEqual(['0.01', '0.01', '0.00']);
  });

  it('pins the leftover to the first or last part on request', () => {
    expect(allocate('1000.00', 3, 'USD', { remainder: 'last' })).toEqual(['333.33', '333.33', '333.34']);
    expect(allocate('1000.00', 3, 'USD', { remainder: 'first' })).toEqual(['333.34', '333.33', '333.33']);
    expect(allocate('0.05', 7, 'USD', { remainder: 'last' })).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.05']);
  });

  it('skips zero-ratio parts when pinning the leftover', () => {
    expect(allocate('10.00', [1, 1, 1, 0], 'USD', { remainder: 'last' })).toEqual(['3.33', '3.33', '3.34', '0.00']);
    expect(allocate('10.00', [0, 1, 1, 1], 'USD', { remainder: 'first' })).toEqual(['0.00', '3.34', '3.33', '3.33']);
  });

  it('splits negative amounts symmetrically', () => {
    expect(allocate('-1000.00', 3, 'USD', { remainder: 'last' })).toEqual(['-333.33', '-333.33', '-333.34']);
    expect(allocate('-0.05', ['0.7', '0.3'], 'USD')).toEqual(['-0.04', '-0.01']);
  });

  it('accepts mixed integer and decimal-string ratios on one scale', () => {
    expect(allocate('100.00', [1, '0.5', '0.50'], 'USD')).toEqual(['50.00', '25.00', '25.00']);
    expect(allocate('1.000', ['1', '2', '3', '4'], 'KWD')).toEqual(['0.100', '0.200', '0.300', '0.400']);
  });

  it('splits zero into zeros and whole-unit currencies into whole units', () => {
    expect(allocate('0', 3, 'USD')).toEqual(['0.00', '0.00', '0.00']);
    expect(allocate('100', [1, 1, 1], 'JPY')).toEqual(['34', '33', '33']);
  });

  it('rejects bad counts and ratios with typed errors', () => {
    expect(failure(() => allocate('1.00', 0, 'USD'))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => allocate('1.00', 100_001, 'USD'))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => allocate('1.00', 2.5, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocate('1.00', Number.NaN, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocate('1.00', [], 'USD'))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => allocate('1.00', [0, '0.00', '-0'], 'USD'))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => allocate('1.00', [1, 0.5], 'USD'))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => allocate('1.00', [1, 2 ** 53], 'USD'))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => allocate('1.00', [1, '1e2'], 'USD'))).toBe('ValidationError MONEY_INVALID_DECIMAL');
    expect(failure(() => allocate('1.00', [1, true] as never, 'USD'))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => allocate('1.00', '3' as never, 'USD'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocate('1.00', 3, 'USD', { remainder: 'middle' } as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => allocate('1.001', 3, 'USD'))).toBe('ValidationError MONEY_TOO_MANY_DECIMALS');
  });

  it('names the negative ratio in the error', () => {
    const error = caught(() => allocate('1.00', [1, '-0.5'], 'USD'));
    expect(error.path).toEqual(['ratios', 1]);
    expect(error.message).toBe('"ratios[1]": "-0.5" is negative; ratios must be zero or positive.');
    expect(caught(() => allocate('1.00', [-2, 1], 'USD')).message).toBe('"ratios[0]": -2 is negative; ratios must be zero or positive.');
    expect(caught(() => allocate('1.00', [0, 0], 'USD')).message).toBe('"ratios": every ratio is zero; at least one must be positive.');
  });
});

describe('allocateMinorUnits', () => {
  it('splits minor units by weights', () => {
    expect(allocateMinorUnits(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocateMinorUnits(100n, [1n, 1n, 1n], { remainder: 'last' })).toEqual([33n, 33n, 34n]);
    expect(allocateMinorUnits(-7n, [0n, 1n, 1n], { remainder: 'first' })).toEqual([0n, -4n, -3n]);
    expect(allocateMinorUnits(10n ** 40n, [1n, 2n])).toEqual([3333333333333333333333333333333333333333n, 6666666666666666666666666666666666666667n]);
  });

  it('rejects bad weights and remainder rules with typed errors', () => {
    expect(failure(() => allocateMinorUnits(1n, [0n]))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => allocateMinorUnits(1n, [1n, -1n]))).toBe('ValidationError MONEY_INVALID_RATIOS');
    expect(failure(() => allocateMinorUnits(1n, [1, 2] as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocateMinorUnits(1n, []))).toBe('ValidationError INPUT_OUT_OF_RANGE');
    expect(failure(() => allocateMinorUnits(1n, 'x' as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocateMinorUnits(1 as never, [1n]))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocateMinorUnits(1n, [1n], { remainder: 'middle' } as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    // Options last, as allocate takes them: a bare remainder string or an unknown key is refused.
    expect(failure(() => allocateMinorUnits(1n, [1n], 'last' as never))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(failure(() => allocateMinorUnits(1n, [1n], { remainder: 'last', extra: 1 } as never))).toBe('ValidationError INPUT_UNRECOGNIZED_KEYS');
    expect(failure(() => allocateMinorUnits(1n, [1n], { remainder: 'largest-remainder' } as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(allocateMinorUnits(100n, [1n, 1n, 1n], {})).toEqual([34n, 33n, 33n]);
    expect(allocateMinorUnits(100n, [1n, 1n, 1n], { remainder: undefined })).toEqual([34n, 33n, 33n]);
  });
});
