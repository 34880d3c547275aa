import textwrap
text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better "
        "than implicit. Simple is better than complex. Complex is better than complicated.")
for w in (20, 40, 70):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, 50, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.wrap("", 10), textwrap.wrap("short", 10))
