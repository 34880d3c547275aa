import bisect
records = [("ann", 25), ("bob", 31), ("cid", 40), ("dee", 52)]
ages = [r[1] for r in records]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect_right(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("eve", 35), key=lambda r: r[1])
print(records)
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words, bisect.bisect(words, 4, key=len))
