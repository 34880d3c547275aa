import statistics as st
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([0.5, 0.25, 0.75]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median(["b", "a", "c"]), st.median_low(["b", "a", "c", "d"]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode("aabbbcc"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
try:
    st.median([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
