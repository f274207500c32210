import { describe, expect, test } from 'vitest';
import type { CheckMessageInput, MessageContextInput } from '../../src/messages/index.js';
import { checkMessage } from '../../src/messages/index.js';
import { findAmounts } from '../../src/messages/text/amounts.js';

// The branches of the rules that the one-case-per-rule table does not reach.

const BASE: MessageContextInput = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] };
const FOOTER = ' This communication is from a debt collector. Reply STOP to opt out.';

function codes(input: Omit<CheckMessageInput, 'context'> & { context?: Partial<MessageContextInput> }): [string, string, string | null][] {
  return checkMessage({ ...input, context: { ...BASE, ...input.context } } as CheckMessageInput).findings.map((f) => [f.code, f.severity, (f.details?.match ?? null)]);
}

describe('threat rules', () => {
  test('name the action a seizure phrase speaks of, and accept it when intended and lawful', () => {
    const text = `We will repossess your car.${FOOTER}`;
    const found = checkMessage({ channel: 'sms', text, context: { ...BASE, intendedActions: [] } }).findings[0];
    expect([found?.code, found?.severity, found?.details]).toEqual(['REGF-ARREST-SEIZURE', 'violation', { action: 'repossession', match: 'repossess' }]);
    expect(codes({ channel: 'sms', text, context: { intendedActions: ['repossession'], lawfulActions: ['repossession'] } })).toEqual([]);
    expect(codes({ channel: 'sms', text, context: { intendedActions: ['repossession'] } })).toEqual([['REGF-ARREST-SEIZURE', 'warning', 'repossess']]);
  });

  test('tell a work visit from a home visit', () => {
    const found = checkMessage({ channel: 'sms', text: `Someone will visit your workplace.${FOOTER}`, context: { ...BASE, intendedActions: ['homeVisit'], lawfulActions: ['homeVisit'] } }).findings[0];
    expect([found?.code, found?.details]).toEqual(['REGF-THREAT-UNINTENDED', { action: 'workVisit', match: 'visit your workplace' }]);
  });

  test('flag a suit word as a warning when timeBarred is unset', () => {
    expect(codes({ channel: 'letter', text: `A judgment may follow.${FOOTER}`, context: { intendedActions: ['lawsuit'], lawfulActions: ['lawsuit'] } })).toEqual([['REGF-TIMEBARRED-THREAT', 'warning', 'judgment']]);
  });

  test('California: violence, and seizure without intent', () => {
    const context = { sender: 'creditor', jurisdictions: ['US-CA'], licenseNumber: 'L1' } as const;
    expect(codes({ channel: 'sms', text: 'We will hurt your family and garnish your pay. L1', context })).toEqual([
      ['US-CA-THREATS', 'violation', 'hurt your family'],
      ['US-CA-THREATS', 'warning', 'garnish'],
    ]);
  });

  test('Massachusetts: a suit with a court order still needs intent; attorney words with the fact unset', () => {
    const context = { sender: 'creditor', jurisdictions: ['US-MA'] } as const;
    expect(codes({ channel: 'letter', text: 'Only after a court order could we sue.', context })).toEqual([['US-MA-THREATS', 'warning', 'sue']]);
    expect(codes({ channel: 'letter', text: 'Our lawyers and the police are involved.', context })).toEqual([
      ['US-MA-FALSE-IDENTITY', 'warning', 'lawyers'],
      ['US-MA-FALSE-IDENTITY', 'violation', 'police'],
    ]);
    expect(codes({ channel: 'letter', text: 'Hello.', context: { ...context, postcard: true } })).toEqual([['US-MA-ENVELOPE', 'violation', null]]);
  });
});

describe('deceptive means', () => {
  const text = `Act now: this offer expires in 2 days.${FOOTER}`;
  test('a recurring offer makes a deadline a violation', () => {
    expect(codes({ channel: 'sms', text, context: { offer: { expiresAt: '2026-12-09T00:00:00Z', recurring: true } } })).toEqual([
      ['REGF-DECEPTIVE-MEANS', 'violation', 'Act now'],
      ['REGF-DECEPTIVE-MEANS', 'violation', 'expires in 2 days'],
    ]);
  });

  test('an expiry without the recurring fact is still a warning that names it', () => {
    const found = checkMessage({ channel: 'sms', text, context: { ...BASE, offer: { expiresAt: '2026-12-09T00:00:00Z' } } }).findings[0];
    expect(found?.message).toContain('context.offer.recurring');
  });

  test('a private social message without a declared business name is a warning', () => {
    expect(codes({ channel: 'socialDirectMessage', text: `Hello.${FOOTER}` })).toEqual([['REGF-DECEPTIVE-MEANS', 'warning', null]]);
  });
});

