import { z } from 'zod';
import { CalendarDateSchema } from '../../calendar/index.js';
import * as escalation from '../../escalation/index.js';
import type { EscalationAccount, EscalationEventInput, EscalationMachine, EscalationOpenInput, EscalationPolicyInput } from '../../escalation/index.js';
import { parseInput } from '../../internal/parse.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind } from '../registry.js';
import { ExitCode } from '../registry.js';
import type { ErrorPath, Finding } from '../../errors/index.js';
import { outOfPath, readSideInput, remapPaths, reportSideInput, underPath } from '../side-input.js';
import { renderTable } from '../table.js';

/**
 * The document `arrears escalate` reads: how the account opened, the events since, in order,
 * and optionally the day to advance the clock to and the policy.
 */
export const EscalationCaseSchema = z.strictObject({
  /** The machine's policy (default: the default consumer process); `--policy` replaces it. */
  policy: z.unknown().optional(),
  /** The opening of the account (`escalation-open`). */
  open: z.unknown(),
  /** The events, in the order they happened (`escalation-event`). */
  events: z.array(z.unknown()).max(100_000).optional(),
  /** Advance the clock to this day after the last event. */
  asOf: z.optional(CalendarDateSchema),
});

/** One step of a case: an event (or the final advance) and what the machine did with it. */
export interface CaseStep {
  /** The event's position in `events` (from 0), or `null` for the final advance. */
  readonly index: number | null;
  /** The day. */
  readonly date: string;
  /** The event type, or `advance`. */
  readonly event: string;
  /** Whether the machine accepted it. */
  readonly ok: boolean;
  /** The state before and after. */
  readonly from: string;
  /** The state after (unchanged when refused). */
  readonly to: string;
  /** The actions the caller should take, by type. */
  readonly actions: readonly string[];
  /** Why it was refused: the violations, with citations (empty when accepted). */
  readonly findings: readonly Finding[];
}

/** What `arrears escalate` answers for one case: every step and the final account. */
export interface CaseResult {
  readonly steps: readonly CaseStep[];
  readonly account: EscalationAccount;
  /** The day the case ends: its `asOf`, or the account's clock (its last change). */
  readonly asOf: string;
  /** Effective days past due on `asOf` (the account's own count is that of its clock). */
  readonly daysPastDue: number;
}

const COLUMNS = [
  { key: 'date', header: 'date' },
  { key: 'event', header: 'event' },
  { key: 'ok', header: 'ok' },
  { key: 'from', header: 'from' },
  { key: 'to', header: 'to' },
  { key: 'actions', header: 'actions' },
  { key: 'findings', header: 'refused because' },
] as const;

function rows(result: CaseResult): Array<Record<string, unknown>> {
  return result.steps.map((s) => ({
    ...s,
    ok: s.ok ? 'yes' : 'NO',
    actions: s.actions.join(' '),
    findings: s.findings.map((f) => `${f.code}${f.citation === undefined ? '' : ` (${f.citation})`}: ${f.message}`).join('; '),
  }));
}

function human(result: CaseResult): string {
  const a = result.account;
  const holds = a.holds.map((h) => (h as unknown as { id?: string; kind?: string }).id ?? (h as unknown as { kind?: string }).kind).join(', ');
  return [
    renderTable(COLUMNS, rows(result)),
    '',
    `now ${a.stage} since ${a.stageSince} (clock ${result.asOf}), ${result.daysPastDue} days past due, balance ${a.balance} ${a.currency}${holds === '' ? '' : `, holds: ${holds}`}${a.nextReviewOn === null ? '' : `, next review ${a.nextReviewOn}`}`,
  ].join('\n');
}

/** The machine names its argument (`event`, `input`); the case file has it at `head`. */
function replaceHead(name: string, head: ErrorPath): (path: ErrorPath) => ErrorPath {
  return (path) => (path[0] === name ? [...head, ...path.slice(1)] : [...head, ...path]);
}

