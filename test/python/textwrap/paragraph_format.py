import textwrap
doc = """
    Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor
    incididunt ut labore et dolore magna aliqua.

    Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.
"""
paras = [p for p in textwrap.dedent(doc).strip().split("\n\n")]
for p in paras:
    print(textwrap.fill(" ".join(p.split()), width=40, initial_indent="    "))
    print()
print(textwrap.indent(textwrap.fill(paras[1], 30), "| "))
