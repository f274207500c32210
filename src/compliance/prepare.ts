import { DomainRuleError, UnsupportedOptionError, ValidationError } from '../errors/index.js';
import { formatPath } from '../errors/arrears-error.js';
import { parseInput } from '../internal/parse.js';
import { toDayNumber } from '../calendar/index.js';
import { ComplianceErrorCodes } from './codes.js';
import { BUILT_IN_JURISDICTIONS } from './jurisdictions.js';
import { JurisdictionDefinitionSchema } from './schemas.js';
import type { ContactChannel, ContactOutcome, AddressKind, ParsedAccount, ParsedHistoryEntry, ParsedJurisdiction, ParsedLimit } from './types.js';
import { computeValidationPeriod } from './validation-period.js';
import { ZoneClock, zoneClock } from './zone-offsets.js';
import { BY_CONSUMER, CHANNEL_CODE, DEBT_SHIFT, DEBT_SLOTS, IN_RESPONSE, KIND_CODE, LIMITED, NO_VOICEMAIL, OUTCOME_CODE, RowList, TO_CONSUMER, codeOfEntry, maskOf } from './entry-codes.js';

/** The federal calling window, local [08:00, 21:00) in minutes (12 CFR 1006.6(b)(1)(i)). */
export const FEDERAL_WINDOW = { start: 8 * 60, end: 21 * 60 } as const;

const DEFAULT_OUTCOMES: readonly ContactOutcome[] = ['connected', 'noAnswer', 'voicemail', 'messageSent'];
const CONVERSATION_CHANNELS = maskOf(['call', 'voicemail'], CHANNEL_CODE);
const CONNECTED = OUTCOME_CODE.get('connected') as number;

/** Whether an entry, by its packed code, is a conversation with the consumer: a voice contact that connected. */
function isConversation(code: number): boolean {
  return (CONVERSATION_CHANNELS & (1 << (code & 7))) !== 0 && ((code >>> 3) & 7) === CONNECTED && (code & TO_CONSUMER) !== 0;
}

/** A frequency limit compiled against one account's history (internal). */
export interface CompiledLimit {
  /** The parsed limit it was compiled from (shared by every account it applies to). */
  readonly source: ParsedLimit;
  readonly ruleId: string;
  readonly citation: string;
  readonly jurisdiction: string;
  readonly max: number;
  readonly periodDays: number;
  readonly scope: 'debt' | 'consumer';
  readonly channels: ReadonlySet<ContactChannel>;
  readonly kinds: ReadonlySet<AddressKind> | null;
  readonly excludeLimitedContent: boolean;
  /** Regulation F's count: student loans grouped, prior-consent calls excluded. */
  readonly federal: boolean;
  /** The version's effective local days in its jurisdiction's zone, or null when always in force. */
  readonly effective: EffectiveRange | null;
  /** Per count key, per zone (same order as the account's zones): the sorted local days counted. */
  readonly byKey: ReadonlyMap<string, ReadonlyArray<readonly number[]>>;
}

/** Local days [from, until] in a zone during which a jurisdiction version is in force. */
export interface EffectiveRange {
  readonly clock: ZoneClock;
  readonly fromDay: number;
  readonly untilDay: number;
}

/** A conversation about a debt group, with its local day in each zone. */
export interface Conversation {
  readonly at: number;
  readonly days: readonly number[];
}

/** A resolved jurisdiction window (internal), in minutes of the day. */
export interface CompiledWindow {
  readonly ruleId: string;
  readonly citation: string;
  readonly jurisdiction: string;
  readonly start: number;
  readonly end: number;
  readonly kinds: ReadonlySet<AddressKind> | null;
  readonly effective: EffectiveRange | null;
}

/** A resolved advisory (internal). */
export interface CompiledAdvisory {
  readonly ruleId: string;
  readonly citation: string;
  readonly jurisdiction: string;
  readonly message: string;
  readonly channels: ReadonlySet<ContactChannel>;
  readonly effective: EffectiveRange | null;
}

/** A debt's validation period as local day numbers (internal). */
export interface DebtValidation {
  readonly startDay: number;
  readonly endDay: number;
  /** The end date that governs: the later of the printed and the computed one. */
  readonly endsOn: string;
  /** The printed end date, when it is earlier than the computed one (it does not govern). */
  readonly printedEarlier: string | null;
}

