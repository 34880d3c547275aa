import re
from datetime import datetime

ROWS = [
    "1001|alice@example.com|+1-555-0100|2024-02-29|ok",
    "1002|bob(at)example.com|555 0101|2024-13-01|ok",
    "10x3|carol@mail.example.co.uk|(555) 010-2000|2023-11-05|pending",
    "1004|dave@test.io||2024-01-15|",
]

CHECKS = {
    "id": re.compile(r"\d{4}"),
    "email": re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}"),
    "phone": re.compile(r"(?:\+\d{1,3}[-\s]?)?(?:\(\d{3}\)\s?|\d{3}[-\s])\d{3}-\d{4}|\+?\d[\d-]{6,}"),
    "date": re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
    "status": re.compile(r"ok|pending|failed"),
}

for row in ROWS:
    fields = dict(zip(CHECKS, row.split("|")))
    problems = [name for name, rx in CHECKS.items() if not rx.fullmatch(fields[name])]
    if not problems:
        d = CHECKS["date"].fullmatch(fields["date"])
        when = datetime(int(d["y"]), int(d["m"]), int(d["d"]))
        print(fields["id"], "valid", when.strftime("%a %d %b %Y"))
    else:
        print(fields["id"], "invalid:", ", ".join(problems))

digits = [re.sub(r"\D", "", r.split("|")[2]) for r in ROWS]
print(digits)
print(re.sub(r"(?<=.)[^@](?=[^@]*?@)", "*", "alice@example.com"))
masked = re.sub(r"\b(\d{4})\d{8}(\d{4})\b", r"\1********\2", "card 4111111111111111 and 5500000000000004")
print(masked)
