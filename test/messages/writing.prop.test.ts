import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage, describePlan, reminderText } from '../../src/messages/index.js';
import type { DescribePlanInput, PlanDescription, ReminderTextInput } from '../../src/messages/index.js';
import { fromMinorUnits, toMinorUnits } from '../../src/money/index.js';
import { buildSchedule } from '../../src/plan/index.js';

const dateArb = fc
  .record({ y: fc.integer({ min: 2001, max: 2039 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const monthEndArb = fc.constantFrom('2027-01-31', '2028-02-29', '2027-03-31', '2026-03-08', '2026-11-01', '2011-12-30', '2018-11-04');
const contactArb = fc.oneof(
  fc.record({ phone: fc.constant('1-800-555-1212') }),
  fc.record({ url: fc.constant('https://pay.example.com/p') }),
  fc.record({ phone: fc.constant('+1 (212) 555-0100'), url: fc.constant('https://abc.example') }),
);
const senderKindArb = fc.constantFrom('debtCollector' as const, 'creditor' as const);
const languageArb = fc.constantFrom('en' as const, 'es' as const);

const reminderArb: fc.Arbitrary<ReminderTextInput> = fc
  .record({
    kind: fc.constantFrom('upcoming' as const, 'dueToday' as const, 'pastDue' as const),
    daysLate: fc.integer({ min: 1, max: 400 }),
    channel: fc.constantFrom('sms' as const, 'email' as const, 'letter' as const, 'voicemail' as const),
    language: languageArb,
    senderKind: senderKindArb,
    initial: fc.boolean(),
    installmentCount: fc.integer({ min: 1, max: 60 }),
    pick: fc.nat(),
    cents: fc.bigInt({ min: 1n, max: 10n ** 11n }),
    dueDate: fc.oneof(dateArb, monthEndArb),
    ways: fc.record({ payNow: contactArb, newPlan: contactArb, talkToSomeone: contactArb }, { requiredKeys: [] }),
    names: fc.constantFrom(['Robin Smith'], ['Robin Smith', 'Jim Johnson'], ['Ana Ruiz', 'Luis Gil', 'Eva Sanz']),
    unsubscribe: fc.boolean(),
  })
  .map((r) => ({
    kind: r.kind,
    ...(r.kind === 'pastDue' ? { daysLate: r.daysLate } : {}),
    channel: r.channel,
    language: r.language,
    sender: { kind: r.senderKind, businessName: 'ABC, Inc.', ...(r.channel === 'voicemail' ? { businessNameIndicatesDebtCollection: false } : {}) },
    ...(r.initial && r.senderKind === 'debtCollector' && r.channel !== 'voicemail' ? { initialCommunication: true } : {}),
    installment: { number: (r.pick % r.installmentCount) + 1, installmentCount: r.installmentCount, dueDate: r.dueDate, dueAmount: fromMinorUnits(r.cents, 'USD'), currency: 'USD' },
    ...(r.channel === 'voicemail' ? { callback: { names: r.names, phone: '1-800-555-1212' } } : { waysForward: r.ways }),
    ...(r.channel === 'email' && r.unsubscribe ? { unsubscribeUrl: 'https://abc.example/u' } : {}),
  }));

const termsArb = fc.record({
  lateFee: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('flat' as const), amount: fc.constantFrom('5.00', '15.00', '0.50'), currency: fc.constant('USD'), afterDays: fc.integer({ min: 0, max: 30 }), authorizedBy: fc.constantFrom('agreement' as const, 'law' as const) }),
    fc.record({
      kind: fc.constant('policy' as const),
      policy: fc.record({ trigger: fc.record({ graceDays: fc.integer({ min: 0, max: 15 }), extendToBusinessDay: fc.boolean() }), amount: fc.constant({ type: 'greaterOf' as const, of: [{ type: 'flat' as const, amount: '5.00' }, { type: 'percent' as const, rate: '0.05', of: 'installment' as const }] }) }),
      authorizedBy: fc.constantFrom('agreement' as const, 'law' as const),
    }),
  ),
  onMissed: fc.oneof(fc.constant({ action: 'none' as const }), fc.record({ action: fc.constant('planEnds' as const), afterDays: fc.integer({ min: 1, max: 90 }), balanceDue: fc.constant('remaining' as const) })),
  creditReporting: fc.constantFrom('none' as const, 'mayReport' as const),
  legalAction: fc.constantFrom('none' as const, 'mayConsider' as const),
  paymentMethods: fc.option(fc.uniqueArray(fc.constantFrom('online' as const, 'phone' as const, 'mail' as const, 'autopay' as const, 'inPerson' as const), { minLength: 1, maxLength: 5 }), { nil: undefined }),
  convenienceFee: fc.option(fc.oneof(fc.constant({ amount: '0', currency: 'USD' }), fc.record({ amount: fc.constantFrom('1.00', '2.50'), currency: fc.constant('USD'), authorizedBy: fc.constantFrom('agreement' as const, 'law' as const) })), { nil: undefined }),
});

const planArb: fc.Arbitrary<DescribePlanInput> = fc
  .record({
    cents: fc.bigInt({ min: 100n, max: 10n ** 9n }),
    installments: fc.integer({ min: 1, max: 24 }),
    frequency: fc.constantFrom('monthly' as const, 'biweekly' as const, 'weekly' as const),
    annualRate: fc.constantFrom('0', '0.05', '0.1999'),
    firstDueDate: fc.oneof(dateArb, monthEndArb),
    terms: termsArb,
    language: languageArb,
    senderKind: fc.option(senderKindArb, { nil: undefined }),
  })
  .map((r) => {
    const agreementDate = `${Number(r.firstDueDate.slice(0, 4)) - 1}${r.firstDueDate.slice(4, 8)}01`;
    const schedule = buildSchedule({ principal: fromMinorUnits(r.cents, 'USD'), currency: 'USD', annualRate: r.annualRate, frequency: r.frequency, agreementDate, firstDueDate: r.firstDueDate, installments: r.installments });
    const { paymentMethods, convenienceFee, ...rest } = r.terms;
    return {
      schedule,
      terms: { ...rest, ...(paymentMethods === undefined ? {} : { paymentMethods }), ...(convenienceFee === undefined ? {} : { convenienceFee }) },
      debt: { timeBarred: false },
      language: r.language,
      ...(r.senderKind === undefined ? {} : { sender: { kind: r.senderKind, businessName: 'ABC, Inc.' } }),
    };
  });

/** The value at a dotted path (`schedule.installments.0.principal`), or undefined. */
function at(input: unknown, path: string): unknown {
  let value: unknown = input;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Every amount written in the text, in minor units (en and es-US both write $1,234.56). */
function dollars(text: string): bigint[] {
  return [...text.matchAll(/\$([\d,]+\.\d\d)/gu)].map((m) => toMinorUnits((m[1] ?? '').replaceAll(',', ''), 'USD'));
}

describe('reminderText properties', () => {
  it('gives the same output for the same input, and every line names source fields present in the input', () => {
    fc.assert(
      fc.property(reminderArb, (input) => {
        const a = reminderText(input);
        expect(reminderText(structuredClone(input))).toEqual(a);
        for (const line of a.lines) {
          expect(line.sourceFields.length).toBeGreaterThan(0);
          for (const field of line.sourceFields) expect(at(input, field), `${field} in ${line.text}`).not.toBeUndefined();
        }
        expect(a.text).toBe(a.lines.map((l) => l.text).join(a.channel === 'email' || a.channel === 'letter' ? '\n\n' : ' '));
      }),
    );
  });

  it('states the installment amount exactly, and no amount in a voicemail', () => {
    fc.assert(
      fc.property(reminderArb, (input) => {
        const r = reminderText(input);
        const amounts = dollars(r.text);
        if (input.channel === 'voicemail') expect(amounts).toEqual([]);
        else expect(amounts).toEqual([toMinorUnits(input.installment.dueAmount, 'USD')]);
      }),
    );
  });

  it('passes checkMessage (ok: true) for a debt collector and a creditor', () => {
    fc.assert(
      fc.property(reminderArb, (input) => {
        const r = reminderText(input);
        const result = checkMessage({
          channel: r.channel,
          text: r.text,
          ...(r.subject === undefined ? {} : { subject: r.subject }),
          context: {
            sender: input.sender.kind,
            language: r.language,
            initialCommunication: input.initialCommunication === true,
            recipient: 'consumer',
            businessName: input.sender.businessName,
            businessNameIndicatesDebtCollection: false,
            jurisdictions: ['US'],
          },
        });
        expect(result.findings.filter((f) => f.severity === 'violation')).toEqual([]);
        expect(result.ok).toBe(true);
        if (r.channel === 'voicemail') expect(result.classification.kind).toBe('limitedContent');
      }),
    );
  });
});

describe('describePlan properties', () => {
  it('gives the same output for the same input; every line names source fields present in the input', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const a = describePlan(input);
        expect(describePlan(input)).toEqual(a);
        for (const line of a.lines) {
          expect(line.sourceFields.length).toBeGreaterThan(0);
          for (const field of line.sourceFields) expect(at(input, field), `${field} in ${line.text}`).not.toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('writes payment amounts that sum to the stated total and to the schedule total', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const d: PlanDescription = describePlan(input);
        const schedule = input.schedule as unknown as { totals: { installmentsAmount: string }; installments: readonly unknown[] };
        const [header = '', ...rest] = d.lines.map((l) => l.text);
        const paymentLines = rest.slice(0, schedule.installments.length);
        const sum = paymentLines.reduce((s, line) => s + (dollars(line)[0] ?? -1n), 0n);
        expect(dollars(header)).toEqual([sum]);
        expect(fromMinorUnits(sum, 'USD')).toBe(schedule.totals.installmentsAmount);
        expect(d.total).toBe(schedule.totals.installmentsAmount);
      }),
      { numRuns: 60 },
    );
  });

  it('passes checkMessage (ok: true) as a letter and an email, for a debt collector and a creditor', () => {
    fc.assert(
      fc.property(planArb, senderKindArb, fc.constantFrom('letter' as const, 'email' as const), (input, kind, channel) => {
        const d = describePlan({ ...input, sender: { kind, businessName: 'ABC, Inc.' } });
        const terms = input.terms;
        const actions = [...(terms.legalAction === 'mayConsider' ? (['lawsuit'] as const) : []), ...(terms.creditReporting === 'mayReport' ? (['creditReporting'] as const) : [])];
        const text = channel === 'email' ? `${d.text}\n${d.language === 'es' ? 'Para dejar de recibir correos electrónicos en esta dirección, responda STOP.' : 'To stop emails to this address, reply STOP.'}` : d.text;
        const result = checkMessage({
          channel,
          text,
          context: { sender: kind, language: d.language, initialCommunication: false, recipient: 'consumer', businessName: 'ABC, Inc.', intendedActions: actions, lawfulActions: actions, debt: { timeBarred: false }, jurisdictions: ['US'] },
        });
        expect(result.findings.filter((f) => f.severity === 'violation')).toEqual([]);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
