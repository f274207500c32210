import type { BusinessCalendar } from '../calendar/index.js';
import { toDayNumber } from '../calendar/index.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import { attempt, DomainRuleError, isArrearsError, ValidationError } from '../errors/index.js';
import { divideRounded, fromMinorUnits, getCurrency, toMinorUnits } from '../money/index.js';
import { PlanStateSchema } from '../plan/index.js';
// Not a public export of arrears/plan (a schedule is what buildSchedule returns), shared here.
import { PlanScheduleSchema } from '../plan/schemas.js';
import type { PlanPaymentRecord, PlanState } from '../plan/index.js';
import { parseInput } from '../internal/parse.js';
import { FeesErrorCodes, FeesReasonCodes } from './codes.js';
import type { FeesReasonCode } from './codes.js';
import { dailyLine, describeExpression, evaluate, extendLine, isTimeDependent, lineDays, usesBase } from './expression.js';
import type { DailyLine, FeeContext, Rational, Trace } from './expression.js';
import { buildFeeCalendar, firstFeeDayNumber } from './first-fee-day.js';
import { presetOrThrow, presetVersionOn } from './presets.js';
import { AssessLateFeesInputSchema, MAX_FEE_OCCURRENCES, MAX_INSTALLMENTS } from './schemas.js';
import { grant, ownCapped, sweep } from './cap-room.js';
import type { Bound, Consumed, Limit, Priced, Slot } from './cap-room.js';
import { dateOf, dayOf, fastInput } from './fast-input.js';
import type {
  AssessLateFeesInput,
  FeeBase,
  FeeBound,
  FeeCapKind,
  FeeExpression,
  FeePreset,
  FeePresetVersion,
  LateFee,
  LateFeeAssessment,
  LateFeePolicy,
  FeeWaiverKind,
  NoLateFee,
  NoLateFeeDetails,
} from './types.js';

/** Largest amount (in minor units) the fast path takes: sums of 1,200 rows stay safe integers. */
const MAX_MINOR = 1e12;

type Path = ReadonlyArray<string | number>;

/** One installment, normalised (internal). */
interface Row {
  readonly number: number;
  readonly index: number;
  readonly due: number;
  readonly dueDate: string;
  readonly amount: number;
  readonly principalAndInterest: number | undefined;
  readonly minimum: number;
}

/** Everything a run needs, validated once (internal). */
export interface Prepared {
  readonly currency: string;
  readonly digits: number;
  readonly rows: readonly Row[];
  /** Payment days and amounts, summed per day, ascending, none after the original `asOf`. */
  readonly paymentDays: readonly number[];
  readonly paymentAmounts: readonly number[];
  readonly policy: LateFeePolicy;
  readonly presets: readonly FeePreset[];
  readonly firstFeeDays: readonly number[];
  /** For each row, the preset whose waiting period set its first fee day (later than the policy's own), if one did. */
  readonly firstFeeRules: ReadonlyArray<string | undefined>;
  readonly once: string | undefined;
  readonly currentFirst: boolean;
  readonly scheduledPayment: number;
  readonly originalBalance: number;
  readonly hardship: boolean | ReadonlyArray<readonly [number, number]>;
  /** Whether the input said anything of hardship (a waiver without it warns). */
  readonly hardshipKnown: boolean;
  readonly minorOf: (amount: string) => number;
  readonly timeDependent: boolean;
}