/** One account, validated and compiled once; attempts are evaluated against it (internal). */
export interface PreparedAccount {
  readonly account: ParsedAccount;
  readonly zones: readonly ZoneClock[];
  readonly groupOf: (debtId: string) => string;
  readonly debtIds: ReadonlySet<string>;
  readonly validation: ReadonlyMap<string, DebtValidation>;
  /** The policy window in minutes, when the policy sets one. */
  readonly policyWindow: { readonly start: number; readonly end: number } | null;
  /** Stated inconvenient intervals per ISO weekday (index 1-7), in ms of the local day, sorted. */
  readonly stated: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly quietWeekdays: ReadonlySet<number>;
  /** Some stated inconvenient time exists (fast path when not). */
  readonly hasStatedTimes: boolean;
  /** Some whole-day block exists (quiet weekdays, blocked dates, holidays). */
  readonly hasDayBlocks: boolean;
  readonly blockedDays: ReadonlySet<number>;
  readonly avoidHolidays: boolean;
  readonly limits: readonly CompiledLimit[];
  /** Per federal debt group: conversations sorted by instant. */
  readonly conversations: ReadonlyMap<string, readonly Conversation[]>;
  readonly windows: readonly CompiledWindow[];
  readonly advisories: readonly CompiledAdvisory[];
  /** Massachusetts rules apply (MA-WORK). */
  readonly massachusetts: boolean;
  readonly warnOnLastAllowed: boolean;
  /**
   * Per third party (`recipientId`): the instant of the first past contact that reached that
   * person (15 U.S.C. 1692b(3); 12 CFR 1006.10(c)).
   */
  readonly thirdPartyReached: ReadonlyMap<string, number>;
  /** No `consumer.jurisdiction`: no state rule was applied (a `STATE-UNKNOWN` warning on every result). */
  readonly stateUnknown: boolean;
  /** History entries that carry an `id`, by id (only parsed entries can: the fast path leaves ids to the schema). */
  readonly entriesById: ReadonlyMap<string, ParsedHistoryEntry>;
  /** The ids of entries a past contact already answered (`inReplyTo`). */
  readonly answered: ReadonlySet<string>;
  /** The checks of attempts in the common shape, per debt id and channel/kind slot (filled by evaluation; a memo). */
  checkMemo?: Map<string, unknown[]>;
}

/** Built-in jurisdictions, parsed once (internal memo). */
let builtIns: ParsedJurisdiction[] | undefined;

function builtInJurisdictions(): ParsedJurisdiction[] {
  builtIns ??= BUILT_IN_JURISDICTIONS.map((j) => parseInput(JurisdictionDefinitionSchema, j));
  return builtIns;
}

/** The registry of the built-ins alone (a memo: most calls define no jurisdictions). */
let builtInRegistry: ReadonlyMap<string, ParsedJurisdiction> | undefined;

/** The jurisdiction registry of one call: built-ins plus the caller's definitions (internal; never written). */
export function jurisdictionRegistry(custom: readonly ParsedJurisdiction[] | undefined): ReadonlyMap<string, ParsedJurisdiction> {
  if ((custom === undefined || custom.length === 0) && builtInRegistry !== undefined) return builtInRegistry;
  const registry = new Map<string, ParsedJurisdiction>();
  for (const j of builtInJurisdictions()) registry.set(j.id, j);
  (custom ?? []).forEach((j, index) => {
    if (registry.has(j.id)) {
      throw new DomainRuleError(
        ComplianceErrorCodes.COMPLIANCE_DUPLICATE_JURISDICTION,
        `The jurisdiction id "${j.id}" is already defined${builtIns?.some((b) => b.id === j.id) ? ' by arrears' : ''}: choose another id (a custom jurisdiction can add rules, not replace the law's).`,
        { path: ['jurisdictions', index, 'id'] },
      );
    }
    registry.set(j.id, j);
  });
  if (custom === undefined || custom.length === 0) builtInRegistry = registry;
  return registry;
}

function effectiveRange(j: ParsedJurisdiction, from: string | undefined, until: string | undefined): EffectiveRange | null {
  if (from === undefined && until === undefined) return null;
  return {
    clock: zoneClock(j.timeZone),
    fromDay: from === undefined ? Number.NEGATIVE_INFINITY : toDayNumber(from),
    untilDay: until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(until),
  };
}

