import shlex
lx = shlex.shlex("a=b; c && d || e", punctuation_chars=True)
print(list(lx))
print(list(shlex.shlex("foo(bar, 'baz qux')")))
lx2 = shlex.shlex("key1 = value1\nkey2 = 'value two' # comment", posix=True)
lx2.whitespace_split = False
print(list(lx2))
lx3 = shlex.shlex("one two three", posix=True)
print(lx3.get_token(), lx3.get_token())
lx3.push_token("pushed")
print(lx3.get_token(), lx3.get_token(), lx3.get_token())
