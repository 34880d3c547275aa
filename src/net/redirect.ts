/**
 * What a redirect does to the request that follows it. The allow-list check of the new URL is
 * the caller's (policy.ts); this module decides the method, body and headers of the next hop.
 *
 * - 303, and 301/302 after a POST, turn the request into a bodiless GET; the headers that
 *   described the body go with it (as in the Fetch standard).
 * - A hop to another origin (scheme, host name or port differs; an alias of the same address is
 *   another origin too) drops the credentials the guest meant for the first one: Authorization
 *   and Cookie (Proxy-Authorization is never accepted from the guest at all, see policy.ts), as
 *   curl and browsers do.
 */

export interface Hop {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
const BODY_HEADERS = new Set(['content-type', 'content-encoding', 'content-language', 'content-location']);

/** The next hop after a redirect from `from` with `status` to `location` (relative or absolute). */
export function nextHop(from: Hop, status: number, location: string): Hop {
  const url = new URL(location, from.url);
  const becomesGet = status === 303 || ((status === 301 || status === 302) && from.method === 'POST');
  const crossOrigin = url.origin !== from.url.origin;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(from.headers)) {
    const lower = name.toLowerCase();
    if (crossOrigin && CREDENTIAL_HEADERS.has(lower)) continue;
    if (becomesGet && BODY_HEADERS.has(lower)) continue;
    headers[name] = value;
  }
  return {
    url,
    method: becomesGet && from.method !== 'HEAD' ? 'GET' : from.method,
    headers,
    body: becomesGet ? undefined : from.body,
  };
}
