"""Measured spectra of Part I (Fig. 4(a) MDMR, Fig. 12(e) reflected light): loaders, the
peak-count rule and the authors' multi-Gaussian fit."""

import numpy as np
import pytest

from nvlib.cr_torque import records


def test_fig4a_loader_reads_what_provenance_says():
    d = np.loadtxt(records.DATA_DIR / records.FIG4A_FILE, comments="#")
    assert d.shape == (351, 4)
    # 2.5 to 3.2 GHz in 2 MHz steps, as PROVENANCE.md says
    assert d[0, 0] == pytest.approx(2.5, abs=0) and d[-1, 0] == pytest.approx(3.2, abs=1e-12)
    assert np.allclose(np.diff(d[:, 0]), 0.002, atol=1e-9, rtol=0)
    f, spectra = records.fig4a_record()
    assert f[0] == pytest.approx(2500.0, abs=1e-9) and f[-1] == pytest.approx(3200.0, abs=1e-9)
    assert list(spectra) == [10.0, 17.0, 25.0]
    for y in spectra.values():
        assert np.median(y) == pytest.approx(1.0, abs=1e-12)
        # counts of order 1e7 with per-cent lines: normalised signal stays within ±15 %
        assert np.all(np.abs(y - 1) < 0.15)
    assert np.all((d[:, 1:] > 1e6) & (d[:, 1:] < 2e7))


def _synthetic(centres, amps, width=4.0, noise=0.002, seed=1):
    rng = np.random.default_rng(seed)
    f = np.arange(2500.0, 2930.0 + 1, 2.0)
    y = np.ones_like(f)
    for c, a in zip(centres, amps):
        y += a * np.exp(-((f - c) ** 2) / (2 * width ** 2))
    return f, y + rng.normal(0, noise, f.size)


@pytest.mark.parametrize("centres, amps", [
    ((2570, 2740, 2890), (-0.05, 0.06, 0.04)),
    ((2570, 2720, 2760, 2890), (-0.05, -0.05, 0.06, 0.04)),
    ((2600,), (0.08,)),
])
def test_peak_count_rule_on_synthetic_spectra(centres, amps):
    f, y = _synthetic(centres, amps)
    pk = records.count_spectrum_peaks(f, y)
    assert pk.count == len(centres)
    assert pk.signs == tuple(int(np.sign(a)) for a in amps)
    assert np.allclose(pk.centers, centres, atol=4.0)


def test_peak_count_rule_ignores_noise_and_sub_threshold_lines():
    f, y = _synthetic((), ())
    assert records.count_spectrum_peaks(f, y).count == 0
    # a line at 2 sigma of the noise is not counted at k = 5
    f, y = _synthetic((2700,), (0.004,))
    assert records.count_spectrum_peaks(f, y).count == 0


def test_peak_count_rule_rejects_bad_input():
    f, y = _synthetic((2600,), (0.08,))
    with pytest.raises(ValueError, match="k"):
        records.count_spectrum_peaks(f, y, k=0)
    with pytest.raises(ValueError, match="window"):
        records.count_spectrum_peaks(f, y, window=(3000, 3100))
    with pytest.raises(ValueError, match="same length"):
        records.count_spectrum_peaks(f, y[:-1])


def test_double_gaussian_fit_recovers_known_parameters():
    rng = np.random.default_rng(3)
    x = np.linspace(0, 46, 170)
    true = dict(offset=0.995, centres=(19.0, 26.5), widths=(1.8, 1.3), amps=(0.0045, 0.0022))
    y = np.full_like(x, true["offset"])
    for c, w, a in zip(true["centres"], true["widths"], true["amps"]):
        y += a * np.exp(-((x - c) ** 2) / (2 * w ** 2))
    y += rng.normal(0, 2e-4, x.size)
    fit = records.fit_multi_gaussian(x, y, (20.0, 26.0), 1.0)
    assert fit.offset == pytest.approx(true["offset"], abs=1e-4)
    assert np.allclose(fit.centers, true["centres"], atol=0.3, rtol=0)
    assert np.allclose(fit.widths, true["widths"], atol=0.3, rtol=0)
    assert np.allclose(fit.amplitudes, true["amps"], atol=5e-4, rtol=0)
    assert np.all(np.abs(np.array(fit.amplitudes) - true["amps"]) < 4 * np.array(fit.amplitude_errors))
    assert fit(x) == pytest.approx(y, abs=1e-3)


def test_multi_gaussian_rejects_bad_input():
    x = np.linspace(0, 1, 20)
    with pytest.raises(ValueError, match="width"):
        records.fit_multi_gaussian(x, x, (0.5,), 0.0)
    with pytest.raises(ValueError, match="centers"):
        records.fit_multi_gaussian(x, x, (), 0.1)


