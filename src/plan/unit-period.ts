// Unit periods of Regulation Z Appendix J (12 CFR 1026, App. J (b)(3)-(b)(5)): their names,
// how many fit in a year, how a period between two dates is recognised as one of them, how the
// unit period of a transaction is chosen, and how many full and fractional unit periods lie
// between the beginning of the term and a date. Internal: arguments are trusted.
import { days30, monthsBack, shiftMonths } from './month-counting.js';
import type { AprFrequency, UnitPeriodBasis } from './types.js';

/** A name of the library's one list of frequencies. */
type FrequencyName = Extract<AprFrequency, string>;

/**
 * A unit period: `n` days, `n` weeks, a semimonth, `n` months (1-11) or a year. A multiple of a
 * day other than 1 is used only as the term of a single advance, single payment transaction
 * ((b)(5)(vii)), or when a caller names it.
 */
export interface Unit {
  readonly kind: 'day' | 'week' | 'semimonth' | 'month' | 'year';
  readonly n: number;
}

/** The frequency names of the library's one list, as unit periods. */
const NAMED: Readonly<Record<FrequencyName, Unit>> = {
  weekly: { kind: 'week', n: 1 },
  biweekly: { kind: 'week', n: 2 },
  fourWeekly: { kind: 'week', n: 4 },
  semiMonthly: { kind: 'semimonth', n: 1 },
  monthly: { kind: 'month', n: 1 },
  quarterly: { kind: 'month', n: 3 },
  semiAnnually: { kind: 'month', n: 6 },
  annually: { kind: 'year', n: 1 },
};

/** Largest multiples accepted in `{ everyDays }`, `{ everyWeeks }` and `{ everyMonths }`. */
export const MAX_UNIT_MULTIPLE = { day: 366, week: 52, month: 11 } as const;

/**
 * The frequency of a unit period, as results write it: a name of the library's one list
 * (`'monthly'`, `'fourWeekly'`, `'semiAnnually'` ...) where one exists, else the multiple
 * (`{ everyWeeks: 3 }`, `{ everyMonths: 5 }`, `{ everyDays: 255 }`; a day is `{ everyDays: 1 }`).
 */
export function unitFrequency(u: Unit): AprFrequency {
  for (const [name, unit] of Object.entries(NAMED) as Array<[FrequencyName, Unit]>) if (sameUnit(unit, u)) return name;
  switch (u.kind) {
    case 'day':
      return { everyDays: u.n };
    case 'week':
      return { everyWeeks: u.n };
    default:
      return { everyMonths: u.n };
  }
}

/** Reads a frequency (a name of the one list or a multiple); `undefined` when it is not one. */
export function frequencyUnit(frequency: unknown): Unit | undefined {
  if (typeof frequency === 'string') return Object.prototype.hasOwnProperty.call(NAMED, frequency) ? NAMED[frequency as FrequencyName] : undefined;
  if (typeof frequency !== 'object' || frequency === null || Array.isArray(frequency)) return undefined;
  const keys = Object.keys(frequency);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const kind = key === 'everyDays' ? 'day' : key === 'everyWeeks' ? 'week' : key === 'everyMonths' ? 'month' : undefined;
  const n: unknown = (frequency as Record<string, unknown>)[key];
  if (kind === undefined || typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_UNIT_MULTIPLE[kind]) return undefined;
  return { kind, n };
}

/**
 * Unit periods per year as an exact ratio: 365/n for days, 52/n for weeks, 24 for a semimonth,
 * 12/n for months, 1 for a year ((b)(5)(ii)-(vii)).
 */
export function unitsPerYear(u: Unit): { num: number; den: number } {
  switch (u.kind) {
    case 'day':
      return { num: 365, den: u.n };
    case 'week':
      return { num: 52, den: u.n };
    case 'semimonth':
      return { num: 24, den: 1 };
    case 'month':
      return { num: 12, den: u.n };
    default:
      return { num: 1, den: 1 };
  }
}

/** A nominal length in days, to order unit periods and to round an average period ((b)(4)(i)(B)). */
export function nominalDays(u: Unit): number {
  switch (u.kind) {
    case 'day':
      return u.n;
    case 'week':
      return 7 * u.n;
    case 'semimonth':
      return 365 / 24;
    case 'month':
      return (365 * u.n) / 12;
    default:
      return 365;
  }
}

