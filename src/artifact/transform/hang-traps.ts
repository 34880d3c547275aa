import { helpers, type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { walkSlots } from './walker.js';

/**
 * The build hangs on purpose where C gives up: `nlr_jump` with no handler left (an exception
 * raised while the top-level handler itself fails, say with the heap locked) spins in an empty
 * `for (;;)`. Metered, that spin burns the run's whole fuel and time before a hard stop; we make
 * every empty infinite loop (`loop $l (br $l)`) call the abort import instead, so the run ends at
 * once as a crash and the session is rebuilt.
 */
export function trapDeliberateHangs(b: Binaryen, m: Module, facts: ModuleFacts): number {
  const abort = facts.imports.get('env._abort_js');
  check(abort, 'missing import env._abort_js');
  const { Loop, Break } = helpers(b);
  let replaced = 0;
  for (const name of facts.definedFunctions) {
    walkSlots(b, b.getFunctionInfo(m.getFunction(name)).body, (expr, id, slot) => {
      if (id !== b.LoopId || !slot) return;
      const body = Loop.getBody(expr);
      if (b.getExpressionId(body) !== b.BreakId) return;
      if (Break.getName(body) !== Loop.getName(expr) || Break.getCondition(body) !== 0) return;
      slot.set(m.block(null, [m.call(abort.internalName, [], b.none), m.unreachable()], b.unreachable));
      replaced++;
    });
  }
  check(replaced > 0, 'expected at least one deliberate hang (nlr_jump_fail)');
  return replaced;
}
