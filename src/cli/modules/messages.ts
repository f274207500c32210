import * as messages from '../../messages/index.js';
import type { CheckMessageInput, CheckMessageResult } from '../../messages/index.js';
import { parseInput } from '../../internal/parse.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import { readSideInput, reportSideInput } from '../side-input.js';
import type { Row } from '../table.js';
import { describePlanCommand } from '../commands/describe-plan.js';

const COLUMNS = [
  { key: 'code', header: 'rule' },
  { key: 'severity', header: 'severity' },
  { key: 'field', header: 'field' },
  { key: 'start', header: 'start', align: 'right' },
  { key: 'end', header: 'end', align: 'right' },
  { key: 'match', header: 'match' },
  { key: 'citation', header: 'citation' },
  { key: 'message', header: 'message' },
] as const;

function rows(result: CheckMessageResult): Row[] {
  return result.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    field: String(f.path?.[0] ?? 'text'),
    start: f.span?.start ?? '',
    end: f.span?.end ?? '',
    match: f.details?.match ?? '',
    citation: f.citation ?? '',
    message: f.message,
  }));
}

function human(result: CheckMessageResult): string {
  const violations = result.findings.filter((f) => f.severity === 'violation').length;
  const lines = [
    `${result.ok ? 'OK' : 'NOT OK'}: ${violations} violation(s), ${result.findings.length - violations} other finding(s); ${result.classification.kind} (lexicon ${result.lexiconVersion})`,
    `  ${result.classification.reason}`,
  ];
  if (result.sms !== null) lines.push(`  SMS: ${result.sms.encoding}, ${result.sms.units} units, ${result.sms.segments} segment(s)`);
  for (const f of result.findings) {
    const where = f.span === null ? '' : ` at ${String(f.path?.[0] ?? 'text')} ${f.span.start}-${f.span.end} ${JSON.stringify(f.details?.match)}`;
    lines.push(`  ${f.severity} ${f.code}${f.citation === undefined ? '' : ` (${f.citation})`}${where}: ${f.message}`);
  }
  for (const l of result.loosened) lines.push(`  policy loosened ${l.id} (${l.change}): ${l.reason}`);
  return lines.join('\n');
}

function withPolicy(value: unknown, policy: unknown): unknown {
  if (policy === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...(value as Record<string, unknown>), policy };
}

async function run(context: CommandContext): Promise<ExitCode> {
  let policy: unknown;
  const policyFile = context.values.policy as string | undefined;
  if (policyFile !== undefined) {
    const read = await readSideInput(context, policyFile, (p) => parseInput(messages.MessagePolicySchema, p));
    if (!read.ok) return reportSideInput(context, read, 'policy');
    policy = read.document.value;
  }
  const spec: ComputeSpec<CheckMessageResult> = {
    compute: (value) => messages.checkMessage(withPolicy(value, policy) as CheckMessageInput),
    human,
    columns: COLUMNS,
    rows,
    outcome: (result) => (result.ok ? ExitCode.OK : ExitCode.VIOLATION),
  };
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears check-message`: is what this message says lawful? */
export const checkMessageCommand: CliCommand = {
  name: 'check-message',
  summary: 'Check what a planned message says against Regulation F, state rules and a policy.',
  usage: ['check-message <message.json...> [--policy <message-policy.json>] [--format table|csv|json]', 'check-message < messages.ndjson'],
  description: [
    'Runs checkMessage of arrears/messages on each document ("arrears schema check-message-input": { channel, text, subject?, context, policy? }): every finding with its rule id, citation, severity, the span and words it matched, and whether a voicemail is a limited-content message.',
    '',
    'NDJSON (one message per line, from a file ending in .ndjson or from standard input) is streamed: pipe a campaign through and read one answer line per message with --format json.',
    '',
    '--policy supplies the policy of every document ("arrears schema message-policy"; read and checked once) and replaces the field of the same name.',
    '',
    'Exit codes: 0 every message is ok (warnings allowed); 1 at least one has a violation; 2 an input or the policy is malformed or unreadable.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The message policy of every document (JSON).' },
  },
  examples: ['arrears check-message reminder.json', 'cat campaign.ndjson | arrears check-message --format json > findings.ndjson', 'arrears check-message drafts/*.json --policy house-policy.json --format csv'],
  run,
};

/** arrears/messages on the command line: `check-message`, `describe-plan` and the messages schemas. */
export const messagesCli: CliModule = {
  name: 'messages',
  exports: messages,
  jsonHints: {
    MessageJurisdictionSchema: { pattern: '^US(-[A-Z]{2}(-[A-Z0-9]{1,3})?)?$', description: 'An ISO 3166-2 code: "US", a state "US-MA", a city "US-NY-NYC".' },
  },
  commands: [checkMessageCommand, describePlanCommand],
};
