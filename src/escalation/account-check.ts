import { isArrearsError, ValidationError } from '../errors/index.js';
import type { ArrearsIssue } from '../errors/index.js';
import { toMinorUnits } from '../money/index.js';
import { EscalationErrorCodes } from './codes.js';
import { dayOf } from './days.js';
import type { CompiledPolicy } from './policy.js';
import type { EscalationAccount } from './types.js';

// Accounts the machine did not return itself (from storage, or a copy with edited fields) pass
// `EscalationAccountSchema` first (shapes and types), then these checks of the facts the rules
// rely on, so that no edited account can make a rule read NaN, an undefined field or an
// inconsistent ledger. Derived fields are recomputed afterwards (engine.withDerivedFields).

/** A plain-JSON copy of a value, or a typed error when it is not plain data (a cycle, a bigint, a throwing getter). */
export function plainCopy(value: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new ValidationError([{ code: EscalationErrorCodes.ESCALATION_INVALID_ACCOUNT, path: ['account'], message: '"account" is not plain JSON data (it has a cycle, a bigint or a property that cannot be read).' }], { cause: error });
  }
  return text === undefined ? value : (JSON.parse(text) as unknown);
}

/**
 * Checks the facts of a schema-valid account: amounts in the account's currency, the ledger
 * (dues in date order within the balance), the dates (nothing before the opening, nothing
 * after the clock but future dues and end dates), clock stops, the arrangement, the log and the
 * audit sequence, and that the opening agrees with the account.
 *
 * @throws ValidationError with code `ESCALATION_INVALID_ACCOUNT` and the path of the first fact that does not hold
 */
