import type { GuestMemory } from './guest-memory.js';
import { JsKind, readMpValue, writeJsScalar, VALUE_SLOT_BYTES, type MpValue } from './proxy-values.js';

/**
 * The `js` / `jsffi` proxy imports. In the official glue, reference 0 is `globalThis`, which
 * hands the guest `process`, `require` and the rest of the host. Here the reference table holds
 * only what this file puts in it:
 *
 *   0  the namespace `import js` sees; it has exactly one attribute, `__mps_call__`
 *   1  undefined
 *   2  the host-call entry point (`__mps_call__`)
 *
 * Nothing the guest does can add a host object to the table. Every other lookup misses (Python
 * sees AttributeError), stores are dropped, other calls and iteration yield `undefined`.
 *
 * The host-call entry takes only strings and returns a string; the sandbox prelude wraps it in
 * Python so host functions and result capture look like plain Python to the guest.
 *
 * All reference numbers and pointers arriving here are guest-controlled integers and are treated
 * as such. Python objects the guest hands over by reference are released at once, so the guest's
 * proxy table cannot grow without bound.
 */

export interface BridgeExports {
  malloc(size: number): number;
  free(ptr: number): void;
  proxy_c_free_obj(ref: number): void;
}

/** Receives the string arguments of a host call; returns the string result for the guest. */
export type HostCallHandler = (args: readonly string[]) => string;

export const HOST_CALL_ATTRIBUTE = '__mps_call__';
const NAMESPACE_REF = 0;
const HOST_CALL_REF = 2;
/** References below this are never freed. */
const STATIC_REFS = 3;
const MAX_ATTRIBUTE_BYTES = 256;
const MAX_HOST_CALL_ARGS = 8;

export function createJsBridgeImports(mem: GuestMemory, exports: () => BridgeExports, hostCall: HostCallHandler) {
  const malloc = (n: number) => exports().malloc(n);

  /** Reads a Python value handed to the host, releasing any guest-side reference it carries. */
  function consume(slot: number): MpValue {
    if (!mem.inBounds(slot, VALUE_SLOT_BYTES)) return { kind: 'null' };
    const value = readMpValue(mem, slot);
    if (value.kind === 'ref') exports().proxy_c_free_obj(value.ref);
    return value;
  }

  function consumeArray(slots: number, count: number): MpValue[] {
    if (!Number.isInteger(count) || count < 0 || count > 0x10000) return [];
    const values: MpValue[] = [];
    for (let i = 0; i < count; i++) values.push(consume(slots + i * VALUE_SLOT_BYTES));
    return values;
  }

  function writeResult(out: number, value: string | undefined): void {
    if (mem.inBounds(out, VALUE_SLOT_BYTES)) writeJsScalar(mem, out, value, malloc);
  }

  function attributeName(ptr: number): string | undefined {
    return mem.readCString(ptr, MAX_ATTRIBUTE_BYTES);
  }

  /** Dispatches a call on reference `ref`; only the host-call entry does anything. */
  function call(ref: number, args: MpValue[], out: number): void {
    if (ref !== HOST_CALL_REF || args.length > MAX_HOST_CALL_ARGS || !args.every((a) => a.kind === 'str')) {
      writeResult(out, undefined);
      return;
    }
    writeResult(out, hostCall(args.map((a) => (a as { value: string }).value)));
  }

  return {
    lookup_attr(ref: number, name: number, out: number): number {
      if (ref !== NAMESPACE_REF || attributeName(name) !== HOST_CALL_ATTRIBUTE) return 0;
      if (!mem.inBounds(out, VALUE_SLOT_BYTES)) return 0;
      mem.setI32(out, JsKind.OBJECT);
      mem.setU32(out + 4, HOST_CALL_REF);
      return 1;
    },
    has_attr(ref: number, name: number): number {
      return ref === NAMESPACE_REF && attributeName(name) === HOST_CALL_ATTRIBUTE ? 1 : 0;
    },
    store_attr(_ref: number, _name: number, value: number): void {
      consume(value);
    },
    call0(ref: number, out: number): void {
      call(ref, [], out);
    },
    call1(ref: number, _viaCall: number, a0: number, out: number): number {
      call(ref, [consume(a0)], out);
      return 0;
    },
    call2(ref: number, _viaCall: number, a0: number, a1: number, out: number): number {
      call(ref, [consume(a0), consume(a1)], out);
      return 0;
    },
    calln(ref: number, _viaCall: number, nArgs: number, args: number, out: number): number {
      call(ref, consumeArray(args, nArgs), out);
      return 0;
    },
    call0_kwarg(_ref: number, _viaCall: number, nKw: number, _keys: number, values: number, out: number): void {
      consumeArray(values, nKw);
      writeResult(out, undefined);
    },
    calln_kwarg(_ref: number, _viaCall: number, nArgs: number, args: number, nKw: number, _keys: number,
      values: number, out: number): void {
      consumeArray(args, nArgs);
      consumeArray(values, nKw);
      writeResult(out, undefined);
    },
    js_reflect_construct(_ref: number, nArgs: number, args: number, out: number): void {
      consumeArray(args, nArgs);
      writeResult(out, undefined);
    },
    js_subscr_load(_ref: number, index: number, out: number): void {
      consume(index);
      writeResult(out, undefined);
    },
    js_subscr_store(_ref: number, index: number, value: number): void {
      consume(index);
      consume(value);
    },
    js_get_iter(_ref: number, out: number): void {
      writeResult(out, undefined);
    },
    js_iter_next(_ref: number, _out: number): number {
      return 0; // exhausted
    },
    proxy_js_free_obj(_ref: number): void {
      // Only static references exist; there is nothing to free.
    },
    js_check_existing(_cRef: number): number {
      return -1;
    },
    js_get_error_info(_ref: number, outName: number, outMessage: number): void {
      writeResult(outName, 'Error');
      writeResult(outMessage, '');
    },
    js_get_proxy_js_ref_info(out: number): void {
      if (!mem.inBounds(out, 8)) return;
      mem.setU32(out, STATIC_REFS);
      mem.setU32(out + 4, STATIC_REFS);
    },
    /** `jsffi.create_proxy` / `to_js`: nothing can become a host object, so the result is undefined. */
    proxy_convert_mp_to_js_then_js_to_mp_obj_jsside(out: number): void {
      consume(out);
      writeResult(out, undefined);
    },
    proxy_convert_mp_to_js_then_js_to_js_then_js_to_mp_obj_jsside(out: number): void {
      consume(out);
      writeResult(out, undefined);
    },
    create_promise(outSet: number, outPromise: number): void {
      consume(outSet);
      writeResult(outPromise, undefined);
    },
    js_then_resolve(value: number, resolve: number): void {
      consume(value);
      consume(resolve);
    },
    js_then_reject(value: number, reject: number): void {
      consume(value);
      consume(reject);
    },
    js_then_continue(_ref: number, pyResume: number, resolve: number, reject: number, out: number): void {
      consume(pyResume);
      consume(resolve);
      consume(reject);
      writeResult(out, undefined);
    },
  };
}
