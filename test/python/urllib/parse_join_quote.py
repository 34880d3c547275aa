from urllib.parse import *
print(urlparse('http://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag'))
u=urlparse('http://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag'); print(u.hostname,u.port,u.username,u.password,u.geturl(), u.netloc, u.scheme, u[2])
print(urlsplit('//host/path'), urlsplit('mailto:a@b.c'), urlparse('file:///tmp/x'), urlsplit('http://[::1]:80/x').hostname)
print(urljoin('http://a/b/c/d;p?q', '../g'), urljoin('http://a/b/c/d;p?q', '//g'), urljoin('http://a/b/c/', 'g?y#s'), urljoin('http://a/b/c/d', '../../../g'), urljoin('http://a/b/', ''), urljoin('http://a/b/c','http://x/y'))
for r in ['g', './g', 'g/', '/g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h']:
    print(repr(r), urljoin('http://a/b/c/d;p?q', r))
print(quote('a b/c?d=é&~'), quote_plus('a b&c'), unquote('a%20b%C3%A9'), unquote_plus('a+b%21'), quote('/x y', safe=''))
print(urlencode({'q': 'a b', 'n': 1}), urlencode({'l': ['x','y']}, doseq=True), parse_qs('a=1&a=2&b=x+y&c='), parse_qsl('a=1&b=&c', keep_blank_values=True))
print(urlunparse(('https','h','/p','','q=1','f')), urlunsplit(('http','h:1','/x','a=b','')), urldefrag('http://a/b#c'))
url = 'https://api.example.com/v1/search?query=hello+world&page=2&tags=a&tags=b'
p = urlparse(url); qs = parse_qs(p.query)
print(p.netloc, p.path, qs, qs['page'][0], urlencode({'query': 'new value', 'page': 3}))
print(p._replace(query='x=1').geturl(), urlsplit('HTTP://X.org').scheme)
