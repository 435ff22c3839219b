"""The readings of Part II: choices the book makes where Happacher et al. (2022) is silent.

Each reading names the place in the paper, the question the surviving text leaves open, the
reading the main model uses, the alternatives considered and the evidence. Claims whose model
range runs over a reading name it in ``readings``; a verdict that changes inside that range shows
as "depends on" it.
"""

from nvlib.readings import reading

P = "eslac"

reading(
    id="eslac/table2-order", paper=P, where="Supplement A.3, Table 2 (and Eqs. 20–25)",
    question="Table 2's header has six value columns but only three numbers survive (50, 100, "
             "300): which rate is which?",
    chosen="k_r0 = 50 MHz (NV⁰ radiative decay, Eq. 20), k_ion = 100, k_rec = 300 MHz per unit "
           "pumping parameter.",
    alternatives=(
        ("equation order", "k_r0 = 50, k_rec = 100, k_ion = 300 (the order of the equations: "
                           "Eq. 22, recombination, comes before Eq. 23, ionisation): NV⁻ is then "
                           "occupied only about 13–21 % of the time (NV1-S1, with and without "
                           "shelf ionisation)."),
    ),
    evidence="Only the three numbers survive; the column positions are lost. 50 MHz is the NV⁰ "
             "excited-state decay (lifetime ≈ 20 ns). Of the two assignments of 100 and 300, "
             "the chosen one keeps NV⁻ the majority charge state without shelf ionisation "
             "(≈ 67 % for NV1-S1), as measured for single NVs under green light (≈ 70–75 %). "
             "The earlier justification, 'the order the text introduces the processes', was "
             "wrong (issue 17): the text introduces recombination first. The choice does not "
             "follow from the B.2 claims, which fail for the steady NV⁰ fraction under both.")

reading(
    id="eslac/beta-scope", paper=P, where="Supplement B.2 (pumping parameter of the NV⁰ rates)",
    question="Which charge rates are multiplied by the pumping parameter β̄ = (β_x + β_y)/2?",
    chosen="All laser-driven charge rates: NV⁰ pumping, ionisation, recombination and shelf "
           "ionisation are Table 2 values times β̄.",
    alternatives=(
        ("B.2 literally", "Only the NV⁰ pumping and the shelf ionisation carry β̄ (the two "
                          "B.2 names); ionisation and recombination are Table 2's numbers in "
                          "MHz as printed (≈ 40× larger per unit time for NV1-S1): ≈ 57 % NV⁰, "
                          "and no NV⁰ peak at NV1-S1's dips for k_SI up to 300."),
    ),
    evidence="B.2: 'As a pumping parameter for the NV0 and the laser power dependent "
             "shelf-ionization rate from the singlet we take the average between the two pumping "
             "parameters'. B.2 names β̄ only for these two. Ionisation from the NV⁻ excited state "
             "and recombination from the NV⁰ excited state each absorb a further green photon, so "
             "they scale with the laser power too, and Table 2 gives the rates 'adapted to our "
             "nomenclature' (per unit pumping parameter); the text neither confirms nor excludes "
             "β̄ on them.")

reading(
    id="eslac/collection-efficiency", paper=P, where="Supplement A.2 (Eq. 19) and B.2",
    question="The NV⁻ collection efficiency η (PL = η k_r Σ n + bg) is not among the surviving "
             "numbers: what is it?",
    chosen="η = 0.05 (nvlib.eslac.ratemodel.COLLECTION), the book's value for every NV⁻ curve.",
    alternatives=(
        ("B.2 NV⁰ values", "η = 0.00132 or 0.00182: the NV⁰ collection efficiencies printed in "
                           "B.2 for NV1-S1 and NV2-S2, the same set-up's detection for the "
                           "other charge state."),
    ),
    evidence="No NV⁻ collection efficiency survives in the extracted text; B.2 prints NV⁰ ones "
             "(0.00132, 0.00182). The dip depths and fields do not depend on η; the 12-level "
             "background-only refit does, linearly (its rise is η k_r times the population lost "
             "to NV⁰), so the two nv-minus-refit-background rows run over both values (issue 17 "
             "referee: an unregistered reading drove those verdicts).")


