import * as z from 'zod/mini';
import { isKnownZoneName } from './zone-name.js';
import { arrearsIssue } from '../internal/parse.js';
import { CalendarErrorCodes } from './codes.js';
import { dateProblem, instantMillis, timeMillis } from './formats.js';
import { MAX_DAY, MIN_DAY, dayInMonthIndex, dayOfIso, monthIndex } from './civil.js';
import type { BusinessCalendar, CalendarSpec } from './types.js';

/**
 * A calendar date written `YYYY-MM-DD`, a real date in years 0001-9999 of the proleptic
 * Gregorian calendar. `2025-02-30` fails with `CALENDAR_INVALID_DATE`, `0000-01-01` with
 * `CALENDAR_DATE_OUT_OF_RANGE`, a non-string with `INPUT_INVALID_TYPE`.
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from 'arrears/calendar';
 * CalendarDateSchema.safeParse('2024-02-29').success; // => true
 * CalendarDateSchema.safeParse('2025-02-30').success; // => false
 * ```
 */
export const CalendarDateSchema = z.string().check(z.superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: arrearsIssue(problem.code), input: value });
}));

/**
 * A day number: whole days since 1970-01-01 (negative before it), within 0001-01-01
 * (-719162) .. 9999-12-31 (2932896); beyond them `CALENDAR_DATE_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { DayNumberSchema } from 'arrears/calendar';
 * DayNumberSchema.safeParse(0).success; // => true
 * DayNumberSchema.safeParse(2932897).success; // => false
 * ```
 *
 * @internal
 */
export const DayNumberSchema = z.int().check(z.superRefine((value, ctx) => {
  if (value < MIN_DAY || value > MAX_DAY) {
    ctx.addIssue({
      code: 'custom',
      message: `day number ${value} is outside the supported range ${MIN_DAY} (0001-01-01) to ${MAX_DAY} (9999-12-31).`,
      params: arrearsIssue(CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE),
      input: value,
    });
  }
}));

/**
 * A signed whole number of days, months, years or business days to add: a safe integer
 * (a result outside years 0001-9999 fails later with `CALENDAR_DATE_OUT_OF_RANGE`).
 *
 * @example
 * ```ts
 * import { StepCountSchema } from 'arrears/calendar';
 * StepCountSchema.safeParse(-3).success; // => true
 * StepCountSchema.safeParse(1.5).success; // => false
 * ```
 *
 * @internal
 */
export const StepCountSchema = z.int();

/**
 * An ISO weekday number: 1 = Monday ... 7 = Sunday (ISO 8601).
 *
 * @example
 * ```ts
 * import { IsoWeekdaySchema } from 'arrears/calendar';
 * IsoWeekdaySchema.safeParse(7).success; // => true
 * IsoWeekdaySchema.safeParse(0).success; // => false
 * ```
 */
export const IsoWeekdaySchema = z.int().check(z.gte(1), z.lte(7));

/**
 * A year: a whole number 1-9999.
 *
 * @example
 * ```ts
 * import { CalendarYearSchema } from 'arrears/calendar';
 * CalendarYearSchema.safeParse(2026).success; // => true
 * CalendarYearSchema.safeParse(10000).success; // => false
 * ```
 *
 * @internal
 */
export const CalendarYearSchema = z.int().check(z.gte(1), z.lte(9999));

/**
 * A day of the month a monthly series is anchored on: 1-31, or `'last'` for the last day of
 * every month. A day past a month's end is clamped to that month's last day.
 *
 * @example
 * ```ts
 * import { AnchorDaySchema } from 'arrears/calendar';
 * AnchorDaySchema.safeParse('last').success; // => true
 * AnchorDaySchema.safeParse(32).success; // => false
 * ```
 */
export const AnchorDaySchema = z.union([z.int().check(z.gte(1), z.lte(31)), z.literal('last')]);

/**
 * Options of {@link addMonths} and {@link addYears}.
 *
 * @example
 * ```ts
 * import { AddMonthsOptionsSchema } from 'arrears/calendar';
 * AddMonthsOptionsSchema.safeParse({ anchorDay: 31 }).success; // => true
 * AddMonthsOptionsSchema.safeParse({ anchor: 31 }).success; // => false
 * ```
 *
 * @internal
 */
