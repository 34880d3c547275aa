from urllib.parse import parse_qs, quote, urlencode, urljoin, urlparse, urlunparse

LINKS = [
    "https://shop.example.com/items?id=42&ref=home#reviews",
    "https://shop.example.com/search?q=red+shoes&size=9&size=10",
    "/cart?add=42",
    "../about.html",
    "mailto:help@example.com",
    "HTTP://Shop.Example.com:8443/Items/Index.html",
]
base = "https://shop.example.com/catalog/shoes/index.html"
hosts = {}
for link in LINKS:
    absolute = urljoin(base, link)
    p = urlparse(absolute)
    hosts.setdefault(p.hostname or "-", []).append(p.path or p.scheme)
    print(f"{link[:40]:<42}-> {absolute}")
    if p.query:
        print("    params:", parse_qs(p.query))
print(hosts)


def build_url(path, **params):
    query = urlencode({k: v for k, v in sorted(params.items()) if v is not None}, doseq=True)
    return urlunparse(("https", "api.example.com", path, "", query, ""))


print(build_url("/v2/search", q="café & bar", page=2, tags=["a b", "c"], empty=None))
print(quote("files/report 2024 (final).pdf"), quote("a/b", safe=""))
