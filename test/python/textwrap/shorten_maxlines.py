import textwrap
s = "Hello world! This is a fairly long sentence used for shortening tests."
print(textwrap.shorten(s, width=30))
print(textwrap.shorten(s, width=30, placeholder="..."))
print(textwrap.shorten("Hello   world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Supercalifragilistic", width=10))
print(textwrap.wrap(s, width=20, max_lines=2))
print(textwrap.wrap(s, width=20, max_lines=3, placeholder=" ~"))
print(textwrap.fill(s, width=25, max_lines=2))
