# datetime: dates, times, intervals and fixed-offset time zones, as CPython's datetime.
# The sandbox's local time is UTC: now(), today() and fromtimestamp() without a tz give UTC.
import time as _time
import math as _math

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # the year: estimate from the mean year length, then correct
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    n -= _days_before_year(year)
    leap = _is_leap(year)
    month = 1
    while True:
        dim = 29 if (month == 2 and leap) else _DAYS_IN_MONTH[month]
        if n <= dim:
            return year, month, n
        n -= dim
        month += 1


def _check_int(value, name=None):
    if isinstance(value, int) and not isinstance(value, float):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _divide_and_round(a, b):
    # a / b rounded half to even, in integers
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _float_ratio(x):
    from fractions import _float_ratio as fr
    return fr(x)


def _format_offset(off, sep=":"):
    s = ""
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s = "%s%02d%s%02d" % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += "%s%02d" % (sep, ss.seconds)
            if ss.microseconds:
                s += ".%06d" % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _iso_week1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1monday = _iso_week1monday(year)
    week, d = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1monday(year)
        week, d = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, d + 1


class IsoCalendarDate(tuple):
    def __init__(self, year, week, weekday):
        super().__init__((year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.%s(year=%d, week=%d, weekday=%d)" % (type(self).__name__, self[0], self[1], self[2])

    __str__ = __repr__


def _make_iso_calendar_date(y, w, d):
    try:
        return IsoCalendarDate(y, w, d)
    except TypeError:
        return (y, w, d)


# ---------------------------------------------------------------- strftime

def _wrap_strftime(obj, fmt, timetuple):
    # obj: date/time/datetime; timetuple: the 9-tuple
    year, month, day, hour, minute, second, wday, yday, _ = timetuple
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "a":
            out.append(_DAYNAMES[wday + 1])
        elif c == "A":
            out.append(_FULLDAYNAMES[wday + 1])
        elif c == "w":
            out.append(str((wday + 1) % 7))
        elif c == "d":
            out.append("%02d" % day)
        elif c == "e":
            out.append("%2d" % day)
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[month])
        elif c == "B":
            out.append(_FULLMONTHNAMES[month])
        elif c == "m":
            out.append("%02d" % month)
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c == "Y":
            out.append("%d" % year if year >= 1000 else "%d" % year)
        elif c == "C":
            out.append("%02d" % (year // 100))
        elif c == "H":
            out.append("%02d" % hour)
        elif c == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif c == "p":
            out.append("AM" if hour < 12 else "PM")
        elif c == "M":
            out.append("%02d" % minute)
        elif c == "S":
            out.append("%02d" % second)
        elif c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "") if off is not None else "")
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name.replace("%", "%%").replace("%%", "%") if name else "")
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif c == "G":
            out.append("%d" % _isocalendar(year, month, day)[0])
        elif c == "V":
            out.append("%02d" % _isocalendar(year, month, day)[1])
        elif c == "u":
            out.append("%d" % (wday + 1))
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wday + 1], _MONTHNAMES[month], day,
                                                         hour, minute, second, year))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif c == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif c == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % (hour % 12 or 12, minute, second, "AM" if hour < 12 else "PM"))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "s":
            out.append("%d" % _timegm(year, month, day, hour, minute, second))
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


