# Dispatching JSON messages with mapping patterns.
import json

messages = """[
  {"type": "login", "user": "ann", "password": "x"},
  {"type": "login", "user": "bob"},
  {"type": "message", "to": "ann", "body": "hi", "priority": 2, "tags": ["a", "b"]},
  {"type": "message", "to": ["ann", "bob"], "body": "hello all"},
  {"type": "logout", "user": "ann", "reason": null},
  {"type": "logout", "user": "bob", "reason": "timeout"},
  {"type": "ping"},
  {"type": "resize", "size": {"w": 800, "h": 600}},
  {"type": "resize", "size": [1024, 768]},
  {"kind": "unknown"},
  [1, 2, 3],
  "just a string"
]"""

def handle(msg):
    match msg:
        case {"type": "login", "user": str(user), "password": _}:
            return f"login {user}"
        case {"type": "login", "user": user}:
            return f"login {user} refused: no password"
        case {"type": "message", "to": [*recipients], "body": body}:
            return f"broadcast to {len(recipients)}: {body}"
        case {"type": "message", "to": to, "body": body, **extra}:
            return f"message to {to}: {body} (extra {sorted(extra)})"
        case {"type": "logout", "user": user, "reason": None}:
            return f"{user} logged out"
        case {"type": "logout", "user": user, "reason": reason}:
            return f"{user} dropped: {reason}"
        case {"type": "ping", **rest} if not rest:
            return "pong"
        case {"type": "resize", "size": {"w": int(w), "h": int(h)} | [w, h]}:
            return f"resize to {w}x{h}"
        case {"type": t}:
            return f"unhandled type {t}"
        case {}:
            return "no type"
        case list() | tuple():
            return "a list, not a message"
        case other:
            return f"not a message: {other!r}"

for m in json.loads(messages):
    print(handle(m))
