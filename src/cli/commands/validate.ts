import { parseInput } from '../../internal/parse.js';
import { UsageError } from '../args.js';
import { INPUT_OPTIONS, documentsOf, inputsOf } from '../documents.js';
import { findSchema } from '../json-schema.js';
import type { InputDocument, Problem } from '../problems.js';
import { formatProblem, placeIssue, problemsOfError } from '../problems.js';
import { QUIET_OPTION, Reporter, exitOf, formatOption, statusOf } from '../report.js';
import { schemaSuggester } from '../suggest-schema.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind, PolicyViolation } from '../registry.js';
import { ExitCode } from '../registry.js';

/** The kind `validate` uses when `--kind` and `--schema` are not given. */
export const DEFAULT_KIND = 'plan-terms';

/** Every registered policy kind. */
export function kindsOf(modules: readonly CliModule[]): PolicyKind[] {
  return modules.flatMap((m) => m.policyKinds ?? []);
}

/** The check `validate` runs on each document, with its policy already parsed. */
interface Check {
  readonly label: string;
  run(subject: unknown): readonly PolicyViolation[];
  /** Adds a "Did you mean" from the documents' schema to a problem. */
  suggest?(problem: Problem, document: unknown): Problem;
}

async function readPolicy(context: CommandContext, kind: PolicyKind, file: string): Promise<{ check?: Check; problems: Problem[]; document?: InputDocument }> {
  let document: InputDocument | undefined;
  for await (const d of documentsOf({ ...context, values: { ...context.values, ndjson: false } }, [file])) {
    document = d;
    break;
  }
  if (document === undefined) return { problems: [] };
  if (document.problem !== undefined) return { problems: [document.problem], document };
  let policy: unknown;
  try {
    policy = kind.parsePolicy === undefined ? document.value : kind.parsePolicy(document.value);
  } catch (error) {
    return { problems: problemsOfError(document, error).map((p) => ({ ...p, severity: 'malformed' as const })), document };
  }
  return { problems: [], document, check: { label: kind.kind, run: (subject) => kind.check(subject, policy), suggest: schemaSuggester(context.modules, kind.subjectSchema) } };
}

async function resolveCheck(context: CommandContext): Promise<Check | { problems: Problem[]; source: string }> {
  const { values, modules } = context;
  const schemaName = values.schema as string | undefined;
  const kindName = values.kind as string | undefined;
  const policyFile = values.policy as string | undefined;
  if (schemaName !== undefined) {
    if (kindName !== undefined || policyFile !== undefined) throw new UsageError('--schema checks documents against a schema alone: leave out --kind and --policy.', 'validate');
    const entry = findSchema(modules, schemaName);
    if (entry === undefined) throw new UsageError(`there is no schema named ${JSON.stringify(schemaName)}; "arrears schema" lists them.`, 'validate');
    return {
      label: entry.name,
      run: (subject) => {
        parseInput(entry.schema, subject);
        return [];
      },
      suggest: schemaSuggester(modules, entry.name),
    };
  }
  const kinds = kindsOf(modules);
  const wanted = kindName ?? DEFAULT_KIND;
  const kind = kinds.find((k) => k.kind === wanted);
  const renamed = kind === undefined ? kinds.find((k) => k.formerly?.includes(wanted) === true) : undefined;
  if (renamed !== undefined) {
    // A former kind is refused, naming the new one: never read as an alias.
    throw new UsageError(`--kind ${wanted} is now --kind ${renamed.kind}: ${renamed.summary}.`, 'validate');
  }
  if (kind === undefined) {
    throw new UsageError(`there is no kind ${JSON.stringify(wanted)}; the kinds are ${kinds.map((k) => k.kind).join(', ')} (or use --schema <name>).`, 'validate');
  }
  if (kind.policySchema === undefined) {
    if (policyFile !== undefined) throw new UsageError(`--kind ${kind.kind} takes no --policy.`, 'validate');
    return { label: kind.kind, run: (subject) => kind.check(subject, undefined), suggest: schemaSuggester(modules, kind.subjectSchema) };
  }
  if (policyFile === undefined) throw new UsageError(`--kind ${kind.kind} needs --policy <file> (a ${kind.policySchema} document).`, 'validate');
  const read = await readPolicy(context, kind, policyFile);
  return read.check ?? { problems: read.problems, source: read.document?.source ?? policyFile };
}

