import { isIP } from 'node:net';
import { InvalidOptionsError } from '../core/errors.js';

/**
 * The network grant. Off unless the host passes `net: { allow: [...] }`; every request and every
 * redirect is checked here before a connection is made.
 *
 * Allow-list entries: `host` (default ports 80/443 only), `host:port`, or `*.domain` (any
 * subdomain, default ports). Hosts that resolve to private, loopback, link-local or metadata
 * addresses are refused unless the entry itself names such a host (an IP literal or `localhost`).
 */

export interface NetOptions {
  /** Hosts the guest may reach: `api.example.com`, `localhost:8080`, `*.example.org`. */
  allow: string[];
  /** HTTP methods allowed. Default: GET, HEAD, POST, PUT, PATCH, DELETE. */
  methods?: string[];
  /** Largest response body accepted, in bytes. Default 5 MiB. */
  maxResponseBytes?: number;
  /** Time limit per request (never beyond the run's own deadline). Default 10,000 ms. */
  timeoutMs?: number;
  /** Requests per run. Default 100. */
  maxRequestsPerRun?: number;
  /** Redirects followed per request (each one re-checked). Default 5. */
  maxRedirects?: number;
}

export interface AllowEntry {
  host: string; // lower-case; for wildcards, the suffix without "*."
  wildcard: boolean;
  port: number | undefined;
  /** The entry names a private destination itself (IP literal or localhost). */
  privateAllowed: boolean;
}

export interface NetPolicy {
  allow: AllowEntry[];
  methods: Set<string>;
  maxResponseBytes: number;
  timeoutMs: number;
  maxRequestsPerRun: number;
  maxRedirects: number;
}

export const DEFAULT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

function parseEntry(text: unknown, i: number): AllowEntry {
  const field = `options.net.allow[${i}]`;
  if (typeof text !== 'string' || text.length === 0) throw new InvalidOptionsError(field, 'must be a host or host:port string');
  let host = text.trim().toLowerCase();
  let port: number | undefined;
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(host);
  if (bracketed) {
    host = bracketed[1]!;
    port = bracketed[2] ? Number(bracketed[2]) : undefined;
  } else if (isIP(host) !== 6) {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      port = Number(host.slice(colon + 1));
      host = host.slice(0, colon);
    }
  }
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new InvalidOptionsError(field, `has an invalid port: ${JSON.stringify(text)}`);
  }
  const ip = isIP(host) !== 0;
  if (!ip && !HOST.test(host)) throw new InvalidOptionsError(field, `is not a valid host name: ${JSON.stringify(text)}`);
  const wildcard = host.startsWith('*.');
  return {
    host: wildcard ? host.slice(2) : host,
    wildcard,
    port,
    privateAllowed: ip || host === 'localhost',
  };
}

function positive(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidOptionsError(field, 'must be a non-negative integer');
  }
  return value;
}

export function resolveNetPolicy(options: unknown): NetPolicy | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError('options.net', 'must be an object like { allow: ["api.example.com"] }');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!['allow', 'methods', 'maxResponseBytes', 'timeoutMs', 'maxRequestsPerRun', 'maxRedirects'].includes(key)) {
      throw new InvalidOptionsError(`options.net.${key}`, 'is not a known option');
    }
  }
  if (!Array.isArray(o['allow'])) throw new InvalidOptionsError('options.net.allow', 'must be an array of hosts');
  const methods = o['methods'] ?? DEFAULT_METHODS;
  if (!Array.isArray(methods) || !methods.every((m) => typeof m === 'string' && /^[A-Za-z]+$/.test(m))) {
    throw new InvalidOptionsError('options.net.methods', 'must be an array of HTTP method names');
  }
  return {
    allow: o['allow'].map(parseEntry),
    methods: new Set(methods.map((m: string) => m.toUpperCase())),
    maxResponseBytes: positive(o['maxResponseBytes'], 'options.net.maxResponseBytes', 5 * 1024 * 1024),
    timeoutMs: positive(o['timeoutMs'], 'options.net.timeoutMs', 10_000),
    maxRequestsPerRun: positive(o['maxRequestsPerRun'], 'options.net.maxRequestsPerRun', 100),
    maxRedirects: positive(o['maxRedirects'], 'options.net.maxRedirects', 5),
  };
}

/** The allow-list entry that admits `url`, or a reason it is refused. */
export function admit(policy: NetPolicy, url: URL): { entry: AllowEntry } | { refused: string } {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { refused: `scheme ${url.protocol} is not allowed` };
  if (url.username || url.password) return { refused: 'credentials in URLs are not allowed' };
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  for (const entry of policy.allow) {
    const hostMatches = entry.wildcard ? host.endsWith(`.${entry.host}`) : host === entry.host;
    const portMatches = entry.port === undefined ? port === 80 || port === 443 : port === entry.port;
    if (hostMatches && portMatches) return { entry };
  }
  return { refused: `${host}:${port} is not in the allow-list` };
}

const FORBIDDEN_HEADERS = new Set([
  'host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect',
  'proxy-authorization', 'proxy-connection',
]);

/** Validates guest request headers; returns a reason to refuse, or undefined. */
export function checkHeaders(headers: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return `invalid header name ${JSON.stringify(name)}`;
    if (FORBIDDEN_HEADERS.has(name.toLowerCase()) || name.toLowerCase().startsWith('proxy-')) return `header ${name} may not be set`;
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) return `invalid value for header ${name}`;
  }
  return undefined;
}
