# Float formatting prints the exact binary value's digits, correctly rounded (ties to even), at
# any precision, and lays them out as CPython does.
import struct

values = [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.995, 99.95, 0.1 + 0.2, 1 / 3, 2 / 3,
          1e-5, 1e-4, 123456789.0, 1e15, 1e16, 1e17, 1e22, 1e23, 8.888e32, 1e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 2 ** 0.5, 3.141592653589793, 1e100 / 3]

for x in values:
    print(repr(x), str(-x))
    print('%.0f %.1f %.2f %.3f %.10f' % (x, x, x, x, x))
    print('%e %.0e %.3E %.16e' % (x, x, x, x))
    print('%g %.1g %.3g %.10G %.17g' % (x, x, x, x, x))
    print('%#.0f %#.0e %#g %#.3g' % (x, x, x, x))
    print('{:.0} {:.1} {:.2} {:.5} {:.17}'.format(x, x, x, x, x))
    print(f'{x:,.2f} {x:+.4e} {x:12.3g}| {x:<10.1f}| {x:.1%}')

print('%.2f' % 8.888e32)
print('%.40f' % 0.1)
# precisions past the digits a small buffer holds
print('%.500f' % 0.1)
print('%.450e' % 2.5e-300)
print('%.420f' % 1e300)
print(format(1 / 3, '.600g'))
print(f'{2 ** 0.5:.30f}')
print([round(v, 2) for v in (2.675, 0.125, 0.375, 1.005, -2.5, 0.5)], round(2.5), round(3.5))

# many doubles from random bit patterns: repr reads back, and agrees with fixed and significant formats
state = 12345
lines = []
while len(lines) < 400:
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    x = struct.unpack('<d', struct.pack('<Q', state >> 1))[0]
    if x != x or x == float('inf'):
        continue
    lines.append('%r %.6f %.12e %.7g %s' % (x, x, x, x, format(x, '.3')))
    assert float(repr(x)) == x
print(len(lines), sum(len(s) for s in lines))
print('\n'.join(lines[:60]))
