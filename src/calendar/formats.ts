// The text formats of the calendar module (calendar date, wall-clock time, instant, offset):
// recognising them and turning them into integers. Internal: the schemas call these checks,
// and the public functions call the converters on values the schemas already accepted.
import { CalendarErrorCodes } from './codes.js';
import type { CalendarErrorCode } from './codes.js';
import { civilFromDays, daysFromCivil, formatCivil, MAX_DAY, MIN_DAY, monthLength } from './civil.js';

/** A failed format check: our code and a sentence (without the field name, which the mapper adds). */
export interface FormatProblem {
  readonly code: CalendarErrorCode;
  readonly message: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}

/** Checks year, month and day integers; returns a problem or undefined. */
function civilProblem(year: number, month: number, day: number, text: string): FormatProblem | undefined {
  if (year < 1) {
    return { code: CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE, message: `${show(text)} is outside the supported years 0001-9999.` };
  }
  if (month < 1 || month > 12) {
    return { code: CalendarErrorCodes.CALENDAR_INVALID_DATE, message: `${show(text)} is not a real calendar date: the month must be 01-12.` };
  }
  const length = monthLength(year, month);
  if (day < 1 || day > length) {
    return {
      code: CalendarErrorCodes.CALENDAR_INVALID_DATE,
      message: `${show(text)} is not a real calendar date: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${length} days.`,
    };
  }
  return undefined;
}

/** Why `value` is not a `YYYY-MM-DD` date in years 0001-9999, or undefined when it is one. */
export function dateProblem(value: string): FormatProblem | undefined {
  const m = DATE_RE.exec(value);
  if (!m) {
    return {
      code: CalendarErrorCodes.CALENDAR_INVALID_DATE,
      message: `expected a calendar date written YYYY-MM-DD (such as "2026-01-31"), but got ${value === '' ? 'an empty string' : show(value)}.`,
    };
  }
  return civilProblem(Number(m[1]), Number(m[2]), Number(m[3]), value);
}

const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** `HH:mm`, the common form, read from its characters; `undefined` leaves the rest to {@link timeMillis}'s pattern. */
function hourMinuteMillis(value: string): number | undefined {
  if (value.length !== 5 || value.charCodeAt(2) !== 58) return undefined;
  const h1 = value.charCodeAt(0) - 48;
  const h2 = value.charCodeAt(1) - 48;
  const m1 = value.charCodeAt(3) - 48;
  const m2 = value.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return undefined;
  const hour = h1 * 10 + h2;
  const minute = m1 * 10 + m2;
  if (hour > 24 || (hour === 24 && minute !== 0)) return undefined;
  return (hour * 60 + minute) * 60_000;
}

/** Milliseconds since midnight of an `HH:mm[:ss[.SSS]]` time, or a problem. */
export function timeMillis(value: string): number | FormatProblem {
  const fast = hourMinuteMillis(value);
  if (fast !== undefined) return fast;
  const m = TIME_RE.exec(value);
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  const second = Number(m?.[3] ?? '0');
  const fraction = (m?.[4] ?? '').padEnd(3, '0');
  // 24:00 (ISO 8601's end of the day) and nothing past it: a window may end at midnight.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && Number(fraction) === 0;
  if (!m || (hour > 23 && !endOfDay) || minute > 59 || second > 59) {
    return {
      code: CalendarErrorCodes.CALENDAR_INVALID_TIME,
      message: `expected a wall-clock time written HH:mm, HH:mm:ss or HH:mm:ss.SSS with hours 00-23, or 24:00 for the end of the day (such as "08:00"), but got ${value === '' ? 'an empty string' : show(value)}.`,
    };
  }
  return ((hour * 60 + minute) * 60 + second) * 1000 + Number(fraction);
}

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds of the earliest and latest supported instants (UTC years 0001-9999). */
export const MIN_INSTANT_MS = MIN_DAY * 86_400_000;
export const MAX_INSTANT_MS = (MAX_DAY + 1) * 86_400_000 - 1;

/**
 * Epoch milliseconds of an ISO 8601 instant with `Z` or `+HH:MM`/`-HH:MM`, or a problem.
 * Fractions below a millisecond are truncated.
 */
export function instantMillis(value: string): number | FormatProblem {
  const m = INSTANT_RE.exec(value);
  const bad: FormatProblem = {
    code: CalendarErrorCodes.CALENDAR_INVALID_INSTANT,
    message: `expected an ISO 8601 timestamp with "Z" or an offset, such as "2026-03-10T12:30:00Z" or "2026-03-10T08:30:00-04:00", but got ${value === '' ? 'an empty string' : show(value)}.`,
  };
  if (!m) return bad;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const problem = civilProblem(year, month, day, value);
  if (problem) return problem.code === CalendarErrorCodes.CALENDAR_INVALID_DATE ? { ...bad, message: problem.message } : problem;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const offsetHours = Number(m[10] ?? '0');
  const offsetMinutes = Number(m[11] ?? '0');
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return { ...bad, message: `${show(value)} is not a valid timestamp: hours must be 00-23, minutes and seconds 00-59, and the offset at most 23:59.` };
  }
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const sign = m[9] === '-' ? -1 : 1;
  const offsetMs = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  const ms = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
  if (ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) {
    return { code: CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE, message: `${show(value)} is outside the supported UTC years 0001-9999.` };
  }
  return ms;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `HH:mm:ss`, with `.SSS` appended when the milliseconds are not zero. */
export function formatTime(msOfDay: number): string {
  const ms = msOfDay % 1000;
  const totalSeconds = (msOfDay - ms) / 1000;
  const second = totalSeconds % 60;
  const minute = ((totalSeconds - second) / 60) % 60;
  const hour = Math.floor(totalSeconds / 3600);
  const base = `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
  return ms === 0 ? base : `${base}.${pad(ms, 3)}`;
}

/** A UTC offset in milliseconds as `+HH:MM` (`+HH:MM:SS` for historical local-mean-time offsets). */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMs) / 1000);
  const seconds = totalSeconds % 60;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  const base = `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`;
  return seconds === 0 ? base : `${base}:${pad(seconds, 2)}`;
}

/** The canonical instant text: UTC, `YYYY-MM-DDTHH:mm:ss.SSSZ` (sorts as text in time order). */
export function formatInstant(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  const c = civilFromDays(day);
  const msOfDay = ms - day * 86_400_000;
  const time = formatTime(msOfDay);
  return `${formatCivil(c.year, c.month, c.day)}T${time.length === 8 ? `${time}.000` : time}Z`;
}
