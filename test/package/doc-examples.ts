import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/** One `@example` block of one exported symbol. */
export interface DocExample {
  readonly entry: string;
  readonly symbol: string;
  readonly index: number;
  readonly code: string;
}

/** One exported symbol of a public entry point, with what its TSDoc says. */
export interface ExportedSymbol {
  readonly entry: string;
  readonly name: string;
  readonly kind: 'function' | 'class' | 'variable' | 'type';
  readonly examples: readonly string[];
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Every module index under src/ (wired as a subpath or still being built), plus the root.
 * test/package/subpaths.test.ts ties the published ones to typedoc.json and the rest.
 */
export function entryPoints(): string[] {
  const modules = readdirSync(resolve(root, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['errors', 'internal', 'cli'].includes(d.name) && existsSync(resolve(root, 'src', d.name, 'index.ts')))
    .map((d) => `src/${d.name}/index.ts`)
    .sort();
  return ['src/index.ts', ...modules];
}

/** The import specifier of an entry point: `arrears` or `arrears/<module>`. */
export function specifierOf(entry: string): string {
  return entry === 'src/index.ts' ? 'arrears' : `arrears/${entry.split('/')[1] ?? ''}`;
}

function exampleBlocks(tag: ts.JSDocTag): string[] {
  const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
  const blocks: string[] = [];
  const fence = /```(?:ts|typescript)?\n([\s\S]*?)```/g;
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) blocks.push(m[1] ?? '');
  return blocks;
}

/** Every export of every entry point with its kind and example code blocks. */
export function collectExports(): ExportedSymbol[] {
  const entries = entryPoints().map((e) => resolve(root, e));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const out: ExportedSymbol[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    if (!source) throw new Error(`entry point ${entry} not found`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      let kind: ExportedSymbol['kind'] = 'type';
      if (symbol.flags & ts.SymbolFlags.Function) kind = 'function';
      else if (symbol.flags & ts.SymbolFlags.Class) kind = 'class';
      else if (symbol.flags & ts.SymbolFlags.Variable) kind = 'variable';
      const examples: string[] = [];
      for (const declaration of declarations) {
        // For `export const x = ...` the TSDoc sits on the variable statement.
        const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
        for (const tag of ts.getJSDocTags(holder)) {
          if (tag.tagName.text === 'example') examples.push(...exampleBlocks(tag));
        }
        if (holder !== declaration) {
          for (const tag of ts.getJSDocTags(declaration)) {
            if (tag.tagName.text === 'example') examples.push(...exampleBlocks(tag));
          }
        }
      }
      out.push({ entry: entry.slice(root.length + 1), name: exported.name, kind, examples: [...new Set(examples)] });
    }
  }
  return out;
}

/**
 * Rewrites an example so that `expr; // => expected` lines assert deep equality and
 * `expr; // throws CODE` lines assert an arrears error with that code, then transpiles it to
 * CommonJS so it can run with a `require` that points `arrears/*` at src/.
 */
export function compileExample(code: string): string {
  const lines = code.split('\n').map((line) => {
    const arrow = /^(\s*)(.+?);?\s*\/\/ => (.+)$/.exec(line);
    if (arrow) {
      const [, indent, expr, expected] = arrow;
      return `${indent}__expectEqual(() => (${expr}), () => (${expected}), ${JSON.stringify(line.trim())});`;
    }
    const throws = /^(\s*)(.+?);?\s*\/\/ throws ([A-Z0-9_]+)\s*$/.exec(line);
    if (throws) {
      const [, indent, expr, errorCode] = throws;
      return `${indent}__expectThrows(() => { ${expr}; }, ${JSON.stringify(errorCode)}, ${JSON.stringify(line.trim())});`;
    }
    return line;
  });
  return ts.transpileModule(lines.join('\n'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
}
