"""Physics tests for nvlib.cr_torque.relaxation (fluctuator model, Pellet-Mary et al. 2021 SI Fig. 6)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, stats

from nvlib.cr_torque.relaxation import (
    MODEL_KINDS,
    RelaxationFit,
    exponential,
    fit_exponential,
    fit_stretched_exponential,
    levy_laplace_transform,
    levy_rate_cdf,
    levy_rate_density,
    sample_levy_rates,
    stretched_exponential,
    synthetic_t1_trace,
)

T1 = 0.2088  # ms, the paper's stretched-exponential fit of Fig. 6
A_PAPER = 1.0158
S_VALUES = (0.24, 0.96, 4.8)  # t / T1


# ---------------------------------------------------------------------------
# Lévy rate density
# ---------------------------------------------------------------------------
def _quad_log_gamma(f, t1: float) -> float:
    """integral_0^inf f(gamma) dgamma with gamma = e^y / t1 (handles the gamma^-3/2 tail).

    y in [-30, 80]: below, the density is < exp(-e^30 / 4); above, the tail
    carries erf(e^-40 / 2) ~ e^-40 / sqrt(pi) ~ 2e-18 of the probability.
    """
    val, _ = integrate.quad(lambda y: f(math.exp(y) / t1) * math.exp(y) / t1,
                            -30.0, 80.0, points=(-3.0, 0.0, 3.0, 10.0),
                            epsabs=1e-13, epsrel=1e-11, limit=400)
    return val


@pytest.mark.parametrize("t1", [T1, 1.0, 37.0])
def test_density_is_normalised(t1):
    total = _quad_log_gamma(lambda g: float(levy_rate_density(g, t1)), t1)
    assert total == pytest.approx(1.0, abs=1e-6)


def test_density_closed_form_and_zero_limit():
    t1 = 0.5
    g = np.array([0.0, 0.01, 0.3, 1.0, 20.0, 1e6])
    expected = np.zeros_like(g)
    gp = g[1:]
    expected[1:] = np.exp(-1.0 / (4 * gp * t1)) / np.sqrt(4 * np.pi * gp**3 * t1)
    np.testing.assert_allclose(levy_rate_density(g, t1), expected, rtol=1e-12, atol=0)
    assert levy_rate_density(0.0, t1) == 0.0
    # density vanishes (essential singularity) as gamma -> 0+
    assert levy_rate_density(1e-3, t1) < 1e-200


@pytest.mark.parametrize("s", S_VALUES)
def test_numeric_laplace_transform_matches_stretched_exponential(s):
    t = s * T1
    numeric = levy_laplace_transform(t, T1, numeric=True)
    assert numeric == pytest.approx(math.exp(-math.sqrt(s)), abs=1e-6)
    # independent quadrature (log-gamma substitution) of the density itself
    direct = _quad_log_gamma(lambda g: float(levy_rate_density(g, T1)) * math.exp(-g * t), T1)
    assert direct == pytest.approx(math.exp(-math.sqrt(s)), abs=1e-6)


def test_laplace_transform_vectorised_closed_vs_numeric():
    t = np.array([[0.0, 0.05], [0.2, 1.0]])
    closed = levy_laplace_transform(t, T1)
    numeric = levy_laplace_transform(t, T1, numeric=True)
    assert closed.shape == numeric.shape == t.shape
    np.testing.assert_allclose(numeric, closed, atol=1e-8)
    np.testing.assert_allclose(closed, stretched_exponential(t, 1.0, T1), rtol=1e-14)


def test_cdf_equals_integral_of_density():
    # P(gamma < g) = erfc(1 / (2 sqrt(g T1))) -- check the derivation by quadrature
    t1 = 2.0
    for g in (0.01, 0.1, 0.5, 3.0, 40.0):
        val, _ = integrate.quad(lambda y: float(levy_rate_density(math.exp(y), t1)) * math.exp(y),
                                -np.inf, math.log(g), epsabs=1e-13, epsrel=1e-11, limit=200)
        assert levy_rate_cdf(g, t1) == pytest.approx(val, abs=1e-8)
        assert levy_rate_cdf(g, t1) == pytest.approx(math.erfc(1 / (2 * math.sqrt(g * t1))),
                                                     rel=1e-12)


# ---------------------------------------------------------------------------
# sampling
# ---------------------------------------------------------------------------
def test_sampled_ensemble_average_gives_stretched_exponential():
    rng = np.random.default_rng(20210311)
    rates = sample_levy_rates(200_000, T1, rng)
    assert rates.shape == (200_000,)
    assert np.all(rates > 0)
    for s in (0.1, *S_VALUES):
        decays = np.exp(-rates * s * T1)
        mean = decays.mean()
        sem = decays.std(ddof=1) / math.sqrt(decays.size)
        assert abs(mean - math.exp(-math.sqrt(s))) < 4 * sem, (s, mean, sem)


def test_sampled_rates_pass_ks_test():
    rates = sample_levy_rates(50_000, T1, np.random.default_rng(7))
    res = stats.kstest(rates, lambda g: levy_rate_cdf(g, T1))
    assert res.pvalue > 0.01
    # the KS test does reject a wrong T1 (50 % off), so it has power here
    wrong = stats.kstest(rates, lambda g: levy_rate_cdf(g, 1.5 * T1))
    assert wrong.pvalue < 1e-6


def test_sampling_reproducible_with_seed():
    np.testing.assert_array_equal(sample_levy_rates(5, 1.0, 3), sample_levy_rates(5, 1.0, 3))


# ---------------------------------------------------------------------------
# fits
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind, fitter", [("stretched", fit_stretched_exponential),
                                          ("exponential", fit_exponential)])
@pytest.mark.parametrize("amp, tau", [(1.0, 0.22), (0.3, 1.61), (-0.05, 0.49)])
def test_fit_recovers_noiseless_parameters(kind, fitter, amp, tau):
    t = np.linspace(0.0, 3.0, 40)
    y = synthetic_t1_trace(t, tau, amplitude=amp, kind=kind)
    fit = fitter(t, y)
    assert isinstance(fit, RelaxationFit)
    assert fit.model == kind
    assert fit.amplitude == pytest.approx(amp, rel=1e-6)
    assert fit.time == pytest.approx(tau, rel=1e-6)
    assert fit.r2 == pytest.approx(1.0, abs=1e-10)
    np.testing.assert_allclose(fit(t), y, atol=1e-9 * abs(amp))


@pytest.mark.parametrize("kind, fitter", [("stretched", fit_stretched_exponential),
                                          ("exponential", fit_exponential)])
def test_fit_noisy_data_within_uncertainty(kind, fitter):
    t = np.linspace(0.0, 1.5, 61)
    amp, tau, noise = 1.0, 0.3, 0.02
    for seed in range(5):
        y = synthetic_t1_trace(t, tau, amplitude=amp, noise=noise, rng=seed, kind=kind)
        fit = fitter(t, y)
        assert 0 < fit.amplitude_err < 0.1 and 0 < fit.time_err < 0.1 * tau
        assert abs(fit.amplitude - amp) < 4 * fit.amplitude_err
        assert abs(fit.time - tau) < 4 * fit.time_err
        assert 0.9 < fit.r2 < 1.0
        # residual rms is the injected noise
        rms = np.sqrt(np.mean((y - fit(t)) ** 2))
        assert rms == pytest.approx(noise, rel=0.25)


def test_stretched_data_prefers_stretched_model():
    t = np.linspace(0.0, 1.5, 61)
    y = synthetic_t1_trace(t, T1, amplitude=A_PAPER, noise=0.02, rng=11)
    r2_str = fit_stretched_exponential(t, y).r2
    r2_exp = fit_exponential(t, y).r2
    assert r2_str > r2_exp + 0.02
    # and conversely for exponential data
    y = synthetic_t1_trace(t, 0.4, noise=0.02, rng=11, kind="exponential")
    assert fit_exponential(t, y).r2 > fit_stretched_exponential(t, y).r2


def test_r2_definition():
    t = np.linspace(0.0, 1.0, 25)
    y = synthetic_t1_trace(t, 0.3, noise=0.05, rng=4)
    fit = fit_exponential(t, y)
    ss_res = np.sum((y - fit(t)) ** 2)
    ss_tot = np.sum((y - y.mean()) ** 2)
    assert fit.r2 == pytest.approx(1 - ss_res / ss_tot, rel=1e-12)


def test_fit_with_explicit_p0_and_unsorted_input():
    rng = np.random.default_rng(0)
    t = rng.permutation(np.linspace(0.0, 2.0, 30))
    y = stretched_exponential(t, 0.8, 0.5)
    fit = fit_stretched_exponential(t, y, p0=(1.0, 1.0))
    assert fit.amplitude == pytest.approx(0.8, rel=1e-6)
    assert fit.time == pytest.approx(0.5, rel=1e-6)
    # slowly decaying data (never reaching y0/e) still fits from the automatic guess
    t = np.linspace(0.0, 0.1, 20)
    fit = fit_exponential(t, exponential(t, 2.0, 5.0))
    assert fit.time == pytest.approx(5.0, rel=1e-6)


def test_fit_result_is_frozen():
    t = np.linspace(0, 1, 10)
    fit = fit_exponential(t, exponential(t, 1.0, 0.5))
    with pytest.raises(AttributeError):
        fit.time = 1.0  # type: ignore[misc]


def test_paper_cross_check_fig6():
    """Noiseless data from the paper's stretched fit; plain exponential without offset.

    Paper (real data): stretched R^2 = 0.981 (A = 1.0158, T = 0.2088 ms),
    exponential R^2 = 0.942 (A = 0.6801, T = 0.4267 ms). On noiseless synthetic
    stretched data (t = 0..1.5 ms, 61 points) the exponential gets R^2 ~ 0.90,
    A ~ 0.69, T ~ 0.46 ms.
    """
    t = np.linspace(0.0, 1.5, 61)  # ms
    y = synthetic_t1_trace(t, T1, amplitude=A_PAPER)
    f_str = fit_stretched_exponential(t, y)
    f_exp = fit_exponential(t, y)
    assert f_str.time == pytest.approx(0.2088, rel=1e-6)
    assert f_str.amplitude == pytest.approx(1.0158, rel=1e-6)
    assert f_str.r2 == pytest.approx(1.0, abs=1e-12)
    assert f_exp.r2 < 0.99
    # the exponential fit lands near the paper's exponential parameters
    assert f_exp.amplitude == pytest.approx(0.6801, rel=0.1)
    assert f_exp.time == pytest.approx(0.4267, rel=0.15)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def test_model_kinds():
    assert set(MODEL_KINDS) == {"stretched", "exponential"}


@pytest.mark.parametrize("bad_t", [-0.1, [0.0, -1.0], np.nan, [0.0, np.inf]])
def test_bad_t_raises(bad_t):
    with pytest.raises(ValueError, match=r"^t must"):
        stretched_exponential(bad_t, 1.0, 1.0)
    with pytest.raises(ValueError, match=r"^t must"):
        levy_laplace_transform(bad_t, 1.0)
    with pytest.raises(ValueError, match=r"^t must"):
        synthetic_t1_trace(bad_t, 1.0)


@pytest.mark.parametrize("bad", [0.0, -1.0, np.nan, np.inf])
def test_bad_t1_and_time_raise(bad):
    with pytest.raises(ValueError, match=r"^t1 must.*\(0, inf\)"):
        levy_rate_density(1.0, bad)
    with pytest.raises(ValueError, match=r"^t1 must"):
        levy_laplace_transform(1.0, bad, numeric=True)
    with pytest.raises(ValueError, match=r"^t1 must"):
        sample_levy_rates(10, bad)
    with pytest.raises(ValueError, match=r"^t1 must"):
        synthetic_t1_trace([0.0, 1.0], bad)
    with pytest.raises(ValueError, match=r"^time must.*\(0, inf\)"):
        stretched_exponential(1.0, 1.0, bad)
    with pytest.raises(ValueError, match=r"^time must"):
        exponential(1.0, 1.0, bad)


def test_bad_gamma_raises():
    with pytest.raises(ValueError, match=r"^gamma must"):
        levy_rate_density(-1.0, 1.0)


def test_fit_input_errors():
    with pytest.raises(ValueError, match="same shape"):
        fit_exponential([0.0, 1.0, 2.0], [1.0, 0.5])
    with pytest.raises(ValueError, match="at least 3"):
        fit_stretched_exponential([0.0, 1.0], [1.0, 0.5])
    with pytest.raises(ValueError, match=r"^t must"):
        fit_exponential([0.0, -1.0, 2.0], [1.0, 0.5, 0.2])


@pytest.mark.parametrize("bad", [-0.01, np.nan])
def test_bad_noise_raises(bad):
    with pytest.raises(ValueError, match=r"^noise must.*\[0, inf\)"):
        synthetic_t1_trace([0.0, 1.0], 1.0, noise=bad)


@pytest.mark.parametrize("bad", [0, -5, 2.5])
def test_bad_n_raises(bad):
    with pytest.raises(ValueError, match=r"^n must.*\[1, inf\)"):
        sample_levy_rates(bad, 1.0)


def test_unknown_kind_raises_listing_allowed():
    with pytest.raises(ValueError, match=r"^kind must be one of.*stretched.*exponential"):
        synthetic_t1_trace([0.0, 1.0], 1.0, kind="gaussian")


# ---------------------------------------------------------------------------
# Offset fit and the Fig. 2(c) record
# ---------------------------------------------------------------------------
def test_offset_fit_recovers_known_parameters():
    from nvlib.cr_torque.relaxation import fit_stretched_exponential_offset
    t = np.linspace(0.01, 5.0, 200)
    y = 0.45 + 1.3 * np.exp(-np.sqrt(t / 0.49))
    f = fit_stretched_exponential_offset(t, y)
    assert f.time == pytest.approx(0.49, rel=1e-7)
    assert f.offset == pytest.approx(0.45, abs=1e-8)
    assert f.amplitude == pytest.approx(1.3, rel=1e-7)
    assert f(t) == pytest.approx(y, abs=1e-9)


def test_offset_fit_needs_four_points():
    from nvlib.cr_torque.relaxation import fit_stretched_exponential_offset
    with pytest.raises(ValueError, match="4 points"):
        fit_stretched_exponential_offset([0.1, 0.2, 0.3], [1.0, 0.9, 0.8])


def test_mean_time_is_the_integral_of_the_decay():
    """∫ e^(-√(t/T)) dt = 2T (substitute t = T u²), ∫ e^(-t/T) dt = T."""
    for model, fn in (("stretched", stretched_exponential), ("exponential", exponential)):
        f = RelaxationFit(model=model, amplitude=1.0, time=0.37, amplitude_err=0.0,
                          time_err=0.0, r2=1.0)
        num = integrate.quad(lambda t: fn(t, 1.0, 0.37), 0, np.inf, limit=400)[0]
        assert f.mean_time == pytest.approx(num, rel=1e-6)


def test_fig2c_fits_reproduce_the_authors_drawn_curves():
    """Independent reference: the red fit lines of the authors' EPS (vertices in the record)."""
    from nvlib.cr_torque import records
    fits = records.fig2c_fits()
    for n in (0, 1, 3):
        tf, yf = records.fig2c_fit_curves(n)
        assert np.max(np.abs(fits[n](tf) - yf)) < 1e-5   # EPS coordinates carry ~1e-3 pt
    # the traces are ordered as the caption: the more partners, the faster the decay
    assert fits[0].time > fits[1].time > fits[3].time


def test_fig2c_record_axes_and_bad_input():
    from nvlib.cr_torque import records
    t, y = records.fig2c_record(1)
    assert t.size == 199 and 0 < t.min() < 0.02 and t.max() == pytest.approx(5.0, abs=1e-6)
    assert y[0] == pytest.approx(1.5, abs=1e-4)     # trace (ii) starts on the 1.5 tick
    with pytest.raises(ValueError, match="n_partners"):
        records.fig2c_record(2)
