import html
print(html.escape("<a href='x'>T&C \"q\"</a>"))
print(html.escape("<b>bold</b> & 'quoted'", quote=False))
print(html.unescape("&lt;p&gt;Caf&eacute; &amp; cr&egrave;me &copy;2024 &#169; &#x263A; &euro;&hellip;"))
print(html.unescape("&notin &amp &bogus; &#0; &#128; &#x110000; &#65;&#x42;&#67 &nbsp;|"))
print(html.unescape("no entities here"), html.unescape("&AMP;&LT;&GT;&QUOT;"), html.unescape("&apos;&quot;"))
s = "<script>alert('x & y')</script>"
print(html.unescape(html.escape(s)) == s)
