# Or-patterns, as-patterns and guards: HTTP status handling and a small rule engine.
def status(code):
    match code:
        case 200 | 201 | 204 as ok:
            return f"success ({ok})"
        case 301 | 302 | 307 | 308:
            return "redirect"
        case 400:
            return "bad request"
        case 401 | 403 as denied if denied == 401:
            return "log in first"
        case 401 | 403:
            return "forbidden"
        case int(n) if 400 <= n < 500:
            return "client error"
        case int(n) if 500 <= n < 600:
            return "server error"
        case _:
            return "unknown"

for c in [200, 204, 302, 400, 401, 403, 404, 418, 503, 99, "200"]:
    print(c, status(c))

calls = []
def seen(tag, result=True):
    calls.append(tag)
    return result

def rule(order):
    match order:
        case {"total": t, "country": "NO" | "SE" | "DK" as c} if seen("nordic") and t > 1000:
            return f"free shipping to {c}"
        case {"total": t} if seen("big", t > 500):
            return "discount"
        case {"items": [_, _, *more]} if seen("many") and more:
            return f"{2 + len(more)} items"
        case {"items": [("gift" | "card") as kind, *_]}:
            return f"starts with {kind}"
        case _:
            return "standard"

orders = [{"total": 2000, "country": "NO"}, {"total": 200, "country": "SE"}, {"total": 700},
          {"items": [1, 2, 3]}, {"items": [1, 2]}, {"items": ["gift"]}, {}]
for o in orders:
    calls.clear()
    print(rule(o), calls)

# the guard sees names bound by the pattern; the subject is evaluated once
count = 0
def next_value():
    global count
    count += 1
    return [count, count * 10]
match next_value():
    case [a, b] if a > 5:
        print("no")
    case [a, b] if b == 10:
        print("guard used", a, b)
print("subject evaluated", count, "time(s)")