/** Replays one case through `machine` (or a machine for the case's own policy). */
export function runCase(value: unknown, machineFor: (policy: unknown) => EscalationMachine): CaseResult {
  const parsed = parseInput(EscalationCaseSchema, value);
  const machine = machineFor(parsed.policy); // its errors already name "policy"
  let account = remapPaths(replaceHead('input', ['open']), () => machine.initialState(parsed.open as EscalationOpenInput));
  const steps: CaseStep[] = [];
  (parsed.events ?? []).forEach((event, index) => {
    const before = account.stage;
    const result = remapPaths(replaceHead('event', ['events', index]), () => machine.transition(account, event as EscalationEventInput));
    account = result.account;
    steps.push({
      index,
      date: (event as { date: string }).date,
      event: (event as { type: string }).type,
      ok: result.ok,
      from: before,
      to: result.account.stage,
      actions: result.actions.map((x) => x.type),
      findings: result.findings,
    });
  });
  if (parsed.asOf !== undefined) {
    const before = account.stage;
    const result = underPath(['asOf'], () => machine.advance(account, parsed.asOf as string));
    account = result.account;
    steps.push({ index: null, date: parsed.asOf, event: 'advance', ok: true, from: before, to: account.stage, actions: result.actions.map((x) => x.type), findings: [] });
  }
  const asOf = parsed.asOf ?? account.clock;
  return { steps, account, asOf, daysPastDue: machine.countDaysPastDue(account, asOf).daysPastDue };
}

async function run(context: CommandContext): Promise<ExitCode> {
  const policyFile = context.values.policy as string | undefined;
  let shared: EscalationMachine | undefined;
  if (policyFile !== undefined) {
    const read = await readSideInput(context, policyFile, (p) => outOfPath(['policy'], () => escalation.createEscalation(p as EscalationPolicyInput)));
    if (!read.ok) return reportSideInput(context, read, 'policy');
    shared = read.value as EscalationMachine;
  }
  if (context.values.diagram === true) {
    if (context.positionals.length > 0) throw new UsageError('--diagram prints the policy as a diagram and reads no case files.', 'escalate');
    await context.out.line((shared ?? escalation.createEscalation()).toMermaid());
    return ExitCode.OK;
  }
  const machineFor = (policy: unknown): EscalationMachine => shared ?? escalation.createEscalation(policy as EscalationPolicyInput | undefined);
  const spec: ComputeSpec<CaseResult> = {
    compute: (value) => runCase(value, machineFor),
    human,
    columns: COLUMNS,
    rows,
    outcome: (result) => (result.steps.every((s) => s.ok) ? ExitCode.OK : ExitCode.VIOLATION),
  };
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears escalate`: replay an account's events through the escalation state machine. */
export const escalateCommand: CliCommand = {
  name: 'escalate',
  summary: 'Replay an account\'s events through the escalation state machine (stages, holds, guards).',
  usage: ['escalate <case.json...> [--policy <escalation-policy.json>] [--format table|csv|json]', 'escalate --diagram [--policy <escalation-policy.json>]'],
  description: [
    'Opens each case\'s account with initialState, applies its events in order with transition, then advances the clock to "asOf" when given: one line per event with the state before and after, the actions to take, and, for a refused event, every guard that refused it with its citation. A case is { policy?, open, events?, asOf? }: "open" is an escalation-open document, each event an escalation-event document ("arrears schema escalation-event").',
    '',
    '--policy replaces the policy of every case (an escalation-policy file, checked once). --diagram prints the policy\'s states and transitions as a Mermaid stateDiagram-v2.',
    '',
    'Exit codes: 0 every event was accepted; 1 the machine refused at least one event (a refusal is an answer, listed with its reasons); 2 a case or the policy is malformed or unreadable.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The escalation policy of every case (JSON).' },
    diagram: { type: 'boolean', description: 'Print the policy as a Mermaid state diagram.' },
  },
  examples: ['arrears escalate case.json', 'arrears escalate cases/*.json --policy escalation-policy.json --format json', 'arrears escalate --diagram > escalation.mmd'],
  run,
};

/**
 * `arrears validate --kind escalation-policy`: an escalation policy is well-formed and its
 * graph is sound (thresholds in order, every state reachable and known), as `createEscalation`
 * checks it.
 */
export const escalationPolicyKind: PolicyKind = {
  kind: 'escalation-policy',
  summary: 'an escalation policy: its schema and its graph (thresholds in order, every state known and reachable)',
  subjectSchema: 'escalation-policy',
  check(subject) {
    outOfPath(['policy'], () => escalation.createEscalation(subject as EscalationPolicyInput));
    return [];
  },
};

/** arrears/escalation on the command line: `escalate`, the `escalation-policy` kind and the escalation schemas. */
export const escalationCli: CliModule = {
  name: 'escalation',
  exports: escalation,
  commands: [escalateCommand],
  policyKinds: [escalationPolicyKind],
};
