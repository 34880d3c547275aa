from typing import NamedTuple, List
class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
e = Employee("ann", "eng")
print(e, e.salary, e._fields, e._asdict()["dept"])
print(Employee("bob", "ops", 70000) > e, e._replace(salary=1))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)
staff: List[Employee] = [Employee("c", "eng", 90), Employee("d", "ops", 80)]
print(sorted(s.name for s in staff if s.dept == "eng"))
