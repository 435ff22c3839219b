r"""Magnetic torque of the four NV classes with dipolar cross-relaxation (CR).

Model of Pellet-Mary *et al.*, "Magnetic-torque enhanced by tunable dipolar interactions",
Phys. Rev. B **103**, L100411 (2021), supplement Sec. IV and VI, with the relaxation rules and
rates of the authors' simulation scripts (public repository ``cpelletm/these``, e.g.
``data/20200806/1-2-1/simu.py``); see :data:`PRESETS` for the main model and its variants.

.. rubric:: Physics

Each of the four NV classes :math:`k` (axis :math:`\mathbf n_k`, rotation :math:`R_k` from the
crystal frame to the NV frame, see :func:`nvlib.groundstate.nv_frames`) is a spin 1 in its own
frame,

.. math::

    H_k/\hbar = D S_{z'}^2 + E\,(S_{x'}^2 - S_{y'}^2) + \gamma_e (R_k\mathbf B)\cdot\mathbf S ,

driven by optical pumping and relaxing by spin-lattice and cross-relaxation jumps,

.. math::

    \dot\rho_k = -i[H_k, \rho_k] + \sum_{\pm}\mathcal D\big[\sqrt{\Gamma_l}\,|0\rangle\langle\pm1|\big]\rho_k
    + \sum_{i\neq j}\mathcal D\big[\sqrt{\Gamma^{(k)}_{ij}}\,|i\rangle\langle j|\big]\rho_k ,
    \qquad
    \mathcal D[L]\rho = L\rho L^\dagger - \tfrac12\{L^\dagger L, \rho\}.

The class rate :math:`1/T_1^{k}` is enhanced whenever another class :math:`j` has the same
transition frequency (a dipolar flip-flop between the two classes conserves energy):

.. math::

    \frac{1}{T_1^{k}} = \frac{1}{T_1^{0}} + \sum_{j\neq k}\sum_{b\in\text{branches}}
    \frac{1}{T_1^{dd}}\, f\big(\nu^b_k - \nu^b_j\big),
    \qquad
    f(\Delta) = e^{-\Delta^2/2\sigma^2}\ \text{(Gaussian)}\quad\text{or}\quad
    \frac{1}{1 + \Delta^2/w^2}\ \text{(Lorentzian)},

with :math:`\nu^-_k, \nu^+_k` the :math:`|0\rangle\to|\mp1\rangle` ODMR frequencies (Hz). The
steady state :math:`\rho_k` gives the spin :math:`\langle\mathbf S\rangle_k = R_k^T\,
\mathrm{Tr}(\rho_k\mathbf S)` (crystal frame, units of :math:`\hbar`), the photoluminescence
:math:`\propto \tfrac14\sum_k \rho_{k,00}` and the torque on the crystal

.. math::

    \boldsymbol\Gamma = \sum_k \boldsymbol\mu_k\times\mathbf B
    = -\hbar\gamma_e \sum_k \langle\mathbf S\rangle_k\times\mathbf B
    \qquad(\text{N m, one spin per class}).

.. rubric:: Conventions

* SI units: fields in tesla (crystal frame x = [100], y = [010], z = [001]), rates in
  s\ :sup:`-1`, frequencies in Hz where the name says ``_hz``/``nu``, :math:`D`, :math:`\gamma_e`
  and Hamiltonians angular (rad/s, rad s\ :sup:`-1` T\ :sup:`-1`), torque in N m.
* Basis :math:`(|{+1}\rangle, |0\rangle, |{-1}\rangle)` (indices 0, 1, 2).
* Collapse operators follow QuTiP: :math:`L = \sqrt{\gamma}\,|i\rangle\langle j|` has rate
  :math:`\gamma`. **Factor-3 convention**: as in the authors' scripts the rate of
  *each* of the six T1 jumps is the class rate :math:`\Gamma = 1/T_1^{k}`. In the dark the
  populations then obey :math:`\dot p_0 = \Gamma(p_+ + p_-) - 2\Gamma p_0 = \Gamma(1 - 3p_0)`:
  they relax at :math:`3\Gamma`, so the model's own population relaxation time is
  :math:`1/(3\Gamma) = T_1^{k}/3` (:func:`population_relaxation_time`), not :math:`T_1^{k}`.
  The book reports that time when it compares with a measured :math:`T_1`.
* Sign of the torque: see :data:`SIGN_NOTE`.
* Symmetry: the field and the torque are *axial* vectors. The exact symmetry of the model is the
  group O of the 24 proper cube rotations, :math:`\boldsymbol\Gamma(R\mathbf B) =
  R\,\boldsymbol\Gamma(\mathbf B)` when :math:`E = 0`. A strain term lowers it: with the x'
  axes of :func:`nvlib.groundstate.nv_frames` the eight that keep the z axis (D\ :sub:`4`)
  remain; with the scripts' class frames (:data:`SCRIPTS_FRAMES`, the main model) only the
  D\ :sub:`2` of the two-fold axes [001], [110] and [1-10]. The polar-vector
  relation :math:`\boldsymbol\Gamma(R\mathbf B) = \det(R)\,R\,\boldsymbol\Gamma(\mathbf B)` for the
  24 improper operations is equivalent to :math:`\boldsymbol\Gamma(-\mathbf B)=\boldsymbol\Gamma
  (\mathbf B)`, which the driven-dissipative steady state obeys only to
  :math:`O(\Gamma/D)` (about :math:`10^{-7}` of the single-class torque; time reversal maps the
  Lindblad problem at :math:`-\mathbf B` onto one with :math:`-H`, not onto itself).
  :func:`torque_map` therefore fills the sphere with proper rotations only.
"""

from __future__ import annotations

import dataclasses
import math
import warnings
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from nvlib import groundstate as gs
from nvlib import lindblad
from nvlib._validate import as_finite, as_vectors
from nvlib.constants import D_GS, GAMMA_E, HBAR, TWO_PI

__all__ = [
    "SIGN_NOTE",
    "CRModel",
    "PRESETS",
    "MAIN",
    "preset",
    "relaxation_rates",
    "population_relaxation_time",
    "collapse_operators",
    "steady_states",
    "spin_vectors",
    "photoluminescence",
    "class_torques",
    "torque",
    "SteadyState",
    "solve",
    "TorqueMap",
    "torque_map",
    "class_frame_field",
    "SCRIPTS_FRAMES",
    "class_hamiltonians",
    "odmr_frequencies",
    "SingleClass",
    "single_class_torque",
    "perturbative_torque",
    "qutip_reference",
]

#: Sentence on the sign convention of the torque, for the book to quote.
SIGN_NOTE: str = (
    "Torque sign: nvlib returns the physical torque exerted on the crystal, "
    r"$\boldsymbol\Gamma = \boldsymbol\mu\times\mathbf B = -\hbar\gamma_e\langle\mathbf S\rangle\times\mathbf B$ "
    "(the NV electron's magnetic moment is antiparallel to its spin), whereas the authors' "
    r"scripts and the supplement's formula $\Gamma = N_0\gamma_e\langle\hat{\mathbf S}\rangle\times\mathbf B$ "
    "use the opposite sign; amplitudes $|\\boldsymbol\\Gamma|$ are identical, signed components "
    "are reversed."
)

#: Spin-1 basis indices.
_P, _Z, _M = 0, 1, 2
#: The six ordered T1 jumps (to, from) and whether each is single-quantum.
_T1_JUMPS: tuple[tuple[int, int], ...] = ((_Z, _P), (_P, _Z), (_Z, _M), (_M, _Z), (_P, _M), (_M, _P))
_SINGLE_QUANTUM = (True, True, True, True, False, False)
_BRANCH_INDEX = {"minus": 0, "plus": 1}
_LINESHAPES = ("gaussian", "lorentzian")
_ENHANCED = ("single_quantum", "all")
#: Fields per chunk of batched solves (4 problems per field).
_CHUNK = 2048


_STRAIN_FRAMES = ("scripts", "nvlib")


