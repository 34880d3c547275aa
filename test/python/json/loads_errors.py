import json
print(json.loads('{"a": [1, 2.5, true, null, "x\\u00e9"], "b": {"c": -1e3}}'))
print(json.loads(b'[1, 2]'), json.loads('"plain"'), json.loads(' 42 '))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"v": 1}', object_hook=lambda d: sorted(d.items())))
for doc in ['[1,', '{bad', '', '[1] x', '"abc', '{"a" 1}', '[1 2]', '{"a":1,}', '[1,]', 'nul', '{"a": }']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "| pos", e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads('{\n  "a": 1\n  "b": 2\n}')
except ValueError as e:
    print(e)
