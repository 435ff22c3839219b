"""Claims of Kortan, Şahin, Flatté (2016) about the host and the single centres (Figs 1–2, text)."""

from __future__ import annotations

from nvlib.claims.registry import claim
from nvlib.exchange import singles

_SPIN_NOTE = ("S = |Σ_filled ⟨σz⟩|/2 of the ground state, with the electron count of "
              "centres.ELECTRONS (taken from the paper's text for Cr, Ni and NV⁻, one electron "
              "per step from Cr to Ni) filled into the computed gap levels; the spin therefore "
              "tests the computed ordering of the up and down levels. Spin–orbit mixes the spin "
              "slightly, so S is not exactly half-integer. The paper prints the spin ('spin 0', 'spin "
              "1/2', 'spin 1'); encoded as 2S, the number of unpaired electrons (printed 0, 1, 2), "
              "whose last-digit band ±0.5 is a quarter of a unit of S. Fe is a consistency check: "
              "Table I gives Fe no magnetic potential, so S = 0 follows from the input.")
#: Why every spin is a consistency check: the fillings are stated (Cr, Ni, NV⁻) or inferred one
#: electron per step (Mn, Co) into levels that Table I's d potentials were fitted to place.
_SPIN_KIND = {
    "Mn": " Consistency: Mn's electron count is inferred (one per step from Cr to Ni) and its "
          "e and t2 levels are where Table I's d potentials were fitted to put them, so S = 1/2 "
          "follows by counting; the book's earlier 'prediction' counted it as more.",
    "Co": " Consistency: as for Mn, the count is inferred and the levels are Table I's fit, so "
          "S = 1/2 follows by counting.",
    "Cr": " Consistency: 'two electrons in the spin-up e state' states the filling, and S = 1 "
          "follows from it by counting.",
    "Ni": " Consistency: 'two electrons in the spin-up t2 states' states the filling, and S = 1 "
          "follows from it by counting.",
}


def _variants(species, fn, variants=("half-magnetic", "no-so")):
    vals = [fn(singles.levels(species, variant=v)) for v in variants]
    return (min(vals), max(vals))


def nv_pattern_spin(pattern, electrons: int = 4) -> float:
    """S of ``electrons`` electrons filled from the bottom into NV⁻ gap levels (eV, degeneracy,
    spin); the manifold's missing states (below the valence band) are filled with the spins that
    complete three up and three down states."""
    states = [s for _, d, s in pattern for _ in range(d)]
    missing_up, missing_dn = 3 - states.count("↑"), 3 - states.count("↓")
    n_gap = electrons - max(missing_up, 0) - max(missing_dn, 0)
    filled = states[:max(n_gap, 0)]
    return abs(filled.count("↑") + missing_up - filled.count("↓") - missing_dn) / 2


def nv_readings_range(fn):
    """(min, max) of ``fn(row)`` over the NV⁻ readings of Table II (``singles.nv_reading_table``)."""
    vals = [fn(row) for row in singles.nv_reading_table()]
    return (min(vals), max(vals))


for _sp, _S, _where in (("Fe", 0.0, "Main text, Fig. 2"), ("Mn", 0.5, "Main text, Fig. 2"),
                        ("Co", 0.5, "Main text, Fig. 2"),
                        ("Cr", 1.0, "Main text, Fig. 2"), ("Ni", 1.0, "Main text, Fig. 2")):
    claim(id=f"exchange/spin-{_sp.lower()}", paper="exchange", source="paper",
          kind="consistency", where=_where,
          quantity=f"twice the ground-state spin, 2S, of {_sp}",
          unit="1", printed=f"{2 * _S:g}", verdict="reproduced",
          note=_SPIN_NOTE + _SPIN_KIND.get(_sp, ""), statements=("exchange/s065",))(
        lambda sp=_sp: 2 * singles.levels(sp).spin)


def _pattern(species):
    lv = singles.levels(species)
    return [(n, s) for _, n, s in singles.multiplets(lv.energies, lv.up)]


@claim(id="exchange/cr-levels", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 1",
       quantity="Cr gap levels are e↑(2), e↓(2), t2↑(3), t2↓(3) (1 = yes)", unit="1",
       printed="yes", verdict="reproduced", statements=("exchange/s054",),
       note="Consistency: Table I's d potentials were set 'to position the d states of correct "
            "tetrahedral symmetry (t2 or e) at the correct locations within the diamond band "
            "gap', so the level pattern follows from the input. Multiplets of the computed gap states (same spin, within 0.2 eV): Cr gives "
            "e↑ 0.82, e↓ 2.85, t2↑ 4.06, t2↓ 4.32 eV (spin–orbit splits the t2 by ≈3 meV). "
            "Encoded as 1 when the sizes and spins are exactly {2↑, 2↓, 3↑, 3↓}.")
