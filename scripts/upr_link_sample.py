"""Print 30 random linked recommendations with their links, for checking by hand
(docs/upr-links.md). Usage: python scripts/upr_link_sample.py LIBRARY [SEED] [N]"""

from __future__ import annotations

import random
import sys

from clausewise.library import Library
from clausewise.upr.core import Upr


def main() -> None:
    target = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    with Library(target, read_only=True) as lib:
        with lib.db.connection() as conn:
            linked = sorted(
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT l.item FROM upr_links l JOIN upr_items i ON i.id = l.item"
                    " WHERE i.kind = 'recommendation'"
                )
            )
            total = conn.execute(
                "SELECT count(*) FROM upr_items WHERE kind = 'recommendation'"
            ).fetchone()[0]
        print(f"{len(linked)} of {total} recommendations have links; sample of {n}, seed {seed}")
        upr = Upr(lib.db)
        for k, ident in enumerate(random.Random(seed).sample(linked, n), 1):
            it = upr.item(ident)
            print(f"\n[{k}] {ident} {it['to']} <- {it['by']} s{it['session']} {it['themes']}")
            print(f"    {it['text']}")
            for x in it["links"]:
                para = ""
                if x["eid"]:
                    with lib.db.connection() as conn:
                        row = conn.execute(
                            "SELECT p.text FROM paragraphs p JOIN documents d ON d.n = p.doc"
                            " WHERE d.id = ? AND p.eid = ?",
                            (x["doc"], x["eid"]),
                        ).fetchone()
                    para = f"\n        ¶ {row[0][:300]}" if row else ""
                print(
                    f"  - {x['kind']} {x['score']} {x['symbol'] or x['doc']} {x['eid'] or ''}"
                    f" «{x['title']}»\n        {x['reason']}{para}"
                )


if __name__ == "__main__":
    main()
