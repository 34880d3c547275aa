import type { GuestMemory } from './guest-memory.js';

/**
 * `mps.host_call` / `mps.host_reply` (native/port/modhost.c): the guest's one channel to the
 * host. A request is a count then (byte length, UTF-8 bytes) per argument; the handler's string
 * reply is kept here until the guest, having allocated room for it, asks for it.
 */

/** Receives the string arguments of a host call; returns the reply, or undefined for none. */
export type HostCallHandler = (args: readonly string[]) => string | undefined;

const MAX_ARGS = 16;

export function createHostCallImports(mem: GuestMemory, handler: HostCallHandler) {
  let pending: Uint8Array | undefined;

  function decodeRequest(ptr: number, len: number): string[] | undefined {
    if (!mem.inBounds(ptr, len) || len < 4) return undefined;
    const count = mem.getU32(ptr);
    if (count > MAX_ARGS) return undefined;
    const args: string[] = [];
    let at = ptr + 4;
    const end = ptr + len;
    for (let i = 0; i < count; i++) {
      if (at + 4 > end) return undefined;
      const n = mem.getU32(at);
      at += 4;
      if (n > end - at) return undefined;
      const text = mem.readStrictString(at, n);
      if (text === undefined) return undefined;
      args.push(text);
      at += n;
    }
    return at === end ? args : undefined;
  }

  return {
    host_call(ptr: number, len: number): number {
      pending = undefined;
      const args = decodeRequest(ptr, len);
      if (!args) return -1;
      const reply = handler(args);
      if (reply === undefined) return -1;
      pending = new TextEncoder().encode(reply);
      return pending.length;
    },
    host_reply(ptr: number, len: number): number {
      const reply = pending;
      pending = undefined;
      if (!reply || len !== reply.length || !mem.inBounds(ptr, len)) return -1;
      mem.copyIn(ptr, reply);
      return len;
    },
  };
}
