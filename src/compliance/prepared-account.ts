import * as z from 'zod/mini';
import { attempt as attemptResult } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { DeepReadonly } from '../internal/readonly.js';
import { checkAttemptAgainst } from './check-contact.js';
import { codeOfEntry, RowList } from './entry-codes.js';
import { evaluateAttempt } from './evaluate.js';
import { accountOfShell, buildHistoryEntry, commonAccountShell, commonHistoryMs, fastAttempt, fastInstantMs } from './fast-attempt.js';
import type { AccountShell } from './fast-attempt.js';
import { checkAccountRules, checkHistoryBefore, historyAfterCheckedAt, jurisdictionRegistry, prepareAccount } from './prepare.js';
import type { HistoryRow, PreparedAccount } from './prepare.js';
import { CheckContactInputSchema, ContactAccountSchema, ContactAttemptSchema, ContactHistoryEntrySchema, ContactPolicySchema } from './schemas.js';
import type { ContactAttemptInput, ContactCheckResult, ContactHistoryEntryInput, ContactPolicyInput, ParsedAccount, ParsedHistoryEntry, ParsedJurisdiction } from './types.js';

/**
 * The input of {@link prepareContactAccount}: the account parts of {@link checkContact}'s
 * input (`consumer`, `debts`, `history`, `policy`), its `checkedAt` and custom `jurisdictions`,
 * without the attempt.
 *
 * @example
 * ```ts
 * import { PrepareContactAccountInputSchema } from 'arrears/compliance';
 * PrepareContactAccountInputSchema.safeParse({ checkedAt: '2026-03-10T12:00:00Z', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }).success; // => true
 * PrepareContactAccountInputSchema.safeParse({ checkedAt: '2026-03-10T12:00:00Z', consumer: { timeZones: ['America/Chicago'] }, debts: [], history: [] }).success; // => false
 * ```
 */
export const PrepareContactAccountInputSchema = z.strictObject({
  /** The instant of evaluation ("now"): history after it is refused. */
  checkedAt: CheckContactInputSchema.shape.checkedAt,
  ...ContactAccountSchema.shape,
  /** Custom jurisdictions (data), added to the built-in ones. */
  jurisdictions: CheckContactInputSchema.shape.jurisdictions,
});

/** The input of {@link prepareContactAccount}. */
export type PrepareContactAccountInput = DeepReadonly<z.input<typeof PrepareContactAccountInputSchema>>;

/**
 * One account validated and compiled once, for many checks: {@link checkContact}'s verdicts
 * for proposed contacts, with contacts recorded between the checks counted as history.
 */
export interface PreparedContactAccount {
  /**
   * `checkContact({ checkedAt, attempt, consumer, debts, history, policy, jurisdictions })` with the
   * prepared account's parts and the history recorded so far: the same result and the same
   * errors (paths under `attempt`, `history`, `checkedAt`). `checkedAt` defaults to the prepared one.
   */
  check(attempt: ContactAttemptInput, checkedAt?: string): ContactCheckResult;
  /** Appends a history entry (validated as `checkContact` validates history; its path is `history[n]`). */
  record(entry: ContactHistoryEntryInput): void;
  /**
   * The same account (and the history recorded so far, copied) under another company policy,
   * validated as `checkContact` validates `policy` (or prepared once for many accounts with
   * {@link prepareContactPolicy}).
   */
  withPolicy(policy: ContactPolicyInput | PreparedContactPolicy | undefined): PreparedContactAccount;
  /** How many history entries the account holds, recorded ones included. */
  readonly historyLength: number;
}

const PolicySchema = z.strictObject({ policy: z.optional(ContactPolicySchema) });

/** The policies {@link prepareContactPolicy} validated (only those are taken as prepared). */
const preparedPolicies = new WeakMap<object, ParsedAccount['policy']>();

/**
 * A company contact policy validated once (by {@link prepareContactPolicy}), for
 * {@link PreparedContactAccount.withPolicy} on many accounts. Opaque.
 */
export interface PreparedContactPolicy {
  /** The policy as given. */
  readonly policy: ContactPolicyInput;
}
const CheckedAtSchema = z.strictObject({ checkedAt: CheckContactInputSchema.shape.checkedAt });

/**
 * The account in one of two forms: a shell whose history stays raw (the common shape, its
 * instants and packed codes in `times`), or a parsed account.
 */
class Session implements PreparedContactAccount {
  private prepared: PreparedAccount | null = null;
  /** The latest history instant (entries after a check's `checkedAt` are refused). */
  #latest: number;

  constructor(
    private readonly checkedAt: number,
    private readonly registry: ReadonlyMap<string, ParsedJurisdiction>,
    private account: ParsedAccount,
    private shell: { readonly raw: unknown[]; readonly times: RowList } | null,
  ) {
    let latest = Number.NEGATIVE_INFINITY;
    if (shell === null) for (const e of account.history) latest = Math.max(latest, e.at);
    else for (let i = 0; i < shell.raw.length; i++) latest = Math.max(latest, shell.times.at(i));
    this.#latest = latest;
  }

