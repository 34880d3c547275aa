import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { Pool, RunResult, Session } from '../../src/index.js';

/**
 * Shared checks for the hostile suite. Every attack asserts two things: the attack itself failed
 * (the guest got an error, a refusal, or nothing of value), and the host is unharmed:
 *
 *   - the process is alive and its event loop still runs timers (measured by a timer firing,
 *     never by a threshold on duration);
 *   - memory is bounded (RSS below a generous 2 GiB);
 *   - a canary session created before the attack still holds its value and its file, and was
 *     not rebuilt behind our back (`recovered` stays unset);
 *   - the pool still runs `1 + 1`.
 */

export const RSS_BOUND_BYTES = 2 * 1024 * 1024 * 1024;

/** Generous per-test time limit: a hang fails the test instead of the whole run. */
export const ATTACK_TIMEOUT_MS = 30_000;

export interface Canary {
  session: Session;
  token: string;
}

/** A session holding a unique value and file, created before any attack. */
export async function createCanary(pool: Pool): Promise<Canary> {
  const token = `canary-${randomUUID()}`;
  const session = await pool.createSession();
  const r = await session.run(`token = ${JSON.stringify(token)}\nopen("/tmp/canary.txt", "w").write(token)\ntoken`);
  assert.equal(r.value, token, 'the canary session could not be set up');
  return { session, token };
}

/** Resolves when a setTimeout(0) fires: the event loop is turning. */
export function timerFires(): Promise<true> {
  return new Promise((resolve) => setTimeout(() => resolve(true), 0));
}

/**
 * Runs an attack while a timer is scheduled on the host. Reports whether the timer fired before
 * the attack settled (for guests that spin for hundreds of milliseconds, it must have: the guest
 * runs on a worker thread, never on the caller's event loop).
 */
export async function duringAttack<T>(attack: () => Promise<T>): Promise<{ value: T; timerFiredFirst: boolean }> {
  let settled = false;
  let timerFiredFirst = false;
  const timer = new Promise<void>((resolve) => {
    setTimeout(() => {
      timerFiredFirst = !settled;
      resolve();
    }, 0);
  });
  const running = attack().finally(() => {
    settled = true;
  });
  const [value] = await Promise.all([running, timer]);
  return { value, timerFiredFirst };
}

/** For attacks that keep a guest busy for a while: the host timer must fire before they end. */
export async function spinningAttack<T>(attack: () => Promise<T>): Promise<T> {
  const { value, timerFiredFirst } = await duringAttack(attack);
  assert.ok(timerFiredFirst, 'a host timer scheduled during the attack fired only after the attack ended');
  return value;
}

export async function assertHostUnharmed(pool: Pool, canary: Canary): Promise<void> {
  // Alive (trivially, we are running) and the event loop turns.
  assert.equal(process.kill(process.pid, 0), true);
  assert.equal(await timerFires(), true);
  // Memory bounded.
  const rss = process.memoryUsage().rss;
  assert.ok(rss < RSS_BOUND_BYTES, `host RSS is ${Math.round(rss / 2 ** 20)} MiB after the attack`);
  // Other sessions intact, not silently rebuilt.
  const c = await canary.session.run('(token, open("/tmp/canary.txt").read())');
  assert.equal(c.recovered, undefined, `the canary session was rebuilt (${String(c.recovered)}): its state was lost`);
  assert.deepEqual(c.value, [canary.token, canary.token], `the canary session lost its state: ${c.error?.type ?? ''}`);
  // The pool still works.
  const r = await pool.run('1 + 1');
  assert.equal(r.value, 2);
}

/** A test with a time limit, so a hang or deadlock fails loudly instead of stalling the suite. */
export function attack(name: string, fn: () => Promise<void>): void {
  test(name, { timeout: ATTACK_TIMEOUT_MS }, fn);
}

/** The guest raised an exception (not a limit, not a crash) of this type. */
export function assertGuestError(r: RunResult, type: string | RegExp): void {
  assert.equal(r.ok, false, `the attack succeeded: ${r.stdout.slice(0, 200)} ${r.valueRepr ?? ''}`);
  if (typeof type === 'string') assert.equal(r.error?.type, type, `${r.error?.type}: ${r.error?.message}`);
  else assert.match(r.error?.type ?? '', type, `${r.error?.type}: ${r.error?.message}`);
}

/** The run ended through a limit of this kind (a clean stop, not a host failure). */
export function assertLimit(r: RunResult, limit: 'fuel' | 'timeout' | 'memory' | 'cancelled', stop?: 'soft' | 'hard'): void {
  assert.equal(r.ok, false, 'the run was expected to be stopped by a limit');
  assert.equal(r.error?.kind, 'limit', `${r.error?.type}: ${r.error?.message}`);
  assert.equal(r.error?.limit, limit, `${r.error?.type}: ${r.error?.message}`);
  if (stop) assert.equal(r.error?.stop, stop);
}

/**
 * Python prelude for attacks that try many things in one run: `attempt(fn, *args)` returns a
 * short string naming the outcome (`ok:<repr>`, or the exception type and errno/message).
 */
export const ATTEMPT = [
  'def attempt(fn, *args):',
  '    try:',
  '        return "ok:" + repr(fn(*args))[:200]',
  '    except OSError as e:',
  '        return "OSError:" + str(e.errno if hasattr(e, "errno") else e.args[0])',
  '    except BaseException as e:',
  '        return type(e).__name__ + ":" + str(e)[:200]',
  '',
].join('\n');

/**
 * Text the guest was given about a host-side failure names what failed, never host details: no
 * IP address, no memory address or long hex run (OpenSSL prints its thread id as one), no
 * absolute or source path, no stack trace.
 */
export function assertNoHostDetails(text: string): void {
  const leaks: Array<[string, RegExp]> = [
    ['an IPv4 address', /\b(?:\d{1,3}\.){3}\d{1,3}\b/],
    ['an IPv6 address', /(?:^|[^\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/i],
    ['a memory address', /0x[0-9a-f]{4,}/i],
    ['a long hex run', /\b[0-9a-f]{12,}\b/i],
    ['a path', /(?:^|[\s'"(=:])\.{0,2}(?:[\\/][\w.@~-]+){2,}/],
    ['a source location', /\.(?:c|cc|js|ts|mjs):\d+/],
    ['a stack trace', /\n\s*at\s|node:internal/],
  ];
  for (const [what, pattern] of leaks) assert.doesNotMatch(text, pattern, `${what} reached the guest: ${text}`);
}
