/**
 * Reminders for payment plans: automated, lawful and respectful follow-up on every
 * installment. {@link planReminders} joins the plan (which installments are unpaid), the
 * consumer's zones, language and channels (consent, opt-outs, safe-harbor basis), the
 * account's holds, contact compliance (`checkContact` of `arrears/compliance`, counting the
 * reminders it plans) and the wording of `arrears/messages`, and says for every reminder
 * when, where and what, and for every reminder not sent, which rule stopped it.
 *
 * - {@link planRemindersBatch} and {@link planEachReminders} plan many accounts in one run.
 * - {@link toHistoryEntry} turns a sent reminder into a contact-history entry.
 * - {@link toReminderPlan} reads a schedule or plan state of `arrears/plan`.
 * - Nothing reads a clock: the run is `asOf` (a date) and `at` (an instant).
 *
 * @module arrears/reminders
 */
export * from '../errors/index.js';
export { RemindersErrorCodes } from './codes.js';
export type { RemindersErrorCode } from './codes.js';
export {
  DayShiftSchema,
  PlanRemindersBatchInputSchema,
  PlanRemindersInputSchema,
  ReminderAccountSchema,
  ReminderBatchAccountSchema,
  ReminderCapSchema,
  ReminderChannelSchema,
  ReminderHoldSchema,
  ReminderPlanInstallmentSchema,
  ReminderMediumSchema,
  ReminderPlanSchema,
  ReminderPolicySchema,
  ReminderSenderSchema,
  SafeHarborSchema,
  SendWindowSchema,
  TextConsentSchema,
} from './schemas.js';
export type {
  BatchRemindersResult,
  DayShift,
  PlanRemindersBatchInput,
  PlanRemindersInput,
  PlanRemindersResult,
  Reminder,
  ReminderBatchAccountInput,
  ReminderChannel,
  ReminderChannelInput,
  ReminderHistoryEntry,
  ReminderInstallment,
  ReminderKind,
  ReminderMedium,
  ReminderPlan,
  ReminderPlanInput,
  ReminderPolicy,
  ReminderPolicyInput,
} from './types.js';
export { REMINDER_RULES } from './rules.js';
export type { ReminderRule } from './rules.js';
export { planReminders, safePlanReminders } from './plan-reminders.js';
export { planEachReminders, planRemindersBatch, safePlanEachReminders, safePlanRemindersBatch } from './batch.js';
export { safeToHistoryEntry, toHistoryEntry, ToHistoryEntryInputSchema } from './history-entry.js';
export type { ToHistoryEntryInput } from './history-entry.js';
export { safeToReminderPlan, toReminderPlan, ToReminderPlanInputSchema } from './plan-source.js';
export type { ToReminderPlanInput } from './plan-source.js';
