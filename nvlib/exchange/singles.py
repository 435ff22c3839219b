r"""Single spin centres: their gap levels, filling, spectral weights, LDOS and HOMO densities.

Everything here calls ``nvlib.exchange.centres`` on the host of
``nvlib.exchange.greens`` and caches the (small) results on disk
(``nvlib.exchange.cache``). Energies in eV from the valence-band maximum; probabilities are
per atomic site (dimensionless, "inverse volume of an atomic site" in the paper's words).

.. rubric:: Filling

A centre has ``electrons`` electrons in a manifold of ``manifold`` spin-orbital defect states
(``nvlib.exchange.centres.ELECTRONS``). States of the manifold missing from the gap are
below the valence band and filled, with the spins that complete the manifold's equal numbers of
up and down states; the remaining electrons fill the gap states from the bottom. The spin is
:math:`S = |N_\uparrow - N_\downarrow|/2` over the filled states.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from tqdm.auto import tqdm

from . import centres as ce
from . import greens as gr
from . import tightbinding as tb
from .cache import cached

__all__ = ["CentreLevels", "centre", "levels", "multiplets", "ldos", "homo_slice",
           "vacancy_levels", "vacancy_t2_a1", "supercell_vacancy_levels", "mesh_convergence", "MESH",
           "MULTIPLET_TOL", "nv_levels_pattern", "is_paper_nv_centre", "nv_reading_table"]

#: Default k-mesh of the single-centre calculations.
MESH = 24
#: Levels of one spin closer than this (eV) form one multiplet (split only by spin–orbit).
MULTIPLET_TOL = 0.2


def centre(species: str, variant: str = "main") -> ce.Centre:
    """The centre of ``species`` ("Cr", "Mn", "Fe", "Co", "Ni", "NV") in a model variant.

    Transition metals: ``"main"``; ``"half-magnetic"`` (U_nm ± U_m/2); ``"no-so"`` (without
    spin–orbit). NV⁻: ``"main"`` (the reading ``centres.NV_READING``) or any key of
    ``centres.NV_READINGS`` (a reading of Table II).
    """
    if species not in ce.SPECIES:
        raise ValueError(f"species must be one of {ce.SPECIES}; got {species!r}")
    if species == "NV":
        if variant != "main" and variant not in ce.NV_READINGS:
            raise ValueError(f"variant must be 'main' or one of {sorted(ce.NV_READINGS)} for NV; "
                             f"got {variant!r}")
        return ce.nv_centre(reading=ce.NV_READING if variant == "main" else variant)
    if variant not in ("main", "half-magnetic", "no-so"):
        raise ValueError(f"variant must be 'main', 'half-magnetic' or 'no-so'; got {variant!r}")
    scale = 0.5 if variant == "half-magnetic" else 1.0
    return ce.transition_metal(species, so=variant != "no-so", magnetic_scale=scale)


@dataclass
class CentreLevels:
    """Gap states of one centre (one entry per state, ascending) and its ground state."""

    species: str
    energies: np.ndarray      # eV
    up: np.ndarray            # spin-up weight of each state (0..1)
    onsite: np.ndarray        # probability on the impurity (or vacancy) site
    neighbour: np.ndarray     # probability on one nearest-neighbour site
    n_filled_gap: int         # electrons in gap states
    spin: float               # S of the ground state
    homo: int                 # index of the HOMO among the gap states (-1: none)
    homo_e_fraction: float    # d-shell weight of the HOMO in e orbitals (transition metals)

    @property
    def homo_energy(self) -> float:
        """Energy of the highest occupied gap state (eV)."""
        return float(self.energies[self.homo]) if self.homo >= 0 else float("nan")


def multiplets(energies, up, tol: float = MULTIPLET_TOL):
    """Group gap states into multiplets: consecutive states of the same spin within ``tol`` eV.

    Returns a list of (mean energy, size, spin label "↑", "↓" or "↑↓" for unpolarised states).
    """
    out = []
    for e, u in zip(energies, up):
        s = "↑" if u >= 0.75 else ("↓" if u <= 0.25 else "↑↓")
        for m in out:
            if m[2] == s and abs(e - m[3]) < tol:
                m[0].append(e)
                m[3] = e
                break
        else:
            out.append([[e], 0, s, e])
    return [(float(np.mean(m[0])), len(m[0]), m[2]) for m in sorted(out, key=lambda m: m[0][0])]


def _site_amplitudes(host: gr.Host, sol: ce.Solution, energy: float, vectors: np.ndarray,
                     targets) -> np.ndarray:
    """ψ on target sites (all 10 orbitals, 2 spins) for support vectors: (n_t, 10, 2, n_vec)."""
    Xt = host.support_basis(targets, [list(range(10))] * len(targets))
    Xs = host.support_basis(sol.support_sites, sol.support_orbitals)
    X = np.concatenate([Xt, Xs])
    G = host.support_greens(X, [energy])[0]
    nt = Xt.shape[0]
    Gts = np.kron(G[:nt, nt:], np.eye(2))
    psi = Gts @ vectors
    return psi.reshape(len(targets), 10, 2, -1)


def _neighbour_site(c: ce.Centre):
    """A nearest-neighbour site of the centre's main site that carries no N (for NV: a C)."""
    site = c.meta.get("vacancy", next(iter(c.sites)))
    for s in ce._neighbours(*site):
        if s != c.meta.get("nitrogen"):
            return site, s
    raise RuntimeError("no neighbour")  # pragma: no cover


