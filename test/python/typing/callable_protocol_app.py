from typing import Callable, Dict, List, Optional, Tuple, Union, Any
Handler = Callable[[str], Optional[str]]
registry: Dict[str, Handler] = {}
def route(path: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        registry[path] = fn
        return fn
    return deco
@route("/hello")
def hello(arg: str) -> Optional[str]:
    return "hello " + arg
@route("/none")
def nothing(arg: str) -> Optional[str]:
    return None
def dispatch(path: str, arg: str) -> Union[str, int]:
    h = registry.get(path)
    if h is None:
        return 404
    return h(arg) or 204
print(dispatch("/hello", "bob"), dispatch("/none", "x"), dispatch("/missing", ""))
def pairs(xs: List[int]) -> List[Tuple[int, int]]:
    return list(zip(xs, xs[1:]))
print(pairs([1, 2, 3]), sorted(registry))