function formatPath(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Converts an already-checked decimal string to minor units, with the field's path on error. */
function minorUnits(amount: string, currency: string, path: Path): number {
  let minor: bigint;
  try {
    minor = toMinorUnits(amount, currency);
  } catch (error) {
    if (isArrearsError(error)) {
      throw new ValidationError([{ code: error.code, path, message: `"${formatPath(path)}": ${error.message.replace(/^"[^"]*":\s*/, '')}` }], { cause: error });
    }
    /* v8 ignore next -- toMinorUnits throws only arrears errors */
    throw error;
  }
  if (minor > BigInt(MAX_MINOR) || minor < -BigInt(MAX_MINOR)) {
    throw new ValidationError([
      { code: FeesErrorCodes.FEES_AMOUNT_TOO_LARGE, path, message: `"${formatPath(path)}": ${amount} ${currency} is above the largest amount the fee engine takes (10^12 minor units).` },
    ]);
  }
  return Number(minor);
}

function hardshipRanges(input: unknown): boolean | ReadonlyArray<readonly [number, number]> {
  if (input === undefined) return false;
  if (typeof input === 'boolean') return input;
  return (input as ReadonlyArray<{ start: string; end?: string | undefined }>).map((p) => [toDayNumber(p.start), p.end === undefined ? Number.POSITIVE_INFINITY : toDayNumber(p.end)] as const);
}

/** Validates the input and builds the integer form the engine runs on (internal). */
export function prepare(input: unknown): { prepared: Prepared; asOf: number } {
  const parsed = fastInput(input) ?? parseInput(AssessLateFeesInputSchema, input);
  const { policy } = parsed;
  const fromPlan = parsed.schedule === undefined ? scheduleOfPlan(parsed.plan) : undefined;
  const schedule = parsed.schedule ?? (fromPlan as PlanSchedule).schedule;
  const currency = schedule.currency;
  if (parsed.payments !== undefined && fromPlan?.log !== undefined) {
    throw new ValidationError([{ code: FeesErrorCodes.FEES_INVALID_SCHEDULE, path: ['payments'], message: '"payments": the plan state keeps its own payment log, which the assessment reads; leave "payments" out so that no payment counts twice.' }]);
  }
  const payments = parsed.payments ?? fromPlan?.log ?? [];
  const digits = getCurrency(currency).minorUnits;
  if (!policy.noPyramiding && policy.accountType === 'consumer') {
    throw new DomainRuleError(
      FeesErrorCodes.FEES_PYRAMIDING_NOT_ALLOWED,
      '"policy.noPyramiding": late fees may not be pyramided on a consumer account (16 CFR 444.4): a payment that covers the installment due on time or within grace is never late because an earlier late fee is unpaid.',
      { path: ['policy', 'noPyramiding'] },
    );
  }
  const asOf = dayOf(parsed.asOf);
  const flatCache = new Map<string, number>();
  const minorOf = (amount: string): number => {
    let v = flatCache.get(amount);
    if (v === undefined) {
      v = minorUnits(amount, currency, ['policy']);
      flatCache.set(amount, v);
    }
    return v;
  };
  // Check every amount in the policy against the currency now, with its path.
  checkPolicyAmounts(policy, currency);

  const seen = new Set<number>();
  const raw = schedule.installments.map((row, i) => {
    const path = ['schedule', 'installments', i];
    if (seen.has(row.number)) {
      throw new ValidationError([{ code: FeesErrorCodes.FEES_INVALID_SCHEDULE, path: [...path, 'number'], message: `"${formatPath([...path, 'number'])}": installment number ${row.number} appears more than once.` }]);
    }
    seen.add(row.number);
    const amount = minorUnits(row.amount, currency, [...path, 'amount']);
    const principal = row.principal === undefined ? undefined : minorUnits(row.principal, currency, [...path, 'principal']);
    const interest = row.interest === undefined ? undefined : minorUnits(row.interest, currency, [...path, 'interest']);
    const minimum = row.minimumPayment === undefined ? amount : minorUnits(row.minimumPayment, currency, [...path, 'minimumPayment']);
    const pi = principal === undefined || interest === undefined ? undefined : principal + interest;
    return { number: row.number, dueDate: row.dueDate, due: dayOf(row.dueDate), amount, principal, principalAndInterest: pi, minimum };
  });
  raw.sort((a, b) => a.due - b.due || a.number - b.number);
  const rows: Row[] = raw.map((r, index) => ({ number: r.number, index, due: r.due, dueDate: r.dueDate, amount: r.amount, principalAndInterest: r.principalAndInterest, minimum: r.minimum }));

  // Payments: those after asOf are ignored; same-day payments are summed (order never matters).
  const byDay = new Map<number, number>();
  payments.forEach((payment, i) => {
    if (payment.currency !== undefined && payment.currency !== currency) {
      throw new DomainRuleError(FeesErrorCodes.FEES_CURRENCY_MISMATCH, `"payments[${i}].currency": the payment is in ${payment.currency} but the schedule is in ${currency}.`, { path: ['payments', i, 'currency'] });
    }
    const day = dayOf(payment.date);
    const minor = minorUnits(payment.amount, currency, ['payments', i, 'amount']);
    if (day <= asOf) byDay.set(day, (byDay.get(day) ?? 0) + minor);
  });
  const paymentDays = [...byDay.keys()].sort((a, b) => a - b);
  const paymentAmounts = paymentDays.map((d) => byDay.get(d) ?? 0);

  // Presets.
  const presets = policy.presets.map((id, i) => {
    const preset = presetOrThrow(id, ['policy', 'presets', i]);
    if (policy.accountKind !== undefined && !preset.scope.includes(policy.accountKind)) {
      throw new DomainRuleError(
        FeesErrorCodes.FEES_PRESET_SCOPE_MISMATCH,
        `"policy.presets[${i}]": the preset ${preset.id} (${preset.citation}) covers ${preset.scope.join(', ')} accounts, not ${policy.accountKind}.`,
        { path: ['policy', 'presets', i] },
      );
    }
    if (currency !== 'USD') {
      throw new DomainRuleError(
        FeesErrorCodes.FEES_PRESET_SCOPE_MISMATCH,
        `"policy.presets[${i}]": the preset ${preset.id} (${preset.citation}) is written in US dollars and cannot apply to a ${currency} schedule.`,
        { path: ['policy', 'presets', i] },
      );
    }
    return preset;
  });

  const expressions: Array<FeeExpression | undefined> = [policy.amount, policy.caps?.perFee, policy.caps?.perInstallment];
  for (const preset of presets) for (const v of preset.versions) expressions.push(v.perFee, v.perInstallment);
  if (expressions.some((e) => usesBase(e, 'principalAndInterest'))) {
    const missing = rows.find((r) => r.principalAndInterest === undefined);
    if (missing !== undefined) {
      throw new DomainRuleError(
        FeesErrorCodes.FEES_BASE_UNAVAILABLE,
        `"schedule.installments": installment ${missing.number} has no "principal" and "interest", which a percent of the principal-and-interest part needs.`,
        { path: ['schedule', 'installments'] },
      );
    }
  }

  // First fee days: the latest of the policy's and every preset's (the version in force on the due date).
  const trigger = policy.trigger;
  const calendar: BusinessCalendar | undefined = trigger.dayType === 'business' || trigger.extendToBusinessDay ? buildFeeCalendar(trigger.calendar ?? 'usFederal') : undefined;
  let once: string | undefined;
  let currentFirst = policy.paymentApplication === 'currentFirst';
  const firstFeeRules: Array<string | undefined> = [];
  const firstFeeDays = rows.map((row) => {
    let first = firstFeeDayNumber(row.due, trigger, calendar);
    let rule: string | undefined;
    for (const preset of presets) {
      const version = presetVersionOn(preset, row.dueDate);
      if (version === undefined) continue;
      const statutory = firstFeeDayNumber(row.due, { ...version.trigger, dayType: 'calendar', extendToBusinessDay: false }, undefined);
      if (statutory > first) {
        first = statutory;
        rule = preset.id;
      }
      if (version.oncePerInstallment && once === undefined) once = preset.id;
      if (version.paymentApplication === 'currentFirst') currentFirst = true;
    }
    firstFeeRules.push(rule);
    return first;
  });

  // The schedule's regular payment: the most common amount (ties: the earliest).
  const counts = new Map<number, number>();
  let scheduledPayment = rows[0]?.amount ?? 0;
  let best = 0;
  for (const row of rows) {
    const c = (counts.get(row.amount) ?? 0) + 1;
    counts.set(row.amount, c);
    if (c > best) {
      best = c;
      scheduledPayment = row.amount;
    }
  }
  const originalBalance =
    schedule.originalBalance !== undefined
      ? minorUnits(schedule.originalBalance, currency, ['schedule', 'originalBalance'])
      : schedule.amountFinanced !== undefined
        ? minorUnits(schedule.amountFinanced, currency, ['schedule', 'amountFinanced'])
        : raw.every((r) => r.principal !== undefined)
        ? raw.reduce((s, r) => s + (r.principal ?? 0), 0)
        : raw.reduce((s, r) => s + r.amount, 0);

  const timeDependent = expressions.some(isTimeDependent);
  return {
    prepared: {
      currency,
      digits,
      rows,
      paymentDays,
      paymentAmounts,
      policy,
      presets,
      firstFeeDays,
      firstFeeRules,
      once,
      currentFirst,
      scheduledPayment,
      originalBalance,
      hardship: hardshipRanges(parsed.hardship),
      hardshipKnown: parsed.hardship !== undefined,
      minorOf,
      timeDependent,
    },
    asOf,
  };
}

type FeeSchedule = NonNullable<ReturnType<typeof AssessLateFeesInputSchema.parse>['schedule']>;
type FeePayment = NonNullable<ReturnType<typeof AssessLateFeesInputSchema.parse>['payments']>[number];
/** A plan as the engine reads it: its rows as a fee schedule and, for a state with one, its payment log. */
interface PlanSchedule {
  readonly schedule: FeeSchedule;
  readonly log: readonly FeePayment[] | undefined;
}

/**
 * The fee schedule of a plan schedule or plan state of `arrears/plan` (internal): each row's
 * amount due is its principal plus interest (fees posted on the plan are never part of an
 * installment: 16 CFR 444.4), the original balance the plan's principal. A state (it has a
 * `credit`) is parsed with `PlanStateSchema`, a schedule with `PlanScheduleSchema`. A state that
 * keeps a payment log gives its payments, a reversed (returned) payment left out: it never paid.
 */
function scheduleOfPlan(plan: unknown): PlanSchedule {
  const isState = typeof plan === 'object' && plan !== null && Object.prototype.hasOwnProperty.call(plan, 'credit');
  let parsed: { terms: Pick<PlanState['terms'], 'currency' | 'principal'>; installments: ReadonlyArray<{ number: number; dueDate: string; principal: string; interest: string; amount?: string | undefined }> };
  let records: readonly PlanPaymentRecord[] | undefined;
  if (isState) {
    const state = parseInput(PlanStateSchema, plan, ['plan']);
    parsed = state;
    records = state.payments;
  } else {
    parsed = parseInput(PlanScheduleSchema, plan, ['plan']);
  }
  const currency = parsed.terms.currency;
  const installments = parsed.installments.map((row) => ({
    number: row.number,
    dueDate: row.dueDate,
    // A state row's `amount` is the plan's own "principal plus interest, fees not included";
    // a schedule row (and a state row written before it had one) gives the same sum from its parts.
    amount: row.amount ?? fromMinorUnits(toMinorUnits(row.principal, currency) + toMinorUnits(row.interest, currency), currency),
    principal: row.principal,
    interest: row.interest,
  }));
  // Every payment received and not returned, at its amount and date (a part held as credit
  // included: it was paid); a reversed payment never paid, whenever it came back.
  const log = records?.filter((r) => r.reversedOn === undefined && /[1-9]/.test(r.amount)).map((r) => ({ amount: r.amount, date: r.date }));
  return { schedule: { currency, installments, originalBalance: parsed.terms.principal }, log };
}

function checkPolicyAmounts(policy: LateFeePolicy, currency: string): void {
  const visit = (expr: FeeExpression | undefined, path: Path): void => {
    if (expr === undefined) return;
    switch (expr.type) {
      case 'flat':
        minorUnits(expr.amount, currency, [...path, 'amount']);
        return;
      case 'greaterOf':
      case 'lesserOf':
      case 'sum':
        expr.of.forEach((e, i) => visit(e, [...path, 'of', i]));
        return;
      case 'tiers':
        expr.tiers.forEach((t, i) => visit(t.amount, [...path, 'tiers', i, 'amount']));
        return;
      case 'bands':
        expr.bands.forEach((b, i) => {
          if (b.maxBase !== undefined) minorUnits(b.maxBase, currency, [...path, 'bands', i, 'maxBase']);
          visit(b.amount, [...path, 'bands', i, 'amount']);
        });
        return;
      case 'daily':
        visit(expr.perDay, [...path, 'perDay']);
        return;
      case 'repeat':
        visit(expr.first, [...path, 'first']);
        visit(expr.repeat, [...path, 'repeat']);
        return;
      default:
        return;
    }
  };
  visit(policy.amount, ['policy', 'amount']);
  visit(policy.caps?.perFee, ['policy', 'caps', 'perFee']);
  visit(policy.caps?.perInstallment, ['policy', 'caps', 'perInstallment']);
  if (policy.caps?.perPeriod !== undefined) minorUnits(policy.caps.perPeriod.max, currency, ['policy', 'caps', 'perPeriod', 'max']);
  if (policy.caps?.lifetime?.max !== undefined) minorUnits(policy.caps.lifetime.max, currency, ['policy', 'caps', 'lifetime', 'max']);
  if (policy.minUnpaidAmount !== undefined) minorUnits(policy.minUnpaidAmount, currency, ['policy', 'minUnpaidAmount']);
  if (policy.waivers?.feeBelow !== undefined) minorUnits(policy.waivers.feeBelow, currency, ['policy', 'waivers', 'feeBelow']);
}

/** The unpaid amount of each installment over time (internal). */
interface Ledger {
  /** For each row: the days its unpaid amount changed, and the amount after each change. */
  readonly changeDays: number[][];
  readonly unpaidAfter: number[][];
  /** The day each row became paid in full (Infinity when never). */
  readonly paidOn: number[];
}

/**
 * Applies payments to installments (never to fees: 16 CFR 444.4) in date order. With
 * `currentFirst`, a payment first goes to the installments it can still make on time (due on or
 * before the payment and whose first fee day is later), most recent first (Cal. Civ. Code
 * 2954.4(b): "applied ... to the most recent installment due"), then to the oldest unpaid.
 * `feeDebits` (business accounts that allow pyramiding) are paid before installments: on a
 * payment day, what each fee dated before it had come to by the day before (an accruing fee
 * owes what it had accrued then, never what it grows to later).
 */
function allocate(p: Prepared, feeDebits: readonly FeeDebit[]): Ledger {
  const rows = p.rows;
  const n = rows.length;
  const unpaid = rows.map((r) => r.amount);
  const changeDays: number[][] = rows.map(() => []);
  const unpaidAfter: number[][] = rows.map(() => []);
  const paidOn = rows.map((r) => (r.amount === 0 ? r.due : Number.POSITIVE_INFINITY));
  let oldest = 0;
  let paidToFees = 0;
  const take = (i: number, available: number, day: number): number => {
    const owed = unpaid[i] ?? 0;
    if (owed === 0 || available === 0) return available;
    const used = Math.min(owed, available);
    const left = owed - used;
    unpaid[i] = left;
    const days = changeDays[i] as number[];
    const after = unpaidAfter[i] as number[];
    if (days.length > 0 && days[days.length - 1] === day) after[after.length - 1] = left;
    else {
      days.push(day);
      after.push(left);
    }
    if (left === 0) paidOn[i] = day;
    return available - used;
  };
  for (let k = 0; k < p.paymentDays.length; k++) {
    const day = p.paymentDays[k] as number;
    let available = p.paymentAmounts[k] as number;
    let owed = -paidToFees;
    for (const debit of feeDebits) if (debit.day < day) owed += debit.owedBefore(day);
    if (owed > 0) {
      const used = Math.min(owed, available);
      paidToFees += used;
      available -= used;
    }
    if (p.currentFirst) {
      for (let i = n - 1; i >= 0 && available > 0; i--) {
        const row = rows[i] as Row;
        if (row.due <= day && day < (p.firstFeeDays[i] as number)) available = take(i, available, day);
      }
    }
    while (oldest < n && (unpaid[oldest] ?? 0) === 0) oldest++;
    for (let i = oldest; i < n && available > 0; i++) available = take(i, available, day);
  }
  return { changeDays, unpaidAfter, paidOn };
}

/** The unpaid amount of row i counting payments dated before `day`. */
function unpaidBefore(p: Prepared, ledger: Ledger, i: number, day: number): number {
  const days = ledger.changeDays[i] as number[];
  const after = ledger.unpaidAfter[i] as number[];
  let value = (p.rows[i] as Row).amount;
  for (let k = 0; k < days.length && (days[k] as number) < day; k++) value = after[k] as number;
  return value;
}

/** A fee occurrence to evaluate (internal). */
interface FeeEvent {
  readonly row: number;
  readonly occurrence: number;
  readonly day: number;
  /** Exclusive end of the accrual window. */
  readonly end: number;
  /** The past-due amount on the fee day (installment: its unpaid part; period: the account's). */
  readonly pastDue: number;
  /** Rows that make up the past due (period basis) for segment tracking. */
  readonly rowsPastDue: readonly number[];
  /** Whether the past due is still unpaid on `asOf` (the fee can still accrue). */
  readonly open: boolean;
}

interface RunResult {
  readonly fees: LateFee[];
  readonly notCharged: NoLateFee[];
  readonly charged: number;
  readonly waived: number;
  readonly ledger: Ledger;
  /** Each fee charged, as a debit a payment may go to (business accounts that allow pyramiding). */
  readonly debits: FeeDebit[];
}

/** A fee charged, with what it had come to before a given day (internal). */
interface FeeDebit {
  readonly id: string;
  readonly day: number;
  readonly amount: number;
  owedBefore(day: number): number;
}

/** Runs the engine for one `asOf` on prepared input (internal). */
export function run(p: Prepared, asOf: number, emitFrom = Number.NEGATIVE_INFINITY): RunResult {
  let ledger = allocate(p, []);
  let result = runWith(p, asOf, ledger, emitFrom);
  if (!p.policy.noPyramiding) {
    // Business accounts that allow it: payments go to fees charged before them first. Iterate
    // to a fixed point (fees change lateness, lateness changes fees); at most 8 rounds.
    for (let round = 0; round < 8; round++) {
      // Every fee charged, emitted or not (the next fees' run emits only the later ones).
      ledger = allocate(p, result.debits);
      const next = runWith(p, asOf, ledger, emitFrom);
      const same = next.debits.length === result.debits.length && next.debits.every((d, i) => d.id === result.debits[i]?.id && d.amount === result.debits[i]?.amount);
      result = next;
      if (same) break;
    }
  }
  return result;
}

function runWith(p: Prepared, asOf: number, ledger: Ledger, emitFrom: number): RunResult {
  const { rows, policy } = p;
  const fees: LateFee[] = [];
  const notCharged: NoLateFee[] = [];
  const show = (minor: number): string => fromMinorUnits(BigInt(minor), p.currency);
  const minimum = policy.minUnpaidAmount === undefined ? 0 : p.minorOf(policy.minUnpaidAmount);
  const every = policy.recurrence?.everyDays;
  const maxFees = p.once !== undefined ? 1 : (policy.recurrence?.maxFees ?? (every === undefined ? 1 : Number.POSITIVE_INFINITY));
  const events: FeeEvent[] = [];
  // The bound on output: checked as occurrences are listed, so a daily recurrence over decades
  // stops at the bound instead of filling the heap.
  let occurrences = 0;
  let listing = true;
  const count = (): void => {
    if (!listing) return;
    if ((occurrences += 1) > MAX_FEE_OCCURRENCES) {
      throw new DomainRuleError(
        FeesErrorCodes.FEES_TOO_MANY_FEES,
        `"policy.recurrence": this assessment would list more than ${MAX_FEE_OCCURRENCES} fee occurrences (charged, waived or kept off) up to ${dateOf(asOf)}; recur less often, set "maxFees", or assess an earlier "asOf".`,
        { path: ['policy', 'recurrence'], details: { max: MAX_FEE_OCCURRENCES } },
      );
    }
  };
  const addNoFee = (row: Row, occurrence: number, day: number, code: FeesReasonCode, message: string, extra: NoFeeExtra = {}): void => {
    count();
    if (day < emitFrom) return;
    const details: NoLateFeeDetails = { installment: row.number, occurrence, date: dateOf(day), ...extra.details };
    notCharged.push(extra.citation === undefined ? { code, severity: 'info', message, details } : { code, severity: 'info', message, citation: extra.citation, details });
  };

  if (policy.basis === 'installment') {
    rows.forEach((row, i) => {
      const first = p.firstFeeDays[i] as number;
      const paid = ledger.paidOn[i] as number;
      if (paid <= row.due || row.due >= asOf) return; // on time, or not yet due
      const waiting = graceOf(p, i);
      if (paid < first) {
        addNoFee(row, 1, first, FeesReasonCodes.FEES_WITHIN_GRACE, `No late fee for installment ${row.number}: it was paid in full on ${dateOf(paid)}, within the grace period${waiting.words} that ended on ${dateOf(first - 1)}.`, waiting.extra);
        return;
      }
      if (first > asOf) {
        addNoFee(row, 1, first, FeesReasonCodes.FEES_WITHIN_GRACE, `Installment ${row.number} (due ${row.dueDate}) is unpaid but still within its grace period${waiting.words}; no late fee can fall due before ${dateOf(first)}.`, waiting.extra);
        return;
      }
      for (let k = 0; ; k++) {
        const day = first + k * (every ?? 0);
        // As for the first fee, a payment on a recurrence's day is late for it.
        if (k > 0 && (every === undefined || day > asOf || day > paid)) break;
        if (k >= maxFees) {
          if (p.once !== undefined && every !== undefined) {
            addNoFee(row, k + 1, day, FeesReasonCodes.FEES_CAP_REACHED, `No further late fee for installment ${row.number} on ${dateOf(day)}: ${presetCitation(p, p.once)} allows one late fee per installment.`, { details: { boundBy: p.once }, citation: presetCitation(p, p.once) });
          }
          break;
        }
        const unpaid = unpaidBefore(p, ledger, i, day);
        if (unpaid < minimum) {
          addNoFee(row, k + 1, day, FeesReasonCodes.FEES_BELOW_MINIMUM, `No late fee for installment ${row.number} on ${dateOf(day)}: the unpaid amount ${show(unpaid)} is below the minimum of ${show(minimum)}.`);
          break;
        }
        // The window of days this occurrence counts ends where the next occurrence begins (when
        // there is one: it falls before the day of payment), else on the day of payment or asOf,
        // both included: each day past due is counted once, by one occurrence.
        const nextDay = every === undefined || k + 1 >= maxFees || day + every > paid ? Number.POSITIVE_INFINITY : day + every;
        count();
        events.push({ row: i, occurrence: k + 1, day, end: Math.min(paid + 1, nextDay, asOf + 1), pastDue: unpaid, rowsPastDue: [i], open: paid > asOf });
      }
    });
  } else {
    rows.forEach((row, i) => {
      const day = p.firstFeeDays[i] as number;
      const paid = ledger.paidOn[i] as number;
      const waiting = graceOf(p, i);
      if (paid > row.due && paid < day && row.due < asOf) {
        addNoFee(row, 1, day, FeesReasonCodes.FEES_WITHIN_GRACE, `No late fee for installment ${row.number}: it was paid in full on ${dateOf(paid)}, within the grace period${waiting.words} that ended on ${dateOf(day - 1)}.`, waiting.extra);
      }
      if (day > asOf) {
        if (paid > row.due && paid >= day && row.due < asOf) {
          addNoFee(row, 1, day, FeesReasonCodes.FEES_WITHIN_GRACE, `Installment ${row.number} (due ${row.dueDate}) is unpaid but still within its grace period${waiting.words}; no late fee can fall due before ${dateOf(day)}.`, waiting.extra);
        }
        return;
      }
      let pastDue = 0;
      let cleared = Number.NEGATIVE_INFINITY;
      const contributing: number[] = [];
      for (let j = 0; j < rows.length; j++) {
        if ((p.firstFeeDays[j] as number) > day) continue;
        const u = unpaidBefore(p, ledger, j, day);
        if (u > 0) {
          pastDue += u;
          contributing.push(j);
          cleared = Math.max(cleared, ledger.paidOn[j] as number);
        }
      }
      if (pastDue === 0) return;
      if (pastDue < minimum) {
        addNoFee(row, 1, day, FeesReasonCodes.FEES_BELOW_MINIMUM, `No late fee for the period of installment ${row.number} on ${dateOf(day)}: the past-due amount ${show(pastDue)} is below the minimum of ${show(minimum)}.`);
        return;
      }
      const nextPeriod = p.firstFeeDays[i + 1] ?? Number.POSITIVE_INFINITY;
      count();
      events.push({ row: i, occurrence: 1, day, end: Math.min(cleared + 1, nextPeriod, asOf + 1), pastDue, rowsPastDue: contributing, open: cleared > asOf });
    });
  }

  listing = false;
  events.sort((a, b) => a.day - b.day || (rows[a.row] as Row).number - (rows[b.row] as Row).number || a.occurrence - b.occurrence);

  // Caps that total several fees are used up in date order, day by day (./cap-room.ts): a fee's
  // amount through a day depends only on the facts through that day.
  const caps = policy.caps;
  const lifetimeMax = lifetimeLimit(p);
  const shared = lifetimeMax !== undefined || caps?.perPeriod !== undefined || caps?.perInstallment !== undefined || p.presets.some((x) => x.versions.some((v) => v.perInstallment !== undefined));
  // Only fees that grow after their date need the day-by-day sweep; others are priced once.
  const deferred = shared && p.timeDependent;
  const consumed: Consumed = new Map();
  const chargedCycles = new Set<number>();
  let firstSeen = false;
  const mode = policy.roundingMode;
  const slots: EventSlot[] = [];
  let active: EventSlot[] = [];
  let swept = Number.NEGATIVE_INFINITY;

  for (const ev of events) {
    if (deferred) {
      active = sweep(active, consumed, swept, ev.day + 1);
      swept = ev.day + 1;
    }
    const slot = eventSlot(p, ledger, ev, chargedCycles, lifetimeMax);
    slots.push(slot);
    // Decisions (zero, cap reached, waivers, first fee, repeat cycles) are taken on the fee's
    // date, on its amount that day, so a later assessment never revisits them.
    const onDate = p.timeDependent ? Math.min(ev.day + 1, ev.end) : ev.end;
    grant(slot, consumed, onDate);
    const grows = p.timeDependent && ev.end > onDate;
    const computed = (slot.last as Priced).computed;
    if (computed === 0 && !grows) {
      slot.outcome = (slot.last as Priced).trace.none === true ? 'noTier' : 'zero';
      continue;
    }
    if (computed > 0 && slot.amount === 0) {
      slot.outcome = 'capReached';
      continue;
    }
    const isFirst = !firstSeen && slot.amount > 0;
    if (slot.amount > 0) firstSeen = true;
    const waivers = policy.waivers;
    if (waivers?.hardship === true && inHardship(p.hardship, ev.day)) slot.waiver = 'hardship';
    else if (waivers?.firstLateFee === true && isFirst) slot.waiver = 'firstLateFee';
    else if (waivers?.feeBelow !== undefined && slot.amount < p.minorOf(waivers.feeBelow)) slot.waiver = 'feeBelow';
    if (slot.waiver === undefined) {
      slot.consumes = true;
      for (const c of slot.counters) consumed.set(c, (consumed.get(c) ?? 0) + slot.amount);
      if (slot.amount > 0) chargedCycles.add(ev.row);
    }
    slot.outcome = slot.waiver === undefined ? 'charged' : 'waived';
    if (!grows) continue;
    if (deferred) {
      // A fee that stops growing (maxDays, its own cap) leaves the walk once it gets there.
      slot.ceiling = ownCapped(slot.price(ev.end));
      active.push(slot);
    } else grant(slot, consumed, ev.end);
  }
  if (deferred) sweep(active, consumed, swept, asOf + 1);

  let charged = 0;
  let waived = 0;
  const debits: FeeDebit[] = [];
  for (const slot of slots) {
    const ev = slot.ev;
    const row = rows[ev.row] as Row;
    const date = dateOf(ev.day);
    const amount = slot.amount;
    if (slot.outcome === 'noTier' || slot.outcome === 'zero' || (slot.outcome === 'charged' && amount === 0)) {
      addNoFee(
        row,
        ev.occurrence,
        ev.day,
        slot.outcome === 'noTier' ? FeesReasonCodes.FEES_WITHIN_GRACE : FeesReasonCodes.FEES_BELOW_MINIMUM,
        slot.outcome === 'noTier'
          ? `No late fee for installment ${row.number} on ${date}: it was not late long enough to reach the first tier of the fee.`
          : `No late fee for installment ${row.number} on ${date}: the fee computes to zero${slot.outcome === 'zero' ? '' : ' so far'}.`,
      );
      continue;
    }
    if (slot.outcome === 'capReached') {
      const by = slot.bound as Bound;
      addNoFee(row, ev.occurrence, ev.day, FeesReasonCodes.FEES_CAP_REACHED, `No late fee for installment ${row.number} on ${date}: the ${capWords(by.cap)} of ${by.citation ?? `the policy (${by.rule})`} has been reached.`, {
        details: { boundBy: by.rule },
        ...(by.citation === undefined ? {} : { citation: by.citation }),
      });
      continue;
    }
    if (slot.waiver !== undefined) {
      waived += amount;
      addNoFee(row, ev.occurrence, ev.day, FeesReasonCodes.FEES_WAIVED, `A late fee of ${show(amount)} ${p.currency} for installment ${row.number} on ${date} was waived (${WAIVER_WORDS[slot.waiver]}).`, {
        details: { waiver: slot.waiver, waivedAmount: show(amount) },
      });
      continue;
    }
    charged += amount;
    const id = `late-fee:${row.number}:${ev.occurrence}`;
    if (!policy.noPyramiding) {
      // What the fee had come to before a day: it grew in full until a shared limit cut it, then stayed.
      const owedBefore = p.timeDependent ? (day: number): number => Math.min(amount, ownCapped(slot.price(Math.max(ev.day + 1, Math.min(day, ev.end))))) : (): number => amount;
      debits.push({ id, day: ev.day, amount, owedBefore });
    }
    if (ev.day < emitFrom) continue;
    // The breakdown shows the formula over the fee's whole window, even when a limit cut it sooner.
    const priced = slot.through === ev.end ? (slot.last as Priced) : slot.price(ev.end);
    const { trace, computed } = priced;
    const bound = slot.bound;
    const accruing = ev.open && ev.end === asOf + 1 && p.timeDependent && !slot.frozen;
    const describeBase = (base: FeeBase): number | undefined => (base === 'pastDue' || base === 'accountPastDue' ? baseValue(p, ledger, ev, row, base) : safeBase(p, ledger, ev, row, base));
    const formula = describeExpression(policy.amount, show, describeBase, p.minorOf);
    const lastGrace = dateOf((p.firstFeeDays[ev.row] as number) - 1);
    const why =
      ev.occurrence === 1
        ? policy.basis === 'period'
          ? `${show(ev.pastDue)} was past due on the account when the grace period for installment ${row.number} (due ${row.dueDate}) ended on ${lastGrace}`
          : `installment ${row.number} (${show(row.amount)} due ${row.dueDate}) was not paid in full by ${lastGrace}, the last day of its grace period`
        : `installment ${row.number} (due ${row.dueDate}) was still unpaid ${ev.day - (p.firstFeeDays[ev.row] as number)} days after its first late fee`;
    const limited = bound === undefined ? '' : ` It is limited to ${show(bound.limit)} by the ${capWords(bound.cap)} of ${bound.citation ?? `the policy (${bound.rule})`}.`;
    const fee: LateFee = {
      id,
      date,
      installment: row.number,
      occurrence: ev.occurrence,
      amount: show(amount),
      status: accruing ? 'accruing' : 'final',
      breakdown: breakdownOf(trace, computed, ev.end - 1 - row.due, mode, show),
      rule: policy.id,
      ...(bound === undefined
        ? {}
        : {
            boundBy: bound.rule,
            bound: { rule: bound.rule, cap: bound.cap, limit: show(bound.limit), ...(bound.citation === undefined ? {} : { citation: bound.citation }) } satisfies FeeBound,
          }),
      explanation: `A late fee of ${show(amount)} ${p.currency} ${accruing ? 'has accrued so far on a fee that began' : 'is charged'} on ${date} because ${why}; the fee is ${formula}${trace.days === undefined ? '' : ` over ${trace.days} days`}: ${show(computed)}.${limited}`,
    };
    fees.push(fee);
  }
  return { fees, notCharged, charged, waived, ledger, debits };
}

const LINES = new WeakMap<FeeExpression, DailyLine | null>();
/** The daily line of a policy's amount, found once per expression (internal). */
function lineOf(expr: FeeExpression): DailyLine | undefined {
  let line = LINES.get(expr);
  if (line === undefined) {
    line = dailyLine(expr) ?? null;
    LINES.set(expr, line);
  }
  return line ?? undefined;
}

/** The per-installment counter names, made once (internal). */
const ROW_COUNTERS: readonly string[] = Array.from({ length: MAX_INSTALLMENTS }, (_, i) => `row:${i}`);
const NO_VERSIONS: ReadonlyArray<readonly [FeePreset, FeePresetVersion | undefined]> = [];

/** A fee occurrence being allocated room, with what was decided on its date (internal). */
interface EventSlot extends Slot {
  readonly ev: FeeEvent;
  outcome: 'charged' | 'waived' | 'capReached' | 'zero' | 'noTier';
  waiver: FeeWaiverKind | undefined;
}

/**
 * The slot of one fee occurrence: prices it through any day, with every maximum in force (the
 * presets' in the version of the fee date, then the policy's). Shared limits (per installment,
 * per period, lifetime) are priced once, on the fee date; whether an earlier fee makes this one a
 * repeat is read on the fee date too (internal).
 */
function eventSlot(p: Prepared, ledger: Ledger, ev: FeeEvent, chargedCycles: ReadonlySet<number>, lifetimeMax: number | undefined): EventSlot {
  const { policy } = p;
  const row = p.rows[ev.row] as Row;
  const date = dateOf(ev.day);
  let repeats: Map<number, boolean> | undefined;
  // The callbacks do not depend on the end of accrual: made once per fee, not once per price.
  const base = (name: FeeBase): number => baseValue(p, ledger, ev, row, name);
  const pastDueSegments = (from: number, to: number): Array<readonly [number, number, number]> => segments(p, ledger, ev.rowsPastDue, from, to);
  const chargedWithin = (cycles: number): boolean => {
    repeats ??= new Map();
    let known = repeats.get(cycles);
    if (known === undefined) {
      known = false;
      for (let c = row.index - 1; c >= 0 && c >= row.index - cycles; c--) if (chargedCycles.has(c)) known = true;
      repeats.set(cycles, known);
    }
    return known;
  };
  const contextAt = (end: number): FeeContext => ({
    // Tiers are priced on the fee's own date: a fee once assessed never changes tier.
    daysLate: ev.day - row.due,
    feeDay: ev.day,
    dueDay: row.due,
    accrualEnd: end,
    minorOf: p.minorOf,
    base,
    pastDueSegments,
    chargedWithin,
  });
  const capOf = (expr: FeeExpression, ctx: FeeContext): { limit: number; citation: string | undefined } => {
    const t: Trace = { term: '' };
    const v: Rational = evaluate(expr, ctx, t);
    return { limit: Number(divideRounded(v.n, v.d, 'floor')), citation: t.citation };
  };
  const caps = policy.caps;
  const versions = p.presets.length === 0 ? NO_VERSIONS : p.presets.map((preset) => [preset, presetVersionOn(preset, date)] as const);
  const periodCounter = caps?.perPeriod === undefined ? undefined : `period:${caps.perPeriod.period === 'calendarMonth' ? date.slice(0, 7) : date.slice(0, 4)}`;
  const rowCounter = ROW_COUNTERS[ev.row] ?? `row:${ev.row}`;
  let sharedLimits: Array<Limit & { readonly at: number }> | undefined;
  // Two prices are kept: the last asked for, and the one over the fee's whole window (its
  // ceiling, its last grant and its breakdown all read that one).
  let cachedEnd = Number.NaN;
  let cached: Priced | undefined;
  let whole: Priced | undefined;
  const line = lineOf(policy.amount);
  let first: { exact: Rational; trace: Trace; perDay: Rational; days: number } | undefined;
  const price = (end: number): Priced => {
    if (end === ev.end && whole !== undefined) return whole;
    if (cachedEnd === end && cached !== undefined) return cached;
    const ctx = contextAt(end);
    if (sharedLimits === undefined) {
      // Priced once, on the first call (the fee date): the room a fee may share never moves.
      sharedLimits = [];
      versions.forEach(([preset, version], at) => {
        if (version?.perInstallment === undefined) return;
        const c = capOf(version.perInstallment, ctx);
        sharedLimits?.push({ at, rule: preset.id, cap: 'perInstallment', limit: c.limit, citation: c.citation ?? preset.citation, counter: rowCounter });
      });
      const at = versions.length;
      if (caps?.perInstallment !== undefined) sharedLimits.push({ at, rule: policy.id, cap: 'perInstallment', limit: capOf(caps.perInstallment, ctx).limit, counter: rowCounter });
      if (periodCounter !== undefined && caps?.perPeriod !== undefined) sharedLimits.push({ at, rule: policy.id, cap: 'perPeriod', limit: p.minorOf(caps.perPeriod.max), counter: periodCounter });
      if (lifetimeMax !== undefined) sharedLimits.push({ at, rule: policy.id, cap: 'lifetime', limit: lifetimeMax, counter: 'lifetime' });
    }
    let trace: Trace = { term: '' };
    let exact: Rational;
    if (line !== undefined && first !== undefined) {
      // A fee that grows by a fixed amount a day: its first price plus the days since, not evaluated again.
      const later = extendLine(first.exact, first.trace, first.perDay, first.days, lineDays(line, ev.day, end));
      exact = later.value;
      trace = later.trace;
    } else {
      exact = evaluate(policy.amount, ctx, trace);
      if (line !== undefined) first = { exact, trace, perDay: evaluate(line.perDay, ctx, { term: '' }), days: lineDays(line, ev.day, end) };
    }
    // Without a per-fee maximum (none in the policy, no preset) the limits are the shared ones,
    // the same on every price.
    let limits: readonly Limit[] = sharedLimits;
    if (versions.length > 0 || caps?.perFee !== undefined) {
      const all: Limit[] = [];
      limits = all;
      // Every applicable maximum, in a fixed order (each preset's per-fee then shared limits, then
      // the policy's); the lowest wins, the first listed on a tie. A preset with several limits
      // names the provision that bound the fee (the deciding term's).
      for (let at = 0; at < versions.length; at++) {
        const [preset, version] = versions[at] as (typeof versions)[number];
        if (version?.perFee !== undefined) {
          const c = capOf(version.perFee, ctx);
          all.push({ rule: preset.id, cap: 'perFee', limit: c.limit, citation: c.citation ?? preset.citation });
        }
        for (const s of sharedLimits) if (s.at === at) all.push(s);
      }
      if (caps?.perFee !== undefined) all.push({ rule: policy.id, cap: 'perFee', limit: capOf(caps.perFee, ctx).limit });
      for (const s of sharedLimits) if (s.at === versions.length) all.push(s);
    }
    const priced: Priced = { computed: Number(divideRounded(exact.n, exact.d, policy.roundingMode)), trace, limits };
    if (end === ev.end) whole = priced;
    else {
      cachedEnd = end;
      cached = priced;
    }
    return priced;
  };
  const counters = [rowCounter];
  if (periodCounter !== undefined) counters.push(periodCounter);
  if (lifetimeMax !== undefined) counters.push('lifetime');
  return { ev, price, end: ev.end, amount: 0, through: ev.day, bound: undefined, frozen: false, consumes: false, last: undefined, counters, ceiling: Number.POSITIVE_INFINITY, outcome: 'zero', waiver: undefined };
}

const WAIVER_WORDS: Readonly<Record<FeeWaiverKind, string>> = {
  firstLateFee: 'courtesy waiver of the first late fee',
  hardship: 'hardship',
  feeBelow: 'below the smallest fee charged',
};

/** What a {@link NoLateFee} adds to its installment, occurrence and date (internal). */
interface NoFeeExtra {
  readonly details?: Omit<NoLateFeeDetails, 'installment' | 'occurrence' | 'date'>;
  readonly citation?: string;
}

function capWords(cap: FeeCapKind): string {
  switch (cap) {
    case 'perFee':
      return 'limit per fee';
    case 'perInstallment':
      return 'limit on all fees for one installment';
    case 'perPeriod':
      return 'limit per period';
    case 'lifetime':
      return 'lifetime limit';
    /* v8 ignore next 2 -- once-per-installment is reported by the caller, not as a bound */
    default:
      return 'one-fee-per-installment rule';
  }
}

/** The preset whose waiting period set an installment's first fee day, in words and fields (internal). */
function graceOf(p: Prepared, i: number): { words: string; extra: NoFeeExtra } {
  const id = p.firstFeeRules[i];
  if (id === undefined) return { words: '', extra: {} };
  const citation = presetCitation(p, id);
  return { words: ` of ${citation}`, extra: { details: { boundBy: id }, citation } };
}

function presetCitation(p: Prepared, id: string): string {
  return p.presets.find((x) => x.id === id)?.citation ?? id;
}

function inHardship(h: Prepared['hardship'], day: number): boolean {
  if (typeof h === 'boolean') return h;
  return h.some(([from, to]) => day >= from && day <= to);
}

function lifetimeLimit(p: Prepared): number | undefined {
  const life = p.policy.caps?.lifetime;
  if (life === undefined) return undefined;
  let limit = Number.POSITIVE_INFINITY;
  if (life.max !== undefined) limit = p.minorOf(life.max);
  if (life.originalBalanceRate !== undefined) {
    const r = rateRatio(life.originalBalanceRate);
    limit = Math.min(limit, Number(divideRounded(BigInt(p.originalBalance) * r[0], r[1], 'floor')));
  }
  return limit;
}

function rateRatio(rate: string): [bigint, bigint] {
  const [int = '0', frac = ''] = rate.split('.');
  return [BigInt(int + frac), 10n ** BigInt(frac.length)];
}

function baseValue(p: Prepared, ledger: Ledger, ev: FeeEvent, row: Row, name: FeeBase): number {
  switch (name) {
    case 'installment':
      return row.amount;
    case 'principalAndInterest':
      return row.principalAndInterest ?? row.amount;
    case 'pastDue':
      return ev.pastDue;
    case 'accountPastDue': {
      let total = 0;
      for (let j = 0; j < p.rows.length; j++) if ((p.firstFeeDays[j] as number) <= ev.day) total += unpaidBefore(p, ledger, j, ev.day);
      return total;
    }
    case 'scheduledPayment':
      return p.scheduledPayment;
    case 'minimumPayment':
      return row.minimum;
  }
}

function safeBase(p: Prepared, ledger: Ledger, ev: FeeEvent, row: Row, name: FeeBase): number | undefined {
  if (name === 'principalAndInterest' && row.principalAndInterest === undefined) return undefined;
  return baseValue(p, ledger, ev, row, name);
}

/** The unpaid amount of some rows over [from, to), as constant segments. */
function segments(p: Prepared, ledger: Ledger, rowsPastDue: readonly number[], from: number, to: number): Array<readonly [number, number, number]> {
  const cuts = new Set<number>([from, to]);
  // Counted day d owes what was unpaid before any payment dated d: a payment changes the
  // amount from the day after it.
  for (const j of rowsPastDue) for (const d of ledger.changeDays[j] as number[]) if (d + 1 > from && d + 1 < to) cuts.add(d + 1);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<readonly [number, number, number]> = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k] as number;
    const end = sorted[k + 1] as number;
    let unpaid = 0;
    for (const j of rowsPastDue) unpaid += unpaidBefore(p, ledger, j, start);
    out.push([start, end, unpaid]);
  }
  return out;
}

