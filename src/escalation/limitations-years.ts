import { addYears } from '../calendar/index.js';
import { attempt, UnsupportedOptionError } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { EscalationErrorCodes } from './codes.js';
import { STATUTES_OF_LIMITATIONS } from './limitations.js';
import type { CompiledPolicy } from './policy.js';
import type { StatuteOfLimitations } from './types.js';

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

/**
 * A row of the statute-of-limitations table ({@link STATUTES_OF_LIMITATIONS}) by its ISO 3166-2
 * code: the years for written contracts and open accounts, their citations, and whether the
 * statute text was read.
 *
 * @param jurisdiction - a US state's or DC's ISO 3166-2 code such as `US-NY`
 * @returns the frozen row
 * @throws {@link arrears!UnsupportedOptionError} `ESCALATION_UNKNOWN_JURISDICTION` for a code not in the table
 *
 * @example
 * ```ts
 * import { getStatuteOfLimitations } from 'arrears/escalation';
 * getStatuteOfLimitations('US-NY').openAccount; // => 3
 * getStatuteOfLimitations('US-CA').writtenContractCitation; // => 'Cal. Civ. Proc. Code § 337(a)'
 * getStatuteOfLimitations('NY'); // throws ESCALATION_UNKNOWN_JURISDICTION
 * ```
 */
export function getStatuteOfLimitations(jurisdiction: string): StatuteOfLimitations {
  const row = typeof jurisdiction === 'string' ? BY_CODE.get(jurisdiction) : undefined;
  if (row === undefined) {
    const shown = typeof jurisdiction === 'string' ? JSON.stringify(jurisdiction.slice(0, 40)) : `A ${typeof jurisdiction}`;
    const hint = typeof jurisdiction === 'string' && /^[A-Z]{2}$/.test(jurisdiction) && BY_CODE.has(`US-${jurisdiction}`) ? ` Jurisdictions are ISO 3166-2 codes: "US-${jurisdiction}".` : '';
    throw new UnsupportedOptionError(`${shown} is not in the statute-of-limitations table (the 50 states and DC, as ISO 3166-2 codes such as "US-NY").${hint}`, { path: [] }, EscalationErrorCodes.ESCALATION_UNKNOWN_JURISDICTION);
  }
  return row;
}

/**
 * The non-throwing twin of {@link getStatuteOfLimitations}, for codes that come from user input.
 *
 * @param jurisdiction - anything; an ISO 3166-2 code is expected
 * @returns `{ success: true, data }` with the row, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetStatuteOfLimitations } from 'arrears/escalation';
 * safeGetStatuteOfLimitations('US-TX').success; // => true
 * safeGetStatuteOfLimitations(42).success; // => false
 * ```
 */
export function safeGetStatuteOfLimitations(jurisdiction: unknown): ArrearsResult<StatuteOfLimitations> {
  return attempt(() => getStatuteOfLimitations(jurisdiction as string));
}