reading(
    id="eslac/k-si", paper=P, where="Supplement A.3, Eq. 25 and Table 2",
    question="The shelf-ionisation rate k_SI (singlet → NV⁰ ground state) is not among the "
             "surviving numbers: what is it?",
    chosen="k_SI = k_ion = 100 MHz per unit β̄ (the same photo-ionisation strength as from the "
           "excited state), inside a range 10–300 MHz per unit β̄.",
    alternatives=(
        ("10", "k_SI = 10 MHz per unit β̄ (a tenth of k_ion): below the sign-flip thresholds, "
               "NV⁰ dips at the NV⁻ dips."),
        ("30", "k_SI = 30 MHz per unit β̄: between the thresholds of NV1-S1 (≈ 18) and NV2-S2 "
               "(≈ 32)."),
        ("300", "k_SI = 300 MHz per unit β̄ (= k_rec)."),
        ("absent", "k_SI = 0: no shelf ionisation (the paper's own counter-example)."),
    ),
    evidence="Neither Table 2 nor the text keeps a shelf-ionisation number; B.2 says only that "
             "'without a certain minimal value for the shelf-ionization rate the behavior of the "
             "data cannot be reproduced'. k_SI = k_ion was fixed before the NV⁰ sign was "
             "computed; it is not tuned to the peaks, and the claims' model ranges run over the "
             "whole 10–300 range, so a verdict that needs k_SI above threshold shows as "
             "depending on this reading (issue 17: the old value sat 3–5× above the thresholds "
             "with no range).")

reading(
    id="eslac/rate-set", paper=P, where="Supplement A.2, Table 1; main-text footnote [1]",
    question="The paper uses Gupta et al.'s rates and says other sets give 'largely identical "
             "results': which sets does the model range run over?",
    chosen="Gupta et al. 2016 (Table 1, the set the paper uses).",
    alternatives=(("Robledo", "Robledo et al. 2011, Table 1 row 1."),
                  ("Tetienne", "Tetienne et al. 2012, Table 1 row 2.")),
    evidence="B.1 and A.2 state that the Gupta set is used; the other two rows of Table 1 are the "
             "paper's own alternatives (footnote [1]).")

reading(
    id="eslac/d-gs", paper=P, where="Supplement A.1, Eq. 2 (lost); main text, GSLAC dip",
    question="Which ground-state zero-field splitting D_gs does the model use at the "
             "measurement temperature (4 K; the value of Eq. 2 is lost)?",
    chosen="D_gs = 2.87771 GHz, the low-temperature value (Chen et al., APL 99, 161903 (2011); "
           "the value Ernst et al. 2023, arXiv:2304.02521, use): GSLAC at 102.66 mT with "
           "g_gs = 2.0028.",
    alternatives=(("room temperature", "D_gs = 2.87 GHz (GSLAC at 102.38 mT), the value the "
                                       "book used before issue 17."),),
    evidence="The measurements are at 4 K, where D_gs is 2.8777 GHz (its temperature dependence "
             "flattens below ~50 K, Chen et al. 2011). D_gs enters only the ground state: it "
             "moves the GSLAC dip by 0.27 mT and no ESLAC (dips of the five NVs unchanged to "
             "0.01 mT). No claim uses the GSLAC field as a reference.")

