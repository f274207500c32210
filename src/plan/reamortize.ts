import { adjustBusinessDay } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, attempt } from '../errors/index.js';
import { allocateMinorUnits, fromMinorUnits, getCurrency, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { closeSlot, fromWorking, owed, owedCarried, owedTotal, ruleDate, ruleTerms, stripSolved, toWorking } from './plan-state.js';
import type { Slot, Working } from './plan-state.js';
import { scheduleOf } from './schedule.js';
import { MAX_INSTALLMENTS, MAX_STATE_INSTALLMENTS, ReamortizeInputSchema } from './schemas.js';
import type { PlanState, PlanTerms, ReamortizeInput } from './types.js';

function nothing(message: string): DomainRuleError {
  return new DomainRuleError(PlanErrorCodes.PLAN_NOTHING_TO_REAMORTIZE, message, { path: ['asOf'] });
}

/** The due date of installment `number` on the state's rule, adjusted as the terms say. */
function dueDateOf(w: Working, number: number): string {
  const date = ruleDate(w, number);
  const adjustment = w.terms.businessDays;
  return adjustment === undefined ? date : adjustBusinessDay(date, adjustment.convention, adjustment.calendar);
}

/**
 * Closes the installments due before `asOf`: what they still owe is returned as arrears. Their
 * unpaid interest, scheduled or carried, was earned: it moves on as carried interest.
 */
function closeArrears(slots: readonly Slot[], asOf: string): [bigint, bigint, bigint] {
  const arrears: [bigint, bigint, bigint] = [0n, 0n, 0n];
  for (const slot of slots) {
    if (slot.dueDate >= asOf) continue;
    for (let c = 0; c < 3; c += 1) arrears[c] = (arrears[c] as bigint) + owed(slot, c);
    closeSlot(slot);
  }
  return arrears;
}

/**
 * The plan's regular installment: the most common positive installment (principal + interest;
 * fees vary and never set it), ties to the larger; 0 when no installment is positive (every row
 * closed at nothing, as a recompute leaves them). Rows closed at 0.00 never count: after a
 * recompute they can outnumber the real installments, and a regular installment of 0 would add
 * rows forever.
 */
function regularInstallment(slots: readonly Slot[]): bigint {
  const counts = new Map<bigint, number>();
  for (const s of slots) {
    const total = (s.due[1] as bigint) + (s.due[2] as bigint);
    if (total > 0n) counts.set(total, (counts.get(total) ?? 0) + 1);
  }
  let best = 0n;
  let bestCount = 0;
  for (const [total, count] of counts) {
    if (count > bestCount || (count === bestCount && total > best)) {
      best = total;
      bestCount = count;
    }
  }
  return best;
}

function tooMany(count: number, kept: number): DomainRuleError {
  return new DomainRuleError(
    PlanErrorCodes.PLAN_LIMIT_EXCEEDED,
    `"strategy": the re-amortized plan would have ${kept + count} installments (${count} new); a plan state holds at most ${MAX_STATE_INSTALLMENTS}, and one re-amortization adds at most ${MAX_INSTALLMENTS}.`,
    { path: ['strategy'], details: { newInstallments: count, maxNewInstallments: MAX_INSTALLMENTS, maxStateInstallments: MAX_STATE_INSTALLMENTS } },
  );
}

/**
 * Re-amortizes a plan after missed payments, keeping its paid history: every installment due
 * before `asOf` is closed at what it received, and what it still owed (the arrears) is dealt
 * with by `strategy`:
 * - `'spread'`: spread evenly (each component on its own, the residual as the terms say) over
 *   the installments due on or after `asOf`, which keep their dates; the totals of the plan do
 *   not change;
 * - `'extend'`: moved to new installments after the last one, on the plan's dates (never
 *   before `asOf`: when the plan's next date has passed, from its first date on or after
 *   `asOf`, the terms' date rule moving with them), each at most the plan's regular installment
 *   (its most common positive principal-and-interest amount; rows closed at nothing do not
 *   count), filled fees first, then interest, then principal; no interest is added for the
 *   longer term;
 * - `'recompute'`: the principal still owed (arrears and installments to come) is re-amortized
 *   at the plan's rate over `installments` new installments (default: as many as were
 *   still to come, at least one and at most one per minor unit of principal left) from `firstDueDate` (default: the next date of the
 *   plan's schedule on or after `asOf`), interest running from the last due date before it;
 *   the unpaid interest in arrears and every unpaid fee (on installments due or not yet due)
 *   are spread over the new installments (never capitalized); interest carried on installments
 *   to come (moved there by an earlier re-amortization) is spread with it, never recomputed, so
 *   a chain of re-amortizations never loses or repeats interest earned. Installments not yet due
 *   that already received money are kept: their principal and fees are closed at what they
 *   received (which counts against the principal), and they still owe the interest of their own
 *   period (the new schedule's interest starts at the last of their due dates).
 *
 * In every strategy the principal of all installments still sums to the amount financed, and the
 * unpaid interest of the arrears moves as earned interest: each row records the part of its
 * `interest` moved there (`interestCarried`), which payments of interest pay first and a later
 * recompute carries over (never recomputes). The state records the date (`reamortizedOn`); a
 * later re-amortization may not be dated before it, nor a payment ({@link applyPayment}).
 *
 * @param input - `{ state, asOf, strategy, installments?, firstDueDate? }`: a plan state, the
 *   date of the re-amortization and the strategy (`installments` and `firstDueDate` with
 *   `'recompute'` only); see {@link ReamortizeInputSchema}
 * @returns the new state (the input is never changed)
 * @throws {@link arrears!ValidationError} for a malformed input (`PLAN_UNSUPPORTED_OPTION` for
 *   `installments` or `firstDueDate` with a strategy they would not change)
 * @throws {@link arrears!DomainRuleError} `PLAN_NOTHING_TO_REAMORTIZE` when nothing is owed, or
 *   (`'spread'`) no installment is due on or after `asOf`, or `firstDueDate` is not after `asOf`
 *   and the installments kept; `PLAN_REAMORTIZE_OUT_OF_ORDER` when `asOf` is before the state's
 *   `reamortizedOn` (the interest between would count twice); `PLAN_LIMIT_EXCEEDED` when the new
 *   plan would add more than 10,000 installments or hold more than 20,000
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState, reamortize } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 4 }));
 * const spread = reamortize({ state, asOf: '2026-03-01', strategy: 'spread' });
 * spread.installments.map((i) => i.principal); // => ['0.00', '400.00', '400.00', '400.00']
 * const extended = reamortize({ state, asOf: '2026-03-01', strategy: 'extend' });
 * extended.installments.map((i) => `${i.dueDate} ${i.principal}`); // => ['2026-02-15 0.00', '2026-03-15 300.00', '2026-04-15 300.00', '2026-05-15 300.00', '2026-06-15 300.00']
 * reamortize({ state, asOf: '2026-07-01', strategy: 'spread' }); // throws PLAN_NOTHING_TO_REAMORTIZE
 * const loan = createPlanState(buildSchedule({ principal: '1200.00', currency: 'USD', annualRate: '0.24', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 4 }));
 * const extended2 = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'extend' });
 * const chain = reamortize({ state: extended2, asOf: '2026-03-21', strategy: 'recompute' });
 * chain.installments.map((i) => i.interestCarried ?? '-'); // => ['-', '-', '10.54', '10.54', '10.54', '10.56']
 * reamortize({ state: chain, asOf: '2026-03-01', strategy: 'extend' }); // throws PLAN_REAMORTIZE_OUT_OF_ORDER
 * reamortize({ state, asOf: '2026-03-01', strategy: 'spread', installments: 12 }); // throws PLAN_UNSUPPORTED_OPTION
 * ```
 */
export function reamortize(input: ReamortizeInput): PlanState {
  const o = parseInput(ReamortizeInputSchema, input);
  const parsed = o.state;
  const date = o.asOf;
  if (parsed.reamortizedOn !== undefined && date < parsed.reamortizedOn) {
    throw new DomainRuleError(
      PlanErrorCodes.PLAN_REAMORTIZE_OUT_OF_ORDER,
      `"asOf": the plan was re-amortized on ${parsed.reamortizedOn}; a re-amortization on ${date}, before it, would count the interest earned between the two dates twice. Re-amortize on ${parsed.reamortizedOn} or later.`,
      { path: ['asOf'] },
    );
  }
  const w = toWorking(parsed);
  if (w.slots.every((s) => owedTotal(s) === 0n)) throw nothing('"asOf": the plan is paid off; there is nothing to re-amortize.');
  w.reamortizedOn = date;
  const residual = w.terms.residual ?? 'last';
  if (o.strategy === 'spread') {
    const remaining = w.slots.filter((s) => s.dueDate >= date);
    if (remaining.length === 0) throw nothing(`"asOf": no installment is due on or after ${date}; use strategy "extend" or "recompute".`);
    const arrears = closeArrears(w.slots, date);
    const ones = remaining.map(() => 1n);
    for (let c = 0; c < 3; c += 1) {
      const shares = allocateMinorUnits(arrears[c] as bigint, ones, { remainder: residual });
      remaining.forEach((slot, k) => {
        slot.due[c] = (slot.due[c] as bigint) + (shares[k] as bigint);
        if (c === 1) slot.carried += shares[k] as bigint;
      });
    }
    return fromWorking(w);
  }
  if (o.strategy === 'extend') {
    const planned = regularInstallment(w.slots);
    const arrears = closeArrears(w.slots, date);
    const total = arrears[0] + arrears[1] + arrears[2];
    // Without a positive regular installment, the arrears become one installment.
    const regular = planned > 0n ? planned : total;
    const count = total === 0n ? 0 : Number((total + regular - 1n) / regular);
    if (count > MAX_INSTALLMENTS || w.slots.length + count > MAX_STATE_INSTALLMENTS) throw tooMany(count, w.slots.length);
    let number = (w.slots[w.slots.length - 1] as Slot).number;
    if (count > 0) startOnOrAfter(w, number + 1, date);
    const order = [0, 1, 2];
    for (let k = 0; k < count; k += 1) {
      number += 1;
      const due: [bigint, bigint, bigint] = [0n, 0n, 0n];
      let room = regular;
      for (const c of order) {
        const take = (arrears[c] as bigint) < room ? (arrears[c] as bigint) : room;
        due[c] = take;
        arrears[c] = (arrears[c] as bigint) - take;
        room -= take;
      }
      w.slots.push({ number, dueDate: dueDateOf(w, number), due, paid: [0n, 0n, 0n], carried: due[1] });
    }
    return fromWorking(w);
  }
  return recompute(w, date, o.installments, o.firstDueDate);
}

/**
 * When the plan's next date for installment `number` falls before `date` (every installment
 * fell due before the re-amortization), moves the terms' date rule so that installment `number`
 * falls on the plan's first date on or after `date`: new installments are never born past due.
 * The terms then start where a recompute's would (the plan's date before it).
 */
function startOnOrAfter(w: Working, number: number, date: string): void {
  if (ruleDate(w, number) >= date) return;
  let k = number;
  while (ruleDate(w, k) < date) k += 1;
  const { anchorDay: _a, semiMonthlyDays: _s, ...base } = w.terms;
  (w as { terms: PlanTerms }).terms = { ...base, ...ruleTerms(w.terms), agreementDate: ruleDate(w, k - 1), firstDueDate: ruleDate(w, k) };
  w.termsFirstInstallment = number;
}

function recompute(w: Working, date: string, installments: number | undefined, firstDueDate: string | undefined): PlanState {
  // Principal still owed (arrears and installments to come), every unpaid fee, and the interest
  // already earned: the unpaid interest of the installments in arrears and the unpaid carried
  // interest of the installments to come (arrears an earlier 'spread', 'extend' or 'recompute'
  // moved there). Only the interest scheduled for periods to come is recomputed; the rest is
  // carried over, so a chain of re-amortizations never loses or repeats interest earned.
  // Fees are owed wherever they sit: an installment not yet due can carry them (a fee posted on
  // it, or arrears an 'extend' moved there), and it is dropped or closed below, so they are
  // counted on every installment, not only on those in arrears.
  let principal = 0n;
  let feesOwed = 0n;
  let earned = 0n;
  for (const s of w.slots) {
    principal += owed(s, 2);
    feesOwed += owed(s, 0);
    if (s.dueDate >= date) earned += owedCarried(s);
  }
  const arrears = closeArrears(w.slots, date);
  earned += arrears[1];
  const future = w.slots.filter((s) => s.dueDate >= date);
  // Kept: the history (due before asOf) and installments to come that already received money,
  // both closed at what they received.
  const kept = w.slots.filter((s) => s.dueDate < date || s.paid.some((p) => p > 0n));
  for (const s of kept) {
    if (s.dueDate < date) continue; // closed with the arrears
    // An installment to come that already received money keeps the interest of its own period
    // (the new schedule's interest starts at its due date): only its carried interest (in
    // `earned`), its principal and its fees move. It owes the rest of that interest when due.
    const own = (s.due[1] as bigint) - owedCarried(s);
    closeSlot(s);
    s.due[1] = own;
  }
  // The default count: as many as were still to come, at least one, and no more than the minor
  // units of principal left (so no installment is zero; an explicit count is the caller's).
  const remaining = Math.max(1, future.length - future.filter((s) => s.paid.some((p) => p > 0n)).length);
  const count = installments ?? (principal > 0n && BigInt(remaining) > principal ? Number(principal) : remaining);
  if (kept.length + count > MAX_STATE_INSTALLMENTS) throw tooMany(count, kept.length);
  const lastKept = kept[kept.length - 1];
  const first = lastKept === undefined ? 1 : lastKept.number + 1;
  let due: string;
  let anchors: Pick<PlanTerms, 'anchorDay' | 'semiMonthlyDays'>;
  if (firstDueDate !== undefined) {
    if (firstDueDate <= date || (lastKept !== undefined && firstDueDate <= lastKept.dueDate)) {
      throw new DomainRuleError(PlanErrorCodes.PLAN_NOTHING_TO_REAMORTIZE, `"firstDueDate": ${firstDueDate} must be after ${date} and after the last installment kept.`, {
        path: ['firstDueDate'],
      });
    }
    due = firstDueDate;
    anchors = {};
  } else {
    // The next date of the plan's own schedule on or after asOf, after what is kept.
    let k = first;
    while (ruleDate(w, k) < date || (lastKept !== undefined && ruleDate(w, k) <= lastKept.dueDate)) k += 1;
    due = ruleDate(w, k);
    anchors = ruleTerms(w.terms);
  }
  const { anchorDay: _a, semiMonthlyDays: _s, ...base } = w.terms;
  const previous = lastKept !== undefined && lastKept.dueDate < due ? lastKept.dueDate : w.terms.agreementDate;
  const terms: PlanTerms = { ...base, ...anchors, agreementDate: previous < due ? previous : w.terms.agreementDate, firstDueDate: due };
  const minor = 10n ** BigInt(getCurrency(w.currency).minorUnits);
  // Without principal left, the new installments carry only the arrears (rows from a 0% plan).
  const rows = scheduleOf({
    ...stripSolved(terms),
    ...(principal > 0n ? {} : { annualRate: '0', method: 'interestFree' as const }),
    principal: fromMinorUnits(principal > 0n ? principal : minor * BigInt(count), w.currency),
    installments: count,
  }).installments;
  const ones = rows.map(() => 1n);
  const residual = w.terms.residual ?? 'last';
  const fees = allocateMinorUnits(feesOwed, ones, { remainder: residual });
  const interest = allocateMinorUnits(earned, ones, { remainder: residual });
  w.slots = kept;
  rows.forEach((row, k) => {
    const rowInterest = principal > 0n ? toMinorUnits(row.interest, w.currency) : 0n;
    const rowPrincipal = principal > 0n ? toMinorUnits(row.principal, w.currency) : 0n;
    w.slots.push({ number: first + k, dueDate: row.dueDate, due: [fees[k] as bigint, rowInterest + (interest[k] as bigint), rowPrincipal], paid: [0n, 0n, 0n], carried: interest[k] as bigint });
  });
  (w as { terms: PlanTerms }).terms = terms;
  w.termsFirstInstallment = first;
  return fromWorking(w);
}

/**
 * The non-throwing twin of {@link reamortize}.
 *
 * @param input - anything; a {@link ReamortizeInput} is expected
 * @returns `{ success: true, data }` with the new state, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeReamortize } from 'arrears/plan';
 * safeReamortize({ state: {}, asOf: '2026-01-01', strategy: 'spread' }).success; // => false
 * ```
 */
export function safeReamortize(input: unknown): ArrearsResult<PlanState> {
  return attempt(() => reamortize(input as ReamortizeInput));
}
