import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGE_RULES } from '../../src/messages/index.js';
import { END, START, renderRuleTable } from '../../scripts/messages-rule-table.mjs';

describe('docs/messages.md', () => {
  test('its rule table is the catalogue (regenerate with: npm run build && node scripts/messages-rule-table.mjs)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/messages.md'), 'utf8');
    const table = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(table).toBe(renderRuleTable(MESSAGE_RULES));
  });
});
