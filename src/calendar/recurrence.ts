import { DomainRuleError } from '../errors/arrears-error.js';
import { attempt } from '../errors/result.js';
import type { ArrearsResult } from '../errors/result.js';
import { parseInput } from '../internal/parse.js';
import { checkDayInRange, civilFromDays, dayInMonthIndex, dayOfIso, formatDay, monthIndex, monthLength } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { readDay } from './date.js';
import { MAX_OCCURRENCES, RecurrenceInputSchema } from './schemas.js';
import type { AnchorDay, CalendarDate, RecurrenceInput, SemiMonthlyDays } from './types.js';

const DAY_STEPS = { weekly: 7, biweekly: 14, fourWeekly: 28 } as const;
const MONTH_STEPS = { monthly: 1, quarterly: 3, semiAnnually: 6, annually: 12 } as const;

function anchorValue(anchor: AnchorDay): number {
  return anchor === 'last' ? 31 : anchor;
}

/**
 * The default days of a semi-monthly series starting on `start` (internal): the start's day
 * `d` and `d + 14` when `d` is 1-15 (with 29 written as `'last'`); `[15, 'last']` when the
 * start is the last day of its month; else `[d - 14, d]`.
 */
export function defaultSemiMonthlyDays(start: number): SemiMonthlyDays {
  const c = civilFromDays(start);
  if (c.day <= 15) return [c.day, c.day === 15 ? 'last' : c.day + 14];
  if (c.day === monthLength(c.year, c.month)) return [15, 'last'];
  return [c.day - 14, c.day];
}

/**
 * The two days of the month a semi-monthly series from `start` falls on when no
 * `semiMonthlyDays` are given, by the rule {@link recurrence} uses: for the start's day `d`, `[d, d + 14]` when `d` is
 * 1-14 (the 1st gives `[1, 15]`), `[15, 'last']` for the 15th or the last day of a month, else
 * `[d - 14, d]`. Other modules that infer semi-monthly days (plan schedules, APR payment
 * series) use this rule so that the same start means the same dates everywhere.
 *
 * @param start - the first date of the series
 * @returns the two days, the second possibly `'last'`
 * @throws {@link arrears!ValidationError} when `start` is not a real calendar date
 *
 * @example
 * ```ts
 * import { semiMonthlyDaysFor } from 'arrears/calendar';
 * semiMonthlyDaysFor('2026-01-01'); // => [1, 15]
 * semiMonthlyDaysFor('2026-01-15'); // => [15, 'last']
 * semiMonthlyDaysFor('2026-02-28'); // => [15, 'last']
 * semiMonthlyDaysFor('2026-01-20'); // => [6, 20]
 * semiMonthlyDaysFor('2026-02-30'); // throws CALENDAR_INVALID_DATE
 * ```
 */
export function semiMonthlyDaysFor(start: CalendarDate): SemiMonthlyDays {
  return defaultSemiMonthlyDays(readDay(start, ['start']));
}

/** A function from occurrence index k to its day number, unchecked for range (internal). */
function occurrenceAt(frequency: RecurrenceInput['frequency'], start: number, days: SemiMonthlyDays | undefined, anchorDay: AnchorDay | undefined): (k: number) => number {
  const c = civilFromDays(start);
  const mi0 = monthIndex(c.year, c.month);
  switch (frequency) {
    case 'weekly':
    case 'biweekly':
    case 'fourWeekly': {
      const step = DAY_STEPS[frequency];
      return (k) => start + step * k;
    }
    case 'semiMonthly': {
      const [first, second] = days ?? defaultSemiMonthlyDays(start);
      const slot0 = dayInMonthIndex(mi0, first) === start ? 0 : 1;
      const secondDay = anchorValue(second);
      return (k) => {
        const i = slot0 + k;
        return dayInMonthIndex(mi0 + Math.floor(i / 2), i % 2 === 0 ? first : secondDay);
      };
    }
    default: {
      const step = MONTH_STEPS[frequency];
      const anchor = anchorValue(anchorDay ?? c.day);
      return (k) => dayInMonthIndex(mi0 + step * k, anchor);
    }
  }
}

