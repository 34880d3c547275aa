import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createPool, type NetOptions, type RunOptions, type RunResult } from '../../src/index.js';
import { isPublicAddress } from '../../src/net/address-ranges.js';
import { performRequest } from '../../src/net/client.js';
import { admit, resolveNetPolicy } from '../../src/net/policy.js';

/**
 * End-to-end tests of the network grant: real MicroPython code using `requests` / `http` against
 * a real HTTP server on 127.0.0.1, plus the host-side guards (DNS-rebinding, address ranges).
 */

const pool = createPool({ maxWorkers: 2 });
after(() => pool.close());

interface Hit {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The server the guest is allowed to reach. */
let server: Server;
let port = 0;
let base = '';
const hits: Hit[] = [];
/** A second server the guest is NOT allowed to reach: it must never see a request. */
let other: Server;
let otherPort = 0;
const otherHits: Hit[] = [];

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://localhost');
      hits.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
      switch (url.pathname) {
        case '/json':
          res.setHeader('content-type', 'application/json');
          res.setHeader('x-server', 'test');
          res.end(JSON.stringify({ hello: 'world', n: [1, 2, 3], nested: { ok: true } }));
          return;
        case '/echo':
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ method: req.method, headers: req.headers, body: body.toString('base64'), query: url.search }));
          return;
        case '/big': {
          const n = Number(url.searchParams.get('n') ?? '100000');
          res.setHeader('content-type', 'application/octet-stream');
          res.end(Buffer.alloc(n, 0x61));
          return;
        }
        case '/slow': {
          const timer = setTimeout(() => res.end('late'), 3000);
          res.on('close', () => clearTimeout(timer));
          return;
        }
        case '/redirect-ok':
          res.statusCode = 302;
          res.setHeader('location', '/json');
          res.end();
          return;
        case '/redirect-bad':
          res.statusCode = 302;
          res.setHeader('location', url.searchParams.get('to') ?? 'http://example.invalid/');
          res.end();
          return;
        case '/redirect-loop':
          res.statusCode = 302;
          res.setHeader('location', '/redirect-loop');
          res.end();
          return;
        default:
          res.statusCode = 404;
          res.end('not found');
      }
    });
  });
  other = createServer((req, res) => {
    otherHits.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.alloc(0) });
    res.end('{"reached": "the other server"}');
  });
  port = await listen(server);
  otherPort = await listen(other);
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => other.close(r))]);
});

const BOUNDED = { fuel: 100_000_000, timeoutMs: 10_000 } as const;

/**
 * Python helper: `attempt(fn, *args)` returns `['ok', value]`, `['HttpError', message]` or
 * `[ExceptionType, message]`.
 */
const HELPERS = String.raw`
import requests
def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except requests.HttpError as e:
        return ['HttpError', str(e)]
    except Exception as e:
        return [type(e).__name__, str(e)]
    if isinstance(r, requests.Response):
        r = {'status': r.status, 'url': r.url}
    return ['ok', r]
`;

type Attempt = [string, unknown];

function net(extra: Partial<NetOptions> = {}): NetOptions {
  return { allow: [`127.0.0.1:${port}`], ...extra };
}

function describeResult(r: RunResult): string {
  return r.error ? `${r.error.type}: ${r.error.message}\n${r.error.traceback}` : `stdout=${JSON.stringify(r.stdout)}`;
}

async function runOk(code: string, options: RunOptions): Promise<RunResult> {
  const r = await pool.run(HELPERS + code, { ...BOUNDED, ...options });
  assert.equal(r.ok, true, `guest run failed: ${describeResult(r)}`);
  return r;
}

function assertRefused(a: Attempt | undefined, pattern: RegExp, label: string): void {
  assert.ok(a, `${label}: no result`);
  assert.equal(a[0], 'HttpError', `${label}: expected HttpError, got ${JSON.stringify(a)}`);
  assert.match(String(a[1]), pattern, `${label}: ${JSON.stringify(a)}`);
}

function hitsTo(path: string): Hit[] {
  return hits.filter((h) => h.path === path);
}

