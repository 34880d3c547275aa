import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
def is_valid_identifier(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
print([is_valid_identifier(x) for x in ["abc", "_x1", "1ab", "a-b", ""]])
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for c in text:
        if c in lower:
            out.append(lower[(lower.index(c) + shift) % 26])
        elif c in upper:
            out.append(upper[(upper.index(c) + shift) % 26])
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
