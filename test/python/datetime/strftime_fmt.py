from datetime import datetime, date, time
dt = datetime(2024, 7, 4, 9, 5, 3, 123456)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%H:%M:%S.%f", "%I:%M %p", "%A %B %d", "%a %b %j", "%U %W %w", "%G-W%V-%u", "%c", "%x %X", "%%", "%Y%m%dT%H%M%S", "%e"]:
    print(repr(fmt), dt.strftime(fmt))
print(date(2024, 1, 5).strftime("%d.%m.%Y"), time(13, 7).strftime("%H:%M"), datetime(2024, 1, 1, 0, 0).strftime("%I %p"))
