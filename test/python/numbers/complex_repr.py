# complex numbers print as CPython prints them
values = [1 + 0j, 1.2 + 0j, 2j, -2j, 0j, complex(-2, 1), complex(1.5, -2.25), 1e20 + 1e-5j, complex(3, 0.1)]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print([x * 1j for x in range(3)])
print(abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / 2)
print(f"{1 + 2j}", "%s" % (2 + 0j))
