from string import Template
row = Template("$name${pad}$$${amount}")
items = [("coffee", "3.50"), ("bagel", "2.25"), ("orange juice", "4.00")]
for name, amount in items:
    print(row.substitute(name=name, pad=" " * (15 - len(name)), amount=amount))
t = Template("Hello $user, you have $count new ${kind}s")
print(t.safe_substitute(user="ann", count=3))
print(t.substitute({"user": "bob", "count": 1, "kind": "message"}))
