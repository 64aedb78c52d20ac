"""Write bench/pages/*.html: real-size (~100 KB) news pages around corpus article texts.

Run from the project root: python3 bench/pages/make_pages.py
The pages are deterministic (a fixed seed); the furniture is what real pages carry: a long
mega-menu, inline styles and scripts, JSON-LD, ads, a sidebar, related stories, a comment
thread and a footer.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
OUT = Path(__file__).resolve().parent
SOURCES = [
    "explainer-season-2-long", "explainer-season-3", "roundup-renewals", "trade-scoop-renewal",
    "kdrama-midnight-bakery", "delayed-release", "confuser-trailer", "cast-joins-as",
    "date-year-expected", "hedged-reported", "ending-final-season-fall", "confuser-awards",
]  # fmt: skip
WORDS = [
    "season", "premiere", "streaming", "drama", "cast", "finale", "trailer", "episode", "review",
    "ranking", "recap", "netflix", "series", "binge", "comedy", "thriller", "anime", "kdrama",
    "weekly", "schedule", "renewal", "exclusive", "interview", "spoilers", "theory", "ending",
    "release", "date", "returns", "new", "best", "worst", "watch", "guide",
]  # fmt: skip


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def page(name: str, rng: random.Random) -> str:
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    title = lines[0]
    published = next(
        (x.split(":", 1)[1].strip() for x in lines[1:6] if x.startswith("Published:")),
        "2025-01-01",
    )
    start = next(i for i, line in enumerate(lines) if not line.strip())
    paragraphs = [p.strip() for p in "\n".join(lines[start:]).split("\n\n") if p.strip()]
    body = "\n".join(
        f"<h2>{html.escape(p)}</h2>"
        if len(p.split()) <= 14 and not p.endswith((".", "?", "!", '"'))
        else f"<p>{html.escape(p)}</p>"
        for p in paragraphs
    )
    menu = "\n".join(
        f'<li class="menu-item"><a href="/section/{i}">{sentence(rng, 2)}</a><ul class="sub-menu">'
        + "".join(f'<li><a href="/s/{i}/{j}">{sentence(rng, 3)}</a></li>' for j in range(12))
        + "</ul></li>"
        for i in range(24)
    )
    style = "\n".join(
        f".c{i} {{ margin: {rng.randint(0, 20)}px; color: #{rng.randint(0, 0xFFFFFF):06x}; "
        f"font-size: {rng.randint(10, 24)}px; }}"
        for i in range(700)
    )
    script = (
        "var cfg = "
        + json.dumps({f"k{i}": sentence(rng, 6) for i in range(500)})
        + ";\nfunction track(e){return cfg[e]||null}"
    )
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": f"{published}T10:00:00+00:00"}  # fmt: skip
    related = "".join(f'<li><a href="/news/{i}">{sentence(rng, 8)}</a></li>' for i in range(30))
    comments = "".join(
        f'<li class="comment"><div class="comment-author">user{rng.randint(1, 9999)}</div>'
        f"<p>{sentence(rng, rng.randint(8, 40))}.</p></li>"
        for _ in range(60)
    )
    sidebar = "".join(f'<li><a href="/t/{i}">{sentence(rng, 6)}</a></li>' for i in range(40))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Streamwatch</title>
<meta property="og:title" content="{html.escape(title)}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>{style}</style>
<script>{script}</script>
</head><body>
<header class="site-header"><nav class="mega-menu"><ul>{menu}</ul></nav></header>
<div class="ad ad-top">Advertisement</div>
<div class="layout has-sidebar"><main><article>
<h1>{html.escape(title)}</h1><p class="byline">By Staff Writer &middot; {published}</p>
{body}
<div class="share-buttons"><button>Share</button><button>Tweet</button></div>
</article>
<section class="related-posts"><h3>Related Stories</h3><ul>{related}</ul></section>
<div id="comments" class="comments-area"><h3>60 Comments</h3><ol>{comments}</ol></div>
</main><aside class="sidebar"><div class="widget"><h3>Trending</h3><ul>{sidebar}</ul></div>
</aside></div>
<footer class="site-footer"><p>&copy; 2025 Streamwatch</p></footer>
<script>document.querySelectorAll('.c1').forEach(function(e){{track(e.id)}});</script>
</body></html>
"""


def main() -> None:
    rng = random.Random(20250101)
    for name in SOURCES:
        (OUT / f"{name}.html").write_text(page(name, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
