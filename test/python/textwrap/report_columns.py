import textwrap
rows = [("alpha", "The first item in the list, with a long description that wraps."), ("b", "Short."), ("gamma-delta", "Another entry whose description is long enough to wrap twice over.")]
for name, desc in rows:
    lines = textwrap.wrap(desc, 30)
    print("%-12s %s" % (name, lines[0]))
    for l in lines[1:]:
        print("%-12s %s" % ("", l))
