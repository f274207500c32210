import { addMonths, daysBetween } from '../../calendar/index.js';
import { parseInput } from '../../internal/parse.js';
import * as settlement from '../../settlement/index.js';
import type { SettlementPolicyInput, SettlementTermsInput } from '../../settlement/index.js';
import type { ComputeSpec } from '../compute.js';
import { OUTPUT_FORMAT_OPTION, runCompute } from '../compute.js';
import { INPUT_OPTIONS, documentsOf, inputsOf, isBatch } from '../documents.js';
import type { CliCommand, CliModule, CommandContext, PolicyKind, PolicyViolation } from '../registry.js';
import { ExitCode } from '../registry.js';
import { outOfPath } from '../side-input.js';
import { renderTable } from '../table.js';

const COLUMNS = [
  { key: 'field', header: 'field' },
  { key: 'value', header: 'value' },
] as const;

function flatRows(result: unknown): Array<{ field: string; value: unknown }> {
  if (typeof result !== 'object' || result === null) return [{ field: 'result', value: result }];
  return Object.entries(result).map(([field, value]) => ({ field, value }));
}

const spec: ComputeSpec<settlement.SettlementOffersResult> = {
  compute: (value) => settlement.settlementOffers(value as settlement.SettlementOffersInput),
  human: (result) => renderTable(COLUMNS, flatRows(result)),
  columns: COLUMNS,
  rows: flatRows,
  outcome: (result) => (result.eligible ? ExitCode.OK : ExitCode.VIOLATION),
};

/** `arrears settle`: ranked settlement offers for an account under a policy. */
export const settleCommand: CliCommand = {
  name: 'settle',
  summary: 'Settlement offers for an account under a policy (or the blocks that stop them).',
  usage: ['settle <input.json...> [--format table|csv|json]'],
  description: [
    'Runs settlementOffers of arrears/settlement on each document ("arrears schema settlement-offers-input": { account, policy, asOf, debtor?, level? }): eligibility and what blocks offers, the floor, the smallest amount each authority level may accept, and the ranked offers with their schedules.',
    '',
    'Exit codes: 0 the account may receive offers; 1 something blocks them (a bankruptcy, an unverified dispute, ...) or well-formed input breaks a rule; 2 an input is malformed or unreadable.',
  ].join('\n'),
  options: { ...OUTPUT_FORMAT_OPTION, ...INPUT_OPTIONS },
  examples: ['arrears settle input.json', 'arrears settle input.json --format json'],
  run: async (context: CommandContext): Promise<ExitCode> => {
    const inputs = inputsOf(context);
    return runCompute(context, spec, documentsOf(context, inputs), isBatch(inputs, context.values.ndjson === true));
  },
};

/**
 * `arrears validate --kind settlement --policy <settlement-policy.json>`: settlement terms
 * (`settlement-terms` documents) checked by `validateSettlementTerms`: every rule of the
 * policy they break, with the policy's limit, the terms' value, the authority level needed
 * and the citation of a block as details.
 */
export const settlementTermsKind: PolicyKind = {
  kind: 'settlement',
  summary: 'settlement terms (amount, installments, first due date, level) checked against a settlement policy',
  subjectSchema: 'settlement-terms',
  policySchema: 'settlement-policy',
  parsePolicy(policy) {
    parseInput(settlement.SettlementPolicySchema, policy);
    return policy;
  },
  check(subject, policy): readonly PolicyViolation[] {
    // The library names the fields of the terms under "terms"; the document is the terms.
    const result = outOfPath(['terms'], () => settlement.validateSettlementTerms(subject as SettlementTermsInput, policy as SettlementPolicyInput));
    return result.violations.map(({ code, path, message, ...facts }) => ({ code, path, message, ...(Object.keys(facts).length > 0 ? { details: facts } : {}) }));
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
        const last = offer.payments[offer.payments.length - 1]?.dueDate ?? asOf;
        const month = curveMonth(asOf, last);
        if (month > needed) [needed, due, offeredOn] = [month, last, asOf];
      }
    }
    if (model === undefined) return [];
    const given = 'survival' in model ? model.survival.length : model.monthlyDefaultProbabilities.length;
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

/** arrears/settlement on the command line: `settle`, the `settlement` and `settlement-policy` validation kinds and the settlement schemas. */
export const settlementCli: CliModule = {
  name: 'settlement',
  exports: settlement,
  commands: [settleCommand],
  policyKinds: [settlementTermsKind, settlementPolicyKind],
};
