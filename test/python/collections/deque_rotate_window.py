from collections import deque
d = deque(range(10))
d.rotate(3)
print(list(d))
d.rotate(-5)
print(list(d))
d.rotate(0); d.rotate(10)
print(list(d), d[3], d[-2])
def josephus(n, k):
    q = deque(range(1, n + 1))
    order = []
    while q:
        q.rotate(-(k - 1))
        order.append(q.popleft())
    return order
print(josephus(7, 3))
def palindrome(s):
    d = deque(c for c in s.lower() if c.isalpha())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print([palindrome(w) for w in ["Racecar", "A man a plan a canal Panama", "python"]])
