import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, t[0:3])
print(time.gmtime(1234567890), time.gmtime(1700000000.9).tm_sec)
print(time.gmtime(951782400)[:8], time.gmtime(-86400)[:3])
