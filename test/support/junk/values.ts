import fc from 'fast-check';

// Junk and oversized values, paths into a valid argument list, planting, deep snapshots and
// the scan of a result for NaN, Infinity and text built from a non-text value.

type Path = ReadonlyArray<string | number>;

/** A sparse array: holes where a list of amounts or dates is expected. */
function sparse(length: number, at: number, value: unknown): unknown[] {
  const out = new Array<unknown>(length);
  out[at] = value;
  return out;
}

/** Values of the wrong type or shape: anything, special numbers and strings, sparse arrays. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, -1, 2 ** 53, 2 ** 31, 1e308, Number.MIN_VALUE),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e3', '0x10', '-0', '1.005', '12,50', '2025-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-03-10T25:00:00Z', 'USD', 'usd', 'XXX', 'Mars/Olympus', 'monthly', 'last', 'half-up', '__proto__', 'constructor', 'toString'),
  fc.constantFrom(10n ** 40n, -1n, 0n, null, undefined, true, false, [], {}, Object.create(null) as object, new Date(Number.NaN), Symbol('junk')),
  fc.constantFrom(sparse(3, 1, '1.00'), sparse(2, 0, { dueDate: '2026-01-01', amount: '1.00' }), sparse(5, 4, 'd1'), [undefined], [null], [Number.NaN]),
);

/** The kinds of oversized value, each built once per process. */
export const OVERSIZED_KINDS = ['array200k', 'digits1MB', 'text1MB', 'deep1000', 'deepArray1000', 'keys100k', 'magnitude', 'bigMagnitude'] as const;
export type OversizedKind = (typeof OVERSIZED_KINDS)[number];

const SIZE = { array: 200_000, string: 1 << 20, depth: 1_000, keys: 100_000 } as const;
const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

function deep(depth: number, leaf: unknown, array: boolean): unknown {
  let node: unknown = leaf;
  for (let i = 0; i < depth; i++) node = array ? [node] : { a: node, amount: '1.00', date: '2026-01-01' };
  return node;
}

function manyKeys(base: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
  for (let i = 0; i < SIZE.keys; i++) out[`k${i}`] = i;
  return out;
}

/**
 * An oversized value of a kind. `like` is the valid value it replaces (planted) or undefined
 * (a whole argument): an array becomes 200,000 copies of its first element, a string 1 MB of
 * itself, an object gains 100,000 keys; a magnitude keeps the value's type.
 */
export function oversized(kind: OversizedKind, like: unknown): unknown {
  switch (kind) {
    case 'array200k': {
      const first = Array.isArray(like) && like.length > 0 ? like[0] : like === undefined ? '1.00' : like;
      // Shared elements: the list is long, the memory is not (and equal elements test the same code path).
      const out: unknown[] = [];
      for (let i = 0; i < SIZE.array; i++) out.push(first);
      return out;
    }
    case 'digits1MB':
      return once('digits', () => '9'.repeat(SIZE.string));
    case 'text1MB': {
      const unit = typeof like === 'string' && like.length > 0 ? like : 'x';
      return once(`text:${unit}`, () => unit.repeat(Math.ceil(SIZE.string / unit.length)).slice(0, SIZE.string));
    }
    case 'deep1000':
      return once('deep', () => deep(SIZE.depth, { amount: '1.00' }, false));
    case 'deepArray1000':
      return once('deepArray', () => deep(SIZE.depth, '1.00', true));
    case 'keys100k':
      return manyKeys(like);
    case 'magnitude':
      if (typeof like === 'bigint') return 10n ** 400n;
      if (typeof like === 'string') return /^-?\d/.test(like) ? `${'9'.repeat(400)}.00` : like;
      return typeof like === 'number' && like < 0 ? -(2 ** 52) : 2 ** 52;
    case 'bigMagnitude':
      if (typeof like === 'bigint') return -(10n ** 4000n);
      if (typeof like === 'string') return /^-?\d/.test(like) ? `1${'0'.repeat(100_000)}` : like;
      return 1e308;
  }
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null || Array.isArray(value);
}

/** Every path to a node inside the arguments (objects, arrays, leaves), a few elements of each list. */
export function pathsOf(value: unknown, prefix: Path = [], depth = 0, out: Path[] = []): Path[] {
  if (depth > 7 || !isPlain(value)) return out;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.slice(0, 2).map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const path = [...prefix, k];
    out.push(path);
    pathsOf(v, path, depth + 1, out);
  }
  return out;
}

/** A copy of the plain parts of a value (objects, arrays: functions and class instances shared). */
export function copyPlain(value: unknown): unknown {
  if (!isPlain(value)) return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(value)) out[k] = copyPlain(v);
  return out;
}

/** The value at a path, or undefined. */
export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of the arguments with the node at `path` replaced by `value` (the rest copied or shared). */
export function plant(args: readonly unknown[], path: Path, value: unknown): unknown[] {
  const copy = copyPlain(args) as unknown[];
  let node: unknown = copy;
  for (let i = 0; i < path.length - 1; i++) node = (node as Record<string | number, unknown>)[path[i] as string | number];
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
  return copy;
}

/** A snapshot of a value: enough to tell whether anything reachable from it changed. */
export interface Snapshot {
  readonly tree: unknown;
  /** Every text reachable from the value (to allow a result to echo what it was given). */
  readonly texts: Set<string>;
}

