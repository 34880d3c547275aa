import time
samples = [0.000123, 0.5, 59.9, 61, 3600 * 2 + 5, 86400 * 1.5]
def fmt(sec):
    if sec < 1:
        return "%.1f ms" % (sec * 1000)
    if sec < 60:
        return "%.1f s" % sec
    m, s = divmod(int(sec), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return ("%dd " % d if d else "") + "%02d:%02d:%02d" % (h, m, s)
print([fmt(s) for s in samples])
print(time.strftime("%H:%M:%S", time.gmtime(3725)), time.strftime("%d days", time.gmtime(86400 * 3)))
