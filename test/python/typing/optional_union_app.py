from typing import Optional, Union, List
def find(items: List[str], target: str) -> Optional[int]:
    for i, v in enumerate(items):
        if v == target:
            return i
    return None
def parse(v: Union[str, int, float]) -> float:
    if isinstance(v, str):
        return float(v.strip() or 0)
    return float(v)
print(find(["a", "b"], "b"), find([], "x"), [parse(x) for x in ["1.5", 2, 3.25, " "]])
print(Optional[str] == Union[str, None], Union[str, None])
