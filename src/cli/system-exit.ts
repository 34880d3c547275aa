import type { RunError } from '../core/result.js';

/**
 * An uncaught SystemExit ends the program the way CPython ends it: `sys.exit()`, `sys.exit(None)`
 * and `raise SystemExit` exit 0 quietly; `sys.exit(n)` exits with n (modulo 256, as the OS keeps
 * it); anything else (`sys.exit("message")`) is printed to stderr and exits 1.
 *
 * The result reports the exception as printed text, so `sys.exit("3")` reads as `sys.exit(3)`.
 */
export interface ProgramExit {
  code: number;
  /** Printed to stderr before exiting. */
  message?: string;
}

export function programExit(error: RunError | null): ProgramExit | undefined {
  if (!error || error.kind !== 'exception' || error.type !== 'SystemExit') return undefined;
  const { message } = error;
  if (message === '' || message === 'None') return { code: 0 };
  if (/^-?\d+$/.test(message)) return { code: Number(BigInt.asUintN(8, BigInt(message))) };
  return { code: 1, message };
}