@cached
def solution(species: str, N: int = MESH, variant: str = "main",
             tol: float = 1e-9) -> ce.Solution:
    """The bound states of one centre, with their vectors (cached)."""
    return ce.solve(centre(species, variant), gr.host(N), tol=tol)


@cached
def levels(species: str, N: int = MESH, variant: str = "main",
           tol: float = 1e-9) -> CentreLevels:
    """Gap states, filling and spin of one centre (cached)."""
    c = centre(species, variant)
    host = gr.host(N)
    sol = solution(species, N, variant, tol)
    site, nb = _neighbour_site(c)
    E, up, on, nn, efr = [], [], [], [], []
    d_idx, e_idx = [4, 5, 6, 7, 8], [7, 8]
    for lv in sol.levels:
        amp = _site_amplitudes(host, sol, lv.energy, lv.vectors, [site, nb])
        for j in range(lv.degeneracy):
            a = np.abs(amp[..., j]) ** 2
            E.append(lv.energy)
            # spin-up weight of this state alone (norm: the Gram-orthonormal vectors)
            up.append(lv.up)
            on.append(float(a[0].sum()))
            nn.append(float(a[1].sum()))
            efr.append(float(a[0][e_idx].sum() / max(a[0][d_idx].sum(), 1e-300)))
    E = np.array(E)
    order = np.argsort(E, kind="stable")
    E, up, on, nn, efr = (np.asarray(x)[order] for x in (E, up, on, nn, efr))
    missing = c.manifold - len(E)
    if missing < 0:
        raise RuntimeError(f"{species}: more gap states ({len(E)}) than the manifold "
                           f"({c.manifold})")
    n_gap = c.electrons - missing
    if n_gap < 0 or n_gap > len(E):
        raise RuntimeError(f"{species}: cannot place {c.electrons} electrons")
    # The manifold has <σz> = 0 in total, so the filled states carry minus the empty ones.
    spin = 0.5 * abs(float(np.sum(2 * up[n_gap:] - 1)))
    homo = n_gap - 1
    return CentreLevels(species, E, up, on, nn, int(n_gap), float(spin), int(homo),
                        float(efr[homo]) if homo >= 0 else float("nan"))


