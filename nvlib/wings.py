"""The book's wings: one subpackage of nvlib per part of the book.

A wing (``nvlib.cr_torque``, ``nvlib.eslac``, ``nvlib.exchange``, and ``nvlib.nutshell`` for the
introduction) holds a part's models together with its claims (``<wing>.claims``), its figure
code (``<wing>.plots``), its paper's statements (``<wing>.statements``) and its register of
readings (``<wing>.readings``), each a module or a package of modules. The shared registries find them
here by discovery, never by name: importing a claims or plots module registers what it defines.
A wing imports from the top level of nvlib, never from another wing.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["wing_names", "load"]

#: The registries a wing can contribute to, each a module or package ``nvlib.<wing>.<kind>``.
KINDS: tuple[str, ...] = ("claims", "plots", "statements", "readings")

#: Top-level subpackages of nvlib that are shared infrastructure, not wings.
_SHARED_PACKAGES = frozenset({"claims"})


def wing_names() -> list[str]:
    """Names of the wing subpackages of nvlib, sorted."""
    import nvlib

    return sorted(m.name for m in pkgutil.iter_modules(nvlib.__path__)
                  if m.ispkg and m.name not in _SHARED_PACKAGES)


def load(kind: str) -> None:
    """Import ``nvlib.<wing>.<kind>`` (and, for a package, every module in it) for every wing.

    Parameters
    ----------
    kind : {"claims", "plots", "statements", "readings"}
        Which registry to populate.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}; got {kind!r}")
    for wing in wing_names():
        name = f"nvlib.{wing}.{kind}"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
            importlib.import_module(f"{name}.{info.name}")
