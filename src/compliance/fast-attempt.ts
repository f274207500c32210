import * as z from 'zod/mini';
import { TimeZoneSchema } from '../calendar/index.js';
import { AddressKindSchema, ConsumerSchema, ContactChannelSchema, ContactPolicySchema, DebtSchema, ContactInitiatorSchema, ContactPurposeSchema, ContactRecipientSchema } from './schemas.js';
import type { ParsedAccount, ParsedAttempt, ParsedHistoryEntry } from './types.js';
import { US_STATE_JURISDICTIONS } from './us-states.js';
import { BY_CONSUMER, CHANNEL_CODE, IN_RESPONSE, RowList, KIND_CODE, LIMITED, OUTCOME_CODE, TO_CONSUMER, debtSlotBits } from './entry-codes.js';

const CHANNELS: ReadonlySet<unknown> = new Set(ContactChannelSchema.options);
const KINDS: ReadonlySet<unknown> = new Set(AddressKindSchema.options);
const RECIPIENTS: ReadonlySet<unknown> = new Set(ContactRecipientSchema.options);
const PURPOSES: ReadonlySet<unknown> = new Set(ContactPurposeSchema.options);
const ATTEMPT_KEYS: ReadonlySet<string> = new Set(['accountId', 'channel', 'at', 'debtIds', 'to', 'recipient', 'purpose', 'optOutNotice', 'limitedContent', 'private', 'threatensSuit']);
const SINGLE_ATTEMPT_KEYS: ReadonlySet<string> = new Set([...ATTEMPT_KEYS].filter((key) => key !== 'accountId'));
const ADDRESS_KEYS: ReadonlySet<string> = new Set(['kind', 'value', 'consumerUsedOrConsented']);
const BOOLEAN_KEYS = ['optOutNotice', 'limitedContent', 'private', 'threatensSuit'] as const;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a common year before each month. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Epoch milliseconds of an ISO 8601 instant in the common shape (years 1000-9998), without
 * allocating; `undefined` for anything else, which then goes through the full schema. It
 * accepts exactly what `InstantSchema` accepts in that range (tested).
 */
export function fastInstantMs(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || n > 35 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const c0 = s.charCodeAt(0) - 48;
  const c1 = s.charCodeAt(1) - 48;
  const c2 = s.charCodeAt(2) - 48;
  const c3 = s.charCodeAt(3) - 48;
  const c5 = s.charCodeAt(5) - 48;
  const c6 = s.charCodeAt(6) - 48;
  const c8 = s.charCodeAt(8) - 48;
  const c9 = s.charCodeAt(9) - 48;
  const c11 = s.charCodeAt(11) - 48;
  const c12 = s.charCodeAt(12) - 48;
  const c14 = s.charCodeAt(14) - 48;
  const c15 = s.charCodeAt(15) - 48;
  const c17 = s.charCodeAt(17) - 48;
  const c18 = s.charCodeAt(18) - 48;
  // Every one a digit: no value below 0 (the sign bit would show in the OR) and none above 9.
  if ((c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9 | c11 | c12 | c14 | c15 | c17 | c18) >>> 0 > 15) return undefined;
  if (c0 > 9 || c1 > 9 || c2 > 9 || c3 > 9 || c5 > 9 || c6 > 9 || c8 > 9 || c9 > 9 || c11 > 9 || c12 > 9 || c14 > 9 || c15 > 9 || c17 > 9 || c18 > 9) return undefined;
  const year = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const month = c5 * 10 + c6;
  const day = c8 * 10 + c9;
  const hour = c11 * 10 + c12;
  const minute = c14 * 10 + c15;
  const second = c17 * 10 + c18;
  if (year < 1000 || year > 9998 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month - 1] as number))) return undefined;
  let i = 19;
  let millis = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    let digits = 0;
    while (i < n) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (digits < 3) millis = millis * 10 + d;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 9) return undefined;
    if (digits === 1) millis *= 100;
    else if (digits === 2) millis *= 10;
  }
  let offset = 0;
  const c = s.charCodeAt(i);
  if (c === 90 && i + 1 === n) offset = 0;
  else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const h1 = s.charCodeAt(i + 1) - 48;
    const h2 = s.charCodeAt(i + 2) - 48;
    const m1 = s.charCodeAt(i + 4) - 48;
    const m2 = s.charCodeAt(i + 5) - 48;
    if ((h1 | h2 | m1 | m2) >>> 0 > 15 || h1 > 9 || h2 > 9 || m1 > 9 || m2 > 9) return undefined;
    const oh = h1 * 10 + h2;
    const om = m1 * 10 + m2;
    if (oh > 23 || om > 59) return undefined;
    offset = (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return undefined;
  // Days since 1970-01-01: whole years before this one (Gregorian leap days), then the months and days.
  const y = year - 1;
  const days = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 719_162 + (DAYS_BEFORE[month - 1] as number) + (month > 2 && leap ? 1 : 0) + day - 1;
  return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offset;
}

