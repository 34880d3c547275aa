from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=0)))
# running balance
txns = [100, -20, -35, 50, -80]
print(list(accumulate(txns, lambda bal, t: bal + t, initial=0)))
print(list(accumulate(["a", "b", "c"])))
