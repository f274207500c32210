import { usFederalHolidays, toDayNumber } from '../calendar/index.js';
import { FEDERAL_WINDOW, consentCovers, countKeys } from './prepare.js';
import type { CompiledAdvisory, CompiledLimit, Conversation, EffectiveRange, PreparedAccount } from './prepare.js';
import { ruleOf } from './rules.js';
import type { Finding, Severity } from '../errors/index.js';
import type { AddressKind, BatchCheckResult, ContactChannel, ContactCheckResult, ContactRule, ParsedAttempt, ParsedHistoryEntry } from './types.js';
import { DAY_MS, formatDayNumber, formatInstantMs } from './zone-offsets.js';
import type { ZoneClock } from './zone-offsets.js';

/** How far ahead `earliestAllowedAt` looks before answering "no time will do". */
const HORIZON_MS = 800 * DAY_MS;
const MINUTE_MS = 60_000;

/**
 * One rule applied to one proposed contact: whether it blocks the contact at an instant, the
 * first instant at or after that one at which it stops blocking (null: never), and the
 * findings to report.
 */
interface Check {
  blocked(t: number): boolean;
  next(t: number): number | null;
  /** Appends the findings of a blocked contact at t to `out`. */
  report(t: number, out: Finding[]): void;
  /** When this is the only blocking check: its findings as a shared frozen list, if it keeps one. */
  alone?(t: number): readonly Finding[] | undefined;
}

/** Report and alone for a finding that does not depend on the instant: built once, shared, frozen. */
function once(make: () => Finding): Pick<Check, 'report' | 'alone'> {
  let list: readonly Finding[] | undefined;
  const get = (): readonly Finding[] => (list ??= Object.freeze([Object.freeze(make())]));
  return { report: (_t, out) => void out.push(get()[0] as Finding), alone: get };
}

/** The frozen `details` of a finding, per jurisdiction (`POLICY` internally for the company's own rules). */
const detailsByJurisdiction = new Map<string, Readonly<Record<string, unknown>>>();
function detailsOf(jurisdiction: string): Readonly<Record<string, unknown>> {
  let details = detailsByJurisdiction.get(jurisdiction);
  if (details === undefined) {
    details = Object.freeze(jurisdiction === 'POLICY' ? { source: 'policy' } : { source: 'law', jurisdiction });
    detailsByJurisdiction.set(jurisdiction, details);
  }
  return details;
}

/** The internal jurisdiction of a catalogue rule (`POLICY` for the company's own). */
function jurisdictionOf(rule: ContactRule): string {
  return rule.jurisdiction ?? 'POLICY';
}

/** A finding of rule `code`: its citation and jurisdiction from the catalogue unless given. */
function finding(code: string, message: string, citation?: string, jurisdiction?: string, severity: Severity = 'violation'): Finding {
  const rule = citation === undefined || jurisdiction === undefined ? ruleOf(code) : undefined;
  return { code, severity, message, citation: citation ?? (rule as ContactRule).citation, details: detailsOf(jurisdiction ?? jurisdictionOf(rule as ContactRule)) };
}

/** {@link finding} as a warning. */
function warning(code: string, message: string, citation?: string, jurisdiction?: string): Finding {
  return finding(code, message, citation, jurisdiction, 'warning');
}

/** A check that, once it blocks, blocks for good (cease, attorney, content). */
function permanent(blockedAt: (t: number) => boolean, make: () => Finding): Check {
  return { blocked: blockedAt, next: () => null, ...once(make) };
}

/** ISO weekday (1 = Monday) of a day number. */
function weekdayOf(day: number): number {
  return (((day % 7) + 10) % 7) + 1;
}

function iso(ms: number): string {
  return formatInstantMs(ms);
}

/** `00` .. `59`. */
const TWO: readonly string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/**
 * `format` behind a bounded memo (cleared when it holds `limit` entries): attempts cluster on
 * a few days, and blocked contacts often share their earliest instant.
 */