/**
 * The text itself when an instant already accepted by {@link fastInstantMs} is in the UTC
 * form `toISOString` produces (`YYYY-MM-DDTHH:mm:ss.sssZ`), so it can be returned as is;
 * `undefined` otherwise. Tested against `formatInstantMs`.
 */
export function canonicalInstantText(s: string): string | undefined {
  return s.length === 24 && s.charCodeAt(19) === 46 && s.charCodeAt(23) === 90 ? s : undefined;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 128;
}

/**
 * A fast path for batch attempts in the common shape: plain fields, known enum values, an
 * instant in the common form. Returns the same object the schema would produce, or
 * `undefined` when anything is unusual (the caller then uses the schema, which also reports
 * the error). Tested against the schema.
 */
export function fastBatchAttempt(raw: unknown): (ParsedAttempt & { accountId: string }) | undefined {
  return attemptOf(raw, ATTEMPT_KEYS, true) as (ParsedAttempt & { accountId: string }) | undefined;
}

/**
 * The same fast path for the attempt of {@link checkContact} (`ContactAttemptSchema`, no
 * `accountId`). Tested against the schema.
 */
export function fastAttempt(raw: unknown): ParsedAttempt | undefined {
  return attemptOf(raw, SINGLE_ATTEMPT_KEYS, false);
}

function attemptOf(raw: unknown, keys: ReadonlySet<string>, withAccountId: boolean): ParsedAttempt | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  if (!onlyKeys(r, keys)) return undefined;
  const { accountId, channel, at, debtIds, to, recipient, purpose } = r;
  if ((withAccountId && !isId(accountId)) || !CHANNELS.has(channel) || typeof at !== 'string' || !Array.isArray(debtIds) || debtIds.length < 1 || debtIds.length > 100) return undefined;
  for (const id of debtIds) if (!isId(id)) return undefined;
  const ms = fastInstantMs(at);
  if (ms === undefined) return undefined;
  if (recipient !== undefined && !RECIPIENTS.has(recipient)) return undefined;
  if (purpose !== undefined && !PURPOSES.has(purpose)) return undefined;
  for (const key of BOOLEAN_KEYS) if (r[key] !== undefined && typeof r[key] !== 'boolean') return undefined;
  if (to !== undefined) {
    if (typeof to !== 'object' || to === null || Array.isArray(to)) return undefined;
    const a = to as Record<string, unknown>;
    if (!onlyKeys(a, ADDRESS_KEYS)) return undefined;
    if (!KINDS.has(a.kind)) return undefined;
    if (a.value !== undefined && (typeof a.value !== 'string' || a.value.length < 1 || a.value.length > 320)) return undefined;
    if (a.consumerUsedOrConsented !== undefined && typeof a.consumerUsedOrConsented !== 'boolean') return undefined;
  }
  // A fresh object with the fields in a fixed order (one hidden class); nested values are only read.
  const out: Record<string, unknown> = withAccountId ? { accountId, channel, at: ms, debtIds } : { channel, at: ms, debtIds };
  if (to !== undefined) out.to = to;
  if (recipient !== undefined) out.recipient = recipient;
  if (purpose !== undefined) out.purpose = purpose;
  for (const key of BOOLEAN_KEYS) if (r[key] !== undefined) out[key] = r[key];
  return out as unknown as ParsedAttempt;
}

