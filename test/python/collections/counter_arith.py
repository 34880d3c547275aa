from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(sorted((a + b).items()))
print(sorted((a - b).items()))
print(sorted((a | b).items()))
print(sorted((a & b).items()))
print(sorted((-Counter(a=-2, b=3)).items()), sorted((+Counter(a=-2, b=3)).items()))
x = Counter("aab"); x += Counter("bc"); print(sorted(x.items()))
x -= Counter("aaaa"); print(sorted(x.items()))
print(Counter("ab") <= Counter("aabb"), Counter("abc") < Counter("ab"), Counter("aab") >= Counter("ab"))
votes = ["red", "blue", "red", "green", "blue", "red"]
tally = Counter(votes)
winner, count = tally.most_common(1)[0]
print(winner, count)
print(sum(Counter("hello").values()), list(Counter("zzz").keys()))
