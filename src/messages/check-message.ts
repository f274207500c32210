import type { ArrearsResult, Severity, TextSpan } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { classifyMessage } from './classify.js';
import { fastCheckMessageInput } from './fast-input.js';
import type { BucketedPattern, LexiconLanguage } from './lexicon/index.js';
import { builtInIndex, FAMILY_BUCKETS, familyBucket, LEXICON_VERSION, limitedContentIndex, PhraseScan } from './lexicon/index.js';
import type { PatternIndex } from './lexicon/matcher.js';
import { buildIndex } from './lexicon/matcher.js';
import type { CompiledPattern } from './lexicon/pattern.js';
import { compilePattern } from './lexicon/pattern.js';
import { MESSAGE_RULE_MODULES } from './rules/index.js';
import type { MessageRuleModule, RuleContext, RuleReport, TextView } from './rules/rule.js';
import { CheckMessageInputSchema } from './schemas.js';
import { findAmounts } from './text/amounts.js';
import { tokenize } from './text/fold.js';
import { smsMeta } from './text/sms.js';
import type { CheckMessageInput, CheckMessageResult, LoosenedRule, MessageChannel, MessageFinding, MessageRuleMeta, MessageSender, ParsedCheckMessageInput } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, violation: 2 };
const BY_RANK: readonly Severity[] = ['info', 'warning', 'violation'];

type CustomRule = NonNullable<NonNullable<ParsedCheckMessageInput['policy']>['customRules']>[number];

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of the policy's phrases. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function compiled(source: string): CompiledPattern {
  return compilePattern(source) as CompiledPattern; // validated by the schema
}

function policyIndex(input: ParsedCheckMessageInput): PatternIndex | null {
  const entries: BucketedPattern[] = [];
  for (const phrase of input.policy?.phrases ?? []) entries.push({ pattern: compiled(phrase.pattern), bucket: familyBucket(phrase.family, phrase.language, phrase.except === true) });
  (input.policy?.customRules ?? []).forEach((rule, k) => {
    for (const source of rule.phrases) entries.push({ pattern: compiled(source), bucket: FAMILY_BUCKETS + k });
  });
  return entries.length === 0 ? null : buildIndex(entries);
}

function jurisdictionApplies(rule: MessageRuleMeta, declared: readonly string[] | undefined): boolean {
  if (rule.jurisdiction === 'US' || declared === undefined) return true;
  return declared.some((code) => code === rule.jurisdiction || code.startsWith(`${rule.jurisdiction}-`));
}

function inForce(rule: MessageRuleMeta, asOf: string | undefined): boolean {
  if (asOf === undefined) return true;
  return rule.effective.start <= asOf && (rule.effective.end === undefined || asOf <= rule.effective.end);
}

const ruleCache = new Map<string, readonly MessageRuleModule[]>();

/**
 * The built-in rules that bind `sender` on `channel` in the declared jurisdictions on `asOf`,
 * in catalogue order (whether a policy switches one on or off is decided per message). The
 * answer depends only on its arguments, so it is remembered (the memo stops growing at 512
 * combinations).
 */
function rulesFor(sender: MessageSender, channel: MessageChannel, jurisdictions: readonly string[] | undefined, asOf: string | undefined): readonly MessageRuleModule[] {
  const key = `${sender}|${channel}|${jurisdictions === undefined ? '*' : jurisdictions.join(',')}|${asOf ?? ''}`;
  let rules = ruleCache.get(key);
  if (rules === undefined) {
    rules = MESSAGE_RULE_MODULES.filter((r) => r.meta.binds.includes(sender) && r.meta.channels.includes(channel) && jurisdictionApplies(r.meta, jurisdictions) && inForce(r.meta, asOf));
    if (ruleCache.size < 512) ruleCache.set(key, rules);
  }
  return rules;
}

