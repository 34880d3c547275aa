from collections import deque
class Editor:
    def __init__(self):
        self.text = ""
        self.undo = deque(maxlen=3)
        self.redo = deque()
    def type(self, s):
        self.undo.append(self.text)
        self.redo.clear()
        self.text += s
    def do_undo(self):
        if self.undo:
            self.redo.append(self.text)
            self.text = self.undo.pop()
    def do_redo(self):
        if self.redo:
            self.undo.append(self.text)
            self.text = self.redo.pop()
e = Editor()
for s in ["a", "b", "c", "d", "e"]:
    e.type(s)
e.do_undo(); e.do_undo()
print(e.text, list(e.undo), list(e.redo))
e.do_redo()
print(e.text)
for _ in range(5):
    e.do_undo()
print(repr(e.text), len(e.undo), e.undo.maxlen)
