"""The checkable statements of Pellet-Mary et al., PRB 103, L100411 (2021), main text and SM.

In reading order of the paper text. Each statement was read in the paper and typed by hand (see
nvlib.statements for the types and reasons); ``checklist`` names the rows of the independent
reader's checklist that the statement accounts for. Rows that are not statements of the paper
(figure-panel descriptions, cross-references) are listed in ``not_statements`` with why. A
statement is scored when a claim of nvlib.cr_torque.claims names its id.
"""

from nvlib.statements import not_statements, statement

P = "cr-torque"

statement("cr-torque/s001", P, "Abstract",
          "We use tunable dipolar-interactions between the spins of nitrogen-vacancy (NV) centers in dia- mond to rotate a diamond crystal.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-001")
statement("cr-torque/s002", P, "Abstract",
          "we employ cross-relaxation between the electronic spin of pairs of NV centers in a trapped diamond to enhance the anisotropic NV paramagnetism and thus to increase the associated spin torque.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-002")
statement("cr-torque/s003", P, "Main text ¶2 (intro; cites [8–11])",
          "Most efforts using single NV centers are presently ham- pered by their low coupling strengths to the motion, which are currently far below typical spin decoherence rates [8–11].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-003")
statement("cr-torque/s004", P, "Main text ¶2 (intro; cites [10])",
          "One solution to counteract this issue is to work with large ensembles of spins [10].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-004")
