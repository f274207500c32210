// The one place reminders meet `arrears/messages`. Everything the planner needs from a
// message is behind these two functions, so that the wording and the content check come
// from the messages module alone.
import type { Finding } from '../errors/index.js';
import type { ReminderKind, ReminderMedium, WayForward } from './types.js';

/** What a reminder's text is about. */
export interface ReminderMessageRequest {
  readonly medium: ReminderMedium;
  readonly language: 'en' | 'es';
  readonly kind: ReminderKind;
  readonly installmentNumber: number;
  readonly installmentCount: number;
  readonly dueDate: string;
  readonly amountDue: string;
  readonly currency: string;
  readonly waysForward: readonly WayForward[];
  readonly sender: { readonly role: 'debtCollector' | 'creditor'; readonly businessName: string; readonly phone: string };
}

/** The text and (email) subject of a reminder. */
export interface RenderedMessage {
  readonly text: string;
  readonly subject: string | null;
}

/** The content check's verdict. */
export interface MessageVerdict {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** The message declares a clear opt-out method (12 CFR 1006.6(e)). */
  readonly hasOptOut: boolean;
}

export { checkReminderMessage, renderReminderMessage } from './message-fallback.js';