/** The account-independent part of a limit: its channel, kind and outcome sets (memo per parsed limit). */
interface LimitShape {
  readonly channels: ReadonlySet<ContactChannel>;
  readonly kinds: ReadonlySet<AddressKind> | null;
  readonly excludeLimitedContent: boolean;
  readonly excludeNoVoicemail: boolean;
  /** The same sets as bit masks over entry codes (see entry-codes.ts); `kindMask` 0 when any kind. */
  readonly channelMask: number;
  readonly outcomeMask: number;
  readonly kindMask: number;
}

const shapes = new WeakMap<ParsedLimit, LimitShape>();

/**
 * A channel list in which `call` also covers voicemails: leaving a voicemail (a limited-content
 * message included) is placing a call (12 CFR 1006.2(b), comment 14(b)-1), so a limit or an
 * advisory written for calls applies to voicemails too, as an opt-out of calls does.
 */
export function withVoicemail(channels: readonly ContactChannel[]): readonly ContactChannel[] {
  return channels.includes('call') && !channels.includes('voicemail') ? [...channels, 'voicemail'] : channels;
}

function shapeOf(limit: ParsedLimit): LimitShape {
  let shape = shapes.get(limit);
  if (shape === undefined) {
    const channels = withVoicemail(limit.channels);
    shape = {
      channels: new Set(channels),
      kinds: limit.addressKinds === undefined ? null : new Set(limit.addressKinds),
      excludeLimitedContent: limit.excludeLimitedContent === true,
      excludeNoVoicemail: limit.excludeNoVoicemail === true,
      channelMask: maskOf(channels, CHANNEL_CODE),
      outcomeMask: maskOf(limit.outcomes ?? DEFAULT_OUTCOMES, OUTCOME_CODE),
      kindMask: limit.addressKinds === undefined ? 0 : maskOf(limit.addressKinds, KIND_CODE),
    };
    shapes.set(limit, shape);
  }
  return shape;
}

/** Whether a history entry, by its packed code, counts under a limit of this shape. */
function counts(limit: LimitShape, consumerInitiated: boolean, federal: boolean, code: number): boolean {
  if ((limit.channelMask & (1 << (code & 7))) === 0 || (limit.outcomeMask & (1 << ((code >>> 3) & 7))) === 0) return false;
  if ((code & TO_CONSUMER) === 0) return false;
  if (!consumerInitiated && (code & BY_CONSUMER) !== 0) return false;
  // State counts leave out answers to the consumer; a federal "call placed" is a call placed.
  if (!consumerInitiated && !federal && (code & IN_RESPONSE) !== 0) return false;
  if (limit.excludeLimitedContent && (code & LIMITED) !== 0) return false;
  if (limit.excludeNoVoicemail && (code & NO_VOICEMAIL) !== 0) return false;
  // An entry without a number kind counts under every kind-specific limit (the strict reading).
  const kind = (code >>> 6) & 7;
  if (limit.kindMask !== 0 && kind !== 0 && (limit.kindMask & (1 << kind)) === 0) return false;
  return true;
}

const NO_CONSENTS: readonly never[] = [];

/** Whether a call at `at` about debt group `key` falls in a direct prior consent (12 CFR 1006.14(b)(3)(i)). */
export function consentCovers(
  prepared: { readonly account: ParsedAccount; readonly zones: readonly ZoneClock[]; readonly groupOf: (id: string) => string; readonly conversations: ReadonlyMap<string, readonly Conversation[]> },
  key: string,
  at: number,
): boolean {
  const consents = prepared.account.consumer.callConsents ?? NO_CONSENTS;
  for (const consent of consents) {
    if (consent.givenAt > at) continue;
    if (consent.expiresAt !== undefined && at >= consent.expiresAt) continue;
    if (consent.debtIds !== undefined && !consent.debtIds.some((id) => prepared.groupOf(id) === key)) continue;
    // Comment 14(b)(3)(i)-2: consent expires when the collector has a telephone conversation
    // with the person about the debt (one after the consent was given, before this call).
    if (prepared.conversations.get(key)?.some((c) => c.at > consent.givenAt && c.at < at) === true) continue;
    // The day of consent is the first of the seven; with several zones every zone must agree.
    if (prepared.zones.every((z) => z.day(at) <= z.day(consent.givenAt) + 6)) return true;
  }
  return false;
}

