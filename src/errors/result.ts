import type { ArrearsError } from './arrears-error.js';
import { isArrearsError } from './arrears-error.js';

/**
 * What the non-throwing `safe*` functions return: the same shape as zod's `safeParse`.
 */
export type ArrearsResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: ArrearsError };

/**
 * Runs a function and returns its value or the {@link ArrearsError} it threw, as an
 * {@link ArrearsResult}. Only arrears errors are caught: any other exception is a bug and
 * propagates. Every `safe*` twin in the library is built on it.
 *
 * @param fn - the call to make
 * @returns `{ success: true, data }` or `{ success: false, error }`
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
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (isArrearsError(error)) return { success: false, error };
    throw error;
  }
}
