from string import Template
class Percent(Template):
    delimiter = "%"
t = Percent("%greeting, %name! 100%% sure")
print(t.substitute(greeting="Hi", name="Bob"))
letter = Template("""Dear $name,
Your order #$order_id of $$${total} ships on $date.
""")
for row in [{"name": "Ann", "order_id": 17, "total": "9.99", "date": "Mon"}, {"name": "Bo", "order_id": 3, "total": "120.00", "date": "Tue"}]:
    print(letter.substitute(row), end="")
