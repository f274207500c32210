import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { safeValidationNotice, safeValidationNoticeHtml, safeValidationNoticeText, validationNotice, validationNoticeHtml, validationNoticeText } from '../../src/messages/index.js';
import type { ValidationNoticeInput } from '../../src/messages/index.js';

const example17 = {
  debtCollector: { name: 'ABC Collections', mailingAddress: ['PO Box 1', 'Albany, NY 12201'], phone: '1-800-555-1212' },
  consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St', 'Troy, NY 12180'] },
  debt: { consumerFinancialProduct: true, itemizationCreditor: 'Bank of Albany', currentCreditor: 'Debt Buyer LLC', accountNumber: '****1234' },
  currency: 'USD',
  itemization: { dateKind: 'lastStatement', date: '2026-06-30', amount: '1000.00', interest: '25.00', fees: '10.00', paymentsCredits: '35.00', currentAmount: '1000.00' },
  delivery: { sentOn: '2026-11-02', method: 'mail' },
} as const satisfies ValidationNoticeInput;

function failure(result: ReturnType<typeof safeValidationNotice>): { code: string; path: readonly (string | number)[] } | undefined {
  if (result.success) return undefined;
  const e = result.error;
  if (e instanceof ValidationError) return { code: e.issues[0]?.code ?? '', path: e.issues[0]?.path ?? [] };
  return { code: e.code, path: e.path };
}

