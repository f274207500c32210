import { describe, expect, it } from 'vitest';
import { LocalTimeSchema, fromLocalDateTime } from '../../src/calendar/index.js';

// LocalTimeSchema reads `HH:mm` from its characters (compliance parses window times on every
// check) and every other form with its pattern: both readings must give the same answers.
describe('LocalTimeSchema on HH:mm', () => {
  it('accepts exactly 00:00-23:59 and 24:00 among every two-digit HH:mm, and refuses the rest with CALENDAR_INVALID_TIME', () => {
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const valid = (h <= 23 && m <= 59) || (h === 24 && m === 0);
        const result = LocalTimeSchema.safeParse(time);
        expect(result.success, time).toBe(valid);
        if (!valid) expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params, time).toEqual({ arrearsCode: 'CALENDAR_INVALID_TIME' });
      }
    }
  });

  it('refuses five characters that only look like HH:mm', () => {
    for (const time of ['0a:00', '/0:00', '00;00', '00:0/', '00:6:', ' 8:00', '08:0 ', '2:000', '\u0660\u0668:00']) expect(LocalTimeSchema.safeParse(time).success, time).toBe(false);
  });

  it('gives the same instants for HH:mm and HH:mm:00', () => {
    const at = (time: string) => fromLocalDateTime({ date: '2026-03-10', time, timeZone: 'America/New_York' });
    for (const [short, long] of [['08:00', '08:00:00'], ['23:59', '23:59:00.000'], ['24:00', '24:00:00']]) expect(at(short as string)).toBe(at(long as string));
  });
});
