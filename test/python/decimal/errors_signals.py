from decimal import Decimal as D, InvalidOperation, DivisionByZero, DecimalException, getcontext
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, DecimalException))
try:
    D("abc")
except InvalidOperation:
    print("InvalidOperation: bad literal")
try:
    D(0) / D(0)
except InvalidOperation:
    print("InvalidOperation: 0/0")
try:
    D("1.234").quantize(D("1e-30"))
except InvalidOperation:
    print("InvalidOperation: quantize too many digits")
try:
    D(-1).sqrt()
except InvalidOperation:
    print("InvalidOperation: sqrt")
getcontext().traps[DivisionByZero] = False
print(D(1) / D(0), D(-1) / D(0))
print(D("NaN") == D("NaN"), D("NaN") != 1)
