import pprint
s = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(s)
pprint.pprint([s])
pprint.pprint({"key": s}, width=50)
pprint.pprint("line one\nline two\n" * 3, width=20)
pprint.pprint(b"abcd" * 30)
pprint.pprint(("a" * 30, "b" * 30), width=40)
