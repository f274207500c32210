import { createReadStream, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { expandGlob, hasGlobMagic } from './glob.js';
import type { CliIo } from './io.js';
import { parseJsonText, stripBom } from './json-text.js';
import type { TextLine } from './lines.js';
import { MAX_LINE_LENGTH, readLines } from './lines.js';
import type { InputDocument, Problem } from './problems.js';
import { CliErrorCodes } from './problems.js';

/** The display name of standard input. */
export const STDIN = '<stdin>';

/** How inputs are read. */
export interface ReadOptions {
  /** Read every input as NDJSON (one document per line), not only `.ndjson`/`.jsonl` files and line-shaped stdin. */
  readonly ndjson: boolean;
}

function failed(source: string, code: string, message: string, line?: number, column?: number): InputDocument {
  const problem: Problem = { severity: 'malformed', code, message, path: [], ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
  return { source, line: line ?? 1, text: '', value: undefined, problem };
}

function documentOf(source: string, firstLine: number, text: string): InputDocument {
  const parsed = parseJsonText(text);
  if (parsed.ok) return { source, line: firstLine, text, value: parsed.value };
  const { line, column, message } = parsed.problem;
  return failed(source, CliErrorCodes.CLI_INVALID_JSON, `not valid JSON: ${message}`, firstLine + line - 1, column);
}

function lineDocument(source: string, line: TextLine): InputDocument {
  if (line.tooLong) return failed(source, CliErrorCodes.CLI_LINE_TOO_LONG, `this line is longer than ${MAX_LINE_LENGTH} characters; it was skipped.`, line.number);
  return documentOf(source, line.number, stripBom(line.text));
}

/** Documents of an NDJSON stream, one per non-blank line. */
async function* ndjsonDocuments(source: string, lines: AsyncIterable<TextLine>): AsyncGenerator<InputDocument> {
  for await (const line of lines) {
    if (line.tooLong || line.text.trim() !== '') yield lineDocument(source, line);
  }
}

/**
 * Standard input: NDJSON when asked, or when its first non-blank line is a complete JSON
 * value on its own (a one-line document reads the same either way); otherwise one JSON
 * document spread over many lines.
 */
async function* stdinDocuments(io: CliIo, options: ReadOptions): AsyncGenerator<InputDocument> {
  const lines = readLines(io.stdin);
  if (options.ndjson) {
    yield* ndjsonDocuments(STDIN, lines);
    return;
  }
  const iterator = lines[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (first.done !== true && !first.value.tooLong && first.value.text.trim() === '') first = await iterator.next();
  if (first.done === true) {
    yield failed(STDIN, CliErrorCodes.CLI_NO_INPUT, 'standard input is empty: expected JSON.');
    return;
  }
  const head = first.value;
  const rest: AsyncIterable<TextLine> = { [Symbol.asyncIterator]: () => iterator };
  if (head.tooLong || parseJsonText(stripBom(head.text)).ok) {
    yield lineDocument(STDIN, head);
    yield* ndjsonDocuments(STDIN, rest);
    return;
  }
  const parts = [head.text];
  for await (const line of rest) parts.push(line.text);
  yield documentOf(STDIN, head.number, stripBom(parts.join('\n')));
}

function fileProblem(name: string, error: unknown): InputDocument {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return failed(name, CliErrorCodes.CLI_FILE_NOT_FOUND, 'no such file.');
  if (code === 'EISDIR') return failed(name, CliErrorCodes.CLI_IS_DIRECTORY, `is a directory: name the files, or use a pattern such as "${name.replace(/\/$/, '')}/*.json".`);
  return failed(name, CliErrorCodes.CLI_FILE_UNREADABLE, `cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')}).`);
}

async function* fileDocuments(name: string, io: CliIo, options: ReadOptions): AsyncGenerator<InputDocument> {
  const path = isAbsolute(name) ? name : resolve(io.cwd, name);
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    yield fileProblem(name, error);
    return;
  }
  if (options.ndjson || /\.(ndjson|jsonl)$/i.test(name)) {
    try {
      yield* ndjsonDocuments(name, readLines(createReadStream(path)));
    } catch (error) {
      yield fileProblem(name, error);
    }
    return;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    yield fileProblem(name, error);
    return;
  }
  yield documentOf(name, 1, stripBom(text));
}

/**
 * Every document of the inputs, in order: files by name, patterns expanded (`plans/**\/*.json`),
 * `-` for standard input. A missing file, a pattern matching nothing or a JSON syntax error
 * yields a document with a `problem`, so one bad input never hides the others.
 */
export async function* readDocuments(inputs: readonly string[], io: CliIo, options: ReadOptions): AsyncGenerator<InputDocument> {
  for (const input of inputs) {
    if (input === '-') {
      yield* stdinDocuments(io, options);
      continue;
    }
    if (!hasGlobMagic(input)) {
      yield* fileDocuments(input, io, options);
      continue;
    }
    const matches = expandGlob(input, io.cwd);
    if (matches.length === 0) {
      yield failed(input, CliErrorCodes.CLI_NO_MATCH, 'no file matches this pattern.');
      continue;
    }
    for (const match of matches) yield* fileDocuments(match, io, options);
  }
}