def _timegm(y, m, d, hh, mm, ss):
    return (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss


_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


# ---------------------------------------------------------------- strptime

def _strptime(data_string, fmt):
    # returns (fields dict) or raises ValueError as CPython does
    s = data_string
    i = 0
    j = 0
    n = len(fmt)
    found = {}

    def fail():
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))

    def take_digits(pos, maxlen, minlen=1, lo=None, hi=None):
        k = pos
        while k < len(s) and k - pos < maxlen and s[k].isdigit():
            k += 1
        if k - pos < minlen:
            fail()
        v = int(s[pos:k])
        if lo is not None and not lo <= v <= hi:
            # a shorter match may still fit (as the regex-based CPython parser would find)
            if k - pos > minlen and lo <= int(s[pos:k - 1]) <= hi:
                return int(s[pos:k - 1]), k - 1
            fail()
        return v, k

    def take_name(pos, names):
        low = s[pos:].lower()
        best = None
        for idx, name in enumerate(names):
            if name and low.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
                best = idx
        if best is None:
            fail()
        return best, pos + len(names[best])

    while j < n:
        c = fmt[j]
        if c == "%" and j + 1 < n:
            d = fmt[j + 1]
            j += 2
            if d == "Y":
                found["year"], i = take_digits(i, 4, 4)
            elif d == "y":
                v, i = take_digits(i, 2, 2)
                found["year"] = v + (2000 if v < 69 else 1900)
            elif d == "m":
                found["month"], i = take_digits(i, 2, 1, 1, 12)
            elif d == "d":
                found["day"], i = take_digits(i, 2, 1, 1, 31)
            elif d == "H":
                found["hour"], i = take_digits(i, 2, 1, 0, 23)
            elif d == "I":
                found["hour12"], i = take_digits(i, 2, 1, 1, 12)
            elif d == "M":
                found["minute"], i = take_digits(i, 2, 1, 0, 59)
            elif d == "S":
                found["second"], i = take_digits(i, 2, 1, 0, 61)
            elif d == "f":
                start = i
                v, i = take_digits(i, 6)
                found["microsecond"] = v * 10 ** (6 - (i - start))
            elif d == "j":
                found["yday"], i = take_digits(i, 3, 1, 1, 366)
            elif d == "b" or d == "h":
                found["month"], i = take_name(i, _MONTHNAMES[:1] + [m for m in _MONTHNAMES[1:]])
            elif d == "B":
                found["month"], i = take_name(i, _FULLMONTHNAMES)
            elif d == "a":
                found["weekday"], i = take_name(i, _DAYNAMES)
            elif d == "A":
                found["weekday"], i = take_name(i, _FULLDAYNAMES)
            elif d == "p":
                v, i = take_name(i, ["am", "pm"])
                found["ampm"] = v
            elif d == "w":
                v, i = take_digits(i, 1)
                found["weekday"] = 7 if v == 0 else v
            elif d == "u":
                found["weekday"], i = take_digits(i, 1)
            elif d == "z":
                if s[i:i + 1] == "Z":
                    found["utcoffset"] = 0
                    i += 1
                else:
                    if s[i:i + 1] not in ("+", "-"):
                        fail()
                    sign = -1 if s[i] == "-" else 1
                    i += 1
                    hh, i = take_digits(i, 2, 2)
                    if s[i:i + 1] == ":":
                        i += 1
                    mm, i = take_digits(i, 2, 2)
                    ss = 0
                    us = 0
                    if s[i:i + 1] == ":" or (s[i:i + 1].isdigit()):
                        if s[i:i + 1] == ":":
                            i += 1
                        ss, i = take_digits(i, 2, 2)
                        if s[i:i + 1] == _DOT:
                            start = i + 1
                            us, i = take_digits(i + 1, 6, 1)
                            us *= 10 ** (6 - (i - start))
                    found["utcoffset"] = sign * (hh * 3600 + mm * 60 + ss)
                    found["utcoffset_us"] = sign * us
            elif d == "Z":
                for name in ("UTC", "GMT", "utc", "gmt"):
                    if s.startswith(name, i):
                        found["tzname"] = s[i:i + 3]
                        i += 3
                        break
                else:
                    fail()
            elif d == "%":
                if s[i:i + 1] != "%":
                    fail()
                i += 1
            elif d == "n" or d == "t":
                while i < len(s) and s[i].isspace():
                    i += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        elif c.isspace():
            j += 1
            while i < len(s) and s[i].isspace():
                i += 1
        else:
            if i >= len(s) or s[i].lower() != c.lower():
                fail()
            i += 1
            j += 1
    if i != len(s):
        raise ValueError("unconverted data remains: %s" % s[i:])
    return found


def _strptime_datetime(cls, data_string, fmt):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    f = _strptime(data_string, fmt)
    year = f.get("year", 1900)
    month = f.get("month", 1)
    day = f.get("day", 1)
    hour = f.get("hour", 0)
    if "hour12" in f:
        h = f["hour12"]
        if not 1 <= h <= 12:
            raise ValueError("time data %r does not match format %r" % (data_string, fmt))
        ampm = f.get("ampm")
        if ampm is None:
            hour = h
        elif ampm == 0:
            hour = 0 if h == 12 else h
        else:
            hour = 12 if h == 12 else h + 12
    if "yday" in f and "month" not in f and "day" not in f:
        y, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + f["yday"] - 1)
    tz = None
    if "utcoffset" in f:
        tz = timezone(timedelta(seconds=f["utcoffset"], microseconds=f.get("utcoffset_us", 0)))
        if f["utcoffset"] == 0 and f.get("utcoffset_us", 0) == 0 and f.get("tzname") is None:
            tz = timezone.utc
    if "tzname" in f and tz is not None:
        tz = timezone(tz.utcoffset(None), f["tzname"])
    if day > _days_in_month(year, month) if 1 <= month <= 12 else False:
        raise ValueError("day is out of range for month")
    args = (year, month, day, hour, f.get("minute", 0), f.get("second", 0), f.get("microsecond", 0))
    if tz is not None:
        return cls(*args, tzinfo=tz)
    return cls(*args)