/**
 * The standard intervals of time ((b)(3)): a day, a week, a semimonth, a month, and multiples
 * of a week or a month up to a year. Ordered by length.
 */
export const STANDARD_UNITS: readonly Unit[] = (() => {
  const units: Unit[] = [{ kind: 'day', n: 1 }, { kind: 'semimonth', n: 1 }, { kind: 'year', n: 1 }];
  for (let n = 1; n <= 52; n += 1) units.push({ kind: 'week', n });
  for (let n = 1; n <= 11; n += 1) units.push({ kind: 'month', n });
  return units.sort((a, b) => nominalDays(a) - nominalDays(b));
})();

/**
 * Whether the interval from `a` to `b` (a < b) is `k` (>= 1) semimonths exactly: `m` whole
 * months plus, for odd `k`, a half month (13-17 actual days that count 14-16 days on a 30-day
 * month basis, as between the 1st and the 16th or the 15th and the month's last day).
 */
function semimonthsBetween(a: number, b: number): number | undefined {
  const { months, days } = monthsBack(a, b);
  if (days === 0) return 2 * months; // a < b, so at least one month
  const start = shiftMonths(b, -months);
  const d30 = days30(a, start);
  return d30 >= 14 && d30 <= 16 ? 2 * months + 1 : undefined;
}

/**
 * How many whole unit periods lie between `a` and `b` (a < b), or `undefined` when the interval
 * is not a whole number of them. Months are counted to the corresponding date (see
 * `isWholeMonths`).
 */
export function wholeUnitsBetween(a: number, b: number, u: Unit): number | undefined {
  if (b <= a) return undefined;
  switch (u.kind) {
    case 'day':
    case 'week': {
      const size = u.kind === 'day' ? u.n : 7 * u.n;
      const d = b - a;
      return d % size === 0 ? d / size : undefined;
    }
    case 'semimonth':
      return semimonthsBetween(a, b);
    default: {
      const size = u.kind === 'year' ? 12 : u.n;
      const { months, days } = monthsBack(a, b);
      return days === 0 && months > 0 && months % size === 0 ? months / size : undefined;
    }
  }
}

/** The standard intervals a period from `a` to `b` is exactly one of (at most one of each kind). */
export function standardUnitsOf(a: number, b: number): Unit[] {
  const found: Unit[] = [];
  if (b <= a) return found;
  const d = b - a;
  if (d === 1) found.push({ kind: 'day', n: 1 });
  if (d % 7 === 0 && d / 7 <= 52) found.push({ kind: 'week', n: d / 7 });
  // A month is 28-31 days and a year at most 366; a semimonth 12-17 (counted on 30-day
  // months): other periods need no counting of months on the calendar. Below 28 days there is
  // no whole month, so a semimonth is 14-16 days on 30-day months (as semimonthsBetween counts).
  if (d < 10 || d > 400) return found;
  if (d < 28) {
    const d30 = days30(a, b);
    if (d30 >= 14 && d30 <= 16) found.push({ kind: 'semimonth', n: 1 });
    return found;
  }
  const { months, days } = monthsBack(a, b);
  if (days === 0 && months >= 1 && months <= 11) found.push({ kind: 'month', n: months });
  if (days === 0 && months === 12) found.push({ kind: 'year', n: 1 });
  if (months === 0 && semimonthsBetween(a, b) === 1) found.push({ kind: 'semimonth', n: 1 });
  return found;
}

/** The standard intervals of a period, as {@link standardUnitsOf} finds them (a memo of it, for one transaction). */
export type StandardUnitsOf = (a: number, b: number) => readonly Unit[];

/**
 * A memo of {@link standardUnitsOf} for the periods of one transaction: choosing the unit
 * period, the regularity test and the counting ask about the same periods between payments,
 * and each answer counts months back on the calendar.
 */
export function memoStandardUnits(): StandardUnitsOf {
  const known = new Map<number, readonly Unit[]>();
  return (a, b) => {
    // Day numbers lie within -719162..2932896: the pair fits a safe integer.
    const key = (a + 720_000) * 4_000_000 + (b + 720_000);
    let units = known.get(key);
    if (units === undefined) {
      units = standardUnitsOf(a, b);
      known.set(key, units);
    }
    return units;
  };
}