@cached
def ldos(species: str, N: int = 20, eta: float = 0.1, emin: float = -4.0, emax: float = 10.0,
         n: int = 141):
    r"""Spin-resolved LDOS (states/eV) on the impurity site and a nearest neighbour.

    :math:`\rho_{i\sigma}(\omega) = -\tfrac1\pi\,\mathrm{Im\,Tr}_{i\sigma}\,G(\omega+i\eta)`,
    :math:`G = G_0 + G_0 W K^{-1} W^\dagger G_0`. Returns (energies, ldos) with ldos of shape
    (2 sites, 2 spins, n).
    """
    if not (eta > 0):
        raise ValueError(f"eta must be > 0 eV; got {eta!r}")
    c = centre(species)
    host = gr.host(N)
    pb = ce._Problem(c.potential(), host)
    site, nb = _neighbour_site(c)
    targets = [site, nb]
    Xt = host.support_basis(targets, [list(range(10))] * 2)
    X = np.concatenate([Xt, pb.X])
    nt = Xt.shape[0]
    w = np.linspace(emin, emax, n)
    out = np.zeros((2, 2, n))
    vinv = np.diag(1.0 / pb.v)
    for i, wi in enumerate(tqdm(w, desc=f"LDOS {species}", leave=False)):
        G = host.support_greens(X, [wi], eta=eta)[0]
        G = np.kron(G, np.eye(2))
        Gtt, Gts, Gst, Gss = (G[:2 * nt, :2 * nt], G[:2 * nt, 2 * nt:], G[2 * nt:, :2 * nt],
                              G[2 * nt:, 2 * nt:])
        K = vinv - pb.W.conj().T @ Gss @ pb.W
        Gfull = Gtt + Gts @ pb.W @ np.linalg.solve(K, pb.W.conj().T @ Gst)
        d = -np.imag(np.diag(Gfull)).reshape(2, 10, 2) / np.pi
        out[:, :, i] = d.sum(axis=1)
    return w, out


def _slice_sites(layer: int = 3, half_width: float = 11.0, a: float = tb.LATTICE_A):
    """Sites of the (110) layer ``layer`` above the origin within ±half_width Å in-plane.

    Returns (cells (n, 3), sublattices (n,), in-plane coords (n, 2) along [1-10] and [001], Å).
    """
    P = tb.PRIMITIVE
    r = int(np.ceil(2 * half_width / a)) + 4
    g = np.arange(-r, r + 1)
    cells = np.stack(np.meshgrid(g, g, g, indexing="ij"), -1).reshape(-1, 3)
    out_c, out_s, out_x = [], [], []
    for sub in (0, 1):
        pos = a * (cells @ P + sub * tb.TAU)
        h = (pos[:, 0] + pos[:, 1]) / np.sqrt(2)
        u = (pos[:, 0] - pos[:, 1]) / np.sqrt(2)
        v = pos[:, 2]
        sel = (np.abs(h - layer * a / (2 * np.sqrt(2))) < 1e-6) & (np.abs(u) <= half_width) & \
              (np.abs(v) <= half_width)
        out_c.append(cells[sel])
        out_s.append(np.full(sel.sum(), sub))
        out_x.append(np.stack([u[sel], v[sel]], -1))
    return np.concatenate(out_c), np.concatenate(out_s), np.concatenate(out_x)


def density_on_sites(host: gr.Host, sol: ce.Solution, energy: float, vectors: np.ndarray,
                     cells: np.ndarray, subs: np.ndarray) -> np.ndarray:
    """Probability per site (summed over orbitals, spins and the given vectors), via one FFT."""
    T = host.fft_table(energy)
    N = host.N
    psi = np.zeros((len(cells), 10, 2, vectors.shape[1]), complex)
    off = 0
    for (scell, ssub), orbs in zip(sol.support_sites, sol.support_orbitals):
        m = np.mod(np.asarray(scell)[None, :] - cells, N)
        blk = T[m[:, 0], m[:, 1], m[:, 2]]  # (n, 20, 20): ⟨site cell|G|support cell⟩
        rows = (subs[:, None] * 10 + np.arange(10)[None, :])
        cols = ssub * 10 + np.asarray(orbs)
        g = np.take_along_axis(blk, rows[:, :, None], axis=1)[:, :, cols]  # (n, 10, n_orb)
        k = 2 * len(orbs)
        u = vectors[off:off + k].reshape(len(orbs), 2, -1)
        psi += np.einsum("nab,bsv->nasv", g, u)
        off += k
    return (np.abs(psi) ** 2).sum(axis=(1, 2, 3))


@cached
def homo_slice(species: str, N: int = MESH, layer: int = 3, half_width: float = 11.0):
    """HOMO probability per site on the (110) layer ``layer`` above the centre.

    The HOMO's degenerate partners (its multiplet, all of the same spin) are summed and divided
    by their number. Returns (in-plane coords (n, 2) Å, probability (n,)).
    """
    host = gr.host(N)
    sol = solution(species, N)
    lv_all = levels(species, N)
    e_homo = lv_all.homo_energy
    mult = [lv for lv in sol.levels if abs(lv.energy - e_homo) < MULTIPLET_TOL
            and (lv.up >= 0.5) == (lv_all.up[lv_all.homo] >= 0.5)]
    cells, subs, xy = _slice_sites(layer, half_width)
    dens = np.zeros(len(cells))
    count = 0
    for lv in mult:
        dens += density_on_sites(host, sol, lv.energy, lv.vectors, cells, subs)
        count += lv.degeneracy
    return xy, dens / max(count, 1)


