import { CHANNEL_RULES } from './rules/index.js';

/** One entry of the reminder rule catalogue ({@link REMINDER_RULES}). */
export interface ReminderRule {
  /** The rule id or module code that `skipped` and `warnings` carry. */
  readonly id: string;
  /** The source. */
  readonly citation: string | null;
  /** The media it applies to (all three when it is not about a channel). */
  readonly media: readonly ('sms' | 'email' | 'letter')[];
  /** `debtCollector` when only debt collectors are bound (Regulation F), else `all`. */
  readonly binds: 'debtCollector' | 'all';
  /** What it checks, in one sentence. */
  readonly checks: string;
}

const ALL = ['sms', 'email', 'letter'] as const;

/**
 * Every reason the planner itself gives for keeping a reminder off a channel or a day, as
 * data (the contact rules of `arrears/compliance` are in its `CONTACT_RULES` and
 * `BUILT_IN_JURISDICTIONS`; `checkContact` reports them with their own ids).
 *
 * @example
 * ```ts
 * import { REMINDER_RULES } from 'arrears/reminders';
 * REMINDER_RULES.find((r) => r.id === 'TCPA-ATDS-CELL')?.citation; // => '47 U.S.C. 227(b)(1)(A)(iii)'
 * ```
 */
export const REMINDER_RULES: readonly ReminderRule[] = Object.freeze([
  ...CHANNEL_RULES.map((r) => Object.freeze({ id: r.id, citation: r.citation, media: r.media, binds: r.binds, checks: r.checks })),
  { id: 'REGF-MEDIUM', citation: '12 CFR 1006.14(h)(1)', media: ['sms'], binds: 'debtCollector', checks: 'A revoked text consent is also a request not to use that medium.' },
  { id: 'REGF-DISPUTE', citation: '12 CFR 1006.38(d)(2)', media: ALL, binds: 'debtCollector', checks: 'An escalation hold of kind dispute freezes reminders (compliance checks the debt itself too).' },
  { id: 'BANKRUPTCY-STAY', citation: '11 U.S.C. 362(a)(6)', media: ALL, binds: 'all', checks: 'A bankruptcy hold freezes reminders.' },
  { id: 'REGF-CEASE', citation: '12 CFR 1006.6(c)', media: ALL, binds: 'debtCollector', checks: 'A cease-communication hold freezes reminders.' },
  { id: 'REGF-ATTORNEY', citation: '12 CFR 1006.6(b)(2)', media: ALL, binds: 'debtCollector', checks: 'An attorney hold freezes reminders to the consumer.' },
  { id: 'REGF-DECEASED', citation: '12 CFR 1006.6(a)(4)', media: ALL, binds: 'debtCollector', checks: 'A deceased hold freezes reminders.' },
  { id: 'REMINDERS_HOLD', citation: null, media: ALL, binds: 'all', checks: 'Any other hold that freezes contact (or does not say) freezes reminders.' },
  { id: 'REMINDERS_PLAN_CLOSED', citation: null, media: ALL, binds: 'all', checks: 'A closed plan gets no reminder.' },
  { id: 'REMINDERS_INSTALLMENT_PAID', citation: null, media: ALL, binds: 'all', checks: 'A paid installment gets no reminder and no follow-up.' },
  { id: 'REMINDERS_WEEKEND', citation: null, media: ALL, binds: 'all', checks: 'policy.weekend=skip drops a reminder whose target day is a Saturday or Sunday.' },
  { id: 'REMINDERS_HOLIDAY', citation: '5 U.S.C. 6103(a)', media: ALL, binds: 'all', checks: 'policy.holidays=skip drops a reminder whose target day is a US federal holiday.' },
  { id: 'REMINDERS_SAME_DAY', citation: null, media: ALL, binds: 'all', checks: 'Two reminders of one installment never go on the same day: the later offset wins.' },
  { id: 'REMINDERS_NO_COMMON_WINDOW', citation: '12 CFR 1006.6(b)(1)(i)', media: ALL, binds: 'all', checks: 'The send window must meet in every zone of the consumer, after the run, within the allowed delay.' },
  { id: 'REMINDERS_NO_CHANNEL', citation: null, media: ALL, binds: 'all', checks: 'The consumer has a channel of a medium the policy lists.' },
] as ReminderRule[]);
