# "match" and "case" stay ordinary names everywhere a match statement cannot start.
import re

match = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "width=640")
print(match.group("key"), match.group(2), match.span())
case = {"upper": str.upper}
print(case["upper"]("ok"))

def match(pattern, text):
    m = re.match(pattern, text)
    return m.group(0) if m else None

print(match(r"\d+", "123abc"), match(r"\d+", "abc"))
match(r"x", "x")
results = [match(r"a+", s) for s in ("aa", "b", "aaa")]
print(results)

class Matcher:
    match = "attribute"
    def case(self, n):
        return n * 2

m = Matcher()
print(m.match, m.case(21), Matcher.match)
match, case = "first", "second"
print(match, case)
match += "!"
print(match)
match: str = "annotated"
print(match)
case = [1, 2, 3]
case[0] = 10
print(case, case[1:])
print(*(match for match in range(3)))
print({"match": 1, "case": 2})
lines = ["match x:", "case 1:"]
for line in lines:
    print(line.split()[0])

# and the statement itself still works, with a subject named match
def classify(match):
    match match:
        case {"case": case}:
            return f"case is {case}"
        case [match, *_]:
            return f"first is {match}"
        case _:
            return "other"

print(classify({"case": 3}), classify([7, 8]), classify(None))
match (1, 2):
    case (1, case):
        print("case captured", case)
match(3)  if False else None
match = lambda *a: a
print(match(1, 2))