  get historyLength(): number {
    return this.shell === null ? this.account.history.length : this.shell.raw.length;
  }

  /** The compiled account (compiled again after a `record`); compiling checks the account's rules. */
  compile(): PreparedAccount {
    if (this.prepared === null) {
      const shell = this.shell;
      this.prepared = shell === null ? prepareAccount(this.account, this.registry) : prepareAccount(this.account, this.registry, [], { entries: shell.raw as readonly HistoryRow[], rows: shell.times, offset: 0 });
    }
    return this.prepared;
  }

  check(attempt: ContactAttemptInput, checkedAt?: string): ContactCheckResult {
    let now = this.checkedAt;
    if (checkedAt !== undefined) now = (typeof checkedAt === 'string' ? fastInstantMs(checkedAt) : undefined) ?? parseInput(CheckedAtSchema, { checkedAt }).checkedAt;
    const parsed = fastAttempt(attempt) ?? parseInput(ContactAttemptSchema, attempt, ['attempt']);
    if (this.#latest > now) {
      // The first entry after `checkedAt`, as checkContact reports it.
      for (let i = 0; i < this.historyLength; i++) {
        const at = this.shell === null ? (this.account.history[i] as ParsedHistoryEntry).at : this.shell.times.at(i);
        if (at > now) throw historyAfterCheckedAt(i, at, now, []);
      }
    }
    const prepared = this.compile();
    checkAttemptAgainst(this.account, prepared, parsed, now, ['attempt']);
    return evaluateAttempt(prepared, parsed);
  }

  record(entry: ContactHistoryEntryInput): void {
    const index = this.historyLength;
    const shell = this.shell;
    const ms = commonHistoryMs(entry);
    if (shell !== null && ms !== undefined) {
      const parsed = buildHistoryEntry(entry, ms);
      shell.raw.push(entry);
      shell.times.push(ms, codeOfEntry(parsed, this.account.debts));
      this.#latest = Math.max(this.#latest, ms);
      this.prepared = null;
      return;
    }
    const parsed = ms === undefined ? parseInput(ContactHistoryEntrySchema, entry, ['history', index]) : buildHistoryEntry(entry, ms);
    const history = shell === null ? [...this.account.history, parsed] : [...accountOfShell({ id: '', consumer: this.account.consumer, debts: this.account.debts, policy: this.account.policy, rawHistory: shell.raw, offset: 0 }, shell.times).history, parsed];
    const account: ParsedAccount = { ...this.account, history };
    // Entry ids must stay unique (checkContact's rule); the checkedAt check waits for the next check.
    checkHistoryBefore(account, Number.POSITIVE_INFINITY, []);
    this.account = account;
    this.shell = null;
    this.#latest = Math.max(this.#latest, parsed.at);
    this.prepared = null;
  }

  withPolicy(policy: ContactPolicyInput | undefined): PreparedContactAccount {
    const prepared = typeof policy === 'object' && policy !== null ? preparedPolicies.get(policy) : undefined;
    const parsed = prepared ?? parseInput(PolicySchema, policy === undefined ? {} : { policy }).policy;
    const { policy: _old, ...rest } = this.account;
    const account: ParsedAccount = parsed === undefined ? rest : { ...rest, policy: parsed };
    const shell = this.shell;
    let copy: { raw: unknown[]; times: RowList } | null = null;
    if (shell !== null) {
      const times = new RowList(shell.raw.length);
      for (let i = 0; i < shell.raw.length; i++) times.push(shell.times.at(i), shell.times.code(i));
      copy = { raw: [...shell.raw], times };
    }
    // The policy is checked against the law now, as checkContact would; compiled at the first check.
    checkAccountRules(account, this.registry, []);
    return new Session(this.checkedAt, this.registry, account, copy);
  }
}

