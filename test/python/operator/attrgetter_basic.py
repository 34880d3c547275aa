from operator import attrgetter
class Address:
    def __init__(self, city, zipcode):
        self.city, self.zipcode = city, zipcode
class Person:
    def __init__(self, name, age, city, zipcode):
        self.name, self.age = name, age
        self.address = Address(city, zipcode)
    def __repr__(self):
        return self.name
people = [Person("ann", 31, "Oslo", "0150"), Person("bob", 25, "Bergen", "5003"), Person("cid", 31, "Aalesund", "6002")]
print(sorted(people, key=attrgetter("age")))
print(sorted(people, key=attrgetter("age", "name")))
print(list(map(attrgetter("address.city"), people)))
print(attrgetter("name", "address.zipcode")(people[1]))
print(sorted(people, key=attrgetter("address.city")))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
try:
    attrgetter("missing")(people[0])
except AttributeError:
    print("AttributeError")
