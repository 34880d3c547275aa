from decimal import Decimal as D
print(D("1.50") == D("1.5"), D("1.5") < D("2"), D(3) > 2, D("2.0") == 2, D("0.5") == 0.5, hash(D("2.0")) == hash(2))
print(sorted([D("3"), D("1.5"), D("-2"), D("0")]), max(D("1"), D("1.0")), min([D("4.4"), D("-1")]))
print(int(D("-3.99")), int(D("7.9")), float(D("2.5")), D("3.456").to_integral_value(), D("2.5").to_integral_value(), D("3.5").to_integral_value())
print(D("1.23").is_zero(), D("0.00").is_zero(), D("-0").is_signed(), D("NaN").is_nan(), D("inf").is_infinite(), D("1e400000").is_finite())
print(D("0.00").same_quantum(D("1.23")), D("1.0").compare(D("1")), D(1).compare(D(2)), D("-5").copy_abs(), D("5").copy_negate(), D("3").copy_sign(D("-1")))
print(bool(D(0)), bool(D("0.001")), D(2).sqrt(), D("0.25").sqrt(), D(16).sqrt(), D("100").log10())
