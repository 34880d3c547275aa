import string
print(string.capwords("hello world"))
print(string.capwords("  the   QUICK brown  fox  "))
print(string.capwords("o'neil mcdonald"))
print(string.capwords("a-b-c d", "-"))
print(string.capwords(""))
titles = ["war and peace", "the CATCHER in the rye", "dune"]
print([string.capwords(t) for t in titles])
