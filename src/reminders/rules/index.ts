import { consentUnknown } from './consent-unknown.js';
import { emailSafeHarbor } from './email-safe-harbor.js';
import type { ChannelRule } from './rule.js';
import { smsSafeHarbor } from './sms-safe-harbor.js';
import { tcpaConsent } from './tcpa-consent.js';
import { tcpaRevoked } from './tcpa-revoked.js';
import { workEmail } from './work-email.js';

/** The channel rules, in the order they are checked (internal; {@link REMINDER_RULES} is the public list). */
export const CHANNEL_RULES: readonly ChannelRule[] = [consentUnknown, tcpaConsent, tcpaRevoked, workEmail, smsSafeHarbor, emailSafeHarbor];
