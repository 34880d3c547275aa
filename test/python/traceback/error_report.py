import traceback
def risky(x):
    return 10 / x
results = []
for v in [5, 0, "a"]:
    try:
        results.append(risky(v))
    except Exception as e:
        results.append(traceback.format_exception_only(e)[-1].strip())
print(results)
