import csv, io
data = [{"region": "N", "q1": 100, "q2": 120}, {"region": "S", "q1": 80, "q2": 95}, {"region": "E", "q1": 130, "q2": 110}]
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["region", "q1", "q2", "growth"], lineterminator="\n")
w.writeheader()
for row in data:
    row = dict(row)
    row["growth"] = "%.1f%%" % ((row["q2"] - row["q1"]) * 100.0 / row["q1"])
    w.writerow(row)
print(out.getvalue(), end="")
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(max(back, key=lambda r: float(r["growth"][:-1]))["region"], len(back))
