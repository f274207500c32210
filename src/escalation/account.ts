import type { EscalationAccount } from './types.js';

// Account objects are plain JSON. A machine trusts an account whose audit array it created
// itself (every account it writes shares that array until an entry is appended), so accounts
// it wrote pass without re-validation; anything else (a parsed JSON copy, a hand-built object)
// is validated once. Accounts are values: build new ones with the machine, never by editing.

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
