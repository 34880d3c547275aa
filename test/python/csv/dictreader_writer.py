import csv, io
text = "id,name,score\n1,ann,90\n2,bob,85\n3,cid\n4,dee,70,extra\n"
rd = csv.DictReader(io.StringIO(text))
print(rd.fieldnames)
for row in rd:
    print(row["id"], row["name"], row["score"], row.get(None))
rd2 = csv.DictReader(io.StringIO("a;b\n1;2\n"), delimiter=";", restval="?")
print([sorted(r.items()) for r in rd2])
rd3 = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([(r["x"], r["y"]) for r in rd3])
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "qty", "price"], lineterminator="\n")
w.writeheader()
w.writerow({"name": "pen", "qty": 2, "price": 1.5})
w.writerows([{"name": "ink", "qty": 1}, {"name": "pad, A4", "price": 3}])
print(out.getvalue(), end="")
try:
    w.writerow({"name": "x", "color": "red"})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
w2.writerow({"a": 1, "b": 2})
print("ignored extras")
