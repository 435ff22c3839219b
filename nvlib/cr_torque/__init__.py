"""Part I: the cross-relaxation torque of Pellet-Mary et al., PRB 103, L100411 (2021).

Models: :mod:`~nvlib.cr_torque.torque` (four-class Lindblad model of the torque),
:mod:`~nvlib.cr_torque.fieldpaths` (the field paths of the scans),
:mod:`~nvlib.cr_torque.scans`, :mod:`~nvlib.cr_torque.relaxation`,
:mod:`~nvlib.cr_torque.levitation` and :mod:`~nvlib.cr_torque.explorer`; the part's claims in
:mod:`nvlib.cr_torque.claims` and its figures in :mod:`nvlib.cr_torque.plots`.
"""
