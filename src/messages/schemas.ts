import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema } from '../calendar/index.js';
import { CoreErrorCodes } from '../errors/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { CurrencyCodeSchema, parseAmount, safeParseAmount } from '../money/index.js';
import { MessagesErrorCodes } from './codes.js';
import { PHRASE_FAMILIES } from './lexicon/families.js';
import { compilePattern } from './lexicon/pattern.js';
import { MESSAGE_RULE_MODULES } from './rules/index.js';

/**
 * The longest text {@link checkMessage} accepts, in UTF-16 code units.
 *
 * @example
 * ```ts
 * import { MAX_MESSAGE_LENGTH } from 'arrears/messages';
 * MAX_MESSAGE_LENGTH; // => 1000000
 * ```
 */
export const MAX_MESSAGE_LENGTH = 1_000_000;

const SEVERITY_RANK = { info: 0, warning: 1, violation: 2 } as const;

/**
 * Where a message goes: a text (`sms`), an `email`, a `letter` (its content), the `envelope`
 * (or postcard face) it travels in, a `voicemail` left on an answering machine or service, a
 * `callScript` read to a person on the telephone, a public `socialPost`, or a private
 * `socialDirectMessage`.
 *
 * @example
 * ```ts
 * import { MessageChannelSchema } from 'arrears/messages';
 * MessageChannelSchema.options; // => ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage']
 * ```
 */
export const MessageChannelSchema = z.enum(['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage']);

/**
 * The language a message is written in: `en` (English, formatted as en-US) or `es`
 * (Spanish, formatted as es-US).
 *
 * @example
 * ```ts
 * import { MessageLanguageSchema } from 'arrears/messages';
 * MessageLanguageSchema.options; // => ['en', 'es']
 * ```
 */
export const MessageLanguageSchema = z.enum(['en', 'es']);

/**
 * Who sends the message: an FDCPA `debtCollector` (collecting for another, or a debt buyer), or
 * a `creditor` collecting its own debt. A creditor is not bound by Regulation F; it sees only
 * the rules that bind creditors (state rules such as 940 CMR 7.00 and the Rosenthal Act).
 *
 * @example
 * ```ts
 * import { MessageSenderSchema } from 'arrears/messages';
 * MessageSenderSchema.options; // => ['debtCollector', 'creditor']
 * ```
 */
export const MessageSenderSchema = z.enum(['debtCollector', 'creditor']);

/**
 * Who the message is for: the `consumer`, a `thirdParty` (anyone else), or `unknown` (a shared
 * number, an address not yet confirmed). Unset reads as `unknown`.
 *
 * @example
 * ```ts
 * import { MessageRecipientSchema } from 'arrears/messages';
 * MessageRecipientSchema.options; // => ['consumer', 'thirdParty', 'unknown']
 * ```
 */
export const MessageRecipientSchema = z.enum(['consumer', 'thirdParty', 'unknown']);

/**
 * An action a message may speak of. A message that threatens an action must have it in both
 * `intendedActions` and `lawfulActions` (12 CFR 1006.18(c)(1); 15 U.S.C. 1692e(5)). Arrest or
 * jail is never lawful for a consumer debt, so it is not on this list.
 *
 * @example
 * ```ts
 * import { MessageActionSchema } from 'arrears/messages';
 * MessageActionSchema.options.length; // => 8
 * ```
 */
export const MessageActionSchema = z.enum(['lawsuit', 'creditReporting', 'garnishment', 'seizure', 'repossession', 'homeVisit', 'workVisit', 'accountClosure']);

/**
 * A jurisdiction as an ISO 3166-2 code: `US`, a state `US-MA`, a city `US-NY-NYC`. A state or
 * city implies the levels above it (federal law applies everywhere in the US).
 *
 * @example
 * ```ts
 * import { MessageJurisdictionSchema } from 'arrears/messages';
 * MessageJurisdictionSchema.safeParse('US-CA').success; // => true
 * MessageJurisdictionSchema.safeParse('California').success; // => false
 * ```
 */
