# GUI-style event handling with class patterns and __match_args__.
class Event:
    pass

class Click(Event):
    __match_args__ = ("x", "y", "button")
    def __init__(self, x, y, button="left"):
        self.x, self.y, self.button = x, y, button

class KeyPress(Event):
    __match_args__ = ("key",)
    def __init__(self, key, ctrl=False):
        self.key, self.ctrl = key, ctrl

class Quit(Event):
    pass

class Resize(Event):
    def __init__(self, w, h):
        self.w, self.h = w, h

def on(event):
    match event:
        case Click(x, y, button="right"):
            return f"context menu at {x},{y}"
        case Click(0, 0):
            return "clicked the corner"
        case Click(x, y) if x < 0 or y < 0:
            return "click outside"
        case Click(x=x):
            return f"click at column {x}"
        case KeyPress("q" | "Q", ctrl=True) | Quit():
            return "quit"
        case KeyPress(key, ctrl=True):
            return f"shortcut ctrl+{key}"
        case KeyPress(str(k)) if len(k) == 1:
            return f"typed {k}"
        case KeyPress(k):
            return f"special key {k}"
        case Resize(w=w, h=h) if w * h == 0:
            return "minimised"
        case Resize(w=w, h=h):
            return f"resized to {w}x{h}"
        case Event():
            return "some event"
        case _:
            return "not an event"

events = [Click(3, 4, "right"), Click(0, 0), Click(-1, 5), Click(7, 8), KeyPress("q", ctrl=True),
          KeyPress("s", ctrl=True), KeyPress("a"), KeyPress("Enter"), Quit(), Resize(0, 10),
          Resize(640, 480), Event(), "click"]
for e in events:
    print(type(e).__name__, "->", on(e))

try:
    match Resize(1, 2):
        case Resize(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Click(1, 2):
        case Click(1, 2, 3, 4):
            pass
except TypeError as e:
    print("TypeError:", e)
