/**
 * JSON text helpers for messages that name a line and a column: where a syntax error is, and
 * where the value at a field path starts. They scan only when something is wrong, so the
 * happy path stays `JSON.parse`.
 */

/** A 1-based line and column (UTF-16 code units, as editors that follow LSP count them). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A JSON syntax error: a sentence and where it is. */
export interface JsonSyntaxProblem extends TextPosition {
  readonly message: string;
}

/** The parsed value, or the syntax error with its position. */
export type JsonParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: JsonSyntaxProblem };

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

type Key = string | number;

/**
 * A strict JSON scanner (RFC 8259) that reports the first error with its offset and, on the
 * way, the start offset of every value by path. Recursion depth is bounded by `MAX_DEPTH`.
 */
class Scanner {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly onValue?: (path: readonly Key[], offset: number) => boolean,
  ) {}

  /** Scans the whole text; throws a ScanError at the first problem, or returns early when `onValue` says stop. */
  run(): void {
    this.ws();
    if (this.i >= this.text.length) throw new ScanError(this.i, 'the input is empty: expected a JSON value');
    if (this.value([], 0)) return;
    this.ws();
    if (this.i < this.text.length) throw new ScanError(this.i, `unexpected ${this.describe()} after the JSON value`);
  }

  private describe(): string {
    const c = this.text[this.i];
    if (c === undefined) return 'end of input';
    return `character ${JSON.stringify(c)}`;
  }

  private ws(): void {
    while (this.i < this.text.length) {
      const c = this.text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  /** Scans one value; returns true to stop the scan (the caller found what it wanted). */
  private value(path: Key[], depth: number): boolean {
    if (depth > 512) throw new ScanError(this.i, 'the input nests more than 512 levels deep');
    if (this.onValue?.(path, this.i) === true) return true;
    const c = this.text[this.i];
    switch (c) {
      case '{':
        return this.object(path, depth);
      case '[':
        return this.array(path, depth);
      case '"':
        this.string();
        return false;
      case 't':
        this.literal('true');
        return false;
      case 'f':
        this.literal('false');
        return false;
      case 'n':
        this.literal('null');
        return false;
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
          this.number();
          return false;
        }
        throw new ScanError(this.i, `expected a JSON value but found ${this.describe()}`);
    }
  }

  private object(path: Key[], depth: number): boolean {
    this.i++;
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return false;
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') {
        throw new ScanError(this.i, this.text[this.i] === '}' ? 'a trailing comma before "}" is not allowed in JSON' : `expected a property name in double quotes but found ${this.describe()}`);
      }
      const key = this.string();
      this.ws();
      if (this.text[this.i] !== ':') throw new ScanError(this.i, `expected ":" after the property name ${JSON.stringify(key)} but found ${this.describe()}`);
      this.i++;
      this.ws();
      if (this.value([...path, key], depth + 1)) return true;
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return false;
      }
      throw new ScanError(this.i, `expected "," or "}" after the value of ${JSON.stringify(key)} but found ${this.describe()}`);
    }
  }

  private array(path: Key[], depth: number): boolean {
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return false;
    }
    for (let index = 0; ; index++) {
      this.ws();
      if (this.text[this.i] === ']') throw new ScanError(this.i, 'a trailing comma before "]" is not allowed in JSON');
      if (this.value([...path, index], depth + 1)) return true;
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return false;
      }
      throw new ScanError(this.i, `expected "," or "]" after an array element but found ${this.describe()}`);
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) throw new ScanError(start, 'this string is never closed');
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const e = this.text[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) throw new ScanError(this.i, 'a \\u escape needs four hexadecimal digits');
          out += String.fromCharCode(Number.parseInt(this.text.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        const mapped = e === undefined ? undefined : map[e];
        if (mapped === undefined) throw new ScanError(this.i, `${e === undefined ? 'a lone backslash' : `"\\${e}"`} is not a JSON escape`);
        out += mapped;
        this.i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) throw new ScanError(this.i, 'a control character (such as a raw tab or line break) must be escaped inside a JSON string');
      out += c;
      this.i++;
    }
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length;
      return;
    }
    throw new ScanError(this.i, `expected a JSON value but found ${this.describe()} (JSON literals are true, false and null)`);
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (match === null) throw new ScanError(this.i, 'this number is not valid JSON (digits must follow "-")');
    const next = this.text[this.i + match[0].length];
    if (next !== undefined && /[0-9.]/.test(next)) throw new ScanError(this.i, 'this number is not valid JSON (no leading zeros; a decimal point needs digits on both sides)');
    this.i += match[0].length;
  }
}

/** Strips a leading byte-order mark, which some editors write and `JSON.parse` rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text. On a syntax error, scans the text again to say what is wrong and where
 * (Node's own message does not always carry a position).
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: findSyntaxProblem(text, error) };
  }
}

function findSyntaxProblem(text: string, parseError: unknown): JsonSyntaxProblem {
  try {
    new Scanner(text).run();
  } catch (error) {
    if (error instanceof ScanError) return { ...positionAt(text, error.offset), message: `${error.reason}.` };
  }
  // JSON.parse failed where the scanner did not (deeper nesting than it allows, or a disagreement): keep Node's words.
  return { line: 1, column: 1, message: parseError instanceof Error ? parseError.message : 'the text is not valid JSON.' };
}

/**
 * Where the value at `path` starts in `text`; when the path does not exist (a missing
 * field), where its deepest existing ancestor starts. Undefined when the text is not JSON.
 */
export function locatePath(text: string, path: readonly Key[]): TextPosition | undefined {
  let best: { depth: number; offset: number } | undefined;
  const onValue = (at: readonly Key[], offset: number): boolean => {
    if (at.length > path.length) return false;
    for (let k = 0; k < at.length; k++) if (String(at[k]) !== String(path[k])) return false;
    if (best === undefined || at.length > best.depth) best = { depth: at.length, offset };
    return at.length === path.length;
  };
  try {
    new Scanner(text, onValue).run();
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
  return best === undefined ? undefined : positionAt(text, best.offset);
}
