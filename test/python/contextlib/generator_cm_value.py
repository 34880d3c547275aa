from contextlib import contextmanager
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append("rollback %s" % type(e).__name__)
        raise
    else:
        log.append("commit")
log = []
with transaction(log) as l:
    l.append("work")
try:
    with transaction(log):
        raise KeyError("k")
except KeyError:
    log.append("handled")
print(log)
@contextmanager
def changed(obj, attr, value):
    old = getattr(obj, attr)
    setattr(obj, attr, value)
    try:
        yield obj
    finally:
        setattr(obj, attr, old)
class Cfg:
    level = 1
with changed(Cfg, "level", 5):
    print(Cfg.level)
print(Cfg.level)
