from itertools import groupby, accumulate, islice, chain, starmap, zip_longest
records = [("2024-01", "ann", 120), ("2024-01", "bob", 80), ("2024-02", "ann", 200), ("2024-02", "cid", 50), ("2024-03", "bob", 75)]
for month, rows in groupby(records, key=lambda r: r[0]):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))
totals = [r[2] for r in records]
print(list(accumulate(totals)), max(accumulate(totals, max)))
print(list(starmap(lambda m, n, v: "%s:%s=%d" % (m, n, v), islice(records, 2))))
header = ["month", "name", "amount"]
for row in zip_longest(header, records[0], fillvalue="?"):
    print(row)
