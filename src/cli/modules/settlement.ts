import { addMonths, daysBetween } from '../../calendar/index.js';
import { parseInput } from '../../internal/parse.js';
import * as settlement from '../../settlement/index.js';
import type { OfferPayment, SettlementOffersInput, SettlementOffersResult, SettlementPolicyInput, ValidateSettlementTermsInput } from '../../settlement/index.js';
import { UsageError } from '../args.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind, PolicyViolation } from '../registry.js';
import { ExitCode } from '../registry.js';
import type { InputDocument } from '../problems.js';
import { outOfPath, readSideInput, reportSideInput } from '../side-input.js';
import type { Row } from '../table.js';
import { renderTable } from '../table.js';

const COLUMNS = [
  { key: 'rank', header: 'rank', align: 'right' },
  { key: 'id', header: 'offer' },
  { key: 'amount', header: 'amount', align: 'right' },
  { key: 'discountPercent', header: 'discount %', align: 'right' },
  { key: 'payments', header: 'payments', align: 'right' },
  { key: 'firstDue', header: 'first due' },
  { key: 'expiresOn', header: 'expires' },
  { key: 'presentValue', header: 'present value', align: 'right' },
  { key: 'expectedRecovery', header: 'expected recovery', align: 'right' },
  { key: 'level', header: 'level' },
  { key: 'affordable', header: 'affordable' },
] as const;

const CSV_COLUMNS = [...COLUMNS.slice(0, 2), { key: 'kind', header: 'kind' }, { key: 'currency', header: 'currency' }, ...COLUMNS.slice(2, 3), { key: 'discount', header: 'discount' }, ...COLUMNS.slice(3)] as const;

/** One row per offer: what a collector compares at a glance. */
function rows(result: SettlementOffersResult): Row[] {
  return result.offers.map((o) => ({
    rank: o.rank,
    id: o.id,
    kind: o.kind,
    currency: o.currency,
    amount: o.amount,
    discount: o.discount,
    discountPercent: o.discountPercent,
    payments: o.payments.length,
    firstDue: (o.payments[0] as OfferPayment).dueDate,
    expiresOn: o.expiresOn,
    presentValue: o.presentValue,
    expectedRecovery: o.expectedRecovery ?? '',
    level: o.authority.requiresApproval ? `${o.authority.requiredLevel} (approval)` : o.authority.requiredLevel,
    affordable: o.affordability.affordable === null ? '' : o.affordability.affordable ? 'yes' : 'no',
  }));
}

function human(result: SettlementOffersResult): string {
  const b = result.balance;
  const currency = result.offers[0]?.currency;
  const minimums = Object.entries(result.minimumByLevel).map(([level, amount]) => `${level} ${amount}`).join(', ');
  const lines = [
    `${result.ok ? 'ELIGIBLE' : 'NOT ELIGIBLE'}: balance ${b.total}${currency === undefined ? '' : ` ${currency}`} (principal ${b.principal}, interest ${b.interest}, fees ${b.fees}), ${result.ageDays} days old`,
    `floor ${result.floorAmount}; smallest lump sum by level: ${minimums}`,
  ];
  for (const block of result.findings) lines.push(`  blocked ${block.code}${block.citation === undefined ? '' : ` (${block.citation})`}: ${block.message}`);
  if (result.offers.length > 0) lines.push('', renderTable(COLUMNS, rows(result)));
  return lines.join('\n');
}

/** The options of `settle` that describe one account instead of input files. */
const ACCOUNT_OPTIONS = ['currency', 'principal', 'interest', 'fees', 'delinquency-date', 'charge-off-date', 'monthly-income', 'monthly-expenses', 'available-funds'] as const;

