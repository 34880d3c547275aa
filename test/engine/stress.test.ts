import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Interpreter } from '../../src/interpreter/interpreter.js';
import { artifactAndTemplate, TEST_CONFIG, TEST_LIMITS } from '../support/vm.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function settle(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 50));
  }
  return process.memoryUsage().rss;
}

describe('stress', () => {
  test('1,000 fresh VMs in one process do not leak memory', async () => {
    const { artifact, template } = await artifactAndTemplate();
    const warm = () => {
      const vm = new Interpreter(artifact, TEST_CONFIG, template);
      const out = vm.exec('x = [i for i in range(1000)]\nprint(len(x))', TEST_LIMITS);
      assert.equal(out.stdout, '1000\n');
      vm.dispose();
    };
    for (let i = 0; i < 100; i++) warm();
    const before = await settle();
    for (let i = 0; i < 1000; i++) warm();
    const after = await settle();
    // Each VM touches well over 1 MiB; a leak of one VM per run would add more than 1 GiB.
    assert.ok(after - before < 200 * 1024 * 1024, `RSS grew by ${((after - before) / 1048576).toFixed(1)} MiB over 1,000 VMs`);
  });
});
