"""The checkable statements of Kortan, Şahin, Flatté, PRB 93, 220402(R) (2016): Part III's denominator.

Every statement of the paper (arXiv:1603.03485v1 text), in reading order, quoted as the extracted
text prints it (line-break hyphens, "̊A" for Å and the lost table layouts kept: the quotes are exact
substrings of the extraction). Each carries the type the book gives it after reading it in the paper
and, when no claim checks it, a reason of :data:`nvlib.statements.REASONS` and a sentence. ``checklist``
names the rows of the independent reader's checklist each statement accounts for; rows that are not
statements (figure tick text, legends, the bibliography) are in the ``not_statements`` call at the end.
Where the type differs from the checklist's, the book's reading is the one kept here (the summaries
"less than 3 nm" / "less than 5 nm" are typed result-model: they are not arithmetic on printed numbers,
the crossovers 22, 25, 47 Å do not imply them).
"""

from nvlib.statements import not_statements, statement

P = "exchange"

statement('exchange/s001', P, 'Abstract',
          'Exchange interactions between isolated pairs of spin centers in diamond have been calculated, based on an accurate atomistic electronic structure for diamond and any impurity atoms, for spin- center separations up to 2 nm.',
          'input', reason='method',
          why='Scope of the calculation (pairs up to 2 nm); the book computes the same lattice sites to 25 Å.',
          checklist='EX-001')
statement('exchange/s002', P, 'Abstract',
          'The exchange interactions exceed dipolar interactions for spin center separations less than 3 nm.',
          'result-model', reason=None,
          why='Scored by the per-pair crossovers against 3 nm.',
          checklist='EX-002')
statement('exchange/s003', P, 'Abstract',
          'NV− spin centers, which are extended defects, interact very differently depending on the relative orientations of the symmetry axis of the spin center and the radius vector connecting the pair.',
          'qualitative', reason=None,
          why='Scored (nv-orientation-effect, with s086 and s089).',
          checklist='EX-003')
statement('exchange/s004', P, 'Abstract',
          'Exchange interactions between transition-metal dopants behave similarly to those of NV− centers.',
          'qualitative', reason='uncheckable',
          why='"Behave similarly" names no quantity; the comparisons of magnitude it summarises are the conclusion statements on TM versus NV⁻ exchange.',
          checklist='EX-004')
statement('exchange/s005', P, 'Abstract',
          'The Mn–Mn exchange interaction decays with a much longer length scale than the Cr–Cr and Ni–Ni exchange interactions',
          'qualitative', reason=None,
          why='Scored by the [1-10] decay lengths.',
          checklist='EX-005')
statement('exchange/s006', P, 'Abstract',
          'exceeding dipolar interactions for Mn–Mn separations less than 5 nm.',
          'result-model', reason=None,
          why='Scored by the Mn–Mn crossover against 5 nm.',
          checklist='EX-006')
statement('exchange/s007', P, 'Abstract',
          'Calculations of these highly anisotropic and spin-center-dependent interactions provide the potential for design of the spin-spin interactions for novel nanomagnetic structures.',
          'qualitative', reason='uncheckable',
          why='Outlook (design of nanomagnetic structures); nothing to compute.',
          checklist='EX-007')
