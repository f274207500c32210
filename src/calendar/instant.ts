import { IANAZone } from 'luxon';
import { DomainRuleError } from '../errors/arrears-error.js';
import { attempt } from '../errors/result.js';
import type { ArrearsResult } from '../errors/result.js';
import { parseInput } from '../internal/parse.js';
import { checkDayInRange, dayOfIso, formatDay, weekdayOf } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { formatInstant, formatOffset, formatTime, instantMillis, MAX_INSTANT_MS, MIN_INSTANT_MS, timeMillis } from './formats.js';
import { InstantSchema, FromLocalDateTimeInputSchema, TimeZoneSchema } from './schemas.js';
import type { CalendarDate, Instant, IsoWeekday, LocalDateTime, FromLocalDateTimeInput, TimeZone } from './types.js';

const DAY_MS = 86_400_000;

/** Epoch milliseconds of an instant argument (internal). */
function readInstant(input: unknown, path: readonly (string | number)[]): number {
  return instantMillis(parseInput(InstantSchema, input, path)) as number;
}

/**
 * The UTC offset of an IANA zone at an instant, in milliseconds (internal; `timeZone` already
 * checked). Uses luxon's IANAZone, never the host zone.
 */
function offsetMsAt(timeZone: string, ms: number): number {
  const zone = IANAZone.create(timeZone);
  const minutes = zone.isValid ? zone.offset(ms) : Number.NaN;
  if (!Number.isFinite(minutes)) {
    throw new DomainRuleError(CalendarErrorCodes.CALENDAR_UNKNOWN_TIME_ZONE, `The time zone "${timeZone}" has no UTC offset for ${formatInstant(ms)}.`, {
      path: ['timeZone'],
    });
  }
  return Math.round(minutes * 60_000);
}

/**
 * Checks that a value is an ISO 8601 instant with `Z` or an offset, and returns it in the
 * canonical form: UTC, `YYYY-MM-DDTHH:mm:ss.SSSZ` (instants in this form sort as text in time
 * order). Digits below a millisecond are dropped (truncated).
 *
 * @param input - the value to check, typically user input
 * @returns the instant as UTC text with milliseconds
 * @throws {@link arrears!ValidationError} `CALENDAR_INVALID_INSTANT` for a timestamp without
 *   an offset or with impossible fields, `CALENDAR_DATE_OUT_OF_RANGE` outside UTC years
 *   0001-9999, `INPUT_INVALID_TYPE` for a non-string
 *
 * @example
 * ```ts
 * import { parseInstant } from 'arrears/calendar';
 * parseInstant('2026-03-10T08:30:00-04:00'); // => '2026-03-10T12:30:00.000Z'
 * parseInstant('2026-03-10T12:30:00.123456Z'); // => '2026-03-10T12:30:00.123Z'
 * parseInstant('2026-03-10T08:30:00'); // throws CALENDAR_INVALID_INSTANT
 * ```
 */
export function parseInstant(input: unknown): Instant {
  return formatInstant(readInstant(input, []));
}

/**
 * The non-throwing twin of {@link parseInstant}.
 *
 * @param input - the value to check
 * @returns `{ success: true, data: instant }` or `{ success: false, error }` with the
 *   {@link arrears!ValidationError} that {@link parseInstant} would throw
 *
 * @example
 * ```ts
 * import { safeParseInstant } from 'arrears/calendar';
 * safeParseInstant('2026-01-01T00:00:00+01:00'); // => { success: true, data: '2025-12-31T23:00:00.000Z' }
 * safeParseInstant('yesterday').success; // => false
 * ```
 */
export function safeParseInstant(input: unknown): ArrearsResult<Instant> {
  return attempt(() => parseInstant(input));
}

/**
 * Whether a value is an IANA time zone name the runtime knows (checked with luxon, which asks
 * the runtime's `Intl`). Never throws.
 *
 * @param value - anything
 * @returns `true` for names such as `'America/New_York'` or `'UTC'`; `false` for offsets,
 *   `'local'`, unknown names and non-strings
 *
 * @example
 * ```ts
 * import { isValidTimeZone } from 'arrears/calendar';
 * isValidTimeZone('America/Los_Angeles'); // => true
 * isValidTimeZone('America/Springfield'); // => false
 * isValidTimeZone(42); // => false
 * ```
 */
