import shlex
for s in ["safe-name.txt", "it's ok", "", "a b", "$(rm -rf)", "semi;colon", "ünï", "x=1,y=2"]:
    print(repr(s), shlex.quote(s))
cmd = ["grep", "-r", "hello world", "src/", "--include=*.py"]
line = shlex.join(cmd)
print(line)
print(shlex.split(line) == cmd)
