import { fromDayNumber, toDayNumber } from '../calendar/index.js';
import { isCurrencyCode } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { LateFeePolicySchema, MAX_INSTALLMENTS, MAX_PAYMENTS } from './schemas.js';
import type * as z from 'zod/mini';
import type { AssessLateFeesInputSchema } from './schemas.js';
import type { LateFeePolicy } from './types.js';

/**
 * The fast path of input validation (internal). Fee runs over thousands of accounts pass the
 * same simple shapes again and again: plain dates and plain amounts. This checks exactly those
 * shapes with cheap tests (every value it accepts, the schema accepts too) and returns the same
 * parsed structure; anything else returns `undefined` and the caller runs the full schema,
 * which produces the typed error. The policy, usually one object shared by every account, is
 * parsed once per distinct content.
 */

type Parsed = z.output<typeof AssessLateFeesInputSchema>;

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const AMOUNT = /^(?:0|[1-9][0-9]{0,12})(?:\.[0-9]{1,4})?$/;
const TOP_KEYS = new Set(['schedule', 'payments', 'policy', 'asOf', 'hardship']);
const ROW_AMOUNT_KEYS = ['principal', 'interest', 'minimumPayment'] as const;
const ROW_KEYS = new Set<string>(['number', 'dueDate', 'amount', ...ROW_AMOUNT_KEYS]);
const SCHEDULE_KEYS = new Set(['currency', 'installments', 'originalBalance', 'amountFinanced']);

/** Whether every own key of an object is in a set (the schemas are strict). */
function onlyKeys(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

const days = new Map<string, number>();
function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  if (days.has(value)) return true;
  try {
    const day = toDayNumber(value);
    if (days.size > 50_000) days.clear();
    days.set(value, day);
    return true;
  } catch {
    return false;
  }
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isAmount(value: unknown, optional: boolean): boolean {
  return value === undefined ? optional : typeof value === 'string' && AMOUNT.test(value);
}

const policies = new WeakMap<object, { json: string; parsed: LateFeePolicy }>();
/** Parses a policy, reusing the last parse of the same object while its content is unchanged. */
export function parsePolicy(policy: unknown): LateFeePolicy {
  if (!isPlain(policy)) return parseInput(LateFeePolicySchema, policy, ['policy']);
  let json: string;
  try {
    json = JSON.stringify(policy);
  } catch {
    return parseInput(LateFeePolicySchema, policy, ['policy']);
  }
  const hit = policies.get(policy);
  if (hit !== undefined && hit.json === json) return hit.parsed;
  const parsed = parseInput(LateFeePolicySchema, policy, ['policy']);
  policies.set(policy, { json, parsed });
  return parsed;
}

/** The fast path; `undefined` when the input needs the full schema. */
export function fastInput(input: unknown): Parsed | undefined {
  if (!isPlain(input)) return undefined;
  for (const key of Object.keys(input)) if (!TOP_KEYS.has(key)) return undefined;
  const { schedule, payments, asOf, hardship } = input;
  if (hardship !== undefined || !isDate(asOf) || !isPlain(schedule) || !onlyKeys(schedule, SCHEDULE_KEYS)) return undefined;
  if (typeof schedule.currency !== 'string' || !isCurrencyCode(schedule.currency) || !isAmount(schedule.originalBalance, true) || !isAmount(schedule.amountFinanced, true)) return undefined;
  const rows = schedule.installments;
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_INSTALLMENTS) return undefined;
  for (const row of rows) {
    if (!isPlain(row) || !onlyKeys(row, ROW_KEYS) || !Number.isInteger(row.number) || (row.number as number) < 1 || (row.number as number) > 1_000_000 || !isDate(row.dueDate)) return undefined;
    if (!isAmount(row.amount, false)) return undefined;
    for (const key of ROW_AMOUNT_KEYS) if (!isAmount(row[key], true)) return undefined;
  }
  const list = payments ?? [];
  if (!Array.isArray(list) || list.length > MAX_PAYMENTS) return undefined;
  for (const payment of list) {
    if (!isPlain(payment) || Object.keys(payment).length !== 2 || !isAmount(payment.amount, false) || !/[1-9]/.test(payment.amount as string) || !isDate(payment.date)) return undefined;
  }
  return {
    schedule: schedule as Parsed['schedule'],
    payments: list as Parsed['payments'],
    policy: parsePolicy(input.policy),
    asOf: asOf as string,
  };
}

/** A date's day number through the cache the fast path fills (internal). */
export function dayOf(date: string): number {
  return days.get(date) ?? toDayNumber(date);
}

const dates = new Map<number, string>();
/** A day number's date through a cache (internal; `fromDayNumber` validates every call). */
export function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    if (dates.size > 50_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}
