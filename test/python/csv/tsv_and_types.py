import csv, io
tsv = "name\tqty\tprice\nwidget\t3\t2.50\ngadget\t10\t0.99\n"
rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t"))
total = sum(int(r["qty"]) * float(r["price"]) for r in rows)
print([r["name"] for r in rows], "%.2f" % total)
out = io.StringIO()
w = csv.writer(out, dialect="excel-tab", lineterminator="\n")
w.writerow(["a b", "c\td", 'e"f'])
print(repr(out.getvalue()))
numeric = io.StringIO()
csv.writer(numeric, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows([["x", 1, 2.0], ["y", -3, 0.5]])
print(numeric.getvalue(), end="")
print([row for row in csv.reader(io.StringIO(numeric.getvalue()), quoting=csv.QUOTE_NONNUMERIC)])