function breakdownOf(trace: Trace, computed: number, daysLate: number, roundingMode: LateFeePolicy['roundingMode'], show: (minor: number) => string): LateFee['breakdown'] {
  // Built key by key, in the type's order, rather than by spreads: this runs once per fee.
  const out: Record<string, unknown> = { computed: show(computed) };
  if (trace.base !== undefined && trace.baseAmount !== undefined) out.base = { name: trace.base, amount: show(trace.baseAmount) };
  if (trace.rate !== undefined) out.rate = trace.rate;
  out.daysLate = daysLate;
  if (trace.days !== undefined) out.days = trace.days;
  if (trace.tier !== undefined) out.tier = trace.tier;
  if (trace.repeat !== undefined) out.repeat = trace.repeat;
  out.term = trace.term;
  out.roundingMode = roundingMode;
  return out as unknown as LateFee['breakdown'];
}

/** The earliest day after `asOf` on which a fee could fall due if nothing more is paid. */
function nextFeeDay(p: Prepared, ledger: Ledger, asOf: number): number | undefined {
  let best: number | undefined;
  const every = p.policy.recurrence?.everyDays;
  const maxFees = p.once !== undefined ? 1 : (p.policy.recurrence?.maxFees ?? (every === undefined ? 1 : Number.POSITIVE_INFINITY));
  p.rows.forEach((_row, i) => {
    if ((ledger.paidOn[i] as number) <= asOf) return;
    const first = p.firstFeeDays[i] as number;
    let candidate: number | undefined;
    if (first > asOf) candidate = first;
    else if (p.policy.basis === 'installment' && every !== undefined) {
      const k = Math.floor((asOf - first) / every) + 1;
      if (k < maxFees) candidate = first + k * every;
    }
    if (candidate !== undefined && (best === undefined || candidate < best)) best = candidate;
  });
  if (p.policy.basis === 'period') {
    // A later period whose fee day comes after asOf, while something stays unpaid.
    for (let i = 0; i < p.rows.length; i++) {
      const first = p.firstFeeDays[i] as number;
      if (first > asOf && ledger.paidOn.some((d) => d > asOf) && (best === undefined || first < best)) best = first;
    }
  }
  return best;
}

