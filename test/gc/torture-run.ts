import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exec } from '../support/vm.js';
import { CHECKSUM, GC_PROGRAMS, TORTURE_THRESHOLD } from './programs.js';

/**
 * GC torture: each program runs once normally and once with collections forced every few
 * allocations (`gc.threshold(n)`). The outputs must be identical and neither run may trap. Any
 * difference is a GC safety bug (a pointer the conservative scan missed), never a flake.
 */
export function tortureSuite(title: string, names: string[]): void {
  describe(title, () => {
    for (const name of names) {
      test(name, async () => {
        const source = `${CHECKSUM}\n${GC_PROGRAMS[name]!}`;
        // A small first heap keeps each forced collection (which sweeps the whole heap) cheap.
        const config = { heapInitialBytes: 32 * 1024 };
        const normal = await exec(source, { fuel: 2e9, timeoutMs: 120_000 }, config);
        assert.equal(normal.ok, true, normal.error?.traceback ?? normal.error?.message);
        const force = `import gc\ngc.threshold(${TORTURE_THRESHOLD[name]!})\n`;
        const tortured = await exec(`${force}${source}`, { fuel: 2e10, timeoutMs: 120_000 }, config);
        assert.equal(tortured.ok, true, tortured.error?.traceback ?? tortured.error?.message);
        assert.equal(tortured.stdout, normal.stdout);
        assert.ok(normal.stdout.trim().length > 0);
      });
    }
  });
}
