# sys.version_info as programs check it
import sys
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] >= (3, 10))
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info.serial)
print(sys.version_info[0] == 3, len(sys.version_info), type(sys.version_info.micro).__name__)
major, minor, *_ = sys.version_info
print(major, minor >= 11, sys.version.startswith("3.11"), sys.version.split()[0][:4])
if sys.version_info >= (3, 11):
    print("3.11 features available")
print(tuple(sys.version_info)[:2], list(sys.version_info[:2]), sys.version_info[-2:])
print(hash(sys.version_info) == hash(tuple(sys.version_info)), (3, 11) <= sys.version_info)
print(isinstance(sys.version_info, tuple), sys.implementation.name in ("cpython", "micropython"))
print("{0.major}.{0.minor}".format(sys.version_info), "%d.%d" % sys.version_info[:2])
