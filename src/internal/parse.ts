import type { z } from 'zod';
import type { ArrearsIssue, ErrorPath } from '../errors/arrears-error.js';
import { formatPath, ValidationError } from '../errors/arrears-error.js';
import { CoreErrorCodes } from '../errors/codes.js';

/**
 * The `params` a custom zod check attaches so that its issue becomes an arrears issue with our
 * own code and message (see {@link arrearsIssue}).
 */
export interface ArrearsIssueParams {
  readonly arrearsCode: string;
}

/** Builds the `params` object for `ctx.addIssue` / `z.refine` so the issue keeps our code. */
export function arrearsIssue(code: string): ArrearsIssueParams {
  return { arrearsCode: code };
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : `the number ${String(input)}`;
  if (typeof input === 'string') return input === '' ? 'an empty string' : `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}...` : input)}`;
  if (typeof input === 'bigint') return `the bigint ${input.toString()}`;
  if (Array.isArray(input)) return 'an array';
  return article(typeof input);
}

function label(path: ErrorPath): string {
  return path.length === 0 ? 'The input' : `"${formatPath(path)}"`;
}

type ZodIssue = z.core.$ZodIssue;

/** Maps one zod issue to an arrears issue: our code where a check set one, else a generic code. */
export function toArrearsIssue(issue: ZodIssue, prefix: ErrorPath = []): ArrearsIssue {
  const path: ErrorPath = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
  const where = label(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as Partial<ArrearsIssueParams> | undefined;
      const code = params?.arrearsCode ?? CoreErrorCodes.INPUT_INVALID;
      return { code, path, message: `${where}: ${issue.message}` };
    }
    case 'invalid_type':
      if (input === undefined) return { code: CoreErrorCodes.INPUT_MISSING, path, message: `${where} is required (expected ${issue.expected}).` };
      return { code: CoreErrorCodes.INPUT_INVALID_TYPE, path, message: `${where} must be ${article(issue.expected)}, but got ${describeReceived(input)}.` };
    case 'too_big':
    case 'too_small':
      return { code: CoreErrorCodes.INPUT_OUT_OF_RANGE, path, message: `${where}: ${lowerFirst(issue.message)}.` };
    case 'invalid_value':
      return {
        code: CoreErrorCodes.INPUT_INVALID_VALUE,
        path,
        message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but got ${describeReceived(input)}.`,
      };
    case 'invalid_format':
      return { code: CoreErrorCodes.INPUT_INVALID_VALUE, path, message: `${where}: ${lowerFirst(issue.message)} (got ${describeReceived(input)}).` };
    case 'unrecognized_keys':
      return { code: CoreErrorCodes.INPUT_UNRECOGNIZED_KEYS, path, message: `${where} has unknown field(s): ${issue.keys.join(', ')}.` };
    case 'invalid_union': {
      // Prefer the most specific branch failure: the first branch issue that carries our code.
      for (const branch of issue.errors) {
        for (const inner of branch) {
          if (inner.code === 'custom') return toArrearsIssue(inner, path);
        }
      }
      return { code: CoreErrorCodes.INPUT_INVALID_VALUE, path, message: `${where} does not match any of the accepted forms (got ${describeReceived(input)}).` };
    }
    default:
      return { code: CoreErrorCodes.INPUT_INVALID, path, message: `${where}: ${lowerFirst(issue.message)}.` };
  }
}

function lowerFirst(s: string): string {
  const t = s.replace(/\.$/, '');
  return t.charAt(0).toLowerCase() + t.slice(1);
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Parses `input` with `schema`; on failure throws a {@link ValidationError} whose issues carry
 * our codes and paths (prefixed by `path`). No zod error escapes except as `cause`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, path: ErrorPath = []): z.output<S> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    // zod gathers the issues of a list with a spread call: tens of thousands of bad elements
    // (or a structure deeper than the stack) overflow the stack. That is input too large to
    // check, a typed error like any other bound, never a raw RangeError.
    if (error instanceof RangeError) {
      throw new ValidationError(
        [{ code: CoreErrorCodes.INPUT_OUT_OF_RANGE, path, message: `${label(path)} is too large or too deeply nested to check: its lists and nesting must stay within the documented input bounds.` }],
        { cause: error },
      );
    }
    throw error;
  }
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => toArrearsIssue(issue, path)),
    { cause: result.error },
  );
}
