import { fromDayNumber, yearFraction } from '../calendar/index.js';
import { parseRatio } from '../money/index.js';
import type { DayCountConvention } from '../calendar/index.js';
import type { FeeBase, FeeExpression } from './types.js';

/** An exact non-negative rational amount in minor units (internal). */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };

export function rational(minor: number): Rational {
  return { n: BigInt(minor), d: 1n };
}

export function compare(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

function mul(a: Rational, n: bigint, d: bigint): Rational {
  return { n: a.n * n, d: a.d * d };
}

function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** What an evaluation needs to know about one fee (internal). */
export interface FeeContext {
  /** The value of a base in minor units on the fee date. */
  base(name: FeeBase): number;
  /** Days late on the fee date (tiers are priced on it). */
  readonly daysLate: number;
  /** The fee date (day number). */
  readonly feeDay: number;
  /** The due date (day number). */
  readonly dueDay: number;
  /** The end of accrual (exclusive day number). */
  readonly accrualEnd: number;
  /** The unpaid amount of the installment on the counted days [from, to), as constant runs (internal). */
  pastDueSegments(from: number, to: number): ReadonlyArray<readonly [number, number, number]>;
  /** Whether a fee was charged within the previous `cycles` cycles. */
  chargedWithin(cycles: number): boolean;
  /** Minor digits multiplier for flat amounts: minor units of an amount string. */
  minorOf(amount: string): number;
}

/** How an amount was reached (internal; becomes the public breakdown). */
export interface Trace {
  term: string;
  base?: FeeBase;
  baseAmount?: number;
  rate?: string;
  days?: number;
  tier?: number;
  repeat?: 'first' | 'repeat';
  none?: boolean;
  /** The provision of the deciding term, for a preset's limits. */
  citation?: string;
}

const ratioCache = new Map<string, { numerator: bigint; denominator: bigint }>();
function ratioOf(decimal: string): { numerator: bigint; denominator: bigint } {
  let r = ratioCache.get(decimal);
  if (r === undefined) {
    r = parseRatio(decimal);
    if (ratioCache.size > 10_000) ratioCache.clear();
    ratioCache.set(decimal, r);
  }
  return r;
}

function yf(from: number, to: number, convention: DayCountConvention): { numerator: number; denominator: number } {
  return yearFraction(fromDayNumber(from), fromDayNumber(to), convention);
}

/** The provision a preset's term stands for (`12 CFR 1026.52(b)(1)(ii)(A)`), by term (internal). */
const PROVISIONS = new WeakMap<FeeExpression, string>();

/** Marks a preset's term with the provision it stands for; returns the term (internal). */
export function cite<T extends FeeExpression>(expr: T, citation: string): T {
  PROVISIONS.set(expr, citation);
  return expr;
}

/** Evaluates a fee expression exactly; `trace.citation` names the provision of the deciding term, when a preset marked one (internal). */
export function evaluate(expr: FeeExpression, ctx: FeeContext, trace: Trace): Rational {
  const value = evaluateTerm(expr, ctx, trace);
  if (trace.citation === undefined) {
    const citation = PROVISIONS.get(expr);
    if (citation !== undefined) trace.citation = citation;
  }
  return value;
}

function evaluateTerm(expr: FeeExpression, ctx: FeeContext, trace: Trace): Rational {
  switch (expr.type) {
    case 'flat':
      trace.term = 'flat';
      return rational(ctx.minorOf(expr.amount));
    case 'percent': {
      const base = ctx.base(expr.of);
      const p = ratioOf(expr.rate);
      trace.term = 'percent';
      trace.base = expr.of;
      trace.baseAmount = base;
      trace.rate = expr.rate;
      return { n: BigInt(base) * p.numerator, d: p.denominator };
    }
    case 'greaterOf':
    case 'lesserOf': {
      let best: Rational | undefined;
      let bestTrace: Trace = { term: '' };
      let bestIndex = 0;
      expr.of.forEach((child, i) => {
        const t: Trace = { term: '' };
        const v = evaluate(child, ctx, t);
        const c = best === undefined ? 0 : compare(v, best);
        if (best === undefined || (expr.type === 'greaterOf' ? c > 0 : c < 0)) {
          best = v;
          bestTrace = t;
          bestIndex = i;
        }
      });
      Object.assign(trace, bestTrace, { term: `${expr.type}[${bestIndex}]>${bestTrace.term}` });
      return best ?? ZERO;
    }
    case 'sum': {
      // Plain loops and string concatenation: this runs on every price of a fee.
      let total = ZERO;
      let parts = '';
      for (let i = 0; i < expr.of.length; i++) {
        const t: Trace = { term: '' };
        total = add(total, evaluate(expr.of[i] as FeeExpression, ctx, t));
        parts = i === 0 ? t.term : `${parts},${t.term}`;
        if (t.days !== undefined) trace.days = t.days;
        if (t.tier !== undefined) trace.tier = t.tier;
      }
      trace.term = `sum(${parts})`;
      return total;
    }
    case 'tiers': {
      let index = -1;
      expr.tiers.forEach((tier, i) => {
        if (tier.minDaysLate <= ctx.daysLate) index = i;
      });
      const tier = expr.tiers[index];
      if (tier === undefined) {
        trace.term = 'tiers(none)';
        trace.none = true;
        return ZERO;
      }
      const t: Trace = { term: '' };
      const v = evaluate(tier.amount, ctx, t);
      Object.assign(trace, t, { term: `tiers[${index}]>${t.term}`, tier: index });
      return v;
    }
    case 'bands': {
      const value = ctx.base(expr.of);
      let index = expr.bands.length - 1;
      for (let i = 0; i < expr.bands.length; i++) {
        const maxBase = expr.bands[i]?.maxBase;
        if (maxBase === undefined || value <= ctx.minorOf(maxBase)) {
          index = i;
          break;
        }
      }
      const band = expr.bands[index];
      /* v8 ignore next -- the schema requires at least one band */
      if (band === undefined) return ZERO;
      const t: Trace = { term: '' };
      const v = evaluate(band.amount, ctx, t);
      Object.assign(trace, t, { term: `bands[${index}]>${t.term}`, base: t.base ?? expr.of, baseAmount: t.baseAmount ?? value });
      return v;
    }
    case 'daily': {
      const t: Trace = { term: '' };
      const perDay = evaluate(expr.perDay, ctx, t);
      let days = Math.max(0, ctx.accrualEnd - ctx.feeDay);
      if (expr.maxDays !== undefined) days = Math.min(days, expr.maxDays);
      Object.assign(trace, t);
      trace.term = `daily>${t.term}`;
      trace.days = days;
      return mul(perDay, BigInt(days), 1n);
    }
    case 'interest': {
      const of = expr.of ?? 'pastDue';
      const convention = expr.dayCount ?? 'actual365';
      // Counted days [from, to): from the day after the due date (or the fee date) through the
      // day of payment or asOf. A run of counted days [a, b) is the year fraction from a - 1 to b - 1.
      const from = expr.from === 'feeDate' ? ctx.feeDay : ctx.dueDay + 1;
      const to = ctx.accrualEnd;
      const rate = ratioOf(expr.annualRate);
      trace.term = 'interest';
      trace.base = of;
      trace.rate = expr.annualRate;
      trace.days = Math.max(0, to - from);
      if (to <= from) {
        trace.baseAmount = ctx.base(of);
        return ZERO;
      }
      let total = ZERO;
      if (of === 'pastDue') {
        const segments = ctx.pastDueSegments(from, to);
        trace.baseAmount = segments[0]?.[2] ?? 0;
        for (const [start, end, unpaid] of segments) {
          if (unpaid === 0 || end <= start) continue;
          const f = yf(start - 1, end - 1, convention);
          total = add(total, { n: BigInt(unpaid) * rate.numerator * BigInt(f.numerator), d: rate.denominator * BigInt(f.denominator) });
        }
      } else {
        const base = ctx.base(of);
        trace.baseAmount = base;
        const f = yf(from - 1, to - 1, convention);
        total = { n: BigInt(base) * rate.numerator * BigInt(f.numerator), d: rate.denominator * BigInt(f.denominator) };
      }
      return total.n < 0n ? ZERO : total;
    }
    case 'repeat': {
      const isRepeat = ctx.chargedWithin(expr.withinCycles ?? 6);
      const t: Trace = { term: '' };
      const v = evaluate(isRepeat ? expr.repeat : expr.first, ctx, t);
      Object.assign(trace, t, { term: `repeat.${isRepeat ? 'repeat' : 'first'}>${t.term}`, repeat: isRepeat ? 'repeat' : 'first' });
      return v;
    }
  }
}

/** Whether an expression's value can change with the measure day (internal). */
export function isTimeDependent(expr: FeeExpression | undefined): boolean {
  if (expr === undefined) return false;
  switch (expr.type) {
    case 'daily':
    case 'interest':
      return true;
    case 'tiers':
      // Priced on the fee date; only a daily or interest term inside can grow.
      return expr.tiers.some((t) => isTimeDependent(t.amount));
    case 'greaterOf':
    case 'lesserOf':
    case 'sum':
      return expr.of.some(isTimeDependent);
    case 'bands':
      return expr.bands.some((b) => isTimeDependent(b.amount));
    case 'repeat':
      return isTimeDependent(expr.first) || isTimeDependent(expr.repeat);
    default:
      return false;
  }
}

/** The one daily term of an expression that grows by a fixed amount a day (internal). */
export interface DailyLine {
  readonly perDay: FeeExpression;
  readonly maxDays: number | undefined;
}

/**
 * The daily term of an expression that is a daily term alone, or a `sum` of time-independent
 * terms and one daily term, whose amount per day does not grow (internal). Such an expression's
 * value at a later end of accrual is its value at an earlier one plus the amount per day times
 * the extra days counted ({@link extendLine}), and its trace differs only in `days`; any other
 * expression gives `undefined` and is evaluated in full.
 */
export function dailyLine(expr: FeeExpression | undefined): DailyLine | undefined {
  if (expr === undefined) return undefined;
  if (expr.type === 'daily') return isTimeDependent(expr.perDay) ? undefined : { perDay: expr.perDay, maxDays: expr.maxDays };
  if (expr.type !== 'sum') return undefined;
  let found: DailyLine | undefined;
  for (const child of expr.of) {
    if (!isTimeDependent(child)) continue;
    if (found !== undefined || child.type !== 'daily' || isTimeDependent(child.perDay)) return undefined;
    found = { perDay: child.perDay, maxDays: child.maxDays };
  }
  return found;
}

/** Days a daily term counts from the fee date to an end of accrual (exclusive), as `evaluate` counts them (internal). */
export function lineDays(line: DailyLine, feeDay: number, end: number): number {
  const days = Math.max(0, end - feeDay);
  return line.maxDays === undefined ? days : Math.min(days, line.maxDays);
}

/**
 * The value and trace of a {@link dailyLine} expression at the end of accrual `end`, from its
 * value and trace at an earlier end (`days` counted then) and its exact amount per day: the same
 * as evaluating it again (internal).
 */
export function extendLine(value: Rational, trace: Trace, perDay: Rational, days: number, laterDays: number): { value: Rational; trace: Trace } {
  const grown = laterDays === days ? value : add(value, mul(perDay, BigInt(laterDays - days), 1n));
  return { value: grown, trace: { ...trace, days: laterDays } };
}

/** Whether an expression uses the principal-and-interest base anywhere (internal). */
export function usesBase(expr: FeeExpression | undefined, base: FeeBase): boolean {
  if (expr === undefined) return false;
  switch (expr.type) {
    case 'percent':
      return expr.of === base;
    case 'interest':
      return (expr.of ?? 'pastDue') === base;
    case 'greaterOf':
    case 'lesserOf':
    case 'sum':
      return expr.of.some((e) => usesBase(e, base));
    case 'tiers':
      return expr.tiers.some((t) => usesBase(t.amount, base));
    case 'bands':
      return expr.of === base || expr.bands.some((b) => usesBase(b.amount, base));
    case 'daily':
      return usesBase(expr.perDay, base);
    case 'repeat':
      return usesBase(expr.first, base) || usesBase(expr.repeat, base);
    default:
      return false;
  }
}

/** A plain-words rendering of an expression, for explanations (internal). */
export function describeExpression(expr: FeeExpression, show: (minor: number) => string, baseValue: (base: FeeBase) => number | undefined, minorOf: (a: string) => number): string {
  const d = (e: FeeExpression): string => describeExpression(e, show, baseValue, minorOf);
  switch (expr.type) {
    case 'flat':
      return show(minorOf(expr.amount));
    case 'percent': {
      const v = baseValue(expr.of);
      return `${percentText(expr.rate)}% of ${BASE_WORDS[expr.of]}${v === undefined ? '' : ` (${show(v)})`}`;
    }
    case 'greaterOf':
    case 'lesserOf':
      return expr.of.length === 1 ? d(expr.of[0] as FeeExpression) : `the ${expr.type === 'greaterOf' ? 'greater' : 'lesser'} of ${expr.of.map(d).join(' and ')}`;
    case 'sum':
      return expr.of.map(d).join(' plus ');
    case 'tiers':
      return `an amount by days late (${expr.tiers.map((t) => `${d(t.amount)} from ${t.minDaysLate} days`).join(', ')})`;
    case 'bands':
      return `an amount by the size of ${BASE_WORDS[expr.of]}`;
    case 'daily':
      return `${d(expr.perDay)} a day${expr.maxDays === undefined ? '' : ` for at most ${expr.maxDays} days`}`;
    case 'interest':
      return `interest at ${percentText(expr.annualRate)}% a year on ${BASE_WORDS[expr.of ?? 'pastDue']} (${expr.dayCount ?? 'actual365'})`;
    case 'repeat':
      return `${d(expr.first)}, or ${d(expr.repeat)} after another late fee within ${expr.withinCycles ?? 6} billing cycles`;
  }
}

/** A rate (a decimal fraction) as percent digits for display: `'0.05'` -> `'5'`, `'0.125'` -> `'12.5'` (internal). */
export function percentText(rate: string): string {
  const [int = '0', frac = ''] = rate.split('.');
  const digits = frac.padEnd(2, '0');
  const whole = `${int}${digits.slice(0, 2)}`.replace(/^0+(?=[0-9])/, '');
  const rest = digits.slice(2).replace(/0+$/, '');
  return rest === '' ? whole : `${whole}.${rest}`;
}

/** Words for each base (internal). */
export const BASE_WORDS: Readonly<Record<FeeBase, string>> = {
  installment: 'the installment',
  principalAndInterest: 'the principal and interest due',
  pastDue: 'the amount past due',
  accountPastDue: 'the account\'s past-due balance',
  scheduledPayment: 'the scheduled payment',
  minimumPayment: 'the minimum payment due',
};