def _scripts_frames() -> NDArray[np.float64]:
    """The class rotations ``Raller`` of the authors' scripts (crystal -> class frame), (4, 3, 3).

    Transcribed from ``data/20200806/2-2/simu.py`` (also ``1-2-1/simu.py`` and
    ``data/20200917/simu.py``) of the repository ``cpelletm/these``: ``Raller = [Ry-.Rz+,
    Ry+.Rz+, Rx+.Rz+, Rx-.Rz+]``; the scripts put ``B_base = Raller[k].B`` into
    ``D Sz^2 + gamma B_base.S + E (Sx^2 - Sy^2)`` and rotate the spin back with the inverse.
    """
    a, b, c = math.sqrt(0.5), math.sqrt(1 / 3), math.sqrt(2 / 3)
    rz_p = np.array([[a, a, 0], [-a, a, 0], [0, 0, 1]])
    rx_p = np.array([[1, 0, 0], [0, b, c], [0, -c, b]])
    rx_m = np.array([[1, 0, 0], [0, b, -c], [0, c, b]])
    ry_p = np.array([[b, 0, c], [0, 1, 0], [-c, 0, b]])
    ry_m = np.array([[b, 0, -c], [0, 1, 0], [c, 0, b]])
    return np.array([ry_m @ rz_p, ry_p @ rz_p, rx_p @ rz_p, rx_m @ rz_p])


#: The class frames of the authors' scripts (rows x'', y'', z'' in the crystal frame), in the
#: class order of :data:`nvlib.groundstate.NV_AXES` (the scripts' z'' rows are the same axes
#: in the same order; checked at import).
SCRIPTS_FRAMES: NDArray[np.float64] = _scripts_frames()
SCRIPTS_FRAMES.setflags(write=False)
if not np.allclose(SCRIPTS_FRAMES[:, 2], gs.nv_frames()[:, 2], atol=1e-12):  # pragma: no cover
    raise RuntimeError("the scripts' class axes do not match nvlib.groundstate.NV_AXES")


def _strain_angles(frame: str) -> tuple[NDArray, NDArray]:
    """(cos 2 alpha, sin 2 alpha) of the strain axis x'' of each class from nvlib's x'."""
    nv = gs.nv_frames()
    if frame == "nvlib":
        return np.ones(4), np.zeros(4)
    x2 = SCRIPTS_FRAMES[:, 0]
    cx = np.einsum("ki,ki->k", x2, nv[:, 0])
    cy = np.einsum("ki,ki->k", x2, nv[:, 1])
    return cx ** 2 - cy ** 2, 2 * cx * cy


def class_hamiltonians(B: ArrayLike, model: "CRModel") -> NDArray[np.complex128]:
    r"""Hamiltonians of the four classes in their nvlib frames, rad/s, shape (..., 4, 3, 3).

    :math:`D S_{z'}^2 + \gamma (R_k\mathbf B)\cdot\mathbf S` plus the strain term of
    :attr:`CRModel.strain_operators` (the model's ``strain_frame``).
    """
    model = _check_model(model)
    B = as_vectors(B, "B")
    H = gs.class_hamiltonians(B, D=model.D, gamma=model.gamma, E=0.0)
    if model.strain_hz == 0.0:
        return H
    return H + model.strain_operators


def odmr_frequencies(B: ArrayLike, model: "CRModel") -> NDArray[np.float64]:
    """ODMR frequencies :math:`(\nu_-, \nu_+)` of the four classes, Hz, shape (..., 4, 2)."""
    e0, em, ep = gs.eigensystem(class_hamiltonians(B, model))
    return np.stack([np.abs(em - e0), np.abs(ep - e0)], axis=-1) / TWO_PI


def _unit(i: int, j: int) -> NDArray[np.complex128]:
    """The (3, 3) matrix unit :math:`|i\\rangle\\langle j|`."""
    m = np.zeros((3, 3), complex)
    m[i, j] = 1.0
    return m


# --------------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CRModel:
    r"""Parameters of the four-class NV model with cross-relaxation.

    Attributes
    ----------
    name : str
        Label used in plots and reports.
    pump_rate : float
        Optical pumping rate :math:`\Gamma_l` of each jump :math:`|0\rangle\langle\pm1|`, s^-1 (> 0).
    t1_base : float
        Phonon-limited :math:`T_1^0`, s (> 0): every T1 jump has at least the rate
        :math:`1/T_1^0`.
    t1_dd : float
        :math:`T_1^{dd}`, s (> 0): each resonant partner class (per branch) adds
        :math:`(1/T_1^{dd})\,f(\Delta)` to the class rate.
    width_hz : float
        Width of the CR resonance, Hz (> 0): :math:`\sigma` of the Gaussian
        :math:`e^{-\Delta^2/2\sigma^2}` or half width at half maximum :math:`w` of the Lorentzian
        :math:`1/(1+\Delta^2/w^2)`.
    lineshape : {"gaussian", "lorentzian"}
        The function :math:`f`.
    branches : tuple of {"minus", "plus"}
        Which ODMR branches count as resonances: ``("minus",)`` (the SI rule, :math:`\nu_-` only)
        or ``("minus", "plus")`` (the authors' code, each resonant partner counted twice).
    enhanced_jumps : {"single_quantum", "all"}
        Which T1 jumps get the class rate :math:`1/T_1^k`: the four single-quantum jumps
        :math:`|0\rangle\langle\pm1|, |\pm1\rangle\langle0|` only (SI; the double-quantum jumps
        :math:`|{\pm1}\rangle\langle{\mp1}|` stay at :math:`1/T_1^0`), or all six (code).
    strain_hz : float
        Transverse zero-field splitting :math:`E/2\pi`, Hz (finite; the authors' code uses 3 MHz).
    strain_frame : {"scripts", "nvlib"}
        The in-plane axis on which each class's :math:`E\,(S_{x''}^2 - S_{y''}^2)` acts (only
        matters when ``strain_hz != 0``). ``"scripts"``: the x'' rows of the class rotations
        ``Raller`` of the authors' scripts (``data/20200806/2-2/simu.py``; :data:`SCRIPTS_FRAMES`),
        a :math:`\langle11\bar2\rangle` axis for the [111] and [\bar1\bar11] classes and a
        :math:`\langle110\rangle` axis for the other two; ``"nvlib"``: the x' axes of
        :func:`nvlib.groundstate.nv_frames` for all four classes.
    D : float
        Zero-field splitting, rad/s (> 0), default :math:`2\pi\times2.87` GHz.
    gamma : float
        Electron gyromagnetic ratio, rad s^-1 T^-1 (> 0), default :data:`nvlib.constants.GAMMA_E`.

    Raises
    ------
    ValueError
        If a field is out of its allowed range; the message names the field.
    """

    name: str
    pump_rate: float
    t1_base: float
    t1_dd: float
    width_hz: float
    lineshape: Literal["gaussian", "lorentzian"] = "gaussian"
    branches: tuple[str, ...] = ("minus",)
    enhanced_jumps: Literal["single_quantum", "all"] = "single_quantum"
    strain_hz: float = 0.0
    strain_frame: Literal["scripts", "nvlib"] = "scripts"
    D: float = D_GS
    gamma: float = GAMMA_E

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ValueError(f"name must be a non-empty string; got {self.name!r}")
        for fname, unit in (("pump_rate", "s^-1"), ("t1_base", "s"), ("t1_dd", "s"),
                            ("width_hz", "Hz"), ("D", "rad/s"), ("gamma", "rad s^-1 T^-1")):
            val = getattr(self, fname)
            try:
                val = float(val)
            except (TypeError, ValueError):
                raise ValueError(f"{fname} must be a finite number > 0 ({unit}); got {val!r}") from None
            if not (math.isfinite(val) and val > 0):
                raise ValueError(f"{fname} must be a finite number > 0 ({unit}); got {val!r}")
            object.__setattr__(self, fname, val)
        try:
            strain = float(self.strain_hz)
        except (TypeError, ValueError):
            raise ValueError(f"strain_hz must be a finite number (Hz); got {self.strain_hz!r}") from None
        if not math.isfinite(strain):
            raise ValueError(f"strain_hz must be a finite number (Hz); got {self.strain_hz!r}")
        object.__setattr__(self, "strain_hz", strain)
        if self.strain_frame not in _STRAIN_FRAMES:
            raise ValueError(f"strain_frame must be one of {_STRAIN_FRAMES}; "
                             f"got {self.strain_frame!r}")
        if self.lineshape not in _LINESHAPES:
            raise ValueError(f"lineshape must be one of {_LINESHAPES}; got {self.lineshape!r}")
        if self.enhanced_jumps not in _ENHANCED:
            raise ValueError(f"enhanced_jumps must be one of {_ENHANCED}; got {self.enhanced_jumps!r}")
        branches = (self.branches,) if isinstance(self.branches, str) else tuple(self.branches)
        if (not branches or len(set(branches)) != len(branches)
                or any(b not in _BRANCH_INDEX for b in branches)):
            raise ValueError(
                "branches must be a non-empty tuple of distinct values from ('minus', 'plus'); "
                f"got {self.branches!r}")
        object.__setattr__(self, "branches", branches)

    @property
    def strain(self) -> float:
        """Strain term :math:`E` in rad/s (``2 pi strain_hz``)."""
        return TWO_PI * self.strain_hz

    @property
    def strain_operators(self) -> NDArray[np.float64]:
        r"""The strain term of each class in its nvlib frame, rad/s, shape (4, 3, 3).

        :math:`E\,(S_{x''}^2 - S_{y''}^2)` with x'', y'' the first two rows of the class frame
        of ``strain_frame``, written in the x', y' basis of :func:`nvlib.groundstate.nv_frames`:
        for x'' at angle :math:`\alpha` from x', :math:`E[\cos2\alpha\,(S_{x'}^2 - S_{y'}^2)
        + \sin2\alpha\,(S_{x'}S_{y'} + S_{y'}S_{x'})]`.
        """
        sx, sy, _ = gs.spin1_matrices()
        c2, s2 = _strain_angles(self.strain_frame)
        ops = (c2[:, None, None] * (sx @ sx - sy @ sy)
               + s2[:, None, None] * (sx @ sy + sy @ sx))
        return self.strain * ops

    @property
    def base_rate(self) -> float:
        """:math:`1/T_1^0`, s^-1."""
        return 1.0 / self.t1_base

    @property
    def dd_rate(self) -> float:
        """:math:`1/T_1^{dd}`, s^-1."""
        return 1.0 / self.t1_dd


