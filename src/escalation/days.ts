import { fromDayNumber, toDayNumber } from '../calendar/index.js';

// Dates cross the public API as `YYYY-MM-DD` strings and are day numbers inside. The machine
// converts the same few dates millions of times (every account advanced to the same `asOf`),
// so conversions of already-validated dates are memoised. The caches change no result: they
// hold pure function values, and are cleared when they grow past a bound.

const LIMIT = 50_000;
const dayCache = new Map<string, number>();
const dateCache = new Map<number, string>();

/** The memoised day number of a date string, or `undefined` when it has not been seen. */
export function knownDay(date: unknown): number | undefined {
  return typeof date === 'string' ? dayCache.get(date) : undefined;
}

/** Day number of an already-validated date string. */
export function dayOf(date: string): number {
  let day = dayCache.get(date);
  if (day === undefined) {
    day = toDayNumber(date);
    if (dayCache.size >= LIMIT) dayCache.clear();
    dayCache.set(date, day);
  }
  return day;
}

/** Date string of a day number in range. */
export function dateOf(day: number): string {
  let date = dateCache.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    if (dateCache.size >= LIMIT) dateCache.clear();
    dateCache.set(day, date);
  }
  return date;
}
