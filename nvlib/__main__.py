"""Command line: ``python -m nvlib claims [--json] [--paper P]``,
``python -m nvlib statements [--json] [--paper P]``, ``python -m nvlib readings [--paper P]``,
``python -m nvlib figures --out DIR [--only ID ...] [--format png,pdf,svg]`` and
``python -m nvlib bench [--quick] [--json PATH] [--only NAME ...]``."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nvlib", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_claims = sub.add_parser("claims", help="print the reproduction scorecard")
    p_claims.add_argument("--json", action="store_true", help="JSON list of claim objects")
    p_claims.add_argument("--paper", default=None, help="only this paper's claims")

    p_st = sub.add_parser("statements", help="print the papers' checkable statements")
    p_st.add_argument("--json", action="store_true", help="JSON list of statement objects")
    p_st.add_argument("--paper", default=None, help="only this paper's statements")

    p_rd = sub.add_parser("readings", help="print the register of readings")
    p_rd.add_argument("--paper", default=None, help="only this paper's readings")

    p_fig = sub.add_parser("figures", help="regenerate the book's figures without Jupyter")
    p_fig.add_argument("--out", required=True, help="output directory")
    p_fig.add_argument("--only", nargs="+", default=None, metavar="ID", help="figure ids")
    p_fig.add_argument("--format", default="png", help="comma-separated: png,pdf,svg")
    p_fig.add_argument("--list", action="store_true", help="list the figure ids and exit")

    p_bench = sub.add_parser("bench", help="speed benchmarks: each fast kernel vs the obvious "
                             "alternative, as ratios measured in one run")
    p_bench.add_argument("--quick", action="store_true", help="small sizes (a few seconds)")
    p_bench.add_argument("--json", default=None, metavar="PATH", help="also write JSON here")
    p_bench.add_argument("--only", nargs="+", default=None, metavar="NAME",
                         help="benchmark names (substrings of bench_<name>.py)")

    args = parser.parse_args(argv)
    if args.command == "bench":
        import json
        from pathlib import Path

        from nvlib import bench
        rep = bench.report(quick=args.quick, only=args.only)
        print(bench.markdown(rep))
        if args.json:
            Path(args.json).parent.mkdir(parents=True, exist_ok=True)
            Path(args.json).write_text(json.dumps(rep, indent=1))
        return 0
    if args.command == "claims":
        from nvlib.claims import to_json
        from nvlib.claims.render import text_table
        print(to_json(args.paper) if args.json else text_table(args.paper))
        return 0

    if args.command == "statements":
        from nvlib import statements
        if args.json:
            print(statements.to_json(args.paper))
        else:
            papers = [args.paper] if args.paper else sorted({s.paper for s in statements.registry()})
            for p in papers:
                for s in statements.registry(p):
                    v = statements.verdict(s) or f"not scored: {s.reason}"
                    print(f"{s.id:22s} {s.type:16s} {v:28s} {s.where[:40]}")
                print(f"{p}: {statements.headline(p)}\n")
        return 0
    if args.command == "readings":
        from nvlib import readings
        for r in readings.registry(args.paper):
            print(f"{r.id}: {r.question}\n  chosen: {r.chosen}")
            for name, desc in r.alternatives:
                print(f"  alternative {name}: {desc}")
        return 0

    from nvlib import figures
    if args.list:
        for f in figures.figures():
            print(f"{f.id:32s} {f.reproduces or '(book figure)'}")
        return 0
    try:
        paths = figures.export(args.out, args.only, [s.strip() for s in args.format.split(",")])
    except ValueError as err:
        parser.error(str(err))
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
