import shlex
print(shlex.split('ls -l "my file.txt" \'single q\' a\\ b --opt=val'))
print(shlex.split("cmd # not a comment"), shlex.split("cmd # comment here", comments=True))
print(shlex.split('a "b\\"c" \'d\\e\''), shlex.split("  spaced   out  "), shlex.split(""))
print(shlex.split('echo "$HOME" \'$HOME\''), shlex.split("x=1 y='2 3'"))
try:
    shlex.split('"unclosed')
except ValueError as e:
    print("ValueError:", e)
try:
    shlex.split("trailing\\")
except ValueError as e:
    print("ValueError:", e)
