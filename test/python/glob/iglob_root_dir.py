import glob, os
os.makedirs("proj/src/pkg", exist_ok=True)
for f in ["proj/setup.py", "proj/src/a.py", "proj/src/pkg/b.py", "proj/src/pkg/c.txt"]:
    open(f, "w").close()
it = glob.iglob("proj/src/**/*.py", recursive=True)
print(type(it).__name__ in ("generator", "iterator"), sorted(it))
print(sorted(glob.glob("**/*.py", root_dir="proj", recursive=True)))
print(sorted(glob.glob("src/*", root_dir="proj")), glob.glob("nothing", root_dir="proj"))
