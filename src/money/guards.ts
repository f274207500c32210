import * as z from 'zod/mini';
import type { ErrorPath } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { CurrencyEntry } from './currency-table.js';
import { amountToMinor, minorInRange } from './decimal-string.js';
import {
  ALLOCATION_REMAINDERS,
  AllocateOptionsSchema,
  AllocationWeightsSchema,
  MAX_ALLOCATION_PARTS,
  RatioSchema,
  RoundingModeSchema,
  amountIn,
  minorUnitsIn,
} from './schemas.js';
import type { AllocationRemainder, Ratio, RoundingMode } from './types.js';
import { unreachable } from '../internal/unreachable.js';

/*
 * The fast paths check their arguments by hand (a `typeof`, a regex, a `Map` lookup) and only
 * when that check fails hand the value to the exported zod schema, which produces the
 * {@link arrears!ValidationError}. The hand check and the schema accept the same values (a
 * property test holds them to it), so the schema stays the one definition of what is valid,
 * and valid calls never pay for zod.
 */

/** Throws the schema's error for a value the fast check rejected. */
export function reject(schema: z.ZodMiniType, value: unknown, path: ErrorPath): never {
  parseInput(schema, value, path);
  /* v8 ignore next -- the fast check and the schema accept the same values */
  return unreachable(`the fast check rejected a value the schema accepts at ${path.join('.')}`);
}

const BigintSchema = z.bigint();


/** Checks a rounding mode. */
export function checkMode(mode: unknown, path: ErrorPath = ['mode']): RoundingMode {
  // A switch on string literals is several times faster than a Set lookup in the hot loops.
  switch (mode) {
    case 'halfExpand':
    case 'halfEven':
    case 'halfTrunc':
    case 'halfCeil':
    case 'halfFloor':
    case 'expand':
    case 'trunc':
    case 'ceil':
    case 'floor':
      return mode;
    default:
      return reject(RoundingModeSchema, mode, path);
  }
}


/** Checks an exact amount in a currency and returns it in minor units. */
export function checkAmount(value: unknown, currency: CurrencyEntry, path: ErrorPath): bigint {
  const minor = amountToMinor(value, currency.minorUnits);
  if (minor !== undefined) return minor;
  return reject(amountIn(currency.code), value, path);
}

/** Checks integer minor units in range for a currency. */
export function checkMinor(value: unknown, currency: CurrencyEntry, path: ErrorPath): bigint {
  if (typeof value === 'bigint' && minorInRange(value, currency.minorUnits)) return value;
  return reject(minorUnitsIn(currency.code), value, path);
}

/** Checks a bigint. */
export function checkBigint(value: unknown, path: ErrorPath): bigint {
  if (typeof value === 'bigint') return value;
  return reject(BigintSchema, value, path);
}

/** Checks a ratio object. */
export function checkRatio(value: unknown, path: ErrorPath): Ratio {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { numerator, denominator } = value as { numerator?: unknown; denominator?: unknown };
    if (typeof numerator === 'bigint' && typeof denominator === 'bigint' && denominator > 0n) return { numerator, denominator };
  }
  return reject(RatioSchema, value, path);
}

const REMAINDERS: ReadonlySet<unknown> = new Set(ALLOCATION_REMAINDERS);

/**
 * Checks the options of an allocation (`undefined`, `{}` or `{ remainder }`) and returns the
 * remainder rule, `largestRemainder` by default. Plain objects with known keys pass by hand;
 * anything else goes to the schema for its error.
 */
export function checkAllocateOptions(options: unknown): AllocationRemainder {
  if (options === undefined) return 'largestRemainder';
  if (typeof options === 'object' && options !== null && !Array.isArray(options) && Object.getPrototypeOf(options) === Object.prototype) {
    let keys = 0;
    for (const key in options) {
      if (key !== 'remainder') {
        keys = -1;
        break;
      }
      keys++;
    }
    const remainder = (options as { remainder?: unknown }).remainder;
    if (keys === 0 || (keys === 1 && remainder === undefined)) return 'largestRemainder';
    if (keys === 1 && REMAINDERS.has(remainder)) return remainder as AllocationRemainder;
  }
  return (parseInput(AllocateOptionsSchema, options, ['options']).remainder ?? 'largestRemainder');
}

/** Checks allocation weights: 1 to 100,000 non-negative bigints, at least one positive. */
export function checkWeights(weights: unknown): readonly bigint[] {
  if (Array.isArray(weights) && weights.length >= 1 && weights.length <= MAX_ALLOCATION_PARTS) {
    let ok = true;
    let positive = false;
    for (const w of weights) {
      if (typeof w !== 'bigint' || w < 0n) {
        ok = false;
        break;
      }
      if (w > 0n) positive = true;
    }
    if (ok && positive) return weights as bigint[];
  }
  return reject(AllocationWeightsSchema, weights, ['weights']);
}