/** `onlyKeys(r, HISTORY_KEYS)` as a switch (about three times faster; tested equal). */
export function onlyHistoryKeys(r: Record<string, unknown>): boolean {
  for (const key in r) {
    switch (key) {
      case 'channel':
      case 'at':
      case 'outcome':
      case 'debtIds':
      case 'initiatedBy':
      case 'recipient':
      case 'toKind':
      case 'limitedContent':
      case 'inResponseToConsumer':
        continue;
      default:
        return false;
    }
  }
  return true;
}

/** `onlyKeys(r, SIMPLE_ATTEMPT_KEYS)` as a switch (tested equal). */
export function onlySimpleAttemptKeys(r: Record<string, unknown>): boolean {
  for (const key in r) {
    switch (key) {
      case 'accountId':
      case 'channel':
      case 'at':
      case 'debtIds':
      case 'to':
        continue;
      default:
        return false;
    }
  }
  return true;
}

const INITIATORS: ReadonlySet<unknown> = new Set(ContactInitiatorSchema.options);
export const HISTORY_KEYS: ReadonlySet<string> = new Set(['channel', 'at', 'outcome', 'debtIds', 'initiatedBy', 'recipient', 'toKind', 'limitedContent', 'inResponseToConsumer']);

const NO_DEBTS: readonly { readonly id: string }[] = [];

/** The instant of the entry {@link commonHistoryCode} last accepted. */
let lastHistoryMs = 0;

/**
 * Checks a history entry in the common shape (see {@link fastBatchAttempt}) without building
 * the entry: its packed code (see entry-codes.ts), its instant left in `lastHistoryMs`; or -1
 * to let the schema decide.
 */
function commonHistoryCode(raw: unknown, debts: readonly { readonly id: string }[]): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return -1;
  const r = raw as Record<string, unknown>;
  if (!onlyHistoryKeys(r)) return -1;
  const { channel, at, outcome, debtIds, initiatedBy, recipient, toKind, limitedContent, inResponseToConsumer } = r;
  const channelCode = CHANNEL_CODE.get(channel);
  const outcomeCode = OUTCOME_CODE.get(outcome);
  if (channelCode === undefined || outcomeCode === undefined || typeof at !== 'string' || !Array.isArray(debtIds) || debtIds.length < 1 || debtIds.length > 100) return -1;
  for (const id of debtIds) if (!isId(id)) return -1;
  const ms = fastInstantMs(at);
  if (ms === undefined) return -1;
  let code = channelCode | (outcomeCode << 3) | debtSlotBits(debts, debtIds);
  if (initiatedBy !== undefined) {
    if (!INITIATORS.has(initiatedBy)) return -1;
    if (initiatedBy === 'consumer') code |= BY_CONSUMER;
  }
  if (recipient === undefined || recipient === 'consumer') code |= TO_CONSUMER;
  else if (!RECIPIENTS.has(recipient)) return -1;
  if (toKind !== undefined) {
    const kindCode = KIND_CODE.get(toKind);
    if (kindCode === undefined) return -1;
    code |= kindCode << 6;
  }
  if (limitedContent !== undefined) {
    if (typeof limitedContent !== 'boolean') return -1;
    if (limitedContent) code |= LIMITED;
  }
  if (inResponseToConsumer !== undefined) {
    if (typeof inResponseToConsumer !== 'boolean') return -1;
    if (inResponseToConsumer) code |= IN_RESPONSE;
  }
  lastHistoryMs = ms;
  return code;
}

