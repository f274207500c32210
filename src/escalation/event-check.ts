import { AmountSchema, PositiveAmountSchema } from '../money/index.js';
import { CalendarDateSchema } from '../calendar/index.js';
import { dayOf, knownDay } from './days.js';
import type { EscalationEvent } from './types.js';

// A fast check for well-formed events. `EscalationEventSchema` (zod) costs tens of microseconds
// per event; most events are small flat objects with a date and maybe an amount. `checkEvent`
// returns the value the schema would return (a new object, keys in the schema's order) when it
// is sure the schema accepts the input, and `undefined` otherwise: the caller then runs the
// schema, so errors (codes, paths, messages) are exactly the schema's. It never accepts what
// the schema rejects; it may send well-formed but unusual input (nested plans and freezes, odd
// prototypes) to the schema. test/escalation/event-check.prop.test.ts proves both properties.

/** How one field is checked. */
type Kind =
  | 'date'
  | 'positive'
  | 'amount'
  | 'text' // a string of at most 500 characters
  | 'id' // a string of 1 to 200 characters
  | 'str200' // a string of at most 200 characters
  | 'str100' // a string of at most 100 characters
  | 'bool'
  | 'name' // a state name
  | 'chapter'
  | 'estate'
  | 'channel'
  | 'holdKind';

/** A field: its key, kind, and whether it may be missing. */
interface Field {
  readonly key: string;
  readonly kind: Kind;
  readonly optional: boolean;
}

const req = (key: string, kind: Kind): Field => ({ key, kind, optional: false });
const opt = (key: string, kind: Kind): Field => ({ key, kind, optional: true });

/** The fields every event has, in the schema's order. */
const BASE: readonly Field[] = [req('type', 'text'), req('date', 'date'), opt('recordedOn', 'date'), opt('actor', 'id'), opt('note', 'text')];

// The event-specific fields, in the schema's order (schemas.ts, EVENT_SCHEMAS). Types with a
// nested field (`planAgreed`, `holdPlaced` with `freezes`) are left to the schema.
const SPECIFIC: Readonly<Record<string, readonly Field[]>> = {
  installmentDue: [opt('dueDate', 'date'), req('amount', 'positive')],
  paymentReceived: [req('amount', 'positive'), opt('paymentId', 'id')],
  paymentReversed: [req('paymentId', 'id'), opt('reason', 'text')],
  balanceAdjusted: [req('amount', 'amount'), req('reason', 'text')],
  promiseMade: [req('amount', 'positive'), req('dueDate', 'date')],
  planInstallmentMissed: [req('dueDate', 'date')],
  planBroken: [],
  planCompleted: [],
  hardshipGranted: [opt('endDate', 'date'), opt('reason', 'text')],
  hardshipEnded: [],
  settlementAccepted: [req('amount', 'positive'), req('dueDate', 'date')],
  settlementPaid: [],
  disputeReceived: [opt('withinValidationPeriod', 'bool'), opt('reason', 'text')],
  verificationSent: [],
  ceaseRequested: [],
  ceaseWithdrawn: [],
  attorneyNotice: [opt('attorney', 'str200')],
  attorneyWithdrawn: [],
  bankruptcyFiled: [opt('chapter', 'chapter'), opt('caseNumber', 'str100')],
  bankruptcyDismissed: [],
  bankruptcyDischarged: [],
  deathNotified: [opt('estate', 'estate')],
  servicememberNotice: [req('serviceStart', 'date'), opt('serviceEnd', 'date'), opt('mortgage', 'bool')],
  fraudClaimed: [],
  fraudResolved: [req('confirmed', 'bool')],
  holdPlaced: [req('kind', 'holdKind'), opt('holdId', 'name'), req('reason', 'text'), opt('endDate', 'date')],
  holdLifted: [req('holdId', 'name')],
  communicationMade: [req('channel', 'channel'), opt('spokeWithConsumer', 'bool')],
  communicationUndeliverable: [],
  chargeOff: [],
  placedWithAgency: [opt('agency', 'str200')],
  recalled: [],
  legalReferral: [opt('withinLimitationPeriod', 'bool')],
  sold: [opt('buyer', 'str200')],
  writtenOff: [],
  custom: [req('name', 'name')],
};

/** Per event type: every field in order, and the set of keys. */
interface Shape {
  readonly fields: readonly Field[];
  readonly keys: ReadonlySet<string>;
}

const SHAPES = new Map<string, Shape>(
  Object.entries(SPECIFIC).map(([type, specific]) => {
    const fields = [...BASE, ...specific];
    return [type, { fields, keys: new Set(fields.map((f) => f.key)) }];
  }),
);

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const CHAPTERS: ReadonlySet<unknown> = new Set([7, 11, 12, 13]);
const ESTATES: ReadonlySet<unknown> = new Set(['open', 'none', 'unknown']);
const CHANNELS: ReadonlySet<unknown> = new Set(['inPerson', 'telephone', 'letter', 'electronic']);
const HOLD_KINDS: ReadonlySet<unknown> = new Set(['manual', 'disaster', 'exempt']);

// Amount strings the schemas accepted, so the same "100.00" is checked once. Bounded; the
// values are pure facts about strings.
const LIMIT = 10_000;
const positives = new Set<string>();
const amounts = new Set<string>();

function remember(set: Set<string>, value: string): true {
  if (set.size >= LIMIT) set.clear();
  set.add(value);
  return true;
}

function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (knownDay(value) !== undefined) return true; // only validated dates are ever memoised
  if (!CalendarDateSchema.safeParse(value).success) return false;
  dayOf(value);
  return true;
}

function valid(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'date':
      return isDate(value);
    case 'positive':
      return typeof value === 'string' && (positives.has(value) || (PositiveAmountSchema.safeParse(value).success && remember(positives, value)));
    case 'amount':
      return typeof value === 'string' && (amounts.has(value) || (AmountSchema.safeParse(value).success && remember(amounts, value)));
    case 'text':
      return typeof value === 'string' && value.length <= 500;
    case 'id':
      return typeof value === 'string' && value.length >= 1 && value.length <= 200;
    case 'str200':
      return typeof value === 'string' && value.length <= 200;
    case 'str100':
      return typeof value === 'string' && value.length <= 100;
    case 'bool':
      return typeof value === 'boolean';
    case 'name':
      return typeof value === 'string' && value.length >= 1 && value.length <= 64 && NAME.test(value);
    case 'chapter':
      return CHAPTERS.has(value);
    case 'estate':
      return ESTATES.has(value);
    case 'channel':
      return CHANNELS.has(value);
    case 'holdKind':
      return HOLD_KINDS.has(value);
  }
}

/**
 * The parsed event when `input` is certainly a well-formed event, else `undefined` (run the
 * schema). The result equals `EscalationEventSchema.parse(input)`, key order included.
 */
export function checkEvent(input: unknown): EscalationEvent | undefined {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  const source = input as Record<string, unknown>;
  const type = source.type;
  if (typeof type !== 'string') return undefined;
  const shape = SHAPES.get(type);
  if (shape === undefined) return undefined;
  for (const key in source) if (!shape.keys.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const field of shape.fields) {
    const key = field.key;
    if (!(key in source)) {
      if (field.optional) continue;
      return undefined;
    }
    const value = source[key];
    if (!(value === undefined && field.optional) && !valid(field.kind, value)) return undefined;
    out[key] = value;
  }
  return out as EscalationEvent;
}
