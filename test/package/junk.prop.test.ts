import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arrears from '../../src/index.js';

// Every exported function of the package, fed random junk, either answers or throws an
// arrears error: never a TypeError, a RangeError, a ZodError or NaN. Modules join this test
// when the root index re-exports them.

/** Functions that accept anything by design and answer with a value: they must never throw. */
const total = new Set(['isArrearsError', 'isCurrencyCode', 'isValidTimeZone', 'attempt']);

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '1e3', '2025-02-30', 'USD', 'Mars/Olympus', '-0', '9'.repeat(400)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 60, 1e308, -1, 0.1),
  fc.constantFrom(10n ** 40n, -1n, 0n),
);

function hasNaN(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (depth > 4 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNaN(v, depth + 1));
}

type AnyFunction = (...args: unknown[]) => unknown;
const functions = (Object.entries(arrears) as Array<[string, unknown]>).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
);

describe('every exported function given junk', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  for (const [name, fn] of functions) {
    it(`${name} answers or throws an arrears error`, () => {
      fc.assert(
        fc.property(fc.array(junk, { maxLength: 4 }), (args) => {
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (total.has(name)) throw error;
            if (!arrears.isArrearsError(error)) throw error;
            expect(error.message.length).toBeGreaterThan(10);
            return;
          }
          expect(hasNaN(result)).toBe(false);
          if (name.startsWith('safe')) expect(typeof (result as { success: unknown }).success).toBe('boolean');
        }),
        { numRuns: 60 },
      );
    });
  }
});
