"""The checkable statements of Happacher et al., PRL 128, 177401 (2022): Part II's denominator.

Every statement of the main text and the supplement, in reading order, as the extracted paper text
prints it (symbols and many numbers were lost in extraction; the quotes keep the gaps). Each carries
its type and, when no claim checks it, a reason of :data:`nvlib.statements.REASONS` and a sentence.
The rows of the independent reader's checklist each statement accounts for are in ``checklist``;
rows that are not statements (pointers to figures, acknowledgments) are in the ``not_statements`` call
at the end, each with why. Types were set by reading each statement in the paper; where they differ
from the checklist's, the book's reading is the one kept here.
"""

from nvlib.statements import not_statements, statement

P = "eslac"

statement('eslac/s001', P, 'Abstract',
          'At distinct magnetic fields, we observe significant reductions in the NV photoluminescence rate, which indicate a marked decrease in the optical readout efficiency of the NV’s ground state spin.',
          'result-measured', reason='records',
          why='The PL reductions are measured; the PL-versus-field records are not public (only the model side is recomputed, in the dips chapter).',
          checklist='ES-001')
statement('eslac/s002', P, 'Abstract',
          'We assign these dips to excited state level anti-crossings, which occur at magnetic fields that strongly depend on the effective, local strain environment of the NV center.',
          'qualitative', reason='uncheckable',
          why='Abstract summary; its checkable parts are restated in the body (ES-019, ES-049) and accounted for there.',
          checklist='ES-002')
statement('eslac/s003', P, 'Abstract',
          'Our results offer new insights into the structure of the NVs’ excited states and a new tool for their effective characterization.',
          'qualitative', reason='uncheckable',
          why='Rhetoric of the abstract, nothing to compute.',
          checklist='ES-003')
statement('eslac/s004', P, 'Abstract',
          'we observe strong indications for strain-dependent variations of the NV’s orbital -factor',
          'qualitative', reason='uncheckable',
          why='Abstract summary of ES-070; accounted for there.',
          checklist='ES-004')
statement('eslac/s005', P, 'Abstract',
          'obtain new insights into NV charge state dynamics, and draw important conclusions regarding the applicability of NV centers for low-temperature quantum sensing.',
          'qualitative', reason='uncheckable',
          why='Rhetoric of the abstract, nothing to compute.',
          checklist='ES-005')
statement('eslac/s006', P, 'Main text ¶1',
          'The nitrogen vacancy (NV) lattice defect in diamond [1] hosts a versatile solid state spin system that finds applications in quantum metrology [2], nanoscale imaging [3] or quantum information processing [4].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-006')
statement('eslac/s007', P, 'Main text ¶1',
          'the NV spin stands out due to its excellent quantum coherence properties, which persist across a wide range of temperatures [5] and pressures [6].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-007')
statement('eslac/s008', P, 'Main text ¶1',
          'NV spins have been employed in practical applications ranging from remote spin-spin entanglement [7] to nanoscale magnetic imaging [8, 3], even under cryogenic conditions [9, 10].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-008')
statement('eslac/s009', P, 'Main text ¶2',
          'The majority of such applications build on methods for efficient optical NV spin initialization [11, 12] and readout [13, 14] – two key features that result from properties of the NV’s orbital excited states.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-009')
statement('eslac/s010', P, 'Main text ¶2',
          'At temperatures K, orbital averaging allows for a description of the NV excited states as an effective spin- system, with spin states , , , characterized by the magnetic quantum number along the Nitrogen-Vacancy axis [15, 16].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-010')
