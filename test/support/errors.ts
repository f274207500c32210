import { isArrearsError } from '../../src/errors/index.js';

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
