"""On-disk cache of the expensive intermediates of Part III (levels, LDOS, exchange curves).

Results are pickled under ``$NVLIB_CACHE/exchange`` if that variable is set, else under
``_build/cache/exchange`` at the repository root (never committed). The key hashes the function
name, its arguments (which include the mesh), ``nvlib.__version__`` and the source of the model
layers the function's module depends on (``_LAYERS``, in order: host parameters live in
``tightbinding``), so a change of model invalidates the entries and nothing else does.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import inspect
import os
import pickle
from pathlib import Path

__all__ = ["cache_dir", "cached", "forget", "source_hash", "single_thread", "warm"]


def single_thread():
    """Context limiting BLAS to one thread: the small dense matrices of the bound-state searches
    run many times faster so on a shared machine (threadpoolctl if installed, else no-op)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def cache_dir() -> Path:
    """The cache directory (created on demand)."""
    env = os.environ.get("NVLIB_CACHE")
    if env:
        base = Path(env)
    else:
        base = Path(__file__).resolve().parents[2] / "_build" / "cache"
    d = base / "exchange"
    d.mkdir(parents=True, exist_ok=True)
    return d


#: The model modules each cached module depends on (its own source included).
_LAYERS = ("tightbinding", "greens", "centres", "singles", "pairs", "pairdensity")


@functools.lru_cache(maxsize=8)
def source_hash(module: str = "pairs") -> str:
    """Hash of nvlib's version and of the model layers up to ``module`` (a layer name)."""
    import nvlib

    if module not in _LAYERS:
        raise ValueError(f"module must be one of {_LAYERS}; got {module!r}")
    h = hashlib.sha256(nvlib.__version__.encode())
    here = Path(__file__).resolve().parent
    for name in _LAYERS[:_LAYERS.index(module) + 1]:
        h.update(_code_only((here / f"{name}.py").read_text()).encode())
    return h.hexdigest()[:16]


def _code_only(source: str) -> str:
    """The module's syntax tree without docstrings: edits of documentation keep the cache."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


#: The in-memory copies of every ``cached`` function (emptied by ``forget``).
_MEMOS: list = []


def forget() -> None:
    """Drop the in-memory copies of cached results, and the hosts and mesh diagonalisations
    held for reuse; the disk cache is kept. ``warm`` calls it between its steps, so that one
    process computing everything peaks no higher than its largest chapter."""
    import gc

    from . import greens

    for memo in _MEMOS:
        memo.clear()
    greens.host.cache_clear()
    greens.half_mesh_bands.cache_clear()
    gc.collect()


def cached(fn):
    """Decorator: memoise ``fn(*args, **kwargs)`` on disk and in memory (arguments via repr)."""
    memo: dict = {}
    _MEMOS.append(memo)
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        layer = fn.__module__.rsplit(".", 1)[-1]
        deps = source_hash(layer if layer in _LAYERS else "pairs")
        key_text = f"{fn.__module__}.{fn.__qualname__}|{tuple(bound.arguments.items())!r}|{deps}"
        key = hashlib.sha256(key_text.encode()).hexdigest()[:24]
        if key in memo:
            return memo[key]
        path = cache_dir() / f"{fn.__name__}-{key}.pkl"
        if path.exists():
            try:
                with open(path, "rb") as f:
                    memo[key] = pickle.load(f)
                return memo[key]
            except Exception:  # noqa: BLE001 - a corrupt entry is recomputed
                path.unlink(missing_ok=True)
        value = fn(*args, **kwargs)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(value, f)
        tmp.replace(path)
        memo[key] = value
        return value

    return wrapper


def warm(verbose: bool = True) -> dict:
    """Fill the cache with everything Part III's chapters and its annotated page compute.

    Every exchange figure (``nvlib.figures``), every exchange claim (its value and model range:
    the pair energies, crossovers, convergence checks, single-centre levels and readings) and
    the tables the chapters print (``pairs.rule_comparison``, ``pairs.convergence_table``,
    ``singles.vacancy_levels`` and friends). Run by ``.binder/postBuild`` as
    ``python -m nvlib.exchange.cache --warm``, so a Binder reader starts warm. Returns
    {step: seconds}.
    """
    import time

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from nvlib import claims, figures
    from nvlib.exchange import pairs, singles
    from nvlib.exchange.plots import centres as pc

    steps = {
        "host.md: vacancy levels and supercells": lambda: (
            singles.vacancy_levels(pc.VACANCY_U),
            [singles.supercell_vacancy_levels(n) for n in pc.SUPERCELLS],
            singles.vacancy_levels((50.0,), orbitals="sp"),
            singles.vacancy_t2_a1(pc.VACANCY_U + (pc.U_INFINITE,))),
        "centres.md: levels and NV⁻ readings": lambda: (
            [singles.levels(sp) for sp in ("Cr", "Mn", "Fe", "Co", "Ni", "NV")],
            singles.nv_reading_table()),
        "pairs.md: Lloyd tables": pairs.energies_table,
        "pairs.md: former rule": pairs.rule_comparison,
        "pairs.md: convergence checks": pairs.convergence_table,
        "figures": lambda: [plt.close(figures.make(f.id)) for f in figures.figures("exchange")],
        "claims": lambda: [(c.value, c.model_range) for c in claims.registry("exchange")],
    }
    out = {}
    for name, fn in steps.items():
        t0 = time.monotonic()
        fn()
        forget()
        out[name] = round(time.monotonic() - t0, 1)
        if verbose:
            print(f"warm {name}: {out[name]:.1f} s  ({cache_dir()})", flush=True)
    return out


def main(argv=None) -> int:
    """``python -m nvlib.exchange.cache --warm``: build Part III's cache (see ``warm``)."""
    import argparse

    ap = argparse.ArgumentParser(description="Part III's on-disk cache ($NVLIB_CACHE or "
                                 "_build/cache): --warm computes what the chapters need")
    ap.add_argument("--warm", action="store_true", help="compute and store everything")
    ap.add_argument("--where", action="store_true", help="print the cache directory")
    a = ap.parse_args(argv)
    if a.where or not a.warm:
        print(cache_dir())
    if a.warm:
        from nvlib.exchange.cache import warm as _warm  # the module's own copy under -m

        _warm()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
