import { afterAll, describe, expect, it } from 'vitest';
import { expandGlob, hasGlobMagic } from '../../src/cli/glob.js';
import { scratch } from './support/memory-io.js';

const { dir, cleanup } = scratch({
  'a.json': '{}',
  'b.json': '{}',
  'c.txt': '',
  '.hidden.json': '{}',
  'plans/x.json': '{}',
  'plans/2026/y.json': '{}',
  'plans/2026/deep/z.json': '{}',
  'plans/[1].json': '{}',
  'node_modules/pkg/n.json': '{}',
  '.git/g.json': '{}',
});
afterAll(cleanup);

describe('hasGlobMagic', () => {
  it('sees *, ? and [', () => {
    expect(['*.json', 'a?.json', '[ab].json'].map(hasGlobMagic)).toEqual([true, true, true]);
    expect(hasGlobMagic('plans/a.json')).toBe(false);
  });
});

describe('expandGlob', () => {
  it('matches * within one directory, skipping dot files and directories', () => {
    expect(expandGlob('*.json', dir)).toEqual(['a.json', 'b.json']);
    expect(expandGlob('*', dir)).toEqual(['a.json', 'b.json', 'c.txt']);
  });

  it('matches ** across any number of directories, zero included, never node_modules or dot directories', () => {
    expect(expandGlob('**/*.json', dir)).toEqual(['a.json', 'b.json', 'plans/2026/deep/z.json', 'plans/2026/y.json', 'plans/[1].json', 'plans/x.json']);
    expect(expandGlob('plans/**', dir)).toEqual(['plans/2026/deep/z.json', 'plans/2026/y.json', 'plans/[1].json', 'plans/x.json']);
    expect(expandGlob('plans/**/y.json', dir)).toEqual(['plans/2026/y.json']);
  });

  it('matches ? and character sets, and a dot file when the pattern starts with a dot', () => {
    expect(expandGlob('?.json', dir)).toEqual(['a.json', 'b.json']);
    expect(expandGlob('[a].json', dir)).toEqual(['a.json']);
    expect(expandGlob('[!a].json', dir)).toEqual(['b.json']);
    expect(expandGlob('.*.json', dir)).toEqual(['.hidden.json']);
    expect(expandGlob('plans/[[]1].json', dir)).toEqual(['plans/[1].json']);
  });

  it('keeps a ./ prefix and an absolute pattern as written', () => {
    expect(expandGlob('./plans/*.json', dir)).toEqual(['./plans/[1].json', './plans/x.json']);
    expect(expandGlob(`${dir}/plans/2026/*.json`, '/')).toEqual([`${dir}/plans/2026/y.json`]);
  });

  it('finds nothing in a missing directory', () => {
    expect(expandGlob('nope/*.json', dir)).toEqual([]);
    expect(expandGlob('*/nope.json', dir)).toEqual([]);
  });
});
