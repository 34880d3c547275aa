import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x))
years = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(years, films)
print(round(slope, 6), round(intercept, 3), round(slope * 2019 + intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
