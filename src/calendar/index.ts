/**
 * Calendar dates, month arithmetic, recurrences, US federal holidays, business days, day-count
 * conventions and time zones for arrears.
 *
 * - Calendar dates are `YYYY-MM-DD` strings (years 0001-9999, proleptic Gregorian); inside,
 *   they are integer day numbers (days since 1970-01-01), exported through
 *   {@link toDayNumber} and {@link fromDayNumber} for fast loops.
 * - Instants are ISO 8601 strings with `Z` or an offset; every instant returned is UTC
 *   `YYYY-MM-DDTHH:mm:ss.SSSZ`. Time zones are IANA names, resolved with luxon; nothing
 *   depends on the host's zone or clock.
 * - Every function checks its input and throws only arrears errors
 *   ({@link arrears!ValidationError}, {@link arrears!DomainRuleError},
 *   {@link arrears!UnsupportedOptionError}) with the codes in {@link CalendarErrorCodes}.
 *
 * @module arrears/calendar
 */
export * from '../errors/index.js';
export { CalendarErrorCodes } from './codes.js';
export type { CalendarErrorCode } from './codes.js';
export {
  AnchorDaySchema,
  BusinessCalendarSchema,
  BusinessDayConventionSchema,
  CalendarDateSchema,
  CalendarSpecSchema,
  CreateCalendarInputSchema,
  DayCountConventionSchema,
  DisambiguationSchema,
  FrequencySchema,
  FromLocalDateTimeInputSchema,
  HolidayDatesSchema,
  InstantSchema,
  IsoWeekdaySchema,
  LocalTimeSchema,
  RecurrenceInputSchema,
  SemiMonthlyDaysSchema,
  TimeZoneSchema,
  UsFederalCalendarOptionsSchema,
  WeekendDaysSchema,
} from './schemas.js';
export type {
  AddMonthsOptionsInput,
  AnchorDay,
  BusinessCalendar,
  BusinessDayConvention,
  CalendarDate,
  CalendarSpec,
  CreateCalendarInput,
  DayCountConvention,
  Disambiguation,
  Frequency,
  HolidayDates,
  Instant,
  IsoWeekday,
  FromLocalDateTimeInput,
  LocalDateTime,
  RecurrenceInput,
  SemiMonthlyDays,
  TimeZone,
  UsFederalCalendarOptionsInput,
  UsFederalHoliday,
  UsFederalHolidayId,
  YearFraction,
} from './types.js';
export { compareDates, dayOfWeek, daysInMonth, fromDayNumber, isLeapYear, parseDate, safeParseDate, toDayNumber } from './date.js';
export { addDays, daysBetween } from './day-arithmetic.js';
export { addMonths, addYears, endOfMonth, isEndOfMonth } from './month-arithmetic.js';
export { recurrence, safeRecurrence, semiMonthlyDaysFor } from './recurrence.js';
export { createCalendar, safeCreateCalendar, weekendsOnlyCalendar } from './business-calendar.js';
export { calendarFromSpec, safeCalendarFromSpec } from './calendar-spec.js';
export { usFederalCalendar, usFederalHolidays } from './holidays.js';
export { addBusinessDays, adjustBusinessDay, businessDaysBetween, isBusinessDay } from './business-day.js';
export { dayCount, yearFraction } from './day-count.js';
export { fromLocalDateTime, isValidTimeZone, parseInstant, safeFromLocalDateTime, safeParseInstant, toLocalDate, toLocalDateTime } from './instant.js';
