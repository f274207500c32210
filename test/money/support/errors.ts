import { isArrearsError } from '../../../src/money/index.js';
import type { ArrearsError } from '../../../src/money/index.js';

/** Calls `fn` and returns the arrears error it threw; fails when it throws nothing or something else. */
export function caught(fn: () => unknown): ArrearsError {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return error;
    throw new Error(`expected an arrears error, got ${String(error)}`);
  }
  throw new Error('expected an arrears error, but the call returned');
}

/** `"<class> <code>"` of the error `fn` throws, for compact assertions. */
export function failure(fn: () => unknown): string {
  const error = caught(fn);
  return `${error.name} ${error.code}`;
}
