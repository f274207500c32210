import { ValidationError, attempt as attemptResult } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { AccountIndex } from './account-index.js';
import { RowList } from './entry-codes.js';
import { parseInput } from '../internal/parse.js';
import { ComplianceErrorCodes } from './codes.js';
import { checkAttemptAgainst } from './check-contact.js';
import { evaluateBatchAttempt, evaluateSimpleAttempt } from './evaluate.js';
import { canonicalInstantText, commonAccountShell, commonEnvelope, fastBatchAttempt, simpleAttemptMs } from './fast-attempt.js';
import type { AccountShell, BatchEnvelope } from './fast-attempt.js';
import { NO_HISTORY, checkAccountRules, checkHistoryBefore, historyAfterCheckedAt, jurisdictionRegistry, prepareAccount } from './prepare.js';
import type { HistoryRow, PreparedAccount } from './prepare.js';
import * as z from 'zod/mini';
import { ContactIdSchema } from '../internal/contact-id.js';
import { BatchAttemptSchema, CheckContactsInputSchema, ContactAccountSchema } from './schemas.js';
import type { AddressKind, BatchCheckResult, CheckContactsInput, ContactChannel, ParsedAccount, ParsedJurisdiction } from './types.js';

const BatchAccountSchema = z.extend(ContactAccountSchema, { id: ContactIdSchema });

const BatchEnvelopeSchema = z.extend(CheckContactsInputSchema, { accounts: z.array(z.unknown()).check(z.maxLength(1_000_000)) });

/**
 * Checks many proposed contacts at once (a dialer list): each account (consumer, debts,
 * history, policy) is validated and compiled once, then every attempt that refers to it is
 * judged against the precomputed local days of its history. Results come back in the
 * attempts' order, each with its `index` and `accountId`; the rules are those of
 * {@link checkContact}.
 *
 * @param input - `{ checkedAt, accounts: [{ id, consumer, debts, history, policy? }], attempts: [{ accountId, channel, at, debtIds, ... }], jurisdictions? }`
 * @returns one {@link BatchCheckResult} per attempt
 * @throws {@link arrears!ValidationError} as {@link checkContact}, with paths into `accounts`
 *   or `attempts`; `COMPLIANCE_UNKNOWN_ACCOUNT` for an attempt whose account is missing
 * @throws {@link arrears!DomainRuleError} as {@link checkContact}
 *
 * @example
 * ```ts
 * import { checkContacts } from 'arrears/compliance';
 * const results = checkContacts({
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   accounts: [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }],
 *   attempts: [
 *     { accountId: 'a1', channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
 *     { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
 *   ],
 * });
 * results.map((r) => r.ok); // => [false, true]
 * results[0]?.earliestAllowedAt; // => '2026-03-10T13:00:00.000Z'
 * ```
 */
export function checkContacts(input: CheckContactsInput): BatchCheckResult[] {
  let results: BatchCheckResult[] = [];
  runBatch(input, true, (count) => {
    results = new Array<BatchCheckResult>(count);
  }, (result) => {
    results[result.index] = result;
  });
  return results;
}

/**
 * The streaming form of {@link checkContacts}: the same checks and results, handed to
 * `onResult` one at a time in the attempts' order instead of collected in an array, so a
 * dialer can act on each answer (or keep only the allowed ones) without holding a million
 * results in memory. Input errors are thrown before the first result is handed over for
 * accounts, and at the failing attempt for attempts (the results before it have been
 * handed over). Accounts are read again when they are compiled, so `onResult` must not change
 * the input.
 *
 * @param input - as for {@link checkContacts}
 * @param onResult - called once per attempt with its {@link BatchCheckResult}
 * @returns the number of attempts checked
 * @throws {@link arrears!ValidationError} as {@link checkContacts}; `INPUT_INVALID_TYPE` when
 *   `onResult` is not a function
 * @throws {@link arrears!DomainRuleError} as {@link checkContacts}
 *
 * @example
 * ```ts
 * import { checkEachContact } from 'arrears/compliance';
 * const allowed: string[] = [];
 * const count = checkEachContact(
 *   {
 *     checkedAt: '2026-03-10T12:00:00Z',
 *     accounts: [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }],
 *     attempts: [
 *       { accountId: 'a1', channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
 *       { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
 *     ],
 *   },
 *   (r) => {
 *     if (r.ok) allowed.push(`${r.accountId}@${r.earliestAllowedAt}`);
 *   },
 * );
 * count; // => 2
 * allowed; // => ['a1@2026-03-10T15:00:00.000Z']
 * ```
 */
