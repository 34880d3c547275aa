import glob, os
for rel in ["a.txt", "b.py", "c.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", ".hidden.py"]:
    d = os.path.dirname(rel)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(rel, "w") as f:
        f.write(rel)
print(sorted(glob.glob("*.py")))
print(sorted(glob.glob("*.txt")), sorted(glob.glob("?.py")), sorted(glob.glob("[ab].*")))
print(sorted(glob.glob("sub/*")), sorted(glob.glob("*/*.py")))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("*.py", include_hidden=True)), glob.glob("nothing*"), glob.glob("a.txt"), glob.glob("missing.txt"))
print(glob.has_magic("a*"), glob.has_magic("plain"), glob.escape("a*b?[c]"))
print(sorted(glob.iglob("sub/**/*.py", recursive=True)), sorted(glob.glob("*.py", root_dir="sub")))