export const MessageJurisdictionSchema = z.string().check(z.superRefine((value, ctx) => {
  if (!/^US(-[A-Z]{2}(-[A-Z0-9]{1,3})?)?$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a US jurisdiction code: write "US", a state as "US-MA", a city as "US-NY-NYC".`,
      params: arrearsIssue(MessagesErrorCodes.MESSAGES_INVALID_JURISDICTION),
      input: value,
    });
  }
}));

/**
 * The debt a message is about: whether it is time-barred (12 CFR 1006.26), and the amount owed
 * with its currency, to compare with any balance the message states. An amount needs its
 * currency; a currency without an amount has no effect and is refused.
 *
 * @example
 * ```ts
 * import { MessageDebtSchema } from 'arrears/messages';
 * MessageDebtSchema.parse({ timeBarred: false, amount: '1250', currency: 'USD' }); // => { timeBarred: false, amount: '1250.00', currency: 'USD' }
 * MessageDebtSchema.safeParse({ amount: '1250' }).success; // => false
 * ```
 */
export const MessageDebtSchema = z.pipe(z.strictObject({
    /** The statute of limitations for a suit has run (12 CFR 1006.26(a)(2)). */
    timeBarred: z.optional(z.boolean()),
    /** The amount owed, as a decimal string. */
    amount: z.optional(z.string()),
    /** The amount's ISO 4217 currency. */
    currency: z.optional(CurrencyCodeSchema),
  }).check(z.superRefine((debt, ctx) => {
    if (debt.amount !== undefined && debt.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'an amount needs its currency (an ISO 4217 code such as "USD").', params: arrearsIssue(CoreErrorCodes.INPUT_MISSING), input: undefined });
    }
    if (debt.amount === undefined && debt.currency !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'a currency without an amount has no effect; give "amount" too, or leave both out.', params: arrearsIssue(MessagesErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT), input: debt.currency });
    }
    if (debt.amount !== undefined && debt.currency !== undefined) {
      const parsed = safeParseAmount(debt.amount, debt.currency);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['amount'], message: parsed.error.message, params: arrearsIssue(parsed.error.code), input: debt.amount });
    }
  })), z.transform((debt) => (debt.amount !== undefined && debt.currency !== undefined ? { ...debt, amount: parseAmount(debt.amount, debt.currency) } : debt)));

/**
 * An offer the message speaks of: when it really expires, and whether it will be made again.
 * A deadline in the text ("within 24 hours", "lose this offer forever") is judged against
 * these facts (12 CFR 1006.18(d); 15 U.S.C. 1692e(10)).
 *
 * @example
 * ```ts
 * import { MessageOfferSchema } from 'arrears/messages';
 * MessageOfferSchema.parse({ expiresAt: '2026-12-02T17:00:00Z', recurring: false }).recurring; // => false
 * ```
 */
export const MessageOfferSchema = z.strictObject({
  /** When the offer really ends (ISO instant with offset). */
  expiresAt: z.optional(InstantSchema),
  /** The same or a similar offer will be made again after it ends. */
  recurring: z.optional(z.boolean()),
});

/**
 * What the caller declares about a message: who sends it and to whom, in which language, and
 * the facts the rules need. A fact left unset gets the strict reading and a warning that names
 * it (`context.attorneyInvolved`); `sender` and `language` are required.
 *
 * @example
 * ```ts
 * import { MessageContextSchema } from 'arrears/messages';
 * MessageContextSchema.parse({ sender: 'debtCollector', language: 'en' }).sender; // => 'debtCollector'
 * MessageContextSchema.safeParse({ sender: 'collector', language: 'en' }).success; // => false
 * ```
 */
export const MessageContextSchema = z.strictObject({
  /** Who sends it. */
  sender: MessageSenderSchema,
  /** The message's language: its required disclosures must be in it (12 CFR 1006.18(e)(4)). */
  language: MessageLanguageSchema,
  /** This is the collector's first communication with the consumer about the debt (12 CFR 1006.18(e)(1)). */
  initialCommunication: z.optional(z.boolean()),
  /** Who the message is for; unset reads as `unknown`. */
  recipient: z.optional(MessageRecipientSchema),
  /** The sender's business name as it appears in the message. */
  businessName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The business name indicates debt collection ("Ficus Debt Collection Services"; 12 CFR 1006.2(j)(1), 1006.22(f)(2)). */
  businessNameIndicatesDebtCollection: z.optional(z.boolean()),
  /** An attorney is meaningfully involved in the collection of this debt (12 CFR 1006.18(b)(1)(iii)). */
  attorneyInvolved: z.optional(z.boolean()),
  /** The actions the sender intends to take if the debt is not paid. */
  intendedActions: z.optional(z.readonly(z.array(MessageActionSchema))),
  /** The actions the sender may lawfully take on this debt now. */
  lawfulActions: z.optional(z.readonly(z.array(MessageActionSchema))),
  /** The debt: time-barred or not, amount owed. */
  debt: z.optional(MessageDebtSchema),
  /** An offer the message makes. */
  offer: z.optional(MessageOfferSchema),
  /** This really is the final notice: no further notice will follow before the stated step. */
  finalNotice: z.optional(z.boolean()),
  /** The letter travels as a postcard, its text visible to anyone (12 CFR 1006.22(f)(1)); for `letter` and `envelope` only. */
  postcard: z.optional(z.boolean()),
  /** The sender's license number that state law requires on written and electronic messages (Cal. Civ. Code 1788.11(f)). */
  licenseNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Where the consumer is; unset applies every built-in state rule, as warnings. */
  jurisdictions: z.optional(z.readonly(z.array(MessageJurisdictionSchema).check(z.minLength(1), z.maxLength(16)))),
  /** The day the message goes out, to pick the rules in force; unset applies every rule in the catalogue. */
  asOf: z.optional(CalendarDateSchema),
});

const SeveritySchema = z.enum(['violation', 'warning', 'info']);

/**
 * What a policy changes in one rule. Raising is free: `minSeverity` lifts every finding of the
 * rule to at least that level, and `enabled: true` turns on a rule that is off by default.
 * Loosening must be explicit and is recorded: `enabled: false` or `maxSeverity` needs a
 * `reason`, which is echoed in the result.
 *
 * @example
 * ```ts
 * import { MessageRuleSettingSchema } from 'arrears/messages';
 * MessageRuleSettingSchema.safeParse({ minSeverity: 'violation' }).success; // => true
 * ```
 */
export const MessageRuleSettingSchema = z.strictObject({
  /** Switch the rule on or off. */
  enabled: z.optional(z.boolean()),
  /** Every finding of the rule is at least this severe. */
  minSeverity: z.optional(SeveritySchema),
  /** Every finding of the rule is at most this severe (loosening: needs `reason`). */
  maxSeverity: z.optional(SeveritySchema),
  /** Why the rule is loosened; required for `enabled: false` and `maxSeverity`. */
  reason: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});

/**
 * A phrase a policy adds to a family of the lexicon (or, with `except: true`, a phrase whose
 * match cancels the family's matches inside it). Patterns: words separated by spaces, `a|b`
 * alternatives, a trailing `?` for an optional word, `word*` for a prefix, `#` for a number.
 *
 * @example
 * ```ts
 * import { MessagePhraseSchema } from 'arrears/messages';
 * MessagePhraseSchema.parse({ family: 'urgencyFinal', language: 'en', pattern: 'last call' }).pattern; // => 'last call'
 * ```
 */
export const MessagePhraseSchema = z.strictObject({
  /** The family it joins. */
  family: z.enum(PHRASE_FAMILIES),
  /** The language it is written in. */
  language: MessageLanguageSchema,
  /** The pattern. */
  pattern: z.string().check(z.maxLength(500)),
  /** It is an exception: its matches cancel the family's matches inside them. */
  except: z.optional(z.boolean()),
});

/**
 * A rule a policy adds, as data: `prohibit` flags every match of its phrases, `require` flags
 * a message where none of them appears. It runs for the listed channels, senders and languages
 * (all by default) and is reported with its own id and citation.
 *
 * @example
 * ```ts
 * import { MessageCustomRuleSchema } from 'arrears/messages';
 * MessageCustomRuleSchema.parse({ id: 'ACME-NO-EMOJI-DEADLINE', kind: 'prohibit', phrases: ['midnight tonight'], description: 'House style: no midnight deadlines.', message: 'Do not set midnight deadlines.' }).severity; // => 'violation'
 * ```
 */
export const MessageCustomRuleSchema = z.strictObject({
  /** The rule id: upper case words joined by `-`, not the id of a built-in rule. */
  id: z.string().check(z.regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, { error: 'a rule id is upper-case words joined by "-" (ACME-NO-MIDNIGHT).' })),
  /** Where it comes from (a law, or the house policy). */
  citation: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** What it is about, for the catalogue. */
  description: z.string().check(z.minLength(1), z.maxLength(1000)),
  /** The sentence each finding carries. */
  message: z.string().check(z.minLength(1), z.maxLength(1000)),
  /** `prohibit`: flag each match; `require`: flag the message when nothing matches. */
  kind: z.enum(['prohibit', 'require']),
  /** Its phrase patterns. */
  phrases: z.array(z.string().check(z.maxLength(500))).check(z.minLength(1), z.maxLength(200)),
  /** Its severity; default `violation`. */
  severity: z._default(SeveritySchema, 'violation'),
  /** The channels it runs on; default all. */
  channels: z.optional(z.readonly(z.array(MessageChannelSchema).check(z.minLength(1)))),
  /** The senders it binds; default both. */
  binds: z.optional(z.readonly(z.array(MessageSenderSchema).check(z.minLength(1)))),
  /** The message languages it runs on; default both. */
  languages: z.optional(z.readonly(z.array(MessageLanguageSchema).check(z.minLength(1)))),
});

/**
 * A compliance team's policy: rule settings by rule id, phrases added to the lexicon, and
 * rules of its own. Every rule id and pattern is checked: an unknown id is
 * `MESSAGES_UNKNOWN_RULE`, a bad pattern `MESSAGES_INVALID_PATTERN`, loosening without a
 * reason `MESSAGES_POLICY_LOOSENS_RULE`.
 *
 * @example
 * ```ts
 * import { MessagePolicySchema } from 'arrears/messages';
 * MessagePolicySchema.safeParse({ rules: { 'REGF-CREDIT-IMPROVE-CLAIM': { minSeverity: 'violation' } } }).success; // => true
 * MessagePolicySchema.safeParse({ rules: { 'REGF-NOPE': { minSeverity: 'violation' } } }).success; // => false
 * ```
 */
export const MessagePolicySchema = z
  .strictObject({
    /** Settings by rule id (built-in or custom). */
    rules: z.optional(z.record(z.string(), MessageRuleSettingSchema)),
    /** Phrases added to the lexicon. */
    phrases: z.optional(z.readonly(z.array(MessagePhraseSchema).check(z.maxLength(1000)))),
    /** Rules of the policy's own. */
    customRules: z.optional(z.readonly(z.array(MessageCustomRuleSchema).check(z.maxLength(200)))),
  }).check(z.superRefine((policy, ctx) => {
    const builtIn = new Map(MESSAGE_RULE_MODULES.map((r) => [r.meta.id, r.meta]));
    const custom = new Set<string>();
    (policy.customRules ?? []).forEach((rule, i) => {
      if (builtIn.has(rule.id) || custom.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['customRules', i, 'id'], message: `the rule id ${rule.id} is already taken${builtIn.has(rule.id) ? ' by a built-in rule' : ' by another custom rule'}.`, params: arrearsIssue(MessagesErrorCodes.MESSAGES_DUPLICATE_RULE), input: rule.id });
      }
      custom.add(rule.id);
      rule.phrases.forEach((pattern, j) => {
        const compiled = compilePattern(pattern);
        if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', path: ['customRules', i, 'phrases', j], message: compiled, params: arrearsIssue(MessagesErrorCodes.MESSAGES_INVALID_PATTERN), input: pattern });
      });
    });
    (policy.phrases ?? []).forEach((phrase, i) => {
      const compiled = compilePattern(phrase.pattern);
      if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', path: ['phrases', i, 'pattern'], message: compiled, params: arrearsIssue(MessagesErrorCodes.MESSAGES_INVALID_PATTERN), input: phrase.pattern });
    });
    for (const [id, setting] of Object.entries(policy.rules ?? {})) {
      const path = ['rules', id];
      const meta = builtIn.get(id);
      if (meta === undefined && !custom.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `there is no rule ${JSON.stringify(id)} in the catalogue or in customRules.`, params: arrearsIssue(MessagesErrorCodes.MESSAGES_UNKNOWN_RULE), input: id });
        continue;
      }
      const loosens = setting.enabled === false || setting.maxSeverity !== undefined;
      if (loosens && setting.reason === undefined) {
        ctx.addIssue({ code: 'custom', path: [...path, 'reason'], message: 'switching a rule off or capping its severity loosens it: say why in "reason".', params: arrearsIssue(MessagesErrorCodes.MESSAGES_POLICY_LOOSENS_RULE), input: undefined });
      }
      const noEffect =
        (setting.enabled === undefined && setting.minSeverity === undefined && setting.maxSeverity === undefined) ||
        (setting.enabled === true && (meta === undefined || meta.enabledByDefault) && setting.minSeverity === undefined && setting.maxSeverity === undefined) ||
        setting.minSeverity === 'info' ||
        setting.maxSeverity === 'violation' ||
        (setting.enabled === false && (setting.minSeverity !== undefined || setting.maxSeverity !== undefined)) ||
        (!loosens && setting.reason !== undefined);
      if (noEffect) {
        ctx.addIssue({ code: 'custom', path, message: 'this setting has no effect (a rule already on, a floor of "info", a cap of "violation", a severity on a rule switched off, or a reason with nothing loosened).', params: arrearsIssue(MessagesErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT), input: setting });
      }
      if (setting.minSeverity !== undefined && setting.maxSeverity !== undefined && SEVERITY_RANK[setting.minSeverity] > SEVERITY_RANK[setting.maxSeverity]) {
        ctx.addIssue({ code: 'custom', path: [...path, 'maxSeverity'], message: `"maxSeverity" (${setting.maxSeverity}) is below "minSeverity" (${setting.minSeverity}).`, params: arrearsIssue(CoreErrorCodes.INPUT_INVALID_VALUE), input: setting.maxSeverity });
      }
    }
  }));