describe('honest requests', () => {
  test('GET with .json(), status, reason, headers, url, text; http and requests are the same module', async () => {
    const r = await runOk(String.raw`
import http
r = requests.get('${base}/json')
{
  'same': http is requests,
  'status': r.status, 'status_code': r.status_code, 'reason': r.reason, 'ok': r.ok,
  'json': r.json(), 'text': r.text, 'content_is_bytes': type(r.content) is bytes, 'body_is_content': r.body == r.content,
  'ctype': r.headers.get('content-type'), 'xserver': r.headers.get('x-server'), 'url': r.url,
  'raise': r.raise_for_status(),
}
`, { net: net() });
    assert.deepEqual(r.value, {
      same: true, status: 200, status_code: 200, reason: 'OK', ok: true,
      json: { hello: 'world', n: [1, 2, 3], nested: { ok: true } },
      text: '{"hello":"world","n":[1,2,3],"nested":{"ok":true}}', content_is_bytes: true, body_is_content: true,
      ctype: 'application/json', xserver: 'test', url: `${base}/json`, raise: null,
    });
  });

  test('POST json and raw bytes reach the server intact; custom headers pass through', async () => {
    const r = await runOk(String.raw`
a = requests.post('${base}/echo', json={'a': 1, 'list': [1, 'two']}, headers={'X-Custom': 'v1'}).json()
b = requests.post('${base}/echo', data=b'\x00\x01\xferaw', headers={'Content-Type': 'application/octet-stream'}).json()
c = requests.request('PUT', '${base}/echo?q=1', body='text body').json()
d = requests.post('${base}/echo', data='str data').json()
[a, b, c, d]
`, { net: net() });
    const [a, b, c, d] = r.value as Array<{ method: string; headers: Record<string, string>; body: string; query: string }>;
    assert.ok(a && b && c && d);
    assert.equal(a.method, 'POST');
    assert.equal(a.headers['content-type'], 'application/json');
    assert.equal(a.headers['x-custom'], 'v1');
    assert.deepEqual(JSON.parse(Buffer.from(a.body, 'base64').toString()), { a: 1, list: [1, 'two'] });
    assert.equal(b.method, 'POST');
    assert.equal(b.headers['content-type'], 'application/octet-stream');
    assert.deepEqual([...Buffer.from(b.body, 'base64')], [0, 1, 0xfe, ...Buffer.from('raw')]);
    assert.equal(b.headers['content-length'], '6');
    assert.equal(c.method, 'PUT');
    assert.equal(c.query, '?q=1');
    assert.equal(Buffer.from(c.body, 'base64').toString(), 'text body');
    assert.equal(Buffer.from(d.body, 'base64').toString(), 'str data');
  });

  test('a non-2xx response is a Response (ok False) and raise_for_status raises HttpError', async () => {
    const r = await runOk(String.raw`
r = requests.get('${base}/missing')
[r.status, r.ok, r.text, attempt(r.raise_for_status)]
`, { net: net() });
    const [status, ok, text, raised] = r.value as [number, boolean, string, Attempt];
    assert.equal(status, 404);
    assert.equal(ok, false);
    assert.equal(text, 'not found');
    assertRefused(raised, /404/, 'raise_for_status');
  });

  test('without the grant, import requests and import http raise ImportError', async () => {
    const r = await pool.run(String.raw`
out = []
for name in ['requests', 'http']:
    try:
        __import__(name)
        out.append('imported')
    except ImportError:
        out.append('ImportError')
import sys
out.append('requests' in sys.modules or 'http' in sys.modules)
out
`, BOUNDED);
    assert.equal(r.ok, true, describeResult(r));
    assert.deepEqual(r.value, ['ImportError', 'ImportError', false]);
    const direct = await pool.run('import requests', BOUNDED);
    assert.equal(direct.error?.type, 'ImportError');
  });
});

