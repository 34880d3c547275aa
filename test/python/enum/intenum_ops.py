from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, Priority.LOW * 3)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(repr(Priority.HIGH), str(Priority.HIGH), "%d" % Priority.MEDIUM, int(Priority.HIGH))
print(Priority(5), [p for p in Priority if p >= 5])
tasks = {"write": Priority.HIGH, "read": Priority.LOW}
print(max(tasks, key=tasks.get), sum(tasks.values()))
print(isinstance(Priority.LOW, int), Priority.LOW.value, ["a", "b", "c", "d", "e", "f"][Priority.MEDIUM])
