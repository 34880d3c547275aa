import type { Binaryen, ExpressionRef, Module } from './binaryen.js';
import { check, requireExport, type ModuleFacts } from './facts.js';

/**
 * Moves Emscripten's setjmp/longjmp out of JavaScript and into wasm exception handling.
 *
 * The build calls `env.invoke_<sig>(tableIndex, ...args)` around every call that may longjmp, and
 * `env._emscripten_throw_longjmp()` to jump. The official glue implements both in JS (a try/catch
 * per call, about 4x slower). We replace the imports with internal functions: an invoke saves the
 * stack pointer, runs the call inside a legacy `try`, and on our longjmp tag restores the stack
 * pointer and reports the jump with `setThrew(1, 0)`, exactly the contract the C side expects.
 * Any other exception (a trap, or a hard stop thrown by the host) passes through untouched.
 */

export const LONGJMP_TAG = '__mps_longjmp';

export function moveSetjmpIntoWasm(b: Binaryen, m: Module, facts: ModuleFacts): void {
  const setThrew = requireExport(facts, 'setThrew');
  const throwLongjmp = facts.imports.get('env._emscripten_throw_longjmp');
  check(throwLongjmp && throwLongjmp.params.length === 0 && throwLongjmp.results.length === 0,
    'env._emscripten_throw_longjmp must be imported as () -> ()');

  m.setFeatures(m.getFeatures() | b.Features.ExceptionHandling);
  m.addTag(LONGJMP_TAG, b.none, b.none);

  const invokes = [...facts.imports.values()].filter((i) => i.module === 'env' && i.base.startsWith('invoke_'));
  check(invokes.length > 0, 'expected env.invoke_* imports');
  for (const imp of invokes) {
    const sig = imp.base.slice('invoke_'.length);
    check(/^[vi]i*$/.test(sig), `unsupported invoke signature ${imp.base}`);
    const returns = sig[0] === 'i';
    const argCount = sig.length - 1;
    check(imp.params.length === argCount + 1 && imp.params.every((t) => t === b.i32),
      `${imp.base} must take an i32 table index and ${argCount} i32 arguments`);
    check(imp.results.length === (returns ? 1 : 0) && (!returns || imp.results[0] === b.i32),
      `${imp.base} has an unexpected result type`);

    const resultType = returns ? b.i32 : b.none;
    const calleeParams = b.createType(new Array<number>(argCount).fill(b.i32));
    const savedSp = argCount + 1; // first local after the params
    const args: ExpressionRef[] = [];
    for (let i = 1; i <= argCount; i++) args.push(m.local.get(i, b.i32));
    const call = m.call_indirect(facts.tableName, m.local.get(0, b.i32), args, calleeParams, resultType);
    const onLongjmp = m.block(null, [
      m.global.set(facts.stackPointer, m.local.get(savedSp, b.i32)),
      m.call(setThrew, [m.i32.const(1), m.i32.const(0)], b.none),
      ...(returns ? [m.i32.const(0)] : []),
    ], resultType);
    const body = m.block(null, [
      m.local.set(savedSp, m.global.get(facts.stackPointer, b.i32)),
      m.try('', call, [LONGJMP_TAG], [onLongjmp]),
    ], resultType);

    m.removeFunction(imp.internalName);
    m.addFunction(imp.internalName, b.createType(imp.params), resultType, [b.i32], body);
    facts.imports.delete(`${imp.module}.${imp.base}`);
  }

  m.removeFunction(throwLongjmp.internalName);
  m.addFunction(throwLongjmp.internalName, b.none, b.none, [], m.throw(LONGJMP_TAG, []));
  facts.imports.delete('env._emscripten_throw_longjmp');
}
