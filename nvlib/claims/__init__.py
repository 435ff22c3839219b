"""The reproduction scorecard (claims registry) and its renderings."""

from nvlib.claims.registry import KEYS, KINDS, PAPERS, SOURCES, VERDICTS, Claim, claim, get, registry
from nvlib.claims import render
from nvlib.claims.render import claims_markdown, discrepancies_markdown, scorecard_markdown, status_table, summary, to_json

__all__ = ["Claim", "KEYS", "KINDS", "SOURCES", "PAPERS", "VERDICTS", "claim", "get", "registry",
           "claims_markdown", "render", "scorecard_markdown", "discrepancies_markdown", "status_table", "summary", "to_json"]
