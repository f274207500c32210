import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { describePlan, safeDescribePlan } from '../../src/messages/index.js';
import type { DescribePlanInput } from '../../src/messages/index.js';
import { applyPayment, buildSchedule, createPlanState } from '../../src/plan/index.js';
import { nameAndCode } from '../support/errors.js';

const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
const terms = { lateFee: { kind: 'none' }, onMissed: { action: 'planEnds', afterDays: 15, balanceDue: 'remaining' }, creditReporting: 'none', legalAction: 'none' } as const;

function texts(input: DescribePlanInput): string[] {
  return describePlan(input).lines.map((l) => l.text);
}

function failure(input: unknown): { name: string; code: string; path: readonly (string | number)[] } | undefined {
  const result = safeDescribePlan(input);
  if (result.success) return undefined;
  const e = result.error;
  if (e instanceof ValidationError) return { name: e.name, code: e.issues[0]?.code ?? '', path: e.issues[0]?.path ?? [] };
  return { name: e.name, code: e.code, path: e.path };
}

describe('describePlan', () => {
  it('gives exactly the lines of worked example 16 (communication.md 3.6)', () => {
    const result = describePlan({ schedule, terms });
    expect(result.lines.map((l) => l.text)).toEqual([
      'Your payment plan: 3 payments, $300.00 in total.',
      'Payment 1 of 3: $100.00, due January 5, 2027.',
      'Payment 2 of 3: $100.00, due February 5, 2027.',
      'Payment 3 of 3: $100.00, due March 5, 2027.',
      'No late fee will be added if a payment is late.',
      'If a payment is still unpaid 15 days after its due date, the plan ends and the unpaid balance at that time is due.',
    ]);
    expect(result.text).not.toMatch(/credit|lawsuit|legal|court/i);
    expect(result.total).toBe('300.00');
    expect(result.currency).toBe('USD');
    expect(result.text.split('\n')).toHaveLength(6);
  });

  it('refuses worked example 16 with a fee that has no basis (REGF-UNAUTH-AMOUNT), and writes it with one', () => {
    const unauthorized = { schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10 } } } as const;
    expect(failure(unauthorized)).toEqual({ name: 'DomainRuleError', code: 'REGF-UNAUTH-AMOUNT', path: ['terms', 'lateFee', 'authorizedBy'] });
    const ok = texts({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10, authorizedBy: 'agreement' } } });
    expect(ok[4]).toBe('If a payment is not paid in full no later than 10 days after its due date, a late fee of $15.00 will be added, as your agreement allows.');
    const onDue = texts({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 0, authorizedBy: 'law' } } });
    expect(onDue[4]).toBe('If a payment is not paid in full by its due date, a late fee of $15.00 will be added, as the law allows.');
    const one = texts({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 1, authorizedBy: 'law' } }, language: 'es' });
    expect(one[4]).toBe('Si un pago no se paga por completo a más tardar 1 día después de su fecha de vencimiento, se agregará un cargo por pago atrasado de $15.00, según lo permite la ley.');
  });

  it('writes the fee arrears/fees would charge, per payment when grace days differ (business-day extension)', () => {
    // 2027-01-05 + 10 = 2027-01-15 (Fri); 2027-02-05 + 10 = 2027-02-15 (Presidents Day): extended to Tue 2027-02-16.
    const policy = { trigger: { graceDays: 10, extendToBusinessDay: true }, amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '5.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] } } as const;
    const lines = texts({ schedule, terms: { ...terms, lateFee: { kind: 'policy', policy, authorizedBy: 'agreement' } } });
    expect(lines.slice(4, 7)).toEqual([
      'If payment 1 is not paid in full by January 15, 2027, a late fee of $5.00 will be added, as your agreement allows.',
      'If payment 2 is not paid in full by February 16, 2027, a late fee of $5.00 will be added, as your agreement allows.',
      'If payment 3 is not paid in full by March 15, 2027, a late fee of $5.00 will be added, as your agreement allows.',
    ]);
    const es = texts({ schedule, terms: { ...terms, lateFee: { kind: 'policy', policy: { ...policy, minUnpaidAmount: '5.00' }, authorizedBy: 'agreement' } }, language: 'es' });
    expect(es[5]).toBe('Si el pago 2 no se paga por completo a más tardar el 16 de febrero de 2027, se agregará un cargo por pago atrasado de $5.00, según lo permite su contrato.');
    expect(es[7]).toBe('No se agrega ningún cargo por pago atrasado cuando quedan sin pagar menos de $5.00 de un pago.');
    const en = texts({ schedule, terms: { ...terms, lateFee: { kind: 'policy', policy: { ...policy, minUnpaidAmount: '5.00' }, authorizedBy: 'agreement' } } });
    expect(en[7]).toBe('No late fee is added when less than $5.00 of a payment is unpaid.');
  });

  it('says no fee when the policy caps every fee to nothing, and per payment when only some are', () => {
    const zero = texts({ schedule, terms: { ...terms, lateFee: { kind: 'policy', policy: { amount: { type: 'flat', amount: '15.00' }, caps: { perFee: { type: 'flat', amount: '0' } } }, authorizedBy: 'agreement' } } });
    expect(zero[4]).toBe('No late fee will be added if a payment is late.');
    const uneven = buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
    // 33.33 + 33.33 + 33.34: only the last reaches the minimum unpaid of 33.34.
    const lines = texts({ schedule: uneven, terms: { ...terms, lateFee: { kind: 'policy', policy: { amount: { type: 'percent', rate: '0.1', of: 'installment' }, minUnpaidAmount: '33.34' }, authorizedBy: 'agreement' } } });
    expect(lines[0]).toBe('Your payment plan: 3 payments, $100.00 in total.');
    expect(lines.slice(4, 8)).toEqual([
      'No late fee will be added if payment 1 is late.',
      'No late fee will be added if payment 2 is late.',
      'If payment 3 is not paid in full by March 5, 2027, a late fee of $3.33 will be added, as your agreement allows.',
      'No late fee is added when less than $33.34 of a payment is unpaid.',
    ]);
    const es = texts({ language: 'es', schedule: uneven, terms: { ...terms, lateFee: { kind: 'policy', policy: { amount: { type: 'percent', rate: '0.1', of: 'installment' }, minUnpaidAmount: '33.34' }, authorizedBy: 'agreement' } } });
    expect(es[4]).toBe('No se agregará ningún cargo por pago atrasado si el pago 1 se atrasa.');
  });

  it('refuses fees it cannot state as one amount per late payment', () => {
    const lateFee = (policy: unknown) => ({ schedule, terms: { ...terms, lateFee: { kind: 'policy', policy, authorizedBy: 'agreement' } } });
    const flat = { type: 'flat', amount: '15.00' };
    expect(failure(lateFee({ amount: flat, recurrence: { everyDays: 30 } }))).toEqual({ name: 'UnsupportedOptionError', code: 'MESSAGES_FEE_NOT_DESCRIBABLE', path: ['terms', 'lateFee', 'policy', 'recurrence'] });
    expect(failure(lateFee({ amount: flat, basis: 'period' }))?.code).toBe('MESSAGES_FEE_NOT_DESCRIBABLE');
    expect(failure(lateFee({ amount: flat, waivers: { firstLateFee: true } }))?.code).toBe('MESSAGES_FEE_NOT_DESCRIBABLE');
    expect(failure(lateFee({ amount: { type: 'daily', perDay: flat } }))?.path).toEqual(['terms', 'lateFee', 'policy', 'amount', 'type']);
    expect(failure(lateFee({ amount: { type: 'greaterOf', of: [flat, { type: 'percent', rate: '0.05', of: 'pastDue' }] } }))?.path).toEqual(['terms', 'lateFee', 'policy', 'amount', 'of', 1, 'of']);
    expect(failure(lateFee({ amount: flat, caps: { lifetime: { max: '20.00' } } }))?.code).toBe('MESSAGES_FEE_NOT_DESCRIBABLE');
    // A California retail-installment preset: every fee is priced on its own date (arrears/fees), so
    // each late payment costs the same capped amount and one sentence states it.
    const ca = describePlan(lateFee({ amount: flat, accountKind: 'retailInstallment', presets: ['us-ca-retail-installment'] }) as DescribePlanInput);
    expect(ca.text).toContain('$10.00');
    expect(ca.text).not.toContain('$15.00');
  });

  it('states credit reporting, legal action, payment methods and a convenience fee only as declared', () => {
    const lines = texts({
      schedule,
      terms: { ...terms, onMissed: { action: 'none' }, creditReporting: 'mayReport', legalAction: 'mayConsider', paymentMethods: ['online', 'phone', 'mail'], convenienceFee: { amount: '0', currency: 'USD' } },
      debt: { timeBarred: false },
    });
    expect(lines.slice(5)).toEqual([
      'A late payment does not end the plan.',
      'We may report late payments to credit reporting agencies.',
      'If the plan is not paid, we may consider legal action to collect the debt.',
      'You can pay online, by phone, or by mail.',
      'There is no fee for making a payment.',
    ]);
    const es = texts({
      schedule,
      language: 'es',
      terms: { ...terms, creditReporting: 'mayReport', legalAction: 'mayConsider', paymentMethods: ['autopay', 'inPerson'], convenienceFee: { amount: '2.50', currency: 'USD', authorizedBy: 'agreement' } },
      debt: { timeBarred: false },
    });
    expect(es.slice(4)).toEqual([
      'No se agregará ningún cargo por pago atrasado si un pago se atrasa.',
      'Si un pago sigue sin pagarse 15 días después de su fecha de vencimiento, el plan termina y se debe el saldo pendiente en ese momento.',
      'Podemos informar los pagos atrasados a las agencias de informes de crédito.',
      'Si el plan no se paga, podemos considerar una acción legal para cobrar la deuda.',
      'Puede pagar con pago automático o en persona.',
      'Se cobra un cargo de $2.50 por cada pago, según lo permite su contrato.',
    ]);
    expect(texts({ schedule, terms: { ...terms, paymentMethods: ['online'], convenienceFee: { amount: '1.00', currency: 'USD', authorizedBy: 'law' } } }).slice(6)).toEqual(['You can pay online.', 'A fee of $1.00 is charged for each payment, as the law allows.']);
    expect(texts({ schedule, language: 'es', terms: { ...terms, onMissed: { action: 'none' }, paymentMethods: ['online', 'phone', 'mail'], convenienceFee: { amount: '0', currency: 'USD' } } }).slice(5)).toEqual([
      'Un pago atrasado no pone fin al plan.',
      'Puede pagar en línea, por teléfono o por correo.',
      'No se cobra ningún cargo por hacer un pago.',
    ]);
  });

  it('refuses a consequence the terms do not declare', () => {
    for (const key of ['lateFee', 'onMissed', 'creditReporting', 'legalAction'] as const) {
      const { [key]: _dropped, ...rest } = terms;
      expect(failure({ schedule, terms: rest })).toEqual({ name: 'DomainRuleError', code: 'MESSAGES_CONSEQUENCE_NOT_DECLARED', path: ['terms', key] });
    }
    expect(failure({ schedule, terms: { ...terms, creditScore: 'willImprove' } })?.code).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(failure({ schedule, terms: { ...terms, onMissed: { action: 'none', afterDays: 3 } } })?.code).toBe('INPUT_UNRECOGNIZED_KEYS');
  });

  it('refuses legal action on a time-barred debt, and without knowing whether the debt is time-barred', () => {
    const input = { schedule, terms: { ...terms, legalAction: 'mayConsider' } } as const;
    expect(failure({ ...input, debt: { timeBarred: true } })).toEqual({ name: 'DomainRuleError', code: 'REGF-TIMEBARRED-THREAT', path: ['terms', 'legalAction'] });
    expect(failure(input)).toEqual({ name: 'ValidationError', code: 'MESSAGES_MISSING_FACT', path: ['debt', 'timeBarred'] });
    expect(texts({ ...input, terms: terms, debt: { timeBarred: true } })).toHaveLength(6);
  });

  it('refuses a convenience fee without a basis, and a basis without a fee', () => {
    expect(failure({ schedule, terms: { ...terms, convenienceFee: { amount: '2.50', currency: 'USD' } } })).toEqual({ name: 'DomainRuleError', code: 'REGF-UNAUTH-AMOUNT', path: ['terms', 'convenienceFee', 'authorizedBy'] });
    expect(failure({ schedule, terms: { ...terms, convenienceFee: { amount: '0.00', currency: 'USD', authorizedBy: 'law' } } })?.code).toBe('MESSAGES_OPTION_WITHOUT_EFFECT');
    expect(failure({ schedule, terms: { ...terms, convenienceFee: { amount: '-1.00', currency: 'USD', authorizedBy: 'law' } } })?.code).toBe('MESSAGES_NEGATIVE_AMOUNT');
    expect(failure({ schedule, terms: { ...terms, convenienceFee: { amount: '1.001', currency: 'USD', authorizedBy: 'law' } } })?.code).toMatch(/^MONEY_/);
  });

  it('refuses amounts that do not add up (REGF-FALSE-AMOUNT) and a currency that disagrees', () => {
    const rows = schedule.installments.map((r, i) => (i === 1 ? { ...r, amount: '99.99' } : r));
    expect(failure({ schedule: { ...schedule, installments: rows }, terms })).toEqual({ name: 'DomainRuleError', code: 'REGF-FALSE-AMOUNT', path: ['schedule', 'installments', 1, 'amount'] });
    expect(failure({ schedule: { ...schedule, totals: { ...schedule.totals, installmentsAmount: '300.01' } }, terms })).toEqual({ name: 'DomainRuleError', code: 'REGF-FALSE-AMOUNT', path: ['schedule', 'totals', 'installmentsAmount'] });
    expect(failure({ schedule: { ...schedule, currency: 'EUR' }, terms })?.code).toBe('MESSAGES_CURRENCY_MISMATCH');
  });

  it('describes what is left on a plan state', () => {
    let state = createPlanState(schedule);
    state = applyPayment({ state, payment: { amount: '140.00', date: '2027-01-05' } }).state;
    const result = describePlan({ planState: state, terms });
    expect(result.lines.slice(0, 3).map((l) => l.text)).toEqual([
      'Your payment plan: 2 payments left, $160.00 in total.',
      'Payment 2 of 3: $60.00, due February 5, 2027.',
      'Payment 3 of 3: $100.00, due March 5, 2027.',
    ]);
    expect(result.total).toBe('160.00');
    const single = applyPayment({ state, payment: { amount: '60.00', date: '2027-02-05' } }).state;
    expect(texts({ planState: single, terms, language: 'es' })[0]).toBe('Su plan de pagos: 1 pago pendiente, $100.00 en total.');
    const paid = applyPayment({ state: single, payment: { amount: '100.00', date: '2027-03-05' } }).state;
    expect(failure({ planState: paid, terms })).toEqual({ name: 'DomainRuleError', code: 'MESSAGES_NOTHING_DUE', path: ['planState', 'installments'] });
  });

  it('adds the debt-collector statements for a debt collector, and nothing for a creditor', () => {
    const collector = { kind: 'debtCollector', businessName: 'ABC, Inc.' } as const;
    expect(texts({ schedule, terms, sender: collector }).slice(6)).toEqual(['This communication is from a debt collector.']);
    expect(texts({ schedule, terms, sender: collector, initialCommunication: true, language: 'es' }).slice(6)).toEqual([
      'Esta comunicación es de un cobrador de deudas.',
      'Este es un intento de cobrar una deuda, y cualquier información obtenida será usada para ese fin.',
    ]);
    expect(texts({ schedule, terms, sender: { kind: 'creditor', businessName: 'Bank' } })).toHaveLength(6);
    expect(failure({ schedule, terms, sender: { kind: 'creditor', businessName: 'Bank' }, initialCommunication: true })).toMatchObject({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['initialCommunication'] });
  });

  it('writes Spanish (es-US) and exact amounts in other currencies', () => {
    expect(texts({ schedule, terms, language: 'es' })).toEqual([
      'Su plan de pagos: 3 pagos, $300.00 en total.',
      'Pago 1 de 3: $100.00, vence el 5 de enero de 2027.',
      'Pago 2 de 3: $100.00, vence el 5 de febrero de 2027.',
      'Pago 3 de 3: $100.00, vence el 5 de marzo de 2027.',
      'No se agregará ningún cargo por pago atrasado si un pago se atrasa.',
      'Si un pago sigue sin pagarse 15 días después de su fecha de vencimiento, el plan termina y se debe el saldo pendiente en ese momento.',
    ]);
    const yen = buildSchedule({ principal: '100000', currency: 'JPY', annualRate: '0', frequency: 'monthly', agreementDate: '2027-01-31', firstDueDate: '2027-02-28', installments: 3 });
    const lines = texts({ schedule: yen, terms });
    expect(lines.slice(0, 4)).toEqual([
      'Your payment plan: 3 payments, ¥100,000 in total.',
      'Payment 1 of 3: ¥33,333, due February 28, 2027.',
      'Payment 2 of 3: ¥33,333, due March 28, 2027.',
      'Payment 3 of 3: ¥33,334, due April 28, 2027.',
    ]);
  });

  it('refuses malformed input with a path', () => {
    expect(failure({ terms })).toMatchObject({ code: 'MESSAGES_MISSING_FACT', path: ['schedule'] });
    expect(failure({ schedule, planState: createPlanState(schedule), terms })).toMatchObject({ code: 'MESSAGES_OPTION_WITHOUT_EFFECT', path: ['planState'] });
    expect(failure({ schedule: { ...schedule, installments: [] }, terms })?.path[0]).toBe('schedule');
    expect(failure({ schedule, terms, language: 'fr' })).toMatchObject({ code: 'INPUT_INVALID_VALUE', path: ['language'] });
    expect(failure(undefined)?.code).toBe('INPUT_MISSING');
    expect(nameAndCode(() => describePlan({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '1.001', currency: 'USD', afterDays: 3, authorizedBy: 'law' } } }))).toMatch(/MONEY_/);
  });
});
