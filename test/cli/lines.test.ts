import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/lines.js';
import type { TextLine } from '../../src/cli/lines.js';
import { chunks } from './support/memory-io.js';

async function collect(source: AsyncIterable<string | Uint8Array>, max?: number): Promise<TextLine[]> {
  const out: TextLine[] = [];
  for await (const line of readLines(source, max)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF and numbers lines from 1', async () => {
    const lines = await collect(chunks('a\r\nb', '\nc'));
    expect(lines).toEqual([
      { number: 1, text: 'a', tooLong: false },
      { number: 2, text: 'b', tooLong: false },
      { number: 3, text: 'c', tooLong: false },
    ]);
  });

  it('yields no line for an empty stream and none after a final newline', async () => {
    expect(await collect(chunks())).toEqual([]);
    expect((await collect(chunks('x\n'))).map((l) => l.text)).toEqual(['x']);
  });

  it('decodes a UTF-8 character split across chunks', async () => {
    const bytes = new TextEncoder().encode('é€\n');
    const lines = await collect(chunks(bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3)));
    expect(lines.map((l) => l.text)).toEqual(['é€']);
  });

  it('drops a line longer than the limit as it streams and reports it', async () => {
    const lines = await collect(chunks('ok\nxxxx', 'xxxx', 'xx\nnext\n', 'yyyyyyyyyyyyy'), 8);
    expect(lines).toEqual([
      { number: 1, text: 'ok', tooLong: false },
      { number: 2, text: '', tooLong: true },
      { number: 3, text: 'next', tooLong: false },
      { number: 4, text: '', tooLong: true },
    ]);
  });

  it('gives the same lines however the stream is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (texts, cuts) => {
        const clean = texts.map((t) => t.replace(/[\r\n]/g, ''));
        const whole = clean.join('\n');
        const bytes = new TextEncoder().encode(whole);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const parts: Uint8Array[] = [];
        let start = 0;
        for (const p of [...points, bytes.length]) {
          parts.push(bytes.slice(start, p));
          start = p;
        }
        const lines = await collect(chunks(...parts));
        // A final newline ends the last line rather than starting an empty one.
        const expected = whole === '' ? [] : clean.at(-1) === '' ? clean.slice(0, -1) : clean;
        expect(lines.map((l) => l.text)).toEqual(expected);
      }),
    );
  });
});
