r"""A live explorer of the four-class cross-relaxation model (Part I of the book).

Pellet-Mary *et al.*, Phys. Rev. B **103**, L100411 (2021) :cite:`PelletMary2021`: for a field
:math:`\mathbf B = B(\sin\theta\cos\phi, \sin\theta\sin\phi, \cos\theta)` in the crystal frame
(x = [100], y = [010], z = [001]) the explorer shows, for each NV class :math:`k`,

* the ODMR frequency :math:`\nu_-^k` of :math:`|0\rangle\to|{-1}\rangle` (MHz),
* the class relaxation time :math:`T_1^k = 1/\Gamma_1^k` of the CR rule (ms; without CR every
  class has :math:`T_1^0`; see :func:`nvlib.cr_torque.torque.relaxation_rates` for the rule and the
  factor-3 convention),
* the steady-state population :math:`\rho_{00}^k` of :math:`|m_s = 0\rangle`,
* the torque of one spin of the class, :math:`\boldsymbol\Gamma_k = -\hbar\gamma_e
  \langle\mathbf S\rangle_k\times\mathbf B` (N·m, physical sign, :data:`nvlib.cr_torque.torque.SIGN_NOTE`),

and the total torque of four spins (one per class), :math:`\sum_k\boldsymbol\Gamma_k`.

The physics is in :func:`explorer_state`, a pure function making exactly one call to
:func:`nvlib.cr_torque.torque.solve`; :func:`make_explorer` wraps it in ipywidgets (it needs a kernel:
Binder or local Jupyter), and :func:`draw_spectrum` / :func:`draw_torque` draw a state, so the
widget and the book's static fallback figure use the same code.

Units: angles in degrees, field magnitude in gauss (1 G = 1e-4 T) at the interface, SI inside.
"""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from nvlib import groundstate as gs
from nvlib.cr_torque import torque

__all__ = [
    "THETA_RANGE_DEG",
    "PHI_RANGE_DEG",
    "MAGNITUDE_RANGE_GAUSS",
    "DIRECTIONS",
    "CLASS_NAMES",
    "TORQUE_UNIT",
    "ExplorerState",
    "explorer_state",
    "format_table",
    "html_table",
    "draw_spectrum",
    "update_spectrum",
    "draw_torque",
    "update_torque",
    "Explorer",
    "make_explorer",
]

#: Allowed polar angle θ (from [001]), degrees (closed interval).
THETA_RANGE_DEG: tuple[float, float] = (0.0, 180.0)
#: Allowed azimuth φ (from [100]), degrees (closed interval).
PHI_RANGE_DEG: tuple[float, float] = (0.0, 360.0)
#: Allowed field magnitude, gauss: > 0 and at most 1000 G (below the ground-state level
#: anti-crossing at 1024 G, where the model's ν− of an aligned class goes to zero).
MAGNITUDE_RANGE_GAUSS: tuple[float, float] = (0.0, 1000.0)
#: Named field directions (θ, φ in degrees) offered by the widget's "direction" menu.
DIRECTIONS: dict[str, tuple[float, float]] = {
    "{110} plane, largest CR torque (39°, 45°)": (39.0, 45.0),
    "{110} plane (30°, 45°)": (30.0, 45.0),
    "2° off the {110} plane (39°, 43°)": (39.0, 43.0),
    "[111]: three classes degenerate (54.7°, 45°)": (math.degrees(math.acos(3**-0.5)), 45.0),
    "{100} plane: two pairs (20°, 0°)": (20.0, 0.0),
    "[001]: four classes degenerate (0°, 0°)": (0.0, 0.0),
    "generic: no degeneracy (74°, 32°)": (74.0, 32.0),
}
#: Plain-text class names, in the order of :data:`nvlib.groundstate.NV_AXES`.
CLASS_NAMES: tuple[str, ...] = ("[111]", "[-1-11]", "[1-11]", "[-111]")
#: Torque unit of the tables and plots, N·m.
TORQUE_UNIT: float = 1e-27

_GAUSS = 1e-4  # tesla per gauss
#: A total torque below this fraction of the largest class torque is labelled "zero to
#: round-off" (the solver's round-off is ~1e-15 of the class torques; the smallest physical
#: cancellation in the model, no CR at 1 G, leaves ~1e-6 of them).
_ZERO_TORQUE = 1e-10


