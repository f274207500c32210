import type { ArrearsError } from './arrears-error.js';
import { isArrearsError, ValidationError } from './arrears-error.js';
import { CoreErrorCodes } from './codes.js';

/**
 * The successful half of an {@link ArrearsResult}.
 *
 * @typeParam T - the value's type
 */
export interface ArrearsSuccess<T> {
  /** Always `true` here. */
  readonly success: true;
  /** The value the function returned. */
  readonly data: T;
}

/**
 * The failed half of an {@link ArrearsResult}.
 */
export interface ArrearsFailure {
  /** Always `false` here. */
  readonly success: false;
  /** The typed error, with its code, path and message. */
  readonly error: ArrearsError;
}

/**
 * What the non-throwing `safe*` functions return: the same shape as zod's `safeParse`.
 *
 * @typeParam T - the value's type
 */
export type ArrearsResult<T> = ArrearsSuccess<T> | ArrearsFailure;

/**
 * Runs a function and returns its value or the {@link ArrearsError} it threw, as an
 * {@link ArrearsResult}. Only arrears errors are caught: any other exception is a bug and
 * propagates. Every `safe*` twin in the library is built on it.
 *
 * @param fn - the call to make
 * @returns `{ success: true, data }` or `{ success: false, error }`; a `fn` that is not a
 *   function gives `{ success: false, error }` with a `ValidationError` (`INPUT_INVALID_TYPE`)
 *
 * @example
 * ```ts
 * import { attempt } from 'arrears';
 * import { parseAmount } from 'arrears/money';
 * attempt(() => parseAmount('12.5', 'USD')); // => { success: true, data: '12.50' }
 * attempt(() => parseAmount('1e3', 'USD')).success; // => false
 * ```
 */
export function attempt<T>(fn: () => T): ArrearsResult<T> {
  if (typeof fn !== 'function') {
    return {
      success: false,
      error: new ValidationError([{ code: CoreErrorCodes.INPUT_INVALID_TYPE, path: ['fn'], message: '"fn" must be a function to call.' }]),
    };
  }
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (isArrearsError(error)) return { success: false, error };
    throw error;
  }
}