const CONSUMER_KEYS: readonly string[] = ['*'];

/** The distinct count keys of a history entry's (or attempt's) debts under a limit. */
export function countKeys(scope: 'debt' | 'consumer', federal: boolean, groupOf: (id: string) => string, debtIds: readonly string[]): readonly string[] {
  if (scope === 'consumer') return CONSUMER_KEYS;
  if (debtIds.length === 1) return [federal ? groupOf(debtIds[0] as string) : (debtIds[0] as string)];
  return [...new Set(debtIds.map((id) => (federal ? groupOf(id) : id)))];
}

/** Sorts numbers ascending in place; insertion sort for the short lists of a history (no allocation). */
function sortNumbers(list: number[]): void {
  if (list.length > 32) {
    list.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const value = list[i] as number;
    let j = i - 1;
    while (j >= 0 && (list[j] as number) > value) {
      list[j + 1] = list[j] as number;
      j--;
    }
    list[j + 1] = value;
  }
}

/** Sorts conversations by instant in place, stably (as `Array.prototype.sort`), without allocating. */
function sortConversations(list: Conversation[]): void {
  if (list.length > 32) {
    list.sort((a, b) => a.at - b.at);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const value = list[i] as Conversation;
    let j = i - 1;
    while (j >= 0 && (list[j] as Conversation).at > value.at) {
      list[j + 1] = list[j] as Conversation;
      j--;
    }
    list[j + 1] = value;
  }
}

/** A history entry as compiling reads it: its debts (the rest is in its packed code). */
export type HistoryRow = Pick<ParsedHistoryEntry, 'debtIds'>;

/**
 * An account's history as compiling reads it: the entries (parsed ones, or raw ones the batch
 * fast path validated), and row `offset + i` of `rows` for entry i: its instant and packed
 * code (see entry-codes.ts).
 */
export interface HistoryRows {
  readonly entries: readonly HistoryRow[];
  readonly rows: { at(index: number): number; code(index: number): number };
  readonly offset: number;
}

/** The rows of a parsed account's history. */
function rowsOf(account: ParsedAccount): HistoryRows {
  const { history } = account;
  const rows = new RowList(history.length);
  // A past reply (`inReplyTo` naming a consumer-initiated entry) answered the consumer, as
  // `inResponseToConsumer` says: the counts that leave such answers out leave it out. One that
  // names no such entry counts (only parsed entries carry ids: the fast path leaves them to the schema).
  let theirs: Set<string> | undefined;
  for (const e of history) if (e.id !== undefined && e.initiatedBy === 'consumer' && (e.recipient ?? 'consumer') === 'consumer') (theirs ??= new Set()).add(e.id);
  for (const e of history) {
    const answers = theirs !== undefined && e.inReplyTo !== undefined && theirs.has(e.inReplyTo);
    rows.push(e.at, codeOfEntry(e, account.debts) | (answers ? IN_RESPONSE : 0));
  }
  return { entries: history, rows, offset: 0 };
}

/**
 * The local day of every history entry in every zone, computed once per account and shared by
 * its limits and conversations: `days[z][i]` is entry i's day in zone z.
 */
function historyDays(zones: readonly ZoneClock[], history: HistoryRows): Int32Array[] {
  const count = history.entries.length;
  const days: Int32Array[] = [];
  for (const zone of zones) {
    const list = new Int32Array(count);
    for (let i = 0; i < count; i++) list[i] = zone.day(history.rows.at(history.offset + i));
    days.push(list);
  }
  return days;
}

/** What compiling an account's limits shares: its zones, debt groups and the keys of its first debts. */
interface CompileBase {
  readonly account: ParsedAccount;
  readonly zones: readonly ZoneClock[];
  readonly groupOf: (id: string) => string;
  /** Conversations per federal debt group (they end prior consents). */
  readonly conversations: ReadonlyMap<string, readonly Conversation[]>;
  /** Per debt slot of an entry code (slot - 1): the debt's id, and its Regulation F group. */
  readonly slotIds: readonly string[];
  readonly slotGroups: readonly string[];
}

