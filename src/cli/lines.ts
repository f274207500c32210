import { StringDecoder } from 'node:string_decoder';

/** The longest line the NDJSON reader holds (16 MiB of UTF-16 code units); longer lines are reported, not buffered. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/** One line of a stream, numbered from 1, or a marker for a line longer than {@link MAX_LINE_LENGTH}. */
export interface TextLine {
  readonly number: number;
  readonly text: string;
  readonly tooLong: boolean;
}

/**
 * Splits a byte or text stream into lines (`\n` or `\r\n`), pulling one chunk at a time, so
 * memory stays flat however long the stream is: the consumer's pace is the reader's pace.
 * A line longer than `maxLength` is dropped as it streams and yielded with `tooLong: true`.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxLength = MAX_LINE_LENGTH): AsyncGenerator<TextLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let overflow = false;
  let number = 0;
  const emit = (raw: string): TextLine => {
    number++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const tooLong = overflow || text.length > maxLength;
    const line = { number, text: tooLong ? '' : text, tooLong };
    overflow = false;
    return line;
  };
  for await (const chunk of chunks) {
    let text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    pending = '';
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      yield emit(text.slice(start, nl));
      start = nl + 1;
    }
    text = text.slice(start);
    if (overflow || text.length > maxLength) {
      overflow = true;
      pending = '';
    } else {
      pending = text;
    }
  }
  pending += decoder.end();
  if (pending !== '' || overflow) yield emit(pending);
}
