import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZoneClock, zoneClock } from '../../src/compliance/zone-offsets.js';

describe('ZoneClock', () => {
  it('matches luxon minute by minute across transitions that fall inside a UTC hour', () => {
    // St. John's (-03:30) changes at 02:00 local = 05:30Z; Lord Howe shifts by 30 minutes.
    for (const [zone, day] of [
      ['America/St_Johns', '2026-03-08'],
      ['America/St_Johns', '2026-11-01'],
      ['Australia/Lord_Howe', '2026-04-04'],
      ['Australia/Lord_Howe', '2026-10-03'],
      ['America/New_York', '2026-03-08'],
    ] as const) {
      const clock = new ZoneClock(zone);
      const luxon = IANAZone.create(zone);
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let t = start; t < start + 2 * 86_400_000; t += 60_000) expect(clock.offset(t), `${zone} ${new Date(t).toISOString()}`).toBe(Math.round(luxon.offset(t) * 60_000));
    }
  });

  it('keeps exact offsets when hours a table apart share a cache slot', () => {
    // 4,096 hours apart: a DST change hour and plain hours in the same first-level slot, read in turn.
    const luxon = IANAZone.create('America/New_York');
    const clock = new ZoneClock('America/New_York');
    const change = Date.parse('2026-03-08T07:00:00Z');
    const instants = [change - 1, change + 4096 * 3_600_000, change, change - 4096 * 3_600_000 + 1, change - 1, change + 8192 * 3_600_000 + 5, change + 30 * 60_000];
    for (const t of instants) expect(clock.offset(t), new Date(t).toISOString()).toBe(Math.round(luxon.offset(t) * 60_000));
  });

  it('finds the transition instant for a wall-clock time inside a DST gap', () => {
    const ny = zoneClock('America/New_York');
    // 02:30 on 2026-03-08 does not exist in New York: the clocks jump from 02:00 EST to 03:00 EDT at 07:00Z.
    const wall = Date.parse('2026-03-08T02:30:00Z');
    expect(new Date(ny.firstAtOrAfterLocal(wall, Date.parse('2026-03-08T05:00:00Z'))).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // In the overlap of 2026-11-01, 01:30 first occurs at 05:30Z (EDT).
    expect(new Date(ny.firstAtOrAfterLocal(Date.parse('2026-11-01T01:30:00Z'), Date.parse('2026-11-01T04:00:00Z'))).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // After the first pass, the second one (EST) is the next.
    expect(new Date(ny.firstAtOrAfterLocal(Date.parse('2026-11-01T01:30:00Z'), Date.parse('2026-11-01T05:45:00Z'))).toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(zoneClock('America/New_York')).toBe(ny);
  });
});
