/**
 * The error codes of `arrears/reminders`. Codes are public API: renaming one is a breaking
 * change. Generic schema failures use the {@link arrears!CoreErrorCodes}; bad dates, instants
 * and zones use the calendar codes (`CALENDAR_UNKNOWN_TIME_ZONE`, ...).
 *
 * A reminder the law or the facts forbid is not an error: {@link planReminders} returns it in
 * `skipped`, with the rule and its citation. These codes are for input that is malformed or
 * contradicts itself.
 *
 * @example
 * ```ts
 * import { RemindersErrorCodes } from 'arrears/reminders';
 * RemindersErrorCodes.REMINDERS_CURRENCY_MISMATCH; // => 'REMINDERS_CURRENCY_MISMATCH'
 * ```
 */
export const RemindersErrorCodes = {
  /** The plan's currency is not the account's. */
  REMINDERS_CURRENCY_MISMATCH: 'REMINDERS_CURRENCY_MISMATCH',
  /** A reminder offset is outside -60..60 days, or the offsets are not strictly increasing. */
  REMINDERS_INVALID_OFFSETS: 'REMINDERS_INVALID_OFFSETS',
  /** A send window is malformed, closes before it opens, or reaches outside 08:00-21:00. */
  REMINDERS_INVALID_WINDOW: 'REMINDERS_INVALID_WINDOW',
  /** A consent, revocation or other fact is dated after the run (`at`, `asOf`). */
  REMINDERS_FACT_AFTER_AS_OF: 'REMINDERS_FACT_AFTER_AS_OF',
  /** `at` does not fall on or next to `asOf` (the run's instant and date disagree). */
  REMINDERS_RUN_MISMATCH: 'REMINDERS_RUN_MISMATCH',
  /** A channel's address does not fit its medium (a text to something that is not a phone number). */
  REMINDERS_INVALID_ADDRESS: 'REMINDERS_INVALID_ADDRESS',
  /** A field is given where it can have no effect (consent on a letter channel). */
  REMINDERS_OPTION_WITHOUT_EFFECT: 'REMINDERS_OPTION_WITHOUT_EFFECT',
  /** Two channels, installments or batch accounts share an id or number. */
  REMINDERS_DUPLICATE_ID: 'REMINDERS_DUPLICATE_ID',
  /** An installment's amount or paid amount is negative or has more decimals than its currency. */
  REMINDERS_INVALID_AMOUNT: 'REMINDERS_INVALID_AMOUNT',
  /** The plan names a debt that is not in `debts`. */
  REMINDERS_UNKNOWN_DEBT: 'REMINDERS_UNKNOWN_DEBT',
} as const;

/**
 * One of the {@link RemindersErrorCodes}.
 */
export type RemindersErrorCode = (typeof RemindersErrorCodes)[keyof typeof RemindersErrorCodes];
