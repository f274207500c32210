import type { ContactRule } from './types.js';
import { ValidationError, attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { unreachable } from '../internal/unreachable.js';
import { ComplianceErrorCodes } from './codes.js';

/**
 * The federal and built-in rule catalogue: every rule id `checkContact` can report, its
 * source (law or company policy), the jurisdiction of a rule of law, its citation and what it
 * checks; frozen, and {@link getContactRule} looks one up by id. Jurisdiction rules defined as
 * data (see {@link BUILT_IN_JURISDICTIONS}) carry their own ids and citations as well.
 *
 * @example
 * ```ts
 * import { CONTACT_RULES } from 'arrears/compliance';
 * CONTACT_RULES.find((r) => r.id === 'REGF-7IN7')?.citation; // => '12 CFR 1006.14(b)(2)(i)(A)'
 * ```
 */
export const CONTACT_RULES: readonly ContactRule[] = Object.freeze<ContactRule[]>(([
  { id: 'REGF-TIME', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)', checks: 'Local time in every known zone of the consumer is in [08:00, 21:00) (all channels but letters).' },
  { id: 'REGF-TIME-STATED', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(1)(i)', checks: 'Not during a time the consumer said is inconvenient, in any known zone.' },
  { id: 'REGF-PLACE', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(1)(ii)', checks: 'Not at a place the consumer said is inconvenient.' },
  { id: 'REGF-ATTORNEY', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(2)', checks: 'No communication with a consumer represented by an attorney about the debt, unless the attorney consents or fails to respond.' },
  { id: 'REGF-WORK', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(3)', checks: 'No communication at work when the employer prohibits it.' },
  { id: 'REGF-CEASE', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(c)', checks: 'After a written cease request or refusal to pay, only a notice that efforts end or that a remedy may or will be invoked.' },
  { id: 'REGF-3RD-PARTY', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(d); 1006.10', checks: 'No communication about the debt with a third party, except location information.' },
  { id: 'REGF-LOCATION-ONCE', source: 'law', jurisdiction: 'US', citation: '15 U.S.C. 1692b(3); 12 CFR 1006.10(c)', checks: 'A person other than the consumer is asked for location information once, unless that person asks to be contacted again or the earlier answer was wrong or incomplete.' },
  { id: 'REGF-OPTOUT', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(e)', checks: 'Every email and text message carries a clear and simple opt-out notice.' },
  { id: 'REGF-MEDIUM', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.14(h); 1006.6(e)', checks: 'No contact through a medium or address the consumer opted out of.' },
  { id: 'REGF-WORK-EMAIL', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.22(f)(3)', checks: "No email to an address the employer provides, unless the consumer used it with the collector or consented." },
  { id: 'REGF-SOCIAL', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.22(f)(4)', checks: 'No social-media message viewable by the public or the consumer\'s contacts.' },
  { id: 'REGF-7IN7', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.14(b)(2)(i)(A)', checks: 'At most seven telephone calls per debt within seven consecutive local days (exclusions of 1006.14(b)(3)).' },
  { id: 'REGF-7IN7-CONV', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.14(b)(2)(i)(B)', checks: 'No telephone call about a debt within seven consecutive days after a telephone conversation about it (that day is the first).' },
  { id: 'REGF-LCM', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.2(j); 1006.6(d)', checks: 'A voicemail is a limited-content message, so it discloses nothing to a third party who hears it.' },
  { id: 'REGF-DISPUTE', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.38(d)(2)', checks: 'After a written dispute within the validation period, no collection until verification is sent.' },
  { id: 'REGF-ORIG-CREDITOR', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.38(c)', checks: "After a written request for the original creditor within the validation period, no collection until it is answered." },
  { id: 'REGF-OVERSHADOW', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.38(b)', checks: 'No payment deadline before the end of the validation period.' },
  { id: 'REGF-VALIDATION', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.34(b)(5); 1006.38(b)', checks: 'Warning: the contact falls in the validation period; nothing may overshadow the consumer\'s rights.' },
  { id: 'REGF-TIMEBARRED', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.26(b)', checks: 'No suit and no threat of suit on a time-barred debt.' },
  { id: 'REGF-DECEASED', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.2(e); 1006.6(a)(4)', checks: 'No contact addressed to a consumer known to be deceased: the estate\'s representative stands in.' },
  { id: 'REGF-REPLY', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.6(b)(1), comment 6(b)(1)-2; 1006.14(h)(2)(ii); comment 6(b)(2)-1', checks: 'A contact declared as a reply (inReplyTo) answers a communication the consumer initiated, recorded in history; only the first reply gets the one-reply exceptions.' },
  { id: 'REGF-REPORTING', source: 'law', jurisdiction: 'US', citation: '12 CFR 1006.30(a)(1)', checks: 'No furnishing to a consumer reporting agency before speaking to the consumer about the debt, or 14 consecutive days after a letter or electronic message about it that did not come back undeliverable (comment 30(a)(1)-2).' },
  { id: 'STATE-UNKNOWN', source: 'law', jurisdiction: 'US', citation: '15 U.S.C. 1692n', checks: "Warning: the consumer's state is not known, so no state rule (which may be stricter than federal law) was applied." },
  { id: 'BANKRUPTCY-STAY', source: 'law', jurisdiction: 'US', citation: '11 U.S.C. 362(a)(6)', checks: 'No act to collect while the automatic stay is in effect.' },
  { id: 'MA-WORK', source: 'law', jurisdiction: 'US-MA', citation: '209 CMR 18.16(1)(c); 940 CMR 7.04(1)(h)', checks: 'Massachusetts: no calls at work after the consumer asked (an oral request lapses after ten days unless confirmed in writing).' },
  { id: 'POLICY-TIME', source: 'policy', citation: 'Company policy', checks: "The company's calling window, inside the legal one." },
  { id: 'POLICY-QUIET-DAY', source: 'policy', citation: 'Company policy', checks: "No contact on the company's quiet weekdays." },
  { id: 'POLICY-HOLIDAY', source: 'policy', citation: 'Company policy; 5 U.S.C. 6103', checks: 'No contact on federal holidays (statutory and observed dates) or blocked dates.' },
] satisfies ContactRule[]).map((rule) => Object.freeze(rule)));

const byId = new Map(CONTACT_RULES.map((r) => [r.id, r]));

/** The catalogue entry of a federal or policy rule (internal; ids are checked by tests). */
export function ruleOf(id: string): ContactRule {
  const rule = byId.get(id);
  /* v8 ignore next */
  if (rule === undefined) return unreachable(`unknown contact rule id ${id}`);
  return rule;
}

/**
 * A rule of the catalogue ({@link CONTACT_RULES}) by its id, the `code` of its findings.
 *
 * @param id - a rule id such as `REGF-7IN7`
 * @returns the frozen catalogue entry
 * @throws {@link arrears!ValidationError} `COMPLIANCE_UNKNOWN_RULE` for an id not in the catalogue
 *   (jurisdiction rules such as `MA-CALLS-7D` are in {@link BUILT_IN_JURISDICTIONS})
 *
 * @example
 * ```ts
 * import { getContactRule } from 'arrears/compliance';
 * getContactRule('REGF-7IN7').citation; // => '12 CFR 1006.14(b)(2)(i)(A)'
 * getContactRule('POLICY-TIME').source; // => 'policy'
 * getContactRule('REGF-NOPE'); // throws COMPLIANCE_UNKNOWN_RULE
 * ```
 */
export function getContactRule(id: string): ContactRule {
  const rule = typeof id === 'string' ? byId.get(id) : undefined;
  if (rule === undefined) {
    throw new ValidationError([
      {
        code: ComplianceErrorCodes.COMPLIANCE_UNKNOWN_RULE,
        path: [],
        message: `${typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : `A ${typeof id}`} is not a rule of CONTACT_RULES (jurisdiction rules are in BUILT_IN_JURISDICTIONS).`,
      },
    ]);
  }
  return rule;
}

/**
 * The non-throwing twin of {@link getContactRule}, for ids that come from user input.
 *
 * @param id - anything; a rule id is expected
 * @returns `{ success: true, data }` with the catalogue entry, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetContactRule } from 'arrears/compliance';
 * safeGetContactRule('REGF-TIME').success; // => true
 * safeGetContactRule(7).success; // => false
 * ```
 */
export function safeGetContactRule(id: unknown): ArrearsResult<ContactRule> {
  return attempt(() => getContactRule(id as string));
}
