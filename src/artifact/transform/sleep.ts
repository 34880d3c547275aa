import type binaryen from 'binaryen';
import { helpers, type Binaryen, type Module } from './binaryen.js';
import { check, type ModuleFacts } from './facts.js';
import { walk } from './walker.js';

/**
 * `time.sleep` in this build busy-waits: `mp_hal_delay_ms(ms)` and `mp_hal_delay_us(us)` spin on
 * the ticks import until enough time passes, burning a core and the guest's fuel. We replace both
 * bodies with one call to an imported `mps.sleep(ms: f64)`, which the host implements as a real,
 * deadline- and cancellation-aware wait (or a virtual-clock step in deterministic mode).
 *
 * The two functions are found by shape: the only functions taking one i32 and returning nothing
 * whose body reads the ticks import and loops on it; the microsecond one multiplies by 1000.
 */

export const SLEEP_IMPORT = { module: 'mps', base: 'sleep', internal: '__mps_sleep' } as const;

export function replaceBusyWaitSleeps(b: Binaryen, m: Module, facts: ModuleFacts): void {
  const ticks = facts.imports.get('env.mp_js_ticks_ms');
  check(ticks, 'missing import env.mp_js_ticks_ms');
  const { Call } = helpers(b);

  const delays: Array<{ name: string; micro: boolean }> = [];
  for (const name of facts.definedFunctions) {
    const info = b.getFunctionInfo(m.getFunction(name));
    if (info.params !== b.i32 || info.results !== b.none) continue;
    let ticksCalls = 0;
    let loops = 0;
    let multipliesBy1000 = false;
    walk(b, info.body, (e, id) => {
      if (id === b.CallId && Call.getTarget(e) === ticks.internalName) ticksCalls++;
      else if (id === b.LoopId) loops++;
      else if (id === b.ConstId && b.getExpressionType(e) === b.i32 && (b.getExpressionInfo(e) as binaryen.ConstInfo).value === 1000) {
        multipliesBy1000 = true;
      }
    });
    if (ticksCalls === 2 && loops === 1) delays.push({ name, micro: multipliesBy1000 });
  }
  check(delays.length === 2 && delays.filter((d) => d.micro).length === 1,
    `expected mp_hal_delay_ms and mp_hal_delay_us, found ${delays.length} busy-wait candidates`);

  m.addFunctionImport(SLEEP_IMPORT.internal, SLEEP_IMPORT.module, SLEEP_IMPORT.base, b.f64, b.none);
  for (const { name, micro } of delays) {
    const amount = m.f64.convert_u.i32(m.local.get(0, b.i32));
    const ms = micro ? m.f64.div(amount, m.f64.const(1000)) : amount;
    helpers(b).Function.setBody(m.getFunction(name), m.call(SLEEP_IMPORT.internal, [ms], b.none));
  }
}
