// Turns a parsed APR input into dated flows: advances and payments as day numbers, series
// expanded into their dates. Internal: the input was parsed by AprInputSchema.
import type * as z from 'zod/mini';
import { DomainRuleError, ValidationError } from '../errors/index.js';
import { semiMonthlyDaysFor } from '../calendar/index.js';
import { LAST_DAY, dayInMonth, dayOfIso, dayOfMonth, monthIndexOf } from './day-numbers.js';
import { PlanErrorCodes } from './codes.js';
import type { AprInputSchema, AprPaymentSeriesSchema } from './apr-schemas.js';
import { frequencyUnit } from './unit-period.js';
import type { Unit } from './unit-period.js';

type ParsedInput = z.output<typeof AprInputSchema>;
type ParsedSeries = z.output<typeof AprPaymentSeriesSchema>;

/** A dated amount; `entry` is the index of the input entry it came from. */
export interface Flow {
  readonly day: number;
  readonly amount: string;
  readonly entry: number;
}

function seriesError(message: string, path: Array<string | number>): ValidationError {
  return new ValidationError([{ code: PlanErrorCodes.PLAN_INVALID_PAYMENT_SERIES, path, message: `"${path.join('.')}": ${message}` }]);
}

/** The day of month `d` (31 = last) of month index `mi`, or a DomainRuleError past 9999-12-31. */
function checked(day: number, path: Array<string | number>): number {
  if (day > LAST_DAY) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_DATE_OUT_OF_RANGE, `"${path.join('.')}": the payment series runs past 9999-12-31, the last supported date.`, {
      path,
      details: { max: '9999-12-31' },
    });
  }
  return day;
}

/**
 * The two days of the month of a semimonthly series, as numbers (31 = last day): the series'
 * own `semiMonthlyDays`, or the rule of arrears/calendar recurrences (`semiMonthlyDaysFor`), so a
 * plan's semi-monthly dates and the APR of the same payments agree.
 */
function semiMonthlyDays(series: ParsedSeries): readonly [number, number] {
  const [a, b] = series.semiMonthlyDays ?? semiMonthlyDaysFor(series.firstDueDate);
  return [a, b === 'last' ? 31 : b];
}

/** The dates of a payment series: `count` dates from `firstDueDate`, one `frequency` apart. */
export function seriesDays(series: ParsedSeries, path: Array<string | number>): number[] {
  const unit = frequencyUnit(series.frequency) as Unit; // checked by the schema
  const first = dayOfIso(series.firstDueDate);
  const days: number[] = [];
  const mi0 = monthIndexOf(first);
  switch (unit.kind) {
    case 'day':
    case 'week': {
      const step = unit.kind === 'day' ? unit.n : 7 * unit.n;
      for (let k = 0; k < series.count; k += 1) days.push(checked(first + k * step, path));
      return days;
    }
    case 'semimonth': {
      const pair = semiMonthlyDays(series);
      const slot = dayInMonth(mi0, pair[0]) === first ? 0 : dayInMonth(mi0, pair[1]) === first ? 1 : -1;
      if (slot < 0) throw seriesError(`firstDueDate ${series.firstDueDate} is not on one of the semi-monthly days ${pair[0]} and ${pair[1] === 31 ? 'last' : pair[1]}.`, [...path, 'firstDueDate']);
      for (let k = 0; k < series.count; k += 1) {
        const i = slot + k;
        days.push(checked(dayInMonth(mi0 + Math.floor(i / 2), pair[i % 2] ?? 31), path));
      }
      return days;
    }
    default: {
      const months = unit.kind === 'year' ? 12 : unit.n;
      const anchor = series.anchorDay === undefined ? dayOfMonth(first) : series.anchorDay === 'last' ? 31 : series.anchorDay;
      if (dayInMonth(mi0, anchor) !== first) {
        throw seriesError(`firstDueDate ${series.firstDueDate} is not on the anchor day ${String(series.anchorDay)} of its month.`, [...path, 'firstDueDate']);
      }
      for (let k = 0; k < series.count; k += 1) days.push(checked(dayInMonth(mi0 + k * months, anchor), path));
      return days;
    }
  }
}

/** The advances of the input, in date order (stable). */
export function advanceFlows(input: ParsedInput): Flow[] {
  if (input.advances !== undefined) {
    return input.advances.map((a, entry) => ({ day: dayOfIso(a.date), amount: a.amount, entry })).sort((x, y) => x.day - y.day);
  }
  // The schema requires amountFinanced and advanceDate together when advances is absent.
  return [{ day: dayOfIso(input.advanceDate as string), amount: input.amountFinanced as string, entry: 0 }];
}

/** The payments of the input with series expanded, in date order (stable). */
export function paymentFlows(input: ParsedInput): Flow[] {
  const flows: Flow[] = [];
  input.payments.forEach((entry, index) => {
    if ('count' in entry) {
      for (const day of seriesDays(entry, ['payments', index])) flows.push({ day, amount: entry.amount, entry: index });
    } else {
      flows.push({ day: dayOfIso(entry.date), amount: entry.amount, entry: index });
    }
  });
  return flows.sort((x, y) => x.day - y.day);
}
