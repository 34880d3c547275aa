import base64
def basic_auth(user, password):
    token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode("ascii")
    return "Basic " + token
def parse(header):
    scheme, _, token = header.partition(" ")
    user, _, pw = base64.b64decode(token).decode().partition(":")
    return scheme, user, pw
h = basic_auth("aladdin", "open sesame")
print(h, parse(h))
print(base64.b64encode("héllo".encode("utf-8")), base64.b64decode(b"aMOpbGxv").decode("utf-8"))