export function isValidTimeZone(value: unknown): value is TimeZone {
  return TimeZoneSchema.safeParse(value).success;
}

/**
 * The local date, time, UTC offset and weekday of an instant in a time zone.
 *
 * @param instant - an ISO 8601 instant with `Z` or an offset
 * @param timeZone - an IANA time zone name
 * @returns `{ date, time, offset, weekday }`
 * @throws {@link arrears!ValidationError} for a bad instant (`CALENDAR_INVALID_INSTANT`) or
 *   zone (`CALENDAR_UNKNOWN_TIME_ZONE`)
 * @throws {@link arrears!DomainRuleError} `CALENDAR_DATE_OUT_OF_RANGE` when the local date falls
 *   outside years 0001-9999
 *
 * @example
 * ```ts
 * import { toLocalDateTime } from 'arrears/calendar';
 * toLocalDateTime('2026-03-10T12:30:00Z', 'America/New_York'); // => { date: '2026-03-10', time: '08:30:00', offset: '-04:00', weekday: 2 }
 * toLocalDateTime('2026-03-10T12:30:00Z', 'America/Los_Angeles').time; // => '05:30:00'
 * toLocalDateTime('2026-03-10T12:30:00Z', 'Mars/Base'); // throws CALENDAR_UNKNOWN_TIME_ZONE
 * ```
 */
export function toLocalDateTime(instant: Instant, timeZone: TimeZone): LocalDateTime {
  const ms = readInstant(instant, ['instant']);
  const zone = parseInput(TimeZoneSchema, timeZone, ['timeZone']);
  const offset = offsetMsAt(zone, ms);
  const local = ms + offset;
  const day = checkDayInRange(Math.floor(local / DAY_MS), ['instant'], `The local date of ${formatInstant(ms)} in ${zone}`);
  return {
    date: formatDay(day),
    time: formatTime(local - day * DAY_MS),
    offset: formatOffset(offset),
    weekday: weekdayOf(day) as IsoWeekday,
  };
}

/**
 * The local calendar date of an instant in a time zone (the `date` of {@link toLocalDateTime}).
 *
 * @param instant - an ISO 8601 instant with `Z` or an offset
 * @param timeZone - an IANA time zone name
 * @returns the local date `YYYY-MM-DD`
 * @throws {@link arrears!ValidationError} for a bad instant or zone
 * @throws {@link arrears!DomainRuleError} `CALENDAR_DATE_OUT_OF_RANGE` outside years 0001-9999
 *
 * @example
 * ```ts
 * import { toLocalDate } from 'arrears/calendar';
 * toLocalDate('2026-01-01T03:00:00Z', 'America/Chicago'); // => '2025-12-31'
 * toLocalDate('2026-01-01T03:00:00Z', 'Europe/Berlin'); // => '2026-01-01'
 * ```
 */
export function toLocalDate(instant: Instant, timeZone: TimeZone): CalendarDate {
  return toLocalDateTime(instant, timeZone).date;
}

