import { ValidationError } from '../errors/arrears-error.js';
import { attempt } from '../errors/result.js';
import type { ArrearsResult } from '../errors/result.js';
import { parseInput } from '../internal/parse.js';
import { dayOfIso, formatDay } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { readDay } from './date.js';
import { BusinessCalendarSchema, CreateCalendarInputSchema } from './schemas.js';
import type { BusinessCalendar, CreateCalendarInput } from './types.js';

/**
 * The fast path of the library's own calendars: holiday lookup by day number, skipping the
 * string round trip, keyed by the calendar object itself. Identity, not a mark: a mark (a
 * symbol property) is copied by a spread, so `{ ...usFederalCalendar(), isHoliday }` would keep
 * the fast lookup, skip validation and ignore its own `isHoliday`. A copy is not in the map:
 * it is validated as any user calendar and its own `isHoliday` is asked. Calendars from another
 * copy of the package take the public `isHoliday` too.
 */
const OWN_CALENDARS = new WeakMap<object, (day: number) => boolean>();

/** A checked calendar with day-number lookups (internal). */
export interface ResolvedCalendar {
  readonly calendar: BusinessCalendar;
  /** Whether a day number is a weekend day or a holiday. */
  readonly isNonBusinessDay: (day: number) => boolean;
  /** Whether a day number is a holiday. */
  readonly isHolidayDay: (day: number) => boolean;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === 'object' || typeof value === 'function' ? `a${typeof value === 'object' ? 'n' : ''} ${typeof value}` : `the ${typeof value} ${String(value)}`;
}

/** Holiday lookup by day number for any calendar (internal; `calendar` already checked). */
function holidayLookup(calendar: BusinessCalendar): (day: number) => boolean {
  const fast = OWN_CALENDARS.get(calendar);
  if (fast !== undefined) return fast;
  return (day) => {
    const date = formatDay(day);
    const result: unknown = calendar.isHoliday(date);
    if (typeof result !== 'boolean') {
      throw new ValidationError([
        {
          code: CalendarErrorCodes.CALENDAR_INVALID_CALENDAR,
          path: ['calendar', 'isHoliday'],
          message: `"calendar.isHoliday" must return a boolean, but returned ${describe(result)} for ${date}.`,
        },
      ]);
    }
    return result;
  };
}

/** Parses a calendar argument and prepares its day-number lookups (internal). */
export function resolveCalendar(input: unknown, path: readonly (string | number)[] = ['calendar']): ResolvedCalendar {
  // The library's own calendars are frozen and were checked when built: skip the schema (hot loops).
  const own = typeof input === 'object' && input !== null && OWN_CALENDARS.has(input) ? (input as BusinessCalendar) : undefined;
  const calendar = own ?? parseInput(BusinessCalendarSchema, input, path);
  const weekend = [false, false, false, false, false, false, false, false];
  for (const d of calendar.weekendDays) weekend[d] = true;
  const isHolidayDay = holidayLookup(calendar);
  return {
    calendar,
    isHolidayDay,
    isNonBusinessDay: (day) => weekend[((((day + 3) % 7) + 7) % 7) + 1] === true || isHolidayDay(day),
  };
}

/** Builds one of the library's calendars around a day-number holiday lookup (internal). */
export function makeCalendar(name: string, weekendDays: readonly number[], isHolidayDay: (day: number) => boolean): BusinessCalendar {
  const calendar: BusinessCalendar = Object.freeze({
    name,
    weekendDays: Object.freeze([...weekendDays]),
    isHoliday: (date: string) => isHolidayDay(readDay(date, ['date'])),
  });
  OWN_CALENDARS.set(calendar, isHolidayDay);
  return calendar;
}

/**
 * A calendar whose only non-business days are Saturday and Sunday: no holidays.
 *
 * @example
 * ```ts
 * import { weekendsOnlyCalendar, isBusinessDay } from 'arrears/calendar';
 * weekendsOnlyCalendar.isHoliday('2026-12-25'); // => false
 * isBusinessDay('2026-12-25', weekendsOnlyCalendar); // => true
 * isBusinessDay('2026-12-26', weekendsOnlyCalendar); // => false
 * ```
 */
export const weekendsOnlyCalendar: BusinessCalendar = makeCalendar('Weekends only', [6, 7], () => false);

/**
 * Creates a business calendar from a list of holidays, optionally on top of another calendar
 * (`extends`; the holidays are the union of both, so a firm's extra closing days can be added
 * to {@link usFederalCalendar}). Weekend days default to those of `extends`, else Saturday and
 * Sunday. Holiday lookups are by a precomputed set: constant time.
 *
 * @param definition - `{ name, holidays, weekendDays?, extends? }`
 * @returns a frozen {@link BusinessCalendar}; its `isHoliday` throws a
 *   {@link arrears!ValidationError} for a malformed date
 * @throws {@link arrears!ValidationError} for a malformed definition (bad holiday dates,
 *   weekend days, or an `extends` that is not a calendar)
 *
 * @example
 * ```ts
 * import { createCalendar, usFederalCalendar, isBusinessDay } from 'arrears/calendar';
 * const office = createCalendar({ name: 'Office', holidays: ['2026-12-24'], extends: usFederalCalendar() });
 * office.isHoliday('2026-12-24'); // => true
 * office.isHoliday('2026-12-25'); // => true
 * isBusinessDay('2026-12-23', office); // => true
 * createCalendar({ name: 'Bad', holidays: ['2026-02-30'] }); // throws CALENDAR_INVALID_DATE
 * ```
 */
export function createCalendar(definition: CreateCalendarInput): BusinessCalendar {
  const def = parseInput(CreateCalendarInputSchema, definition);
  const holidays = new Set(def.holidays.map(dayOfIso));
  const base = def.extends === undefined ? undefined : resolveCalendar(def.extends, ['extends']);
  const weekendDays = def.weekendDays ?? base?.calendar.weekendDays ?? [6, 7];
  const baseHoliday = base?.isHolidayDay;
  const isHolidayDay = baseHoliday === undefined ? (day: number) => holidays.has(day) : (day: number) => holidays.has(day) || baseHoliday(day);
  return makeCalendar(def.name, weekendDays, isHolidayDay);
}

/**
 * The non-throwing twin of {@link createCalendar}: accepts anything and answers
 * `{ success: true, data }` (the calendar) or `{ success: false, error }` with the typed error
 * {@link createCalendar} would throw.
 *
 * @param definition - as for {@link createCalendar}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeCreateCalendar } from 'arrears/calendar';
 * const made = safeCreateCalendar({ name: 'Office', holidays: ['2026-12-24'] });
 * made.success && made.data.isHoliday('2026-12-24'); // => true
 * safeCreateCalendar({ name: 'Bad', holidays: ['2026-02-30'] }).success; // => false
 * ```
 */
export function safeCreateCalendar(definition: unknown): ArrearsResult<BusinessCalendar> {
  return attempt(() => createCalendar(definition as CreateCalendarInput));
}
