"""The relaxation side of Part I: class rates, the factor 3, and the authors' measured records."""

import re
from pathlib import Path

import numpy as np
import pytest
from scipy.linalg import expm

from nvlib.cr_torque import records, torque
from nvlib.cr_torque.plots.relaxation import class_rate_with_partners, relaxation_time_with_partners


def test_si_class_rates_follow_the_sm_additive_rule():
    """SM Sec. VI: 1/T1 = 1/T1^0 + n/T1^dd with T1^0 = 1.03 ms, T1^dd = 0.38 ms (Gaussian tails
    of the far classes are below 1e-3 of a rate)."""
    for n in (0, 1, 3):
        assert class_rate_with_partners(n, "si_text") == pytest.approx(1 / 1.03e-3 + n / 0.38e-3,
                                                                       abs=0, rel=1e-3)


def test_main_class_rates_follow_the_scripts_rule():
    """The authors' scripts: 1 kHz base plus 1 kHz per resonant transition, both branches
    counted ('1, 3, 5, 7 kHz for 1, 2, 3, 4-fold degeneracy'); the Lorentzian tails of the
    non-resonant classes add 3 % at most."""
    for n, khz in ((0, 1.0), (1, 3.0), (3, 7.0)):
        assert class_rate_with_partners(n) == pytest.approx(khz * 1e3, abs=0, rel=0.03)


@pytest.mark.parametrize("preset", ["main", "si_text"])
def test_population_relaxation_time_is_a_third_of_the_class_time(preset):
    """Closed form 1/(3Γ) for the symmetric mode the polarised start excites."""
    for n in (0, 1, 3):
        rate = class_rate_with_partners(n, preset)
        assert relaxation_time_with_partners(n, preset) == pytest.approx(1 / (3 * rate), abs=0, rel=1e-9)


def test_population_relaxation_time_against_a_direct_integration():
    """Independent path: propagate the dark rate equations with a matrix exponential and
    integrate p0(t) - 1/3 numerically (SI rule: DQ jumps keep the base rate)."""
    m = torque.preset("si_text")
    g_sq, g_dq = 5e3, m.base_rate
    W = np.array([[0, g_sq, g_dq], [g_sq, 0, g_sq], [g_dq, g_sq, 0]])
    G = W - np.diag(W.sum(axis=0))
    t = np.linspace(0, 2e-3, 4001)
    p0 = np.array([(expm(G * ti) @ [0, 1, 0])[1] for ti in t])
    tau_direct = np.trapezoid((p0 - 1 / 3) / (2 / 3), t)
    tau = torque.population_relaxation_time(np.full(4, g_sq), m)[0]
    assert tau == pytest.approx(tau_direct, abs=0, rel=1e-3)


def test_population_relaxation_time_rejects_bad_rates():
    m = torque.preset("main")
    with pytest.raises(ValueError, match="rates"):
        torque.population_relaxation_time([1e3, 1e3, 1e3], m)
    with pytest.raises(ValueError, match="rates"):
        torque.population_relaxation_time([1e3, 0.0, 1e3, 1e3], m)


def test_relaxation_time_rejects_unknown_partner_counts():
    with pytest.raises(ValueError, match="n_partners"):
        relaxation_time_with_partners(2)


def _provenance_sha():
    text = (records.DATA_DIR / "PROVENANCE.md").read_text()
    return dict(re.findall(r"\| `([^`]+\.tsv)` \|.*\| `([0-9a-f]{64})` \|", text))


def test_carried_records_match_their_provenance():
    sha = _provenance_sha()
    assert set(sha) == {p.name for p in records.DATA_DIR.glob("*.tsv")}   # every carried record
    for name, digest in sha.items():
        assert records.sha256(name) == digest, name


def test_records_are_small():
    total = sum(p.stat().st_size for p in Path(records.DATA_DIR).iterdir())
    assert total < 300_000


def test_fig6_record_shape_and_normalisation():
    t, y = records.fig6_record()
    assert t.shape == y.shape == (200,)
    assert np.all(np.diff(t) >= 0) and 0 < t[0] < 0.01 and 1.4 < t[-1] < 1.5
    assert y[0] == pytest.approx(1.0, abs=1e-6)          # the authors normalise to the first point


def test_fig6_stretched_fit_beats_the_exponential():
    f = records.fig6_fits()
    assert f["stretched"].r2 > f["exponential"].r2
    assert f["stretched"].time < f["exponential"].time   # stretched T is the shorter time


def test_fig4_record_and_width_definition():
    r = records.fig4_record()
    assert r.b_em.shape == (201,) and r.b_em[records.FIG4_ZERO_INDEX] == 0.0
    assert np.max(r.pl) == 1.0 and np.max(r.angle) == 1.0
    f = records.fig4_fits()
    for fit in f.values():
        assert fit.amplitude < 0                        # both traces show a dip
        assert fit.hwhm == pytest.approx(fit.sigma * np.sqrt(2 * np.log(2)))
        assert 15.0 < fit.center < 21.0                  # at the {110} crossing (17 G)


def test_missing_record_is_a_clear_error():
    with pytest.raises(ValueError, match="name"):
        records.sha256("nope.tsv")


def test_fig7_record_and_dips():
    v, b, y = records.fig7_record()
    assert v.shape == (476,) and np.all(np.diff(v) > 0)
    # the authors' axis (data/20200917/simu.py): linear in the sample index, 0 to the path length
    L = records.fp.path("fig7").length_gauss
    np.testing.assert_allclose(b, np.arange(476) * L / 475, rtol=1e-12, atol=1e-12)
    # the alternative reading: linear in the read-back voltage, 0 G at -2.34 V, L at +2.34 V
    v2, b2, _ = records.fig7_record("voltage")
    np.testing.assert_allclose(np.interp([-2.34, 2.34], v2, b2), [0.0, L], rtol=1e-12, atol=1e-9)
    with pytest.raises(ValueError, match="axis"):
        records.fig7_record("volts")
    dips = records.fig7_dip_fits()
    assert [d.amplitude < 0 for d in dips] == [True] * 3
    centres = [d.center for d in dips]
    assert centres == sorted(centres)
    # the {100} dip (two degenerate pairs) is the deepest, as in the model and the paper
    assert min(range(3), key=lambda i: dips[i].amplitude) == 1


def test_fig12_record_axis_and_dip():
    r = records.fig12_record()
    assert r.b_em.shape == (201,) and r.b_em[records.FIG12_ZERO_INDEX] == 0.0
    np.testing.assert_allclose(r.b_em[-1] - r.b_em[0], records.fp.path("fig12").length_gauss)
    g = records.fig12_pl_fit()
    assert g.amplitude < 0 and 0 < g.sigma < 10
