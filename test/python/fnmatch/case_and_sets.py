import fnmatch
names = ["Report.PDF", "report.pdf", "data_01.csv", "data_1.csv", "data_AB.csv", "x.tar.gz", "x.gz"]
print(fnmatch.filter(names, "*.pdf"), fnmatch.filter(names, "[Rr]eport.*"))
print(fnmatch.filter(names, "data_[0-9][0-9].csv"), fnmatch.filter(names, "data_?.csv"), fnmatch.filter(names, "data_[!0-9]*.csv"))
print(fnmatch.filter(names, "*.gz"), fnmatch.filter(names, "*.*.*"), fnmatch.filter(names, "*"))
print(fnmatch.fnmatchcase("a*b", "a[*]b"), fnmatch.fnmatchcase("a?b", "a[?]b"), fnmatch.fnmatchcase("[x]", "[[]x]"))
