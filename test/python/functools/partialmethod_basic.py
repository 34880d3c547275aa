from functools import partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
class Logger:
    def log(self, level, msg):
        return "[%s] %s" % (level, msg)
    info = partialmethod(log, "INFO")
    error = partialmethod(log, "ERROR")
l = Logger()
print(l.info("started"), l.error("boom"))
