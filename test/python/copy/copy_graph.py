import copy
class Employee:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager
        self.reports = []
boss = Employee("boss")
a = Employee("a", boss)
b = Employee("b", boss)
boss.reports = [a, b]
clone = copy.deepcopy(boss)
print(clone.name, [r.name for r in clone.reports], clone.reports[0].manager is clone, clone.reports[0] is a)
shallow = copy.copy(boss)
print(shallow.reports is boss.reports, shallow is boss)
config = {"db": {"hosts": ["a", "b"]}, "ttl": 30}
override = copy.deepcopy(config)
override["db"]["hosts"].append("c")
print(config["db"]["hosts"], override["db"]["hosts"])
