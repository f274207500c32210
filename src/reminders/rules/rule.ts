import { dayNumberFromCivil } from '../../calendar/civil-date.js';
import type { Finding } from '../../errors/index.js';
import type { ReminderChannel, ReminderMedium } from '../types.js';

/** What a channel rule knows besides the channel: the day it would send, the sender and the policy. */
export interface ChannelRuleContext {
  /** The local send day (days since 1970-01-01). */
  readonly sendDay: number;
  /** Whether the policy requires a safe-harbor basis (default true). */
  readonly requireSafeHarbor: boolean;
  /** Who sends. */
  readonly senderKind: 'debtCollector' | 'creditor';
}

/**
 * One entry of the reminder rule catalogue ({@link REMINDER_RULES}), as data: the id that
 * findings carry as `code`, the citation (absent for a reason of the planner itself), what it
 * checks, its scope (jurisdiction, the senders it binds, the media it applies to) and the days
 * it is in force (`effective`, both days included, `end` absent while in force; absent for the
 * planner's own reasons, which are not law).
 */
export interface ReminderRule {
  /** The rule id (`TCPA-ATDS-CELL`) or module code (`REMINDERS_HOLD`) findings carry. */
  readonly id: string;
  /** The source; absent for a reason of the planner itself. */
  readonly citation?: string;
  /** What it checks, in one sentence. */
  readonly description: string;
  /** Where it applies: an ISO 3166-2 code (`US`: federal). */
  readonly jurisdiction: string;
  /** The senders it binds: Regulation F binds debt collectors only; the TCPA and the planner's own reasons bind creditors too. */
  readonly binds: readonly ('debtCollector' | 'creditor')[];
  /** The media it applies to (all three when it is not about a channel). */
  readonly media: readonly ReminderMedium[];
  /** The days it is in force, both included; absent for the planner's own reasons. */
  readonly effective?: {
    /** The first day in force (a calendar date). */
    readonly start: string;
    /** The last day in force, included; absent while the rule is in force. */
    readonly end?: string;
  };
}

/** Every medium: a rule not about a channel. */
export const ALL_MEDIA: readonly ReminderMedium[] = ['sms', 'email', 'letter'];

/**
 * One rule of the channel-eligibility catalogue: its catalogue entry and its check.
 */
export interface ChannelRule extends ReminderRule {
  /** The source: every channel rule has one. */
  readonly citation: string;
  /**
   * The findings for this channel: `violation` keeps the channel out, `warning` lets it be
   * used with the warning attached. Empty when the rule is satisfied.
   */
  check(channel: ReminderChannel, context: ChannelRuleContext): readonly Finding[];
}

/**
 * Day number of a `YYYY-MM-DD` text (UTC calendar arithmetic, no host zone), or of the date
 * part of an instant's text. Dates here were validated by their schema: a four-digit year is
 * read from its digits by arrears/calendar, anything else by `Date.parse`.
 */
export function dayOfText(date: string): number {
  const c = date.charCodeAt(4);
  if (c === 45 && date.charCodeAt(7) === 45) {
    const year = Number(date.slice(0, 4));
    const month = (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48;
    const day = (date.charCodeAt(8) - 48) * 10 + date.charCodeAt(9) - 48;
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return dayNumberFromCivil(year, month, day);
  }
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** A finding of a rule, with the channel in its details. */
export function ruleFinding(rule: ChannelRule, severity: 'violation' | 'warning', channel: ReminderChannel, message: string): Finding {
  return { code: rule.id, severity, message, citation: rule.citation, details: { channelId: channel.id } };
}