/**
 * The instant of a history entry in the common shape (see {@link fastBatchAttempt}), checked
 * without building the entry: epoch milliseconds, or `undefined` to let the schema decide.
 */
export function commonHistoryMs(raw: unknown): number | undefined {
  return commonHistoryCode(raw, NO_DEBTS) < 0 ? undefined : lastHistoryMs;
}

/** The parsed form of a raw entry {@link commonHistoryMs} accepted, given its instant. */
export function buildHistoryEntry(raw: unknown, ms: number): ParsedHistoryEntry {
  const { channel, outcome, debtIds, initiatedBy, recipient, toKind, limitedContent, inResponseToConsumer } = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { channel, at: ms, outcome, debtIds };
  if (initiatedBy !== undefined) out.initiatedBy = initiatedBy;
  if (recipient !== undefined) out.recipient = recipient;
  if (toKind !== undefined) out.toKind = toKind;
  if (limitedContent !== undefined) out.limitedContent = limitedContent;
  if (inResponseToConsumer !== undefined) out.inResponseToConsumer = inResponseToConsumer;
  return out as unknown as ParsedHistoryEntry;
}

/**
 * The fast path for a history entry in the common shape (see {@link fastBatchAttempt}):
 * the schema's output, or `undefined` to let the schema decide.
 */
export function fastHistoryEntry(raw: unknown): ParsedHistoryEntry | undefined {
  const ms = commonHistoryMs(raw);
  return ms === undefined ? undefined : buildHistoryEntry(raw, ms);
}

const ACCOUNT_KEYS: ReadonlySet<string> = new Set(['id', 'consumer', 'debts', 'history', 'policy']);
const CONSUMER_FAST_KEYS: ReadonlySet<string> = new Set(['timeZones', 'jurisdiction']);
const DEBT_FAST_KEYS: ReadonlySet<string> = new Set(['id', 'studentLoanAccount']);
const DebtsSchema = z.array(DebtSchema).check(z.minLength(1), z.maxLength(1000));

/** Zone names `TimeZoneSchema` accepted (a memo: zones are few; each name is checked once). */
const validZones = new Set<string>();

function isValidZone(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  if (validZones.has(name)) return true;
  if (!TimeZoneSchema.safeParse(name).success) return false;
  if (validZones.size >= 4096) validZones.clear();
  validZones.add(name);
  return true;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(r: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in r) if (!allowed.has(key)) return false;
  return true;
}

/** The consumer in its common shape (zones and jurisdiction only), else its own schema; `undefined` when invalid. */
function fastConsumer(raw: unknown): ParsedAccount['consumer'] | undefined {
  if (isPlain(raw) && onlyKeys(raw, CONSUMER_FAST_KEYS)) {
    const { timeZones, jurisdiction } = raw;
    if (Array.isArray(timeZones) && timeZones.length >= 1 && timeZones.length <= 8 && timeZones.every(isValidZone) && (jurisdiction === undefined || (typeof jurisdiction === 'string' && US_STATE_JURISDICTIONS.has(jurisdiction)))) {
      return (jurisdiction === undefined ? { timeZones } : { timeZones, jurisdiction }) as ParsedAccount['consumer'];
    }
  }
  const parsed = ConsumerSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Debts in the common shape (ids, student-loan accounts), else their schema; `undefined` when invalid. */
function fastDebts(raw: unknown): ParsedAccount['debts'] | undefined {
  if (Array.isArray(raw) && raw.length >= 1 && raw.length <= 1000) {
    let plain = true;
    for (const d of raw) {
      if (!isPlain(d) || !onlyKeys(d, DEBT_FAST_KEYS) || !isId(d.id) || (d.studentLoanAccount !== undefined && !isId(d.studentLoanAccount))) {
        plain = false;
        break;
      }
    }
    if (plain) return raw as ParsedAccount['debts'];
  }
  const parsed = DebtsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A batch account in the common shape, validated, whose history stays in its raw form: the
 * instant of `rawHistory[i]` is `times.at(offset + i)`. {@link accountOfShell} builds the
 * parsed account from it when the account is compiled.
 */
export interface AccountShell {
  readonly id: string;
  readonly consumer: ParsedAccount['consumer'];
  readonly debts: ParsedAccount['debts'];
  readonly policy: ParsedAccount['policy'] | undefined;
  readonly rawHistory: readonly unknown[];
  readonly offset: number;
}

/**
 * Validates a batch account (`ContactAccountSchema` plus `id`) in the common shape without
 * zod and without building its history entries: plain consumer and debts, history entries in
 * the common form (unusual but valid consumers, debts and policies go through their own
 * schemas). Their instants are appended to `times`. `undefined` when anything else is off
 * (and `times` is left as it was): the caller then parses the whole account with the schema,
 * so errors (issues, paths, messages) are exactly the schema's.
 */
export function commonAccountShell(raw: unknown, times: RowList): AccountShell | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, ACCOUNT_KEYS)) return undefined;
  const { id } = raw;
  if (!isId(id)) return undefined;
  return shellOf(id, raw, times);
}

