import { helpers, type Binaryen, type Module } from './binaryen.js';
import type { ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * Who can call whom, conservatively. An indirect call may reach every table function of its
 * signature; an Emscripten `invoke_<sig>` import is an indirect call in disguise; any other import
 * is assumed to call back into the module unless listed as a leaf (the host's syscalls, clock,
 * heap growth and fuel imports never re-enter wasm).
 */

export interface CallGraph {
  /** callee -> callers */
  callers: Map<string, Set<string>>;
  /** Call sites that may re-enter from an import are attributed to this pseudo-function. */
  readonly reentry: string;
}

const REENTRY = '<host re-entry>';

function signatureKey(b: Binaryen, params: number, results: number): string {
  return `${b.expandType(params).join(',')}->${b.expandType(results).join(',')}`;
}

export function buildCallGraph(b: Binaryen, m: Module, facts: ModuleFacts, leafImports: ReadonlySet<string>): CallGraph {
  const { Call } = helpers(b);
  const callers = new Map<string, Set<string>>();
  const edge = (from: string, to: string) => {
    let set = callers.get(to);
    if (!set) callers.set(to, (set = new Set()));
    set.add(from);
  };

  // Table functions, grouped by signature.
  const tableBySignature = new Map<string, string[]>();
  const signatureOf = new Map<string, string>();
  for (let i = 0; i < m.getNumElementSegments(); i++) {
    for (const name of b.getElementSegmentInfo(m.getElementSegmentByIndex(i)).data) {
      const info = b.getFunctionInfo(m.getFunction(name));
      const key = signatureKey(b, info.params, info.results);
      signatureOf.set(name, key);
      const list = tableBySignature.get(key) ?? [];
      list.push(name);
      tableBySignature.set(key, list);
    }
  }

  const importKinds = new Map<string, 'leaf' | 'invoke' | 'reentrant'>();
  for (const imp of facts.imports.values()) {
    const kind = imp.base.startsWith('invoke_') ? 'invoke' : leafImports.has(`${imp.module}.${imp.base}`) ? 'leaf' : 'reentrant';
    importKinds.set(imp.internalName, kind);
  }
  const invokeSignature = (name: string): string => {
    const info = b.getFunctionInfo(m.getFunction(name));
    const params = b.expandType(info.params).slice(1); // drop the table index
    return `${params.join(',')}->${b.expandType(info.results).join(',')}`;
  };

  for (const fn of facts.definedFunctions) {
    walk(b, b.getFunctionInfo(m.getFunction(fn)).body, (e, id) => {
      if (id === b.CallId) {
        const target = Call.getTarget(e);
        const kind = importKinds.get(target);
        if (kind === undefined) edge(fn, target);
        else if (kind === 'reentrant') edge(fn, REENTRY);
        else if (kind === 'invoke') for (const t of tableBySignature.get(invokeSignature(target)) ?? []) edge(fn, t);
      } else if (id === b.CallIndirectId) {
        const info = b.getExpressionInfo(e) as unknown as { params: number; results: number };
        for (const t of tableBySignature.get(signatureKey(b, info.params, info.results)) ?? []) edge(fn, t);
      }
    });
  }
  return { callers, reentry: REENTRY };
}

/** Every function from which some path of calls reaches one of `targets`. */
export function canReach(graph: CallGraph, targets: Iterable<string>): Set<string> {
  const reached = new Set<string>();
  const queue = [...targets];
  while (queue.length > 0) {
    const fn = queue.pop()!;
    for (const caller of graph.callers.get(fn) ?? []) {
      if (!reached.has(caller)) {
        reached.add(caller);
        queue.push(caller);
      }
    }
  }
  return reached;
}
