import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * File-name patterns, for shells that do not expand them (Windows, quoted arguments, CI
 * configuration): `*` matches any run of characters within one path segment, `?` one
 * character, `[abc]`/`[a-z]` one character of a set, and a `**` segment any number of
 * directories (zero included). As in POSIX shells, a wildcard does not match a name starting
 * with a dot unless the pattern segment does; `node_modules` is never entered by `**`.
 * (Node 20 has no `fs.globSync`; it arrived in Node 22.)
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let set = segment.slice(i + 1, close);
        const negate = set.startsWith('!') || set.startsWith('^');
        if (negate) set = set.slice(1);
        source += `[${negate ? '^' : ''}${set.replace(/[\\\]]/g, '\\$&')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

interface DirectoryEntry {
  readonly name: string;
  readonly directory: boolean;
}

function list(directory: string): DirectoryEntry[] {
  try {
    return readdirSync(directory, { withFileTypes: true }).map((d) => ({ name: d.name, directory: d.isDirectory() }));
  } catch {
    return [];
  }
}

/**
 * The files matching `pattern`, relative to `cwd` as the pattern was written (an absolute
 * pattern gives absolute paths), sorted. Directories are never returned.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const found = new Set<string>();

  const walk = (index: number, shown: string, directory: string): void => {
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;
    const join2 = (name: string): string => (shown === '' ? name : shown.endsWith('/') ? `${shown}${name}` : `${shown}/${name}`);
    if (segment === '**') {
      // Zero directories, then one more level.
      if (last) {
        for (const entry of list(directory)) {
          if (entry.name.startsWith('.')) continue;
          if (entry.directory) {
            if (entry.name !== 'node_modules') walk(index, join2(entry.name), join(directory, entry.name));
          } else found.add(join2(entry.name));
        }
        return;
      }
      walk(index + 1, shown, directory);
      for (const entry of list(directory)) {
        if (entry.directory && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(index, join2(entry.name), join(directory, entry.name));
      }
      return;
    }
    if (!hasGlobMagic(segment)) {
      const next = join(directory, segment);
      if (last) {
        const entry = list(directory).find((e) => e.name === segment);
        if (entry !== undefined && !entry.directory) found.add(join2(segment));
      } else walk(index + 1, join2(segment), next);
      return;
    }
    const re = segmentRegExp(segment);
    for (const entry of list(directory)) {
      if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
      if (!re.test(entry.name)) continue;
      if (last) {
        if (!entry.directory) found.add(join2(entry.name));
      } else if (entry.directory) walk(index + 1, join2(entry.name), join(directory, entry.name));
    }
  };

  walk(0, absolute ? '/' : '', absolute ? '/' : cwd);
  return [...found].sort();
}