export const AddMonthsOptionsSchema = z.strictObject({
  /** The day of the month to keep (1-31 or `'last'`); default: the day of the start date. */
  anchorDay: z.optional(AnchorDaySchema),
});

/**
 * How often a {@link recurrence} repeats: every 7, 14 or 28 days, twice a month, every
 * month, every three months, every six months or every year. The library's one list of
 * frequencies (STYLE.md "Vocabulary").
 *
 * @example
 * ```ts
 * import { FrequencySchema } from 'arrears/calendar';
 * FrequencySchema.options; // => ['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually']
 * ```
 */
export const FrequencySchema = z.enum(['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually']);

/**
 * The two days of the month of a semi-monthly series, earlier first: the first 1-27, the
 * second after it, 2-31 or `'last'` (so the two never coincide, even in February).
 *
 * @example
 * ```ts
 * import { SemiMonthlyDaysSchema } from 'arrears/calendar';
 * SemiMonthlyDaysSchema.safeParse([15, 'last']).success; // => true
 * SemiMonthlyDaysSchema.safeParse([15, 1]).success; // => false
 * ```
 */
export const SemiMonthlyDaysSchema = z
  .tuple([z.int().check(z.gte(1), z.lte(27)), z.union([z.int().check(z.gte(2), z.lte(31)), z.literal('last')])]).check(z.superRefine(([first, second], ctx) => {
    if (second !== 'last' && second <= first) {
      ctx.addIssue({
        code: 'custom',
        message: `the second day (${second}) must come after the first (${first}).`,
        params: arrearsIssue(CalendarErrorCodes.CALENDAR_INVALID_RECURRENCE),
        input: [first, second],
      });
    }
  }));

/**
 * The most occurrences one {@link recurrence} may produce (`count` up to it; an `end` that
 * would give more fails with `CALENDAR_RECURRENCE_TOO_LONG`).
 *
 * @internal
 */
export const MAX_OCCURRENCES = 10_000;

/** Which anchor days (as a day number) occurrence 0 of a month-based series may have. */
function anchorDayOf(date: string, anchorDay: number | 'last'): number {
  const mi = monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return dayInMonthIndex(mi, anchorDay === 'last' ? 31 : anchorDay);
}

/**
 * The input of {@link recurrence}: a `frequency`, a `start` (the first occurrence and the
 * anchor every occurrence is computed from), and exactly one of `count` (1-10,000
 * occurrences) or `end` (the last allowed date, included, not before `start`: the series covers
 * the date range `{ start, end }`, both days included, as every date range of the library).
 *
 * `semiMonthlyDays` (semi-monthly only) names the two days of the month; `start` must be on one
 * of them. `anchorDay` (monthly, quarterly, semiAnnually, annually only) keeps a day such as 31
 * or `'last'` across short months; `start` must be on it (after clamping to its month). A
 * mismatch fails with `CALENDAR_ANCHOR_DAY_MISMATCH`; other inconsistencies with
 * `CALENDAR_INVALID_RECURRENCE`.
 *
 * @example
 * ```ts
 * import { RecurrenceInputSchema } from 'arrears/calendar';
 * RecurrenceInputSchema.safeParse({ frequency: 'monthly', start: '2026-01-31', count: 3 }).success; // => true
 * RecurrenceInputSchema.safeParse({ frequency: 'monthly', start: '2026-01-31', end: '2026-12-31' }).success; // => true
 * RecurrenceInputSchema.safeParse({ frequency: 'monthly', start: '2026-01-31' }).success; // => false
 * ```
 */
