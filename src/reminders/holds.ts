import type { Finding } from '../errors/index.js';
import { dayOfText } from './rules/rule.js';

/** A hold as the planner reads it (the escalation account's shape). */
export interface HoldFacts {
  readonly id: string;
  readonly kind: string;
  readonly reason: string;
  readonly start: string;
  readonly end: string | null;
  readonly citation: string | null;
  readonly freezes: { readonly contact?: boolean | undefined };
}

/** The rule id a hold's kind stands for, when it is a rule of law. */
const RULE_OF_KIND: Readonly<Record<string, string>> = {
  dispute: 'REGF-DISPUTE',
  bankruptcy: 'BANKRUPTCY-STAY',
  ceaseCommunication: 'REGF-CEASE',
  attorney: 'REGF-ATTORNEY',
  deceased: 'REGF-DECEASED',
};

/** A hold that freezes contact (or does not say: read as freezing) and covers the day, as a skip finding; else `null`. */
export function activeHoldFinding(holds: readonly HoldFacts[], day: number, details: Record<string, unknown>): Finding | null {
  for (const hold of holds) {
    if (hold.freezes.contact === false) continue;
    if (dayOfText(hold.start) > day || (hold.end !== null && dayOfText(hold.end) < day)) continue;
    const finding: Finding = {
      code: RULE_OF_KIND[hold.kind] ?? 'REMINDERS_HOLD',
      severity: 'violation',
      message: `The account is on hold (${hold.kind}: ${hold.reason || 'no reason given'}) from ${hold.start}${hold.end === null ? '' : ` to ${hold.end}`}: no reminder.`,
      details: { ...details, holdId: hold.id, holdKind: hold.kind, fallback: null },
    };
    return hold.citation === null ? finding : { ...finding, citation: hold.citation };
  }
  return null;
}

/** Warnings for holds that do not say whether they freeze contact. */
export function holdWarnings(holds: readonly HoldFacts[]): Finding[] {
  const out: Finding[] = [];
  holds.forEach((hold, i) => {
    if (hold.freezes.contact === undefined) {
      out.push({ code: 'REMINDERS_HOLD_FREEZE_UNKNOWN', severity: 'warning', message: `Hold "${hold.id}" (${hold.kind}) does not say whether it freezes contact: read as freezing it.`, path: ['account', 'holds', i, 'freezes', 'contact'] });
    }
  });
  return out;
}
