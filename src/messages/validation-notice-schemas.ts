import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema, TimeZoneSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema } from '../money/index.js';
import { MessageLanguageSchema } from './schemas.js';
import { addTextIssue, checkAmountIn } from './reminder-schemas.js';
import { MessageTextErrorCodes } from './text-codes.js';
import { MessageNameSchema, MessagePhoneSchema, MessageWebAddressSchema } from './text-schemas.js';

/** A postal address: one to five lines, each a plain line of text. */
const MailingAddressSchema = z.readonly(z.array(MessageNameSchema).check(z.minLength(1), z.maxLength(5)));

/**
 * The input of {@link validationNotice}, {@link validationNoticeText} and
 * {@link validationNoticeHtml}: who collects (`debtCollector`), from whom (`consumer`), the
 * debt, the itemization (12 CFR 1006.34(b)(3): one of five reference dates, the amount then,
 * and the interest, fees, payments and credits since), how and when the notice is provided
 * (`delivery`, for the validation period of 1006.34(b)(5)), and the language.
 *
 * - `debt.consumerFinancialProduct`: whether the debt arises from a consumer financial product
 *   or service; when `true` the creditor on the itemization date is required (1006.34(c)(2)(iii)).
 * - `delivery.method: 'electronic'` requires `debtCollector.electronicDisputeUrl`: an electronic
 *   notice says how to dispute electronically (1006.34(c)(3)(v)).
 * - All amounts in `currency`, not negative, with at most its minor digits.
 *
 * @example
 * ```ts
 * import { ValidationNoticeInputSchema } from 'arrears/messages';
 * const input = {
 *   debtCollector: { name: 'ABC Collections', mailingAddress: ['PO Box 1', 'Albany, NY 12201'] },
 *   consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St', 'Troy, NY 12180'] },
 *   debt: { consumerFinancialProduct: false, currentCreditor: 'Main Street Dental', accountNumber: '****1234' },
 *   currency: 'USD',
 *   itemization: { dateKind: 'lastStatement', date: '2026-06-30', amount: '1000.00', interest: '25.00', fees: '10.00', paymentsCredits: '35.00', currentAmount: '1000.00' },
 *   delivery: { sentOn: '2026-11-02', method: 'mail' },
 * };
 * ValidationNoticeInputSchema.safeParse(input).success; // => true
 * ValidationNoticeInputSchema.safeParse({ ...input, currency: 'usd' }).success; // => false
 * ```
 */