/**
 * Assesses late fees on a schedule of installments, as of a date: every fee charged up to
 * `asOf` with its date, installment, amount, breakdown, the rule that produced it, the limit
 * that clamped it (`boundBy`) and a sentence for the debtor; every late installment that got no
 * fee, each a {@link arrears!Finding} whose `code` is one of {@link FeesReasonCodes}; totals; the
 * fees that would fall due next if nothing more is paid; and `findings`, the facts it missed
 * (a `warning` each).
 *
 * Rules, in order:
 * - **Lateness.** Payments (those dated after `asOf` are ignored, same-day payments summed, so
 *   the order they are listed in never matters) are applied to installments, never to fees.
 *   With `paymentApplication: 'currentFirst'` (the default, and forced by presets such as
 *   Cal. Civ. Code 2954.4(b)) a payment first covers the installments it can still make on time,
 *   most recent first, then the oldest unpaid. An installment is late when it is not paid in
 *   full before its first fee day (see {@link firstLateFeeDate}); a payment on the first fee
 *   day is late.
 * - **No pyramiding** (16 CFR 444.4; 12 CFR 706.4): a payment that covers its installment on
 *   time or within grace makes it not late even when an earlier fee is unpaid, and fees are never
 *   part of a percent base. Consumer accounts cannot switch this off (`FEES_PYRAMIDING_NOT_ALLOWED`).
 * - **When.** The first fee day is the latest of the policy's trigger and every named preset's.
 *   One fee per late installment, or again every `recurrence.everyDays` while unpaid; on a
 *   `'period'` basis one fee per installment period while the account has a past-due balance.
 *   No fee while the unpaid amount is below `minUnpaidAmount`.
 * - **How much.** The policy's expression, evaluated exactly and rounded once per fee with the
 *   policy's `roundingMode` (default `halfExpand`), priced on the fee's own date (tiers included),
 *   so a fee never changes amount in a later assessment. Daily and interest terms count each
 *   day past due once, through the day of payment or `asOf` (the fee's `status` is
 *   `'accruing'` while the installment is open), so re-running with a later `asOf` updates the
 *   same fee (same `id`), never adds one.
 * - **Limits.** Every applicable maximum (the policy's `perFee`, `perInstallment`, `perPeriod`,
 *   `lifetime`; each preset's, in the version in force on the fee date) is computed, rounded
 *   down to the minor unit, and the lowest wins; the fee names it in `boundBy`. Limits that
 *   total several fees are used up day by day in date order (the day's accrual of running fees,
 *   earliest first, then the fees dated that day), never taken back. Presets that allow one fee
 *   per installment stop recurrences.
 * - **Goodwill.** Waivers (hardship, first late fee, `feeBelow` an amount) apply after the limits,
 *   decided on the fee date by its amount that day; waived fees do not use up any limit.
 * - **Posted once.** So a later assessment lists every fee of an earlier one unchanged (an
 *   accruing one only grows) and adds only fees dated after it.
 *
 * @param input - `{ schedule | plan, payments?, policy, asOf, hardship? }`; see {@link AssessLateFeesInputSchema}
 * @returns the assessment
 * @throws {@link arrears!ValidationError} for malformed input (codes of this module, `arrears/money` and `arrears/calendar`)
 * @throws {@link arrears!DomainRuleError} `FEES_PYRAMIDING_NOT_ALLOWED`, `FEES_BASE_UNAVAILABLE`, `FEES_PRESET_SCOPE_MISMATCH`
 * @throws {@link arrears!UnsupportedOptionError} `FEES_UNKNOWN_PRESET`
 *
 * @example
 * ```ts
 * import { assessLateFees } from 'arrears/fees';
 * const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] };
 * const policy = { trigger: { graceDays: 10 }, amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '15.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] } } as const;
 * const result = assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-12' });
 * result.fees.map((f) => [f.date, f.amount]); // => [['2026-05-12', '15.00']]
 * assessLateFees({ schedule, payments: [{ amount: '200.00', date: '2026-05-11' }], policy, asOf: '2026-05-31' }).notCharged[0]?.code; // => 'FEES_WITHIN_GRACE'
 * assessLateFees({ schedule, payments: [], policy: { ...policy, accountKind: 'other', presets: ['xx'] }, asOf: '2026-05-31' }); // throws FEES_UNKNOWN_PRESET
 * ```
 */
