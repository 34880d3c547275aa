import html
comments = ["Nice post!", "<script>alert(1)</script>", "Tom & Jerry's \"show\"", "5 > 3 < 4"]
for c in comments:
    safe = html.escape(c)
    print("<li>%s</li>" % safe)
    assert html.unescape(safe) == c
attrs = {"title": 'Say "hi"', "data-x": "a<b"}
print(" ".join('%s="%s"' % (k, html.escape(v)) for k, v in sorted(attrs.items())))
