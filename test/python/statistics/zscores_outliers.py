import statistics as st
data = [10, 12, 12, 13, 12, 11, 14, 13, 15, 102, 12, 14, 17, 19, 107, 10, 13, 12, 14, 12]
mu = st.mean(data)
sd = st.stdev(data)
print(mu, round(sd, 6))
outliers = [x for x in data if abs(x - mu) / sd > 2]
print(outliers)
med = st.median(data)
mad = st.median([abs(x - med) for x in data])
print(med, mad, [x for x in data if abs(x - med) / mad > 5])
clean = [x for x in data if x not in outliers]
print(st.mean(clean), st.median(clean), st.mode(clean), round(st.pstdev(clean), 6))