statement("cr-torque/s005", P, "Main text ¶3 (intro)",
          "the spin-mechanical coupling strength is predicted to increase linearly with the number of spins",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-005")
statement("cr-torque/s006", P, "Main text ¶3 (intro; background estimate)",
          "this scaling-law is modified when the mean dis- tance between the atomic defects is of the order of 10 nm because of dipolar interactions.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-006")
statement("cr-torque/s007", P, "Main text ¶3 (intro; cites [13–16])",
          "have for in- stance been employed in the optical domain to increase the coupling of electron dipoles to mechanical motion, akin to super-radiant processes [13–16].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-007")
statement("cr-torque/s008", P, "Main text ¶3 (intro; cites [17])",
          "the coupling strength can be tuned resonantly amongst different NV orientations [17]",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-008")
statement("cr-torque/s009", P, "Main text ¶3 (intro; cites [18–22])",
          "Increasing the density of NV centers also means that they can couple to other spins in the diamond [18–21] and even transfer their polarization [22].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-009")
statement("cr-torque/s009b", P, "Fig. 1 caption",
          "The four possible directions of the nitrogen-vacancy centers in the diamond are shown in the left/right panels together with their spin-torque contributions",
          "qualitative", reason="open", why="Checkable geometry (four ⟨111⟩ axes, each with its own torque in the book's Fig. 1): not yet scored by a claim.",
          checklist="CR-010")
statement("cr-torque/s010", P, "Fig. 1 caption (left panel)",
          "Left panel: the (quasi)- rotational invariance gives a small total spin torque τs.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-011")
statement("cr-torque/s011", P, "Fig. 1 caption (right panel)",
          "Cross-relaxation (CR) between these two classes of NV centers occurs, alter- ing the rotational symmetry and increasing τs.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-013")
statement("cr-torque/s012", P, "Main text ¶4",
          "we use NV centers inside a diamond that is levitating in a Paul trap that is similar to the one used in [26]",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-014")
statement("cr-torque/s013", P, "Main text ¶4 (Fig. 1 left)",
          "NV centers are found in four different orien- tations in the diamond crystalline structure.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-015")
statement("cr-torque/s014", P, "Main text ¶4",
          "in the presence of an external transverse magnetic field, NV centers acquire a magnetization.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-016")
statement("cr-torque/s015", P, "Fig. 2 caption (main panel, referred to as Fig. 2-a) in text)",
          "A green laser is used both to polarize the NV centers in the levitating diamond and to detect the angular motion.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-017")
statement("cr-torque/s016", P, "Fig. 2 caption (main panel)",
          "Part of the speckle pattern formed in the image plane is sent onto APD1 after passing through a beam splitter (BS). The photoluminescence from the NV centers is collected on APD2",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-018")
statement("cr-torque/s017", P, "Fig. 2c caption, trace i)",
          "i) it is not resonant with any other classes (T1 = 1.61 ms)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-021")
statement("cr-torque/s018", P, "Fig. 2c caption, trace ii)",
          "ii) when it is resonant with another class (T1 = 490 µs)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-022")
statement("cr-torque/s019", P, "Fig. 2c caption, trace iii)",
          "iii) when it is resonant with the three other classes (T1 = 220 µs)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-023")
statement("cr-torque/s019b", P, "Fig. 2c caption",
          "The three traces have been offset for clarity.",
          "input", reason="method", why="Says how the figure is drawn; because of it the book's refits of the Fig. 2(c) record fit a free offset for each trace (claims fig2c-t1-*-data).",
          checklist="CR-024")
statement("cr-torque/s020", P, "Main text ¶4 (cont. after Fig. 2 caption)",
          "each NV class could exert a significant magnetic torque to the diamond, the total spin-torque τs is reduced",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-025")
statement("cr-torque/s021", P, "Main text ¶4 (cont.)",
          "the resulting paramagnetic susceptibility is of the order of the diamagnetism from the electrons of the carbon atoms.",
          "qualitative", reason="open", why="Checkable against diamond's diamagnetic susceptibility, which the book does not compute.",
          checklist="CR-026")
statement("cr-torque/s022", P, "Main text ¶4 (cont.)",
          "by tuning an external magnetic field, resonant dipole-dipole interactions between the spin of NV centers of different orientations is enhanced which, in turn, increases the paramagnetism.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-027")
statement("cr-torque/s023", P, "Main text ¶5 (cites [24])",
          "When the spin transition of NV centers become res- onant, the polarization of the different orientations can be exchanged through cross-relaxation [24].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-028")
statement("cr-torque/s024", P, "Main text ¶5 (Fig. 1 right)",
          "shows a CR mechanism that partly removes the contribution from two classes of NV centers (labelled 1 and 3 in Fig. 1), which breaks the four-spin rotational invariance.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-030")
statement("cr-torque/s025", P, "Main text ¶5",
          "The total spin torque τs can then be large enough to rotate the diamond.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-031")
statement("cr-torque/s026", P, "Fig. 3 caption",
          "Numerical simulations of the spin-torques on a dia- mond containing one NV center per orientation",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-032")
statement("cr-torque/s026b", P, "Fig. 3 caption",
          "a) and b) show the torque with and without cross-relaxation between NV centers respectively.",
          "qualitative", reason="open", why="Contradicted by the main text and SM Sec. IV B, which put the CR map in (b) with the larger scale (torque-maps chapter, 'Panel convention'); the book follows the text; not scored by a claim.",
          checklist="CR-034")
statement("cr-torque/s026c", P, "Fig. 3 caption",
          "Notice the different torque scales.",
          "qualitative", reason=None, why="Checked by the claims listed on its row (the two maps' maxima differ by about ten).",
          checklist="CR-035")
statement("cr-torque/s027", P, "Main text ¶6 (cites [30])",
          "in highly doped diamond samples, a few fast-decaying NV centers, so called fluc- tuators can depolarize an ensemble of NV centers through dipolar interaction.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-036")
statement("cr-torque/s028", P, "Main text ¶6",
          "NV2 is a fluctuator, which has a shorter relaxation time T1 than the polarisation time.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-038")
statement("cr-torque/s029", P, "Main text ¶6 (Fig. 2-b))",
          "The spins will exchange magnetic quanta through flip-flop processes resulting in a depolarization of NV1.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-039")
statement("cr-torque/s030", P, "Main text ¶6 (background; cites [31])",
          "This was shown to reduce the average T1 of the ensemble from the phonon-limited T1 (≈ ms)",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-040")
statement("cr-torque/s031", P, "Main text ¶6 (background; cites [31])",
          "to a few hundreds of micro-seconds [31]",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-041")
statement("cr-torque/s032", P, "Main text ¶6 (cites [17, 18, 30, 32–36])",
          "and to lower the total photolumines- cence [17, 18, 30, 32–36] in bulk materials.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-042")
statement("cr-torque/s033", P, "Main text ¶6 (cites [30])",
          "The origin of the fast-decaying NV centers was attributed to the presence of charge tunneling amongst closely packed NV centers [30].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-043")
statement("cr-torque/s034", P, "Main text ¶6 (cites [37])",
          "The NV centers that undergo tunneling with other impurities (possibly with the substitutional nitro- gen defect [37]) have a largely reduced longitudinal spin lifetime T1.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-044")
statement("cr-torque/s035", P, "Main text ¶7",
          "Such a process has not been studied in detail with nano- or micro-particles to the best of our knowledge.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-045")
statement("cr-torque/s036", P, "Main text ¶7 (cites [38, 39])",
          "Smaller diamond particles in fact tend to suffer from ex- tra parasitic surface effects such as spin depolarization due to interaction with paramagnetic dangling bonds on the surface [38], or enhanced charge transfer between the NV0 and NV- charge states [39]",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-046")
statement("cr-torque/s037", P, "Main text ¶7 (static-diamond experiment)",
          "We start by searching for CR using micro-diamonds that are phys- ically attached to the trap",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-047")
statement("cr-torque/s038", P, "Main text ¶7",
          "by employing a fixed bias magnetic field ||Bbias|| ≈100 G",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-048")
statement("cr-torque/s039", P, "Main text ¶7",
          "by tuning another magnetic field Bem at some angle with respect to Bbias using an electromagnet (see Fig. 2-a)).",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-049")
statement("cr-torque/s040", P, "Main text ¶8",
          "The photoluminescence from the NV centers is de- tected using standard confocal microscopy.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-051")
statement("cr-torque/s041", P, "Main text ¶8 (cites [17])",
          "At specific magnetic field directions with respect to the crystalline axes, degeneracy between the spin of NV centers can be reached [17].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-052")
statement("cr-torque/s042", P, "Main text ¶8 (T1 measurement)",
          "We measured the T1 time in these con- ditions by applying a green laser that polarizes the NV centers and measure the photoluminescence at a later time.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-053")
statement("cr-torque/s043", P, "Main text ¶8 (cites [30, 36, 40, 41])",
          "Such a measurement can be significantly impacted by recharging of NV centers in the dark [30, 36, 40, 41].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-054")
statement("cr-torque/s044", P, "Main text ¶8 (T1 protocol)",
          "we use the se- quence presented in Sec. III of the SM [25], where a mi- crowave pulse is applied or not prior to spin relaxation.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-055")
statement("cr-torque/s045", P, "Main text ¶8 (T1 protocol)",
          "The PL signals acquired in the two different measure- ments are then subtracted and shown for different de- generacy configurations in Figure 2-c).",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-056")
statement("cr-torque/s046", P, "Main text ¶8 (Fig. 2c)",
          "In the absence of degeneracy, we observe a stretched-exponentially decay- ing profile [30]",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-057")
statement("cr-torque/s047", P, "Main text ¶8 (Fig. 2c)",
          "from which we extract a T1 = 1.61 ms",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-058")
statement("cr-torque/s048", P, "Main text ¶8 (cites [38])",
          "already shorter than the phonon limited lifetime in di- lute bulk materials [38].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-059")
statement("cr-torque/s049", P, "Main text ¶8 (Fig. 2c)",
          "This lifetime is even further re- duced when more orientations are brought to resonance.",
          "arithmetic", reason="open", why="An ordering of the three printed T1 values and of the model's; not yet scored as a claim.",
          checklist="CR-060")
statement("cr-torque/s050", P, "Main text ¶8 (cites [17, 30])",
          "This hints towards the role played by dipolar interactions, which are enhanced when more classes of NV centers are resonant [17, 30].",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-061")
statement("cr-torque/s051", P, "Main text ¶9",
          "One major ex- tra ingredient for this is the induced magnetization of the NV centers when they are polarized in the ground state, which has thus far not been directly observed.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-062")
statement("cr-torque/s052", P, "Main text ¶9, Eq. (1)",
          "ĤNV = ~DŜ2 z′ + ~γeB · Ŝ, (1)",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-063")
statement("cr-torque/s053", P, "Main text ¶9 (after Eq. 1)",
          "D = (2π)2.87 GHz the zero- field splitting",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-064")
statement("cr-torque/s054", P, "Main text ¶9",
          "Under the condition γ||B|| � D",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-065")
statement("cr-torque/s055", P, "Main text ¶9",
          "assuming an NV center in the (x, z) plane and a B field along z",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-066")
statement("cr-torque/s056", P, "Main text ¶9",
          "ĤB = ~γeB · Ŝ = ~γeB(Ŝx′ sin θ + Ŝz′ cos θ) can be treated as a perturba- tion to the anisotropic part ~DŜ2 z′ of the Hamiltonian.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-067")
statement("cr-torque/s057", P, "Main text ¶9, Eq. (2)",
          "εg = ∑ ms=±1 | 〈0| ĤB |±1〉 |2 −ε0±1 = −~ (γeB⊥)2 D , (2)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-068")
statement("cr-torque/s058", P, "Main text ¶9 (after Eq. 2)",
          "where B⊥ = B sin θ.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-069")
statement("cr-torque/s059", P, "Main text ¶9",
          "A direct use of the Hellmann- Feynman theorem can give the torque in the ground state.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-070")
statement("cr-torque/s060", P, "Main text ¶9, Eq. (3)",
          "τs = −∂εg ∂θ = ~ (γeB)2 D sin 2θ. (3)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-071")
statement("cr-torque/s061", P, "Main text ¶9",
          "At an angle θ = π/4, where the torque is maximized",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-073")
statement("cr-torque/s062", P, "Main text ¶9",
          "and at a B field of 100 G",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-074")
statement("cr-torque/s063", P, "Main text ¶9",
          "we obtain τs ≈ 2 × 10−27N.m.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-075")
statement("cr-torque/s064", P, "Main text ¶9",
          "Taking into account the whole NV level structure, we then find τs ≈ 10−18 N.m",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-076")
statement("cr-torque/s065", P, "Main text ¶9",
          "using 109 spins polarized in the ground state.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-077")
statement("cr-torque/s066", P, "Main text ¶9",
          "Taking a librational confinement fre- quency of the diamond in the Paul trap to be around ωθ/(2π) ≈ 1 kHz",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-078")
statement("cr-torque/s067", P, "Main text ¶9",
          "we obtain an spin-torque induced an- gular displacement of τ/Iyω 2 θ ≈1 mrad",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-079")
statement("cr-torque/s068", P, "Main text ¶9 (cites [10])",
          "which can be measured with a high signal-to-noise ratio in our set-up [10].",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-080")
statement("cr-torque/s069", P, "Main text ¶9",
          "Here Iy ≈ 10−22 kg.m2 is the moment of inertia of the particle around the y axis.",
          "input", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-081")
statement("cr-torque/s070", P, "Main text ¶10",
          "As already hinted to however, the contributions from the other NV classes must also be taken into account (see Fig. 1).",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-082")
statement("cr-torque/s071", P, "Main text ¶10 (Fig. 3)",
          "Fig. 3 presents the result of numerical calcula- tions of the torque coming from the four classes of NV centers, assuming only one NV per orientation here.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-083")
statement("cr-torque/s072", P, "Main text ¶10 (Fig. 3a)",
          "Fig. 3-a) shows the torque magnitude as a function of θ and φ without taking into account CR.",
          "input", reason="method", why="Says what Fig. 3(a) plots ('the torque magnitude'); SM Sec. VI says one component: the book's reading cr-torque/fig3-torque-measure.",
          checklist="CR-084")
statement("cr-torque/s073", P, "Main text ¶10 (Fig. 3a)",
          "The torque from each of the four classes appear clearly from the symmetry.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-085")
statement("cr-torque/s074", P, "Main text ¶10 (Fig. 3a)",
          "Their different contributions however sum up to give a max- imum torque of around 10-28 N.m",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-086")
statement("cr-torque/s075", P, "Main text ¶10 (Fig. 3a)",
          "which is 20 times smaller than the torque that can be obtained for a sin- gle class.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-087")
statement("cr-torque/s076", P, "Main text ¶10",
          "The quasi-rotational invariance of the problem thus hinders the diamond paramagnetism.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-088")
statement("cr-torque/s077", P, "Main text ¶10",
          "When two classes of NV center are resonant however, the induced cross-relaxation partly breaks this rotational invariance.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-089")
statement("cr-torque/s078", P, "Main text ¶10 (Fig. 3b)",
          "Here we use numbers that are deduced from the exper- imental observations of the CR-induced change of the T1 in Fig. 2 b).",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model takes the authors' scripts' rates (1 kHz base plus 1 kHz per resonant transition), and the book's T1 rows (t1-*) find the T1 they give five to ten times shorter than Fig. 2's; no variant is calibrated to the measured T1.",
          checklist="CR-091")
statement("cr-torque/s079", P, "Main text ¶10 (Fig. 3b)",
          "One can see that a new pattern with larger spin-torque is superimposed to the previous map.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-092")
statement("cr-torque/s080", P, "Main text ¶10 (Fig. 3b)",
          "These larger values coincide with crossings of the crystal planes where NV degeneracies occur.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-093")
statement("cr-torque/s081", P, "Main text ¶10 (Fig. 3b)",
          "At these coordi- nates, one recovers the torque estimation of Eq. 3, found for a single class",
          "qualitative", reason="open", why="Checkable on the CR map (maximum near the single-class value of Eq. 3); not yet scored.",
          checklist="CR-094")
statement("cr-torque/s082", P, "Main text ¶10 (Fig. 3b)",
          "which would then imply a spin-torque that overcomes the Paul trap confinement.",
          "qualitative", reason="open", why="Checkable against the model (the CR torque of N0 spins against the Paul trap's restoring torque at a given angle), not yet scored.",
          checklist="CR-095")
statement("cr-torque/s083", P, "Main text ¶11 (levitating experiment)",
          "we use similar parameters and magnetic field arrangement than when the diamonds were not levitating.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-096")
statement("cr-torque/s084", P, "Main text ¶11 (cites [10])",
          "The diamond crystalline direction with respect to the magnetic field direction is char- acterized by recording Mechanically-Detected-Magnetic- Resonances (MDMR) [10]",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-097")
statement("cr-torque/s085", P, "Main text ¶11",
          "The angle motion is detected by collecting the back-reflected green light from the diamond interface (see Fig. 2-a), separated from the excitation light using a beam splitter",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-098")
statement("cr-torque/s086", P, "Main text ¶11",
          "as a mi- crowave drives the spin to the ms = -1 state.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-099")
statement("cr-torque/s087", P, "Main text ¶11 (Fig. 4a)",
          "At 10 and 25 G, one can observe 4 peaks in the spectrum",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-101")
statement("cr-torque/s088", P, "Main text ¶11 (Fig. 4a)",
          "that demonstrate microwave- induced torque on the diamond from the 4 classes of NV centers.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-102")
statement("cr-torque/s089", P, "Main text ¶11 (Fig. 4a)",
          "At 17 G however, two classes merge",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-103")
statement("cr-torque/s090", P, "Main text ¶11 (Fig. 4a)",
          "at a mi- crowave frequency of 2.75 GHz.",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-104")
statement("cr-torque/s091", P, "Main text ¶11",
          "This is where we expect to observe CR.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-105")
statement("cr-torque/s092", P, "Main text ¶12 (Fig. 4a bottom; SM I)",
          "since we observe a single degeneracy at 17 G, the magnetic field crosses a plane that is perpen- dicular to the [110] direction, as shown in Fig. 4-a).",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-106")
statement("cr-torque/s093", P, "Main text ¶12 (Fig. 4b)",
          "As expected, the PL decreases across the degeneracies at around the same magnetic field value.",
          "qualitative", reason="open", why="The PL dip position against the MDMR crossing on the Fig. 4 record; not yet scored.",
          checklist="CR-107")
statement("cr-torque/s094", P, "Fig. 4 caption, panel b) i)",
          "b) PL detection as a function of Bem across a dipole-dipole resonance. i) experimental data with gaussian fit",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-110")
statement("cr-torque/s095", P, "Fig. 4 caption, panel b) ii)",
          "ii) simulation of the population in |ms = 0〉 state, taking into account (plain lines) or not (dashed lines) cross-relaxation.",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-111")
statement("cr-torque/s096", P, "Fig. 4 caption, panel c) i)",
          "c) Angular detection as a function of Bem across a resonance. i) experimental data with gaussian fit",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-112")
statement("cr-torque/s097", P, "Fig. 4 caption, panel c) ii)",
          "ii) simulation of the magnetic torque applied to the diamond.",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-113")
statement("cr-torque/s098", P, "Main text ¶12 (Fig. 4c)",
          "i) is a measurement of the diamond angular position ac- quired simultaneously to the PL.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-114")
statement("cr-torque/s099", P, "Main text ¶12 (Fig. 4c)",
          "A pronounced variation of the reflected signal is also observed, demonstrating the close correspondence between degeneracy and diamond rota- tion",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-115")
statement("cr-torque/s100", P, "Main text ¶12 (Fig. 4c)",
          "and the enhanced spin-torque as the dipolar inter- actions between the spins increase.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-116")
statement("cr-torque/s101", P, "Main text ¶12 (Fig. 4b/c)",
          "as opposed to the PL detection which always shows dips in spectra, the laser signal coming from the particle surface can in- crease or decrease on resonance, depending on how the speckle is aligned to the fiber.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-117")
statement("cr-torque/s102", P, "Main text ¶12 (Fig. 4c i vs ii)",
          "This explains the differing shapes of the signals in the experiments and the simula- tions.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-118")
statement("cr-torque/s103", P, "Main text ¶12 (Fig. 4c-i fit)",
          "we deduce a width that is similar to the PL width of trace b-i) (2.1 G and 2.8 G respectively)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-119")
statement("cr-torque/s104", P, "Main text ¶12 (Fig. 4b-i fit)",
          "similar to the PL width of trace b-i) (2.1 G and 2.8 G respectively)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-120")
statement("cr-torque/s105", P, "Main text ¶12 (Fig. 4b/c)",
          "we deduce a width that is similar to the PL width of trace b-i)",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-121")
statement("cr-torque/s106", P, "Main text ¶12",
          "This gives a width of 9 (resp. 12) MHz",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-122")
statement("cr-torque/s107", P, "Main text ¶12",
          "comparable to the inhomogeneous broadening of the sample.",
          "qualitative", reason="open", why="Checkable: the fitted widths in MHz (claims fig4-*-width-mhz) against the sample's inhomogeneous ODMR width; not yet scored.",
          checklist="CR-123")
statement("cr-torque/s108", P, "Main text ¶12",
          "Similar experiments were realized on dif- ferent particles under different degeneracies.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-124")
statement("cr-torque/s109", P, "Main text ¶13 (outlook; cites [43])",
          "when performed under vacuum [43], this effect can be employed to control the temperature and stiffness of me- chanical oscillators in the absence of microwave.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-126")
statement("cr-torque/s110", P, "Main text ¶13 (cooling proposal)",
          "by tuning the polarizing laser power to reach a depolarizing rate (≈ 10 kHz)",
          "input", reason="input", why="A proposed operating point of the outlook (an input of a proposal), not a result.",
          checklist="CR-127")
statement("cr-torque/s111", P, "Main text ¶13 (cooling proposal)",
          "a depolarizing rate (≈ 10 kHz) of the order of the trapping frequency.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-128")
statement("cr-torque/s112", P, "Main text ¶13 (cooling proposal)",
          "At a magnetic field value corre- sponding to a negative detuning from the CR feature, the NV fluctuator will depolarize a pair of spins and let the two other NV classes apply a torque",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-129")
statement("cr-torque/s113", P, "Main text ¶14",
          "the CR-induced torque can be viewed as a novel spectroscopic technic for sensing dipolar inter- actions between NV centers and spins that cannot be polarized optically.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-130")
statement("cr-torque/s114", P, "Main text ¶14 (cites [22])",
          "Using a magnetic field oriented close to the diamond [111] direction would for instance en- able detection of dark paramagnetic species that do not have a zero-field splitting [22].",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-131")
statement("cr-torque/s115", P, "Main text ¶15 (background)",
          "spins have relaxation times that are typically very short (typically picoseconds)",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-132")
statement("cr-torque/s116", P, "Main text ¶15",
          "In our employed param- agnetic sample, both the interaction between spins and their relaxation strength can be tuned on μs timescales.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-133")
statement("cr-torque/s117", P, "Main text ¶15",
          "the present sensitivity η = √ 4kTγIy ≈ 10−20 N.m./ √ Hz of the torque sensor",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-134")
statement("cr-torque/s118", P, "Main text ¶15",
          "can be largely im- proved by going under high vacuum and using smaller particle sizes.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-135")
statement("cr-torque/s119", P, "Main text ¶15",
          "Here γ ≈ (2π)1 kHz is the damping rate of the angular motion due to collisions with gas molecules.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-136")
statement("cr-torque/s120", P, "Main text ¶15 (projection)",
          "Under 10−2 mbar",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-137")
statement("cr-torque/s121", P, "Main text ¶15 (projection)",
          "using 1 µm diameter particles",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-138")
statement("cr-torque/s122", P, "Main text ¶15 (projection)",
          "would already give η ≈ 10−24 N.m./ √ Hz",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-139")
statement("cr-torque/s123", P, "Main text ¶15 (cites [45, 46])",
          "approaching state of the art sensitivities [45, 46]",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-140")
statement("cr-torque/s124", P, "Main text ¶15 (cites [47])",
          "for emulating magnetism at the hundreds of Bohr magneton level [47].",
          "qualitative", reason="open", why="Magnetic moment of the spin ensemble in Bohr magnetons; not yet scored.",
          checklist="CR-141")
statement("cr-torque/s125", P, "SM I.A (NV spin Hamiltonian)",
          "Ĥs = ~DŜ2 z′ + ~γeB · Ŝ,",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-142")
statement("cr-torque/s126", P, "SM I.A",
          "D = (2π)2.87 GHz is the crystal field splitting originating from spin-spin interactions",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-143")
statement("cr-torque/s127", P, "SM I.A",
          "γe = 28GHz/T is the electron gyromagnetic ratio.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-144")
statement("cr-torque/s128", P, "SM I.A",
          "We neglect contributions from the strain and local electric field in the hamiltonian",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model is the authors' scripts, with a strain E = 3 MHz in their class frames; the no_strain variant (model range) follows the SM.",
          checklist="CR-145")
statement("cr-torque/s129", P, "SM I.A",
          "since we are working with magnetic fields on the order of 10 mT",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-146")
statement("cr-torque/s130", P, "SM I.A",
          "the splitting of the zero-field ESR line (≈ 20 MHz).",
          "result-measured", reason="records", why="A property of the authors' sample measured in records that are not public.",
          checklist="CR-147")
statement("cr-torque/s131", P, "SM I.A",
          "magnetic fields on the order of 10 mT, which induce splittings larger than the splitting of the zero-field ESR line (≈ 20 MHz).",
          "arithmetic", reason="open", why="Arithmetic on printed numbers (Zeeman splitting at 10 mT against 20 MHz); not yet scored.",
          checklist="CR-148")
statement("cr-torque/s132", P, "SM I.A",
          "We also neglect the hyperfine interaction with the nuclear spin of the 14N atom since we are working with ensembles with typical inhomogeneous broadening of 5 MHz.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-149")
statement("cr-torque/s133", P, "SM I.A",
          "typical inhomogeneous broadening of 5 MHz.",
          "result-measured", reason="records", why="A property of the authors' sample measured in records that are not public.",
          checklist="CR-150")
statement("cr-torque/s134", P, "SM I.B",
          "There are four possible crystalline axes for the N-V direction (so-called “classes” of NV) in the diamond.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-155")
statement("cr-torque/s135", P, "SM I.B (Fig. 5b)",
          "They are depicted in Fig. 5 b) and correspond to the crystalline directions [111], [11̄1̄], [1̄11̄] and [1̄1̄1].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-156")
statement("cr-torque/s136", P, "SM I.B",
          "the projection of the magnetic field on two or more NV axes will be identical, and therefore the energy level of the corresponding classes will be the same.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-158")
statement("cr-torque/s137", P, "SM I.B (Fig. 5c)",
          "the dashed lines are the locii of the {110} family of planes (plane normal to the [110] direction and all other equivalent directions, making 6 planes in total).",
          "qualitative", reason="open", why="A count of the {110} planes, checkable by geometry; not yet scored as a claim.",
          checklist="CR-159")
statement("cr-torque/s138", P, "SM I.B (Fig. 5c)",
          "When the magnetic field belongs to these planes, we observe a degeneracy between two classes of NVs, as can be seen in the Fig.7 or in Fig. 4 of the main paper.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-160")
statement("cr-torque/s139", P, "SM I.B (Fig. 5c)",
          "The plain lines are the locii of the {100} family of planes (3 planes in total).",
          "qualitative", reason="open", why="A count of the {100} planes, checkable by geometry; not yet scored as a claim.",
          checklist="CR-161")
statement("cr-torque/s140", P, "SM I.B (Fig. 5c)",
          "When the magnetic field lies in these planes, all classes are co-resonant, as can be seen in Fig.7 or in Fig.12.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-162")
statement("cr-torque/s141", P, "Fig. 6 caption",
          "Lifetime measurement when all four NV classes are degenerate.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-163")
statement("cr-torque/s142", P, "Fig. 6 caption",
          "Plain orange line correspond to a stretch-exponential fit and dashed red line to a simple exponential fit",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-164")
statement("cr-torque/s143", P, "SM I.B (Fig. 5c), the red circles: the [100] directions",
          "directions, for which the four classes of NV are degenerate",
          "qualitative", reason="open", why="Four-fold degeneracy along [100], checkable by geometry; not yet scored as a claim.",
          checklist="CR-165")
statement("cr-torque/s144", P, "SM I.B (Fig. 5c)",
          "The green squares correspond to the [111] direction where one class is aligned with the magnetic field, and the three others are degenerate.",
          "qualitative", reason="open", why="One aligned class and three degenerate along [111], checkable by geometry; not yet scored.",
          checklist="CR-166")
statement("cr-torque/s145", P, "SM II (sample)",
          "Our diamonds are supplied by the company Adamas, which produces diamonds with a concentration of NV centers in the 3-4 ppm range.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-168")
statement("cr-torque/s146", P, "SM II (background)",
          "when the density of NV− centers in the sample is large enough (typically for concentrations higher than 1 ppm), the ensemble of NV spins will lose some of its polarization through dipolar coupling",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-169")
statement("cr-torque/s147", P, "SM II",
          "This phenomenon is at the heart of the mechanism that allows us to exalt the magnetic susceptibility of our diamond through dipolar interaction",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-170")
statement("cr-torque/s148", P, "SM II (cites [1]–[5] of SM)",
          "it has already been observed independently by many groups in bulk diamond [1] [2] [3] [4] [5].",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-171")
statement("cr-torque/s149", P, "SM II (cites [3] of SM)",
          "a subgroup of NV centers with a very short lifetime (possibly due to their electron tunneling in and out of the NV site) can act as a source of classical noise",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-172")
statement("cr-torque/s150", P, "SM II (cites [3] of SM)",
          "One prediction of this model is that the modified lifetime of the ensemble of NV centers should have a stretch exponential profile (of the form e − √ t T1 ).",
          "literature", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-173")
statement("cr-torque/s151", P, "SM II",
          "We do observe this scaling law experimentally.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-174")
statement("cr-torque/s152", P, "SM II.A (cites [3] of SM)",
          "the stretch exponential profile arises from the inhomogeneity of the distance from each NV centers to the closest fluctuators.",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-175")
statement("cr-torque/s153", P, "SM II.A",
          "This population follows a law of the form ρs00(t) ∝ exp(−γt) where γ is the individual depolarization rate of the spin",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-176")
statement("cr-torque/s154", P, "SM II.A (cites [3] of SM)",
          "assuming an homogeneous spatial distribution of fluctuators, the authors of [3] show that the distribution in γ should follow a law of the form ρ(γ) ≈ e− 1 4γT1√ 4πγ3T1",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-177")
statement("cr-torque/s155", P, "Fig. 7 caption",
          "A static magnetic field offset is applied using a permanent magnet (setup similar to the one presented in Fig.8)",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-178")
statement("cr-torque/s156", P, "SM II.A",
          "Averaging then over all NV centers gives the stretch exponential profile observed from the ensemble : ρe00(t) ∝ ∫ +∞ 0 ρ(γ)e−γtdγ = e − √ t T1",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-181")
statement("cr-torque/s157", P, "SM II.A (Fig. 6)",
          "Fig. 6 shows a lifetime measurement on a static microdiamond following the protocol described in Sec.III.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-182")
statement("cr-torque/s158", P, "SM II.A (Fig. 6)",
          "Here all four classes are resonant with the applied microwave frequency, which corresponds to the maximum degree of degeneracy between the NV centers, and therefore the stronger modification of the lifetime",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-183")
statement("cr-torque/s159", P, "SM II.A (Fig. 6)",
          "The signal we obtain was fitted using a stretch exponential profile and a simple exponential profile.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-184")
statement("cr-torque/s160", P, "SM II.A (Fig. 6 fit)",
          "the stretch exponential profile (R2 = 0.981)",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-185")
statement("cr-torque/s161", P, "SM II.A (Fig. 6 fit)",
          "than the exponential fit (R2 = 0.942).",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-186")
statement("cr-torque/s162", P, "SM II.A (Fig. 6 fit)",
          "the stretch exponential profile (R2 = 0.981) is in better agreement with the data than the exponential fit (R2 = 0.942).",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-187")
statement("cr-torque/s163", P, "SM II.A (Fig. 6)",
          "This is true in particular for the very short times (we expect the longer times to be dominated by the phonon-limited exponential lifetime).",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-188")
statement("cr-torque/s164", P, "SM II.A (cites [6] of SM)",
          "the stretch exponential profile arising from point-like depolarization sources is a relatively general result that has for example also been observed for the depolarization of NV centers induced by substitutional nitrogen (P1) defects",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-189")
statement("cr-torque/s165", P, "SM II.B",
          "Because the NV spins can only exchange spin quanta when they are quasi-resonant, tuning the number of classes at degeneracy modifies the effective density of interacting NV centers, and therefore the depolarization effect.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-190")
statement("cr-torque/s166", P, "SM II.B (Fig. 7)",
          "we have observed the change in photoluminescence from a static microdiamond while changing the magnetic field in order to explore different degeneracy conditions.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-192")
statement("cr-torque/s167", P, "SM II.B (Fig. 7)",
          "a permanent magnet to apply a magnetic field offset in an other direction (otherwise the magnetic field orientation with respect to the diamond axes would remain the same as the field is scanned).",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-193")
statement("cr-torque/s168", P, "SM II.B (Fig. 7)",
          "as the magnetic field is scanned, it crosses three “degeneracy planes”",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-194")
statement("cr-torque/s169", P, "SM II.B (Fig. 7)",
          "first a plane of the the {110} family at B=13 G, with a single degeneracy condition",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-195")
statement("cr-torque/s170", P, "SM II.B (Fig. 7)",
          "then a plane of the {100} family at B=44 G where there is a simultaneous degeneracy condition for two pairs of classes",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-196")
statement("cr-torque/s171", P, "SM II.B (Fig. 7)",
          "and then another plane of the the {110} family at B=76 G.",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-197")
statement("cr-torque/s172", P, "SM II.B (Fig. 7b)",
          "each time a degeneracy between at least two classes of NV takes place, a sharp decrease in photoluminescence is observed (see Fig.7b)).",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-198")
statement("cr-torque/s173", P, "SM II.B",
          "the photoluminescence of NV ensembles is proportional to the average population in the |ms = 0〉 state",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-199")
statement("cr-torque/s174", P, "SM II.B",
          "the |ms = 0〉 population of the spins is the result of the competition between the polarization rate due to the green laser and the various depolarization mechanism.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-200")
statement("cr-torque/s175", P, "SM II.B",
          "Increasing the depolarization rate of the spins will therefore decrease the overall luminosity.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-201")
statement("cr-torque/s176", P, "SM III.A (Fig. 8; cites [7] of SM)",
          "The experimental setup illustrated in Fig.8 is similar to the one used in [7] with the addition of a permanent magnet and an electromagnetic (EM) coil in order to perform magnetic field scans.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-202")
statement("cr-torque/s177", P, "SM III.A",
          "The diamond sample is typically illuminated with 1mW of 532 nm laser light",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-203")
statement("cr-torque/s178", P, "SM III.A",
          "1mW of 532 nm laser light",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-204")
statement("cr-torque/s179", P, "SM III.A",
          "focused by an objective with a numerical aperture of 0.5.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-205")
statement("cr-torque/s180", P, "SM III.A",
          "An acousto-optic modulator (AOM) is used to switch on and off the 532nm laser and to finely tuned its power.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-206")
statement("cr-torque/s181", P, "SM III.A",
          "detected using a multimode-fiber single-photon avalanche photo-detector (APD) (SPCM-AQRH-15 from Perkin Elmer).",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-207")
statement("cr-torque/s182", P, "SM III.A",
          "separated form the excitation light using a dichroic mirror (DM) and a 532nm notch filter (NF)",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-208")
statement("cr-torque/s183", P, "SM III.A",
          "we can detect PL photons at a rate of 1 MHz",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-209")
statement("cr-torque/s184", P, "SM III.A",
          "after attenuating the signal by a factor 100 with neutral density filters.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-210")
statement("cr-torque/s185", P, "SM III.A (cites [8] of SM)",
          "The Paul trap is a pseudo-ring with a diameter of approximately 200 µm",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-211")
statement("cr-torque/s186", P, "SM III.A",
          "It acts both as trap through the high voltage (HV) and as a microwave (MW) antenna.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-212")
statement("cr-torque/s187", P, "SM III.A",
          "controlled by a programmable power supply (Rohde & Schwarz NGE 103) performing current ramps.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-213")
statement("cr-torque/s188", P, "SM III.A",
          "While the levitating setup is located in a vacuum chamber, all the experiments presented in this article are performed at atmospheric pressure.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-214")
statement("cr-torque/s189", P, "SM III.B",
          "removing the effects of charge state transfer in the dark, which mask the PL signal decay induced solely by spin depolarization.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-216")
statement("cr-torque/s190", P, "SM III.B (Fig. 9)",
          "The protocol described in Fig. 9 consists in using two sequences.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-217")
statement("cr-torque/s191", P, "SM III.B (Fig. 9)",
          "the spins are initially polarized in the |ms = 0〉 state through a 1 ms green laser excitation pulse",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-218")
statement("cr-torque/s192", P, "SM III.B (Fig. 9)",
          "then left to evolve in the dark for a variable dark time τ",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-219")
statement("cr-torque/s193", P, "SM III.B (Fig. 9)",
          "The spin state is finally read out using a 10 µs laser pulse",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-220")
statement("cr-torque/s194", P, "SM III.B (Fig. 9)",
          "a 10 µs laser pulse (shorter than the polarization time of the spins).",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-221")
statement("cr-torque/s195", P, "SM III.B (Fig. 9)",
          "uses an extra resonant microwave π pulse tuned to a transition of one of the four classes of NV− right before the readout pulse.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-222")
statement("cr-torque/s196", P, "SM III.B",
          "The latter sequence brings population from the |ms = 0〉 state to the |ms = ±1〉 state for one class of NV centers.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-223")
statement("cr-torque/s197", P, "SM III.B",
          "we can extract the evolution of the spin state population from a single NV class and, at the same time, remove unwanted contributions to the photoluminescence, such as charge state transfer in the dark",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-224")
statement("cr-torque/s198", P, "SM III.B",
          "(which give the same background contribution to the measurements)",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-225")
statement("cr-torque/s199", P, "SM III.B",
          "In order to avoid low frequency noises such as laser drifts from the focal point or intensity fluctuations, we alternate both sequences while performing the measurement.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-226")
statement("cr-torque/s200", P, "SM III.C",
          "A neodymium permanent magnet and an electro-magnet are placed a few centimeters away from the diamond sample in order to apply a uniform and controllable magnetic field to the NV centers.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-227")
statement("cr-torque/s201", P, "SM III.C",
          "record the frequency of two transitions |0〉 → |−1〉 and |0〉 → |+1〉 from the same class to determine both the angle of the B field with respect to this class and the magnetic field amplitude.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-228")
statement("cr-torque/s202", P, "SM III.D",
          "High sensitivity of the spin-torque is achieved by using a speckle pattern produced by the rough surface of the micro-diamond under coherent illumination.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-229")
statement("cr-torque/s203", P, "SM III.D",
          "we then focus a small area of the speckle image onto an optical fibre and detect the photons transmitted through the fibre with the APD1.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-230")
statement("cr-torque/s204", P, "SM III.D",
          "The detected signal is then highly sensitive to the particle position and orientation.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-231")
statement("cr-torque/s205", P, "SM III.D (Fig. 4a)",
          "the microwave detuning is scanned in 2 MHz steps",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-232")
statement("cr-torque/s206", P, "SM III.D (Fig. 4a)",
          "with a duration of 10 ms per points.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-233")
statement("cr-torque/s207", P, "SM III.D (Fig. 4a)",
          "During those 10ms, the diamond orientation has enough time to reach its equilibrium position and the spin torque effect can be observed.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-234")
statement("cr-torque/s208", P, "SM III.D (Fig. 4a)",
          "The average count-rate is about 1 Mega-counts/s.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-235")
statement("cr-torque/s209", P, "SM III.E",
          "Measurements on levitating diamonds have to be relatively short (few minutes at most) because of a slow drift on the particle orientation",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-236")
statement("cr-torque/s210", P, "SM III.E",
          "The most likely origin of this drift is the loss of charges of the diamond due to photoionization by the laser, which changes the trapping conditions over time.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-237")
statement("cr-torque/s211", P, "SM IV.A",
          "The magnetic torque responsible for the motion of the diamond fundamentally comes from the anisotropy of the NV centers and from the transverse field B⊥ responsible for mixing the eigenstates in the stationary state.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-238")
statement("cr-torque/s212", P, "SM IV.A (Fig. 10)",
          "we will assume that the B field points in the z direction and take the motion to be in the x− z plane (in the lab frame), see Fig. 10.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-239")
statement("cr-torque/s213", P, "SM IV.A",
          "In the body fixed frame, the magnetic part of the hamiltonian reads ĤB = ~γeB(Ŝx′ sin θ + Ŝz′ cos θ)",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-240")
statement("cr-torque/s214", P, "SM IV.A, Eqs. (4)-(9): the derivation of Eq. (10)",
          "τ̂s = −∂Ĥ ∂θ = ~γeB(− cos θŜx′ + sin θŜz′). (4)",
          "result-model", reason="open", why="The derivation steps of Eqs. (4)-(9) are checkable by algebra or on the master equation; the book checks only their end point, Eq. (10).",
          checklist="CR-241,CR-242,CR-250,CR-251,CR-254,CR-255")
statement("cr-torque/s215", P, "SM IV.A (Eq. 5)",
          "where we introduced S = ρ0,1 + ρ1,0 + ρ0,−1 + ρ−1,0.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-243")
statement("cr-torque/s216", P, "SM IV.A",
          "laser photons used to polarized the NV at a rate γlas, phonons or spin-fluctuators acting on the spin populations at a rate Γ1 = 1/T1 and P1 centers or nuclear spins dephasing the electronic spin at a rate 1/T ∗2",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-244")
statement("cr-torque/s217", P, "SM IV.A",
          "In the limit γeB � D, and γlas � Γ1 the laser efficiently polarizes the electronic spins in the ground state so that ρ00 � ρ11, ρ−1−1.",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model's Γ_l/Γ_1 = 5 is not γlas ≫ Γ1; the SM's limit is used only in claim perturbative-formula (polarised limit).",
          checklist="CR-245")
statement("cr-torque/s218", P, "SM IV.A",
          "The pure dephasing T ∗2 ≈ 100ns",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-246")
statement("cr-torque/s219", P, "SM IV.A",
          "the population relaxation time T1/2 ≤ 1ms",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model's population relaxation time 1/(3Γ_1) is 0.33 ms, inside the bound; the bound is an assumption of the SM's derivation, not a parameter of the main model.",
          checklist="CR-247")
statement("cr-torque/s220", P, "SM IV.A",
          "the laser induced repolarization time 1/γlas ≤ 100 µs.",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model's 1/Γ_l is 200 µs (the scripts' 5e3 s⁻¹), not ≤ 100 µs; the si_text_si_pump variant (model range) uses the SM's rate.",
          checklist="CR-248")
statement("cr-torque/s221", P, "SM IV.A",
          "The pure dephasing T ∗2 ≈ 100ns is much shorter than the sum of the population relaxation time T1/2 ≤ 1ms and the laser induced repolarization time 1/γlas ≤ 100 µs.",
          "arithmetic", reason="open", why="An inequality between printed time scales; not yet scored as a claim.",
          checklist="CR-249")
statement("cr-torque/s222", P, "SM IV.A",
          "The characteristic motional dynamics is very slow compared to the zero-field and magnetic field rates D and γB.",
          "arithmetic", reason="open", why="An inequality between printed rates (kHz motion against GHz spin rates); not yet scored.",
          checklist="CR-252")
statement("cr-torque/s223", P, "SM IV.A",
          "The latter are also much larger then the decoherence rate 1/T ∗2 in our experiments, so we can adiabatically eliminate the coherences",
          "arithmetic", reason="open", why="An inequality between printed rates (D, γB against 1/T2*); not yet scored.",
          checklist="CR-253")
statement("cr-torque/s224", P, "SM IV.A, Eq. (10)",
          "〈τ̂s〉 = ~(γeB)2 D sin 2θ +O( (γeB)3 D2 ). (10)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-256")
statement("cr-torque/s225", P, "SM IV.A",
          "It is in fact the gradient of the energy ∂/∂θ in the ground state at the angle θ.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-257")
statement("cr-torque/s226", P, "SM IV.A",
          "supposing that γB � D, so that ĤB can be treated as a perturbation to the spin-spin hamiltonian DŜ2 z′",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-258")
statement("cr-torque/s227", P, "SM IV.A, Eq. (11)",
          "εg = ∑ ms=±1 | 〈0|HB |±1〉 |2 −ε0±1 = −~ (γeB)2 D sin2 θ. (11)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-259")
statement("cr-torque/s228", P, "SM IV.A",
          "Taking −∂εg/∂θ then gives Eq. 10. It is the equation that is used in the core of the manuscript.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-260")
statement("cr-torque/s229", P, "SM IV.A",
          "the Hellmann-Feynman theorem (exact for pure states) that relates the an- gular derivative of the mean energy to the torque is correct in the above-described limits where dissipation is negligible.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-261")
statement("cr-torque/s230", P, "Fig. 11 caption, panel b)",
          "b) Longitudinal (S‖ in dashed line) and transverse (S⊥ in plain line) components of the average value of the spin operator, in ~ unit, as a function of θ and for a magnetic field amplitude |B| = 100 G.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-263")
statement("cr-torque/s231", P, "Fig. 11 caption, panel c)",
          "c) Amplitude of the magnetic torque acting on a single spin as a function of θ for |B| = 100 G.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-264")
statement("cr-torque/s232", P, "SM IV.A (Fig. 11)",
          "Another way to estimate the torque is to numerically solve the master equation of the system as depicted in Fig 11.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-266")
statement("cr-torque/s233", P, "SM IV.A (Fig. 11)",
          "under the low magnetic fields (< 200 G) we are working at",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-267")
statement("cr-torque/s234", P, "SM IV.A (Fig. 11b)",
          "will be oriented at an angle of 90◦ from the NV axis : 〈Ŝz′〉 ≈ 0 and 〈Ŝ⊥〉 6= 0.",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-268")
statement("cr-torque/s235", P, "SM IV.A",
          "The magnetization of the NV center is therefore not aligned with the magnetic field, except when the field is also at a 90◦ angle from the NV axis",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-269")
statement("cr-torque/s236", P, "SM IV.A (Fig. 11)",
          "This magnetization vanishes when the magnetic field is aligned with the NV center since there is no longer a transverse field responsible for the mixing of the eigenstates.",
          "qualitative", reason="open", why="Checkable on the single-spin model (zero transverse spin along the NV axis); not yet scored.",
          checklist="CR-270")
statement("cr-torque/s237", P, "SM IV.A",
          "the magnetic torque Γ = γe〈Ŝ〉×B will be non-zero everywhere except when the field is aligned with the center, or in the plane normal to the direction of the center.",
          "qualitative", reason="open", why="Checkable on the single-spin model (zeros of the torque); not yet scored.",
          checklist="CR-271")
statement("cr-torque/s238", P, "SM IV.A",
          "anisotropic magnetic susceptibility χ = χ⊥ 0 0 0 χ⊥ 0 0 0 0 in the (x′,y′, z′) basis where z′ is the orientation of the NV center.",
          "result-model", reason="open", why="The uniaxial form of the susceptibility, checkable on the single-spin model; not yet scored.",
          checklist="CR-272")
statement("cr-torque/s239", P, "SM IV.A (Fig. 11c)",
          "The amplitude of the torque with respect to the magnetic field orientation at a B field amplitude of 100 G is represented in 1D in Fig 11-c)",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-273")
statement("cr-torque/s240", P, "SM IV.A (Fig. 11c)",
          "where we can see a behavior very close to | sin(2θ)|, as found in Eq.10 through a perturbative approach.",
          "result-model", reason="open", why="The |sin 2θ| shape of Fig. 11(c), checkable on the model; not yet scored as a claim.",
          checklist="CR-274")
statement("cr-torque/s241", P, "SM IV.A (Fig. 11c/d)",
          "Importantly, the maximum torque value is 1 · 10−26 N.m for a single spin.",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-277")
statement("cr-torque/s242", P, "SM IV.B (Fig. 3a)",
          "Fig 3 a) in the main text, represents the same map as Fig 11-c) but including the four NV centers, one in each of the possible [111] orientations.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-278")
statement("cr-torque/s243", P, "SM IV.B (Fig. 3a)",
          "We can see that the maximum torque actually decreased to 3 · 10−28 N.m",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-279")
statement("cr-torque/s244", P, "SM IV.B (Fig. 3a)",
          "This is due to the directional averaging of the torque generated by the four centers.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-281")
statement("cr-torque/s245", P, "SM IV.B (Fig. 3a vs Fig. 11)",
          "The torque per NV center is decreased by more than two orders of magnitude when taking the directional averaging into consideration.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-282")
statement("cr-torque/s246", P, "SM IV.B (Fig. 3b)",
          "1. The maximum torque has increased by an order of magnitude compared to the previous case.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-283")
statement("cr-torque/s247", P, "SM IV.B (Fig. 3b)",
          "It reached up to 3 · 10−27 N.m for four spins",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-284")
statement("cr-torque/s248", P, "SM IV.B (Fig. 3b)",
          "so about 10−27 N.m per spin.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-285")
statement("cr-torque/s249", P, "SM IV.B (Fig. 3b)",
          "cross-relaxation will lower the torque contribution of specific classes (the ones that get depolarized), meaning that the end result is closer to the single spin case (there is less directional averaging).",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-286")
statement("cr-torque/s250", P, "SM IV.B (Fig. 3b)",
          "2. The change in magnetic torque is resonant, and occurs only when different classes are brought to resonance.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-287")
statement("cr-torque/s251", P, "SM IV.B (Fig. 3b vs Fig. 5)",
          "This can be seen by comparing Fig 3 b) of the main text to the {110} planes that were drawn in Fig. 5.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-288")
statement("cr-torque/s252", P, "SM IV.B",
          "The change in the signal when scanning a magnetic field across a CR will be much sharper than the sinusoidal change in the spin-torque.",
          "qualitative", reason="open", why="Checkable in the model: the width of the CR feature along a field scan against the width of the sin 2θ variation of the torque; not yet scored.",
          checklist="CR-289")
statement("cr-torque/s253", P, "SM IV.C",
          "The way we experimentally measure spin-torques applied on the levitating diamond is by measuring the induced diamond orientational displacement from equilibrium.",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-290")
statement("cr-torque/s254", P, "SM IV.C",
          "We model the trap as a pure harmonic potential, both for the center of mass and for the librational degrees of freedom of the diamond",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-291")
statement("cr-torque/s255", P, "SM IV.C",
          "with trapping frequencies ωt ≈ (2π) · 1 kHz.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-292")
statement("cr-torque/s256", P, "SM IV.C",
          "Considering a single librational degree of freedom",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-293")
statement("cr-torque/s257", P, "SM IV.C",
          "the torque exerted by the trap as Γt = −K(θ − θeq), where K = Iω2 t is the stiffness of the trap",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-294")
statement("cr-torque/s258", P, "SM IV.C, Eq. (12)",
          "−K(θ − θeq) + Γext = −K(θ − θ′eq) (12)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-295")
statement("cr-torque/s259", P, "SM IV.C, Eq. (13)",
          "δθ = θ′eq − θeq = Γext K = Γext Iω2 t (13)",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-296")
statement("cr-torque/s260", P, "SM IV.C",
          "In our case, Γext is the magnetic torque exerted by the NV− spins on the diamond. We can write it Γext = NNV 〈Γ1spin〉",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-297")
statement("cr-torque/s261", P, "SM IV.C",
          "〈Γ1spin〉 = γe〈Ŝ〉 ×B ≈ 10−27 Nm is the expected magnetic torque applied by one spin.",
          "input", reason="input", why="The per-spin torque the SM assumes in its displacement estimate (an input of that estimate); compare claim rows of Fig. 3 and SM IV B.",
          checklist="CR-298")
statement("cr-torque/s262", P, "SM IV.C",
          "By using the inertia moment formula of a sphere : I = 2 5mr 2",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-299")
statement("cr-torque/s263", P, "SM IV.C",
          "δθ = 〈Γ1spin〉n(NV −) 2 5mCr2ω2 T ≈ 10−3 rad",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-300")
statement("cr-torque/s264", P, "SM IV.C",
          "n(NV −) ≈ 5 · 10−6 (5 ppm) is the number of NV centers per atoms in the crystal",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-301")
statement("cr-torque/s265", P, "SM IV.C",
          "mC ≈ 2 · 10−26 kg is the average weight of a carbon atom (we assume that the bulk of the diamond weight comes from carbon atoms)",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-302")
statement("cr-torque/s266", P, "SM IV.C",
          "r = 7.5 µm is the typical radius of our diamonds",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-303")
statement("cr-torque/s267", P, "SM IV.C",
          "ωT = 6.3 · 103 rad/s is the typical value of the trap angular frequency.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-304")
statement("cr-torque/s268", P, "SM IV.C",
          "the main uncertainty comes here from the diamond size, which can change the expected result by an order of magnitude.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-305")
statement("cr-torque/s269", P, "SM V",
          "Similarly to in Fig. 3 of the main text, we managed to mechanically detect other types of mechanically induced dipolar couplings.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-306")
statement("cr-torque/s270", P, "SM V (Fig. 12b)",
          "this time all four classes of NV are resonant with another class at B=23 G.",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-308")
statement("cr-torque/s271", P, "SM V (Fig. 12a)",
          "This indicates that we are crossing a {100} plane instead of a {110} plane, as can be seen in Fig 12a).",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-309")
statement("cr-torque/s272", P, "Fig. 12 caption, panel c)",
          "c) Photoluminescence of the NV centers as a function of the scanning magnetic field (blue crosses) and gaussian fit (orange line).",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-313")
statement("cr-torque/s273", P, "SM V (Fig. 12c)",
          "As expected, a drop in the photoluminescence rate is observed when the degeneracy occurs.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-317")
statement("cr-torque/s274", P, "SM V (Fig. 12c vs Fig. 4b)",
          "The PL drop is slightly more pronounced in this case compared to the experiments presented in the main text because all classes are depolarized here, instead of only two.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-318")
statement("cr-torque/s275", P, "SM V (Fig. 12d)",
          "This is well predicted by the numerical estimates shown in Fig. 12d).",
          "qualitative", reason="open", why="The model's Fig. 12(d) PL drop against the measured Fig. 12(c); not yet scored as a claim.",
          checklist="CR-319")
statement("cr-torque/s276", P, "SM V (Fig. 12e vs Fig. 4c)",
          "Here, there is a clear difference between the angular response and the experiment shown in the main text.",
          "qualitative", reason="open", why="The shape of the Fig. 12(e) record against the Fig. 4(c-i) record; not yet scored.",
          checklist="CR-321")
statement("cr-torque/s277", P, "SM V (about main-text Fig. 4c-i)",
          "Instead of a single Gaussian drop centered on the CR resonance",
          "result-measured", reason="open", why="The single Gaussian shape of the Fig. 4(c-i) record; not yet scored beyond its width.",
          checklist="CR-322")
statement("cr-torque/s278", P, "SM V (Fig. 12e)",
          "two bumps are observed on both sides of the resonance.",
          "result-measured", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-323")
statement("cr-torque/s279", P, "SM V (Fig. 12f)",
          "Fig. 12f) shows the result of simulations, where we can see a dispersive profile with an almost zero torque at the resonance.",
          "result-model", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-324")
statement("cr-torque/s280", P, "SM V (Fig. 12e vs 12f)",
          "The reason we do not observe a change of sign in the experiment (with two positive bumps instead of a positive and negative one) is likely to be because of the non-linearity of our detection",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-325")
statement("cr-torque/s281", P, "SM V",
          "if the signal initially corresponds to a dark spot of the speckle, then a change in the motion of the diamond can only result in an increased signal.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-326")
statement("cr-torque/s282", P, "SM V (Fig. 12f)",
          "the magnetic torque generated by the four classes of NV is not modified exactly on resonance, since all four classes are depolarized identically.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-327")
statement("cr-torque/s283", P, "SM V (Fig. 12b)",
          "the two classes which have a higher frequency are always slightly closer to each other than the two classes of lower frequency.",
          "qualitative", reason="open", why="Checkable on the Fig. 12 path (upper pair closer than lower pair); not yet scored.",
          checklist="CR-328")
statement("cr-torque/s284", P, "SM V (Fig. 12b)",
          "computing the slope in the evolution of the transitions frequencies, which are found to be smaller for the two upper classes.",
          "qualitative", reason="open", why="Checkable on the Fig. 12 path (slopes of the four transitions); not yet scored.",
          checklist="CR-329")
statement("cr-torque/s285", P, "SM V (Fig. 12f)",
          "This effect results in more depolarization for these two classes, except when they are exactly on resonance.",
          "qualitative", reason="open", why="Checkable in the model: the class polarisations of the two off-resonant classes along the Fig. 12 scan, minimal depolarisation exactly at the crossing; not yet scored.",
          checklist="CR-330")
statement("cr-torque/s286", P, "SM V (Fig. 12e/f)",
          "This interpretation explains the overall shape of the torque and thus of the angular response.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-331")
statement("cr-torque/s287", P, "SM V",
          "A quantitative analysis would require knowledge about the directions of the 4-NV directions with respect to the three main directions of the trapped diamond axes as well as a calibration of the sensitivity",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-332")
statement("cr-torque/s288", P, "SM VI (cites [9] [10] of SM)",
          "Numerical solving of the master equation was performed using the Quantum Toolbox in Python (QuTiP) [9] [10].",
          "input", reason="method", why="Describes the apparatus, the measurement protocol or what is plotted, not a result.",
          checklist="CR-333")
statement("cr-torque/s289", P, "SM VI",
          "incoherent optical pumping through the jump operators L+ = Γl |0〉 〈+1| and L− = Γl |0〉 〈−1|",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-334")
statement("cr-torque/s290", P, "SM VI",
          "where Γl ≈ (2π)10 kHz is the laser induced polarizing rate to the ground state.",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model pumps at Γ_l = 5e3 s⁻¹ (the scripts); the SM's (2π)10 kHz is the si_text_si_pump variant of the model range.",
          checklist="CR-335")
statement("cr-torque/s291", P, "SM VI",
          "We also introduce the T1 jump operators Lji = 1 T1 |i〉 〈j| where |i, j〉=|0,±1〉.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-336")
statement("cr-torque/s292", P, "SM VI",
          "each class has its own Ti1 (i ∈ {1, 2, 3, 4}) that depends on the energy levels of the other classes",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-337")
statement("cr-torque/s293", P, "SM VI (CR model)",
          "1 T i1 = 1 T 0 1 + ∑ j 6=i 1 T dd1 e − (νi−νj) 2 2(σdd)2",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model's CR rule is the scripts' Lorentzian (half width 6 MHz) on both branches; this Gaussian rule on ν₋ is the si_text variant of the model range.",
          checklist="CR-338")
statement("cr-torque/s294", P, "SM VI",
          "we are arbitrarily considering the |0〉 → |−1〉 transition here, since the resonance condition is the same for both transitions at the magnetic fields we are working at.",
          "qualitative", reason="open", why="Checkable in the model: whether ν₋ and ν₊ degeneracies coincide for the degenerate pairs at the paper's fields; not yet scored.",
          checklist="CR-339")
statement("cr-torque/s295", P, "SM VI (cites [11] of SM)",
          "This is not always true for magnetic fields greater than 592 G[11]).",
          "literature", reason="literature", why="Background from the cited literature or textbook knowledge, not a result of this paper.",
          checklist="CR-340")
statement("cr-torque/s296", P, "SM VI",
          "σdd is the width of the CR features. We measured them to be similar to the inhomogeneous broadening given by the dipolar coupling to P1 centers, i.e. ≈ 6 MHz.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-341")
statement("cr-torque/s297", P, "SM VI",
          "We measured them to be similar to the inhomogeneous broadening given by the dipolar coupling to P1 centers",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-342")
statement("cr-torque/s298", P, "SM VI",
          "T 0 1 = 1.03 ms",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model's base rate is the scripts' 1e3 s⁻¹ (1/Γ = 1 ms); T1⁰ = 1.03 ms is used by the si_text variant.",
          checklist="CR-343")
statement("cr-torque/s299", P, "SM VI",
          "T dd1 = 0.38 ms",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model adds the scripts' 1e3 s⁻¹ per resonant transition; T1ᵈᵈ = 0.38 ms is used by the si_text variant.",
          checklist="CR-344")
statement("cr-torque/s300", P, "SM VI",
          "T 0 1 = 1.03 ms and T dd1 = 0.38 ms were chosen to match the T1 measurements presented in Fig. 1 of the main text.",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-345")
statement("cr-torque/s301", P, "SM VI",
          "We only focus on the T1 without degeneracy and the one with a single degeneracy since our experiments will not have more than two resonant classes at once.",
          "qualitative", reason="open", why="Checkable: the number of resonant classes on the paper's field paths against 'not more than two at once' (at the Fig. 12 crossing all four are resonant, claim fig12-degenerate-pairs); not yet scored.",
          checklist="CR-346")
statement("cr-torque/s302", P, "SM VI",
          "Our model is probably not suited to deal with triple or quadruple resonances.",
          "qualitative", reason="uncheckable", why="Interpretation, motivation or outlook: no number, ordering or shape that the model or a record could test.",
          checklist="CR-347")
statement("cr-torque/s303", P, "SM VI (cites [3] of SM)",
          "only the |0〉 〈±1| and |±1〉 〈0| (corresponding to a single quantum exchange in the dipole-dipole interaction) operators are modified by the cross-relaxations.",
          "input", reason="input", why="An input of the paper's model that the book's main model departs from: the main model enhances all six T1 jumps, as the scripts do; the si_text variant enhances the single-quantum ones only.",
          checklist="CR-348")
statement("cr-torque/s304", P, "SM VI",
          "With ρs we can directly obtain the |ms = 0〉 population, corresponding to the experimentally measured photoluminescence.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-349")
statement("cr-torque/s305", P, "SM VI (torque formula)",
          "With regards to the torque estimation, we use a semi-classical formula : Γ = N0γe〈Ŝ〉 ×B",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-350")
statement("cr-torque/s306", P, "SM VI",
          "where N0 ≈ 109 is an estimate of the number of spins in our sample",
          "input", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-351")
statement("cr-torque/s307", P, "SM VI",
          "an estimate of the number of spins in our sample based on the average size and NV density of our diamonds",
          "arithmetic", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-352")
statement("cr-torque/s308", P, "SM VI",
          "〈Ŝ〉 = Tr(ρsŜ) is the averaged spin vector in the stationary sate, averaged again over the four possible orientations of NV.",
          "input", reason="input", why="An input, setting or assumption of the paper's model or experiment: the book uses it, it does not test it.",
          checklist="CR-353")
statement("cr-torque/s309", P, "SM VI",
          "This formula assumes that the spin dynamics is faster than the dynamics of the motion of the diamond, which is the case in our experiments.",
          "qualitative", reason=None, why="Checked by the claims listed on its row.",
          checklist="CR-354")
statement("cr-torque/s310", P, "SM VI (Fig. 12, Fig. 3)",
          "In our plots in Fig. 12 and Fig. 3 of the main text, we only represent one spatial component (e.g. Γx) of the torque, because the three components behave similarly.",
          "input", reason="method", why="Says what Figs 3 and 12 plot (one component, 'e.g. Γx'); it fixes the book's reading cr-torque/fig3-torque-measure.",
          checklist="CR-355")

not_statements(P, {
    "CR-012": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-019": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-020": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-029": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-033": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-037": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-050": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-072": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-090": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-100": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-108": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-109": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-125": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-151": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-152": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-153": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-154": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-157": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-167": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-179": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-180": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-191": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-215": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-262": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-265": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-275": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-276": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-280": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-307": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-310": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-311": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-312": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-314": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-315": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-316": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
    "CR-320": "A description of what a figure panel or section shows, or a cross-reference, not a claim about the physics or the data.",
})