/**
 * The dates of a recurring series: weekly, every 14 days (`biweekly`), every 28 days
 * (`fourWeekly`), twice a month (`semiMonthly`), monthly, quarterly, every six months
 * (`semiAnnually`) or annually, from `start`, for `count` occurrences or up to and including
 * `end` (the range `{ start, end }`, both days included).
 *
 * Every occurrence is computed from `start` (the anchor), never from the previous one, so a
 * monthly series from `2025-01-31` runs `2025-02-28`, `2025-03-31`, `2025-04-30`: the day is
 * kept and clamped to shorter months (a semi-annual series from `2025-08-31` runs `2026-02-28`,
 * `2026-08-31`). `anchorDay` (monthly, quarterly, semiAnnually, annually) sets the day to keep,
 * e.g. `'last'` for the last day of every month; `start` must be on it.
 *
 * Semi-monthly series use `semiMonthlyDays`, two days of the month such as `[1, 15]` or
 * `[15, 'last']` (a day past a month's end is clamped; `start` must be on one of them). Without
 * them, they
 * are inferred from the day `d` of `start`: `[d, d + 14]` for `d` 1-14 (so the 1st gives
 * `[1, 15]`), `[15, 'last']` for the 15th or the last day of a month, else `[d - 14, d]`.
 *
 * @param input - `{ frequency, start, count?, end?, semiMonthlyDays?, anchorDay? }`, exactly
 *   one of `count` (1-10,000) and `end` (included, not before `start`)
 * @returns the occurrences in order, `start` first
 * @throws {@link arrears!ValidationError} for a malformed series (`CALENDAR_INVALID_RECURRENCE`,
 *   `CALENDAR_ANCHOR_DAY_MISMATCH`, bad dates, `count` out of range)
 * @throws {@link arrears!DomainRuleError} `CALENDAR_RECURRENCE_TOO_LONG` when `end` would give
 *   more than 10,000 occurrences; `CALENDAR_DATE_OUT_OF_RANGE` when `count` runs past 9999-12-31
 *
 * @example
 * ```ts
 * import { recurrence } from 'arrears/calendar';
 * recurrence({ frequency: 'monthly', start: '2024-01-31', count: 4 }); // => ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']
 * recurrence({ frequency: 'biweekly', start: '2026-01-02', end: '2026-01-30' }); // => ['2026-01-02', '2026-01-16', '2026-01-30']
 * recurrence({ frequency: 'semiMonthly', start: '2026-02-15', count: 4 }); // => ['2026-02-15', '2026-02-28', '2026-03-15', '2026-03-31']
 * recurrence({ frequency: 'semiMonthly', start: '2026-01-15', semiMonthlyDays: [1, 15], count: 3 }); // => ['2026-01-15', '2026-02-01', '2026-02-15']
 * recurrence({ frequency: 'monthly', start: '2026-04-30', anchorDay: 'last', count: 2 }); // => ['2026-04-30', '2026-05-31']
 * recurrence({ frequency: 'semiAnnually', start: '2025-08-31', count: 3 }); // => ['2025-08-31', '2026-02-28', '2026-08-31']
 * recurrence({ frequency: 'weekly', start: '2026-01-01' }); // throws CALENDAR_INVALID_RECURRENCE
 * ```
 */
export function recurrence(input: RecurrenceInput): CalendarDate[] {
  const r = parseInput(RecurrenceInputSchema, input);
  const start = dayOfIso(r.start);
  const until = r.end === undefined ? undefined : dayOfIso(r.end);
  const at = occurrenceAt(r.frequency, start, r.semiMonthlyDays, r.anchorDay);
  const out: CalendarDate[] = [];
  const limit = r.count ?? MAX_OCCURRENCES + 1;
  for (let k = 0; k < limit; k++) {
    const day = at(k);
    if (until !== undefined && day > until) return out;
    out.push(formatDay(checkDayInRange(day, ['count'], `Occurrence ${k + 1} of the series (${formatDay(day)})`)));
  }
  if (until !== undefined) {
    throw new DomainRuleError(
      CalendarErrorCodes.CALENDAR_RECURRENCE_TOO_LONG,
      `The ${r.frequency} series from ${r.start} to ${r.end ?? ''} has more than ${MAX_OCCURRENCES} occurrences; shorten it or use "count".`,
      { path: ['end'], details: { max: MAX_OCCURRENCES } },
    );
  }
  return out;
}

/**
 * The non-throwing twin of {@link recurrence}: accepts anything and answers
 * `{ success: true, data }` or `{ success: false, error }` with the typed error
 * {@link recurrence} would throw.
 *
 * @param input - as for {@link recurrence}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeRecurrence } from 'arrears/calendar';
 * safeRecurrence({ frequency: 'monthly', start: '2024-01-31', count: 2 }); // => { success: true, data: ['2024-01-31', '2024-02-29'] }
 * safeRecurrence({ frequency: 'weekly', start: '2026-01-01' }).success; // => false
 * ```
 */
export function safeRecurrence(input: unknown): ArrearsResult<CalendarDate[]> {
  return attempt(() => recurrence(input as RecurrenceInput));
}
