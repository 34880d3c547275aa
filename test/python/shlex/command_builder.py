import shlex
user_inputs = ["report final.pdf", "it's here", "a;rm -rf /", "$HOME"]
for arg in user_inputs:
    cmd = "cat " + shlex.quote(arg)
    print(cmd, shlex.split(cmd))
line = "git commit -m 'fix: handle \"quoted\" text' --author=\"A B <a@b>\""
parts = shlex.split(line)
print(parts, len(parts))
print(shlex.join(parts) == "git commit -m 'fix: handle \"quoted\" text' '--author=A B <a@b>'")
