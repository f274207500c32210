/**
 * What we say to a debtor, in plain words, checked against the law before it is sent.
 *
 * - {@link checkMessage} / {@link safeCheckMessage}: a planned message (text, email, letter,
 *   envelope, voicemail, call script, social media) against the rule catalogue
 *   {@link MESSAGE_RULES}, with rule ids, citations, severities and spans in the original text.
 * - Schemas for every input: {@link CheckMessageInputSchema}, {@link MessageContextSchema},
 *   {@link MessagePolicySchema}, ...
 * - {@link reminderText}: the words of an installment reminder (sms, email, letter, or a
 *   voicemail as a limited-content message), with the disclosures the sender owes.
 * - {@link describePlan}: a payment plan's terms in plain words, each line with its source
 *   fields, stating only the consequences a terms policy declares.
 * - {@link validationNotice}, {@link validationNoticeText}, {@link validationNoticeHtml}: the
 *   validation notice of 12 CFR 1006.34(c) as data keyed by paragraph, and rendered.
 * - English and Spanish (es-US): {@link formatMessageDate}, {@link formatMessageAmount}.
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
  MessageFindingDetails,
  MessageSender,
  SmsMeta,
} from './types.js';
export { checkMessage, safeCheckMessage } from './check-message.js';
export { MESSAGE_RULES } from './catalogue.js';
export { MessageContactSchema, MessageNameSchema, MessagePhoneSchema, MessageSenderIdentitySchema, MessageWebAddressSchema } from './text-schemas.js';
export { formatMessageAmount, formatMessageDate, messageLocale } from './locale.js';
export { ReminderCallbackSchema, ReminderInstallmentSchema, ReminderTextInputSchema, ReminderWaysForwardSchema } from './reminder-schemas.js';
export type { MessageLine, ReminderText, ReminderTextInput } from './text-types.js';
export { reminderText, safeReminderText } from './reminder-text.js';
export { DescribePlanInputSchema, PlanLateFeeTermsSchema, PlanOnMissedTermsSchema, PlanPaymentMethodSchema, PlanTermsPolicySchema } from './plan-terms-schemas.js';
export type { DescribePlanInput, PlanDescription } from './text-types.js';
export { describePlan, safeDescribePlan } from './describe-plan.js';
export { ValidationNoticeInputSchema } from './validation-notice-schemas.js';
export type { ValidationNotice, ValidationNoticeField, ValidationNoticeInput } from './text-types.js';
export { safeValidationNotice, validationNotice } from './validation-notice.js';
export { safeValidationNoticeHtml, safeValidationNoticeText, validationNoticeHtml, validationNoticeText } from './validation-notice-render.js';
