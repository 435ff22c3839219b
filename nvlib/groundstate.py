r"""Spin-1 ground state of the NV centre and its four crystallographic classes.

Each NV centre's axis points along one of the four :math:`\langle 111\rangle` directions of the
diamond cube. In the NV frame (z' along the axis) the ground-state spin Hamiltonian is
:cite:`Doherty2013`

.. math::

    H/\hbar = D S_z^2 + E\,(S_x^2 - S_y^2) + \gamma_e\, \mathbf B\cdot\mathbf S ,

with :math:`D = 2\pi\times 2.87` GHz, :math:`\gamma_e = 2\pi\times 28.03` GHz/T, and spin-1
matrices in the basis :math:`(|{+1}\rangle, |0\rangle, |{-1}\rangle)`. All functions are
vectorised over arbitrary leading axes of field arrays: a field is an array of shape ``(..., 3)``
in tesla, in the crystal frame x = [100], y = [010], z = [001] unless the name says ``local``.

Frequencies are returned in Hz (not rad/s), as measured by ODMR.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import numpy as np

from nvlib._validate import as_finite, as_vectors
from nvlib.constants import D_GS, GAMMA_E, TWO_PI

__all__ = [
    "NV_AXES",
    "CLASS_LABELS",
    "spin1_matrices",
    "nv_frames",
    "field_from_angles",
    "angles_from_field",
    "local_fields",
    "hamiltonian",
    "class_hamiltonians",
    "eigensystem",
    "odmr_frequencies",
    "gslac_field",
    "cubic_symmetry_operations",
    "PLANE_NORMALS",
    "plane_traces",
]

#: The four NV axes (unit vectors, crystal frame): [111], [-1-11], [1-11], [-111].
NV_AXES: np.ndarray = np.array([[1, 1, 1], [-1, -1, 1], [1, -1, 1], [-1, 1, 1]], float) / np.sqrt(3)
#: Labels of the four classes, in the order of :data:`NV_AXES`.
CLASS_LABELS: tuple[str, ...] = ("[111]", "[$\\bar{1}\\bar{1}$1]", "[1$\\bar{1}$1]", "[$\\bar{1}$11]")

#: Normals of the crystal planes whose field directions make NV classes degenerate:
#: B in a {110} plane makes two classes degenerate, B in a {100} plane makes two pairs.
PLANE_NORMALS: dict[str, tuple[tuple[int, int, int], ...]] = {
    "{110}": ((1, 1, 0), (1, -1, 0), (1, 0, 1), (1, 0, -1), (0, 1, 1), (0, 1, -1)),
    "{100}": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


@lru_cache(maxsize=1)
def spin1_matrices() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Spin-1 matrices :math:`(S_x, S_y, S_z)` in the basis :math:`(|{+1}\rangle,|0\rangle,|{-1}\rangle)`.

    Dimensionless (units of :math:`\hbar`). Returned arrays are read-only.
    """
    s = 1 / np.sqrt(2)
    sx = s * np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], complex)
    sy = s * np.array([[0, -1j, 0], [1j, 0, -1j], [0, 1j, 0]], complex)
    sz = np.diag([1.0, 0.0, -1.0]).astype(complex)
    for m in (sx, sy, sz):
        m.setflags(write=False)
    return sx, sy, sz


@lru_cache(maxsize=1)
def nv_frames() -> np.ndarray:
    r"""Rotation matrices :math:`R_k` of shape (4, 3, 3) from the crystal frame to each NV frame.

    Rows are the NV-frame unit vectors x', y', z' (z' = NV axis), so that
    :math:`\mathbf B_\text{local} = R_k \mathbf B` and :math:`\mathbf S_\text{crystal} = R_k^T \mathbf S_\text{local}`.
    x' is the unit vector along [001] × z' (a :math:`\langle 1\bar10\rangle` direction, perpendicular
    to the axis). With E = 0 the choice of x' does not affect any observable; with strain it does.
    """
    frames = np.empty((4, 3, 3))
    for k, z in enumerate(NV_AXES):
        x = np.cross([0.0, 0.0, 1.0], z)
        x /= np.linalg.norm(x)
        frames[k] = np.array([x, np.cross(z, x), z])
    frames.setflags(write=False)
    return frames


