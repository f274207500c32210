import { DomainRuleError, UnsupportedOptionError, ValidationError, isArrearsError } from '../errors/index.js';
import type { ArrearsError, ErrorPath } from '../errors/index.js';
import { documentsOf } from './documents.js';
import { fieldOf, formatProblem, problemsOfError } from './problems.js';
import type { InputDocument, Problem } from './problems.js';
import type { CommandContext } from './registry.js';
import { ExitCode } from './registry.js';
import { Reporter } from './report.js';

/** A JSON file named by an option (`--policy`): its value, or the problems that stop the run. */
export type SideInput = { readonly ok: true; readonly value: unknown; readonly document: InputDocument } | { readonly ok: false; readonly source: string; readonly problems: readonly Problem[] };

/**
 * Reads the one JSON document of `file` (never NDJSON) and, when given, parses it with
 * `parse` (run once, before any input document). Problems are malformed input: the run stops.
 */
export async function readSideInput(context: CommandContext, file: string, parse?: (value: unknown) => unknown): Promise<SideInput> {
  for await (const document of documentsOf({ ...context, values: { ...context.values, ndjson: false } }, [file])) {
    if (document.problem !== undefined) return { ok: false, source: document.source, problems: [document.problem] };
    try {
      return { ok: true, value: parse === undefined ? document.value : parse(document.value), document };
    } catch (error) {
      return { ok: false, source: document.source, problems: problemsOfError(document, error).map((p) => ({ ...p, severity: 'malformed' as const })) };
    }
  }
  /* c8 ignore next -- a named file always yields one document (or a problem) */
  return { ok: false, source: file, problems: [] };
}

/** Reports the problems of a side input (`role`: what the file was for) and answers exit 2. */
export async function reportSideInput(context: CommandContext, failed: Extract<SideInput, { ok: false }>, role: string): Promise<ExitCode> {
  const reporter = new Reporter(context, 'arrears');
  for (const problem of failed.problems) {
    if (reporter.format === 'table' || reporter.format === 'csv') await context.err.line(`${formatProblem(failed.source, problem)} (the ${role} file; nothing was computed)`);
    else await reporter.document({ document: { source: failed.source, line: problem.line ?? 1 }, problems: [problem], status: 'malformed', extra: { role } });
  }
  await reporter.finish();
  return ExitCode.MALFORMED;
}

/** How the library names a field at the start of a message: `"payments[0].amount"`, or `The input` for the whole document. */
function label(path: ErrorPath): string {
  return path.length === 0 ? 'The input' : `"${fieldOf(path)}"`;
}

/** `message` with the field it starts with (when it names `from`) renamed to `to`. */
function rename(message: string, from: ErrorPath, to: ErrorPath): string {
  const old = label(from);
  return from.length > 0 && message.startsWith(old) ? label(to) + message.slice(old.length) : message;
}

/**
 * Runs `fn`, re-throwing any arrears error with its paths rewritten by `move`, and the field
 * a message starts with renamed to match (the error's code, details and class are kept).
 */
export function remapPaths<T>(move: (path: ErrorPath) => ErrorPath, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    const e = error as ArrearsError;
    const path = move(e.path);
    const options = { path, cause: e, ...(e.details === undefined ? {} : { details: e.details }) };
    if (e.name === 'ValidationError') {
      const issues = (e as ValidationError).issues.map((i) => {
        const moved = move(i.path);
        return { ...i, path: moved, message: rename(i.message, i.path, moved) };
      });
      throw new ValidationError(issues, { cause: e });
    }
    const message = rename(e.message, e.path, path);
    if (e.name === 'DomainRuleError') throw new DomainRuleError(e.code, message, options);
    throw new UnsupportedOptionError(message, options, e.code);
  }
}

/**
 * Runs `fn` with `prefix` in front of the paths of any arrears error it throws, so that a
 * problem in the third event of a case file is reported at `events[2].amount`, not `amount`.
 */
export function underPath<T>(prefix: ErrorPath, fn: () => T): T {
  return remapPaths((path) => [...prefix, ...path], fn);
}

/** Runs `fn` with `prefix` taken off the front of the paths of any arrears error it throws (where present). */
export function outOfPath<T>(prefix: ErrorPath, fn: () => T): T {
  return remapPaths((path) => (prefix.every((key, i) => path[i] === key) ? path.slice(prefix.length) : path), fn);
}
