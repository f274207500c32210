import { describe, expect, test } from 'vitest';
import type { CheckMessageInput, MessageContextInput, MessagePolicyInput } from '../../src/messages/index.js';
import { checkMessage, isArrearsError, MESSAGE_RULES, safeCheckMessage } from '../../src/messages/index.js';

const CONTEXT: MessageContextInput = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] };
const FOOTER = ' This communication is from a debt collector. Reply STOP to opt out.';
const PROMISE = `Finish your plan and your credit score will go up.${FOOTER}`;

function sms(text: string, policy?: MessagePolicyInput, context: Partial<MessageContextInput> = {}): CheckMessageInput {
  return { channel: 'sms', text, context: { ...CONTEXT, ...context }, ...(policy === undefined ? {} : { policy }) };
}

function errorOf(input: unknown): { code: string; path: readonly (string | number)[] } {
  const result = safeCheckMessage(input);
  if (result.success) throw new Error('expected an error');
  const issue = (result.error as { issues?: { code: string; path: readonly (string | number)[] }[] }).issues?.[0];
  return issue ?? { code: result.error.code, path: result.error.path };
}

describe('checkMessage: policy', () => {
  test('raises a rule with minSeverity', () => {
    const result = checkMessage(sms(PROMISE, { rules: { 'REGF-CREDIT-IMPROVE-CLAIM': { minSeverity: 'violation' } } }));
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['REGF-CREDIT-IMPROVE-CLAIM', 'violation']]);
    expect(result.ok).toBe(false);
    expect(result.loosened).toEqual([]);
  });

  test('switches a rule off only with a reason, and records it', () => {
    const result = checkMessage(sms(PROMISE, { rules: { 'REGF-CREDIT-IMPROVE-CLAIM': { enabled: false, reason: 'Reviewed by counsel 2026-12-01.' } } }));
    expect(result.findings).toEqual([]);
    expect(result.rulesChecked).not.toContain('REGF-CREDIT-IMPROVE-CLAIM');
    expect(result.loosened).toEqual([{ id: 'REGF-CREDIT-IMPROVE-CLAIM', change: 'off', reason: 'Reviewed by counsel 2026-12-01.' }]);
    expect(errorOf(sms(PROMISE, { rules: { 'REGF-CREDIT-IMPROVE-CLAIM': { enabled: false } } }))).toEqual(
      expect.objectContaining({ code: 'MESSAGES_POLICY_LOOSENS_RULE', path: ['policy', 'rules', 'REGF-CREDIT-IMPROVE-CLAIM', 'reason'] }),
    );
  });

  test('caps a violation with maxSeverity only with a reason', () => {
    const text = `We will hurt your family.${FOOTER}`;
    const capped = checkMessage(sms(text, { rules: { 'REGF-VIOLENCE': { maxSeverity: 'warning', reason: 'Training sample.' } } }));
    expect(capped.findings.map((f) => [f.code, f.severity])).toEqual([['REGF-VIOLENCE', 'warning']]);
    expect(capped.loosened).toEqual([{ id: 'REGF-VIOLENCE', change: 'warning', reason: 'Training sample.' }]);
    expect(errorOf(sms(text, { rules: { 'REGF-VIOLENCE': { maxSeverity: 'warning' } } })).code).toBe('MESSAGES_POLICY_LOOSENS_RULE');
  });

  test('refuses settings that would have no effect', () => {
    for (const setting of [{}, { enabled: true }, { minSeverity: 'info' }, { maxSeverity: 'violation', reason: 'x' }, { minSeverity: 'violation', reason: 'x' }, { enabled: false, minSeverity: 'warning', reason: 'x' }] as const) {
      expect(errorOf(sms(PROMISE, { rules: { 'REGF-VIOLENCE': setting } }))).toEqual(expect.objectContaining({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['policy', 'rules', 'REGF-VIOLENCE'] }));
    }
    expect(errorOf(sms(PROMISE, { rules: { 'REGF-VIOLENCE': { minSeverity: 'violation', maxSeverity: 'warning', reason: 'x' } } })).code).toBe('INPUT_INVALID_VALUE');
  });

  test('enables a rule that is off by default (CARRIER-STOP)', () => {
    const text = 'Your payment is due. This communication is from a debt collector. To unsubscribe, reply END.';
    expect(checkMessage(sms(text)).findings).toEqual([]);
    const enabled = checkMessage(sms(text, { rules: { 'CARRIER-STOP': { enabled: true } } }));
    expect(enabled.findings.map((f) => [f.code, f.severity])).toEqual([['CARRIER-STOP', 'warning']]);
    expect(enabled.rulesChecked).toContain('CARRIER-STOP');
  });

  test('refuses an unknown rule id with its path', () => {
    expect(errorOf(sms(PROMISE, { rules: { 'REGF-NOPE': { minSeverity: 'violation' } } }))).toEqual(expect.objectContaining({ code: 'MESSAGES_UNKNOWN_RULE', path: ['policy', 'rules', 'REGF-NOPE'] }));
  });

  test('adds phrases to a family, and exceptions', () => {
    const text = `Last call for this offer.${FOOTER}`;
    expect(checkMessage(sms(text)).findings).toEqual([]);
    const added = checkMessage(sms(text, { phrases: [{ family: 'urgencyFinal', language: 'en', pattern: 'last call' }] }));
    expect(added.findings.map((f) => [f.code, (f.details?.match ?? null)])).toEqual([['REGF-DECEPTIVE-MEANS', 'Last call']]);
    expect(added.lexiconVersion).toMatch(/^1\.0\.0\+policy\.[0-9a-f]{8}$/);
    const excepted = checkMessage(sms(`Ask about our final notice process.${FOOTER}`, { phrases: [{ family: 'urgencyFinal', language: 'en', pattern: 'our final notice process', except: true }] }));
    expect(excepted.findings).toEqual([]);
  });

  test('refuses a phrase that is not a valid pattern, with its path', () => {
    for (const pattern of ['(have you)+ arrested', 'a||b', '', 'e-mail', 'ab*', '?', 'opt? out?', 'a '.repeat(17)]) {
      expect(errorOf(sms('Hi', { phrases: [{ family: 'arrest', language: 'en', pattern }] }))).toEqual(expect.objectContaining({ code: 'MESSAGES_INVALID_PATTERN', path: ['policy', 'phrases', 0, 'pattern'] }));
    }
  });

  test('runs custom rules that prohibit or require phrases', () => {
    const policy: MessagePolicyInput = {
      customRules: [
        { id: 'ACME-NO-MIDNIGHT', kind: 'prohibit', phrases: ['midnight tonight|today'], description: 'No midnight deadlines.', message: 'House style: no midnight deadlines.', citation: 'ACME style guide 4.2' },
        { id: 'ACME-SIGN-OFF', kind: 'require', phrases: ['acme? support team'], description: 'Sign off.', message: 'Sign off as the ACME support team.', severity: 'warning', channels: ['sms'] },
      ],
      rules: { 'ACME-SIGN-OFF': { minSeverity: 'violation' } },
    };
    const result = checkMessage(sms(`Pay by midnight tonight.${FOOTER}`, policy));
    expect(result.findings.map((f) => [f.code, f.severity, (f.details?.match ?? null), f.citation])).toEqual([
      ['ACME-NO-MIDNIGHT', 'violation', 'midnight tonight', 'ACME style guide 4.2'],
      ['ACME-SIGN-OFF', 'violation', null, undefined],
    ]);
    expect(result.rulesChecked.slice(-2)).toEqual(['ACME-NO-MIDNIGHT', 'ACME-SIGN-OFF']);
    expect(checkMessage(sms(`Pay soon. The ACME Support Team.${FOOTER}`, policy)).findings).toEqual([]);
    expect(errorOf(sms('Hi', { customRules: [{ id: 'REGF-SOCIAL', kind: 'prohibit', phrases: ['x'], description: 'd', message: 'm' }] }))).toEqual(
      expect.objectContaining({ code: 'MESSAGES_DUPLICATE_RULE', path: ['policy', 'customRules', 0, 'id'] }),
    );
    expect(errorOf(sms('Hi', { customRules: [{ id: 'ACME-X', kind: 'prohibit', phrases: ['(x'], description: 'd', message: 'm' }] }))).toEqual(
      expect.objectContaining({ code: 'MESSAGES_INVALID_PATTERN', path: ['policy', 'customRules', 0, 'phrases', 0] }),
    );
  });
});

