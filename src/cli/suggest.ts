// "Did you mean": the nearest of the names a schema allows, for a misspelled enum value or an
// unknown key of a document, and for a misspelled command, option value or schema name.
import type { Problem } from './problems.js';

/** The Levenshtein distance of two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The option nearest to `word`, when it is near enough to be a slip: the same name in another
 * case, or at most a third of its letters away (at least one). Ties go to the first option.
 */
export function nearest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    if (option === word) return undefined;
    const distance = option.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` Did you mean "x"?`, or nothing. */
export function didYouMean(word: string, options: readonly string[]): string {
  const near = nearest(word, options);
  return near === undefined ? '' : ` Did you mean ${JSON.stringify(near)}?`;
}

type JsonSchema = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The sub-schemas a schema stands for: `$ref` followed, `allOf`/`anyOf`/`oneOf` opened. */
function expand(schema: JsonSchema, root: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 20) return [];
  const out: JsonSchema[] = [schema];
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#')) {
    let target: unknown = root;
    for (const part of ref.slice(1).split('/').filter((p) => p !== '')) target = isSchema(target) ? target[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))] : undefined;
    if (isSchema(target)) out.push(...expand(target, root, depth + 1));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const s of list) if (isSchema(s)) out.push(...expand(s, root, depth + 1));
  }
  return out;
}

/** The schemas that describe the value at `path` of a document (every branch of a union). */
export function schemasAt(root: JsonSchema, path: ReadonlyArray<string | number>): JsonSchema[] {
  let current = expand(root, root);
  for (const key of path) {
    const next: JsonSchema[] = [];
    for (const s of current) {
      if (typeof key === 'number') {
        const prefix = s.prefixItems;
        const item = Array.isArray(prefix) && isSchema(prefix[key]) ? prefix[key] : s.items;
        if (isSchema(item)) next.push(...expand(item, root));
      } else {
        const properties = s.properties;
        const property = isSchema(properties) ? properties[key] : undefined;
        if (isSchema(property)) next.push(...expand(property, root));
        else if (isSchema(s.additionalProperties)) next.push(...expand(s.additionalProperties, root));
      }
    }
    current = next;
  }
  return current;
}

/** The property names and the enum values the schemas at a path allow. */
function allowedAt(root: JsonSchema, path: ReadonlyArray<string | number>): { keys: string[]; values: string[] } {
  const keys = new Set<string>();
  const values = new Set<string>();
  for (const s of schemasAt(root, path)) {
    if (isSchema(s.properties)) for (const k of Object.keys(s.properties)) keys.add(k);
    if (Array.isArray(s.enum)) for (const v of s.enum) if (typeof v === 'string') values.add(v);
    if (typeof s.const === 'string') values.add(s.const);
  }
  return { keys: [...keys], values: [...values] };
}

function valueAt(document: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A problem with a suggestion added, when the document holds a string the schema does not
 * allow at the problem's field and one of the allowed values is near it, or an object with a
 * key the schema does not know and a known key is near it. The suggestion is appended to the
 * message and kept as `details.suggestion` (for JSON output).
 */
export function withSuggestion(problem: Problem, document: unknown, schema: JsonSchema): Problem {
  const value = valueAt(document, problem.path);
  const allowed = allowedAt(schema, problem.path);
  const hints: string[] = [];
  if (typeof value === 'string' && allowed.values.length > 0 && !allowed.values.includes(value)) {
    const near = nearest(value, allowed.values);
    if (near !== undefined) hints.push(`Did you mean ${JSON.stringify(near)}?`);
  } else if (problem.code === 'INPUT_UNRECOGNIZED_KEYS' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      if (allowed.keys.includes(key)) continue;
      const near = nearest(key, allowed.keys.filter((k) => !(k in value)));
      if (near !== undefined) hints.push(`Did you mean ${JSON.stringify(near)} for ${JSON.stringify(key)}?`);
    }
  }
  if (hints.length === 0) return problem;
  return { ...problem, message: `${problem.message} ${hints.join(' ')}`, details: { ...problem.details, suggestion: hints.join(' ') } };
}
