import heapq

for fn, args in ((heapq.heappush, ((1, 2), 3)), (heapq.heappop, ((1,),)), (heapq.heapify, ("abc",)), (heapq.heapreplace, ((1,), 2)), (heapq.heappushpop, ((1,), 2))):
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, "TypeError", e)


class Heap(list):
    pass


h = Heap([5, 1, 4])
heapq.heapify(h)
heapq.heappush(h, 0)
print(type(h).__name__, [heapq.heappop(h) for _ in range(len(h))])

print(bytearray(b"foo").center(7), bytearray(b"ab").ljust(4, b"-"), bytearray(b"ab").rjust(4, bytearray(b"*")))
print(b"x".center(5, b"."), type(bytearray(b"x").center(3)).__name__)
