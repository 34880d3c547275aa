import base64, json
payload = {"user": "ann", "roles": ["admin", "dev"]}
raw = json.dumps(payload).encode()
token = base64.urlsafe_b64encode(raw).rstrip(b"=")
print(token)
padded = token + b"=" * (-len(token) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)) == payload)
png_header = bytes([137, 80, 78, 71, 13, 10, 26, 10])
print("data:image/png;base64," + base64.b64encode(png_header).decode())
