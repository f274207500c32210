/**
 * The pieces the zod-free fast paths of this module share: what counts as a plain object, the
 * key whitelist, and leaf checks that ask the leaf's own schema once per distinct value and
 * remember the answer (so a fast path accepts a string exactly when the schema would).
 *
 * @internal
 */
import * as z from 'zod/mini';

/** A plain object (literal or `Object.create(null)`), nothing else. */
export function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every own key is one of `known` and no value is `undefined` (the schema keeps those keys; leave that to it). */
export function onlyKnownKeys(value: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  // `for...in` (no key array) also visits inherited enumerable keys: any such key is unknown, so it too sends the input to the schema.
  for (const key in value) if (!known.has(key) || value[key] === undefined) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * A test "`schema` accepts this string unchanged", asked of the schema itself once per distinct
 * value and remembered (up to 1,024 accepted values), as a batch's dates, names and addresses
 * repeat. Only for string schemas that check and never transform.
 */
export function acceptedStrings(schema: z.core.$ZodType<string, string>): (value: unknown) => value is string {
  const accepted = new Set<string>();
  return (value: unknown): value is string => {
    if (typeof value !== 'string') return false;
    if (accepted.has(value)) return true;
    if (!z.safeParse(schema, value).success) return false;
    if (accepted.size < 1024) accepted.add(value);
    return true;
  };
}
