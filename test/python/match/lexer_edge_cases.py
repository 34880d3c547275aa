# Where "match" starts a statement and where it does not: brackets, strings, comments,
# continuation lines, one-line bodies, and source with CRLF line ends.
data = {"k": [1, 2]}

match (data
       ["k"]):  # subject over two lines, comment after the colon
    case [1, x]: print("two-line subject", x)

match \
    data:
    case {"k": [*items]}:
        print("continuation line", items)

match "a:b#c":
    case "a:b#c":
        print("colon and hash inside a string")

match """triple
quoted: with a colon""":
    case str(s) if "\n" in s:
        print("triple-quoted subject", len(s))

match {"x": 1, "y": 2}[
    "x"
]:
    case 1:
        print("subscript subject over lines")

match [1, 2][0:1]:
    case [1]:
        print("slice subject")

match(1):
    case 1:
        print("call-like subject")

match -1:
    case -1:
        print("negative subject")

match not data:
    case False:
        print("not subject")

match data, 1:
    case ({"k": _}, 1):
        print("tuple subject")

if True:
    match 5:
        case 5: print("inside if")
else:
    pass

# statements that begin with the name match are not match statements
match = lambda *args, **kw: ("called", args, kw)
print(match(1, x=2))
print(match(
    "multi-line call",
))
match = {"a": 1}
match["b"] = 2
print(match)
match = [3, 1, 2]
match.sort()
print(match)
match = 10
match -= 1
match *= 2
print(match)
match: int
print(match)

src = "match 3:\r\n    case 3:\r\n        print('crlf source')\r\n    case _:\r\n        print('no')\r\nprint('after', 1)\r\n"
exec(src)
exec("match 'eof':\n    case 'eof':\n        print('no newline at the end')")
exec("def f(v):\n    match v:\n        case [a]:\n            return a\n    return None\nprint(f([4]), f(4))")
code = compile("match x:\n case 1:\n  y = 'one'\n case _:\n  y = 'other'", "<case>", "exec")
ns = {"x": 1}
exec(code, ns)
print(ns["y"])
exec("match (\r\n   'a'\r\n):  # c\r\n    case 'a': print('crlf inside brackets')\r\nmatch[]:\r\n    case []: print('no space')\r\n")
exec("x = f'{1}'\nmatch f'{x}:':\n    case '1:': print('f-strings around the look-ahead')\n")
