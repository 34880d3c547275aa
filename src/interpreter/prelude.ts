/**
 * Python run once in every fresh VM, before any guest code.
 *
 * `input()`: this build's line editor reads characters from a stub that always returns 0, so the
 * built-in `input()` spins forever. We replace it with one that reads a line from stdin (which the
 * host fills from the run's `stdin` option) and raises EOFError at end of input, as CPython does
 * for a non-interactive stdin.
 *
 * `__mps_value__`: the host rewrites a run's final expression `expr` into `__mps_value__((expr))`
 * to report its value (as repr, and as JSON when it has one), like a REPL or notebook cell.
 *
 * The code is compiled under its own file name, so guest tracebacks show `<sandbox>` frames
 * apart from the guest's `<stdin>` ones, and it runs in a private namespace, so `__main__` starts
 * empty.
 */
const SOURCE = `
def __mps_prelude():
    import builtins, sys, json, js
    call = js.__mps_call__
    stdin = sys.stdin
    stdout = sys.stdout
    def input(prompt=''):
        if prompt:
            stdout.write(str(prompt))
        line = stdin.readline()
        if not line:
            raise EOFError('EOF when reading a line')
        return line[:-1] if line[-1] == '\\n' else line
    builtins.input = input
    scalars = (int, float, str, bool)
    def plain(value, budget):
        # MicroPython's json.dumps writes unknown objects as strings; only plain data gets JSON.
        budget[0] -= 1
        if budget[0] < 0:
            return False
        if value is None or type(value) in scalars:
            return True
        if type(value) in (list, tuple):
            return all(plain(item, budget) for item in value)
        if type(value) is dict:
            return all(type(k) is str and plain(v, budget) for k, v in value.items())
        return False
    def capture(value):
        if value is None:
            return
        encoded = ''
        if plain(value, [10000]):
            try:
                encoded = json.dumps(value)
            except Exception:
                pass
        call('value', repr(value), encoded)
    builtins.__mps_value__ = capture
__mps_prelude()
`;

export const PRELUDE_FILE = '<sandbox>';
export const PRELUDE = `exec(compile(${JSON.stringify(SOURCE)}, '${PRELUDE_FILE}', 'exec'), {})`;
