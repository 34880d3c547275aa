# An expression evaluator over nested tuples: ("+", a, b), ("neg", a), ("let", name, value, body)...
def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/" if b == 0:
                    raise ZeroDivisionError("division by zero in " + show(expr))
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case _:
            raise ValueError(f"bad expression: {expr!r}")

def show(expr):
    match expr:
        case (op, left, right) if op in "+-*/":
            return f"({show(left)} {op} {show(right)})"
        case ("neg", x):
            return f"-{show(x)}"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case (head, *rest):
            return f"{head}({', '.join(show(r) for r in rest)})"
        case _:
            return str(expr)

programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("neg", "x"))),
    ("if", ("-", 2, 2), 10, 20),
    ("sum", 1, 2, 3, ("let", "y", 4, "y")),
    ("/", 7, 2),
    ("/", 1, ("-", 3, 3)),
    ("pow", 2, 3),
    ["+", 1, 2],
]
for p in programs:
    try:
        print(show(p), "=", evaluate(p, {}))
    except (ZeroDivisionError, ValueError) as e:
        print(show(p), "!", type(e).__name__, e)
