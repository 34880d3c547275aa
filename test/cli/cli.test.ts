import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mps-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI: sources and exit codes', () => {
  test('-c runs code and exits 0', async () => {
    const r = await cli(['-c', 'print(1 + 1)']);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '2\n', '']);
  });

  test('a script file runs', async () => {
    const file = join(dir, 'script.py');
    writeFileSync(file, 'import sys\nprint("from file", sys.platform)\n');
    const r = await cli([file]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'from file micropython-sandbox\n');
  });

  test('- reads the program from stdin, and so does a piped stdin without arguments', async () => {
    assert.equal((await cli(['-'], 'print(sum(range(10)))\n')).stdout, '45\n');
    assert.equal((await cli([], 'print("piped")\n')).stdout, 'piped\n');
  });

  test('a Python error exits 1 with the traceback on stderr', async () => {
    const r = await cli(['-c', 'def f():\n    return 1 / 0\nf()']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Traceback \(most recent call last\):\n {2}File "<stdin>", line 3, in <module>\n {2}File "<stdin>", line 2, in f\nZeroDivisionError: division by zero\n/);
  });

  test('limits exit 3: fuel, timeout, memory', async () => {
    const fuel = await cli(['--fuel', '100000', '-c', 'while True: pass']);
    assert.equal(fuel.code, 3);
    assert.match(fuel.stderr, /FuelExhausted/);
    const time = await cli(['--timeout', '200ms', '--fuel', '1e15', '-c', 'while True: pass']);
    assert.equal(time.code, 3);
    assert.match(time.stderr, /Timeout/);
    const memory = await cli(['--memory', '16M', '-c', 'x = bytearray(64 * 1024 * 1024)']);
    assert.equal(memory.code, 3);
    assert.match(memory.stderr, /MemoryError/);
  });

  test('usage errors exit 2 with one clear line and no stack trace', async () => {
    for (const args of [['--bogus'], ['--memory', '12x', '-c', '1'], ['--fuel', 'lots', '-c', '1'], ['--timeout', 'soon', '-c', '1'],
      ['--mount', 'nocolon', '-c', '1'], ['--file', 'no-equals', '-c', '1'], ['/no/such/file.py'], ['--memory', '1K', '-c', '1']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.match(r.stderr, /^micropython-sandbox: /);
    }
  });

  test('--help and --version', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: micropython-sandbox/);
    assert.match(help.stdout, /Examples:/);
    assert.match(help.stdout, /Exit codes: 0 ok, 1 Python error, 2 usage error, 3 limit hit/);
    const version = await cli(['--version']);
    assert.match(version.stdout, /^micropython-sandbox \d+\.\d+\.\d+ \(MicroPython 1\.28\.0\)\n$/);
  });
});

describe('CLI: --json', () => {
  test('prints the whole result object', async () => {
    const r = await cli(['--json', '-c', 'print("out")\n6 * 7']);
    assert.equal(r.code, 0);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(result).sort(), ['durationMs', 'error', 'fuelUsed', 'memoryBytes', 'ok', 'stderr', 'stdout', 'truncated', 'value', 'valueRepr'].sort());
    assert.equal(result['ok'], true);
    assert.equal(result['stdout'], 'out\n');
    assert.equal(result['value'], 42);
    assert.equal(result['error'], null);
    assert.deepEqual(result['truncated'], { stdout: false, stderr: false });
  });

  test('includes the error and keeps the exit code', async () => {
    const r = await cli(['--json', '-c', 'raise ValueError("bad")']);
    assert.equal(r.code, 1);
    const result = JSON.parse(r.stdout) as { error: { type: string; message: string; kind: string; line: number } };
    assert.deepEqual([result.error.type, result.error.message, result.error.kind, result.error.line], ['ValueError', 'bad', 'exception', 1]);
  });
});

describe('CLI: limits and grants', () => {
  test('--stdout-limit truncates and flags it', async () => {
    const r = await cli(['--json', '--stdout-limit', '100', '-c', 'print("x" * 1000)']);
    const result = JSON.parse(r.stdout) as { stdout: string; truncated: { stdout: boolean } };
    assert.equal(result.stdout.length, 100);
    assert.equal(result.truncated.stdout, true);
  });

  test('--mount is read-only by default; :rw lets the guest write to the host', async () => {
    const data = join(dir, 'data');
    const out = join(dir, 'out');
    for (const d of [data, out]) rmSync(d, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(data);
    (await import('node:fs')).mkdirSync(out);
    writeFileSync(join(data, 'in.txt'), 'input data');
    const r = await cli(['--mount', `${data}:/data`, '--mount', `${out}:/out:rw`, '-c',
      'print(open("/data/in.txt").read())\ntry:\n    open("/data/new.txt", "w")\nexcept OSError as e:\n    print("ro", e.errno)\nopen("/out/result.txt", "w").write("written")']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^input data\nro (30|13)\n$/);
    assert.equal(readFileSync(join(out, 'result.txt'), 'utf8'), 'written');
  });

  test('--file places a copy of a host file; --fs-quota bounds in-memory storage', async () => {
    const file = join(dir, 'numbers.csv');
    writeFileSync(file, '1,2\n3,4\n');
    const r = await cli(['--file', `/data/numbers.csv=${file}`, '-c', 'print(sum(int(x) for line in open("/data/numbers.csv") for x in line.split(",")))']);
    assert.equal(r.stdout, '10\n');
    const quota = await cli(['--fs-quota', '64K', '-c', 'try:\n    open("/tmp/big", "wb").write(b"x" * 200000)\nexcept OSError as e:\n    print("full", e.errno)']);
    assert.equal(quota.stdout, 'full 28\n');
  });

  test('--allow-net grants HTTP to the listed host only', async () => {
    let server: Server | undefined;
    try {
      server = createServer((_req, res) => res.end('pong'));
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const port = (server.address() as { port: number }).port;
      const code = `import requests\nprint(requests.get("http://127.0.0.1:${port}/").text)\ntry:\n    requests.get("http://127.0.0.1:${port + 1}/")\nexcept requests.HttpError:\n    print("refused")`;
      const r = await cli(['--allow-net', `127.0.0.1:${port}`, '-c', code]);
      assert.equal(r.stdout, 'pong\nrefused\n', r.stderr);
      const denied = await cli(['-c', 'import requests']);
      assert.equal(denied.code, 1);
      assert.match(denied.stderr, /ImportError/);
    } finally {
      server?.close();
    }
  });

  test('--deterministic and --seed make random and time reproducible', async () => {
    const code = 'import random, time\nrandom.seed()\nprint(random.getrandbits(30), time.time())';
    const a = await cli(['--deterministic', '-c', code]);
    const b = await cli(['--deterministic', '-c', code]);
    const c = await cli(['--seed', '7', '-c', code]);
    assert.equal(a.stdout, b.stdout);
    assert.notEqual(a.stdout, c.stdout);
  });
});
