import logging
log = logging.getLogger("filelog")
log.propagate = False
fh = logging.FileHandler("app.log", mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.setLevel(logging.DEBUG)
log.debug("first")
log.info("second")
log.error("third")
fh.close()
with open("app.log") as f:
    print(f.read(), end="")
logging.basicConfig(filename="root.log", filemode="w", level=logging.INFO, format="%(message)s")
logging.info("to root file")
logging.debug("filtered out")
logging.shutdown()
with open("root.log") as f:
    print(repr(f.read()))
