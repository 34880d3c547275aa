from functools import lru_cache, cached_property, total_ordering
@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    @cached_property
    def value(self):
        computed.append(self.rank)
        return Card.ranks.index(self.rank)
    def __eq__(self, o):
        return self.value == o.value
    def __lt__(self, o):
        return self.value < o.value
    def __repr__(self):
        return self.rank + self.suit
computed = []
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), max(hand), min(hand), sorted(computed))
print(Card("Q", "h") > Card("J", "h"), Card("5", "d") <= Card("5", "s"))
@lru_cache(maxsize=4)
def edit_distance(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance.cache_info().maxsize)
