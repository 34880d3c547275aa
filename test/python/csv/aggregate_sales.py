import csv, io
from collections import defaultdict
sales = """region,rep,amount
north,ann,100.50
south,bob,75.25
north,cid,200.00
east,dee,50
south,ann,125.75
north,ann,10
"""
by_region = defaultdict(float)
by_rep = defaultdict(list)
for row in csv.DictReader(io.StringIO(sales)):
    amt = float(row["amount"])
    by_region[row["region"]] += amt
    by_rep[row["rep"]].append(amt)
for region in sorted(by_region):
    print("%-6s %8.2f" % (region, by_region[region]))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["rep", "count", "total"])
for rep in sorted(by_rep):
    w.writerow([rep, len(by_rep[rep]), "%.2f" % sum(by_rep[rep])])
print(out.getvalue(), end="")
