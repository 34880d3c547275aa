import statistics as st
from fractions import Fraction as F
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.median([F(1, 2), F(1, 3), F(1, 4)]), st.mode([F(1, 2), F(1, 2), F(1, 3)]))
print(st.mean([1, 2.5]), st.mean([True, False, True, True]))
print(type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__, type(st.mean([F(1), 2])).__name__)
