import type { MessageRuleMeta } from '../src/messages/index.js';

export declare const START: string;
export declare const END: string;
export declare function renderRuleTable(rules: readonly MessageRuleMeta[]): string;
export declare function replaceRuleTable(doc: string, table: string): string;
