import fnmatch
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "test_util.py", ".env", "notes.txt"]
print(fnmatch.filter(files, "*.py"), fnmatch.filter(files, "test_*"), fnmatch.filter(files, "*.[mt][dx]*"))
for pat in ["*.txt", "a?[!b-d]x[]", "[^x]", "[!]", "**", "file[0-9].*", "a\\b", "x.y+z"]:
    print(pat, fnmatch.translate(pat))
