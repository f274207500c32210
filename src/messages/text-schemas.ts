import * as z from 'zod/mini';
import { arrearsIssue } from '../internal/parse.js';
import { MessageTextErrorCodes } from './text-codes.js';

// Control characters (line breaks included) and the bidirectional overrides that can disguise
// text: a name printed into a message must be one plain line.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/**
 * A name or short label printed into a message (a business name, a person's name): 1 to 200
 * characters, one line, no control characters or bidirectional overrides, no leading or
 * trailing spaces. Errors carry `MESSAGES_INVALID_TEXT`.
 *
 * @example
 * ```ts
 * import { MessageNameSchema } from 'arrears/messages';
 * MessageNameSchema.safeParse('ABC, Inc.').success; // => true
 * MessageNameSchema.safeParse('ABC\nInc.').success; // => false
 * ```
 */
export const MessageNameSchema = z.string().check(z.superRefine((value, ctx) => {
  if (value.length === 0 || value.length > 200 || value.trim() !== value || UNSAFE_TEXT.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be 1 to 200 characters on one line, without leading or trailing spaces or control characters.', params: arrearsIssue(MessageTextErrorCodes.MESSAGES_INVALID_TEXT), input: value });
  }
}));

const PHONE = /^\+?[0-9][0-9 ().-]{5,28}[0-9]$/;
const WEB = /^https?:\/\/[^\s<>"'`\\]{1,490}$/;

/**
 * A telephone number as it should be printed: digits with optional `+`, spaces, dots, dashes
 * and parentheses, 7 to 30 characters (`1-800-555-1212`, `+1 (212) 555-0100`). Errors carry
 * `MESSAGES_INVALID_CONTACT`.
 *
 * @example
 * ```ts
 * import { MessagePhoneSchema } from 'arrears/messages';
 * MessagePhoneSchema.safeParse('1-800-555-1212').success; // => true
 * MessagePhoneSchema.safeParse('call us').success; // => false
 * ```
 */
export const MessagePhoneSchema = z.string().check(z.superRefine((value, ctx) => {
  if (!PHONE.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a telephone number of 7 to 30 characters: digits, with optional +, spaces, dots, dashes and parentheses.', params: arrearsIssue(MessageTextErrorCodes.MESSAGES_INVALID_CONTACT), input: value });
  }
}));

/**
 * A web address printed into a message: `http://` or `https://`, no spaces, quotes, angle
 * brackets or backslashes, at most 500 characters. Errors carry `MESSAGES_INVALID_CONTACT`.
 *
 * @example
 * ```ts
 * import { MessageWebAddressSchema } from 'arrears/messages';
 * MessageWebAddressSchema.safeParse('https://pay.example.com/p/1').success; // => true
 * MessageWebAddressSchema.safeParse('javascript:alert(1)').success; // => false
 * ```
 */
export const MessageWebAddressSchema = z.string().check(z.superRefine((value, ctx) => {
  if (!WEB.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// address without spaces, quotes or angle brackets, at most 500 characters.', params: arrearsIssue(MessageTextErrorCodes.MESSAGES_INVALID_CONTACT), input: value });
  }
}));

/**
 * Where a consumer can act: a telephone number, a web address, or both (at least one).
 *
 * @example
 * ```ts
 * import { MessageContactSchema } from 'arrears/messages';
 * MessageContactSchema.safeParse({ phone: '1-800-555-1212' }).success; // => true
 * MessageContactSchema.safeParse({}).success; // => false
 * ```
 */
export const MessageContactSchema = z
  .strictObject({
    /** A telephone number to call. */
    phone: z.optional(MessagePhoneSchema),
    /** A web address to visit. */
    url: z.optional(MessageWebAddressSchema),
  }).check(z.superRefine((value, ctx) => {
    if (value.phone === undefined && value.url === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs a phone, a url, or both.', params: arrearsIssue(MessageTextErrorCodes.MESSAGES_MISSING_FACT), input: value });
    }
  }));

/**
 * Who sends a message: an FDCPA `debtCollector` (collecting for another, or a debt buyer) or a
 * `creditor` collecting its own debt, and the business name the message shows.
 * `businessNameIndicatesDebtCollection` matters for a voicemail (12 CFR 1006.2(j)(1)): a
 * limited-content message needs a name that does not indicate debt collection, and must be
 * declared when one is written.
 *
 * @example
 * ```ts
 * import { MessageSenderIdentitySchema } from 'arrears/messages';
 * MessageSenderIdentitySchema.safeParse({ kind: 'debtCollector', businessName: 'ABC, Inc.' }).success; // => true
 * MessageSenderIdentitySchema.safeParse({ kind: 'lender', businessName: 'ABC, Inc.' }).success; // => false
 * ```
 */
export const MessageSenderIdentitySchema = z.strictObject({
  /** `debtCollector` (bound by Regulation F) or `creditor` (collecting its own debt). */
  kind: z.enum(['debtCollector', 'creditor']),
  /** The business name the message shows. */
  businessName: MessageNameSchema,
  /** Whether the business name indicates debt collection ("Ficus Debt Collection Services"). */
  businessNameIndicatesDebtCollection: z.optional(z.boolean()),
});
