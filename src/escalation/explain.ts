import { dayOf } from './days.js';
import { HOLD_DEFAULTS } from './holds.js';
import type { CompiledPolicy } from './policy.js';
import type { Finding } from '../errors/index.js';
import type { AuditEntry, EscalationAccount, EscalationDayCount, EscalationExplanation, ExplanationStep, HoldFreezes } from './types.js';

/**
 * The facts the account lacks and what the machine assumes without them, as warnings. Codes:
 * `ESCALATION_LIMITATION_STATUS_UNKNOWN` (no jurisdiction and no period: legal referral needs
 * the caller's statement, suit-threatening notices are held back), `ESCALATION_DEBT_KIND_UNKNOWN`
 * (the shorter of the jurisdiction's two periods applies).
 */
export function missingFacts(a: EscalationAccount): Finding[] {
  const out: Finding[] = [];
  const l = a.limitations;
  if (l.years === null) {
    out.push({
      code: 'ESCALATION_LIMITATION_STATUS_UNKNOWN',
      severity: 'warning',
      message:
        'The limitation status is unknown: the account was opened without "limitations.jurisdiction" or "limitations.years". A legal referral needs "withinLimitationPeriod: true" on the event, and notices that threaten suit are held back.',
      citation: '12 CFR 1006.26(b)',
      path: ['opening', 'limitations'],
    });
  } else if (l.debtKind === 'unknown') {
    out.push({
      code: 'ESCALATION_DEBT_KIND_UNKNOWN',
      severity: 'warning',
      message: `The debt kind is not given: the shorter of ${l.jurisdiction ?? 'the jurisdiction'}'s periods for written contracts and open accounts applies (${l.years} years). Give "limitations.debtKind" to use the period of the debt's kind.`,
      path: ['opening', 'limitations', 'debtKind'],
    });
  }
  return out;
}

/** The entries of an audit trail that make up the account's current timeline (corrections applied). */
export function effectiveEntries(audit: readonly AuditEntry[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  const skip = new Set<number>();
  for (let i = audit.length - 1; i >= 0; i -= 1) {
    const e = audit[i] as AuditEntry;
    if (e.correction !== null) {
      for (const s of e.correction.supersedes) skip.add(s);
    } else if (!skip.has(e.seq)) out.push(e);
  }
  return out.reverse();
}

function frozenList(f: HoldFreezes): string {
  const keys = (Object.keys(f) as Array<keyof HoldFreezes>).filter((k) => f[k]);
  return keys.length === 0 ? 'nothing' : keys.join(', ');
}

/**
 * Why the account is where it is, from its audit trail; the day counts are those of `count`
 * (a later day than the account's clock, with no rule due in between) or of the clock.
 */
export function explainAccount(p: CompiledPolicy, a: EscalationAccount, count?: EscalationDayCount): EscalationExplanation {
  const asOf = count?.asOf ?? a.clock;
  const daysPastDue = count?.daysPastDue ?? a.daysPastDue;
  const pausedDays = count?.pausedDays ?? a.pausedDays;
  const entries = effectiveEntries(a.audit);
  let start = 0;
  entries.forEach((e, i) => {
    if (e.to === 'current' && e.from !== 'current') start = i;
  });
  const steps: ExplanationStep[] = entries
    .slice(start)
    .filter((e) => e.from !== e.to || e.rule === 'account.opened')
    .map((e) => ({ date: e.date, from: e.from, to: e.to, event: e.event, rule: e.rule, message: e.message }));
  const first = a.dues[0];
  const oldest = first !== undefined && dayOf(first.dueDate) < dayOf(asOf) ? first.dueDate : null;
  const terminal = p.terminal.has(a.stage);
  const summary: string[] = [];
  const lastMove = steps[steps.length - 1];
  summary.push(`The account is ${a.stage}${terminal ? ' (terminal)' : ''} since ${a.stageSince}${lastMove === undefined ? '.' : `: ${lastMove.message}`}`);
  if (!terminal) {
    summary.push(
      oldest === null
        ? `Nothing is past due as of ${asOf}.`
        : `As of ${asOf}: ${daysPastDue} effective days past due (oldest unpaid installment due ${oldest}; ${pausedDays} day${pausedDays === 1 ? '' : 's'} paused by holds).`,
    );
    for (const h of a.holds) {
      summary.push(`Hold "${h.id}" (${HOLD_DEFAULTS[h.kind].label}) since ${h.start}${h.end === null ? '' : ` through ${h.end}`}: freezes ${frozenList(h.freezes)}${h.citation === null ? '' : ` (${h.citation})`}.`);
    }
    const arr = a.arrangement;
    if (arr !== null) {
      const detail =
        arr.kind === 'promiseToPay'
          ? `promise to pay ${arr.amount} by ${arr.dueDate} (${arr.paid} paid)`
          : arr.kind === 'paymentPlan'
            ? `payment plan of ${arr.installments.length} installments since ${arr.since} (${arr.paid} paid, ${arr.missed} missed)`
            : arr.kind === 'settlementPending'
              ? `settlement of ${arr.amount} due ${arr.dueDate} (${arr.paid} paid)`
              : `hardship since ${arr.start}${arr.end === null ? '' : ` through ${arr.end}`}`;
      summary.push(`Arrangement: ${detail}${p.suspendOnArrangement ? '; escalation waits for it' : ''}.`);
    }
    if (a.limitations.timeBarred) summary.push(`The debt is time-barred since ${a.limitations.timeBarredOn ?? ''}: no suit and no threat of suit (12 CFR 1006.26(b)).`);
    else if (a.limitations.years === null) summary.push('The limitation status is unknown (no jurisdiction and no period): no suit and no threat of suit without the caller stating the debt is within the limitation period (12 CFR 1006.26(b)).');
  }
  return {
    stage: a.stage,
    since: a.stageSince,
    terminal,
    daysPastDue,
    oldestUnpaidDueDate: oldest,
    pausedDays,
    holds: a.holds.map((h) => h.id),
    arrangement: a.arrangement?.kind ?? null,
    timeBarred: a.limitations.timeBarred,
    limitationStatus: a.limitations.timeBarred ? 'timeBarred' : a.limitations.years === null ? 'unknown' : 'withinPeriod',
    findings: missingFacts(a),
    steps,
    summary,
  };
}