@dataclass(frozen=True)
class ExplorerState:
    r"""One state of the explorer (the output of :func:`explorer_state`).

    Attributes
    ----------
    theta_deg, phi_deg, magnitude_gauss : float
        The field: polar angle from [001], azimuth from [100] (degrees), magnitude (G).
    cr : bool
        Whether cross-relaxation is included.
    preset : str
        Name of the :func:`nvlib.cr_torque.torque.preset` used.
    field : ndarray, shape (3,)
        Crystal-frame field, tesla.
    nu_minus_mhz, nu_plus_mhz : ndarray, shape (4,)
        ODMR frequencies :math:`\nu_\mp` of each class, MHz.
    t1_ms : ndarray, shape (4,)
        :math:`T_1^k = 1/\Gamma_1^k`, ms.
    t1_base_ms : float
        :math:`T_1^0` of the model (the value of every class without CR), ms.
    rho00 : ndarray, shape (4,)
        Steady-state :math:`\rho_{00}` of each class.
    class_torque : ndarray, shape (4, 3)
        Torque of one spin of each class, N·m (crystal frame, physical sign).
    """

    theta_deg: float
    phi_deg: float
    magnitude_gauss: float
    cr: bool
    preset: str
    field: np.ndarray
    nu_minus_mhz: np.ndarray
    nu_plus_mhz: np.ndarray
    t1_ms: np.ndarray
    t1_base_ms: float
    rho00: np.ndarray
    class_torque: np.ndarray

    @property
    def torque(self) -> np.ndarray:
        """Total torque of four spins (one per class), N·m, shape (3,)."""
        return self.class_torque.sum(axis=0)

    @property
    def amplitude(self) -> float:
        """:math:`|\\boldsymbol\\Gamma|` of four spins, N·m."""
        return float(np.linalg.norm(self.torque))

    @property
    def pl(self) -> float:
        """Class-averaged :math:`\\rho_{00}` (the model's photoluminescence)."""
        return float(self.rho00.mean())

    def as_dict(self) -> dict[str, Any]:
        """The state as a plain dict (arrays as lists), including ``torque`` and ``amplitude``."""
        out: dict[str, Any] = {}
        for k, v in self.__dict__.items():
            out[k] = v.tolist() if isinstance(v, np.ndarray) else v
        out["torque"] = self.torque.tolist()
        out["amplitude"] = self.amplitude
        return out


def _check_range(value, name: str, lo: float, hi: float, *, open_low: bool = False,
                 unit: str = "") -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number ({unit}); got {value!r}") from None
    ok = math.isfinite(x) and (x > lo if open_low else x >= lo) and x <= hi
    if not ok:
        interval = f"{'(' if open_low else '['}{lo:g}, {hi:g}]"
        raise ValueError(f"{name} must lie in {interval} {unit}; got {value!r}")
    return x


def explorer_state(theta_deg: float, phi_deg: float, magnitude_gauss: float, cr: bool = True,
                   preset: str = torque.MAIN) -> ExplorerState:
    r"""Everything the explorer shows for one field, from a single :func:`nvlib.cr_torque.torque.solve`.

    Parameters
    ----------
    theta_deg : float
        Polar angle of the field from [001], degrees, in [0, 180].
    phi_deg : float
        Azimuth of the field from [100], degrees, in [0, 360].
    magnitude_gauss : float
        Field magnitude, gauss, in (0, 1000].
    cr : bool, default True
        Include cross-relaxation.
    preset : {"main", "authors_code", "si_text"}, default "main" (Part I's main model)
        Model parameters, :func:`nvlib.cr_torque.torque.preset`.

    Returns
    -------
    ExplorerState

    Raises
    ------
    ValueError
        An argument out of range (the message names it), ``cr`` not a bool, or an unknown preset.

    Examples
    --------
    >>> s = explorer_state(39.0, 45.0, 100.0, cr=True)
    >>> f"{s.amplitude:.2e}"
    '3.36e-27'
    """
    theta = _check_range(theta_deg, "theta_deg", *THETA_RANGE_DEG, unit="deg")
    phi = _check_range(phi_deg, "phi_deg", *PHI_RANGE_DEG, unit="deg")
    mag = _check_range(magnitude_gauss, "magnitude_gauss", *MAGNITUDE_RANGE_GAUSS, open_low=True,
                       unit="G")
    if not isinstance(cr, (bool, np.bool_)):
        raise ValueError(f"cr must be a bool; got {cr!r}")
    if preset not in torque.PRESETS:
        raise ValueError(f"preset must be one of {sorted(torque.PRESETS)}; got {preset!r}")
    model = torque.preset(preset)
    B = gs.field_from_angles(mag * _GAUSS, math.radians(theta), math.radians(phi))
    s = torque.solve(B, model, cr=bool(cr))
    return ExplorerState(
        theta_deg=theta, phi_deg=phi, magnitude_gauss=mag, cr=bool(cr), preset=preset,
        field=np.asarray(s.B, float), nu_minus_mhz=s.nu[:, 0] / 1e6, nu_plus_mhz=s.nu[:, 1] / 1e6,
        t1_ms=1e3 / s.rates, t1_base_ms=1e3 * model.t1_base, rho00=s.population[:, 1].copy(),
        class_torque=np.asarray(s.torque_per_spin_class, float))


