import type { ContactRule } from './types.js';
import { unreachable } from '../internal/unreachable.js';

/**
 * The federal and built-in rule catalogue: every rule id `checkContact` can report, its
 * citation, the jurisdiction it belongs to and what it checks. Jurisdiction rules defined as
 * data (see {@link BUILT_IN_JURISDICTIONS}) carry their own ids and citations as well.
 *
 * @example
 * ```ts
 * import { CONTACT_RULES } from 'arrears/compliance';
 * CONTACT_RULES.find((r) => r.id === 'REGF-7IN7')?.citation; // => '12 CFR 1006.14(b)(2)(i)(A)'
 * ```
 */
export const CONTACT_RULES: readonly ContactRule[] = Object.freeze<ContactRule[]>([
  { id: 'REGF-TIME', citation: '12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)', jurisdiction: 'US', checks: 'Local time in every known zone of the consumer is in [08:00, 21:00) (all channels but letters).' },
  { id: 'REGF-TIME-STATED', citation: '12 CFR 1006.6(b)(1)(i)', jurisdiction: 'US', checks: 'Not during a time the consumer said is inconvenient, in any known zone.' },
  { id: 'REGF-PLACE', citation: '12 CFR 1006.6(b)(1)(ii)', jurisdiction: 'US', checks: 'Not at a place the consumer said is inconvenient.' },
  { id: 'REGF-ATTORNEY', citation: '12 CFR 1006.6(b)(2)', jurisdiction: 'US', checks: 'No communication with a consumer represented by an attorney about the debt, unless the attorney consents or fails to respond.' },
  { id: 'REGF-WORK', citation: '12 CFR 1006.6(b)(3)', jurisdiction: 'US', checks: 'No communication at work when the employer prohibits it.' },
  { id: 'REGF-CEASE', citation: '12 CFR 1006.6(c)', jurisdiction: 'US', checks: 'After a written cease request or refusal to pay, only a notice that efforts end or that a remedy may or will be invoked.' },
  { id: 'REGF-3RD-PARTY', citation: '12 CFR 1006.6(d); 1006.10', jurisdiction: 'US', checks: 'No communication about the debt with a third party, except location information.' },
  { id: 'REGF-LOCATION-ONCE', citation: '15 U.S.C. 1692b(3); 12 CFR 1006.10(c)', jurisdiction: 'US', checks: 'A person other than the consumer is asked for location information once, unless that person asks to be contacted again or the earlier answer was wrong or incomplete.' },
  { id: 'REGF-OPTOUT', citation: '12 CFR 1006.6(e)', jurisdiction: 'US', checks: 'Every email and text message carries a clear and simple opt-out notice.' },
  { id: 'REGF-MEDIUM', citation: '12 CFR 1006.14(h); 1006.6(e)', jurisdiction: 'US', checks: 'No contact through a medium or address the consumer opted out of.' },
  { id: 'REGF-WORK-EMAIL', citation: '12 CFR 1006.22(f)(3)', jurisdiction: 'US', checks: "No email to an address the employer provides, unless the consumer used it with the collector or consented." },
  { id: 'REGF-SOCIAL', citation: '12 CFR 1006.22(f)(4)', jurisdiction: 'US', checks: 'No social-media message viewable by the public or the consumer\'s contacts.' },
  { id: 'REGF-7IN7', citation: '12 CFR 1006.14(b)(2)(i)(A)', jurisdiction: 'US', checks: 'At most seven telephone calls per debt within seven consecutive local days (exclusions of 1006.14(b)(3)).' },
  { id: 'REGF-7IN7-CONV', citation: '12 CFR 1006.14(b)(2)(i)(B)', jurisdiction: 'US', checks: 'No telephone call about a debt within seven consecutive days after a telephone conversation about it (that day is the first).' },
  { id: 'REGF-LCM', citation: '12 CFR 1006.2(j); 1006.6(d)', jurisdiction: 'US', checks: 'A voicemail is a limited-content message, so it discloses nothing to a third party who hears it.' },
  { id: 'REGF-DISPUTE', citation: '12 CFR 1006.38(d)(2)', jurisdiction: 'US', checks: 'After a written dispute within the validation period, no collection until verification is sent.' },
  { id: 'REGF-ORIG-CREDITOR', citation: '12 CFR 1006.38(c)', jurisdiction: 'US', checks: "After a written request for the original creditor within the validation period, no collection until it is answered." },
  { id: 'REGF-OVERSHADOW', citation: '12 CFR 1006.38(b)', jurisdiction: 'US', checks: 'No payment deadline before the end of the validation period.' },
  { id: 'REGF-VALIDATION', citation: '12 CFR 1006.34(b)(5); 1006.38(b)', jurisdiction: 'US', checks: 'Warning: the contact falls in the validation period; nothing may overshadow the consumer\'s rights.' },
  { id: 'REGF-TIMEBARRED', citation: '12 CFR 1006.26(b)', jurisdiction: 'US', checks: 'No suit and no threat of suit on a time-barred debt.' },
  { id: 'REGF-DECEASED', citation: '12 CFR 1006.2(e); 1006.6(a)(4)', jurisdiction: 'US', checks: 'No contact addressed to a consumer known to be deceased: the estate\'s representative stands in.' },
  { id: 'REGF-REPLY', citation: '12 CFR 1006.6(b)(1), comment 6(b)(1)-2; 1006.14(h)(2)(ii); comment 6(b)(2)-1', jurisdiction: 'US', checks: 'A contact declared as a reply (inReplyTo) answers a communication the consumer initiated, recorded in history; only the first reply gets the one-reply exceptions.' },
  { id: 'REGF-REPORTING', citation: '12 CFR 1006.30(a)(1)', jurisdiction: 'US', checks: 'No furnishing to a consumer reporting agency before speaking to the consumer about the debt, or 14 consecutive days after a letter or electronic message about it that did not come back undeliverable (comment 30(a)(1)-2).' },
  { id: 'STATE-UNKNOWN', citation: '15 U.S.C. 1692n', jurisdiction: 'US', checks: "Warning: the consumer's state is not known, so no state rule (which may be stricter than federal law) was applied." },
  { id: 'BANKRUPTCY-STAY', citation: '11 U.S.C. 362(a)(6)', jurisdiction: 'US', checks: 'No act to collect while the automatic stay is in effect.' },
  { id: 'MA-WORK', citation: '209 CMR 18.16(1)(c); 940 CMR 7.04(1)(h)', jurisdiction: 'US-MA', checks: 'Massachusetts: no calls at work after the consumer asked (an oral request lapses after ten days unless confirmed in writing).' },
  { id: 'POLICY-TIME', citation: 'Company policy', jurisdiction: 'POLICY', checks: "The company's calling window, inside the legal one." },
  { id: 'POLICY-QUIET-DAY', citation: 'Company policy', jurisdiction: 'POLICY', checks: "No contact on the company's quiet weekdays." },
  { id: 'POLICY-HOLIDAY', citation: 'Company policy; 5 U.S.C. 6103', jurisdiction: 'POLICY', checks: 'No contact on federal holidays (statutory and observed dates) or blocked dates.' },
]);

const byId = new Map(CONTACT_RULES.map((r) => [r.id, r]));

/** The catalogue entry of a federal or policy rule (internal; ids are checked by tests). */
export function ruleOf(id: string): ContactRule {
  const rule = byId.get(id);
  /* v8 ignore next */
  if (rule === undefined) return unreachable(`unknown contact rule id ${id}`);
  return rule;
}
