import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The tools that shape the output, with their versions, for the manifest. */
export const CLANG = 'clang-19';

function firstLine(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]!.trim();
  } catch {
    throw new Error(`${command} is not installed: apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32`);
  }
}

function debianPackage(name: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function toolchainVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const binaryenPackage = JSON.parse(readFileSync(require.resolve('binaryen/package.json'), 'utf8')) as { version: string };
  return {
    clang: firstLine(CLANG, ['--version']),
    'wasm-ld': firstLine('wasm-ld-19', ['--version']),
    'wasi-libc': debianPackage('wasi-libc'),
    'libclang-rt-19-dev-wasm32': debianPackage('libclang-rt-19-dev-wasm32'),
    binaryen: binaryenPackage.version,
    'mpy-cross host compiler': firstLine('cc', ['--version']),
  };
}
