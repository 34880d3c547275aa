/**
 * What the guest is told when a request fails below HTTP. Node's messages carry the resolved
 * address (`connect ECONNREFUSED 10.0.0.5:443`), OpenSSL's carry a thread id in hex and a source
 * path; the guest gets a fixed sentence per kind of failure instead, with at most a code name.
 */

const SIMPLE = new Map<string, string>(Object.entries({
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset by the server',
  EPIPE: 'the connection was closed by the server',
  ECONNABORTED: 'the connection was aborted',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (temporary failure)',
  EAI_FAIL: 'the host name could not be resolved',
  EAI_NODATA: 'the host name has no address',
  EAI_NONAME: 'the host name could not be resolved',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EHOSTDOWN: 'the host is down',
  ETIMEDOUT: 'the request timed out',
  ABORT_ERR: 'the request timed out',
  // Raised by our own lookup guard (client.ts) for names that resolve only to refused ranges.
  EACCES: 'the host name resolves only to private or reserved addresses',
}));

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/** OpenSSL's reason strings ("wrong version number") are plain words, safe to repeat. */
const REASON = /^[a-z0-9][a-z0-9 ,()-]{0,99}$/i;

function isTlsFailure(code: string): boolean {
  return code === 'EPROTO' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code.includes('CERT')
    || code.includes('SIGNATURE') || code.includes('ISSUER');
}

export function describeNetFailure(error: unknown, timedOut: boolean): string {
  if (timedOut) return 'the request timed out';
  const { code, reason } = (error ?? {}) as { code?: unknown; reason?: unknown };
  if (typeof code !== 'string' || !CODE.test(code)) return 'the request failed';
  const simple = SIMPLE.get(code);
  if (simple !== undefined) return simple;
  if (code.startsWith('HPE_')) return 'the server sent an invalid HTTP response';
  if (isTlsFailure(code)) {
    const why = typeof reason === 'string' && REASON.test(reason) ? `: ${reason}` : '';
    return `the TLS connection failed (${code}${why})`;
  }
  return `the request failed (${code})`;
}