function compileLimit(
  base: CompileBase,
  history: HistoryRows,
  days: readonly Int32Array[],
  limit: ParsedLimit,
  jurisdiction: string,
  citation: string,
  federal: boolean,
  effective: EffectiveRange | null,
): CompiledLimit {
  const shape = shapeOf(limit);
  const consumerInitiated = limit.countConsumerInitiated === true;
  const zoneCount = base.zones.length;
  const byKey = new Map<string, number[][]>();
  const { entries, rows, offset } = history;
  const consents = federal && (base.account.consumer.callConsents?.length ?? 0) > 0;
  const add = (key: string, i: number): void => {
    if (consents && consentCovers(base, key, rows.at(offset + i))) return;
    let lists = byKey.get(key);
    if (lists === undefined) {
      lists = [];
      for (let z = 0; z < zoneCount; z++) lists.push([]);
      byKey.set(key, lists);
    }
    for (let z = 0; z < zoneCount; z++) (lists[z] as number[]).push((days[z] as Int32Array)[i] as number);
  };
  const slotKeys = federal ? base.slotGroups : base.slotIds;
  for (let i = 0; i < entries.length; i++) {
    const code = rows.code(offset + i);
    if (!counts(shape, consumerInitiated, federal, code)) continue;
    if (limit.scope === 'consumer') {
      add('*', i);
      continue;
    }
    // One of the account's first debts (the usual case): its key without reading the entry.
    const slot = code >>> DEBT_SHIFT;
    if (slot !== 0) {
      add(slotKeys[slot - 1] as string, i);
      continue;
    }
    const e = entries[i] as HistoryRow;
    if (e.debtIds.length === 1) add(federal ? base.groupOf(e.debtIds[0] as string) : (e.debtIds[0] as string), i);
    else for (const key of countKeys(limit.scope, federal, base.groupOf, e.debtIds)) add(key, i);
  }
  for (const lists of byKey.values()) for (const list of lists) if (list.length > 1) sortNumbers(list);
  return {
    source: limit,
    ruleId: limit.id,
    citation,
    jurisdiction,
    max: limit.max,
    periodDays: limit.periodDays,
    scope: limit.scope,
    channels: shape.channels,
    kinds: shape.kinds,
    excludeLimitedContent: shape.excludeLimitedContent,
    federal,
    effective,
    byKey,
  };
}

/** Regulation F's telephone-call count as a limit (12 CFR 1006.14(b)(2)(i)(A), (b)(3)). */
const REGF_7IN7: ParsedLimit = {
  id: 'REGF-7IN7',
  max: 7,
  periodDays: 7,
  scope: 'debt',
  channels: ['call', 'voicemail'],
  // Calls that do not connect to the dialed number are excluded (1006.14(b)(3)(ii)).
  outcomes: ['connected', 'noAnswer', 'voicemail', 'messageSent'],
};

/** The account-independent part of a jurisdiction version (memo per parsed version). */
interface CompiledVersion {
  readonly effective: EffectiveRange | null;
  readonly windows: readonly CompiledWindow[];
  readonly advisories: readonly CompiledAdvisory[];
}

type ParsedVersion = ParsedJurisdiction['versions'][number];
const versions = new WeakMap<ParsedVersion, CompiledVersion>();

function compileVersion(j: ParsedJurisdiction, version: ParsedVersion): CompiledVersion {
  let compiled = versions.get(version);
  if (compiled === undefined) {
    const effective = effectiveRange(j, version.startDate, version.endDate);
    const windows: CompiledWindow[] = [];
    for (const w of version.windows ?? []) {
      // Only windows stricter than the federal one can change an outcome.
      if (w.start <= FEDERAL_WINDOW.start && w.end >= FEDERAL_WINDOW.end) continue;
      windows.push({ ruleId: w.id, citation: w.citation, jurisdiction: j.id, start: w.start, end: w.end, kinds: w.addressKinds === undefined ? null : new Set(w.addressKinds), effective });
    }
    const advisories = (version.advisories ?? []).map((a) => ({ ruleId: a.id, citation: a.citation, jurisdiction: j.id, message: a.message, channels: new Set(withVoicemail(a.channels)), effective }));
    compiled = { effective, windows, advisories };
    versions.set(version, compiled);
  }
  return compiled;
}

/** Interned `debt:<id>` keys (a bounded memo: the same few debt ids recur across accounts). */
const debtKeys = new Map<string, string>();

