from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return "%s: %.2f m/s2" % (self.name.title() if hasattr(self.name, "title") else self.name, self.surface_gravity)
print(round(Planet.EARTH.surface_gravity, 2), Planet.EARTH.value, Planet.MERCURY.mass)
print(Planet.EARTH.describe())
class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    def sides(self):
        return self.value
    @classmethod
    def most_sides(cls):
        return max(cls.__members__.values(), key=lambda m: m.value)
print(Shape.SQUARE.sides(), Shape.most_sides())
