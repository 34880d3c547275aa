from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        raise NotImplementedError
    def speak(self):
        return "%s says %s" % (self.name, self.sound())
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return super().sound() + "!"
print(Dog("rex").speak(), Puppy("bit").speak())
class Empty(ABC):
    pass
print(type(Empty()).__name__)
try:
    Animal("x")
except TypeError as e:
    print(e)
