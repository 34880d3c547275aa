import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)-10s %(levelname)-7s %(message)s")
class Service:
    def __init__(self, name):
        self.log = logging.getLogger("svc." + name)
    def run(self, items):
        self.log.info("processing %d items", len(items))
        for i in items:
            if i < 0:
                self.log.warning("negative item %d skipped", i)
        self.log.debug("not shown")
        return sum(i for i in items if i >= 0)
print(Service("a").run([1, 2, -3]), Service("b").run([]))
logging.getLogger("svc").setLevel(logging.WARNING)
print(Service("c").run([-1, 5]))
