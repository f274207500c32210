/**
 * What we say to a debtor, in plain words, checked against the law before it is sent.
 *
 * - {@link checkMessage} / {@link safeCheckMessage}: a planned message (text, email, letter,
 *   envelope, voicemail, call script, social media) against the rule catalogue
 *   {@link messageRules}, with rule ids, citations, severities and spans in the original text.
 * - Schemas for every input: {@link CheckMessageInputSchema}, {@link MessageContextSchema},
 *   {@link MessagePolicySchema}, ...
 *
 * @module arrears/messages
 */
export * from '../errors/index.js';
export { MessagesErrorCodes } from './codes.js';
export type { MessagesErrorCode } from './codes.js';
export {
  CheckMessageInputSchema,
  MAX_MESSAGE_LENGTH,
  MessageActionSchema,
  MessageChannelSchema,
  MessageContextSchema,
  MessageCustomRuleSchema,
  MessageDebtSchema,
  MessageJurisdictionSchema,
  MessageLanguageSchema,
  MessageOfferSchema,
  MessagePhraseSchema,
  MessagePolicySchema,
  MessageRecipientSchema,
  MessageRuleSettingSchema,
  MessageSenderSchema,
} from './schemas.js';
export type {
  CheckMessageInput,
  CheckMessageResult,
  LimitedContentItem,
  LoosenedRule,
  MessageAction,
  MessageChannel,
  MessageClassification,
  MessageClassificationKind,
  MessageContextInput,
  MessageCustomRuleInput,
  MessageDebtInput,
  MessageFinding,
  MessageLanguage,
  MessageOfferInput,
  MessagePhraseInput,
  MessagePolicyInput,
  MessageRecipient,
  MessageRuleMeta,
  MessageRuleSettingInput,
  MessageSender,
  ParsedCheckMessageInput,
  ParsedMessageContext,
  SmsMeta,
} from './types.js';
export { checkMessage, safeCheckMessage } from './check-message.js';
export { messageRules } from './catalogue.js';
export { MessageTextErrorCodes, MessageTextRuleIds } from './text-codes.js';
export type { MessageTextErrorCode, MessageTextRuleId } from './text-codes.js';
// Merge of h-msg-text and h-msg-check: both name a MessageSenderSchema (an object here, an enum
// in schemas.ts); the enum is exported, the object stays inside until the messages branches agree.
export { MessageContactSchema, MessageNameSchema, MessagePhoneSchema, MessageWebAddressSchema } from './text-schemas.js';
export { formatMessageAmount, formatMessageDate, messageLocale } from './locale.js';
export { ReminderCallbackSchema, ReminderInstallmentSchema, ReminderTextInputSchema, ReminderWaysForwardSchema } from './reminder-schemas.js';
export type { MessageLine, ReminderText, ReminderTextInput, ReminderTextOptions } from './text-types.js';
export { reminderText, safeReminderText } from './reminder-text.js';
