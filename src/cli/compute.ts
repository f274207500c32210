import type { InputDocument, Problem } from './problems.js';
import { problemsOfError } from './problems.js';
import { QUIET_OPTION, Reporter, exitOf, formatOption, statusOf } from './report.js';
import { schemaSuggester } from './suggest-schema.js';
import type { CommandContext } from './registry.js';
import { ExitCode } from './registry.js';
import type { Column, Row } from './table.js';
import { renderCsv } from './table.js';

/**
 * The `--format` and `--quiet` options of the commands that compute a result per document:
 * table, csv, json, ndjson, and the CI formats (github, junit, sarif: problems only).
 */
export const OUTPUT_FORMAT_OPTION = {
  format: formatOption(['table', 'csv', 'json', 'ndjson', 'github', 'junit', 'sarif']),
  quiet: QUIET_OPTION,
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
  /** The `arrears schema` name of the documents, for "Did you mean" on misspelled values and keys. */
  readonly schema?: string;
}

/**
 * Runs `spec` on every document: results to stdout in the chosen format, problems to stderr
 * as `file:line:column` lines (in json and ndjson, to stdout as records with `ok: false`, so a
 * batch keeps one line per document; in the CI formats, problems only). In a batch, table
 * output titles each document and CSV rows start with `source` and `line`.
 */
export async function runCompute<R>(context: CommandContext, spec: ComputeSpec<R>, documents: AsyncIterable<InputDocument>, batch: boolean): Promise<ExitCode> {
  const reporter = new Reporter(context, 'arrears');
  const suggest = spec.schema === undefined ? undefined : schemaSuggester(context.modules, spec.schema);
  const format = reporter.format;
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
        if (suggest !== undefined) problems = problems.map((p) => suggest(p, document.value));
      }
    }
    const status = statusOf(problems, 'ok');
    exit = Math.max(exit, exitOf(status)) as ExitCode;
    if (result !== undefined && spec.outcome !== undefined) exit = Math.max(exit, spec.outcome(result)) as ExitCode;
    await reporter.document({ document, problems, status, ...(result === undefined || reporter.isCi ? {} : { result }) });
    if (result === undefined || reporter.writesResults || reporter.isCi || reporter.quiet) continue;
    if (format === 'csv') {
      const rows = spec.rows(result).map((row) => (batch ? { source: document.source, line: document.line, ...row } : row));
      const csv = renderCsv(columns, rows);
      await context.out.text(first ? csv : csv.slice(csv.indexOf('\r\n') + 2));
    } else {
      if (batch) await context.out.line(`${first ? '' : '\n'}== ${document.source}:${document.line} ==`);
      await context.out.line(spec.human(result));
    }
    first = false;
  }
  await reporter.finish();
  return exit;
}
