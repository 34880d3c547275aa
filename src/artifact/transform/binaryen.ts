/**
 * binaryen.js is a large Emscripten module with top-level await; load it only when a transform
 * actually runs (cache misses), never on the hot path of loading a cached binary.
 */
import type binaryenType from 'binaryen';

export type Binaryen = typeof binaryenType;
export type Module = binaryenType.Module;
export type ExpressionRef = number;
export type FunctionRef = number;

let loaded: Promise<Binaryen> | undefined;

export function loadBinaryen(): Promise<Binaryen> {
  loaded ??= import('binaryen').then((mod) => mod.default);
  return loaded;
}

/** Per-kind expression accessors that binaryen.js provides at runtime but its typings omit. */
export interface ExpressionHelpers {
  Loop: { getBody(loop: ExpressionRef): ExpressionRef; setBody(loop: ExpressionRef, body: ExpressionRef): void; getName(loop: ExpressionRef): string | null };
  Break: { getName(br: ExpressionRef): string; getCondition(br: ExpressionRef): ExpressionRef };
  Call: { getTarget(call: ExpressionRef): string; setTarget(call: ExpressionRef, target: string): void };
  Function: { setBody(func: FunctionRef, body: ExpressionRef): void };
}

export function helpers(b: Binaryen): ExpressionHelpers {
  return b as unknown as ExpressionHelpers;
}