function checkDocument(check: Check, document: InputDocument): Problem[] {
  if (document.problem !== undefined) return [document.problem];
  let problems: Problem[];
  try {
    problems = check.run(document.value).map((issue) => placeIssue(document, issue, 'violation'));
  } catch (error) {
    problems = problemsOfError(document, error);
  }
  return check.suggest === undefined ? problems : problems.map((p) => check.suggest?.(p, document.value) ?? p);
}

async function run(context: CommandContext): Promise<ExitCode> {
  const reporter = new Reporter(context, 'arrears validate');
  const inputs = inputsOf(context);
  const check = await resolveCheck(context);
  if ('problems' in check) {
    for (const problem of check.problems) {
      if (reporter.format === 'table') await context.err.line(`${formatProblem(check.source, problem)} (the policy file; nothing was checked)`);
      else await reporter.document({ document: { source: check.source, line: problem.line ?? 1 }, problems: [problem], status: 'malformed', extra: { role: 'policy', valid: false } });
    }
    await reporter.finish();
    return ExitCode.MALFORMED;
  }
  let exit: ExitCode = ExitCode.OK;
  for await (const document of documentsOf(context, inputs)) {
    const problems = checkDocument(check, document);
    const status = statusOf(problems, 'valid');
    exit = Math.max(exit, exitOf(status)) as ExitCode;
    await reporter.document({ document, problems, status, extra: { valid: problems.length === 0 } }, 'out');
  }
  await reporter.finish();
  if (reporter.format === 'table' && !reporter.quiet) {
    const { documents, ok, violation, malformed } = reporter.counts;
    const plural = documents === 1 ? 'document' : 'documents';
    await context.out.line(`${documents} ${plural} checked (${check.label}): ${ok} valid, ${violation} breaking the rules, ${malformed} malformed.`);
  }
  return exit;
}

/** `arrears validate`. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check documents (plan terms against a policy, by kind, or any input against its schema).',
  usage: ['validate <files...> --policy <policy.json> [--kind <kind>]', 'validate <files...> --kind <kind>', 'validate <files...> --schema <name>', 'validate --policy <policy.json> < batch.ndjson'],
  description: [
    'Checks every document and lists each problem as file:line:column, severity, code and message (the message names the field).',
    '',
    '--kind picks what the documents are: plan terms checked against a plan policy (the default kind, "plan-terms"), and one kind per module that has policies. --schema checks documents against any input schema of "arrears schema" instead.',
    '',
    'Exit codes: 0 every document is valid; 1 a well-formed document breaks a rule of the policy; 2 a document is malformed (not JSON, or fails its schema), a file is missing or unreadable, or the policy itself is malformed; 64 the command line is wrong. With several documents the highest code wins.',
    '',
    '--format json (or ndjson) writes one JSON record per document, one per line: { source, line, valid, ok, status, problems: [{ severity, code, path, field, message, line, column, details }] }. --format github writes GitHub Actions annotations, junit a JUnit XML report, sarif a SARIF 2.1.0 log (for code scanning). --quiet prints only problems. A misspelled value or key gets a "Did you mean" from the schema.',
  ].join('\n'),
  options: {
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The policy the documents must follow (JSON).' },
    kind: { type: 'string', short: 'k', valueName: 'kind', description: `What the documents are (default: ${DEFAULT_KIND}).` },
    schema: { type: 'string', short: 's', valueName: 'name', description: 'Check against this input schema instead of a policy.' },
    format: formatOption(['table', 'json', 'ndjson', 'github', 'junit', 'sarif']),
    quiet: QUIET_OPTION,
    ...INPUT_OPTIONS,
  },
  examples: [
    'arrears validate plans/*.json --policy policy.json',
    'arrears validate "plans/**/*.json" --policy policy.json --format json',
    'arrears validate "plans/**/*.json" --policy policy.json --format github',
    'arrears validate plans/*.json --policy policy.json --format sarif > arrears.sarif',
    'cat batch.ndjson | arrears validate --policy policy.json',
    'arrears validate loan.json --kind apr-disclosure',
    'arrears validate apr-input.json --schema apr-input',
    'arrears validate terms.json --kind settlement-terms --policy settlement-policy.json',
  ],
  run,
};
