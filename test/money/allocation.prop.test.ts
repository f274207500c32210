import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, allocateMinorUnits, sumAmounts, toMinorUnits } from '../../src/money/index.js';
import { currencyAmountArb, minorArb, ratiosArb, weightsArb } from '../arbitraries/money.js';

const remainderArb = fc.constantFrom('largestRemainder' as const, 'first' as const, 'last' as const);

/** The weight of a ratio on a common scale of 10^12 (the arbitraries use at most 6 decimals). */
function weightOf(ratio: string | number): bigint {
  if (typeof ratio === 'number') return BigInt(ratio) * 10n ** 12n;
  const [int = '0', frac = ''] = ratio.split('.');
  return BigInt(int + frac.padEnd(12, '0'));
}

describe('allocateMinorUnits', () => {
  it('always sums back exactly, for every remainder rule', () => {
    fc.assert(
      fc.property(minorArb, weightsArb, remainderArb, (minor, weights, remainder) => {
        const parts = allocateMinorUnits(minor, weights, { remainder });
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(minor);
      }),
    );
  });

  it('keeps every part within one minor unit of its exact share (largest remainder)', () => {
    fc.assert(
      fc.property(minorArb, weightsArb, (minor, weights) => {
        const total = weights.reduce((a, b) => a + b, 0n);
        allocateMinorUnits(minor, weights).forEach((part, i) => {
          // |part - minor * w / W| < 1  <=>  |part * W - minor * w| < W
          const gap = part * total - minor * (weights[i] as bigint);
          expect(gap < 0n ? -gap : gap).toBeLessThan(total);
        });
      }),
    );
  });

  it('gives zero-weight parts nothing and larger weights no less', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), weightsArb, remainderArb, (minor, weights, remainder) => {
        const parts = allocateMinorUnits(minor, weights, { remainder });
        weights.forEach((w, i) => {
          if (w === 0n) expect(parts[i]).toBe(0n);
        });
        if (remainder === 'largestRemainder') {
          weights.forEach((wi, i) =>
            weights.forEach((wj, j) => {
              if (wi > wj) expect((parts[i] as bigint) >= (parts[j] as bigint)).toBe(true);
            }),
          );
        }
      }),
    );
  });

  it('splits a negative amount as the negation of the positive split', () => {
    fc.assert(
      fc.property(minorArb, weightsArb, remainderArb, (minor, weights, remainder) => {
        expect(allocateMinorUnits(-minor, weights, { remainder })).toEqual(allocateMinorUnits(minor, weights, { remainder }).map((p) => (p === 0n ? 0n : -p)));
      }),
    );
  });

  it('pins the whole leftover on the first or last positive-weight part', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), weightsArb, fc.constantFrom('first' as const, 'last' as const), (minor, weights, remainder) => {
        const total = weights.reduce((a, b) => a + b, 0n);
        const floors = weights.map((w) => (minor * w) / total);
        const positive = weights.flatMap((w, i) => (w > 0n ? [i] : []));
        const pinned = remainder === 'first' ? positive[0] : positive.at(-1);
        allocateMinorUnits(minor, weights, { remainder }).forEach((part, i) => {
          if (i !== pinned) expect(part).toBe(floors[i]);
        });
      }),
    );
  });
});

describe('allocate', () => {
  it('always sums back exactly to the amount, in every currency', () => {
    fc.assert(
      fc.property(currencyAmountArb, ratiosArb, remainderArb, ({ currency, text }, ratios, remainder) => {
        const parts = allocate(text, ratios, currency.code, { remainder });
        expect(parts).toHaveLength(ratios.length);
        expect(sumAmounts(parts, currency.code)).toBe(text);
      }),
    );
  });

  it('keeps every part within one minor unit of its exact share (largest remainder)', () => {
    fc.assert(
      fc.property(currencyAmountArb, ratiosArb, ({ currency, text, minor }, ratios) => {
        const weights = ratios.map(weightOf);
        const total = weights.reduce((a, b) => a + b, 0n);
        allocate(text, ratios, currency.code).forEach((part, i) => {
          const gap = toMinorUnits(part, currency.code) * total - minor * (weights[i] as bigint);
          expect(gap < 0n ? -gap : gap).toBeLessThan(total);
        });
      }),
    );
  });

  it('splits into count parts exactly as into count equal ratios', () => {
    fc.assert(
      fc.property(currencyAmountArb, fc.integer({ min: 1, max: 50 }), remainderArb, ({ currency, text }, count, remainder) => {
        expect(allocate(text, count, currency.code, { remainder })).toEqual(allocate(text, new Array<number>(count).fill(7), currency.code, { remainder }));
      }),
    );
  });
});