def _cr_levels() -> float:
    return float(sorted(_pattern("Cr")) == sorted([(2, "↑"), (2, "↓"), (3, "↑"), (3, "↓")]))


@claim(id="exchange/cr-filling", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 1", quantity="electrons of Cr in its lowest (e↑) gap level",
       unit="1", printed="count 2", verdict="reproduced", statements=("exchange/s055",),
       note="Two electrons fill the two lowest gap states, which are the e↑ doublet. "
            "Consistency: the electron count (2) is taken from this sentence and the levels "
            "from Table I's fit.")
def _cr_filling() -> float:
    lv = singles.levels("Cr")
    m = singles.multiplets(lv.energies, lv.up)[0]
    return float(min(lv.n_filled_gap, m[1]) if m[2] == "↑" and m[1] == 2 else 0)


@claim(id="exchange/ni-levels", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 1",
       quantity="Ni: only t2 levels (t2↑, t2↓) in the gap, e below the valence band (1 = yes)",
       unit="1", printed="yes", verdict="reproduced", statements=("exchange/s056",),
       note="Consistency: Table I was fitted to place the Ni d states. Ni's gap states are two triplets (t2↑ ≈ 2.44, t2↓ ≈ 2.94 eV) whose d weight is "
            "> 99 % t2; the e doublets lie below the valence-band edge (the resonance near "
            "−1 eV in the LDOS of Fig. 1).")
def _ni_levels() -> float:
    lv = singles.levels("Ni")
    return float(sorted(_pattern("Ni")) == sorted([(3, "↑"), (3, "↓")]) and
                 lv.homo_e_fraction < 0.1)


@claim(id="exchange/ni-filling", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 1", quantity="electrons of Ni in its lowest (t2↑) gap level",
       unit="1", printed="count 2", verdict="reproduced", statements=("exchange/s058",),
       note="Electrons filled into the lowest gap multiplet when that multiplet is the t2↑ "
            "triplet (0 otherwise). Consistency: the count (six electrons in the manifold, four "
            "of them in the e states below the valence band) comes from the paper's text.")
def _ni_filling() -> float:
    lv = singles.levels("Ni")
    m = singles.multiplets(lv.energies, lv.up)[0]
    return float(min(lv.n_filled_gap, m[1]) if m[2] == "↑" and m[1] == 3 else 0)


#: Smallest splitting (eV) that is visible on the 14 eV wide energy axis of Fig. 1.
VISIBLE_SPLITTING = 0.05


@claim(id="exchange/ni-so-splitting", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 1",
       quantity="Ni t2↑ spin–orbit spread is visible, i.e. > 0.05 eV (1 = yes)",
       unit="1", printed="yes", verdict="reproduced", statements=("exchange/s057",),
       note="The paper calls the splitting 'visible' and prints no number. Encoded as 1 when "
            "the spread of the t2↑ triplet exceeds 0.05 eV, about a line width on Fig. 1's "
            "14 eV axis; the model gives ≈0.14 eV (Δ_d = −0.33 eV), and ≈0.003 eV for Cr "
            "(Δ_d = 0.02 eV), which is not visible. Consistency, not a prediction: the "
            "splitting follows from Table I's Δ_d, an input, and the t2 character of the "
            "levels Table I was fitted to place.",
       model_range_compute=lambda: tuple(float(_so_spread(v) > VISIBLE_SPLITTING)
                                         for v in ("half-magnetic", "main")))
def _ni_so() -> float:
    return float(_so_spread("main") > VISIBLE_SPLITTING)


def _so_spread(variant: str, species: str = "Ni") -> float:
    """Spread (eV) of the spin-up t2 gap states (the three highest spin-up states)."""
    lv = singles.levels(species, variant=variant)
    e = lv.energies[lv.up >= 0.5][-3:]
    return float(e.max() - e.min())


def _homo_weight(species, variant="main"):
    lv = singles.levels(species, variant=variant)
    return float(lv.onsite[lv.homo])


def _filled_weight(species):
    """On-site probability summed over the filled gap states (reading 'filled gap states')."""
    lv = singles.levels(species)
    return float(lv.onsite[:lv.n_filled_gap].sum())


