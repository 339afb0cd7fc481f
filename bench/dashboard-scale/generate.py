"""Writes COUNT distinct saved pages from the corpus pages: each copy gets its own address (saved-from mark and
canonical link, the page's own canonical link and og:url taken out) and its own number in the title, so it is its
own posting."""
import pathlib
import re
import sys

OWN_ADDRESS = re.compile(r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty=["']og:url["'][^>]*>""", re.I)

source, count, target = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(source.glob("*.html"))]
target.mkdir(parents=True)
for i in range(count):
    url = f"https://bench.example/jobs/{i}"
    head = f"<!-- saved from url=({len(url):04d}){url} -->\n<link rel=\"canonical\" href=\"{url}\">\n"
    page = OWN_ADDRESS.sub("", pages[i % len(pages)]).replace("<title>", f"<title>#{i} ", 1)
    (target / f"{i:05d}.html").write_text(head + page, encoding="utf-8")
