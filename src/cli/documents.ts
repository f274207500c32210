import { UsageError } from './args.js';
import { readDocuments } from './input.js';
import type { InputDocument } from './problems.js';
import type { CommandContext } from './registry.js';

/** The input options every document-reading command takes. */
export const INPUT_OPTIONS = {
  ndjson: { type: 'boolean', description: 'Read every input as NDJSON (one JSON document per line). Files ending in .ndjson or .jsonl, and standard input whose first line is a whole JSON value, are read that way anyway.' },
} as const;

/**
 * The inputs named on the command line (files, patterns, `-`), or standard input when none
 * is named and it is not a terminal. With neither, a usage error: the command would wait forever.
 */
export function inputsOf(context: CommandContext): string[] {
  if (context.positionals.length > 0) return [...context.positionals];
  if (context.io.stdinIsTTY) throw new UsageError('no input: name JSON files (or patterns such as "plans/*.json"), or pipe JSON into standard input.');
  return ['-'];
}

/**
 * Whether the run reads a batch (several documents may come) rather than one named file:
 * then outputs carry the source of each document.
 */
export function isBatch(inputs: readonly string[], ndjson: boolean): boolean {
  const only = inputs[0];
  return inputs.length !== 1 || only === undefined || only === '-' || ndjson || /[*?[]/.test(only) || /\.(ndjson|jsonl)$/i.test(only);
}

/** Every document of the command's inputs. */
export function documentsOf(context: CommandContext, inputs: readonly string[]): AsyncGenerator<InputDocument> {
  return readDocuments(inputs, context.io, { ndjson: context.values.ndjson === true });
}