@claim(id="exchange/cr-ni-weight-ratio", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 1",
       quantity="on-site probability of the ground state (HOMO), Cr : Ni", unit="1",
       printed="∼2", verdict="discrepancy", statements=("exchange/s059",),
       readings=("exchange/weight-definition",),
       note="Probability of the highest occupied state on the impurity site: Cr e↑ ≈ 0.53, "
            "Ni t2↑ ≈ 0.62, a ratio ≈ 0.9, not ≈ 2. Both states are deep (≥ 0.8 eV from the "
            "band edges) and d-like, and Table I puts Ni's d potentials deeper than Cr's. The "
            "paper's ratio comes from DFT (its Refs. 15, 16); the tight-binding potentials of "
            "Table I, as read here, do not carry it. The paper may have meant the "
            "'integrated spectral weight' of its Fig. 1 right axis, of which only the curve, "
            "not its definition, is printed.",
       model_range_compute=lambda: tuple(sorted(
           [_homo_weight("Cr", v) / _homo_weight("Ni", v) for v in ("half-magnetic", "no-so")]
           + [_filled_weight("Cr") / _filled_weight("Ni")])[::2]))
def _ratio() -> float:
    return _homo_weight("Cr") / _homo_weight("Ni")


#: HOMO character stated by the paper: e-like or t2-like.
HOMO_CHARACTER = {"Fe": "e", "Mn": "e", "Cr": "e", "NV": "t2", "Co": "t2", "Ni": "t2"}


def homo_character(species: str) -> str:
    """'e' or 't2': from the HOMO's d weight in e orbitals (> 1/2: e) for a transition metal;
    NV⁻'s gap states are built from p orbitals only, which transform as t2 in Td."""
    if species == "NV":
        return "t2"
    return "e" if singles.levels(species).homo_e_fraction > 0.5 else "t2"


@claim(id="exchange/homo-symmetry", paper="exchange", source="paper", kind="consistency",
       where="Main text, Fig. 2",
       quantity="centres whose HOMO is e-like (Fe, Mn, Cr) or t2-like (NV⁻, Co, Ni) as stated",
       unit="1", printed="count 6", verdict="reproduced", statements=("exchange/s067",),
       note="Consistency: Table I places each centre's e and t2 levels and the electron count "
            "fills them, so the HOMO's symmetry follows from the inputs. Count of the six centres whose computed HOMO character matches the paper. For the "
            "transition metals the HOMO's d weight in e orbitals decides (Fe, Mn, Cr ≈ 1; Co, "
            "Ni ≈ 0); NV⁻'s states come from p (t2) orbitals by construction, so its entry is "
            "a consistency, not a prediction.")
def _homo() -> float:
    return float(sum(homo_character(sp) == c for sp, c in HOMO_CHARACTER.items()))


#: Centres the paper calls more compact (e-like HOMO) and more extended (t2-like HOMO).
COMPACT, EXTENDED = ("Fe", "Mn", "Cr"), ("Co", "Ni")


def homo_onsite() -> dict:
    """On-site probability of each transition metal's HOMO."""
    return {sp: _homo_weight(sp) for sp in COMPACT + EXTENDED}


@claim(id="exchange/homo-extent", paper="exchange", source="paper", kind="prediction",
       where="Main text, Fig. 2",
       quantity="Fe, Mn, Cr HOMOs have more probability on the dopant than Co, Ni (1 = yes)",
       unit="1", printed="yes", verdict="discrepancy", statements=("exchange/s068",),
       note="'Fe, Mn and Cr all have larger wave function probability near the dopant location "
            "and appear less extended than the Co and Ni wave functions': 1 when the smallest "
            "on-site HOMO probability of Fe, Mn, Cr exceeds the largest of Co, Ni. The model "
            "gives the reverse: Fe 0.53, Mn 0.55, Cr 0.53 against Co 0.62, Ni 0.62 (the "
            "t2-like states, deeper in Table I's potentials, are the more localised on the "
            "site). On-site probability is the book's measure of 'near the dopant'; the HOMO "
            "slices of the centres chapter show the same.")
def _extent() -> float:
    w = homo_onsite()
    return float(min(w[s] for s in COMPACT) > max(w[s] for s in EXTENDED))


def mesh_table():
    """(max relative, max absolute (eV)) change of the gap levels, N = 24 → 32, per species."""
    return {sp: singles.mesh_convergence(sp) for sp in ("Cr", "Mn", "Fe", "Co", "Ni", "NV")}



@claim(id="exchange/scale-bar-3a", paper="exchange", source="paper", kind="consistency",
       where="Fig. 2 (scale bar)", quantity="three cubic lattice constants, 3a", unit="nm",
       printed="1.07 nm", verdict="reproduced", statements=("exchange/s071b",),
       note="Fig. 2's scale bar reads '1.07 nm' (embedded figure text): 3a = 3 × 0.35668 nm = "
            "1.070 nm, the span of three conventional cells, the period of the slices' site "
            "pattern along [001]. A check of the figure's geometry against diamond's lattice "
            "constant (an input), not of the model.")
def _scale_bar() -> float:
    from nvlib.exchange import tightbinding as tb
    return 3 * tb.LATTICE_A / 10
