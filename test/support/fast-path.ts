import { expect } from 'vitest';
import * as z from 'zod/mini';

/**
 * Holds a hand-written fast path to its schema: when the fast path accepted `raw` (`value` is
 * defined), the schema must accept it too and parse it to an equal value. Returns the schema's
 * result, for what a test checks beyond that.
 */
export function expectSchemaAgrees<S extends z.core.$ZodType>(value: unknown, schema: S, raw: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const parsed = z.safeParse(schema, raw);
  if (value !== undefined) {
    expect(parsed.success).toBe(true);
    expect(value).toEqual(parsed.data);
  }
  return parsed;
}