/** The Regulation F group of a debt that is not a student loan: `debt:<id>`. */
function plainGroup(id: string): string {
  let key = debtKeys.get(id);
  if (key === undefined) {
    key = `debt:${id}`;
    if (debtKeys.size >= 10_000) debtKeys.clear();
    debtKeys.set(id, key);
  }
  return key;
}

const ALL_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
const NO_STATED: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = Object.freeze([[], [], [], [], [], [], [], []].map((l) => Object.freeze(l)));
const NO_NUMBERS: ReadonlySet<number> = new Set<number>();
const NO_VALIDATION: ReadonlyMap<string, DebtValidation> = new Map();
const NO_CONVERSATIONS: ReadonlyMap<string, readonly Conversation[]> = new Map();
const NO_REACHED: ReadonlyMap<string, number> = new Map();
const NO_ENTRIES: ReadonlyMap<string, ParsedHistoryEntry> = new Map();
const NO_IDS: ReadonlySet<string> = new Set();
/**
 * Outcomes in which a past contact reached a third party: a conversation, a voicemail or a
 * message delivered. Unanswered, unconnected and bounced attempts communicated nothing.
 */
const REACHED: ReadonlySet<ContactOutcome> = new Set(['connected', 'voicemail', 'messageSent']);
const NO_ADVISORIES: readonly CompiledAdvisory[] = [];
const NO_WINDOWS: readonly CompiledWindow[] = [];
/** The shared empty history of compiled accounts (never written). */
export const NO_HISTORY = Object.freeze([]) as unknown as ParsedHistoryEntry[];

/**
 * The rules an account must meet before any attempt is judged (a policy no looser than the
 * law, known jurisdictions); returns the jurisdictions that apply, in order.
 */
export function checkAccountRules(account: Pick<ParsedAccount, 'consumer' | 'policy'>, registry: ReadonlyMap<string, ParsedJurisdiction>, path: readonly (string | number)[]): ParsedJurisdiction[] {
  const { consumer, policy } = account;
  if (policy?.requireJurisdiction === true && consumer.jurisdiction === undefined) {
    throw new ValidationError([
      {
        code: 'INPUT_MISSING',
        path: [...path, 'consumer', 'jurisdiction'],
        message: `"${formatPath([...path, 'consumer', 'jurisdiction'])}": the policy requires the consumer's state as an ISO 3166-2 code such as "US-MA" (requireJurisdiction), so that its rules are applied.`,
      },
    ]);
  }
  if (policy?.callingWindow !== undefined && (policy.callingWindow.start < FEDERAL_WINDOW.start || policy.callingWindow.end > FEDERAL_WINDOW.end)) {
    throw new DomainRuleError(
      ComplianceErrorCodes.COMPLIANCE_POLICY_LOOSER_THAN_LAW,
      'The policy calling window reaches outside 08:00-21:00 local time, which the law forbids (12 CFR 1006.6(b)(1)(i)); a policy may only be stricter.',
      { path: [...path, 'policy', 'callingWindow'] },
    );
  }

  // Jurisdictions: the state's built-in rules, then any named ids.
  const applied: ParsedJurisdiction[] = [];
  const home = consumer.jurisdiction;
  if (home !== undefined) for (const j of registry.values()) if (j.states?.includes(home)) applied.push(j);
  (consumer.jurisdictions ?? []).forEach((id, index) => {
    const j = registry.get(id);
    if (j === undefined) {
      throw new UnsupportedOptionError(
        `The jurisdiction "${id}" is not built in (${[...registry.keys()].join(', ')}); define it in "jurisdictions" to use it.`,
        { path: [...path, 'consumer', 'jurisdictions', index], details: { known: [...registry.keys()] } },
        ComplianceErrorCodes.COMPLIANCE_UNKNOWN_JURISDICTION,
      );
    }
    if (!applied.includes(j)) applied.push(j);
  });

  return applied;
}

/**
 * Compiles a parsed account: resolves jurisdictions, checks the policy is not looser than
 * the law, and precomputes the local days of every counted contact in every zone. The
 * prepared account keeps the account without its history (only the compiled days).
 */
