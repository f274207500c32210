import { describe, expect, it } from 'vitest';
import { dateOf, weekdayOfDay } from '../../src/reminders/days.js';

describe('reminder day arithmetic', () => {
  it('formats day numbers exactly as Date does, across leap years and centuries', () => {
    for (let d = -300_000; d < 2_900_000; d += 37) expect(dateOf(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    expect([dateOf(0), dateOf(11_016), dateOf(20_797)]).toEqual(['1970-01-01', '2000-02-29', '2026-12-10']);
  });

  it('gives ISO weekdays, Thursday for 1970-01-01', () => {
    expect([weekdayOfDay(0), weekdayOfDay(2), weekdayOfDay(3), weekdayOfDay(-1)]).toEqual([4, 6, 7, 3]);
  });
});
