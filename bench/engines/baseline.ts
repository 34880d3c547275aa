import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interpreterEngine, type VmLike } from './interpreter-engine.js';
import type { InProcessEngine } from './types.js';

/**
 * `--baseline <dir>`: a built checkout of an earlier version of this project (for example
 * `git worktree add /tmp/baseline 55357e0 && cd /tmp/baseline && npm ci`), loaded from
 * <dir>/build/src and run in this process exactly like ours: through its own Interpreter, a fresh
 * VM per run, the same memory cap and limits. It is our own code at another commit, so it may
 * share the process (unlike the official glue).
 *
 * Two layouts are known: the engine built from source (`engine/module.js`, getCompiledEngine) and
 * the first engine, the official binary rewritten at install time (`artifact/module-cache.js`,
 * getCompiledArtifact; its transform is cached in <dir>/.cache by `npm ci`).
 */

interface EngineLoader {
  file: string;
  exportName: string;
}

const LOADERS: readonly EngineLoader[] = [
  { file: 'engine/module.js', exportName: 'getCompiledEngine' },
  { file: 'artifact/module-cache.js', exportName: 'getCompiledArtifact' },
];

type InterpreterConstructor = new (engine: unknown, config: Record<string, unknown>) => VmLike;

async function importFrom(src: string, file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(src, file)).href)) as Record<string, unknown>;
}

/** "name@version, commit abc1234 at <dir>": which code the baseline is. */
function describeCheckout(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
  const head = spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  const commit = head.status === 0 ? `commit ${head.stdout.trim()}` : 'commit unknown';
  return `${pkg.name ?? '?'}@${pkg.version ?? '?'}, ${commit} at ${dir}`;
}

export async function loadBaselineEngine(dir: string, memoryLimitBytes: number): Promise<InProcessEngine> {
  const root = resolve(dir);
  const src = join(root, 'build', 'src');
  if (!existsSync(join(src, 'interpreter', 'interpreter.js'))) {
    throw new Error(`--baseline ${dir}: no ${join(src, 'interpreter', 'interpreter.js')} (is it a built checkout? run npm ci there)`);
  }
  const loader = LOADERS.find((l) => existsSync(join(src, l.file)));
  if (!loader) throw new Error(`--baseline ${dir}: none of ${LOADERS.map((l) => l.file).join(', ')} in ${src}`);

  const loaderModule = await importFrom(src, loader.file);
  const load = loaderModule[loader.exportName];
  if (typeof load !== 'function') throw new Error(`--baseline ${dir}: ${loader.file} has no ${loader.exportName}()`);
  const compiled: unknown = await (load as () => Promise<unknown>)();

  const Interpreter = (await importFrom(src, 'interpreter/interpreter.js'))['Interpreter'];
  if (typeof Interpreter !== 'function') throw new Error(`--baseline ${dir}: interpreter/interpreter.js exports no Interpreter`);
  // The checkout's own VM defaults (initial heap, Python stack); the memory cap is ours, so both
  // engines collect garbage under the same cap.
  const limits = existsSync(join(src, 'core', 'limits.js')) ? await importFrom(src, 'core/limits.js') : {};
  const config = {
    memoryLimitBytes,
    heapInitialBytes: typeof limits['HEAP_INITIAL_BYTES'] === 'number' ? limits['HEAP_INITIAL_BYTES'] : 256 * 1024,
    pystackWords: typeof limits['PYSTACK_WORDS'] === 'number' ? limits['PYSTACK_WORDS'] : 16 * 1024,
  };
  const Ctor = Interpreter as InterpreterConstructor;
  return interpreterEngine('baseline', `previous engine: ${describeCheckout(root)} (${loader.file}) via its Interpreter, fresh VM per run`,
    () => new Ctor(compiled, config));
}
