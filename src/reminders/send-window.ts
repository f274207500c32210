import { IANAZone } from 'luxon';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// Zones by name: IANAZone.create is cached by luxon too, but a Map lookup is cheaper.
const zones = new Map<string, IANAZone>();

function zoneOf(name: string): IANAZone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.create(name);
    zones.set(name, zone);
  }
  return zone;
}

const SLOT_MS = 15 * MINUTE_MS;
// Offsets by zone and 15-minute UTC slot: zone transitions fall on whole quarter hours of UTC,
// and luxon reads each offset through Intl, which costs microseconds per call.
const offsets = new Map<string, Map<number, number>>();

/** The UTC offset of a zone at an instant, in milliseconds. Zones were validated by the schema. */
export function offsetMs(zone: string, ms: number): number {
  let byZone = offsets.get(zone);
  if (byZone === undefined) {
    byZone = new Map();
    offsets.set(zone, byZone);
  }
  const slot = Math.floor(ms / SLOT_MS);
  let offset = byZone.get(slot);
  if (offset === undefined) {
    offset = zoneOf(zone).offset(slot * SLOT_MS) * MINUTE_MS;
    if (byZone.size > 100_000) byZone.clear();
    byZone.set(slot, offset);
  }
  return offset;
}

/**
 * The instant a zone's wall clock shows `minutes` after midnight of day `day` (days since
 * 1970-01-01). In a DST gap the later reading is taken and in an overlap the earlier
 * instant, as `fromLocalDateTime`'s `'compatible'` does.
 */
export function instantOfLocal(day: number, minutes: number, zone: string): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  const a = wall - before;
  const b = wall - after;
  const aFits = wall - offsetMs(zone, a) === a;
  const bFits = wall - offsetMs(zone, b) === b;
  if (aFits && bFits) return Math.min(a, b);
  if (aFits) return a;
  if (bFits) return b;
  return wall - before; // a gap: read with the offset before the change, so the clock moves forward
}

/** Local day number and minutes after midnight of an instant in a zone. */
export function localOf(ms: number, zone: string): { day: number; minutes: number } {
  const local = ms + offsetMs(zone, ms);
  const day = Math.floor(local / DAY_MS);
  return { day, minutes: (local - day * DAY_MS) / MINUTE_MS };
}

function pad(n: number): string {
  return n < 10 ? `0${String(n)}` : String(n);
}

/** `YYYY-MM-DDTHH:mm` local text of an instant in a zone. */
export function localText(ms: number, zone: string): string {
  const local = ms + offsetMs(zone, ms);
  const iso = new Date(local).toISOString();
  return iso.slice(0, 16);
}

/** `HH:mm` of minutes after midnight. */
export function hhmm(minutes: number): string {
  const m = Math.floor(minutes);
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/**
 * The first instant on local day `day` (of the first zone) at or after `notBefore` that lies
 * inside `[start, end)` local minutes in every zone, or `null` when the zones' windows do not
 * meet that day. The window start of each zone is read on the same calendar date.
 */
export function firstInstantInWindow(day: number, start: number, end: number, timeZones: readonly string[], notBefore: number): number | null {
  let t = notBefore;
  for (const zone of timeZones) {
    const opens = instantOfLocal(day, start, zone);
    if (opens > t) t = opens;
  }
  // Round up to the whole minute, so that the text is clean and the window check exact.
  const rem = ((t % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  if (rem !== 0) t += MINUTE_MS - rem;
  for (const zone of timeZones) {
    const local = localOf(t, zone);
    if (local.minutes < start || local.minutes >= end) return null;
  }
  // The first zone must still be on the requested day (a late `notBefore` may have passed it).
  const first = timeZones[0];
  if (first !== undefined && localOf(t, first).day !== day) return null;
  return t;
}