export function assessLateFees(input: AssessLateFeesInput): LateFeeAssessment {
  const { prepared, asOf } = prepare(input);
  return assessPrepared(prepared, asOf);
}

/** Runs an assessment on prepared input (internal; also used by {@link lateFeeFor}). */
export function assessPrepared(prepared: Prepared, asOf: number): LateFeeAssessment {
  const result = run(prepared, asOf);
  let nextFees: LateFee[] = [];
  const next = nextFeeDay(prepared, result.ledger, asOf);
  if (next !== undefined) {
    const nextDate = dateOf(next);
    nextFees = run(prepared, next, next).fees.filter((f) => f.date === nextDate);
  }
  return {
    currency: prepared.currency,
    asOf: dateOf(asOf),
    fees: result.fees,
    notCharged: result.notCharged,
    totals: {
      charged: fromMinorUnits(BigInt(result.charged), prepared.currency),
      waived: fromMinorUnits(BigInt(result.waived), prepared.currency),
      count: result.fees.length,
    },
    nextFees,
    findings: findingsOf(prepared),
  };
}

/**
 * The facts an assessment missed (internal). A hardship waiver with no word of hardship in the
 * input waives nothing (the strict answer: fees are charged) and says so; the reverse, hardship
 * without the waiver, is refused by the schema (it would change nothing).
 */
function findingsOf(p: Prepared): Finding[] {
  if (p.policy.waivers?.hardship !== true || p.hardshipKnown) return [];
  return [
    {
      code: FeesReasonCodes.FEES_HARDSHIP_UNKNOWN,
      severity: 'warning',
      message: 'The policy waives late fees in hardship, but the input does not say whether the account is in hardship ("hardship"): no fee was waived for hardship. Give "hardship": false, true or the dated periods.',
      path: ['hardship'],
    },
  ];
}

/**
 * {@link assessLateFees} without throwing: accepts anything and answers `{ success: true, data }`
 * or `{ success: false, error }` with the typed error.
 *
 * @param input - as for {@link assessLateFees}
 * @returns an {@link arrears!ArrearsResult}
 *
 * @example
 * ```ts
 * import { safeAssessLateFees } from 'arrears/fees';
 * safeAssessLateFees({ schedule: { currency: 'USD', installments: [] }, payments: [], policy: { amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-05-12' }).success; // => false
 * ```
 */
export function safeAssessLateFees(input: unknown): ArrearsResult<LateFeeAssessment> {
  return attempt(() => assessLateFees(input as AssessLateFeesInput));
}

