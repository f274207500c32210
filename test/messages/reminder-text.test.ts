import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { reminderText, safeReminderText } from '../../src/messages/index.js';
import type { ReminderTextInput } from '../../src/messages/index.js';
import { nameAndCode } from '../support/errors.js';

const installment = { number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' } as const;
const collector = { kind: 'debtCollector', businessName: 'ABC, Inc.' } as const;
const creditor = { kind: 'creditor', businessName: 'Main Street Bank' } as const;

function issueOf(input: unknown): { code: string; path: readonly (string | number)[] } | undefined {
  const result = safeReminderText(input);
  if (result.success) return undefined;
  const error = result.error;
  if (error instanceof ValidationError) return { code: error.issues[0]?.code ?? '', path: error.issues[0]?.path ?? [] };
  return { code: error.code, path: error.path };
}

describe('reminderText', () => {
  it('writes an upcoming sms reminder from a debt collector with the 1006.18(e)(2) disclosure and the 1006.6(e) opt-out', () => {
    const r = reminderText({ kind: 'upcoming', channel: 'sms', sender: collector, installment });
    expect(r.text).toBe(
      'Hello from ABC, Inc. Payment 2 of 3 on your payment plan, $100.00, is due on February 5, 2027. If you have already paid, thank you. This communication is from a debt collector. Reply STOP to opt out of texts to this number.',
    );
    expect(r.subject).toBeUndefined();
    expect(r.classification).toBe('communication');
    expect(r.requiredContent).toEqual(['REGF-DISCLOSE-SUBSEQUENT', 'REGF-OPTOUT-NOTICE']);
    expect(r.language).toBe('en');
  });

  it('writes a due-today email from a creditor: opt-out, no debt-collector disclosure, a subject that says nothing about a debt', () => {
    const r = reminderText({ kind: 'dueToday', channel: 'email', sender: creditor, installment, unsubscribeUrl: 'https://bank.example/u/1' });
    expect(r.subject).toBe('A message from Main Street Bank');
    expect(r.text).toBe(
      [
        'Hello from Main Street Bank.',
        'Payment 2 of 3 on your payment plan, $100.00, is due today, February 5, 2027.',
        'If you have already paid, thank you.',
        'To stop emails to this address, reply STOP or use this link: https://bank.example/u/1',
      ].join('\n\n'),
    );
    expect(r.requiredContent).toEqual(['REGF-OPTOUT-NOTICE']);
    expect(r.text).not.toMatch(/debt collector/);
  });

  it('writes a missed-payment letter with the ways forward the policy declares, and nothing else', () => {
    const r = reminderText({
      kind: 'pastDue',
      daysLate: 1,
      channel: 'letter',
      sender: collector,
      installment,
      initialCommunication: true,
      waysForward: { payNow: { url: 'https://pay.example.com' }, newPlan: { phone: '1-800-555-1212', url: 'https://pay.example.com/plan' }, talkToSomeone: { phone: '1-800-555-1212' } },
    });
    expect(r.lines.map((l) => l.text)).toEqual([
      'Hello from ABC, Inc.',
      'We have not received payment 2 of 3 on your payment plan, $100.00, which was due on February 5, 2027, 1 day ago.',
      'If you have already paid, thank you.',
      'You can pay at https://pay.example.com.',
      'If you need a different payment plan, you can ask for one at https://pay.example.com/plan or by calling 1-800-555-1212.',
      'To talk to someone about your plan, call 1-800-555-1212.',
      'This communication is from a debt collector.',
      'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
    ]);
    expect(r.requiredContent).toEqual(['REGF-DISCLOSE-SUBSEQUENT', 'REGF-DISCLOSE-INITIAL']);
    expect(r.subject).toBeUndefined();
  });

  it('writes Spanish (es-US) with the Spanish disclosure and opt-out', () => {
    const r = reminderText({ kind: 'pastDue', daysLate: 12, channel: 'sms', language: 'es', sender: collector, installment: { ...installment, dueAmount: '1250.5' }, waysForward: { payNow: { phone: '1-800-555-1212' }, talkToSomeone: { url: 'https://abc.example', phone: '1-800-555-1212' } } });
    expect(r.text).toBe(
      'Hola, le saluda ABC, Inc. No hemos recibido el pago 2 de 3 de su plan de pagos, de $1,250.50, que vencía el 5 de febrero de 2027, hace 12 días. Si ya pagó, gracias. Puede pagar llamando al 1-800-555-1212. Para hablar con alguien sobre su plan, llame al 1-800-555-1212 o visite https://abc.example. Esta comunicación es de un cobrador de deudas. Responda STOP para dejar de recibir mensajes de texto en este número.',
    );
    const es = reminderText({ kind: 'upcoming', channel: 'email', language: 'es', sender: collector, installment, initialCommunication: true });
    expect(es.subject).toBe('Un mensaje de ABC, Inc.');
    expect(es.lines.map((l) => l.text)).toContain('Este es un intento de cobrar una deuda, y cualquier información obtenida será usada para ese fin.');
    expect(es.lines.at(-1)?.text).toBe('Para dejar de recibir correos electrónicos en esta dirección, responda STOP.');
    expect(reminderText({ kind: 'dueToday', channel: 'letter', language: 'es', sender: creditor, installment }).lines[1]?.text).toBe(
      'El pago 2 de 3 de su plan de pagos, de $100.00, vence hoy, 5 de febrero de 2027.',
    );
    expect(reminderText({ kind: 'upcoming', channel: 'email', language: 'es', sender: creditor, installment, unsubscribeUrl: 'https://x.example/u' }).lines.at(-1)?.text).toBe(
      'Para dejar de recibir correos electrónicos en esta dirección, responda STOP o use este enlace: https://x.example/u',
    );
    expect(reminderText({ kind: 'pastDue', daysLate: 1, channel: 'letter', language: 'es', sender: creditor, installment, waysForward: { newPlan: { url: 'https://x.example' } } }).lines.map((l) => l.text).slice(1)).toEqual([
      'No hemos recibido el pago 2 de 3 de su plan de pagos, de $100.00, que vencía el 5 de febrero de 2027, hace 1 día.',
      'Si ya pagó, gracias.',
      'Si necesita un plan de pagos diferente, puede pedirlo en https://x.example.',
    ]);
  });

  it('writes a voicemail as a limited-content message (1006.2(j)) with no debt information', () => {
    const r = reminderText({
      kind: 'pastDue',
      daysLate: 3,
      channel: 'voicemail',
      sender: { ...collector, businessNameIndicatesDebtCollection: false },
      installment,
      callback: { names: ['Robin Smith', 'Jim Johnson'], phone: '1-800-555-1212' },
    });
    // The CFPB's own example of a limited-content message, word for word.
    expect(r.text).toBe('This is Robin Smith calling from ABC, Inc. Please contact me or Jim Johnson at 1-800-555-1212.');
    expect(r.classification).toBe('limitedContent');
    expect(r.requiredContent).toEqual([]);
    expect(r.text).not.toMatch(/\$|payment|debt/i);
    const es = reminderText({ kind: 'upcoming', channel: 'voicemail', language: 'es', sender: { ...creditor, businessNameIndicatesDebtCollection: false }, installment, callback: { names: ['Ana Ruiz', 'Luis Gil', 'Eva Sanz'], phone: '+1 212 555 0100', anyRepresentative: true } });
    expect(es.text).toBe('Le habla Ana Ruiz, de Main Street Bank. Por favor, llámeme o llame a Luis Gil o Eva Sanz al +1 212 555 0100. Puede hablar con cualquiera de nuestros representantes.');
    const one = reminderText({ kind: 'upcoming', channel: 'voicemail', sender: { ...creditor, businessNameIndicatesDebtCollection: false }, installment, callback: { names: ['Ana Ruiz'], phone: '+1 212 555 0100', anyRepresentative: true } });
    expect(one.text).toBe('This is Ana Ruiz calling from Main Street Bank. Please contact me at +1 212 555 0100. You may speak to any of our representatives.');
    const three = reminderText({ kind: 'upcoming', channel: 'voicemail', sender: { ...creditor, businessNameIndicatesDebtCollection: false }, installment, callback: { names: ['A B', 'C D', 'E F'], phone: '+1 212 555 0100' } });
    expect(three.text).toBe('This is A B calling from Main Street Bank. Please contact me or C D or E F at +1 212 555 0100.');
  });

  it('refuses a voicemail under a business name that indicates debt collection (REGF-LCM-BUSINESS-NAME)', () => {
    const input = { kind: 'upcoming', channel: 'voicemail', sender: { kind: 'debtCollector', businessName: 'Ficus Debt Collection Services', businessNameIndicatesDebtCollection: true }, installment, callback: { names: ['Robin Smith'], phone: '1-800-555-1212' } } as const;
    expect(nameAndCode(() => reminderText(input))).toBe('DomainRuleError:REGF-LCM-BUSINESS-NAME');
    expect(issueOf({ ...input, sender: { kind: 'debtCollector', businessName: 'ABC' } })).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['sender', 'businessNameIndicatesDebtCollection'] });
  });

  it('refuses channels a reminder cannot use', () => {
    const base = { kind: 'upcoming', sender: collector, installment } as const;
    expect(nameAndCode(() => reminderText({ ...base, channel: 'socialPost' }))).toBe('DomainRuleError:REGF-SOCIAL');
    expect(nameAndCode(() => reminderText({ ...base, channel: 'envelope' }))).toBe('DomainRuleError:REGF-ENVELOPE');
    expect(nameAndCode(() => reminderText({ ...base, channel: 'callScript' }))).toBe('UnsupportedOptionError:MESSAGES_CHANNEL_NOT_SUPPORTED');
    expect(nameAndCode(() => reminderText({ ...base, channel: 'fax' } as unknown as ReminderTextInput))).toBe('ValidationError:INPUT_INVALID_VALUE');
  });

  it('refuses a field that has no effect, and a missing fact, with the field path', () => {
    const base = { kind: 'upcoming', channel: 'sms', sender: collector, installment } as const;
    expect(issueOf({ ...base, daysLate: 2 })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['daysLate'] });
    expect(issueOf({ ...base, kind: 'pastDue' })).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['daysLate'] });
    expect(issueOf({ ...base, callback: { names: ['A'], phone: '1-800-555-1212' } })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['callback'] });
    expect(issueOf({ ...base, unsubscribeUrl: 'https://x.example' })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['unsubscribeUrl'] });
    expect(issueOf({ ...base, sender: creditor, initialCommunication: true })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['initialCommunication'] });
    const vm = { ...base, channel: 'voicemail', sender: { ...collector, businessNameIndicatesDebtCollection: false } } as const;
    expect(issueOf(vm)).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['callback'] });
    const cb = { names: ['A B'], phone: '1-800-555-1212' };
    expect(issueOf({ ...vm, callback: cb, waysForward: { payNow: { phone: '1-800-555-1212' } } })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['waysForward'] });
    expect(issueOf({ ...vm, callback: cb, initialCommunication: true })).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['initialCommunication'] });
    expect(issueOf({ ...base, extra: 1 })).toEqual({ code: 'INPUT_UNRECOGNIZED_KEYS', path: [] });
  });

  it('refuses malformed installments, amounts, names and contacts', () => {
    const base = { kind: 'upcoming', channel: 'sms', sender: collector, installment } as const;
    expect(issueOf({ ...base, installment: { ...installment, number: 4 } })).toEqual({ code: 'MESSAGES_INVALID_INSTALLMENT', path: ['installment', 'number'] });
    expect(issueOf({ ...base, installment: { ...installment, dueAmount: '100.001' } })?.path).toEqual(['installment', 'dueAmount']);
    expect(issueOf({ ...base, installment: { ...installment, dueAmount: '-1.00' } })).toEqual({ code: 'MESSAGES_NEGATIVE_AMOUNT', path: ['installment', 'dueAmount'] });
    expect(issueOf({ ...base, installment: { ...installment, dueAmount: '1e3' } })?.path).toEqual(['installment', 'dueAmount']);
    expect(issueOf({ ...base, installment: { ...installment, currency: 'XYZ' } })?.path).toEqual(['installment', 'currency']);
    expect(issueOf({ ...base, installment: { ...installment, dueDate: '2027-02-30' } })?.path).toEqual(['installment', 'dueDate']);
    expect(issueOf({ ...base, sender: { ...collector, businessName: 'ABC\nInc' } })).toEqual({ code: 'MESSAGES_INVALID_TEXT', path: ['sender', 'businessName'] });
    expect(issueOf({ ...base, sender: { ...collector, businessName: ' ABC' } })).toEqual({ code: 'MESSAGES_INVALID_TEXT', path: ['sender', 'businessName'] });
    expect(issueOf({ ...base, sender: { ...collector, businessName: 'ABC\u202e' } })).toEqual({ code: 'MESSAGES_INVALID_TEXT', path: ['sender', 'businessName'] });
    expect(issueOf({ ...base, waysForward: { payNow: {} } })).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['waysForward', 'payNow'] });
    expect(issueOf({ ...base, waysForward: { payNow: { url: 'javascript:alert(1)' } } })).toEqual({ code: 'MESSAGES_INVALID_CONTACT', path: ['waysForward', 'payNow', 'url'] });
    expect(issueOf({ ...base, waysForward: { payNow: { phone: 'call me' } } })).toEqual({ code: 'MESSAGES_INVALID_CONTACT', path: ['waysForward', 'payNow', 'phone'] });
    expect(issueOf(null)?.code).toBe('INPUT_INVALID_TYPE');
  });

  it('writes amounts exactly in the installment currency', () => {
    const jpy = reminderText({ kind: 'upcoming', channel: 'letter', sender: creditor, installment: { ...installment, dueAmount: '15000', currency: 'JPY' } });
    expect(jpy.lines[1]?.text).toBe('Payment 2 of 3 on your payment plan, ¥15,000, is due on February 5, 2027.');
    const kwd = reminderText({ kind: 'upcoming', channel: 'letter', sender: creditor, installment: { ...installment, dueAmount: '1.5', currency: 'KWD' } });
    expect(kwd.lines[1]?.text).toBe('Payment 2 of 3 on your payment plan, KWD 1.500, is due on February 5, 2027.');
    const big = reminderText({ kind: 'upcoming', channel: 'letter', sender: creditor, installment: { ...installment, dueAmount: '9007199254740993.07' } });
    expect(big.lines[1]?.text).toContain('$9,007,199,254,740,993.07');
  });

  it('names a source field for every line', () => {
    const r = reminderText({ kind: 'pastDue', daysLate: 5, channel: 'email', sender: collector, installment, initialCommunication: true, waysForward: { payNow: { url: 'https://p.example' }, newPlan: { phone: '1-800-555-1212' }, talkToSomeone: { phone: '1-800-555-1212' } } });
    for (const line of r.lines) expect(line.sourceFields.length).toBeGreaterThan(0);
  });
});
