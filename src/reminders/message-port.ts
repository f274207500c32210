// The one place reminders meet `arrears/messages`: the wording comes from its `reminderText`,
// the content check from its `checkMessage`, both through its public index.
import { checkMessage, reminderText } from '../messages/index.js';
import type { CheckMessageInput, CheckMessageResult, ReminderText, ReminderTextInput } from '../messages/index.js';

/** Writes a reminder through `reminderText` of `arrears/messages`. */
export function renderReminderMessage(input: ReminderTextInput): ReminderText {
  return reminderText(input);
}

/**
 * Checks a written reminder with `checkMessage` of `arrears/messages`: the channel, the text
 * and subject, and the context the planner knows (sender kind and business name, language, a
 * later communication to the consumer, the send day, and where the consumer is: `US` and
 * the state's code when the state is known, with the consumer's local jurisdictions; every
 * state rule, as warnings, when it is not). A reminder with a violation is never planned.
 */
export function checkReminderMessage(input: ReminderTextInput, message: ReminderText, where: ReminderWhere): CheckMessageResult {
  return checkMessage(reminderCheckInput(input, message, where));
}

/** Where and when a reminder goes out, as its message check needs it. */
export interface ReminderWhere {
  readonly jurisdictions: readonly string[] | undefined;
  readonly sendDate: string;
}

/** The `checkMessage` input for a written reminder (every field in the shape its fast path takes). */
export function reminderCheckInput(input: ReminderTextInput, message: ReminderText, where: ReminderWhere): CheckMessageInput {
  const sender = input.sender;
  return {
    channel: input.channel,
    text: message.text,
    ...(input.channel === 'email' && message.subject !== undefined ? { subject: message.subject } : {}),
    context: {
      sender: sender.kind,
      language: input.language ?? 'en',
      initialCommunication: false,
      recipient: 'consumer',
      asOf: where.sendDate,
      ...(where.jurisdictions === undefined ? {} : { jurisdictions: where.jurisdictions }),
      businessName: sender.businessName,
      ...(sender.businessNameIndicatesDebtCollection === undefined ? {} : { businessNameIndicatesDebtCollection: sender.businessNameIndicatesDebtCollection }),
    },
  };
}
