from fractions import Fraction as F
import math
print(F("3.1415926535897932").limit_denominator(1000))
print(F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(10))
print(F(1.1).limit_denominator(), F(0.333333).limit_denominator(10), F(125, 10).limit_denominator(1))
print(F(math.sqrt(2)).limit_denominator(1000), F(3, 7).limit_denominator(100))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