export function prepareAccount(account: ParsedAccount, registry: ReadonlyMap<string, ParsedJurisdiction>, path: readonly (string | number)[] = [], history: HistoryRows = rowsOf(account)): PreparedAccount {
  const { consumer, policy } = account;
  const zones: ZoneClock[] = [];
  for (const name of consumer.timeZones) {
    const clock = zoneClock(name);
    if (!zones.includes(clock)) zones.push(clock);
  }
  let student: Map<string, string> | undefined;
  for (const d of account.debts) {
    if (d.studentLoanAccount === undefined) continue;
    student ??= new Map();
    student.set(d.id, `student:${d.studentLoanAccount}`);
  }
  const groups = student;
  const groupOf = groups === undefined ? plainGroup : (id: string): string => groups.get(id) ?? plainGroup(id);
  const slotIds: string[] = [];
  const slotGroups: string[] = [];
  for (let k = 0; k < account.debts.length && k < DEBT_SLOTS; k++) {
    const id = (account.debts[k] as { id: string }).id;
    slotIds.push(id);
    slotGroups.push(groupOf(id));
  }
  const applied = checkAccountRules(account, registry, path);
  const days = historyDays(zones, history);

  // Conversations per federal debt group (12 CFR 1006.14(b)(2)(i)(B)): either party may have called.
  let conversations: Map<string, Conversation[]> | undefined;
  for (let i = 0; i < history.entries.length; i++) {
    const code = history.rows.code(history.offset + i);
    if (!isConversation(code)) continue;
    const entryDays: number[] = [];
    for (const list of days) entryDays.push(list[i] as number);
    const entry: Conversation = { at: history.rows.at(history.offset + i), days: entryDays };
    conversations ??= new Map();
    const slot = code >>> DEBT_SHIFT;
    const keys = slot !== 0 ? [slotGroups[slot - 1] as string] : countKeys('debt', true, groupOf, (history.entries[i] as HistoryRow).debtIds);
    for (const key of keys) {
      let list = conversations.get(key);
      if (list === undefined) {
        list = [];
        conversations.set(key, list);
      }
      list.push(entry);
    }
  }
  if (conversations !== undefined) for (const list of conversations.values()) if (list.length > 1) sortConversations(list);
  const base: CompileBase = { account, zones, groupOf, slotIds, slotGroups, conversations: conversations ?? NO_CONVERSATIONS };

  const limits: CompiledLimit[] = [compileLimit(base, history, days, REGF_7IN7, 'US', '12 CFR 1006.14(b)(2)(i)(A)', true, null)];
  let windows = NO_WINDOWS;
  let advisories = NO_ADVISORIES;
  for (const j of applied) {
    for (const version of j.versions) {
      const compiled = compileVersion(j, version);
      for (const limit of version.limits) limits.push(compileLimit(base, history, days, limit, j.id, limit.citation, false, compiled.effective));
      if (compiled.windows.length > 0) windows = [...windows, ...compiled.windows];
      if (compiled.advisories.length > 0) advisories = [...advisories, ...compiled.advisories];
    }
  }
  for (const limit of policy?.limits ?? []) limits.push(compileLimit(base, history, days, limit, 'POLICY', limit.citation ?? 'Company policy', false, null));


  let stated = NO_STATED;
  if (consumer.inconvenientTimes !== undefined && consumer.inconvenientTimes.length > 0) {
    const lists: Array<Array<readonly [number, number]>> = [[], [], [], [], [], [], [], []];
    for (const t of consumer.inconvenientTimes) {
      for (const wd of t.weekdays ?? ALL_WEEKDAYS) (lists[wd] as Array<readonly [number, number]>).push([t.start * 60_000, t.end * 60_000]);
    }
    for (const list of lists) list.sort((a, b) => a[0] - b[0]);
    stated = lists;
  }

  let validation: Map<string, DebtValidation> | undefined;
  for (const d of account.debts) {
    if (d.validationNoticeSentOn === undefined && d.validationPeriodEndsOn === undefined) continue;
    const computed = d.validationNoticeSentOn === undefined ? undefined : computeValidationPeriod(d.validationNoticeSentOn, 'mail', policy?.validationHolidayDates ?? 'statutory').endsOn;
    const printed = d.validationPeriodEndsOn;
    // The later of the printed and the computed end date governs: a notice that prints too
    // early a date cannot shorten the period 12 CFR 1006.34(b)(5) gives the consumer.
    const endsOn = printed === undefined ? (computed as string) : computed === undefined || printed >= computed ? printed : computed;
    validation ??= new Map();
    validation.set(d.id, {
      startDay: d.validationNoticeSentOn === undefined ? Number.NEGATIVE_INFINITY : toDayNumber(d.validationNoticeSentOn),
      endDay: toDayNumber(endsOn),
      endsOn,
      printedEarlier: printed !== undefined && printed !== endsOn ? printed : null,
    });
  }

  // Third parties reached before (only parsed entries carry a recipientId: the batch's fast
  // path leaves entries with one to the schema).
  let thirdPartyReached: Map<string, number> | undefined;
  for (const e of account.history) {
    if (e.recipientId === undefined || e.recipient !== 'thirdParty' || !REACHED.has(e.outcome)) continue;
    thirdPartyReached ??= new Map();
    const before = thirdPartyReached.get(e.recipientId);
    if (before === undefined || e.at < before) thirdPartyReached.set(e.recipientId, e.at);
  }

  // Entries a reply may name, and the ones already answered (only parsed entries carry ids).
  let entriesById: Map<string, ParsedHistoryEntry> | undefined;
  let answered: Set<string> | undefined;
  for (const e of account.history) {
    if (e.id !== undefined) (entriesById ??= new Map()).set(e.id, e);
    if (e.inReplyTo !== undefined) (answered ??= new Set()).add(e.inReplyTo);
  }

  const debtIds = new Set<string>();
  for (const d of account.debts) debtIds.add(d.id);
  return {
    account: account.history.length === 0 ? account : { ...account, history: NO_HISTORY },
    zones,
    groupOf,
    debtIds,
    validation: validation ?? NO_VALIDATION,
    policyWindow: policy?.callingWindow ?? null,
    stated,
    quietWeekdays: policy?.quietWeekdays === undefined || policy.quietWeekdays.length === 0 ? NO_NUMBERS : new Set(policy.quietWeekdays),
    hasStatedTimes: stated !== NO_STATED,
    hasDayBlocks: (policy?.quietWeekdays?.length ?? 0) > 0 || (policy?.blockedDates?.length ?? 0) > 0 || policy?.avoidFederalHolidays === true,
    blockedDays: policy?.blockedDates === undefined || policy.blockedDates.length === 0 ? NO_NUMBERS : new Set(policy.blockedDates.map(toDayNumber)),
    avoidHolidays: policy?.avoidFederalHolidays === true,
    limits,
    conversations: conversations ?? NO_CONVERSATIONS,
    thirdPartyReached: thirdPartyReached ?? NO_REACHED,
    windows,
    advisories,
    massachusetts: applied.some((j) => j.id === 'US-MA'),
    warnOnLastAllowed: policy?.warnOnLastAllowed !== false,
    stateUnknown: consumer.jurisdiction === undefined,
    entriesById: entriesById ?? NO_ENTRIES,
    answered: answered ?? NO_IDS,
  };
}