/** The input of one account described by options (`--principal` and the rest), completed by `complete`. */
function inputFromOptions(values: CommandContext['values']): Record<string, unknown> {
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const missing = ['currency', 'delinquency-date', 'policy', 'as-of'].filter((n) => text(n) === undefined);
  if (missing.length > 0) throw new UsageError(`--principal also needs ${missing.map((n) => `--${n}`).join(', ')}.`, 'settle');
  const account: Record<string, unknown> = { currency: text('currency'), principal: text('principal'), delinquencyDate: text('delinquency-date') };
  for (const [option, field] of [['interest', 'interest'], ['fees', 'fees'], ['charge-off-date', 'chargeOffDate']] as const) {
    if (text(option) !== undefined) account[field] = text(option);
  }
  const input: Record<string, unknown> = { account };
  const finances = ['monthly-income', 'monthly-expenses', 'available-funds'].filter((n) => text(n) !== undefined);
  if (finances.length > 0) {
    if (text('monthly-income') === undefined || text('monthly-expenses') === undefined) throw new UsageError('--monthly-income and --monthly-expenses go together (the monthly capacity is income minus expenses); --available-funds adds money available now.', 'settle');
    input.debtor = { monthlyIncome: text('monthly-income'), monthlyExpenses: text('monthly-expenses'), ...(text('available-funds') === undefined ? {} : { availableFunds: text('available-funds') }) };
  }
  return input;
}

async function* single(value: unknown): AsyncGenerator<InputDocument> {
  await Promise.resolve();
  yield { source: '<options>', line: 1, text: JSON.stringify(value), value, synthetic: true };
}

/** A document with the fields the options set for every document (`--policy`, `--as-of`, `--level`) replaced. */
function complete(value: unknown, shared: Readonly<Record<string, unknown>>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...(value as Record<string, unknown>), ...shared };
}

