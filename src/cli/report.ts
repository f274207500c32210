// The one output vocabulary of the command line: `--format table|csv|json|ndjson|github|junit|sarif`,
// one JSON record per document for every command, and the formats CI systems read natively.
// Commands hand each document's outcome to a Reporter; it writes the chosen format.
import type { InputDocument, Problem } from './problems.js';
import { fieldOf, formatProblem, problemJson } from './problems.js';
import type { CommandContext, OptionSpec } from './registry.js';
import { ExitCode } from './registry.js';
import { packageVersion } from './version.js';

/** Every output format of the command line; each command offers the ones that fit it. */
export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'github', 'junit', 'sarif'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** The formats CI systems read natively: GitHub Actions annotations, JUnit XML, SARIF 2.1.0. */
export const CI_FORMATS: readonly Format[] = ['github', 'junit', 'sarif'];

const FORMAT_HELP: Readonly<Record<Format, string>> = {
  table: 'readable text',
  csv: 'the rows as RFC 4180 CSV',
  json: 'one JSON record per document ({ source, line, ok, status, problems, result }), one per line when several',
  ndjson: 'the same records, always one per line',
  github: 'GitHub Actions annotations (::error file=...,line=...::message)',
  junit: 'JUnit XML, one test case per document',
  sarif: 'SARIF 2.1.0, one result per problem (code scanning)',
};

/** Older names still accepted: `human` is `table`. */
const ALIASES: Readonly<Record<string, Format>> = { human: 'table' };

/** The `--format` option offering `formats` (the first is the default). */
export function formatOption(formats: readonly Format[]): OptionSpec {
  return {
    type: 'string',
    short: 'f',
    valueName: 'format',
    choices: [...formats, ...Object.keys(ALIASES).filter((a) => formats.includes(ALIASES[a] as Format))],
    default: formats[0] as string,
    description: `${formats.map((f) => `${f}: ${FORMAT_HELP[f]}`).join('; ')}.`,
  };
}

/** The `--quiet` option: problems only. */
export const QUIET_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'q',
  description: 'Print only problems: no results, no summary, no records of documents without problems (JUnit and SARIF files are always whole).',
};

/** The chosen format, aliases resolved. */
export function formatOf(context: CommandContext): Format {
  const value = (context.values.format as string | undefined) ?? 'table';
  return ALIASES[value] ?? (value as Format);
}

/** What became of one document. */
export type Status = 'ok' | 'valid' | 'violation' | 'malformed';