/**
 * The instant at which a wall clock in a time zone shows a local date and time. Where a DST
 * change skips the local time (a gap) or shows it twice (an overlap), `disambiguation`
 * decides, as in Temporal:
 *
 * - `'compatible'` (default): a gap gives the later reading (the time moved forward by the
 *   gap: 02:30 on a spring-forward night in New York is 03:30 EDT), an overlap the earlier
 *   instant;
 * - `'earlier'` / `'later'`: the earlier or later of the two instants (for a gap: the time
 *   read with the offset after or before the change, moved back or forward by the gap);
 * - `'reject'`: throws `CALENDAR_NONEXISTENT_LOCAL_TIME` in a gap and
 *   `CALENDAR_AMBIGUOUS_LOCAL_TIME` in an overlap.
 *
 * @param input - `{ date, time, timeZone, disambiguation? }`; a `time` of `24:00` is the end of
 *   `date`, i.e. 00:00 of the next day
 * @returns the instant as UTC text, `YYYY-MM-DDTHH:mm:ss.SSSZ`
 * @throws {@link arrears!ValidationError} for a bad date, time (`CALENDAR_INVALID_TIME`) or zone
 * @throws {@link arrears!DomainRuleError} with `'reject'` in a gap or overlap;
 *   `CALENDAR_DATE_OUT_OF_RANGE` outside UTC years 0001-9999
 *
 * @example
 * ```ts
 * import { fromLocalDateTime } from 'arrears/calendar';
 * fromLocalDateTime({ date: '2026-03-08', time: '08:00', timeZone: 'America/New_York' }); // => '2026-03-08T12:00:00.000Z'
 * fromLocalDateTime({ date: '2026-11-01', time: '08:00', timeZone: 'America/New_York' }); // => '2026-11-01T13:00:00.000Z'
 * fromLocalDateTime({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' }); // => '2026-03-08T07:30:00.000Z'
 * fromLocalDateTime({ date: '2026-11-01', time: '01:30', timeZone: 'America/New_York', disambiguation: 'later' }); // => '2026-11-01T06:30:00.000Z'
 * fromLocalDateTime({ date: '2026-03-09', time: '24:00', timeZone: 'America/New_York' }); // => '2026-03-10T04:00:00.000Z'
 * fromLocalDateTime({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York', disambiguation: 'reject' }); // throws CALENDAR_NONEXISTENT_LOCAL_TIME
 * ```
 */
export function fromLocalDateTime(input: FromLocalDateTimeInput): Instant {
  const parsed = parseInput(FromLocalDateTimeInputSchema, input);
  const wall = dayOfIso(parsed.date) * DAY_MS + (timeMillis(parsed.time) as number);
  const zone = parsed.timeZone;
  const before = offsetMsAt(zone, wall - DAY_MS);
  const after = offsetMsAt(zone, wall + DAY_MS);
  const candidates = [...new Set([before, after])].map((offset) => wall - offset).filter((t) => wall - offsetMsAt(zone, t) === t);
  candidates.sort((a, b) => a - b);
  const mode = parsed.disambiguation ?? 'compatible';
  const where = `${parsed.date} ${parsed.time} in ${zone}`;
  let instant: number;
  if (candidates.length === 1) {
    instant = candidates[0] as number;
  } else if (candidates.length === 0) {
    if (mode === 'reject') {
      throw new DomainRuleError(CalendarErrorCodes.CALENDAR_NONEXISTENT_LOCAL_TIME, `The local time ${where} does not exist: the clocks skip it (a DST gap).`, {
        path: ['time'],
      });
    }
    instant = mode === 'earlier' ? wall - after : wall - before;
  } else {
    if (mode === 'reject') {
      throw new DomainRuleError(CalendarErrorCodes.CALENDAR_AMBIGUOUS_LOCAL_TIME, `The local time ${where} occurs twice (a DST overlap); choose 'earlier' or 'later'.`, {
        path: ['time'],
      });
    }
    instant = mode === 'later' ? (candidates[candidates.length - 1] as number) : (candidates[0] as number);
  }
  if (instant < MIN_INSTANT_MS || instant > MAX_INSTANT_MS) {
    throw new DomainRuleError(CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE, `The local time ${where} falls outside the supported UTC years 0001-9999.`, {
      path: ['date'],
    });
  }
  return formatInstant(instant);
}

/**
 * The non-throwing twin of {@link fromLocalDateTime}: accepts anything and answers
 * `{ success: true, data }` (the UTC instant) or `{ success: false, error }` with the typed
 * error {@link fromLocalDateTime} would throw.
 *
 * @param input - as for {@link fromLocalDateTime}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeFromLocalDateTime } from 'arrears/calendar';
 * safeFromLocalDateTime({ date: '2026-03-08', time: '08:00', timeZone: 'America/New_York' }); // => { success: true, data: '2026-03-08T12:00:00.000Z' }
 * safeFromLocalDateTime({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York', disambiguation: 'reject' }).success; // => false
 * ```
 */
export function safeFromLocalDateTime(input: unknown): ArrearsResult<Instant> {
  return attempt(() => fromLocalDateTime(input as FromLocalDateTimeInput));
}
