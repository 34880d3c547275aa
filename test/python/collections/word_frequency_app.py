from collections import Counter, defaultdict
text = """It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the feelings
or views of such a man may be on his first entering a neighbourhood"""
words = [w.strip(".,").lower() for w in text.split()]
freq = Counter(words)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(max(by_len), by_len[max(by_len)], len(by_len[1]))
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items())[:5], first_letters.total())
