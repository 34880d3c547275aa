import textwrap
code = """
    def hello():
        print("hi")

    hello()
"""
print(repr(textwrap.dedent(code)))
print(textwrap.dedent("  a\n    b\n  c"))
print(repr(textwrap.dedent("\tx\n\ty")), repr(textwrap.dedent("  x\n\ty")), repr(textwrap.dedent("   \n  a\n")))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
print(textwrap.indent(textwrap.dedent(code).strip(), "    "))
