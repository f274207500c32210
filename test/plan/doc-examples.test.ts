import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as plan from '../../src/plan/index.js';
import { compileExample } from '../package/doc-examples.js';

// The plan subpath is not wired into typedoc.json yet (the lead adds it when the module is
// complete), so test/package/examples.test.ts does not see it. Until then this file runs every
// `@example` of every export of src/plan/index.ts the same way, and checks each has one.

const entry = resolve(import.meta.dirname, '../../src/plan/index.ts');

function planExports(): Array<{ name: string; kind: 'value' | 'type'; examples: string[] }> {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/plan/index.ts not found');
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    const examples: string[] = [];
    for (const declaration of symbol.declarations ?? []) {
      const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      for (const tag of ts.getJSDocTags(holder)) {
        if (tag.tagName.text !== 'example') continue;
        const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
        for (const m of text.matchAll(/```(?:ts|typescript)?\n([\s\S]*?)```/g)) examples.push(m[1] ?? '');
      }
    }
    return { name: exported.name, kind: isValue ? 'value' : 'type', examples };
  });
}

function runExample(code: string): void {
  const compiled = compileExample(code);
  const require = (id: string): unknown => {
    if (id === 'arrears/plan') return plan;
    throw new Error(`an example imports "${id}"; plan examples import from arrears/plan`);
  };
  const expectEqual = (actual: () => unknown, expected: () => unknown, line: string): void => {
    expect(actual(), line).toEqual(expected());
  };
  const expectThrows = (fn: () => void, code: string, line: string): void => {
    let thrown: unknown;
    try {
      fn();
    } catch (error) {
      thrown = error;
    }
    expect(plan.isArrearsError(thrown), `${line}: expected an arrears error`).toBe(true);
    expect((thrown as { code: string }).code, line).toBe(code);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('require', 'exports', 'module', '__expectEqual', '__expectThrows', compiled)(require, {}, { exports: {} }, expectEqual, expectThrows);
}

// The shared error exports are documented (and their examples run) in arrears/errors.
const SHARED = ['ArrearsError', 'ValidationError', 'DomainRuleError', 'UnsupportedOptionError', 'isArrearsError', 'CoreErrorCodes', 'attempt'];
const ownExports = planExports().filter((s) => !SHARED.includes(s.name));

describe('arrears/plan TSDoc examples', () => {
  it('gives every exported function, class and constant of the plan module an asserting example', () => {
    const missing = ownExports.filter((s) => s.kind === 'value' && !s.examples.some((code) => /\/\/ (=>|throws) /.test(code))).map((s) => s.name);
    expect(missing).toEqual([]);
  });

  for (const symbol of ownExports) {
    symbol.examples.forEach((code, index) => {
      it(`runs the example ${index + 1} of ${symbol.name}`, () => {
        runExample(code);
      });
    });
  }

  it('fails an example whose stated result is wrong', () => {
    expect(() => runExample("import { apr } from 'arrears/plan';\napr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', payments: [{ amount: '230.00', count: 24, frequency: 'month', firstDate: '1978-02-10' }] }).aprPercent; // => '9.70'")).toThrow();
  });
});
