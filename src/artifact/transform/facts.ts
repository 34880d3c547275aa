import { TransformError } from '../../core/errors.js';
import type binaryen from 'binaryen';
import type { Binaryen, ExpressionRef, FunctionRef, Module } from './binaryen.js';

/**
 * Checked facts about the input module. Every identification the transform relies on is asserted
 * here, so a different build fails loudly with a message instead of producing a broken binary.
 */

export interface ImportedFunction {
  internalName: string;
  module: string;
  base: string;
  params: number[];
  results: number[];
}

export interface ModuleFacts {
  imports: Map<string, ImportedFunction>; // keyed by "module.base"
  definedFunctions: string[];
  exportedFunctions: Map<string, string>; // export name -> internal name
  stackPointer: string;
  tableName: string;
  memoryInitialPages: number;
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new TransformError(`artifact check failed: ${message}`);
}

export function expandTypes(b: Binaryen, type: number): number[] {
  return type === b.none ? [] : b.expandType(type);
}

export function collectFacts(b: Binaryen, m: Module): ModuleFacts {
  const imports = new Map<string, ImportedFunction>();
  const definedFunctions: string[] = [];
  for (let i = 0; i < m.getNumFunctions(); i++) {
    const info = b.getFunctionInfo(m.getFunctionByIndex(i));
    if (info.module) {
      imports.set(`${info.module}.${info.base}`, {
        internalName: info.name,
        module: info.module,
        base: info.base ?? '',
        params: expandTypes(b, info.params),
        results: expandTypes(b, info.results),
      });
    } else {
      definedFunctions.push(info.name);
    }
  }

  const exportedFunctions = new Map<string, string>();
  let memoryExported = false;
  let tableName: string | undefined;
  for (let i = 0; i < m.getNumExports(); i++) {
    const info = b.getExportInfo(m.getExportByIndex(i));
    if (info.kind === b.ExternalFunction) exportedFunctions.set(info.name, info.value);
    if (info.kind === b.ExternalMemory && info.name === 'memory') memoryExported = true;
    if (info.kind === b.ExternalTable && info.name === '__indirect_function_table') tableName = info.value;
  }
  check(memoryExported, 'the module must define and export "memory"');
  check(tableName !== undefined, 'the module must export "__indirect_function_table"');
  const memory = m.getMemoryInfo();
  check(!memory.module, 'memory must be defined by the module, not imported');

  const stackPointer = identifyStackPointer(b, m, exportedFunctions);
  return {
    imports,
    definedFunctions,
    exportedFunctions,
    stackPointer,
    tableName,
    memoryInitialPages: memory.initial,
  };
}

/** The stack pointer is the global that `emscripten_stack_get_current` returns. */
function identifyStackPointer(b: Binaryen, m: Module, exported: Map<string, string>): string {
  const getter = exported.get('emscripten_stack_get_current');
  check(getter, 'missing export emscripten_stack_get_current');
  const body = b.getFunctionInfo(m.getFunction(getter)).body;
  const info = b.getExpressionInfo(body) as { id: number; name?: string };
  check(info.id === b.GlobalGetId && info.name, 'emscripten_stack_get_current must be a single global.get');
  const global = b.getGlobalInfo(m.getGlobal(info.name));
  check(global.mutable && global.type === b.i32, 'the stack pointer must be a mutable i32 global');
  return info.name;
}

export function requireExport(facts: ModuleFacts, name: string): string {
  const internal = facts.exportedFunctions.get(name);
  check(internal, `missing export ${name}`);
  return internal;
}

export function functionBody(b: Binaryen, m: Module, name: string): ExpressionRef {
  return b.getFunctionInfo(m.getFunction(name) as FunctionRef).body;
}

/** The address a load or store reaches when its pointer is a constant; undefined otherwise. */
export function constAddress(b: Binaryen, ptr: ExpressionRef, offset: number): number | undefined {
  const info = b.getExpressionInfo(ptr) as binaryen.ConstInfo;
  return info.id === b.ConstId && typeof info.value === 'number' ? info.value + offset : undefined;
}
