from datetime import datetime
print(datetime.strptime("2023-07-04 09:15:00", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("04/Jul/2023:09:15:00 +0200", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("March 5 1999 3:04PM", "%B %d %Y %I:%M%p"))
print(datetime.strptime("99-001", "%y-%j"), datetime.strptime("12:30", "%H:%M"))
print(datetime.strptime("2024-02-29T23:59:59.5", "%Y-%m-%dT%H:%M:%S.%f"))
print(datetime.strptime("Mon, 01 Jan 2024 10:00:00 GMT", "%a, %d %b %Y %H:%M:%S %Z").tzinfo)
for bad, fmt in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("abc", "%Y"), ("2023-02-30", "%Y-%m-%d")]:
    try:
        datetime.strptime(bad, fmt)
    except ValueError as e:
        print("ValueError:", e)