#: The model variants. ``main`` is the book's model of Part I, used by every chapter and every
#: verdict; the others are shown as the "model range".
#:
#: Why ``main`` (reading ``cr-torque/main-model``): the paper's simulated curves (Figs 3,
#: 4(b-ii, c-ii), 11, 12(d, f)) were drawn by the authors' QuTiP scripts, published in their
#: repository [PelletMaryThese] (``data/20200806/1-2-1/simu.py``, ``data/20200806/2-2/simu.py``,
#: ``data/20200917/simu.py``). The model behind the figures is therefore the scripts' model,
#: all of it: their relaxation rule (``make_t1_list``), rates, and Hamiltonian, which includes a
#: strain E = 3 MHz acting in the scripts' own class frames (``Raller``, :data:`SCRIPTS_FRAMES`).
#: The supplement's prose (SM Sec. VI: Gaussian rule, Gamma_l = 2 pi x 10 kHz; SM I.A: strain
#: neglected) describes a different model, which the book shows as variants. An earlier version
#: of the book kept E = 0 because it believed the scripts left the strain axis open; they do not.
PRESETS: dict[str, CRModel] = {
    # The scripts exactly (make_t1_list, Hamiltonian_NV_propre_base, spin_3vx_4classes):
    # Lorentzian of HWHM 6 MHz on both branches, 1 kHz base rate + 1 kHz per resonant transition
    # on all six T1 jumps, Gamma_l = 5e3 s^-1, gamma_e = 2 pi x 2.8 MHz/G, E = 3 MHz in the
    # scripts' class frames.
    "main": CRModel(
        name="main", pump_rate=5e3, t1_base=1e-3, t1_dd=1e-3, width_hz=6e6,
        lineshape="lorentzian", branches=("minus", "plus"), enhanced_jumps="all",
        strain_hz=3e6, strain_frame="scripts", gamma=TWO_PI * 28e9),
    # The same model under the name of its source (kept for code that names the scripts).
    "authors_code": CRModel(
        name="authors_code", pump_rate=5e3, t1_base=1e-3, t1_dd=1e-3, width_hz=6e6,
        lineshape="lorentzian", branches=("minus", "plus"), enhanced_jumps="all",
        strain_hz=3e6, strain_frame="scripts", gamma=TWO_PI * 28e9),
    # The scripts' rule and rates with the paper's Hamiltonian (SM I.A neglects strain): E = 0.
    # Part I's main model before issue 16.
    "no_strain": CRModel(
        name="no_strain", pump_rate=5e3, t1_base=1e-3, t1_dd=1e-3, width_hz=6e6,
        lineshape="lorentzian", branches=("minus", "plus"), enhanced_jumps="all",
        strain_hz=0.0, gamma=TWO_PI * 28e9),
    # The scripts' E = 3 MHz on nvlib's x' axes instead of the scripts' frames (the alternative
    # of reading cr-torque/strain-frame; the book's authors_code before issue 16).
    "nvlib_frame": CRModel(
        name="nvlib_frame", pump_rate=5e3, t1_base=1e-3, t1_dd=1e-3, width_hz=6e6,
        lineshape="lorentzian", branches=("minus", "plus"), enhanced_jumps="all",
        strain_hz=3e6, strain_frame="nvlib", gamma=TWO_PI * 28e9),
    # Supplement Sec. VI: Gaussian sigma_dd = 6 MHz on nu_- only, single-quantum jumps only,
    # T1^0 = 1.03 ms, T1^dd = 0.38 ms, no strain. Gamma_l as in the scripts (the SI's own
    # 2 pi x 10 kHz is a further variant, pump_rate=2*np.pi*1e4).
    "si_text": CRModel(
        name="si_text", pump_rate=5e3, t1_base=1.03e-3, t1_dd=0.38e-3, width_hz=6e6,
        lineshape="gaussian", branches=("minus",), enhanced_jumps="single_quantum",
        strain_hz=0.0),
}
#: Name of the main model of Part I (see :data:`PRESETS`).
MAIN: str = "main"


