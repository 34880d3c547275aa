import logging, io
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False
try:
    int("x")
except ValueError as e:
    log.error("parse failed: %s", e)
    log.warning("continuing")
print(buf.getvalue().splitlines()[0].split(":")[0], buf.getvalue().splitlines()[1])
print(len(buf.getvalue().splitlines()))
