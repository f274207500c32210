import { z } from 'zod';

/**
 * Where a message goes: a text (`sms`), an `email`, a `letter` (its content), the `envelope`
 * (or postcard face) it travels in, a `voicemail` left on an answering machine or service, a
 * `callScript` read to a person on the telephone, a public `socialPost`, or a private
 * `socialDirectMessage`.
 *
 * @example
 * ```ts
 * import { MessageChannelSchema } from 'arrears/messages';
 * MessageChannelSchema.options; // => ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage']
 * ```
 */
export const MessageChannelSchema = z.enum(['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage']);

/**
 * The language a message is written in: `en` (English, formatted as en-US) or `es`
 * (Spanish, formatted as es-US).
 *
 * @example
 * ```ts
 * import { MessageLanguageSchema } from 'arrears/messages';
 * MessageLanguageSchema.options; // => ['en', 'es']
 * ```
 */
export const MessageLanguageSchema = z.enum(['en', 'es']);
