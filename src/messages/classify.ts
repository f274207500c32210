/**
 * What a message is under 12 CFR 1006.2(j): for a voicemail, a limited-content message, an
 * incomplete one, or a communication; every other channel carries a communication.
 *
 * A voicemail's words are sorted into: required items (the business name from
 * `context.businessName`, a request to reply, a person's name, a telephone number), allowed
 * extras (salutation, date and time, times to reply, "any representative"), neutral filler
 * words ("this is", "calling from", "at"), and everything else. A run of "everything else"
 * words is content outside 1006.2(j). A person's name is a capitalized word that does not
 * start a sentence and is not part of the business name (a heuristic; see docs/messages.md).
 *
 * @internal
 */
import type { TextSpan } from '../errors/index.js';
import type { LexiconLanguage, PhraseScan } from './lexicon/index.js';
import type { Token } from './text/fold.js';
import { foldedWords } from './text/fold.js';
import type { LimitedContentItem, MessageChannel, MessageClassification, ParsedMessageContext } from './types.js';

/** The classification, plus facts the rules reuse. */
export interface ClassifiedMessage {
  readonly classification: MessageClassification;
  readonly businessNameSpans: readonly TextSpan[];
  readonly businessNameIndicatesCollection: boolean;
}

/** A word explained by a required or allowed item. */
const COVERED = 3;
/** A neutral filler word. */
const FILLER = 2;

/** Every place `name`'s words occur in `tokens`, as token ranges. */
function findName(tokens: readonly Token[], name: string): { first: number; last: number }[] {
  const words = foldedWords(name);
  if (words.length === 0) return [];
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i + words.length <= tokens.length; i += 1) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k += 1) ok = (tokens[i + k] as Token).word === words[k];
    if (ok) {
      out.push({ first: i, last: i + words.length - 1 });
      i += words.length - 1;
    }
  }
  return out;
}

/** Token ranges of telephone numbers: runs of numbers joined by `-`, `.`, `(`, `)`, `+` or a space, 10 to 15 digits. */
function findPhones(text: string, tokens: readonly Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i] as Token).numeric) {
      i += 1;
      continue;
    }
    let j = i;
    let digits = (tokens[i] as Token).word.length;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).numeric && /^[\s\-.()+]{1,3}$/.test(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) {
      j += 1;
      digits += (tokens[j] as Token).word.length;
    }
    if (digits >= 10 && digits <= 15) out.push({ first: i, last: j });
    i = j + 1;
  }
  return out;
}

function spanOfTokens(tokens: readonly Token[], first: number, last: number): TextSpan {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

const CHANNEL_REASONS: Record<Exclude<MessageChannel, 'voicemail'>, string> = {
  sms: 'A text message is never a limited-content message (12 CFR 1006.2(j) covers voicemails only): it is a communication.',
  email: 'An email is never a limited-content message (12 CFR 1006.2(j) covers voicemails only): it is a communication.',
  letter: 'A letter conveys information about the debt: it is a communication.',
  envelope: 'The envelope carries a communication; its face is checked under 12 CFR 1006.22(f)(2).',
  callScript: 'A conversation with the consumer is a communication.',
  socialPost: 'A social-media post is a communication (and a public one is forbidden, 12 CFR 1006.22(f)(4)).',
  socialDirectMessage: 'A private social-media message is a communication, never a limited-content message.',
};

/** Classifies the message. `scan` is the text's scan; `language` the message's. */
export function classifyMessage(channel: MessageChannel, text: string, scan: PhraseScan, language: LexiconLanguage, context: ParsedMessageContext): ClassifiedMessage {
  const tokens = scan.tokens;
  const nameRanges = context.businessName === undefined ? [] : findName(tokens, context.businessName);
  const businessNameSpans = nameRanges.map((r) => spanOfTokens(tokens, r.first, r.last));
  const nameHasCollectionWords = context.businessName !== undefined && nameRanges.some((r) => scan.hits('collectionWords', 'any').some((h) => h.first >= r.first && h.last <= r.last));
  const businessNameIndicatesCollection = context.businessNameIndicatesDebtCollection === true || nameHasCollectionWords;

  if (channel !== 'voicemail') {
    return { classification: { kind: 'communication', reason: CHANNEL_REASONS[channel], missingItems: [], extraContent: [] }, businessNameSpans, businessNameIndicatesCollection };
  }

  const state = new Uint8Array(tokens.length);
  const mark = (first: number, last: number, value: number): void => {
    for (let i = first; i <= last; i += 1) state[i] = Math.max(state[i] as number, value);
  };
  for (const r of nameRanges) mark(r.first, r.last, COVERED);
  const phones = findPhones(text, tokens);
  for (const r of phones) mark(r.first, r.last, COVERED);
  const replies = scan.hits('lcmReplyRequest', language);
  for (const family of ['lcmIntroduction', 'lcmReplyRequest', 'lcmSalutation', 'lcmOptional'] as const) {
    for (const h of scan.hits(family, language)) mark(h.first, h.last, COVERED);
  }
  for (const h of scan.hits('lcmFiller', language)) mark(h.first, h.last, FILLER);
  let personName = false;
  tokens.forEach((t, i) => {
    if (t.capitalized && !t.sentenceStart && state[i] === 0) {
      state[i] = COVERED;
      personName = true;
    }
  });

  // Runs of words outside 1006.2(j): start and end on an unexplained word; filler may sit inside.
  const extraContent: TextSpan[] = [];
  let runFirst = -1;
  let runLast = -1;
  const close = (): void => {
    if (runFirst >= 0) extraContent.push(spanOfTokens(tokens, runFirst, runLast));
    runFirst = -1;
  };
  tokens.forEach((t, i) => {
    const s = state[i];
    if (s === COVERED || (t.sentenceStart && runFirst >= 0)) close();
    if (s === 0) {
      if (runFirst < 0) runFirst = i;
      runLast = i;
    }
  });
  close();

  const missingItems: LimitedContentItem[] = [];
  if (businessNameSpans.length === 0) missingItems.push('businessName');
  if (replies.length === 0) missingItems.push('replyRequest');
  if (!personName) missingItems.push('personName');
  if (phones.length === 0) missingItems.push('telephoneNumber');

  let classification: MessageClassification;
  if (context.recipient === 'thirdParty') {
    classification = { kind: 'communication', reason: 'A voicemail knowingly left for someone other than the consumer is not a limited-content message (comment 2(j)-2).', missingItems, extraContent };
  } else if (businessNameIndicatesCollection) {
    classification = { kind: 'communication', reason: 'The business name indicates debt collection, so the voicemail is not a limited-content message (12 CFR 1006.2(j)(1)).', missingItems, extraContent };
  } else if (extraContent.length > 0) {
    classification = { kind: 'communication', reason: `The voicemail says more than a limited-content message may (12 CFR 1006.2(j)): ${extraContent.map((s) => JSON.stringify(text.slice(s.start, s.end))).join(', ')}.`, missingItems, extraContent };
  } else if (missingItems.length > 0) {
    classification = { kind: 'incompleteLimitedContent', reason: `The voicemail holds only content a limited-content message allows but lacks: ${missingItems.join(', ')} (12 CFR 1006.2(j)); it is not a limited-content message, though not necessarily a communication.`, missingItems, extraContent };
  } else {
    classification = { kind: 'limitedContent', reason: 'The voicemail holds a business name, a request to reply, a person\'s name and a telephone number, and nothing else: a limited-content message (12 CFR 1006.2(j)), an attempt to communicate but not a communication.', missingItems, extraContent };
  }
  return { classification, businessNameSpans, businessNameIndicatesCollection };
}
