from functools import cached_property
class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)
    @cached_property
    def mean(self):
        return self.total / len(self.values)
d = Dataset([1, 2, 3, 4])
print(d.total, d.total, d.mean, d.computed)
d.total = 100
print(d.total, d.computed)
del d.total
print(d.total, d.computed)
print(isinstance(Dataset.total, cached_property))
