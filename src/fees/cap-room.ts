import type { Trace } from './expression.js';
import type { FeeCapKind } from './types.js';

// Caps that total several fees (per installment, per period, lifetime) are used up day by day,
// in date order: on each day, first the day's accrual of the fees already running (the earliest
// fee date first), then the fees dated that day. Room once given is never taken back, so a fee's
// amount through a day depends only on the facts through that day: a later assessment keeps
// every earlier fee as it was (issue 19 item 7). Internal to arrears/fees.

/** One maximum on a fee (internal): its own (`counter` absent) or a share of a running total named by `counter`. */
export interface Limit {
  readonly rule: string;
  readonly cap: FeeCapKind;
  /** The maximum (own), or the total the counter may reach (shared). */
  readonly limit: number;
  readonly citation?: string | undefined;
  readonly counter?: string | undefined;
}

/** A fee priced through a day (internal): the formula's value, rounded, and every maximum in force. */
export interface Priced {
  readonly computed: number;
  readonly trace: Trace;
  readonly limits: readonly Limit[];
}

/** The limit that bound a fee, as the fee reports it (internal). */
export interface Bound {
  readonly rule: string;
  readonly cap: FeeCapKind;
  readonly limit: number;
  readonly citation?: string | undefined;
}

/** A fee being allocated room (internal). */
export interface Slot {
  /** Prices the fee counting the days before `end` (exclusive). */
  price(end: number): Priced;
  /** The exclusive end of the fee's own window (payment, next occurrence or `asOf`). */
  readonly end: number;
  /** The amount granted so far, counting the days before `through`. */
  amount: number;
  through: number;
  bound: Bound | undefined;
  /** A shared limit cut the fee: it takes no more room. */
  frozen: boolean;
  /** Whether the fee uses up shared room (a waived fee does not). */
  consumes: boolean;
  /** Every shared total the fee counts towards, limited or not. */
  readonly counters: readonly string[];
  /** The most the fee can come to over its whole window (its own maxima applied): once there, it is done. */
  ceiling: number;
  last: Priced | undefined;
}

/** Shared totals used so far, by counter (internal). */
export type Consumed = Map<string, number>;

/** The formula's value clamped by the fee's own maxima (shared room left out). */
export function ownCapped(priced: Priced): number {
  let amount = priced.computed;
  for (const l of priced.limits) if (l.counter === undefined) amount = Math.min(amount, Math.max(0, l.limit));
  return amount;
}

/**
 * Grows a fee to its value through `end - 1` (or its own window's end), within the room its
 * shared limits have left; the lowest maximum wins (first listed on a tie). A fee cut by shared
 * room is frozen: the room it lacked was given to fees dated before it.
 */
export function grant(slot: Slot, consumed: Consumed, end: number): void {
  const through = Math.min(end, slot.end);
  const priced = slot.price(through);
  const own = slot.consumes ? slot.amount : 0;
  let amount = priced.computed;
  let bound: Bound | undefined;
  for (const l of priced.limits) {
    const limit = Math.max(0, l.counter === undefined ? l.limit : l.limit - (consumed.get(l.counter) ?? 0) + own);
    if (limit < amount) {
      amount = limit;
      bound = l.citation === undefined ? { rule: l.rule, cap: l.cap, limit } : { rule: l.rule, cap: l.cap, limit, citation: l.citation };
    }
  }
  const next = Math.max(slot.amount, amount);
  if (next < ownCapped(priced)) {
    slot.frozen = true;
    if (bound !== undefined && bound.limit !== next) bound = bound.citation === undefined ? { rule: bound.rule, cap: bound.cap, limit: next } : { rule: bound.rule, cap: bound.cap, limit: next, citation: bound.citation };
  }
  if (slot.consumes) for (const c of slot.counters) consumed.set(c, (consumed.get(c) ?? 0) + next - slot.amount);
  slot.amount = next;
  slot.bound = bound;
  slot.through = through;
  slot.last = priced;
}

/**
 * Whether every running fee can grow through `end - 1` with no limit shared by two of them
 * binding (conservative). A limit only one running fee counts towards clamps that fee exactly
 * (nobody competes for it), so it cuts its growth here instead of forcing a day-by-day walk.
 */
function fitsAll(live: readonly Slot[], consumed: Consumed, end: number): boolean {
  // One running fee competes with nobody: its own limits clamp it exactly.
  if (live.length === 1) return true;
  const priced = live.map((slot) => slot.price(Math.min(end, slot.end)));
  const members = new Map<string, number>();
  for (const slot of live) for (const c of slot.counters) members.set(c, (members.get(c) ?? 0) + 1);
  const need = new Map<string, number>();
  const room = new Map<string, number>();
  live.forEach((slot, i) => {
    const p = priced[i] as Priced;
    let target = ownCapped(p);
    const own = slot.consumes ? slot.amount : 0;
    for (const l of p.limits) if (l.counter !== undefined && members.get(l.counter) === 1) target = Math.min(target, Math.max(0, l.limit - (consumed.get(l.counter) ?? 0) + own));
    const increase = Math.max(0, target - slot.amount);
    for (const l of p.limits) {
      if (l.counter === undefined || members.get(l.counter) === 1) continue;
      room.set(l.counter, Math.min(room.get(l.counter) ?? Number.POSITIVE_INFINITY, l.limit));
    }
    for (const c of slot.counters) if (members.get(c) !== 1) need.set(c, (need.get(c) ?? 0) + increase);
  });
  for (const [c, n] of need) {
    const limit = room.get(c);
    if (limit !== undefined && (consumed.get(c) ?? 0) + n > limit) return false;
  }
  return true;
}

function running(slot: Slot): boolean {
  return !slot.frozen && slot.through < slot.end && slot.amount < slot.ceiling;
}

/**
 * Grows the running fees (in date order) from `from` (the day their amounts count through, exclusive)
 * to `to`, day by day in effect: stretches where no shared limit binds are granted at once, found
 * by bisection; the day a limit binds is granted fee by fee in date order. Returns the fees still running.
 */
export function sweep<S extends Slot>(active: readonly S[], consumed: Consumed, from: number, to: number): S[] {
  // Called on every fee date: nothing running is the common case.
  if (active.length === 0) return [];
  let live = active.filter(running);
  let day = from;
  while (live.length > 0 && day < to) {
    if (fitsAll(live, consumed, to)) {
      for (const slot of live) grant(slot, consumed, to);
      break;
    }
    let lo = day;
    let hi = to - 1;
    while (lo < hi) {
      const mid = lo + Math.ceil((hi - lo) / 2);
      if (fitsAll(live, consumed, mid)) lo = mid;
      else hi = mid - 1;
    }
    if (lo > day) for (const slot of live) grant(slot, consumed, lo);
    for (const slot of live) grant(slot, consumed, lo + 1);
    day = lo + 1;
    live = live.filter(running);
  }
  return live.filter(running);
}
