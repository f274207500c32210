import { adjustBusinessDay, yearFraction } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, UnsupportedOptionError, attempt } from '../errors/index.js';
import { allocateMinorUnits, divideRounded, fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { bisectSingleAdvanceRate, solveSingleAdvanceRate } from './apr-fast-solver.js';
import type { Digits } from './apr-digits.js';
import { aprWith } from './apr-result.js';
import type { EquationTerm } from './apr-solver.js';
import { isoOfDay } from './day-numbers.js';
import { PlanErrorCodes } from './codes.js';
import { checkLastOccurrence, dueDateRule, occurrenceDay, occurrenceIsos } from './due-dates.js';
import { bigintOps, formatMinor, levelPayment, numberOps, regularShare, roundUp } from './plan-arithmetic.js';
import type { PlanOps } from './plan-arithmetic.js';
import { fastTerms } from './fast-terms.js';
import { PERIODS_PER_YEAR, planSpec } from './plan-spec.js';
import type { PlanSpec } from './plan-spec.js';
import { MAX_INSTALLMENTS, PlanTermsSchema } from './schemas.js';
import type { AprResult, PlanSchedule, PlanTerms, PlanTermsInput, ScheduleRow } from './types.js';

/** A year fraction `num / den` as bigints (signed). */
interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** The year fraction from day `from` to day `to` (given also as ISO dates) under the spec's day count. */
function fractionOf(spec: PlanSpec, from: number, to: number, fromIso: string, toIso: string): Fraction {
  switch (spec.dayCount) {
    case 'actual365':
      return { num: BigInt(to - from), den: 365n };
    case 'actual360':
      return { num: BigInt(to - from), den: 360n };
    default: {
      const f = yearFraction(fromIso, toIso, spec.dayCount);
      return { num: BigInt(f.numerator), den: BigInt(f.denominator) };
    }
  }
}

function tooSmall(message: string, path: string): DomainRuleError {
  return new DomainRuleError(PlanErrorCodes.PLAN_PAYMENT_TOO_SMALL, `"${path}": ${message}`, { path: [path] });
}

/** The field of the terms that sets the count: `installments`, or the amount the count is solved from. @internal */
export function countField(terms: PlanTerms): 'installments' | 'installmentAmount' | 'regularPrincipalAmount' {
  if (terms.installments !== undefined) return 'installments';
  return terms.regularPrincipalAmount !== undefined ? 'regularPrincipalAmount' : 'installmentAmount';
}

/** The regular installment for `n` installments: the level payment or the regular share. */
function regularFor(spec: PlanSpec, n: number): bigint {
  if (spec.kind === 'level') return levelPayment(spec.financed, spec.balloon, spec.a, spec.b, n, spec.rounding, spec.increment);
  return regularShare(spec.financed - spec.balloon, n - (spec.balloon > 0n ? 1 : 0), spec.increment);
}

/**
 * One regular period's interest on the amount financed, rounded as every row's interest is.
 * A level installment that does not exceed it repays no principal in the first period, and
 * since the balance then stays where it is, in no period after: the plan never amortizes and
 * the last installment would silently become a balloon of the whole balance. (Comparing with
 * the exact interest is not enough: 10.00 at 17% quarterly owes 0.425 a quarter, and an
 * installment of 0.43 exceeds that, but each row charges 0.43 once rounded half-up.)
 */
function neverAmortizes(spec: PlanSpec, payment: bigint): bigint | undefined {
  if (spec.kind !== 'level' || spec.a === 0n) return undefined;
  const interest = divideRounded(spec.financed * spec.a, spec.b, spec.rounding);
  return payment <= interest ? interest : undefined;
}

/**
 * Solves the count for a given installment: the smallest `n` whose regular installment does
 * not exceed it. A level payment that does not exceed one period's interest never amortizes.
 */
function solveCount(spec: PlanSpec, payment: bigint): number {
  const minimum = spec.balloon > 0n ? 2 : 1;
  let estimate: number;
  if (spec.kind === 'level') {
    const interest = neverAmortizes(spec, payment);
    if (interest !== undefined) {
      throw tooSmall(`an installment of ${spec.terms.installmentAmount as string} does not exceed one period's interest on ${fromMinorUnits(spec.financed, spec.currency)} (${fromMinorUnits(interest, spec.currency)} once rounded): the plan would never be paid off.`, countField(spec.terms));
    }
    const i = Number(spec.a) / Number(spec.b);
    const p = Number(payment);
    const r = 1 + i;
    const x = Number(spec.balloon);
    const f = Number(spec.financed);
    const numerator = spec.balloon > 0n ? p * r - i * x : p;
    estimate = Math.ceil(Math.log(numerator / (p - i * f)) / Math.log(r));
  } else {
    estimate = Number((spec.financed - spec.balloon + payment - 1n) / payment) + minimum - 1;
  }
  let n = Math.min(Math.max(Number.isFinite(estimate) ? estimate : MAX_INSTALLMENTS, minimum), MAX_INSTALLMENTS + 1);
  while (n > minimum && n <= MAX_INSTALLMENTS + 1 && regularFor(spec, n - 1) <= payment) n -= 1;
  while (n <= MAX_INSTALLMENTS && regularFor(spec, n) > payment) n += 1;
  if (n > MAX_INSTALLMENTS) {
    const field = countField(spec.terms);
    const what = field === 'regularPrincipalAmount' ? 'a principal part' : 'an installment';
    throw tooSmall(`${what} of ${spec.terms[field] as string} would take more than ${MAX_INSTALLMENTS} installments to pay off ${spec.terms.principal}.`, field);
  }
  return n;
}

/** The principal parts of equal-principal and interest-free plans (the balloon last). */
function principalParts(spec: PlanSpec, n: number, payment: bigint): bigint[] {
  let count = n - (spec.balloon > 0n ? 1 : 0);
  const amount = spec.financed - spec.balloon;
  const parts: bigint[] = [];
  if (spec.residual === 'first') {
    let first = amount - BigInt(count - 1) * payment;
    while (first <= 0n && count > 1) {
      count -= 1;
      first += payment;
    }
    parts.push(first);
    for (let k = 1; k < count; k += 1) parts.push(payment);
  } else {
    let left = amount;
    for (let k = 0; k < count && left > 0n; k += 1) {
      const part = k === count - 1 || payment > left ? left : payment;
      parts.push(part);
      left -= part;
    }
  }
  if (spec.balloon > 0n) parts.push(spec.balloon);
  return parts;
}

/** The interest factors `num / den` of each period (periodic, or by day count on unadjusted dates). */
function interestFactors(spec: PlanSpec, n: number, isos: readonly string[]): { nums: bigint[]; dens: bigint[] } | undefined {
  if (spec.kind === 'flat' || spec.interestMethod === 'periodic') return undefined;
  const nums: bigint[] = [];
  const dens: bigint[] = [];
  let from = spec.agreementDay;
  let fromIso = spec.terms.agreementDate;
  for (let k = 0; k < n; k += 1) {
    const to = occurrenceDay(spec.rule, k);
    const toIso = isos[k] as string;
    const f = fractionOf(spec, from, to, fromIso, toIso);
    nums.push(spec.rateNum * f.num);
    dens.push(spec.rateDen * f.den);
    from = to;
    fromIso = toIso;
  }
  return { nums, dens };
}

/** The first period's interest factor of a periodic plan with an odd first period, or undefined. */
function oddFactor(spec: PlanSpec): Fraction | undefined {
  if (spec.kind === 'flat' || spec.interestMethod !== 'periodic') return undefined;
  const regularStart = occurrenceDay(spec.rule, -1);
  if (regularStart === spec.agreementDay) return undefined;
  // i + annual × yearFraction(agreement, regularStart): longer first periods add, shorter subtract.
  const f = fractionOf(spec, spec.agreementDay, regularStart, spec.terms.agreementDate, isoOfDay(regularStart));
  return { num: spec.a * spec.rateDen * f.den + spec.rateNum * f.num * spec.b, den: spec.b * spec.rateDen * f.den };
}

/** The rows of a schedule and the totals as values of `V`. */
interface ComputedRows<V> {
  readonly rows: ScheduleRow[];
  readonly totalPayments: V;
  readonly totalInterest: V;
}

/**
 * Runs the schedule: one pass, rows written out as strings as they are computed. Returns
 * undefined when a number left the safe-integer range (the caller runs it again on bigints).
 */
export function computeRows<V>(ops: PlanOps<V>, spec: PlanSpec, n: number, payment: bigint, dueDates: readonly string[]): ComputedRows<V> | undefined {
  const factors = interestFactors(spec, n, dueDates);
  const odd = oddFactor(spec);
  const parts = spec.kind === 'level' ? undefined : principalParts(spec, n, payment).map((p) => ops.of(p));
  const count = parts === undefined ? n : parts.length;
  const P = ops.of(payment);
  const zero = ops.zero;
  let balance = ops.of(spec.financed);
  // Odd first period (periodic interest): the first period's interest and the regular one.
  const adjust: V[] = [];
  let firstRegular = zero;
  if (odd !== undefined) {
    firstRegular = ops.mulDiv(balance, spec.a, spec.b);
    const firstInterest = odd.num > 0n ? ops.mulDiv(balance, odd.num, odd.den) : zero;
    const extra = ops.big(firstInterest) - ops.big(firstRegular);
    if (spec.oddPeriodInterest === 'spread' && extra > 0n) {
      for (const share of allocateMinorUnits(extra, Array.from({ length: count }, () => 1n), { remainder: spec.residual })) adjust.push(ops.of(share));
    } else {
      // The first installment takes the difference: more for a long period, less for a short one.
      adjust.push(ops.of(extra));
    }
  }
  const rows: ScheduleRow[] = [];
  let totalPayments = zero;
  let totalInterest = zero;
  for (let k = 0; k < count; k += 1) {
    let base: V;
    if (spec.kind === 'flat') base = zero;
    else if (k === 0 && odd !== undefined) base = firstRegular;
    else if (factors !== undefined) base = ops.mulDiv(balance, factors.nums[k] as bigint, factors.dens[k] as bigint);
    else base = ops.mulDiv(balance, spec.a, spec.b);
    // (A read past the end of an array is a slow path in V8: check the length first.)
    const extra = k < adjust.length ? adjust[k] : undefined;
    const interest = extra === undefined ? base : ops.add(base, extra);
    let principal: V;
    let last = k === count - 1;
    if (last) principal = balance;
    else if (parts !== undefined) principal = parts[k] as V;
    else {
      // Level: the payment less the period's (regular) interest; a period whose interest
      // exceeds the payment repays nothing (the installment is then the interest). The
      // principal part of an odd first period is that of a regular one.
      principal = ops.sub(P, base);
      if (ops.lt(principal, zero)) principal = zero;
    }
    if (!last && !ops.lt(principal, balance)) {
      principal = balance;
      last = true;
    }
    const pay = ops.add(principal, interest);
    balance = ops.sub(balance, principal);
    totalPayments = ops.add(totalPayments, pay);
    totalInterest = ops.add(totalInterest, interest);
    rows.push({ number: k + 1, dueDate: dueDates[k] as string, amount: ops.fmt(pay), principal: ops.fmt(principal), interest: ops.fmt(interest), balance: ops.fmt(balance) });
    if (last) break;
  }
  if (!ops.exact(totalPayments)) return undefined;
  return { rows, totalPayments, totalInterest };
}

/** Below 2^52, integer products and quotients of doubles are exact (see numberOps). */
const SAFE_LIMIT = 2 ** 52;

/**
 * The rows of the common plans on plain numbers, with nothing but number arithmetic in the
 * loop: periodic interest (or none) and no odd first period, every amount and running total
 * proven below 2^52 up front (the balance never rises, and each period's interest is at most
 * `balance·a/b + 1`). Returns undefined when it does not apply; the caller then runs
 * {@link computeRows}, which gives the same rows (a property test checks it against the bigint
 * path, ties included). Each period's interest `round(balance·a/b)` is one exact product, one
 * float division truncated (exact below 2^52) and a remainder, rounded by `mode`; amounts are
 * formatted without BigInt, and the regular payment is formatted once.
 */
export function fastRows(spec: PlanSpec, n: number, payment: bigint, dueDates: readonly string[]): ComputedRows<number> | undefined {
  if (spec.kind !== 'flat' && (spec.interestMethod !== 'periodic' || occurrenceDay(spec.rule, -1) !== spec.agreementDay)) return undefined;
  const financed = Number(spec.financed);
  const a = Number(spec.a);
  const b = Number(spec.b);
  const P = Number(payment);
  if (!(financed * a < SAFE_LIMIT && b < SAFE_LIMIT && P < SAFE_LIMIT && financed + n * ((financed * a) / b + 1) < SAFE_LIMIT)) return undefined;
  const flat = spec.kind === 'flat';
  const bigParts = spec.kind === 'level' ? undefined : principalParts(spec, n, payment);
  const count = bigParts === undefined ? n : bigParts.length;
  const parts = bigParts === undefined ? undefined : bigParts.map(Number);
  const m = spec.minorUnits;
  const mode = spec.rounding;
  const paymentText = formatMinor(P, m);
  const rows = new Array<ScheduleRow>(count);
  let balance = financed;
  let totalPayments = 0;
  let totalInterest = 0;
  let k = 0;
  for (; k < count; k += 1) {
    let interest = 0;
    if (!flat) {
      const product = balance * a;
      const q = Math.trunc(product / b);
      interest = roundUp(q, product - q * b, b, mode);
    }
    let last = k === count - 1;
    let principal: number;
    if (last) principal = balance;
    else if (parts !== undefined) principal = parts[k] as number;
    else {
      principal = P - interest;
      if (principal < 0) principal = 0;
    }
    if (!last && principal >= balance) {
      principal = balance;
      last = true;
    }
    const pay = principal + interest;
    balance -= principal;
    totalPayments += pay;
    totalInterest += interest;
    rows[k] = { number: k + 1, dueDate: dueDates[k] as string, amount: pay === P ? paymentText : formatMinor(pay, m), principal: formatMinor(principal, m), interest: formatMinor(interest, m), balance: formatMinor(balance, m) };
    if (last) break;
  }
  if (k + 1 < count) rows.length = k + 1;
  return { rows, totalPayments, totalInterest };
}

/**
 * The unit-period rate of a schedule's APR: a schedule has one advance, at the beginning of the
 * term, so the fixed-point methods always apply ({@link solveSingleAdvanceRate}, else bisection);
 * the same rate as {@link apr}'s, without the general solver and its decimal.js, which a page that
 * builds schedules then does not bundle.
 */
function scheduleRate(terms: readonly EquationTerm[]): Digits {
  return (solveSingleAdvanceRate(terms) ?? bisectSingleAdvanceRate(terms)) as Digits;
}

/**
 * The APR of a schedule's own data: the amount financed advanced on the agreement date, each
 * installment on its scheduled date (the row's date, or, with business-day moves, the date
 * before the move).
 */
function aprOfSchedule(schedule: Omit<PlanSchedule, 'apr'>): AprResult {
  const rows = schedule.installments;
  const terms = schedule.terms;
  const scheduled = terms.businessDays === undefined ? undefined : occurrenceIsos(dueDateRule(terms), rows.length);
  return aprWith({
    amountFinanced: schedule.amountFinanced,
    advanceDate: terms.agreementDate,
    currency: schedule.currency,
    payments: rows.map((row, k) => ({ amount: row.amount, date: scheduled === undefined ? row.dueDate : (scheduled[k] as string) })),
  }, scheduleRate);
}

/**
 * The one `apr` getter every schedule shares: computes the APR from the schedule's own data and
 * replaces itself with the value (a plain data property), unless the schedule was frozen.
 */
function aprGetter(this: Omit<PlanSchedule, 'apr'>): AprResult {
  const value = aprOfSchedule(this);
  Reflect.defineProperty(this, 'apr', { value, enumerable: true, writable: false, configurable: false });
  return value;
}

/**
 * Every schedule's `apr`, one descriptor for all. (A getter written in an object literal is a
 * new function per schedule, and V8 then gives every schedule its own hidden class: building
 * got four times slower, nearly all of it garbage collection; a WeakMap of sources was as slow.
 * Measured.)
 */
const APR_PROPERTY: PropertyDescriptor = { get: aprGetter, enumerable: true, configurable: true };

/**
 * A schedule as plain data: every field an own enumerable property, `apr` included. `apr` is an
 * own enumerable getter that computes the APR from the schedule's data on first read and turns
 * into a plain value (the root-finding costs far more than the schedule, and most callers of a
 * 360-row schedule never read it); a spread, `Object.assign`, `structuredClone` and
 * `JSON.stringify` all read it, so every copy carries the APR as a plain value. (The getter was
 * once on a class prototype over a private field: copies lost it, and copies that kept the
 * prototype threw a TypeError.)
 */
function scheduleObject(data: Omit<PlanSchedule, 'apr'>): PlanSchedule {
  return Object.defineProperty(data, 'apr', APR_PROPERTY) as PlanSchedule;
}

function idle(key: string, why: string): UnsupportedOptionError {
  return new UnsupportedOptionError(`"${key}": ${why}; leave it out.`, { path: [key] }, PlanErrorCodes.PLAN_UNSUPPORTED_OPTION);
}

/**
 * Options that would be accepted and ignored are refused (an option without effect is an
 * error, never a no-op): the interest options of a plan without interest (its installments are
 * equal shares rounded down, the residual to one installment: there is nothing to round, count
 * or spread), `dayCount` where no interest is counted by days, and `oddPeriodInterest` where
 * there is no longer first period to place.
 */
function refuseOptionsWithoutEffect(spec: PlanSpec): void {
  const t = spec.terms;
  if (spec.kind === 'flat') {
    for (const key of ['roundingMode', 'interestMethod', 'dayCount', 'oddPeriodInterest'] as const) {
      if (t[key] !== undefined) throw idle(key, 'a plan without interest has equal installments (rounded down, the residual to one installment) and no interest to round, count or place');
    }
    return;
  }
  const odd = oddFactor(spec);
  if (t.dayCount !== undefined && spec.interestMethod === 'periodic' && odd === undefined) {
    throw idle('dayCount', 'the plan charges periodic interest and has no odd first period, so no interest is counted by days');
  }
  if (t.oddPeriodInterest !== undefined) {
    if (spec.interestMethod !== 'periodic') throw idle('oddPeriodInterest', 'with interestMethod "dayCount" the first period is charged for its actual days in the first installment');
    if (odd === undefined || odd.num * spec.b <= spec.a * odd.den) throw idle('oddPeriodInterest', 'the first period is not longer than a regular one, so there is no extra interest to place');
  }
}

/** Builds a schedule from parsed terms. @internal */
export function scheduleOf(terms: PlanTerms, refuseIdleOptions = false): PlanSchedule {
  const spec = planSpec(terms);
  if (refuseIdleOptions) refuseOptionsWithoutEffect(spec);
  if (spec.residual === 'first' && spec.kind === 'level') {
    throw new UnsupportedOptionError(
      '"residual": "first" applies to equal-principal and interest-free plans; a level plan with interest always settles the rounding residual in its last installment, which pays the balance.',
      { path: ['residual'] },
      PlanErrorCodes.PLAN_UNSUPPORTED_OPTION,
    );
  }
  let n: number;
  let payment: bigint;
  if (terms.installments !== undefined) {
    n = terms.installments;
    payment = regularFor(spec, n);
    if (payment <= 0n) throw tooSmall(`${n} installments of ${terms.principal} ${spec.currency} would be zero: use fewer installments.`, 'installments');
    const interest = neverAmortizes(spec, payment);
    if (interest !== undefined) {
      throw tooSmall(
        `${n} installments make each one ${fromMinorUnits(payment, spec.currency)}, no more than one period's interest on ${fromMinorUnits(spec.financed, spec.currency)} (${fromMinorUnits(interest, spec.currency)} once rounded): the plan would never be paid off; use fewer installments or a larger roundingIncrement.`,
        'installments',
      );
    }
  } else {
    payment = toMinorUnits((terms.installmentAmount ?? terms.regularPrincipalAmount) as string, spec.currency);
    n = solveCount(spec, payment);
  }
  checkLastOccurrence(spec.rule, n);
  const scheduled = occurrenceIsos(spec.rule, n);
  const fast = (fastRows(spec, n, payment, scheduled) ?? computeRows(numberOps(spec.minorUnits, spec.rounding), spec, n, payment, scheduled)) as ComputedRows<number | bigint> | undefined;
  const ops = (fast === undefined ? bigintOps(spec.currency, spec.rounding) : numberOps(spec.minorUnits, spec.rounding)) as PlanOps<number | bigint>;
  const computed = fast ?? (computeRows(bigintOps(spec.currency, spec.rounding), spec, n, payment, scheduled) as ComputedRows<number | bigint>);
  const installments = computed.rows;
  const count = installments.length;
  const adjustment = terms.businessDays;
  if (adjustment !== undefined) {
    for (let k = 0; k < count; k += 1) {
      const row = installments[k] as ScheduleRow;
      installments[k] = { ...row, dueDate: adjustBusinessDay(row.dueDate, adjustment.convention, adjustment.calendar) };
    }
  }
  const zero = ops.fmt(ops.zero);
  const financed = ops.fmt(ops.of(spec.financed));
  const downPayment = ops.fmt(ops.of(spec.downPayment));
  const regular = ops.fmt(ops.of(payment));
  const totals = {
    installmentsAmount: ops.fmt(computed.totalPayments),
    principal: financed,
    interest: ops.fmt(computed.totalInterest),
    downPayment: spec.downPayment === 0n ? zero : downPayment,
    totalCost: ops.fmt(ops.add(computed.totalPayments, ops.of(spec.downPayment))),
  };
  // Two literals of fixed shape (a conditional spread costs a tenth of a 12-row schedule).
  if (spec.kind === 'equalPrincipal') {
    return scheduleObject(
      { currency: spec.currency, method: spec.method, interestMethod: spec.interestMethod, regularPrincipalAmount: regular, installmentCount: count, amountFinanced: financed, installments, totals, terms },
    );
  }
  return scheduleObject(
    { currency: spec.currency, method: spec.method, interestMethod: spec.interestMethod, regularInstallmentAmount: regular, installmentCount: count, amountFinanced: financed, installments, totals, terms },
  );
}

/**
 * Builds the payment schedule of a plan, exact to the minor unit.
 *
 * **Methods** (`method`, default `'level'`):
 * - `'level'` (annuity): the payment `P = B·i / (1 − (1+i)^−n)` for the amount financed `B`
 *   and periodic rate `i`, computed exactly with integers (`i = a/b`:
 *   `P = B·a·(a+b)^n / (b·((a+b)^n − b^n))`) and rounded once in `roundingMode` (default
 *   `halfExpand`) to the minor unit, or up to `roundingIncrement`. Each installment pays `P`:
 *   the period's interest, rounded, and the rest as principal. The last installment pays the
 *   remaining balance and its interest, so it absorbs the rounding residual (10000.00 at 12% in
 *   12: 888.49 and a last of 888.47).
 * - `'equalPrincipal'`: each installment repays the same principal (rounded down; the
 *   `residual` installment takes the rest) plus that period's interest.
 * - `'interestFree'` (and any plan with `annualRate` `'0'`): equal installments, the residual to
 *   the last (1000.00 in 3: 333.33, 333.33, 333.34) or the first (`residual: 'first'`).
 *
 * **Interest** (`interestMethod`): `'periodic'` (default) charges `balance × annualRate / m`
 * a period (m = 52 weekly, 26 biweekly, 13 every four weeks, 24 semi-monthly, 12 monthly, 4
 * quarterly); `'dayCount'` charges `balance × annualRate × yearFraction(period)` under
 * `dayCount` (default `'actual365'`: daily simple interest on actual days), periods running
 * between scheduled (unadjusted) due dates, the first from the agreement date. The level
 * payment is computed with the periodic rate either way; with day-count interest the last
 * installment settles the difference. Each period's interest is rounded once, in `roundingMode`.
 *
 * **Odd first period** (periodic interest): when the agreement date is not one period before
 * the first due date, the first period's interest is `balance × (i + annualRate ×
 * yearFraction(agreement, firstDue − 1 period))` under `dayCount`, rounded once. The difference
 * from a regular period goes to the first installment (`oddPeriodInterest: 'firstInstallment'`,
 * default) or, when it is extra interest, is spread evenly over all installments (`'spread'`).
 * A short first period always lowers the first installment.
 *
 * **Count or payment**: give `installments` and the payment is solved, or `installmentAmount`
 * and the count is: the smallest count whose regular installment does not exceed the amount
 * (so the count given by a payment solved from a count gives that payment back); when the
 * amount is not exactly that count's installment, every installment is the amount and the
 * last pays what is left. An `'equalPrincipal'` plan has no regular installment (each falls as
 * interest falls): its count is solved from `regularPrincipalAmount`, the principal part of
 * each installment (the output field of the same name), and `installmentAmount` is refused
 * there (`PLAN_INVALID_TERMS`), as `regularPrincipalAmount` is on other plans.
 *
 * **Options**: `downPayment` (paid at the agreement; the installments repay `principal −
 * downPayment`), `balloon` (the final installment's amount; the others are level), 
 * `roundingIncrement` (the solved installment is rounded up to a multiple: whole dollars
 * with `'1'`; the last installment is then smaller, and a plan may end early), `anchorDay` and
 * `semiMonthlyDays` (as `arrears/calendar` recurrences: a plan anchored on the 31st pays on the
 * last day of shorter months and on the 31st again after; semi-monthly plans from the 15th pay
 * on the 15th and the last day), `businessDays` (each due date moved by the convention on the
 * calendar; interest periods stay on the scheduled dates).
 *
 * **Exact**: every amount has the currency's minor digits; the balance ends at exactly zero;
 * the principal parts sum to the amount financed; the installments sum to principal plus
 * interest; no amount is negative.
 *
 * **APR**: `apr` is the annual percentage rate by {@link apr} (Regulation Z Appendix J), with
 * the amount financed advanced on the agreement date and each installment on its scheduled
 * date (12 CFR 1026.17(c)(3)(ii) lets a creditor disregard, in its disclosure calculations,
 * "That dates of scheduled payments and advances may be changed because the scheduled date is
 * not a business day": https://www.ecfr.gov/current/title-12/chapter-X/part-1026/subpart-C/section-1026.17).
 * It is computed on first read (an own enumerable getter: copies, `structuredClone` and JSON
 * carry it as a plain value).
 *
 * **Regular amounts**: `regularInstallmentAmount` is what a regular installment pays (the
 * level payment, or the equal installment of a plan without interest); an equal-principal
 * plan, whose installments fall as interest falls, has `regularPrincipalAmount` (the principal
 * part of a regular installment) instead.
 *
 * @param terms - the plan terms; see {@link PlanTermsSchema}
 * @returns the schedule: rows, totals, the regular payment, the APR; see {@link PlanSchedule}
 * @throws {@link arrears!ValidationError} for malformed terms: amounts (`MONEY_*`,
 *   `MONEY_NOT_POSITIVE` for a zero or negative one), `PLAN_INVALID_RATE`, `PLAN_INVALID_TERMS`,
 *   `PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT`, `PLAN_DOWN_PAYMENT_TOO_LARGE`,
 *   `PLAN_BALLOON_TOO_LARGE`, `INPUT_OUT_OF_RANGE` (installments 0 or above 10,000), dates
 * @throws {@link arrears!DomainRuleError} `PLAN_PAYMENT_TOO_SMALL` when the installment never
 *   pays the plan off (a level installment no larger than one period's interest on the amount
 *   financed, rounded as the rows round it, whether given or solved from the count; or
 *   installments that would be zero), `PLAN_DATE_OUT_OF_RANGE`
 * @throws {@link arrears!UnsupportedOptionError} `PLAN_UNSUPPORTED_OPTION` for `residual: 'first'`
 *   on a level plan with interest, and for an option that would have no effect: `roundingMode`,
 *   `interestMethod`, `dayCount` or `oddPeriodInterest` on a plan without interest, `dayCount`
 *   on periodic interest without an odd first period, `oddPeriodInterest` without a longer
 *   first period (or with day-count interest)
 *
 * @example
 * ```ts
 * import { buildSchedule } from 'arrears/plan';
 * const plan = buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
 * plan.installments.map((row) => row.amount); // => ['333.33', '333.33', '333.34']
 * plan.installments[2]; // => { number: 3, dueDate: '2026-04-15', amount: '333.34', principal: '333.34', interest: '0.00', balance: '0.00' }
 * const loan = buildSchedule({ principal: '10000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 });
 * [loan.regularInstallmentAmount, loan.totals.interest, loan.installments[11]?.amount]; // => ['888.49', '661.86', '888.47']
 * loan.apr.aprPercent; // => '12.00'
 * structuredClone(loan).apr.aprPercent; // => '12.00'
 * const byPrincipal = buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12, method: 'equalPrincipal' });
 * [byPrincipal.regularPrincipalAmount, byPrincipal.installments[0]?.amount]; // => ['83.33', '93.33']
 * buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installmentAmount: '10.00' }); // throws PLAN_PAYMENT_TOO_SMALL
 * ```
 */
export function buildSchedule(terms: PlanTermsInput): PlanSchedule {
  return scheduleOf(fastTerms(terms) ?? parseInput(PlanTermsSchema, terms), true);
}

/**
 * The non-throwing twin of {@link buildSchedule}, for terms that come from users.
 *
 * @param terms - anything; {@link PlanTermsInput} is expected
 * @returns `{ success: true, data }` with the schedule, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeBuildSchedule } from 'arrears/plan';
 * safeBuildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }).success; // => true
 * const failed = safeBuildSchedule({ principal: '0.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
 * failed.success ? undefined : [failed.error.code, failed.error.path]; // => ['MONEY_NOT_POSITIVE', ['principal']]
 * ```
 */
export function safeBuildSchedule(terms: unknown): ArrearsResult<PlanSchedule> {
  return attempt(() => buildSchedule(terms as PlanTermsInput));
}

/** Periods per year of a frequency. @internal */
export function periodsPerYear(frequency: string): number {
  return PERIODS_PER_YEAR[frequency] as number;
}
