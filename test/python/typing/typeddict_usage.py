from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m["title"], m["year"], type(m).__name__)
m2 = Movie(title="Alien", year=1979)
print(m2, isinstance(m2, dict))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p)
