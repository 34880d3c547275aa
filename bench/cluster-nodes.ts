import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Server processes for the cluster load test and the multi-process test: `micropython-sandbox
 * mcp --mcp-http 0 --redis URL`, each a real process with its own workers, sharing one Redis.
 */

const BIN = fileURLToPath(new URL('../../bin/micropython-sandbox.js', import.meta.url));

export interface ServerNode {
  name: string;
  url: string;
  child: ChildProcess;
  /** SIGKILL: the process dies mid-whatever, holding its leases. */
  kill(): Promise<void>;
  /** SIGTERM and wait for a clean exit; resolves to the exit code. */
  stop(): Promise<number | null>;
}

export interface NodeSettings {
  redisUrl: string;
  snapshotKey: string;
  leaseMs: number;
  /** Extra CLI flags (limits). */
  flags?: string[];
}

export async function startNode(name: string, settings: NodeSettings): Promise<ServerNode> {
  const child = spawn(process.execPath, [
    BIN, 'mcp', '--mcp-http', '0', '--redis', settings.redisUrl, '--lease', `${settings.leaseMs}ms`, ...(settings.flags ?? []),
  ], { env: { ...process.env, MICROPYTHON_SANDBOX_SNAPSHOT_KEY: settings.snapshotKey }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node ${name} did not start: ${log}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /MCP over HTTP on (\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`node ${name} exited (${code ?? signal}): ${log}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    url,
    child,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