describe('refusals', () => {
  test('hosts and ports not in the allow-list are refused before any connection', async () => {
    const before = otherHits.length;
    const r = await runOk(String.raw`
{
  'other_port': attempt(requests.get, 'http://127.0.0.1:${otherPort}/'),
  'example': attempt(requests.get, 'http://example.com/'),
  'localhost_name': attempt(requests.get, 'http://localhost:${port}/json'),
  'https_same_host': attempt(requests.get, 'https://127.0.0.1/'),
  'ipv6_loopback': attempt(requests.get, 'http://[::1]:${port}/json'),
  'mapped': attempt(requests.get, 'http://[::ffff:127.0.0.1]:${otherPort}/'),
}
`, { net: net() });
    const a = r.value as Record<string, Attempt>;
    // Addresses never appear in error text the guest sees, even ones it wrote itself.
    assertRefused(a['other_port'], new RegExp(`<address>:${otherPort} is not in the allow-list`), 'other port');
    assertRefused(a['example'], /example\.com:80 is not in the allow-list/, 'example.com');
    for (const k of ['localhost_name', 'https_same_host', 'ipv6_loopback', 'mapped']) assertRefused(a[k], /allow-list/, k);
    assert.equal(otherHits.length, before, 'the disallowed server received a request');
  });

  test('the metadata address, non-HTTP schemes and URLs with credentials are refused', async () => {
    const before = hits.length;
    const r = await runOk(String.raw`
{
  'metadata': attempt(requests.get, 'http://169.254.169.254/latest/meta-data/'),
  'metadata_port': attempt(requests.get, 'http://169.254.169.254:${port}/latest/meta-data/'),
  'ftp': attempt(requests.get, 'ftp://127.0.0.1:${port}/'),
  'file': attempt(requests.get, 'file:///etc/passwd'),
  'data': attempt(requests.get, 'data:text/plain,hello'),
  'creds': attempt(requests.get, 'http://user:pw@127.0.0.1:${port}/json'),
  'user_only': attempt(requests.get, 'http://user@127.0.0.1:${port}/json'),
  'garbage': attempt(requests.get, 'not a url'),
}
`, { net: { allow: [`127.0.0.1:${port}`, 'api.example.com', '*.example.org'] } });
    const a = r.value as Record<string, Attempt>;
    assertRefused(a['metadata'], /<address>:80 is not in the allow-list/, 'metadata');
    assertRefused(a['metadata_port'], /allow-list/, 'metadata on the allowed port');
    assertRefused(a['ftp'], /scheme ftp/, 'ftp');
    assertRefused(a['file'], /scheme file/, 'file');
    assertRefused(a['data'], /scheme data/, 'data');
    assertRefused(a['creds'], /credentials/, 'user:pw@');
    assertRefused(a['user_only'], /credentials/, 'user@');
    assertRefused(a['garbage'], /invalid URL/, 'garbage');
    assert.equal(hits.length, before, 'a refused request reached the server');
  });

  test('redirects: to an allowed URL followed, to a disallowed host refused, loops stopped', async () => {
    const before = otherHits.length;
    const r = await runOk(String.raw`
ok = requests.get('${base}/redirect-ok')
{
  'ok': [ok.status, ok.url, ok.json()['hello']],
  'bad_invalid': attempt(requests.get, '${base}/redirect-bad'),
  'bad_other_port': attempt(requests.get, '${base}/redirect-bad?to=http://127.0.0.1:${otherPort}/'),
  'bad_metadata': attempt(requests.get, '${base}/redirect-bad?to=http://169.254.169.254/latest/meta-data/'),
  'bad_file': attempt(requests.get, '${base}/redirect-bad?to=file:///etc/passwd'),
  'bad_creds': attempt(requests.get, '${base}/redirect-bad?to=http://u:p@127.0.0.1:${port}/json'),
  'loop': attempt(requests.get, '${base}/redirect-loop'),
}
`, { net: net() });
    const a = r.value as Record<string, unknown>;
    assert.deepEqual(a['ok'], [200, `${base}/json`, 'world']);
    assertRefused(a['bad_invalid'] as Attempt, /example\.invalid:80 is not in the allow-list/, 'redirect to example.invalid');
    assertRefused(a['bad_other_port'] as Attempt, new RegExp(`<address>:${otherPort} is not in the allow-list`), 'redirect to other port');
    assertRefused(a['bad_metadata'] as Attempt, /allow-list/, 'redirect to metadata');
    assertRefused(a['bad_file'] as Attempt, /scheme file/, 'redirect to file:');
    assertRefused(a['bad_creds'] as Attempt, /credentials/, 'redirect with credentials');
    assertRefused(a['loop'] as Attempt, /too many redirects/, 'redirect loop');
    assert.equal(otherHits.length, before, 'a redirect reached the disallowed server');
  });

  test('maxRedirects bounds the hops (0: no redirect followed; 2: the loop is stopped after 3 requests)', async () => {
    const r0 = await runOk(`attempt(requests.get, '${base}/redirect-ok')`, { net: net({ maxRedirects: 0 }) });
    assertRefused(r0.value as Attempt, /too many redirects/, 'maxRedirects 0');
    const before = hitsTo('/redirect-loop').length;
    const r2 = await runOk(`attempt(requests.get, '${base}/redirect-loop')`, { net: net({ maxRedirects: 2 }) });
    assertRefused(r2.value as Attempt, /too many redirects/, 'maxRedirects 2');
    assert.equal(hitsTo('/redirect-loop').length - before, 3);
  });

  test('a response larger than maxResponseBytes is refused; one at the limit is accepted', async () => {
    const r = await runOk(String.raw`
[attempt(requests.get, '${base}/big?n=1001'), len(requests.get('${base}/big?n=1000').content), attempt(requests.get, '${base}/big?n=5000000')]
`, { net: net({ maxResponseBytes: 1000 }) });
    const [over, atLimit, huge] = r.value as [Attempt, number, Attempt];
    assertRefused(over, /larger than 1000 bytes/, 'n=1001');
    assert.equal(atLimit, 1000);
    assertRefused(huge, /larger than 1000 bytes/, 'n=5000000');
  });

  test('a slow response with net.timeoutMs fails with HttpError; the run itself completes', async () => {
    const r = await pool.run(HELPERS + String.raw`
res = attempt(requests.get, '${base}/slow')
print('after', res[0])
res
`, { ...BOUNDED, net: net({ timeoutMs: 500 }) });
    assert.equal(r.ok, true, describeResult(r));
    assertRefused(r.value as Attempt, /timed out/, 'slow response');
    assert.equal(r.stdout, 'after HttpError\n');
  });

  test('a guest timeout= shorter than the policy also applies', async () => {
    const r = await runOk(`attempt(requests.get, '${base}/slow', timeout=0.3)`, { net: net({ timeoutMs: 5000 }) });
    assertRefused(r.value as Attempt, /timed out/, 'guest timeout');
  });

  test('methods restriction: only the listed methods are sent', async () => {
    const before = hits.filter((h) => h.method !== 'GET').length;
    const r = await runOk(String.raw`
[
  attempt(requests.post, '${base}/echo', data='x'),
  attempt(requests.delete, '${base}/echo'),
  attempt(requests.request, 'PATCH', '${base}/echo'),
  attempt(requests.request, 'get', '${base}/json'),
]
`, { net: net({ methods: ['GET'] }) });
    const [post, del, patch, get] = r.value as Attempt[];
    assertRefused(post, /method POST is not allowed/, 'POST');
    assertRefused(del, /method DELETE is not allowed/, 'DELETE');
    assertRefused(patch, /method PATCH is not allowed/, 'PATCH');
    assert.deepEqual(get, ['ok', { status: 200, url: `${base}/json` }]);
    assert.equal(hits.filter((h) => h.method !== 'GET').length, before, 'a refused method reached the server');
  });

  test('forbidden headers and header values with CR/LF are refused', async () => {
    const before = hits.length;
    const r = await runOk(String.raw`
u = '${base}/echo'
{
  'host': attempt(requests.get, u, headers={'Host': 'evil.example'}),
  'host_lower': attempt(requests.get, u, headers={'host': 'evil.example'}),
  'content_length': attempt(requests.post, u, data='abc', headers={'Content-Length': '1'}),
  'transfer_encoding': attempt(requests.post, u, data='abc', headers={'Transfer-Encoding': 'chunked'}),
  'connection': attempt(requests.get, u, headers={'Connection': 'upgrade'}),
  'proxy': attempt(requests.get, u, headers={'Proxy-Authorization': 'x'}),
  'crlf': attempt(requests.get, u, headers={'X-A': 'a\r\nX-Injected: 1'}),
  'lf': attempt(requests.get, u, headers={'X-A': 'a\nX-Injected: 1'}),
  'cr': attempt(requests.get, u, headers={'X-A': 'a\rX-Injected: 1'}),
  'nul': attempt(requests.get, u, headers={'X-A': 'a\x00b'}),
  'bad_name': attempt(requests.get, u, headers={'X-A\r\nX-Injected': '1'}),
  'space_name': attempt(requests.get, u, headers={'X A': '1'}),
  'non_str': attempt(requests.get, u, headers={'X-A': 5}),
}
`, { net: net() });
    const a = r.value as Record<string, Attempt>;
    assertRefused(a['host'], /header Host may not be set/, 'Host');
    assertRefused(a['host_lower'], /may not be set/, 'host');
    assertRefused(a['content_length'], /header Content-Length may not be set/, 'Content-Length');
    assertRefused(a['transfer_encoding'], /header Transfer-Encoding may not be set/, 'Transfer-Encoding');
    assertRefused(a['connection'], /may not be set/, 'Connection');
    assertRefused(a['proxy'], /may not be set/, 'Proxy-Authorization');
    for (const k of ['crlf', 'lf', 'cr', 'nul', 'non_str']) assertRefused(a[k], /invalid value for header/, k);
    for (const k of ['bad_name', 'space_name']) assertRefused(a[k], /invalid header name/, k);
    assert.equal(hits.length, before, 'a request with a refused header reached the server');
    assert.ok(!hits.some((h) => 'x-injected' in h.headers), 'a header was injected');
  });

  test('maxRequestsPerRun: 2 -> the third request in one run fails and never reaches the server', async () => {
    const before = hitsTo('/json').length;
    const r = await runOk(String.raw`
[attempt(requests.get, '${base}/json') for i in range(4)]
`, { net: net({ maxRequestsPerRun: 2 }) });
    const results = r.value as Attempt[];
    assert.deepEqual(results.slice(0, 2).map((a) => a[0]), ['ok', 'ok']);
    assert.deepEqual(results.slice(2).map((a) => a[0]), ['HttpError', 'HttpError'],
      `requests beyond maxRequestsPerRun must fail; got ${JSON.stringify(results)}`);
    assert.equal(hitsTo('/json').length - before, 2, 'the server must see only maxRequestsPerRun requests');
  });

  test('maxRequestsPerRun counts per run: a new session run gets a fresh allowance', async () => {
    const s = await pool.createSession({ ...BOUNDED, net: net({ maxRequestsPerRun: 2 }) });
    try {
      for (let i = 0; i < 2; i++) {
        const r = await s.run(HELPERS + `[attempt(requests.get, '${base}/json')[0] for i in range(3)]`);
        assert.equal(r.ok, true, describeResult(r));
        assert.deepEqual(r.value, ['ok', 'ok', 'HttpError'], `run ${i + 1}`);
      }
    } finally {
      await s.close();
    }
  });
});