describe('validationNotice', () => {
  it('holds worked example 17 (communication.md 3.6): reconciles, period ends 2026-12-09, fields keyed by paragraph', () => {
    const notice = validationNotice(example17);
    expect(notice.validationPeriod).toEqual({ providedOn: '2026-11-02', method: 'mail', assumedReceiptOn: '2026-11-09', endsOn: '2026-12-09' });
    expect(Object.keys(notice.fields)).toEqual([
      '1006.34(c)(1)',
      '1006.34(c)(2)(i)',
      '1006.34(c)(2)(ii)',
      '1006.34(c)(2)(iii)',
      '1006.34(c)(2)(iv)',
      '1006.34(c)(2)(v)',
      '1006.34(c)(2)(vi)',
      '1006.34(c)(2)(vii)',
      '1006.34(c)(2)(viii)',
      '1006.34(c)(2)(ix)',
      '1006.34(c)(3)(i)',
      '1006.34(c)(3)(ii)',
      '1006.34(c)(3)(iii)',
      '1006.34(c)(3)(iv)',
      '1006.34(d)(3)(i)',
      '1006.34(c)(4)',
    ]);
    expect(notice.fields['1006.34(c)(2)(vi)']).toEqual({ citation: '12 CFR 1006.34(c)(2)(vi)', label: 'itemizationDate', value: { date: '2026-06-30', kind: 'lastStatement' }, text: ['Itemization date: June 30, 2026 (the date of the last statement).'] });
    expect(notice.fields['1006.34(c)(2)(vii)']?.value).toBe('1000.00');
    expect(notice.fields['1006.34(c)(2)(viii)']?.value).toEqual({ interest: '25.00', fees: '10.00', paymentsCredits: '35.00' });
    expect(notice.fields['1006.34(c)(2)(viii)']?.text).toEqual([
      'Between June 30, 2026 and today:',
      'You were charged this amount in interest: + $25.00',
      'You were charged this amount in fees: + $10.00',
      'You paid or were credited this amount toward the debt: - $35.00',
    ]);
    expect(notice.fields['1006.34(c)(2)(ix)']?.value).toBe('1000.00');
    expect(notice.fields['1006.34(c)(1)']?.text).toEqual(['ABC Collections is a debt collector. We are trying to collect a debt that you owe to Debt Buyer LLC. We will use any information you give us to help collect the debt.']);
    expect(notice.fields['1006.34(c)(3)(i)']?.text[0]).toMatch(/^If you write to us by December 9, 2026, we must stop collection/);
    expect(notice.fields['1006.34(c)(2)(iv)']?.text).toEqual(['You had an account with Bank of Albany with account number ****1234.']);
    expect(notice.fields['1006.34(c)(4)']?.value).toEqual({ debtCollectorAddress: 'ABC Collections\nPO Box 1\nAlbany, NY 12201', consumerAddress: 'Pat Doe\n1 Main St\nTroy, NY 12180' });
    expect(notice.fields['1006.34(c)(4)']?.text.slice(0, 2)).toEqual(['How do you want to respond?', 'Check all that apply:']);
  });

  it('refuses the changed itemization of example 17 (interest $30.00, current still $1,000.00): REGF-VN-RECONCILE', () => {
    const result = safeValidationNotice({ ...example17, itemization: { ...example17.itemization, interest: '30.00' } });
    expect(failure(result)).toEqual({ code: 'REGF-VN-RECONCILE', path: ['itemization', 'currentAmount'] });
    expect(result.success ? '' : result.error.name).toBe('DomainRuleError');
    expect(result.success ? '' : result.error.message).toContain('1000.00 on the itemization date + 30.00 interest + 10.00 fees - 35.00 payments and credits = 1005.00 USD');
    expect(safeValidationNoticeText({ ...example17, itemization: { ...example17.itemization, currentAmount: '999.99' } }).success).toBe(false);
  });

  it('computes the period across a holiday and from an instant in the consumer zone', () => {
    // Thanksgiving 2026-11-26: five business days from Mon 11-23 is Tue 12-01.
    expect(validationNotice({ ...example17, delivery: { sentOn: '2026-11-23', method: 'mail' } }).validationPeriod.endsOn).toBe('2026-12-31');
    const electronic = { ...example17, debtCollector: { ...example17.debtCollector, electronicDisputeUrl: 'https://abc.example/dispute' }, delivery: { sentAt: '2026-11-03T02:30:00Z', method: 'electronic', timeZone: 'America/Los_Angeles' } } as const;
    const notice = validationNotice(electronic);
    expect(notice.validationPeriod.providedOn).toBe('2026-11-02');
    expect(notice.fields['1006.34(c)(3)(v)']?.text).toEqual(['You may also dispute the debt electronically at https://abc.example/dispute.']);
  });

  it('writes Spanish (a complete translation) and the optional Spanish offer on an English notice', () => {
    const es = validationNotice({ ...example17, language: 'es' });
    expect(es.fields['1006.34(c)(1)']?.text[0]).toBe('ABC Collections es un cobrador de deudas. Estamos tratando de cobrar una deuda que usted le debe a Debt Buyer LLC. Usaremos cualquier información que usted nos dé para ayudar a cobrar la deuda.');
    expect(es.fields['1006.34(c)(3)(iii)']?.text[0]).toBe('Llámenos o escríbanos a más tardar el 9 de diciembre de 2026 para disputar toda la deuda o parte de ella. Si no lo hace, supondremos que nuestra información es correcta.');
    expect(es.fields['1006.34(c)(2)(ix)']?.text).toEqual(['Cantidad total de la deuda ahora: $1,000.00']);
    expect(es.fields['1006.34(d)(3)(vi)']).toBeUndefined();
    const offer = validationNotice({ ...example17, offerSpanishCopy: true });
    expect(offer.fields['1006.34(d)(3)(vi)']?.text).toEqual(['Póngase en contacto con nosotros para solicitar una copia de este formulario en español.']);
    expect(failure(safeValidationNotice({ ...example17, language: 'es', offerSpanishCopy: true }))).toEqual({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['offerSpanishCopy'] });
  });

  it('refuses missing facts and malformed amounts with a path', () => {
    expect(failure(safeValidationNotice({ ...example17, debt: { ...example17.debt, itemizationCreditor: undefined } }))).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['debt', 'itemizationCreditor'] });
    expect(failure(safeValidationNotice({ ...example17, delivery: { sentOn: '2026-11-02', method: 'electronic' } }))).toEqual({ code: 'MESSAGES_MISSING_FACT', path: ['debtCollector', 'electronicDisputeUrl'] });
    expect(failure(safeValidationNotice({ ...example17, itemization: { ...example17.itemization, fees: '-1.00', amount: '1036.00' } }))).toEqual({ code: 'MESSAGES_NEGATIVE_AMOUNT', path: ['itemization', 'fees'] });
    expect(failure(safeValidationNotice({ ...example17, itemization: { ...example17.itemization, fees: '1.005' } }))?.path).toEqual(['itemization', 'fees']);
    expect(failure(safeValidationNotice({ ...example17, itemization: { ...example17.itemization, dateKind: 'birthday' } }))?.path).toEqual(['itemization', 'dateKind']);
    expect(failure(safeValidationNotice({ ...example17, delivery: { sentAt: 'soon', method: 'mail' } }))?.path).toEqual(['delivery', 'sentAt']);
    expect(failure(safeValidationNotice({ ...example17, delivery: { sentAt: '2026-11-02T10:00:00Z', method: 'mail' } }))?.path).toEqual(['delivery', 'timeZone']);
    expect(failure(safeValidationNotice({ ...example17, consumer: { name: 'Pat', mailingAddress: [] } }))?.path).toEqual(['consumer', 'mailingAddress']);
  });

  it('keeps amounts exact in other currencies', () => {
    const kwd = validationNotice({ ...example17, currency: 'KWD', itemization: { ...example17.itemization, amount: '1000.001', interest: '0.002', fees: '0', paymentsCredits: '0.003', currentAmount: '1000' } });
    expect(kwd.fields['1006.34(c)(2)(ix)']?.value).toBe('1000.000');
    expect(kwd.fields['1006.34(c)(2)(vii)']?.text).toEqual(['As of June 30, 2026, you owed: KWD 1,000.001']);
  });
});

