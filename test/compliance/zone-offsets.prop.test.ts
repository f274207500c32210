import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectSchemaAgrees } from '../support/fast-path.js';
import { InstantSchema } from '../../src/calendar/index.js';
import { ContactHistoryEntrySchema } from '../../src/compliance/index.js';
import { BatchAttemptSchema } from '../../src/compliance/schemas.js';
import { fastBatchAttempt, fastHistoryEntry, fastInstantMs } from '../../src/compliance/fast-attempt.js';
import { ZoneClock, formatInstantMs } from '../../src/compliance/zone-offsets.js';
import { ZONES, instantMs } from '../arbitraries/compliance.js';

const zones = [...ZONES, 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'Europe/Dublin', 'America/Sao_Paulo'];

/** Instants near DST transitions (the minutes around 01:00-03:00 local on change days) and anywhere. */
const nearTransitions = fc.oneof(
  instantMs,
  fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.constantFrom('03-08', '03-09', '03-10', '03-13', '03-14', '03-29', '03-30', '03-31', '10-25', '10-26', '10-27', '11-01', '11-02', '11-03', '04-05', '09-27'), fc.integer({ min: 0, max: 2 * 86_400_000 })).map(
    ([y, md, offset]) => Date.parse(`${y}-${md}T00:00:00Z`) + offset,
  ),
);

describe('ZoneClock (the cached offsets)', () => {
  it('gives the same UTC offset as luxon at every instant, transitions included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(nearTransitions, { minLength: 1, maxLength: 30 }), (zone, instants) => {
        const clock = new ZoneClock(zone);
        const luxon = IANAZone.create(zone);
        for (const ms of instants) expect(clock.offset(ms), `${zone} ${new Date(ms).toISOString()}`).toBe(Math.round(luxon.offset(ms) * 60_000));
      }),
    );
  });

  it('finds the first instant whose local time reaches a wall-clock reading, also in DST gaps and overlaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), nearTransitions, fc.integer({ min: 1, max: 3 * 86_400_000 }), (zone, from, ahead) => {
        const clock = new ZoneClock(zone);
        const wall = clock.local(from) + ahead;
        const found = clock.firstAtOrAfterLocal(wall, from);
        expect(found).toBeGreaterThanOrEqual(from);
        expect(clock.local(found)).toBeGreaterThanOrEqual(wall);
        // Nothing earlier (sampled at the minute before, and one millisecond before) reaches it.
        for (const t of [found - 1, found - 60_000, found - 3_600_000]) if (t >= from) expect(clock.local(t)).toBeLessThan(wall);
      }),
    );
  });

  it('formats instants exactly as Date.prototype.toISOString', () => {
    const days = fc.integer({ min: -354_285, max: 2_932_896 }); // 1000-01-01 .. 9999-12-31
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 86_399_999 }), (day, ms) => {
        const at = day * 86_400_000 + ms;
        expect(formatInstantMs(at)).toBe(new Date(at).toISOString());
      }),
    );
  });
});

const isoLike = fc.oneof(
  instantMs.map((ms) => new Date(ms).toISOString()),
  fc.tuple(instantMs, fc.constantFrom('Z', '+05:30', '-04:00', '+00:00', '-23:59', '+24:00', ''), fc.constantFrom('', '.5', '.12', '.123456789', '.1234567890', '.')).map(([ms, off, frac]) => new Date(ms).toISOString().slice(0, 19) + frac + off),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2026-02-29T00:00:00Z', '2024-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01t00:00:00z', '0999-01-01T00:00:00Z', '9999-12-31T23:59:59-01:00'),
);

