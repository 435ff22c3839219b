"""On-disk cache of the expensive intermediates of Part III (levels, LDOS, exchange curves).

Results are pickled under ``$NVLIB_CACHE/exchange`` if that variable is set, else under
``_build/cache/exchange`` at the repository root (never committed). The key hashes the function
name, its arguments, the host parameters and ``nvlib.__version__`` together with the source of
the ``nvlib.exchange`` modules, so a change of model invalidates the entries.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path

__all__ = ["cache_dir", "cached", "source_hash"]


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


@functools.lru_cache(maxsize=1)
def source_hash() -> str:
    """Hash of nvlib's version and of the model modules of this wing."""
    import nvlib

    h = hashlib.sha256(nvlib.__version__.encode())
    here = Path(__file__).resolve().parent
    for name in ("tightbinding.py", "greens.py", "centres.py", "pairs.py", "dipolar.py"):
        p = here / name
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cached(fn):
    """Decorator: memoise ``fn(*args, **kwargs)`` on disk and in memory (arguments via repr)."""
    memo: dict = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key_text = f"{fn.__module__}.{fn.__qualname__}|{args!r}|{sorted(kwargs.items())!r}|{source_hash()}"
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