/** A number per kind of unit, for keys. */
const KIND_KEYS: Readonly<Record<Unit['kind'], number>> = { day: 0, week: 1, semimonth: 2, month: 3, year: 4 };

/** Two units are the same unit. */
export function sameUnit(a: Unit, b: Unit): boolean {
  return a.kind === b.kind && a.n === b.n;
}

/** The result of choosing a unit period: the unit and the rule of (b)(4) that chose it. */
export interface UnitChoice {
  readonly unit: Unit;
  readonly basis: UnitPeriodBasis;
}

/**
 * Chooses the unit period of a transaction that is not a single advance, single payment one
 * ((b)(4)(i)): the common period (one occurring more than once) that occurs most often; of
 * equally frequent ones the smaller ((A)); with no common period, the average of all periods
 * rounded to the nearest standard interval, the lower one when equally near ((B)).
 *
 * A period may be two standard intervals at once (91 days that are also 3 months, 14 days
 * that are also a half month) and counts for both; when two equally frequent candidates match
 * exactly the same periods they are one common period, named by its exact calendar reading (a
 * month multiple, then a week multiple, then the approximate semimonth) rather than by (A).
 * Only standard intervals are recognised as periods here: a period that is not one (every 10
 * days, say) counts towards the average only.
 *
 * @param periods - every period as `[start, end]` day numbers, zero-length ones excluded
 */
export function chooseUnit(periods: ReadonlyArray<readonly [number, number]>, unitsOf: StandardUnitsOf = standardUnitsOf): UnitChoice {
  const matches = new Map<number, { unit: Unit; periods: number[] }>();
  let totalDays = 0;
  periods.forEach(([a, b], index) => {
    totalDays += b - a;
    for (const unit of unitsOf(a, b)) {
      // One number per unit (n <= 366).
      const key = KIND_KEYS[unit.kind] * 1000 + unit.n;
      const entry = matches.get(key);
      if (entry) entry.periods.push(index);
      else matches.set(key, { unit, periods: [index] });
    }
  });
  let max = 0;
  for (const entry of matches.values()) max = Math.max(max, entry.periods.length);
  if (max >= 2) {
    const best = [...matches.values()].filter((e) => e.periods.length === max).sort((x, y) => nominalDays(x.unit) - nominalDays(y.unit));
    const first = best[0] as { unit: Unit; periods: number[] };
    if (best.length === 1) return { unit: first.unit, basis: 'mostFrequentPeriod' };
    // The same periods under two names (13 weeks that are also 3 months, 14 days that are also
    // a half month) are one common period, not two: name it by the exact calendar reading, a
    // month multiple before a week multiple before the approximate semimonth.
    const key = first.periods.join(',');
    if (best.every((e) => e.periods.join(',') === key)) {
      const rank = (u: Unit): number => (u.kind === 'month' || u.kind === 'year' ? 0 : u.kind === 'semimonth' ? 2 : 1);
      const named = [...best].sort((x, y) => rank(x.unit) - rank(y.unit))[0] ?? first;
      return { unit: named.unit, basis: 'mostFrequentPeriod' };
    }
    return { unit: first.unit, basis: 'smallestOfEquallyFrequentPeriods' };
  }
  const average = periods.length === 0 ? 0 : totalDays / periods.length;
  let nearest: Unit = STANDARD_UNITS[0] ?? { kind: 'day', n: 1 };
  for (const unit of STANDARD_UNITS) {
    // Strictly nearer only: on a tie the lower (earlier, shorter) interval stays.
    if (Math.abs(nominalDays(unit) - average) < Math.abs(nominalDays(nearest) - average)) nearest = unit;
  }
  return { unit: nearest, basis: 'averageOfPeriods' };
}

/**
 * Chooses the unit period of a single advance, single payment transaction ((b)(4)(ii)): the term,
 * but not more than a year. A term of whole months below a year is that many months (12/m unit
 * periods a year, (b)(5)(vi)); any other term below a year is that many days (365/d a year,
 * (b)(5)(vii)); a term of a year or more uses a year ((b)(5)(v)).
 */