def format_table(state: ExplorerState) -> str:
    """A fixed-width text table of a state: one row per class and the total of four spins."""
    u = TORQUE_UNIT
    head = (f"B = {state.magnitude_gauss:.1f} G, θ = {state.theta_deg:.2f}°, "
            f"φ = {state.phi_deg:.2f}°, CR {'on' if state.cr else 'off'}, preset {state.preset}\n")
    cols = f"{'class':>8} {'ν− (MHz)':>9} {'T1 (ms)':>8} {'ρ00':>6}   torque (1e-27 N·m): x, y, z\n"
    rows = []
    for k in range(4):
        tx, ty, tz = state.class_torque[k] / u
        rows.append(f"{CLASS_NAMES[k]:>8} {state.nu_minus_mhz[k]:9.1f} {state.t1_ms[k]:8.3f} "
                    f"{state.rho00[k]:6.3f}   {tx:+8.3f} {ty:+8.3f} {tz:+8.3f}")
    tx, ty, tz = state.torque / u
    rows.append(f"{'total':>8} {'':>9} {'':>8} {state.pl:6.3f}   {tx:+8.3f} {ty:+8.3f} {tz:+8.3f}"
                f"   |Γ| = {state.amplitude:.3e} N·m (4 spins)")
    return head + cols + "\n".join(rows)