describe('checkMessage: who is bound, where and when', () => {
  const threat = 'Pay or we will have you arrested.';

  test('a creditor sees only the rules that bind creditors', () => {
    const federal = checkMessage(sms(threat, undefined, { sender: 'creditor' }));
    expect(federal.findings).toEqual([]);
    const creditorRules = new Set(MESSAGE_RULES.filter((r) => r.binds.includes('creditor')).map((r) => r.id));
    const inMa = checkMessage(sms(threat, undefined, { sender: 'creditor', jurisdictions: ['US', 'US-MA'] }));
    expect(inMa.findings.map((f) => f.code)).toEqual(['US-MA-THREATS']);
    expect(inMa.rulesChecked.every((id) => creditorRules.has(id))).toBe(true);
  });

  test('a collector in California gets the Rosenthal findings beside the federal one', () => {
    const result = checkMessage(sms(`${threat}${FOOTER} License 10000.`, undefined, { jurisdictions: ['US-CA'], licenseNumber: '10000' }));
    expect(result.findings.map((f) => f.code)).toEqual(['REGF-ARREST-SEIZURE', 'US-CA-THREATS']);
  });

  test('a city code implies its state', () => {
    const result = checkMessage(sms(threat, undefined, { sender: 'creditor', jurisdictions: ['US-MA-BOS'] }));
    expect(result.findings.map((f) => f.code)).toEqual(['US-MA-THREATS']);
  });

  test('undeclared jurisdictions apply every state rule, as warnings that say so', () => {
    const { jurisdictions: _omit, ...noJurisdictions } = CONTEXT;
    const result = checkMessage({ channel: 'sms', text: threat, context: { ...noJurisdictions, sender: 'creditor', licenseNumber: 'X1' } });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['US-CA-THREATS', 'warning'],
      ['US-MA-THREATS', 'warning'],
      ['US-CA-LICENSE-NUMBER', 'warning'],
    ]);
    expect(result.findings[0]?.message).toContain('context.jurisdictions');
  });

  test('asOf before Regulation F took effect runs no Regulation F rule', () => {
    const result = checkMessage(sms(threat, undefined, { asOf: '2021-11-29' }));
    expect(result.rulesChecked.filter((id) => id.startsWith('REGF-'))).toEqual([]);
    expect(checkMessage(sms(threat, undefined, { asOf: '2021-11-30' })).rulesChecked).toContain('REGF-ARREST-SEIZURE');
  });
});

