/**
 * What the two disclosure rules share: when a disclosure is due, and how a statement in the
 * wrong language is described.
 *
 * @internal
 */
import type { Severity } from '../../errors/index.js';
import type { PhraseFamily } from '../lexicon/families.js';
import type { RuleContext } from './rule.js';
import { familyHits } from './rule.js';

/** A disclosure is due in a communication to the consumer (or an unknown recipient). */
export function disclosureApplies(ctx: RuleContext): boolean {
  if (ctx.context.recipient === 'thirdParty') return false;
  if (ctx.channel === 'voicemail' && ctx.classification.kind !== 'communication') return false;
  return true;
}

/** A sentence about the same statement found in the other language, or `null`. */
export function describeForeign(ctx: RuleContext, family: PhraseFamily): string | null {
  const other = ctx.language === 'en' ? 'es' : 'en';
  const found = familyHits(ctx, family, other)[0];
  if (found === undefined) return null;
  const names = { en: 'English', es: 'Spanish' } as const;
  return ` A ${names[other]} statement at ${found.hit.start}-${found.hit.end} does not count: the disclosures must be in the message's language (${names[ctx.language]}; 12 CFR 1006.18(e)(4)).`;
}

/**
 * The severity of a missing disclosure: a violation when the declared order of the message
 * requires it, or when neither reading of an undeclared order is satisfied; else a warning.
 */
export function missingSeverity(ctx: RuleContext, which: 'initial' | 'subsequent'): Severity {
  if (ctx.context.initialCommunication !== undefined) return 'violation';
  // Order unknown: a violation only if the other reading fails too.
  const initialOk = familyHits(ctx, 'disclosureCollectDebt', ctx.language).length > 0 && familyHits(ctx, 'disclosureInfoUse', ctx.language).length > 0;
  const subsequentOk = familyHits(ctx, 'disclosureFromCollector', ctx.language).length > 0;
  const otherOk = which === 'initial' ? subsequentOk : initialOk;
  return otherOk ? 'warning' : 'violation';
}