def field_from_angles(magnitude, theta, phi) -> np.ndarray:
    r"""Field vector :math:`B(\sin\theta\cos\phi, \sin\theta\sin\phi, \cos\theta)`, shape (..., 3).

    Parameters
    ----------
    magnitude : array_like
        Field magnitude (any unit; the result has the same unit).
    theta, phi : array_like
        Polar angle from [001] and azimuth from [100], in radians. All three broadcast together.
    """
    b = as_finite(magnitude, "magnitude")
    t = as_finite(theta, "theta")
    p = as_finite(phi, "phi")
    b, t, p = np.broadcast_arrays(b, t, p)
    return np.stack([b * np.sin(t) * np.cos(p), b * np.sin(t) * np.sin(p), b * np.cos(t)], axis=-1)


def angles_from_field(B) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Inverse of :func:`field_from_angles`: (magnitude, theta, phi) with phi in [0, 2 pi)."""
    B = as_vectors(B, "B")
    mag = np.linalg.norm(B, axis=-1)
    theta = np.arccos(np.clip(B[..., 2] / np.where(mag > 0, mag, 1.0), -1.0, 1.0))
    phi = np.mod(np.arctan2(B[..., 1], B[..., 0]), TWO_PI)
    return mag, theta, phi


def local_fields(B) -> np.ndarray:
    """Field in each NV frame: shape (..., 4, 3) from a crystal-frame field (..., 3)."""
    B = as_vectors(B, "B")
    return np.einsum("kij,...j->...ki", nv_frames(), B)


def hamiltonian(B_local, *, D: float = D_GS, gamma: float = GAMMA_E, E: float = 0.0) -> np.ndarray:
    r"""Spin-1 Hamiltonian :math:`H/\hbar = D S_z^2 + E(S_x^2-S_y^2) + \gamma\,\mathbf B\cdot\mathbf S`.

    Parameters
    ----------
    B_local : array_like, shape (..., 3)
        Field in the NV frame, tesla.
    D : float
        Zero-field splitting, rad/s (default :math:`2\pi\times2.87` GHz).
    gamma : float
        Gyromagnetic ratio, rad s^-1 T^-1 (default :math:`2\pi\times28.03` GHz/T).
    E : float
        Transverse zero-field splitting (strain), rad/s.

    Returns
    -------
    ndarray, shape (..., 3, 3), complex
        :math:`H/\hbar` in rad/s.
    """
    B_local = as_vectors(B_local, "B_local")
    for name, val in (("D", D), ("gamma", gamma), ("E", E)):
        if not np.isfinite(val):
            raise ValueError(f"{name} must be finite")
    sx, sy, sz = spin1_matrices()
    h0 = D * sz @ sz + E * (sx @ sx - sy @ sy)
    spin = np.stack([sx, sy, sz])
    return h0 + gamma * np.einsum("...i,ijk->...jk", B_local, spin)


def class_hamiltonians(B, **kwargs) -> np.ndarray:
    """Hamiltonians of the four classes, shape (..., 4, 3, 3), from a crystal-frame field (T)."""
    return hamiltonian(local_fields(B), **kwargs)


def eigensystem(H) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Eigenvalues of spin-1 Hamiltonians labelled by spin character.

    Returns ``(E0, Eminus, Eplus)`` (each shape ``H.shape[:-2]``, units of H): ``E0`` is the
    eigenvalue whose eigenvector has the largest :math:`|\langle 0|\psi\rangle|^2`;
    of the other two, ``Eminus`` is the lower and ``Eplus`` the higher. Below the ground-state
    level anticrossing these are the :math:`|0\rangle, |{-1}\rangle, |{+1}\rangle`-like levels.
    """
    w, v = np.linalg.eigh(H)
    i0 = np.argmax(np.abs(v[..., 1, :]) ** 2, axis=-1)
    e0 = np.take_along_axis(w, i0[..., None], axis=-1)[..., 0]
    others = np.sort(np.where(np.arange(3) == i0[..., None], np.inf, w), axis=-1)[..., :2]
    return e0, others[..., 0], others[..., 1]