describe('fast paths (proven equal to the schemas)', () => {
  it('parses instants as InstantSchema does, or leaves them to it', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        const fast = fastInstantMs(text);
        const schema = InstantSchema.safeParse(text);
        if (fast !== undefined) {
          expect(schema.success).toBe(true);
          expect(fast).toBe(Date.parse(new Date(Date.parse(text)).toISOString()));
        } else if (/^\d{4}/.test(text) && Number(text.slice(0, 4)) >= 1000 && Number(text.slice(0, 4)) <= 9998) {
          expect(schema.success).toBe(false);
        }
      }),
    );
  });

  it('parses calendar and digit edge cases as InstantSchema and Date.parse do', () => {
    const cases = [
      '2000-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2400-02-29T12:00:00Z', '2024-02-29T23:59:59.999Z', '2023-02-29T00:00:00Z',
      '1000-01-01T00:00:00Z', '0999-12-31T23:59:59Z', '9998-12-31T23:59:59Z', '1600-03-01T00:00:00+23:59', '1970-01-01T00:00:00-00:00',
      '2026-04-31T00:00:00Z', '2026-12-31T23:59:59.9-12:00', '2026-1/-01T00:00:00Z', '2026-01-01T0:00:00Z', '2026-01-01T00:00:0:Z',
      '2026-01-01T00:00:00+0:00', '2026-01-01T00:00:00+00:/0', '2026-01-01T00:00:00+24:00', '2026-01-01T00:00:00.Z', '2026-01-01T00:00:60Z',
    ];
    for (const text of cases) {
      const fast = fastInstantMs(text);
      const schema = InstantSchema.safeParse(text);
      if (fast === undefined) expect(schema.success && Number(text.slice(0, 4)) >= 1000 && Number(text.slice(0, 4)) <= 9998, text).toBe(false);
      else {
        expect(schema.success, text).toBe(true);
        expect(fast, text).toBe(Date.parse(text));
      }
    }
    expect(fastInstantMs('2100-02-29T00:00:00Z')).toBeUndefined();
    expect(fastInstantMs('2400-02-29T12:00:00Z')).toBe(Date.parse('2400-02-29T12:00:00Z'));
  });

  const attemptLike = fc.record(
    {
      accountId: fc.constantFrom('a1', '', 'x'.repeat(129)),
      channel: fc.constantFrom('call', 'sms', 'fax'),
      at: isoLike,
      debtIds: fc.oneof(fc.constant(['d1']), fc.constant([]), fc.constant([1])),
      to: fc.oneof(fc.constant({ kind: 'mobile' }), fc.constant({ kind: 'desk' }), fc.constant({ kind: 'work', value: 'x', extra: 1 })),
      recipient: fc.constantFrom('consumer', 'boss'),
      purpose: fc.constantFrom('collection', 'fun'),
      optOutNotice: fc.constantFrom(true, 'yes'),
      place: fc.constant('home'),
    },
    { requiredKeys: [] },
  );

  it('accepts a batch attempt only when the schema does, with the same output', () => {
    fc.assert(
      fc.property(attemptLike, (raw) => {
        expectSchemaAgrees(fastBatchAttempt(raw), BatchAttemptSchema, raw);
      }),
    );
  });

  it('accepts a history entry only when the schema does, with the same output', () => {
    const entryLike = fc.record(
      {
        channel: fc.constantFrom('call', 'email', 'pager'),
        at: isoLike,
        outcome: fc.constantFrom('connected', 'lost'),
        debtIds: fc.oneof(fc.constant(['d1']), fc.constant([])),
        initiatedBy: fc.constantFrom('consumer', 'robot'),
        recipient: fc.constantFrom('creditor', 'nobody'),
        toKind: fc.constantFrom('home', 'boat'),
        limitedContent: fc.constantFrom(true, 1),
        inResponseToConsumer: fc.constantFrom(false, null),
        note: fc.constant('x'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(entryLike, (raw) => {
        expectSchemaAgrees(fastHistoryEntry(raw), ContactHistoryEntrySchema, raw);
      }),
    );
  });

  it('rejects non-objects', () => {
    expect(fastBatchAttempt(null)).toBeUndefined();
    expect(fastBatchAttempt([])).toBeUndefined();
    expect(fastHistoryEntry('call')).toBeUndefined();
    expect(fastBatchAttempt({ accountId: 'a', channel: 'call', at: '2026-01-01T00:00:00Z', debtIds: ['d'], to: null })).toBeUndefined();
  });
});
