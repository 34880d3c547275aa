from typing import get_type_hints, List, Optional
def f(a: int, b: "str" = "x", c: Optional[List[int]] = None) -> bool:
    return True
hints = get_type_hints(f)
print(sorted(hints))
print(hints["a"], hints["b"], hints["return"])
class C:
    x: int
    y: "float"
print(get_type_hints(C))
