import csv
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['a,"b'])))
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader([b"bytes,row"]))
except csv.Error as e:
    print("Error: bytes")
print(csv.field_size_limit() > 1000)
