import textwrap
options = [("-h, --help", "show this help message and exit"), ("-v, --verbose", "increase output verbosity; may be given more than once to be even more verbose"), ("--output FILE", "write the report to FILE instead of standard output")]
for flag, desc in options:
    lines = textwrap.wrap(desc, 40)
    print("  %-16s%s" % (flag, lines[0]))
    for l in lines[1:]:
        print(" " * 18 + l)
print(textwrap.shorten("A very long summary line that does not fit the column", 30))