def preset(name: str, **overrides) -> CRModel:
    """A copy of ``PRESETS[name]`` with some fields replaced.

    Parameters
    ----------
    name : {"main", "authors_code", "no_strain", "nvlib_frame", "si_text"}
        The preset.
    **overrides
        Fields of :class:`CRModel` to replace (validated again), e.g. ``pump_rate=2*np.pi*1e4``.

    Raises
    ------
    ValueError
        Unknown preset name, unknown field name, or invalid value.
    """
    if name not in PRESETS:
        raise ValueError(f"name must be one of {sorted(PRESETS)}; got {name!r}")
    known = {f.name for f in dataclasses.fields(CRModel)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ValueError(f"overrides must be CRModel fields {sorted(known)}; got {unknown}")
    return dataclasses.replace(PRESETS[name], **overrides)


def _check_model(model) -> CRModel:
    if not isinstance(model, CRModel):
        raise ValueError(f"model must be a CRModel (see preset()); got {type(model).__name__}")
    return model


# --------------------------------------------------------------------------------------------
# Rates and dissipators
# --------------------------------------------------------------------------------------------


def _nu(B: NDArray, model: CRModel) -> NDArray:
    """ODMR frequencies (Hz), shape (..., 4, 2)."""
    return odmr_frequencies(B, model)


def _rates_from_nu(nu: NDArray, model: CRModel) -> NDArray:
    """Class rates (s^-1), shape (..., 4), from ODMR frequencies (..., 4, 2)."""
    rates = np.full(nu.shape[:-1], model.base_rate)
    for b in model.branches:
        v = nu[..., _BRANCH_INDEX[b]]
        delta = v[..., :, None] - v[..., None, :]          # (..., 4, 4), nu_i - nu_j
        x = (delta / model.width_hz) ** 2
        f = np.exp(-0.5 * x) if model.lineshape == "gaussian" else 1.0 / (1.0 + x)
        f = f * (1.0 - np.eye(4))                           # j != i
        rates = rates + model.dd_rate * f.sum(axis=-1)
    return rates


def relaxation_rates(B: ArrayLike, model: CRModel, *, cr: bool = True) -> NDArray[np.float64]:
    r"""Class relaxation rates :math:`1/T_1^k`, s^-1.

    .. math::

        \frac{1}{T_1^{k}} = \frac{1}{T_1^{0}} + \sum_{j\neq k}\sum_{b}
        \frac{1}{T_1^{dd}}\, f\big(\nu^b_k - \nu^b_j\big),

    with :math:`f` the model's lineshape (Gaussian :math:`e^{-\Delta^2/2\sigma^2}` or Lorentzian
    :math:`1/(1+\Delta^2/w^2)`), the sum over the model's ``branches`` (same branch for both
    classes) and :math:`\nu` from :func:`nvlib.groundstate.odmr_frequencies` (Hz).

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : CRModel
        Parameters.
    cr : bool, default True
        Without cross-relaxation (``False``) every class has :math:`1/T_1^0`.

    Returns
    -------
    ndarray, shape (..., 4)
        Rates in s^-1, classes in the order of :data:`nvlib.groundstate.NV_AXES`.
    """
    model = _check_model(model)
    B = as_vectors(B, "B")
    if not cr:
        return np.full(B.shape[:-1] + (4,), model.base_rate)
    return _rates_from_nu(_nu(B, model), model)


def collapse_operators(rates: ArrayLike, model: CRModel, *,
                       merge: bool = False) -> list[NDArray[np.complex128]]:
    r"""Lindblad jump operators of the four classes, each of shape (..., 4, 3, 3).

    Optical pumping :math:`\sqrt{\Gamma_l}\,|0\rangle\langle\pm1|` (2 operators) and T1 jumps
    :math:`\sqrt{\Gamma_{ij}}\,|i\rangle\langle j|` for the six ordered pairs :math:`i\neq j`
    of :math:`\{+1, 0, -1\}` (in this order: :math:`|0\rangle\langle{+1}|, |{+1}\rangle\langle0|,
    |0\rangle\langle{-1}|, |{-1}\rangle\langle0|, |{+1}\rangle\langle{-1}|,
    |{-1}\rangle\langle{+1}|`). :math:`\Gamma_{ij} = 1/T_1^k` (the class rate, ``rates``) for the
    enhanced jumps and :math:`1/T_1^0` for the double-quantum jumps when
    ``model.enhanced_jumps == "single_quantum"``. Each jump has rate :math:`1/T_1^k` (authors'
    convention; the population relaxation rate is then :math:`3/T_1^k`, see module notes).

    Parameters
    ----------
    rates : array_like, shape (..., 4)
        Class rates :math:`1/T_1^k`, s^-1 (>= 0), e.g. from :func:`relaxation_rates`.
    model : CRModel
        Supplies :math:`\Gamma_l`, :math:`1/T_1^0` and the jump rule.
    merge : bool, default False
        Merge each pumping operator with the T1 jump of the same form, using
        :math:`\mathcal D[\sqrt a L] + \mathcal D[\sqrt b L] = \mathcal D[\sqrt{a+b}\,L]`
        (6 operators instead of 8; same dynamics, faster solves).

    Returns
    -------
    list of ndarray
        8 (or 6 with ``merge``) complex arrays of shape (..., 4, 3, 3), units
        :math:`\sqrt{\mathrm{s}^{-1}}`. Operators that do not depend on the class rate are
        read-only broadcast views.
    """
    model = _check_model(model)
    rates = as_finite(rates, "rates")
    if rates.ndim == 0 or rates.shape[-1] != 4:
        raise ValueError(f"rates must have shape (..., 4); got shape {rates.shape}")
    if np.any(rates < 0):
        raise ValueError(f"rates must be >= 0 s^-1; got min {rates.min()!r}")
    shape = rates.shape + (3, 3)
    pump = math.sqrt(model.pump_rate)
    ops: list[NDArray] = []
    if not merge:
        ops += [np.broadcast_to(pump * _unit(_Z, _P), shape),
                np.broadcast_to(pump * _unit(_Z, _M), shape)]
    for (i, j), sq in zip(_T1_JUMPS, _SINGLE_QUANTUM):
        enhanced = sq or model.enhanced_jumps == "all"
        pumped = merge and i == _Z
        if enhanced:
            r = rates + model.pump_rate if pumped else rates
            ops.append(np.sqrt(r)[..., None, None] * _unit(i, j))
        else:
            r = model.base_rate + (model.pump_rate if pumped else 0.0)
            ops.append(np.broadcast_to(math.sqrt(r) * _unit(i, j), shape))
    return ops


def population_relaxation_time(rates: ArrayLike, model: CRModel) -> NDArray[np.float64]:
    r"""The model's own dark relaxation time of :math:`\rho_{00}` for given class rates, s.

    In the dark (no pumping, Hamiltonian mixing of the :math:`S_z` states neglected, an
    :math:`O((\gamma B/D)^2)` effect) the populations :math:`\mathbf p = (p_+, p_0, p_-)` obey
    :math:`\dot{\mathbf p} = G\,\mathbf p`, with :math:`G_{ij} = \Gamma_{ij}` the rate of the
    jump :math:`|i\rangle\langle j|` of :func:`collapse_operators` and
    :math:`G_{jj} = -\sum_{i\neq j}\Gamma_{ij}`. Starting polarised in :math:`|0\rangle` (the
    protocol of SM Sec. III), this returns the mean relaxation time

    .. math::

        \tau = \int_0^\infty \frac{p_0(t) - p_0(\infty)}{p_0(0) - p_0(\infty)}\,dt ,

    computed from the eigen-decomposition of :math:`G`. When the single-quantum jumps share one
    rate :math:`\Gamma` (both presets), :math:`\dot p_0 = \Gamma(1 - 3p_0)` and
    :math:`\tau = 1/(3\Gamma)` exactly: the factor 3 between the class rate and the decay of
    the populations.

    Parameters
    ----------
    rates : array_like, shape (..., 4)
        Class rates :math:`1/T_1^k`, s^-1 (> 0), e.g. from :func:`relaxation_rates`.
    model : CRModel
        Supplies the jump rule (which jumps carry the class rate) and :math:`1/T_1^0`.

    Returns
    -------
    ndarray, shape (..., 4)
        :math:`\tau` of each class, s.

    Raises
    ------
    ValueError
        ``rates`` not of shape (..., 4), not finite, or not > 0.
    """
    model = _check_model(model)
    r = as_finite(rates, "rates")
    if r.ndim == 0 or r.shape[-1] != 4:
        raise ValueError(f"rates must have shape (..., 4); got shape {r.shape}")
    if np.any(r <= 0):
        raise ValueError(f"rates must be > 0 s^-1; got min {r.min()!r}")
    ops = collapse_operators(r, model)[2:]               # the six T1 jumps, no pumping
    W = sum(np.abs(L) ** 2 for L in ops)                 # W[..., i, j]: rate of j -> i
    G = W - np.eye(3) * W.sum(axis=-2)[..., None, :]
    lam, V = np.linalg.eig(G)
    p_init = np.array([0.0, 1.0, 0.0])
    c = np.linalg.solve(V, np.broadcast_to(p_init, G.shape[:-1])[..., None])[..., 0]
    amp = (V[..., 1, :] * c).real                       # p0(t) = sum_k amp_k exp(lam_k t)
    lam = lam.real
    decaying = lam < -1e-12 * np.abs(lam).max(axis=-1, keepdims=True)
    a = np.where(decaying, amp, 0.0)
    return np.sum(a / np.where(decaying, -lam, 1.0), axis=-1) / np.sum(a, axis=-1)


# --------------------------------------------------------------------------------------------
# Steady states and observables
# --------------------------------------------------------------------------------------------


def _solve_rho(B: NDArray, rates: NDArray, model: CRModel) -> NDArray:
    """Steady states (..., 4, 3, 3) for validated fields and class rates: one batched call."""
    H = class_hamiltonians(B, model)
    return lindblad.steady_state(H, collapse_operators(rates, model, merge=True), check=False)


def steady_states(B: ArrayLike, model: CRModel, *, cr: bool = True) -> NDArray[np.complex128]:
    r"""Steady-state density matrices of the four classes, each in its own NV frame.

    Solves :math:`\mathcal L_k\rho_k = 0`, :math:`\mathrm{Tr}\rho_k = 1` (module equations) for all
    fields and classes in one call of :func:`nvlib.lindblad.steady_state`.

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : CRModel
        Parameters.
    cr : bool, default True
        Include cross-relaxation in the class rates.

    Returns
    -------
    ndarray, shape (..., 4, 3, 3), complex
        :math:`\rho_k` in the basis :math:`(|{+1}\rangle,|0\rangle,|{-1}\rangle)` of class k's frame.
    """
    model = _check_model(model)
    B = as_vectors(B, "B")
    return _solve_rho(B, relaxation_rates(B, model, cr=cr), model)


def _check_rho(rho: ArrayLike) -> NDArray:
    rho = np.asarray(rho)
    if rho.ndim < 3 or rho.shape[-3:] != (4, 3, 3):
        raise ValueError(f"rho must have shape (..., 4, 3, 3); got shape {rho.shape}")
    if not np.all(np.isfinite(rho)):
        raise ValueError("rho must be finite (got NaN or infinity)")
    return rho


def _spin_local(rho: NDArray) -> NDArray:
    sx, sy, sz = gs.spin1_matrices()
    return np.einsum("...ij,aji->...a", rho, np.stack([sx, sy, sz])).real


def spin_vectors(rho: ArrayLike) -> NDArray[np.float64]:
    r"""Mean spin of each class in the crystal frame, units of :math:`\hbar`.

    .. math:: \langle\mathbf S\rangle_k = R_k^T\,\mathrm{Tr}(\rho_k\,\mathbf S_\text{local}).

    Parameters
    ----------
    rho : array_like, shape (..., 4, 3, 3)
        Class density matrices in their NV frames (from :func:`steady_states`).

    Returns
    -------
    ndarray, shape (..., 4, 3)
    """
    rho = _check_rho(rho)
    return np.einsum("kji,...kj->...ki", gs.nv_frames(), _spin_local(rho))


def photoluminescence(rho: ArrayLike) -> NDArray[np.float64]:
    r"""Class-averaged :math:`|0\rangle` population :math:`\tfrac14\sum_k\rho_{k,00}` (PL proxy).

    Parameters
    ----------
    rho : array_like, shape (..., 4, 3, 3)

    Returns
    -------
    ndarray, shape (...), dimensionless in [0, 1].
    """
    rho = _check_rho(rho)
    return rho[..., :, _Z, _Z].real.mean(axis=-1)


def _torque_from_spin(spin: NDArray, B: NDArray, gamma: float) -> NDArray:
    """Physical per-class torque -hbar gamma <S>_k x B (N m), shape (..., 4, 3)."""
    return -HBAR * gamma * np.cross(spin, B[..., None, :])


@dataclass(frozen=True)
class SteadyState:
    r"""Everything one solve gives, for fields of batch shape ``(...)``.

    Attributes
    ----------
    B : ndarray, shape (..., 3)
        Crystal-frame field, tesla.
    rates : ndarray, shape (..., 4)
        Class rates :math:`1/T_1^k`, s^-1.
    rho : ndarray, shape (..., 4, 3, 3)
        Class density matrices in their NV frames.
    spin : ndarray, shape (..., 4, 3)
        :math:`\langle\mathbf S\rangle_k` in the crystal frame, units of :math:`\hbar`.
    pl : ndarray, shape (...)
        Class-averaged :math:`\rho_{00}`.
    nu : ndarray, shape (..., 4, 2)
        ODMR frequencies :math:`(\nu_-, \nu_+)` of each class, Hz.
    torque_per_spin_class : ndarray, shape (..., 4, 3)
        Torque of one spin of each class, :math:`-\hbar\gamma_e\langle\mathbf S\rangle_k\times\mathbf B`, N m.
    """

    B: NDArray
    rates: NDArray
    rho: NDArray
    spin: NDArray
    pl: NDArray
    nu: NDArray
    torque_per_spin_class: NDArray

    @property
    def torque(self) -> NDArray:
        """Total torque for one spin per class (4 spins), N m, shape (..., 3)."""
        return self.torque_per_spin_class.sum(axis=-2)

    @property
    def population(self) -> NDArray:
        r"""Populations :math:`(p_{+1}, p_0, p_{-1})` of each class, shape (..., 4, 3)."""
        return np.diagonal(self.rho, axis1=-2, axis2=-1).real


def solve(B: ArrayLike, model: CRModel, *, cr: bool = True) -> SteadyState:
    """Solve the four-class model once and return all observables (see :class:`SteadyState`).

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : CRModel
        Parameters.
    cr : bool, default True
        Include cross-relaxation.
    """
    model = _check_model(model)
    B = as_vectors(B, "B")
    nu = _nu(B, model)
    rates = _rates_from_nu(nu, model) if cr else np.full(B.shape[:-1] + (4,), model.base_rate)
    rho = _solve_rho(B, rates, model)
    spin = spin_vectors(rho)
    return SteadyState(B=B, rates=rates, rho=rho, spin=spin, pl=photoluminescence(rho), nu=nu,
                       torque_per_spin_class=_torque_from_spin(spin, B, model.gamma))


def class_torques(B: ArrayLike, model: CRModel, *, cr: bool = True) -> NDArray[np.float64]:
    r"""Torque of one spin of each class, :math:`-\hbar\gamma_e\langle\mathbf S\rangle_k\times\mathbf B`.

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : CRModel
    cr : bool, default True

    Returns
    -------
    ndarray, shape (..., 4, 3)
        N m (sign: :data:`SIGN_NOTE`).
    """
    model = _check_model(model)
    B = as_vectors(B, "B")
    spin = spin_vectors(steady_states(B, model, cr=cr))
    return _torque_from_spin(spin, B, model.gamma)


def torque(B: ArrayLike, model: CRModel, *, cr: bool = True,
           spins_per_class: float = 1.0) -> NDArray[np.float64]:
    r"""Total spin torque on the crystal,

    .. math::

        \boldsymbol\Gamma = -N\,\hbar\gamma_e\sum_{k=1}^{4}\langle\mathbf S\rangle_k\times\mathbf B ,

    with :math:`N` = ``spins_per_class``. The physical sign :math:`\boldsymbol\mu\times\mathbf B`,
    :math:`\boldsymbol\mu = -\hbar\gamma_e\langle\mathbf S\rangle`, is used; the authors' code
    uses :math:`+\hbar\gamma_e\langle\mathbf S\rangle\times\mathbf B` (:data:`SIGN_NOTE`).

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla.
    model : CRModel
    cr : bool, default True
        Include cross-relaxation.
    spins_per_class : float, default 1
        Number of NV centres per class :math:`N` (the paper: :math:`N_0/4 = 2.5\times10^8`).

    Returns
    -------
    ndarray, shape (..., 3)
        N m, crystal frame.
    """
    n = float(as_finite(spins_per_class, "spins_per_class"))
    if n < 0:
        raise ValueError(f"spins_per_class must be >= 0; got {n}")
    return n * class_torques(B, model, cr=cr).sum(axis=-2)


# --------------------------------------------------------------------------------------------
# Maps over the sphere (Fig 3)
# --------------------------------------------------------------------------------------------

_COMPONENTS = (None, "amplitude", "x", "y", "z")

#: C4 rotation about z (x -> y) and C2 rotation about x, the generators of D4 used to fill maps.
_C4Z = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
_C2X = np.diag([1.0, -1.0, -1.0])
#: C2 about [001] and C2 about [110], the generators of the D2 used when C4z is broken.
_C2Z = np.diag([-1.0, -1.0, 1.0])
_C2XY = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, -1.0]])


