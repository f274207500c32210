import * as fees from '../../fees/index.js';
import type { AssessLateFeesInput, LateFeeAssessment, LateFeePolicyInput } from '../../fees/index.js';
import { parseInput } from '../../internal/parse.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind, PolicyViolation } from '../registry.js';
import { ExitCode } from '../registry.js';
import { outOfPath, readSideInput, reportSideInput } from '../side-input.js';
import { renderTable } from '../table.js';

const COLUMNS = [
  { key: 'date', header: 'date' },
  { key: 'installment', header: 'installment', align: 'right' },
  { key: 'occurrence', header: 'occurrence', align: 'right' },
  { key: 'amount', header: 'amount', align: 'right' },
  { key: 'status', header: 'status' },
  { key: 'boundBy', header: 'bound by' },
] as const;

const CSV_COLUMNS = [...COLUMNS, { key: 'explanation', header: 'explanation' }] as const;

function human(result: LateFeeAssessment): string {
  const t = result.totals;
  const lines = [`late fees as of ${result.asOf}: ${t.count} charged, total ${t.charged} ${result.currency}, waived ${t.waived}`, ''];
  lines.push(result.fees.length === 0 ? '(no fee charged)' : renderTable(COLUMNS, result.fees));
  for (const f of result.fees) lines.push(`- ${f.explanation}`);
  for (const n of result.notCharged) lines.push(`no fee on installment ${n.details.installment}${n.details.occurrence > 1 ? ` (occurrence ${n.details.occurrence})` : ''}: ${n.code}`);
  for (const f of result.nextFees) lines.push(`next, if nothing is paid: ${f.amount} on ${f.date} (installment ${f.installment})`);
  for (const f of result.findings) lines.push(`${f.severity}: ${f.code}: ${f.message}`);
  return lines.join('\n');
}

/** The options that complete every input document: a shared policy file and an as-of date. */
function completeInput(value: unknown, policy: unknown, asOf: string | undefined): AssessLateFeesInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value as AssessLateFeesInput;
  const input: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (policy !== undefined) input.policy = policy;
  if (asOf !== undefined) input.asOf = asOf;
  if (input.payments === undefined) input.payments = [];
  return input as unknown as AssessLateFeesInput;
}

async function run(context: CommandContext): Promise<ExitCode> {
  const policyFile = context.values.policy as string | undefined;
  const asOf = context.values['as-of'] as string | undefined;
  if (asOf !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}.`, 'fees');
  let policy: unknown;
  if (policyFile !== undefined) {
    const read = await readSideInput(context, policyFile, (p) => parseInput(fees.LateFeePolicySchema, p));
    if (!read.ok) return reportSideInput(context, read, 'policy');
    policy = read.document.value;
  }
  const spec: ComputeSpec<LateFeeAssessment> = {
    compute: (value) => fees.assessLateFees(completeInput(value, policy, asOf)),
    human,
    columns: CSV_COLUMNS,
    rows: (result) => result.fees,
  };
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears fees`: assess late fees on a schedule, as of a date. */
export const feesCommand: CliCommand = {
  name: 'fees',
  summary: 'Assess late fees on a schedule as of a date (caps, presets, no pyramiding).',
  usage: ['fees <account.json...> [--policy <fee-policy.json>] [--as-of <date>] [--format table|csv|json]', 'fees --policy <fee-policy.json> < accounts.ndjson'],
  description: [
    'Runs assessLateFees of arrears/fees on each document ("arrears schema assess-late-fees-input": { schedule, payments, policy, asOf, hardship? }): every fee charged up to asOf with its date, installment, amount, the limit that clamped it and a sentence for the debtor; every late installment that got no fee and why; the totals; the fees that fall due next if nothing is paid.',
    '',
    '--policy supplies the late-fee policy of every document (a late-fee-policy file, read and checked once), --as-of the assessment date; both replace the field of the same name in the documents. "payments" may be left out (no payments).',
    '',
    'Every late installment that got no fee is listed with its reason code (FEES_WITHIN_GRACE, FEES_WAIVED, FEES_CAP_REACHED, FEES_BELOW_MINIMUM); a missing fact is a warning (FEES_HARDSHIP_UNKNOWN).',
    '',
    'Exit codes: 0 assessed; 1 well-formed input breaks a rule (pyramiding on a consumer account, a preset applied to the wrong kind of account); 2 an input or the policy is malformed or unreadable, or names a preset arrears does not know.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The late-fee policy of every document (JSON).' },
    'as-of': { type: 'string', valueName: 'date', description: 'The assessment date (YYYY-MM-DD) of every document.' },
  },
  examples: ['arrears fees account.json', 'arrears fees accounts/*.json --policy fee-policy.json --as-of 2026-06-30', 'arrears fees account.json --format csv > fees.csv'],
  run,
};

/**
 * A schedule to probe a policy with: one installment with every base a fee can be a percent
 * of, so that only the policy's own rules can fail.
 */
const PROBE = { dueDate: '2026-01-01', amount: '100.00', principal: '90.00', interest: '10.00', minimumPayment: '25.00' };

/**
 * `arrears validate --kind fee-policy`: a late-fee policy is well-formed and usable. The schema
 * first (malformed, exit 2), then the rules the fee engine applies before charging anything,
 * checked by quoting one probe installment: pyramiding switched on for a consumer account
 * (16 CFR 444.4), a preset for another kind of account (exit 1); an unknown preset (exit 2).
 */
export const feePolicyKind: PolicyKind = {
  kind: 'fee-policy',
  summary: 'a late-fee policy: its schema, then the rules the fee engine enforces (no pyramiding, preset scope, known presets)',
  subjectSchema: 'late-fee-policy',
  check(subject): readonly PolicyViolation[] {
    parseInput(fees.LateFeePolicySchema, subject);
    // The engine names the policy's fields under "policy"; the document is the policy itself.
    outOfPath(['policy'], () => fees.lateFeeFor({ currency: 'USD', installment: PROBE, policy: subject as LateFeePolicyInput }));
    return [];
  },
};

/** arrears/fees on the command line: `fees`, the `fee-policy` validation kind and the fee schemas. */
export const feesCli: CliModule = {
  name: 'fees',
  exports: fees,
  commands: [feesCommand],
  policyKinds: [feePolicyKind],
};
