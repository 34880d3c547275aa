# Sequence patterns: lengths, stars, nesting, and which types count as sequences.
from collections import deque, namedtuple
import array

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [first, *middle, last]:
            return f"first {first}, {len(middle)} in the middle, last {last}"

for s in [[], [1], (1, 2), [1, 2, 3], range(10), "ab", b"ab", deque([4, 5]), array.array("i", [7, 8, 9])]:
    print(type(s).__name__, shape(s))

def head_tail(seq):
    match seq:
        case [*init, 0]:
            return ("ends with zero", init)
        case [1, *_, 1]:
            return "ones at both ends"
        case [h, *t]:
            return (h, t)
        case _:
            return "not a sequence"

for s in [[5, 0], [0], [1, 2, 1], [1, 1], [9, 8, 7], (3,), {"a": 1}, 42, "xyz"]:
    print(s, head_tail(s))

def pairs(points):
    out = []
    for p in points:
        match p:
            case [(x1, y1), (x2, y2)]:
                out.append(abs(x2 - x1) + abs(y2 - y1))
            case [[int(x), int(y)]] | (int(x), int(y)):
                out.append(x + y)
            case [*_, [_, *_, z]]:
                out.append(z)
    return out

print(pairs([[(0, 0), (3, 4)], [[1, 2]], (5, 6), [1, [2, 3, 4]], [[1], [2, 9]]]))

Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case (a, b):
        print("namedtuple as sequence", a, b)
match Pair(1, 2):
    case Pair(right=r, left=l):
        print("namedtuple keywords", l, r)
match Pair(3, 4):
    case Pair(l, r):
        print("namedtuple positional", l, r)

rest_type = None
match (1, 2, 3):
    case (_, *rest):
        rest_type = type(rest).__name__
print("star capture of a tuple is a", rest_type, rest)
match range(5):
    case [0, *r]:
        print("range star", r)
