import fnmatch
ignore = ["*.pyc", "__pycache__", "build/*", "*.log", "!keep.log"]
paths = ["app.py", "app.pyc", "__pycache__", "build/out.o", "debug.log", "keep.log", "src/mod.py"]
def ignored(p):
    result = False
    for pat in ignore:
        if pat.startswith("!"):
            if fnmatch.fnmatch(p, pat[1:]):
                result = False
        elif fnmatch.fnmatch(p, pat):
            result = True
    return result
print([p for p in paths if not ignored(p)])
