import logging, io
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(message)s|%(user)s"))
log = logging.getLogger("req")
log.propagate = False
log.addHandler(h)
log.setLevel(logging.INFO)
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
log.addFilter(OnlyEven())
for i in range(5):
    log.info("event %d", i, extra={"user": "u%d" % i})
log.removeFilter(log.filters[0])
adapter = logging.LoggerAdapter(log, {"user": "alice"})
adapter.info("adapted message")
adapter.warning("number %d", 7)
print(buf.getvalue(), end="")
h.addFilter(lambda r: "secret" not in r.getMessage())
log.info("a secret", extra={"user": "x"})
log.info("public", extra={"user": "y"})
print(buf.getvalue().splitlines()[-1])
nf = logging.Filter("req.sub")
print(nf.filter(logging.makeLogRecord({"name": "req.sub.x"})), nf.filter(logging.makeLogRecord({"name": "req.subway"})))
