from pathlib import PurePosixPath as P
p = P("/data/reports/2024/summary.csv")
print(p.with_name("detail.csv"), p.with_suffix(".json"), p.with_suffix(""), p.with_stem("final"))
print(p.relative_to("/data"), p.relative_to("/data/reports/2024"), p.is_relative_to("/data"), p.is_relative_to("/etc"))
try:
    p.relative_to("/etc")
except ValueError:
    print("ValueError")
print(p.match("*.csv"), p.match("2024/*.csv"), p.match("/data/*.csv"), p.match("**/*.txt"))
print(P("a/b").joinpath("c", "d"), P("/a").joinpath("/b"), P("x.py").as_posix(), P("/tmp/a b").as_uri())
try:
    P("/").with_name("x")
except ValueError:
    print("ValueError: empty name")
