import html
samples = ["&lt;&gt;&amp;&quot;&#39;", "&aacute;&Eacute;&ntilde;&uuml;&szlig;", "&alpha;&beta;&Omega;&pi;", "&larr;&rarr;&hearts;&trade;&mdash;&ndash;", "&#8364;&#x20AC;&#X20ac;", "&amp;amp; stays &amp;", "x &lt y &gt z", "&#x1F600;"]
for s in samples:
    print(s, "->", html.unescape(s))
print(html.escape(""), html.escape("plain"), html.escape("a&b", quote=True))
