import time
a = time.perf_counter()
total = 0
for i in range(10000):
    total += i
b = time.perf_counter()
print(total, b >= a, isinstance(b - a, float))
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 >= m1, time.time() > 1_600_000_000, isinstance(time.time_ns(), int), time.time_ns() > 1_600_000_000 * 10 ** 9)
print(time.process_time() >= 0, time.perf_counter_ns() >= 0)
