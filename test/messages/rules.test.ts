import { describe, expect, test } from 'vitest';
import type { CheckMessageInput, MessageContextInput } from '../../src/messages/index.js';
import { checkMessage, MESSAGE_RULES } from '../../src/messages/index.js';

// Each rule flags at least one message and leaves a close one alone.

const BASE: MessageContextInput = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] };
const DISCLOSE = ' This communication is from a debt collector.';
const OPT = ' Reply STOP to opt out.';

interface Case {
  readonly rule: string;
  readonly flags: Omit<CheckMessageInput, 'context'> & { context?: Partial<MessageContextInput> };
  readonly match?: string | null;
  readonly severity?: 'violation' | 'warning' | 'info';
  readonly spares: Omit<CheckMessageInput, 'context'> & { context?: Partial<MessageContextInput> };
}

const CASES: readonly Case[] = [
  {
    rule: 'REGF-DISCLOSE-INITIAL',
    flags: { channel: 'letter', text: 'We are a debt collector. Please call us about your account.', context: { initialCommunication: true } },
    match: null,
    spares: { channel: 'letter', text: 'We are a debt collector attempting to collect a debt and any information obtained will be used for that purpose.', context: { initialCommunication: true } },
  },
  {
    rule: 'REGF-DISCLOSE-SUBSEQUENT',
    flags: { channel: 'letter', text: 'ABC Collection Services: your payment is due Friday.' },
    match: null,
    spares: { channel: 'letter', text: 'ABC: your payment is due Friday. This letter is from a debt collector.' },
  },
  {
    rule: 'REGF-DISCLOSE-SUBSEQUENT',
    // A Spanish message with only an English disclosure: 1006.18(e)(4)
    flags: { channel: 'letter', text: 'Su pago vence el viernes. This communication is from a debt collector.', context: { language: 'es' } },
    match: null,
    spares: { channel: 'letter', text: 'Su pago vence el viernes. Esta comunicación es de un cobrador de deudas.', context: { language: 'es' } },
  },
  {
    rule: 'REGF-OPTOUT-NOTICE',
    flags: { channel: 'email', text: `Your payment is due.${DISCLOSE} To opt out, call us at 800-555-1212.` },
    match: 'To opt out, call',
    spares: { channel: 'email', text: `Your payment is due.${DISCLOSE} Click here to unsubscribe.` },
  },
  {
    rule: 'REGF-LCM',
    flags: { channel: 'voicemail', text: 'This is Robin Smith from ABC, Inc. Please call me.', context: { businessName: 'ABC, Inc.', businessNameIndicatesDebtCollection: false } },
    match: null,
    severity: 'warning',
    spares: { channel: 'voicemail', text: 'This is Robin Smith from ABC, Inc. Please call me at (800) 555-1212.', context: { businessName: 'ABC, Inc.', businessNameIndicatesDebtCollection: false } },
  },
  {
    rule: 'REGF-LCM-BUSINESS-NAME',
    flags: { channel: 'voicemail', text: 'This is Robin Smith from ABC Recovery Services. Please call me at 800-555-1212.', context: { businessName: 'ABC Recovery Services' } },
    match: 'ABC Recovery Services',
    severity: 'warning',
    spares: { channel: 'voicemail', text: 'This is Robin Smith from ABC Services. Please call me at 800-555-1212.', context: { businessName: 'ABC Services', businessNameIndicatesDebtCollection: false } },
  },
  {
    rule: 'REGF-3RD-PARTY',
    flags: { channel: 'sms', text: `Tell Pat the balance is overdue.${DISCLOSE}${OPT}`, context: { recipient: 'thirdParty' } },
    match: null,
    spares: { channel: 'sms', text: `Please ask Pat to call Robin at 800-555-1212.${OPT}`, context: { recipient: 'thirdParty' } },
  },
  {
    rule: 'REGF-VIOLENCE',
    flags: { channel: 'sms', text: `Pay or we will hurt your family.${DISCLOSE}${OPT}` },
    match: 'hurt your family',
    spares: { channel: 'sms', text: `We know a missed payment can hurt your budget.${DISCLOSE}${OPT}` },
  },
  {
    rule: 'REGF-PROFANITY',
    flags: { channel: 'sms', text: `Pay up, you deadbeat.${DISCLOSE}${OPT}` },
    match: 'deadbeat',
    spares: { channel: 'sms', text: `We assessed your account and the classic plan fits.${DISCLOSE}${OPT}` },
  },
  {
    rule: 'REGF-ARREST-SEIZURE',
    flags: { channel: 'sms', text: `We will garnish your wages next week.${DISCLOSE}${OPT}`, context: { intendedActions: ['lawsuit'], lawfulActions: ['lawsuit'] } },
    match: 'garnish',
    spares: { channel: 'sms', text: `You cannot be arrested for this debt. Ask for Jailene.${DISCLOSE}${OPT}` },
  },
  {
    rule: 'REGF-THREAT-UNINTENDED',
    flags: { channel: 'sms', text: `We will report this to the credit bureaus.${DISCLOSE}${OPT}`, context: { intendedActions: [], lawfulActions: ['creditReporting'] } },
    match: 'report this to the credit bureaus',
    spares: { channel: 'sms', text: `We will report this to the credit bureaus.${DISCLOSE}${OPT}`, context: { intendedActions: ['creditReporting'], lawfulActions: ['creditReporting'] } },
  },
  {
    rule: 'REGF-TIMEBARRED-THREAT',
    flags: { channel: 'letter', text: `We may take you to court.${DISCLOSE}`, context: { debt: { timeBarred: true } } },
    match: 'take you to court',
    spares: { channel: 'letter', text: `Meet us at the Food Court on Court Street. Because of the age of your debt, we will not sue you for it.${DISCLOSE}`, context: { debt: { timeBarred: true } } },
  },
  {
    rule: 'REGF-FALSE-ATTORNEY',
    flags: { channel: 'letter', text: `Signed, J. Doe, Esq.${DISCLOSE}`, context: { attorneyInvolved: false } },
    match: 'Esq',
    spares: { channel: 'letter', text: `We are not a law firm. If you have an attorney, tell us.${DISCLOSE}`, context: { attorneyInvolved: false } },
  },
  {
    rule: 'REGF-FALSE-GOV',
    flags: { channel: 'letter', text: `The sheriff has been notified.${DISCLOSE}` },
    match: 'sheriff',
    spares: { channel: 'letter', text: `Federal law gives you rights; see the Consumer Financial Protection Bureau website.${DISCLOSE}` },
  },
  {
    rule: 'REGF-FALSE-AMOUNT',
    flags: { channel: 'letter', text: `You owe $1,300.00 today.${DISCLOSE}`, context: { debt: { amount: '1250', currency: 'USD' } } },
    match: 'You owe $1,300.00',
    spares: { channel: 'letter', text: `You owe $1,250.00. Your next payment is $100.00.${DISCLOSE}`, context: { debt: { amount: '1250', currency: 'USD' } } },
  },
  {
    rule: 'REGF-DECEPTIVE-MEANS',
    flags: { channel: 'letter', text: `Last chance to settle.${DISCLOSE}`, context: { finalNotice: false } },
    match: 'Last chance',
    spares: { channel: 'letter', text: `Please pay by Friday, today if you can.${DISCLOSE}`, context: { finalNotice: false } },
  },
  {
    rule: 'REGF-CREDIT-IMPROVE-CLAIM',
    flags: { channel: 'letter', text: `Pay now to boost your credit score.${DISCLOSE}` },
    match: 'boost your credit score',
    severity: 'warning',
    spares: { channel: 'letter', text: `We cannot promise your credit score will improve.${DISCLOSE}` },
  },
  {
    rule: 'REGF-ENVELOPE',
    flags: { channel: 'envelope', text: 'ABC, Inc., PO Box 1, Albany NY 12201 - PAST DUE' },
    match: 'PAST DUE',
    spares: { channel: 'envelope', text: 'ABC, Inc., PO Box 1, Albany NY 12201 - Address Service Requested' },
  },
  {
    rule: 'REGF-POSTCARD',
    flags: { channel: 'letter', text: `Hello from ABC.${DISCLOSE}`, context: { postcard: true } },
    match: null,
    spares: { channel: 'letter', text: `Hello from ABC.${DISCLOSE}`, context: { postcard: false } },
  },
  {
    rule: 'REGF-SOCIAL',
    flags: { channel: 'socialPost', text: 'Hello' },
    match: null,
    spares: { channel: 'socialDirectMessage', text: `ABC here. Hello.${DISCLOSE}${OPT}`, context: { businessName: 'ABC' } },
  },
  {
    rule: 'US-MA-THREATS',
    flags: { channel: 'letter', text: 'We will garnish your wages.', context: { sender: 'creditor', jurisdictions: ['US', 'US-MA'], intendedActions: ['garnishment'], lawfulActions: ['garnishment'] } },
    match: 'garnish',
    spares: { channel: 'letter', text: 'Only after a court order may we garnish your wages.', context: { sender: 'creditor', jurisdictions: ['US', 'US-MA'], intendedActions: ['garnishment'], lawfulActions: ['garnishment'] } },
  },
  {
    rule: 'US-MA-PROFANITY',
    flags: { channel: 'sms', text: 'Pay your damn bill.', context: { sender: 'creditor', jurisdictions: ['US-MA'] } },
    match: 'damn',
    spares: { channel: 'sms', text: 'Pay your bill at the Dam Street office.', context: { sender: 'creditor', jurisdictions: ['US-MA'] } },
  },
  {
    rule: 'US-MA-FALSE-IDENTITY',
    flags: { channel: 'letter', text: 'Our attorneys are reviewing your file.', context: { sender: 'creditor', jurisdictions: ['US-MA'], attorneyInvolved: false } },
    match: 'attorneys',
    spares: { channel: 'letter', text: 'We are not attorneys; please review your file.', context: { sender: 'creditor', jurisdictions: ['US-MA'], attorneyInvolved: false } },
  },
  {
    rule: 'US-MA-ENVELOPE',
    flags: { channel: 'envelope', text: 'ABC Bank, 1 Main St, Boston MA - Overdue account', context: { sender: 'creditor', jurisdictions: ['US-MA'] } },
    match: 'Overdue',
    spares: { channel: 'envelope', text: 'ABC Bank, 1 Main St, Boston MA', context: { sender: 'creditor', jurisdictions: ['US-MA'] } },
  },
  {
    rule: 'US-CA-THREATS',
    flags: { channel: 'sms', text: 'Pay or you will go to jail.', context: { sender: 'creditor', jurisdictions: ['US-CA'], licenseNumber: '10000-99' } },
    match: 'go to jail',
    spares: { channel: 'sms', text: 'You will not go to jail over this. License 10000-99.', context: { sender: 'creditor', jurisdictions: ['US-CA'], licenseNumber: '10000-99' } },
  },
  {
    rule: 'US-CA-PROFANITY',
    flags: { channel: 'letter', text: 'This is bullshit. License 10000-99.', context: { sender: 'creditor', jurisdictions: ['US-CA'], licenseNumber: '10000-99' } },
    match: 'bullshit',
    spares: { channel: 'letter', text: 'This is a bull market. License 10000-99.', context: { sender: 'creditor', jurisdictions: ['US-CA'], licenseNumber: '10000-99' } },
  },
  {
    rule: 'US-CA-LICENSE-NUMBER',
    flags: { channel: 'letter', text: `Your payment is due.${DISCLOSE}`, context: { jurisdictions: ['US', 'US-CA'], licenseNumber: '10000-99' } },
    match: null,
    spares: { channel: 'letter', text: `Your payment is due. California license 10000-99.${DISCLOSE}`, context: { jurisdictions: ['US', 'US-CA'], licenseNumber: '10000-99' } },
  },
  {
    rule: 'US-CA-TIMEBARRED-NOTICE',
    flags: { channel: 'letter', text: `Your payment is due. License 1.${DISCLOSE}`, context: { jurisdictions: ['US-CA'], licenseNumber: '1', debt: { timeBarred: true }, initialCommunication: true } },
    match: null,
    spares: {
      channel: 'letter',
      text: `The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it. License 1.${DISCLOSE}`,
      context: { jurisdictions: ['US-CA'], licenseNumber: '1', debt: { timeBarred: true }, initialCommunication: true },
    },
  },
];

function run(c: Case['flags']) {
  return checkMessage({ ...c, context: { ...BASE, ...c.context } } as CheckMessageInput);
}

describe('checkMessage: each rule flags a message and spares a close one', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const flagged = run(c.flags).findings.filter((f) => f.code === c.rule);
    expect(flagged.length).toBeGreaterThan(0);
    if (c.match !== undefined) expect(flagged[0]?.details?.match ?? null).toBe(c.match);
    expect(flagged[0]?.severity).toBe(c.severity ?? 'violation');
    expect(run(c.spares).findings.filter((f) => f.code === c.rule)).toEqual([]);
  });

  test('every rule of the catalogue that runs by default has a case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(MESSAGE_RULES.filter((r) => r.enabledByDefault && !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
