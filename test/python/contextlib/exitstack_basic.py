from contextlib import ExitStack, contextmanager
@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)
with ExitStack() as stack:
    rs = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    print("using", rs)
with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2", "with arg")
    print("body")
with ExitStack() as stack:
    stack.enter_context(resource("x"))
    keep = stack.pop_all()
print("after block")
keep.close()
def cleanup_suppress(exc_type, exc, tb):
    print("exit handler saw", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup_suppress)
    raise ValueError("boom")
print("suppressed by stack")
