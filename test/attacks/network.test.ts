import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe } from 'node:test';
import { createPool, type RunOptions } from '../../src/index.js';
import { ATTEMPT, assertGuestError, assertHostUnharmed, assertNoHostDetails, attack, createCanary, type Canary } from './harness.js';

/**
 * Network attacks, with and without a grant. Two real servers on 127.0.0.1: `allowed` is the only
 * host the grant names; `forbidden` must never see a request. Every escape route is tried: other
 * hosts and ports, private and metadata addresses, other schemes, redirects, header and request
 * line injection, oversized and endless responses.
 */

const pool = createPool({ maxWorkers: 2 });
let canary: Canary;

interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

let allowed: Server;
let forbidden: Server;
/** Also allow-listed (where a test grants it), but a different origin from `allowed`. */
let second: Server;
let allowedPort = 0;
let forbiddenPort = 0;
let secondPort = 0;
const allowedHits: Hit[] = [];
const forbiddenHits: Hit[] = [];
const secondHits: Hit[] = [];

function listen(server: TcpServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

before(async () => {
  canary = await createCanary(pool);
  forbidden = createServer((req, res) => {
    forbiddenHits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.end('FORBIDDEN-SECRET');
  });
  allowed = createServer((req, res) => {
    allowedHits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = req.url ?? '/';
    const redirect = (location: string) => {
      res.writeHead(302, { location });
      res.end();
    };
    if (url === '/to-forbidden') return redirect(`http://127.0.0.1:${forbiddenPort}/stolen`);
    if (url === '/to-metadata') return redirect('http://169.254.169.254/latest/meta-data/iam/');
    if (url === '/to-file') return redirect('file:///etc/passwd');
    if (url === '/to-localhost') return redirect(`http://localhost:${forbiddenPort}/`);
    if (url === '/to-v6') return redirect(`http://[::ffff:127.0.0.1]:${forbiddenPort}/`);
    if (url === '/loop') return redirect('/loop');
    if (url === '/to-second') return redirect(`http://127.0.0.1:${secondPort}/landing`);
    if (url === '/to-second-303') {
      res.writeHead(303, { location: `http://127.0.0.1:${secondPort}/landing` });
      return res.end();
    }
    if (url === '/to-alias') return redirect(`http://localhost:${allowedPort}/landing`);
    if (url === '/to-self') return redirect('/landing');
    if (url === '/huge') {
      const chunk = Buffer.alloc(1 << 20, 0x41);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
      return;
    }
    if (url === '/drip') {
      res.write('a');
      return; // never ends
    }
    if (url === '/many-headers') {
      for (let i = 0; i < 1000; i++) res.setHeader(`x-h${i}`, 'v'.repeat(100));
      return res.end('x');
    }
    res.end('ok');
  });
  second = createServer((req, res) => {
    secondHits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.end('second');
  });
  allowedPort = await listen(allowed);
  forbiddenPort = await listen(forbidden);
  secondPort = await listen(second);
});

after(async () => {
  await pool.close();
  for (const server of [allowed, forbidden, second]) server.closeAllConnections();
  await Promise.all([allowed, forbidden, second].map((server) => new Promise((r) => server.close(r))));
});

beforeEach(() => {
  allowedHits.length = 0;
  forbiddenHits.length = 0;
  secondHits.length = 0;
});

function granted(extra: Partial<RunOptions> = {}): RunOptions {
  return { net: { allow: [`127.0.0.1:${allowedPort}`], timeoutMs: 2000 }, timeoutMs: 5000, ...extra };
}

function assertForbiddenUntouched(): void {
  assert.deepEqual(forbiddenHits, [], 'the forbidden server received a request');
}

/** Runs a list of request expressions, each wrapped in attempt(); returns the outcome strings. */
async function tryRequests(expressions: string[], options: RunOptions = granted()): Promise<string[]> {
  const r = await pool.run(`${ATTEMPT}import requests\nF = ${forbiddenPort}\nA = ${allowedPort}\n[${expressions.map((e) => `attempt(lambda: ${e})`).join(', ')}]`, options);
  assert.equal(r.ok, true, r.error?.message);
  return r.value as string[];
}

describe('network attacks without a grant', () => {
  attack('import socket / requests / http / urllib.request / ssl fails (urllib.parse only parses)', async () => {
    const r = await pool.run(`${ATTEMPT}[attempt(__import__, m) for m in ("socket", "requests", "http", "urllib.request", "ssl", "usocket", "network", "aiohttp")]`);
    assert.equal(r.ok, true, r.error?.message);
    for (const outcome of r.value as string[]) assert.match(outcome, /^ImportError/, outcome);
    await assertHostUnharmed(pool, canary);
  });

  attack('there is no fetch, XMLHttpRequest or WebSocket: no js module, nothing on the host channel', async () => {
    const r = await pool.run(`${ATTEMPT}import _host\n[hasattr(_host, n) for n in ("fetch", "XMLHttpRequest", "WebSocket", "net", "http")] + [attempt(__import__, "js")[:11]]`);
    assert.deepEqual(r.value, [false, false, false, false, false, 'ImportError']);
    await assertHostUnharmed(pool, canary);
  });

  attack('installing the http client by hand (host._grant_network) still reaches nothing', async () => {
    const r = await pool.run(`${ATTEMPT}import host\nhost._grant_network()\nimport requests\nattempt(lambda: requests.get("http://127.0.0.1:${forbiddenPort}/").text)`);
    assert.equal(r.ok, true, r.error?.message);
    assert.match(String(r.value), /^HttpError:network access is not granted/);
    assertForbiddenUntouched();
    await assertHostUnharmed(pool, canary);
  });

  attack("a raw 'http' host call without a grant is refused", async () => {
    const payload = JSON.stringify({ method: 'GET', url: `http://127.0.0.1:${forbiddenPort}/`, headers: {}, body: null, timeout: null });
    const r = await pool.run(`import _host\n_host.call("http", ${JSON.stringify(payload)})`);
    assert.match(String(r.value), /network access is not granted/);
    assertForbiddenUntouched();
    await assertHostUnharmed(pool, canary);
  });
});

describe('network attacks with a grant for one host', () => {
  attack('other ports and hosts are refused before any connection', async () => {
    const results = await tryRequests([
      'requests.get("http://127.0.0.1:%d/" % F).text',
      'requests.get("http://localhost:%d/" % A).text',
      'requests.get("http://127.0.0.2:%d/" % A).text',
      'requests.get("http://127.0.0.1/").text',
      'requests.get("https://127.0.0.1:%d/" % F).text',
    ]);
    for (const outcome of results) assert.match(outcome, /^HttpError:request refused/, outcome);
    assertForbiddenUntouched();
    assert.deepEqual(allowedHits, []);
    await assertHostUnharmed(pool, canary);
  });

  attack('the metadata endpoint and private / special addresses are refused', async () => {
    const results = await tryRequests([
      'requests.get("http://169.254.169.254/latest/meta-data/").text',
      'requests.get("http://[fd00:ec2::254]/latest/meta-data/").text',
      'requests.get("http://10.0.0.1/").text',
      'requests.get("http://[::1]:%d/" % F).text',
      'requests.get("http://0.0.0.0:%d/" % F).text',
      'requests.get("http://[::ffff:127.0.0.1]:%d/" % F).text',
      'requests.get("http://2130706433:%d/" % F).text',
    ]);
    for (const outcome of results) assert.match(outcome, /^HttpError:/, outcome);
    assertForbiddenUntouched();
    await assertHostUnharmed(pool, canary);
  });

  attack('file://, ftp://, data:, javascript: and gopher:// URLs are refused', async () => {
    const results = await tryRequests([
      'requests.get("file:///etc/passwd").text',
      'requests.get("ftp://127.0.0.1:%d/" % A).text',
      'requests.get("data:text/plain,hello").text',
      'requests.get("javascript:alert(1)").text',
      'requests.get("gopher://127.0.0.1:%d/_GET" % A).text',
      'requests.get("//127.0.0.1:%d/" % A).text',
      'requests.get("127.0.0.1:%d" % A).text',
    ]);
    for (const outcome of results) assert.match(outcome, /^HttpError:(request refused: scheme|invalid URL)/, outcome);
    assert.ok(!results.join('').includes('root:'), 'no file content came back');
    assert.deepEqual(allowedHits, []);
    await assertHostUnharmed(pool, canary);
  });

  attack('redirects to a disallowed host, the metadata endpoint, file:// or loopback aliases are refused', async () => {
    const results = await tryRequests([
      'requests.get("http://127.0.0.1:%d/to-forbidden" % A).text',
      'requests.get("http://127.0.0.1:%d/to-metadata" % A).text',
      'requests.get("http://127.0.0.1:%d/to-file" % A).text',
      'requests.get("http://127.0.0.1:%d/to-localhost" % A).text',
      'requests.get("http://127.0.0.1:%d/to-v6" % A).text',
    ]);
    for (const outcome of results) assert.match(outcome, /^HttpError:request refused/, outcome);
    assert.ok(!results.join('').includes('FORBIDDEN-SECRET'));
    assertForbiddenUntouched();
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Both origins are granted, so the redirect itself is allowed; what it must not do is carry the
   * guest's credentials for the first origin to the second (curl and browsers strip them too). A
   * different port, scheme or host name (even an alias of the same address) is another origin.
   */
  attack('a redirect to another allowed origin does not carry Authorization, Cookie or body headers along', async () => {
    const both = granted({ net: { allow: [`127.0.0.1:${allowedPort}`, `127.0.0.1:${secondPort}`, `localhost:${allowedPort}`], timeoutMs: 2000 } });
    const credentials = '{"Authorization": "Bearer SECRET-TOKEN", "cookie": "session=SECRET-COOKIE", "X-Api-Key": "kept"}';
    const results = await tryRequests([
      `requests.get("http://127.0.0.1:%d/to-second" % A, headers=${credentials}).text`,
      `requests.post("http://127.0.0.1:%d/to-second-303" % A, headers=${credentials}, json={"a": 1}).text`,
      `requests.get("http://127.0.0.1:%d/to-alias" % A, headers=${credentials}).text`,
      `requests.get("http://127.0.0.1:%d/to-self" % A, headers=${credentials}).text`,
    ], both);
    assert.deepEqual(results, ["ok:'second'", "ok:'second'", "ok:'ok'", "ok:'ok'"]);
    assert.equal(secondHits.length, 2);
    for (const hit of secondHits) {
      assert.equal(hit.headers.authorization, undefined, 'Authorization crossed to another origin');
      assert.equal(hit.headers.cookie, undefined, 'Cookie crossed to another origin');
      assert.equal(hit.headers['x-api-key'], 'kept', 'an ordinary header was dropped');
    }
    assert.equal(secondHits[1]!.method, 'GET');
    assert.equal(secondHits[1]!.headers['content-type'], undefined, 'a body header survived the switch to GET');
    const landings = allowedHits.filter((hit) => hit.url === '/landing');
    assert.equal(landings.length, 2);
    const [alias, self] = landings;
    assert.equal(alias!.headers.host, `localhost:${allowedPort}`);
    assert.equal(alias!.headers.authorization, undefined, 'Authorization crossed to another host name');
    assert.equal(alias!.headers.cookie, undefined, 'Cookie crossed to another host name');
    assert.equal(self!.headers.authorization, 'Bearer SECRET-TOKEN', 'a same-origin redirect must keep credentials');
    assert.equal(self!.headers.cookie, 'session=SECRET-COOKIE');
    await assertHostUnharmed(pool, canary);
  });

  /*
   * Real failures, each on its own real socket: a closed port, a name that cannot resolve, TLS
   * spoken to a plain HTTP server (OpenSSL's message carries its thread id in hex and a source
   * path), a self-signed certificate, a server that answers garbage, one that resets the
   * connection, one that accepts and never answers. The names the guest used are host names, so any
   * address in the text would have come from the host's own resolution.
   */
  attack('network errors tell the guest what failed without host addresses, paths or stack traces', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mps-tls-'));
    const key = join(scratch, 'key.pem');
    const cert = join(scratch, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const tls = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('tls'));
    const garbage = createTcpServer((socket) => socket.end('garbage\r\n\r\n'));
    const reset = createTcpServer((socket) => socket.resetAndDestroy());
    const held: Socket[] = [];
    const silent = createTcpServer((socket) => held.push(socket));
    const closed = createTcpServer();
    const [tlsPort, garbagePort, resetPort, silentPort, closedPort] = await Promise.all([tls, garbage, reset, silent, closed].map(listen));
    await new Promise((r) => closed.close(r));
    try {
      const hosts = [`localhost:${closedPort}`, 'nonexistent.invalid', `localhost:${allowedPort}`, `localhost:${tlsPort}`,
        `localhost:${garbagePort}`, `localhost:${resetPort}`, `localhost:${silentPort}`];
      const results = await tryRequests([
        `requests.get("http://localhost:${closedPort}/").text`,
        'requests.get("http://nonexistent.invalid/").text',
        `requests.get("https://localhost:${allowedPort}/").text`,
        `requests.get("https://localhost:${tlsPort}/").text`,
        `requests.get("http://localhost:${garbagePort}/").text`,
        `requests.get("http://localhost:${resetPort}/").text`,
        `requests.get("http://localhost:${silentPort}/", timeout=0.5).text`,
      ], granted({ net: { allow: hosts, timeoutMs: 2000 } }));
      for (const outcome of results) {
        assert.match(outcome, /^HttpError:\S/, outcome);
        assertNoHostDetails(outcome);
      }
    } finally {
      for (const socket of held) socket.destroy();
      tls.closeAllConnections();
      for (const server of [tls, garbage, reset, silent]) server.close();
      rmSync(scratch, { recursive: true, force: true });
    }
    await assertHostUnharmed(pool, canary);
  });

  attack('a redirect loop is cut off after maxRedirects', async () => {
    const [outcome] = await tryRequests(['requests.get("http://127.0.0.1:%d/loop" % A).text']);
    assert.match(outcome!, /^HttpError:too many redirects/);
    assert.equal(allowedHits.length, 6, 'the first request plus 5 redirects');
    await assertHostUnharmed(pool, canary);
  });

  attack('a 64 MiB response is refused at the response cap with host memory bounded', async () => {
    const before = process.memoryUsage().rss;
    const [outcome] = await tryRequests(['len(requests.get("http://127.0.0.1:%d/huge" % A).content)']);
    assert.match(outcome!, /^HttpError:the response is larger than/);
    assert.ok(process.memoryUsage().rss - before < 256 * 1024 * 1024);
    await assertHostUnharmed(pool, canary);
  });

  attack('a response that never ends is cut off by the request timeout', async () => {
    const [outcome] = await tryRequests(['requests.get("http://127.0.0.1:%d/drip" % A).text'], granted({ net: { allow: [`127.0.0.1:${allowedPort}`], timeoutMs: 300 } }));
    assert.match(outcome!, /^HttpError:the request timed out/);
    await assertHostUnharmed(pool, canary);
  });

  attack('a response with thousands of headers fails cleanly', async () => {
    const [outcome] = await tryRequests(['requests.get("http://127.0.0.1:%d/many-headers" % A).text']);
    assert.match(outcome!, /^HttpError:/);
    await assertHostUnharmed(pool, canary);
  });

  attack('header injection (CRLF in values, forbidden and malformed names) is refused', async () => {
    const results = await tryRequests([
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"X-A": "v\\r\\nX-Injected: 1"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"X-A": "v\\nX-Injected: 1"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"X-A\\r\\nX-Injected": "1"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"Host": "evil.example"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"Content-Length": "0"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"Transfer-Encoding": "chunked"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"Proxy-Authorization": "x"}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"X-A": 5}).text',
      'requests.get("http://127.0.0.1:%d/h" % A, headers={"X A": "1"}).text',
    ]);
    for (const outcome of results) assert.match(outcome, /^HttpError:/, outcome);
    assert.deepEqual(allowedHits, [], 'no injected request reached the server');
    await assertHostUnharmed(pool, canary);
  });

  attack('CRLF in the URL or the method cannot inject a header or a second request', async () => {
    const results = await tryRequests([
      'requests.get("http://127.0.0.1:%d/a\\r\\nX-Injected: 1\\r\\n\\r\\nGET /smuggled HTTP/1.1" % A).status_code',
      'requests.request("GET /x HTTP/1.1\\r\\nX-Injected: 1\\r\\n", "http://127.0.0.1:%d/" % A).status_code',
      'requests.request("TRACE", "http://127.0.0.1:%d/" % A).status_code',
      'requests.request("CONNECT", "http://127.0.0.1:%d/" % A).status_code',
    ]);
    assert.match(results[1]!, /^HttpError:/);
    assert.match(results[2]!, /^HttpError:method TRACE is not allowed/);
    assert.match(results[3]!, /^HttpError:method CONNECT is not allowed/);
    for (const hit of allowedHits) {
      assert.equal(hit.headers['x-injected'], undefined, 'a header was injected');
      assert.ok(!hit.url.includes('\n') && !hit.url.includes('\r'));
      assert.notEqual(hit.url, '/smuggled');
    }
    assert.ok(allowedHits.length <= 1);
    await assertHostUnharmed(pool, canary);
  });

  attack('credentials in the URL are refused', async () => {
    const results = await tryRequests(['requests.get("http://user:pw@127.0.0.1:%d/" % A).text', 'requests.get("http://127.0.0.1:%d@127.0.0.1:%d/" % (A, F)).text']);
    for (const outcome of results) assert.match(outcome, /^HttpError:request refused/, outcome);
    assertForbiddenUntouched();
    await assertHostUnharmed(pool, canary);
  });

  attack('a request flood is capped at maxRequestsPerRun', async () => {
    const r = await pool.run(`import requests\nok = 0\nerr = ""\nfor i in range(500):\n    try:\n        requests.get("http://127.0.0.1:${allowedPort}/")\n        ok += 1\n    except requests.HttpError as e:\n        err = str(e)\n        break\n(ok, err)`, granted({ net: { allow: [`127.0.0.1:${allowedPort}`], maxRequestsPerRun: 20 } }));
    assert.equal(r.ok, true, r.error?.message);
    assert.deepEqual(r.value, [20, 'too many HTTP requests in one run (limit 20)']);
    assert.equal(allowedHits.length, 20);
    await assertHostUnharmed(pool, canary);
  });

  attack('an oversized request body is refused before anything is sent', async () => {
    const r = await pool.run(`${ATTEMPT}import requests\nattempt(lambda: requests.post("http://127.0.0.1:${allowedPort}/", data=b"x" * (2 * 1024 * 1024)).status_code)`, granted());
    assert.equal(r.ok, true, r.error?.message);
    assert.match(String(r.value), /^ValueError:host call arguments are larger than/);
    assert.deepEqual(allowedHits, []);
    await assertHostUnharmed(pool, canary);
  });

  attack('the http grant does not open other capabilities (host functions, files)', async () => {
    const r = await pool.run(`${ATTEMPT}import _host\n[_host.call("host", "fetch", "[[],{}]")[:120], attempt(lambda: open("/etc/passwd").read())]`, granted());
    assert.match((r.value as string[])[0]!, /no function named 'fetch'/);
    assert.match((r.value as string[])[1]!, /^OSError/);
    assertGuestError(await pool.run('import socket', granted()), 'ImportError');
    await assertHostUnharmed(pool, canary);
  });
});