# ---------------------------------------------------------------- timedelta

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # everything to exact microseconds, rounding floats half to even at the end
        total = 0
        exact = True
        for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                             (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, int):
                total += int(value) * scale
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise OverflowError("cannot convert float %s to integer" % value) if value == value else ValueError("cannot convert float NaN to integer")
                n, d = _float_ratio(value)
                total += _Frac(n * scale, d)
                exact = False
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ("weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds")[
                        (weeks, days, hours, minutes, seconds, milliseconds, microseconds).index(value)],
                    type(value).__name__))
        if not exact or isinstance(total, _Frac):
            total = _round_half_even_frac(total)
        d, us = divmod(total, 86400000000)
        s, us = divmod(us, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1

    @classmethod
    def _from_us(cls, us):
        return cls(0, 0, us)

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = _float_ratio(other)
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            return usec // other._to_us()
        return timedelta._from_us(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            return usec / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(usec, other))
        a, b = _float_ratio(other)
        return timedelta._from_us(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() != other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())


class _Frac:
    # a tiny exact rational for timedelta's constructor
    __slots__ = ("n", "d")

    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __add__(self, other):
        if isinstance(other, _Frac):
            return _Frac(self.n * other.d + other.n * self.d, self.d * other.d)
        return _Frac(self.n + other * self.d, self.d)

    __radd__ = __add__


def _round_half_even_frac(x):
    if isinstance(x, _Frac):
        return _divide_and_round(x.n, x.d)
    return x


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- date

class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __init__(self, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _gmtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % date_string)
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % ("datetime", type(self).__name__, self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _cmp_check(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __le__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() <= other._cmpkey()
        return _cmperror(self, other)

    def __lt__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() < other._cmpkey()
        return _cmperror(self, other)

    def __ge__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() >= other._cmpkey()
        return _cmperror(self, other)

    def __gt__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() > other._cmpkey()
        return _cmperror(self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _make_iso_calendar_date(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


def _cmperror(x, y):
    if isinstance(y, (date, time)) or not hasattr(y, "__class__"):
        pass
    raise TypeError("can't compare '%s' to '%s'" % (type(x).__name__, type(y).__name__))


def _gmtime(t):
    # (y, m, d, hh, mm, ss, wday, yday, us) for a POSIX timestamp, in UTC
    if isinstance(t, float):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
    else:
        whole = int(t)
        us = 0
    days, secs = divmod(whole, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + _EPOCH_ORD + 6) % 7
    yday = days + _EPOCH_ORD - _ymd2ord(y, 1, 1) + 1
    return y, m, d, hh, mm, ss, wday, yday, us


class _struct_time(tuple):
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __init__(self, y, m, d, hh, mm, ss, dstflag):
        wday = (_ymd2ord(y, m, d) + 6) % 7
        dnum = _days_before_month(y, m) + d
        super().__init__((y, m, d, hh, mm, ss, wday, dnum, dstflag))

    def __getattr__(self, name):
        try:
            return self[self._names.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%d" % (n, v) for n, v in zip(self._names, self))

    __str__ = __repr__


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD
    if len(s) < 7:
        raise ValueError("Invalid isoformat string")
    year = int(s[0:4])
    if not s[0:4].isdigit():
        raise ValueError("bad year")
    has_sep = s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos] == "W":
        week = int(s[pos + 1:pos + 3])
        pos += 3
        day = 1
        if len(s) > pos:
            if (s[pos] == "-") != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            day = int(s[pos])
            pos += 1
        if len(s) != pos:
            raise ValueError("bad length")
        return _isocal_to_ymd(year, week, day)
    month = s[pos:pos + 2]
    pos += 2
    if has_sep:
        if s[pos] != "-":
            raise ValueError("Invalid date separator")
        pos += 1
    day = s[pos:pos + 2]
    pos += 2
    if len(s) != pos or not month.isdigit() or not day.isdigit():
        raise ValueError("bad date")
    return year, int(month), int(day)


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _iso_week1monday(year)
    return _ord2ymd(day_1 + day_offset)


def _parse_hh_mm_ss_ff(tstr):
    # returns [hh, mm, ss, us]
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        if not tstr[pos:pos + 2].isdigit():
            raise ValueError("Invalid time component")
        time_comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ":"
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ":":
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        len_remainder = len_str - pos
        to_parse = 6 if len_remainder >= 6 else len_remainder
        digits = tstr[pos:pos + to_parse]
        if not digits.isdigit():
            raise ValueError("Invalid microsecond component")
        time_comps[3] = int(digits) * 10 ** (6 - to_parse)
        if len_remainder > to_parse and not tstr[pos + to_parse:].isdigit():
            raise ValueError("Non-digit values in unparsed fraction")
    return time_comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = -1
    for k, c in enumerate(tstr):
        if c in "-+Z":
            tz_pos = k
            break
    timestr = tstr[:tz_pos] if tz_pos >= 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos >= 0:
        if tstr[tz_pos] == "Z":
            if tz_pos != len_str - 1:
                raise ValueError("Extra text after Z")
            tzi = timezone.utc
        else:
            tzstr = tstr[tz_pos + 1:]
            if len(tzstr) not in (2, 4, 5, 6, 8, 9) and len(tzstr) < 10:
                raise ValueError("Malformed time zone string")
            tz_comps = _parse_hh_mm_ss_ff(tzstr)
            if all(x == 0 for x in tz_comps):
                tzi = timezone.utc
            else:
                tzsign = -1 if tstr[tz_pos] == "-" else 1
                td = timedelta(hours=tz_comps[0], minutes=tz_comps[1], seconds=tz_comps[2],
                               microseconds=tz_comps[3])
                tzi = timezone(tzsign * td)
    time_comps.append(tzi)
    return time_comps


# ---------------------------------------------------------------- tzinfo, timezone

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
        return "UTC%s%02d:%02d" % (sign, hours, minutes)


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---------------------------------------------------------------- time

class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            raise TypeError("cannot compare naive and aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return _cmperror(self, other)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "datetime.%s(%d, %d%s)" % (type(self).__name__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            return cls(*_parse_isoformat_time(s))
        except Exception:
            raise ValueError("Invalid isoformat string: %r" % time_string) from None

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("%s()=%s, must be strictly between -timedelta(hours=24) and timedelta(hours=24)" % (name, offset))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        y, m, d, hh, mm, ss, wday, yday, us = _gmtime(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        return tz.fromutc(cls._fromtimestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_now_ts(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_now_ts())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("date argument must be a date instance")
        if not isinstance(time, globals()["time"]):
            raise TypeError("time argument must be a time instance")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % date_string)
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except (ValueError, IndexError):
                raise ValueError("Invalid isoformat string: %r" % date_string) from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(list(date_components) + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _struct_time(self.year, self.month, self.day, self.hour, self.minute, self.second, dst)

    def _local_timestamp(self):
        return _timegm(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def timestamp(self):
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _UTC
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            mytz = _UTC
            myoffset = timedelta(0)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = _UTC
                myoffset = timedelta(0)
        if tz is mytz:
            if self.tzinfo is None:
                return self.replace(tzinfo=tz)
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second,
                                                  self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "datetime.%s(%s)" % (type(self).__name__, ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _cmpkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._cmpkey(), other._cmpkey())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        return _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        return _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        return _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        return _cmperror(self, other)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self)(y, m, d, hour, minute, second, delta.microseconds, tzinfo=self._tzinfo)
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("cannot mix naive and timezone-aware time")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._cmpkey())
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, self._cmpkey() + (self._tzinfo,))


def _now_ts():
    if hasattr(_time, "time_ns"):
        return _TS(_time.time_ns() // 1000)
    return _time.time()


class _TS:
    # an exact timestamp in microseconds, accepted by _gmtime
    __slots__ = ("us",)

    def __init__(self, us):
        self.us = us


_orig_gmtime = _gmtime


def _gmtime(t):  # noqa: F811
    if isinstance(t, _TS):
        whole, us = divmod(t.us, 1000000)
        y, m, d, hh, mm, ss, wday, yday, _ = _orig_gmtime(whole)
        return y, m, d, hh, mm, ss, wday, yday, us
    return _orig_gmtime(t)


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    date_separator = "-"
    week_indicator = "W"
    if dtstr[4] == date_separator:
        if dtstr[5] == week_indicator:
            if len_dtstr < 8:
                raise ValueError("Invalid ISO string")
            if len_dtstr > 8 and dtstr[8] == date_separator:
                if len_dtstr == 9:
                    raise ValueError("Invalid ISO string")
                if len_dtstr > 10 and dtstr[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == week_indicator:
        idx = 7
        while idx < len_dtstr:
            if not dtstr[idx].isdigit():
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
