r"""A live explorer of the 12-level low-temperature model (Part II of the book).

For one NV (δ⊥, g_l, field misalignment θ_B, mean pumping parameter β̄ with β_x = β_y = β̄,
shelf ionisation on or off) :func:`explorer_state` computes, on a field grid along the axis
(0–``field_max_mT``),

* the NV⁻ and NV⁰ PL of the 12-level model (:func:`nvlib.eslac.chargestate.solve`), counts/s,
* the six excited-state energies (GHz) of :func:`nvlib.eslac.hamiltonian.es_hamiltonian`,
* the crossing fields of :func:`nvlib.eslac.dips.crossing_points`.

:func:`make_explorer` wraps it in ipywidgets (it needs a kernel: Binder or local Jupyter) and
:func:`draw_state` draws a state, so the widget and the book's static fallback share the code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nvlib.eslac import chargestate as cs
from nvlib.eslac import dips
from nvlib.eslac import hamiltonian as ham

__all__ = ["RANGES", "ExplorerState", "explorer_state", "draw_state", "Explorer", "make_explorer"]

#: Slider ranges: δ⊥ (GHz), g_l, θ_B (degrees), β̄, field_max (mT).
RANGES = {"strain_GHz": (0.0, 60.0), "g_l": (0.0, 1.0), "theta_B_deg": (0.0, 5.0),
          "beta": (0.005, 1.0), "field_max_mT": (50.0, 1000.0)}


@dataclass
class ExplorerState:
    """One state of the explorer: inputs and the computed curves."""

    inputs: dict
    field_mT: np.ndarray
    pl_minus: np.ndarray
    pl_zero: np.ndarray
    energies_GHz: np.ndarray
    crossings_mT: np.ndarray


def explorer_state(strain_GHz: float = 4.444, g_l: float = 0.14, theta_B_deg: float = 1.0,
                   beta: float = 0.1, shelf_ionisation: bool = True,
                   field_max_mT: float = 600.0, n_field: int = 1200) -> ExplorerState:
    """Compute one state of the explorer (see the module docstring); bad input → ValueError."""
    inputs = dict(strain_GHz=strain_GHz, g_l=g_l, theta_B_deg=theta_B_deg, beta=beta,
                  field_max_mT=field_max_mT)
    for k, v in inputs.items():
        lo, hi = RANGES[k]
        if not (np.isfinite(v) and lo <= v <= hi):
            raise ValueError(f"{k} must lie in [{lo}, {hi}]; got {v!r}")
    inputs["shelf_ionisation"] = bool(shelf_ionisation)
    f = np.linspace(0.0, field_max_mT, int(n_field))
    sol = cs.solve(f, strain_GHz=strain_GHz, g_l=g_l, theta_B_deg=theta_B_deg, beta_x=beta,
                   beta_y=beta, shelf_ionisation=shelf_ionisation)
    e = np.linalg.eigvalsh(ham.es_hamiltonian(f, strain_GHz=strain_GHz, g_l=g_l,
                                              theta_B_deg=theta_B_deg))
    _, b, _ = dips.crossing_points([strain_GHz], g_l, f)
    return ExplorerState(inputs, f, sol.pl_minus, sol.pl_zero, e, np.sort(b))


def draw_state(state: ExplorerState, axes=None):
    """Draw a state on three axes (NV⁻ PL, NV⁰ PL, excited levels); returns the figure."""
    import matplotlib.pyplot as plt

    from nvlib.style import OKABE_ITO

    if axes is None:
        fig, axes = plt.subplots(3, 1, figsize=(5, 6), sharex=True)
    else:
        fig = axes[0].figure
    for ax in axes:
        ax.clear()
        for x in state.crossings_mT:
            ax.axvline(x, color="0.85", lw=0.6, zorder=0)
    f = state.field_mT
    axes[0].plot(f, state.pl_minus / 1e3, color=OKABE_ITO[4])
    axes[0].set_ylabel("NV⁻ PL (kcps)")
    axes[1].plot(f, state.pl_zero / 1e3, color=OKABE_ITO[5])
    axes[1].set_ylabel("NV⁰ PL (kcps)")
    axes[2].plot(f, state.energies_GHz, color="k", lw=0.8)
    axes[2].set(xlabel="B (mT)", ylabel="³E energy (GHz)")
    i = state.inputs
    axes[0].set_title(f"δ⊥ = {i['strain_GHz']:.1f} GHz, g_l = {i['g_l']:.2f},\n"
                      f"θ_B = {i['theta_B_deg']:.1f}°, β = {i['beta']:.2f}, shelf "
                      f"{'on' if i['shelf_ionisation'] else 'off'}", fontsize=8)
    return fig


class Explorer:
    """The live widget of :func:`make_explorer`: sliders, a checkbox and the three-panel plot.

    Attributes
    ----------
    widget : ipywidgets.VBox
        The widget to display (displaying the Explorer displays it).
    controls : dict
        The control widgets, keyed by the :func:`explorer_state` argument they set
        (``strain_GHz``, ``g_l``, ``theta_B_deg``, ``beta``, ``field_max_mT``,
        ``shelf_ionisation``).
    state : ExplorerState
        The state shown.
    """

    def __init__(self, **initial):
        import ipywidgets as w
        import matplotlib.pyplot as plt

        self.state = st = explorer_state(**initial)
        self._out = w.Output()
        c = self.controls = {
            "strain_GHz": w.FloatSlider(value=st.inputs["strain_GHz"], min=0, max=60, step=0.001,
                                        readout_format=".3f", description="δ⊥ (GHz)"),
            "g_l": w.FloatSlider(value=st.inputs["g_l"], min=0, max=1, step=0.01,
                                 description="g_l"),
            "theta_B_deg": w.FloatSlider(value=st.inputs["theta_B_deg"], min=0, max=5,
                                         step=0.05, description="θ_B (°)"),
            "beta": w.FloatLogSlider(value=st.inputs["beta"], min=-2.3, max=0, step=0.05,
                                     description="β"),
            "field_max_mT": w.FloatSlider(value=st.inputs["field_max_mT"], min=50, max=1000,
                                          step=10, description="B max (mT)"),
            "shelf_ionisation": w.Checkbox(value=st.inputs["shelf_ionisation"],
                                           description="shelf ionisation"),
        }
        with self._out:
            self._fig = draw_state(st)
            plt.show()
        for ctl in c.values():
            ctl.observe(self.update, names="value")
        names = list(c)
        self.widget = w.VBox([w.HBox([w.VBox([c[k] for k in names[:3]]),
                                      w.VBox([c[k] for k in names[3:]])]), self._out])

    def update(self, _=None) -> ExplorerState:
        """Recompute the state from the controls and redraw the plot."""
        from IPython.display import display

        self.state = explorer_state(**{k: v.value for k, v in self.controls.items()})
        draw_state(self.state, self._fig.axes)
        self._fig.canvas.draw_idle()
        with self._out:
            self._out.clear_output(wait=True)
            display(self._fig)
        return self.state

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def make_explorer(**initial) -> Explorer:
    """An ipywidgets explorer (sliders → :func:`explorer_state` → :func:`draw_state`).

    Keywords are the starting values, as in :func:`explorer_state`. Display the returned
    :class:`Explorer` (or its ``widget``) in a notebook cell; it needs a running kernel.
    """
    return Explorer(**initial)
