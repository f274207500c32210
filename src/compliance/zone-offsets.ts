import { IANAZone } from 'luxon';
import { civilFromDayNumber } from '../calendar/civil-date.js';

/** Milliseconds in an hour and a day. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** An hour of UTC inside which a zone changes its offset (internal). */
interface Transition {
  /** The first instant with the new offset. */
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The most hours one zone keeps in its second-level map before it is cleared (a memo; results never depend on it). */
const MAX_HOURS = 200_000;

/** Hours in the direct-mapped first level (about 170 days; a power of two). */
const SLOTS = 4096;

/**
 * A zone's UTC offsets with a cache per UTC hour. Offsets come from luxon's `IANAZone`
 * (which asks the runtime's `Intl`), once per hour touched; an hour in which the offset
 * changes keeps the exact transition instant, found by bisection. The first level is a
 * direct-mapped table of {@link SLOTS} hours (a tag compare and an array read); the second a
 * map of every hour filled. A lookup is about a thousand times cheaper than a luxon
 * `DateTime`. Proven equal to luxon by `test/compliance/zone-offsets.prop.test.ts`.
 */
export class ZoneClock {
  readonly name: string;
  private readonly zone: IANAZone;
  private readonly hours = new Map<number, number | Transition>();
  /** Per slot: the hour it holds (NaN when empty), its offset, or its transition (offset NaN). */
  private readonly tags = new Float64Array(SLOTS).fill(Number.NaN);
  private readonly offsets = new Float64Array(SLOTS);
  private readonly transitions: Array<Transition | null> = new Array<Transition | null>(SLOTS).fill(null);

  constructor(name: string) {
    this.name = name;
    this.zone = IANAZone.create(name);
  }

  /** The offset luxon gives, in whole milliseconds. */
  private raw(ms: number): number {
    return Math.round(this.zone.offset(ms) * 60_000);
  }

  private fill(hour: number): number | Transition {
    const start = hour * HOUR_MS;
    const end = start + HOUR_MS - 1;
    const before = this.raw(start);
    const after = this.raw(end);
    let entry: number | Transition = before;
    if (before !== after) {
      // One transition inside the hour: bisect for its first instant.
      let lo = start;
      let hi = end;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (this.raw(mid) === before) lo = mid;
        else hi = mid;
      }
      entry = { at: hi, before, after };
    }
    if (this.hours.size >= MAX_HOURS) this.hours.clear();
    this.hours.set(hour, entry);
    return entry;
  }

  /** The offset at ms, from the second level (filling it), stored in the first level. */
  private miss(ms: number, hour: number, slot: number): number {
    const entry = this.hours.get(hour) ?? this.fill(hour);
    this.tags[slot] = hour;
    if (typeof entry === 'number') {
      this.offsets[slot] = entry;
      this.transitions[slot] = null;
      return entry;
    }
    this.offsets[slot] = Number.NaN;
    this.transitions[slot] = entry;
    return ms < entry.at ? entry.before : entry.after;
  }

  /** The UTC offset at an instant, in milliseconds (local = utc + offset). */
  offset(ms: number): number {
    const hour = Math.floor(ms / HOUR_MS);
    // `&` wraps huge hours into the table; the tag compare keeps the answer exact.
    const slot = hour & (SLOTS - 1);
    if (this.tags[slot] !== hour) return this.miss(ms, hour, slot);
    const offset = this.offsets[slot] as number;
    if (offset === offset) return offset;
    const t = this.transitions[slot] as Transition;
    return ms < t.at ? t.before : t.after;
  }

  /** The local wall-clock time of an instant, as milliseconds since 1970-01-01T00:00 local. */
  local(ms: number): number {
    return ms + this.offset(ms);
  }

  /** The local day number (days since 1970-01-01) of an instant. */
  day(ms: number): number {
    return Math.floor(this.local(ms) / DAY_MS);
  }

  /**
   * The first instant at or after `notBefore` whose local wall clock reads `wall` or later,
   * assuming the local clock is below `wall` at `notBefore`. In a DST gap this is the
   * transition instant; in an overlap, the first pass.
   */
  firstAtOrAfterLocal(wall: number, notBefore: number): number {
    const offBefore = this.offset(wall - DAY_MS);
    const offAfter = this.offset(wall + DAY_MS);
    let best = Number.POSITIVE_INFINITY;
    const first = wall - offBefore;
    if (first >= notBefore && this.offset(first) === offBefore) best = first;
    if (offAfter !== offBefore) {
      const second = wall - offAfter;
      if (second >= notBefore && this.offset(second) === offAfter && second < best) best = second;
    }
    if (best !== Number.POSITIVE_INFINITY) return best;
    // No instant shows exactly `wall`: a gap. Bisect for the first instant whose local time passes it.
    let lo = Math.max(notBefore, Math.min(wall - offBefore, wall - offAfter) - 1);
    let hi = Math.max(wall - offBefore, wall - offAfter);
    if (this.local(lo) >= wall) return lo;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (this.local(mid) >= wall) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}

const clocks = new Map<string, ZoneClock>();

/** The shared clock of a zone (zones are few; each keeps its own bounded cache). */
export function zoneClock(name: string): ZoneClock {
  let clock = clocks.get(name);
  if (clock === undefined) {
    clock = new ZoneClock(name);
    clocks.set(name, clock);
  }
  return clock;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** `YYYY-MM-DD` of a day number (years 1000-9999 in practice). */
export function formatDayNumber(day: number): string {
  const { year, month, day: dom } = civilFromDayNumber(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dom)}`;
}

/** `YYYY-MM-DDTHH:mm:ss.SSSZ` of epoch milliseconds, without a `Date` (equal to `toISOString` for years 0001-9999). */
export function formatInstantMs(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${formatDayNumber(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`}Z`;
}
