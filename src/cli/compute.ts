import type { InputDocument, Problem } from './problems.js';
import { exitCodeOf, formatProblem, problemJson, problemsOfError } from './problems.js';
import type { CommandContext } from './registry.js';
import { ExitCode } from './registry.js';
import type { Column, Row } from './table.js';
import { renderCsv } from './table.js';

/** The `--format` option of the commands that compute a result per document. */
export const OUTPUT_FORMAT_OPTION = {
  format: {
    type: 'string',
    short: 'f',
    valueName: 'format',
    choices: ['table', 'csv', 'json'],
    default: 'table',
    description: 'table: readable text; csv: the rows as RFC 4180 CSV; json: one JSON object per document (NDJSON).',
  },
} as const;

/** How a command computes and shows its result for one document. */
export interface ComputeSpec<R> {
  /** Computes the result; throws arrears errors for bad input. */
  compute(value: unknown): R;
  /** The readable text of a result (table format). */
  human(result: R): string;
  /** The CSV columns. */
  readonly columns: readonly Column[];
  /** The CSV rows of a result. */
  rows(result: R): readonly Row[];
  /**
   * The exit code a computed result calls for (default 0): a denied contact or a refused
   * escalation event is an answer, not an error, yet a shell script wants to branch on it.
   */
  outcome?(result: R): ExitCode;
}

/**
 * Runs `spec` on every document: results to stdout in the chosen format, problems to stderr
 * as `file:line:column` lines (in `json` format, to stdout as `{ ok: false, problems }`
 * objects, so a batch keeps one line per document). In a batch, table output titles each
 * document and CSV rows start with `source` and `line`.
 */
export async function runCompute<R>(context: CommandContext, spec: ComputeSpec<R>, documents: AsyncIterable<InputDocument>, batch: boolean): Promise<ExitCode> {
  const format = context.values.format as 'table' | 'csv' | 'json';
  const columns: Column[] = batch ? [{ key: 'source', header: 'source' }, { key: 'line', header: 'line', align: 'right' }, ...spec.columns] : [...spec.columns];
  let exit: ExitCode = ExitCode.OK;
  let first = true;
  for await (const document of documents) {
    let problems: Problem[];
    let result: R | undefined;
    if (document.problem !== undefined) problems = [document.problem];
    else {
      try {
        result = spec.compute(document.value);
        problems = [];
      } catch (error) {
        problems = problemsOfError(document, error);
      }
    }
    exit = Math.max(exit, exitCodeOf(problems)) as ExitCode;
    if (result === undefined) {
      if (format === 'json') await context.out.line(JSON.stringify({ source: document.source, line: document.line, ok: false, problems: problems.map(problemJson) }));
      else for (const problem of problems) await context.err.line(formatProblem(document.source, problem));
      continue;
    }
    if (spec.outcome !== undefined) exit = Math.max(exit, spec.outcome(result)) as ExitCode;
    if (format === 'json') {
      await context.out.line(JSON.stringify({ source: document.source, line: document.line, ok: true, result }));
    } else if (format === 'csv') {
      const rows = spec.rows(result).map((row) => (batch ? { source: document.source, line: document.line, ...row } : row));
      const csv = renderCsv(columns, rows);
      await context.out.text(first ? csv : csv.slice(csv.indexOf('\r\n') + 2));
    } else {
      if (batch) await context.out.line(`${first ? '' : '\n'}== ${document.source}:${document.line} ==`);
      await context.out.line(spec.human(result));
    }
    first = false;
  }
  return exit;
}
