import csv, io
row = ["text", 1, 2.5, "", None, "a,b"]
for mode, name in [(csv.QUOTE_MINIMAL, "MINIMAL"), (csv.QUOTE_ALL, "ALL"), (csv.QUOTE_NONNUMERIC, "NONNUMERIC")]:
    out = io.StringIO()
    csv.writer(out, quoting=mode, lineterminator="\n").writerow(row)
    print(name, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'q"', "plain"])
print("NONE", repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['"a",1,2.5,"3"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