export function termUnit(start: number, end: number): UnitChoice {
  const { months, days } = monthsBack(start, end);
  if (months >= 12) return { unit: { kind: 'year', n: 1 }, basis: 'termOfSinglePayment' };
  if (days === 0) return { unit: { kind: 'month', n: months }, basis: 'termOfSinglePayment' };
  return { unit: { kind: 'day', n: end - start }, basis: 'termOfSinglePayment' };
}

/** Full unit periods and the fraction of one, as an exact ratio `num/den` (num < den). */
export interface UnitCount {
  readonly t: number;
  readonly num: number;
  readonly den: number;
}

function split(total: number, size: number): UnitCount {
  return { t: Math.floor(total / size), num: total % size, den: size };
}

/**
 * The number of full unit periods and the remaining fraction between the beginning of the term
 * `start` and a later date `date` ((b)(5)):
 * - a day, `n` days, a week or `n` weeks: the days between the dates divided by the days per
 *   unit period ((b)(5)(iv));
 * - a month: the full months measured back from the later date, and the remaining days divided by
 *   30 ((b)(5)(ii));
 * - a semimonth or `n` months: 30 times the full months measured back plus the remaining days,
 *   divided by 15 or by 30n ((b)(5)(iii));
 * - a year: the full years (12 months) measured back; the rest is the remaining months / 12 when
 *   it is a whole number of months, else the remaining days / 365 ((b)(5)(v)).
 * A remainder of a whole unit period (30 days of a month) is counted as one more full period.
 */
export function countUnits(start: number, date: number, u: Unit): UnitCount {
  switch (u.kind) {
    case 'day':
      return split(date - start, u.n);
    case 'week':
      return split(date - start, 7 * u.n);
    case 'semimonth':
    case 'month': {
      const { months, days } = monthsBack(start, date);
      if (u.kind === 'month' && u.n === 1) return split(30 * months + days, 30);
      return split(30 * months + days, u.kind === 'semimonth' ? 15 : 30 * u.n);
    }
    default: {
      const { months } = monthsBack(start, date);
      const years = Math.floor(months / 12);
      const rest = shiftMonths(date, -12 * years);
      const remaining = monthsBack(start, rest);
      if (remaining.days === 0) return { t: years, num: remaining.months, den: 12 };
      const d = rest - start;
      return d >= 365 ? { t: years + 1, num: d - 365, den: 365 } : { t: years, num: d, den: 365 };
    }
  }
}

/**
 * Unit-period counts for a date-ordered list of flows from the beginning of the term `start`.
 * The first flow, and any flow that is not a whole number of unit periods after the one before
 * it, is measured from `start` ({@link countUnits}). A flow a whole number `k` of unit periods
 * after the previous one keeps its fraction and adds `k` full periods, as Appendix J's series
 * equations do ((c)(1)-(c)(6)); this keeps month-end schedules (31st, 30th, February) from
 * drifting. Flows on the same date get the same counts.
 */
export function countFlows<F extends { readonly day: number }>(start: number, flows: readonly F[], u: Unit, unitsOf?: StandardUnitsOf): Array<{ flow: F; count: UnitCount }> {
  const out: Array<{ flow: F; count: UnitCount }> = [];
  let prevDate = Number.NaN;
  let prev: UnitCount | undefined;
  for (const flow of flows) {
    const date = flow.day;
    let count: UnitCount;
    if (prev === undefined) count = countUnits(start, date, u);
    else if (date === prevDate) count = prev;
    else {
      // One unit period exactly when the period is that standard interval (the memo knows).
      const k = unitsOf?.(prevDate, date).some((v) => sameUnit(u, v)) === true ? 1 : wholeUnitsBetween(prevDate, date, u);
      count = k !== undefined ? { t: prev.t + k, num: prev.num, den: prev.den } : countUnits(start, date, u);
    }
    out.push({ flow, count });
    prev = count;
    prevDate = date;
  }
  return out;
}

/** Whether every period of a list is the same standard interval (an empty list is). */
export function allSameStandardInterval(periods: ReadonlyArray<readonly [number, number]>, unitsOf: StandardUnitsOf = standardUnitsOf): boolean {
  let common: readonly Unit[] | undefined;
  for (const [a, b] of periods) {
    const units = unitsOf(a, b);
    common = common === undefined ? units : common.filter((u) => units.some((v) => sameUnit(u, v)));
    if (common.length === 0) return false;
  }
  return true;
}
