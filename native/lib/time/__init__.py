# time: time access and conversions, as CPython's time. Shadows MicroPython's built-in time
# (reached as utime, whose ticks_* functions stay available here) and adds struct_time,
# strftime/strptime, perf_counter, monotonic, process_time, asctime/ctime. The sandbox's
# local time is UTC.
from utime import *
import utime as _t

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")


class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone="UTC"):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(seq))
        super().__init__(seq[:9])
        self._zone = zone

    def __getattr__(self, name):
        if name == "tm_zone":
            return getattr(self, "_zone", "UTC")
        if name == "tm_gmtoff":
            return 0
        try:
            return self[_FIELDS.index(name)]
        except ValueError:
            raise AttributeError("'time.struct_time' object has no attribute '%s'" % name) from None

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    __str__ = __repr__


def time():
    return _t.time_ns() / 1e9


def time_ns():
    return _t.time_ns()


def _tm(secs, zone):
    if secs is None:
        secs = _t.time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    if secs < 0:
        # the built-in gmtime() stops at the epoch
        import datetime
        t = datetime._gmtime(secs)
        return struct_time(tuple(t[:8]) + (0,), zone)
    t = _t.gmtime(secs)
    return struct_time(tuple(t[:8]) + (0,), zone)


def gmtime(secs=None):
    return _tm(secs, "GMT")


def localtime(secs=None):
    return _tm(secs, "UTC")


def mktime(t):
    y, mo, d, h, mi, s = t[:6]
    return float(_t.mktime((y, mo, d, h, mi, s, 0, 0)))


def perf_counter_ns():
    return _perf_us() * 1000


_last = [_t.ticks_us(), 0]


def _perf_us():
    # ticks wrap around: accumulate differences into an unbounded count
    now = _t.ticks_us()
    _last[1] += _t.ticks_diff(now, _last[0])
    _last[0] = now
    return _last[1]


def perf_counter():
    return _perf_us() / 1e6


monotonic = perf_counter
monotonic_ns = perf_counter_ns
process_time = perf_counter
process_time_ns = perf_counter_ns
thread_time = perf_counter
thread_time_ns = perf_counter_ns


def get_clock_info(name):
    from types import SimpleNamespace
    if name not in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
        raise ValueError("unknown clock")
    return SimpleNamespace(implementation="micropython-sandbox", monotonic=name != "time",
                           adjustable=name == "time", resolution=1e-06 if name != "time" else 1e-03)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    import datetime
    dt = datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5])
    # %z/%Z describe UTC here; the rest is datetime's strftime
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            d = format[i + 1]
            if d == "Z":
                out.append(getattr(t, "tm_zone", "UTC"))
            elif d == "z":
                out.append("+0000")
            else:
                out.append(dt.strftime(format[i:i + 2]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    dt = datetime.datetime.strptime(string, format)
    tt = dt.timetuple()
    return struct_time(tuple(tt[:8]) + (-1,))
