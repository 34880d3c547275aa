/**
 * Python run once in every fresh VM, before any guest code (the result is part of the template
 * image, so it costs nothing per run). Everything here talks to the host through `_host.call`
 * (native/port/modhost.c), which takes and returns strings.
 *
 * `__mps_value__`: the host rewrites a run's final expression `expr` into `__mps_value__((expr))`
 * to report its value (as repr, and as tagged JSON when it is plain data: the encoding below,
 * without the tail), like a REPL or notebook cell.
 *
 * `host` module: `import host; host.name(...)` / `from host import name` call host functions.
 * Values cross as JSON plus tagged extensions (bytes, big ints, non-finite floats); see
 * src/host-calls/values.ts for the host side of the same encoding. Names become importable (and
 * bare builtins) only when the host registers them.
 *
 * `http` / `requests` modules: installed only when the host grants network access.
 *
 * The code is compiled under its own file name, so its `<sandbox>` frames can be told apart from
 * the guest's `<stdin>` ones and left out of reported tracebacks (traceback.ts), and it runs in a
 * private namespace, so `__main__` starts empty.
 */
const SOURCE = `
def __mps_prelude():
    import builtins, sys, json, _host
    jsonlib = json
    call = _host.call

    # The host keeps at most CAPTURE characters of either form, so neither is computed in full
    # for a big value: the capture runs on the guest's fuel, after its code has finished.
    CAPTURE = 65536
    MARK = '\\x00'
    BIG = 2 ** 53
    INF = float('inf')
    scalars = (int, float, str, bool)
    def longer_than(seq, n):
        # len() of a str walks all of its UTF-8; this walks at most n characters.
        return n < (1 << 30) and seq[n:n + 1] != seq[:0]
    def plain(value, budget):
        # Only data with a faithful host form gets one (json.dumps would write other objects as
        # strings): the budget bounds the encoded size before anything is encoded.
        t = type(value)
        if t is str:
            if longer_than(value, budget[0]):
                return False
            budget[0] -= len(value) + 2
        elif t is bytes or t is bytearray:
            budget[0] -= 2 * len(value) + 10
        elif t is int and not -BIG < value < BIG:
            budget[0] -= 32
        else:
            budget[0] -= 1
        if budget[0] < 0:
            return False
        if value is None or t in scalars or t is bytes or t is bytearray:
            return True
        # Each item takes at least 2 characters of JSON ("0,"), each dict entry at least 6.
        if t is list or t is tuple:
            return 2 * len(value) <= budget[0] and all(plain(item, budget) for item in value)
        if t is dict:
            return 6 * len(value) <= budget[0] and all(type(k) is str and plain(v, budget) for k, v in value.items())
        return False
    def bounded_repr(value):
        t = type(value)
        if t in (str, bytes, bytearray) and longer_than(value, CAPTURE):
            return repr(value[:CAPTURE])
        # Enough items to fill what the host keeps (at least 3 characters each: ", 0").
        if t in (list, tuple) and len(value) > CAPTURE // 3:
            return repr(t(value[:CAPTURE // 3]))
        if t is dict and len(value) > CAPTURE // 6:
            items = []
            for item in value.items():
                if len(items) == CAPTURE // 6:
                    break
                items.append(item)
            return repr(dict(items))
        return repr(value)
    def capture(value):
        if value is None:
            return
        encoded = ''
        try:
            if plain(value, [CAPTURE]):
                encoded = json.dumps(enc(value, 0, Inline()))
        except Exception:
            # too deep for the guest's own recursion, or not encodable: the repr alone reports it
            pass
        call('value', bounded_repr(value), encoded)
    builtins.__mps_value__ = capture

    # exit() and quit(), as Python's site module provides them.
    class Quitter:
        def __init__(self, name):
            self.name = name
        def __repr__(self):
            return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name
        def __call__(self, code=None):
            raise SystemExit(code)
    builtins.exit = Quitter('exit')
    builtins.quit = Quitter('quit')

    class HostError(Exception):
        pass
    limit = [1 << 20]
    def too_big():
        raise ValueError('host call arguments are larger than %d bytes' % limit[0])
    # Long strings and bytes travel outside the JSON, joined into one extra call argument that
    # tags point into by UTF-8 offset and length (see host-calls/values.ts).
    class Extras:
        def __init__(self):
            self.parts = []
            self.size = 0
            self.max_depth = 64
            self.max_bytes = limit[0]
        def add(self, tag, text):
            n = len(text.encode())
            self.parts.append(text)
            self.size += n
            return {MARK + tag: [self.size - n, n]}
        def args(self, *head):
            return head + (''.join(self.parts),) if self.parts else head
    # A run's final value: the same tags, all inside the JSON (the capture budget bounds its size).
    class Inline:
        max_depth = 256
        max_bytes = 4 * CAPTURE
        def add(self, tag, text):
            return text if tag == 's' else {MARK + 'b': text}
    def enc(v, depth, extras):
        if depth > extras.max_depth:
            raise ValueError('value nested too deeply to pass to the host')
        t = type(v)
        if v is None or t is bool:
            return v
        if t is str:
            if longer_than(v, extras.max_bytes):
                too_big()
            return extras.add('s', v) if longer_than(v, 63) else v
        if t is int:
            return v if -BIG < v < BIG else {MARK + 'i': str(v)}
        if t is float:
            if v != v:
                return {MARK + 'f': 'nan'}
            if v == INF or v == -INF:
                return {MARK + 'f': 'inf' if v > 0 else '-inf'}
            return v
        if t is bytes or t is bytearray or t is memoryview:
            if 2 * len(v) > extras.max_bytes:
                too_big()
            return extras.add('x', bytes(v).hex()) if len(v) > 32 else {MARK + 'b': bytes(v).hex()}
        if t is list or t is tuple:
            return [enc(x, depth + 1, extras) for x in v]
        if t is dict:
            out = {}
            for k, x in v.items():
                if type(k) is not str:
                    raise TypeError('dict keys passed to the host must be str, not ' + type(k).__name__)
                out[MARK + k if k[:1] == MARK else k] = enc(x, depth + 1, extras)
            return out
        raise TypeError("can't pass " + t.__name__ + ' to the host (JSON values and bytes only)')
    def dec(v, raw, base):
        t = type(v)
        if t is list:
            return [dec(x, raw, base) for x in v]
        if t is dict:
            if len(v) == 1:
                for k, x in v.items():
                    if k == MARK + 'b':
                        return bytes.fromhex(x)
                    if k == MARK + 'i':
                        return int(x)
                    if k == MARK + 'f':
                        return float(x)
                    if k == MARK + 's':
                        return raw[base + x[0]:base + x[0] + x[1]].decode()
                    if k == MARK + 'x':
                        return bytes.fromhex(raw[base + x[0]:base + x[0] + x[1]])
            out = {}
            for k, x in v.items():
                out[k[1:] if k[:1] == MARK else k] = dec(x, raw, base)
            return out
        return v
    errors = {'TypeError': TypeError, 'ValueError': ValueError, 'HostError': HostError}
    def hostcall(op, *args):
        reply = call(op, *args)
        if type(reply) is not str or not reply:
            raise HostError('the host call timed out or was cancelled')
        # R or E, JSON, then optionally NUL and the tail that tags point into (in bytes).
        raw = reply.encode()
        end = raw.find(b'\\x00')
        if end < 0:
            end = len(raw)
        body = raw[1:end]
        value = json.loads(body)
        if b'\\\\u0000' in body:
            value = dec(value, raw, end + 1)
        if reply[0] == 'R':
            return value
        raise errors.get(value.get('type'), HostError)(value.get('message', 'host call failed'))

    class HostFunction:
        def __init__(self, name):
            self.name = name
        def __call__(self, *args, **kwargs):
            extras = Extras()
            payload = json.dumps([enc(list(args), 0, extras), enc(kwargs, 0, extras)])
            return hostcall('host', *extras.args(self.name, payload))
        def __repr__(self):
            return '<host function ' + self.name + '>'
    class HostModule:
        def __init__(self):
            self._names = set()
            self.HostError = HostError
        def __getattr__(self, name):
            if name not in self._names:
                raise AttributeError("the host provides no function named '" + name + "'")
            return HostFunction(name)
        def __dir__(self):
            return sorted(self._names)
        def _register(self, names, max_bytes):
            limit[0] = max_bytes
            for name in names:
                self._names.add(name)
                setattr(builtins, name, self.__getattr__(name))
    host = HostModule()
    sys.modules['host'] = host

    class Response:
        def __init__(self, raw):
            self.status = self.status_code = raw['status']
            self.reason = raw['reason']
            self.headers = raw['headers']
            self.url = raw['url']
            self.content = self.body = raw['body']
            self.ok = 200 <= self.status < 300
        @property
        def text(self):
            return self.body.decode()
        def json(self):
            return jsonlib.loads(self.body)
        def raise_for_status(self):
            if not self.ok:
                raise HttpError('HTTP %d %s for %s' % (self.status, self.reason, self.url))
        def __repr__(self):
            return '<Response [%d]>' % self.status
    class HttpError(Exception):
        pass
    class Http:
        def __init__(self):
            self.Response = Response
            self.HttpError = HttpError
        def request(self, method, url, headers=None, body=None, data=None, json_body=None, timeout=None, **extra):
            if 'json' in extra:
                json_body = extra.pop('json')
            if extra:
                raise TypeError('unexpected arguments: ' + ', '.join(sorted(extra)))
            headers = dict(headers or {})
            payload = body if body is not None else data
            if json_body is not None:
                payload = jsonlib.dumps(json_body)
                if not any(k.lower() == 'content-type' for k in headers):
                    headers['Content-Type'] = 'application/json'
            if type(payload) is str:
                payload = payload.encode()
            request = {'method': str(method).upper(), 'url': str(url), 'headers': headers, 'body': payload, 'timeout': timeout}
            try:
                extras = Extras()
                raw = hostcall('http', *extras.args(jsonlib.dumps(enc(request, 0, extras))))
            except HostError as e:
                raise HttpError(str(e))
            return Response(raw)
        def get(self, url, **kw):
            return self.request('GET', url, **kw)
        def head(self, url, **kw):
            return self.request('HEAD', url, **kw)
        def post(self, url, **kw):
            return self.request('POST', url, **kw)
        def put(self, url, **kw):
            return self.request('PUT', url, **kw)
        def patch(self, url, **kw):
            return self.request('PATCH', url, **kw)
        def delete(self, url, **kw):
            return self.request('DELETE', url, **kw)
    def grant_network():
        client = Http()
        sys.modules['http'] = client
        sys.modules['requests'] = client
    host._grant_network = grant_network
__mps_prelude()
`;

export const PRELUDE_FILE = '<sandbox>';
export const PRELUDE = `exec(compile(${JSON.stringify(SOURCE)}, '${PRELUDE_FILE}', 'exec'), {})`;

/**
 * Internal code that registers host function names in a VM (valid identifiers only) and the
 * argument size cap, which the guest checks early so a huge payload is refused before encoding.
 */
export function registerHostFunctionsCode(names: readonly string[], maxArgBytes: number): string {
  const list = JSON.stringify(names).replace(/"/g, "'");
  return `exec(compile("__import__('sys').modules['host']._register(${list}, ${Math.floor(maxArgBytes)})", '${PRELUDE_FILE}', 'exec'), {})`;
}

/** Internal code that installs the `http` / `requests` modules in a VM. */
export const GRANT_NETWORK_CODE = `exec(compile("__import__('sys').modules['host']._grant_network()", '${PRELUDE_FILE}', 'exec'), {})`;
