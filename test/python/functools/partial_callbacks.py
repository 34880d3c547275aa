from functools import partial
def handler(event, name, verbose=False):
    return "%s handled %s%s" % (name, event, " (verbose)" if verbose else "")
handlers = {"click": partial(handler, name="button"), "key": partial(handler, name="input", verbose=True)}
for ev in ["click", "key"]:
    print(handlers[ev](ev))
def power(b, e):
    return b ** e
square = partial(power, e=2)
print(list(map(square, range(5))))
print(sorted(["b10", "a2", "a10"], key=partial(lambda prefix, s: (s[0], int(s[1:])), None)))
p = partial(print, "prefix:", sep="|")
p("a", "b")
print(repr(partial(max, 1)).startswith("functools.partial(<"))