reading(
    id="eslac/es-parameters", paper=P, where="Main text Eq. 1 and supplement Eq. 4 (lost)",
    question="Which excited-state fine-structure parameters (λ⊥, D∥, D⊥, λ∥, g) does the model "
             "use? The equations and their numbers are lost.",
    chosen="Doherty et al. 2013 (the paper's Ref. [1]): λ⊥ = 0.2, D∥ = 1.42, D⊥ = 0.775 (A₂ − A₁ "
           "= 3.1 GHz), λ∥ = 5.3 GHz, g_es = 2.01 (nvlib.eslac.hamiltonian.DOHERTY).",
    alternatives=(("low-temperature set", "Ernst et al. 2023 (arXiv:2304.02521; nvratemodel/"
                                          "GLOBAL.py of github.com/sernstETH/nvratemodel, commit "
                                          "6fa1052): λ⊥ = 0.154, D∥ = 1.44, D⊥ = 1.541/2, λ∥ = "
                                          "5.33 GHz, g = 2.003 (hamiltonian.LOW_T). Moves NV1-S1's "
                                          "480.6 mT dip by 3.6 mT and NV5-S2's 26.5 mT dip depth "
                                          "from 0.155 to 0.213, about 14× the 0.26 mT rate-set "
                                          "spread."),),
    evidence="The paper cites Doherty et al. [1] for the Hamiltonian; with its parameters the "
             "book's dips agree with an independent public implementation to the grid step. The "
             "model ranges of the dip-field and depth claims run over both sets.")

reading(
    id="eslac/dperp-normalisation", paper=P, where="Main text Eq. 1 (lost); supplement A.1",
    question="Which normalisation of the spin-spin term D⊥ does the Hamiltonian use (the paper's "
             "equation is lost)?",
    chosen="Doherty's form, where the zero-field A₁–A₂ splitting is 4D⊥ = 3.1 GHz: D⊥ = 0.775 GHz.",
    alternatives=(("Maze's Δ′", "D⊥ = 1.55 GHz inserted in the same form (Maze et al. 2011 write "
                                "Δ′ = 1.55 GHz in another normalisation): A₁–A₂ = 6.2 GHz and "
                                "NV1-S1's second crossing moves from 138.4 to 111.2 mT."),),
    evidence="The 3.1 GHz A₁–A₂ splitting is Doherty et al.'s (the paper prints no value); the "
             "other normalisation doubles the splitting. Not a model range of any claim: the "
             "alternative contradicts the measured A₁–A₂ splitting of the literature.")

reading(
    id="eslac/gl-sign", paper=P, where="Main text Eq. 1 (lost)",
    question="Which sign does the orbital Zeeman term g_l μ_B B_z σ_y carry relative to the "
             "spin-orbit term −λ∥ σ_y S_z?",
    chosen="+g_l μ_B B_z σ_y with −λ∥ σ_y S_z (Doherty et al. 2013's convention), g_l > 0.",
    alternatives=(("opposite sign", "−g_l μ_B B_z σ_y (equivalently g_l < 0): the m_s = ±1 "
                                    "levels see g_l μ_B B ∓ λ∥ swapped, and NV1-S1's crossings "
                                    "move from 35.7, 138.4, 335.6, 480.8 to 39.7, 124.1, "
                                    "374.9, 431.8 mT."),),
    evidence="The paper's Eq. 1 is lost; the paper fits g_l = 0.1395 > 0 in its own convention, "
             "which the book takes to be Doherty's. Not a model range: the fitted Table 3 "
             "parameters belong to the paper's convention, whatever it was.")

reading(
    id="eslac/isc-orbital", paper=P, where="Supplement A.2 (rate model), Table 1",
    question="Does the intersystem crossing at 4 K depend on the orbital character of the "
             "excited state (A₁, A₂, E₁,₂, Eₓ,ᵧ)?",
    chosen="No: spin-only ISC with the room-temperature rates of Table 1 (Gupta et al.), as the "
           "paper's model has it.",
    alternatives=(("orbital-dependent ISC", "At low temperature the ISC is fastest from A₁, "
                                            "slower from E₁,₂ (k_E12/k_A1 ≈ 0.52) and slowest "
                                            "from Eₓ,ᵧ (Goldman et al. 2015); not computed: it "
                                            "would change depths, not the crossing fields."),),
    evidence="A limitation the book shares with the paper (supplement A.2 uses Table 1's "
             "room-temperature rates); its size is not estimated here.")

