from datetime import datetime, timedelta
lines = ["2024-05-01T10:00:00 start job=1", "2024-05-01T10:00:07.250000 end job=1", "2024-05-01T10:01:00 start job=2", "2024-05-01T10:03:30 end job=2"]
starts = {}
for line in lines:
    ts, event, job = line.split()
    t = datetime.fromisoformat(ts)
    if event == "start":
        starts[job] = t
    else:
        d = t - starts[job]
        print(job, d, d.total_seconds())
stamps = [datetime.strptime(s, "%d/%b/%Y:%H:%M:%S") for s in ["10/Oct/2000:13:55:36", "10/Oct/2000:14:01:02"]]
print(stamps[1] - stamps[0], stamps[0].isoformat(), stamps[0].strftime("%A"))
