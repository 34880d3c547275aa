from collections import Counter
doc = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
counts = Counter(w.lower() for w in doc.split())
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print("%-8s %d" % (word, n))
letters = Counter(ch for ch in doc.lower() if ch.isalpha())
print(sorted(letters.most_common(3)))
bigrams = Counter(zip(doc.split(), doc.split()[1:]))
print(max(bigrams.values()))
print(sorted(k for k, v in counts.items() if v == 1))