/**
 * The input of {@link checkMessage}: the channel, the text (and an email's subject), the
 * declared context, and an optional policy.
 *
 * @example
 * ```ts
 * import { CheckMessageInputSchema } from 'arrears/messages';
 * const input = { channel: 'sms', text: 'Hi', context: { sender: 'creditor', language: 'en' } };
 * CheckMessageInputSchema.safeParse(input).success; // => true
 * CheckMessageInputSchema.safeParse({ ...input, subject: 'Hello' }).success; // => false
 * ```
 */
export const CheckMessageInputSchema = z
  .strictObject({
    /** Where the message goes. */
    channel: MessageChannelSchema,
    /** The message text (for an envelope: everything visible on it). */
    text: z.string().check(z.maxLength(MAX_MESSAGE_LENGTH)),
    /** An email's subject line; only for `email`. */
    subject: z.optional(z.string().check(z.maxLength(1000))),
    /** What the caller declares about the message. */
    context: MessageContextSchema,
    /** A compliance team's changes to the catalogue. */
    policy: z.optional(MessagePolicySchema),
  }).check(z.superRefine((input, ctx) => {
    if (input.subject !== undefined && input.channel !== 'email') {
      ctx.addIssue({ code: 'custom', path: ['subject'], message: `a subject has no effect on a ${input.channel} message; only an email has one.`, params: arrearsIssue(MessagesErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT), input: input.subject });
    }
    if (input.context.postcard !== undefined && input.channel !== 'letter' && input.channel !== 'envelope') {
      ctx.addIssue({ code: 'custom', path: ['context', 'postcard'], message: `"postcard" has no effect on a ${input.channel} message; it is for a letter or its envelope.`, params: arrearsIssue(MessagesErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT), input: input.context.postcard });
    }
  }));
