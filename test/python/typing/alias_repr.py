from typing import List, Dict, Optional, Union, Tuple, Callable, Set, Any, Literal, Sequence, Mapping, FrozenSet, Type, Iterable
print(List[int], Dict[str, List[int]])
print(Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., Any])
print(Set[str], FrozenSet[int], Type[int], Literal["a", 1], Sequence[float], Mapping[str, int], Iterable[bytes])
print(Any, Optional, Union)
print(Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[int, str])
