import type * as z from 'zod/mini';
import { ValidationError, attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { RemindersErrorCodes } from './codes.js';
import { accountFacts, planAccount } from './plan-account.js';
import { prepareRun } from './run.js';
import { BatchAccountPartsSchema, PlanRemindersBatchInputSchema } from './schemas.js';
import type { ReminderBatchAccountSchema } from './schemas.js';
import { prepareComplianceParts } from './compliance-parts.js';
import { fastAccountParts } from './fast-input.js';
import type { BatchRemindersResult, PlanRemindersBatchInput } from './types.js';
import { checkAccountFacts, checkRun } from './validate.js';

/**
 * The streaming form of {@link planRemindersBatch}: the same results, handed to `onResult`
 * one account at a time in the accounts' order, so that a nightly run over millions of
 * accounts keeps no results in memory. Each account is validated when its turn comes: an
 * error names its path (`accounts[i]...`) and stops the run (results already handed over
 * stand); validate per account with {@link safePlanReminders} instead when one bad account
 * must not stop the others.
 *
 * @param input - `{ asOf, at, policy, jurisdictions?, accounts: [{ id, plan, account, consumer, language, channels, debts, history, contactPolicy? }] }`
 * @param onResult - called once per account with `{ index, accountId, reminders, skipped, warnings }`
 * @returns the number of accounts planned
 * @throws as {@link planReminders}, with paths into `accounts`; `REMINDERS_DUPLICATE_ID` for
 *   an account id used twice
 *
 * @example
 * ```ts
 * import { planEachReminders } from 'arrears/reminders';
 * const policy = { offsetsDays: [0], channels: ['letter'], sendWindow: { start: '09:00', end: '20:00' }, sender: { kind: 'creditor', businessName: 'Acme Loans' } } as const;
 * const account = { plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-04', amount: '50.00' }] }, account: { currency: 'USD' }, consumer: { timeZones: ['America/Chicago'] }, language: 'en', channels: [{ id: 'home', medium: 'letter', address: '1 Main St, Springfield IL', addressKind: 'home' }], debts: [{ id: 'd1' }], history: [] } as const;
 * const seen: string[] = [];
 * planEachReminders({ asOf: '2026-12-01', at: '2026-12-01T12:00:00Z', policy, accounts: [{ id: 'a1', ...account }, { id: 'a2', ...account }] }, (r) => seen.push(`${r.accountId}:${r.reminders.length}`)); // => 2
 * seen; // => ['a1:1', 'a2:1']
 * ```
 */
export function planEachReminders(input: PlanRemindersBatchInput, onResult: (result: BatchRemindersResult) => void): number {
  if (typeof onResult !== 'function') {
    throw new ValidationError([
      { code: 'INPUT_INVALID_TYPE', path: ['onResult'], message: `"onResult": expected a function to receive each result, but got ${onResult === null ? 'null' : typeof onResult}.` },
    ]);
  }
  const envelope = parseInput(PlanRemindersBatchInputSchema, input);
  const at = Date.parse(envelope.at);
  checkRun(envelope.asOf, at, []);
  const run = prepareRun(envelope.asOf, new Date(at).toISOString(), envelope.policy, input.jurisdictions as z.input<typeof PlanRemindersBatchInputSchema>['jurisdictions']);
  const ids = new Set<string>();
  const accounts = input.accounts as unknown as readonly z.input<typeof ReminderBatchAccountSchema>[];
  for (let index = 0; index < accounts.length; index++) {
    const raw = accounts[index] as z.input<typeof ReminderBatchAccountSchema>;
    const path = ['accounts', index];
    // The common shape without zod (the schema's very output, tested); anything else, and every error, through the schema.
    const parsed = fastAccountParts(raw, true) ?? parseInput(BatchAccountPartsSchema, raw, path);
    if (ids.has(parsed.id)) {
      throw new ValidationError([{ code: RemindersErrorCodes.REMINDERS_DUPLICATE_ID, path: [...path, 'id'], message: `"accounts[${String(index)}].id": the account id "${parsed.id}" is used twice.` }]);
    }
    ids.add(parsed.id);
    const contacts = prepareComplianceParts(raw, run.atText, run.jurisdictions, path);
    const facts = accountFacts(parsed, raw, contacts, parsed.plan.id ?? parsed.id);
    checkAccountFacts(facts.parsed, envelope.asOf, at, path);
    const result = planAccount(run, facts);
    onResult({ index, accountId: parsed.id, ...result });
  }
  return accounts.length;
}

/**
 * Plans reminders for many accounts in one run (the nightly job): one `asOf` and `at`, one
 * policy (parsed once), custom jurisdictions, and the accounts, each planned exactly as
 * {@link planReminders} plans it alone. Results keep the accounts' order.
 *
 * @param input - as {@link planEachReminders}
 * @returns one {@link BatchRemindersResult} per account
 * @throws as {@link planEachReminders}
 *
 * @example
 * ```ts
 * import { planRemindersBatch } from 'arrears/reminders';
 * const policy = { offsetsDays: [0], channels: ['letter'], sendWindow: { start: '09:00', end: '20:00' }, sender: { kind: 'creditor', businessName: 'Acme Loans' } } as const;
 * const account = { plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-04', amount: '50.00' }] }, account: { currency: 'USD' }, consumer: { timeZones: ['America/Chicago'] }, language: 'en', channels: [{ id: 'home', medium: 'letter', address: '1 Main St, Springfield IL', addressKind: 'home' }], debts: [{ id: 'd1' }], history: [] } as const;
 * const results = planRemindersBatch({ asOf: '2026-12-01', at: '2026-12-01T12:00:00Z', policy, accounts: [{ id: 'a1', ...account }] });
 * results.map((r) => [r.accountId, r.reminders[0]?.sendAt]); // => [['a1', '2026-12-04T15:00:00.000Z']]
 * ```
 */
export function planRemindersBatch(input: PlanRemindersBatchInput): BatchRemindersResult[] {
  const results: BatchRemindersResult[] = [];
  planEachReminders(input, (r) => results.push(r));
  return results;
}

/**
 * The non-throwing twin of {@link planRemindersBatch}: accepts anything and answers
 * `{ success: true, data }` (one result per account) or `{ success: false, error }` with the
 * typed error {@link planRemindersBatch} would throw.
 *
 * @param input - as for {@link planRemindersBatch}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePlanRemindersBatch } from 'arrears/reminders';
 * safePlanRemindersBatch({ asOf: '2026-12-01', accounts: 'all' }).success; // => false
 * ```
 */
export function safePlanRemindersBatch(input: unknown): ArrearsResult<BatchRemindersResult[]> {
  return attempt(() => planRemindersBatch(input as PlanRemindersBatchInput));
}

/**
 * The non-throwing twin of {@link planEachReminders}: accepts anything and answers
 * `{ success: true, data }` (the number of results handed to `onResult`) or
 * `{ success: false, error }` with the typed error {@link planEachReminders} would throw
 * (results handed over before the failure stay handed over).
 *
 * @param input - as for {@link planEachReminders}
 * @param onResult - called once per account, in the accounts' order
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePlanEachReminders } from 'arrears/reminders';
 * safePlanEachReminders({ asOf: '2026-12-01', accounts: [] }, () => undefined).success; // => false
 * safePlanEachReminders({ asOf: '2026-12-01' }, 'not a function').success; // => false
 * ```
 */
export function safePlanEachReminders(input: unknown, onResult: unknown): ArrearsResult<number> {
  return attempt(() => planEachReminders(input as PlanRemindersBatchInput, onResult as (result: BatchRemindersResult) => void));
}
