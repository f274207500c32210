import { isArrearsError } from '../errors/index.js';
import type { ArrearsIssue, ErrorPath } from '../errors/index.js';
import { locatePath } from './json-text.js';
import { ExitCode } from './registry.js';
import type { PolicyViolation } from './registry.js';

/** Codes of the problems the command line itself finds (files, JSON, usage). */
export const CliErrorCodes = {
  CLI_USAGE: 'CLI_USAGE',
  CLI_NO_INPUT: 'CLI_NO_INPUT',
  CLI_FILE_NOT_FOUND: 'CLI_FILE_NOT_FOUND',
  CLI_FILE_UNREADABLE: 'CLI_FILE_UNREADABLE',
  CLI_IS_DIRECTORY: 'CLI_IS_DIRECTORY',
  CLI_NO_MATCH: 'CLI_NO_MATCH',
  CLI_INVALID_JSON: 'CLI_INVALID_JSON',
  CLI_LINE_TOO_LONG: 'CLI_LINE_TOO_LONG',
} as const;

/**
 * `violation`: a well-formed document breaks a rule or policy (exit 1).
 * `malformed`: a document cannot be read, is not JSON or fails its schema (exit 2).
 */
export type Severity = 'violation' | 'malformed';

/** One problem with one document, placed in its file. */
export interface Problem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The field path inside the document (`['payments', 0, 'amount']`); empty for the whole document. */
  readonly path: ErrorPath;
  /** 1-based line in the file (for NDJSON, the line of the document itself), when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** Machine-readable facts (a policy limit and the actual value), when there are any. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** One input document: its origin, its raw text and its value, or why it could not be read. */
export interface InputDocument {
  /** The file name as given (or matched), or `<stdin>`. */
  readonly source: string;
  /** The line of the file where the document starts (1 for a JSON file; the line for NDJSON). */
  readonly line: number;
  /** The raw JSON text (kept to place problems; for NDJSON, just the line). */
  readonly text: string;
  /** The parsed value; `undefined` when `problem` is set. */
  readonly value: unknown;
  /** Why the document could not be read or parsed. */
  readonly problem?: Problem;
  /** Built from command-line options rather than read from a file: problems carry no line. */
  readonly synthetic?: boolean;
}

/** The exit code a list of problems calls for: the most severe wins. */
export function exitCodeOf(problems: readonly Problem[]): ExitCode {
  if (problems.some((p) => p.severity === 'malformed')) return ExitCode.MALFORMED;
  return problems.length > 0 ? ExitCode.VIOLATION : ExitCode.OK;
}

/** A problem at a field of a document, with its line and column in the file. */
export function placeIssue(document: InputDocument, issue: ArrearsIssue | PolicyViolation, severity: Severity): Problem {
  const details = 'details' in issue ? issue.details : undefined;
  const problem: Problem = { severity, code: issue.code, message: issue.message, path: issue.path, ...(details === undefined ? {} : { details }) };
  if (document.synthetic === true) return problem;
  const at = locatePath(document.text, issue.path);
  if (at === undefined) return { ...problem, line: document.line };
  return { ...problem, line: document.line + at.line - 1, column: at.column };
}

/**
 * The problems an error thrown while handling a document stands for: every issue of a
 * `ValidationError` (malformed), the rule a `DomainRuleError` names (a violation), an
 * `UnsupportedOptionError` (malformed: the command cannot judge it). Anything else is a bug
 * and is thrown again.
 */
export function problemsOfError(document: InputDocument, error: unknown): Problem[] {
  if (!isArrearsError(error)) throw error;
  if (error.name === 'ValidationError') {
    const issues = (error as unknown as { issues: readonly ArrearsIssue[] }).issues;
    return issues.map((issue) => placeIssue(document, issue, 'malformed'));
  }
  const severity: Severity = error.name === 'DomainRuleError' ? 'violation' : 'malformed';
  return [placeIssue(document, { code: error.code, path: error.path, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) }, severity)];
}

/** `file:line:column` (or less, when the position is not known). */
export function where(source: string, problem: Problem): string {
  if (problem.line === undefined) return source;
  return problem.column === undefined ? `${source}:${problem.line}` : `${source}:${problem.line}:${problem.column}`;
}

/** A problem as one human-readable line: `plans/a.json:4:18: malformed MONEY_INVALID_AMOUNT "amount": ...`. */
export function formatProblem(source: string, problem: Problem): string {
  return `${where(source, problem)}: ${problem.severity} ${problem.code} ${problem.message}`;
}

/** A problem as plain JSON for `--format json`. */
export function problemJson(problem: Problem): Record<string, unknown> {
  const json: Record<string, unknown> = {
    severity: problem.severity,
    code: problem.code,
    path: [...problem.path],
    field: fieldOf(problem.path),
    message: problem.message,
  };
  if (problem.line !== undefined) json.line = problem.line;
  if (problem.column !== undefined) json.column = problem.column;
  if (problem.details !== undefined) json.details = problem.details;
  return json;
}

/** `['payments', 0, 'amount']` → `payments[0].amount`. */
export function fieldOf(path: ErrorPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}