@cached
def vacancy_levels(Us: tuple, N: int = MESH, orbitals: str = "spd") -> np.ndarray:
    """Ideal-vacancy gap levels (eV, distinct, spinless) for each U; NaN-padded (len(Us), 3)."""
    out = np.full((len(Us), 3), np.nan)
    for i, U in enumerate(tqdm(Us, desc="vacancy vs U", leave=False)):
        sol = ce.solve(ce.ideal_vacancy(U, orbitals), gr.host(N), vectors=False)
        e = sorted(lv.energy for lv in sol.levels)
        out[i, :len(e[:3])] = e[:3]
    return out


@cached
def vacancy_t2_a1(Us: tuple, N: int = MESH, orbitals: str = "spd") -> np.ndarray:
    """Ideal-vacancy gap levels by symmetry: (len(Us), 2) with the threefold (t2) level in column
    0 and the onefold (a1) level in column 1 (eV, spinless; NaN where the level is not in the
    gap). Degeneracies are counted exactly (inertia of K), so the two are never confused."""
    out = np.full((len(Us), 2), np.nan)
    for i, U in enumerate(tqdm(Us, desc="vacancy t2/a1 vs U", leave=False)):
        sol = ce.solve(ce.ideal_vacancy(U, orbitals), gr.host(N), vectors=False)
        for lv in sol.levels:
            col = {6: 0, 2: 1}.get(lv.degeneracy)   # with spin: t2 × 2 = 6, a1 × 2 = 2
            if col is not None and np.isnan(out[i, col]):
                out[i, col] = lv.energy
    return out


def _supercell_hamiltonian(n: int, U: float, orbitals: str = "spd") -> np.ndarray:
    """Γ-point Hamiltonian of an n×n×n cubic supercell (8n³ atoms) with one ideal vacancy."""
    a = 1.0
    base = np.array([[0, 0, 0], [0, .5, .5], [.5, 0, .5], [.5, .5, 0]])
    cells = np.stack(np.meshgrid(*[np.arange(n)] * 3, indexing="ij"), -1).reshape(-1, 3)
    A = (cells[:, None, :] + base[None]).reshape(-1, 3) * a
    pos = np.concatenate([A, A + 0.25])
    nat = len(pos)
    H = np.zeros((10 * nat, 10 * nat))
    e = tb.onsite()
    for i in range(nat):
        H[10 * i:10 * i + 10, 10 * i:10 * i + 10] = np.diag(e)
    nA = len(A)
    T = {}
    for j in range(4):
        d = tb.NN_CELLS[j] @ tb.PRIMITIVE + tb.TAU
        T[j] = (d, tb.sk_block(d))
    L = n * a
    for i in range(nA):
        for j in range(4):
            d, blk = T[j]
            target = np.mod(pos[i] + d, L)
            k = nA + int(np.argmin(np.linalg.norm(np.mod(pos[nA:] - target + L / 2, L) - L / 2,
                                                  axis=1)))
            H[10 * i:10 * i + 10, 10 * k:10 * k + 10] += blk
            H[10 * k:10 * k + 10, 10 * i:10 * i + 10] += blk.T
    sets = {"sp": [0, 1, 2, 3], "spd": list(range(9)), "all": list(range(10))}
    for o in sets[orbitals]:
        H[o, o] += U
    return H


@cached
def supercell_vacancy_levels(n: int, U: float = 50.0, orbitals: str = "spd") -> float:
    """The threefold ideal-vacancy level (eV) of an n×n×n cubic supercell at Γ (8n³ atoms).

    Energies are measured from the supercell's own Γ valence maximum (the bulk VBM Γ25′ folds to
    Γ), and the level is the lowest threefold eigenvalue in the gap.
    """
    if n not in (2, 3, 4):
        raise ValueError(f"n must be 2, 3 or 4; got {n!r}")
    from scipy.linalg import eigh

    H = _supercell_hamiltonian(n, U, orbitals)
    w = eigh(H, eigvals_only=True, subset_by_value=(-1.0, 5.0), driver="evr")
    w = np.sort(w)
    # triply degenerate clusters inside (0.05, 5) eV
    for i in range(len(w) - 2):
        if w[i] > 0.05 and w[i + 2] - w[i] < 1e-6:
            return float(w[i])
    return float("nan")


