"""Write sympy_api.tsv: SymPy 1.14's public names and their signatures.

Run with the Python that has SymPy 1.14:  python3 gen_sympy_api.py > sympy_api.tsv

Each line is  name <TAB> kind <TAB> signature  where name is dotted from
"sympy", kind is function, class, value or module, and signature is
inspect.signature(obj) for functions (empty otherwise), with defaults that
are not literals written as their __name__ so the file is deterministic.
dcalc embeds this file: a name listed here that dcalc does not bind raises
NotImplementedError instead of NameError, and dcalc's binding table takes
each function's parameter list (names, defaults, kinds) from here.
"""
import importlib
import inspect
import pkgutil
import sys

import sympy

assert sympy.__version__ == "1.14.0", sympy.__version__


def default_text(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return repr(v)
    if isinstance(v, (dict, list, tuple)) and not v:
        return repr(v)
    return getattr(v, "__name__", type(v).__name__)


def sig_text(obj):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return ""
    parts = []
    for p in sig.parameters.values():
        s = p.name
        if p.kind == p.VAR_POSITIONAL:
            s = "*" + s
        elif p.kind == p.VAR_KEYWORD:
            s = "**" + s
        if p.default is not p.empty:
            s += "=" + default_text(p.default)
        parts.append((p.kind, s))
    out, seen_kwonly, seen_posonly = [], False, False
    for i, (kind, s) in enumerate(parts):
        if kind == inspect.Parameter.KEYWORD_ONLY and not seen_kwonly:
            if not any(k == inspect.Parameter.VAR_POSITIONAL for k, _ in parts[:i]):
                out.append("*")
            seen_kwonly = True
        if kind != inspect.Parameter.POSITIONAL_ONLY and seen_posonly:
            out.append("/")
            seen_posonly = False
        if kind == inspect.Parameter.POSITIONAL_ONLY:
            seen_posonly = True
        out.append(s)
    if seen_posonly:
        out.append("/")
    return "(" + ", ".join(out) + ")"


def kind_of(obj):
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        return "class"
    if callable(obj):
        return "function"
    return "value"


rows = {}
for name in sympy.__all__:
    obj = getattr(sympy, name)
    k = kind_of(obj)
    rows["sympy." + name] = (k, sig_text(obj) if k == "function" else "")

# Public submodules two levels deep (import sympy.plotting, from sympy.abc import x).
for info in pkgutil.walk_packages(sympy.__path__, "sympy."):
    parts = info.name.split(".")
    if len(parts) > 3 or any(p.startswith("_") or p in ("tests", "benchmarks", "testing", "conftest") for p in parts):
        continue
    rows.setdefault(info.name, ("module", ""))

# Names people import from the submodules notebooks use.
for mod in ("sympy.plotting", "sympy.utilities.lambdify", "sympy.parsing.sympy_parser", "sympy.solvers.ode"):
    m = importlib.import_module(mod)
    names = getattr(m, "__all__", None)
    if names is None:  # the module's own public functions and classes
        names = [n for n in dir(m) if not n.startswith("_") and getattr(getattr(m, n), "__module__", None) == mod]
    for name in names:
        obj = getattr(m, name)
        k = kind_of(obj)
        rows.setdefault(mod + "." + name, (k, sig_text(obj) if k == "function" else ""))



def add_methods(cls, label, skip=None):
    """Rows for the public methods and properties of cls under label,
    those skip also has left out."""
    for name in dir(cls):
        if name.startswith("_") or skip is not None and hasattr(skip, name):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, (staticmethod, classmethod)) or not callable(getattr(cls, name)) or isinstance(attr, property):
            rows["sympy.%s.%s" % (label, name)] = ("property", "")
            continue
        text = sig_text(getattr(cls, name))
        if text.startswith("(self, "):
            text = "(" + text[len("(self, "):]
        elif text == "(self)":
            text = "()"
        qual = getattr(getattr(cls, name), "__qualname__", label + "." + name)
        rows["sympy.%s.%s" % (label, name)] = ("method", qual + text)


# Methods and properties of expressions and matrices ("sympy.Expr.diff"):
# kind method, whose signature (without self) follows the qualified name
# CPython's errors use ("Basic.subs(arg1, arg2=None, **kwargs)"), or
# property.
for cls, label in ((sympy.Expr, "Expr"), (sympy.MutableDenseMatrix, "Matrix")):
    add_methods(cls, label)

# The methods and properties the unevaluated calculus objects add to
# Expr's ("sympy.Sum.is_convergent"), so that dcalc names what it lacks.
for cls in (sympy.Sum, sympy.Product, sympy.Integral, sympy.Derivative, sympy.Limit, sympy.Piecewise):
    add_methods(cls, cls.__name__, skip=sympy.Expr)

w = sys.stdout
w.write("# SymPy %s public API, written by gen_sympy_api.py; do not edit.\n" % sympy.__version__)
for name in sorted(rows):
    k, s = rows[name]
    w.write("%s\t%s\t%s\n" % (name, k, s))
