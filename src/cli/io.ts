/**
 * What the command line touches of the outside world, passed in so that tests can run it in
 * process: the working directory, the standard streams and whether stdin is a terminal.
 */
export interface CliIo {
  /** The directory relative file names and patterns are read from. */
  readonly cwd: string;
  /** Standard input, read only when a command takes its input from it. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Whether stdin is a terminal (then a command never waits on it). */
  readonly stdinIsTTY: boolean;
  /** Standard output. */
  readonly stdout: WritableLike;
  /** Standard error. */
  readonly stderr: WritableLike;
}

/** The part of a Node writable stream the CLI uses. */
export interface WritableLike {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
}

const FLUSH_AT = 64 * 1024;
const EVENTS = ['drain', 'error', 'close'] as const;

/**
 * A buffered line writer that honours back-pressure: text is gathered into 64 KiB chunks and
 * `await`ing {@link Output.line} waits for the stream to drain when it is full, so a slow
 * reader of a long batch never makes the output pile up in memory.
 */
export class Output {
  private buffer = '';

  constructor(private readonly stream: WritableLike) {}

  /** Queues `text` followed by a newline; resolves once the buffer is accepted by the stream. */
  async line(text = ''): Promise<void> {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /** Queues text as is (no newline added). */
  async text(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /** Writes what is buffered and waits for the stream to drain if it asked to. */
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const finish = (): void => {
          // Whichever event came first, take the others off: a long run waits on drain many times.
          for (const event of EVENTS) this.stream.removeListener(event, finish);
          resolve();
        };
        for (const event of EVENTS) this.stream.once(event, finish);
      });
    }
  }
}
