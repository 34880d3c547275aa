from contextlib import redirect_stdout
import io
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print("outside")
print(repr(buf.getvalue()))
def chatty():
    print("chat chat")
    return 5
out = io.StringIO()
with redirect_stdout(out):
    r = chatty()
print(r, out.getvalue().strip())
