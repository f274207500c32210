import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { dayOf } from './days.js';
import type { Due } from './types.js';

// The account's mini-ledger: installments still owed, oldest first, and payments applied to
// them oldest first. Amounts are integer minor units (bigint) inside, decimal strings outside.

/** Minor units of an amount already validated for the currency. */
export function minor(amount: string, currency: string): bigint {
  return toMinorUnits(amount, currency);
}

/** The amount string of minor units. */
export function amount(units: bigint, currency: string): string {
  return fromMinorUnits(units, currency);
}

/** Sum of the dues (minor units). */
export function sumDues(dues: readonly Due[], currency: string): bigint {
  let total = 0n;
  for (const due of dues) total += minor(due.amount, currency);
  return total;
}

/** Past-due amount and count as of `day` (dues with a due date before `day`). */
export function pastDue(dues: readonly Due[], day: number, currency: string): { units: bigint; count: number } {
  let units = 0n;
  let count = 0;
  for (const due of dues) {
    if (dayOf(due.dueDate) >= day) break;
    units += minor(due.amount, currency);
    count += 1;
  }
  return { units, count };
}

/** Adds an installment, keeping the list sorted by due date (same dates merge). */
export function addDue(dues: readonly Due[], dueDate: string, units: bigint, currency: string): Due[] {
  const out = dues.slice();
  const day = dayOf(dueDate);
  let i = 0;
  while (i < out.length && dayOf((out[i] as Due).dueDate) < day) i += 1;
  const at = out[i];
  if (at !== undefined && at.dueDate === dueDate) out[i] = { dueDate, amount: amount(minor(at.amount, currency) + units, currency) };
  else out.splice(i, 0, { dueDate, amount: amount(units, currency) });
  return out;
}

/** Applies a payment to the dues, oldest first. Returns the new dues, what was applied to each, and what is left over. */
export function applyToDues(dues: readonly Due[], units: bigint, currency: string): { dues: Due[]; applied: Due[]; rest: bigint } {
  const out: Due[] = [];
  const applied: Due[] = [];
  let rest = units;
  for (const due of dues) {
    const owed = minor(due.amount, currency);
    if (rest <= 0n) {
      out.push(due);
      continue;
    }
    const take = rest < owed ? rest : owed;
    rest -= take;
    applied.push({ dueDate: due.dueDate, amount: amount(take, currency) });
    if (take < owed) out.push({ dueDate: due.dueDate, amount: amount(owed - take, currency) });
  }
  return { dues: out, applied, rest };
}
