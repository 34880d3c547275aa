from datetime import datetime, timedelta
meetings = [("standup", datetime(2024, 3, 4, 9, 30), 15), ("review", datetime(2024, 3, 4, 14, 0), 60), ("lunch", datetime(2024, 3, 4, 12, 0), 45)]
meetings.sort(key=lambda m: m[1])
for name, start, mins in meetings:
    end = start + timedelta(minutes=mins)
    print("%-8s %s-%s (%s)" % (name, start.strftime("%H:%M"), end.strftime("%H:%M"), end - start))
free = []
day_start = datetime(2024, 3, 4, 9, 0)
cursor = day_start
for name, start, mins in meetings:
    if start > cursor:
        free.append((cursor.strftime("%H:%M"), start.strftime("%H:%M")))
    cursor = max(cursor, start + timedelta(minutes=mins))
print(free)
deadline = datetime(2024, 3, 8, 17, 0)
remaining = deadline - datetime(2024, 3, 4, 10, 30)
print(remaining, remaining.days, remaining.seconds // 3600, remaining.total_seconds())
