/**
 * Error codes shared by every module: the ones a schema failure produces when the failing
 * check is a generic one (wrong type, missing field, out of range). Each module adds its own
 * codes (`MONEY_*`, `CALENDAR_*`, ...) in its own folder.
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { CoreErrorCodes } from 'arrears';
 * CoreErrorCodes.INPUT_INVALID_TYPE; // => 'INPUT_INVALID_TYPE'
 * ```
 */
export const CoreErrorCodes = {
  /** A value has the wrong JavaScript type (a number where a string is required, ...). */
  INPUT_INVALID_TYPE: 'INPUT_INVALID_TYPE',
  /** A required field is missing. */
  INPUT_MISSING: 'INPUT_MISSING',
  /** A number, string length or list size is outside the allowed range. */
  INPUT_OUT_OF_RANGE: 'INPUT_OUT_OF_RANGE',
  /** A value is not one of the allowed options, or does not have the required format. */
  INPUT_INVALID_VALUE: 'INPUT_INVALID_VALUE',
  /** An object has keys the schema does not know (strict objects only). */
  INPUT_UNRECOGNIZED_KEYS: 'INPUT_UNRECOGNIZED_KEYS',
  /** Any other schema failure. */
  INPUT_INVALID: 'INPUT_INVALID',
  /** The input is valid, but asks for an option this version does not implement. */
  UNSUPPORTED_OPTION: 'UNSUPPORTED_OPTION',
} as const;

/**
 * One of the {@link CoreErrorCodes}.
 */
export type CoreErrorCode = (typeof CoreErrorCodes)[keyof typeof CoreErrorCodes];

/**
 * The code of any {@link ArrearsError}: a core code or a module's own (`MONEY_INVALID_AMOUNT`,
 * `CALENDAR_INVALID_DATE`, ...). Always `UPPER_SNAKE`, prefixed by the module.
 */
export type ArrearsErrorCode = CoreErrorCode | (string & {});
