import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { copied } from './account.js';
import { dayOf } from './days.js';
import type { Due } from './types.js';

// The account's mini-ledger: installments still owed, oldest first, and payments applied to
// them oldest first. Amounts are integer minor units (bigint) inside, decimal strings outside.
//
// The same few amounts ("100.00") are converted millions of times, so both conversions are
// memoised per currency (bounded; a conversion that throws is not remembered). Sharing the
// amount strings also keeps many accounts small in memory.

const LIMIT = 20_000;

interface Memo {
  readonly units: Map<string, bigint>;
  readonly amounts: Map<bigint, string>;
}

const memos = new Map<string, Memo>();
let lastCurrency = '';
let last: Memo = { units: new Map(), amounts: new Map() };

function memoOf(currency: string): Memo {
  if (currency === lastCurrency) return last;
  let memo = memos.get(currency);
  if (memo === undefined) {
    memo = { units: new Map(), amounts: new Map() };
    memos.set(currency, memo);
  }
  lastCurrency = currency;
  last = memo;
  return memo;
}

/** Minor units of an amount already validated for the currency. */
export function minor(amount: string, currency: string): bigint {
  const memo = memoOf(currency).units;
  let units = memo.get(amount);
  if (units === undefined) {
    units = toMinorUnits(amount, currency);
    if (memo.size >= LIMIT) memo.clear();
    memo.set(amount, units);
  }
  return units;
}

/** The amount string of minor units. */
export function amount(units: bigint, currency: string): string {
  const memo = memoOf(currency).amounts;
  let text = memo.get(units);
  if (text === undefined) {
    text = fromMinorUnits(units, currency);
    if (memo.size >= LIMIT) memo.clear();
    memo.set(units, text);
  }
  return text;
}

/** Sum of the dues (minor units). */
export function sumDues(dues: readonly Due[], currency: string): bigint {
  let total = 0n;
  for (let i = 0; i < dues.length; i += 1) total += minor((dues[i] as Due).amount, currency);
  return total;
}

/** Past-due amount and count as of `day` (dues with a due date before `day`). */
export function pastDue(dues: readonly Due[], day: number, currency: string): { units: bigint; count: number } {
  let units = 0n;
  let count = 0;
  for (let i = 0; i < dues.length; i += 1) {
    const due = dues[i] as Due;
    if (dayOf(due.dueDate) >= day) break;
    units += minor(due.amount, currency);
    count += 1;
  }
  return { units, count };
}

/** Adds an installment, keeping the list sorted by due date (same dates merge). */
export function addDue(dues: readonly Due[], dueDate: string, units: bigint, currency: string): Due[] {
  const out = copied(dues);
  const day = dayOf(dueDate);
  let i = 0;
  while (i < out.length && dayOf((out[i] as Due).dueDate) < day) i += 1;
  const at = out[i];
  if (at !== undefined && at.dueDate === dueDate) out[i] = { dueDate, amount: amount(minor(at.amount, currency) + units, currency) };
  else {
    out.splice(i, 0, { dueDate, amount: amount(units, currency) });
    return out.slice(); // exact size: a spliced array keeps spare capacity
  }
  return out;
}

/**
 * The dues of a schedule in any order, sorted by due date with same dates merged: one sort, then
 * one pass (n log n; adding them one by one with {@link addDue} would be quadratic).
 */
export function mergeDues(list: readonly { dueDate: string; amount: string }[], currency: string): Due[] {
  const sorted = list.map((due) => ({ day: dayOf(due.dueDate), dueDate: due.dueDate, units: minor(due.amount, currency) })).sort((a, b) => a.day - b.day);
  const out: Due[] = [];
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] as (typeof sorted)[number];
    let units = 0n;
    let j = i;
    while (j < sorted.length && (sorted[j] as (typeof sorted)[number]).day === first.day) {
      units += (sorted[j] as (typeof sorted)[number]).units;
      j += 1;
    }
    out.push({ dueDate: first.dueDate, amount: amount(units, currency) });
    i = j;
  }
  return out.slice();
}

/** The index of the first due whose date is on or after day `day` (the dues are in date order), or the length. */
export function firstDueFrom(dues: readonly Due[], day: number): number {
  // The first unpaid dues are where the answer usually is: a short scan, then a binary search.
  const scan = dues.length < 8 ? dues.length : 8;
  for (let i = 0; i < scan; i += 1) if (dayOf((dues[i] as Due).dueDate) >= day) return i;
  let lo = scan;
  let hi = dues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayOf((dues[mid] as Due).dueDate) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Applies a payment to the dues, oldest first. Returns the new dues, what was applied to each, and
 * what is left over. The new dues are one exact-size copy of the unpaid tail (its first due
 * replaced when it is paid in part).
 */
export function applyToDues(dues: readonly Due[], units: bigint, currency: string): { dues: Due[]; applied: Due[]; rest: bigint } {
  const applied: Due[] = [];
  let rest = units;
  let k = 0; // dues before k are paid in full
  let partial: Due | null = null;
  while (k < dues.length && rest > 0n) {
    const due = dues[k] as Due;
    const owed = minor(due.amount, currency);
    const take = rest < owed ? rest : owed;
    rest -= take;
    applied.push({ dueDate: due.dueDate, amount: amount(take, currency) });
    if (take < owed) {
      partial = { dueDate: due.dueDate, amount: amount(owed - take, currency) };
      break;
    }
    k += 1;
  }
  let out: Due[];
  if (partial === null) out = copied(dues, k);
  else {
    out = copied(dues, k);
    out[0] = partial;
  }
  // Arrays grown by push keep spare capacity; exact copies keep long-lived accounts small.
  return { dues: out, applied: applied.length === 1 ? [applied[0] as Due] : applied.slice(), rest };
}
