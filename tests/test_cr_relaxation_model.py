"""The relaxation side of Part I: T1 with resonant partners, and the synthetic Fig. 6 test."""

import pytest

from nvlib.cr_torque import relaxation as rx
from nvlib.cr_torque import torque
from nvlib.cr_torque.plots.relaxation import t1_with_partners

def test_t1_with_partners_follows_the_additive_rule():
    m = torque.preset("si_text")
    for n in (0, 1, 3):
        expected = 1.0 / (1.0 / m.t1_base + n / m.t1_dd)
        assert t1_with_partners(n) == pytest.approx(expected, rel=1e-3)


def test_t1_with_partners_rejects_unknown_counts():
    with pytest.raises(ValueError, match="n_partners"):
        t1_with_partners(2)


def test_noise_calibration_gives_the_target_r2_on_average():
    cmp6 = rx.fig6_comparison(n_records=100, seed=1)
    assert cmp6.r2_stretched_mean == pytest.approx(0.981, abs=0.003)
    assert cmp6.r2_exponential_mean < cmp6.r2_stretched_mean


def test_noise_for_r2_limits():
    t = rx.FIG6_DELAYS
    assert rx.noise_for_r2(t, 1.0, 2e-4, 0.999) < rx.noise_for_r2(t, 1.0, 2e-4, 0.9)
    with pytest.raises(ValueError, match="r2"):
        rx.noise_for_r2(t, 1.0, 2e-4, 1.2)
    with pytest.raises(ValueError, match="n_records"):
        rx.fig6_comparison(0)