statement('eslac/s011', P, 'Main text ¶2',
          'Initialization and readout of the NV’s ground-state spin- system then result from optical transitions being largely spin-conserving for , while excited state spin levels show a non-radiative intersystem crossing into NV spin singlet states',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-011')
statement('eslac/s012', P, 'Main text ¶3',
          'this effective spin- description of the NV excited states does not hold, since orbital averaging slows down and becomes negligible at temperatures K [16, 15].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-012')
statement('eslac/s013', P, 'Main text ¶3',
          'The question how the emerging and rich orbital excited state structure affects the NV’s photo-physical properties is of relevance to most low-temperature experiments on NV spins, but has received remarkably little attention thus far.',
          'literature', reason='literature',
          why='A statement about the state of the literature.',
          checklist='ES-013')
statement('eslac/s014', P, 'Main text ¶3',
          'Previous work on NV ensembles has already attributed variations of NV photoluminescence (PL) with magnetic field to mixing of the excited states, but a complete picture was obscured by ensemble averaging [17].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-014')
statement('eslac/s015', P, 'Main text ¶3',
          'for single NVs, only the regime near zero magnetic field and few fixed higher field values have been explored thus far [16, 18].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-015')
statement('eslac/s016', P, 'Main text ¶3',
          'consistent observations of significant reductions in NV PL and spin-readout contrast have been made in the context of low-temperature NV magnetometry [10, 19], but remain unexplained up to now.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-016')
statement('eslac/s017', P, 'Main text ¶4',
          'we study the dependence of the NV PL rate on static magnetic fields, , applied along the NV axis.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-018')
statement('eslac/s018', P, 'Main text ¶4',
          'We observe significant PL reductions, at well-defined, strain-dependent values of , that we assign to NV excited state level anti-crossings (ESLACs), which result in efficient NV spin mixing and subsequent intersystem crossings.',
          'result-measured', reason='records',
          why='An observation in the measured PL records, which are not public.',
          checklist='ES-019')
statement('eslac/s019', P, 'Main text ¶4',
          'The values where the ESLACs occur further allow for an extraction of the NV’s orbital -factor, .',
          'qualitative', reason='method',
          why='A statement of method: the dip fields are used to extract g_l.',
          checklist='ES-020')
statement('eslac/s020', P, 'Main text ¶4',
          'we find previously reported values of to be inconsistent with our observations for NVs experiencing high strain, suggesting a strain dependence of .',
          'qualitative', reason='records',
          why='An inference from the measured high-field sweeps of sample S3 (not public); the model side of it is the lower bound of ES-068.',
          checklist='ES-021')
statement('eslac/s021', P, 'Main text ¶4',
          'our results provide new insights into (i) the mechanisms of NV charge state conversion and (ii) the efficiency of NV spin-initialization and readout',
          'qualitative', reason='uncheckable',
          why='Rhetoric: announces insights, states none.',
          checklist='ES-022')
statement('eslac/s022', P, 'Main text ¶5',
          'Our experiments are performed using a confocal optical microscope with samples held at temperatures K in a closed-cycle refrigerator with optical access and three-axis vector magnetic field control.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-023')
statement('eslac/s023', P, 'Main text ¶5',
          'Optical excitation is performed with green, continuous-wave laser excitation at power levels close to saturation of the NV’s optical transition.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-024')
statement('eslac/s024', P, 'Main text ¶5',
          'we use an avalanche photodiode and appropriate color filters to detect PL predominantly stemming from the NV’s negative charge state, NV-, with corresponding PL photon count rates .',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-025')
statement('eslac/s025', P, 'Main text ¶6',
          'We first investigate individual NV centers in two oriented, single-crystal “electronic grade” diamonds (Element-Six), grown by chemical vapour deposition.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-026')
statement('eslac/s026', P, 'Main text ¶6',
          'In sample S, we study naturally occurring NV centers, several microns deep in the bulk',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-027')
statement('eslac/s027', P, 'Main text ¶6',
          'while in sample S, nm deep NVs have been created by 14N+ ion implantation at keV and subsequent annealing.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-028')
statement('eslac/s028', P, 'Main text ¶6',
          'These two types of NV defects were chosen for studying a broad range of local strain, which is known to be increased for NVs implanted close to the diamond surface [21].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-029')
statement('eslac/s029', P, 'Main text ¶6',
          'To enhance NV PL collection efficiencies, diamond solid immersion lenses and nanopillars were structured on samples S and S, respectively, with methods reported elsewhere [22, 23, 24].',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-030')
statement('eslac/s030', P, 'Main text ¶7; Fig. 1a,b',
          'For both NVs, shows several distinct, narrow local minima (“dips”) at specific values of .',
          'result-measured', reason='records',
          why='Seen in the measured records of NV1-S1 and NV2-S2, which are not public.',
          checklist='ES-032')
statement('eslac/s031', P, 'Main text ¶7; Fig. 1a,b',
          'The prominent, narrow dip at mT results from the NV’s well-known ground-state level anti-crossing (GSLAC) [25]',
          'result-measured', reason='lost',
          why="The GSLAC field did not survive extraction; the book's textbook D_gs/(g μ_B) is its own input, not the paper's number.",
          checklist='ES-033')
statement('eslac/s032', P, 'Main text ¶7',
          'and is present for all NVs we investigated.',
          'result-measured', reason='records',
          why='Needs the records of all NVs investigated, which are not public.',
          checklist='ES-034')
statement('eslac/s033', P, 'Main text ¶7; Fig. 1a,b',
          'Conversely, the multiple additional dips, which occur reproducibly for each NV, only at different values of , are thus far unaccounted for.',
          'result-measured', reason='records',
          why='Reproducibility of the dips is a property of the measured records (not public).',
          checklist='ES-035')
statement('eslac/s034', P, 'Main text ¶8',
          'We attribute the observed dips (excluding the GSLAC) to ESLACs, which result in spin mixing and subsequent population shelving into the NV- singlet manifold.',
          'qualitative', reason='records',
          why="An assignment checked only by fitting the measured records (not public); the book's model reproduces dips at ESLACs by construction.",
          checklist='ES-036')
statement('eslac/s034b', P, 'Main text ¶8; Fig. 1c,d',
          'Figures 1c, d exemplify this concept for NV3-S2, where we show calculated NV- excited state energies … alongside a measurement of … to illustrate the coalescence between two ESLACs and the associated dips.',
          'qualitative', reason=None,
          why='Scored by eslac/nv3-coalescence: two intra-branch ESLACs of NV3-S2, one PL dip in the model at the Table 3 parameters (restored as a statement in issue 17; the id keeps the reading order without renumbering).',
          checklist='ES-037')
statement('eslac/s035', P, 'Main text ¶9',
          'we employ an extended version of a classical rate-equation model of the NV’s magnetic field-dependent photo-physics [12, 17], where we now explicitly take into account the full, low-temperature excited state level structure of NV- [26]',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-038')
statement('eslac/s036', P, 'Main text ¶9',
          'For our calculations, we fix all transition rates to literature values by Gupta et al. [27]',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-040')
statement('eslac/s037', P, 'Main text ¶9; footnote 1',
          'We note that our main findings are insensitive to the rates employed and we find largely identical results by employing other literature values.',
          'qualitative', reason=None,
          why="Scored by eslac/nv0-rate-set-insensitivity (the NV⁰ peaks, one of the 'main findings', under the three rate sets) and eslac/strain-rate-set-insensitivity (the fitted δ⊥, refitted to the dip fields under the other two sets).",
          checklist='ES-041')
statement('eslac/s038', P, 'Main text ¶9',
          'and only leave the relevant parameters of the NV- excited state Hamiltonian as free variables.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-042')
statement('eslac/s039', P, 'Main text ¶10',
          'The energy splittings of the NV- excited states sensitively depend on lattice strain transverse to the NV axis.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-043')
statement('eslac/s040', P, 'Main text ¶10; Fig. 1b inset',
          'Such strain can result from electric fields or crystal stress [26], which we combine into a single perpendicular strain parameter , where are the corresponding strain parameters along and (Fig. 1b, inset).',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-044')
statement('eslac/s041', P, 'Main text ¶10; Eq. (1)',
          'We then calculate the NV state energies by the Hamiltonian [1] (1) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-045')
statement('eslac/s042', P, 'Main text ¶11; Eq. (1)',
          'where is the fine structure Hamiltonian of the manifold [1], are the Pauli matrices representing the excited state orbital operators in the basis (the eigenstates of in the limit ), is the spin operator along the -axis',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-046')
statement('eslac/s043', P, 'Main text ¶11; Eq. (1)',
          'GHz/T is the Bohr magneton',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-047')
statement('eslac/s044', P, 'Main text ¶11; Eq. (1)',
          'and is the orbital (electron) -factor ( [1]).',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-048')
statement('eslac/s045', P, 'Main text ¶11; Fig. 1e',
          'Figure 1e shows the resulting model prediction of for varying , and shows the strong dependence of the various dip locations on .',
          'qualitative', reason='open',
          why="The model's strong strain dependence of the dip fields is drawn in the dips chapter (Fig. 1e) but not yet scored as a claim.",
          checklist='ES-049')
statement('eslac/s046', P, 'Main text ¶11',
          'This explains the strongly varying traces we observe between different NVs, which naturally experience different levels of .',
          'qualitative', reason='records',
          why='Needs the measured traces of several NVs (not public).',
          checklist='ES-050')
statement('eslac/s047', P, 'Main text ¶11',
          'Conversely, a measurement of offers a sensitive tool to determine on the level of single NVs – a task that otherwise requires complex spectroscopic techniques [16].',
          'qualitative', reason='uncheckable',
          why='Rhetoric: the method as a tool.',
          checklist='ES-051')
statement('eslac/s048', P, 'Main text ¶12; all data figures',
          'We use our model to fit all data presented in this work, where grey lines overlaid on data show the resulting fits.',
          'qualitative', reason='method',
          why='A convention of the figures (grey lines are fits).',
          checklist='ES-052')
statement('eslac/s049', P, 'Main text ¶12',
          'For the fits we only left , and a small misalignment angle in (and in the case of NV1-S1 – see below) as free parameters in Hamiltonian (1).',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-053')
statement('eslac/s050', P, 'Main text ¶12',
          'In addition, we allow for scaling constants for contrast and normalization of and a parameter describing the relative excitation efficiency into orbitals and [15] to vary.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-054')
statement('eslac/s051', P, 'Main text ¶12; Fig. 1a,b',
          'despite these few degrees of freedom, our model yields excellent fits',
          'qualitative', reason='records',
          why='The quality of the fits needs the measured records (not public).',
          checklist='ES-056')
statement('eslac/s052', P, 'Main text ¶12; Fig. 1a,b',
          'for NVs experiencing a large range of strain-values, from (Fig. 1a) to (Fig. 1b).',
          'result-model', reason='lost',
          why='Both strain values are lost here (Table 3, ES-187 and ES-188, prints them; those are fits to records that are not public).',
          checklist='ES-057')
statement('eslac/s053', P, 'Main text ¶13',
          'However, we observe significant deviations when studying for more highly strained NVs at elevated magnetic fields.',
          'result-measured', reason='records',
          why='An observation in measured records (not public).',
          checklist='ES-058')
statement('eslac/s054', P, 'Main text ¶13; Fig. 1e',
          'There, our model predicts two additional dips (labelled in Fig. 1e), which arise from spin-mixing ESLACs between orbitals and .',
          'result-model', reason=None,
          why='Scored by eslac/inter-branch-count.',
          checklist='ES-059')
statement('eslac/s055', P, 'Main text ¶13',
          'To experimentally address this regime, we investigate single NV defects hosted in the oriented, electronic grade diamond S [29].',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-060')
statement('eslac/s056', P, 'Main text ¶13; Fig. 2a',
          'Figure 2a shows low-field data for the representative NV4-S3, where a fit (light blue) yields GHz [20]',
          'result-model', reason='lost',
          why='The fitted strain is lost here (Table 3 row ES-191 prints 42.3(5) GHz, a fit to records that are not public).',
          checklist='ES-061')
statement('eslac/s057', P, 'Main text ¶13; Fig. 2b',
          'for which our model predicts the dips to occur at Tesla-range magnetic fields (Fig. 2b, light blue).',
          'result-model', reason=None,
          why='Scored by eslac/tesla-range-dips.',
          checklist='ES-062')
statement('eslac/s058', P, 'Main text ¶13; Fig. 2b,c',
          'Importantly, the dip location depends sensitively on (blue traces in Fig. 2b and Fig. 2c)',
          'qualitative', reason='open',
          why='The g_l dependence of the inter-branch crossing is drawn (Fig. 2c) but not yet scored.',
          checklist='ES-063')
statement('eslac/s059', P, 'Main text ¶13; Fig. 2a,d',
          'while the locations of the “low-field” dips shown in Fig. 2a are largely independent of (Fig. 2d).',
          'qualitative', reason=None,
          why="Scored by eslac/lowfield-dips-flat: the low-field ESLAC fields of NV4-S3 over Fig. 2(d)'s g_l axis, against its dip widths (reading eslac/largely-independent).",
          checklist='ES-064')
statement('eslac/s060', P, 'Main text ¶13',
          'Conversely, an observation of the LACs yields a sensitive determination of on the level of single NVs.',
          'qualitative', reason='uncheckable',
          why='Rhetoric: the method as a tool.',
          checklist='ES-065')
statement('eslac/s061', P, 'Main text ¶13',
          'For NV4-S3 or any other NV we studied in sample S, we were unable to observe the ESLACs, despite extensive experimental efforts',
          'result-measured', reason='records',
          why='A null result of measurements that are not public (Fig. 13 survives only as a figure number).',
          checklist='ES-066')
statement('eslac/s062', P, 'Main text ¶13',
          'an observation which could be explained by an unexpected increase of .',
          'qualitative', reason='open',
          why='The model side (inter-branch crossing moves up with g_l) is computed by gfactor.g_l_lower_bound but not scored separately from ES-068.',
          checklist='ES-067')
statement('eslac/s063', P, 'Main text ¶13; Fig. 2d',
          'Specifically, for the value of NV4-S3, is the lowest value consistent with our observations (Fig. 2d)',
          'result-model', reason=None,
          why="Scored by eslac/gl-bound-nv4-s3; the bound's value is lost, so the row can only show the book's number.",
          checklist='ES-068')
statement('eslac/s064', P, 'Main text ¶13; -> Supp. C.3, Fig. 13',
          'and we find similar conclusions for further NVs with comparable values of , where we examined for up to T [20].',
          'result-measured', reason='lost',
          why="The top of the field sweep is lost ('up to T').",
          checklist='ES-069')
statement('eslac/s065', P, 'Main text ¶14',
          'Our observations thus suggest a surprising, strain-induced enhancement of the orbital -factor of NV- over reported literature values [30, 17, 31, 32].',
          'qualitative', reason='records',
          why='The conclusion rests on the null result of ES-066 (records not public).',
          checklist='ES-070')
statement('eslac/s066', P, 'Main text ¶14',
          'Such an effect has not been discussed in literature thus far, but can be made plausible by qualitative arguments.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-071')
statement('eslac/s067', P, 'Main text ¶14',
          'At low strain, the NV’s orbital excited states are near-degenerate, which allows for Jahn-Teller coupling to lead to a reduction of orbital angular momentum [31, 33].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-072')
statement('eslac/s068', P, 'Main text ¶14',
          'With increasing strain, the energy splitting of the states increases, which suppresses Jahn-Teller mixing, and thereby restores orbital angular momentum, leading to an increase of towards the classical value .',
          'qualitative', reason='lost',
          why='The classical g-factor value and the orbital labels are lost; the argument is also qualitative theory.',
          checklist='ES-073')
statement('eslac/s069', P, 'Main text ¶14',
          'While a complete theoretical description of this suggested enhancement is still lacking and beyond the scope of this work',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-074')
statement('eslac/s070', P, 'Main text ¶15',
          'Our method of monitoring versus also offers insights into the charge dynamics of the NV center.',
          'qualitative', reason='uncheckable',
          why='Rhetoric: announces insights.',
          checklist='ES-075')
statement('eslac/s071', P, 'Main text ¶15; Fig. 3a,b; filters in Supp. C.1',
          'Specifically, we conducted experiments where we chose appropriate color filters [20] to record the PL intensity from the neutral charge state, NV0 (Fig. 3a,b).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-076')
statement('eslac/s072', P, 'Main text ¶15; Fig. 3a,b',
          'Strikingly, we find that all previously described dips are mirrored by peaks in .',
          'result-measured', reason=None,
          why="Scored (model side) by eslac/nv0-peaks-with-shelf: the model's NV⁰ response at every NV⁻ dip of NV1-S1 and NV2-S2.",
          checklist='ES-077')
statement('eslac/s073', P, 'Main text ¶15',
          'While the resulting buildup of NV0 population remains small (and therefore only minimally affects our conclusions thus far)',
          'qualitative', reason=None,
          why="Scored by eslac/nv0-buildup-small: the extra NV⁰ population at the NV⁻ dips in the 12-level model (reading eslac/buildup; the steady NV⁰ fraction is the alternative).",
          checklist='ES-078')
statement('eslac/s074', P, 'Main text ¶15; Fig. 3c',
          'our model can be extended to include previously reported NV0NV- (de)ionization processes [34, 35] (Fig. 3c).',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-079')
statement('eslac/s075', P, 'Main text ¶15',
          'Importantly, within our model we can only explain the observed peaks by including a recently proposed [34], decay channel from the NV- singlet state to the ground state of NV0',
          'result-model', reason=None,
          why='Scored by eslac/nv0-peaks-with-shelf and eslac/nv0-dips-without-shelf.',
          checklist='ES-080')
statement('eslac/s076', P, 'Main text ¶15',
          'without this process our model yields dips instead of peaks in .',
          'result-model', reason=None,
          why='Scored by eslac/nv0-dips-without-shelf.',
          checklist='ES-081')
statement('eslac/s077', P, 'Main text ¶15; Fig. 3a,b; rates in Supp. Table 2',
          'Using the previously measured (de)ionization rates [34, 35], our model then yields a quantitative prediction for , without any free fit parameters, other than scaling constants for contrast and normalization of (grey lines in Fig. 3a,b).',
          'result-model', reason='records',
          why='A prediction of the NV⁰ records (not public) up to scaling constants; the model side is ES-077/ES-080.',
          checklist='ES-082')
statement('eslac/s078', P, 'Main text ¶16',
          'The ESLAC induced dips in also have important implications for the magnetic-field sensitivity in low-temperature NV magnetometry.',
          'qualitative', reason='uncheckable',
          why='Announces the section; the checkable content is ES-092.',
          checklist='ES-083')
statement('eslac/s079', P, 'Main text ¶16; Fig. 4a',
          'Indeed, the dips in are accompanied by corresponding dips in the spin readout contrast of optically detected magnetic resonance (ODMR) [36].',
          'result-measured', reason='records',
          why='Seen in measured ODMR contrast (not public).',
          checklist='ES-084')
statement('eslac/s080', P, 'Main text ¶16; Fig. 4c',
          'while two exemplary ODMR traces recorded at and away from an dip ( and mT, respectively) are shown in Fig. 4c.',
          'result-measured', reason='lost',
          why='Both fields of the exemplary ODMR traces are lost.',
          checklist='ES-086')
statement('eslac/s081', P, 'Main text ¶16',
          'This combined reduction in and severely affect the NV’s magnetic field sensitivity .',
          'qualitative', reason='uncheckable',
          why='Restated quantitatively in ES-092, which is scored.',
          checklist='ES-087')
statement('eslac/s082', P, 'Main text ¶16',
          'Using the well-established estimate [13, 37] , where is the ODMR linewidth',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-088')
statement('eslac/s083', P, 'Main text ¶16',
          'and GHz/T the NV’s gyromagnetic ratio',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-089')
statement('eslac/s084', P, 'Main text ¶16; Fig. 4b',
          'we extract shown in Fig. 4b.',
          'result-measured', reason='records',
          why='η_B extracted from measured ODMR (not public).',
          checklist='ES-090')
statement('eslac/s085', P, 'Main text ¶16; Fig. 4b',
          'Compared to typical sensitivity values T/Hz0.5 away from the ESLACs (e.g. at mT)',
          'result-measured', reason='lost',
          why="Both numbers (η and the field) are lost in extraction: no reference to compare with. The book's off-dip η (pulsed model, its line width and collection efficiency) is shown in the sensitivity chapter only; the former claim eslac/sensitivity-off-dip could not fail and was removed.",
          checklist='ES-091')
statement('eslac/s086', P, 'Main text ¶16; Fig. 4b',
          'drops by almost an order of magnitude on the dips.',
          'result-measured', reason=None,
          why="Scored by eslac/sensitivity-ratio (the model's on/off-dip ratio of η_B for NV5-S2).",
          checklist='ES-092')
statement('eslac/s087', P, 'Main text ¶17; Fig. 1f',
          'For nanoscale NV magnetometry, which exploits near-surface NV centers for which we consistently find GHz (Fig. 1f)',
          'result-model', reason='lost',
          why='The printed bound on δ⊥ is lost, so no claim can fail on it (the earlier eslac/shallow-strain row showed the smallest Table 3 strain of S2 against nothing and was removed).',
          checklist='ES-093')
statement('eslac/s088', P, 'Main text ¶17; Fig. 1f',
          'this decrease of magnetometry performance predominantly affects magnetometry at mT (c.f. Fig. 1f).',
          'result-model', reason='lost',
          why='The printed field is lost, so no claim can fail on it (the earlier eslac/shallow-field-limit row showed the book’s own number against nothing and was removed).',
          checklist='ES-094')
statement('eslac/s089', P, 'Main text ¶17',
          'The fact that all such “shallow” NVs exhibit significant values of can be assigned to internal electric fields due to band bending near the diamond surface [21, 38], or to near-surface crystal stress [39].',
          'qualitative', reason='literature',
          why="The assignment to band bending or surface stress is literature background; 'significant' δ⊥ of the S2 NVs is ES-093.",
          checklist='ES-095')
statement('eslac/s090', P, 'Main text ¶17',
          'Magnetic field sensitivity for such NVs could in the future be restored by materials engineering to reduce near diamond surfaces, by working with NVs oriented normal to the diamond surface [40]',
          'qualitative', reason='uncheckable',
          why='An outlook or proposal.',
          checklist='ES-096')
statement('eslac/s091', P, 'Main text ¶17; -> Supp. C.5, Figs. 14-15',
          'or by harnessing the dependence of the dip depth on the excitation laser polarization [15, 20].',
          'qualitative', reason='open',
          why="The model's pumping-ratio dependence of the dip depths is computed (fits chapter, Polarisation: Figs 14-15 on the paper's axes and the depth figure) but not scored: the map from polarisation angle to β_x/β_y is lost, so the size of the control has no reference.",
          checklist='ES-097')
statement('eslac/s092', P, 'Main text ¶17',
          'Further improvements could be achieved by optimising laser excitation powers or by exploiting resonant laser excitation where specific ESLACs could be avoided by choosing the proper laser excitation frequency.',
          'qualitative', reason='uncheckable',
          why='An outlook or proposal.',
          checklist='ES-098')
statement('eslac/s093', P, 'Main text ¶18',
          'Our work on the low temperature magnetic field dependence of NV fluorescence rates offers a simple, yet precise and quantitative tool to characterize the excited state structure of individual NV centers.',
          'qualitative', reason='uncheckable',
          why='Conclusion rhetoric, nothing to compute.',
          checklist='ES-099')
statement('eslac/s094', P, 'Main text ¶18',
          'These findings not only offer insights into the NV center orbital structure and charge dynamics, but are also relevant to applications in quantum information processing and quantum sensing, where precise knowledge of the excited state structure is key.',
          'qualitative', reason='uncheckable',
          why='Conclusion rhetoric, nothing to compute.',
          checklist='ES-100')
statement('eslac/s095', P, 'Main text ¶18',
          'Exploring the temperature-dependence of the dips would constitute a worthwhile extension to our work that might offer further insights into orbital averaging processes that dominate the NV’s photo-physics at elevated temperatures [15].',
          'qualitative', reason='uncheckable',
          why='An outlook or proposal.',
          checklist='ES-101')
statement('eslac/s096', P, 'Main text ¶18',
          'the excited state structure of any colour center exhibiting dark states that can be populated through magnetic field tunable ESLACs, such as the neutral Silicon-Vacancy center in diamond [41], could be investigated as well.',
          'qualitative', reason='uncheckable',
          why='An outlook or proposal.',
          checklist='ES-102')
statement('eslac/s097', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'we employ an extended version of a classical rate-equation model of the NV’s magnetic-field dependent photo-physics [12, 17], which explicitly takes into account the low-temperature excited state structure of NV- [26].',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-105')
statement('eslac/s098', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'For an appropriate description of the NV photo-dynamics at low temperatures one needs to consider both the ground and excited states Hamiltonians.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-106')
statement('eslac/s099', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'Here we describe the model using the Hamiltonian previously described by Doherty et al [1] but this process can also be performed using the alternative Hamiltonian form described by Maze et al [26].',
          'qualitative', reason='open',
          why='The equivalence of the Doherty and Maze forms (with D⊥ normalised as A₂ − A₁ = 4D⊥) is checkable but not scored; the earlier a1-a2 row compared with a number the paper does not print.',
          checklist='ES-107')
statement('eslac/s100', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (2)',
          'The canonical spin-Hamiltonian of the NV spin’s ground state Hamiltonian is (2) | where , for a spin 1 system, is the spin operator and is the identity matrix.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-108')
statement('eslac/s101', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'The NV spin’s internal hyperfine coupling and quadrupole moment are neglected',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-109')
statement('eslac/s102', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'as we observed no additional effect from these terms.',
          'result-measured', reason='records',
          why="'We observed no additional effect' refers to measured records (not public).",
          checklist='ES-110')
statement('eslac/s103', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (3)',
          'The NV spin’s ground state level structure is further modified by static electric (), magnetic () and strain () fields, whose contribution is given by (3) | ||||',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-111')
statement('eslac/s104', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (3)',
          'where is the Bohr magnetron, and are the components of the ground state electronic g-factor tensor, and are the components of the ground state electric dipole moment.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-112')
statement('eslac/s105', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'The electric field and reduced stress tensor terms are treated as a single effective electric field.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-113')
statement('eslac/s106', P, 'Supp. A.1 (NV spin Hamiltonians)',
          'The excited state of the nitrogen vacancy is an orbital doublet whose nature is masked at higher temperatures due to an orbital averaging.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-114')
statement('eslac/s107', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (4)',
          'The low temperature fine structure of the NV spin is given by the effective Hamiltonian, (4) | ||||',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-115')
statement('eslac/s108', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (4)',
          'where is the standard two level Pauli spin matrices, and are the spin-spin interaction terms, and and are spin-orbit interaction terms.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-116')
statement('eslac/s109', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (4)',
          'This excited state Hamiltonian results in two spin-1 systems, one for each of the two orbital branches.',
          'qualitative', reason='open',
          why="Two spin-1 branches of the excited-state Hamiltonian: true of the book's Hamiltonian, not yet scored.",
          checklist='ES-117')
statement('eslac/s110', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (5)',
          'The influence of external field on the NV spin’s excited states level structure is given by, (5) | ||||',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-118')
statement('eslac/s111', P, 'Supp. A.1 (NV spin Hamiltonians); Eq. (5)',
          'where and are components of the electronic dipole moment, is the orbital magnetic moment also referred as , the effective orbital g-factor and and are components of the electronic g-factor tensor.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-119')
statement('eslac/s112', P, 'Supp. A.2 (rate equations)',
          'one needs to consider the interplay between the three levels in the ground state, the six levels in the two orbital branches of the excited state and the metastable singlet.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-120')
statement('eslac/s113', P, 'Supp. A.2 (rate equations)',
          'The singlet can be reduced to one state with rates in and out of it [42], leaving ten states.',
          'arithmetic', reason=None,
          why='Scored by eslac/ten-levels.',
          checklist='ES-121')
statement('eslac/s114', P, 'Supp. A.2 (rate equations)',
          'The states for the rate equation are defined as: Ground state: Excited state: Combined singlet state:',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-122')
statement('eslac/s115', P, 'Supp. A.2 (rate equations)',
          'where including the pre superscript and post subscript denote the orbital branch and the post subscript denotes the spin level, e.g. .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-123')
statement('eslac/s116', P, 'Supp. A.2 (rate equations)',
          'The NV- can be optically excited with a green laser through a dipole-allowed transition to the excited state, which is a spin conserving.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-124')
statement('eslac/s117', P, 'Supp. A.2 (rate equations)',
          'This excitation does have a polarization-dependence, which is due to selection rules.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-125')
statement('eslac/s118', P, 'Supp. A.2 (rate equations)',
          'However, this dependence is suppressed due to the non-radiative decay observed from the non-resonant optical excitation [15], leading to a small effect on the populations in the two excited state orbital-branches.',
          'literature', reason='literature',
          why='Rests on Ref. [15] (non-radiative decay after non-resonant excitation).',
          checklist='ES-126')
statement('eslac/s119', P, 'Supp. A.2 (rate equations)',
          'Once in the excited state manifold, the NV spin can decay back to the ground state through two different decay channel: a radiative and an non-radiative decay.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-127')
statement('eslac/s120', P, 'Supp. A.2 (rate equations)',
          'The radiative decay is directly from the excited state back to the ground state.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-128')
statement('eslac/s121', P, 'Supp. A.2 (rate equations)',
          'While the non-radiative decay path is through the inter-system crossing (ISC) to a metastable singlet state, where a difference in the rates from the versus spin states is observed [12].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-129')
statement('eslac/s122', P, 'Supp. A.2 (rate equations)',
          'We begin with transition rates between ground- and excited-states with zero external field, i.e. where the spin quantum number is still well defined. Where these rates have been experientially measured [23, 12, 27].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-130')
statement('eslac/s123', P, 'Supp. A.2 (rate equations)',
          'The basis of the transition matrix are the ten eigenvectors with . labeled with subscript 0 indicating that this is the basis at zero field.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-131')
statement('eslac/s124', P, 'Supp. A.2 (rate equations)',
          'we make the assumption that spin conserving relaxation rates from the excited to ground states are the same for each spin state and that the non-spin conserving transitions are zero.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-132')
statement('eslac/s125', P, 'Supp. A.2 (rate equations)',
          'The non-spin conserving transitions rates have previously been shown to only be a few percent compared to the spin-conserving one [23].',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-133')
statement('eslac/s126', P, 'Supp. A.2 (rate equations)',
          'The zero-field pumping rate can be assumed to be the respective relaxation rates from the excited state to the ground state (where the stands for radiative) multiplied by a pumping parameter which is proportional to laser power.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-134')
statement('eslac/s127', P, 'Supp. A.2 (rate equations)',
          'To capture the polarization dependence of the excitation we separate this pumping parameter into one for each orbital state and .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-135')
statement('eslac/s128', P, 'Supp. A.2 (rate equations); Eq. (6)',
          'The transition rates from the ground to excited states are thus defined as (6) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-136')
statement('eslac/s129', P, 'Supp. A.2 (rate equations); Eq. (7)',
          'where the direct radiative decay transition rates from the excited to ground states are define as (7) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-137')
statement('eslac/s130', P, 'Supp. A.2 (rate equations); Eq. (8)',
          'The transition rates from the excited states to the metastable state are spin dependent and defined as (8) | where [12].',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-138')
statement('eslac/s131', P, 'Supp. A.2 (rate equations); Eq. (9)',
          'The rates from the metastable state to the ground states are similar for all spin states and defined as, (9) | |||| where .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-139')
statement('eslac/s132', P, 'Supp. A.2 (rate equations); Eq. (10)',
          'In a typical optically detected magnetic resonance (ODMR) measurement the spin population is transferred between the spin states of the ground state via an applied microwave field, and are defined as (10) | ||||',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-140')
statement('eslac/s133', P, 'Supp. A.2 (rate equations); Eq. (10)',
          'where is the driving transition rate on resonance with the transition between the and states. These rates are only non-zero when modeling the effect of the level anti crossings on ODMR in the main text.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-141')
statement('eslac/s134', P, 'Supp. A.2, Table 1; Table 1, row 1',
          'Robledo et al. [43] | 65 | 11 | 80 | 3.0 | 2.6 |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-142')
statement('eslac/s135', P, 'Supp. A.2, Table 1; Table 1, row 2',
          'Tetienne et al. [12] | 65.9 | 7.9 | 53.3 | 0.98 | 0.73 |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-143')
statement('eslac/s136', P, 'Supp. A.2, Table 1; Table 1, row 3',
          'Gupta et al. [27] | 66.8 | 10.5 | 90.7 | 4.8 | 2.2 |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-144')
statement('eslac/s137', P, 'Supp. A.2 (rate equations); Table 1',
          'All these transition rates have been measured experimentally, shown in Table 1.',
          'literature', reason='literature',
          why='Background from the cited literature.',
          checklist='ES-145')
statement('eslac/s138', P, 'Supp. A.2 (rate equations); Table 1',
          'In the model we used the parameters from Gupta et al. [27]',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-146')
statement('eslac/s139', P, 'Supp. A.2 (rate equations); Table 1',
          'which we found the best agreement with our data.',
          'qualitative', reason='records',
          why="'Best agreement with our data' needs the measured records (not public) refitted with each Table 1 set. The model cannot stand in: a synthetic record drawn with the Gupta rates would favour them by construction.",
          checklist='ES-147')
statement('eslac/s140', P, 'Supp. A.2 (rate equations)',
          'We can now define the transition rate matrix at zero-field in this 10-level model.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-148')
statement('eslac/s141', P, 'Supp. A.2 (rate equations); Eq. (11)',
          'The transition matrix, , gives the rates at zero electric, magnetic and strain field and is defined as (11) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-149')
statement('eslac/s142', P, 'Supp. A.2 (rate equations); Eq. (12)',
          'This zero field transition matrix is extend to arbitrary fields by calculating the spin-state overlap. Since the new eigenstates are a linear combination of the previous eigenstates the scalar product is used to evaluate the corresponding overlap, (12) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-150')
statement('eslac/s143', P, 'Supp. A.2 (rate equations); Eq. (13)',
          'where is the projection of the new state onto the zero-field basis states . This resulting transition matrix which depends on the magnetic field , the electric field and the stress field is: (13) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-151')
statement('eslac/s144', P, 'Supp. A.2 (rate equations); Eq. (14)',
          'We assume that this is a closed loop system, which impose the inclusion of diagonal terms such that, (14) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-152')
statement('eslac/s145', P, 'Supp. A.2 (rate equations); Eqs. (15)-(16)',
          'The rate equation problem is stated in the following equation: (15) | Where the populations in the steady state is given by the smallest eigenvalue and is normalised such that (16) |',
          'input', reason='method',
          why='Method of the steady-state solution (smallest eigenvalue), not a result.',
          checklist='ES-153')
statement('eslac/s146', P, 'Supp. A.2 (rate equations); Eq. (17)',
          'The photoluminescence of the NV-, , is calculated by summing over the relevant radiative transitions from the excited state to the ground state and populations of these states, such that (17) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-154')
statement('eslac/s147', P, 'Supp. A.2 (rate equations); Eq. (18)',
          'Additional modification to the photoluminescence such as background fluorescence, , and collection efficiency, , can also be introduced, such that (18) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-155')
statement('eslac/s148', P, 'Supp. A.2 (rate equations); Eq. (19)',
          'The ODMR contrast is calculated by the photoluminescence with and without a driving field in the grounds state. For example, with a microwave driving between () and (), the contrast can be determined by calculating, (19) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-156')
statement('eslac/s149', P, 'Supp. A.3 (NV0 extension)',
          'To account for possible charge state change between NV- and NV0 we extend the model to include the energy levels of the NV0 as well as transition rates between the two charge states.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-157')
statement('eslac/s150', P, 'Supp. A.3 (NV0 extension)',
          'The NV0 consists of two eigenstates, one ground state and an excited state :',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-158')
statement('eslac/s151', P, 'Supp. A.3 (NV0 extension); Eq. (20)',
          'From the excited state of the NV0 there is a direct radiative decay down to the NV0 ground state: (20) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-159')
statement('eslac/s152', P, 'Supp. A.3 (NV0 extension); Eq. (21)',
          'The transition rate from the ground state to the excited state of the NV0 is defined as the product of the radiative transition rate and the pumping power , such that (21) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-160')
statement('eslac/s153', P, 'Supp. A.3 (NV0 extension); Eq. (22)',
          'The recombination rate from the NV0 excited state to the NV- ground state is given by (22) | ||||',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-161')
statement('eslac/s154', P, 'Supp. A.3 (NV0 extension); Eq. (23)',
          'The ionization rate from the NV- excited state to the NV0 ground state is given by (23) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-162')
statement('eslac/s155', P, 'Supp. A.3 (NV0 extension); Eq. (24)',
          'The recombination rate and ionization rate in the dark between the ground state of the NV0 and the ground state of the NV-. (24) | where for continuous wave excitation the dark ionization and recombination rates are effective zero, .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-163')
statement('eslac/s156', P, 'Supp. A.3 (NV0 extension); Eq. (25)',
          'Additionally, we include a newly postulated shelf ionization transition [34] which goes from the metastable state to the NV0 ground state and is laser driven: (25) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-164')
statement('eslac/s157', P, 'Supp. A.3 (NV0 extension); Table 2',
          'The rates for these charges state from the literature adapted to our nomenclature are found in Table 2.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-165')
statement('eslac/s158', P, 'Supp. A.3, Table 2; Table 2, row 1',
          'Craik, et al. [34] | 50 | 100 | 300 |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-166')
statement('eslac/s159', P, 'Supp. A.3 (NV0 extension); Eq. (26)',
          'The photoluminescence, , is calculated by looking at the population and the transition rate of the radiative transition of the NV0. The rates are given by the corresponding transition matrix . (26) |',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-167')
statement('eslac/s160', P, 'Supp. A.3 (NV0 extension); Eq. (26)',
          'Where both background counts and collection efficiency can be included in the same fashion as in the NV-.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-168')
statement('eslac/s161', P, 'Supp. B.1 (NV- fits)',
          'we fit the PL spectra as a function of magnetic field, using the rates from Ref. [27].',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-169')
statement('eslac/s162', P, 'Supp. B.1 (NV- fits)',
          'In general, the model is over constrained and as a consequence requires some approximations in order to fit accurately and physically.',
          'qualitative', reason='uncheckable',
          why="A remark on the fit's over-parametrisation.",
          checklist='ES-170')
statement('eslac/s163', P, 'Supp. B.1 (NV- fits)',
          'The full model would include 14 parameters: three magnetic field components, three electric field components, three stress parameters (shear stress is ignored), two pumping rates, the collection efficiency, the background counts, and the effective g-factor.',
          'arithmetic', reason=None,
          why='Scored by eslac/fit-parameter-count.',
          checklist='ES-171')
statement('eslac/s164', P, 'Supp. B.1 (NV- fits)',
          'We treat the combination of the electric field and the stress as one effective stress field, reducing the six corresponding parameters to three.',
          'arithmetic', reason=None,
          why='Scored by eslac/fit-parameter-count.',
          checklist='ES-172')
statement('eslac/s165', P, 'Supp. B.1 (NV- fits)',
          'Furthermore, the positions of the ESLACs are independent of the -component of the effective strain parameter, which is thus disregarded from the fit.',
          'qualitative', reason='open',
          why='Model-checkable (ESLAC fields versus the strain angle) but not yet scored.',
          checklist='ES-173')
statement('eslac/s166', P, 'Supp. B.1 (NV- fits)',
          'We parametrize the magnetic field in spherical coordinates, with the tilt angle of the magnetic field away from the NV quantization axis denoted as .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-174')
statement('eslac/s167', P, 'Supp. B.1 (NV- fits)',
          'In our experiments, the magnetic field alignment is such that , in which case the azimuthal angle of the magnetic field has no significant effect on the NV excited state spectrum',
          'qualitative', reason=None,
          why='Scored by eslac/phiB-no-effect: the dip fields of NV1-S1 as φ_B runs over 0–360°.',
          checklist='ES-175')
statement('eslac/s168', P, 'Supp. B.1 (NV- fits)',
          'the azimuthal angle of the magnetic field has no significant effect on the NV excited state spectrum and we set .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-176')
statement('eslac/s169', P, 'Supp. B.1 (NV- fits)',
          'Finally, we define the photon collection efficiency to be constant and identical to all NVs and set .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-177')
statement('eslac/s170', P, 'Supp. B.1 (NV- fits); Eq. (27)',
          'This leaves the fit with only 8 parameters, such that: (27) |',
          'arithmetic', reason=None,
          why='Scored by eslac/fit-parameter-count.',
          checklist='ES-178')
statement('eslac/s171', P, 'Supp. B.1 (NV- fits); Eq. (27)',
          'where and is an angle such that and .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-179')
statement('eslac/s172', P, 'Supp. B.1 (NV- fits)',
          'As discussed in the main text, the effective g-factor, , can only be confidently determined in the low stress regime.',
          'qualitative', reason='open',
          why='Checkable by freeing g_l in the fit of a strained NV (synthetic record), which tests the fit, not the paper; not yet scored.',
          checklist='ES-180')
statement('eslac/s173', P, 'Supp. B.1 (NV- fits)',
          'We thus let vary as a free fit parameter for NV1-S1 only, but keep this parameter fixes for all NVs with more elevated strain values.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-181')
statement('eslac/s174', P, 'Supp. B.1 (NV- fits)',
          'There, we set – the value determined on NV1-S1.',
          'input', reason='input',
          why="The fixed g_l = 0.14 of the strained NVs is an input of their fits (Table 3 prints 'fixed to 0.14'; 0.1395(9) rounded).",
          checklist='ES-182')
statement('eslac/s175', P, 'Supp. B.1 (NV- fits)',
          'As we argue in the main text, varies with strain, and fixing for these NVs might therefore introduce certain systematic errors in our fits.',
          'qualitative', reason='uncheckable',
          why='A caveat, restated quantitatively in ES-185.',
          checklist='ES-184')
statement('eslac/s176', P, 'Supp. B.1 (NV- fits); Fig. 2d lower panel',
          'However, as illustrated in Fig.2d (lower panel), the magnetic field values at which the ESLACs occur, depend only very weakly on the value of and we therefore consider these errors to be close to negligible.',
          'qualitative', reason=None,
          why='Scored by eslac/lowfield-gl-insensitivity: the δ⊥ error of the fixed-g_l fit if g_l is at the self-consistent bound, against the quoted error (reading eslac/negligible).',
          checklist='ES-185')
statement('eslac/s177', P, 'Supp. B.1, Table 3; Table 3, row NV1-S1',
          'NV1-S1 | 4.444(3) | -11.6(1.3) | 0.1395(9) | 1.14(3) | 0.0221(3) | 0.0242(5) | 4378(92) |',
          'result-model', reason='records',
          why='A fit to measured PL records that are not public; the book can only test its optimiser on synthetic records (fits chapter).',
          checklist='ES-187')
statement('eslac/s178', P, 'Supp. B.1, Table 3; Table 3, row NV2-S2',
          'NV2-S2 | 38.6(7) | 1(59) | (fixed to 0.14) | 0.61(3) | 0.085(5) | 0.186(14) | 70910(244) |',
          'result-model', reason='records',
          why='A fit to measured PL records that are not public; the book can only test its optimiser on synthetic records (fits chapter).',
          checklist='ES-188')
statement('eslac/s179', P, 'Supp. B.1, Table 3; Table 3, row NV3-S2',
          'NV3-S2 | 55.9(6) | -32.2(6) | (fixed to 0.14) | 0.502(10) | 0.240(6) | 0.64(2) | 9091(231) |',
          'result-model', reason='records',
          why='A fit to measured PL records that are not public; the book can only test its optimiser on synthetic records (fits chapter).',
          checklist='ES-189')
statement('eslac/s180', P, 'Supp. B.1, Table 3; Table 3, row NV5-S2',
          'NV5-S2 | 32.0(5) | -29(3) | (fixed to 0.14) | 0.20(2) | 0.43(3) | 0.52(5) | 83198(883) |',
          'result-model', reason='records',
          why='A fit to measured PL records that are not public; the book can only test its optimiser on synthetic records (fits chapter).',
          checklist='ES-190')
statement('eslac/s181', P, 'Supp. B.1, Table 3; Table 3, row NV4-S3',
          'NV4-S3 | 42.3(5) | -26(2) | (fixed to 0.14) | 1.06(3) | 0.102(3) | 0.164(7) | 158011(234) |',
          'result-model', reason='records',
          why='A fit to measured PL records that are not public; the book can only test its optimiser on synthetic records (fits chapter).',
          checklist='ES-191')
statement('eslac/s182', P, 'Supp. B.2 (NV-/NV0 fits)',
          'The NV0 PL can be fitted with the above presented 12-level model including the NV0 ground and excited states.',
          'arithmetic', reason=None,
          why='Scored by eslac/twelve-levels.',
          checklist='ES-192')
statement('eslac/s183', P, 'Supp. B.2 (NV-/NV0 fits)',
          'The physical parameters for the NV (, , , , ) which have been extracted from the fit to the corresponding NV- PL data, are used as constant parameters in the model and are not fitted.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-193')
statement('eslac/s184', P, 'Supp. B.2 (NV-/NV0 fits)',
          'As a pumping parameter for the NV0 and the laser power dependent shelf-ionization rate from the singlet we take the average between the two pumping parameters to the two NV- ES orbitals.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-194')
statement('eslac/s185', P, 'Supp. B.2 (NV-/NV0 fits); Eq. (28)',
          'The only free parameters left are scaling parameters such that: (28) | where is the collection efficiency for the NV0 PL and are the background counts in the wavelength spectrum of the collected NV0 PL.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-195')
statement('eslac/s186', P, 'Supp. B.2 (NV-/NV0 fits)',
          'Due to the new decay channels in the model also the NV- PL needs to be rescaled when using the 12-level model.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-196')
statement('eslac/s187', P, 'Supp. B.2 (NV-/NV0 fits)',
          'We found that merely with leaving the as a free parameter gives good accordance with the data.',
          'qualitative', reason=None,
          why="Scored by eslac/nv-minus-refit-background: can the background alone absorb the 12-level model's NV⁻ PL loss.",
          checklist='ES-197')
statement('eslac/s188', P, 'Supp. B.2 (NV-/NV0 fits); Eq. (29)',
          'This leaves the fit to the NV- PL with: (29) | where is the background counts in the wavelength spectrum of the collected NV- PL.',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition); its equation or value is lost in extraction.',
          checklist='ES-198')
statement('eslac/s189', P, 'Supp. B.2 (NV-/NV0 fits); Fig. 3a,b',
          'The NV0 PL exactly mirrors the dips of the NV- with peaks.',
          'result-measured', reason=None,
          why='Scored (model side) by eslac/nv0-peaks-with-shelf.',
          checklist='ES-199')
statement('eslac/s190', P, 'Supp. B.2 (NV-/NV0 fits)',
          'This behavior cannot be explained solely by the known ionization and recombination processes between the two charge states. Considering only them would lead to the same dips as there are in the NV- PL instead of the observed peaks.',
          'result-model', reason=None,
          why='Scored by eslac/nv0-dips-without-shelf.',
          checklist='ES-200')
statement('eslac/s191', P, 'Supp. B.2 (NV-/NV0 fits)',
          'However when introducing the recently proposed channel from the NV- singlet to the NV0 ground state this behavior can be explained with our model.',
          'result-model', reason=None,
          why='Scored by eslac/nv0-peaks-with-shelf.',
          checklist='ES-201')
statement('eslac/s192', P, 'Supp. B.2 (NV-/NV0 fits)',
          'Even when leaving more free fit parameters, without a certain minimal value for the shelf-ionization rate the behavior of the data cannot be reproduced.',
          'result-model', reason=None,
          why='Scored by eslac/nv0-dips-without-shelf (k_SI = 0) and the shelf threshold in the charge chapter.',
          checklist='ES-202')
statement('eslac/s193', P, 'Supp. B.2 (NV-/NV0 fits); untitled table vs Table 3',
          'The fits produce a larger value of background fluorescence counts in the fitting values of the NV- data.',
          'arithmetic', reason=None,
          why='Scored by eslac/nv-minus-background-larger: the B.2 backgrounds against Table 3.',
          checklist='ES-203')
statement('eslac/s194', P, 'Supp. B.2 (NV-/NV0 fits)',
          'This increase could indicate some small discrepancy with the ionization, recombination and shelf-ionization rates and/or their dependence on laser power.',
          'qualitative', reason='uncheckable',
          why='A speculation about a cause.',
          checklist='ES-204')
statement('eslac/s195', P, 'Supp. B.2, untitled fit table; untitled table after Eq. (29), row NV1-S1',
          'NV1-S1 | 0.00132(3) | 1258(11) | 7980(8) |',
          'result-model', reason=None,
          why='The refitted NV⁻ background (last column) is scored by eslac/nv-minus-refit-background-nv1-s1; the NV⁰ efficiency and background are fits to NV⁰ records that are not public.',
          checklist='ES-205')
statement('eslac/s196', P, 'Supp. B.2, untitled fit table; untitled table after Eq. (29), row NV2-S2',
          'NV2-S2 | 0.001820(7) | 7963(10) | 79176(52) |',
          'result-model', reason=None,
          why='The refitted NV⁻ background (last column) is scored by eslac/nv-minus-refit-background-nv2-s2; the NV⁰ efficiency and background are fits to NV⁰ records that are not public.',
          checklist='ES-206')
statement('eslac/s197', P, 'Supp. C.1 (apparatus)',
          'The NV experiments are performed in a closed-cycle refrigerator (Leiden Cryogenics, CF-CS81) with a vector magnet.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-207')
statement('eslac/s198', P, 'Supp. C.1 (apparatus)',
          'All of the measurements were all performed at a temperature of around .',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-208')
statement('eslac/s199', P, 'Supp. C.1 (apparatus)',
          'a confocal microscope with a green excitation laser at (Coherent Compass 315M), where the excitation polarization is controlled with a liquid crystal polarization rotator (Thorlabs LCR-532).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-209')
statement('eslac/s200', P, 'Supp. C.1 (apparatus)',
          'The NV PL read-out is performed with an avalanche photo-diode (Excelitas SPCM-AQRH-33) with a long-pass filter (Thorlabs FELH0650) for the NV- or a bandpass filter (Semrock FF01-600/52-25) for the NV0.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-210')
statement('eslac/s201', P, 'Supp. C.1 (apparatus)',
          'The NV spectrum is obtained with a spectrograph (Princeton Instruments, HRS-500) and imaged with a low-noise camera (PIXIS 100).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-212')
statement('eslac/s202', P, 'Supp. C.1 (apparatus)',
          'The microwave control of the NV spin was performed using a constant microwave driving field from a signal generator (SRS SG384) that was modulated via an IQ-modulator (Polyphase microwave, AM0350A Quadrature Modulator) and an AWG (Spectrum generator NETBOX DN2.663-04).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-213')
statement('eslac/s203', P, 'Supp. C.1 (apparatus)',
          'The microwave are then applied to the NV spin via a 25 m thick Al wire that the NV is brought into close proximity with.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-214')
statement('eslac/s204', P, 'Supp. C.1 (apparatus)',
          'The NV photoluminescence is then measured via gating the output of the APD with a TTL-router (in-house built, SP995) which is controlled via the AWG and whose output is measured with a DAQ (NI PXIE-1073, PXI-6220).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-215')
statement('eslac/s205', P, 'Supp. C.2 (samples)',
          'Sample S1 is identical to the sample used in ref. [23], where extensive details on the sample and sample fabrication are given.',
          'input', reason='method',
          why='Sample provenance, an apparatus statement.',
          checklist='ES-216')
statement('eslac/s206', P, 'Supp. C.2 (samples)',
          'The sample is a oriented, chemical vapor deposition (CVD) grown type IIa “electronic grade” diamond from Element 6.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-217')
statement('eslac/s207', P, 'Supp. C.2 (samples)',
          'Solid immersion lenses were fabricated by focused ion beam milling around pre-localized, naturally occurring NV centers located m below the sample surface.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-218')
statement('eslac/s208', P, 'Supp. C.2 (samples)',
          'Sample S2 consisted of a commercially available, oriented, CVD grown type IIa “electronic grade” diamond from Element 6.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-219')
statement('eslac/s209', P, 'Supp. C.2 (samples)',
          'NV centers were created by 14N+ ion implantation at keV and subsequent annealing as described elsewhere [44].',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-220')
statement('eslac/s210', P, 'Supp. C.2 (samples)',
          'This procedure results in NV centers located nm from the diamond surface.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-221')
statement('eslac/s211', P, 'Supp. C.2 (samples)',
          'To increase photon collection efficiency from the NVs, cylindrical diamond nanopillars of nm diameter were fabricated in the sample surface [44].',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-222')
statement('eslac/s212', P, 'Supp. C.2 (samples)',
          'The sample fabrication procedure was tailored to yield an average of one NV center per diamond pillar.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-223')
statement('eslac/s213', P, 'Supp. C.2 (samples)',
          'Sample S3: is identical to the sample used in ref. [29], where extensive details on the sample and sample fabrication are given.',
          'input', reason='method',
          why='Sample provenance, an apparatus statement.',
          checklist='ES-224')
statement('eslac/s214', P, 'Supp. C.2 (samples)',
          'NV centers were created in growth through controlled incorporation of N gas into the growth reactor.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-225')
statement('eslac/s215', P, 'Supp. C.2 (samples)',
          'Under the growth conditions used here, these leads to NV centers whose quantization axis is preferentially aligned with the 111 growth direction and which typically show excellent spin properties [46].',
          'literature', reason='literature',
          why='Rests on Ref. [46].',
          checklist='ES-226')
statement('eslac/s216', P, 'Supp. C.2 (samples)',
          'We note that the sample exhibits elevated fluorescence background levels from SiV centers which were inadvertedly introduced during sample growth.',
          'result-measured', reason='records',
          why="A property of the sample's measured background (not public).",
          checklist='ES-227')
statement('eslac/s217', P, 'Supp. C.2 (samples)',
          'Prior to our experiments, samples S2 and S3 were acid cleaned using a well-established acid cleaning technique, details in Ref. [47].',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-228')
statement('eslac/s218', P, 'Supp. C.2 (samples)',
          'This sample cleaning method leaves the diamond surface predominantly O-terminated.',
          'literature', reason='literature',
          why='Rests on the cleaning method of Ref. [47].',
          checklist='ES-229')
statement('eslac/s219', P, 'Supp. C.2 (samples)',
          'No acid cleaning was employed for sample S1 to preserve pre-existing antenna structures on the sample surface.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-230')
statement('eslac/s220', P, 'Supp. C.2 (samples)',
          'Given the micron-scale depth of the NVs examined in sample S1, sample cleaning and surface termination are or minor relevance to the behavior of NVs studies in this sample.',
          'qualitative', reason='uncheckable',
          why='An argument for why cleaning does not matter; nothing to compute.',
          checklist='ES-231')
statement('eslac/s221', P, 'Supp. C.3 (g-factor measurements)',
          'For the measurement of the inter-branch level anti crossings at high magnetic fields, the oriented sample S3 was introduced to maximize the magnitude of that we could access in our experimental setup equipped with a 1T/1T/5T vector magnet.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-232')
statement('eslac/s222', P, 'Supp. C.3 (g-factor measurements); Fig. 2a',
          'We first characterized NVs with PL versus B measurements al “low” magnetic fields (c.f. Fig.2a in the main text) to determine the effective strain parameter.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-233')
statement('eslac/s223', P, 'Supp. C.3 (g-factor measurements)',
          'After that we investigated for up to T.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-234')
statement('eslac/s224', P, 'Supp. C.3 (g-factor measurements); Fig. 13',
          'Due to slow magnetic field ramp speeds and occasional signal drifts, we mostly performed magnetic field sweeps over smaller intervals in , and only few measurements cover the entire range – those data are shown in Fig. 13.',
          'input', reason='method',
          why='How the high-field sweeps were taken.',
          checklist='ES-235')
statement('eslac/s225', P, 'Supp. C.3 (g-factor measurements); Fig. 13',
          'Some of the data include a low-frequency envelope, which results from system drifts during the magnetic field sweeps.',
          'result-measured', reason='records',
          why='A property of the Fig. 13 records (not public).',
          checklist='ES-236')
statement('eslac/s226', P, 'Supp. C.3 (g-factor measurements)',
          'The NVs we investigated in S3 all showed -values on the range GHz.',
          'result-model', reason='lost',
          why='The strain range of the S3 NVs is lost.',
          checklist='ES-237')
statement('eslac/s227', P, 'Supp. C.3 (g-factor measurements); Fig. 13',
          'According to our model, these NVs should all exhibit their inter-branch ESLACs, and a corresponding drop, in the centre of the magnetic field sweep range shown in Fig. 13, unless is significantly enhances, as discussed in the main text.',
          'result-model', reason=None,
          why="Scored by eslac/s3-dips-in-sweep: at g_l = 0.14 both inter-branch ESLACs of every S3-like strain lie below the sweep top; 'the centre of the sweep range' cannot be located (the range is lost).",
          checklist='ES-238')
statement('eslac/s228', P, 'Supp. C.4 (field sensitivity)',
          'single NV spins in nanopillars (Sample S2) were brought into close proximity (within 100 m) of a 25 m thick Al wire.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-239')
statement('eslac/s229', P, 'Supp. C.4 (field sensitivity)',
          'at each magnetic field position RABI measurements were performed to tune the microwave driving power to maintain an average -time of 200 ns (power broadened, results shown in main script) and 1 s (hyperfine resolved).',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-240')
statement('eslac/s230', P, 'Supp. C.4 (field sensitivity); Fig. 4c',
          'The optically detected magnetic field measurements where then performed with a standard pulsed ODMR technique [13] with these driving times and fitted with Lorentzian functions.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-241')
statement('eslac/s231', P, 'Supp. C.4 (field sensitivity)',
          'We were not able to detect any statistically difference in the variation in sensitivity between the power broadened and hyperfine resolved ODMR.',
          'result-measured', reason='records',
          why="A null result of measured ODMR series (not public). The model cannot test it: in the pulsed 10-level model a π pulse on resonance transfers fully at any π time, so the 200 ns and 1 µs protocols give the same on/off ratio by construction (sensitivity chapter), a row that could not fail.",
          checklist='ES-242')
statement('eslac/s232', P, 'Supp. C.4 (field sensitivity)',
          'Additionally, we did not observe any additional effect on the nuclear spin polarization',
          'result-measured', reason='records',
          why='A null result of measurements (not public).',
          checklist='ES-243')
statement('eslac/s233', P, 'Supp. C.4 (field sensitivity)',
          'which is starkly different to the room temperature excited state level anticrossing, where polarization of greater than 90% have been observed [48].',
          'literature', reason='literature',
          why='Room-temperature ESLAC polarisation > 90 % of Ref. [48].',
          checklist='ES-244')
statement('eslac/s234', P, 'Supp. C.4 (field sensitivity); Fig. 4',
          'we first fit the NV- spectra to obtain the parameters from the model. These fit parameters are then used to predict the contrast of the ODMR as a function of magnetic field, .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-245')
statement('eslac/s235', P, 'Supp. C.4 (field sensitivity); Fig. 4b',
          'The combination of the fitted and the predicted are then used in conjunction with the average ODMR width (small variation due to rabi tuning) to predict the sensitivity, .',
          'input', reason='input',
          why='An input of the model (a parameter, assumption or definition).',
          checklist='ES-246')
statement('eslac/s236', P, 'Supp. C.5 (polarization)',
          'The optically pumping to the excited state orbital doublet has a polarization dependence. Therefore it is possible to control the prominence of the dips in the PL which arise due to level anticrossing.',
          'qualitative', reason='open',
          why="The model's pumping-ratio dependence of the dip depths is computed (fits chapter, Polarisation: Figs 14-15 on the paper's axes and the depth figure) but not scored: the map from polarisation angle to β_x/β_y is lost, so the size of the control has no reference.",
          checklist='ES-247')
statement('eslac/s237', P, 'Supp. C.5 (polarization)',
          'The control is limited due to the non-radiative relaxation after pumping [15].',
          'literature', reason='literature',
          why='Rests on Ref. [15].',
          checklist='ES-248')
statement('eslac/s238', P, 'Supp. C.5 (polarization)',
          'Here we controlled the rotation of the 532nm excitation via a liquid crystal rotator with a 1000:1 extinction ratio which was placed after the dichroic mirror before the objective.',
          'input', reason='method',
          why='An experimental condition or apparatus statement.',
          checklist='ES-249')
statement('eslac/s239', P, 'Supp. C.5 (polarization); Figs. 14, 15',
          'In both the higher (Fig. 14) and low stress regime (Fig. 15) we found that we could change the contrast of the peaks.',
          'result-measured', reason='records',
          why='Measured polarisation series (not public).',
          checklist='ES-250')
statement('eslac/s240', P, 'Supp. C.5 (polarization); Figs. 14, 15',
          'While this is not a significant amount of tuning, it is possible that further tuning is possible through changing the wavelength of the excitation as well as further optimization of the polarization control.',
          'qualitative', reason='uncheckable',
          why='An outlook on further tuning, not a result.',
          checklist='ES-251')
statement('eslac/s241', P, 'Supp. C.5 (polarization); Fig. 15 upper part',
          'The NV0 PL also shows a dependence on the laser polarization which can be seen in the upper part of Fig. 15.',
          'result-measured', reason='records',
          why='Measured NV⁰ polarisation series (not public).',
          checklist='ES-252')

not_statements(P, {
    'ES-017': 'A description of what the paper does (the study presented), not a statement that could be true or false.',
    'ES-031': 'A pointer to what Figs 1a, b show (which NVs); the checkable content is in ES-032 and ES-033.',
    'ES-039': 'A pointer to the inset of Fig. 1e, not a statement.',
    'ES-055': 'A pointer to the supplement (Table 3), not a statement.',
    'ES-085': "A pointer to what Fig. 4a shows; the plotted quantities' names are lost.",
    'ES-103': 'Acknowledgment of a sample provider, not a statement about physics.',
    'ES-104': 'Acknowledgment of funding (grant numbers lost), not a statement about physics.',
    'ES-186': 'A pointer to Table 3 and Figs 5-9, not a statement.',
    'ES-211': 'A pointer to Fig. 12, not a statement.',
    'ES-183': "Not a separate statement: the rounding of 0.1395(9) to 'fixed to 0.14' is the statement ES-182 ('There, we set – the value determined on NV1-S1'), which accounts for it.",
})
