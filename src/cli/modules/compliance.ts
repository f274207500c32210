import * as compliance from '../../compliance/index.js';
import type { BatchCheckResult, CheckContactInput, CheckContactsInput, ContactCheckResult, Finding } from '../../compliance/index.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { InputDocument } from '../problems.js';
import type { CliCommand, CliModule, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import type { Row } from '../table.js';

/** What `check-contact` answers for one document: one contact, or every contact of a `check-contacts-input` batch document. */
export type ContactAnswer = ContactCheckResult | { readonly results: readonly BatchCheckResult[] };

const COLUMNS = [
  { key: 'accountId', header: 'account' },
  { key: 'index', header: 'attempt', align: 'right' },
  { key: 'ok', header: 'ok' },
  { key: 'earliestAllowedAt', header: 'earliest allowed at' },
  { key: 'violations', header: 'violations' },
  { key: 'warnings', header: 'warnings' },
] as const;

const ids = (findings: readonly Finding[], severity: Finding['severity']): string =>
  findings
    .filter((f) => f.severity === severity)
    .map((f) => f.code)
    .join(' ');

function resultsOf(answer: ContactAnswer): ReadonlyArray<ContactCheckResult & { readonly index?: number; readonly accountId?: string }> {
  return 'results' in answer ? answer.results : [answer];
}

function rows(answer: ContactAnswer): Row[] {
  return resultsOf(answer).map((r) => ({
    accountId: r.accountId ?? '',
    index: r.index ?? '',
    ok: r.ok ? 'yes' : 'no',
    earliestAllowedAt: r.earliestAllowedAt ?? 'never',
    violations: ids(r.findings, 'violation'),
    warnings: ids(r.findings, 'warning'),
  }));
}

function describe(result: ContactCheckResult): string[] {
  const lines = [result.ok ? 'ALLOWED' : `DENIED; earliest allowed at ${result.earliestAllowedAt ?? 'never (no time will do)'}`];
  for (const f of result.findings) lines.push(`  ${f.severity} ${f.code} (${f.citation ?? 'no citation'}): ${f.message}`);
  return lines;
}

function human(answer: ContactAnswer): string {
  if (!('results' in answer)) return describe(answer).join('\n');
  return answer.results.map((r) => [`attempt ${r.index} (account ${r.accountId}): ${describe(r).join('\n')}`].join('\n')).join('\n');
}

function compute(value: unknown, checkedAt: string | undefined): ContactAnswer {
  const input = checkedAt !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as object), checkedAt } : value;
  if (typeof input === 'object' && input !== null && 'attempts' in input && 'accounts' in input) {
    return { results: compliance.checkContacts(input as CheckContactsInput) };
  }
  return compliance.checkContact(input as CheckContactInput);
}

/** The options of `check-contact` that describe one contact instead of input files. */
const CONTACT_OPTIONS = ['channel', 'at', 'time-zone', 'jurisdiction', 'debt-id'] as const;

/** The input of one contact described by options: an account with no history, one debt, and the attempt. */
function inputFromOptions(values: CommandContext['values']): Record<string, unknown> {
  const missing = ['channel', 'at', 'time-zone'].filter((n) => values[n] === undefined);
  if (missing.length > 0) throw new UsageError(`a contact given with options also needs ${missing.map((n) => `--${n}`).join(', ')}.`, 'check-contact');
  const at = values.at as string;
  const debt = (values['debt-id'] as string | undefined) ?? 'debt';
  const consumer: Record<string, unknown> = { timeZones: values['time-zone'] };
  if (values.jurisdiction !== undefined) consumer.jurisdiction = values.jurisdiction;
  // Without --checked-at, "now" is the time of the contact: "may this contact go ahead at --at?".
  return { checkedAt: (values['checked-at'] as string | undefined) ?? at, attempt: { channel: values.channel, at, debtIds: [debt] }, consumer, debts: [{ id: debt }], history: [] };
}

async function* single(value: unknown): AsyncGenerator<InputDocument> {
  await Promise.resolve();
  yield { source: '<options>', line: 1, text: JSON.stringify(value), value, synthetic: true };
}

