import glob
for name in ["data[1].csv", "data2.csv", "what?.txt", "star*.md"]:
    open(name, "w").close()
print(sorted(glob.glob("data*.csv")))
print(glob.glob(glob.escape("data[1].csv")), glob.glob("data[1].csv"))
print(glob.glob(glob.escape("what?.txt")), glob.glob(glob.escape("star*.md")))
print(glob.escape("a[b]c?d*e"), glob.has_magic("[x]"), glob.has_magic(b"no"), glob.has_magic("a?"))
