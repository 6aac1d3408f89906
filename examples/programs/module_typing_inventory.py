# Type-annotated code with typing: the annotations are checked by hand at runtime.
from typing import Optional, Union, List, Dict, Tuple, Callable, Any, get_type_hints


def parse_qty(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else None


def total(prices: Dict[str, float], basket: List[Tuple[str, int]]) -> float:
    return sum(prices[name] * n for name, n in basket)


def apply(fn: Callable[[int], int], xs: List[int]) -> List[int]:
    return [fn(x) for x in xs]


prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0}
basket = [("apple", 4), ("fig", 1), ("pear", 2)]
print(total(prices, basket))
print([parse_qty(s) for s in ("3", "x", "42")])
print(apply(lambda x: x * x, [1, 2, 3]))
print(get_type_hints(total))
print(parse_qty.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, Any])
print(Union[int, int], Optional[Union[int, str]] == Union[int, str, None])


def check(fn, *args):
    for (name, tp), arg in zip(list(get_type_hints(fn).items()), args):
        if isinstance(tp, type) and not isinstance(arg, tp):
            raise TypeError(f"{name} must be {tp.__name__}, got {type(arg).__name__}")
    return fn(*args)


print(check(parse_qty, "7"))
print(check(parse_qty, 7))
