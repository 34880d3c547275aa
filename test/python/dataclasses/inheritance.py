from dataclasses import dataclass, field, fields
@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
d = Dog("rex", tricks=["sit"])
print(d)
print(d.speak())
print([f.name for f in fields(Dog)])
print(isinstance(d, Animal), Dog("a") == Dog("a"), Dog("a") == Animal("a", "woof"))