function boundedMemo(format: (key: number) => string, limit: number): (key: number) => string {
  const texts = new Map<number, string>();
  return (key) => {
    let text = texts.get(key);
    if (text === undefined) {
      text = format(key);
      if (texts.size >= limit) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
}

/** Formatted local days. */
const dayText = boundedMemo(formatDayNumber, 4096);

/** `It is YYYY-MM-DD HH:mm` per local minute (a bounded memo: attempts cluster on a few days). */
const timePrefixes = new Map<number, string>();
/** Per zone: `:ss in Zone/Name: outside 08:00-21:00, ...` for each second 0-59. */
const timeSuffixes = new Map<string, string[]>();
const TIME_RULE = ruleOf('REGF-TIME');
const TIME_DETAILS = detailsOf(jurisdictionOf(TIME_RULE));

/**
 * The REGF-TIME finding at local time `tod` (ms) of local day `day`: the sentence
 * `It is ${localText}: outside 08:00-21:00, ...` joined from two cached halves (one string
 * node per finding).
 */
function federalTimeFinding(zone: ZoneClock, day: number, tod: number): Finding {
  const seconds = Math.floor(tod / 1000);
  const minutes = Math.floor(seconds / 60);
  const minuteKey = day * 1440 + minutes;
  let prefix = timePrefixes.get(minuteKey);
  if (prefix === undefined) {
    prefix = `It is ${formatDayNumber(day)} ${TWO[Math.floor(minutes / 60)] as string}:${TWO[minutes % 60] as string}`;
    if (timePrefixes.size >= 16_384) timePrefixes.clear();
    timePrefixes.set(minuteKey, prefix);
  }
  let suffixes = timeSuffixes.get(zone.name);
  if (suffixes === undefined) {
    suffixes = TWO.map((two) => `:${two} in ${zone.name}: outside 08:00-21:00, the convenient hours at the consumer's location.`);
    if (timeSuffixes.size >= 1024) timeSuffixes.clear();
    timeSuffixes.set(zone.name, suffixes);
  }
  const message = prefix + (suffixes[seconds % 60] as string);
  // Two literals on purpose: see `retaining`.
  return retaining
    ? { code: TIME_RULE.id, severity: 'violation', message, citation: TIME_RULE.citation, details: TIME_DETAILS }
    : { code: TIME_RULE.id, severity: 'violation', message, citation: TIME_RULE.citation, details: TIME_DETAILS };
}

/**
 * Whether the results being built are kept by the caller (`checkContacts`) or handed over and
 * dropped (`checkEachContact`, `checkContact`). The per-result objects are built by separate
 * literals for each case, so V8's allocation-site pretenuring, which learns that kept results
 * live long and then allocates them in the old generation, does not apply what it learned to
 * results that die at once (measured: a process that streams after keeping a batch otherwise
 * streams about a third slower). Only where objects are allocated depends on it, never a value.
 */
let retaining = false;

/** `YYYY-MM-DD HH:mm:ss in Zone/Name`: the local time of t. */
function localText(zone: ZoneClock, t: number): string {
  const local = zone.local(t);
  const day = Math.floor(local / DAY_MS);
  const seconds = Math.floor((local - day * DAY_MS) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${dayText(day)} ${TWO[Math.floor(minutes / 60)] as string}:${TWO[minutes % 60] as string}:${TWO[seconds % 60] as string} in ${zone.name}`;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const holidayYears = new Map<number, ReadonlySet<number>>();

/** US federal holidays of a year as day numbers, statutory and observed dates (memo). */
function federalHolidayDays(year: number): ReadonlySet<number> {
  let set = holidayYears.get(year);
  if (set === undefined) {
    const days = new Set<number>();
    for (const h of usFederalHolidays(year)) {
      days.add(toDayNumber(h.date));
      days.add(toDayNumber(h.observed));
    }
    set = days;
    holidayYears.set(year, set);
  }
  return set;
}

function isFederalHoliday(day: number): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  // The observed New Year's Day of next year can fall on December 31.
  return federalHolidayDays(year).has(day) || (new Date(day * DAY_MS).getUTCMonth() === 11 && federalHolidayDays(year + 1).has(day));
}

function activeOn(effective: EffectiveRange | null, t: number): boolean {
  if (effective === null) return true;
  const day = effective.clock.day(t);
  return day >= effective.fromDay && day <= effective.untilDay;
}

/** The first instant at or after t at which a version stops being in force (or +Infinity). */
function inactiveFrom(effective: EffectiveRange | null, t: number): number {
  if (effective === null || effective.untilDay === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return effective.clock.firstAtOrAfterLocal((effective.untilDay + 1) * DAY_MS, t);
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counted contacts in local days [from, to]. */
function countIn(list: readonly number[], from: number, to: number): number {
  return lowerBound(list, to + 1) - lowerBound(list, from);
}

/**
 * The most counted contacts in any window of `period` consecutive days that contains day D
 * (the proposed contact would add one to each of them).
 */
function worstWindow(list: readonly number[] | undefined, day: number, period: number): number {
  if (list === undefined || list.length === 0) return 0;
  if ((list[list.length - 1] as number) <= day) return countIn(list, day - period + 1, day);
  let worst = 0;
  for (let start = day - period + 1; start <= day; start++) worst = Math.max(worst, countIn(list, start, start + period - 1));
  return worst;
}

/** Something that moves an instant forward (or says never): a check's own step. */
interface Stepper {
  step(t: number): number | null;
}

/** Repeats `stepper.step` from t until it stops moving; null when a step says never. */
function settle(t: number, stepper: Stepper): number | null {
  let current = t;
  for (let i = 0; i < 10_000; i++) {
    const next = stepper.step(current);
    if (next === null) return null;
    if (next <= current) return current;
    current = next;
  }
  /* v8 ignore next */
  return null;
}

const NO_LISTS: ReadonlyArray<readonly number[] | undefined> = [];

class LimitCheck implements Check {
  private readonly lists: ReadonlyArray<readonly number[] | undefined>;

  constructor(
    private readonly p: PreparedAccount,
    private readonly limit: CompiledLimit,
    private readonly key: string,
    private readonly consentKey: string | null,
  ) {
    this.lists = limit.byKey.get(key) ?? NO_LISTS;
  }

  private zoneOk(z: number, t: number): boolean {
    return worstWindow(this.lists[z], (this.p.zones[z] as ZoneClock).day(t), this.limit.periodDays) + 1 <= this.limit.max;
  }

  blocked(t: number): boolean {
    if (!activeOn(this.limit.effective, t) || (this.consentKey !== null && consentCovers(this.p, this.consentKey, t))) return false;
    // Some zone's worst window would exceed the limit.
    return this.worst(t) + 1 > this.limit.max;
  }

  private zoneNext(z: number, t: number): number | null {
    if (this.zoneOk(z, t)) return t;
    if (this.limit.max === 0) return null;
    const zone = this.p.zones[z] as ZoneClock;
    const list = this.lists[z] as readonly number[];
    const last = list[list.length - 1] as number;
    for (let day = zone.day(t) + 1; day <= last + this.limit.periodDays; day++) {
      if (worstWindow(list, day, this.limit.periodDays) + 1 <= this.limit.max) return zone.firstAtOrAfterLocal(day * DAY_MS, t);
    }
    /* v8 ignore next */
    return zone.firstAtOrAfterLocal((last + this.limit.periodDays + 1) * DAY_MS, t);
  }

  /** One settle step: the latest instant at or after u at which every zone is clear, or null. */
  step(u: number): number | null {
    let m = u;
    for (let z = 0; z < this.p.zones.length; z++) {
      const n = this.zoneNext(z, u);
      if (n === null) return null;
      if (n > m) m = n;
    }
    return m;
  }

  next(t: number): number | null {
    const cleared = settle(t, this);
    const ends = inactiveFrom(this.limit.effective, t);
    if (cleared === null) return ends === Number.POSITIVE_INFINITY ? null : ends;
    return Math.min(cleared, ends);
  }

  /** The instant `worst` last answered for, and its answer (blocked, alone and lastAllowed ask in turn). */
  private worstAt = Number.NaN;
  private worstCount = 0;

  /** The most contacts already counted in a window containing t's day, over all zones. */
  worst(t: number): number {
    if (t === this.worstAt) return this.worstCount;
    let worst = 0;
    for (let z = 0; z < this.p.zones.length; z++) worst = Math.max(worst, worstWindow(this.lists[z], (this.p.zones[z] as ZoneClock).day(t), this.limit.periodDays));
    this.worstAt = t;
    this.worstCount = worst;
    return worst;
  }

  /** The last finding reported, by the count it states (findings are shared between attempts). */
  private memo: { worst: number; list: readonly Finding[] } | null = null;

  report(t: number, out: Finding[]): void {
    out.push(this.alone(t)[0] as Finding);
  }

  alone(t: number): readonly Finding[] {
    const worst = this.worst(t);
    if (this.memo?.worst !== worst) this.memo = { worst, list: limitFindings(this.limit, this.key).exceeded(worst) };
    return this.memo.list;
  }

  /** A warning when the contact is the last one the limit allows. */
  lastAllowed(t: number): Finding | null {
    const { limit } = this;
    if (!activeOn(limit.effective, t) || (this.consentKey !== null && consentCovers(this.p, this.consentKey, t)) || this.worst(t) + 1 !== limit.max) return null;
    this.lastWarning ??= limitFindings(limit, this.key).lastAllowed();
    return this.lastWarning;
  }

  private lastWarning: Finding | undefined;
}

/**
 * The findings of one limit about one count key, shared by every account the limit applies to
 * (frozen): a limit compiled from the same parsed limit has the same rule, citation,
 * jurisdiction and numbers, so its sentences are the same.
 */
class LimitFindings {
  private readonly exceededLists: Array<readonly Finding[] | undefined> = [];
  private last: Finding | undefined;

  /** What the sentences state (not the compiled limit itself, which holds one account's days). */
  private readonly limit: Pick<CompiledLimit, 'ruleId' | 'citation' | 'jurisdiction' | 'scope' | 'max' | 'periodDays' | 'channels'>;

  constructor(
    limit: CompiledLimit,
    private readonly key: string,
  ) {
    const { ruleId, citation, jurisdiction, scope, max, periodDays, channels } = limit;
    this.limit = { ruleId, citation, jurisdiction, scope, max, periodDays, channels };
  }

  /** `worst` contacts already count: the one-finding list saying so. */
  exceeded(worst: number): readonly Finding[] {
    let list = this.exceededLists[worst];
    if (list === undefined) {
      const { limit, key } = this;
      const per = limit.scope === 'debt' ? ` about ${describeKey(key)}` : '';
      const what = limit.ruleId === 'REGF-7IN7' ? 'telephone calls' : `${[...limit.channels].join('/')} contacts`;
      const message =
        limit.max === 0
          ? `${what}${per} are not allowed (${limit.ruleId}).`
          : `${worst} ${what}${per} already count in ${limit.periodDays} consecutive local days; this one would exceed the limit of ${limit.max}.`;
      list = Object.freeze([Object.freeze(finding(limit.ruleId, message, limit.citation, limit.jurisdiction))]);
      this.exceededLists[worst] = list;
    }
    return list;
  }

  /** The warning that a contact is the last one the limit allows. */
  lastAllowed(): Finding {
    const { limit, key } = this;
    this.last ??= Object.freeze(
      warning(limit.ruleId, `This is the last contact ${limit.ruleId} allows in ${limit.periodDays} consecutive local days${key === '*' ? '' : ` for ${describeKey(key)}`}.`, limit.citation, limit.jurisdiction),
    );
    return this.last;
  }

  /** Whether a limit compiled elsewhere from the same source states the same things. */
  sameAs(limit: CompiledLimit): boolean {
    const own = this.limit;
    return own.ruleId === limit.ruleId && own.citation === limit.citation && own.jurisdiction === limit.jurisdiction && own.scope === limit.scope && own.max === limit.max && own.periodDays === limit.periodDays;
  }
}

/** Per source limit, per count key (a memo; built-in and federal limits are shared by every account). */
const sharedLimitFindings = new WeakMap<object, Map<string, LimitFindings>>();

function limitFindings(limit: CompiledLimit, key: string): LimitFindings {
  let byKey = sharedLimitFindings.get(limit.source);
  if (byKey === undefined) {
    byKey = new Map();
    sharedLimitFindings.set(limit.source, byKey);
  }
  let found = byKey.get(key);
  if (found === undefined || !found.sameAs(limit)) {
    found = new LimitFindings(limit, key);
    if (byKey.size >= 4096) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}

function describeKey(key: string): string {
  if (key.startsWith('debt:')) return `debt ${key.slice(5)}`;
  if (key.startsWith('student:')) return `student loan account ${key.slice(8)}`;
  return key === '*' ? 'this consumer' : `debt ${key}`;
}

class ConversationCheck implements Check {
  constructor(
    private readonly p: PreparedAccount,
    private readonly conversations: readonly Conversation[],
    private readonly key: string,
  ) {}

  /** The last local day (in zone z) of the latest seven-day quiet period covering t, or null. */
  private blockingDay(z: number, t: number): number | null {
    let until: number | null = null;
    const day = (this.p.zones[z] as ZoneClock).day(t);
    for (const c of this.conversations) {
      if (c.at >= t) break;
      const last = (c.days[z] as number) + 6;
      if (day <= last && (until === null || last > until)) until = last;
    }
    return until;
  }

  blocked(t: number): boolean {
    if (consentCovers(this.p, this.key, t)) return false;
    for (let z = 0; z < this.p.zones.length; z++) if (this.blockingDay(z, t) !== null) return true;
    return false;
  }

  /** One settle step: the latest end of a quiet period covering u, over all zones. */
  step(u: number): number {
    let m = u;
    for (let z = 0; z < this.p.zones.length; z++) {
      const last = this.blockingDay(z, u);
      if (last !== null) m = Math.max(m, (this.p.zones[z] as ZoneClock).firstAtOrAfterLocal((last + 1) * DAY_MS, u));
    }
    return m;
  }

  next(t: number): number | null {
    return settle(t, this);
  }

  /** The last finding reported, by zone and resume day (findings are shared between attempts). */
  private memo: { z: number; last: number; list: readonly Finding[] } | null = null;

  report(t: number, out: Finding[]): void {
    out.push(this.alone(t)[0] as Finding);
  }

  alone(t: number): readonly Finding[] {
    let z = 0;
    while (this.blockingDay(z, t) === null) z++;
    const last = this.blockingDay(z, t) as number;
    if (this.memo === null || this.memo.z !== z || this.memo.last !== last) this.memo = { z, last, list: conversationFindings(this.p.zones[z] as ZoneClock, this.key, last) };
    return this.memo.list;
  }
}

/** REGF-7IN7-CONV findings per zone, count key and last quiet day (a bounded memo shared by every account). */
const sharedConversationFindings = new Map<ZoneClock, Map<string, Map<number, readonly Finding[]>>>();
let sharedConversationCount = 0;

function conversationFindings(zone: ZoneClock, key: string, last: number): readonly Finding[] {
  let byKey = sharedConversationFindings.get(zone);
  if (byKey === undefined) {
    byKey = new Map();
    sharedConversationFindings.set(zone, byKey);
  }
  let byDay = byKey.get(key);
  if (byDay === undefined) {
    byDay = new Map();
    byKey.set(key, byDay);
  }
  let list = byDay.get(last);
  if (list === undefined) {
    const message = `A telephone conversation about ${describeKey(key)} took place within the seven consecutive days before this call (the day of the conversation is the first); calls may resume on ${formatDayNumber(last + 1)} (${zone.name}).`;
    list = Object.freeze([Object.freeze(finding('REGF-7IN7-CONV', message))]);
    if (++sharedConversationCount > 8192) {
      sharedConversationFindings.clear();
      sharedConversationCount = 1;
      byDay = new Map();
      sharedConversationFindings.set(zone, new Map([[key, byDay]]));
    }
    byDay.set(last, list);
  }
  return list;
}

/** The allowed local intervals of a day, in ms of the day, for a contact to an address kind. */
function allowedIntervals(p: PreparedAccount, day: number, kind: AddressKind | undefined, t: number): Array<[number, number]> {
  if (p.quietWeekdays.has(weekdayOf(day)) || p.blockedDays.has(day) || (p.avoidHolidays && isFederalHoliday(day))) return [];
  let lo: number = FEDERAL_WINDOW.start;
  let hi: number = FEDERAL_WINDOW.end;
  if (p.policyWindow !== null) {
    lo = Math.max(lo, p.policyWindow.start);
    hi = Math.min(hi, p.policyWindow.end);
  }
  for (const w of p.windows) {
    if ((w.kinds !== null && kind !== undefined && !w.kinds.has(kind)) || !activeOn(w.effective, t)) continue;
    lo = Math.max(lo, w.start);
    hi = Math.min(hi, w.end);
  }
  let out: Array<[number, number]> = hi > lo ? [[lo * MINUTE_MS, hi * MINUTE_MS]] : [];
  for (const [from, to] of p.stated[weekdayOf(day)] as ReadonlyArray<readonly [number, number]>) {
    const cut: Array<[number, number]> = [];
    for (const [a, b] of out) {
      if (to <= a || from >= b) cut.push([a, b]);
      else {
        if (from > a) cut.push([a, from]);
        if (to < b) cut.push([to, b]);
      }
    }
    out = cut;
  }
  return out;
}

/** Packs a window [lo, hi) of minutes into one number (both below 2048). */
const PACK = 2048;

/** A stated inconvenient interval `[a, b)` (ms of the local day) on local day `day` that one reply may use. */
interface StatedExemption {
  readonly day: number;
  readonly a: number;
  readonly b: number;
}

class WindowCheck implements Check {
  /** No stated times and no whole-day blocks: the allowed part of any day is one interval. */
  private readonly plain: boolean;

  constructor(
    private readonly p: PreparedAccount,
    private readonly zone: ZoneClock,
    private readonly kind: AddressKind | undefined,
    /** The stated interval the consumer initiated contact in, where one reply may answer (comment 6(b)(1)-2). */
    private readonly exemption: StatedExemption | null = null,
  ) {
    this.plain = !p.hasStatedTimes && !p.hasDayBlocks;
  }

  /** The stated interval containing local time `ms` of `day` that blocks (not the exempt one), if any. */
  private statedAt(day: number, ms: number): readonly [number, number] | undefined {
    const ex = this.exemption;
    return (this.p.stated[weekdayOf(day)] as ReadonlyArray<readonly [number, number]>).find(([a, b]) => ms >= a && ms < b && !(ex !== null && ex.day === day && ex.a === a && ex.b === b));
  }

  /** The calling window at t, minutes [lo, hi) packed as `lo * PACK + hi` (as in allowedIntervals). */
  private bounds(t: number): number {
    const { p, kind } = this;
    let lo: number = FEDERAL_WINDOW.start;
    let hi: number = FEDERAL_WINDOW.end;
    if (p.policyWindow !== null) {
      lo = Math.max(lo, p.policyWindow.start);
      hi = Math.min(hi, p.policyWindow.end);
    }
    for (const w of p.windows) {
      if ((w.kinds !== null && kind !== undefined && !w.kinds.has(kind)) || !activeOn(w.effective, t)) continue;
      lo = Math.max(lo, w.start);
      hi = Math.min(hi, w.end);
    }
    return lo * PACK + hi;
  }

  blocked(t: number): boolean {
    const { p } = this;
    const local = this.zone.local(t);
    const day = Math.floor(local / DAY_MS);
    const minute = (local - day * DAY_MS) / MINUTE_MS;
    const bounds = this.bounds(t);
    if (minute < Math.floor(bounds / PACK) || minute >= bounds % PACK) return true;
    if (p.hasDayBlocks && (p.quietWeekdays.has(weekdayOf(day)) || p.blockedDays.has(day) || (p.avoidHolidays && isFederalHoliday(day)))) return true;
    if (p.hasStatedTimes && this.statedAt(day, minute * MINUTE_MS) !== undefined) return true;
    return false;
  }

  next(t: number): number | null {
    const { zone } = this;
    let u = t;
    for (let i = 0; i < 64; i++) {
      const local = zone.local(u);
      const day = Math.floor(local / DAY_MS);
      const tod = local - day * DAY_MS;
      let target: number | null = null;
      if (this.plain) {
        // allowedIntervals without its arrays: one interval [lo, hi), or none when empty.
        const bounds = this.bounds(u);
        const lo = Math.floor(bounds / PACK) * MINUTE_MS;
        const hi = (bounds % PACK) * MINUTE_MS;
        if (hi > lo && tod < hi) {
          if (tod >= lo) return u;
          target = day * DAY_MS + lo;
        }
      } else {
        for (const [a, b] of allowedIntervals(this.p, day, this.kind, u)) {
          if (tod < b) {
            if (tod >= a) return u;
            target = day * DAY_MS + a;
            break;
          }
        }
      }
      u = zone.firstAtOrAfterLocal(target ?? (day + 1) * DAY_MS, u);
      if (u - t > HORIZON_MS) return null;
    }
    return null;
  }

  report(t: number, out: Finding[]): void {
    const { p, zone, kind } = this;
    const local = zone.local(t);
    const day = Math.floor(local / DAY_MS);
    const minute = (local - day * DAY_MS) / MINUTE_MS;
    if (minute < FEDERAL_WINDOW.start || minute >= FEDERAL_WINDOW.end) out.push(federalTimeFinding(zone, day, local - day * DAY_MS));
    // Every other finding needs a policy window, a stricter jurisdiction window, stated times or day blocks.
    if (p.policyWindow === null && p.windows.length === 0 && !p.hasStatedTimes && !p.hasDayBlocks) return;
    const when = localText(zone, t);
    if (p.policyWindow !== null && (minute < p.policyWindow.start || minute >= p.policyWindow.end)) {
      out.push(finding('POLICY-TIME', `It is ${when}: outside the company's calling window ${hhmm(p.policyWindow.start)}-${hhmm(p.policyWindow.end)}.`));
    }
    for (const w of p.windows) {
      if ((w.kinds !== null && kind !== undefined && !w.kinds.has(kind)) || !activeOn(w.effective, t)) continue;
      if (minute < w.start || minute >= w.end) out.push(finding(w.ruleId, `It is ${when}: outside ${hhmm(w.start)}-${hhmm(w.end)}.`, w.citation, w.jurisdiction));
    }
    const stated = this.statedAt(day, minute * MINUTE_MS);
    if (stated !== undefined) {
      out.push(finding('REGF-TIME-STATED', `It is ${when}: the consumer said ${hhmm(stated[0] / MINUTE_MS)}-${hhmm(stated[1] / MINUTE_MS)} on this weekday is inconvenient.`));
    }
    if (p.quietWeekdays.has(weekdayOf(day))) out.push(finding('POLICY-QUIET-DAY', `It is ${when}: the company makes no contact on this weekday.`));
    if (p.blockedDays.has(day) || (p.avoidHolidays && isFederalHoliday(day))) out.push(finding('POLICY-HOLIDAY', `It is ${when}: a holiday or blocked date under company policy.`));
  }
}

function appliesToDebts(scope: readonly string[] | undefined, debtIds: readonly string[]): boolean {
  return scope === undefined || debtIds.some((id) => scope.includes(id));
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const PHONE_CHARS = /^[+\d\s().\-/]+$/;

/**
 * An address as opt-outs compare it: a phone number as its digits (a leading US country code
 * `1` dropped from 11 digits, so `+1 617 555 0100` and `(617) 555-0100` are one number); any
 * other address trimmed and lower-cased. Reading two spellings as one can only stop more
 * contacts, never fewer.
 */
function addressKey(value: string): string {
  const text = value.trim().toLowerCase();
  if (!PHONE_CHARS.test(text)) return text;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return text;
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** Telephone (calls and voicemails) is one medium; every other channel is its own (12 CFR 1006.14(h)). */
function sameMedium(a: ContactChannel, b: ContactChannel): boolean {
  return a === b || ((a === 'call' || a === 'voicemail') && (b === 'call' || b === 'voicemail'));
}

/** Whether an opt-out of `channel` (all telephone and electronic media when undefined) covers a contact on `used`. */
function optOutCovers(channel: ContactChannel | undefined, used: ContactChannel): boolean {
  return channel === undefined ? used !== 'letter' : channel === used || (channel === 'call' && used === 'voicemail');
}

/**
 * What an attempt's `inReplyTo` declares, checked against history: the consumer-initiated
 * entry it answers and whether it is the first reply to it (the one the exceptions allow), or
 * why the declaration is refused.
 */
type Reply = { readonly entry: ParsedHistoryEntry; readonly first: boolean } | { readonly refused: string };

function replyOf(p: PreparedAccount, attempt: ParsedAttempt): Reply | null {
  const id = attempt.inReplyTo;
  if (id === undefined) return null;
  const entry = p.entriesById.get(id);
  if (entry === undefined) return { refused: `This contact is declared as a reply to "${id}", but no history entry has that id: an answer to nothing is not a reply.` };
  if (entry.initiatedBy !== 'consumer' || (entry.recipient ?? 'consumer') !== 'consumer') {
    return { refused: `This contact is declared as a reply to "${id}", but the consumer did not initiate that ${entry.channel} (initiatedBy "consumer"): only a consumer-initiated communication can be answered as a reply.` };
  }
  if (entry.at > attempt.at) return { refused: `This contact is declared as a reply to "${id}", which comes after it (${iso(entry.at)}).` };
  return { entry, first: !p.answered.has(id) };
}

/** The stated inconvenient interval, in zone `zone`, that the consumer's own communication fell in (null: none). */
function statedExemption(p: PreparedAccount, zone: ZoneClock, entry: ParsedHistoryEntry): StatedExemption | null {
  if (!p.hasStatedTimes) return null;
  const local = zone.local(entry.at);
  const day = Math.floor(local / DAY_MS);
  const ms = local - day * DAY_MS;
  const hit = (p.stated[weekdayOf(day)] as ReadonlyArray<readonly [number, number]>).find(([a, b]) => ms >= a && ms < b);
  return hit === undefined ? null : { day, a: hit[0], b: hit[1] };
}

function limitApplies(limit: CompiledLimit, attempt: ParsedAttempt, kind: AddressKind | undefined, reply: boolean): boolean {
  if (!limit.channels.has(attempt.channel)) return false;
  // A reply to the consumer is left out of the counts that leave such replies out (state and
  // policy limits unless they count consumer-initiated contacts); a call placed is a call placed
  // for Regulation F.
  if (reply && !limit.federal && limit.source.countConsumerInitiated !== true) return false;
  if (limit.kinds !== null && kind !== undefined && !limit.kinds.has(kind)) return false;
  return !(limit.excludeLimitedContent && attempt.limitedContent === true);
}

/** The count keys of a limit for an attempt's debts: `*`, debt ids, or Regulation F groups. */
function limitKeys(p: PreparedAccount, limit: CompiledLimit, debtIds: readonly string[]): readonly string[] {
  return countKeys(limit.scope, limit.federal, p.groupOf, debtIds);
}

/** Builds every check that applies to one proposed contact (internal). */
function buildChecks(p: PreparedAccount, attempt: ParsedAttempt): readonly Check[] {
  const checks: Check[] = [];
  const { consumer } = p.account;
  const recipient = attempt.recipient ?? 'consumer';
  const purpose = attempt.purpose ?? 'collection';
  const kind = attempt.to?.kind;
  // Without a kind, the address may be a work one: the workplace rules apply (the strict reading).
  const atWork = kind === undefined || kind === 'work';
  const unknownKind = kind === undefined ? ' (the attempt does not say what kind of number or address it uses, to.kind, so it may be a work one)' : '';
  const toConsumer = recipient === 'consumer';
  const voice = attempt.channel === 'call' || attempt.channel === 'voicemail';
  const reply = replyOf(p, attempt);
  if (reply !== null && 'refused' in reply) {
    const why = reply.refused;
    checks.push(permanent(() => true, () => finding('REGF-REPLY', why)));
  }
  // The one reply the exceptions allow: the first answer to a consumer-initiated communication.
  const answer = reply !== null && 'entry' in reply ? reply : null;
  const firstReply = answer !== null && answer.first ? answer.entry : null;

  if (consumer.deceasedAt !== undefined && toConsumer) {
    const at = consumer.deceasedAt;
    checks.push(permanent((t) => t >= at, () => finding('REGF-DECEASED', `The consumer died on ${iso(at).slice(0, 10)}; address the person authorized to act for the estate instead.`)));
  }
  if (consumer.bankruptcy !== undefined && purpose !== 'ceaseConfirmation') {
    const { filedAt, closedAt } = consumer.bankruptcy;
    checks.push({
      blocked: (t) => t >= filedAt && (closedAt === undefined || t < closedAt),
      next: () => closedAt ?? null,
      ...once(() => finding('BANKRUPTCY-STAY', `A bankruptcy petition was filed on ${iso(filedAt).slice(0, 10)}; the automatic stay forbids collection${closedAt === undefined ? '' : ` until ${iso(closedAt)}`}.`)),
    });
  }
  const cease = consumer.ceaseCommunication;
  if (cease !== undefined && purpose !== 'ceaseConfirmation' && purpose !== 'remedyNotice' && appliesToDebts(cease.debtIds, attempt.debtIds)) {
    checks.push(
      permanent(
        (t) => t >= cease.receivedAt,
        () => finding('REGF-CEASE', `The consumer asked in writing on ${iso(cease.receivedAt).slice(0, 10)} that communication cease; only a notice that efforts end or that a specified remedy may or will be invoked is allowed.`),
      ),
    );
  }
  const lawyer = consumer.attorney;
  // Comment 6(b)(2)-1: a represented consumer's own communication is consent to one response.
  if (lawyer !== undefined && toConsumer && firstReply === null && lawyer.consentsToDirectContact !== true && lawyer.failedToRespond !== true && appliesToDebts(lawyer.debtIds, attempt.debtIds)) {
    checks.push(permanent((t) => t >= lawyer.knownAt, () => finding('REGF-ATTORNEY', `The consumer is represented by an attorney (${lawyer.name}) for this debt: communicate with the attorney instead.`)));
  }
  if (recipient === 'thirdParty' && purpose !== 'locationInformation') {
    checks.push(permanent(() => true, () => finding('REGF-3RD-PARTY', 'This contact is addressed to a third party about the debt, and it is not a request for location information.')));
  }
  // 15 U.S.C. 1692b(3); 12 CFR 1006.10(c): a person other than the consumer may be asked for
  // location information once, unless that person asked to be contacted again or the collector
  // reasonably believes the earlier answer was wrong or incomplete (the attempt declares which).
  if (recipient === 'thirdParty' && purpose === 'locationInformation' && attempt.recipientId !== undefined && attempt.locationFollowUp === undefined) {
    const first = p.thirdPartyReached.get(attempt.recipientId);
    if (first !== undefined) {
      const person = attempt.recipientId;
      checks.push(
        permanent(
          (t) => t > first,
          () => finding('REGF-LOCATION-ONCE', `Location information was already asked of ${person} on ${iso(first).slice(0, 10)}; ask again only if that person asked to be contacted, or the earlier answer was wrong or incomplete (declare locationFollowUp).`),
        ),
      );
    }
  }
  for (const optOut of consumer.optOuts ?? []) {
    if (!optOutCovers(optOut.channel, attempt.channel)) continue;
    // An opt-out of one address stops an attempt that does not say which address it uses.
    const value = attempt.to?.value;
    if (optOut.address !== undefined && value !== undefined && addressKey(optOut.address) !== addressKey(value)) continue;
    // 12 CFR 1006.14(h)(2)(ii): a consumer who initiates contact through a medium they opted out
    // of may get one response through the same medium.
    if (firstReply !== null && sameMedium(firstReply.channel, attempt.channel) && optOut.at <= firstReply.at && optOutCovers(optOut.channel, firstReply.channel)) continue;
    const unnamed = optOut.address !== undefined && value === undefined ? '; the attempt does not say which number or address it uses (to.value), so it may be that one' : '';
    checks.push(permanent((t) => t >= optOut.at, () => finding('REGF-MEDIUM', `The consumer opted out of ${optOut.channel ?? 'these media'}${optOut.address === undefined ? '' : ` at ${optOut.address}`} on ${iso(optOut.at).slice(0, 10)}${unnamed}.`)));
  }
  if ((attempt.channel === 'sms' || attempt.channel === 'email') && attempt.optOutNotice !== true) {
    checks.push(permanent(() => true, () => finding('REGF-OPTOUT', `Every ${attempt.channel === 'sms' ? 'text message' : 'email'} must carry a clear and simple way to opt out; declare optOutNotice: true.`)));
  }
  if (attempt.channel === 'email' && atWork && attempt.to?.consumerUsedOrConsented !== true) {
    checks.push(permanent(() => true, () => finding('REGF-WORK-EMAIL', `The email address is provided by the employer${unknownKind}, and the consumer has neither used it with the collector nor consented to it.`)));
  }
  if (attempt.channel === 'socialMedia' && attempt.private !== true) {
    checks.push(permanent(() => true, () => finding('REGF-SOCIAL', 'A social-media message must be private: not viewable by the public or the consumer\'s social-media contacts.')));
  }
  if (attempt.channel === 'voicemail' && attempt.limitedContent !== true) {
    checks.push(permanent(() => true, () => finding('REGF-LCM', 'A voicemail must be a limited-content message, so that nothing about the debt reaches whoever hears it.')));
  }
  if (atWork && consumer.employerProhibitsContact === true) {
    checks.push(permanent(() => true, () => finding('REGF-WORK', `The consumer's employer prohibits such communications at work${unknownKind}.`)));
  }
  const places = consumer.inconvenientPlaces ?? [];
  // "work" and "home" name the places of work and home numbers and addresses (comment
  // 6(b)(1)-1.iii); an unknown kind may be either.
  const atPlace = (place: string): boolean => (sameAddress(place, 'work') && atWork) || (sameAddress(place, 'home') && (kind === undefined || kind === 'home'));
  const named = places.find((place) => attempt.place !== undefined && sameAddress(place, attempt.place));
  // Comment 6(b)(1)-2: one reply, through the same medium, to a consumer who initiated contact from that place.
  const fromThere = firstReply !== null && kind !== undefined && firstReply.toKind === kind && sameMedium(firstReply.channel, attempt.channel);
  const badPlace = named ?? (fromThere ? undefined : places.find(atPlace));
  if (badPlace !== undefined) checks.push(permanent(() => true, () => finding('REGF-PLACE', `The consumer said "${badPlace}" is an inconvenient place${named === undefined ? unknownKind : ''}.`)));
  const refused = consumer.workCallsRefused;
  if (p.massachusetts && refused !== undefined && voice && atWork) {
    const lapses = refused.requestedAt + 10 * DAY_MS;
    checks.push({
      blocked: (t) => t >= refused.requestedAt && (refused.inWriting || t < lapses),
      next: () => (refused.inWriting ? null : lapses),
      ...once(() => finding('MA-WORK', `The consumer asked on ${iso(refused.requestedAt).slice(0, 10)} not to be called at work${refused.inWriting ? '' : ' (an oral request, valid for ten days)'}${unknownKind}.`)),
    });
  }

  for (const id of attempt.debtIds) {
    const debt = p.account.debts.find((d) => d.id === id);
    /* v8 ignore next */
    if (debt === undefined) continue;
    const period = p.validation.get(id);
    const firstZone = p.zones[0] as ZoneClock;
    const inPeriod = (at: number): boolean => period === undefined || firstZone.day(at) <= period.endDay || p.zones.some((z) => z.day(at) <= period.endDay);
    if (debt.disputedAt !== undefined && purpose !== 'verification' && inPeriod(debt.disputedAt)) {
      const { disputedAt, verificationSentAt } = debt;
      checks.push({
        blocked: (t) => t >= disputedAt && (verificationSentAt === undefined || t < verificationSentAt),
        next: (t) => (verificationSentAt !== undefined && verificationSentAt > t ? verificationSentAt : null),
        ...once(() => finding('REGF-DISPUTE', `Debt ${id} was disputed in writing on ${iso(disputedAt).slice(0, 10)} within the validation period; collection stops until verification is sent.`)),
      });
    }
    if (debt.originalCreditorRequestedAt !== undefined && purpose !== 'verification' && inPeriod(debt.originalCreditorRequestedAt)) {
      const { originalCreditorRequestedAt: askedAt, originalCreditorSentAt: sentAt } = debt;
      checks.push({
        blocked: (t) => t >= askedAt && (sentAt === undefined || t < sentAt),
        next: (t) => (sentAt !== undefined && sentAt > t ? sentAt : null),
        ...once(() => finding('REGF-ORIG-CREDITOR', `The consumer asked in writing on ${iso(askedAt).slice(0, 10)} for the original creditor of debt ${id}; collection stops until it is sent.`)),
      });
    }
    if (attempt.paymentDeadlineDate !== undefined && period !== undefined) {
      const deadline = toDayNumber(attempt.paymentDeadlineDate);
      if (deadline < period.endDay) {
        checks.push(
          permanent(
            (t) => firstZone.day(t) <= period.endDay,
            () => finding('REGF-OVERSHADOW', `The payment deadline ${attempt.paymentDeadlineDate as string} comes before the validation period of debt ${id} ends on ${period.endsOn}.`),
          ),
        );
      }
    }
    // An unknown limitation status is not "within the period": a threat of suit needs timeBarred: false.
    if (attempt.threatensSuit === true && debt.timeBarred !== false) {
      const why = debt.timeBarred === true ? `Debt ${id} is time-barred: no suit and no threat of suit.` : `Debt ${id} may be time-barred (debts[].timeBarred is not given): no threat of suit until it is known to be within the limitation period (timeBarred: false).`;
      checks.push(permanent(() => true, () => finding('REGF-TIMEBARRED', why)));
    }
  }

  // Calling hours, stated times, quiet days and holidays (not for letters: C7).
  // Comment 6(b)(1)-2: one reply at the inconvenient time the consumer initiated contact in,
  // through the same medium, on that day.
  const stated = firstReply !== null && sameMedium(firstReply.channel, attempt.channel) ? firstReply : null;
  if (attempt.channel !== 'letter') for (const zone of p.zones) checks.push(new WindowCheck(p, zone, kind, stated === null ? null : statedExemption(p, zone, stated)));

  // Frequency limits: Regulation F's count per debt group, the conversation prong, then states and policy.
  if (toConsumer) {
    for (const limit of p.limits) {
      if (!limitApplies(limit, attempt, kind, answer !== null)) continue;
      for (const key of limitKeys(p, limit, attempt.debtIds)) checks.push(new LimitCheck(p, limit, key, limit.federal ? key : null));
    }
    if (voice) {
      for (const key of limitKeys(p, p.limits[0] as CompiledLimit, attempt.debtIds)) {
        const conversations = p.conversations.get(key);
        if (conversations !== undefined) checks.push(new ConversationCheck(p, conversations, key));
      }
    }
  }
  return checks;
}

/** The first instant at or after t at which no check blocks (null: none within the horizon). */
function earliest(checks: readonly Check[], t0: number): number | null {
  let t = t0;
  for (let round = 0; round < 10_000; round++) {
    let moved = false;
    for (const check of checks) {
      if (!check.blocked(t)) continue;
      const next = check.next(t);
      if (next === null) return null;
      /* v8 ignore next */
      t = next > t ? next : t + 1;
      moved = true;
    }
    if (!moved) return t;
    if (t - t0 > HORIZON_MS) return null;
  }
  /* v8 ignore next */
  return null;
}

const advisoryFindings = new WeakMap<CompiledAdvisory, Finding>();

function advisoryFinding(a: CompiledAdvisory): Finding {
  let f = advisoryFindings.get(a);
  if (f === undefined) {
    f = Object.freeze(warning(a.ruleId, a.message, a.citation, a.jurisdiction));
    advisoryFindings.set(a, f);
  }
  return f;
}

/** Where judge collects the findings of one attempt (evaluation never re-enters itself). */
const scratch: Finding[] = [];

/**
 * A copy of `scratch` (two findings or more). Short lists come from array literals rather
 * than `slice`, so V8's allocation-site pretenuring can place kept lists straight in the old
 * generation (a kept result's list otherwise survives a young-generation collection, which
 * copies it); one site each for kept and dropped results, as in {@link judge}.
 */
function copyFindings(keep: boolean): Finding[] {
  const s = scratch;
  const a = s[0] as Finding;
  const b = s[1] as Finding;
  if (s.length === 2) return keep ? [a, b] : [a, b];
  const c = s[2] as Finding;
  if (s.length === 3) return keep ? [a, b, c] : [a, b, c];
  const d = s[3] as Finding;
  if (s.length === 4) return keep ? [a, b, c, d] : [a, b, c, d];
  return s.slice();
}

/** The shared empty list of findings (frozen). */
const NONE: readonly Finding[] = Object.freeze([]);

function warningsFor(p: PreparedAccount, judged: Judged, t: number): readonly Finding[] {
  const { attempt } = judged;
  let warnings: Finding[] | null = null;
  if (p.warnOnLastAllowed) {
    for (const check of judged.limitChecks) {
      const last = check.lastAllowed(t);
      if (last !== null) (warnings ??= []).push(last);
    }
  }
  for (const a of p.advisories) if (a.channels.has(attempt.channel) && activeOn(a.effective, t)) (warnings ??= []).push(advisoryFinding(a));
  if (attempt.recipient === 'thirdParty' && attempt.purpose === 'locationInformation' && attempt.recipientId === undefined && attempt.locationFollowUp === undefined) {
    (warnings ??= []).push(warning('REGF-LOCATION-ONCE', 'Name the person with recipientId: a person may be asked for location information once, and without an id a second request cannot be caught.'));
  }
  if (attempt.paymentDeadlineDate !== undefined) {
    for (const id of attempt.debtIds) {
      if (p.validation.has(id)) continue;
      (warnings ??= []).push(
        warning('REGF-OVERSHADOW', `Debt ${id} has no validationNoticeSentOn or validationPeriodEndsOn, so whether the payment deadline ${attempt.paymentDeadlineDate} comes before the validation period ends cannot be checked.`),
      );
    }
  }
  if (p.validation.size > 0) {
    for (const id of attempt.debtIds) {
      const period = p.validation.get(id);
      if (period === undefined || period.printedEarlier === null) continue;
      (warnings ??= []).push(
        warning('REGF-VALIDATION', `The validation notice of debt ${id} prints ${period.printedEarlier} as the end of the validation period, before the ${period.endsOn} that 12 CFR 1006.34(b)(5) gives; ${period.endsOn} is used, and the notice should be corrected.`),
      );
    }
  }
  if (p.validation.size > 0 && (attempt.purpose ?? 'collection') === 'collection') {
    const day = (p.zones[0] as ZoneClock).day(t);
    for (const id of attempt.debtIds) {
      const period = p.validation.get(id);
      if (period !== undefined && day >= period.startDay && day <= period.endDay) {
        (warnings ??= []).push(warning('REGF-VALIDATION', `Debt ${id} is in its validation period until ${period.endsOn}: nothing in this contact may overshadow the consumer's right to dispute.`));
      }
    }
  }
  if (p.stateUnknown) {
    if (warnings === null) return STATE_ONLY;
    warnings.push(STATE_UNKNOWN);
  }
  return warnings ?? NONE;
}

/** The warning that no state rule was applied, and the list holding only it (shared, frozen). */
const STATE_UNKNOWN: Finding = Object.freeze(
  warning('STATE-UNKNOWN', "The consumer's state is not known (consumer.jurisdiction): no state rule was applied, and state rules can be stricter than federal law. Give it (such as 'US-MA'), or set policy.requireJurisdiction to make it required."),
);
const STATE_ONLY: readonly Finding[] = Object.freeze([STATE_UNKNOWN]);

/**
 * The checks of one attempt, with the attempt they were built for: every attempt sharing
 * them has the same channel, purpose and debts (what warnings read), only its time differs.
 */
interface Judged {
  readonly checks: readonly Check[];
  readonly limitChecks: readonly LimitCheck[];
  readonly attempt: ParsedAttempt;
}

function judgedOf(p: PreparedAccount, attempt: ParsedAttempt): Judged {
  const checks = buildChecks(p, attempt);
  const limitChecks: LimitCheck[] = [];
  for (const check of checks) if (check instanceof LimitCheck) limitChecks.push(check);
  return { checks, limitChecks, attempt };
}

const CHANNEL_SLOT: Readonly<Record<string, number>> = { call: 0, voicemail: 1, sms: 2, email: 3, letter: 4, inPerson: 5, socialMedia: 6 };
const KIND_SLOT: Readonly<Record<string, number>> = { home: 1, mobile: 2, work: 3, other: 4 };

/**
 * The checks of an attempt in the common shape (one debt, only a number kind, no declared
 * content or purpose) are the same for every such attempt with the same debt, channel and
 * kind: they are built once per prepared account and reused.
 */
function commonJudged(p: PreparedAccount, channel: ContactChannel, kind: AddressKind | undefined, debtId: string, t: number): Judged {
  const slot = (CHANNEL_SLOT[channel] as number) * 5 + (kind === undefined ? 0 : (KIND_SLOT[kind] as number));
  p.checkMemo ??= new Map();
  let slots = p.checkMemo.get(debtId) as Array<Judged | undefined> | undefined;
  if (slots === undefined) {
    slots = [];
    p.checkMemo.set(debtId, slots);
  }
  let judged = slots[slot];
  if (judged === undefined) {
    const attempt = { channel, at: t, debtIds: [debtId] } as ParsedAttempt;
    if (kind !== undefined) (attempt as { to?: { kind: AddressKind } }).to = { kind };
    judged = judgedOf(p, attempt);
    slots[slot] = judged;
  }
  return judged;
}

/** The checks of any attempt: shared for the common shape, built afresh otherwise. */
function judgedFor(p: PreparedAccount, attempt: ParsedAttempt): Judged {
  const { to } = attempt;
  if (
    attempt.debtIds.length !== 1 ||
    attempt.recipient !== undefined ||
    attempt.purpose !== undefined ||
    attempt.optOutNotice !== undefined ||
    attempt.limitedContent !== undefined ||
    attempt.private !== undefined ||
    attempt.threatensSuit !== undefined ||
    attempt.paymentDeadlineDate !== undefined ||
    attempt.place !== undefined ||
    attempt.inReplyTo !== undefined ||
    (to !== undefined && (to.value !== undefined || to.consumerUsedOrConsented !== undefined))
  ) {
    return judgedOf(p, attempt);
  }
  return commonJudged(p, attempt.channel, to?.kind, attempt.debtIds[0] as string, attempt.at);
}

/**
 * Judges one attempt at instant t: `index < 0` gives a {@link ContactCheckResult}, otherwise a
 * {@link BatchCheckResult} with that index and account id (one object either way).
 */
function judge(p: PreparedAccount, judged: Judged, t: number, atText: string | undefined, index: number, accountId: string, keep: boolean): ContactCheckResult | BatchCheckResult {
  const { checks } = judged;
  retaining = keep;
  // The first blocking check alone may hand back a shared list; otherwise the findings are
  // collected in `scratch` and copied into a list of their exact size.
  let first: Check | null = null;
  let many = false;
  for (const check of checks) {
    if (!check.blocked(t)) continue;
    if (first === null) {
      first = check;
      continue;
    }
    if (!many) {
      many = true;
      first.report(t, scratch);
    }
    check.report(t, scratch);
  }
  let violations: readonly Finding[] | null = null;
  if (first !== null) {
    if (!many) violations = first.alone?.(t) ?? null;
    if (violations === null) {
      if (!many) first.report(t, scratch);
      violations = copyFindings(keep);
      // Emptied again (pop is cheaper than setting the length), so it never holds a finding between calls.
      while (scratch.length > 0) scratch.pop();
    }
  }
  const warnings = warningsFor(p, judged, t);
  let ok = true;
  let findings: readonly Finding[];
  let earliestAllowedAt: string | null;
  if (violations === null) {
    findings = warnings;
    earliestAllowedAt = atText ?? iso(t);
  } else {
    ok = false;
    // Violations first, then warnings; a list is shared (frozen) or copied only when both exist.
    findings = warnings.length === 0 ? violations : violations.concat(warnings);
    const at = earliest(checks, t);
    earliestAllowedAt = at === null ? null : cachedIso(at);
  }
  if (index < 0) return { ok, findings, earliestAllowedAt };
  // Two literals on purpose: see `retaining`.
  return keep ? { index, accountId, ok, findings, earliestAllowedAt } : { index, accountId, ok, findings, earliestAllowedAt };
}

/** Evaluates one parsed attempt against a prepared account (internal). `atText` is the attempt's time when already in UTC `toISOString` form. */
export function evaluateAttempt(p: PreparedAccount, attempt: ParsedAttempt, atText?: string): ContactCheckResult {
  return judge(p, judgedFor(p, attempt), attempt.at, atText, -1, '', false);
}

/** {@link evaluateAttempt} for attempt `index` of a batch: the batch result, built once. */
export function evaluateBatchAttempt(p: PreparedAccount, attempt: ParsedAttempt, atText: string | undefined, index: number, accountId: string, keep: boolean): BatchCheckResult {
  return judge(p, judgedFor(p, attempt), attempt.at, atText, index, accountId, keep) as BatchCheckResult;
}

/**
 * {@link evaluateBatchAttempt} for an attempt in the simplest common shape
 * (`{ accountId, channel, at, debtIds: [debtId], to?: { kind } }`), given its parts, so no
 * attempt object is built.
 */
export function evaluateSimpleAttempt(p: PreparedAccount, channel: ContactChannel, kind: AddressKind | undefined, debtId: string, t: number, atText: string | undefined, index: number, accountId: string, keep: boolean): BatchCheckResult {
  return judge(p, commonJudged(p, channel, kind, debtId, t), t, atText, index, accountId, keep) as BatchCheckResult;
}

/** Formatted instants. */
const cachedIso = boundedMemo((ms) => iso(ms), 4096);

/** Only the earliest allowed instant of one parsed attempt (internal). */
export function earliestFor(p: PreparedAccount, attempt: ParsedAttempt): number | null {
  return earliest(buildChecks(p, attempt), attempt.at);
}
