"""Generate typing_golden.jsonl: type hints as notebooks write them:
list[float], dict[str, int] | None, typing's List, Optional, Union,
Callable, TypeVar and cast, kept in __annotations__ and printed as
CPython prints them. dcalc must print the same or raise
NotImplementedError. Run with python3 (3.11, as the other goldens):

    python3 session/testdata/gen_typing.py > session/testdata/typing_golden.jsonl
"""
import sys

from goldenlib import emit

assert sys.version_info[:2] == (3, 11), sys.version

PRE = 'from typing import List, Dict, Tuple, Optional, Callable, Union, Any, Sequence, Iterable, TypeVar, cast\nimport typing\n'

programs = ['print(List[int], Optional[float], Callable[[int], float], Union[int, str], Dict[str, int], Tuple[int, ...], Any, List, Sequence[float])', 'def f(x: List[float]) -> Optional[float]: return None\nprint(f.__annotations__)', 'def g(x: list[float], y: dict[str, int] | None = None) -> tuple[int, ...]:\n    return (1,)\nprint(g([1.0]), g.__annotations__, list[int], int | None, int | str | None, type(list[int]), type(int | None))\nprint(list[int]([1, 2]), list[int] == list[int], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]], Tuple[()], Callable[..., int])', "T = TypeVar('T'); print(T, cast(int, 3.5), typing.List[T])", "def h(a, b: 'float' = 1.0): pass\nprint(h.__annotations__, (lambda x: x).__annotations__ if False else 0)", 'import sympy', 'def k(e: sympy.Expr, s: sympy.Symbol) -> sympy.Expr: return e\nprint(k.__annotations__)', 'x: int = 3\nprint(x)', 'try: List[int][str]\nexcept TypeError as e: print(e)', 'try: None | None\nexcept TypeError as e: print(e)', 'try: Optional[int, str]\nexcept TypeError as e: print(e)']

emit(PRE, programs)
