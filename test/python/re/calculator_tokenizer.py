import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/^()]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKEN_SPEC))


def tokenize(text):
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield kind, m.group()


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def to_rpn(tokens):
    out, stack = [], []
    for kind, value in tokens:
        if kind in ("NUMBER", "NAME"):
            out.append(value)
        elif value == "(":
            stack.append(value)
        elif value == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[value] or
                                                  (PREC[stack[-1]] == PREC[value] and value != "^")):
                out.append(stack.pop())
            stack.append(value)
    return out + stack[::-1]


def evaluate(rpn, env):
    st = []
    for t in rpn:
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            st.append(float(t) if "." in t else int(t))
        elif re.fullmatch(r"[A-Za-z_]\w*", t):
            st.append(env[t])
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
    return st[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * (y - 4) / 2", "10 / 4 + 0.5", "3 $ 4"]:
    try:
        toks = list(tokenize(expr))
        rpn = to_rpn(toks)
        print(f"{expr:<18} -> {' '.join(rpn):<16} = {evaluate(rpn, {'x': 6, 'y': 10})}")
    except SyntaxError as e:
        print(f"{expr:<18} !! {e}")
