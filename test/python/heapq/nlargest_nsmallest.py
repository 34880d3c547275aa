import heapq
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(20, [3, 1, 2]))
portfolio = [{"name": "IBM", "shares": 100, "price": 91.1}, {"name": "AAPL", "shares": 50, "price": 543.22}, {"name": "FB", "shares": 200, "price": 21.09}, {"name": "HPQ", "shares": 35, "price": 31.75}, {"name": "YHOO", "shares": 45, "price": 16.35}]
print([s["name"] for s in heapq.nsmallest(2, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(2, portfolio, key=lambda s: s["price"])])
print(heapq.nlargest(3, "mississippi"), heapq.nsmallest(2, [(2, "b"), (1, "z"), (1, "a")]))
print(heapq.nlargest(2, [1, 1, 1]), heapq.nsmallest(2, ["a", "B", "c"], key=str.lower))
