# string.templatelib: template string (t-string) types, re-exported from MicroPython's built-in
# string.templatelib (this package shadows the built-in string module).
import ustring as _u

_m = _u.templatelib
for _n in dir(_m):
    if not _n.startswith("__"):
        globals()[_n] = getattr(_m, _n)
del _n