export function checkEachContact(input: CheckContactsInput, onResult: (result: BatchCheckResult) => void): number {
  if (typeof onResult !== 'function') {
    throw new ValidationError([
      { code: 'INPUT_INVALID_TYPE', path: ['onResult'], message: `"onResult": expected a function to receive each result, but got ${onResult === null ? 'null' : typeof onResult}.` },
    ]);
  }
  return runBatch(input, false, () => undefined, onResult);
}

/**
 * The non-throwing twin of {@link checkContacts}: accepts anything and answers
 * `{ success: true, data }` (one result per attempt) or `{ success: false, error }` with the
 * typed error {@link checkContacts} would throw.
 *
 * @param input - as for {@link checkContacts}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCheckContacts } from 'arrears/compliance';
 * const accounts = [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }];
 * const ok = safeCheckContacts({ checkedAt: '2026-03-10T12:00:00Z', accounts, attempts: [{ accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] }] });
 * ok.success ? ok.data.map((r) => r.ok) : ok.error.code; // => [true]
 * const bad = safeCheckContacts({ checkedAt: '2026-03-10T12:00:00Z', accounts, attempts: [{ accountId: 'a2', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] }] });
 * bad.success ? 'checked' : bad.error.code; // => 'COMPLIANCE_UNKNOWN_ACCOUNT'
 * ```
 */
export function safeCheckContacts(input: unknown): ArrearsResult<BatchCheckResult[]> {
  return attemptResult(() => checkContacts(input as CheckContactsInput));
}

/**
 * The non-throwing twin of {@link checkEachContact}: accepts anything and answers
 * `{ success: true, data }` (the number of results handed to `onResult`) or
 * `{ success: false, error }` with the typed error {@link checkEachContact} would throw (results
 * handed over before the failure stay handed over). An error thrown by `onResult` itself is
 * the caller's and propagates unless it is an arrears error.
 *
 * @param input - as for {@link checkEachContact}
 * @param onResult - called once per attempt, in the attempts' order
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCheckEachContact } from 'arrears/compliance';
 * const input = {
 *   checkedAt: '2026-03-10T12:00:00Z',
 *   accounts: [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }],
 *   attempts: [{ accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] }],
 * };
 * const seen: boolean[] = [];
 * safeCheckEachContact(input, (r) => seen.push(r.ok)); // => { success: true, data: 1 }
 * seen; // => [true]
 * safeCheckEachContact(input, undefined).success; // => false
 * ```
 */
export function safeCheckEachContact(input: unknown, onResult: unknown): ArrearsResult<number> {
  return attemptResult(() => checkEachContact(input as CheckContactsInput, onResult as (result: BatchCheckResult) => void));
}

function unknownAccount(index: number, accountId: string): ValidationError {
  return new ValidationError([
    {
      code: ComplianceErrorCodes.COMPLIANCE_UNKNOWN_ACCOUNT,
      path: ['attempts', index, 'accountId'],
      message: `"attempts[${index}].accountId": no account has the id "${accountId}".`,
    },
  ]);
}

