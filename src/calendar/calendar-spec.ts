import { ValidationError } from '../errors/arrears-error.js';
import { attempt } from '../errors/result.js';
import type { ArrearsResult } from '../errors/result.js';
import { parseInput } from '../internal/parse.js';
import { makeCalendar, resolveCalendar, weekendsOnlyCalendar } from './business-calendar.js';
import { dayOfIso } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { usFederalCalendar } from './holidays.js';
import { CalendarSpecSchema, MAX_CALENDAR_SPEC_DEPTH } from './schemas.js';
import type { BusinessCalendar, CalendarSpec } from './types.js';

/** Refuses a spec nested deeper than the limit before the schema walks it (internal). */
function checkDepth(spec: unknown): void {
  let depth = 0;
  let node = spec;
  while (typeof node === 'object' && node !== null) {
    depth += 1;
    if (depth > MAX_CALENDAR_SPEC_DEPTH) {
      throw new ValidationError([
        { code: CalendarErrorCodes.CALENDAR_INVALID_CALENDAR, path: ['extends'], message: `"extends" nests more than ${MAX_CALENDAR_SPEC_DEPTH} calendars deep.` },
      ]);
    }
    node = (node as { extends?: unknown }).extends;
  }
}

/** Builds a parsed spec (internal; recursive on `extends`, at most 8 deep). */
function build(spec: CalendarSpec, federalDates: 'observed' | 'statutory' | 'both' | undefined): BusinessCalendar {
  if (spec === 'usFederal') return usFederalCalendar(federalDates === undefined ? undefined : { dates: federalDates });
  if (spec === 'weekendsOnly') return weekendsOnlyCalendar;
  const base = spec.extends === undefined ? undefined : resolveCalendar(build(spec.extends, spec.usFederalDates), ['extends']);
  const holidays = new Set((spec.holidays ?? []).map(dayOfIso));
  const weekendDays = spec.weekendDays ?? base?.calendar.weekendDays ?? [6, 7];
  const baseHoliday = base?.isHolidayDay;
  const isHolidayDay = baseHoliday === undefined ? (day: number) => holidays.has(day) : (day: number) => holidays.has(day) || baseHoliday(day);
  const name = spec.name ?? (base === undefined ? `Custom (${holidays.size} holidays)` : `${base.calendar.name} + ${holidays.size} holidays`);
  return makeCalendar(name, weekendDays, isHolidayDay);
}

/**
 * Builds a {@link BusinessCalendar} from its JSON spec (see {@link CalendarSpecSchema}):
 * `'usFederal'` is {@link usFederalCalendar}, `'weekendsOnly'` is {@link weekendsOnlyCalendar},
 * and an object adds its own `holidays` to the calendar it `extends` (the union), with its
 * `weekendDays` (default: those of `extends`, else Saturday and Sunday). With
 * `extends: 'usFederal'`, `usFederalDates` picks the federal dates (`'observed'` by default,
 * `'statutory'` for 5 U.S.C. 6103(a)'s own dates, or `'both'`). The name defaults to one built
 * from what it extends. Holiday lookups are by precomputed sets: constant time.
 *
 * @param spec - `'usFederal'`, `'weekendsOnly'` or `{ name?, holidays?, weekendDays?, extends?, usFederalDates? }`
 * @returns a frozen {@link BusinessCalendar}
 * @throws {@link arrears!ValidationError} for a malformed spec (`CALENDAR_INVALID_CALENDAR`,
 *   bad holiday dates or weekend days, `usFederalDates` without `extends: 'usFederal'`)
 *
 * @example
 * ```ts
 * import { calendarFromSpec, isBusinessDay } from 'arrears/calendar';
 * calendarFromSpec('usFederal').isHoliday('2026-12-25'); // => true
 * const office = calendarFromSpec({ name: 'Office', extends: 'usFederal', holidays: ['2026-12-24'] });
 * [office.isHoliday('2026-12-24'), office.isHoliday('2026-12-25')]; // => [true, true]
 * calendarFromSpec({ extends: 'usFederal', usFederalDates: 'statutory' }).isHoliday('2021-12-31'); // => false
 * isBusinessDay('2026-12-26', calendarFromSpec({ weekendDays: [5, 6] })); // => false
 * calendarFromSpec({ holidays: ['2026-12-24'], usFederalDates: 'both' }); // throws CALENDAR_INVALID_CALENDAR
 * ```
 */
export function calendarFromSpec(spec: CalendarSpec): BusinessCalendar {
  checkDepth(spec);
  return build(parseInput(CalendarSpecSchema, spec), undefined);
}

/**
 * The non-throwing twin of {@link calendarFromSpec}: accepts anything and answers
 * `{ success: true, data }` (the calendar) or `{ success: false, error }`.
 *
 * @param spec - as for {@link calendarFromSpec}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCalendarFromSpec } from 'arrears/calendar';
 * safeCalendarFromSpec('weekendsOnly').success; // => true
 * safeCalendarFromSpec('US').success; // => false
 * ```
 */
export function safeCalendarFromSpec(spec: unknown): ArrearsResult<BusinessCalendar> {
  return attempt(() => calendarFromSpec(spec as CalendarSpec));
}
