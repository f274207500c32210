import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import { renderTable } from '../table.js';

/** The part of a payment schedule (`arrears/plan` `PlanSchedule`) the command shows. */
export interface ScheduleLike {
  readonly currency: string;
  readonly installmentCount: number;
  readonly amountFinanced: string;
  readonly installments: ReadonlyArray<{ readonly number: number; readonly dueDate: string; readonly amount: string; readonly principal: string; readonly interest: string; readonly balance: string }>;
  readonly totals: { readonly installmentsAmount: string; readonly principal: string; readonly interest: string; readonly downPayment: string; readonly totalCost: string };
  readonly apr: { readonly aprPercent: string };
}

const COLUMNS = [
  { key: 'number', header: 'no', align: 'right' },
  { key: 'dueDate', header: 'due date' },
  { key: 'amount', header: 'amount', align: 'right' },
  { key: 'principal', header: 'principal', align: 'right' },
  { key: 'interest', header: 'interest', align: 'right' },
  { key: 'balance', header: 'balance', align: 'right' },
] as const;

function human(schedule: ScheduleLike): string {
  const t = schedule.totals;
  return [
    `${schedule.installmentCount} installments, amount financed ${schedule.amountFinanced} ${schedule.currency}, APR ${schedule.apr.aprPercent}%`,
    `total of installments ${t.installmentsAmount}, interest ${t.interest}, down payment ${t.downPayment}, total cost ${t.totalCost}`,
    '',
    renderTable(COLUMNS, schedule.installments),
  ].join('\n');
}

/**
 * `arrears schedule`, around the library's `buildSchedule(terms)` (passed in, so the command
 * is wired with one line where the plan module is registered).
 */
export function createScheduleCommand(buildSchedule: (terms: never) => ScheduleLike): CliCommand {
  const spec: ComputeSpec<ScheduleLike> = {
    // JSON does not round-trip the lazily computed APR getter, so the result is spelled out.
    compute: (value) => {
      const schedule = buildSchedule(value as never);
      return { ...schedule, apr: schedule.apr };
    },
    human,
    columns: COLUMNS,
    rows: (schedule) => schedule.installments,
    schema: 'plan-terms',
  };
  return {
    name: 'schedule',
    summary: 'Build the payment schedule of plan terms (table, CSV or JSON).',
    usage: ['schedule <terms.json...> [--format table|csv|json|ndjson|github|junit|sarif] [--quiet]', 'schedule < terms.ndjson'],
    description: [
      'Builds the installment schedule of each plan-terms document ("arrears schema plan-terms"): due dates, amount, principal, interest and balance of every installment, the totals and the APR.',
      '',
      'Exit codes: 0 built; 1 well-formed terms break a rule of the plan; 2 an input is malformed or unreadable; 64 the command line is wrong.',
    ].join('\n'),
    options: { ...OUTPUT_FORMAT_OPTION, ...INPUT_OPTIONS },
    examples: ['arrears schedule terms.json', 'arrears schedule terms.json --format csv > schedule.csv', 'cat terms.ndjson | arrears schedule --format json'],
    run: async (context: CommandContext): Promise<ExitCode> => {
      const inputs = inputsOf(context);
      return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
    },
  };
}

