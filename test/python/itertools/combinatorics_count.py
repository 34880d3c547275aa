from itertools import permutations, combinations, combinations_with_replacement, product
import math
for n, r in [(5, 2), (6, 3), (4, 4), (3, 0)]:
    p = len(list(permutations(range(n), r)))
    c = len(list(combinations(range(n), r)))
    cr = len(list(combinations_with_replacement(range(n), r)))
    print(n, r, p, c, cr, p == math.factorial(n) // math.factorial(n - r))
print(len(list(product(range(3), repeat=4))), sum(1 for t in product("HT", repeat=5) if t.count("H") == 3))
words = ["".join(p) for p in permutations("abc")]
print(words, sorted(set("".join(p) for p in permutations("aab"))))
