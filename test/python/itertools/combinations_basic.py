from itertools import combinations, combinations_with_replacement
print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
coins = [1, 5, 10, 25]
print(sorted(c for c in combinations_with_replacement(coins, 3) if sum(c) == 30))
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, 4) for c in combinations(nums, r) if sum(c) == 9])