def odmr_frequencies(B, *, D: float = D_GS, gamma: float = GAMMA_E, E: float = 0.0) -> np.ndarray:
    r"""ODMR frequencies of the four NV classes, Hz.

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    D, gamma, E : float
        As in :func:`hamiltonian` (rad/s, rad s^-1 T^-1, rad/s).

    Returns
    -------
    ndarray, shape (..., 4, 2)
        :math:`(\nu_-, \nu_+) = |E_\mp - E_0|/2\pi` for each class, in Hz; the eight
        :math:`|0\rangle\to|\pm1\rangle` lines of an ensemble.

    Examples
    --------
    >>> nu = odmr_frequencies([0, 0, 0.01])       # 10 mT along [001]
    >>> nu.shape
    (4, 2)
    """
    e0, em, ep = eigensystem(class_hamiltonians(B, D=D, gamma=gamma, E=E))
    return np.stack([np.abs(em - e0), np.abs(ep - e0)], axis=-1) / TWO_PI


def gslac_field(*, D: float = D_GS, gamma: float = GAMMA_E) -> float:
    r"""Field (T) of the ground-state level anticrossing of an aligned NV: :math:`B = D/\gamma`.

    Found numerically as the zero of the aligned NV's :math:`\nu_-(B)` rather than from the formula,
    so that it tests :func:`odmr_frequencies`.
    """
    from scipy.optimize import minimize_scalar

    def nu_minus(b: float) -> float:
        return float(odmr_frequencies(b * NV_AXES[0], D=D, gamma=gamma)[0, 0])

    guess = D / gamma
    res = minimize_scalar(nu_minus, bounds=(0.5 * guess, 1.5 * guess), method="bounded",
                          options={"xatol": 1e-9})
    return float(res.x)


@lru_cache(maxsize=1)
def cubic_symmetry_operations() -> np.ndarray:
    """The 48 operations of the cubic point group O_h as (48, 3, 3) signed permutation matrices."""
    ops = []
    for perm in itertools.permutations(range(3)):
        for signs in itertools.product((1, -1), repeat=3):
            m = np.zeros((3, 3))
            m[np.arange(3), perm] = signs
            ops.append(m)
    out = np.array(ops)
    out.setflags(write=False)
    return out


def plane_traces(family: str, n_points: int = 721) -> list[tuple[np.ndarray, np.ndarray]]:
    r"""Traces in the (θ, φ) plane (radians) of the field directions lying in a family of planes.

    A field in a {110} plane makes two NV classes degenerate (both axes make the same angle
    with B); a field in a {100} plane makes two pairs degenerate. Each plane with normal
    :math:`\mathbf n` is the great circle :math:`\mathbf n\cdot\hat{\mathbf B}(\theta,\phi)=0`, i.e.
    :math:`\tan\theta = -n_z/(n_x\cos\phi+n_y\sin\phi)`; planes containing [001] are the
    vertical lines :math:`n_x\cos\phi + n_y\sin\phi = 0`.

    Parameters
    ----------
    family : {"{110}", "{100}"}
    n_points : int
        Samples per curve, φ in [0, 2π].

    Returns
    -------
    list of (theta, phi) array pairs, one or more per plane.
    """
    if family not in PLANE_NORMALS:
        raise ValueError(f"family must be one of {sorted(PLANE_NORMALS)}; got {family!r}")
    if int(n_points) < 2:
        raise ValueError(f"n_points must be >= 2; got {n_points}")
    phi = np.linspace(0.0, TWO_PI, int(n_points))
    theta_line = np.linspace(0.0, np.pi, int(n_points))
    traces = []
    for nx, ny, nz in PLANE_NORMALS[family]:
        if nz != 0:
            theta = np.mod(np.arctan2(-nz, nx * np.cos(phi) + ny * np.sin(phi)), np.pi)
            traces.append((theta, phi))
        else:
            phi0 = np.arctan2(nx, -ny)  # direction (-ny, nx) lies in the plane
            for p in np.mod(phi0 + np.array([0.0, np.pi, TWO_PI]), TWO_PI + 1e-12):
                traces.append((theta_line, np.full_like(theta_line, p)))
    return traces
