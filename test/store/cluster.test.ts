import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REDIS_MISSING, redisAvailable } from '../../bench/cluster-redis.js';
import { runClusterLoad } from '../../bench/cluster-load.js';

/**
 * Several processes behind a load balancer, for real: a redis-server, two `micropython-sandbox mcp
 * --mcp-http --redis` processes, agents with a session each, calls spread over both; one process
 * is SIGKILLed halfway. Every session must continue on the other process from its last saved
 * state: only the runs that were in flight on the dead process may be lost. (The same load,
 * larger, is `npm run bench:cluster`.)
 */

describe('sessions across processes (Redis)', () => {
  test('a process killed mid-run loses only its in-flight runs; every session continues on the other', {
    skip: redisAvailable() ? false : REDIS_MISSING, timeout: 60_000,
  }, async () => {
    const result = await runClusterLoad({ agents: 4, callsPerAgent: 6, leaseMs: 2000, work: 'import time\ntime.sleep(0.05)' });
    assert.ok(!('skipped' in result), 'redis-server started');
    if ('skipped' in result) return;
    assert.deepEqual(result.problems, []);
    assert.equal(result.sessionsLost, 0);
    assert.equal(result.runsFailed, 0);
    assert.equal(result.runsOk + result.runsLostInFlight, 24);
    assert.ok(result.runsOk >= 20, `most runs succeed (${result.runsOk})`);
  });
});
