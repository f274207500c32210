import { MESSAGE_RULE_MODULES } from './rules/index.js';
import type { MessageRuleMeta } from './types.js';

/**
 * The catalogue of built-in message rules, as data: id, citation, title, description, who it
 * binds, jurisdiction, channels, effective dates, default severity, whether it runs by default,
 * and the lexicon families it reads. Print it for a compliance review, or look a finding's
 * `code` up in it. Rules run in this order; findings are sorted anyway.
 *
 * `effectiveFrom` is a date by which the rule, as encoded here, was in force (for the state
 * rules: the earliest date we verified, not necessarily the enactment date).
 *
 * @example
 * ```ts
 * import { messageRules } from 'arrears/messages';
 * messageRules.find((r) => r.id === 'REGF-OPTOUT-NOTICE')?.citation; // => '12 CFR 1006.6(e)'
 * messageRules.filter((r) => r.binds.includes('creditor')).map((r) => r.jurisdiction).includes('US-MA'); // => true
 * ```
 */
export const messageRules: readonly MessageRuleMeta[] = Object.freeze(MESSAGE_RULE_MODULES.map((rule) => Object.freeze({ ...rule.meta })));
