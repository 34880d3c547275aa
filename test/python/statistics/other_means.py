import statistics as st
print(round(st.geometric_mean([54, 24, 36]), 9))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
speeds = [60, 40]
print("average speed %.1f" % st.harmonic_mean(speeds))
print(st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
try:
    st.harmonic_mean([-1, 2])
except st.StatisticsError as e:
    print("StatisticsError:", e)
