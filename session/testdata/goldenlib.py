"""Shared by the golden generators of issue 12 (gen_solve.py,
gen_linalg.py, gen_rational.py, gen_simplify.py, gen_sets.py): run a
program under real SymPy and record its stdout as a JSONL line."""
import contextlib
import io
import json
import signal


class Slow(Exception):
    pass


def _alarm(*_):
    raise Slow()


signal.signal(signal.SIGALRM, _alarm)


def run(pre, src, seconds=10):
    """The stdout of pre + src; an exception is recorded as CPython's last
    line (dcalc must raise the same or NotImplementedError); None when
    SymPy takes longer than seconds (no golden then)."""
    out = io.StringIO()
    signal.alarm(seconds)
    try:
        with contextlib.redirect_stdout(out):
            exec(pre + src, {})
    except Slow:
        return None
    except Exception as e:
        out.write('%s: %s\n' % (type(e).__name__, e))
    finally:
        signal.alarm(0)
    return out.getvalue()


def emit(pre, programs, keep=lambda out: True):
    """Print one JSONL line {src, stdout} for each program SymPy answers in
    time and keep accepts."""
    for src in programs:
        out = run(pre, src)
        if out is not None and keep(out):
            print(json.dumps({"src": src, "stdout": out}))


def repr_and_print_programs(exprs, prints):
    """Programs printing repr(e) for each of exprs, and latex(e), the
    unicode pretty form and the ASCII pretty form for each of prints."""
    programs = ['print(repr(' + e + '))' for e in exprs]
    for e in prints:
        programs.append('print(latex(' + e + '))')
        programs.append('print(pretty(' + e + '))')
        programs.append('print(pretty(' + e + ', use_unicode=False))')
    return programs


def random_expression(rnd, depth, leaves, funcs, ops, p_leaf, p_func):
    """A random expression string of the given depth: a leaf with
    probability p_leaf (always at depth 0), else one of funcs applied to
    a smaller one with probability p_func, else two smaller ones joined
    by one of ops (the generators of notebook-like batteries)."""
    if depth == 0 or rnd.random() < p_leaf:
        return rnd.choice(leaves)
    if rnd.random() < p_func:
        return rnd.choice(funcs) % random_expression(rnd, depth - 1, leaves, funcs, ops, p_leaf, p_func)
    return '(%s) %s (%s)' % (random_expression(rnd, depth - 1, leaves, funcs, ops, p_leaf, p_func),
                             rnd.choice(ops),
                             random_expression(rnd, depth - 1, leaves, funcs, ops, p_leaf, p_func))
