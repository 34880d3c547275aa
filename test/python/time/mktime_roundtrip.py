import time
for ts in [0, 86400 * 365, 1234567890, 1700000000]:
    t = time.gmtime(ts)
    print(ts, int(time.mktime(t)) == ts, time.strftime("%Y-%m-%dT%H:%M:%S", t))
def human(sec):
    d, rem = divmod(sec, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    return "%dd %02dh %02dm %02ds" % (d, h, m, s)
print(human(1000000), human(59), human(86400 * 3 + 3661))