export const ValidationNoticeInputSchema = z
  .strictObject({
    /** The debt collector (1006.34(c)(2)(i)). */
    debtCollector: z.strictObject({
      /** Its name. */
      name: MessageNameSchema,
      /** The mailing address at which it accepts disputes and requests for original-creditor information. */
      mailingAddress: MailingAddressSchema,
      /** A telephone number (optional contact information, 1006.34(d)(3)(i)). */
      phone: z.optional(MessagePhoneSchema),
      /** Where the consumer can dispute electronically; required for an electronic notice (1006.34(c)(3)(v)). */
      electronicDisputeUrl: z.optional(MessageWebAddressSchema),
    }),
    /** The consumer (1006.34(c)(2)(ii)). */
    consumer: z.strictObject({
      /** The consumer's name. */
      name: MessageNameSchema,
      /** The consumer's mailing address. */
      mailingAddress: MailingAddressSchema,
    }),
    /** The debt. */
    debt: z.strictObject({
      /** Whether the debt is related to a consumer financial product or service (Regulation F's definition). */
      consumerFinancialProduct: z.boolean(),
      /** The creditor to whom the debt was owed on the itemization date (1006.34(c)(2)(iii)). */
      itemizationCreditor: z.optional(MessageNameSchema),
      /** The account number (or a truncated one) on the itemization date (1006.34(c)(2)(iv)). */
      accountNumber: MessageNameSchema,
      /** The creditor to whom the debt is currently owed (1006.34(c)(2)(v)). */
      currentCreditor: MessageNameSchema,
    }),
    /** The ISO 4217 code of every amount. */
    currency: CurrencyCodeSchema,
    /** The itemization (1006.34(b)(3), (c)(2)(vi)-(ix)). */
    itemization: z.strictObject({
      /** Which of the five reference dates of 1006.34(b)(3) the itemization date is. */
      dateKind: z.enum(['lastStatement', 'chargeOff', 'lastPayment', 'transaction', 'judgment']),
      /** The itemization date. */
      date: CalendarDateSchema,
      /** The amount of the debt on the itemization date. */
      amount: AmountSchema,
      /** Interest since the itemization date. */
      interest: AmountSchema,
      /** Fees since the itemization date. */
      fees: AmountSchema,
      /** Payments and credits since the itemization date (a positive number, subtracted). */
      paymentsCredits: AmountSchema,
      /** The current amount of the debt. */
      currentAmount: AmountSchema,
    }),
    /**
     * When and how the notice is provided, for the validation period (`validationPeriod` of
     * `arrears/compliance`): the calendar date `sentOn`, or the instant `sentAt` with the
     * `timeZone` whose local date counts (exactly one of the two).
     */
    delivery: z.strictObject({
      /** The calendar date the notice is provided, `YYYY-MM-DD`. */
      sentOn: z.optional(CalendarDateSchema),
      /** The instant the notice is provided (ISO 8601 with an offset); needs `timeZone`. */
      sentAt: z.optional(InstantSchema),
      /** `mail`, `electronic`, `inPerson` or `oral`. */
      method: z.enum(['mail', 'electronic', 'inPerson', 'oral']),
      /** The IANA zone whose local date of `sentAt` counts; only with `sentAt`. */
      timeZone: z.optional(TimeZoneSchema),
      /** The US federal holidays skipped: `statutory` (default: the dates 5 U.S.C. 6103(a) names) or `both` (also the observed in-lieu days), as in `arrears/calendar`. */
      holidays: z.optional(z.enum(['statutory', 'both'])),
    }),
    /** The language: `en` (default) or `es` (a complete translation, 1006.34(e)). */
    language: z._default(MessageLanguageSchema, 'en'),
    /** For an English notice: add the optional Spanish-language offer of 1006.34(d)(3)(vi). */
    offerSpanishCopy: z.optional(z.boolean()),
  }).check(z.superRefine((value, ctx) => {
    const it = value.itemization;
    for (const key of ['amount', 'interest', 'fees', 'paymentsCredits', 'currentAmount'] as const) {
      if (checkAmountIn(ctx, it[key], value.currency, ['itemization', key]) && it[key].startsWith('-')) {
        addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_NEGATIVE_AMOUNT, 'must not be negative (payments and credits are given as a positive amount and subtracted).', ['itemization', key], it[key]);
      }
    }
    if (value.debt.consumerFinancialProduct && value.debt.itemizationCreditor === undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'is required for a debt related to a consumer financial product or service (12 CFR 1006.34(c)(2)(iii)).', ['debt', 'itemizationCreditor'], undefined);
    }
    const d = value.delivery;
    if (d.sentOn === undefined && d.sentAt === undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'is required: the date the notice is provided ("sentOn"), or the instant ("sentAt") with its "timeZone".', ['delivery', 'sentOn'], undefined);
    } else if (d.sentOn !== undefined && d.sentAt !== undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, 'give the date "sentOn" or the instant "sentAt", not both.', ['delivery', 'sentAt'], d.sentAt);
    } else if (d.sentAt !== undefined && d.timeZone === undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'is required with "sentAt": the zone whose local date of the instant counts.', ['delivery', 'timeZone'], undefined);
    } else if (d.sentOn !== undefined && d.timeZone !== undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, 'has no effect with the date "sentOn" (a zone only turns an instant "sentAt" into a date); leave it out.', ['delivery', 'timeZone'], d.timeZone);
    }
    if (value.delivery.method === 'electronic' && value.debtCollector.electronicDisputeUrl === undefined) {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'is required for a notice provided electronically: it must say how to dispute electronically (12 CFR 1006.34(c)(3)(v)).', ['debtCollector', 'electronicDisputeUrl'], undefined);
    }
    if (value.offerSpanishCopy !== undefined && value.language === 'es') {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, 'has no effect on a Spanish notice; leave it out.', ['offerSpanishCopy'], value.offerSpanishCopy);
    }
  }));
