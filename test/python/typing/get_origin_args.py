from typing import get_origin, get_args, List, Dict, Union, Optional, Callable, Tuple, Literal, Annotated
print(get_origin(List[int]), get_args(List[int]))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]))
print(get_origin(Union[int, str]) is Union, get_args(Union[int, str]))
print(get_args(Optional[int]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(get_args(Tuple[int, str]), get_args(Literal[1, 2]))
print(get_origin(int), get_args(int))
print(get_origin(Annotated[int, "meta"]) is Annotated, get_args(Annotated[int, "meta"]))
