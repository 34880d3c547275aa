import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './address-ranges.js';
import { describeNetFailure } from './failure-text.js';
import { admit, checkHeaders, type AllowEntry, type NetPolicy } from './policy.js';
import { nextHop, REDIRECT_STATUSES, type Hop } from './redirect.js';

/**
 * The host-side HTTP client behind the guest's `http` / `requests` modules. The guest never
 * touches a socket: it hands over a request description, and this code checks it against the
 * policy, resolves the name itself (so the address it checks is the address it connects to: no
 * DNS-rebinding window), follows redirects one hop at a time re-checking each, and caps the
 * response size and time.
 */

export class NetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetError';
  }
}

export interface GuestHttpRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  body?: Uint8Array | undefined;
  /** Seconds, as Python code passes it. */
  timeout?: number | undefined;
}

export interface GuestHttpResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: Uint8Array;
  url: string;
}

function guardedLookup(entry: AllowEntry): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const usable = entry.privateAllowed ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      if (usable.length === 0) {
        return callback(Object.assign(new Error(`${hostname} resolves only to private or reserved addresses`), { code: 'EACCES' }), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      return callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

function once(url: URL, entry: AllowEntry, method: string, headers: Record<string, string>, body: Uint8Array | undefined,
  policy: NetPolicy, signal: AbortSignal): Promise<{ response: IncomingMessage; body: Uint8Array }> {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !entry.privateAllowed && !isPublicAddress(literal)) {
    return Promise.reject(new NetError(`${literal} is a private or reserved address`));
  }
  const options: RequestOptions = { method, headers, signal, lookup: guardedLookup(entry), agent: false };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, options, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxResponseBytes) {
          response.destroy();
          reject(new NetError(`the response is larger than ${policy.maxResponseBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ response, body: new Uint8Array(Buffer.concat(chunks)) }));
      response.on('error', (error) => reject(new NetError(describeNetFailure(error, signal.aborted))));
    });
    req.on('error', (error) => reject(new NetError(describeNetFailure(error, signal.aborted))));
    if (body && body.length > 0) req.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    else req.end();
  });
}

export async function performRequest(policy: NetPolicy, request: GuestHttpRequest, deadlineMs: number): Promise<GuestHttpResponse> {
  const method = String(request.method).toUpperCase();
  if (!policy.methods.has(method)) throw new NetError(`method ${method} is not allowed`);
  if (typeof request.headers !== 'object' || request.headers === null) throw new NetError('headers must be a dict');
  const refused = checkHeaders(request.headers);
  if (refused) throw new NetError(refused);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new NetError('invalid URL');
  }
  const guestTimeout = typeof request.timeout === 'number' && request.timeout > 0 ? request.timeout * 1000 : Infinity;
  const timeoutMs = Math.ceil(Math.max(1, Math.min(policy.timeoutMs, guestTimeout, deadlineMs - performance.now())));
  const signal = AbortSignal.timeout(timeoutMs);
  let hop: Hop = {
    url,
    method,
    headers: { 'user-agent': 'micropython-sandbox', ...(request.headers as Record<string, string>) },
    body: request.body,
  };

  for (let redirects = 0; ; redirects++) {
    const admitted = admit(policy, hop.url);
    if ('refused' in admitted) throw new NetError(`request refused: ${admitted.refused}`);
    const { response, body: data } = await once(hop.url, admitted.entry, hop.method, hop.headers, hop.body, policy, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      if (redirects >= policy.maxRedirects) throw new NetError(`too many redirects (more than ${policy.maxRedirects})`);
      try {
        hop = nextHop(hop, status, location);
      } catch {
        throw new NetError('the server sent an invalid redirect location');
      }
      continue;
    }
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { status, reason: response.statusMessage ?? '', headers: out, body: data, url: hop.url.toString() };
  }
}
