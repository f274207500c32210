import { expect } from 'vitest';
import type { z } from 'zod';

/**
 * Holds a hand-written fast path to its schema: when the fast path accepted `raw` (`value` is
 * defined), the schema must accept it too and parse it to an equal value. Returns the schema's
 * result, for what a test checks beyond that.
 */
export function expectSchemaAgrees<S extends z.ZodType>(value: unknown, schema: S, raw: unknown): z.ZodSafeParseResult<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (value !== undefined) {
    expect(parsed.success).toBe(true);
    expect(value).toEqual(parsed.data);
  }
  return parsed;
}
