/**
 * What we say to a debtor, in plain words, checked against the law before it is sent.
 *
 * @module arrears/messages
 */
export * from '../errors/index.js';
export { MessageChannelSchema, MessageLanguageSchema } from './schemas.js';
export type { MessageChannel, MessageLanguage } from './types.js';
