import { MESSAGE_RULE_MODULES } from './rules/index.js';
import type { MessageRuleMeta } from './types.js';

/**
 * The catalogue of built-in message rules, as data: id, citation, title, description, who it
 * binds, jurisdiction, channels, effective dates, default severity, whether it runs by default,
 * and the lexicon families it reads. Print it for a compliance review, or look a finding's
 * `code` up in it. Rules run in this order; findings are sorted anyway.
 *
 * `effective.start` is a date by which the rule, as encoded here, was in force (for the state
 * rules: the earliest date we verified, not necessarily the enactment date).
 *
 * @example
 * ```ts
 * import { MESSAGE_RULES } from 'arrears/messages';
 * MESSAGE_RULES.find((r) => r.id === 'REGF-OPTOUT-NOTICE')?.citation; // => '12 CFR 1006.6(e)'
 * MESSAGE_RULES.find((r) => r.id === 'REGF-OPTOUT-NOTICE')?.effective; // => { start: '2021-11-30' }
 * MESSAGE_RULES.filter((r) => r.binds.includes('creditor')).map((r) => r.jurisdiction).includes('US-MA'); // => true
 * ```
 */
export const MESSAGE_RULES: readonly MessageRuleMeta[] = Object.freeze(MESSAGE_RULE_MODULES.map((rule) => Object.freeze({ ...rule.meta, effective: Object.freeze({ ...rule.meta.effective }) })));
