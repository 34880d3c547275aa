import operator
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "17 5 %", "7 2 /", "7 2 //"]:
    print(e, "=", rpn(e))
cmp = {"<": operator.lt, ">=": operator.ge, "==": operator.eq, "!=": operator.ne}
print([name for name, f in sorted(cmp.items()) if f(3, 4)])
