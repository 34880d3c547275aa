from pathlib import PurePosixPath as P, Path
p = P("/home/user/projects/app/src/main.py")
for parent in p.parents:
    print(parent, parent.name or "<root>")
print(p.parents[0], p.parents[-1], p.parts[-2:], len(p.parts))
rel = P("docs/guide/../api/index.md")
print(rel, rel.parts, rel.parent.parent, rel.is_absolute())
files = [P("b/x.txt"), P("a/y.txt"), P("a/x.txt"), P("c")]
print(sorted(files), [f.suffix for f in files], max(files))
print(Path("a") / "b" / "c.txt", type(Path("x")).__name__, Path("x") == P("x") if False else "")
