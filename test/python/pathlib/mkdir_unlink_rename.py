from pathlib import Path
d = Path("work")
d.mkdir()
d.mkdir(exist_ok=True)
try:
    d.mkdir()
except OSError:
    print("exists error")
f = d / "notes.txt"
f.write_text("one\ntwo\n")
f2 = f.rename(d / "renamed.txt")
print(f.exists(), f2.exists(), f2.name, f2.read_text().splitlines())
f2.unlink()
f2.unlink(missing_ok=True)
try:
    f2.unlink()
except OSError:
    print("missing error")
(d / "t").touch()
print(sorted(p.name for p in d.iterdir()), (d / "t").stat().st_size)
(d / "t").unlink()
d.rmdir()
print(d.exists())
try:
    Path("a/b/c").mkdir()
except OSError:
    print("no parents error")
