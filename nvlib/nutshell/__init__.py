"""The introduction (the NV centre in a nutshell): its textbook claims and figures."""
