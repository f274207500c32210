import type { MessageRuleModule } from './rule.js';
import { foldedWords } from '../text/fold.js';

/**
 * US-CA-LICENSE-NUMBER: written and digital communications show the collector's California
 * license number, if applicable (Cal. Civ. Code 1788.11(f)).
 */
export const usCaLicenseNumber: MessageRuleModule = {
  meta: {
    id: 'US-CA-LICENSE-NUMBER',
    citation: 'Cal. Civ. Code 1788.11(f)',
    title: 'California: license number on written and digital messages',
    description:
      'A letter, email, text or private message to a California consumer must show the collector\'s California license number, if one applies (in at least 12-point type on paper, which this check cannot see). With context.licenseNumber set, its absence from the text is a violation; unset, a warning names the fact.',
    binds: ['debtCollector', 'creditor'],
    jurisdiction: 'US-CA',
    channels: ['sms', 'email', 'letter', 'socialDirectMessage'],
    effective: { start: '2025-01-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: [],
  },
  check(ctx, report) {
    const license = ctx.context.licenseNumber;
    if (license === undefined) {
      report({ severity: 'warning', span: null, message: 'context.licenseNumber is not declared: if a California license applies, written and digital communications must show its number (Cal. Civ. Code 1788.11(f)).' });
      return;
    }
    const wanted = foldedWords(license);
    const tokens = ctx.body.scan.tokens;
    const first = wanted[0];
    for (let i = 0; first !== undefined && i + wanted.length <= tokens.length; i += 1) {
      if (tokens[i]?.word !== first) continue;
      let k = 1;
      while (k < wanted.length && tokens[i + k]?.word === wanted[k]) k += 1;
      if (k === wanted.length) return;
    }
    report({ severity: 'violation', span: null, message: `The message does not show the California license number ${license} (Cal. Civ. Code 1788.11(f)).` });
  },
};
