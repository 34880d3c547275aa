import csv, io
print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, repr(d.lineterminator), d.quoting)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.getvalue()), list(csv.reader(['"a"|"1"'], "pipes")))
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
out = io.StringIO()
csv.writer(out, Semi).writerow(["x;y", "z"])
print(repr(out.getvalue()))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)
