import type { ArrearsErrorCode } from './codes.js';
import { CoreErrorCodes } from './codes.js';

/** The brand every arrears error carries; shared between the ESM and CJS copies. */
const BRAND = Symbol.for('arrears.error');

/**
 * A path to the offending field: object keys and array indexes, outermost first
 * (`['terms', 'installments', 2, 'amount']`). Empty when the whole input is at fault.
 */
export type ErrorPath = ReadonlyArray<string | number>;

/**
 * One problem found in an input: what {@link ValidationError.issues} holds.
 */
export interface ArrearsIssue {
  /** A stable code such as `MONEY_INVALID_AMOUNT` or `INPUT_INVALID_TYPE`. */
  readonly code: ArrearsErrorCode;
  /** Where the problem is. */
  readonly path: ErrorPath;
  /** A sentence a person understands, naming the field and the rule. */
  readonly message: string;
}

/** Options accepted by every arrears error constructor. */
export interface ArrearsErrorOptions {
  /** Where the problem is; defaults to `[]`. */
  readonly path?: ErrorPath | undefined;
  /** Extra machine-readable facts (limits, the offending value, ...). */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** The underlying error, when there is one. */
  readonly cause?: unknown;
}

/**
 * The plain-JSON form of an {@link ArrearsError}, as `JSON.stringify` writes it.
 */
export interface ArrearsErrorJSON {
  /** The class name: `ArrearsError`, `ValidationError`, `DomainRuleError` or `UnsupportedOptionError`. */
  name: string;
  /** The stable code. */
  code: string;
  /** Where the problem is. */
  path: Array<string | number>;
  /** The sentence for a person. */
  message: string;
  /** Extra facts, when there are any. */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * Formats a path for a message: `terms.installments[2].amount`.
 *
 * @internal
 */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * The base class of every error arrears throws. Each carries a stable string `code`, the
 * `path` of the bad field and a `message` a person understands.
 *
 * Use {@link isArrearsError} rather than `instanceof` when two copies of the package may be
 * loaded (ESM and CommonJS in one process): the brand check works across copies.
 *
 * @example
 * ```ts
 * import { ArrearsError, isArrearsError } from 'arrears';
 * const error = new ArrearsError('MONEY_INVALID_AMOUNT', 'amount: "1e3" is not a decimal amount.', { path: ['amount'] });
 * [error.code, error.path, isArrearsError(error)]; // => ['MONEY_INVALID_AMOUNT', ['amount'], true]
 * ```
 */
export class ArrearsError extends Error {
  /** A stable code: public API, never renamed within a major version. */
  readonly code: ArrearsErrorCode;
  /** Where the problem is, outermost key first. */
  readonly path: ErrorPath;
  /** Extra machine-readable facts, when there are any. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  /**
   * @param code - a stable code such as `MONEY_INVALID_AMOUNT`
   * @param message - a sentence a person understands
   * @param options - path, details and cause
   */
  constructor(code: ArrearsErrorCode, message: string, options: ArrearsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // The brand is a non-enumerable own property, so it survives across package copies
    // without showing in JSON or in the public type.
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
    this.name = 'ArrearsError';
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.details = options.details;
  }

  /**
   * A plain-JSON view (name, code, path, message, details) for logs and API responses.
   *
   * @returns the error as plain data
   */
  toJSON(): ArrearsErrorJSON {
    const json: ArrearsErrorJSON = {
      name: this.name,
      code: this.code,
      path: [...this.path],
      message: this.message,
    };
    if (this.details !== undefined) json.details = this.details;
    return json;
  }
}

/**
 * The input is malformed: it failed a schema. `issues` lists every problem found (the first
 * one gives `code`, `path` and `message`); `cause` holds the original zod error.
 *
 * @example
 * ```ts
 * import { ValidationError } from 'arrears';
 * const error = new ValidationError([{ code: 'INPUT_MISSING', path: ['currency'], message: 'currency: this field is required.' }]);
 * [error.code, error.issues.length]; // => ['INPUT_MISSING', 1]
 * ```
 */
export class ValidationError extends ArrearsError {
  /** Every problem found, in input order. */
  readonly issues: readonly ArrearsIssue[];

  /**
   * @param issues - at least one issue; the first becomes the error's code, path and message
   * @param options - details and cause (the path comes from the first issue)
   */
  constructor(issues: readonly ArrearsIssue[], options: Omit<ArrearsErrorOptions, 'path'> = {}) {
    const first: ArrearsIssue = issues[0] ?? { code: CoreErrorCodes.INPUT_INVALID, path: [], message: 'The input is not valid.' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(first.code, first.message + more, { ...options, path: first.path });
    this.name = 'ValidationError';
    this.issues = Object.freeze(issues.length > 0 ? issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })) : [first]);
  }
}

/**
 * The input is well-formed but breaks a rule of the domain: a division by zero, a local
 * time that does not exist and was asked to be rejected, a plan longer than policy allows.
 *
 * @example
 * ```ts
 * import { DomainRuleError } from 'arrears';
 * new DomainRuleError('MONEY_DIVISION_BY_ZERO', 'Cannot split an amount into zero parts.').name; // => 'DomainRuleError'
 * ```
 */
export class DomainRuleError extends ArrearsError {
  /**
   * @param code - a stable code
   * @param message - a sentence a person understands
   * @param options - path, details and cause
   */
  constructor(code: ArrearsErrorCode, message: string, options: ArrearsErrorOptions = {}) {
    super(code, message, options);
    this.name = 'DomainRuleError';
  }
}

/**
 * The input is valid but asks for something this version does not implement (a year before
 * the holiday rules we know, a jurisdiction we do not cover).
 *
 * @example
 * ```ts
 * import { UnsupportedOptionError } from 'arrears';
 * new UnsupportedOptionError('Holidays before 1971 are not supported.', { path: ['year'] }).code; // => 'UNSUPPORTED_OPTION'
 * ```
 */
export class UnsupportedOptionError extends ArrearsError {
  /**
   * @param message - what is not supported, and what is
   * @param options - path, details and cause
   * @param code - a more specific code; defaults to `UNSUPPORTED_OPTION`
   */
  constructor(message: string, options: ArrearsErrorOptions = {}, code: ArrearsErrorCode = CoreErrorCodes.UNSUPPORTED_OPTION) {
    super(code, message, options);
    this.name = 'UnsupportedOptionError';
  }
}

/**
 * Whether a value is an error thrown by arrears. A brand check (`Symbol.for('arrears.error')`),
 * so it also recognises errors from another copy of the package (ESM and CommonJS loaded
 * together), where `instanceof` would say no.
 *
 * @param value - anything, typically a caught exception
 * @returns `true` for any {@link ArrearsError} from any copy of arrears
 *
 * @example
 * ```ts
 * import { isArrearsError, DomainRuleError } from 'arrears';
 * isArrearsError(new DomainRuleError('X_RULE', 'A rule.')); // => true
 * isArrearsError(new Error('plain')); // => false
 * ```
 */
export function isArrearsError(value: unknown): value is ArrearsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