@pytest.mark.parametrize("centres, amps, expected", [
    ((19.0, 26.5), (0.0045, 0.0022), 2),    # two bumps, one on each side of 23 G
    ((19.0, 26.5), (0.0045, -0.0022), 1),   # a bump and a dip: one side
    ((17.0, 20.0), (0.0045, 0.0022), 1),    # both below the resonance
    ((19.0, 26.5), (0.0045, 0.0001), 1),    # the second is buried in the noise
])
def test_sides_with_bumps_on_synthetic_records(centres, amps, expected):
    rng = np.random.default_rng(5)
    x = np.linspace(0, 46, 170)
    y = np.full_like(x, 0.995)
    for c, a in zip(centres, amps):
        y += a * np.exp(-((x - c) ** 2) / (2 * 1.5 ** 2))
    y += rng.normal(0, 2e-4, x.size)
    fit = records.fit_multi_gaussian(x, y, centres, 1.0)
    assert records.sides_with_bumps(fit, 23.0) == expected
    with pytest.raises(ValueError, match="k"):
        records.sides_with_bumps(fit, 23.0, k=0)


def test_fig7c_loader_reads_what_provenance_says():
    d = np.loadtxt(records.DATA_DIR / records.FIG7C_FILE, comments="#")
    assert d.shape == (300, 4)
    # 2.5000 to 2.8987 GHz in 0.4/300 GHz steps, printed to four decimals
    assert np.allclose(d[:, 0], np.round(2.5 + np.arange(300) * 0.4 / 300, 4), atol=1e-12, rtol=0)
    f, spectra = records.fig7c_record()
    assert list(spectra) == list(records.FIG7_DIP_VOLTAGES)
    for y in spectra.values():
        assert np.median(y) == pytest.approx(1.0, abs=1e-12)
        # PL of order 5e6 counts with ODMR dips of a fraction of a per cent, never a rise
        assert 0.985 < y.min() < 0.997 and y.max() < 1.003
    assert np.all((d[:, 1:] > 5.0e6) & (d[:, 1:] < 5.5e6))


def test_fig7c_lines_sit_at_the_authors_fitted_frequencies():
    # the authors fitted these spectra for their path (fieldpaths.FIG7_MEASURED_PEAKS_MHZ): the
    # carried records must show their distinct lines, within two samples (2.7 MHz)
    from nvlib.cr_torque.fieldpaths import FIG7_MEASURED_PEAKS_MHZ
    peaks = records.fig7c_peaks()
    for v, key in ((-0.66, "-0.66 V"), (0.8, "+0.8 V")):
        want = sorted(set(FIG7_MEASURED_PEAKS_MHZ[key]))
        assert peaks[v].count == len(want) and set(peaks[v].signs) == {-1}
        assert np.allclose(peaks[v].centers, want, atol=2.7, rtol=0)


def test_fig12b_loader_and_lines_at_the_authors_list():
    d = np.loadtxt(records.DATA_DIR / records.FIG12B_FILE, comments="#")
    assert d.shape == (400, 5)
    # 2.5 to 3.2 GHz in 0.7/399 GHz steps, printed to six significant digits
    assert np.allclose(d[:, 0], 2.5 + np.arange(400) * 0.7 / 399, atol=6e-6, rtol=0)
    f, spectra = records.fig12b_record()
    assert list(spectra) == list(records.FIG12B_LABELS)
    # every line the count rule finds is one the authors listed for their path fit (within two
    # samples, 3.5 MHz): the record is the spectra they read
    from nvlib.cr_torque.plots.scans import FIG12_MDMR_PEAKS_MHZ
    for lab, pk in records.fig12b_peaks().items():
        assert pk.count >= 3
        listed = np.array(FIG12_MDMR_PEAKS_MHZ[lab], float)
        assert all(np.min(np.abs(listed - c)) <= 3.5 for c in pk.centers), (lab, pk.centers)


def test_fig12_pool_and_the_authors_average():
    d = np.loadtxt(records.DATA_DIR / records.FIG12_POOL_FILE, comments="#")
    assert d.shape == (201, 5) and np.array_equal(d[:, 0], np.arange(201))
    pool = records.fig12_pool()
    assert list(pool) == list(records.FIG12_POOL)
    b, avg = records.fig12_pl_average()
    assert np.allclose(avg, sum(pool.values()) / 5, atol=1e-15, rtol=0)
    sl = records.FIG12_FIT_SLICE
    # every record dips (PL drop of a few 1e-3) inside the crossing region, samples 95-135
    for y in pool.values():
        assert 95 <= int(np.argmin(y[sl])) + sl.start <= 135
    # averaging five independent records lowers the sample-to-sample noise, by about sqrt(5)
    def noise(y):
        return np.std(np.diff(y[sl])) / np.sqrt(2)
    singles = [noise(y) for y in pool.values()]
    assert noise(avg) < 0.8 * np.median(singles)
    fit = records.fig12_pl_average_fit()
    assert fit.amplitude < 0 and abs(fit.center - b[int(np.argmin(avg[sl])) + sl.start]) < 2.0
