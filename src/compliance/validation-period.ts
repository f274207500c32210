import { addBusinessDays, addDays, toLocalDate, usFederalCalendar } from '../calendar/index.js';
import type { BusinessCalendar } from '../calendar/index.js';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { ValidationPeriodInputSchema } from './schemas.js';
import type { NoticeMethod, ValidationPeriodInput, ValidationPeriodResult } from './types.js';

/** The two holiday readings, built once (calendars cache their holiday sets per year). */
const calendars: Record<'statutory' | 'both', BusinessCalendar> = {
  statutory: usFederalCalendar({ dates: 'statutory' }),
  both: usFederalCalendar({ dates: 'both' }),
};

/** The validation period from an already valid date (internal). */
export function computeValidationPeriod(providedOn: string, method: NoticeMethod, holidayDates: 'statutory' | 'both'): ValidationPeriodResult {
  // 12 CFR 1006.34(b)(5): receipt may be assumed on any date at least five days after the
  // information is provided, not counting legal public holidays (5 U.S.C. 6103(a)), Saturdays
  // and Sundays; the period ends 30 days after that date and is not moved off a weekend.
  const assumedReceiptOn = addBusinessDays(providedOn, 5, calendars[holidayDates]);
  return { providedOn, method, assumedReceiptOn, endsOn: addDays(assumedReceiptOn, 30), holidayDates };
}

/**
 * The end of the validation period under 12 CFR 1006.34(b)(5): the period starts when the
 * validation information is provided and ends 30 days after the consumer receives it or is
 * assumed to receive it; receipt may be assumed five days after it is provided, not counting
 * Saturdays, Sundays and the legal public holidays of 5 U.S.C. 6103(a).
 *
 * - `holidayDates: 'statutory'` (default) skips the holiday dates the statute names;
 *   `'both'` also skips the in-lieu days (a Saturday holiday observed on Friday, a Sunday
 *   one on Monday), which gives an equal or later date: also lawful, and kinder to the
 *   consumer.
 * - The last day is not moved when it falls on a weekend or holiday.
 * - The assumption applies whatever the `method`; the method is recorded in the result.
 * - Give the date (`noticeDate`), or the instant (`noticeSentAt`) with the `timeZone` whose
 *   local date counts.
 *
 * @param input - `{ noticeDate, method, holidayDates? }` or `{ noticeSentAt, timeZone, method, holidayDates? }`
 * @returns `{ providedOn, method, assumedReceiptOn, endsOn, holidayDates }`
 * @throws {@link arrears!ValidationError} for a bad date, instant, zone or method
 * @throws {@link arrears!UnsupportedOptionError} `CALENDAR_UNSUPPORTED_HOLIDAY_YEAR` before 1971
 *
 * @example
 * ```ts
 * import { validationPeriod } from 'arrears/compliance';
 * validationPeriod({ noticeDate: '2026-11-02', method: 'mail' }).endsOn; // => '2026-12-09'
 * validationPeriod({ noticeDate: '2026-11-02', method: 'mail' }).assumedReceiptOn; // => '2026-11-09'
 * validationPeriod({ noticeDate: '2026-07-02', method: 'mail' }).assumedReceiptOn; // => '2026-07-09'
 * validationPeriod({ noticeDate: '2026-07-02', method: 'mail', holidayDates: 'both' }).assumedReceiptOn; // => '2026-07-10'
 * validationPeriod({ noticeSentAt: '2026-11-02T23:30:00Z', method: 'electronic', timeZone: 'America/Los_Angeles' }).providedOn; // => '2026-11-02'
 * validationPeriod({ noticeSentAt: '2026-11-02T23:30:00Z', method: 'mail' }); // throws INPUT_MISSING
 * validationPeriod({ noticeDate: '2026-11-02', method: 'fax' }); // throws INPUT_INVALID_VALUE
 * ```
 */
export function validationPeriod(input: ValidationPeriodInput): ValidationPeriodResult {
  const parsed = parseInput(ValidationPeriodInputSchema, input);
  const providedOn = parsed.noticeDate ?? toLocalDate(parsed.noticeSentAt as string, parsed.timeZone as string);
  return computeValidationPeriod(providedOn, parsed.method, parsed.holidayDates ?? 'statutory');
}

/**
 * The non-throwing twin of {@link validationPeriod}.
 *
 * @param input - as for {@link validationPeriod}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeValidationPeriod } from 'arrears/compliance';
 * safeValidationPeriod({ noticeDate: '2026-11-02', method: 'mail' }).success; // => true
 * safeValidationPeriod({ noticeDate: 'soon', method: 'mail' }).success; // => false
 * ```
 */
export function safeValidationPeriod(input: unknown): ArrearsResult<ValidationPeriodResult> {
  return attempt(() => validationPeriod(input as ValidationPeriodInput));
}
