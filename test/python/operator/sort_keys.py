from operator import itemgetter, attrgetter, methodcaller
people = [("ann", "smith", 31), ("bob", "jones", 25), ("cid", "smith", 22), ("dee", "adams", 25)]
print(sorted(people, key=itemgetter(2, 0)))
print(sorted(people, key=itemgetter(1)))
print([itemgetter(0)(p) for p in people if itemgetter(2)(p) > 24])
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
emps = [Emp("a", "x", 3), Emp("b", "y", 1), Emp("c", "x", 2)]
print([e.name for e in sorted(emps, key=attrgetter("dept", "salary"))])
print(list(map(methodcaller("upper"), ["x", "y"])), list(map(methodcaller("count", "a"), ["banana", "apple"])))
