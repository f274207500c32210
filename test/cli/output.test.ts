import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io.js';
import { exitCodeOf, fieldOf, formatProblem, where } from '../../src/cli/problems.js';
import type { Problem } from '../../src/cli/problems.js';
import { csvField, renderCsv, renderTable } from '../../src/cli/table.js';
import { packageVersion } from '../../src/cli/version.js';
import { MemoryWritable } from './support/memory-io.js';

describe('Output', () => {
  it('waits for drain when the stream is full and leaves no listener behind', async () => {
    const stream = new MemoryWritable(true);
    const out = new Output(stream);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 500; i++) await out.line(line);
    await out.text('end');
    await out.flush();
    await out.flush();
    expect(stream.text).toBe(`${`${line}\n`.repeat(500)}end`);
    expect(stream.writes).toBeGreaterThan(5);
    expect(stream.listeners).toBe(0);
  });
});

describe('renderTable and renderCsv', () => {
  const columns = [
    { key: 'name', header: 'name' },
    { key: 'n', header: 'n', align: 'right' as const },
  ];

  it('aligns numbers right and shows empty, object and boolean cells', () => {
    expect(renderTable(columns, [{ name: 'a', n: 1 }, { name: null, n: { x: 1 } }, { name: true }])).toBe('name        n\n----  -------\na           1\n      {"x":1}\ntrue');
  });

  it('quotes CSV fields holding commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(renderCsv(columns, [{ name: 'x', n: 2 }])).toBe('name,n\r\nx,2\r\n');
  });
});

describe('problem helpers', () => {
  const base: Problem = { severity: 'violation', code: 'X', message: 'm', path: ['a', 0, 'b'] };

  it('place a problem as file, file:line or file:line:column', () => {
    expect(where('f.json', base)).toBe('f.json');
    expect(where('f.json', { ...base, line: 3 })).toBe('f.json:3');
    expect(formatProblem('f.json', { ...base, line: 3, column: 4 })).toBe('f.json:3:4: violation X m');
  });

  it('name a field path as code does', () => {
    expect(fieldOf(['payments', 0, 'amount'])).toBe('payments[0].amount');
    expect(fieldOf([])).toBe('');
  });

  it('pick the exit code of the most severe problem', () => {
    expect(exitCodeOf([])).toBe(0);
    expect(exitCodeOf([base])).toBe(1);
    expect(exitCodeOf([base, { ...base, severity: 'malformed' }])).toBe(2);
  });
});

describe('packageVersion', () => {
  it('finds the arrears package.json above the file, or says unknown', () => {
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion('file:///nowhere/at/all.js')).toBe('unknown');
  });
});
