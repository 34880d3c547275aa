# A text adventure's command parser: split the input, then match on the words.
def parse(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["look"]:
            return "you see a room"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"you walk {direction}"
        case ["go", other]:
            return f"you cannot go {other!r}"
        case ["take", item]:
            return f"taken: {item}"
        case ["take", *items] if len(items) > 1:
            return "taken: " + ", ".join(items)
        case ["drop", *items, "carefully"]:
            return f"dropped {len(items)} thing(s) carefully"
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for cmd in ["", "quit", "q", "look", "go north", "go up", "take lamp", "take lamp key coin",
            "take", "drop cup plate carefully", "drop carefully", "say hello there", "dance wildly"]:
    print(repr(cmd), "->", parse(cmd))
