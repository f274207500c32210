// The one place reminders meet `arrears/messages`: the wording comes from its `reminderText`;
// the content check is behind `checkReminderMessage`, so that it comes from the messages
// module alone once its `checkMessage` is published (until then, an interim check that the
// required content `reminderText` reports is there).
import type { Finding } from '../errors/index.js';
import { reminderText } from '../messages/index.js';
import type { ReminderText, ReminderTextInput } from '../messages/index.js';

/** The content check's verdict. */
export interface MessageVerdict {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** The message declares a clear opt-out method (12 CFR 1006.6(e)). */
  readonly hasOptOut: boolean;
}

/** Writes a reminder through `reminderText` of `arrears/messages`. */
export function renderReminderMessage(input: ReminderTextInput): ReminderText {
  return reminderText(input);
}

/**
 * Interim content check (until `checkMessage` of `arrears/messages` lands): a debt
 * collector's message carries the 12 CFR 1006.18(e)(2) disclosure, and every email and text
 * the 1006.6(e) opt-out statement.
 */
export function checkReminderMessage(input: ReminderTextInput, message: ReminderText): MessageVerdict {
  const findings: Finding[] = [];
  const required = message.requiredContent;
  if (input.sender.kind === 'debtCollector' && !required.includes('REGF-DISCLOSE-SUBSEQUENT') && !required.includes('REGF-DISCLOSE-INITIAL')) {
    findings.push({ code: 'REGF-DISCLOSE-SUBSEQUENT', severity: 'violation', message: 'The message does not say it is from a debt collector.', citation: '12 CFR 1006.18(e)(2)', span: null });
  }
  const electronic = input.channel === 'sms' || input.channel === 'email';
  const hasOptOut = required.includes('REGF-OPTOUT-NOTICE');
  if (electronic && !hasOptOut) findings.push({ code: 'REGF-OPTOUT-NOTICE', severity: 'violation', message: 'The message has no opt-out statement.', citation: '12 CFR 1006.6(e)', span: null });
  return { ok: findings.length === 0, findings, hasOptOut };
}
