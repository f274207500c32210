/**
 * A zod-free fast path for {@link checkMessage}'s input in the common shape: a plain object
 * with a channel, a text (and an email's subject) and a context of plain fields (`asOf`
 * included), no policy, no offer. It returns the very object `CheckMessageInputSchema` would produce (keys
 * in the schema's order, arrays copied and frozen, the debt's amount canonical), or
 * `undefined` when anything is unusual or wrong, and the caller then parses with the schema,
 * which also reports the error. So the fast path never decides an error: the schema does.
 * Tested against the schema (test/messages/fast-input.prop.test.ts).
 *
 * @internal
 */
import { CalendarDateSchema } from '../calendar/index.js';
import { isCurrencyCode, safeParseAmount } from '../money/index.js';
import { acceptedStrings, onlyKnownKeys, plainObject } from './fast-parts.js';
import { MessageActionSchema, MessageChannelSchema, MessageLanguageSchema, MessageRecipientSchema, MessageSenderSchema, MAX_MESSAGE_LENGTH } from './schemas.js';
import type { ParsedCheckMessageInput, ParsedMessageContext } from './types.js';

const CHANNELS: ReadonlySet<unknown> = new Set(MessageChannelSchema.options);
const LANGUAGES: ReadonlySet<unknown> = new Set(MessageLanguageSchema.options);
const SENDERS: ReadonlySet<unknown> = new Set(MessageSenderSchema.options);
const RECIPIENTS: ReadonlySet<unknown> = new Set(MessageRecipientSchema.options);
const ACTIONS: ReadonlySet<unknown> = new Set(MessageActionSchema.options);
const JURISDICTION = /^US(-[A-Z]{2}(-[A-Z0-9]{1,3})?)?$/;

/** Context keys in the schema's order, with how each is taken. */
const BOOLEAN = 0;
const NAME = 1;
const ACTION_LIST = 2;
const DEBT = 3;
const LICENSE = 4;
const JURISDICTIONS = 5;
const RECIPIENT = 6;
const DATE = 7;
const CONTEXT_KEYS: ReadonlyArray<readonly [string, number]> = [
  ['initialCommunication', BOOLEAN],
  ['recipient', RECIPIENT],
  ['businessName', NAME],
  ['businessNameIndicatesDebtCollection', BOOLEAN],
  ['attorneyInvolved', BOOLEAN],
  ['intendedActions', ACTION_LIST],
  ['lawfulActions', ACTION_LIST],
  ['debt', DEBT],
  ['finalNotice', BOOLEAN],
  ['postcard', BOOLEAN],
  ['licenseNumber', LICENSE],
  ['jurisdictions', JURISDICTIONS],
  ['asOf', DATE],
];
/** Every key the fast path takes in a context (`offer` goes through the schema). */
const CONTEXT_KNOWN: ReadonlySet<string> = new Set(['sender', 'language', ...CONTEXT_KEYS.map(([key]) => key)]);
const INPUT_KNOWN: ReadonlySet<string> = new Set(['channel', 'text', 'subject', 'context']);
const DEBT_KNOWN: ReadonlySet<string> = new Set(['timeBarred', 'amount', 'currency']);

function frozenList(value: unknown, accept: (item: unknown) => boolean, min: number, max: number): readonly unknown[] | undefined {
  if (!Array.isArray(value) || value.length < min || value.length > max) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i += 1) {
    if (!(i in value)) return undefined;
    const item: unknown = value[i];
    if (!accept(item)) return undefined;
    out.push(item);
  }
  return Object.freeze(out);
}

function boundedString(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

const amountCache = new Map<string, string>();

/** The canonical amount `parseAmount` gives, or `undefined` if it throws; remembered (up to 1,024 pairs), as a context's debt repeats. */
function canonicalAmount(amount: string, currency: string): string | undefined {
  const key = `${currency} ${amount}`;
  let canonical = amountCache.get(key);
  if (canonical === undefined) {
    const parsed = safeParseAmount(amount, currency);
    if (!parsed.success) return undefined;
    canonical = parsed.data;
    if (amountCache.size < 1024) amountCache.set(key, canonical);
  }
  return canonical;
}

const calendarDate = acceptedStrings(CalendarDateSchema);

function fastDebt(raw: unknown): Record<string, unknown> | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, DEBT_KNOWN)) return undefined;
  const { timeBarred, amount, currency } = raw;
  if (timeBarred !== undefined && typeof timeBarred !== 'boolean') return undefined;
  if ((amount === undefined) !== (currency === undefined)) return undefined;
  const out: Record<string, unknown> = {};
  if (timeBarred !== undefined) out.timeBarred = timeBarred;
  if (amount !== undefined) {
    if (typeof amount !== 'string' || typeof currency !== 'string' || !isCurrencyCode(currency)) return undefined;
    const canonical = canonicalAmount(amount, currency);
    if (canonical === undefined) return undefined;
    out.amount = canonical;
    out.currency = currency;
  }
  return out;
}

function fastContext(raw: unknown, channel: string): ParsedMessageContext | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, CONTEXT_KNOWN)) return undefined;
  if (!SENDERS.has(raw.sender) || !LANGUAGES.has(raw.language)) return undefined;
  const out: Record<string, unknown> = { sender: raw.sender, language: raw.language };
  for (const [key, kind] of CONTEXT_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    let taken: unknown;
    switch (kind) {
      case BOOLEAN:
        if (typeof value !== 'boolean') return undefined;
        taken = value;
        break;
      case RECIPIENT:
        if (!RECIPIENTS.has(value)) return undefined;
        taken = value;
        break;
      case NAME:
        if (!boundedString(value, 1, 200)) return undefined;
        taken = value;
        break;
      case LICENSE:
        if (!boundedString(value, 1, 64)) return undefined;
        taken = value;
        break;
      case ACTION_LIST:
        taken = frozenList(value, (item) => ACTIONS.has(item), 0, Number.POSITIVE_INFINITY);
        break;
      case JURISDICTIONS:
        taken = frozenList(value, (item) => typeof item === 'string' && JURISDICTION.test(item), 1, 16);
        break;
      case DATE:
        if (!calendarDate(value)) return undefined;
        taken = value;
        break;
      default:
        taken = fastDebt(value);
    }
    if (taken === undefined) return undefined;
    out[key] = taken;
  }
  // The schema's whole-input check: "postcard" is for a letter or its envelope only.
  if (out.postcard !== undefined && channel !== 'letter' && channel !== 'envelope') return undefined;
  return out as ParsedMessageContext;
}

/**
 * The parsed input, built without zod, when `raw` is in the common shape and valid; otherwise
 * `undefined` (parse with `CheckMessageInputSchema` then).
 */
export function fastCheckMessageInput(raw: unknown): ParsedCheckMessageInput | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, INPUT_KNOWN)) return undefined;
  const { channel, text, subject } = raw;
  if (!CHANNELS.has(channel) || typeof text !== 'string' || text.length > MAX_MESSAGE_LENGTH) return undefined;
  if (subject !== undefined && (channel !== 'email' || !boundedString(subject, 0, 1000))) return undefined;
  const context = fastContext(raw.context, channel as string);
  if (context === undefined) return undefined;
  const out: Record<string, unknown> = { channel, text };
  if (subject !== undefined) out.subject = subject;
  out.context = context;
  return out as ParsedCheckMessageInput;
}