describe('validationNoticeText', () => {
  it('lays the notice out like Model Form B-1', () => {
    const text = validationNoticeText(example17);
    expect(text).toContain('From:\nABC Collections\nPO Box 1\nAlbany, NY 12201\nTelephone: 1-800-555-1212\n');
    expect(text).toContain('Our information shows:\nYou had an account with Bank of Albany with account number ****1234.\nThe debt is now owed to Debt Buyer LLC.\n');
    expect(text).toContain('  You paid or were credited this amount toward the debt: - $35.00\nTotal amount of the debt now: $1,000.00\n');
    expect(text).toContain('How can you dispute the debt?\n- Call or write to us by December 9, 2026, to dispute all or part of the debt.');
    expect(text).toContain('- Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law.\n');
    expect(text).toContain('How do you want to respond?\nCheck all that apply:\nI want to dispute the debt because I think:\n[ ] This is not my debt.\n[ ] The amount is wrong.\n');
    expect(text).toContain('Mail this form to:\nABC Collections\nPO Box 1\nAlbany, NY 12201\n\nPat Doe\n1 Main St\nTroy, NY 12180\n');
    expect(text.endsWith('\n')).toBe(true);
    const es = validationNoticeText({ ...example17, language: 'es', debt: { consumerFinancialProduct: false, currentCreditor: 'Dental', accountNumber: '9' } });
    expect(es).toContain('¿Cómo desea responder?\nMarque todas las opciones que correspondan:\n');
    expect(es).toContain('Número de cuenta: 9.\n');
  });
});

describe('validationNoticeHtml', () => {
  it('escapes every piece of input text', () => {
    const hostile = { ...example17, consumer: { name: '<script>alert("x")</script>', mailingAddress: ["O'Brien & Sons"] }, debt: { ...example17.debt, accountNumber: '<b>1</b>' } } as const;
    const html = validationNoticeHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>1</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; Sons');
    expect(html.startsWith('<section class="validation-notice" lang="en-US">')).toBe(true);
    expect(html).toContain('<label><input type="checkbox"> This is not my debt.</label>');
    expect(validationNoticeHtml({ ...example17, language: 'es' })).toContain('lang="es-US"');
    expect(safeValidationNoticeHtml({ ...example17, currency: 'XXX1' }).success).toBe(false);
  });
});
