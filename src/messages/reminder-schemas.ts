import * as z from 'zod/mini';
import { CalendarDateSchema } from '../calendar/index.js';
import { attempt, ValidationError } from '../errors/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { AmountSchema, CurrencyCodeSchema, toMinorUnits } from '../money/index.js';
import { MessageChannelSchema, MessageLanguageSchema } from './schemas.js';
import { MessageTextErrorCodes } from './text-codes.js';
import { MessageContactSchema, MessageNameSchema, MessagePhoneSchema, MessageSenderIdentitySchema, MessageWebAddressSchema } from './text-schemas.js';

/** Adds an issue with our code to a refinement context. */
export function addTextIssue(ctx: z.core.$RefinementCtx, code: string, message: string, path: Array<string | number>, input: unknown): void {
  ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(code), input });
}

/** Checks an amount (already in the money grammar) against its currency's minor unit; adds the money issue. */
export function checkAmountIn(ctx: z.core.$RefinementCtx, amount: string, currency: string, path: Array<string | number>): boolean {
  const result = attempt(() => toMinorUnits(amount, currency));
  if (result.success) return true;
  const issue = result.error instanceof ValidationError ? result.error.issues[0] : undefined;
  const message = (issue?.message ?? result.error.message).replace(/^"[^"]*"(: )?/, '');
  addTextIssue(ctx, issue?.code ?? result.error.code, message, path, amount);
  return false;
}

/**
 * One installment a reminder is about: its `number` of `installmentCount` installments, its
 * `dueDate`, and what is due on it, `dueAmount` in `currency`. The amount is not negative and
 * has at most the currency's minor digits. The shape of `arrears/reminders`' `ReminderInstallment`:
 * a planned reminder's `installment` goes in unchanged.
 *
 * @example
 * ```ts
 * import { ReminderInstallmentSchema } from 'arrears/messages';
 * ReminderInstallmentSchema.safeParse({ number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' }).success; // => true
 * ReminderInstallmentSchema.safeParse({ number: 4, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' }).success; // => false
 * ```
 */
export const ReminderInstallmentSchema = z
  .strictObject({
    /** The installment's number, from 1. */
    number: z.int().check(z.gte(1), z.lte(100_000)),
    /** How many installments the plan has. */
    installmentCount: z.int().check(z.gte(1), z.lte(100_000)),
    /** The due date, `YYYY-MM-DD`. */
    dueDate: CalendarDateSchema,
    /** What is due on it, a decimal string (the installment's amount less what was paid on it). */
    dueAmount: AmountSchema,
    /** The ISO 4217 code of the amount. */
    currency: CurrencyCodeSchema,
  }).check(z.superRefine((value, ctx) => {
    if (value.number > value.installmentCount) addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_INVALID_INSTALLMENT, `installment ${value.number} cannot be above "installmentCount" (${value.installmentCount}).`, ['number'], value.number);
    if (checkAmountIn(ctx, value.dueAmount, value.currency, ['dueAmount']) && value.dueAmount.startsWith('-')) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_NEGATIVE_AMOUNT, 'must not be negative.', ['dueAmount'], value.dueAmount);
    }
  }));

/**
 * The ways forward a reminder may offer, each only when the caller declares it: `payNow`
 * (where to pay), `newPlan` (where to ask for a different plan, a re-amortization), and
 * `talkToSomeone` (a person to talk to). Each is a phone, a web address, or both.
 *
 * @example
 * ```ts
 * import { ReminderWaysForwardSchema } from 'arrears/messages';
 * ReminderWaysForwardSchema.safeParse({ payNow: { url: 'https://pay.example.com' }, talkToSomeone: { phone: '1-800-555-1212' } }).success; // => true
 * ReminderWaysForwardSchema.safeParse({ settle: { phone: '1-800-555-1212' } }).success; // => false
 * ```
 */
export const ReminderWaysForwardSchema = z.strictObject({
  /** Where the consumer can pay. */
  payNow: z.optional(MessageContactSchema),
  /** Where the consumer can ask for a different payment plan. */
  newPlan: z.optional(MessageContactSchema),
  /** Where the consumer can talk to a person. */
  talkToSomeone: z.optional(MessageContactSchema),
});

/**
 * The call-back details of a voicemail, the content a limited-content message is made of
 * (12 CFR 1006.2(j)): the `names` of one to three natural persons the consumer may contact
 * (the first is the caller), the `phone` to call back, and whether to add that the consumer
 * may speak to any of the company's representatives (`anyRepresentative`, an optional item of
 * 1006.2(j)).
 *
 * @example
 * ```ts
 * import { ReminderCallbackSchema } from 'arrears/messages';
 * ReminderCallbackSchema.safeParse({ names: ['Robin Smith', 'Jim Johnson'], phone: '1-800-555-1212' }).success; // => true
 * ReminderCallbackSchema.safeParse({ names: [], phone: '1-800-555-1212' }).success; // => false
 * ```
 */
