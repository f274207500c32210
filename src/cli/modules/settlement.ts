import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind, PolicyViolation } from '../registry.js';
import { ExitCode } from '../registry.js';
import { renderTable } from '../table.js';

/** The functions of `arrears/settlement` the command line needs, passed in so wiring it is one line. */
export interface SettlementWiring {
  /** Evaluates one settlement document (an offer, or a counter-offer against a policy). */
  settle(input: never): unknown;
  /** Whether an evaluated result is an acceptance (exit 0) or a refusal (exit 1); default: always 0. */
  accepted?(result: unknown): boolean;
  /** Parses a settlement policy once (throws a ValidationError when malformed). */
  parsePolicy?(policy: unknown): unknown;
  /** Checks one settlement document against a parsed policy: the rules it breaks. */
  checkAgainstPolicy?(subject: unknown, policy: unknown): readonly PolicyViolation[];
  /** The `arrears schema` names of the documents and the policy. */
  readonly subjectSchema: string;
  readonly policySchema: string;
}

const COLUMNS = [
  { key: 'field', header: 'field' },
  { key: 'value', header: 'value' },
] as const;

function flatRows(result: unknown): Array<{ field: string; value: unknown }> {
  if (typeof result !== 'object' || result === null) return [{ field: 'result', value: result }];
  return Object.entries(result).map(([field, value]) => ({ field, value }));
}

/**
 * The settlement module on the command line, for when `src/settlement` is published: `arrears
 * settle` around its evaluation function and `arrears validate --kind settlement-policy`.
 * Nothing registers it yet (see `modules.ts`).
 */
export function createSettlementCli(exports: Readonly<Record<string, unknown>>, wiring: SettlementWiring): CliModule {
  const spec: ComputeSpec<unknown> = {
    compute: (value) => wiring.settle(value as never),
    human: (result) => renderTable(COLUMNS, flatRows(result)),
    columns: COLUMNS,
    rows: flatRows,
    outcome: (result) => (wiring.accepted === undefined || wiring.accepted(result) ? ExitCode.OK : ExitCode.VIOLATION),
  };
  const settleCommand: CliCommand = {
    name: 'settle',
    summary: 'Evaluate settlement offers and counter-offers.',
    usage: ['settle <offer.json...> [--format table|csv|json]'],
    description: `Evaluates each document ("arrears schema ${wiring.subjectSchema}").\n\nExit codes: 0 acceptable; 1 refused; 2 an input is malformed or unreadable.`,
    options: { ...OUTPUT_FORMAT_OPTION, ...INPUT_OPTIONS },
    examples: ['arrears settle offer.json'],
    run: async (context: CommandContext): Promise<ExitCode> => {
      const inputs = inputsOf(context);
      return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
    },
  };
  const kinds: PolicyKind[] = [];
  const check = wiring.checkAgainstPolicy;
  if (check !== undefined) {
    kinds.push({
      kind: 'settlement-policy',
      summary: 'settlement offers checked against a settlement policy',
      subjectSchema: wiring.subjectSchema,
      policySchema: wiring.policySchema,
      ...(wiring.parsePolicy === undefined ? {} : { parsePolicy: wiring.parsePolicy }),
      check: (subject, policy) => check(subject, policy),
    });
  }
  return { name: 'settlement', exports, commands: [settleCommand], policyKinds: kinds };
}
