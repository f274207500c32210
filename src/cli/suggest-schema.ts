import { findSchema, toJsonSchema } from './json-schema.js';
import type { Problem } from './problems.js';
import type { CliModule } from './registry.js';
import { withSuggestion } from './suggest.js';

/**
 * A function adding "Did you mean" to the problems of documents read with the schema called
 * `name` (an `arrears schema` name); its JSON Schema is generated once, at the first problem.
 */
export function schemaSuggester(modules: readonly CliModule[], name: string): (problem: Problem, document: unknown) => Problem {
  let schema: Record<string, unknown> | null | undefined;
  return (problem, document) => {
    if (schema === undefined) {
      const entry = findSchema(modules, name);
      schema = entry === undefined ? null : toJsonSchema(entry, modules);
    }
    return schema === null ? problem : withSuggestion(problem, document, schema);
  };
}