export const RecurrenceInputSchema = z
  .strictObject({
    /** How often the series repeats. */
    frequency: FrequencySchema,
    /** The first occurrence, and the anchor every occurrence is computed from. */
    start: CalendarDateSchema,
    /** How many occurrences (1-10,000); give this or `end`. */
    count: z.optional(z.int().check(z.gte(1), z.lte(MAX_OCCURRENCES))),
    /** The last date an occurrence may fall on (included); give this or `count`. */
    end: z.optional(CalendarDateSchema),
    /** Semi-monthly only: the two days of the month, such as `[1, 15]` or `[15, 'last']`. */
    semiMonthlyDays: z.optional(SemiMonthlyDaysSchema),
    /** Monthly, quarterly, semiAnnually, annually only: the day of the month to keep (default: the start's day). */
    anchorDay: z.optional(AnchorDaySchema),
  }).check(z.superRefine((value, ctx) => {
    const fail = (message: string, path: string[], code: string = CalendarErrorCodes.CALENDAR_INVALID_RECURRENCE): void => {
      ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(code), input: value });
    };
    if ((value.count === undefined) === (value.end === undefined)) {
      fail('a recurrence needs exactly one of "count" (how many occurrences) or "end" (the last allowed date, included).', []);
    }
    if (value.end !== undefined && value.end < value.start) {
      fail(`must not be before "start" (${value.start}), but got ${value.end}.`, ['end']);
    }
    if (value.semiMonthlyDays !== undefined) {
      if (value.frequency !== 'semiMonthly') {
        fail(`applies only to the semiMonthly frequency, not ${value.frequency}.`, ['semiMonthlyDays']);
      } else {
        const start = dayOfIso(value.start);
        const [first, second] = value.semiMonthlyDays;
        if (anchorDayOf(value.start, first) !== start && anchorDayOf(value.start, second) !== start) {
          fail(`${value.start} is on neither of the days ${first} and ${second} given in "semiMonthlyDays".`, ['start'], CalendarErrorCodes.CALENDAR_ANCHOR_DAY_MISMATCH);
        }
      }
    }
    if (value.anchorDay !== undefined) {
      if (value.frequency !== 'monthly' && value.frequency !== 'quarterly' && value.frequency !== 'semiAnnually' && value.frequency !== 'annually') {
        fail(`applies only to the monthly, quarterly, semiAnnually and annually frequencies, not ${value.frequency}.`, ['anchorDay']);
      } else if (anchorDayOf(value.start, value.anchorDay) !== dayOfIso(value.start)) {
        fail(`${value.start} is not on the anchor day ${value.anchorDay} of its month.`, ['start'], CalendarErrorCodes.CALENDAR_ANCHOR_DAY_MISMATCH);
      }
    }
  }));

/**
 * A day-count convention (see {@link dayCount}), named in camelCase: `'thirty360'` (30/360 US
 * with the February end-of-month rules; was `'30/360'`), `'thirtyE360'` (30E/360, Eurobond
 * basis; was `'30E/360'`), `'actual360'` (actual/360), `'actual365'` (actual/365 fixed) and
 * `'actualActual'` (actual/actual ISDA).
 *
 * @example
 * ```ts
 * import { DayCountConventionSchema } from 'arrears/calendar';
 * DayCountConventionSchema.safeParse('actual365').success; // => true
 * DayCountConventionSchema.safeParse('actual/365').success; // => false
 * ```
 */
export const DayCountConventionSchema = z.enum(['thirty360', 'thirtyE360', 'actual360', 'actual365', 'actualActual']);

/**
 * How to move a date that is not a business day (see {@link adjustBusinessDay}).
 *
 * @example
 * ```ts
 * import { BusinessDayConventionSchema } from 'arrears/calendar';
 * BusinessDayConventionSchema.safeParse('modifiedFollowing').success; // => true
 * BusinessDayConventionSchema.safeParse('next').success; // => false
 * ```
 */
export const BusinessDayConventionSchema = z.enum(['unadjusted', 'following', 'preceding', 'modifiedFollowing', 'modifiedPreceding']);

/**
 * The weekend of a calendar: distinct ISO weekdays (1 = Monday ... 7 = Sunday), at most six,
 * so that every week has a business day. May be empty.
 *
 * @example
 * ```ts
 * import { WeekendDaysSchema } from 'arrears/calendar';
 * WeekendDaysSchema.safeParse([6, 7]).success; // => true
 * WeekendDaysSchema.safeParse([1, 2, 3, 4, 5, 6, 7]).success; // => false
 * ```
 */
export const WeekendDaysSchema = z.array(IsoWeekdaySchema).check(z.superRefine((days, ctx) => {
  if (new Set(days).size !== days.length || days.length > 6) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected distinct ISO weekdays (1 = Monday ... 7 = Sunday), at most six, so that every week has a business day.',
      params: arrearsIssue(CalendarErrorCodes.CALENDAR_INVALID_CALENDAR),
      input: days,
    });
  }
}));