@cached
def mesh_convergence(species: str, N1: int = MESH, N2: int = MESH + 8) -> tuple[float, float]:
    """(max relative, max absolute (eV)) change of the centre's gap states from N1 to N2."""
    a, b = levels(species, N1), levels(species, N2, tol=1e-7)
    if len(a.energies) != len(b.energies):
        return float("inf"), float("inf")
    d = np.abs(b.energies - a.energies)
    return float(np.max(d / np.abs(a.energies))), float(np.max(d))


def nv_levels_pattern(sol: ce.Solution) -> list[tuple[float, int, str]]:
    """Distinct gap levels of an NV⁻ solution, ascending: (energy eV, degeneracy, "↑"/"↓"/"↑↓").

    In C3v a nondegenerate level is a1 and a twofold one e (no spin–orbit in the NV⁻ model)."""
    out = []
    for lv in sorted(sol.levels, key=lambda lv: lv.energy):
        u = lv.up
        s = "↑↓" if not np.isfinite(u) else ("↑" if u >= 0.75 else ("↓" if u <= 0.25 else "↑↓"))
        out.append((float(lv.energy), int(lv.degeneracy), s))
    return out


def is_paper_nv_centre(pattern, electrons: int = 4) -> bool:
    """The paper's single NV⁻ centre: "four levels in the gap, the lower two have a1 symmetry and
    the upper two are spin-split, orbitally-degenerate ex and ey levels", the ground state filled
    "up through the spin-up ex and ey states" (S = 1).

    True when the gap holds exactly four levels of degeneracies 1, 1, 2, 2 in ascending order,
    the two a1 of opposite spins, the two e of opposite spins, and ``electrons`` electrons fill
    the levels from the bottom exactly through the lower e, which is spin-up (majority).
    """
    if [d for _, d, _ in pattern] != [1, 1, 2, 2]:
        return False
    (_, _, a), (_, _, b), (_, _, e1), (_, _, e2) = pattern
    if {a, b} != {"↑", "↓"} or {e1, e2} != {"↑", "↓"}:
        return False
    filled = [s for _, d, s in pattern for _ in range(d)][:electrons]
    if len(filled) != electrons or sum(d for _, d, _ in pattern[:3]) != electrons:
        return False
    spin = abs(filled.count("↑") - filled.count("↓")) / 2
    # "spin-up": the majority spin, which the core-spin direction +z lowers (centres.CHOICES)
    return spin == 1.0 and e1 == "↑"


@cached
def nv_reading_table(N: int = MESH, N2: int = MESH + 8) -> list[dict]:
    """The single-centre NV⁻ levels under every reading of Table II (``centres.NV_READINGS``).

    For each reading: its id and entries, the distinct gap levels on the N³ mesh
    (``nv_levels_pattern``), whether they are the paper's centre (``is_paper_nv_centre``) and,
    for those that are, whether the N2³ mesh keeps the same pattern (``stable``), with the
    on-site probability of the HOMO on the vacancy site. Computed before, and independent of,
    any pair.
    """
    host = gr.host(N)
    out = []
    for rid, rd in tqdm(ce.NV_READINGS.items(), desc="NV readings", leave=False):
        sol = ce.solve(ce.nv_centre(reading=rid), host, tol=1e-9)
        pat = nv_levels_pattern(sol)
        out.append(dict(id=rid, **rd, levels=pat, n_levels=len(pat),
                        paper=is_paper_nv_centre(pat), stable=None))
    host2 = None
    for row in out:
        if row["paper"]:
            host2 = host2 or gr.host(N2)
            sol2 = ce.solve(ce.nv_centre(reading=row["id"]), host2, tol=1e-9)
            row["stable"] = is_paper_nv_centre(nv_levels_pattern(sol2))
            row["levels_N2"] = nv_levels_pattern(sol2)
    return out