reading(
    id="eslac/negligible", paper=P, where="Supplement B.1 (fixed g_l: errors 'close to "
                                          "negligible'); main text footnote 1 ('largely "
                                          "identical results')",
    question="When is a change of a fitted δ⊥ (from fixing g_l at 0.14, or from another rate "
             "set) 'close to negligible' or 'largely identical'?",
    chosen="When it is below one quoted error of δ⊥ (Table 3), the fit's own resolution.",
    alternatives=(("5 % of δ⊥", "When it is below 5 % of δ⊥, a scale on which Fig. 1(f) would "
                                "not show it."),),
    evidence="B.1 quotes δ⊥ errors of 0.5–0.7 GHz for the strained NVs; an error larger than "
             "those would make the quoted errors misleading. The 5 % scale is what a reader of "
             "Fig. 1(f) would notice. Fixed before computing the bias.")

reading(
    id="eslac/largely-independent", paper=P, where="Main text ¶13 (Fig. 2d)",
    question="Against what are the low-field dip locations 'largely independent' of g_l?",
    chosen="Against the dips themselves, on the scale of Fig. 2(d): the ESLACs move by less than "
           "the narrowest width of the NV's low-field dips over the figure's g_l axis.",
    alternatives=(("fit resolution", "They move by less than one quoted δ⊥ error of Table 3 "
                                     "moves them."),),
    evidence="The sentence contrasts Fig. 2(d) with Fig. 2(c), where the inter-branch dips move "
             "by tesla; it is a statement about the figure. Whether the residual movement "
             "matters for the fit is the separate statement of B.1 (reading eslac/negligible).")

reading(
    id="eslac/s3-strain-range", paper=P, where="Supplement C.3 ('on the range GHz', lost)",
    question="Which strains did the sample-S3 NVs of Fig. 13 have?",
    chosen="δ⊥ = 38.3–46.3 GHz, NV4-S3's 42.3 GHz ± 4 GHz.",
    alternatives=(("wide", "δ⊥ = 32.3–52.3 GHz (± 10 GHz around NV4-S3)."),),
    evidence="The range is lost; the main text says the NVs had 'comparable values' to NV4-S3.")

reading(
    id="eslac/sweep-top", paper=P, where="Main text ¶13 and supplement C.3 ('up to T', lost)",
    question="Up to which axial field were the S3 NVs swept without an inter-branch dip? It sets "
             "the lower bound on g_l.",
    chosen="5 T, the axial limit of the 1T/1T/5T vector magnet (C.3).",
    alternatives=(("4 T", "A sweep that stops below the magnet limit."),),
    evidence="The sweep top is lost twice ('up to T'); the magnet's nominal 5 T axial limit is "
             "the only number that survives. The bound it gives (self-consistent, δ⊥ refitted "
             "at each g_l: 0.78 for 5 T, 0.63 for 4 T) is the book's, not a printed number.")

reading(
    id="eslac/sensitivity-protocol", paper=P, where="Supplement C.4 and A.2 (Eq. 19); main text Fig. 4(b)",
    question="Which ODMR protocol turns the model into a contrast: the measured pulsed ODMR "
             "(200 ns π time) or the cw contrast of Eq. 19, whose drive strength is lost?",
    chosen="The measured protocol: pulsed ODMR in the 10-level model, a coherent rectangular π "
           "pulse of 200 ns (Rabi frequency 2.5 MHz) between laser initialisation and readout "
           "(nvlib.eslac.odmr.pulsed_contrast).",
    alternatives=(("cw Eq. 19, W = 0.5 MHz", "the paper's model contrast with a weak incoherent "
                                              "drive: on/off-dip ratio 13.6"),
                  ("cw Eq. 19, W = 2.5 MHz", "ratio 12.5 (the former main model, which took the "
                                              "Rabi frequency as a rate)"),
                  ("cw Eq. 19, W = 10 MHz", "ratio 10.2"),
                  ("cw Eq. 19, W = 50 MHz", "ratio 7.6")),
    evidence="C.4: 'a standard pulsed ODMR technique [13] with these driving times', the π time "
             "held at 200 ns at every field. A π time is a Rabi frequency 1/(2 t_π), not an "
             "incoherent rate; Eq. 19 is how the supplement defines its model contrast, with a "
             "driving field whose value is lost, so the cw reading stays in the range.")