async function runSettle(context: CommandContext): Promise<ExitCode> {
  const { values } = context;
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}.`, 'settle');
  const byOptions = values.principal !== undefined;
  if (!byOptions) {
    const stray = ACCOUNT_OPTIONS.filter((n) => values[n] !== undefined);
    if (stray.length > 0) throw new UsageError(`${stray.map((n) => `--${n}`).join(', ')} describe an account given with --principal; with input files, put them in the files.`, 'settle');
  } else if (context.positionals.length > 0) {
    throw new UsageError('give the account either in files or with --principal and its options, not both.', 'settle');
  }
  const fromOptions = byOptions ? inputFromOptions(values) : undefined;
  const shared: Record<string, unknown> = {};
  const policyFile = values.policy as string | undefined;
  if (policyFile !== undefined) {
    const read = await readSideInput(context, policyFile, (p) => parseInput(settlement.SettlementPolicySchema, p));
    if (!read.ok) return reportSideInput(context, read, 'policy');
    shared.policy = read.document.value;
  }
  if (asOf !== undefined) shared.asOf = asOf;
  if (values.level !== undefined) shared.level = values.level;
  const spec: ComputeSpec<SettlementOffersResult> = {
    compute: (value) => settlement.settlementOffers(complete(value, shared) as SettlementOffersInput),
    human,
    columns: CSV_COLUMNS,
    rows,
    outcome: (result) => (result.ok ? ExitCode.OK : ExitCode.VIOLATION),
  };
  if (fromOptions !== undefined) return runCompute(context, spec, single(fromOptions), false);
  const inputs = inputsOf(context);
  return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, values.ndjson === true));
}

/** `arrears settle`: ranked settlement offers for an account under a policy. */
export const settleCommand: CliCommand = {
  name: 'settle',
  summary: 'Settlement offers for an account under a policy (or the blocks that stop them).',
  usage: [
    'settle <input.json...> [--policy <settlement-policy.json>] [--as-of <date>] [--level <level>] [--format table|csv|json]',
    'settle --policy <settlement-policy.json> --as-of <date> --currency <code> --principal <amount> --delinquency-date <date> [--interest <amount>] [--fees <amount>] [--monthly-income <amount> --monthly-expenses <amount> [--available-funds <amount>]]',
  ],
  description: [
    'Runs settlementOffers of arrears/settlement on each document ("arrears schema settlement-offers-input": { account, policy, asOf, debtor?, level? }): whether the account may receive offers and what blocks them, the balance, the floor, the smallest lump sum each authority level may accept, and the ranked offers (amount, discount, payments, first due date, expiry, present value, expected recovery, the level needed, affordability). --format json writes the whole result, schedules included.',
    '',
    '--policy supplies the settlement policy of every document (read and checked once), --as-of the date of the offers, --level the authority level making them; each replaces the field of the same name in the documents. One account can be given with options instead of a file: --principal with --currency, --delinquency-date, --policy and --as-of (and optionally --interest, --fees, --charge-off-date, and the debtor\'s --monthly-income and --monthly-expenses, with --available-funds now, for the affordability check). Each option is the kebab-case of its JSON field.',
    '',
    'Exit codes: 0 the account may receive offers; 1 something blocks them (a bankruptcy, an unverified dispute, ...) or well-formed input breaks a rule (a floor above the balance, ...); 2 an input or the policy is malformed or unreadable.',
  ].join('\n'),
  options: {
    ...OUTPUT_FORMAT_OPTION,
    ...INPUT_OPTIONS,
    policy: { type: 'string', short: 'p', valueName: 'file', description: 'The settlement policy of every document (JSON).' },
    'as-of': { type: 'string', valueName: 'date', description: 'The date of the offers (YYYY-MM-DD) for every document.' },
    level: { type: 'string', valueName: 'level', description: 'The authority level making the offers (default the policy\'s lowest).' },
    currency: { type: 'string', valueName: 'code', description: 'With --principal: the ISO 4217 currency of the account.' },
    principal: { type: 'string', valueName: 'amount', description: 'The principal owed: describes one account with options instead of files.' },
    interest: { type: 'string', valueName: 'amount', description: 'With --principal: the interest owed (default 0).' },
    fees: { type: 'string', valueName: 'amount', description: 'With --principal: the fees owed (default 0).' },
    'delinquency-date': { type: 'string', valueName: 'date', description: 'With --principal: the date of first delinquency.' },
    'charge-off-date': { type: 'string', valueName: 'date', description: 'With --principal: the charge-off date, for a policy that ages debt from charge-off.' },
    'monthly-income': { type: 'string', valueName: 'amount', description: 'With --principal: the debtor\'s monthly income after tax (debtor.monthlyIncome).' },
    'monthly-expenses': { type: 'string', valueName: 'amount', description: 'With --principal: the debtor\'s monthly essential expenses (debtor.monthlyExpenses).' },
    'available-funds': { type: 'string', valueName: 'amount', description: 'With --principal: money the debtor has available now (debtor.availableFunds).' },
  },
  renamedOptions: { income: { now: 'monthly-income' }, expenses: { now: 'monthly-expenses' }, funds: { now: 'available-funds' } },
  examples: [
    'arrears settle input.json',
    'arrears settle accounts/*.json --policy settlement-policy.json --as-of 2026-01-17 --format csv > offers.csv',
    'arrears settle --policy settlement-policy.json --as-of 2026-01-17 --currency USD --principal 800.00 --interest 150.00 --fees 50.00 --delinquency-date 2025-07-01',
  ],
  run: runSettle,
};

/**
 * `arrears validate --kind settlement-terms --policy <settlement-policy.json>`: settlement terms
 * (`settlement-terms` documents) checked by `validateSettlementTerms`: every rule of the
 * policy they break, with the policy's limit, the terms' value, the authority level needed
 * and the citation of a block as details.
 */
export const settlementTermsKind: PolicyKind = {
  kind: 'settlement-terms',
  formerly: ['settlement'],
  summary: 'settlement terms (amount, installments, first due date, level) checked against a settlement policy',
  subjectSchema: 'settlement-terms',
  policySchema: 'settlement-policy',
  parsePolicy(policy) {
    parseInput(settlement.SettlementPolicySchema, policy);
    return policy;
  },
  check(subject, policy): readonly PolicyViolation[] {
    // The library names the fields of the terms under "terms"; the document is the terms.
    const result = outOfPath(['terms'], () => settlement.validateSettlementTerms({ terms: subject, policy } as ValidateSettlementTermsInput));
    return result.findings.map(({ code, path = [], message, citation, details }) => {
      const facts = { ...details, ...(citation === undefined ? {} : { citation }) };
      return { code, path: path[0] === 'terms' ? path.slice(1) : path, message, ...(Object.keys(facts).length > 0 ? { details: facts } : {}) };
    });
  },
};

/** The probe account's balance: large enough that every plan runs to its longest (whatever `minInstallment`) and above any floor. */
function probePrincipal(policy: SettlementPolicyInput): string {
  const floor = policy.floor?.minAmount;
  const whole = floor === undefined || !/^[0-9]+(\.[0-9]+)?$/.test(floor) ? 0n : BigInt(floor.split('.')[0] as string);
  return String(whole + 1_000_000_000n);
}

/**
 * The dates offers are probed on: month ends (where the month count of a due date can reach
 * one more) and month starts, over a leap year.
 */
const PROBE_DATES: readonly string[] = Array.from({ length: 12 }, (_, m) => {
  const first = `2028-${String(m + 1).padStart(2, '0')}-01`;
  const length = daysBetween(first, addMonths(first, 1));
  return [1, 28, 29, 30, 31].filter((d) => d <= length).map((d) => `${first.slice(0, 8)}${String(d).padStart(2, '0')}`);
}).flat();

/**
 * The month of the default curve a payment on `date` reads, as `settlementOffers` values it:
 * whole months from `asOf` (by `addMonths`), plus one when days are left over.
 */
function curveMonth(asOf: string, date: string): number {
  let months = 0;
  while (addMonths(asOf, months + 1) <= date) months += 1;
  return months + (daysBetween(addMonths(asOf, months), date) > 0 ? 1 : 0);
}

/**
 * `arrears validate --kind settlement-policy`: a settlement policy is well-formed and usable.
 * The schema first (bands that tile ages and balances, authority that never shrinks with level,
 * percents, amounts in the policy currency's minor unit: malformed, exit 2), then the policy is
 * put to work on a probe account (a large balance, so every plan runs to its most installments,
 * 0 days old) so that the rules only a computation finds come out (a broken rule, exit 1): a
 * default model shorter than the longest offer (`SETTLEMENT_CURVE_TOO_SHORT`, naming the
 * months the longest offer needs, not just the first month missing).
 */
export const settlementPolicyKind: PolicyKind = {
  kind: 'settlement-policy',
  summary: 'a settlement policy: its schema (bands, authority, percents, amounts), then its offers built for a probe account (a default model long enough)',
  subjectSchema: 'settlement-policy',
  check(subject): readonly PolicyViolation[] {
    const parsed = parseInput(settlement.SettlementPolicySchema, subject);
    const policy = subject as SettlementPolicyInput;
    const model = parsed.defaultModel;
    // Any curve long enough, to see every offer; the policy's own length is compared after.
    const probe = model === undefined ? policy : { ...policy, defaultModel: { survival: Array.from({ length: 600 }, () => '1') } };
    let needed = 0;
    let due = '';
    let offeredOn = '';
    for (const asOf of model === undefined ? [PROBE_DATES[0] as string] : PROBE_DATES) {
      const account = { currency: policy.currency ?? 'USD', principal: probePrincipal(policy), delinquencyDate: asOf, chargeOffDate: asOf };
      // The library names the policy's fields under "policy"; the document is the policy itself.
      const offers = outOfPath(['policy'], () => settlement.settlementOffers({ account, policy: probe, asOf })).offers;
      for (const offer of offers) {
        const last = (offer.payments[offer.payments.length - 1] as OfferPayment).dueDate;
        const month = curveMonth(asOf, last);
        if (month > needed) [needed, due, offeredOn] = [month, last, asOf];
      }
    }
    if (model === undefined) return [];
    const given = 'survival' in model ? model.survival.length : 'monthlyDefaultProbabilities' in model ? model.monthlyDefaultProbabilities.length : Number.POSITIVE_INFINITY;
    if (needed <= given) return [];
    return [
      {
        code: settlement.SettlementErrorCodes.SETTLEMENT_CURVE_TOO_SHORT,
        path: ['defaultModel'],
        message: `"defaultModel": covers ${given} month(s), but the longest offer's last payment reads month ${needed} (due ${due} for offers made on ${offeredOn}); give at least ${needed}.`,
        details: { monthsNeeded: needed, monthsGiven: given },
      },
    ];
  },
};

/** arrears/settlement on the command line: `settle`, the `settlement-terms` and `settlement-policy` validation kinds and the settlement schemas. */
export const settlementCli: CliModule = {
  name: 'settlement',
  exports: settlement,
  commands: [settleCommand],
  policyKinds: [settlementTermsKind, settlementPolicyKind],
};
