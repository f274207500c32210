import { addYears } from '../calendar/index.js';
import { UnsupportedOptionError } from '../errors/index.js';
import { EscalationErrorCodes } from './codes.js';
import { STATUTES_OF_LIMITATIONS } from './limitations.js';
import type { CompiledPolicy } from './policy.js';

const BY_CODE = new Map(STATUTES_OF_LIMITATIONS.map((row) => [row.jurisdiction, row]));

/**
 * Years of the limitation period for a jurisdiction and debt kind: the policy override, else the
 * table. For a debt of unknown kind, the shorter of the two periods (the strict answer: a suit is
 * refused as soon as either period could have run).
 */
export function limitationYears(policy: CompiledPolicy, jurisdiction: string, kind: 'writtenContract' | 'openAccount' | 'unknown'): number {
  if (kind === 'unknown') return Math.min(limitationYears(policy, jurisdiction, 'writtenContract'), limitationYears(policy, jurisdiction, 'openAccount'));
  const override = policy.limitations[jurisdiction]?.[kind];
  if (override !== undefined) return override;
  const row = BY_CODE.get(jurisdiction);
  if (row === undefined) {
    throw new UnsupportedOptionError(
      `"limitations.jurisdiction": "${jurisdiction}" is not in the statute-of-limitations table (the 50 states and DC); give "limitations.years" or a policy override.`,
      { path: ['limitations', 'jurisdiction'] },
      EscalationErrorCodes.ESCALATION_UNKNOWN_JURISDICTION,
    );
  }
  return row[kind];
}

/** The first day a debt that accrued on `accrual` is time-barred after `years`. */
export function timeBarredFrom(accrual: string, years: number): string {
  const key = `${accrual}|${years}`;
  let day = memo.get(key);
  if (day === undefined) {
    day = addYears(accrual, years);
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, day);
  }
  return day;
}

// Memoised: the same accrual days recur across accounts; the values are pure.
const memo = new Map<string, string>();
