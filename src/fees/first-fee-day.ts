import type { BusinessCalendar, CalendarSpec } from '../calendar/index.js';
import { addBusinessDays, adjustBusinessDay, calendarFromSpec, fromDayNumber, isBusinessDay, toDayNumber } from '../calendar/index.js';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { FirstLateFeeDateInputSchema } from './schemas.js';
import type { FeeTrigger, FirstLateFeeDateInput, LatenessCounting } from './types.js';

/** Builds the business calendar a trigger names, calendar's JSON spec (internal; input already parsed). */
export function buildFeeCalendar(spec: CalendarSpec): BusinessCalendar {
  return calendarFromSpec(spec);
}

/** Whether the counting words put the first fee day at D + N + 1 (else D + N). */
function countsAfterLastDay(counting: LatenessCounting): boolean {
  return counting === 'within' || counting === 'moreThan' || counting === 'fullDaysAfter';
}

/**
 * The first fee day of a statute's or contract's counting words, as a day number (internal;
 * arguments already parsed). Never earlier than the day after the due date.
 */
export function firstFeeDayNumber(due: number, trigger: FeeTrigger, calendar: BusinessCalendar | undefined): number {
  const n = trigger.graceDays;
  const after = countsAfterLastDay(trigger.counting);
  let first: number;
  if (trigger.dayType === 'business' && calendar !== undefined) {
    const dueDate = fromDayNumber(due);
    first = after ? toDayNumber(addBusinessDays(dueDate, n, calendar)) + 1 : toDayNumber(addBusinessDays(dueDate, n, calendar));
  } else {
    first = after ? due + n + 1 : due + n;
    if (trigger.extendToBusinessDay && calendar !== undefined) {
      const lastGraceDay = fromDayNumber(Math.max(first - 1, due));
      if (!isBusinessDay(lastGraceDay, calendar)) first = toDayNumber(adjustBusinessDay(lastGraceDay, 'following', calendar)) + 1;
    }
  }
  return Math.max(first, due + 1);
}

/**
 * The first day a late fee may fall due for an installment due on `dueDate`, under a trigger:
 * the grace period and the way the statute or contract counts it.
 *
 * - `'within'` ("paid within N days"), `'moreThan'` ("more than N days late"),
 *   `'fullDaysAfter'` ("unpaid N full days after the due date"): D + N + 1.
 * - `'atLeast'` ("at least N days late"), `'periodBeginningOnDueDate'` ("by the end of the
 *   N-day period beginning on the due date"): D + N.
 * - `dayType: 'business'`: N business days on the trigger's calendar (the last on-time day is
 *   the Nth business day after D).
 * - `extendToBusinessDay: true`: a last grace day on a weekend or holiday moves to the next
 *   business day (calendar-day grace only).
 *
 * A payment dated on the first fee day is late; one dated the day before is on time. The
 * result is never before D + 1: a payment on the due date is always on time.
 *
 * @param input - `{ dueDate, trigger: { graceDays, counting?, dayType?, extendToBusinessDay?, calendar? } }`; see {@link FirstLateFeeDateInputSchema}
 * @returns the first fee date, `YYYY-MM-DD`
 * @throws {@link arrears!ValidationError} for a malformed date or trigger (`FEES_INVALID_DAYS` for a grace that is not a whole number of days; `FEES_OPTION_WITHOUT_EFFECT` for a calendar with calendar-day grace)
 *
 * @example
 * ```ts
 * import { firstLateFeeDate } from 'arrears/fees';
 * firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } }); // => '2026-06-07'
 * firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 15, counting: 'periodBeginningOnDueDate' } }); // => '2026-06-16'
 * firstLateFeeDate({ dueDate: '2026-05-06', trigger: { graceDays: 10, extendToBusinessDay: true } }); // => '2026-05-19'
 * firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 1.5 } }); // throws FEES_INVALID_DAYS
 * ```
 */
export function firstLateFeeDate(input: FirstLateFeeDateInput): string {
  const { dueDate, trigger } = parseInput(FirstLateFeeDateInputSchema, input);
  const needsCalendar = trigger.dayType === 'business' || trigger.extendToBusinessDay;
  return fromDayNumber(firstFeeDayNumber(toDayNumber(dueDate), trigger, needsCalendar ? buildFeeCalendar(trigger.calendar ?? 'usFederal') : undefined));
}

/**
 * {@link firstLateFeeDate} without throwing: accepts anything and answers
 * `{ success: true, data }` or `{ success: false, error }` with the typed error.
 *
 * @param input - as for {@link firstLateFeeDate}
 * @returns an {@link arrears!ArrearsResult}
 *
 * @example
 * ```ts
 * import { safeFirstLateFeeDate } from 'arrears/fees';
 * safeFirstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } }); // => { success: true, data: '2026-06-07' }
 * safeFirstLateFeeDate({ dueDate: '2026-06-31', trigger: { graceDays: 5 } }).success; // => false
 * ```
 */
export function safeFirstLateFeeDate(input: unknown): ArrearsResult<string> {
  return attempt(() => firstLateFeeDate(input as FirstLateFeeDateInput));
}
