import csv
import io
import re
from collections import defaultdict

RAW = """name , email,  phone ,amount,date
  Alice Smith ,ALICE@Example.COM , (555) 123-4567,"$1,200.50",2024/03/05
bob jones,bob@example.org,555.987.6543,$75,5-Mar-2024
"Carol  O'Neil",carol@@bad,5551112222,"1,000",2024-03-07
Dan,dan@example.net,+1 555 000 1111,  12.5 ,03/08/2024
"""

MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def norm_date(s):
    s = s.strip()
    if m := re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", s):
        y, mo, d = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})-([A-Z][a-z]{2})-(\d{4})", s):
        d, mon, y = m.groups()
        mo = MONTHS[mon]
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
        mo, d, y = m.groups()
    else:
        return None
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def norm_phone(s):
    digits = re.sub(r"\D", "", s)
    digits = digits[-10:]
    return re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", digits) if len(digits) == 10 else None


reader = csv.DictReader(io.StringIO(RAW), skipinitialspace=True)
reader.fieldnames = [f.strip() for f in reader.fieldnames]
clean = []
errors = defaultdict(list)
for i, row in enumerate(reader, 1):
    row = {k: v.strip() for k, v in row.items()}
    name = " ".join(w[:1].upper() + w[1:].lower() for w in re.split(r"\s+", row["name"]))
    email = row["email"].lower()
    if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", email):
        errors[i].append("email")
    amount = float(re.sub(r"[$,\s]", "", row["amount"]))
    clean.append({"name": name, "email": email, "phone": norm_phone(row["phone"]),
                  "amount": f"{amount:.2f}", "date": norm_date(row["date"])})

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=list(clean[0]), lineterminator="\n")
w.writeheader()
w.writerows(clean)
print(out.getvalue(), end="")
print(dict(errors))
print("total", sum(float(r["amount"]) for r in clean))