const HOLE = Symbol('hole');
const GETTER = Symbol('getter');
/** A snapshot of one object: its identity, prototype, array elements and other own keys. */
class Node {
  constructor(
    readonly ref: object,
    readonly proto: unknown,
    readonly items: unknown[] | null,
    readonly keys: string[],
    readonly values: unknown[],
    /** A Date's time, a Map's or Set's size: state that is not in own keys. */
    readonly meta: number,
  ) {}
}

function metaOf(v: object): number {
  if (v instanceof Date) return v.getTime();
  if (v instanceof Map || v instanceof Set) return v.size;
  return 0;
}

function isIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function ownValue(v: object, k: string): unknown {
  const d = Object.getOwnPropertyDescriptor(v, k);
  return d !== undefined && 'value' in d ? d.value : GETTER;
}

/** A deep snapshot of a value (own enumerable keys, array holes, prototypes; functions by identity). */
export function snapshot(value: unknown): Snapshot {
  const texts = new Set<string>();
  const seen = new Map<object, Node>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      texts.add(v.length < 100_000 ? v : v.slice(0, 100_000));
      return v;
    }
    if (v === null || typeof v !== 'object') return v;
    const known = seen.get(v);
    if (known !== undefined) return known;
    const items = Array.isArray(v) ? new Array<unknown>(v.length) : null;
    const node = new Node(v, Object.getPrototypeOf(v), items, [], [], metaOf(v));
    seen.set(v, node);
    if (items !== null) {
      const array = v as unknown[];
      for (let i = 0; i < array.length; i++) items[i] = i in array ? walk(array[i]) : HOLE;
    }
    for (const k of Object.keys(v)) {
      if (items !== null && isIndex(k)) continue;
      node.keys.push(k);
      node.values.push(walk(ownValue(v, k)));
    }
    return node;
  };
  return { tree: walk(value), texts };
}

/** Where a value differs from its snapshot, as a path, or null when nothing changed. */
export function changedSince(tree: unknown, value: unknown, path = '$', seen = new Set<Node>()): string | null {
  if (tree instanceof Node) {
    if (tree.ref !== value) return `${path} (replaced)`;
    if (seen.has(tree)) return null;
    seen.add(tree);
    const v = value as object;
    if (Object.getPrototypeOf(v) !== tree.proto) return `${path} (prototype)`;
    if (!Object.is(tree.meta, metaOf(v))) return `${path} (its time or size)`;
    if (tree.items !== null) {
      const array = v as unknown[];
      if (array.length !== tree.items.length) return `${path}.length ${tree.items.length} -> ${array.length}`;
      for (let j = 0; j < array.length; j++) {
        const was = tree.items[j];
        if (was === HOLE) {
          if (j in array) return `${path}[${j}] (a hole filled)`;
          continue;
        }
        const d = changedSince(was, array[j], `${path}[${j}]`, seen);
        if (d !== null) return d;
      }
    }
    const keys = Object.keys(v).filter((k) => tree.items === null || !isIndex(k));
    const own = tree.keys;
    if (keys.length !== own.length) return `${path} (keys ${own.length} -> ${keys.length})`;
    for (let k = 0; k < own.length; k++) {
      if (keys[k] !== own[k]) return `${path} (key ${own[k]} -> ${keys[k]})`;
      const was = tree.values[k];
      const now = ownValue(v, keys[k] as string);
      const d = was === GETTER ? (now === GETTER ? null : `${path}.${own[k]} (getter)`) : changedSince(was, now, `${path}.${own[k]}`, seen);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(tree, value) ? null : `${path}: ${String(tree).slice(0, 40)} -> ${String(value).slice(0, 40)}`;
}

/** Text a result must never carry unless the input did: a number or object printed as text. */
export const BAD_TOKENS = ['NaN', 'Infinity', '[object Object]', 'undefined'] as const;

/** The first NaN, Infinity or bad text in a result, as a path and what was found, or null. */
export function badValueIn(result: unknown, inputTexts: ReadonlySet<string>): string | null {
  const allowed = new Set<string>();
  for (const s of inputTexts) for (const t of BAD_TOKENS) if (s.includes(t)) allowed.add(t);
  const tokens = BAD_TOKENS.filter((t) => !allowed.has(t));
  const seen = new Set<object>();
  const keys: Array<string | number> = [];
  const at = (): string => `$${keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
  const visit = (v: unknown): string | null => {
    if (typeof v === 'number') return Number.isFinite(v) ? null : `${at()} = ${v}`;
    if (typeof v === 'string') {
      for (const t of tokens) {
        const i = v.indexOf(t);
        if (i >= 0) return `${at()} has "${t}": ${JSON.stringify(v.slice(Math.max(0, i - 40), i + 40))}`;
      }
      return null;
    }
    if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof Error) return null;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        keys.push(i);
        const found = visit(v[i]);
        keys.pop();
        if (found !== null) return found;
      }
      return null;
    }
    for (const k of Object.keys(v)) {
      keys.push(k);
      const found = visit((v as Record<string, unknown>)[k]);
      keys.pop();
      if (found !== null) return found;
    }
    return null;
  };
  return visit(result);
}
