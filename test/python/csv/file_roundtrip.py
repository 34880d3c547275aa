import csv
rows = [["product", "price", "notes"], ["apple", "1.20", "red, crisp"], ["banana", "0.50", 'say "yum"'], ["cherry", "3.00", "line1\nline2"]]
with open("data.csv", "w", newline="") as f:
    csv.writer(f).writerows(rows)
with open("data.csv", newline="") as f:
    back = list(csv.reader(f))
print(back == rows)
with open("data.csv", newline="") as f:
    total = sum(float(r["price"]) for r in csv.DictReader(f))
print("total %.2f" % total)
with open("data.csv", "rb") as f:
    raw = f.read()
print(raw.count(b"\r\n"), len(raw))
