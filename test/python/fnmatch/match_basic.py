import fnmatch
tests = [("data.csv", "*.csv"), ("a.txt", "?.txt"), ("ab.txt", "?.txt"), ("b1", "[a-c][0-9]"), ("d", "[!abc]"), ("a", "[!abc]"), ("x", "[]"), ("]", "[]]"), ("-", "[a-]"), ("file.TXT", "*.txt"), ("aaab", "*a*b"), ("abcabd", "*abd"), ("x[y", "x[y"), ("", "*"), ("anything", "*"), (".hidden", "*")]
for name, pat in tests:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
