"""Renderings of the claims registry for the website: rows, badges, links, status table."""

import html
import re
from html.parser import HTMLParser

from nvlib.claims import registry, render


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.ok = [], True

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def _balanced(html: str) -> bool:
    p = _Tags()
    p.feed(html)
    return p.ok and not p.stack


def test_claims_html_one_row_per_claim_with_verdict_words():
    claims = registry()
    out = render.claims_markdown(claims)
    assert "\n\n" not in out.strip()       # one HTML block: Markdown passes it through whole
    assert _balanced(out)
    assert out.count('<details class="nv-claim"') == len(claims)
    for c in claims:
        assert f'id="{render.anchor(c.id)}" data-claim="{c.id}"' in out
    words = re.findall(r'class="nv-verdict nv-verdict-[a-z-]+">[^<]*?(reproduced|discrepancy|'
                       r'not reproducible)<', out)
    assert len(words) == len(claims)


def test_scorecard_sections_open_with_counts():
    out = render.scorecard_markdown()
    for p in render.PAPERS:
        if registry(p):
            section = out.split(f"### {render.PAPERS[p]['title']}\n", 1)[1]
            assert section.lstrip().startswith('<p class="nv-counts">')
            # the statements' headline (where the paper has statements), then the claims'
            head = "</p>".join(section.split("</p>", 2)[:2])
            assert html.escape(render.headline(p)) in head
    assert 'id="score-' in out and 'id="claim-' not in out


def test_discrepancies_link_every_entry():
    bad = [c for c in registry() if c.verdict != "reproduced"]
    out = render.discrepancies_markdown()
    assert out.count('class="nv-discrepancy"') == len(bad)
    for c in bad:
        assert f'href="nvclaim:chapter:{c.id}"' in out
        assert f'href="nvclaim:scorecard:{c.id}"' in out
    assert _balanced("".join(line for line in out.splitlines() if line.startswith("<")))


def test_short_titles_and_anchor():
    assert render.short_title("cr-torque") == "Pellet-Mary et al. (2021)"
    assert render.short_title("exchange") == "Kortan, Sahin, Flatte (2016)"
    assert render.anchor("cr-torque/Fig3b max") == "claim-cr-torque-fig3b-max"