describe('envelopes, voicemails and third parties', () => {
  test('a business name that indicates collection on an envelope is one finding at the name', () => {
    expect(codes({ channel: 'envelope', text: 'Ficus Debt Collection Services, PO Box 1', context: { businessName: 'Ficus Debt Collection Services' } })).toEqual([
      ['REGF-ENVELOPE', 'violation', 'Ficus Debt Collection Services'],
    ]);
  });

  test('a voicemail left for a third party is a communication and discloses the debt', () => {
    const result = checkMessage({
      channel: 'voicemail',
      text: 'This is Robin Smith from ABC, Inc. Please call me at 800-555-1212.',
      context: { ...BASE, recipient: 'thirdParty', businessName: 'ABC, Inc.', businessNameIndicatesDebtCollection: false },
    });
    expect(result.classification.kind).toBe('communication');
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['REGF-3RD-PARTY', 'violation']]);
  });

  test('a voicemail with an undeclared business name is incomplete, and says which fact is missing', () => {
    const result = checkMessage({ channel: 'voicemail', text: 'Please call Robin at 800-555-1212.', context: BASE });
    expect(result.classification.kind).toBe('incompleteLimitedContent');
    expect(result.findings[0]?.message).toContain('context.businessName');
  });

  test('a voicemail with an undeclared name indication gets a warning at the name', () => {
    expect(codes({ channel: 'voicemail', text: 'This is Robin from ABC, Inc. Please call me at 800-555-1212.', context: { businessName: 'ABC, Inc.' } })).toEqual([['REGF-LCM-BUSINESS-NAME', 'warning', 'ABC, Inc']]);
  });

  test('an unknown recipient of debt information is a warning', () => {
    expect(codes({ channel: 'sms', text: `Your balance is overdue.${FOOTER}`, context: { recipient: 'unknown' } })).toEqual([['REGF-3RD-PARTY', 'warning', null]]);
  });
});

describe('disclosures', () => {
  test('with the order of the communication unset, a missing initial statement is a warning; both missing are violations', () => {
    const { initialCommunication: _unset, ...context } = BASE;
    const only = checkMessage({ channel: 'letter', text: 'This letter is from a debt collector.', context }).findings.map((f) => [f.code, f.severity]);
    expect(only).toEqual([['REGF-DISCLOSE-INITIAL', 'warning']]);
    const none = checkMessage({ channel: 'letter', text: 'Hello.', context }).findings.map((f) => [f.code, f.severity]);
    expect(none).toEqual([
      ['REGF-DISCLOSE-INITIAL', 'violation'],
      ['REGF-DISCLOSE-SUBSEQUENT', 'violation'],
    ]);
  });

  test('a Spanish initial disclosure counts in a Spanish message, an English one does not', () => {
    const es = 'Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.';
    expect(codes({ channel: 'letter', text: es, context: { language: 'es', initialCommunication: true } })).toEqual([]);
    const en = checkMessage({ channel: 'letter', text: 'This is an attempt to collect a debt.', context: { ...BASE, language: 'es', initialCommunication: true } }).findings[0];
    expect(en?.message).toContain('(Spanish; 12 CFR 1006.18(e)(4))');
  });
});

describe('findAmounts', () => {
  test('reads signs and codes before a number, and ignores a sign without one', () => {
    expect(findAmounts('US$ 90, €12.50, £3, USD 1,000.00, EUR, $ and CAD40 and XUSD 5').map((a) => [a.amount, a.currency, a.dollarSign])).toEqual([
      ['90', 'USD', false],
      ['12.50', 'EUR', false],
      ['3', 'GBP', false],
      ['1000.00', 'USD', false],
    ]);
  });
});
