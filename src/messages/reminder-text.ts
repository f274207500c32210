import { attempt, DomainRuleError, UnsupportedOptionError } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { DISCLOSURE_WORDING } from './disclosures.js';
import { fastReminderTextInput } from './fast-reminder-input.js';
import { formatMessageAmount, formatMessageDate } from './locale.js';
import { REMINDER_TEXT_CHANNELS, ReminderTextInputSchema } from './reminder-schemas.js';
import { MessageTextErrorCodes, MessageTextRuleIds } from './text-codes.js';
import type { MessageLine, ReminderText, ReminderTextInput, ReminderTextOptions } from './text-types.js';
import type { MessageLanguage } from './types.js';

type Contact = { readonly phone?: string | undefined; readonly url?: string | undefined };

/** Joins a contact's phone and url into the words of the language. */
function where(contact: Contact, language: MessageLanguage, form: 'at' | 'call'): string {
  const { phone, url } = contact;
  if (language === 'es') {
    if (form === 'call') {
      if (phone !== undefined && url !== undefined) return `llame al ${phone} o visite ${url}`;
      return phone !== undefined ? `llame al ${phone}` : `visite ${url ?? ''}`;
    }
    if (phone !== undefined && url !== undefined) return `en ${url} o llamando al ${phone}`;
    return phone !== undefined ? `llamando al ${phone}` : `en ${url ?? ''}`;
  }
  if (form === 'call') {
    if (phone !== undefined && url !== undefined) return `call ${phone} or visit ${url}`;
    return phone !== undefined ? `call ${phone}` : `visit ${url ?? ''}`;
  }
  if (phone !== undefined && url !== undefined) return `at ${url} or by calling ${phone}`;
  return phone !== undefined ? `by calling ${phone}` : `at ${url ?? ''}`;
}

function contactFields(prefix: string, contact: Contact): string[] {
  const fields: string[] = [];
  if (contact.url !== undefined) fields.push(`${prefix}.url`);
  if (contact.phone !== undefined) fields.push(`${prefix}.phone`);
  return fields;
}

/** Ends a sentence after a name that may already end with a period (`ABC, Inc.`). */
export function sentence(text: string): string {
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}