function runBatch(input: CheckContactsInput, keep: boolean, start: (count: number) => void, emit: (result: BatchCheckResult) => void): number {
  // The envelope first; then every account is validated (so account errors come first, in
  // order); each is compiled at its first attempt and released after its last. Accounts in
  // the common shape keep their raw history until then, with its instants in `times`.
  const parsed: BatchEnvelope & { readonly jurisdictions?: readonly ParsedJurisdiction[] | undefined } = commonEnvelope(input) ?? parseInput(BatchEnvelopeSchema, input);
  const registry = jurisdictionRegistry(parsed.jurisdictions);
  const { checkedAt, accounts: rawAccounts, attempts } = parsed;
  const times = new RowList();
  // Per account, by its index: the validated shell or parsed account, the compiled account
  // while attempts remain, and how many attempts remain (parallel arrays: no object per account).
  const count = rawAccounts.length;
  const slots = new Array<AccountShell | (ParsedAccount & { id: string })>(count);
  const common = new Uint8Array(count);
  const prepared = new Array<PreparedAccount | null>(count).fill(null);
  const remaining = new Int32Array(count);
  const indexOf = new AccountIndex(count);
  for (let index = 0; index < count; index++) {
    const raw = rawAccounts[index];
    const shell = commonAccountShell(raw, times);
    const account = shell === undefined ? parseInput(BatchAccountSchema, raw, ['accounts', index]) : null;
    const id = shell === undefined ? (account as ParsedAccount & { id: string }).id : shell.id;
    if (!indexOf.add(id, index)) {
      throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['accounts', index, 'id'], message: `"accounts[${index}].id": the account id "${id}" appears twice.` }]);
    }
    if (shell === undefined) {
      slots[index] = account as ParsedAccount & { id: string };
      checkHistoryBefore(account as ParsedAccount, checkedAt, ['accounts', index]);
    } else {
      slots[index] = shell;
      common[index] = 1;
      for (let i = 0; i < shell.rawHistory.length; i++) {
        const at = times.at(shell.offset + i);
        if (at > checkedAt) throw historyAfterCheckedAt(i, at, checkedAt, ['accounts', index]);
      }
    }
    checkAccountRules(shell ?? (account as ParsedAccount), registry, ['accounts', index]);
  }
  // Consecutive attempts usually name the same account, often the next one: both are tried
  // before the index.
  let lastId: string | undefined;
  let lastIndex = -1;
  const accountIndexOf = (id: string): number => {
    if (id === lastId) return lastIndex;
    lastId = id;
    const next = lastIndex + 1;
    const slot = slots[next];
    lastIndex = next < count && (slot as { id: string }).id === id ? next : indexOf.get(id);
    return lastIndex;
  };
  // How many attempts name each account, so a compiled account is released after its last
  // one; each attempt's account id and index are kept for the judging pass.
  const idAt = new Array<unknown>(attempts.length);
  const accountAt = new Int32Array(attempts.length);
  for (let index = 0; index < attempts.length; index++) {
    const raw = attempts[index];
    const id = typeof raw === 'object' && raw !== null ? (raw as { accountId?: unknown }).accountId : undefined;
    idAt[index] = id;
    if (typeof id === 'string') {
      const a = accountIndexOf(id);
      accountAt[index] = a;
      if (a >= 0) remaining[a] = (remaining[a] as number) + 1;
    } else accountAt[index] = -1;
  }
  const compiled = (a: number): PreparedAccount => {
    let p = prepared[a] as PreparedAccount | null;
    if (p === null) {
      p = compile(slots[a] as AccountShell | (ParsedAccount & { id: string }), common[a] === 1, a, times, registry);
      prepared[a] = p;
    }
    return p;
  };
  const done = (a: number): void => {
    const left = (remaining[a] as number) - 1;
    remaining[a] = left;
    if (left <= 0) prepared[a] = null;
  };
  start(attempts.length);
  for (let index = 0; index < attempts.length; index++) {
    const raw = attempts[index];
    // The simplest common shape (what dialers send) is judged from its parts.
    const ms = simpleAttemptMs(raw);
    if (ms !== undefined) {
      const r = raw as { accountId: string; channel: ContactChannel; at: string; debtIds: readonly string[]; to?: { kind: AddressKind } };
      // The id read by the counting pass (the same string, unless a getter changed it).
      const a = r.accountId === idAt[index] ? (accountAt[index] as number) : accountIndexOf(r.accountId);
      if (a >= 0) {
        const p = compiled(a);
        const debtId = r.debtIds[0] as string;
        if (p.debtIds.has(debtId) && (ms >= checkedAt || p.account.policy?.allowPastAttempts === true)) {
          emit(evaluateSimpleAttempt(p, r.channel, r.to?.kind, debtId, ms, canonicalInstantText(r.at), index, r.accountId, keep));
          done(a);
          continue;
        }
      }
      // Otherwise the general path below reports the error.
    }
    const fast = fastBatchAttempt(raw);
    const attempt = fast ?? parseInput(BatchAttemptSchema, raw, ['attempts', index]);
    const a = accountIndexOf(attempt.accountId);
    if (a < 0) throw unknownAccount(index, attempt.accountId);
    const p = compiled(a);
    checkAttemptAgainst(p.account, p, attempt, checkedAt, ['attempts', index]);
    emit(evaluateBatchAttempt(p, attempt, fast === undefined ? undefined : canonicalInstantText((raw as { at: string }).at), index, attempt.accountId, keep));
    done(a);
  }
  return attempts.length;
}

/**
 * Compiles an account at its first attempt. A shell is compiled straight from its raw history
 * entries (validated, their instants in `times`), without building parsed entries.
 */
function compile(slot: AccountShell | (ParsedAccount & { id: string }), isShell: boolean, index: number, times: RowList, registry: ReadonlyMap<string, ParsedJurisdiction>): PreparedAccount {
  const path = ['accounts', index];
  if (!isShell) return prepareAccount(slot as ParsedAccount, registry, path);
  const { id, consumer, debts, policy, rawHistory, offset } = slot as AccountShell;
  const account: ParsedAccount & { id: string } = policy === undefined ? { id, consumer, debts, history: NO_HISTORY } : { id, consumer, debts, history: NO_HISTORY, policy };
  return prepareAccount(account, registry, path, { entries: rawHistory as readonly HistoryRow[], rows: times, offset });
}
