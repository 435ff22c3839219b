"""The live explorer: its one-solve state agrees with the torque model, bad input is refused.

Only the physics of :func:`nvlib.cr_torque.explorer.explorer_state` is asserted here, against an
independent solver (QuTiP) and the closed-form class rates of the authors' rule (no timings).
"""

import math

import numpy as np
import pytest

from nvlib import groundstate as gs
from nvlib.cr_torque import torque
from nvlib.cr_torque.explorer import (DIRECTIONS, ExplorerState, explorer_state, format_table,
                                      html_table, make_explorer)

CASES = [(39.0, 45.0, 100.0), (74.0, 32.0, 100.0), (20.0, 0.0, 250.0), (123.0, 301.0, 37.0)]


def _field(theta, phi, gauss):
    return gs.field_from_angles(gauss * 1e-4, math.radians(theta), math.radians(phi))


@pytest.mark.parametrize("preset", ["main", "si_text"])
@pytest.mark.parametrize("cr", [False, True])
@pytest.mark.parametrize("theta,phi,gauss", CASES[:2])
def test_state_agrees_with_the_qutip_solver(theta, phi, gauss, cr, preset):
    """Independent solver: qutip.steadystate class by class (nvlib.cr_torque.torque.qutip_reference)."""
    s = explorer_state(theta, phi, gauss, cr, preset)
    ref = torque.qutip_reference(_field(theta, phi, gauss), torque.preset(preset), cr=cr)
    np.testing.assert_allclose(s.torque, ref, rtol=1e-6, atol=1e-6 * np.abs(s.class_torque).max())


def test_class_times_follow_the_scripts_rule_on_a_110_plane():
    """Main model on the (1-10) plane: the mirror pair has 1 kHz + 2 x 1 kHz (both branches
    resonant), the other two 1 kHz plus Lorentzian tails 1/(1 + Δ²/w²) of their detunings."""
    s = explorer_state(39.0, 45.0, 100.0, True)
    m = torque.preset("main")
    nu = np.stack([s.nu_minus_mhz, s.nu_plus_mhz]) * 1e6
    w = m.width_hz
    expected = []
    for k in range(4):
        tails = sum(1 / (1 + ((nu[b, k] - nu[b, j]) / w) ** 2) for b in (0, 1) for j in range(4)
                    if j != k)
        expected.append(1e3 / (1e3 + 1e3 * tails))
    np.testing.assert_allclose(s.t1_ms, expected, rtol=1e-9)
    assert s.t1_ms[2] == pytest.approx(1 / 3, rel=0.01) and s.t1_ms[3] == pytest.approx(1 / 3, rel=0.01)


def test_without_cr_every_class_has_the_base_t1():
    for preset, t1_ms in (("main", 1.0), ("si_text", 1.03)):     # scripts: 1 kHz; SM: 1.03 ms
        s = explorer_state(39.0, 45.0, 100.0, cr=False, preset=preset)
        np.testing.assert_allclose(s.t1_ms, t1_ms, rtol=1e-12)


def test_cr_on_a_110_plane_shortens_the_degenerate_pair_and_enhances_the_torque():
    on, off = explorer_state(39.0, 45.0, 100.0, True), explorer_state(39.0, 45.0, 100.0, False)
    # classes [1-11] and [-111] are mirror images in the (1-10) plane: degenerate, and they relax
    assert on.nu_minus_mhz[2] == pytest.approx(on.nu_minus_mhz[3], abs=1e-6)
    assert on.rho00[2] < on.rho00[0]
    assert on.amplitude > 5 * off.amplitude
    # B in the mirror plane (1-10): the axial torque is along [1-10], i.e. Γx = -Γy, Γz = 0.
    # The mirror is an improper operation, obeyed by the steady state only to O(Γ/D) ~ 1e-7 of
    # the single-class torque (nvlib.cr_torque.torque docstring), hence the tolerance.
    for s in (on, off):
        tol = 1e-6 * np.abs(s.class_torque).max()
        assert abs(s.torque[2]) < tol
        assert abs(s.torque[0] + s.torque[1]) < tol


