import { ValidationError, isArrearsError } from '../../src/errors/index.js';
import type { ArrearsError, ArrearsIssue } from '../../src/errors/index.js';

/** The code of the arrears error `fn` throws, or `'none'`; any other error is thrown on. */
export function codeOrNone(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return error.code;
    throw error;
  }
  return 'none';
}

/** `Name:CODE` of the arrears error `fn` throws, the text of any other error, or undefined when nothing is thrown. */
export function nameAndCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isArrearsError(error) ? `${error.name}:${error.code}` : String(error);
  }
  return undefined;
}

/** Every issue of an arrears error: a ValidationError's `issues`, else the error itself as one issue. */
export function issuesOf(error: ArrearsError): readonly ArrearsIssue[] {
  return error instanceof ValidationError ? error.issues : [{ code: error.code, path: error.path, message: error.message }];
}