statement('exchange/s008', P, 'Introduction, para. 1',
          'A single spin, such as from a defect or dopant, can control the properties of a nanomagnetic system[1]',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-008')
statement('exchange/s009', P, 'Introduction, para. 1',
          'sug- gesting pathways to constructing novel magnetic mate- rials or magnetic behavior through designed assembly e.g. of spins in metals, insulators, and semiconductors[2– 8].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-009')
statement('exchange/s010', P, 'Introduction, para. 1',
          'Spin centers in wide-gap semiconductors such as diamond exhibit exceptionally long room-temperature spin coherence times[9]',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-010')
statement('exchange/s011', P, 'Introduction, para. 1',
          'permitting coherent interactions among such spin centers over length scales of many nanometers, and the corresponding shaping of spin dy- namics in the spin assemblies.',
          'qualitative', reason='uncheckable',
          why='Motivation: coherent interactions over many nanometres are a consequence of cited coherence times, not a result of the paper.',
          checklist='EX-011')
statement('exchange/s012', P, 'Introduction, para. 1',
          'As the interactions oc- cur through weak, long-range, largely isotropic dipolar interactions[10, 11] the interaction effects on spin dynam- ics are slow (less than 1 μeV).',
          'literature', reason='literature',
          why='Background from the cited literature (dipolar couplings below 1 µeV at the spacings of those experiments).',
          checklist='EX-012')
statement('exchange/s013', P, 'Introduction, para. 1',
          'Continued improvement of control in spin-center positioning, such as through ion implantation[4, 12, 13], will lead to assemblies with short- range coupling',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-013')
statement('exchange/s014', P, 'Introduction, para. 1',
          'where exchange interactions may domi- nate over dipolar interactions, producing anisotropic[3] interactions that are orders of magnitude greater than dipolar interactions.',
          'qualitative', reason='uncheckable',
          why='Outlook of the introduction; the paper\'s own result of this kind ("by orders of magnitude", Fig. 3 text) is accounted for there.',
          checklist='EX-014')
statement('exchange/s015', P, 'Introduction, para. 1',
          'The current focus on NV- centers in diamond, due especially to the convenience of its lev- els and optical selection rules for spin initialization and readout[14]',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-015')
statement('exchange/s016', P, 'Introduction, para. 1',
          'may also shift to other spin centers that are easier to address and manipulate electrically, especially transition-metal dopants that possess partially-filled d levels[15, 16].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-016')
statement('exchange/s017', P, 'Introduction, para. 2',
          'Here we construct a highly-accurate theoretical de- scription of the spin center in bulk diamond, and a very efficient theoretical methodology to evaluate the exchange-coupling between spins in diamond',
          'qualitative', reason='uncheckable',
          why='Self-description of the method ("highly-accurate", "very efficient"); rhetoric.',
          checklist='EX-017')
statement('exchange/s018', P, 'Introduction, para. 2',
          "We include the weak spin-orbit interaction in bulk diamond and the strong spin-orbit interaction of a transition-metal dopant, as well as the dependence of an NV- spin cen- ter's interaction on the N-V axis direction.",
          'input', reason='input',
          why='Model content. The book includes the impurity spin–orbit of Table I and the N–V axis dependence, but omits the bulk carbon spin–orbit (a reading of the register, exchange/bulk-spin-orbit).',
          checklist='EX-018')
statement('exchange/s019', P, 'Introduction, para. 2',
          'We find that exchange interactions dominate over dipolar interactions for spin-center separations smaller than 3 nm',
          'result-model', reason=None,
          why='Scored by the per-pair crossovers against 3 nm.',
          checklist='EX-019')
statement('exchange/s020', P, 'Introduction, para. 2',
          'except for the more delocalized Mn spins',
          'qualitative', reason=None,
          why='Scored by the [1-10] decay lengths (Mn the longest).',
          checklist='EX-020')
statement('exchange/s021', P, 'Introduction, para. 2',
          'which are exchange- dominated for separations less than 5 nm.',
          'result-model', reason=None,
          why='Scored by the Mn–Mn crossover against 5 nm.',
          checklist='EX-021')
statement('exchange/s022', P, 'Introduction, para. 2',
          'The theo- retical techniques that have been previously applied to diamond find calculations of spin-spin interactions very challenging, either (as with density functional theory[15– 17]) due to the very large supercell sizes required',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-022')
statement('exchange/s023', P, 'Introduction, para. 2',
          'or (as with symmetry-based group-theory analyses[18]) due to the inability to constrain the prob- lem to a very small number of experimentally-determined quantities.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='EX-023')
statement('exchange/s024', P, 'Introduction, para. 2',
          'Our approach is a rigorously tested spds∗ de- scription of the bulk electronic structure[19]',
          'input', reason='input',
          why="The host is the sp3d5s* parametrisation of the paper's Ref. 19, used as published.",
          checklist='EX-024')
statement('exchange/s025', P, 'Introduction, para. 2',
          'and a set of effective impurity potentials, including for d states, that replicate the energies of the spin-center states found in density functional theory calculations or experimen- tal measurements.',
          'input', reason='input',
          why='The impurity potentials of Tables I and II, taken as inputs.',
          checklist='EX-025')
statement('exchange/s026', P, 'Introduction, para. 2',
          "the elec- tronic properties of the pair are efficiently evaluated us- ing a Green's function-based Koster-Slater method[20] as described in Ref. [21], and here extended to the spds∗ system",
          'input', reason='method',
          why="Method: Koster–Slater Green's functions in the spds* basis, which the book implements.",
          checklist='EX-026')
statement('exchange/s027', P, 'Introduction, para. 2',
          'by exactly solving for the electron propaga- tor in the regions between defects, permits calculations of the exchange interaction of a defect pair to proceed with a rapid speed that is independent of the defect sep- aration.',
          'qualitative', reason='method',
          why="A property of the method (cost independent of separation); the book's implementation shares it, but it is not a physical result.",
          checklist='EX-027')
statement('exchange/s028', P, 'Model, before Eq. (1)',
          'The Hamiltonian for a point defect (impurity atom or vacancy) has the form H = H0 + V , where H0 is the spds∗ Hamiltonian of Ref. 19',
          'input', reason='input',
          why='H = H0 + V with the host of Ref. 19: the model the book builds.',
          checklist='EX-028')
statement('exchange/s029', P, 'Eq. (1)',
          '+(2/3)',
          'input', reason='input',
          why="Eq. (1), the defect potential, garbled in extraction; the book's reading of it (on-site and four neighbour potentials, spin–orbit with the 2/3 prefactor) is in the model modules.",
          checklist='EX-029')
statement('exchange/s030', P, 'Model, after Eq. (1)',
          'is the energy difference for the orbital with spin s, angular momentum',
          'input', reason='input',
          why='Definition of the potentials U of Eq. (1).',
          checklist='EX-030')
statement('exchange/s031', P, 'Model, after Eq. (1)',
          "is the point de- fect's spin-orbit interaction for the",
          'input', reason='input',
          why='Definition of the spin–orbit strength and the operators of Eq. (1).',
          checklist='EX-031')
statement('exchange/s032', P, 'Model',
          'The point defect is located at R0, and the four nearest-',
          'input', reason='input',
          why='Geometry of the point defect (R0 and its four neighbours).',
          checklist='EX-032')
statement('exchange/s033', P, 'Model',
          'The spin-orbit po- tential has been calculated from atomic energies[22–24] and using the Land ́e interval rule.',
          'input', reason='method',
          why='How the spin–orbit column of Table I was obtained (atomic energies, Landé rule); the book takes the column as printed.',
          checklist='EX-033')
statement('exchange/s034', P, 'Model',
          'Spin-orbit interac- tions are positive for angular-momentum shells less than half full, and negative otherwise.',
          'qualitative', reason='input',
          why="The sign rule by which Table I's spin–orbit column was set; the d-shell fillings it refers to are not stated, so it describes an input rather than a result.",
          checklist='EX-034')
statement('exchange/s035', P, 'Model',
          'For transition-metal dopants, to position the d states of correct tetrahedral symmetry (t2 or e) at the correct locations within the di- amond band gap, U os magnetic and nonmagnetic poten- tials are determined for the t2 and e states',
          'input', reason='input',
          why='How the Table I d potentials were fixed (to place the t2 and e states): an input, which is why the level claims it fixes are consistency checks.',
          checklist='EX-035')
statement('exchange/s036', P, 'Model',
          'U nn = 0 for transition-metal dopants.',
          'input', reason='input',
          why='U_nn = 0 for transition metals: used as stated.',
          checklist='EX-036')
statement('exchange/s037', P, 'Model',
          'For the NV- spin center, defect potentials are only required on the p orbitals, however the shift in the atomic posi- tions requires nonzero defect potentials on the nearest neighbors as well. These values are reported in Table II.',
          'input', reason='input',
          why='NV⁻ potentials on p orbitals only, with neighbour potentials (Table II): used; the layout of Table II is a reading (exchange/nv-table-ii).',
          checklist='EX-037')
statement('exchange/s038', P, 'Table I, caption',
          'On-site potentials (eV) for transition-metal impu- rities in diamond, including the nonmagnetic and magnetic potentials for d electrons of t2 and e symmetry, and the spin- orbit interaction strength ∆ for p and d electrons, in eV.',
          'input', reason='input',
          why='Caption of Table I (units eV, column meaning): used to read the table.',
          checklist='EX-038')
statement('exchange/s039', P, 'Table I, row Cr',
          'Cr Mn Fe Co Ni -18.89 -21.45 -0.26 -1.85 0.09 0.02',
          'input', reason='input',
          why="A row of Table I; the extraction lists names then values, read in the header's column order (nonmagnetic t2, e; magnetic t2, e; spin–orbit p, d).",
          checklist='EX-039')
statement('exchange/s040', P, 'Table I, row Mn',
          '-19.30 -22.50 -0.14 -1.00 -0.03 -0.08',
          'input', reason='input',
          why="A row of Table I; the extraction lists names then values, read in the header's column order (nonmagnetic t2, e; magnetic t2, e; spin–orbit p, d).",
          checklist='EX-040')
statement('exchange/s041', P, 'Table I, row Fe',
          '-19.20 -23.15 0 0 -0.15 -0.12',
          'input', reason='input',
          why="A row of Table I; the extraction lists names then values, read in the header's column order (nonmagnetic t2, e; magnetic t2, e; spin–orbit p, d).",
          checklist='EX-041')
statement('exchange/s042', P, 'Table I, row Co',
          '-20.57 -24.64 -0.26 -0.21 -0.10 -0.19',
          'input', reason='input',
          why="A row of Table I; the extraction lists names then values, read in the header's column order (nonmagnetic t2, e; magnetic t2, e; spin–orbit p, d).",
          checklist='EX-042')
statement('exchange/s043', P, 'Table I, row Ni',
          '-21.67 -27.03 -0.43 -0.38 -0.08 -0.33',
          'input', reason='input',
          why="A row of Table I; the extraction lists names then values, read in the header's column order (nonmagnetic t2, e; magnetic t2, e; spin–orbit p, d).",
          checklist='EX-043')
statement('exchange/s044', P, 'Table II, caption',
          'On-site and nearest-neighbor p-orbital potentials, magnetic and nonmagnetic, for nitrogen and a vacancy in diamond.',
          'input', reason='input',
          why='Caption of Table II; no unit survives (eV assumed, as Table I).',
          checklist='EX-044')
statement('exchange/s045', P, 'Table II, body (rows N, V; columns on-site nonmagnetic/magnetic, nearest-neighbor nonmagnetic/magnetic)',
          'on-site nearest-neighbor nonmagnetic magnetic nonmagnetic magnetic N V -5.33 50 2.93 0 0 -0.26 0 -2.97',
          'input', reason='input',
          why="Table II's eight values without their row and column; which value sits where is the reading exchange/nv-table-ii of the register.",
          checklist='EX-045')
statement('exchange/s046', P, "Model, Green's function",
          "We calculate the retarded Green's function for the bulk Hamiltonian H0, G0(k, ω) = [ω−H0(k)+iδ]−1, and from this the real-space Green's function G0(Ri, Rj, ω)",
          'input', reason='method',
          why="Retarded bulk Green's function; δ not printed here (the book uses 10 µeV as the paper states for Fig. 3).",
          checklist='EX-046')
statement('exchange/s047', P, "Model, Green's function",
          'where G0 is a matrix with rows and columns labeled by',
          'input', reason='method',
          why="Definition of the Green's-function matrix indices.",
          checklist='EX-047')
statement('exchange/s048', P, 'Eq. (2)',
          'The properties of the defects, either point defects or pairs, are determined from solving the Dyson equation in real space, G(ω) = [I - G0(ω)V ] -1 G0(ω) .',
          'input', reason='method',
          why='Dyson equation, Eq. (2): the method the book implements.',
          checklist='EX-048')
statement('exchange/s049', P, 'Model, after Eq. (2)',
          'Due to the limited number of positions in real space where the potential is non-zero, Eq. (2) can be solved rapidly once the G0(Ri, Rj, ω) have been tabulated.',
          'qualitative', reason='method',
          why='A remark on computational speed; not a physical result.',
          checklist='EX-049')
statement('exchange/s050', P, 'Text on Fig. 1',
          'Figure 1 compares the on site and nearest neighbor spin resolved local density of states (LDOS) for the two',
          'qualitative', reason='method',
          why='Says what Fig. 1 shows; the figure is redrawn in the centres chapter; its spin-1 content is the ground-state-spin statement.',
          checklist='EX-050')
statement('exchange/s051', P, 'Fig. 1 caption',
          'Spin resolved local density of states (LDOS) on the impurity site and nearest neighbor carbon site for Cr and Ni spin centers.',
          'qualitative', reason='method',
          why='Caption: what Fig. 1 plots; redrawn in the centres chapter.',
          checklist='EX-051')
statement('exchange/s052', P, 'Fig. 1 caption',
          'The continuum states in the conduction and valance bands are plotted on the scale of the left axis.',
          'qualitative', reason='method',
          why="Caption: which axis carries the continuum LDOS; a plotting convention (the book's broadening and LDOS axis differ, as the chapter says).",
          checklist='EX-052')
statement('exchange/s053', P, 'Fig. 1 caption',
          'The probabilities of finding the electron on the impurity for mid- gap impurity states are plotted on the scale of the left axis.',
          'qualitative', reason='method',
          why='Caption: the mid-gap states are drawn as on-site probabilities; a plotting convention, which the book follows.',
          checklist='EX-053')
statement('exchange/s054', P, 'Text on Fig. 1 (Cr levels)',
          'Within the diamond band gap, the Cr spin center forms one doubly- degenerate spin-up and one doubly-degenerate spin-down e level as well as one triply degenerate spin-up and one triply-degenerate spin-down t2 level.',
          'result-model', reason=None,
          why='Scored (cr-levels), as consistency: Table I was fitted to place these levels.',
          checklist='EX-056')
statement('exchange/s055', P, 'Text on Fig. 1 (Cr ground state)',
          'The ground state for Cr has two electrons in the spin-up e state and the rest empty.',
          'result-model', reason=None,
          why='Scored (cr-filling), as consistency.',
          checklist='EX-057')
statement('exchange/s056', P, 'Text on Fig. 1 (Ni levels)',
          'The Ni dopant levels are arranged differently, with the t2 levels in the gap and the e levels below the edge of the valence band, showing as a broad resonance.',
          'result-model', reason=None,
          why='Scored (ni-levels), as consistency.',
          checklist='EX-058')
statement('exchange/s057', P, 'Text on Fig. 1 (Ni levels)',
          'The t2 levels for Ni show a visible splitting in Fig. 1 due to the large spin orbit coupling for Ni.',
          'qualitative', reason=None,
          why='Scored (ni-so-splitting).',
          checklist='EX-059')
statement('exchange/s058', P, 'Text on Fig. 1 (Ni ground state)',
          'The ground state for the Ni spin center has two electrons in the spin-up t2 states.',
          'result-model', reason=None,
          why='Scored (ni-filling), as consistency.',
          checklist='EX-060')
statement('exchange/s059', P, 'Text on Fig. 1 (Cr vs Ni weight)',
          'the Cr ground state possesses more spectral weight on the site of the dopant than the Ni ground state, with a ratio of ∼ 2:1.',
          'result-model', reason=None,
          why='Scored (cr-ni-weight-ratio).',
          checklist='EX-061')
statement('exchange/s060', P, 'Text on Fig. 1 (Cr vs Ni weight)',
          'As found in Ref. 15 and 16 with density functional theory calculations, the Cr ground state possesses more spectral weight on the site of the dopant than the Ni ground state',
          'literature', reason='literature',
          why='Attribution of the Cr:Ni weight ratio to the DFT of Refs. 15, 16; the book checks the ratio against its own model in the previous statement.',
          checklist='EX-062')
statement('exchange/s061', P, 'Text (NV− levels)',
          'The NV- center exhibits four levels in the gap, the lower two have a1 symmetry and the upper two are spin- split, orbitally-degenerate ex and ey levels',
          'result-model', reason='input',
          why='Used to choose the reading of Table II (exchange/nv-table-ii: the reading was picked because it gives these four levels in this order), so scoring it would be circular; the register lists which of the 16 readings give it.',
          checklist='EX-063')
statement('exchange/s062', P, 'Text (NV− levels)',
          'all of which originate from p orbitals (t2 character)[17].',
          'literature', reason='literature',
          why='Origin of the NV⁻ levels in p orbitals, attributed to Ref. 17.',
          checklist='EX-064')
statement('exchange/s063', P, 'Text (NV− ground state)',
          'The ground state for the NV− center fills electrons up through the spin-up ex and ey states.',
          'result-model', reason='input',
          why='Used, with s061, to choose the reading of Table II (exchange/nv-table-ii), so scoring it would be circular.',
          checklist='EX-065')
statement('exchange/s064', P, 'Text on Fig. 2',
          'These trends are reflected in the real space proba- bility density of the highest occupied molecular orbital (HOMO) of each of the spin centers in Fig. 2.',
          'qualitative', reason='uncheckable',
          why='A pointer to Fig. 2 ("these trends are reflected"); the trends are the statements that follow.',
          checklist='EX-066')
statement('exchange/s065', P, 'Text on Fig. 2 (ground-state spins)',
          'The ground state spins for each dopant in diamond are Fe: spin 0, Mn and Co: spin 1/2, and NV−, Cr and Ni: spin 1.',
          'result-model', reason=None,
          why='Scored (spin-fe, spin-mn, spin-co, spin-cr, spin-ni); the NV⁻ spin chose the reading of Table II with s061, so it is not scored.',
          checklist='EX-067')
statement('exchange/s066', P, 'Text on Fig. 2',
          'All of the transition-metal dopant HOMOs show the same overall spatial symmetry regardless of spin, which is expected because the propagation of electron waves in the host material most determines the probability den- sity symmetry[21].',
          'qualitative', reason='open',
          why='Checkable from the HOMO slices of both spins; the book draws the HOMO of one spin only and has not scored it.',
          checklist='EX-068')
statement('exchange/s067', P, 'Text on Fig. 2',
          'The Fe, Mn, and Cr dopants all have e-like HOMOs whereas the NV-, Co and Ni spin cen- ters have t2-like HOMOs',
          'result-model', reason=None,
          why='Scored (homo-symmetry), as consistency.',
          checklist='EX-069')
statement('exchange/s068', P, 'Text on Fig. 2',
          'location and appear less extended than the Co and Ni wave functions.',
          'qualitative', reason=None,
          why='Scored (homo-extent).',
          checklist='EX-070')
statement('exchange/s069', P, 'Fig. 2 caption',
          'Real space probability density for (a) Fe, (b) NV−, (c) Mn, (d) Co, (e) Cr, (f) Ni dopants with any background contribution from the homogeneous diamond crystal removed.',
          'qualitative', reason='method',
          why='Caption: what Fig. 2 shows (six HOMO densities, background removed); redrawn in the centres chapter.',
          checklist='EX-071')
statement('exchange/s070', P, 'Fig. 2 caption',
          'The slices are taken in the (110) plane and three atomic layers above the dopant.',
          'input', reason='method',
          why='Caption: the slice plane and height of Fig. 2, which the book uses.',
          checklist='EX-072')
statement('exchange/s071', P, 'Fig. 2 caption',
          'The logarithmic color scale for all plots is the same, and is in units of the inverse volume of an atomic site.',
          'qualitative', reason='method',
          why="Caption: one logarithmic colour scale per figure, in inverse site volume; the book's scale spans other values (the chapter says so).",
          checklist='EX-073')
statement('exchange/s071b', P, 'Fig. 2, embedded figure text (scale bar)',
          '1.07 nm',
          'arithmetic', reason=None,
          why='Scored (scale-bar-3a): the scale bar is three cubic lattice constants.',
          checklist='EX-074')
statement('exchange/s072', P, 'Text on Fig. 3 (method)',
          'the exchange interaction between two can be calculated by comparing the energies of filled mid- gap states for parallel and antiparallel alignment of the spin centers[3, 21].',
          'input', reason='method',
          why='The definition of the exchange energy as the filled-state energy difference of P and AP, which the book implements (issue: it counts the states of each configuration separately).',
          checklist='EX-076')
statement('exchange/s073', P, 'Text on Fig. 3, [1¯10]',
          'For pairs spaced along the [1 ̄10] direction the Mn- -Mn pair has the largest and slowest-decaying exchange, followed by Cr–Cr pairs and then Ni–Ni pairs.',
          'result-model', reason=None,
          why='Scored (order-1-10).',
          checklist='EX-077')
statement('exchange/s074', P, 'Text on Fig. 3, Cr–Ni',
          'The exchange interaction between Cr and Ni appears often smaller than either the Cr–Cr or Ni–Ni exchange',
          'result-model', reason=None,
          why='Scored (crni-weaker).',
          checklist='EX-078')
statement('exchange/s075', P, 'Text on Fig. 3, Cr–Ni',
          'which is likely due to the smaller hybridizations of the energy levels of Cr and Ni (relative to homodopant pairs) due to their different energies.',
          'qualitative', reason='uncheckable',
          why='An explanation offered ("likely due to"), not a result; the level energies it invokes are in the centres chapter.',
          checklist='EX-079')
statement('exchange/s076', P, 'Text on Fig. 3, [001]',
          'Along the [001] direction the Ni- -Ni pair does not decrease logarithmically for the closest pair spacings.',
          'qualitative', reason=None,
          why='Scored (ni-001-nonexponential).',
          checklist='EX-080')
statement('exchange/s077', P, 'Text on Fig. 3, [1¯11]',
          'The exchange interaction along the [1¯11] interaction is the largest for the Ni–Ni pair',
          'qualitative', reason=None,
          why='Scored (1-11-anisotropy).',
          checklist='EX-081')
statement('exchange/s078', P, 'Text on Fig. 3, [1¯11]',
          'and excluding the Ni–Ni pair it is the direction for which the exchange interaction between other transition metal pairs is the least.',
          'qualitative', reason=None,
          why='Scored (1-11-anisotropy).',
          checklist='EX-082')
statement('exchange/s079', P, 'Text on Fig. 3 (broadening)',
          'the energy broadening of the calculation (10 µeV)',
          'input', reason='input',
          why='The 10 µeV broadening of the calculation, used by the book as the resolution floor.',
          checklist='EX-083')
statement('exchange/s080', P, 'Text on Fig. 3 (resolution limit)',
          'At pair spacings greater than ∼ 2 nm the energy broadening of the calculation (10 µeV) limits the ability to resolve the exchange splittings',
          'result-model', reason='method',
          why="The resolution limit of the paper's own calculation (10 µeV broadening), not a physical result.",
          checklist='EX-084')
statement('exchange/s081', P, 'Text on Fig. 3',
          'and for several pairs of spin centers the exchange interaction is obscured at shorter distances by this broadening.',
          'qualitative', reason='method',
          why="The resolution of the paper's calculation; the book uses it to restrict tm-above-dipolar to |ΔE| ≥ 10 µeV.",
          checklist='EX-085')
statement('exchange/s082', P, 'Text on Fig. 3 (close pairs)',
          'second nearest neighbor spacing in the [1 ̄10] direction the energy broadening in the calculation is on the order of 1 meV',
          'result-model', reason='method',
          why="The error of the paper's closest-pair points (≈1 meV broadening); a statement about its numerics.",
          checklist='EX-086')
statement('exchange/s083', P, 'Text on Fig. 3',
          'The exchange interaction is strongly anisotropic and can vary greatly depending on the direction of in- teraction, the energy of the spin center states as well as the symmetry of the HOMO',
          'qualitative', reason=None,
          why='Scored (direction-anisotropy).',
          checklist='EX-087')
statement('exchange/s084', P, 'Text on Fig. 3 (vs dipolar)',
          'For all these calculations the strength of the exchange interaction ex- ceeds the dipolar interaction (also shown on Fig. 3) by orders of magnitude.',
          'qualitative', reason=None,
          why='Scored (tm-above-dipolar, tm-orders-above-dipolar).',
          checklist='EX-088')
statement('exchange/s085', P, 'Text on Fig. 3 (crossover)',
          'Only for spin center separations in excess of 3 nm would the dipolar interaction become comparable to the exchange interaction.',
          'result-model', reason=None,
          why='Scored by the per-pair crossovers against 3 nm.',
          checklist='EX-089')
statement('exchange/s086', P, 'Text on Fig. 4 (NV− pairs)',
          'The NV- center exhibits an additional form of ex- change interaction anisotropy, corresponding to the de- pendence of the exchange interaction on the relative orientation of the NV- center atoms themselves.',
          'qualitative', reason=None,
          why='Scored (nv-orientation-effect).',
          checklist='EX-093')
statement('exchange/s087', P, 'Text on Fig. 4',
          'The vacancy and the nitrogen can either be oriented near- parallel to [1 ̄11] or near-perpendicular to [1 ̄11].',
          'input', reason='input',
          why='The two orientations of an NV⁻ axis relative to [1-11]; the near-perpendicular axis is a reading (exchange/nv-perp-axis).',
          checklist='EX-094')
statement('exchange/s088', P, 'Text on Fig. 4',
          'This in- troduces four orientations for a pair of NV- centers, (1) both near-parallel to [1 ̄11], (2) both near-perpendicular to [1 ̄11] and (3) and (4) corresponding to types with one of the pair near-parallel and the other near-perpendicular',
          'arithmetic', reason='input',
          why='Two orientations per centre give four pair types: the counting by which the book sets up its NV⁻ pairs.',
          checklist='EX-095')
statement('exchange/s089', P, 'Text on Fig. 4',
          'The choice of near-parallel or near-perpendicular orientation of the NV− center has a large effect on the exchange interaction.',
          'qualitative', reason=None,
          why='Scored (nv-orientation-effect).',
          checklist='EX-096')
statement('exchange/s090', P, 'Text on Fig. 4, [1¯10]',
          'Due to the geometry of NV− center pairs along the [1¯10] direction, for some pairs the first nearest neighbor and in one case the second nearest neighbor exchange interactions are not presented due to overlapping impurity potentials.',
          'qualitative', reason=None,
          why='Scored by exchange/nv-overlap-excluded against the geometries the book leaves out (all four orientation pairs at 2.52 Å, none at 5.04 Å).',
          checklist='EX-097')
statement('exchange/s091', P, 'Text on Fig. 4',
          'As ex- pected from the symmetry of the different pairs, in some directions there are pairs which have similar exchanges.',
          'qualitative', reason='uncheckable',
          why='A summary of the two overlay statements that follow ("for example …"), which are scored.',
          checklist='EX-098')
statement('exchange/s092', P, 'Text on Fig. 4, [001]',
          'For example along the [001] direction the exchange in- teractions between the near-parallel near-perpendicular (blue) and near-perpendicular near-parallel (green) over- lay each other in the plot',
          'qualitative', reason='input',
          why='Used to choose the near-perpendicular axis (exchange/nv-perp-axis: [1-1-1] is the axis for which the two mixed pairs overlay along [001]; with [111] they differ by up to 99 %), so scoring it would be circular.',
          checklist='EX-099')
statement('exchange/s093', P, 'Text on Fig. 4, [001]',
          'perpendicular near-perpendicular (red) and near-parallel near-parallel pairs (black).',
          'qualitative', reason=None,
          why='Scored (nv-same-overlay), as consistency.',
          checklist='EX-100')
statement('exchange/s094', P, 'Text on Fig. 4, [1¯11]',
          'At the largest spacings the near-parallel near-perpendicular (blue) and near-parallel near-parallel (black) pairs have the largest exchange in- teractions along [1 ̄11]',
          'qualitative', reason=None,
          why='Scored (nv-1-11-largest).',
          checklist='EX-101')
statement('exchange/s095', P, 'Text on Fig. 4, [1¯11] vs TM',
          'in direct contrast with the tran- sition metal pairs where the interactions along [11 ̄1] are in general the smallest.',
          'qualitative', reason=None,
          why='Scored (1-11-anisotropy, nv-1-11-largest).',
          checklist='EX-102')
statement('exchange/s096', P, 'Text on Fig. 4 (broadening)',
          "Once again, beyond these pair spacings the exchange interaction is hidden by the 10 µeV broadening included in the homogenous Green's function calculations.",
          'input', reason='input',
          why='The 10 µeV broadening again (Fig. 4).',
          checklist='EX-103')
statement('exchange/s097', P, 'Fig. 4 caption',
          'The inserts are the four real space probability densities representing the different orienta- tions of the NV- centers with respect to [1 ̄11] direction.',
          'qualitative', reason='method',
          why='Caption: what the insets of Fig. 4 show; redrawn in the pairs chapter.',
          checklist='EX-105')
statement('exchange/s098', P, 'Fig. 4 caption',
          'They are plotted in the (110) plane containing the centers, for two NV- centers separated by 6.17 ̊A with the same logarithmic color scale used in Fig. 2.',
          'arithmetic', reason=None,
          why='Scored (nv-6.17).',
          checklist='EX-106')
statement('exchange/s099', P, 'Text after Fig. 4 (comparison)',
          'The exchange interactions between pairs of transition metal pairs of spin centers and pairs of NV− centers are comparable in magnitude.',
          'qualitative', reason=None,
          why='Scored (tm-vs-nv-magnitude, with s105).',
          checklist='EX-108')
statement('exchange/s100', P, 'Text after Fig. 4 (vs dipolar)',
          'For all the species and orienta- tions of pairs at the calculated separations the exchange interactions exceed the dipole-dipole interaction between two electrons regardless of dipole orientation.',
          'qualitative', reason=None,
          why='Scored (tm-above-dipolar, nv-above-dipolar).',
          checklist='EX-109')
statement('exchange/s101', P, 'Text after Fig. 4 (crossover, Mn)',
          'Taking a linear fit to the logarithmic decrease of the exchange in- teraction along the [1 ̄10] direction, the exchange interac- tion between two Mn equals the dipolar interaction at 47 ̊A',
          'result-model', reason=None,
          why='Scored (mn-crossover).',
          checklist='EX-110')
statement('exchange/s102', P, 'Text after Fig. 4 (crossover, other TM)',
          'this crossover occurs at roughly 22 ̊A and 25 ̊A for the other transition metal pairs',
          'result-model', reason=None,
          why='Scored (tm-crossover-crcr, tm-crossover-nini, tm-crossover-crni).',
          checklist='EX-111')
statement('exchange/s103', P, 'Text after Fig. 4 (crossover, NV−)',
          'this crossover occurs at roughly 22 ̊A and 25 ̊A for the other transition metal pairs and different orientations of NV- pairs respectively.',
          'result-model', reason=None,
          why='Scored (nv-crossover).',
          checklist='EX-112')
statement('exchange/s104', P, 'Conclusion',
          'We have constructed a detailed and accurate theoreti- cal description of NV- and transition-metal point defect spin centers in diamond.',
          'qualitative', reason='uncheckable',
          why='Rhetoric of the conclusion ("detailed and accurate").',
          checklist='EX-113')
statement('exchange/s105', P, 'Conclusion',
          'The exchange interactions for pairs of transition metal spin centers are on the order, and in some cases, larger than the exchange interaction for pairs of NV− centers.',
          'qualitative', reason=None,
          why='Scored (tm-vs-nv-magnitude).',
          checklist='EX-114')
statement('exchange/s106', P, 'Conclusion',
          'exchange interactions, in excess of the dipolar interac- tions between spin centers, even at 2-3 nm separations.',
          'result-model', reason=None,
          why='Scored (beyond-2nm-model).',
          checklist='EX-115')
statement('exchange/s107', P, 'Conclusion',
          'Transition metal dopants in diamond offer distinct prop- erties compared to NV- spin centers due to the inclu- sion of d-orbitals and the resulting spin-orbit interaction that permits high-speed electrical control of spin[25] and spin-sensitive optical selection rules.',
          'literature', reason='literature',
          why='Background from the cited literature (electrical control of spin, Ref. 25).',
          checklist='EX-116')
statement('exchange/s108', P, 'Conclusion',
          'the exchange between a Ni and Cr dopant pair, one could envision a quantum register where information is transferred to the spin of a Ni spin center and then that information is stored in the less accessible Cr spin.',
          'qualitative', reason='uncheckable',
          why='Outlook (a Ni–Cr quantum register).',
          checklist='EX-117')

not_statements(P, {
    'EX-118': 'A bibliography entry, not a statement of the paper.',
    'EX-119': 'A bibliography entry, not a statement of the paper.',
    'EX-120': 'A bibliography entry, not a statement of the paper.',
    'EX-121': 'A bibliography entry, not a statement of the paper.',
    'EX-122': 'A bibliography entry, not a statement of the paper.',
    'EX-123': 'A bibliography entry, not a statement of the paper.',
    'EX-124': 'A bibliography entry, not a statement of the paper.',
    'EX-125': 'A bibliography entry, not a statement of the paper.',
    'EX-126': 'A bibliography entry, not a statement of the paper.',
    'EX-127': 'A bibliography entry, not a statement of the paper.',
    'EX-128': 'A bibliography entry, not a statement of the paper.',
    'EX-129': 'A bibliography entry, not a statement of the paper.',
    'EX-130': 'A bibliography entry, not a statement of the paper.',
    'EX-131': 'A bibliography entry, not a statement of the paper.',
    'EX-132': 'A bibliography entry, not a statement of the paper.',
    'EX-133': 'A bibliography entry, not a statement of the paper.',
    'EX-134': 'A bibliography entry, not a statement of the paper.',
    'EX-135': 'A bibliography entry, not a statement of the paper.',
    'EX-136': 'A bibliography entry, not a statement of the paper.',
    'EX-137': 'A bibliography entry, not a statement of the paper.',
    'EX-138': 'A bibliography entry, not a statement of the paper.',
    'EX-139': 'A bibliography entry, not a statement of the paper.',
    'EX-140': 'A bibliography entry, not a statement of the paper.',
    'EX-141': 'A bibliography entry, not a statement of the paper.',
    'EX-142': 'A bibliography entry, not a statement of the paper.',
    'EX-054': 'The colour key of Fig. 1 (red nearest neighbour, black on site): a legend, not a statement.',
    'EX-055': 'Axis ticks and labels of Fig. 1 run together by the extraction: figure text, not a statement.',
    'EX-074': 'The scale bar of Fig. 2 (1.07 nm): a figure annotation, not a statement.',
    'EX-075': 'Colour-bar ticks of Fig. 2: figure text, not a statement (the book states where its scale differs).',
    'EX-090': 'Caption of Fig. 3 naming the symbols per direction: a legend, not a statement.',
    'EX-091': 'Caption of Fig. 3 naming the colours of the four pair types: a legend, not a statement.',
    'EX-092': 'Axis ticks and legend of Fig. 3 run together by the extraction: figure text, not a statement.',
    'EX-104': 'Caption of Fig. 4 naming the symbols per direction: a legend, not a statement.',
    'EX-107': 'Axis ticks and legend of Fig. 4 run together by the extraction: figure text, not a statement.',
})
