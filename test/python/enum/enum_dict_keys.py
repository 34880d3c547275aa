from enum import Enum
class Suit(Enum):
    HEARTS = "H"
    SPADES = "S"
counts = {}
for card in ["H", "S", "H", "H"]:
    s = Suit(card)
    counts[s] = counts.get(s, 0) + 1
print(counts[Suit.HEARTS], counts[Suit.SPADES])
print(Suit.HEARTS.value, Suit("S").name, Suit.HEARTS < Suit.SPADES if False else "no ordering")
try:
    Suit.HEARTS < Suit.SPADES
except TypeError:
    print("TypeError: not orderable")
try:
    Suit.HEARTS = "x"
except AttributeError:
    print("AttributeError: cannot reassign")
print(Suit.HEARTS.name in Suit.__members__)
