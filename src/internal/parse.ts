import * as z from 'zod/mini';
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
      return { code: CoreErrorCodes.INPUT_OUT_OF_RANGE, path, message: `${where}: ${describeBound(issue)} (got ${describeSize(issue.origin, input)}).` };
    case 'invalid_value':
      return {
        code: CoreErrorCodes.INPUT_INVALID_VALUE,
        path,
        message: `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but got ${describeReceived(input)}.`,
      };
    case 'invalid_format':
      return { code: CoreErrorCodes.INPUT_INVALID_VALUE, path, message: `${where}: ${describeFormat(issue)} (got ${describeReceived(input)}).` };
    case 'unrecognized_keys':
      return { code: CoreErrorCodes.INPUT_UNRECOGNIZED_KEYS, path, message: `${where} has unknown field(s): ${issue.keys.join(', ')}.` };
    case 'invalid_union': {
      // Prefer the most specific branch failure: the first branch issue that carries our code.
      for (const branch of issue.errors) {
        for (const inner of branch) {
          if (inner.code === 'custom') return toArrearsIssue(inner, path);
        }
      }
      // Else one from a union nested in a branch (a payment series' frequency in a list of payments).
      for (const branch of issue.errors) {
        for (const inner of branch) {
          if (inner.code !== 'invalid_union') continue;
          const nested = toArrearsIssue(inner, path);
          if (nested.code !== CoreErrorCodes.INPUT_INVALID_VALUE) return nested;
        }
      }
      return { code: CoreErrorCodes.INPUT_INVALID_VALUE, path, message: `${where} does not match any of the accepted forms (got ${describeReceived(input)}).` };
    }
    case 'not_multiple_of':
      return { code: CoreErrorCodes.INPUT_INVALID, path, message: `${where} must be a multiple of ${String(issue.divisor)}, but got ${describeReceived(input)}.` };
    case 'invalid_key':
      return { code: CoreErrorCodes.INPUT_INVALID, path, message: `${where} has a key that is not allowed.` };
    case 'invalid_element':
      return { code: CoreErrorCodes.INPUT_INVALID, path, message: `${where} has a value that is not allowed.` };
    default:
      return { code: CoreErrorCodes.INPUT_INVALID, path, message: `${where} is not valid.` };
  }
}

// Our own sentences for zod's size and format issues: zod/mini bundles no locale, so nothing
// arrears shows may come from `issue.message` except the custom checks that set one.

const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
  file: ['byte', 'bytes'],
};

function plural(n: number | bigint, unit: readonly [string, string]): string {
  return `${String(n)} ${n === 1 || n === 1n ? unit[0] : unit[1]}`;
}

type SizeIssue = z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall;

/** "too small: expected at least 1 item", "too big: expected a whole number of at most 100". */
function describeBound(issue: SizeIssue): string {
  const big = issue.code === 'too_big';
  const limit = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum;
  const strict = issue.inclusive === false && issue.exact !== true;
  const bound = issue.exact === true ? 'exactly' : big ? (strict ? 'less than' : 'at most') : strict ? 'more than' : 'at least';
  const unit = UNITS[issue.origin];
  if (unit !== undefined) return `too ${big ? 'big' : 'small'}: expected ${bound} ${plural(limit, unit)}`;
  const what = issue.origin === 'int' || issue.origin === 'bigint' ? 'a whole number' : issue.origin === 'date' ? 'a date' : 'a number';
  return `too ${big ? 'big' : 'small'}: expected ${what} ${strict ? bound : `of ${bound}`} ${String(limit)}`;
}

function describeSize(origin: string, input: unknown): string {
  const unit = UNITS[origin];
  if (unit !== undefined && typeof input === 'string') return plural(input.length, unit);
  if (unit !== undefined && Array.isArray(input)) return plural(input.length, unit);
  if (unit !== undefined && input instanceof Set) return plural(input.size, unit);
  return describeReceived(input);
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const i = issue as z.core.$ZodIssueInvalidStringFormat & { prefix?: string; suffix?: string; includes?: string; pattern?: string };
  switch (i.format) {
    case 'regex':
      return `invalid string: must match pattern ${String(i.pattern)}`;
    case 'starts_with':
      return `invalid string: must start with ${JSON.stringify(i.prefix)}`;
    case 'ends_with':
      return `invalid string: must end with ${JSON.stringify(i.suffix)}`;
    case 'includes':
      return `invalid string: must include ${JSON.stringify(i.includes)}`;
    case 'lowercase':
    case 'uppercase':
      return `invalid string: must be in ${i.format}`;
    default:
      return `invalid string: must be a valid ${i.format}`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Parses `input` with `schema`; on failure throws a {@link ValidationError} whose issues carry
 * our codes and paths (prefixed by `path`). No zod error escapes except as `cause`.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, path: ErrorPath = []): z.output<S> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, input, { reportInput: true });
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