describe('checkMessage: fields and results', () => {
  test('checks an email subject, and lists its findings first with path ["subject"]', () => {
    const result = checkMessage({ channel: 'email', subject: 'FINAL NOTICE', text: `Hello.${FOOTER}`, context: CONTEXT });
    expect(result.findings.map((f) => [f.code, f.path, f.span, (f.details?.match ?? null)])).toEqual([['REGF-DECEPTIVE-MEANS', ['subject'], { start: 0, end: 12 }, 'FINAL NOTICE']]);
  });

  test('reports SMS encoding and segments', () => {
    expect(checkMessage(sms('a'.repeat(161))).sms).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(checkMessage(sms('{}'.repeat(40))).sms).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(checkMessage(sms('Pay 😀')).sms).toEqual({ encoding: 'UCS-2', units: 6, segments: 1 });
    expect(checkMessage(sms('ü'.repeat(71).replace(/ü/g, 'ж'))).sms).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
    expect(checkMessage({ channel: 'email', text: 'Hi', context: CONTEXT }).sms).toBeNull();
  });

  test('refuses fields without effect, bad jurisdictions and amounts without currency', () => {
    expect(errorOf({ channel: 'sms', subject: 'Hi', text: 'Hi', context: CONTEXT })).toEqual(expect.objectContaining({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['subject'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, postcard: true } })).toEqual(expect.objectContaining({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['context', 'postcard'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, jurisdictions: ['CA'] } })).toEqual(expect.objectContaining({ code: 'MESSAGES_INVALID_JURISDICTION', path: ['context', 'jurisdictions', 0] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, debt: { amount: '10' } } })).toEqual(expect.objectContaining({ code: 'INPUT_MISSING', path: ['context', 'debt', 'currency'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, debt: { currency: 'USD' } } })).toEqual(expect.objectContaining({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['context', 'debt', 'currency'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, debt: { amount: '10.001', currency: 'USD' } } })).toEqual(expect.objectContaining({ code: 'MONEY_TOO_MANY_DECIMALS', path: ['context', 'debt', 'amount'] }));
    expect(errorOf({ channel: 'fax', text: 'Hi', context: CONTEXT })).toEqual(expect.objectContaining({ code: 'INPUT_INVALID_VALUE', path: ['channel'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, language: 'fr' } })).toEqual(expect.objectContaining({ code: 'INPUT_INVALID_VALUE', path: ['context', 'language'] }));
    expect(errorOf({ channel: 'sms', text: 'Hi', context: { ...CONTEXT, colour: 'red' } })).toEqual(expect.objectContaining({ code: 'INPUT_UNRECOGNIZED_KEYS', path: ['context'] }));
  });

  test('throws a typed error from checkMessage itself', () => {
    let thrown: unknown;
    try {
      checkMessage({ channel: 'sms', text: 42 } as unknown as CheckMessageInput);
    } catch (error) {
      thrown = error;
    }
    expect(isArrearsError(thrown)).toBe(true);
  });

  test('compares a stated balance in a dollar currency, and flags another currency', () => {
    const ctx = { debt: { amount: '90', currency: 'CAD' } };
    expect(checkMessage(sms(`You owe $90.00.${FOOTER}`, undefined, ctx)).findings).toEqual([]);
    expect(checkMessage(sms(`You owe €90.00.${FOOTER}`, undefined, ctx)).findings.map((f) => [f.code, (f.details?.match ?? null)])).toEqual([['REGF-FALSE-AMOUNT', 'You owe €90.00']]);
    expect(checkMessage(sms(`You owe $90.00.${FOOTER}`)).findings.map((f) => [f.code, f.severity])).toEqual([['REGF-FALSE-AMOUNT', 'warning']]);
  });
});
