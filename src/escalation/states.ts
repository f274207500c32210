// The vocabulary of the machine: built-in states, event types, hold kinds, action types.
// Internal: the public types are in types.ts, the schemas in schemas.ts.

/** States outside the days-past-due ladder that are not terminal. */
export const COLLECTION_STATES = ['current', 'chargedOff', 'placed', 'referredToLegal'] as const;

/** Terminal states: absorbing, no event leaves them. */
export const TERMINAL_STATES = ['paidInFull', 'settled', 'discharged', 'closedDeceased', 'sold', 'recalled', 'writtenOff'] as const;

/** Every built-in state name (a policy may not reuse them for its own stages or states). */
export const BUILT_IN_STATES: readonly string[] = [...COLLECTION_STATES, ...TERMINAL_STATES];

export const TERMINAL_SET: ReadonlySet<string> = new Set(TERMINAL_STATES);

/** Every event type, in the order the docs list them. */
export const EVENT_TYPES = [
  'installmentDue',
  'paymentReceived',
  'paymentReversed',
  'balanceAdjusted',
  'promiseMade',
  'planAgreed',
  'planInstallmentMissed',
  'planBroken',
  'planCompleted',
  'hardshipGranted',
  'hardshipEnded',
  'settlementAccepted',
  'settlementPaid',
  'disputeReceived',
  'verificationSent',
  'ceaseRequested',
  'ceaseWithdrawn',
  'attorneyNotice',
  'attorneyWithdrawn',
  'bankruptcyFiled',
  'bankruptcyDismissed',
  'bankruptcyDischarged',
  'deathNotified',
  'servicememberNotice',
  'fraudClaimed',
  'fraudResolved',
  'holdPlaced',
  'holdLifted',
  'communicationMade',
  'communicationUndeliverable',
  'chargeOff',
  'placedWithAgency',
  'recalled',
  'legalReferral',
  'sold',
  'writtenOff',
  'custom',
] as const;

export const EVENT_TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPES);

/** The kinds of hold. */
export const HOLD_KINDS = [
  'dispute',
  'bankruptcy',
  'ceaseCommunication',
  'attorney',
  'deceased',
  'servicemember',
  'hardship',
  'disaster',
  'fraudClaim',
  'manual',
  'exempt',
] as const;

/** What a hold can freeze. */
export const FREEZE_KEYS = ['clock', 'contact', 'fees', 'offers', 'escalation', 'legal', 'reporting'] as const;

/** The action types the machine emits. */
export const ACTION_TYPES = [
  'sendNotice',
  'sendReminder',
  'scheduleReminder',
  'sendValidationNotice',
  'stopContact',
  'resumeContact',
  'assessLateFee',
  'offerPaymentPlan',
  'offerSettlement',
  'reportToBureau',
  'obtainVerification',
  'stopCollection',
  'resumeCollection',
  'chargeOff',
  'requestLegalReview',
  'applyInterestRateCap',
  'flagTimeBarred',
  'closeAccount',
  'notify',
] as const;

/** The category of each action type: what a hold must not freeze for it to go out. */
export const ACTION_CATEGORY = {
  sendNotice: 'contact',
  sendReminder: 'contact',
  scheduleReminder: 'contact',
  sendValidationNotice: 'contact',
  stopContact: 'internal',
  resumeContact: 'internal',
  assessLateFee: 'fees',
  offerPaymentPlan: 'offers',
  offerSettlement: 'offers',
  reportToBureau: 'reporting',
  obtainVerification: 'internal',
  stopCollection: 'internal',
  resumeCollection: 'internal',
  chargeOff: 'internal',
  requestLegalReview: 'legal',
  applyInterestRateCap: 'internal',
  flagTimeBarred: 'internal',
  closeAccount: 'internal',
  notify: 'internal',
} as const;
