import * as messages from '../../messages/index.js';
import type { DescribePlanInput, PlanDescription } from '../../messages/index.js';
import { parseInput } from '../../internal/parse.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CommandContext } from '../registry.js';
import type { ExitCode } from '../registry.js';
import { readSideInput, reportSideInput } from '../side-input.js';
import type { Row } from '../table.js';

const COLUMNS = [
  { key: 'line', header: 'line', align: 'right' },
  { key: 'text', header: 'text' },
  { key: 'sourceFields', header: 'source fields' },
] as const;

function rows(result: PlanDescription): Row[] {
  return result.lines.map((l, i) => ({ line: i + 1, text: l.text, sourceFields: l.sourceFields.join(' ') }));
}

/** The options that complete every document: a shared terms file and a language. */
function complete(value: unknown, terms: unknown, language: string | undefined): DescribePlanInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value as DescribePlanInput;
  const input: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (terms !== undefined) input.terms = terms;
  if (language !== undefined) input.language = language;
  return input as unknown as DescribePlanInput;
}

async function run(context: CommandContext): Promise<ExitCode> {
  let terms: unknown;
  const termsFile = context.values.terms as string | undefined;
  if (termsFile !== undefined) {
    const read = await readSideInput(context, termsFile, (t) => parseInput(messages.PlanTermsPolicySchema, t));
    if (!read.ok) return reportSideInput(context, read, 'terms');
    terms = read.document.value;
  }
  const language = context.values.language as string | undefined;
  const spec: ComputeSpec<PlanDescription> = {
    compute: (value) => messages.describePlan(complete(value, terms, language)),
    human: (result) => result.text,
    columns: COLUMNS,
    rows,
  };
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
}

/** `arrears describe-plan`: a payment plan's terms in plain words, English or Spanish. */
export const describePlanCommand: CliCommand = {
  name: 'describe-plan',
  summary: "Write a payment plan's terms in plain words (English or Spanish), stating only the consequences the terms declare.",
  usage: ['describe-plan <plan.json...> [--terms <terms-policy.json>] [--language en|es] [--format table|csv|json]', 'describe-plan --terms <terms-policy.json> < plans.ndjson'],
  description: [
    'Runs describePlan of arrears/messages on each document ("arrears schema describe-plan-input": { schedule | planState, terms, debt?, language?, sender?, initialCommunication? }): the number of payments and the total, each payment with its amount and due date, the late fee arrears/fees would charge, what happens after a missed payment, and only the credit-reporting, legal-action and payment sentences the terms policy declares. Table format prints the text; csv and json give each line with the input fields it came from.',
    '',
    '--terms supplies the terms policy of every document ("arrears schema plan-terms-policy"; read and checked once), --language the language; both replace the field of the same name.',
    '',
    'Exit codes: 0 written; 1 the input asks for words the law or the terms do not allow (REGF-UNAUTH-AMOUNT: a fee without a basis; REGF-TIMEBARRED-THREAT: legal action on a time-barred debt; REGF-FALSE-AMOUNT: amounts that do not add up; MESSAGES_CONSEQUENCE_NOT_DECLARED); 2 an input or the terms are malformed or unreadable, or the fee cannot be stated as one amount (MESSAGES_FEE_NOT_DESCRIBABLE).',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    terms: { type: 'string', short: 't', valueName: 'file', description: 'The terms policy of every document (JSON).' },
    language: { type: 'string', short: 'l', valueName: 'language', description: 'The language of every document.', choices: ['en', 'es'] },
  },
  examples: ['arrears describe-plan plan.json', 'arrears describe-plan plans/*.json --terms terms.json --language es', 'arrears describe-plan plan.json --format json'],
  run,
};