def html_table(state: ExplorerState) -> str:
    """The table of :func:`format_table` as HTML, class names in their plot colours."""
    from nvlib.style import CLASS_COLORS
    u = TORQUE_UNIT
    td = "<td style='text-align:right;padding:0 8px'>"
    head = ("<tr>" + "".join(f"<th style='text-align:right;padding:0 8px'>{h}</th>" for h in
            ("class", "ν− (MHz)", "T1 (ms)", "ρ00", "Γx", "Γy", "Γz (10⁻²⁷ N·m)")) + "</tr>")
    rows = []
    for k in range(4):
        name = f"<b style='color:{CLASS_COLORS[k]}'>{CLASS_NAMES[k]}</b>"
        cells = [f"{state.nu_minus_mhz[k]:.1f}", f"{state.t1_ms[k]:.3f}", f"{state.rho00[k]:.3f}"]
        cells += [f"{v:+.3f}" for v in state.class_torque[k] / u]
        rows.append(f"<tr>{td}{name}</td>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
    cells = ["", "", f"{state.pl:.3f}"] + [f"{v:+.3f}" for v in state.torque / u]
    rows.append(f"<tr>{td}<b>total (4 spins)</b></td>" + "".join(f"{td}{c}</td>" for c in cells)
                + "</tr>")
    caption = (f"|B| = {state.magnitude_gauss:.1f} G, θ = {state.theta_deg:.2f}°, "
               f"φ = {state.phi_deg:.2f}°, CR {'on' if state.cr else 'off'}, model {state.preset}: "
               f"|Γ| = {state.amplitude:.3e} N·m for four spins (one per class)")
    return (f"<div style='font-size:12px'>{caption}<table style='border-collapse:collapse'>"
            f"{head}{''.join(rows)}</table></div>")


def _spectrum_xlim(state: ExplorerState) -> tuple[float, float]:
    lo, hi = state.nu_minus_mhz.min(), state.nu_minus_mhz.max()
    mid, half = 0.5 * (lo + hi), max(0.5 * (hi - lo) + 30.0, 100.0)
    return (mid - half, mid + half)


def draw_spectrum(ax, state: ExplorerState, *, xlim: tuple[float, float] | None = None,
                  legend: bool = True) -> dict:
    """Draw the ν− line of each class as a stem whose height is the class T1 (ms).

    Coincident lines (degenerate classes) show as concentric markers. The dashed line is
    :math:`T_1^0`, the value of every class without CR. Returns the artists, which
    :func:`update_spectrum` moves to another state.
    """
    from nvlib.style import CLASS_COLORS
    sizes = (12, 9, 6, 3)
    h = {"stems": [], "heads": [], "xlim": xlim}
    for k in range(4):
        h["stems"].append(ax.plot([0, 0], [0, 0], "-", color=CLASS_COLORS[k], lw=1.5, zorder=2)[0])
        h["heads"].append(ax.plot([0], [0], "o", ms=sizes[k], color=CLASS_COLORS[k], zorder=3 + k,
                                  label=CLASS_NAMES[k])[0])
    h["base"] = ax.axhline(0, ls="--", lw=0.8, color="0.4", zorder=1)
    ax.text(0.02, 0.97, "dashed: T1 without CR", transform=ax.transAxes, va="top", ha="left",
            fontsize=7, color="0.3")
    ax.set(xlabel="ν− (MHz)", ylabel="class T1 (ms)")
    if legend:
        ax.legend(loc="upper right", fontsize=6, ncol=2, handletextpad=0.2, columnspacing=0.6)
    h["ax"] = ax
    update_spectrum(h, state)
    return h


def update_spectrum(h: dict, state: ExplorerState) -> None:
    """Move the artists of :func:`draw_spectrum` to ``state``."""
    for k in range(4):
        x, y = state.nu_minus_mhz[k], state.t1_ms[k]
        h["stems"][k].set_data([x, x], [0, y])
        h["heads"][k].set_data([x], [y])
    h["base"].set_ydata([state.t1_base_ms, state.t1_base_ms])
    h["ax"].set(xlim=h["xlim"] or _spectrum_xlim(state), ylim=(0, 1.3 * state.t1_base_ms))


def draw_torque(ax, state: ExplorerState, *, ylim: float | None = None,
                legend: bool = True) -> dict:
    """Bar chart of the torque components of each class (one spin) and of their sum (4 spins).

    Units of :data:`TORQUE_UNIT` (1e-27 N·m); the total's amplitude is written in the panel.
    Returns the artists, which :func:`update_torque` moves to another state.
    """
    from nvlib.style import CLASS_COLORS
    width = 0.16
    x0 = np.arange(3)
    h = {"bars": [], "ylim": ylim, "ax": ax}
    for k in range(4):
        h["bars"].append(ax.bar(x0 + (k - 2) * width, np.zeros(3), width, color=CLASS_COLORS[k],
                                label=CLASS_NAMES[k]))
    h["bars"].append(ax.bar(x0 + 2 * width, np.zeros(3), width, color="k", label="total"))
    ax.axhline(0, color="0.5", lw=0.6)
    ax.set_xticks(x0, ["Γx", "Γy", "Γz"])
    ax.set_ylabel("torque (10⁻²⁷ N·m)")
    h["label"] = ax.text(0.02, 0.97, "", transform=ax.transAxes, va="top", ha="left", fontsize=7)
    if legend:
        ax.legend(loc="lower right", fontsize=6, ncol=3, handletextpad=0.2, columnspacing=0.6)
    update_torque(h, state)
    return h


def update_torque(h: dict, state: ExplorerState) -> None:
    """Move the artists of :func:`draw_torque` to ``state``."""
    u = TORQUE_UNIT
    values = list(state.class_torque / u) + [state.torque / u]
    for bars, v in zip(h["bars"], values):
        for rect, height in zip(bars.patches, v):
            rect.set_height(height)
    amp = state.amplitude
    zero = amp < _ZERO_TORQUE * np.abs(state.class_torque).max()
    h["label"].set_text(f"|Γ| (4 spins) = {amp:.2e} N·m" + (" (zero to round-off)" if zero else ""))
    ylim = h["ylim"]
    if ylim is None:
        ylim = 1.15 * max(np.abs(state.class_torque).max(), np.abs(state.torque).max()) / u
        ylim = max(ylim, 1e-3)
    h["ax"].set_ylim(-ylim, ylim)


class Explorer:
    """The live widget of :func:`make_explorer`: controls, a text table and a two-panel plot.

    Attributes
    ----------
    widget : ipywidgets.VBox
        The widget to display (displaying the Explorer displays it).
    controls : dict
        The control widgets: ``theta``, ``phi``, ``magnitude``, ``cr``, ``preset``, ``direction``.
    state : ExplorerState
        The state shown.
    last_update_seconds : float
        Wall time of the last :meth:`update` (state, table and plot), s.
    """

    _DPI = 80

    def __init__(self, theta_deg: float = 39.0, phi_deg: float = 45.0,
                 magnitude_gauss: float = 100.0, cr: bool = True, preset: str = torque.MAIN):
        import ipywidgets as w

        explorer_state(theta_deg, phi_deg, magnitude_gauss, cr, preset)  # validate the start
        slider = dict(continuous_update=False, style={"description_width": "90px"},
                      layout=w.Layout(width="420px"))
        self.controls = {
            "theta": w.FloatSlider(value=theta_deg, min=THETA_RANGE_DEG[0], max=THETA_RANGE_DEG[1],
                                   step=0.1, description="θ (deg)", **slider),
            "phi": w.FloatSlider(value=phi_deg, min=PHI_RANGE_DEG[0], max=PHI_RANGE_DEG[1],
                                 step=0.1, description="φ (deg)", **slider),
            "magnitude": w.FloatSlider(value=magnitude_gauss, min=1.0,
                                       max=MAGNITUDE_RANGE_GAUSS[1], step=1.0,
                                       description="|B| (G)", **slider),
            "cr": w.ToggleButton(value=bool(cr), description="cross-relaxation",
                                 tooltip="include dipolar cross-relaxation"),
            "preset": w.Dropdown(options=sorted(torque.PRESETS), value=preset,
                                 description="model", style={"description_width": "60px"}),
            "direction": w.Dropdown(options=["(choose)"] + list(DIRECTIONS), value="(choose)",
                                    description="go to", style={"description_width": "60px"},
                                    layout=w.Layout(width="420px")),
        }
        self._fig = None
        self._table = w.HTML()
        self._image = w.Image(format="png")
        self._busy = False
        for name in ("theta", "phi", "magnitude", "cr", "preset"):
            self.controls[name].observe(self._on_change, names="value")
        self.controls["direction"].observe(self._on_direction, names="value")
        c = self.controls
        self.widget = w.VBox([
            w.HBox([w.VBox([c["theta"], c["phi"], c["magnitude"]]),
                    w.VBox([c["cr"], c["preset"]])]),
            c["direction"], self._table, self._image])
        self.state: ExplorerState
        self.last_update_seconds = math.nan
        self.update()

    def _on_change(self, _change) -> None:
        if not self._busy:
            self.update()

    def _on_direction(self, change) -> None:
        if change["new"] not in DIRECTIONS:
            return
        theta, phi = DIRECTIONS[change["new"]]
        self._busy = True
        try:
            self.controls["theta"].value = theta
            self.controls["phi"].value = phi
        finally:
            self._busy = False
        self.update()
        self.controls["direction"].value = "(choose)"  # the sliders may move away from it

    def _build_plot(self, state: ExplorerState) -> None:
        """Create the persistent two-panel figure (later states only move its artists)."""
        from matplotlib.figure import Figure

        from nvlib.style import use
        use()
        self._fig = Figure(figsize=(8.0, 2.9), dpi=self._DPI)
        ax_s, ax_t = self._fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.0, 1.1]})
        # No legends: they cost ~40 % of a redraw; the table's coloured class names serve instead.
        self._spectrum = draw_spectrum(ax_s, state, legend=False)
        self._torque = draw_torque(ax_t, state, legend=False)
        ax_s.set_title("(a) ν− lines, height = class T1", fontsize=9)
        ax_t.set_title("(b) torque per class (1 spin) and total (4 spins)", fontsize=9)
        self._fig.tight_layout()

    def render_png(self, state: ExplorerState) -> bytes:
        """The two-panel plot of ``state`` as PNG bytes (moves the persistent figure's artists)."""
        import matplotlib

        if self._fig is None:
            self._build_plot(state)
        update_spectrum(self._spectrum, state)
        update_torque(self._torque, state)
        buf = io.BytesIO()
        with matplotlib.rc_context({"savefig.bbox": "standard"}):
            self._fig.savefig(buf, format="png", dpi=self._DPI, metadata={"Software": None})
        return buf.getvalue()

    def update(self) -> ExplorerState:
        """Recompute the state from the controls and redraw the table and the plot."""
        t0 = time.perf_counter()
        c = self.controls
        self.state = explorer_state(c["theta"].value, c["phi"].value, c["magnitude"].value,
                                    c["cr"].value, c["preset"].value)
        self._table.value = html_table(self.state)
        self._image.value = self.render_png(self.state)
        self.last_update_seconds = time.perf_counter() - t0
        return self.state

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def make_explorer(theta_deg: float = 39.0, phi_deg: float = 45.0, magnitude_gauss: float = 100.0,
                  cr: bool = True, preset: str = torque.MAIN) -> Explorer:
    """Build the live explorer (ipywidgets; needs a running kernel: Binder or Jupyter).

    Parameters are the starting values, as in :func:`explorer_state`. Display the returned
    :class:`Explorer` (or its ``widget``) in a notebook cell.
    """
    return Explorer(theta_deg, phi_deg, magnitude_gauss, cr, preset)
