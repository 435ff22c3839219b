r"""Host Green's functions of diamond in real space (Koster & Slater 1954; Tang & Flatté 2004).

.. rubric:: Definition

On a Γ-centred mesh of :math:`N^3` wave vectors :math:`\mathbf k = \sum_i (n_i/N)\mathbf b_i`,

.. math::

    G^0_{\alpha\beta}(\mathbf m,\omega) = \langle \alpha,\mathbf 0|(\omega - H_0)^{-1}|\beta,\mathbf m\rangle
    = \frac{1}{N^3}\sum_{\mathbf k} e^{-i\mathbf k\cdot\mathbf L_{\mathbf m}}
      \sum_n \frac{U_{\alpha n}(\mathbf k)U^*_{\beta n}(\mathbf k)}{\omega - E_n(\mathbf k)} ,

with :math:`\alpha, \beta` running over the 20 sublattice-orbitals of a cell and
:math:`\mathbf m` the lattice coordinates of the second cell (eV⁻¹; ω in eV). For every
:math:`\mathbf m` at once this is one 3D FFT per energy (``Host.fft_table``); for a few sites
it is a direct k-sum (``Host.support_greens``). The mesh result is the aliased sum
:math:`\sum_{\mathbf L} G^0(\mathbf m + N\mathbf L)`; inside the gap :math:`G^0` decays
exponentially and is real and symmetric. Optional broadening: ω → ω + iη.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from . import tightbinding as tb

__all__ = ["Host", "host", "HalfMeshTable", "mesh_fractions", "GAP_MARGIN"]

#: Energies closer than this (eV) to a band edge are outside the usable gap window.
GAP_MARGIN = 1e-3
#: Columns per block of the direct k-sum (``Host.support_greens``).
_SUPPORT_BLOCK = 8192


def mesh_fractions(N: int) -> np.ndarray:
    """Fractional coordinates n/N of the Γ-centred mesh, shape (N³, 3), FFT order."""
    if not (isinstance(N, (int, np.integer)) and 4 <= N <= 64):
        raise ValueError(f"N must be an integer in [4, 64]; got {N!r}")
    n = np.arange(N) / N
    f = np.stack(np.meshgrid(n, n, n, indexing="ij"), axis=-1)
    return f.reshape(-1, 3)


class Host:
    """Eigen-decomposition of the host on an N³ mesh and its real-space Green's functions.

    Parameters
    ----------
    N : int
        Mesh size per reciprocal direction, 4 ≤ N ≤ 64.
    params : tightbinding.Params, optional
    """

    def __init__(self, N: int, params: tb.Params | None = None):
        self.N = int(N)
        self.params = params or tb.default_params()
        self.frac = mesh_fractions(self.N)
        kcart = self.frac @ np.linalg.inv(tb.PRIMITIVE).T  # units of 2π/a
        # diagonalised in chunks of k: no full-mesh Hamiltonian or eigh workspace is held
        self.E = np.empty((len(kcart), 20))
        self.U = np.empty((len(kcart), 20, 20), complex)
        for idx in np.array_split(np.arange(len(kcart)), max(1, len(kcart) // 4096)):
            self.E[idx], self.U[idx] = np.linalg.eigh(tb.hamiltonian(kcart[idx], self.params))
        self.vbm = float(self.E[:, 3].max())
        self.cbm = float(self.E[:, 4].min())
        ind, _ = tb.diamond_gaps(self.params)
        #: The usable gap: the true band edges (the mesh may miss the CBM on Δ).
        self.gap = (0.0 + GAP_MARGIN, ind - GAP_MARGIN)
        # Half mesh: H(-k) = H(k)* (real hoppings), so k and -k contribute complex conjugates.
        n = np.rint(self.frac * self.N).astype(int)
        code = (n[:, 0] * self.N + n[:, 1]) * self.N + n[:, 2]
        m = np.mod(-n, self.N)
        mcode = (m[:, 0] * self.N + m[:, 1]) * self.N + m[:, 2]
        self._half = np.nonzero(code <= mcode)[0]
        self._half_w = np.where(code[self._half] == mcode[self._half], 1.0, 2.0)

    # ------------------------------------------------------------ checks
    def _check_omega(self, omega, eta):
        w = np.atleast_1d(np.asarray(omega, float))
        if not np.all(np.isfinite(w)):
            raise ValueError("omega must be finite (eV)")
        if eta < 0 or not np.isfinite(eta):
            raise ValueError(f"eta must be finite and >= 0 eV; got {eta!r}")
        if eta == 0 and (np.any(w <= 0.0) or np.any(w >= tb.diamond_gaps(self.params)[0])):
            raise ValueError(f"omega must lie inside the gap (0, {self.gap[1] + GAP_MARGIN:.4f}) eV "
                             "when eta = 0")
        return w

    # ------------------------------------------------------------ every separation: FFT
    def fft_table(self, omega: float, *, eta: float = 0.0, orbitals=None) -> np.ndarray:
        """G0 for every cell separation at one energy: shape (N, N, N, n, n).

        Entry ``[m1, m2, m3, α, β]`` is ``⟨α, cell 0|G0|β, cell m⟩`` (indices modulo N), eV⁻¹, with
        α, β over the 20 sublattice-orbitals (10·sublattice + orbital) or the subset
        ``orbitals``. Real (float64) for ``eta == 0`` inside the gap, complex otherwise.
        """
        import scipy.fft as sfft

        w = float(self._check_omega(omega, eta)[0])
        orbs = np.arange(20) if orbitals is None else np.asarray(orbitals, int)
        f = 1.0 / (w + 1j * eta - self.E)
        n = len(orbs)
        # U f U† chunk by chunk into one array, transformed in place: one table-sized buffer
        Gk = np.empty((len(self.E), n, n), complex)
        for idx in np.array_split(np.arange(len(self.E)), max(1, len(self.E) // 4096)):
            U = self.U[idx][:, orbs, :]
            Gk[idx] = np.matmul(U * f[idx, None, :], np.conj(np.swapaxes(U, 1, 2)))
        G = sfft.fftn(Gk.reshape(self.N, self.N, self.N, n, n), axes=(0, 1, 2),
                      overwrite_x=True)
        del Gk
        G /= self.N ** 3
        if eta == 0.0:
            imag = float(np.abs(G.imag).max())
            if imag > 1e-9 * max(1.0, float(np.abs(G.real).max())):
                raise ValueError(f"G0 is not real inside the gap (max |Im| = {imag:.2e})")
            return np.ascontiguousarray(G.real)
        return G

    # ------------------------------------------------------------ a few sites: direct k-sum
    def support_basis(self, sites, orbitals) -> np.ndarray:
        r"""Real rows for the direct k-sum over the chosen sites and orbitals.

        With :math:`X_{(i,\alpha),(k,n)} = e^{i\mathbf k\cdot\mathbf L_i}U_{s_i\alpha,n}(\mathbf k)`
        and :math:`X(-\mathbf k) = X(\mathbf k)^*`, the sum over k and −k of
        :math:`X f X^\dagger` is :math:`Y f Y^{\mathsf T}` with the real
        :math:`Y = \sqrt{w_k}\,[\mathrm{Re}\,X, \mathrm{Im}\,X]` over half the mesh.
        ``sites`` is a sequence of (cell (3 ints), sublattice 0/1); ``orbitals`` a sequence of
        index lists (one per site, into ``tightbinding.ORBITALS``).
        """
        if len(sites) != len(orbitals):
            raise ValueError("sites and orbitals must have the same length")
        frac, U = self.frac[self._half], self.U[self._half]
        sw = np.sqrt(self._half_w)[None, :, None]
        rows = []
        for (cell, sub), orbs in zip(sites, orbitals):
            if int(sub) not in (0, 1):
                raise ValueError(f"sublattice must be 0 or 1; got {sub!r}")
            phase = np.exp(2j * np.pi * (frac @ np.asarray(cell, float)))
            idx = np.asarray(orbs, int) + 10 * int(sub)
            rows.append(sw * phase[None, :, None] * np.transpose(U[:, idx, :], (1, 0, 2)))
        X = np.concatenate(rows, axis=0).reshape(-1, len(frac) * 20)
        return np.ascontiguousarray(np.concatenate([X.real, X.imag], axis=1))

    def support_greens(self, Y: np.ndarray, omega, *, eta: float = 0.0,
                       power: int = 1) -> np.ndarray:
        r"""G0 between the rows of ``support_basis`` at energies ω: shape (n_ω, r, r).

        ``power = 2`` returns :math:`\sum |\psi\rangle\langle\psi|/(\omega-E)^2 = -dG_0/d\omega`
        instead (the norm of bound states). Real for ``eta == 0``, complex symmetric otherwise.
        """
        if power not in (1, 2):
            raise ValueError(f"power must be 1 or 2; got {power!r}")
        w = self._check_omega(omega, eta)
        E = self.E[self._half].reshape(-1)
        E = np.concatenate([E, E])
        out = np.zeros((len(w), Y.shape[0], Y.shape[0]), complex if eta else float)
        # in column blocks: the scaled copy of Y stays in cache (about twice as fast as one
        # product over all columns, and no Y-sized temporary); the sums differ in the last bits
        step = _SUPPORT_BLOCK
        for i, wi in enumerate(w):
            f = 1.0 / (wi + 1j * eta - E) ** power
            for s in range(0, len(E), step):
                Ys, fs = Y[:, s:s + step], f[s:s + step]
                if eta:
                    out[i] += (Ys * fs.real) @ Ys.T + 1j * ((Ys * fs.imag) @ Ys.T)
                else:
                    out[i] += (Ys * fs.real) @ Ys.T
        return out / self.N ** 3

    def direct_block(self, cell, omega: float) -> np.ndarray:
        """``⟨α, cell 0|G0|β, cell⟩`` (20×20, eV⁻¹) by the plain k-sum over the full mesh.

        The obvious alternative to ``fft_table`` (benchmarked against it).
        """
        w = float(self._check_omega(omega, 0.0)[0])
        phase = np.exp(-2j * np.pi * (self.frac @ np.asarray(cell, float)))
        f = 1.0 / (w - self.E)
        G = np.einsum("k,kan,kn,kbn->ab", phase, self.U, f, self.U.conj(), optimize=True)
        return (G / self.N ** 3).real


@lru_cache(maxsize=1)
def half_mesh_bands(N: int, params: tb.Params, workers: int = 1):
    r"""Bands E_n(k) (eV) and eigenvectors U(k) (all 20 orbitals) on the half mesh
    :math:`0 \le n_3 \le N/2` of ``HalfMeshTable``: arrays (N·N·(N/2+1), 20) and (…, 20, 20),
    read-only. The last mesh is kept in memory (215 MB at N = 40), so the many tables of a pair
    calculation on one mesh share one diagonalisation."""
    from concurrent.futures import ThreadPoolExecutor

    n, h = np.arange(N) / N, np.arange(N // 2 + 1) / N
    frac = np.stack(np.meshgrid(n, n, h, indexing="ij"), axis=-1).reshape(-1, 3)
    kcart = frac @ np.linalg.inv(tb.PRIMITIVE).T
    chunks = np.array_split(np.arange(len(frac)), 8 * workers)

    def bands(idx):
        return np.linalg.eigh(tb.hamiltonian(kcart[idx], params))

    with ThreadPoolExecutor(workers) as pool:
        parts = list(pool.map(bands, chunks))
    E = np.concatenate([p[0] for p in parts])
    U = np.concatenate([p[1] for p in parts])
    E.flags.writeable = U.flags.writeable = False
    return E, U


class HalfMeshTable:
    r"""``Host.fft_table`` for a few orbitals, from half the mesh, threaded: the fast path of the
    pair calculations, for meshes up to N = 96.

    With real hoppings in the cell gauge, :math:`H(-\mathbf k) = H(\mathbf k)^*`, so
    :math:`G^0(\mathbf k) = G^0(-\mathbf k)^*` element by element and

    .. math:: G^0(\mathbf m) = \frac{1}{N^3}\sum_{\mathbf k} G^0(\mathbf k)\,
              e^{-i\mathbf k\cdot\mathbf L_{\mathbf m}}
              = \mathrm{irfft}_3\big[G^0(\mathbf k)^*\big](\mathbf m)

    needs the bands only on the :math:`N \times N \times (N/2 + 1)` wave vectors with
    :math:`0 \le n_3 \le N/2`: half the diagonalisations, half the products and a real
    inverse FFT. Only the rows of ``orbitals`` (indices 10·sublattice + orbital) are kept.

    Parameters
    ----------
    N : int
        Even mesh size, 4 ≤ N ≤ 96.
    orbitals : sequence of int
        Sublattice-orbital indices in [0, 20).
    workers : int, optional
        Threads (default: all cores); numpy's batched products and scipy's FFT release the GIL.
    """

    def __init__(self, N: int, orbitals, params: tb.Params | None = None,
                 workers: int | None = None):
        import os

        if not (isinstance(N, (int, np.integer)) and 4 <= N <= 96 and N % 2 == 0):
            raise ValueError(f"N must be an even integer in [4, 96]; got {N!r}")
        orbs = np.asarray(orbitals, int)
        if orbs.ndim != 1 or len(orbs) == 0 or orbs.min() < 0 or orbs.max() >= 20:
            raise ValueError(f"orbitals must be a non-empty list of indices in [0, 20); "
                             f"got {orbitals!r}")
        self.N, self.orbitals = int(N), orbs
        self.params = params or tb.default_params()
        self.workers = int(workers or os.cpu_count() or 1)
        self.E, U = half_mesh_bands(self.N, self.params, self.workers)
        self.U = np.ascontiguousarray(U[:, orbs, :])
        #: k-chunks of the products U f U†: the only temporaries, a few MB each (no U† copy).
        self._chunks = np.array_split(np.arange(len(self.E)),
                                      max(1, len(self.E) * len(orbs) ** 2 // 2 ** 19))

    def _gk(self, f: np.ndarray) -> np.ndarray:
        """conj(Σ_n U_in f_n U*_jn) on the half mesh, (N, N, N/2+1, n, n), built chunk by chunk."""
        n, N = len(self.orbitals), self.N
        out = np.empty((len(self.E), n, n), complex)
        for idx in self._chunks:
            U = self.U[idx]
            out[idx] = np.conj(np.matmul(U * f[idx, None, :], np.conj(np.swapaxes(U, 1, 2))))
        return out.reshape(N, N, N // 2 + 1, n, n)

    def _gk_complex(self, f: np.ndarray):
        r"""``_gk`` of Re f and of Im f from one complex product per k-chunk: with
        :math:`C = U f U^\dagger`, :math:`A = U\,\mathrm{Re}f\,U^\dagger = (C + C^\dagger)/2` and
        :math:`B = U\,\mathrm{Im}f\,U^\dagger = (C - C^\dagger)/2i`; returns (conj A, conj B),
        each (N, N, N/2+1, n, n)."""
        n, N = len(self.orbitals), self.N
        a = np.empty((len(self.E), n, n), complex)
        b = np.empty((len(self.E), n, n), complex)
        for idx in self._chunks:
            U = self.U[idx]
            C = np.matmul(U * f[idx, None, :], np.conj(np.swapaxes(U, 1, 2)))
            X, Y = np.conj(C), np.swapaxes(C, 1, 2)
            a[idx], b[idx] = (X + Y) * 0.5, (X - Y) * 0.5j
        shape = (N, N, N // 2 + 1, n, n)
        return a.reshape(shape), b.reshape(shape)

    def _irfft(self, Gk: np.ndarray) -> np.ndarray:
        """Real inverse FFT of each orbital pair in turn (temporaries of one component only)."""
        import scipy.fft as sfft

        n, N = len(self.orbitals), self.N
        out = np.empty((N, N, N, n, n))
        for i in range(n):
            for j in range(n):
                out[..., i, j] = sfft.irfftn(Gk[..., i, j], s=(N, N, N), axes=(0, 1, 2),
                                             workers=self.workers)
        return out

    # ------------------------------------------------------------ only the entries a caller needs
    def plan(self, index, *, symmetric: bool = False) -> "_GatherPlan":
        r"""Prepare ``gather`` for flat indices into the (N, N, N, n, n) table of ``table``.

        ``index`` is a sequence of integer arrays (any shapes). Only the orbital pairs (i, j)
        those entries touch are transformed. With ``symmetric``, of a pair and its transpose
        only i ≤ j: for a real symmetric host :math:`G^0(z)^{\mathsf T} = G^0(z)`, and with
        translation invariance ``T[m, i, j] = T[−m, j, i]`` (also on the mesh, symmetric under
        k → −k); half the work, but the entries i > j then differ from ``table``'s in the last
        bits. By default every entry is computed exactly as ``table`` computes it.
        """
        n, N = len(self.orbitals), self.N
        flat = [np.asarray(ix, np.int64) for ix in index]
        allix = np.concatenate([ix.reshape(-1) for ix in flat]) if flat else np.empty(0, int)
        if allix.size and (allix.min() < 0 or allix.max() >= N ** 3 * n * n):
            raise ValueError(f"index must lie in [0, {N ** 3 * n * n}) (a flat index into the "
                             f"(N, N, N, n, n) table); got {allix.min()}..{allix.max()}")
        comp = np.zeros((n, n), bool)
        canon = []
        for ix in flat:
            m, i, j = ix // (n * n), (ix // n) % n, ix % n
            if symmetric:
                swap = i > j
                m3 = np.stack([m // (N * N), (m // N) % N, m % N], axis=-1)
                mneg = np.mod(-m3, N)
                mneg = (mneg[..., 0] * N + mneg[..., 1]) * N + mneg[..., 2]
                i, j, m = np.where(swap, j, i), np.where(swap, i, j), np.where(swap, mneg, m)
            comp[i, j] = True
            canon.append((i, j, m))
        ci, cj = np.nonzero(comp)
        pos = np.full((n, n), -1, np.int64)
        pos[ci, cj] = np.arange(len(ci))
        return _GatherPlan(ci, cj, [pos[i, j] * N ** 3 + m for i, j, m in canon])

    def _components(self, f: np.ndarray, plan: "_GatherPlan") -> np.ndarray:
        """``_gk(f)`` for the plan's components only, each contiguous: (c, N, N, N/2+1).

        The same products, k-chunk by k-chunk, as ``_gk`` (so the same numbers)."""
        N, ci, cj = self.N, plan.ci, plan.cj
        out = np.empty((len(ci), len(self.E)), complex)
        for idx in self._chunks:
            U = self.U[idx]
            C = np.matmul(U * f[idx, None, :], np.conj(np.swapaxes(U, 1, 2)))
            out[:, int(idx[0]):int(idx[-1]) + 1] = np.conj(C[:, ci, cj]).T
        return out.reshape(len(ci), N, N, N // 2 + 1)

    def _components_complex(self, f: np.ndarray, plan: "_GatherPlan"):
        """``_gk_complex(f)`` for the plan's components only, each contiguous: two arrays
        (c, N, N, N/2+1), from the same products (so the same numbers)."""
        N, ci, cj = self.N, plan.ci, plan.cj
        a = np.empty((len(ci), len(self.E)), complex)
        b = np.empty((len(ci), len(self.E)), complex)
        for idx in self._chunks:
            U = self.U[idx]
            C = np.matmul(U * f[idx, None, :], np.conj(np.swapaxes(U, 1, 2)))
            X, Y = np.conj(C[:, ci, cj]), C[:, cj, ci]
            sl = slice(int(idx[0]), int(idx[-1]) + 1)
            a[:, sl], b[:, sl] = ((X + Y) * 0.5).T, ((X - Y) * 0.5j).T
        shape = (len(ci), N, N, N // 2 + 1)
        return a.reshape(shape), b.reshape(shape)

    def _irfft_components(self, Gk: np.ndarray, batch: int = 16) -> np.ndarray:
        """Real inverse FFT of contiguous components, a batch at a time: (c, N³)."""
        import scipy.fft as sfft

        N = self.N
        out = np.empty((Gk.shape[0], N ** 3))
        for b in range(0, Gk.shape[0], batch):
            out[b:b + batch] = sfft.irfftn(Gk[b:b + batch], s=(N, N, N), axes=(1, 2, 3),
                                           workers=self.workers).reshape(-1, N ** 3)
        return out

    def gather(self, f: np.ndarray, plan: "_GatherPlan") -> list:
        r"""The entries of ``plan`` of the table for band factors ``f`` (one per band and k).

        Real f (the shape of ``E``), e.g. :math:`1/(\omega - E)`: the real table, as
        ``table(omega).reshape(-1)[ix]`` for each index of the plan. Complex f,
        :math:`1/(z - E)`: the complex table, as ``table_complex(z)``, its real and imaginary
        parts in turn (one real table of the plan's components held at a time). Returns one
        array per index, of that index's shape.
        """
        if not np.iscomplexobj(f):
            T = self._irfft_components(self._components(f, plan)).reshape(-1)
            return [T[g] for g in plan.gidx]
        ga, gb = self._components_complex(f, plan)
        T = self._irfft_components(ga).reshape(-1)
        del ga
        out = [T[g].astype(complex) for g in plan.gidx]
        del T
        T = self._irfft_components(gb).reshape(-1)
        for o, g in zip(out, plan.gidx):
            o += 1j * T[g]
        return out

    def table(self, omega: float) -> np.ndarray:
        """G0 between the kept orbitals for every cell separation: real, (N, N, N, n, n), eV⁻¹.

        Entry ``[m1, m2, m3, i, j]`` is ``⟨orbitals[i], cell 0|G0|orbitals[j], cell m⟩``
        (indices modulo N), as ``Host.fft_table(omega, orbitals=orbitals)``.
        """
        w = float(omega)
        if not (0.0 < w < tb.diamond_gaps(self.params)[0]):
            raise ValueError(f"omega must lie inside the gap (0, "
                             f"{tb.diamond_gaps(self.params)[0]:.4f}) eV; got {omega!r}")
        return self._irfft(self._gk(1.0 / (w - self.E)))

    def table_complex(self, z: complex) -> np.ndarray:
        r"""G0(z) between the kept orbitals for every cell separation, complex (N, N, N, n, n).

        For complex z (Im z > 0) or real z below the bands. With
        :math:`G^0(\mathbf k, z) = A(\mathbf k) + iB(\mathbf k)`,
        :math:`A = \sum_n U_n\,\mathrm{Re}\,(z-E_n)^{-1}U_n^\dagger` and B likewise with Im,
        both obey :math:`A(-\mathbf k) = A(\mathbf k)^*`, so each is a real inverse FFT of the
        half mesh: :math:`G^0(\mathbf m, z) = \mathrm{irfft}[A^*] + i\,\mathrm{irfft}[B^*]`.
        """
        z = complex(z)
        if not np.isfinite(z) or z.imag < 0 or (z.imag == 0 and z.real >= self.E.min()):
            raise ValueError(f"z must be finite with Im z > 0 or real below the bands "
                             f"(< {self.E.min():.3f} eV); got {z!r}")
        f = 1.0 / (z - self.E)
        if z.imag == 0:
            return self._irfft(self._gk(f.real)).astype(complex)
        a, b = self._gk_complex(f)
        return self._irfft(a) + 1j * self._irfft(b)


class _GatherPlan:
    """Components (i ≤ j) to transform and, per index, flat positions into their (c, N³) table."""

    def __init__(self, ci, cj, gidx):
        self.ci, self.cj, self.gidx = ci, cj, gidx


@lru_cache(maxsize=2)
def host(N: int) -> Host:
    """The host with Jancu's carbon parameters on an N³ mesh (memoised in this process)."""
    return Host(N)
