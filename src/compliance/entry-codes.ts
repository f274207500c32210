import { AddressKindSchema, ContactChannelSchema, ContactOutcomeSchema } from './schemas.js';
import type { ParsedHistoryEntry } from './types.js';

/*
 * A history entry's fields that decide whether it counts under a frequency limit, packed in
 * one small integer when the entry is validated, so compiling an account reads one typed
 * array instead of each entry's object (internal):
 *
 *   bits 0-2  channel, index in ContactChannelSchema.options
 *   bits 3-5  outcome, index in ContactOutcomeSchema.options
 *   bits 6-8  toKind, 1 + index in AddressKindSchema.options; 0 when not given
 *   bit  9    addressed to the consumer (recipient absent or 'consumer')
 *   bit  10   initiated by the consumer
 *   bit  11   inResponseToConsumer: true
 *   bit  12   limitedContent: true
 *   bit  13   noVoicemail: true (only parsed entries carry it: the fast path leaves it to the schema)
 *   bits 16-21 the entry's one debt as 1 + its index in the account's debts, when it names
 *             exactly one debt among the account's first DEBT_SLOTS; 0 otherwise
 */

const CHANNELS = ContactChannelSchema.options;
const OUTCOMES = ContactOutcomeSchema.options;
const KINDS = AddressKindSchema.options;

export const TO_CONSUMER = 1 << 9;
export const BY_CONSUMER = 1 << 10;
export const IN_RESPONSE = 1 << 11;
export const LIMITED = 1 << 12;
export const NO_VOICEMAIL = 1 << 13;
/** How many of an account's debts can be named by a code (the rest are looked up by id). */
export const DEBT_SLOTS = 32;
/** The shift of the debt slot in a code. */
export const DEBT_SHIFT = 16;

/**
 * The debt-slot bits of an entry naming `debtIds`: 1 + the index of its one debt among the
 * account's first {@link DEBT_SLOTS} debts, shifted into place; 0 when it names several debts
 * or one not among them.
 */
export function debtSlotBits(debts: readonly { readonly id: string }[], debtIds: readonly unknown[]): number {
  if (debtIds.length !== 1) return 0;
  const id = debtIds[0];
  const n = debts.length < DEBT_SLOTS ? debts.length : DEBT_SLOTS;
  for (let k = 0; k < n; k++) if ((debts[k] as { id: string }).id === id) return (k + 1) << DEBT_SHIFT;
  return 0;
}

function indexMap(values: readonly string[], from: number): ReadonlyMap<unknown, number> {
  return new Map(values.map((v, i) => [v, i + from]));
}

/** Channel name to its code bits; `get` gives undefined for anything that is not a channel. */
export const CHANNEL_CODE = indexMap(CHANNELS, 0);
/** Outcome name to its code (before the shift). */
export const OUTCOME_CODE = indexMap(OUTCOMES, 0);
/** Address kind to its code (before the shift), from 1. */
export const KIND_CODE = indexMap(KINDS, 1);

/** The packed code of a parsed history entry of an account with these debts. */
export function codeOfEntry(e: ParsedHistoryEntry, debts: readonly { readonly id: string }[]): number {
  return (
    debtSlotBits(debts, e.debtIds) |
    (CHANNEL_CODE.get(e.channel) as number) |
    ((OUTCOME_CODE.get(e.outcome) as number) << 3) |
    ((e.toKind === undefined ? 0 : (KIND_CODE.get(e.toKind) as number)) << 6) |
    ((e.recipient ?? 'consumer') === 'consumer' ? TO_CONSUMER : 0) |
    (e.initiatedBy === 'consumer' ? BY_CONSUMER : 0) |
    (e.inResponseToConsumer === true ? IN_RESPONSE : 0) |
    (e.limitedContent === true ? LIMITED : 0) |
    (e.noVoicemail === true ? NO_VOICEMAIL : 0)
  );
}

/** The bit mask of a set of enum values under `codes` (bit n set for the value coded n). */
export function maskOf(values: Iterable<unknown>, codes: ReadonlyMap<unknown, number>): number {
  let mask = 0;
  for (const v of values) mask |= 1 << (codes.get(v) as number);
  return mask;
}

/**
 * A growable list of history rows as two typed arrays: each entry's instant in epoch
 * milliseconds and its packed code (above). Every history entry of a batch is
 * kept here between validation and compilation, without an object per entry.
 */
export class RowList {
  private data: Float64Array;
  private codes: Int32Array;
  /** How many rows the list holds. */
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(1, capacity));
    this.codes = new Int32Array(Math.max(1, capacity));
  }

  push(ms: number, code: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
      const grownCodes = new Int32Array(this.codes.length * 2);
      grownCodes.set(this.codes);
      this.codes = grownCodes;
    }
    this.codes[this.length] = code;
    this.data[this.length++] = ms;
  }

  /** The instant of row `index`. */
  at(index: number): number {
    return this.data[index] as number;
  }

  /** The packed code of row `index`. */
  code(index: number): number {
    return this.codes[index] as number;
  }
}