const CalendarNameSchema = z.string().check(z.minLength(1), z.maxLength(200));

const BusinessCalendarShape = z.object({
  name: CalendarNameSchema,
  weekendDays: WeekendDaysSchema,
  isHoliday: z.custom<(date: string) => boolean>((v) => typeof v === 'function', {
    message: 'expected a function (date: string) => boolean.',
    params: arrearsIssue(CalendarErrorCodes.CALENDAR_INVALID_CALENDAR),
  }),
});

/**
 * A {@link BusinessCalendar}: an object with a non-empty `name`, `weekendDays` (see
 * {@link WeekendDaysSchema}) and an `isHoliday(date)` function. Parsing returns the very
 * same object (not a copy), so calendars that are class instances keep their methods.
 *
 * @example
 * ```ts
 * import { BusinessCalendarSchema, weekendsOnlyCalendar } from 'arrears/calendar';
 * BusinessCalendarSchema.parse(weekendsOnlyCalendar) === weekendsOnlyCalendar; // => true
 * BusinessCalendarSchema.safeParse({ name: 'x', weekendDays: [6, 7] }).success; // => false
 * ```
 */
export const BusinessCalendarSchema = z.custom<BusinessCalendar>().check(z.superRefine((value, ctx) => {
  const result = BusinessCalendarShape.safeParse(value, { reportInput: true });
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
}));

/**
 * The input of {@link createCalendar}: a custom calendar's `name`, its `holidays`
 * (calendar dates, at most 100,000), optional `weekendDays` (default: those of `extends`, else
 * Saturday and Sunday) and an optional base calendar to `extends` (the holidays are the union).
 *
 * @example
 * ```ts
 * import { CreateCalendarInputSchema } from 'arrears/calendar';
 * CreateCalendarInputSchema.safeParse({ name: 'Office', holidays: ['2026-12-24'] }).success; // => true
 * CreateCalendarInputSchema.safeParse({ name: 'Office', holidays: ['2026-12-32'] }).success; // => false
 * ```
 */
export const CreateCalendarInputSchema = z.strictObject({
  /** A name for messages and logs. */
  name: CalendarNameSchema,
  /** The holiday dates (at most 100,000). */
  holidays: z.array(CalendarDateSchema).check(z.maxLength(100_000)),
  /** The weekend days (ISO 1-7); default: those of `extends`, else `[6, 7]`. */
  weekendDays: z.optional(WeekendDaysSchema),
  /** A calendar whose holidays are added to these. */
  extends: z.optional(BusinessCalendarSchema),
});

/**
 * Which dates a US federal calendar treats as holidays: `'observed'` (the in-lieu days federal
 * offices close, the default), `'statutory'` (the 5 U.S.C. 6103(a) dates themselves) or
 * `'both'`.
 *
 * @example
 * ```ts
 * import { HolidayDatesSchema } from 'arrears/calendar';
 * HolidayDatesSchema.safeParse('both').success; // => true
 * ```
 */
export const HolidayDatesSchema = z.enum(['observed', 'statutory', 'both']);

/**
 * Options of {@link usFederalCalendar}.
 *
 * @example
 * ```ts
 * import { UsFederalCalendarOptionsSchema } from 'arrears/calendar';
 * UsFederalCalendarOptionsSchema.safeParse({ dates: 'statutory' }).success; // => true
 * UsFederalCalendarOptionsSchema.safeParse({ dates: '6103a' }).success; // => false
 * ```
 */
export const UsFederalCalendarOptionsSchema = z.strictObject({
  /** Which dates count as holidays; default `'observed'`. */
  dates: z.optional(HolidayDatesSchema),
});

/** How deep `extends` may nest in a {@link CalendarSpecSchema} object. @internal */
export const MAX_CALENDAR_SPEC_DEPTH = 8;

/** The depth of `extends` objects in a spec value (stops counting past the limit). */
function specDepth(value: unknown): number {
  let depth = 0;
  let node = value;
  while (typeof node === 'object' && node !== null && depth <= MAX_CALENDAR_SPEC_DEPTH) {
    depth += 1;
    node = (node as { extends?: unknown }).extends;
  }
  return depth;
}