reading(
    id="eslac/readout-window", paper=P, where="Supplement C.4 ('standard pulsed ODMR technique [13]')",
    question="How long is the pulsed-ODMR readout window, and how long the dark wait before the "
             "π pulse? Neither survives.",
    chosen="300 ns readout from the start of the laser pulse, after a 1 µs dark wait (the singlet "
           "has emptied; a typical gate of pulsed NV readout).",
    alternatives=(("150 ns", "a shorter gate (on/off-dip ratio 6.1)"),
                  ("1 µs", "a long gate that includes repolarisation (ratio 7.5)")),
    evidence="The paper cites a standard technique [13] without its timings. A gate of a few "
             "hundred ns, about the time the optical pumping needs to repolarise the spin at the "
             "Table 3 pumping of NV5-S2, is the customary choice; the ratio changes little over "
             "150 ns–1 µs.")

reading(
    id="eslac/small", paper=P, where="Main text ¶15 ('remains small')",
    question="How large may the steady NV⁰ population be and still 'remain small'?",
    chosen="Below 10 % of the time in NV⁰ (a population that changes the NV⁻ PL by less than "
           "about 10 %, which the 10-level fits could absorb).",
    alternatives=(("30 %", "the usual NV⁰ fraction under green excitation (~30 %) counted as "
                           "small"),
                  ("5 %", "a strict reading")),
    evidence="The paper adds '(and therefore only minimally affects our conclusions thus far)': "
             "the 10-level fits, which ignore NV⁰, must stay valid, so the NV⁰ population must be "
             "a small correction to the NV⁻ PL. Fixed before computing the model's population.")

reading(
    id="eslac/buildup", paper=P, where="Main text ¶15 ('the resulting buildup of NV0 population')",
    question="Which NV⁰ population is 'the resulting buildup': the extra NV⁰ at the NV⁻ dips, "
             "or the steady NV⁰ fraction?",
    chosen="The extra NV⁰ population at the NV⁻ dips over its off-dip value "
           "(nvlib.eslac.chargestate.nv0_buildup): what 'results' from the dips and shows as "
           "the NV⁰ peaks of the sentence before.",
    alternatives=(("steady fraction", "the mean NV⁰ population over the field sweep (the "
                                      "former reading of the row)."),),
    evidence="The sentence follows 'all previously described dips are mirrored by peaks in "
             "PL0' and says the buildup 'only minimally affects our conclusions thus far': the "
             "10-level fits of the dip fields are unaffected by a field-independent NV⁰ "
             "fraction (it rescales the PL), but would be by a large NV⁰ population moving "
             "with the dips. Issue 17's referee found the steady-fraction test to be the wrong "
             "quantity.")

reading(
    id="eslac/significance", paper=P, where="Supplement B.1 (azimuth φ_B 'has no significant "
                                            "effect')",
    question="Against what is the effect of the field azimuth φ_B on the spectrum "
             "'significant'?",
    chosen="Against the fit's resolution: a dip-field shift larger than the one produced by one "
           "quoted error of δ⊥ (Table 3) is significant.",
    alternatives=(("dip width", "A shift larger than the narrowest dip half-width (≈ 1 mT) is "
                                "significant."),),
    evidence="The alignment condition of the sentence is lost. A parameter set to a fixed value "
             "in the fit should not move the dips by more than the fit resolves, which the quoted "
             "δ⊥ error measures; the dip-width criterion is what a reader of the figures sees.")

reading(
    id="eslac/nv-minus-record", paper=P, where="Supplement B.2 (NV⁻ refit with the 12-level "
                                               "model)",
    question="The NV⁻ records are not public: what stands in for them when the book refits the "
             "NV⁻ PL with the 12-level model and only the background free?",
    chosen="The 10-level model at the Table 3 parameters, which the paper reports as an "
           "'excellent' fit of the same records.",
    alternatives=(("Table 3 fit ± errors", "the same curve with the Table 3 parameters moved "
                                           "by their quoted errors (not computed "
                                           "yet)"),),
    evidence="B.1's fits describe the NV⁻ records well by the paper's account; any record the "
             "10-level model fits is, to its noise, the 10-level curve.")
