import type { RunResult } from '../../sandbox/result.js';
import type { Session } from '../../sandbox/session.js';

/**
 * Tab completion at the REPL, from the session itself: global names, builtins and keywords for a
 * bare name, `dir(obj)` for `obj.attr`, and importable module names after `import` / `from`.
 * The lookups are small runs on the session with a tight budget; a dotted name is looked up only
 * when every part is an identifier, so completing never runs code the user did not type.
 */

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

const LOOKUP_LIMITS = { fuel: 20_000_000, timeoutMs: 2000 } as const;

const NAMES = "sorted(set(dir()) | set(dir(__import__('builtins'))))";

/** Module names worth offering; those the interpreter can import are found once, in a separate VM. */
const CANDIDATE_MODULES = [
  'abc', 'array', 'asyncio', 'base64', 'binascii', 'bisect', 'builtins', 'cmath', 'collections', 'contextlib', 'copy',
  'csv', 'dataclasses', 'datetime', 'decimal', 'enum', 'errno', 'fnmatch', 'fractions', 'functools', 'gc', 'glob',
  'hashlib', 'heapq', 'html', 'io', 'itertools', 'json', 'keyword', 'logging', 'math', 'micropython', 'numbers',
  'operator', 'os', 'pathlib', 'platform', 'pprint', 'random', 're', 'select', 'shlex', 'statistics', 'string', 'struct',
  'sys', 'textwrap', 'time', 'traceback', 'types', 'typing', 'unittest', 'uuid', 'warnings', 'zlib',
];
const IMPORTABLE = `def importable(m):
    try:
        __import__(m)
        return True
    except ImportError:
        return False
[m for m in ${JSON.stringify(CANDIDATE_MODULES)} if importable(m)]`;

export class Completer {
  private modules: string[] | undefined;

  constructor(
    private readonly session: Session,
    private readonly busy: () => boolean,
    private readonly probe: (code: string) => Promise<RunResult>,
  ) {}

  /** [candidates, the text they complete], as node:readline expects. */
  async complete(line: string): Promise<[string[], string]> {
    if (this.busy()) return [[], ''];
    const importing = /^\s*(?:import|from)\s+([\w.]*)$/.exec(line);
    if (importing) {
      const word = importing[1]!;
      return [(await this.moduleNames()).filter((m) => m.startsWith(word)), word];
    }
    const match = /([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)?\.?([A-Za-z_]\w*)?$/.exec(line);
    const text = match?.[0] ?? '';
    if (text === '') return [[], ''];
    const dot = text.lastIndexOf('.');
    if (dot < 0) {
      const names = [...new Set([...KEYWORDS, ...(await this.lookup(NAMES))])].sort();
      return [names.filter((n) => n.startsWith(text) && !n.startsWith('__mps')), text];
    }
    const owner = text.slice(0, dot);
    const prefix = text.slice(dot + 1);
    const attributes = await this.lookup(`dir(${owner})`);
    const shown = attributes.filter((a) => a.startsWith(prefix) && (prefix.startsWith('_') || !a.startsWith('_')));
    return [shown.map((a) => `${owner}.${a}`), text];
  }

  private async moduleNames(): Promise<string[]> {
    if (!this.modules) {
      // Importing runs module code: it happens in a one-shot VM, never in the user's session.
      const probe = await this.probe(IMPORTABLE).catch(() => undefined);
      const importable = probe?.ok && Array.isArray(probe.value) ? probe.value.filter((v): v is string => typeof v === 'string') : [];
      this.modules = importable;
    }
    // Modules the session has (host, requests when granted) join the list.
    const loaded = await this.lookup("sorted(__import__('sys').modules)");
    return [...new Set([...this.modules, ...loaded])].filter((m) => !m.startsWith('_')).sort();
  }

  private async lookup(code: string): Promise<string[]> {
    try {
      const result = await this.session.run(code, { ...LOOKUP_LIMITS });
      return result.ok && Array.isArray(result.value) ? result.value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }
}