@dataclass(frozen=True)
class TorqueMap:
    r"""Torque over the sphere of field directions at fixed :math:`|\mathbf B|`.

    Attributes
    ----------
    theta : ndarray, shape (n_theta,)
        Polar angle of B from [001], rad, on ``linspace(0, pi, n_theta)``.
    phi : ndarray, shape (n_phi,)
        Azimuth of B from [100], rad, on ``linspace(0, 2 pi, n_phi)``.
    torque : ndarray, shape (n_theta, n_phi, 3)
        Total torque for one spin per class (4 spins), N m, crystal frame.
    magnitude : float
        :math:`|\mathbf B|`, tesla.
    model : CRModel
    cr : bool
    component : {None, "amplitude", "x", "y", "z"}
        What :attr:`values` returns (None = amplitude).
    method : {"symmetry", "brute"}
        How the map was computed.
    """

    theta: NDArray
    phi: NDArray
    torque: NDArray
    magnitude: float
    model: CRModel
    cr: bool
    component: str | None = None
    method: str = "symmetry"

    @property
    def amplitude(self) -> NDArray:
        r""":math:`|\boldsymbol\Gamma|`, N m, shape (n_theta, n_phi)."""
        return np.linalg.norm(self.torque, axis=-1)

    @property
    def values(self) -> NDArray:
        """The selected component (``component``), N m, shape (n_theta, n_phi)."""
        if self.component in (None, "amplitude"):
            return self.amplitude
        return self.torque[..., "xyz".index(self.component)]

    @property
    def fields(self) -> NDArray:
        """The field grid, tesla, shape (n_theta, n_phi, 3)."""
        return gs.field_from_angles(self.magnitude, self.theta[:, None], self.phi[None, :])

    def argmax(self) -> tuple[float, float, float]:
        """(theta, phi, amplitude) of the largest amplitude (first occurrence), radians and N m."""
        amp = self.amplitude
        i, j = np.unravel_index(np.argmax(amp), amp.shape)
        return float(self.theta[i]), float(self.phi[j]), float(amp[i, j])


