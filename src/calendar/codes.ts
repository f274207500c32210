/**
 * The error codes of `arrears/calendar`. Codes are public API: renaming one is a breaking
 * change. Generic schema failures (wrong type, missing field, number out of range) use the
 * {@link arrears!CoreErrorCodes} instead.
 *
 * @example
 * ```ts
 * import { CalendarErrorCodes, parseDate } from 'arrears/calendar';
 * CalendarErrorCodes.CALENDAR_INVALID_DATE; // => 'CALENDAR_INVALID_DATE'
 * parseDate('2025-02-30'); // throws CALENDAR_INVALID_DATE
 * ```
 */
export const CalendarErrorCodes = {
  /** A calendar date is not a real `YYYY-MM-DD` date (`2025-02-30`, `2025-2-3`, `""`). */
  CALENDAR_INVALID_DATE: 'CALENDAR_INVALID_DATE',
  /** A date (given, or the result of arithmetic) lies outside years 0001-9999. */
  CALENDAR_DATE_OUT_OF_RANGE: 'CALENDAR_DATE_OUT_OF_RANGE',
  /** An instant is not an ISO 8601 timestamp with `Z` or a numeric offset. */
  CALENDAR_INVALID_INSTANT: 'CALENDAR_INVALID_INSTANT',
  /** A time zone is not an IANA time zone name known to the runtime (`America/New_York`). */
  CALENDAR_UNKNOWN_TIME_ZONE: 'CALENDAR_UNKNOWN_TIME_ZONE',
  /** A wall-clock time is not `HH:mm`, `HH:mm:ss` or `HH:mm:ss.SSS` with hours 00-23. */
  CALENDAR_INVALID_TIME: 'CALENDAR_INVALID_TIME',
  /** A local date and time falls in a DST gap and `disambiguation: 'reject'` was asked for. */
  CALENDAR_NONEXISTENT_LOCAL_TIME: 'CALENDAR_NONEXISTENT_LOCAL_TIME',
  /** A local date and time occurs twice (DST overlap) and `disambiguation: 'reject'` was asked for. */
  CALENDAR_AMBIGUOUS_LOCAL_TIME: 'CALENDAR_AMBIGUOUS_LOCAL_TIME',
  /** A recurrence is malformed: neither or both of `count` and `end`, `end` before `start`, bad `semiMonthlyDays`. */
  CALENDAR_INVALID_RECURRENCE: 'CALENDAR_INVALID_RECURRENCE',
  /** A recurrence would produce more occurrences than the limit (10,000). */
  CALENDAR_RECURRENCE_TOO_LONG: 'CALENDAR_RECURRENCE_TOO_LONG',
  /** A start date is not on the anchor day it was given with (`2025-03-10` with `anchorDay: 31`). */
  CALENDAR_ANCHOR_DAY_MISMATCH: 'CALENDAR_ANCHOR_DAY_MISMATCH',
  /** A business-day search found no business day within 3,660 consecutive days. */
  CALENDAR_NO_BUSINESS_DAY: 'CALENDAR_NO_BUSINESS_DAY',
  /** A business calendar does not have the required shape, or its `isHoliday` returned a non-boolean. */
  CALENDAR_INVALID_CALENDAR: 'CALENDAR_INVALID_CALENDAR',
  /** Holiday rules were asked for a year before 1971, when the Monday-holiday rules took effect. */
  CALENDAR_UNSUPPORTED_HOLIDAY_YEAR: 'CALENDAR_UNSUPPORTED_HOLIDAY_YEAR',
} as const;

/**
 * One of the {@link CalendarErrorCodes}.
 */
export type CalendarErrorCode = (typeof CalendarErrorCodes)[keyof typeof CalendarErrorCodes];