describe('host-side guards', () => {
  test('DNS-rebinding guard: a name that resolves only to private addresses is refused unless the entry allows private', async () => {
    const url = `http://localhost:${port}/json`;
    const policy = resolveNetPolicy({ allow: [`localhost:${port}`] });
    assert.ok(policy);
    assert.ok('entry' in admit(policy, new URL(url)));

    const allowed = await performRequest(policy, { method: 'GET', url, headers: {} }, performance.now() + 5000);
    assert.equal(allowed.status, 200);
    assert.deepEqual(JSON.parse(Buffer.from(allowed.body).toString()), { hello: 'world', n: [1, 2, 3], nested: { ok: true } });

    const before = hits.length;
    policy.allow[0]!.privateAllowed = false;
    await assert.rejects(
      performRequest(policy, { method: 'GET', url, headers: {} }, performance.now() + 5000),
      /private or reserved/,
    );
    // An IP-literal entry whose private permission is withdrawn is refused the same way.
    const literal = resolveNetPolicy({ allow: [`127.0.0.1:${port}`] });
    assert.ok(literal);
    literal.allow[0]!.privateAllowed = false;
    await assert.rejects(
      performRequest(literal, { method: 'GET', url: `${base}/json`, headers: {} }, performance.now() + 5000),
      /private or reserved/,
    );
    assert.equal(hits.length, before, 'a refused request reached the server');
  });

  test('a plain host-name entry does not grant private addresses', () => {
    const policy = resolveNetPolicy({ allow: ['api.example.com', '*.example.org', 'localhost', '10.0.0.1'] });
    assert.ok(policy);
    assert.deepEqual(policy.allow.map((e) => e.privateAllowed), [false, false, true, true]);
  });

  test('isPublicAddress', () => {
    const table: Array<[string, boolean]> = [
      ['127.0.0.1', false], ['10.1.2.3', false], ['172.16.5.4', false], ['192.168.1.1', false],
      ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false], ['::1', false], ['fe80::1', false],
      ['fc00::1', false], ['::ffff:127.0.0.1', false], ['::ffff:10.0.0.1', false], ['::ffff:a9fe:a9fe', false],
      ['::', false], ['255.255.255.255', false], ['224.0.0.1', false], ['not an ip', false], ['', false],
      ['8.8.8.8', true], ['1.1.1.1', true], ['2606:4700:4700::1111', true], ['172.32.0.1', true], ['::ffff:8.8.8.8', true],
    ];
    const wrong = table.filter(([address, expected]) => isPublicAddress(address) !== expected);
    assert.deepEqual(wrong, [], `misclassified: ${JSON.stringify(wrong)}`);
  });
});
