import base64
blob = bytes(range(256))
enc = base64.b64encode(blob)
print(len(enc), enc[:20], enc[-8:], base64.b64decode(enc) == blob)
with open("blob.b64", "wb") as f:
    f.write(base64.encodebytes(blob))
with open("blob.b64", "rb") as f:
    text = f.read()
print(text.count(b"\n"), base64.decodebytes(text) == blob)
print(base64.b32encode(blob[:10]), base64.b16encode(blob[250:]), base64.b85encode(blob[:8]))
