from pathlib import Path
import os
root = Path("site")
files = {"index.html": "<h1>hi</h1>", "css/main.css": "body{}", "css/print.css": "p{}" * 10, "js/app.js": "let x=1;" * 5, "img/logo.png": "PNGDATA"}
for rel, content in files.items():
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(content)
by_ext = {}
for p in sorted(root.rglob("*"), key=str):
    if p.is_file():
        by_ext.setdefault(p.suffix, []).append((str(p.relative_to(root)), p.stat().st_size))
for ext in sorted(by_ext):
    print(ext, by_ext[ext])
total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
print("total", total)
print(sorted(os.listdir(root / "css")))
