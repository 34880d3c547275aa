from pathlib import PurePosixPath, PurePath
p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, p.drive)
print(p.is_absolute(), [str(x) for x in p.parents], len(p.parents), p.parents[1])
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a", "/b", "c"), PurePosixPath("a//b/./c/"), PurePosixPath(""), PurePath("x"))
print(PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"), "/etc" / PurePosixPath("hosts"))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("archive.tar.gz").stem, PurePosixPath("noext").suffixes, PurePosixPath("/").name)
