import statistics as st
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data, n=4))
print([round(q, 1) for q in st.quantiles(data, n=10)])
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4, method="inclusive"))
print(st.quantiles(range(1, 101), n=5), st.quantiles([1, 2], n=3))
