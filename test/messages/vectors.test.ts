import { describe, expect, test } from 'vitest';
import type { CheckMessageInput, CheckMessageResult, MessageContextInput } from '../../src/messages/index.js';
import { checkMessage } from '../../src/messages/index.js';

// The worked examples of shared/reference/communication.md section 3.6 (1-12), with the
// reference's field names adapted to the library's vocabulary (collectorKind ->
// sender 'debtCollector', isInitialCommunication -> initialCommunication, social_post ->
// socialPost, amountMinor -> amount + currency). Spans are the reference's, unchanged.

const CONTEXT: MessageContextInput = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] };
const SMS_OPT_OUT = ' Reply STOP to opt out of texts to this number.';
const EMAIL_OPT_OUT = ' To stop receiving these emails, click unsubscribe.';

function brief(result: CheckMessageResult): [string, string, [number, number] | null, string | null][] {
  return result.findings.map((f) => [f.code, f.severity, f.span === null ? null : [f.span.start, f.span.end], (f.details?.match ?? null)]);
}

function check(input: Omit<CheckMessageInput, 'context'> & { context?: Partial<MessageContextInput> }): CheckMessageResult {
  return checkMessage({ ...input, context: { ...CONTEXT, ...input.context } } as CheckMessageInput);
}

describe('checkMessage: worked examples of communication.md 3.6', () => {
  const reminder = 'Reminder: payment 2 of 3 ($100.00) is due Jan 5. This communication is from a debt collector.';

  test('1. an SMS without an opt-out statement violates REGF-OPTOUT-NOTICE with a null span', () => {
    const result = check({ channel: 'sms', text: reminder });
    expect(brief(result)).toEqual([['REGF-OPTOUT-NOTICE', 'violation', null, null]]);
    expect(result.findings[0]?.citation).toBe('12 CFR 1006.6(e)');
    expect(result.ok).toBe(false);
  });

  test('2. the same SMS with the opt-out statement is ok with no findings', () => {
    const result = check({ channel: 'sms', text: reminder + SMS_OPT_OUT });
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(result.sms).toEqual({ encoding: 'GSM-7', units: 140, segments: 1 });
  });

  const lcmContext = { businessName: 'ABC, Inc.', businessNameIndicatesDebtCollection: false };

  test('3. the CFPB example voicemail is a limited-content message with no findings', () => {
    const result = check({ channel: 'voicemail', text: 'This is Robin Smith calling from ABC, Inc. Please contact me or Jim Johnson at 1-800-555-1212.', context: lcmContext });
    expect(result.classification.kind).toBe('limitedContent');
    expect(result.classification.missingItems).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test('4. a voicemail stating the balance is a communication: REGF-LCM, REGF-3RD-PARTY, REGF-DISCLOSE-SUBSEQUENT', () => {
    const result = check({
      channel: 'voicemail',
      text: 'Hi, this is Robin Smith calling from ABC, Inc. about your balance of $1,250.00. Please call me at 1-800-555-1212.',
      context: { ...lcmContext, debt: { amount: '1250.00', currency: 'USD' } },
    });
    expect(result.classification.kind).toBe('communication');
    expect(result.classification.extraContent).toEqual([{ start: 47, end: 78 }]);
    expect(brief(result)).toEqual([
      ['REGF-LCM', 'warning', [47, 78], 'about your balance of $1,250.00'],
      ['REGF-3RD-PARTY', 'warning', null, null],
      ['REGF-DISCLOSE-SUBSEQUENT', 'violation', null, null],
    ]);
    expect(result.findings.map((f) => f.citation)).toEqual(['12 CFR 1006.2(j)', '12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)', '12 CFR 1006.18(e)(2), (e)(4); 15 U.S.C. 1692e(11)']);
  });

  test('5. a collection-indicating business name makes the voicemail a communication', () => {
    const result = check({
      channel: 'voicemail',
      text: 'This is Robin Smith calling from Ficus Debt Collection Services. Please contact me or Jim Johnson at 1-800-555-1212.',
      context: { businessName: 'Ficus Debt Collection Services', businessNameIndicatesDebtCollection: true },
    });
    expect(result.classification.kind).toBe('communication');
    expect(brief(result)).toEqual([
      ['REGF-LCM-BUSINESS-NAME', 'warning', [33, 63], 'Ficus Debt Collection Services'],
      ['REGF-3RD-PARTY', 'warning', null, null],
      ['REGF-DISCLOSE-SUBSEQUENT', 'violation', null, null],
    ]);
  });

  test('6. an arrest threat violates REGF-ARREST-SEIZURE at [29, 46)', () => {
    const result = check({ channel: 'sms', text: `Pay $250.00 today or we will have you arrested. This communication is from a debt collector.${SMS_OPT_OUT}` });
    expect(brief(result)).toEqual([['REGF-ARREST-SEIZURE', 'violation', [29, 46], 'have you arrested']]);
    expect(result.findings[0]?.citation).toBe('12 CFR 1006.18(b)(3); 15 U.S.C. 1692e(4)');
  });

  describe('7. a suit threat', () => {
    const text = `This communication is from a debt collector. If you do not pay by Friday, we may file a lawsuit against you.${EMAIL_OPT_OUT}`;
    test('on a time-barred debt violates REGF-TIMEBARRED-THREAT at [81, 95)', () => {
      expect(brief(check({ channel: 'email', text, context: { debt: { timeBarred: true } } }))).toEqual([['REGF-TIMEBARRED-THREAT', 'violation', [81, 95], 'file a lawsuit']]);
    });
    test('on a debt that is not time-barred, with intent undeclared, is a REGF-THREAT-UNINTENDED warning', () => {
      expect(brief(check({ channel: 'email', text, context: { debt: { timeBarred: false } } }))).toEqual([['REGF-THREAT-UNINTENDED', 'warning', [81, 95], 'file a lawsuit']]);
    });
    test('with intendedActions declared empty is a REGF-THREAT-UNINTENDED violation (docs/decisions.md)', () => {
      expect(brief(check({ channel: 'email', text, context: { debt: { timeBarred: false }, intendedActions: [] } }))).toEqual([['REGF-THREAT-UNINTENDED', 'violation', [81, 95], 'file a lawsuit']]);
    });
    test('with the lawsuit intended and lawful gives no finding', () => {
      expect(check({ channel: 'email', text, context: { debt: { timeBarred: false }, intendedActions: ['lawsuit'], lawfulActions: ['lawsuit'] } }).findings).toEqual([]);
    });
  });

  describe('8. "our legal department"', () => {
    const text = `This communication is from a debt collector. Your account has been sent to our legal department for review.${EMAIL_OPT_OUT}`;
    test('with no attorney involved violates REGF-FALSE-ATTORNEY at [79, 95)', () => {
      expect(brief(check({ channel: 'email', text, context: { attorneyInvolved: false } }))).toEqual([['REGF-FALSE-ATTORNEY', 'violation', [79, 95], 'legal department']]);
    });
    test('with attorneyInvolved unset is the same finding as a warning that names the fact', () => {
      const result = check({ channel: 'email', text });
      expect(brief(result)).toEqual([['REGF-FALSE-ATTORNEY', 'warning', [79, 95], 'legal department']]);
      expect(result.findings[0]?.message).toContain('context.attorneyInvolved');
    });
  });

  describe('9. false urgency', () => {
    const text = `FINAL NOTICE: act within 24 hours or lose this offer forever. This communication is from a debt collector.${SMS_OPT_OUT}`;
    test('with no offer declared gives three REGF-DECEPTIVE-MEANS warnings', () => {
      const result = check({ channel: 'sms', text });
      expect(brief(result)).toEqual([
        ['REGF-DECEPTIVE-MEANS', 'warning', [0, 12], 'FINAL NOTICE'],
        ['REGF-DECEPTIVE-MEANS', 'warning', [18, 33], 'within 24 hours'],
        ['REGF-DECEPTIVE-MEANS', 'warning', [37, 60], 'lose this offer forever'],
      ]);
      expect(result.ok).toBe(true);
    });
    test('with a real, non-recurring expiry only "FINAL NOTICE" remains', () => {
      expect(brief(check({ channel: 'sms', text, context: { offer: { expiresAt: '2026-12-02T15:00:00Z', recurring: false } } }))).toEqual([['REGF-DECEPTIVE-MEANS', 'warning', [0, 12], 'FINAL NOTICE']]);
    });
    test('and with finalNotice: true nothing remains', () => {
      expect(check({ channel: 'sms', text, context: { finalNotice: true, offer: { expiresAt: '2026-12-02T15:00:00Z', recurring: false } } }).findings).toEqual([]);
    });
  });

  test('10. a credit-score promise is a REGF-CREDIT-IMPROVE-CLAIM warning at [21, 49)', () => {
    const result = check({ channel: 'sms', text: `Finish your plan and your credit score will go up. This communication is from a debt collector.${SMS_OPT_OUT}` });
    expect(brief(result)).toEqual([['REGF-CREDIT-IMPROVE-CLAIM', 'warning', [21, 49], 'your credit score will go up']]);
  });

  test('11. "Collections Department" on an envelope violates REGF-ENVELOPE at [12, 34)', () => {
    const result = check({ channel: 'envelope', text: 'ABC, Inc. - Collections Department, PO Box 1, Albany NY 12201' });
    expect(brief(result)).toEqual([['REGF-ENVELOPE', 'violation', [12, 34], 'Collections Department']]);
    expect(result.findings[0]?.citation).toBe('12 CFR 1006.22(f)(2); 15 U.S.C. 1692f(8)');
  });

  describe('12. social media', () => {
    test('a public post violates REGF-SOCIAL with a null span, whatever it says', () => {
      expect(brief(check({ channel: 'socialPost', text: 'Happy holidays from ABC, Inc.!' }))).toEqual([['REGF-SOCIAL', 'violation', null, null]]);
    });
    test('a private message that hides the collector violates REGF-DECEPTIVE-MEANS (comment 18(d)-1)', () => {
      const text = `Hi, please get in touch about an important matter. This communication is from a debt collector.${SMS_OPT_OUT}`;
      expect(brief(check({ channel: 'socialDirectMessage', text, context: { businessName: 'ABC, Inc.' } }))).toEqual([['REGF-DECEPTIVE-MEANS', 'violation', null, null]]);
      expect(check({ channel: 'socialDirectMessage', text: `ABC, Inc. here. ${text}`, context: { businessName: 'ABC, Inc.' } }).findings).toEqual([]);
    });
  });
});
