import bisect
boundaries = [0, 18, 65]
labels = ["child", "adult", "senior"]
def category(age):
    return labels[bisect.bisect_right(boundaries, age) - 1]
print([(a, category(a)) for a in [0, 5, 17, 18, 40, 64, 65, 90]])
brackets = [(10000, 0.0), (40000, 0.1), (90000, 0.2), (float("inf"), 0.3)]
limits = [b[0] for b in brackets]
def rate(income):
    return brackets[bisect.bisect_left(limits, income)][1]
print([rate(x) for x in [5000, 10000, 10001, 50000, 1e6]])
