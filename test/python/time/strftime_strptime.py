import time
t = time.gmtime(1700000000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a, %d %b %Y", "%A %B", "%j %U %W %w", "%I:%M %p", "%y%m%d", "%Z %z", "%%"]:
    print(repr(fmt), time.strftime(fmt, t))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
st = time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S")
print(st[:6], st.tm_wday, st.tm_yday)
print(time.strptime("Mar 5 2024", "%b %d %Y")[:3])
