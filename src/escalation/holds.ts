import type { HoldFreezes, HoldKind } from './types.js';

const none: HoldFreezes = { clock: false, contact: false, fees: false, offers: false, escalation: false, legal: false, reporting: false };
const all: HoldFreezes = { clock: true, contact: true, fees: true, offers: true, escalation: true, legal: true, reporting: true };

/**
 * What each kind of hold freezes by default, and the rule behind it. A policy may override
 * the freezes per kind. Sources:
 * - dispute: collection stops until verification is sent, 12 CFR 1006.38(d)(2) (15 U.S.C. 1692g(b));
 * - bankruptcy: the automatic stay, 11 U.S.C. 362(a): nothing but payment posting;
 * - ceaseCommunication: 12 CFR 1006.6(c) (15 U.S.C. 1692c(c)): contact only (payments still post);
 * - attorney: 12 CFR 1006.6(b)(2): communicate with the attorney, not the consumer;
 * - deceased: 12 CFR 1006.6(a)(4): only the person authorized to act for the estate;
 * - servicemember: 50 U.S.C. 3937: fees count as interest under the 6% cap (3937(d)(1)).
 */
export const HOLD_DEFAULTS: Readonly<Record<HoldKind, { freezes: HoldFreezes; citation: string | null; label: string }>> = {
  dispute: {
    freezes: { ...all, clock: true },
    citation: '12 CFR 1006.38(d)(2)',
    label: 'dispute awaiting verification',
  },
  bankruptcy: { freezes: all, citation: '11 U.S.C. 362(a)', label: 'bankruptcy automatic stay' },
  ceaseCommunication: { freezes: { ...none, contact: true }, citation: '12 CFR 1006.6(c)', label: 'cease-communication request' },
  attorney: { freezes: { ...none, contact: true }, citation: '12 CFR 1006.6(b)(2)', label: 'consumer represented by an attorney' },
  deceased: {
    freezes: { ...none, clock: true, contact: true, fees: true, escalation: true, reporting: true },
    citation: '12 CFR 1006.6(a)(4)',
    label: 'consumer deceased; estate contact only',
  },
  servicemember: { freezes: { ...none, fees: true }, citation: '50 U.S.C. 3937', label: 'servicemember (SCRA)' },
  hardship: { freezes: { ...none, clock: true, fees: true, escalation: true }, citation: null, label: 'hardship forbearance' },
  disaster: { freezes: { ...none, clock: true, fees: true, escalation: true, legal: true }, citation: null, label: 'disaster relief' },
  fraudClaim: { freezes: all, citation: null, label: 'fraud or identity-theft claim under review' },
  manual: { freezes: { ...none, clock: true, fees: true, escalation: true }, citation: null, label: 'manual hold' },
  exempt: { freezes: { ...none, fees: true, escalation: true }, citation: null, label: 'exempt from escalation' },
};
