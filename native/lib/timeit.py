# timeit: time small pieces of code, as CPython's timeit (statements as strings or callables).
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5


def default_timer():
    return time.perf_counter() if hasattr(time, "perf_counter") else time.time()


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        if isinstance(setup, str):
            setup_code = compile(setup, "<timeit-src>", "exec")
            self._setup = lambda: exec(setup_code, ns)
        elif callable(setup):
            self._setup = setup
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            code = compile(stmt, "<timeit-src>", "exec")
            self._stmt = lambda: exec(code, ns)
        elif callable(stmt):
            self._stmt = stmt
        else:
            raise ValueError("stmt is neither a string nor callable")

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        t0 = self.timer()
        for _ in range(number):
            stmt()
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                t = self.timeit(number)
                if callback:
                    callback(number, t)
                if t >= 0.2:
                    return (number, t)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
