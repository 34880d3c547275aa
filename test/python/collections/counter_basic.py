from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words["the"], words["missing"], len(words))
print(words.most_common(1))
c = Counter("mississippi")
print(sorted(c.items()))
print(c.most_common(2), c.total())
print(sorted(c.elements()))
c.update("ssp"); print(c["s"], c["p"])
c.subtract("iiii"); print(c["i"])
del c["zzz"]
print(Counter(a=3, b=1) == Counter(b=1, a=3), Counter(a=0) == Counter())
print(Counter({"red": 4, "blue": 2}))
print(Counter())
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 5
print(sorted(inventory.items()), +inventory)
