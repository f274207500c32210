/**
 * What we say to a debtor, in plain words, checked against the law before it is sent.
 *
 * @module arrears/messages
 */
export * from '../errors/index.js';
export { MessageChannelSchema, MessageLanguageSchema } from './schemas.js';
export type { MessageChannel, MessageLanguage } from './types.js';
export { MessageTextErrorCodes, MessageTextRuleIds } from './text-codes.js';
export type { MessageTextErrorCode, MessageTextRuleId } from './text-codes.js';
export { MessageContactSchema, MessageNameSchema, MessagePhoneSchema, MessageSenderSchema, MessageWebAddressSchema } from './text-schemas.js';
export { formatMessageAmount, formatMessageDate, messageLocale } from './locale.js';
export { ReminderCallbackSchema, ReminderInstallmentSchema, ReminderTextInputSchema, ReminderWaysForwardSchema } from './reminder-schemas.js';
export type { MessageLine, ReminderText, ReminderTextInput, ReminderTextOptions } from './text-types.js';
export { reminderText, safeReminderText } from './reminder-text.js';
export { DescribePlanInputSchema, PlanLateFeeTermsSchema, PlanOnMissedTermsSchema, PlanPaymentMethodSchema, PlanTermsPolicySchema } from './plan-terms-schemas.js';
export type { DescribePlanInput, DescribePlanOptions, PlanDescription } from './text-types.js';
export { describePlan, safeDescribePlan } from './describe-plan.js';
export { ValidationNoticeInputSchema } from './validation-notice-schemas.js';
export type { ValidationNotice, ValidationNoticeField, ValidationNoticeInput, ValidationNoticeOptions } from './text-types.js';
export { safeValidationNotice, validationNotice } from './validation-notice.js';
export { safeValidationNoticeHtml, safeValidationNoticeText, validationNoticeHtml, validationNoticeText } from './validation-notice-render.js';
