from collections import namedtuple
Stock = namedtuple("Stock", "symbol shares price")
rows = [("AAPL", 100, 150.5), ("IBM", 50, 120.25), ("MSFT", 75, 310.0)]
portfolio = [Stock._make(r) for r in rows]
total = sum(s.shares * s.price for s in portfolio)
print("%.2f" % total)
print(max(portfolio, key=lambda s: s.price).symbol, [s.symbol for s in sorted(portfolio, key=lambda s: s.shares)])
updated = [s._replace(price=round(s.price * 1.1, 2)) for s in portfolio]
print(updated[0], updated[0] is portfolio[0])
print(portfolio[1]._asdict()["shares"], Stock._fields, len(portfolio[0]))
sym, shares, price = portfolio[2]
print(sym, shares, price)
