import type { EscalationAccount, EscalationOpenInput, Hold } from './types.js';

// Account objects are plain JSON and immutable values: the machine never edits one, and the
// accounts it returns share every unchanged part (arrays, nested objects, strings) with the
// account they came from and, for empty hold sets and empty audit lists, with each other.
// A machine trusts an account whose `opening` object carries its mark (see `brand`): every
// account it writes shares that object, so its own accounts pass without re-validation;
// anything else (a parsed JSON copy, a hand-built object, another machine's account) is
// validated. Never edit an account by hand: record an event.

const BRAND: unique symbol = Symbol('arrears.escalation.machine');

/**
 * A copy of an account's opening marked with a machine's token, in a non-enumerable symbol
 * property (first, so it sits in the object itself): JSON, `Object.keys` and deep equality do not
 * see it. A machine trusts an account whose opening carries its token.
 */
export function brand(opening: EscalationOpenInput, token: object): EscalationOpenInput {
  const out = {};
  Object.defineProperty(out, BRAND, { value: token });
  return Object.assign(out, opening);
}

/** Whether `opening` carries `token` (see {@link brand}). */
export function branded(opening: unknown, token: object): boolean {
  return typeof opening === 'object' && opening !== null && (opening as { [BRAND]?: unknown })[BRAND] === token;
}

/**
 * The hold set of every account without holds: one shared, frozen empty array, so the clock
 * check in `advance` reads memory that is already cached.
 */
export const NO_HOLDS = Object.freeze([]) as unknown as Hold[];

/** A shallow copy with a fixed field order (faster than a spread for this hot path). */
export function copyAccount(a: EscalationAccount): EscalationAccount {
  return {
    format: a.format,
    accountId: a.accountId,
    currency: a.currency,
    openedOn: a.openedOn,
    asOf: a.asOf,
    stage: a.stage,
    stageSince: a.stageSince,
    balance: a.balance,
    dues: a.dues,
    daysPastDue: a.daysPastDue,
    pausedDays: a.pausedDays,
    clockStops: a.clockStops,
    holds: a.holds,
    arrangement: a.arrangement,
    counters: a.counters,
    communication: a.communication,
    limitations: a.limitations,
    payments: a.payments,
    nextReviewOn: a.nextReviewOn,
    opening: a.opening,
    log: a.log,
    audit: a.audit,
  };
}
