import statistics as st
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.pvariance(data), st.variance(data))
print(st.pstdev(data), st.stdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4, 5]), st.stdev([1, 2, 3, 4, 5]))
print(st.stdev([10.0, 12.5, 11.2, 9.8, 13.1, 10.4]), st.pstdev(range(100)))
print(st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
try:
    st.variance([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
