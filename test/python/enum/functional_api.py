from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, Animal(1))
Fruit = Enum("Fruit", ["APPLE", "PEAR"])
print(Fruit.PEAR, Fruit.PEAR.value)
Code = Enum("Code", [("OK", 200), ("NOT_FOUND", 404)])
print(Code(404), Code.OK.value)
Size = IntEnum("Size", "S M L")
print(Size.L > Size.S, int(Size.M))
