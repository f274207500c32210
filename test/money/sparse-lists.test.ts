import { describe, expect, it } from 'vitest';
import { allocate, allocateMinorUnits, attempt, maxAmount, minAmount, sumAmounts } from '../../src/money/index.js';
import { nameAndCode } from '../support/errors.js';

// Issue 18 item 15: sparse arrays gave raw TypeErrors (map skipped the hole).
const sparse = (): string[] => {
  const list = ['1.00', '2.00', '3.00'];
  delete list[1];
  return list;
};

describe('lists of amounts with holes', () => {
  it('sumAmounts, minAmount and maxAmount refuse a hole with its index', () => {
    for (const fn of [sumAmounts, minAmount, maxAmount]) {
      expect(nameAndCode(() => fn(sparse(), 'USD'))).toBe('ValidationError:INPUT_MISSING');
      try {
        fn(sparse(), 'USD');
      } catch (error) {
        expect((error as { path: unknown }).path).toEqual(['amounts', 1]);
      }
      // eslint-disable-next-line no-sparse-arrays
      expect(nameAndCode(() => fn([, '1.00'] as string[], 'USD'))).toBe('ValidationError:INPUT_MISSING');
    }
  });

  it('refuses a list longer than 1,000,000 before reading it', () => {
    const huge = new Array<string>(2 ** 31);
    expect(nameAndCode(() => sumAmounts(huge, 'USD'))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
    expect(nameAndCode(() => maxAmount(huge, 'USD'))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
  });

  it('allocations refuse sparse ratios and weights', () => {
    const ratios = ['1', '1', '1'];
    delete ratios[1];
    expect(nameAndCode(() => allocate('1.00', ratios, 'USD'))).toMatch(/^ValidationError:/);
    expect(attempt(() => allocate('1.00', ratios, 'USD')).success).toBe(false);
    const weights = [1n, 1n, 1n];
    delete weights[0];
    expect(nameAndCode(() => allocateMinorUnits(3n, weights))).toMatch(/^ValidationError:/);
  });
});
