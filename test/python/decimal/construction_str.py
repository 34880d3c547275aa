from decimal import Decimal as D
print(repr(D("1.23E+5")), D("1.23E+5"), D("-0.000001"), D("1E-7"), D(0.1), D("NaN"), D("-Infinity"), D(100), D("1e3"), D("0E-5"))
print(D("123456789012345678901234567890.5") + 0, D((0, (1, 2, 3), -2)), D((1, (5,), 2)), D.from_float(0.5), D(" 3.14 "), D("1_000.5"))
print(D("12.3400").normalize(), D("1E+2").normalize(), D("0.00").normalize(), D("-0.0"), D(-0.0))
print(D(5).as_tuple(), D("-3.14").as_tuple(), D("0.125").as_integer_ratio(), D("1.23").adjusted(), D("123.4E5").adjusted())
print(D("1e9999"), D("1.5e-10"), D("0.000001"), D("0.0000001"), D("1234.5").to_eng_string(), D("12345E3").to_eng_string())
