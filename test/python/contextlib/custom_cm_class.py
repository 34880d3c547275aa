from contextlib import AbstractContextManager
class Transaction(AbstractContextManager):
    def __init__(self, log):
        self.log = log
    def __exit__(self, exc_type, exc, tb):
        self.log.append("rollback" if exc_type else "commit")
        return exc_type is ValueError
log = []
with Transaction(log) as t:
    log.append("work")
with Transaction(log):
    raise ValueError("bad")
try:
    with Transaction(log):
        raise KeyError("worse")
except KeyError:
    log.append("keyerror escaped")
print(log, isinstance(t, Transaction))
