import * as reminders from '../../reminders/index.js';
import type { PlanRemindersResult, ReminderPolicyInput } from '../../reminders/index.js';
import { parseInput } from '../../internal/parse.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import { readSideInput, remapPaths, reportSideInput } from '../side-input.js';
import type { Row } from '../table.js';

/** One account's answer: its id and the planner's result. */
export type RemindAnswer = PlanRemindersResult & { readonly accountId: string };

const COLUMNS = [
  { key: 'accountId', header: 'account' },
  { key: 'installment', header: 'installment', align: 'right' },
  { key: 'offsetDays', header: 'offset', align: 'right' },
  { key: 'kind', header: 'kind' },
  { key: 'sendAt', header: 'send at' },
  { key: 'channelId', header: 'channel' },
  { key: 'medium', header: 'medium' },
  { key: 'skipped', header: 'skipped (rule)' },
] as const;

/** The findings about a reminder or channel not used (the skipped ones and the passed-over channels). */
function notUsed(answer: RemindAnswer): RemindAnswer['findings'] {
  return answer.findings.filter((f) => f.details?.['skipped'] !== undefined);
}

function rows(answer: RemindAnswer): Row[] {
  const planned: Row[] = answer.reminders.map((r) => ({ accountId: answer.accountId, installment: r.installment.number, offsetDays: r.offsetDays, kind: r.kind, sendAt: r.sendAt, channelId: r.channelId, medium: r.medium, skipped: '' }));
  const skipped: Row[] = notUsed(answer).map((s) => ({
    accountId: answer.accountId,
    installment: String(s.details?.['installment'] ?? ''),
    offsetDays: String(s.details?.['offsetDays'] ?? ''),
    kind: '',
    sendAt: '',
    channelId: String(s.details?.['channelId'] ?? ''),
    medium: '',
    skipped: s.code,
  }));
  return [...planned, ...skipped];
}

function human(answer: RemindAnswer): string {
  const skipped = notUsed(answer);
  const dropped = skipped.filter((s) => s.details?.['skipped'] === true).length;
  const lines = [`account ${answer.accountId}: ${answer.ok ? 'OK' : 'NOT OK'}: ${String(answer.reminders.length)} reminder(s), ${String(dropped)} skipped, ${String(skipped.length - dropped)} channel(s) passed over`];
  for (const r of answer.reminders) lines.push(`  ${r.sendAt} ${r.channelId} (${r.medium}) installment ${String(r.installment.number)}, ${r.kind}, offset ${String(r.offsetDays)}: ${Object.entries(r.local).map(([z, t]) => `${t} ${z}`).join(', ')}`);
  for (const s of skipped) {
    const d = s.details ?? {};
    const where = [`installment ${String(d['installment'] ?? '?')}`, `offset ${String(d['offsetDays'] ?? '?')}`, ...(d['channelId'] === undefined ? [] : [`channel ${String(d['channelId'])}`])].join(', ');
    lines.push(`  ${d['skipped'] === true ? 'skipped' : `passed over for ${String(d['fallback'])}`} (${where}) ${s.code}${s.citation === undefined ? '' : ` (${s.citation})`}: ${s.message}`);
  }
  for (const w of answer.findings) if (w.details?.['skipped'] === undefined) lines.push(`  ${w.severity} ${w.code}: ${w.message}`);
  return lines.join('\n');
}

const DATE_RE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

async function run(context: CommandContext): Promise<ExitCode> {
  const asOf = context.values['as-of'] as string | undefined;
  const at = context.values.at as string | undefined;
  const policyFile = context.values.policy as string | undefined;
  if (policyFile === undefined) throw new UsageError('remind needs --policy <file> (a reminder-policy document, "arrears schema reminder-policy").', 'remind');
  if (asOf === undefined || !DATE_RE.test(asOf)) throw new UsageError('remind needs --as-of <date>, the run\'s calendar date ("2026-12-01").', 'remind');
  if (at === undefined) throw new UsageError('remind needs --at <instant>, the run\'s instant ("2026-12-01T11:00:00Z"): nothing is planned before it, and arrears never reads the clock.', 'remind');
  const read = await readSideInput(context, policyFile, (value) => {
    parseInput(reminders.ReminderPolicySchema, value);
    return value;
  });
  if (!read.ok) return reportSideInput(context, read, 'policy');
  const policy = read.value as ReminderPolicyInput;
  const spec: ComputeSpec<RemindAnswer> = {
    // One account a document, planned as one account of a batch (so its id is checked too),
    // with errors reported at the account's own fields.
    compute: (value) =>
      remapPaths(
        (path) => (path[0] === 'accounts' ? path.slice(2) : path),
        () => {
          const [answer] = reminders.planRemindersBatch({ asOf, at, policy, accounts: [value as reminders.ReminderBatchAccountInput] });
          /* c8 ignore next -- one account in, one answer out */
          if (answer === undefined) throw new UsageError('no answer', 'remind');
          const { index: _index, ...rest } = answer;
          return rest;
        },
      ),
    human,
    columns: COLUMNS,
    rows,
  };
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears remind`: the nightly reminder run, NDJSON accounts in, NDJSON answers out. */
export const remindCommand: CliCommand = {
  name: 'remind',
  summary: 'Plan the reminders of payment plans (time zones, consent, caps, holds), one account per line.',
  usage: ['remind <accounts.ndjson...> --policy <policy.json> --as-of <date> --at <instant> [--format table|csv|json]', 'remind --policy <policy.json> --as-of <date> --at <instant> < accounts.ndjson'],
  description: [
    'Runs planReminders of arrears/reminders on each account document ("arrears schema reminder-batch-account": { id, plan, account, consumer, language, channels, debts, history, contactPolicy? }) with the reminder policy of --policy, the run\'s date --as-of and instant --at. Each answer lists the reminders to send (when, on which channel, the text) and the reminders or channels not used, each with the rule that stopped it and its citation.',
    '',
    'NDJSON is streamed: pipe a night\'s accounts through and read one answer line per account with --format json. Record each reminder you send as a contact-history entry (toHistoryEntry) so the next run counts it.',
    '',
    'Exit codes: 0 every account was planned (skipped reminders are answers, not errors); 2 an account or the policy is malformed, or the command line is wrong.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The reminder policy (JSON): offsets, channels, send window, caps, sender.' },
    'as-of': { type: 'string', valueName: 'date', description: 'The run\'s calendar date (YYYY-MM-DD): reminders are planned from this day on.' },
    at: { type: 'string', valueName: 'instant', description: 'The run\'s instant (ISO 8601 with an offset): nothing is planned before it.' },
  },
  examples: ['arrears remind accounts.ndjson --policy reminder-policy.json --as-of 2026-12-01 --at 2026-12-01T11:00:00Z --format json > reminders.ndjson'],
  run,
};

/** arrears/reminders on the command line: `remind` and the reminder schemas. */
export const remindersCli: CliModule = {
  name: 'reminders',
  exports: reminders,
  commands: [remindCommand],
};