/** One document's outcome: the JSON record every command writes for it. */
export interface DocumentOutcome {
  readonly document: Pick<InputDocument, 'source' | 'line'>;
  readonly problems: readonly Problem[];
  /** `valid` for a checked document, `ok` for a computed one; worse when problems say so. */
  readonly status: Status;
  /** A computed result (absent for checks and failures). */
  readonly result?: unknown;
  /** Fields a command adds to its record (`valid` for `validate`, `role` for a policy file). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The JSON record of one document: `{ source, line, ok, status, problems, result? }`. */
export function recordOf(outcome: DocumentOutcome): Record<string, unknown> {
  const ok = outcome.status === 'ok' || outcome.status === 'valid';
  return {
    source: outcome.document.source,
    line: outcome.document.line,
    ...outcome.extra,
    ok,
    status: outcome.status,
    problems: outcome.problems.map(problemJson),
    ...(outcome.result === undefined ? {} : { result: outcome.result }),
  };
}

/** GitHub Actions escapes a message's `%`, CR and LF, and a property's `:` and `,` too. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A problem as a GitHub Actions workflow command: `::error file=a.json,line=4,col=18,title=CODE::message`. */
export function githubAnnotation(source: string, problem: Problem): string {
  const properties = [`file=${escapeProperty(source)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(`${problem.severity} ${problem.code}`)}`);
  return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** JUnit XML: one test suite for the run, one test case per document; a violation is a failure, a malformed document an error. */
export function junitXml(name: string, outcomes: readonly DocumentOutcome[]): string {
  const failures = outcomes.filter((o) => o.status === 'violation').length;
  const errors = outcomes.filter((o) => o.status === 'malformed').length;
  const head = `tests="${outcomes.length}" failures="${failures}" errors="${errors}"`;
  const cases = outcomes.map((o) => {
    const label = `${o.document.source}:${o.document.line}`;
    const open = `    <testcase classname="${xml(name)}" name="${xml(label)}" file="${xml(o.document.source)}"`;
    if (o.problems.length === 0) return `${open}/>`;
    const tag = o.status === 'malformed' ? 'error' : 'failure';
    const first = o.problems[0] as Problem;
    const body = o.problems.map((p) => formatProblem(o.document.source, p)).join('\n');
    return `${open}>\n      <${tag} type="${xml(first.code)}" message="${xml(first.message)}">${xml(body)}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" ${head}>`,
    `  <testsuite name="${xml(name)}" ${head}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** A file name as a SARIF artifact URI: forward slashes, percent-encoded (`<stdin>` included). */
function artifactUri(source: string): string {
  return encodeURI(source.replace(/\\/g, '/'));
}

/** SARIF 2.1.0: one run of the `arrears` driver, one rule per code, one result per problem. */
export function sarifLog(outcomes: readonly DocumentOutcome[], version: string = packageVersion()): Record<string, unknown> {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>();
  const results: Array<Record<string, unknown>> = [];
  for (const o of outcomes) {
    for (const p of o.problems) {
      if (!rules.has(p.code)) rules.set(p.code, { id: p.code, shortDescription: { text: p.code } });
      const region: Record<string, number> = {};
      if (p.line !== undefined) region.startLine = p.line;
      if (p.column !== undefined) region.startColumn = p.column;
      results.push({
        ruleId: p.code,
        level: 'error',
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(o.document.source) }, ...(Object.keys(region).length > 0 ? { region } : {}) } }],
        properties: { severity: p.severity, field: fieldOf(p.path), ...(p.details === undefined ? {} : { details: p.details }) },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'arrears', version, informationUri: 'https://github.com/arrears-js/arrears', rules: [...rules.values()] } }, results }],
  };
}

/** Counts of a run, for the table summary. */
export interface RunCounts {
  documents: number;
  ok: number;
  violation: number;
  malformed: number;
}

/**
 * Writes the outcomes of one command run in the chosen format: streamed (table, json, ndjson,
 * github) or whole at the end (junit, sarif). Problems go to stdout in every format but table
 * and csv, where they are readable lines on stderr (so that stdout stays the result).
 */
export class Reporter {
  readonly format: Format;
  readonly quiet: boolean;
  readonly counts: RunCounts = { documents: 0, ok: 0, violation: 0, malformed: 0 };
  private readonly kept: DocumentOutcome[] = [];

  constructor(
    private readonly context: CommandContext,
    /** The suite name of JUnit output: `arrears validate`. */
    private readonly name: string,
  ) {
    this.format = formatOf(context);
    this.quiet = context.values.quiet === true;
  }

  /** Whether the format writes results itself (json, ndjson) or leaves the command to (table, csv). */
  get writesResults(): boolean {
    return this.format === 'json' || this.format === 'ndjson';
  }

  /** Whether the format is one for CI systems (results are not written). */
  get isCi(): boolean {
    return CI_FORMATS.includes(this.format);
  }

  /**
   * Records one document. In table and csv format, problems are written here (to stderr, or
   * to stdout when `problemsTo` is `'out'`) and the command writes results itself.
   */
  async document(outcome: DocumentOutcome, problemsTo: 'out' | 'err' = 'err'): Promise<void> {
    this.counts.documents += 1;
    this.counts[outcome.status === 'valid' ? 'ok' : outcome.status] += 1;
    const { out, err } = this.context;
    switch (this.format) {
      case 'json':
      case 'ndjson':
        if (!this.quiet || outcome.problems.length > 0) await out.line(JSON.stringify(recordOf(outcome)));
        return;
      case 'github':
        for (const p of outcome.problems) await out.line(githubAnnotation(outcome.document.source, p));
        return;
      case 'junit':
      case 'sarif':
        this.kept.push(outcome);
        return;
      default:
        for (const p of outcome.problems) await (problemsTo === 'out' ? out : err).line(formatProblem(outcome.document.source, p));
    }
  }

  /** Writes what is written at the end (JUnit, SARIF; a GitHub notice of the counts). */
  async finish(): Promise<void> {
    if (this.format === 'junit') await this.context.out.text(junitXml(this.name, this.kept));
    else if (this.format === 'sarif') await this.context.out.line(JSON.stringify(sarifLog(this.kept), null, 2));
  }
}

/** The status of a document whose problems are these: the worst wins. */
export function statusOf(problems: readonly Problem[], fine: 'ok' | 'valid'): Status {
  if (problems.some((p) => p.severity === 'malformed')) return 'malformed';
  return problems.length > 0 ? 'violation' : fine;
}

/** The exit code of a status. */
export function exitOf(status: Status): ExitCode {
  return status === 'malformed' ? ExitCode.MALFORMED : status === 'violation' ? ExitCode.VIOLATION : ExitCode.OK;
}