function compareFindings(a: MessageFinding, b: MessageFinding): number {
  const fa = a.path?.[0] === 'subject' ? 0 : 1;
  const fb = b.path?.[0] === 'subject' ? 0 : 1;
  if (fa !== fb) return fa - fb;
  if (a.span === null || b.span === null) {
    if (a.span !== b.span) return a.span === null ? 1 : -1;
  } else if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ea = a.span?.end ?? -1;
  const eb = b.span?.end ?? -1;
  if (ea !== eb) return ea - eb;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Checks what a planned message says against the law before it is sent: the required
 * disclosures (12 CFR 1006.18(e)) in the message's language, the opt-out statement of
 * electronic messages (1006.6(e)), the limited-content voicemail (1006.2(j)), threats of
 * violence, arrest, seizure, suit on a time-barred debt (1006.26(b)) or actions not intended
 * (1006.18(c)(1)), false attorney or government involvement, false urgency, a misstated
 * balance, credit-score promises, profanity, envelopes, postcards and public social media,
 * and the Massachusetts and California rules; see {@link MESSAGE_RULES} for the catalogue.
 *
 * Phrases are matched on a folded copy of the text (compatibility-decomposed, accents and case
 * removed, spacing collapsed, word-bounded) and reported with spans in the original string
 * (UTF-16 indices). A creditor sees only the rules that bind creditors. A fact a rule needs but
 * the context leaves unset gives the strict reading as a `warning` that names the fact. The
 * check is pure and linear in the length of the text.
 *
 * @param input - the channel, text (and an email's subject), declared context and optional policy
 * @returns `{ ok, classification, findings, lexiconVersion, rulesChecked, loosened, sms }`;
 *   `ok` is false if and only if some finding is a violation
 * @throws {@link arrears!ValidationError} for malformed input: an unknown channel or language,
 *   `MESSAGES_INVALID_PATTERN`, `MESSAGES_UNKNOWN_RULE`, `MESSAGES_DUPLICATE_RULE`,
 *   `MESSAGES_POLICY_LOOSENS_RULE`, `MESSAGES_OPTION_WITHOUT_EFFECT`,
 *   `MESSAGES_INVALID_JURISDICTION`, or a money code for a bad debt amount
 *
 * @example
 * ```ts
 * import { checkMessage } from 'arrears/messages';
 * const context = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] } as const;
 * const text = 'Reminder: payment 2 of 3 ($100.00) is due Jan 5. This communication is from a debt collector.';
 * const result = checkMessage({ channel: 'sms', text, context });
 * result.ok; // => false
 * result.findings.map((f) => [f.code, f.severity, f.span]); // => [['REGF-OPTOUT-NOTICE', 'violation', null]]
 * checkMessage({ channel: 'sms', text: `${text} Reply STOP to opt out of texts to this number.`, context }).ok; // => true
 * checkMessage({ channel: 'sms', text: 'Pay today or we will have you arrested.', context }).findings[0]?.details?.match; // => 'have you arrested'
 * ```
 */
export function checkMessage(input: CheckMessageInput): CheckMessageResult {
  // Inputs in the common shape skip zod; anything else (and every error) goes through the schema.
  const parsed = fastCheckMessageInput(input) ?? parseInput(CheckMessageInputSchema, input);
  return runCheck(parsed);
}

/**
 * The non-throwing twin of {@link checkMessage}, for input from outside the program.
 *
 * @param input - anything; a {@link CheckMessageInput} is expected
 * @returns `{ success: true, data }` with the result, or `{ success: false, error }` with the
 *   typed error
 *
 * @example
 * ```ts
 * import { safeCheckMessage } from 'arrears/messages';
 * safeCheckMessage({ channel: 'fax', text: 'Hi', context: { sender: 'creditor', language: 'en' } }).success; // => false
 * safeCheckMessage({ channel: 'sms', text: 'Hi', context: { sender: 'creditor', language: 'en', jurisdictions: ['US'] } }); // => { success: true, data: { ok: true, classification: { kind: 'communication', reason: 'A text message is never a limited-content message (12 CFR 1006.2(j) covers voicemails only): it is a communication.', missingItems: [], extraContent: [] }, findings: [], lexiconVersion: '1.0.0', rulesChecked: [], loosened: [], sms: { encoding: 'GSM-7', units: 2, segments: 1 } } }
 * ```
 */
export function safeCheckMessage(input: unknown): ArrearsResult<CheckMessageResult> {
  return attempt(() => checkMessage(input as CheckMessageInput));
}

function makeView(field: 'text' | 'subject', text: string, indexes: readonly PatternIndex[]): TextView {
  return { field, text, scan: new PhraseScan(tokenize(text), indexes), amounts: findAmounts(text) };
}

function runCheck(input: ParsedCheckMessageInput): CheckMessageResult {
  const { context, channel } = input;
  const language: LexiconLanguage = context.language;
  const extra = policyIndex(input);
  const indexes = extra === null ? [builtInIndex()] : [builtInIndex(), extra];
  const body = makeView('text', input.text, channel === 'voicemail' ? [...indexes, limitedContentIndex()] : indexes);
  const views = input.subject === undefined ? [body] : [makeView('subject', input.subject, indexes), body];
  const classified = classifyMessage(channel, input.text, body.scan, language, context);
  const ctx: RuleContext = {
    input,
    channel,
    context,
    language,
    views,
    body,
    classification: classified.classification,
    businessNameSpans: classified.businessNameSpans,
    businessNameIndicatesCollection: classified.businessNameIndicatesCollection,
  };
  const settings = input.policy?.rules ?? {};
  const findings: MessageFinding[] = [];
  const rulesChecked: string[] = [];
  const loosened: LoosenedRule[] = [];
  const viewText = (field: 'text' | 'subject'): string => (field === 'subject' ? (input.subject as string) : input.text);

  const emit = (id: string, citation: string | undefined, stateRuleUndeclared: boolean, r: RuleReport): void => {
    const setting = settings[id];
    let severity = r.severity;
    let message = r.message;
    if (stateRuleUndeclared && RANK[severity] > RANK.warning) {
      severity = 'warning';
      message += ' (context.jurisdictions is not declared, so this state rule is applied as a warning.)';
    }
    if (setting?.minSeverity !== undefined && RANK[severity] < RANK[setting.minSeverity]) severity = setting.minSeverity;
    if (setting?.maxSeverity !== undefined && RANK[severity] > RANK[setting.maxSeverity]) severity = BY_RANK[RANK[setting.maxSeverity]] as Severity;
    const field = r.field ?? 'text';
    const span: TextSpan | null = r.span;
    const match = span === null ? undefined : viewText(field).slice(span.start, span.end);
    // No object spread here: `{ ...r.details, match }` cost 9% of a 2,000-character check
    // (measured against a key-by-key copy, 2026-12-07). Object literals of a fixed shape below.
    let details: MessageFinding['details'];
    if (match === undefined) details = r.details;
    else if (r.details === undefined) details = { match };
    else {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(r.details)) copy[key] = (r.details as Record<string, unknown>)[key];
      copy['match'] = match;
      details = copy as MessageFinding['details'];
    }
    let finding: MessageFinding;
    if (citation === undefined) finding = details === undefined ? { code: id, severity, message, path: [field], span } : { code: id, severity, message, path: [field], span, details };
    else finding = details === undefined ? { code: id, severity, message, citation, path: [field], span } : { code: id, severity, message, citation, path: [field], span, details };
    findings.push(finding);
  };

  const noteLoosening = (id: string): boolean => {
    const setting = settings[id];
    if (setting === undefined) return true;
    if (setting.enabled === false) {
      loosened.push({ id, change: 'off', reason: setting.reason as string });
      return false;
    }
    if (setting.maxSeverity !== undefined) loosened.push({ id, change: setting.maxSeverity, reason: setting.reason as string });
    return true;
  };

  for (const rule of rulesFor(context.sender, channel, context.jurisdictions, context.asOf)) {
    const meta = rule.meta;
    if (!noteLoosening(meta.id)) continue;
    if (!(settings[meta.id]?.enabled ?? meta.enabledByDefault)) continue;
    rulesChecked.push(meta.id);
    const undeclared = meta.jurisdiction !== 'US' && context.jurisdictions === undefined;
    rule.check(ctx, (r) => emit(meta.id, meta.citation, undeclared, r));
  }

  (input.policy?.customRules ?? []).forEach((rule: CustomRule, k) => {
    if (!noteLoosening(rule.id)) return;
    if (rule.channels !== undefined && !rule.channels.includes(channel)) return;
    if (rule.binds !== undefined && !rule.binds.includes(context.sender)) return;
    if (rule.languages !== undefined && !rule.languages.includes(language)) return;
    rulesChecked.push(rule.id);
    const citation = rule.citation;
    const hits = views.flatMap((view) => view.scan.bucket(FAMILY_BUCKETS + k, null).map((hit) => ({ view, hit })));
    if (rule.kind === 'prohibit') {
      for (const { view, hit } of hits) emit(rule.id, citation, false, { severity: rule.severity, span: { start: hit.start, end: hit.end }, field: view.field, message: rule.message });
    } else if (hits.length === 0) {
      emit(rule.id, citation, false, { severity: rule.severity, span: null, message: rule.message });
    }
  });

  findings.sort(compareFindings);
  const policyPhrases = input.policy?.phrases ?? [];
  const customRules = input.policy?.customRules ?? [];
  const lexiconVersion =
    policyPhrases.length === 0 && customRules.length === 0
      ? LEXICON_VERSION
      : `${LEXICON_VERSION}+policy.${fingerprint(JSON.stringify([policyPhrases.map((p) => [p.family, p.language, p.pattern, p.except === true]), customRules.map((r) => [r.id, r.phrases])]))}`;
  return {
    ok: !findings.some((f) => f.severity === 'violation'),
    classification: classified.classification,
    findings,
    lexiconVersion,
    rulesChecked,
    loosened,
    sms: channel === 'sms' ? smsMeta(input.text) : null,
  };
}
