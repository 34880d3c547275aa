# calendar: calendar arithmetic and text calendars, as CPython's calendar module documents
# them (weeks start on Monday unless setfirstweekday()/firstweekday says otherwise).
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY",
           "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY"]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
(JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER,
 DECEMBER) = range(1, 13)

day_name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
day_abbr = [d[:3] for d in day_name]
month_name = ["", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
month_abbr = [m[:3] for m in month_name]

_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


def _center(s, width):
    # str.center as CPython rounds it (the odd space goes left when the width is odd)
    pad = width - len(s)
    if pad <= 0:
        return s
    left = pad // 2 + (pad & width & 1)
    return " " * left + s + " " * (pad - left)


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def _mdays(year, month):
    return 29 if month == 2 and isleap(year) else _DAYS[month]


def monthrange(year, month):
    _check_month(month)
    return weekday(year, month, 1), _mdays(year, month)


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays2(self, year, month):
        # (day of month or 0 outside it, weekday) for whole weeks covering the month
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        wd = self.firstweekday
        for _ in range(lead):
            yield 0, wd % 7
            wd += 1
        for d in range(1, ndays + 1):
            yield d, wd % 7
            wd += 1
        while (wd - self.firstweekday) % 7:
            yield 0, wd % 7
            wd += 1

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def itermonthdays3(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield year, month, d

    def itermonthdays4(self, year, month):
        for d, wd in self.itermonthdays2(year, month):
            yield year, month, d, wd

    def itermonthdates(self, year, month):
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        start = datetime.date(year, month, 1) - datetime.timedelta(days=lead)
        total = lead + ndays
        total += (-total) % 7
        for k in range(total):
            yield start + datetime.timedelta(days=k)

    def _weeks(self, items):
        items = list(items)
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    def formatday(self, day, weekday, width):
        return _center("%2i" % day if day else "", width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return _center(names[day][:width], width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return _center(s, width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = "\n" * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return "".join(line + gap for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = "\n" * l
        sep = " " * c

        def row(cells):
            return sep.join(_center(cell, colwidth) for cell in cells).rstrip()

        out = [_center(repr(theyear), colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, months in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            out.append(row([self.formatmonthname(theyear, k, colwidth, False) for k in numbers]))
            out.append(gap)
            out.append(row([header for _ in numbers]))
            out.append(gap)
            for j in range(max(len(cal) for cal in months)):
                out.append(row([self.formatweek(cal[j], w) if j < len(cal) else ""
                                for cal in months]))
                out.append(gap)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


_default = TextCalendar()


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


def monthcalendar(year, month):
    return _default.monthdayscalendar(year, month)


def month(theyear, themonth, w=0, l=0):
    return _default.formatmonth(theyear, themonth, w, l)


def prmonth(theyear, themonth, w=0, l=0):
    _default.prmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    return _default.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    print(calendar(theyear, w or 2, l or 1, c, m), end="")


def weekheader(width):
    return _default.formatweekheader(width)


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(1970, 1, 1).toordinal() + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