const INPUT_KEYS: ReadonlySet<string> = new Set(['checkedAt', 'consumer', 'debts', 'history', 'policy', 'jurisdictions']);

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The common shape without zod (as `checkContact`'s fast path reads it); `undefined` to let the schema decide. */
function commonInput(input: unknown): { checkedAt: number; shell: AccountShell; times: RowList } | undefined {
  if (!isPlain(input) || input.jurisdictions !== undefined || typeof input.checkedAt !== 'string') return undefined;
  for (const key in input) if (!INPUT_KEYS.has(key)) return undefined;
  const checkedAt = fastInstantMs(input.checkedAt);
  if (checkedAt === undefined) return undefined;
  const times = new RowList(Array.isArray(input.history) ? input.history.length : 0);
  const account: Record<string, unknown> = { id: 'account', consumer: input.consumer, debts: input.debts, history: input.history };
  if (input.policy !== undefined) account.policy = input.policy;
  const shell = commonAccountShell(account, times);
  return shell === undefined ? undefined : { checkedAt, shell, times };
}

/**
 * Validates and compiles an account once for many {@link checkContact} verdicts: a planner
 * that proposes contact after contact (each one, once made, counted as history for the next)
 * checks each with `check` and adds it with `record`, instead of handing the whole history to
 * `checkContact` every time. Every verdict equals `checkContact`'s for the same parts, with the
 * recorded entries appended to `history` (tested property); the account is compiled again only
 * after a `record`.
 *
 * @param input - `{ checkedAt, consumer, debts, history, policy?, jurisdictions? }`: the input of {@link checkContact} without `attempt`
 * @returns a {@link PreparedContactAccount}
 * @throws the account errors of {@link checkContact} (same codes and paths): malformed parts,
 *   `COMPLIANCE_HISTORY_AFTER_CHECKED_AT`, `COMPLIANCE_POLICY_LOOSER_THAN_LAW`,
 *   `COMPLIANCE_UNKNOWN_JURISDICTION`, ...
 *
 * @example
 * ```ts
 * import { prepareContactAccount } from 'arrears/compliance';
 * const account = prepareContactAccount({ checkedAt: '2026-03-10T12:00:00Z', consumer: { timeZones: ['America/Chicago'], jurisdiction: 'US-IL' }, debts: [{ id: 'd1' }], history: [] });
 * const call = { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] } as const;
 * account.check(call).ok; // => true
 * for (let hour = 13; hour < 20; hour++) account.record({ channel: 'call', at: `2026-03-09T${String(hour)}:00:00Z`, outcome: 'noAnswer', debtIds: ['d1'] });
 * account.check(call).findings.map((f) => f.code); // => ['REGF-7IN7']
 * ```
 */
export function prepareContactAccount(input: PrepareContactAccountInput): PreparedContactAccount {
  const common = commonInput(input);
  if (common !== undefined) {
    const { checkedAt, shell, times } = common;
    for (let i = 0; i < shell.rawHistory.length; i++) {
      const at = times.at(i);
      if (at > checkedAt) throw historyAfterCheckedAt(i, at, checkedAt, []);
    }
    const { consumer, debts, policy } = shell;
    const account: ParsedAccount = policy === undefined ? { consumer, debts, history: [] } : { consumer, debts, history: [], policy };
    const session = new Session(checkedAt, jurisdictionRegistry(undefined), account, { raw: [...shell.rawHistory], times });
    // The account's rules (policy no looser than the law, known jurisdictions) are checked now; compiled at the first check.
    checkAccountRules(account, jurisdictionRegistry(undefined), []);
    return session;
  }
  const parsed = parseInput(PrepareContactAccountInputSchema, input);
  const registry = jurisdictionRegistry(parsed.jurisdictions);
  checkHistoryBefore(parsed, parsed.checkedAt, []);
  const { checkedAt, jurisdictions: _j, ...account } = parsed;
  checkAccountRules(account, registry, []);
  return new Session(checkedAt, registry, account, null);
}

/**
 * Validates a company contact policy once, as {@link checkContact} validates `policy`, for
 * {@link PreparedContactAccount.withPolicy} on many accounts (a nightly run's shared policy).
 * Whether it is looser than the law is checked by `withPolicy`, as `checkContact` checks it.
 *
 * @param policy - a contact policy (`ContactPolicySchema`)
 * @returns the prepared policy
 * @throws {@link arrears!ValidationError} for a malformed policy (paths under `policy`)
 *
 * @example
 * ```ts
 * import { prepareContactAccount, prepareContactPolicy } from 'arrears/compliance';
 * const policy = prepareContactPolicy({ callingWindow: { start: '10:00', end: '18:00' } });
 * const account = prepareContactAccount({ checkedAt: '2026-03-10T12:00:00Z', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] });
 * // 14:30 UTC is 09:30 in Chicago, before the policy's window opens.
 * account.withPolicy(policy).check({ channel: 'call', at: '2026-03-10T14:30:00Z', debtIds: ['d1'] }).ok; // => false
 * ```
 */
export function prepareContactPolicy(policy: ContactPolicyInput): PreparedContactPolicy {
  const parsed = parseInput(PolicySchema, { policy }).policy;
  const prepared: PreparedContactPolicy = Object.freeze({ policy });
  preparedPolicies.set(prepared, parsed);
  return prepared;
}

/**
 * The non-throwing twin of {@link prepareContactAccount}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePrepareContactAccount } from 'arrears/compliance';
 * safePrepareContactAccount({ checkedAt: 'now' }).success; // => false
 * ```
 */
export function safePrepareContactAccount(input: unknown): ArrearsResult<PreparedContactAccount> {
  return attemptResult(() => prepareContactAccount(input as PrepareContactAccountInput));
}

/**
 * The non-throwing twin of {@link prepareContactPolicy}.
 *
 * @param policy - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safePrepareContactPolicy } from 'arrears/compliance';
 * safePrepareContactPolicy({ callingWindow: { start: '10:00' } }).success; // => false
 * ```
 */
export function safePrepareContactPolicy(policy: unknown): ArrearsResult<PreparedContactPolicy> {
  return attemptResult(() => prepareContactPolicy(policy as ContactPolicyInput));
}