def test_torque_vanishes_along_111_and_001():
    theta_111 = math.degrees(math.acos(1 / math.sqrt(3)))
    for theta, phi in ((theta_111, 45.0), (0.0, 0.0)):
        s = explorer_state(theta, phi, 100.0, True, "no_strain")
        assert s.amplitude < 1e-9 * np.abs(s.class_torque).max()
    # the scripts' strain (main model, E = 3 MHz) breaks the three-fold symmetry of [111]
    s = explorer_state(theta_111, 45.0, 100.0, True)
    assert s.amplitude > 1e-4 * np.abs(s.class_torque).max()


@pytest.mark.parametrize("kwargs,name", [
    (dict(theta_deg=-0.1), "theta_deg"), (dict(theta_deg=180.5), "theta_deg"),
    (dict(theta_deg=float("nan")), "theta_deg"), (dict(theta_deg="a"), "theta_deg"),
    (dict(phi_deg=-1.0), "phi_deg"), (dict(phi_deg=361.0), "phi_deg"),
    (dict(magnitude_gauss=0.0), "magnitude_gauss"), (dict(magnitude_gauss=-5.0), "magnitude_gauss"),
    (dict(magnitude_gauss=1001.0), "magnitude_gauss"),
    (dict(magnitude_gauss=float("inf")), "magnitude_gauss"),
    (dict(preset="si"), "preset"), (dict(cr="yes"), "cr"),
])
def test_bad_input_names_the_argument(kwargs, name):
    args = dict(theta_deg=39.0, phi_deg=45.0, magnitude_gauss=100.0, cr=True, preset="si_text")
    args.update(kwargs)
    with pytest.raises(ValueError, match=name):
        explorer_state(**args)


def test_range_ends_are_allowed():
    for theta, phi, gauss in ((0.0, 0.0, 1000.0), (180.0, 360.0, 1e-3)):
        assert isinstance(explorer_state(theta, phi, gauss), ExplorerState)


def test_tables_show_the_state():
    s = explorer_state(39.0, 45.0, 100.0)
    text, html = format_table(s), html_table(s)
    assert f"{s.amplitude:.3e}" in text and f"{s.amplitude:.3e}" in html
    assert f"{s.nu_minus_mhz[0]:.1f}" in text
    d = s.as_dict()
    assert d["amplitude"] == s.amplitude and len(d["class_torque"]) == 4


def test_widget_shows_explorer_state_of_its_controls():
    ex = make_explorer(30.0, 45.0, 100.0, cr=False)
    assert ex.state.amplitude == explorer_state(30.0, 45.0, 100.0, False).amplitude
    ex.controls["cr"].value = True
    ex.controls["direction"].value = next(iter(DIRECTIONS))
    theta, phi = next(iter(DIRECTIONS.values()))
    ref = explorer_state(theta, phi, 100.0, True)
    assert (ex.state.theta_deg, ex.state.phi_deg, ex.state.cr) == (theta, phi, True)
    np.testing.assert_allclose(ex.state.torque, ref.torque, rtol=1e-12)


def test_eslac_widget_shows_explorer_state_of_its_controls():
    """Part II's explorer: its state is explorer_state of its controls, before and after a move."""
    from nvlib.eslac import explorer as es

    ex = es.make_explorer(strain_GHz=38.6, g_l=0.14, theta_B_deg=1.0, beta=0.1,
                          field_max_mT=150.0)
    assert set(ex.controls) == {"strain_GHz", "g_l", "theta_B_deg", "beta", "field_max_mT",
                                "shelf_ionisation"}
    assert ex.state.inputs["strain_GHz"] == 38.6
    ex.controls["shelf_ionisation"].value = False
    ref = es.explorer_state(strain_GHz=38.6, g_l=0.14, theta_B_deg=1.0, beta=0.1,
                            field_max_mT=150.0, shelf_ionisation=False)
    assert ex.state.inputs == ref.inputs
    np.testing.assert_allclose(ex.state.pl_zero, ref.pl_zero, rtol=1e-12)
    # without shelf ionisation the NV⁰ PL is lower (one route into NV⁰ fewer)
    assert ex.state.pl_zero.mean() < es.explorer_state(strain_GHz=38.6, field_max_mT=150.0,
                                                       theta_B_deg=1.0).pl_zero.mean()
