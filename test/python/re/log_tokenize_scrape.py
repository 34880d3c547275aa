import re
# tokenizer
TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))')
def tokenize(s):
    pos = 0
    out = []
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            break
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokenize('x = 3.5 * (y + 42) ** 2'))
log = """2024-01-01 12:00:01 ERROR [db] connection lost
2024-01-01 12:00:05 INFO [web] request /index 200
2024-01-01 12:01:00 WARNING [db] slow query 1532ms
2024-01-02 08:00:00 ERROR [web] 500 on /api"""
pat = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
from collections import Counter
c = Counter(m['level'] for m in pat.finditer(log))
print(sorted(c.items()))
for m in pat.finditer(log):
    if m.group('level') == 'ERROR':
        print(f"{m['date']} {m['comp']:>4}: {m['msg']}")
print(re.findall(r'(\d+)ms', log), [int(x) for x in re.findall(r'\b\d{3}\b', log)])
kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', 'a=1 b="two words" c=x'))
print(kv)
html = '<a href="http://x.com/a">X</a> <a href=\'/b\'>B</a>'
print(re.findall(r'href=[\'"]([^\'"]+)[\'"]', html))
print(re.sub(r'<[^>]+>', '', html))
s = "The year 1999 and 2024, not 12345."
print(re.findall(r'\b(?:19|20)\d{2}\b', s))
print(re.sub(r'(?P<word>\b\w+\b) (?P=word)', r'\g<word>', 'the the cat sat sat down'))
print(re.match(r'^[a-z0-9_-]{3,16}$', 'user_name-1'), bool(re.match(r'^\d{5}(-\d{4})?$', '12345-6789')))
date = re.compile(r'(\d{1,2})/(\d{1,2})/(\d{4})')
print(date.sub(r'\3-\2-\1', 'on 3/14/2015 and 12/1/2020'))
print(re.split(r'\s*[,;]\s*|\s+and\s+', 'apples, pears ; plums and figs'))
print([w for w in re.split(r'[^\w]+', 'Hello, World! How are you?') if w])
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language'))
camel = 'getHTTPResponseCode'
print(re.sub(r'(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])', '_', camel).lower())
print(re.findall(r'[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?', '1.5e3 -.5 +7 3. 2E-2'))
print(re.compile(r'(?i)^select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+))?$').match('SELECT a, b FROM t WHERE x > 1').groups())
