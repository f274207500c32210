/**
 * The catalogue: every built-in rule module, in the order they are listed and run.
 *
 * @internal
 */
import { arrestSeizure } from './arrest-seizure.js';
import { carrierStop } from './carrier-stop.js';
import { creditImproveClaim } from './credit-improve-claim.js';
import { deceptiveMeans } from './deceptive-means.js';
import { discloseInitial } from './disclose-initial.js';
import { discloseSubsequent } from './disclose-subsequent.js';
import { envelope } from './envelope.js';
import { falseAmount } from './false-amount.js';
import { falseAttorney } from './false-attorney.js';
import { falseGovernment } from './false-government.js';
import { limitedContent } from './lcm.js';
import { limitedContentBusinessName } from './lcm-business-name.js';
import { optOutNotice } from './optout-notice.js';
import { postcard } from './postcard.js';
import { profanity } from './profanity.js';
import type { MessageRuleModule } from './rule.js';
import { social } from './social.js';
import { thirdParty } from './third-party.js';
import { threatUnintended } from './threat-unintended.js';
import { timeBarredThreat } from './timebarred-threat.js';
import { usCaLicenseNumber } from './us-ca-license-number.js';
import { usCaProfanity } from './us-ca-profanity.js';
import { usCaThreats } from './us-ca-threats.js';
import { usCaTimeBarredNotice } from './us-ca-timebarred-notice.js';
import { usMaEnvelope } from './us-ma-envelope.js';
import { usMaFalseIdentity } from './us-ma-false-identity.js';
import { usMaProfanity } from './us-ma-profanity.js';
import { usMaThreats } from './us-ma-threats.js';
import { violence } from './violence.js';

/** Every built-in rule, in catalogue order. */
export const MESSAGE_RULE_MODULES: readonly MessageRuleModule[] = [
  discloseInitial,
  discloseSubsequent,
  optOutNotice,
  limitedContent,
  limitedContentBusinessName,
  thirdParty,
  violence,
  profanity,
  arrestSeizure,
  threatUnintended,
  timeBarredThreat,
  falseAttorney,
  falseGovernment,
  falseAmount,
  deceptiveMeans,
  creditImproveClaim,
  envelope,
  postcard,
  social,
  usMaThreats,
  usMaProfanity,
  usMaFalseIdentity,
  usMaEnvelope,
  usCaThreats,
  usCaProfanity,
  usCaLicenseNumber,
  usCaTimeBarredNotice,
  carrierStop,
];
