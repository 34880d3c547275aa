import re
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief! It was the epoch of
incredulity? It was the season of Light, it was the season of Darkness -- it was
the spring of hope, it was the winter of despair. Don't stop; we're "quoting" here.
"""

STOP = {"it", "was", "the", "of"}
words = re.findall(r"[a-z]+(?:'[a-z]+)?", TEXT.lower())
counts = Counter(w for w in words if w not in STOP)
print("total words:", len(words), "distinct:", len(set(words)))
for word, n in counts.most_common(6):
    print(f"{word:<12}{n:>3} {'#' * n}")
sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+", TEXT.strip()) if s.strip()]
print(len(sentences), "sentences")
for s in sentences[:4]:
    print(" -", re.sub(r"\s+", " ", s)[:40])
print(re.findall(r'"([^"]*)"', TEXT), re.findall(r"\b\w+'\w+\b", TEXT))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(sorted(set(caps)))
print(re.subn(r"\bit was\b", "IT WAS", TEXT, flags=re.IGNORECASE)[1])