async function run(context: CommandContext): Promise<ExitCode> {
  const checkedAt = context.values['checked-at'] as string | undefined;
  if (checkedAt !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}T/.test(checkedAt)) throw new UsageError(`--checked-at must be an ISO 8601 instant with an offset ("2026-03-10T12:00:00Z"), not ${JSON.stringify(checkedAt)}.`, 'check-contact');
  const byOptions = CONTACT_OPTIONS.some((n) => context.values[n] !== undefined);
  if (byOptions && context.positionals.length > 0) throw new UsageError('give the contact either in files or with --channel, --at and --time-zone, not both.', 'check-contact');
  const spec: ComputeSpec<ContactAnswer> = {
    compute: (value) => compute(value, checkedAt),
    human,
    columns: COLUMNS,
    rows,
    outcome: (answer) => (resultsOf(answer).every((r) => r.ok) ? ExitCode.OK : ExitCode.VIOLATION),
  };
  if (byOptions) return runCompute(context, spec, single(inputFromOptions(context.values)), false);
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears check-contact`: may this contact go ahead now, and if not, when? */
export const checkContactCommand: CliCommand = {
  name: 'check-contact',
  summary: 'May this contact go ahead now (Regulation F, state rules, policy), and if not, when?',
  usage: [
    'check-contact <attempt.json...> [--checked-at <instant>] [--format table|csv|json]',
    'check-contact < attempts.ndjson',
    'check-contact --channel <channel> --at <instant> --time-zone <zone> [--time-zone <zone>...] [--jurisdiction <code>] [--debt-id <id>] [--checked-at <instant>]',
  ],
  description: [
    'Runs checkContact of arrears/compliance on each document ("arrears schema check-contact-input": { attempt, consumer, debts, history, policy?, checkedAt }): ok or denied, every finding (each rule broken, each warning) with its code and citation, and the earliest instant the same contact would pass every rule. A document with "accounts" and "attempts" ("arrears schema check-contacts-input") is checked as one batch with checkContacts.',
    '',
    'NDJSON (one check per line, from a file ending in .ndjson or from standard input) is streamed: a dialer can pipe its call queue through and read one answer line per call with --format json.',
    '',
    '--checked-at sets the instant each check is made ("now", the field checkedAt) of every document; arrears never reads the clock itself.',
    '',
    'One contact with a consumer who has no contact history can be given with options instead of a file: --channel, --at (the instant of the contact) and --time-zone (each zone the consumer may be in; repeat it), optionally --jurisdiction (the consumer\'s state as an ISO 3166-2 code such as US-MA, for state rules) and --debt-id (the id of the debt, default "debt": attempt.debtIds[0] and debts[0].id). Each option is the kebab-case of its JSON field; an array field takes the singular, repeated (--time-zone for consumer.timeZones). Without --checked-at, "now" is --at: the question is "may this contact go ahead at that time?".',
    '',
    'Exit codes: 0 every contact is allowed; 1 at least one is denied (so "arrears check-contact call.json && dial" is safe); 2 an input is malformed or unreadable, or names a jurisdiction arrears does not know.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    'checked-at': { type: 'string', valueName: 'instant', description: 'The instant each check is made ("now", the field checkedAt) for every document (ISO 8601 with an offset).' },
    channel: { type: 'string', valueName: 'channel', choices: compliance.ContactChannelSchema.options, description: 'How one contact given with options is made.' },
    at: { type: 'string', valueName: 'instant', description: 'When that contact is made (ISO 8601 with an offset).' },
    'time-zone': { type: 'string', multiple: true, valueName: 'zone', description: 'A time zone the consumer may be in (IANA name, such as America/New_York); repeat it for each.' },
    jurisdiction: { type: 'string', valueName: 'code', description: 'The consumer\'s state as an ISO 3166-2 code (US-MA), for state rules (the field consumer.jurisdiction).' },
    'debt-id': { type: 'string', valueName: 'id', description: 'The id of the debt the contact is about (default "debt"): attempt.debtIds[0] and debts[0].id.' },
  },
  renamedOptions: {
    debt: { now: 'debt-id' },
    state: { now: 'jurisdiction', note: 'it takes an ISO 3166-2 code such as US-MA, not MA' },
    'as-of': { now: 'checked-at', note: 'the instant each check is made, with an offset' },
  },
  examples: [
    'arrears check-contact call.json',
    'arrears check-contact call.json --checked-at 2026-03-10T12:00:00Z',
    'cat queue.ndjson | arrears check-contact --format json > answers.ndjson',
    'arrears check-contact --channel call --at 2026-03-10T12:30:00Z --time-zone America/New_York --time-zone America/Los_Angeles',
  ],
  run,
};

/** arrears/compliance on the command line: `check-contact` and the compliance schemas. */
export const complianceCli: CliModule = {
  name: 'compliance',
  exports: compliance,
  commands: [checkContactCommand],
};
