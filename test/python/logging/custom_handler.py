import logging
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
h = ListHandler()
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s? %(message)s" if False else "%(levelname)s %(message)s"))
log = logging.getLogger("collect")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
log.debug("d"); log.info("i %s", 1); log.error("e")
print(h.records, repr(h))
h.setLevel(logging.ERROR)
log.warning("dropped"); log.critical("kept")
print(h.records[-1], len(h.records))
