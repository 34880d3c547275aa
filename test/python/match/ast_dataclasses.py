# A tiny language: dataclass AST nodes, a simplifier and an interpreter written with match.
from dataclasses import dataclass

@dataclass(frozen=True)
class Num:
    value: int

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object

@dataclass(frozen=True)
class Call:
    func: str
    args: tuple

def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), e) | ("+", e, Num(0)):
                    return e
                case ("*", Num(1), e) | ("*", e, Num(1)):
                    return e
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", e1, e2) if e1 == e2:
                    return Num(0)
                case ("+" | "-" | "*", Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case Call(func, args):
            return Call(func, tuple(simplify(a) for a in args))
        case _:
            return node

FUNCS = {"max": max, "min": min, "abs": abs}

def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*(evaluate(a, env) for a in args))
        case Call(func, _):
            raise NameError(f"unknown function {func}")

def show(node):
    match node:
        case Num(v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(map(show, args))})"

exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Var("x"), Var("x")),
    Call("max", (Num(-4), BinOp("*", Num(0), Var("z")), Var("x"))),
    BinOp("/", Num(1), Num(2)),
    BinOp("+", Var("w"), Num(1)),
    Call("pow", (Num(2),)),
]
env = {"x": 7, "y": 2, "z": 100}
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(s, env)
    except (NameError, ValueError) as err:
        result = f"{type(err).__name__}: {err}"
    print(show(e), "=>", show(s), "=>", result)
