/**
 * The shape of a rule module (in the manner of ESLint's: `meta` as data beside `check`) and
 * the context every check receives.
 *
 * @internal
 */
import type { Severity, TextSpan } from '../../errors/index.js';
import type { PhraseFamily } from '../lexicon/families.js';
import type { LexiconLanguage, PhraseHit, PhraseScan } from '../lexicon/index.js';
import type { AmountHit } from '../text/amounts.js';
import type { MessageAction, MessageChannel, MessageClassification, MessageRuleMeta, ParsedCheckMessageInput, ParsedMessageContext } from '../types.js';

/** One text field of the message (the text, or an email's subject) with its scans. */
export interface TextView {
  /** The field's name: its findings carry `path: [field]`. */
  readonly field: 'text' | 'subject';
  /** The original string. */
  readonly text: string;
  /** Its phrases. */
  readonly scan: PhraseScan;
  /** Its money amounts. */
  readonly amounts: readonly AmountHit[];
}

/** What a check reports; the engine adds the code, citation and match. */
export interface RuleReport {
  readonly severity: Severity;
  readonly message: string;
  readonly span: TextSpan | null;
  /** The field the span indexes; default `text`. */
  readonly field?: 'text' | 'subject';
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Everything a check may read. */
export interface RuleContext {
  readonly input: ParsedCheckMessageInput;
  readonly channel: MessageChannel;
  readonly context: ParsedMessageContext;
  readonly language: LexiconLanguage;
  /** The text, then the subject (email only). */
  readonly views: readonly TextView[];
  /** The text's view. */
  readonly body: TextView;
  readonly classification: MessageClassification;
  /** Spans of the business name in the text. */
  readonly businessNameSpans: readonly TextSpan[];
  /** The business name indicates debt collection (declared, or it holds collection words). */
  readonly businessNameIndicatesCollection: boolean;
}

/** A rule: its catalogue entry and its check. */
export interface MessageRuleModule {
  readonly meta: MessageRuleMeta;
  check(ctx: RuleContext, report: (r: RuleReport) => void): void;
}

/** All hits of a family in every field, with the field. */
export function familyHits(ctx: RuleContext, family: PhraseFamily, language: LexiconLanguage | 'any' = 'any'): { view: TextView; hit: PhraseHit }[] {
  const out: { view: TextView; hit: PhraseHit }[] = [];
  for (const view of ctx.views) {
    const hits = view.scan.hits(family, language);
    for (let i = 0; i < hits.length; i += 1) out.push({ view, hit: hits[i] as PhraseHit });
  }
  return out;
}

/** The span of a hit. */
export function spanOf(hit: PhraseHit): TextSpan {
  return { start: hit.start, end: hit.end };
}

/** The channels a message can be sent on. */
export const ALL_CHANNELS: readonly MessageChannel[] = ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'];

/** The channels that carry a communication's content (all but the envelope face). */
export const CONTENT_CHANNELS: readonly MessageChannel[] = ['sms', 'email', 'letter', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'];

/** Regulation F's effective date (12 CFR part 1006, as amended, 85 FR 76734; 86 FR 5766). */
export const REG_F_EFFECTIVE = '2021-11-30';

/**
 * How serious a threat of `action` is, given the declared intent and lawfulness
 * (12 CFR 1006.18(c)(1); 15 U.S.C. 1692e(5)): `null` when intended and lawful, `violation` when
 * a declared list leaves it out, else a warning naming the unset facts.
 */
export function threatSeverity(context: ParsedMessageContext, action: MessageAction): { severity: Severity; reason: string } | null {
  const intended = context.intendedActions;
  const lawful = context.lawfulActions;
  if (intended !== undefined && !intended.includes(action)) return { severity: 'violation', reason: `"${action}" is not in context.intendedActions` };
  if (lawful !== undefined && !lawful.includes(action)) return { severity: 'violation', reason: `"${action}" is not in context.lawfulActions` };
  const missing = [intended === undefined ? 'context.intendedActions' : null, lawful === undefined ? 'context.lawfulActions' : null].filter((m): m is string => m !== null);
  if (missing.length > 0) return { severity: 'warning', reason: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not declared, so it cannot be shown that "${action}" is intended and lawful` };
  return null;
}

/** The folded words a hit covers. */
export function hitWords(view: TextView, hit: PhraseHit): string[] {
  const words: string[] = [];
  for (let i = hit.first; i <= hit.last; i += 1) words.push((view.scan.tokens[i] as { word: string }).word);
  return words;
}

/** The action a seizure phrase speaks of: garnishment (wages), repossession, or seizure. */
export function seizureAction(words: readonly string[]): MessageAction {
  if (words.some((w) => w.startsWith('garnish') || w.startsWith('embarg') || ['wages', 'salary', 'paycheck', 'salario', 'sueldo'].includes(w))) return 'garnishment';
  if (words.some((w) => w.startsWith('repossess') || w.startsWith('reposes'))) return 'repossession';
  return 'seizure';
}

/** The action a visit phrase speaks of. */
export function visitAction(words: readonly string[]): MessageAction {
  return words.some((w) => ['work', 'workplace', 'job', 'office', 'trabajo', 'empleo', 'oficina'].includes(w)) ? 'workVisit' : 'homeVisit';
}
