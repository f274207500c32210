/**
 * A zod-free fast path for the per-account parts the planner parses itself (plan, account,
 * language, channels; `BatchAccountPartsSchema`, and the same parts of a single input) in the
 * common shape: plain objects, known keys, no `undefined` values, dates and instants in their
 * usual forms, no holds (an empty list of holds is fine). It returns the object the schema
 * would produce (keys in the schema's order, arrays copied; every string value is the input's
 * own, as the schemas output them), or `undefined` when anything is unusual or wrong: the
 * caller then parses with the schema, which also reports the error. So the fast path never
 * decides an error. Tested against the schema (test/reminders/fast-input.prop.test.ts).
 *
 * @internal
 */
import type * as z from 'zod/mini';
import { isCurrencyCode } from '../money/index.js';
import type { BatchAccountPartsSchema } from './schemas.js';
import type { ReminderChannel, ReminderPlan } from './types.js';

const ID_MAX = 128;
const MEDIA: ReadonlySet<unknown> = new Set(['sms', 'email', 'letter']);
const KINDS: ReadonlySet<unknown> = new Set(['home', 'mobile', 'work', 'other']);
const SOURCES: ReadonlySet<unknown> = new Set(['consumerDirect', 'consumerText', 'portal', 'creditor']);
const BASES: ReadonlySet<unknown> = new Set(['consumerUsed', 'consumerConsented', 'creditorNotice', 'priorCollector', 'consumerTexted', 'none']);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The parts, as the schema gives them (`id` only for a batch account). */
export type FastParts = z.output<typeof BatchAccountPartsSchema>;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;
}

/** A digit's value at `i`, or -1. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** `YYYY-MM-DD` at the start of `s` with a real date in 1900-2199 (a subset of what `CalendarDateSchema` accepts). */
function datePrefix(s: string): boolean {
  const c = two(s, 0);
  const y = two(s, 2);
  if ((c !== 19 && c !== 20 && c !== 21) || y < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = c * 100 + y;
  const month = two(s, 5);
  const day = two(s, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && datePrefix(value);
}

/** `YYYY-MM-DDTHH:mm:ss[.fff]` and `Z` or `+HH:mm` (offsets up to 14 hours): a subset of what `InstantSchema` accepts. */
function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length < 20 || value.length > 29 || !datePrefix(value) || value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  const hour = two(value, 11);
  const minute = two(value, 14);
  const second = two(value, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  let i = 19;
  if (value.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < value.length && digit(value, i) >= 0) i++;
    if (i === start || i - start > 3) return false;
  }
  const sign = value.charCodeAt(i);
  if (sign === 90) return i + 1 === value.length;
  if ((sign !== 43 && sign !== 45) || i + 6 !== value.length || value.charCodeAt(i + 3) !== 58) return false;
  const oh = two(value, i + 1);
  const om = two(value, i + 4);
  return oh >= 0 && oh <= 14 && om >= 0 && om <= 59;
}

/** A plain decimal amount without leading zeros or sign, at most 15 digits and 6 decimals (a subset of `AmountSchema`). */
function isAmount(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 22) return false;
  let i = 0;
  if (value.charCodeAt(0) === 48) i = 1;
  else {
    while (i < value.length && digit(value, i) >= 0) i++;
    if (i === 0 || i > 15) return false;
  }
  if (i === value.length) return true;
  if (value.charCodeAt(i) !== 46) return false;
  const start = ++i;
  while (i < value.length && digit(value, i) >= 0) i++;
  return i === value.length && i > start && i - start <= 6;
}

function fastInstallment(raw: unknown): ReminderPlan['installments'][number] | undefined {
  if (!isPlain(raw)) return undefined;
  let keys = 0;
  for (const key in raw) {
    if (key !== 'number' && key !== 'dueDate' && key !== 'amount' && key !== 'paid') return undefined;
    keys++;
  }
  const { number, dueDate, amount, paid } = raw;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 2000 || !isDate(dueDate) || !isAmount(amount)) return undefined;
  if (paid === undefined) return keys === 3 ? { number, dueDate, amount } : undefined;
  return isAmount(paid) ? { number, dueDate, amount, paid } : undefined;
}

function fastPlan(raw: unknown): ReminderPlan | undefined {
  if (!isPlain(raw)) return undefined;
  for (const key in raw) {
    if ((key !== 'id' && key !== 'currency' && key !== 'status' && key !== 'debtIds' && key !== 'installments') || raw[key] === undefined) return undefined;
  }
  const { id, currency, status, debtIds, installments } = raw;
  if ((id !== undefined && !isId(id)) || typeof currency !== 'string' || !isCurrencyCode(currency) || (status !== undefined && status !== 'active' && status !== 'closed')) return undefined;
  if (!Array.isArray(installments) || installments.length < 1 || installments.length > 2000) return undefined;
  const rows: ReminderPlan['installments'] = [];
  for (let i = 0; i < installments.length; i++) {
    const row = i in installments ? fastInstallment(installments[i]) : undefined;
    if (row === undefined) return undefined;
    rows.push(row);
  }
  let ids: string[] | undefined;
  if (debtIds !== undefined) {
    if (!Array.isArray(debtIds) || debtIds.length < 1 || debtIds.length > 100) return undefined;
    ids = [];
    for (let i = 0; i < debtIds.length; i++) {
      const d: unknown = debtIds[i];
      if (!(i in debtIds) || !isId(d)) return undefined;
      ids.push(d);
    }
  }
  // The schema's key order: id, currency, status, debtIds, installments.
  const plan: Record<string, unknown> = {};
  if (id !== undefined) plan.id = id;
  plan.currency = currency;
  if (status !== undefined) plan.status = status;
  if (ids !== undefined) plan.debtIds = ids;
  plan.installments = rows;
  return plan as ReminderPlan;
}

