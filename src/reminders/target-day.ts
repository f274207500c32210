import type { Finding } from '../errors/index.js';
import { dateOf, isFederalHoliday, isWeekendDay } from './days.js';
import type { DayShift } from './types.js';

/** Where a reminder's target day lands after the policy's weekend and holiday rules. */
export interface ShiftedDay {
  /** The day to send, or `null` when a `skip` rule drops the reminder. */
  readonly day: number | null;
  /** The trail of moves (info findings). */
  readonly trail: readonly Finding[];
  /** The rule that dropped it, when `day` is `null`. */
  readonly dropped: Finding | null;
}

/**
 * Applies the weekend and holiday rules to a target day: a Saturday, Sunday or US federal
 * holiday (5 U.S.C. 6103(a)) moves to the business day before (`shiftEarlier`) or after
 * (`shiftLater`), stays (`keep`), or drops the reminder (`skip`). Moves repeat until the day
 * is neither, always in the direction of the first move (a holiday Friday moved later lands on
 * Monday, even when weekends alone move earlier). Pure day arithmetic.
 */
export function shiftTargetDay(target: number, weekend: DayShift, holidays: DayShift): ShiftedDay {
  let day = target;
  let first: { what: 'weekend' | 'holidays'; rule: DayShift; label: string } | null = null;
  for (let guard = 0; guard < 14; guard++) {
    const isWeekend = isWeekendDay(day);
    const isHoliday = isWeekend && weekend !== 'keep' ? false : holidays !== 'keep' && isFederalHoliday(day);
    const what = isWeekend && weekend !== 'keep' ? 'weekend' : isHoliday ? 'holidays' : null;
    if (what === null) break;
    const rule = what === 'weekend' ? weekend : holidays;
    const label = what === 'weekend' ? 'a weekend day' : 'a US federal holiday (5 U.S.C. 6103(a))';
    first ??= { what, rule, label };
    if (rule === 'skip') {
      const code = what === 'weekend' ? 'REMINDERS_WEEKEND' : 'REMINDERS_HOLIDAY';
      const dropped: Finding = { code, severity: 'info', message: `${dateOf(day)} is ${label} and the policy skips reminders on such days (policy.${what}=skip).`, details: { date: dateOf(day) } };
      return { day: null, trail: [], dropped };
    }
    // Moves continue in the direction of the first one (a holiday Friday moved later skips
    // the weekend too, even when weekends alone move earlier).
    day = first.rule === 'shiftEarlier' ? day - 1 : day + 1;
  }
  if (first === null) return { day, trail: [], dropped: null };
  const code = first.what === 'weekend' ? 'REMINDERS_WEEKEND' : 'REMINDERS_HOLIDAY';
  const trail: Finding[] = [{ code, severity: 'info', message: `${dateOf(target)} is ${first.label}: moved to ${dateOf(day)} (policy.${first.what}=${first.rule}).`, details: { from: dateOf(target), to: dateOf(day) } }];
  return { day, trail, dropped: null };
}
