from pathlib import Path
import json
conf_dir = Path("config")
conf_dir.mkdir()
(conf_dir / "app.json").write_text(json.dumps({"name": "demo", "debug": True}))
(conf_dir / "db.json").write_text(json.dumps({"url": "sqlite://"}))
(conf_dir / "notes.txt").write_text("ignore me")
merged = {}
for f in sorted(conf_dir.glob("*.json")):
    merged[f.stem] = json.loads(f.read_text())
print(sorted(merged), merged["app"]["name"], merged["db"]["url"])
backup = conf_dir / "backup"
backup.mkdir()
for f in sorted(conf_dir.glob("*.json")):
    (backup / (f.stem + ".bak")).write_bytes(f.read_bytes())
print(sorted(p.name for p in backup.iterdir()), (backup / "app.bak").read_text() == (conf_dir / "app.json").read_text())
print([p.suffix for p in sorted(conf_dir.iterdir())])
