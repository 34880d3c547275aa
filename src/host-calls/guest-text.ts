import { isIP } from 'node:net';

/**
 * The last filter on text the host sends the guest about a failure (every host-call error reply
 * passes through it, see errorReply in values.ts). Messages should say what failed; whatever
 * else a host error carried is cut or replaced:
 *
 * - everything after the first line (stack traces);
 * - file URLs, absolute paths and source paths (`../deps/openssl/.../ssl3_record.c:350`);
 * - IPv4 and IPv6 addresses (a resolved address, an internal service the host talks to);
 * - memory addresses (`0x7ffd...`) and long hex runs (OpenSSL prefixes errors with its thread id).
 *
 * Long texts are cut, so one error cannot carry a large payload either.
 */

const MAX_CHARS = 1000;

const FILE_URL = /file:\/\/\S*/gi;
/** Two or more path segments, absolute (`/a/b`, `C:\a\b`) or relative (`../a/b`). */
const PATH = /(?:[A-Za-z]:|\.{1,2})?(?:[\\/][\w.@~+-]+){2,}[\\/]?(?::\d+)*/g;
const HEX_ADDRESS = /\b0x[0-9a-f]+\b/gi;
const HEX_RUN = /\b[0-9a-f]{12,}\b/gi;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
/** Candidates only; each is checked with isIP, so times like 12:30:45 survive. */
const IPV6_CANDIDATE = /\[?[0-9a-f:.]*:[0-9a-f:.]*:[0-9a-f:.]*\]?(?::\d+)?/gi;

function replaceIPv6(text: string): string {
  return text.replace(IPV6_CANDIDATE, (candidate) => {
    const bare = candidate.replace(/^\[/, '').replace(/\](?::\d+)?$/, '');
    if (isIP(bare) === 6) return '<address>';
    // `::1:8080`-style text (address, then port) is caught by trying without the last group.
    const withoutPort = bare.replace(/:\d+$/, '');
    return withoutPort !== bare && isIP(withoutPort) === 6 ? '<address>' : candidate;
  });
}

export function scrubGuestText(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const scrubbed = replaceIPv6(
    firstLine
      .slice(0, MAX_CHARS * 4)
      .replace(FILE_URL, '<path>')
      .replace(IPV4, '<address>')
      .replace(PATH, '<path>')
      .replace(HEX_ADDRESS, '<address>')
      .replace(HEX_RUN, '<hex>'),
  );
  return scrubbed.length > MAX_CHARS ? `${scrubbed.slice(0, MAX_CHARS)}…` : scrubbed;
}
