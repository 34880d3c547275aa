// Quick start: run code once, then keep state in a session.
// Run: npm run build && node examples/quick-start.mjs
import { createSession, run } from 'micropython-sandbox';

const once = await run('import math\nprint(math.sqrt(2))\n6 * 7', { timeoutMs: 1000 });
console.log('stdout:', once.stdout.trim(), '| value:', once.value);

const session = await createSession({ memoryLimit: 32 * 1024 * 1024 });
try {
  await session.run('history = []\ndef add(x):\n    history.append(x)\n    return sum(history)');
  await session.run('add(40)');
  console.log('session value:', (await session.run('add(2)')).value);

  const failed = await session.run('items = [1, 2]\nitems[5]');
  if (!failed.ok) console.log('error:', failed.error.type, 'at line', failed.error.line);

  const stopped = await session.run('while True:\n    pass', { timeoutMs: 200 });
  console.log('limit:', stopped.error?.type, '| state kept:', (await session.run('len(history)')).value);
} finally {
  await session.close();
}
