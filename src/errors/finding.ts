/**
 * How much a finding weighs: a `violation` breaks a rule as declared (a check with one is not
 * `ok`), a `warning` depends on a fact the caller did not declare or on a presumption, `info`
 * is for the record.
 *
 * @example
 * ```ts
 * import type { Severity } from 'arrears';
 * const s: Severity = 'warning';
 * s; // => 'warning'
 * ```
 */
export type Severity = 'violation' | 'warning' | 'info';

/**
 * A stretch of a text: `[start, end)` in UTF-16 code units of the original string (JavaScript
 * string indices), so `text.slice(span.start, span.end)` is the matched text.
 *
 * @example
 * ```ts
 * import type { TextSpan } from 'arrears';
 * const span: TextSpan = { start: 0, end: 4 };
 * 'Hello'.slice(span.start, span.end); // => 'Hell'
 * ```
 */
export interface TextSpan {
  /** The first code unit (included). */
  readonly start: number;
  /** The code unit after the last one (excluded). */
  readonly end: number;
}

/**
 * One reason, anywhere in the library: a violation, a warning, a refused event, a skipped
 * reminder, a fee kept off. `code` is the rule id for a rule of law (`REGF-7IN7`,
 * `US-MA-...`), else a module-prefixed UPPER_SNAKE code. Malformed input is never a finding:
 * it is an {@link ArrearsError}.
 *
 * @example
 * ```ts
 * import type { Finding } from 'arrears';
 * const f: Finding = { code: 'REGF-OPTOUT-NOTICE', severity: 'violation', message: 'No opt-out statement.', citation: '12 CFR 1006.6(e)', span: null };
 * f.severity; // => 'violation'
 * ```
 */
export interface Finding {
  /** The rule id or module-prefixed code. */
  readonly code: string;
  /** How much it weighs. */
  readonly severity: Severity;
  /** A sentence a person understands. */
  readonly message: string;
  /** The law or guidance behind it (`12 CFR 1006.14(b)(2)`), for a rule of law. */
  readonly citation?: string;
  /** The input field it is about, as keys from the input's root. */
  readonly path?: readonly (string | number)[];
  /** Where in a text it is; `null` for something missing from the text. */
  readonly span?: TextSpan | null;
  /** Machine-readable facts behind the finding. */
  readonly details?: Readonly<Record<string, unknown>>;
}
