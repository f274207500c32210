/**
 * A zod-free fast path for {@link reminderText}'s input in the shape the reminder planner
 * writes: a plain object for an sms, email or letter (no voicemail, no callback), with an
 * installment, a sender, and optionally `daysLate`, ways forward and an unsubscribe link. It
 * returns the very object `ReminderTextInputSchema` would produce (defaults filled in, keys in
 * the schema's order, objects copied), or `undefined` when anything is unusual or wrong, and
 * the caller then parses with the schema, which also reports the error. So the fast path never
 * decides an error: the schema does. Tested against the schema
 * (test/messages/fast-reminder-input.prop.test.ts).
 *
 * @internal
 */
import { CalendarDateSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema, toMinorUnits } from '../money/index.js';
import { acceptedStrings, onlyKnownKeys, plainObject } from './fast-parts.js';
import { MessageLanguageSchema } from './schemas.js';
import { MessageNameSchema, MessagePhoneSchema, MessageWebAddressSchema } from './text-schemas.js';
import type { ReminderTextOptions } from './text-types.js';

const KINDS: ReadonlySet<unknown> = new Set(['upcoming', 'dueToday', 'pastDue']);
/** Voicemail (its callback and limited-content rules) always goes through the schema. */
const CHANNELS: ReadonlySet<unknown> = new Set(['sms', 'email', 'letter']);
const LANGUAGES: ReadonlySet<unknown> = new Set(MessageLanguageSchema.options);
const SENDER_KINDS: ReadonlySet<unknown> = new Set(['debtCollector', 'creditor']);
const INPUT_KNOWN: ReadonlySet<string> = new Set(['kind', 'installment', 'daysLate', 'language', 'channel', 'sender', 'initialCommunication', 'waysForward', 'unsubscribeUrl']);
const INSTALLMENT_KNOWN: ReadonlySet<string> = new Set(['number', 'installmentCount', 'dueDate', 'dueAmount', 'currency']);
const SENDER_KNOWN: ReadonlySet<string> = new Set(['kind', 'businessName', 'businessNameIndicatesDebtCollection']);
const WAYS: readonly string[] = ['payNow', 'newPlan', 'talkToSomeone'];
const WAYS_KNOWN: ReadonlySet<string> = new Set(WAYS);
const CONTACT_KNOWN: ReadonlySet<string> = new Set(['phone', 'url']);

const calendarDate = acceptedStrings(CalendarDateSchema);
const businessName = acceptedStrings(MessageNameSchema);
const phone = acceptedStrings(MessagePhoneSchema);
const webAddress = acceptedStrings(MessageWebAddressSchema);
const currencyCode = acceptedStrings(CurrencyCodeSchema);
const amountGrammar = acceptedStrings(AmountSchema);

function intIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

const amounts = new Set<string>();

/** The schema's installment amount check: the money grammar, the currency's minor digits, not negative; remembered per pair. */
function amountIn(amount: unknown, currency: string): amount is string {
  if (!amountGrammar(amount)) return false;
  const key = `${currency} ${amount}`;
  if (amounts.has(key)) return true;
  try {
    toMinorUnits(amount, currency);
  } catch {
    return false;
  }
  if (amount.startsWith('-')) return false;
  if (amounts.size < 1024) amounts.add(key);
  return true;
}

function fastInstallment(raw: unknown): ReminderTextOptions['installment'] | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, INSTALLMENT_KNOWN)) return undefined;
  const { number, installmentCount, dueDate, dueAmount, currency } = raw;
  if (!intIn(number, 1, 100_000) || !intIn(installmentCount, 1, 100_000) || number > installmentCount) return undefined;
  if (!currencyCode(currency) || !amountIn(dueAmount, currency) || !calendarDate(dueDate)) return undefined;
  return { number, installmentCount, dueDate, dueAmount, currency } as ReminderTextOptions['installment'];
}

function fastSender(raw: unknown): ReminderTextOptions['sender'] | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, SENDER_KNOWN)) return undefined;
  const { kind, businessNameIndicatesDebtCollection: indicates } = raw;
  if (!SENDER_KINDS.has(kind) || !businessName(raw.businessName)) return undefined;
  if (indicates !== undefined && typeof indicates !== 'boolean') return undefined;
  const out = { kind: kind as 'debtCollector' | 'creditor', businessName: raw.businessName };
  return indicates === undefined ? out : { ...out, businessNameIndicatesDebtCollection: indicates };
}

function fastContact(raw: unknown): { phone?: string; url?: string } | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, CONTACT_KNOWN)) return undefined;
  if (raw.phone === undefined && raw.url === undefined) return undefined;
  const out: { phone?: string; url?: string } = {};
  if (raw.phone !== undefined) {
    if (!phone(raw.phone)) return undefined;
    out.phone = raw.phone;
  }
  if (raw.url !== undefined) {
    if (!webAddress(raw.url)) return undefined;
    out.url = raw.url;
  }
  return out;
}

function fastWays(raw: unknown): ReminderTextOptions['waysForward'] | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, WAYS_KNOWN)) return undefined;
  const out: Record<string, unknown> = {};
  for (const way of WAYS) {
    if (raw[way] === undefined) continue;
    const contact = fastContact(raw[way]);
    if (contact === undefined) return undefined;
    out[way] = contact;
  }
  return out as ReminderTextOptions['waysForward'];
}

/**
 * The parsed input, built without zod, when `raw` is in the planner's shape and valid;
 * otherwise `undefined` (parse with `ReminderTextInputSchema` then).
 */
export function fastReminderTextInput(raw: unknown): ReminderTextOptions | undefined {
  if (!plainObject(raw) || !onlyKnownKeys(raw, INPUT_KNOWN)) return undefined;
  const { kind, daysLate, channel, unsubscribeUrl } = raw;
  // Absent keys take the schema's defaults (a key set to `undefined` or `null` never gets here as absent).
  const language = raw.language === undefined ? 'en' : raw.language;
  const initialCommunication = raw.initialCommunication === undefined ? false : raw.initialCommunication;
  if (!KINDS.has(kind) || !CHANNELS.has(channel) || !LANGUAGES.has(language) || typeof initialCommunication !== 'boolean') return undefined;
  // The schema's whole-input checks: daysLate for pastDue only (and required there), the link for email only, no first-communication flag for a creditor.
  if ((kind === 'pastDue') !== (daysLate !== undefined)) return undefined;
  if (daysLate !== undefined && !intIn(daysLate, 1, 36_500)) return undefined;
  if (unsubscribeUrl !== undefined && (channel !== 'email' || !webAddress(unsubscribeUrl))) return undefined;
  const installment = fastInstallment(raw.installment);
  const sender = fastSender(raw.sender);
  if (installment === undefined || sender === undefined) return undefined;
  if (initialCommunication && sender.kind === 'creditor') return undefined;
  let waysForward: ReminderTextOptions['waysForward'];
  if (raw.waysForward !== undefined) {
    waysForward = fastWays(raw.waysForward);
    if (waysForward === undefined) return undefined;
  }
  const out: Record<string, unknown> = { kind, installment };
  if (daysLate !== undefined) out.daysLate = daysLate;
  out.language = language;
  out.channel = channel;
  out.sender = sender;
  out.initialCommunication = initialCommunication;
  if (waysForward !== undefined) out.waysForward = waysForward;
  if (unsubscribeUrl !== undefined) out.unsubscribeUrl = unsubscribeUrl;
  return out as ReminderTextOptions;
}
