/**
 * The phrase families of the lexicon: each is a list of phrase patterns (and exceptions) that
 * one or more rules read. A policy can add phrases to any of them.
 *
 * @internal
 */
export const PHRASE_FAMILIES = [
  'disclosureFromCollector',
  'disclosureCollectDebt',
  'disclosureInfoUse',
  'optOut',
  'optOutUnreasonable',
  'arrest',
  'seizure',
  'violence',
  'suit',
  'creditReporting',
  'visit',
  'accountClosure',
  'attorney',
  'government',
  'urgencyFinal',
  'urgencyDeadline',
  'creditImprove',
  'profanity',
  'insult',
  'collectionWords',
  'balanceClaim',
  'debtInformation',
  'courtOrder',
  'caTimeBarredNotice',
  'lcmIntroduction',
  'lcmReplyRequest',
  'lcmSalutation',
  'lcmOptional',
  'lcmFiller',
] as const;

/** One phrase family. */
export type PhraseFamily = (typeof PHRASE_FAMILIES)[number];

/** A family's phrases in one language: what to find, and what to leave alone. */
export interface FamilyPhrases {
  /** Patterns whose matches count. */
  readonly phrases: readonly string[];
  /** Patterns whose matches cancel a phrase match they contain ("not a law firm"). */
  readonly except?: readonly string[];
}

/** A lexicon in one language. */
export interface LexiconData {
  readonly language: 'en' | 'es';
  readonly families: Partial<Record<PhraseFamily, FamilyPhrases>>;
}
