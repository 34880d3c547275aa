from itertools import groupby, chain, islice
from operator import itemgetter
sales = [("east", "q1", 10), ("east", "q2", 15), ("west", "q1", 7), ("west", "q2", 12), ("west", "q3", 3), ("north", "q1", 1)]
for region, rows in groupby(sorted(sales), key=itemgetter(0)):
    rows = list(rows)
    print(region, [q for _, q, _ in rows], sum(v for _, _, v in rows))
top = sorted(sales, key=itemgetter(2), reverse=True)
print(list(islice(top, 3)))
print(list(chain.from_iterable([q] * v for _, q, v in sales[:2]))[:5])
