import fc from 'fast-check';
import type { EscalationEventInput } from '../../src/escalation/index.js';
import { addDays } from '../../src/calendar/index.js';

// Shared fast-check generators for the escalation module: random sequences of steps (events and
// clock moves) with dates, for model-based properties. Amounts come from integer cents.

export const OPENED_ON = '2026-01-01';

/** A USD amount from 1 to `max` cents, as a string. */
export function centsArb(max = 50_000): fc.Arbitrary<string> {
  return fc.integer({ min: 1, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
}

/** The opening of an account: 12 monthly dues of 100.00 from 2026-01-15, balance 1200.00 or more. */
export const openingArb = fc.record({
  extra: fc.integer({ min: 0, max: 500 }),
  jurisdiction: fc.constantFrom('US-CA', 'US-NY', 'US-TX', 'US-MS', undefined),
});

export function opening(extra: number, jurisdiction: string | undefined) {
  const dues = Array.from({ length: 12 }, (_, i) => ({ dueDate: addDays('2026-01-15', i * 30), amount: '100.00' }));
  return {
    currency: 'USD',
    openedOn: OPENED_ON,
    balance: `${1200 + extra}.00`,
    dues,
    ...(jurisdiction === undefined ? {} : { limitations: { jurisdiction, years: 1 } }),
  };
}

/** The kind of an event a step makes; the date is filled in when the sequence is built. */
export type EventKind = (date: string) => EscalationEventInput;

const eventKindArb: fc.Arbitrary<EventKind> = fc.oneof(
  { weight: 6, arbitrary: centsArb(30_000).map((amount): EventKind => (date) => ({ type: 'paymentReceived', date, amount })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'paymentReversed', date, paymentId: 'p1' })) },
  { weight: 2, arbitrary: fc.tuple(centsArb(20_000), fc.integer({ min: 0, max: 20 })).map(([amount, days]): EventKind => (date) => ({ type: 'promiseMade', date, amount, dueDate: addDays(date, days) })) },
  { weight: 1, arbitrary: centsArb(20_000).map((amount): EventKind => (date) => ({ type: 'planAgreed', date, installments: [0, 30, 60].map((k) => ({ dueDate: addDays(date, k + 5), amount })) })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'planBroken', date })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((days): EventKind => (date) => ({ type: 'hardshipGranted', date, endDate: addDays(date, days - 1) })) },
  { weight: 1, arbitrary: fc.tuple(centsArb(60_000), fc.integer({ min: 0, max: 20 })).map(([amount, days]): EventKind => (date) => ({ type: 'settlementAccepted', date, amount, dueDate: addDays(date, days) })) },
  { weight: 2, arbitrary: fc.constant<EventKind>((date) => ({ type: 'disputeReceived', date })) },
  { weight: 2, arbitrary: fc.constant<EventKind>((date) => ({ type: 'verificationSent', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'ceaseRequested', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'ceaseWithdrawn', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'attorneyNotice', date })) },
  { weight: 2, arbitrary: fc.constant<EventKind>((date) => ({ type: 'bankruptcyFiled', date })) },
  { weight: 2, arbitrary: fc.constant<EventKind>((date) => ({ type: 'bankruptcyDismissed', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'bankruptcyDischarged', date })) },
  { weight: 1, arbitrary: fc.constantFrom('open', 'none').map((estate): EventKind => (date) => ({ type: 'deathNotified', date, estate })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'servicememberNotice', date, serviceStart: date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'holdPlaced', date, kind: 'manual', holdId: 'review', reason: 'Manual review' })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'holdLifted', date, holdId: 'review' })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<Array<Record<string, unknown>>>({ channel: 'telephone', spokeWithConsumer: true }, { channel: 'telephone' }, { channel: 'letter' }, { channel: 'electronic' })
      .map((fields): EventKind => (date) => ({ type: 'communicationMade', date, ...fields }) as EscalationEventInput),
  },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'communicationUndeliverable', date })) },
  { weight: 2, arbitrary: fc.constant<EventKind>((date) => ({ type: 'legalReferral', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'chargeOff', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'placedWithAgency', date })) },
  { weight: 1, arbitrary: fc.constant<EventKind>((date) => ({ type: 'recalled', date })) },
  { weight: 1, arbitrary: centsArb(5_000).map((amount): EventKind => (date) => ({ type: 'installmentDue', date, amount })) },
);

/** One step: move the clock forward by `days`, then maybe record an event (possibly back-dated). */
export interface Step {
  readonly days: number;
  readonly event: EventKind | null;
  readonly backdate: number;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  days: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 11, max: 90 }) }),
  event: fc.option(eventKindArb, { freq: 4 }),
  backdate: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
});

export const stepsArb = fc.array(stepArb, { minLength: 1, maxLength: 25 });
