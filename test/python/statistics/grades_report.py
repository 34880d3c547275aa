import statistics as st
scores = {"ann": [88, 92, 79, 95], "bob": [72, 65, 80, 70], "cid": [90, 90, 91, 89]}
for name, s in sorted(scores.items()):
    print("%-4s mean=%.2f median=%s stdev=%.3f" % (name, st.mean(s), st.median(s), st.stdev(s)))
allscores = [v for s in scores.values() for v in s]
print("overall", st.mean(allscores), st.median(allscores), round(st.pstdev(allscores), 4))
