import fc from 'fast-check';
import type { PlanRemindersInput } from '../../src/reminders/index.js';

const DAY_MS = 86_400_000;
const US_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu'] as const;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number): string => new Date(ms).toISOString();

/** A text channel in one of its consent states (unknown, none, given, revoked) with a safe-harbor basis. */
function smsChannel(runMs: number) {
  return fc
    .record({
      consent: fc.constantFrom('unknown', 'none', 'given', 'given', 'given', 'revoked'),
      basis: fc.constantFrom('consumerTexted', 'consumerTexted', 'consumerConsented', 'none', 'missing'),
      lastTextDaysAgo: fc.integer({ min: 0, max: 120 }),
      kind: fc.constantFrom('mobile', 'home'),
    })
    .map(({ consent, basis, lastTextDaysAgo, kind }) => ({
      id: 'sms1',
      medium: 'sms' as const,
      address: '+12125550100',
      addressKind: kind,
      ...(consent === 'unknown' ? {} : consent === 'none' ? { consent: null } : { consent: { givenAt: iso(runMs - 90 * DAY_MS), source: 'consumerText' as const, ...(consent === 'revoked' ? { revokedAt: iso(runMs - DAY_MS) } : {}) } }),
      ...(basis === 'missing' ? {} : { safeHarbor: { basis, lastConsumerTextOn: day(runMs - lastTextDaysAgo * DAY_MS) } }),
    }));
}

const emailChannel = fc
  .record({ basis: fc.constantFrom('consumerUsed', 'creditorNotice', 'none', 'missing'), kind: fc.constantFrom('other', 'work', 'home') })
  .map(({ basis, kind }) => ({ id: 'em1', medium: 'email' as const, address: 'pat@example.com', addressKind: kind, ...(basis === 'missing' ? {} : { safeHarbor: { basis } }) }));

const letterChannel = fc.constant({ id: 'home', medium: 'letter' as const, address: '1 Main St, Boston MA 02101', addressKind: 'home' as const });

const offsetsArb = fc.uniqueArray(fc.integer({ min: -7, max: 7 }), { minLength: 1, maxLength: 4 }).map((o) => [...o].sort((a, b) => a - b));

/** A whole planner input: a run day in 2026 (DST weeks included), 1-4 installments, channels, history, facts and a policy. */
export const reminderScenario: fc.Arbitrary<PlanRemindersInput> = fc
  .integer({ min: Date.parse('2026-01-05T00:00:00Z') / DAY_MS, max: Date.parse('2026-12-20T00:00:00Z') / DAY_MS })
  .chain((runDay) => {
    const runMs = runDay * DAY_MS + 12 * 3_600_000;
    return fc.record({
      atMinutes: fc.integer({ min: 0, max: 10 * 60 }),
      zones: fc.uniqueArray(fc.constantFrom(...US_ZONES), { minLength: 1, maxLength: 2 }),
      place: fc.constantFrom('none', 'MA', 'NY', 'NYC', 'WA', 'CA'),
      channels: fc.tuple(fc.option(smsChannel(runMs), { nil: undefined }), fc.option(emailChannel, { nil: undefined }), fc.option(letterChannel, { nil: undefined })),
      installments: fc.array(fc.record({ dueIn: fc.integer({ min: -5, max: 25 }), paid: fc.constantFrom('0.00', '0.00', '40.00', '100.00') }), { minLength: 1, maxLength: 4 }),
      history: fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 10 }), channel: fc.constantFrom('sms', 'email', 'call', 'letter'), outcome: fc.constantFrom('messageSent', 'noAnswer', 'connected') }), { maxLength: 6 }),
      offsets: offsetsArb,
      media: fc.shuffledSubarray(['sms', 'email', 'letter'] as const, { minLength: 1 }),
      window: fc.constantFrom({ start: '08:00', end: '21:00' }, { start: '09:00', end: '20:00' }, { start: '12:00', end: '13:00' }),
      weekend: fc.constantFrom('keep', 'shiftEarlier', 'shiftLater', 'skip'),
      holidays: fc.constantFrom('keep', 'shiftEarlier', 'shiftLater', 'skip'),
      caps: fc.option(fc.array(fc.record({ medium: fc.constantFrom('sms', 'email', 'letter'), max: fc.integer({ min: 0, max: 3 }), periodDays: fc.integer({ min: 1, max: 7 }) }), { maxLength: 2 }), { nil: undefined }),
      maxDelayDays: fc.integer({ min: 0, max: 2 }),
      requireSafeHarbor: fc.boolean(),
      role: fc.constantFrom('debtCollector', 'creditor'),
      language: fc.constantFrom('en', 'es'),
    }).map((s): PlanRemindersInput => {
      const at = runMs - 12 * 3_600_000 + s.atMinutes * 60_000 + 6 * 3_600_000;
      const channels = s.channels.filter((c): c is NonNullable<typeof c> => c !== undefined);
      const firstDue = (runDay + (s.installments[0]?.dueIn ?? 0)) * DAY_MS;
      return {
        asOf: day(runMs),
        at: iso(at),
        plan: { currency: 'USD', installments: s.installments.map((row, i) => ({ number: i + 1, dueDate: day(firstDue + i * 7 * DAY_MS + Math.max(0, row.dueIn) * DAY_MS), amount: '100.00', paid: row.paid })) },
        account: { currency: 'USD' },
        consumer: {
          timeZones: s.zones,
          ...(s.place === 'none' ? {} : s.place === 'NYC' ? { jurisdiction: 'US-NY', jurisdictions: ['US-NY-NYC'] } : { jurisdiction: `US-${s.place}` }),
        },
        language: s.language,
        channels: channels.length > 0 ? channels : [{ id: 'home', medium: 'letter', address: '1 Main St', addressKind: 'home' }],
        debts: [{ id: 'D1' }],
        history: s.history.map((h) => ({ channel: h.channel, at: iso(at - h.daysAgo * DAY_MS - 3_600_000), outcome: h.channel === 'letter' || h.channel === 'email' || h.channel === 'sms' ? 'messageSent' : h.outcome, debtIds: ['D1'] })),
        policy: {
          offsetsDays: s.offsets,
          channels: s.media,
          sendWindow: s.window,
          weekend: s.weekend,
          holidays: s.holidays,
          ...(s.caps === undefined ? {} : { caps: s.caps }),
          maxDelayDays: s.maxDelayDays,
          requireSafeHarbor: s.requireSafeHarbor,
          horizonDays: 30,
          waysForward: { payNow: { phone: '1-800-555-0100' } },
          sender: { kind: s.role, businessName: 'ABC Recovery' },
        },
      };
    });
  });

/** Extra facts that can only restrict: history entries before the run, and holds. */
export const restrictions = fc.record({
  history: fc.array(fc.record({ hoursAgo: fc.integer({ min: 1, max: 24 * 10 }), channel: fc.constantFrom('sms', 'email', 'call', 'letter') }), { maxLength: 5 }),
  holds: fc.array(fc.record({ kind: fc.constantFrom('dispute', 'manual', 'ceaseCommunication'), startIn: fc.integer({ min: -3, max: 20 }), length: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) }), { maxLength: 2 }),
});
