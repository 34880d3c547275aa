import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BIN, cli } from '../support/cli.js';

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

  test('limits exit 3 with one plain line naming the flag: fuel, timeout, memory (no traceback the user never caused)', async () => {
    const fuel = await cli(['--fuel', '100000', '-c', 'x = 1\nwhile True: pass']);
    assert.deepEqual([fuel.code, fuel.stderr], [3, 'micropython-sandbox: stopped: the program used all of its fuel, --fuel 100,000 (at line 2)\n']);
    const time = await cli(['--timeout', '200ms', '--fuel', '1e15', '-c', 'while True: pass']);
    assert.deepEqual([time.code, time.stderr], [3, 'micropython-sandbox: stopped: the program ran longer than --timeout 200 ms (at line 1)\n']);
    const memory = await cli(['--memory', '16M', '-c', 'x = bytearray(64 * 1024 * 1024)']);
    assert.deepEqual([memory.code, memory.stderr], [3, 'micropython-sandbox: stopped: the program ran out of memory, --memory 16 MiB (at line 1)\n']);
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

describe('CLI: behaves like python', () => {
  test('sys.exit(n) exits n; sys.exit("msg") prints msg and exits 1; sys.exit(), None, exit() and raise SystemExit exit 0', async () => {
    const cases: Array<[string, number, string]> = [
      ['import sys\nprint("before")\nsys.exit(3)\nprint("after")', 3, ''],
      ['import sys\nsys.exit(0)', 0, ''],
      ['import sys\nsys.exit()', 0, ''],
      ['import sys\nsys.exit(None)', 0, ''],
      ['raise SystemExit', 0, ''],
      ['exit(4)', 4, ''],
      ['quit()', 0, ''],
      ['import sys\nsys.exit(256 + 7)', 7, ''],
      ['import sys\nsys.exit("bad input")', 1, 'bad input\n'],
      ['def main():\n    raise SystemExit(2)\nmain()', 2, ''],
    ];
    for (const [code, exitCode, stderr] of cases) {
      const r = await cli(['-c', code]);
      assert.deepEqual([r.code, r.stderr], [exitCode, stderr], code);
    }
    assert.equal((await cli(['-c', 'import sys\nprint("before")\nsys.exit(3)\nprint("after")'])).stdout, 'before\n');
    const caught = await cli(['-c', 'import sys\ntry:\n    sys.exit(5)\nexcept SystemExit as e:\n    print("caught", e.args[0])']);
    assert.deepEqual([caught.code, caught.stdout], [0, 'caught 5\n']);
  });

  test('piped stdin reaches input() and sys.stdin; the program is not read from it', async () => {
    const r = await cli(['-c', 'print(input().upper())\nimport sys\nprint(sys.stdin.read().split())'], 'hello\nmore lines\nhere\n');
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, "HELLO\n['more', 'lines', 'here']\n", '']);
    const file = join(dir, 'echo.py');
    writeFileSync(file, 'import sys\nfor line in sys.stdin:\n    print(len(line.strip()))\n');
    assert.equal((await cli([file], 'a\nbcd\n')).stdout, '1\n3\n');
    const eof = await cli(['-c', 'try:\n    input()\nexcept EOFError as e:\n    print("eof", e)'], '');
    assert.equal(eof.stdout, 'eof EOF when reading a line\n');
  });

  test('arguments after the program reach sys.argv, flags among them included; argv[0] names the program', async () => {
    const file = join(dir, 'args.py');
    writeFileSync(file, 'import sys\nprint(sys.argv)\n');
    assert.equal((await cli([file, 'in.csv', '--memory', '-5', '-c'])).stdout, `['${file}', 'in.csv', '--memory', '-5', '-c']\n`);
    assert.equal((await cli(['--memory', '32M', '-c', 'import sys; print(sys.argv)', 'a', '-b'])).stdout, "['-c', 'a', '-b']\n");
    assert.equal((await cli(['-', 'x'], 'import sys; print(sys.argv)')).stdout, "['-', 'x']\n");
    assert.equal((await cli(['-c', 'import sys; print(sys.argv)'])).stdout, "['-c']\n");
  });

  test('a reader that goes away (| head) ends the program quietly', async () => {
    const child = spawn(process.execPath, [BIN, '-c', 'i = 0\nwhile True:\n    print(i)\n    i += 1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.deepEqual([code, stderr], [0, '']);
  });

  test('tracebacks name a script by its path, show the guest\'s frames only, and file errors read as in CPython', async () => {
    const file = join(dir, 'fails.py');
    writeFileSync(file, 'def f():\n    return 1 / 0\nf()\n');
    const r = await cli([file]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `Traceback (most recent call last):\n  File "${file}", line 3, in <module>\n  File "${file}", line 2, in f\nZeroDivisionError: division by zero\n`);
    const repr = await cli(['-c', 'class A:\n    def __repr__(self):\n        return 1 / 0\nA()']);
    assert.equal(repr.code, 1);
    assert.doesNotMatch(repr.stderr, /<sandbox>/);
    assert.match(repr.stderr, /line 3, in __repr__\nZeroDivisionError/);
    const data = join(dir, 'readonly');
    mkdirSync(data, { recursive: true });
    const ro = await cli(['--mount', `${data}:/data`, '-c', 'open("/data/x", "w")']);
    assert.equal(ro.code, 1);
    assert.match(ro.stderr, /\nOSError: \[Errno 30\] Read-only file system: '\/data\/x'\n$/);
    const missing = await cli(['-c', 'import errno\ntry:\n    open("/nope.txt")\nexcept OSError as e:\n    print(e.errno == errno.ENOENT, e.strerror, e.filename)']);
    assert.equal(missing.stdout, 'True No such file or directory /nope.txt\n');
  });
});

describe('CLI: numbers on the command line', () => {
  test('--timeout takes units, and a plain number is seconds', async () => {
    const sleeper = 'import time\ntime.sleep(0.3)\nprint("done")';
    assert.equal((await cli(['--timeout', '2', '-c', sleeper])).stdout, 'done\n');
    assert.equal((await cli(['--timeout', '2s', '-c', sleeper])).stdout, 'done\n');
    assert.equal((await cli(['--timeout', '0.1', '-c', sleeper])).code, 3);
    assert.equal((await cli(['--timeout=100ms', '-c', sleeper])).code, 3);
    const help = (await cli(['--help'])).stdout;
    assert.match(help, /TIME: seconds, or with a unit: 500ms, 5s/);
    assert.match(help, /SIZE: bytes, or with K, M, G = KiB, MiB, GiB/);
  });

  test('sizes take K/M/G, KiB/MiB/GiB and fractions', async () => {
    for (const size of ['64M', '64MiB', '64mb', '0.5G', '67108864']) {
      const r = await cli(['--json', '--memory', size, '-c', 'x = bytearray(40 * 1024 * 1024)\nlen(x)']);
      assert.equal(r.code, 0, `${size}: ${r.stderr}`);
    }
  });

  test('bad values are told in flag names and human sizes, negative numbers included', async () => {
    const cases: Array<[string[], string]> = [
      [['--memory', '1K'], '--memory must be from 4 MiB to 2 GiB, got 1 KiB'],
      [['--memory', '3G'], '--memory must be from 4 MiB to 2 GiB, got 3 GiB'],
      [['--memory', '-5'], "--memory must not be negative, got '-5'"],
      [['-m', '-64M'], "--memory must not be negative, got '-64M'"],
      [['--fuel', '-1'], "--fuel must not be negative, got '-1'"],
      [['--timeout', '-3s'], "--timeout must not be negative, got '-3s'"],
      [['--timeout', '0'], '--timeout must be from 1 ms to 24 h, got 0 ms'],
      [['--timeout', '2d'], "--timeout expects a time like 5s, 500ms or 2m (a plain number is seconds), got '2d'"],
      [['--stdout-limit', '2T'], '--stdout-limit must be from 0 bytes to 1 GiB, got 2 TiB'],
      [['--memory'], '--memory needs a value'],
      [['--mount', '/no/such/folder:/data'], '--mount is not an existing directory: /no/such/folder'],
    ];
    for (const [args, message] of cases) {
      const r = await cli([...args, '-c', '1']);
      assert.deepEqual([r.code, r.stderr], [2, `micropython-sandbox: ${message}\n`], args.join(' '));
    }
  });
});

describe('CLI: --json', () => {
  test('values keep their precision: big ints as digits, bytes as base64', async () => {
    const r = await cli(['--json', '-c', '[2**53 + 1, 10**30, b"\\x00\\xff", 1.5]']);
    assert.deepEqual((JSON.parse(r.stdout) as { value: unknown }).value, ['9007199254740993', '1000000000000000000000000000000', { $bytes: 'AP8=' }, 1.5]);
  });

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
