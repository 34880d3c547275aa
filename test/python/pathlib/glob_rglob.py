from pathlib import Path
root = Path("tree")
for rel in ["a.txt", "b.py", "sub/c.py", "sub/d.txt", "sub/deeper/e.py", ".hidden.py"]:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(rel)
print(sorted(str(p) for p in root.glob("*.py")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.rglob("*.txt")))
print(sorted(str(p) for p in root.glob("sub/*")))
print(sorted(str(p) for p in root.glob("*/")))
print(sorted(p.name for p in root.glob("s*/d*")))
