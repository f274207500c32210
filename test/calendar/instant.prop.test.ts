import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DisambiguationSchema, fromLocalDateTime, isArrearsError, parseInstant, toLocalDate, toLocalDateTime } from '../../src/calendar/index.js';
import { instantMsArb, timeZoneArb } from '../arbitraries/calendar.js';

function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('parseInstant', () => {
  it('agrees with Date.prototype.toISOString for any instant written with any whole-minute offset', () => {
    fc.assert(
      fc.property(instantMsArb, fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (ms, offset) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const text = `${local}${offset === 0 && ms % 2 === 0 ? 'Z' : offsetText(offset)}`;
        expect(parseInstant(text)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(instantMsArb, (ms) => {
        const once = parseInstant(new Date(ms).toISOString());
        expect(parseInstant(once)).toBe(once);
      }),
    );
  });
});

describe('toLocalDateTime', () => {
  it('agrees with luxon in the zone, whatever the host zone', () => {
    fc.assert(
      fc.property(instantMsArb, timeZoneArb, (ms, zone) => {
        const local = toLocalDateTime(new Date(ms).toISOString(), zone);
        const expected = DateTime.fromMillis(ms, { zone });
        expect(local.date).toBe(expected.toFormat('yyyy-MM-dd'));
        expect(local.time.slice(0, 8)).toBe(expected.toFormat('HH:mm:ss'));
        expect(local.weekday).toBe(expected.weekday);
        expect(toLocalDate(new Date(ms).toISOString(), zone)).toBe(local.date);
      }),
    );
  });
});

describe('fromLocalDateTime', () => {
  it('finds the instant again from its local reading with earlier or later', () => {
    fc.assert(
      fc.property(instantMsArb, timeZoneArb, (ms, zone) => {
        const instant = new Date(ms).toISOString();
        const { date, time } = toLocalDateTime(instant, zone);
        const earlier = fromLocalDateTime({ date, time, timeZone: zone, disambiguation: 'earlier' });
        const later = fromLocalDateTime({ date, time, timeZone: zone, disambiguation: 'later' });
        expect([earlier, later]).toContain(instant);
      }),
    );
  });

  it('returns an instant whose local reading is the requested one, unless the time does not exist', () => {
    fc.assert(
      fc.property(instantMsArb, timeZoneArb, fc.constantFrom(...DisambiguationSchema.options), fc.integer({ min: 0, max: 86_399 }), (ms, zone, mode, second) => {
        const date = toLocalDate(new Date(ms).toISOString(), zone);
        const time = `${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
        let instant: string;
        try {
          instant = fromLocalDateTime({ date, time, timeZone: zone, disambiguation: mode });
        } catch (error) {
          expect(isArrearsError(error) && mode === 'reject').toBe(true);
          return;
        }
        const back = toLocalDateTime(instant, zone);
        const reject = (() => {
          try {
            fromLocalDateTime({ date, time, timeZone: zone, disambiguation: 'reject' });
            return undefined;
          } catch (error) {
            return isArrearsError(error) ? error.code : 'other';
          }
        })();
        if (reject === 'CALENDAR_NONEXISTENT_LOCAL_TIME') {
          // In a gap the result is off the requested wall time, but only by the gap: never by a day or more.
          expect(Math.abs(DateTime.fromISO(`${back.date}T${back.time}`, { zone: 'utc' }).toMillis() - DateTime.fromISO(`${date}T${time}`, { zone: 'utc' }).toMillis())).toBeLessThan(86_400_000 * 1.01);
        } else {
          expect([back.date, back.time]).toEqual([date, time]);
        }
      }),
    );
  });

  it('orders earlier <= compatible-or-later as the modes promise', () => {
    fc.assert(
      fc.property(instantMsArb, timeZoneArb, fc.integer({ min: 0, max: 1439 }), (ms, zone, minute) => {
        const date = toLocalDate(new Date(ms).toISOString(), zone);
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const earlier = fromLocalDateTime({ date, time, timeZone: zone, disambiguation: 'earlier' });
        const later = fromLocalDateTime({ date, time, timeZone: zone, disambiguation: 'later' });
        const compatible = fromLocalDateTime({ date, time, timeZone: zone });
        expect(earlier <= later).toBe(true);
        expect([earlier, later]).toContain(compatible);
      }),
    );
  });
});