/**
 * A business calendar written as JSON, for every input that names a calendar: `'usFederal'`
 * (the US federal holidays, observed dates), `'weekendsOnly'` (Saturday and Sunday, no
 * holidays), or an object `{ name?, holidays?, weekendDays?, extends?, usFederalDates? }`:
 * its own `holidays` (calendar dates, at most 100,000), on top of the calendar it `extends`
 * (another spec; the holidays are the union), with `weekendDays` (default: those of
 * `extends`, else Saturday and Sunday). `usFederalDates` (`'observed'`, `'statutory'` or
 * `'both'`, as {@link usFederalCalendar}'s `dates`) picks the federal dates and applies only
 * with `extends: 'usFederal'` (elsewhere it is refused: an option with no effect). `extends`
 * nests at most 8 deep. Build the calendar with {@link calendarFromSpec}. Errors carry
 * `CALENDAR_INVALID_CALENDAR` (or the date and weekday codes).
 *
 * @example
 * ```ts
 * import { CalendarSpecSchema } from 'arrears/calendar';
 * CalendarSpecSchema.safeParse('usFederal').success; // => true
 * CalendarSpecSchema.safeParse({ extends: 'usFederal', usFederalDates: 'statutory', holidays: ['2026-12-24'] }).success; // => true
 * CalendarSpecSchema.safeParse({ holidays: ['2026-12-24'], usFederalDates: 'both' }).success; // => false
 * CalendarSpecSchema.safeParse('US').success; // => false
 * ```
 */
export const CalendarSpecSchema: z.ZodMiniType<CalendarSpec, CalendarSpec> = z.union([
  z.literal('usFederal'),
  z.literal('weekendsOnly'),
  z
    .strictObject({
      /** A name for messages and logs; default: built from what the calendar extends. */
      name: z.optional(CalendarNameSchema),
      /** The calendar's own holiday dates (at most 100,000). */
      holidays: z.optional(z.array(CalendarDateSchema).check(z.maxLength(100_000))),
      /** The weekend days (ISO 1-7); default: those of `extends`, else `[6, 7]`. */
      weekendDays: z.optional(WeekendDaysSchema),
      /** The calendar whose holidays are added to these. */
      extends: z.optional(z.lazy((): z.ZodMiniType<CalendarSpec, CalendarSpec> => CalendarSpecSchema)),
      /** With `extends: 'usFederal'` only: which federal dates count; default `'observed'`. */
      usFederalDates: z.optional(HolidayDatesSchema),
    })
    .check(z.superRefine((value, ctx) => {
      if (value.usFederalDates !== undefined && value.extends !== 'usFederal') {
        ctx.addIssue({
          code: 'custom',
          path: ['usFederalDates'],
          message: `applies only with "extends": "usFederal" (it picks the federal dates), but this calendar extends ${value.extends === undefined ? 'nothing' : JSON.stringify(typeof value.extends === 'string' ? value.extends : 'a custom calendar')}.`,
          params: arrearsIssue(CalendarErrorCodes.CALENDAR_INVALID_CALENDAR),
          input: value.usFederalDates,
        });
      }
      if (specDepth(value) > MAX_CALENDAR_SPEC_DEPTH) {
        ctx.addIssue({
          code: 'custom',
          path: ['extends'],
          message: `"extends" nests more than ${MAX_CALENDAR_SPEC_DEPTH} calendars deep.`,
          params: arrearsIssue(CalendarErrorCodes.CALENDAR_INVALID_CALENDAR),
          input: value.extends,
        });
      }
    })),
]) as z.ZodMiniType<CalendarSpec, CalendarSpec>;

const ZONE_NAME_RE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * An IANA time zone name the runtime knows (`America/New_York`, `UTC`), checked with luxon.
 * Fixed offsets (`+05:00`), `'local'` and `'system'` fail with `CALENDAR_UNKNOWN_TIME_ZONE`.
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'arrears/calendar';
 * TimeZoneSchema.safeParse('America/New_York').success; // => true
 * TimeZoneSchema.safeParse('Mars/Olympus_Mons').success; // => false
 * ```
 */
export const TimeZoneSchema = z.string().check(z.superRefine((value, ctx) => {
  if (value.length > 64 || !ZONE_NAME_RE.test(value) || !isKnownZoneName(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected an IANA time zone name such as "America/New_York", but got ${value === '' ? 'an empty string' : JSON.stringify(value.slice(0, 64))}.`,
      params: arrearsIssue(CalendarErrorCodes.CALENDAR_UNKNOWN_TIME_ZONE),
      input: value,
    });
  }
}));

