import type * as z from 'zod/mini';
import type {
  AddMonthsOptionsSchema,
  AnchorDaySchema,
  BusinessDayConventionSchema,
  CreateCalendarInputSchema,
  DayCountConventionSchema,
  DisambiguationSchema,
  FrequencySchema,
  FromLocalDateTimeInputSchema,
  HolidayDatesSchema,
  RecurrenceInputSchema,
  SemiMonthlyDaysSchema,
  UsFederalCalendarOptionsSchema,
} from './schemas.js';

/** A calendar date written `YYYY-MM-DD` (years 0001-9999), such as `'2026-01-31'`. */
export type CalendarDate = string;

/**
 * An instant written as ISO 8601 text. Inputs may carry any offset; every instant this module
 * returns is UTC, `YYYY-MM-DDTHH:mm:ss.SSSZ`, so instants compare correctly as strings.
 */
export type Instant = string;

/** An IANA time zone name, such as `'America/New_York'`. */
export type TimeZone = string;

/** An ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A day of the month to keep across months: 1-31 (clamped to short months) or `'last'`. */
export type AnchorDay = z.output<typeof AnchorDaySchema>;

/** What {@link addMonths} and {@link addYears} accept as options. */
export type AddMonthsOptionsInput = z.input<typeof AddMonthsOptionsSchema>;

/** How often a recurrence repeats. */
export type Frequency = z.output<typeof FrequencySchema>;

/** The two days of the month of a semi-monthly series, such as `[1, 15]` or `[15, 'last']`. */
export type SemiMonthlyDays = z.output<typeof SemiMonthlyDaysSchema>;

/** What {@link recurrence} accepts. */
export type RecurrenceInput = z.input<typeof RecurrenceInputSchema>;

/** A day-count convention name. */
export type DayCountConvention = z.output<typeof DayCountConventionSchema>;

/** A business-day convention name. */
export type BusinessDayConvention = z.output<typeof BusinessDayConventionSchema>;

/** Which dates a US federal calendar treats as holidays. */
export type HolidayDates = z.output<typeof HolidayDatesSchema>;

/** What {@link usFederalCalendar} accepts as options. */
export type UsFederalCalendarOptionsInput = z.input<typeof UsFederalCalendarOptionsSchema>;

/** What {@link createCalendar} accepts. */
export type CreateCalendarInput = z.input<typeof CreateCalendarInputSchema>;

/**
 * A business calendar written as JSON (see {@link CalendarSpecSchema}): `'usFederal'`,
 * `'weekendsOnly'`, or an object of holidays on top of another spec.
 */
export type CalendarSpec =
  | 'usFederal'
  | 'weekendsOnly'
  | {
      /** A name for messages and logs. */
      readonly name?: string | undefined;
      /** The calendar's own holiday dates. */
      readonly holidays?: readonly CalendarDate[] | undefined;
      /** The weekend days (ISO 1-7). */
      readonly weekendDays?: readonly number[] | undefined;
      /** The calendar whose holidays are added to these. */
      readonly extends?: CalendarSpec | undefined;
      /** With `extends: 'usFederal'` only: which federal dates count. */
      readonly usFederalDates?: HolidayDates | undefined;
    };

/** How a local time in a DST gap or overlap is resolved. */
export type Disambiguation = z.output<typeof DisambiguationSchema>;

/** What {@link fromLocalDateTime} accepts. */
export type FromLocalDateTimeInput = z.input<typeof FromLocalDateTimeInputSchema>;

/**
 * A business calendar: which weekdays are weekend days and which dates are holidays. The
 * library's calendars ({@link usFederalCalendar}, {@link createCalendar},
 * {@link weekendsOnlyCalendar}) implement it; bring your own by passing any object of this shape.
 */
export interface BusinessCalendar {
  /** A name for messages and logs, such as `'US federal (observed)'`. */
  readonly name: string;
  /** The ISO weekdays (1 = Monday ... 7 = Sunday) that are never business days, such as `[6, 7]`. */
  readonly weekendDays: readonly number[];
  /**
   * Whether a date is a holiday (weekend days need not be listed). Must be pure and return a
   * boolean; it is called with valid `YYYY-MM-DD` dates only, possibly many times.
   *
   * @param date - a calendar date `YYYY-MM-DD`
   * @returns `true` when the date is a holiday of this calendar
   */
  isHoliday(date: CalendarDate): boolean;
}

/** A ratio of two exact integers, as {@link yearFraction} returns it. */
export interface YearFraction {
  /** The numerator: signed, a whole number. */
  readonly numerator: number;
  /** The denominator: positive, a whole number fixed by the convention (360, 365 or 133,590). */
  readonly denominator: number;
}

/** The stable identifiers of the US federal legal public holidays. */
export type UsFederalHolidayId =
  | 'newYearsDay'
  | 'martinLutherKingJrBirthday'
  | 'washingtonsBirthday'
  | 'memorialDay'
  | 'juneteenth'
  | 'independenceDay'
  | 'laborDay'
  | 'columbusDay'
  | 'veteransDay'
  | 'thanksgivingDay'
  | 'christmasDay';

/** One US federal legal public holiday of one year, as {@link usFederalHolidays} returns it. */
export interface UsFederalHoliday {
  /** A stable identifier, such as `'juneteenth'`. */
  readonly id: UsFederalHolidayId;
  /** The name as 5 U.S.C. 6103(a) writes it, such as `'Juneteenth National Independence Day'`. */
  readonly name: string;
  /** The statutory date (5 U.S.C. 6103(a)). */
  readonly date: CalendarDate;
  /**
   * The observed (in-lieu) date: the Friday before a Saturday holiday, the Monday after a
   * Sunday one, else the date itself. May fall in the previous year (New Year's Day).
   */
  readonly observed: CalendarDate;
}

/** A local reading of an instant in a time zone, as {@link toLocalDateTime} returns it. */
export interface LocalDateTime {
  /** The local calendar date `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** The local wall-clock time `HH:mm:ss`, with `.SSS` appended when the milliseconds are not zero. */
  readonly time: string;
  /** The zone's UTC offset at that instant, `+HH:MM` or `-HH:MM` (`+HH:MM:SS` for historical local mean time). */
  readonly offset: string;
  /** The local ISO weekday: 1 = Monday ... 7 = Sunday. */
  readonly weekday: IsoWeekday;
}
