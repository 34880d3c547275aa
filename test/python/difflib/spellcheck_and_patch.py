import difflib

COMMANDS = ["status", "commit", "checkout", "branch", "merge", "rebase", "stash", "push", "pull"]
for typo in ["comit", "chekout", "stauts", "psuh", "xyz", "merg"]:
    guesses = difflib.get_close_matches(typo, COMMANDS, n=2, cutoff=0.5)
    print(f"{typo!r}: did you mean {' or '.join(guesses) if guesses else 'nothing'}?")

old = """def greet(name):
    print("Hello " + name)

def main():
    greet("world")
    return 0
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

def main():
    greet("world")
    greet("you", "?")
    return 0
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "a/app.py", "b/app.py")), end="")
sm = difflib.SequenceMatcher(None, "kitten sitting", "sitting kitten")
print(round(sm.ratio(), 3), [tuple(b) for b in sm.get_matching_blocks()])
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "The cat sat.", "The dog sat down.").get_opcodes():
    if tag != "equal":
        print(tag, repr("The cat sat."[i1:i2]), "->", repr("The dog sat down."[j1:j2]))