/** The shell of an account's parts (`consumer`, `debts`, `history`, `policy` of `raw`), as {@link commonAccountShell}. */
function shellOf(id: string, raw: Record<string, unknown>, times: RowList): AccountShell | undefined {
  const { history } = raw;
  if (!Array.isArray(history) || history.length > 10_000) return undefined;
  const consumer = fastConsumer(raw.consumer);
  if (consumer === undefined) return undefined;
  const debts = fastDebts(raw.debts);
  if (debts === undefined) return undefined;
  let policy: ParsedAccount['policy'];
  if (raw.policy !== undefined) {
    const parsed = ContactPolicySchema.safeParse(raw.policy);
    if (!parsed.success) return undefined;
    policy = parsed.data;
  }
  const offset = times.length;
  for (const entry of history) {
    const code = commonHistoryCode(entry, debts);
    if (code < 0) {
      times.length = offset;
      return undefined;
    }
    times.push(lastHistoryMs, code);
  }
  return { id, consumer, debts, policy, rawHistory: history, offset };
}

const SINGLE_KEYS: ReadonlySet<string> = new Set(['checkedAt', 'attempt', 'consumer', 'debts', 'history', 'policy', 'jurisdictions']);

/** The input of `checkContact` in the common shape, validated: see {@link commonSingleInput}. */
export interface SingleShell {
  readonly checkedAt: number;
  readonly attempt: ParsedAttempt;
  /** The account, its history left raw (its id is empty). */
  readonly shell: AccountShell;
  /** The instants and codes of the shell's history. */
  readonly times: RowList;
}

/**
 * The input of `checkContact` (`CheckContactInputSchema`) validated without zod when it is in
 * the common shape: no custom jurisdictions, an attempt as {@link fastAttempt} takes it, an
 * account as {@link commonAccountShell} takes it. `undefined` to let the schema decide (and
 * report any error). {@link singleInputOf} gives the parsed input; tested against the schema.
 */
export function commonSingleInput(raw: unknown): SingleShell | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, SINGLE_KEYS) || raw.jurisdictions !== undefined || typeof raw.checkedAt !== 'string') return undefined;
  const checkedAt = fastInstantMs(raw.checkedAt);
  if (checkedAt === undefined) return undefined;
  const attempt = fastAttempt(raw.attempt);
  if (attempt === undefined) return undefined;
  // Sized to the history: a default-sized list (1,024 rows) cost more than the whole check.
  const times = new RowList(Array.isArray(raw.history) ? raw.history.length : 0);
  const shell = shellOf('', raw, times);
  return shell === undefined ? undefined : { checkedAt, attempt, shell, times };
}