function fastAccount(raw: unknown): FastParts['account'] | undefined {
  // No holds, or an empty list (an escalation account's usual `holds`); any hold goes through the schema (its shape is escalation's).
  if (!isPlain(raw)) return undefined;
  for (const key in raw) if ((key !== 'id' && key !== 'currency' && key !== 'holds') || raw[key] === undefined) return undefined;
  const { id, currency, holds } = raw;
  if ((id !== undefined && !isId(id)) || typeof currency !== 'string' || !isCurrencyCode(currency) || (holds !== undefined && (!Array.isArray(holds) || holds.length !== 0))) return undefined;
  const account: Record<string, unknown> = id === undefined ? { currency } : { id, currency };
  if (holds !== undefined) account.holds = [];
  return account as FastParts['account'];
}

function fastConsent(raw: unknown): ReminderChannel['consent'] | undefined {
  if (!isPlain(raw)) return undefined;
  for (const key in raw) if ((key !== 'givenAt' && key !== 'source' && key !== 'revokedAt') || raw[key] === undefined) return undefined;
  const { givenAt, source, revokedAt } = raw;
  if (!isInstant(givenAt) || !SOURCES.has(source)) return undefined;
  if (revokedAt === undefined) return { givenAt, source } as ReminderChannel['consent'];
  return isInstant(revokedAt) ? ({ givenAt, source, revokedAt } as ReminderChannel['consent']) : undefined;
}

function fastSafeHarbor(raw: unknown): ReminderChannel['safeHarbor'] | undefined {
  if (!isPlain(raw)) return undefined;
  for (const key in raw) if ((key !== 'basis' && key !== 'lastConsumerTextOn' && key !== 'reassignedCheckOn') || raw[key] === undefined) return undefined;
  const { basis, lastConsumerTextOn, reassignedCheckOn } = raw;
  if (!BASES.has(basis) || (lastConsumerTextOn !== undefined && !isDate(lastConsumerTextOn)) || (reassignedCheckOn !== undefined && !isDate(reassignedCheckOn))) return undefined;
  const out: Record<string, unknown> = { basis };
  if (lastConsumerTextOn !== undefined) out.lastConsumerTextOn = lastConsumerTextOn;
  if (reassignedCheckOn !== undefined) out.reassignedCheckOn = reassignedCheckOn;
  return out as ReminderChannel['safeHarbor'];
}

function fastChannel(raw: unknown): ReminderChannel | undefined {
  if (!isPlain(raw)) return undefined;
  for (const key in raw) {
    if ((key !== 'id' && key !== 'medium' && key !== 'address' && key !== 'addressKind' && key !== 'consent' && key !== 'safeHarbor') || raw[key] === undefined) return undefined;
  }
  const { id, medium, address, addressKind, consent, safeHarbor } = raw;
  if (!isId(id) || !MEDIA.has(medium) || typeof address !== 'string' || address.length < 1 || address.length > 320 || !KINDS.has(addressKind)) return undefined;
  const out: Record<string, unknown> = { id, medium, address, addressKind };
  if (consent !== undefined) {
    const parsed = consent === null ? null : fastConsent(consent);
    if (parsed === undefined) return undefined;
    out.consent = parsed;
  }
  if (safeHarbor !== undefined) {
    const parsed = fastSafeHarbor(safeHarbor);
    if (parsed === undefined) return undefined;
    out.safeHarbor = parsed;
  }
  return out as ReminderChannel;
}

/**
 * The parts of an account (`withId`: a batch account, `id` first) or of a single input (the
 * run fields `asOf`, `at`, `policy`, `jurisdictions` are allowed and left out: the caller
 * parses them), in the common shape; `undefined` to let the schema decide.
 */
export function fastAccountParts(raw: unknown, withId: boolean): FastParts | undefined {
  if (!isPlain(raw)) return undefined;
  for (const key in raw) {
    switch (key) {
      case 'plan':
      case 'account':
      case 'consumer':
      case 'language':
      case 'channels':
      case 'debts':
      case 'history':
        continue;
      case 'contactPolicy':
        if (raw[key] === undefined) return undefined;
        continue;
      case 'id':
        if (withId) continue;
        return undefined;
      case 'asOf':
      case 'at':
      case 'policy':
      case 'jurisdictions':
        if (!withId) continue;
        return undefined;
      default:
        return undefined;
    }
  }
  const { id, language, channels } = raw;
  if ((withId && !isId(id)) || (language !== 'en' && language !== 'es') || !('consumer' in raw) || !('debts' in raw) || !('history' in raw)) return undefined;
  const plan = fastPlan(raw.plan);
  if (plan === undefined) return undefined;
  const account = fastAccount(raw.account);
  if (account === undefined || !Array.isArray(channels) || channels.length < 1 || channels.length > 20) return undefined;
  const list: ReminderChannel[] = [];
  for (let i = 0; i < channels.length; i++) {
    const channel = i in channels ? fastChannel(channels[i]) : undefined;
    if (channel === undefined) return undefined;
    list.push(channel);
  }
  // The schema's key order: (id), plan, account, consumer, language, channels, debts, history, contactPolicy.
  const base = { plan, account, consumer: raw.consumer, language, channels: list, debts: raw.debts, history: raw.history };
  const parts: Record<string, unknown> = withId ? { id, ...base } : base;
  if (raw.contactPolicy !== undefined) parts.contactPolicy = raw.contactPolicy;
  return parts as unknown as FastParts;
}