/**
 * An instant: an ISO 8601 timestamp with seconds and `Z` or a `+HH:MM`/`-HH:MM` offset
 * (`2026-03-10T12:30:00Z`, `2026-03-10T08:30:00.250-04:00`), in UTC years 0001-9999. A
 * timestamp without an offset fails with `CALENDAR_INVALID_INSTANT`. Digits below a
 * millisecond are accepted and dropped.
 *
 * @example
 * ```ts
 * import { InstantSchema } from 'arrears/calendar';
 * InstantSchema.safeParse('2026-03-10T08:30:00-04:00').success; // => true
 * InstantSchema.safeParse('2026-03-10T08:30:00').success; // => false
 * ```
 */
export const InstantSchema = z.string().check(z.superRefine((value, ctx) => {
  const parsed = instantMillis(value);
  if (typeof parsed !== 'number') ctx.addIssue({ code: 'custom', message: parsed.message, params: arrearsIssue(parsed.code), input: value });
}));

/**
 * A wall-clock time: `HH:mm`, `HH:mm:ss` or `HH:mm:ss.SSS` (one to three fraction digits),
 * hours 00-23, or `24:00` (ISO 8601's end of the day, so that a window can end at midnight:
 * `{ start: '21:00', end: '24:00' }`; {@link fromLocalDateTime} reads it as 00:00 of the next
 * day). Fails with `CALENDAR_INVALID_TIME`.
 *
 * @example
 * ```ts
 * import { LocalTimeSchema } from 'arrears/calendar';
 * LocalTimeSchema.safeParse('08:00').success; // => true
 * LocalTimeSchema.safeParse('24:00').success; // => true
 * LocalTimeSchema.safeParse('24:01').success; // => false
 * LocalTimeSchema.safeParse('25:00').success; // => false
 * ```
 */
export const LocalTimeSchema = z.string().check(z.superRefine((value, ctx) => {
  const parsed = timeMillis(value);
  if (typeof parsed !== 'number') ctx.addIssue({ code: 'custom', message: parsed.message, params: arrearsIssue(parsed.code), input: value });
}));

/**
 * How {@link fromLocalDateTime} resolves a local time that a DST change skips (gap) or
 * repeats (overlap), after Temporal: `'compatible'` (gap: the later reading, i.e. shifted
 * forward by the gap; overlap: the earlier instant), `'earlier'`, `'later'`, `'reject'`.
 *
 * @example
 * ```ts
 * import { DisambiguationSchema } from 'arrears/calendar';
 * DisambiguationSchema.options; // => ['compatible', 'earlier', 'later', 'reject']
 * ```
 */
export const DisambiguationSchema = z.enum(['compatible', 'earlier', 'later', 'reject']);

/**
 * The input of {@link fromLocalDateTime}: a local `date`, a wall-clock `time`, the IANA
 * `timeZone` they are read in and an optional `disambiguation` (default `'compatible'`).
 *
 * @example
 * ```ts
 * import { FromLocalDateTimeInputSchema } from 'arrears/calendar';
 * FromLocalDateTimeInputSchema.safeParse({ date: '2026-03-08', time: '08:00', timeZone: 'America/New_York' }).success; // => true
 * FromLocalDateTimeInputSchema.safeParse({ date: '2026-03-08', time: '08:00' }).success; // => false
 * ```
 */
export const FromLocalDateTimeInputSchema = z.strictObject({
  /** The local calendar date. */
  date: CalendarDateSchema,
  /** The local wall-clock time. */
  time: LocalTimeSchema,
  /** The IANA time zone the date and time are read in. */
  timeZone: TimeZoneSchema,
  /** How to resolve a DST gap or overlap; default `'compatible'`. */
  disambiguation: z.optional(DisambiguationSchema),
});