function daysWords(days: number, language: MessageLanguage): string {
  if (language === 'es') return days === 1 ? 'hace 1 día' : `hace ${days} días`;
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

function installmentLine(input: ReminderTextOptions): MessageLine {
  const { installment, language } = input;
  const amount = formatMessageAmount(installment.dueAmount, installment.currency, language);
  const date = formatMessageDate(installment.dueDate, language);
  const fields = ['kind', 'installment.number', 'installment.installmentCount', 'installment.dueAmount', 'installment.currency', 'installment.dueDate'];
  const n = installment.number;
  const of = installment.installmentCount;
  if (language === 'es') {
    switch (input.kind) {
      case 'upcoming':
        return { text: `El pago ${n} de ${of} de su plan de pagos, de ${amount}, vence el ${date}.`, sourceFields: fields };
      case 'dueToday':
        return { text: `El pago ${n} de ${of} de su plan de pagos, de ${amount}, vence hoy, ${date}.`, sourceFields: fields };
      case 'pastDue':
        return { text: `No hemos recibido el pago ${n} de ${of} de su plan de pagos, de ${amount}, que vencía el ${date}, ${daysWords(input.daysLate ?? 1, language)}.`, sourceFields: [...fields, 'daysLate'] };
    }
  }
  switch (input.kind) {
    case 'upcoming':
      return { text: `Payment ${n} of ${of} on your payment plan, ${amount}, is due on ${date}.`, sourceFields: fields };
    case 'dueToday':
      return { text: `Payment ${n} of ${of} on your payment plan, ${amount}, is due today, ${date}.`, sourceFields: fields };
    case 'pastDue':
      return { text: `We have not received payment ${n} of ${of} on your payment plan, ${amount}, which was due on ${date}, ${daysWords(input.daysLate ?? 1, language)}.`, sourceFields: [...fields, 'daysLate'] };
  }
}

function wayLines(input: ReminderTextOptions): MessageLine[] {
  const ways = input.waysForward;
  if (ways === undefined) return [];
  const es = input.language === 'es';
  const lines: MessageLine[] = [];
  if (ways.payNow !== undefined) {
    const text = es ? `Puede pagar ${where(ways.payNow, 'es', 'at')}.` : `You can pay ${where(ways.payNow, 'en', 'at')}.`;
    lines.push({ text, sourceFields: contactFields('waysForward.payNow', ways.payNow) });
  }
  if (ways.newPlan !== undefined) {
    const text = es ? `Si necesita un plan de pagos diferente, puede pedirlo ${where(ways.newPlan, 'es', 'at')}.` : `If you need a different payment plan, you can ask for one ${where(ways.newPlan, 'en', 'at')}.`;
    lines.push({ text, sourceFields: contactFields('waysForward.newPlan', ways.newPlan) });
  }
  if (ways.talkToSomeone !== undefined) {
    const text = es ? `Para hablar con alguien sobre su plan, ${where(ways.talkToSomeone, 'es', 'call')}.` : `To talk to someone about your plan, ${where(ways.talkToSomeone, 'en', 'call')}.`;
    lines.push({ text, sourceFields: contactFields('waysForward.talkToSomeone', ways.talkToSomeone) });
  }
  return lines;
}

/** The required disclosures of a debt collector's communication (12 CFR 1006.18(e)). */
export function debtCollectorLines(language: MessageLanguage, initial: boolean, senderField: string, initialField: string): MessageLine[] {
  const words = DISCLOSURE_WORDING[language];
  const lines: MessageLine[] = [{ text: words.subsequent, sourceFields: [senderField], requiredBy: 'REGF-DISCLOSE-SUBSEQUENT' }];
  if (initial) lines.push({ text: words.initial, sourceFields: [senderField, initialField], requiredBy: 'REGF-DISCLOSE-INITIAL' });
  return lines;
}

function optOutLine(input: ReminderTextOptions): MessageLine | undefined {
  const words = DISCLOSURE_WORDING[input.language];
  if (input.channel === 'sms') return { text: words.optOutSms, sourceFields: ['channel'], requiredBy: 'REGF-OPTOUT-NOTICE' };
  if (input.channel === 'email') {
    if (input.unsubscribeUrl !== undefined) return { text: words.optOutEmailLink(input.unsubscribeUrl), sourceFields: ['channel', 'unsubscribeUrl'], requiredBy: 'REGF-OPTOUT-NOTICE' };
    return { text: words.optOutEmail, sourceFields: ['channel'], requiredBy: 'REGF-OPTOUT-NOTICE' };
  }
  return undefined;
}

function limitedContentLines(input: ReminderTextOptions): MessageLine[] {
  // Checked by the schema: a voicemail always has callback.
  const callback = input.callback ?? { names: [''], phone: '' };
  const [caller, ...others] = callback.names;
  const business = input.sender.businessName;
  const es = input.language === 'es';
  const nameFields = ['callback.names', 'callback.phone'];
  const lines: MessageLine[] = [{ text: sentence(es ? `Le habla ${caller ?? ''}, de ${business}` : `This is ${caller ?? ''} calling from ${business}`), sourceFields: ['callback.names', 'sender.businessName'] }];
  const alsoWho = others.length === 0 ? '' : es ? ` o llame a ${joinNames(others, 'es')}` : ` or ${joinNames(others, 'en')}`;
  lines.push({ text: es ? `Por favor, llámeme${alsoWho} al ${callback.phone}.` : `Please contact me${alsoWho} at ${callback.phone}.`, sourceFields: nameFields });
  if (callback.anyRepresentative === true) {
    lines.push({ text: es ? 'Puede hablar con cualquiera de nuestros representantes.' : 'You may speak to any of our representatives.', sourceFields: ['callback.anyRepresentative'] });
  }
  return lines;
}

function joinNames(names: readonly string[], language: MessageLanguage): string {
  const and = language === 'es' ? 'o' : 'or';
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1] ?? ''}`;
}

/**
 * Writes a payment-plan installment reminder: plain, respectful words that state only what the
 * input declares, with the content the law requires of the sender on the channel.
 *
 * - **Body.** The installment (`Payment 2 of 3 on your payment plan, $100.00, is due on
 *   February 5, 2027.`), for a missed payment how many days ago it was due, a thank-you for
 *   anyone who already paid, and only the ways forward the caller declares (`waysForward`:
 *   where to pay, where to ask for a different plan, whom to talk to). No consequence (fee,
 *   plan ending, credit report, lawsuit) is ever stated here, and no urgency words ("final",
 *   "immediately", "act now"): a consequence belongs in {@link describePlan}, which refuses
 *   any the terms policy does not declare.
 * - **Debt collector** (`sender.kind: 'debtCollector'`): the statement "This communication is
 *   from a debt collector." (12 CFR 1006.18(e)(2); 15 U.S.C. 1692e(11)), and in the initial
 *   communication also the statement of 1006.18(e)(1), in the message's language
 *   (1006.18(e)(4)). A creditor collecting its own debt gets neither.
 * - **Text or email**: the opt-out statement of 12 CFR 1006.6(e) ("Reply STOP to opt out of
 *   texts to this number." / "To stop emails to this address, reply STOP."), written for a
 *   creditor too (the TCPA and state rules let the consumer stop texts; it costs one line).
 * - **Voicemail**: a limited-content message (12 CFR 1006.2(j)): the caller's name, the
 *   business name (which must be declared not to indicate debt collection), a request to call
 *   back, the number, optionally that any representative can help; nothing about the debt, so
 *   the installment is deliberately not said. It is not a communication (comment 18(e)-1), so
 *   it carries no disclosure.
 * - **Email** gets the subject `A message from <business name>`, which tells a third party
 *   who might see the inbox nothing about a debt.
 *
 * Dates are written `February 5, 2027` / `5 de febrero de 2027` (date-fns locales, from the
 * calendar date, never the host zone); amounts with `Intl.NumberFormat` for en-US or es-US,
 * exact, in the installment's currency.
 *
 * @param input - see {@link ReminderTextInputSchema}
 * @returns `{ text, subject?, lines, channel, language, classification, requiredContent }`
 * @throws {@link arrears!ValidationError} for malformed input (a field without effect or a
 *   missing fact: `MESSAGES_OPTION_WITHOUT_EFFECT`, `MESSAGES_MISSING_FACT`)
 * @throws {@link arrears!DomainRuleError} `REGF-SOCIAL` (public social post), `REGF-ENVELOPE`,
 *   `REGF-LCM-BUSINESS-NAME` (a voicemail under a name that indicates debt collection)
 * @throws {@link arrears!UnsupportedOptionError} `MESSAGES_CHANNEL_NOT_SUPPORTED` for a call
 *   script or a private social message
 *
 * @example
 * ```ts
 * import { reminderText } from 'arrears/messages';
 * const sms = reminderText({
 *   kind: 'upcoming', channel: 'sms',
 *   sender: { kind: 'debtCollector', businessName: 'ABC, Inc.' },
 *   installment: { number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' },
 * });
 * sms.text; // => 'Hello from ABC, Inc. Payment 2 of 3 on your payment plan, $100.00, is due on February 5, 2027. If you have already paid, thank you. This communication is from a debt collector. Reply STOP to opt out of texts to this number.'
 * const missed = reminderText({
 *   kind: 'pastDue', daysLate: 10, channel: 'email', language: 'es',
 *   sender: { kind: 'creditor', businessName: 'ABC, Inc.' },
 *   installment: { number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' },
 *   waysForward: { newPlan: { phone: '1-800-555-1212' } },
 * });
 * missed.subject; // => 'Un mensaje de ABC, Inc.'
 * missed.lines[1]?.text; // => 'No hemos recibido el pago 2 de 3 de su plan de pagos, de $100.00, que vencía el 5 de febrero de 2027, hace 10 días.'
 * ```
 */
export function reminderText(input: ReminderTextInput): ReminderText {
  const parsed = fastReminderTextInput(input) ?? parseInput(ReminderTextInputSchema, input);
  refuseChannel(parsed);
  const { language, channel } = parsed;
  const es = language === 'es';
  const business = parsed.sender.businessName;
  let lines: MessageLine[];
  let classification: ReminderText['classification'] = 'communication';
  if (channel === 'voicemail') {
    if (parsed.sender.businessNameIndicatesDebtCollection === true) {
      throw new DomainRuleError('REGF-LCM-BUSINESS-NAME', `A voicemail under "${business}", a business name that indicates debt collection, is not a limited-content message (12 CFR 1006.2(j)(1)) and may tell a third party about the debt; leave the voicemail under a name that does not indicate debt collection, or do not leave one.`, {
        path: ['sender', 'businessNameIndicatesDebtCollection'],
        details: { citation: MessageTextRuleIds['REGF-LCM-BUSINESS-NAME'] },
      });
    }
    lines = limitedContentLines(parsed);
    classification = 'limitedContent';
  } else {
    lines = [
      { text: sentence(es ? `Hola, le saluda ${business}` : `Hello from ${business}`), sourceFields: ['sender.businessName'] },
      installmentLine(parsed),
      { text: es ? 'Si ya pagó, gracias.' : 'If you have already paid, thank you.', sourceFields: ['kind'] },
      ...wayLines(parsed),
    ];
    if (parsed.sender.kind === 'debtCollector') lines.push(...debtCollectorLines(language, parsed.initialCommunication, 'sender.kind', 'initialCommunication'));
    const optOut = optOutLine(parsed);
    if (optOut !== undefined) lines.push(optOut);
  }
  const separator = channel === 'email' || channel === 'letter' ? '\n\n' : ' ';
  const requiredContent = lines.flatMap((line) => (line.requiredBy === undefined ? [] : [line.requiredBy]));
  const base = { text: lines.map((line) => line.text).join(separator), lines, channel, language, classification, requiredContent };
  return channel === 'email' ? { ...base, subject: es ? `Un mensaje de ${business}` : `A message from ${business}` } : base;
}

function refuseChannel(input: ReminderTextOptions): void {
  if ((REMINDER_TEXT_CHANNELS as readonly string[]).includes(input.channel)) return;
  if (input.channel === 'socialPost') {
    throw new DomainRuleError('REGF-SOCIAL', 'A reminder cannot be posted on public social media: a communication or attempt viewable by the public or the consumer\'s contacts is forbidden (12 CFR 1006.22(f)(4)).', { path: ['channel'], details: { citation: MessageTextRuleIds['REGF-SOCIAL'] } });
  }
  if (input.channel === 'envelope') {
    throw new DomainRuleError('REGF-ENVELOPE', 'A reminder cannot be written on an envelope: only the collector\'s address and a business name that does not indicate debt collection may appear there (15 U.S.C. 1692f(8); 12 CFR 1006.22(f)(2)). Write a letter instead.', { path: ['channel'], details: { citation: MessageTextRuleIds['REGF-ENVELOPE'] } });
  }
  throw new UnsupportedOptionError(`reminderText writes for sms, email, letter and voicemail, not for "${input.channel}".`, { path: ['channel'] }, MessageTextErrorCodes.MESSAGES_CHANNEL_NOT_SUPPORTED);
}

/**
 * {@link reminderText} without throwing: `{ success: true, data }` or `{ success: false, error }`
 * with the typed error. Accepts any value.
 *
 * @param input - anything; see {@link ReminderTextInputSchema}
 * @returns the reminder or the error
 *
 * @example
 * ```ts
 * import { safeReminderText } from 'arrears/messages';
 * safeReminderText({ kind: 'pastDue', channel: 'sms', sender: { kind: 'creditor', businessName: 'ABC' }, installment: { number: 1, installmentCount: 1, dueDate: '2027-01-05', dueAmount: '5.00', currency: 'USD' } }).success; // => false
 * ```
 */
export function safeReminderText(input: unknown): ArrearsResult<ReminderText> {
  return attempt(() => reminderText(input as ReminderTextInput));
}