/** The error for history entry `index` dated `at`, after `checkedAt` (internal). */
export function historyAfterCheckedAt(index: number, at: number, checkedAt: number, path: readonly (string | number)[]): DomainRuleError {
  return new DomainRuleError(
    ComplianceErrorCodes.COMPLIANCE_HISTORY_AFTER_CHECKED_AT,
    `History entry ${index} is dated ${new Date(at).toISOString()}, after checkedAt (${new Date(checkedAt).toISOString()}): history can only hold what already happened.`,
    { path: [...path, 'history', index, 'at'] },
  );
}

/** Checks that history lies at or before `checkedAt` and that entry ids are unique (internal). */
export function checkHistoryBefore(account: ParsedAccount, checkedAt: number, path: readonly (string | number)[]): void {
  let seen: Set<string> | undefined;
  account.history.forEach((e, index) => {
    if (e.at > checkedAt) throw historyAfterCheckedAt(index, e.at, checkedAt, path);
    if (e.id === undefined) return;
    seen ??= new Set();
    if (seen.has(e.id)) {
      const at = [...path, 'history', index, 'id'];
      throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: at, message: `"${formatPath(at)}": the history entry id "${e.id}" appears twice; a reply must name one entry.` }]);
    }
    seen.add(e.id);
  });
}
