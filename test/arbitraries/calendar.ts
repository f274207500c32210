import fc from 'fast-check';

// Shared fast-check generators for the calendar module. Dates are built from integers with an
// independent leap-year rule (not with the library), so properties compare two computations.

export const MIN_DAY_NUMBER = -719162; // 0001-01-01
export const MAX_DAY_NUMBER = 2932896; // 9999-12-31

export function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function monthDays(year: number, month: number): number {
  return [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A civil date `{ year, month, day }` in the given years (default 0001-9999). */
export function civilArb(minYear = 1, maxYear = 9999): fc.Arbitrary<{ year: number; month: number; day: number }> {
  return fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, monthDays(year, month)) }));
}

/** A `YYYY-MM-DD` date in the given years, with month ends and leap days well represented. */
export function dateArb(minYear = 1, maxYear = 9999): fc.Arbitrary<string> {
  const endOfMonth = fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => iso(year, month, monthDays(year, month)));
  return fc.oneof({ weight: 4, arbitrary: civilArb(minYear, maxYear).map(({ year, month, day }) => iso(year, month, day)) }, { weight: 1, arbitrary: endOfMonth });
}

/** A date in the years the US federal holiday rules cover and that tests care most about. */
export const modernDateArb = dateArb(1971, 2200);

/** Dates that look like dates but are not real ones. */
export const impossibleDateArb = fc.oneof(
  civilArb().map(({ year, month }) => iso(year, month, monthDays(year, month) + 1)),
  civilArb().map(({ year, day }) => iso(year, 13, day)),
  civilArb().map(({ year, day }) => iso(year, 0, day)),
  civilArb().map(({ year, month }) => iso(year, month, 0)),
  civilArb().map(({ month, day }) => iso(0, month, day)),
);

/** IANA zones with DST in both hemispheres, odd offsets and a date-line jump (Apia, 2011). */
export const timeZoneArb = fc.constantFrom(
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/Chicago',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'Pacific/Chatham',
);

/** An instant (epoch milliseconds) in UTC years 1900-2100, where zone data is most varied. */
export const instantMsArb = fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 });

/** A value that is not a safe integer. */
export const notSafeIntegerArb = fc.anything().filter((v) => !Number.isSafeInteger(v));

/** A value that is not a `YYYY-MM-DD`-shaped string. */
export const notDateArb = fc.anything().filter((v) => typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v));

/** Junk for any argument: random values of every type plus tricky ones. */
export const junkArb = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '2025-02-30', '2025-2-3', '20250101', '9999-99-99', Number.NaN, Number.POSITIVE_INFINITY, -0.5, 2 ** 60, null, undefined, [], {}),
);

/** A random custom calendar definition: holidays clustered around a date, random weekends. */
export function customCalendarDefinitionArb(around: fc.Arbitrary<string> = modernDateArb): fc.Arbitrary<{ name: string; holidays: string[]; weekendDays: number[] }> {
  return fc
    .record({
      base: around,
      offsets: fc.uniqueArray(fc.integer({ min: -40, max: 40 }), { maxLength: 30 }),
      weekendDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
    })
    .map(({ base, offsets, weekendDays }) => {
      const d = new Date(`${base}T00:00:00Z`);
      const holidays = offsets.map((o) => new Date(d.getTime() + o * 86_400_000).toISOString().slice(0, 10));
      return { name: 'Random', holidays, weekendDays };
    });
}
