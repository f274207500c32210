import { apr } from '../../plan/index.js';
import type { AprFrequency, AprInput, AprResult } from '../../plan/index.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { InputDocument } from '../problems.js';
import type { CliCommand, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import { renderTable } from '../table.js';

const COLUMNS = [
  { key: 'type', header: 'type' },
  { key: 'date', header: 'date' },
  { key: 'amount', header: 'amount', align: 'right' },
  { key: 't', header: 't', align: 'right' },
  { key: 'f', header: 'f', align: 'right' },
] as const;

/** A unit period as text: `monthly`, `every 3 weeks`. */
function periodText(f: AprFrequency): string {
  if (typeof f === 'string') return f;
  const [[key, n] = ['everyDays', 1]] = Object.entries(f) as Array<[string, number]>;
  const unit = key === 'everyDays' ? 'day' : key === 'everyWeeks' ? 'week' : 'month';
  return n === 1 ? `every ${unit}` : `every ${n} ${unit}s`;
}

function human(result: AprResult): string {
  const period = periodText(result.unitPeriod);
  const lines = [
    `APR ${result.aprPercent}% (annual rate ${result.annualRate}, rate per unit period ${result.periodicRate})`,
    `unit period: ${period}, ${result.unitPeriodsPerYear} per year (${result.unitPeriodBasis}); ${result.regular ? 'regular' : 'irregular'} transaction, tolerance ${result.tolerancePercent} percentage points`,
    `amount financed ${result.amountFinanced}, total of payments ${result.totalOfPayments}, finance charge ${result.financeCharge}`,
  ];
  const d = result.disclosed;
  if (d !== undefined) {
    lines.push(`disclosed APR ${d.ok ? 'within' : 'OUTSIDE'} tolerance: differs by ${d.differencePercent} points, tolerance ${d.tolerancePercent} (${d.citation})`);
  }
  lines.push('', renderTable(COLUMNS, result.schedule));
  return lines.join('\n');
}

/** How `apr` computes and shows one document. */
export const aprSpec: ComputeSpec<AprResult> = {
  compute: (value) => apr(value as AprInput),
  human,
  columns: COLUMNS,
  rows: (result) => result.schedule,
  schema: 'apr-input',
};

/** A frequency option: a name (`monthly`) or a multiple as JSON (`{"everyWeeks":3}`), left for the schema to judge. */
function frequencyOption(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`a frequency is a name such as monthly, or a multiple in JSON such as '{"everyWeeks":3}', not ${JSON.stringify(text)}.`, 'apr');
  }
}

/** Builds the input of one single-advance, one-series transaction from the options (each the kebab-case of its JSON field). */
function inputFromOptions(values: CommandContext['values']): AprInput {
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const missing = ['advance-date', 'currency', 'amount', 'count', 'frequency', 'first-due-date'].filter((n) => text(n) === undefined);
  if (missing.length > 0) throw new UsageError(`--amount-financed also needs ${missing.map((n) => `--${n}`).join(', ')}.`, 'apr');
  const count = text('count') as string;
  if (!/^[0-9]{1,6}$/.test(count)) throw new UsageError(`--count must be a whole number of payments, not ${JSON.stringify(count)}.`, 'apr');
  const input: Record<string, unknown> = {
    amountFinanced: text('amount-financed'),
    advanceDate: text('advance-date'),
    currency: text('currency'),
    payments: [{ amount: text('amount'), count: Number(count), frequency: frequencyOption(text('frequency') as string), firstDueDate: text('first-due-date') }],
  };
  if (text('disclosed-apr-rate') !== undefined) input.disclosedAprRate = text('disclosed-apr-rate');
  if (values['high-apr'] === true) input.highApr = true;
  if (text('unit-period') !== undefined) input.unitPeriod = frequencyOption(text('unit-period') as string);
  return input as AprInput;
}

async function* single(value: AprInput): AsyncGenerator<InputDocument> {
  await Promise.resolve();
  yield { source: '<options>', line: 1, text: JSON.stringify(value), value, synthetic: true };
}

async function run(context: CommandContext): Promise<ExitCode> {
  if (context.values['amount-financed'] !== undefined) {
    if (context.positionals.length > 0) throw new UsageError('give the transaction either in files or with --amount-financed and its options, not both.', 'apr');
    return runCompute(context, aprSpec, single(inputFromOptions(context.values)), false);
  }
  const inputs = inputsOf(context);
  return runCompute(context, aprSpec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears apr`. */
export const aprCommand: CliCommand = {
  name: 'apr',
  summary: 'Annual percentage rate by the actuarial method of Regulation Z, Appendix J.',
  usage: [
    'apr <files...> [--format table|csv|json|ndjson|github|junit|sarif] [--quiet]',
    'apr --amount-financed <amount> --advance-date <date> --currency <code> --amount <amount> --count <n> --frequency <frequency> --first-due-date <date> [--disclosed-apr-rate <rate> [--high-apr]] [--unit-period <frequency>]',
  ],
  description: [
    'Computes the APR of each transaction (12 CFR 1026, App. J): the rate, the unit period, whether the transaction is regular, the finance charge and every advance and payment with its unit-period counts t and f; with disclosedAprRate (a decimal fraction: 0.0975 is 9.75%), whether the disclosed APR is within the tolerance of 12 CFR 1026.22(a).',
    '',
    'Each input is an apr-input document ("arrears schema apr-input"). A simple transaction (one advance, one series of equal payments) can be given with options instead, each the kebab-case of its JSON field (--first-due-date for payments[0].firstDueDate).',
    '',
    'Exit codes: 0 computed; 1 a well-formed transaction breaks a rule (a payment before the advance, payments below the advances); 2 an input is malformed or unreadable; 64 the command line is wrong.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    'amount-financed': { type: 'string', valueName: 'amount', description: 'The amount financed of a single advance.' },
    'advance-date': { type: 'string', valueName: 'date', description: 'The date of the advance (YYYY-MM-DD).' },
    currency: { type: 'string', valueName: 'code', description: 'The ISO 4217 currency of the amounts.' },
    amount: { type: 'string', valueName: 'amount', description: 'The amount of each payment.' },
    count: { type: 'string', valueName: 'n', description: 'How many payments.' },
    frequency: { type: 'string', valueName: 'frequency', description: 'How often: weekly, biweekly, fourWeekly, semiMonthly, monthly, quarterly, semiAnnually, annually, or a multiple in JSON such as {"everyWeeks":3}.' },
    'first-due-date': { type: 'string', valueName: 'date', description: 'The due date of the first payment (YYYY-MM-DD).' },
    'disclosed-apr-rate': { type: 'string', valueName: 'rate', description: 'A disclosed APR as a decimal fraction (0.0975 is 9.75%), to check against the tolerance.' },
    'high-apr': { type: 'boolean', description: 'Allow a disclosed APR above 100% (a rate above 1), for high-cost credit.' },
    'unit-period': { type: 'string', valueName: 'frequency', description: 'Force a unit period instead of the one Appendix J selects (a frequency, as --frequency).' },
  },
  renamedOptions: {
    payment: { now: 'amount' },
    'first-payment': { now: 'first-due-date' },
    disclosed: { now: 'disclosed-apr-rate', note: 'it takes a decimal fraction (0.0975 for 9.75%), not a percent' },
  },
  examples: [
    'arrears apr loan.json',
    'arrears apr loans/*.json --format csv > flows.csv',
    'arrears apr --amount-financed 5000.00 --advance-date 1978-01-10 --currency USD --amount 230.00 --count 24 --frequency monthly --first-due-date 1978-02-10',
  ],
  run,
};
