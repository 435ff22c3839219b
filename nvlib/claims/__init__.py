"""The reproduction scorecard (claims registry) and its renderings."""

from .registry import KEYS, PAPERS, VERDICTS, Claim, claim, get, registry
from . import render
from .render import claims_markdown, discrepancies_markdown, scorecard_markdown, status_table, summary, to_json

__all__ = ["Claim", "KEYS", "PAPERS", "VERDICTS", "claim", "get", "registry",
           "claims_markdown", "render", "scorecard_markdown", "discrepancies_markdown", "status_table", "summary", "to_json"]
