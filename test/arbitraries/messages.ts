import fc from 'fast-check';
import type { CheckMessageInput, MessageContextInput } from '../../src/messages/index.js';

/** Fragments that trigger rules, close negatives, and neutral words. */
const FRAGMENTS = [
  'Your payment of $100.00 is due Jan 5.',
  'We will have you arrested.',
  'You cannot be arrested.',
  'We may file a lawsuit.',
  'Meet us at the Food Court.',
  'Our legal department will review it.',
  'We are not a law firm.',
  'FINAL NOTICE:',
  'act within 24 hours or lose this offer forever.',
  'your credit score will go up.',
  'Collections Department',
  'You owe $1,250.00.',
  'you deadbeat',
  'Please call me at 1-800-555-1212.',
  'This is Robin Smith calling from ABC, Inc.',
  'Reply STOP to opt out.',
  'We will garnish your wages.',
  'Su saldo de $90.00 vence el viernes.',
  'Le demandaremos.',
  'hello',
  'the',
  'ＡＲＲＥＳＴＥＤ',
  'arre\u0301sted',
  'שלום',
  '😀',
  '  \n\t',
];

/** A message text: fragments and random strings of any Unicode, glued with spaces. */
export const messageTextArb = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

/** A declared context, with facts set or left unset. */
export const messageContextArb: fc.Arbitrary<MessageContextInput> = fc.record(
  {
    sender: fc.constantFrom('debtCollector', 'creditor'),
    language: fc.constantFrom('en', 'es'),
    initialCommunication: fc.boolean(),
    recipient: fc.constantFrom('consumer', 'thirdParty', 'unknown'),
    businessName: fc.constantFrom('ABC, Inc.', 'Ficus Debt Collection Services'),
    businessNameIndicatesDebtCollection: fc.boolean(),
    attorneyInvolved: fc.boolean(),
    intendedActions: fc.subarray(['lawsuit', 'creditReporting', 'garnishment'] as const),
    lawfulActions: fc.subarray(['lawsuit', 'creditReporting', 'garnishment'] as const),
    debt: fc.oneof(fc.record({ timeBarred: fc.boolean() }), fc.record({ timeBarred: fc.boolean(), amount: fc.constantFrom('1250.00', '90'), currency: fc.constant('USD') })),
    finalNotice: fc.boolean(),
    jurisdictions: fc.subarray(['US', 'US-MA', 'US-CA', 'US-NY-NYC'] as const, { minLength: 1 }),
    licenseNumber: fc.constant('10000'),
  },
  { requiredKeys: ['sender', 'language'] },
);

/** A whole input (no policy). */
export const checkMessageInputArb: fc.Arbitrary<CheckMessageInput> = fc
  .record({
    channel: fc.constantFrom('sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'),
    text: messageTextArb,
    subject: fc.option(messageTextArb, { nil: undefined }),
    context: messageContextArb,
  })
  .map(({ subject, ...rest }) => (rest.channel === 'email' && subject !== undefined ? { ...rest, subject } : rest));