/** The parsed input of a {@link SingleShell} (what `CheckContactInputSchema` gives; for tests). */
export function singleInputOf(single: SingleShell): ParsedAccount & { checkedAt: number; attempt: ParsedAttempt } {
  const { id: _id, ...account } = accountOfShell(single.shell, single.times);
  return { ...account, attempt: single.attempt, checkedAt: single.checkedAt };
}

/** The parsed account of a shell (what the schema gives for the raw account). */
export function accountOfShell(shell: AccountShell, times: RowList): ParsedAccount & { id: string } {
  const { id, consumer, debts, policy, rawHistory, offset } = shell;
  const history: ParsedHistoryEntry[] = [];
  for (let i = 0; i < rawHistory.length; i++) history.push(buildHistoryEntry(rawHistory[i], times.at(offset + i)));
  return policy === undefined ? { id, consumer, debts, history } : { id, consumer, debts, history, policy };
}

/**
 * A batch account (`ContactAccountSchema` plus `id`) parsed without zod when it is in the
 * common shape ({@link commonAccountShell}, then {@link accountOfShell}); `undefined` when
 * the schema must decide. The result equals the schema's output (tested); nested arrays of
 * the input are read, never written.
 */
export function commonAccount(raw: unknown): (ParsedAccount & { id: string }) | undefined {
  const times = new RowList();
  const shell = commonAccountShell(raw, times);
  return shell === undefined ? undefined : accountOfShell(shell, times);
}

export const SIMPLE_ATTEMPT_KEYS: ReadonlySet<string> = new Set(['accountId', 'channel', 'at', 'debtIds', 'to']);
const KIND_ONLY: ReadonlySet<string> = new Set(['kind']);

/**
 * The instant of a batch attempt in the simplest common shape (what dialers send):
 * `accountId`, `channel`, `at`, exactly one debt id and at most `to: { kind }`; `undefined`
 * for anything else. For such an attempt {@link fastBatchAttempt} gives
 * `{ accountId, channel, at, debtIds, to? }` with this `at` (tested), so the batch can judge it
 * without building that object.
 */
export function simpleAttemptMs(raw: unknown): number | undefined {
  if (!isPlain(raw) || !onlySimpleAttemptKeys(raw)) return undefined;
  const { accountId, channel, at, debtIds, to } = raw;
  if (!isId(accountId) || !CHANNELS.has(channel) || typeof at !== 'string' || !Array.isArray(debtIds) || debtIds.length !== 1 || !isId(debtIds[0])) return undefined;
  if (to !== undefined && (!isPlain(to) || !onlyKeys(to, KIND_ONLY) || !KINDS.has(to.kind))) return undefined;
  return fastInstantMs(at);
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['checkedAt', 'accounts', 'attempts', 'jurisdictions']);

/** The batch envelope as the batch reads it: `checkedAt` in epoch ms, the raw account and attempt lists. */
export interface BatchEnvelope {
  readonly checkedAt: number;
  readonly accounts: readonly unknown[];
  readonly attempts: readonly unknown[];
}

/**
 * The batch envelope (`CheckContactsInputSchema` with accounts left raw) without zod, when it
 * has no custom jurisdictions and an `checkedAt` in the common form; `undefined` to let the schema
 * decide. The lists are the caller's own arrays, read by index (a hole reads as `undefined`,
 * as in the schema's copy). Tested against the schema.
 */
export function commonEnvelope(raw: unknown): BatchEnvelope | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, ENVELOPE_KEYS) || raw.jurisdictions !== undefined) return undefined;
  const { checkedAt, accounts, attempts } = raw;
  if (typeof checkedAt !== 'string' || !Array.isArray(accounts) || accounts.length > 1_000_000 || !Array.isArray(attempts) || attempts.length > 10_000_000) return undefined;
  const ms = fastInstantMs(checkedAt);
  return ms === undefined ? undefined : { checkedAt: ms, accounts, attempts };
}
