import type binaryen from 'binaryen';
import type { Binaryen, ExpressionRef, Module } from './binaryen.js';
import { check, constAddress, requireExport, type ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * Addresses of interpreter state the host must touch directly, found by shape in exported code.
 *
 * `mp_sched_keyboard_interrupt` stores a pointer to the static KeyboardInterrupt object into
 * `mp_pending_exception`. After a soft stop whose interrupt was never delivered (the run ended
 * first), the host clears that word so the next run in a session does not start interrupted.
 */
export interface VmStateAddresses {
  pendingException: number;
}

export function findVmState(b: Binaryen, m: Module, facts: ModuleFacts): VmStateAddresses {
  const body = b.getFunctionInfo(m.getFunction(requireExport(facts, 'mp_sched_keyboard_interrupt'))).body;
  const stores: Array<{ address: number | undefined; value: ExpressionRef }> = [];
  walk(b, body, (e, id) => {
    if (id !== b.StoreId) return;
    const info = b.getExpressionInfo(e) as binaryen.StoreInfo;
    stores.push({ address: constAddress(b, info.ptr, info.offset), value: info.value });
  });
  const first = stores[0];
  check(first?.address !== undefined, 'mp_sched_keyboard_interrupt must start with a store to a static address');
  const value = b.getExpressionInfo(first.value) as binaryen.BinaryInfo;
  check(value.id === b.BinaryId && constAddress(b, value.left, 0) !== undefined && constAddress(b, value.right, 0) !== undefined,
    'mp_sched_keyboard_interrupt must store the static KeyboardInterrupt object');
  return { pendingException: first.address };
}