def _total_torque_chunked(B: NDArray, model: CRModel, cr: bool, progress: bool,
                          desc: str) -> NDArray:
    """Total 4-class torque (N m) for a flat (n, 3) array of fields, in chunks."""
    n = B.shape[0]
    out = np.empty((n, 3))
    starts = range(0, n, _CHUNK)
    if progress:
        from tqdm.auto import tqdm
        starts = tqdm(starts, total=-(-n // _CHUNK), desc=desc, unit="chunk")
    for s in starts:
        b = B[s:s + _CHUNK]
        rates = relaxation_rates(b, model, cr=cr)
        spin = spin_vectors(_solve_rho(b, rates, model))
        out[s:s + _CHUNK] = _torque_from_spin(spin, b, model.gamma).sum(axis=-2)
    return out


def _strain_tensors(model: CRModel) -> NDArray:
    """Crystal-frame strain tensors of the four classes (shape (4, 3, 3), units of E)."""
    nv = gs.nv_frames()
    c2, s2 = _strain_angles(model.strain_frame)
    x, y = nv[:, 0], nv[:, 1]
    xx = np.einsum("ki,kj->kij", x, x) - np.einsum("ki,kj->kij", y, y)
    xy = np.einsum("ki,kj->kij", x, y) + np.einsum("ki,kj->kij", y, x)
    return c2[:, None, None] * xx + s2[:, None, None] * xy


def _covariant(model: CRModel, R: NDArray) -> bool:
    r"""Whether the rotation R maps the model's four classes onto each other.

    For each class k there must be a class m with :math:`R\mathbf n_k = \pm\mathbf n_m` and, when
    :math:`E
eq0`, :math:`R\,Q_k R^T = Q_m` for the crystal-frame strain tensors
    :math:`Q_k = \cos2lpha_k(\hat x\hat x - \hat y\hat y) + \sin2lpha_k(\hat x\hat y + \hat y\hat x)`
    of the model's ``strain_frame``. Then :math:`oldsymbol\Gamma(R\mathbf B) = Roldsymbol\Gamma(\mathbf B)`.
    """
    frames = gs.nv_frames()
    Q = _strain_tensors(model)
    for k in range(4):
        z = R @ frames[k, 2]
        m = int(np.argmax(np.abs(frames[:, 2] @ z)))
        if not np.isclose(abs(frames[m, 2] @ z), 1.0, atol=1e-12):
            return False
        if model.strain_hz != 0.0 and not np.allclose(R @ Q[k] @ R.T, Q[m], atol=1e-12):
            return False
    return True


def _d4_covariant(model: CRModel) -> bool:
    """Whether C4z and C2x (generators of D4 about [001]) are symmetries of the model."""
    return _covariant(model, _C4Z) and _covariant(model, _C2X)


def _d2_covariant(model: CRModel) -> bool:
    """Whether C2z and C2 about [110] (generators of a D2) are symmetries of the model.

    True for the scripts' class frames (:data:`SCRIPTS_FRAMES`) with E != 0, which break C4z.
    """
    return _covariant(model, _C2Z) and _covariant(model, _C2XY)


def torque_map(magnitude: float, n_theta: int, n_phi: int, model: CRModel, *, cr: bool = True,
               component: str | None = None, progress: bool = False,
               method: Literal["auto", "symmetry", "brute"] = "auto") -> TorqueMap:
    r"""Torque (4 spins, one per class) over all field directions at fixed :math:`|\mathbf B|` (Fig 3).

    Grid: :math:`\theta_i = i\pi/(n_\theta-1)` from [001], :math:`\phi_j = 2\pi j/(n_\phi-1)` from
    [100], :math:`\mathbf B = |\mathbf B|(\sin\theta\cos\phi, \sin\theta\sin\phi, \cos\theta)`.
    The book uses 0.5° (361 x 721): the CR ridges are only ~0.8° wide at 100 G.

    Symmetry path (``method="symmetry"``): the model is exactly covariant under the proper cube
    rotations, :math:`\boldsymbol\Gamma(R\mathbf B) = R\,\boldsymbol\Gamma(\mathbf B)`. Only the
    octant :math:`\theta\in[0,\pi/2]`, :math:`\phi\in[0,\pi/2]` (grid points included) is
    solved; the 4-fold rotation about [001] fills the upper hemisphere
    (:math:`\phi\to\phi+\pi/2`, :math:`\boldsymbol\Gamma\to C_{4z}\boldsymbol\Gamma`) and the
    2-fold rotation about [100] the lower one (:math:`(\theta,\phi)\to(\pi-\theta,-\phi)`,
    :math:`\boldsymbol\Gamma\to C_{2x}\boldsymbol\Gamma`). Both are exact grid permutations iff
    :math:`(n_\phi-1)` is divisible by 4 (any :math:`n_\theta`). Mirrors are *not* used: they
    hold only to :math:`O(\Gamma/D)` (module notes). With :math:`E\neq0` on the x' axes of
    :func:`nvlib.groundstate.nv_frames` these two rotations still map the classes (and their
    strain tensors) onto each other. With the scripts' class frames they do not; then the
    D\ :sub:`2` path is used: the quarter :math:`\theta\in[0,\pi/2]`, :math:`\phi\in[0,\pi]`
    is solved, C\ :sub:`2z` (:math:`\phi\to\phi+\pi`) fills the upper hemisphere and the
    two-fold rotation about [110] (:math:`(\theta,\phi)\to(\pi-\theta,\pi/2-\phi)`) the lower
    one. Which group holds is checked at run time (``_covariant``); otherwise brute force.

    Parameters
    ----------
    magnitude : float
        :math:`|\mathbf B|`, tesla (> 0).
    n_theta, n_phi : int
        Grid sizes, >= 2 (>= 5 for ``n_phi`` on the symmetry path).
    model : CRModel
    cr : bool, default True
        Include cross-relaxation.
    component : {None, "amplitude", "x", "y", "z"}
        Stored in the result; selects :attr:`TorqueMap.values`.
    progress : bool, default False
        Show a tqdm progress bar (the batch is solved in chunks).
    method : {"auto", "symmetry", "brute"}
        ``"auto"``: symmetry path if ``(n_phi - 1) % 4 == 0``, otherwise brute force over every
        grid point with a ``UserWarning`` (8x slower). ``"symmetry"``: raise ``ValueError`` if the
        grid is not compatible. ``"brute"``: solve every grid point (reference).

    Returns
    -------
    TorqueMap
    """
    model = _check_model(model)
    mag = float(as_finite(magnitude, "magnitude"))
    if mag <= 0:
        raise ValueError(f"magnitude must be > 0 (tesla); got {mag}")
    for name, n in (("n_theta", n_theta), ("n_phi", n_phi)):
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
            raise ValueError(f"{name} must be an integer >= 2; got {n!r}")
    n_theta, n_phi = int(n_theta), int(n_phi)
    if component not in _COMPONENTS:
        raise ValueError(f"component must be one of {_COMPONENTS}; got {component!r}")
    if method not in ("auto", "symmetry", "brute"):
        raise ValueError(f"method must be 'auto', 'symmetry' or 'brute'; got {method!r}")

    grid_ok = (n_phi - 1) % 4 == 0
    if method == "symmetry" and not grid_ok:
        raise ValueError(f"n_phi - 1 must be divisible by 4 for method='symmetry' "
                         f"(phi = pi/2 must be a grid point); got n_phi = {n_phi}")
    use_sym = method != "brute" and grid_ok
    if method == "auto" and not grid_ok:
        warnings.warn(f"torque_map: n_phi - 1 = {n_phi - 1} is not divisible by 4; "
                      "solving every grid point (8x slower)", UserWarning, stacklevel=2)
    group = None
    if use_sym:
        group = "d4" if _d4_covariant(model) else ("d2" if _d2_covariant(model) else None)
    if use_sym and group is None:  # pragma: no cover - no preset lacks both groups
        if method == "symmetry":
            raise ValueError("method='symmetry' needs class frames covariant under C4z and C2x "
                             "or under C2z and C2[110] when strain_hz != 0")
        warnings.warn("torque_map: class frames not covariant under D4 or D2 with E != 0; "
                      "brute force", UserWarning, stacklevel=2)
        use_sym = False

    theta = np.linspace(0.0, np.pi, n_theta)
    phi = np.linspace(0.0, TWO_PI, n_phi)
    desc = f"torque map ({model.name}, cr={cr})"
    if not use_sym:
        B = gs.field_from_angles(mag, theta[:, None], phi[None, :]).reshape(-1, 3)
        T = _total_torque_chunked(B, model, cr, progress, desc).reshape(n_theta, n_phi, 3)
        return TorqueMap(theta, phi, T, mag, model, bool(cr), component, "brute")

    q = (n_phi - 1) // 4
    nu_rows = (n_theta + 1) // 2
    if group == "d2":
        # Solve theta <= pi/2, phi in [0, pi]; C2z: phi_j -> phi_{j + 2q}; C2[110]:
        # (theta_i, phi_j) -> (theta_{n-1-i}, phi_{(q - j) mod 4q}), Gamma -> C2[110] Gamma.
        B = gs.field_from_angles(mag, theta[:nu_rows, None], phi[None, :2 * q + 1]).reshape(-1, 3)
        W = _total_torque_chunked(B, model, cr, progress, desc).reshape(nu_rows, 2 * q + 1, 3)
        T = np.empty((n_theta, n_phi, 3))
        T[:nu_rows, :2 * q + 1] = W
        T[:nu_rows, 2 * q + 1:] = W[:, 1:] @ _C2Z.T
        lower = np.arange(nu_rows, n_theta)
        src_j = np.mod(q - np.arange(n_phi), 4 * q)
        T[lower] = T[(n_theta - 1 - lower)[:, None], src_j[None, :]] @ _C2XY.T
        return TorqueMap(theta, phi, T, mag, model, bool(cr), component, "symmetry")

    nu_rows = (n_theta + 1) // 2                        # rows 0 .. nu_rows-1 cover theta <= pi/2
    B = gs.field_from_angles(mag, theta[:nu_rows, None], phi[None, :q + 1]).reshape(-1, 3)
    W = _total_torque_chunked(B, model, cr, progress, desc).reshape(nu_rows, q + 1, 3)

    T = np.empty((n_theta, n_phi, 3))
    T[:nu_rows, :q + 1] = W
    Wr = W
    for r in range(1, 4):                               # C4z^r: phi_j -> phi_{j + r q}
        Wr = Wr @ _C4Z.T
        T[:nu_rows, r * q + 1:(r + 1) * q + 1] = Wr[:, 1:]
    # C2x: (theta_i, phi_j) -> (theta_{n-1-i}, phi_{n_phi-1-j}); Gamma -> C2x Gamma.
    lower = np.arange(nu_rows, n_theta)
    src_i = n_theta - 1 - lower
    T[lower] = T[src_i][:, ::-1] @ _C2X.T
    return TorqueMap(theta, phi, T, mag, model, bool(cr), component, "symmetry")


# --------------------------------------------------------------------------------------------
# One class (Fig 11) and the perturbative formula
# --------------------------------------------------------------------------------------------


def class_frame_field(magnitude: ArrayLike, theta: ArrayLike, *, axis_index: int = 0,
                      azimuth: ArrayLike = 0.0) -> NDArray[np.float64]:
    r"""Crystal-frame field at polar angle ``theta`` from NV axis ``axis_index``.

    .. math:: \mathbf B = |\mathbf B|\,R_k^T(\sin\theta\cos\varphi, \sin\theta\sin\varphi, \cos\theta),

    i.e. :math:`\theta` measured from :math:`z' = \mathbf n_k` and the azimuth :math:`\varphi`
    from x' of :func:`nvlib.groundstate.nv_frames`. With :math:`\varphi = 0` and
    :math:`\theta\in[0, 2\pi]` the field turns in the x'z' plane (Fig 11).

    Parameters
    ----------
    magnitude : array_like
        :math:`|\mathbf B|` (tesla; the result has the same unit).
    theta, azimuth : array_like
        Angles in radians; broadcast with ``magnitude``.
    axis_index : int
        NV class 0..3 (order of :data:`nvlib.groundstate.NV_AXES`).

    Returns
    -------
    ndarray, shape (..., 3)
    """
    k = _check_axis(axis_index)
    b_loc = gs.field_from_angles(magnitude, theta, azimuth)
    return b_loc @ gs.nv_frames()[k]


def _check_axis(axis_index) -> int:
    if isinstance(axis_index, bool) or not isinstance(axis_index, (int, np.integer)) \
            or not 0 <= axis_index <= 3:
        raise ValueError(f"axis_index must be an integer in [0, 3]; got {axis_index!r}")
    return int(axis_index)


@dataclass(frozen=True)
class SingleClass:
    r"""Steady state of ONE NV (one class, no partner, rate :math:`1/T_1^0`), Fig 11.

    Attributes
    ----------
    rho : ndarray, shape (..., 3, 3)
        Density matrix in the NV frame.
    spin_local : ndarray, shape (..., 3)
        :math:`(\langle S_{x'}\rangle, \langle S_{y'}\rangle, \langle S_{z'}\rangle)`, units of
        :math:`\hbar`. For fields from :func:`class_frame_field` with azimuth 0, ``spin_local[...,0]``
        is the signed transverse spin of Fig 11b.
    spin : ndarray, shape (..., 3)
        :math:`\langle\mathbf S\rangle` in the crystal frame.
    spin_parallel : ndarray, shape (...)
        :math:`\langle\mathbf S\rangle\cdot\mathbf n_k` (S∥, Fig 11b dashed).
    spin_perp : ndarray, shape (...)
        :math:`\langle\mathbf S\rangle\cdot\hat{\mathbf B}_\perp`, component along the transverse
        field direction (negative: the spin is antiparallel to :math:`\mathbf B_\perp`, i.e.
        :math:`\boldsymbol\mu` parallel, paramagnetic). 0 when :math:`\mathbf B\parallel\mathbf n_k`.
    torque : ndarray, shape (..., 3)
        :math:`-\hbar\gamma_e\langle\mathbf S\rangle\times\mathbf B`, N m.
    """

    rho: NDArray
    spin_local: NDArray
    spin: NDArray
    spin_parallel: NDArray
    spin_perp: NDArray
    torque: NDArray

    @property
    def amplitude(self) -> NDArray:
        """Torque amplitude, N m (Fig 11c, d)."""
        return np.linalg.norm(self.torque, axis=-1)


def single_class_torque(B: ArrayLike, model: CRModel, axis_index: int = 0) -> SingleClass:
    r"""Torque and spin of one NV of class ``axis_index`` alone (Fig 11 b, c, d).

    A single class has no resonant partner, so its T1 jumps have the base rate
    :math:`1/T_1^0` (the model's jump rule still applies).

    Parameters
    ----------
    B : array_like, shape (..., 3)
        Crystal-frame field, tesla (use :func:`class_frame_field` for angles from the NV axis).
    model : CRModel
    axis_index : int, default 0
        The class, 0..3.

    Returns
    -------
    SingleClass
    """
    model = _check_model(model)
    k = _check_axis(axis_index)
    B = as_vectors(B, "B")
    R = gs.nv_frames()[k]
    b_loc = B @ R.T
    H = gs.hamiltonian(b_loc, D=model.D, gamma=model.gamma, E=0.0) + model.strain_operators[k]
    rates = np.full(B.shape[:-1] + (4,), model.base_rate)
    ops = [c[..., k, :, :] for c in collapse_operators(rates, model, merge=True)]
    rho = lindblad.steady_state(H, ops, check=False)
    sx, sy, sz = gs.spin1_matrices()
    s_loc = np.einsum("...ij,aji->...a", rho, np.stack([sx, sy, sz])).real
    s = s_loc @ R
    b_perp = b_loc.copy()
    b_perp[..., 2] = 0.0
    nperp = np.linalg.norm(b_perp, axis=-1)
    s_perp = np.where(nperp > 0, (s_loc * b_perp).sum(-1) / np.where(nperp > 0, nperp, 1.0), 0.0)
    return SingleClass(rho=rho, spin_local=s_loc, spin=s, spin_parallel=s_loc[..., 2],
                       spin_perp=s_perp, torque=-HBAR * model.gamma * np.cross(s, B))


def perturbative_torque(B_magnitude: ArrayLike, theta: ArrayLike, *, D: float = D_GS,
                        gamma: float = GAMMA_E) -> NDArray[np.float64]:
    r"""Torque of one fully polarised NV to second order in :math:`\gamma_e B/D` (paper Eq. 3).

    .. math:: \tau(\theta) = \frac{\hbar(\gamma_e B)^2}{D}\,\sin 2\theta .

    Derivation (paramagnetic susceptibility of the polarised :math:`|0\rangle` state): with
    :math:`H/\hbar = D S_{z'}^2 + V`, :math:`V = \gamma_e B(\sin\theta\, S_{x'} +
    \cos\theta\, S_{z'})`, and the spin optically pumped into :math:`|0\rangle`
    (:math:`1/T_1 \ll \Gamma_l \ll D`), first-order perturbation theory dresses the state as

    .. math::

        |\tilde 0\rangle = |0\rangle - \sum_\pm \frac{\langle\pm1|V|0\rangle}{D}|\pm1\rangle
        = |0\rangle - \frac{\gamma_e B\sin\theta}{\sqrt2\,D}\big(|{+1}\rangle + |{-1}\rangle\big),

    so :math:`\langle S_{x'}\rangle = -2\gamma_e B\sin\theta/D`, :math:`\langle S_{z'}\rangle =
    O((\gamma_e B/D)^2)`: a transverse paramagnetic susceptibility,
    :math:`\boldsymbol\mu = -\hbar\gamma_e\langle\mathbf S\rangle = (2\hbar\gamma_e^2/D)\,
    \mathbf B_\perp`, :math:`\chi_\parallel = 0`. The torque is
    :math:`|\boldsymbol\mu\times\mathbf B| = (2\hbar\gamma_e^2/D)\,B\sin\theta\,B\cos\theta`,
    the formula above; equivalently, the second-order energy
    :math:`\varepsilon_g = -\hbar\sum_\pm|\langle\pm1|V|0\rangle|^2/D = -\hbar(\gamma_e B\sin\theta)^2/D`
    gives :math:`-\partial\varepsilon_g/\partial\theta` (Hellmann-Feynman; paper SI Eq. 10-11).
    The torque turns the NV axis towards the plane perpendicular to B. Corrections are
    :math:`O((\gamma_e B/D)^2)` relative (about 1 % at 100 G); with the paper's rates
    (:math:`\Gamma_l/\Gamma_1 = 5`, polarisation incomplete) the full model gives 0.62 of it. The
    paper quotes 2e-27 N m at 100 G, :math:`\theta = \pi/4`; that value drops a :math:`2\pi`
    (Hz mixed with rad/s); the angular formula gives 1.81e-26 N m.

    Parameters
    ----------
    B_magnitude : array_like
        :math:`|\mathbf B|`, tesla.
    theta : array_like
        Angle between B and the NV axis, rad. Broadcasts with ``B_magnitude``.
    D : float
        Zero-field splitting, rad/s.
    gamma : float
        Gyromagnetic ratio, rad s^-1 T^-1.

    Returns
    -------
    ndarray
        Torque magnitude (signed by :math:`\sin2\theta`), N m.
    """
    b = as_finite(B_magnitude, "B_magnitude")
    t = as_finite(theta, "theta")
    for name, val in (("D", D), ("gamma", gamma)):
        if not (np.isfinite(val) and val > 0):
            raise ValueError(f"{name} must be finite and > 0; got {val!r}")
    return HBAR * (gamma * b) ** 2 / D * np.sin(2 * t)


# --------------------------------------------------------------------------------------------
# QuTiP reference
# --------------------------------------------------------------------------------------------


def qutip_reference(B: ArrayLike, model: CRModel, *, cr: bool = True) -> NDArray[np.float64]:
    r"""Total torque at ONE field (4 spins, N m) with ``qutip.steadystate``, class by class.

    Same problem as :func:`torque` (8 collapse operators, not merged), solved by QuTiP's
    default steady-state solver for each class: a slow but independent reference.

    Parameters
    ----------
    B : array_like, shape (3,)
        One crystal-frame field, tesla.
    model : CRModel
    cr : bool, default True

    Returns
    -------
    ndarray, shape (3,)
        N m.
    """
    import qutip

    model = _check_model(model)
    B = as_vectors(B, "B")
    if B.shape != (3,):
        raise ValueError(f"B must be a single field of shape (3,); got shape {B.shape}")
    rates = relaxation_rates(B, model, cr=cr)
    H = class_hamiltonians(B, model)
    ops = collapse_operators(rates, model)
    frames = gs.nv_frames()
    sx, sy, sz = (qutip.Qobj(np.asarray(m)) for m in gs.spin1_matrices())
    total = np.zeros(3)
    for k in range(4):
        rho = qutip.steadystate(qutip.Qobj(H[k]), [qutip.Qobj(np.asarray(c[k])) for c in ops])
        s_loc = np.array([qutip.expect(op, rho) for op in (sx, sy, sz)]).real
        total += -HBAR * model.gamma * np.cross(frames[k].T @ s_loc, B)
    return total
