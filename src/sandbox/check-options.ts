import { resolveLimits, resolveSessionConfig } from './options.js';

/**
 * Validates session options up front (limits and grants), for code that creates sessions later
 * (the framework adapters, stored sessions), so a bad option fails where it is given, not at the
 * first call. Throws InvalidOptionsError naming the field.
 */
export function checkSessionOptions(options: object): void {
  const record = options as Record<string, unknown>;
  resolveSessionConfig(record, resolveLimits(record), true);
}
