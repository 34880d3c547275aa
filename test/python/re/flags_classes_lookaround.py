import re

print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.findall('HeLLo', 'hello HELLO', re.I))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'))
print(re.findall(r'a.b', 'a\nb axb', re.S), re.findall(r'a.b', 'a\nb axb'))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'$', 'a\nb\n', re.M), re.search(r'^$', 'a\n\nb', re.M).span())
print(re.search(r'\Aab', 'ab'), re.search(r'b\Z', 'ab\n'), re.search(r'b$', 'ab\n'))
p = re.compile(r'''
   (\d+)     # number
   \s*
   ([a-z]+)  # unit
''', re.VERBOSE)
print(p.findall('10 kg, 20m'), p.groups)
print(re.compile('(?x) a b # c').match('ab'), re.match(r'(?i:ab)c', 'ABc'), re.match(r'(?i:ab)c', 'ABC'))
print(re.findall(r'[a-f]+', 'DEADbeef', re.I), re.findall(r'[^a-z]+', 'abcDEF123', re.I))
print(re.findall(r'(?m)^(\w+):\s*(.*)$', 'name: Bob\nage: 30\n'), re.findall(r'(?s)<p>(.*?)</p>', '<p>a\nb</p><p>c</p>'))
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'), re.findall(r'\Bo\B', 'foo boo o'))
print(re.findall(r'\d{3}-\d{4}', 'call 555-1234 or 555-9876'), re.findall(r'\S+', ' x  yy '))
print(re.findall(r'\s+', 'a \t b\n'), re.findall(r'[\d.]+', 'v1.2.3 and 4.5'), re.findall(r'\W', 'a-b c'))
print(re.findall(r'[A-Z][a-z]+', 'Hello World Foo'), re.findall(r'[^aeiou\s]+', 'hello world'))
print(re.match(r'[\]\-a]+', ']-a]').group(), re.findall(r'[.]', 'a.b'), re.findall(r'[-+]?\d+', '-3 +4 5'))
print(re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'\x41|\u0042|\101', 'ABC'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 and $45'), re.findall(r'\d+(?= dollars)', '5 dollars 6 euros 7 dollars'))
print(re.findall(r'(?<!\d)\d{2}(?!\d)', '1 22 333 44'), re.search(r'(?<=-)\w+', 'spam-egg').group(0))
print(re.findall(r'\b[A-Z]{2,}\b', 'NASA and the FBI met IBM'), re.findall(r'#\w+', 'I #love #python'))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'(?<![\w@])@\w+', 'hi @bob x@y @al'))
passwords = ['abc', 'Passw0rd!', 'password1', 'SHORT1a']
strong = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$')
print([pw for pw in passwords if strong.match(pw)])
print(repr(re.compile(r'a\.b', re.I | re.S)), repr(re.compile('x')), re.compile('x', re.I).flags)
for bad in ['a**', '(?P<1a>x)', '[a-', 'a)', r'\q', '(?P=nope)', 'x{3,1}', '\\', '(ab', '*a']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print(type(e).__name__, e, e.pos)