export function checkAccountFacts(a: EscalationAccount, p: CompiledPolicy): void {
  const issues: ArrearsIssue[] = [];
  const bad = (path: Array<string | number>, message: string): void => {
    if (issues.length < 20) issues.push({ code: EscalationErrorCodes.ESCALATION_INVALID_ACCOUNT, path: ['account', ...path], message: `"account.${path.join('.')}": ${message}` });
  };
  const cur = a.currency;
  /** Minor units of an amount of the account's currency, or `null` (and an issue) when it is not one. */
  const amountOk = (value: string, path: Array<string | number>, positive: boolean): bigint | null => {
    const units = unitsOf(value, cur);
    if (units === null || units < 0n || (positive && units === 0n)) {
      bad(path, `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)} is not ${positive ? 'a positive' : 'a non-negative'} amount in ${cur}.`);
      return null;
    }
    return units;
  };
  const opened = dayOf(a.openedOn);
  const clock = dayOf(a.clock);
  if (a.opening.currency !== cur) bad(['opening', 'currency'], `the opening is in ${a.opening.currency}, the account in ${cur}.`);
  if (a.opening.openedOn !== a.openedOn) bad(['opening', 'openedOn'], `the opening says ${a.opening.openedOn}, the account ${a.openedOn}.`);
  if (clock < opened) bad(['clock'], `the clock (${a.clock}) is before the opening (${a.openedOn}).`);
  if (dayOf(a.stageSince) < opened || dayOf(a.stageSince) > clock) bad(['stageSince'], `${a.stageSince} is not between the opening and the clock.`);
  const balance = amountOk(a.balance, ['balance'], false);
  let total = 0n;
  let previous = Number.NEGATIVE_INFINITY;
  a.dues.forEach((due, i) => {
    total += amountOk(due.amount, ['dues', i, 'amount'], true) ?? 0n;
    const day = dayOf(due.dueDate);
    if (day <= previous) bad(['dues', i, 'dueDate'], 'the dues must be in increasing date order, one entry per date.');
    previous = day;
  });
  if (balance !== null && total > balance) bad(['dues'], `the dues total more than the balance (${a.balance}).`);
  let stopped = Number.NEGATIVE_INFINITY;
  a.clockStops.forEach((stop, i) => {
    const start = dayOf(stop.start);
    if (start < stopped || start < opened || start > clock) bad(['clockStops', i, 'start'], 'clock stops must be in order, between the opening and the clock.');
    if (stop.end === null) {
      if (i !== a.clockStops.length - 1) bad(['clockStops', i, 'end'], 'only the last clock stop may be open.');
      stopped = Number.POSITIVE_INFINITY;
    } else {
      // Inclusive: the clock runs again the day after `end`.
      const end = dayOf(stop.end);
      if (end < start || end >= clock) bad(['clockStops', i, 'end'], 'a clock stop cannot end before it starts, and ends before the clock.');
      stopped = end + 1;
    }
  });
  const clockStopped = a.holds.some((h) => h.freezes.clock);
  const last = a.clockStops[a.clockStops.length - 1];
  if (clockStopped !== (last !== undefined && last.end === null)) bad(['clockStops'], 'the clock stops do not agree with the holds (an open stop exactly while a hold stops the clock).');
  const ids = new Set<string>();
  a.holds.forEach((h, i) => {
    if (ids.has(h.id)) bad(['holds', i, 'id'], `the hold id "${h.id}" is used twice.`);
    ids.add(h.id);
    if (dayOf(h.start) < opened || dayOf(h.start) > clock) bad(['holds', i, 'start'], 'a hold starts between the opening and the clock.');
    if (h.end !== null && dayOf(h.end) < clock) bad(['holds', i, 'end'], 'a hold that ended is not active.');
  });
  const arr = a.arrangement;
  if (arr !== null) {
    const since = arr.kind === 'hardship' ? arr.start : arr.since;
    if (dayOf(since) < opened || dayOf(since) > clock) bad(['arrangement', arr.kind === 'hardship' ? 'start' : 'since'], 'an arrangement starts between the opening and the clock.');
    if (arr.kind === 'promiseToPay' || arr.kind === 'settlementPending') {
      amountOk(arr.amount, ['arrangement', 'amount'], true);
      amountOk(arr.paid, ['arrangement', 'paid'], false);
      const end = arr.kind === 'promiseToPay' ? arr.breaksOn : arr.lapsesOn;
      if (dayOf(end) <= clock || dayOf(arr.dueDate) >= dayOf(end) || dayOf(arr.dueDate) < dayOf(since)) bad(['arrangement', 'dueDate'], 'the due date and the end of the arrangement do not agree with the clock.');
    } else if (arr.kind === 'paymentPlan') {
      amountOk(arr.paid, ['arrangement', 'paid'], false);
      let day = Number.NEGATIVE_INFINITY;
      arr.installments.forEach((inst, i) => {
        amountOk(inst.amount, ['arrangement', 'installments', i, 'amount'], true);
        if (dayOf(inst.dueDate) <= day) bad(['arrangement', 'installments', i, 'dueDate'], 'plan installments must be in increasing date order.');
        day = dayOf(inst.dueDate);
      });
      if (arr.nextInstallment > arr.installments.length || arr.missed > arr.nextInstallment || arr.missed > p.timers.maxMissedPlanInstallments) bad(['arrangement', 'missed'], 'the counts of checked and missed installments do not fit the plan and the policy.');
    } else if (arr.end !== null && dayOf(arr.end) < clock) bad(['arrangement', 'end'], 'a hardship that ended is not active.');
  }
  const l = a.limitations;
  if (l.accruedOn !== null && dayOf(l.accruedOn) > clock) bad(['limitations', 'accruedOn'], 'the accrual day is after the clock.');
  a.payments.forEach((pay, i) => {
    amountOk(pay.amount, ['payments', i, 'amount'], false);
    pay.applied.forEach((part, j) => amountOk(part.amount, ['payments', i, 'applied', j, 'amount'], true));
    if (dayOf(pay.date) < opened || dayOf(pay.date) > clock) bad(['payments', i, 'date'], 'a payment is dated between the opening and the clock.');
  });
  let recorded = Number.NEGATIVE_INFINITY;
  a.log.forEach((e, i) => {
    if (e.seq !== i + 1) bad(['log', i, 'seq'], `expected ${i + 1}.`);
    const day = dayOf(e.recordedOn);
    if (day < recorded || dayOf(e.event.date) < opened || dayOf(e.event.date) > day) bad(['log', i, 'recordedOn'], 'the log is in recording order, each event dated between the opening and the day it was recorded.');
    recorded = day;
  });
  a.audit.forEach((e, i) => {
    if (e.seq !== i + 1) bad(['audit', i, 'seq'], `expected ${i + 1}.`);
  });
  if (a.audit.length === 0) bad(['audit'], 'an account has at least its opening entry.');
  else if (a.audit[a.audit.length - 1]?.to !== a.stage) bad(['stage'], 'the stage is not where the audit trail ends.');
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Minor units of an amount in a currency, or `null` when it has more decimals than the currency. */
function unitsOf(value: string, currency: string): bigint | null {
  try {
    return toMinorUnits(value, currency);
  } catch (error) {
    if (isArrearsError(error)) return null;
    throw error;
  }
}