export const ReminderCallbackSchema = z.strictObject({
  /** One to three natural persons to contact; the first is the caller. */
  names: z.readonly(z.array(MessageNameSchema).check(z.minLength(1), z.maxLength(3))),
  /** The number to call back. */
  phone: MessagePhoneSchema,
  /** Add "You may speak to any of our representatives." (default false). */
  anyRepresentative: z.optional(z.boolean()),
});

const REMINDER_CHANNELS = ['sms', 'email', 'letter', 'voicemail'] as const;

/**
 * The input of {@link reminderText}: what the reminder is about (`kind`, `installment`,
 * `daysLate` for a missed payment), how it travels (`channel`, `language`), who sends it
 * (`sender`, `initialCommunication`), and what it may offer (`waysForward`, `callback` for a
 * voicemail, `unsubscribeUrl` for an email).
 *
 * Silence is not consent: `daysLate` is required for `pastDue` and refused otherwise;
 * `callback` is required for a voicemail and refused otherwise; `waysForward` and
 * `unsubscribeUrl` are refused where the message could not carry them; `initialCommunication:
 * true` is refused where it changes nothing (a creditor, a voicemail). Errors carry
 * `MESSAGES_OPTION_WITHOUT_EFFECT` or `MESSAGES_MISSING_FACT` with the field's path.
 *
 * @example
 * ```ts
 * import { ReminderTextInputSchema } from 'arrears/messages';
 * const input = { kind: 'upcoming', channel: 'sms', sender: { kind: 'debtCollector', businessName: 'ABC, Inc.' }, installment: { number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' } };
 * ReminderTextInputSchema.safeParse(input).success; // => true
 * ReminderTextInputSchema.safeParse({ ...input, daysLate: 3 }).success; // => false
 * ```
 */
export const ReminderTextInputSchema = z
  .strictObject({
    /** `upcoming` (before the due date), `dueToday`, or `pastDue` (a missed payment). */
    kind: z.enum(['upcoming', 'dueToday', 'pastDue']),
    /** The installment the reminder is about. */
    installment: ReminderInstallmentSchema,
    /** For `pastDue` only: how many days after the due date the reminder is sent (1 or more). */
    daysLate: z.optional(z.int().check(z.gte(1), z.lte(36_500))),
    /** The language: `en` (default) or `es`. */
    language: z._default(MessageLanguageSchema, 'en'),
    /** `sms`, `email`, `letter` or `voicemail`. */
    channel: MessageChannelSchema,
    /** Who sends it. */
    sender: MessageSenderIdentitySchema,
    /** Whether this is the debt collector's first communication with the consumer (default false). */
    initialCommunication: z._default(z.boolean(), false),
    /** The ways forward to offer, only those the policy declares. */
    waysForward: z.optional(ReminderWaysForwardSchema),
    /** For a voicemail (required there): the limited-content call-back details. */
    callback: z.optional(ReminderCallbackSchema),
    /** For an email: an unsubscribe link to offer beside "reply STOP". */
    unsubscribeUrl: z.optional(MessageWebAddressSchema),
  }).check(z.superRefine((value, ctx) => {
    const noEffect = (path: string, why: string): void => addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, `has no effect ${why}; leave it out.`, [path], (value as Record<string, unknown>)[path]);
    const missing = (path: string, why: string): void => addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, `is required ${why}.`, [path], undefined);
    if (value.kind === 'pastDue' && value.daysLate === undefined) missing('daysLate', 'for a pastDue reminder (how many days after the due date it is sent)');
    if (value.kind !== 'pastDue' && value.daysLate !== undefined) noEffect('daysLate', `for a ${value.kind} reminder`);
    if (value.channel === 'voicemail') {
      if (value.callback === undefined) missing('callback', 'for a voicemail (the names and number of a limited-content message, 12 CFR 1006.2(j))');
      if (value.waysForward !== undefined) noEffect('waysForward', 'in a voicemail: a limited-content message (12 CFR 1006.2(j)) carries only a request to call back');
      if (value.initialCommunication) noEffect('initialCommunication', 'in a voicemail: a limited-content message is not a communication (comment 18(e)-1)');
      if (value.sender.businessNameIndicatesDebtCollection === undefined) {
        addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'must be declared for a voicemail: a limited-content message needs a business name that does not indicate debt collection (12 CFR 1006.2(j)(1)).', ['sender', 'businessNameIndicatesDebtCollection'], undefined);
      }
    } else if (value.callback !== undefined) {
      noEffect('callback', `in a ${value.channel} message (only a voicemail uses it)`);
    }
    if (value.unsubscribeUrl !== undefined && value.channel !== 'email') noEffect('unsubscribeUrl', `in a ${value.channel} message (only an email uses it)`);
    if (value.initialCommunication && value.sender.kind === 'creditor') noEffect('initialCommunication', 'for a creditor (the 12 CFR 1006.18(e)(1) disclosure binds debt collectors)');
  }));

/** The channels {@link reminderText} writes for. */
export const REMINDER_TEXT_CHANNELS: readonly string[] = REMINDER_CHANNELS;
