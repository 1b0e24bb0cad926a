#!/usr/bin/env python3
"""Run readability-lxml (Debian python3-readability) over the extraction dev
set and write {"<id>": "<text>"} to stdout, for `build/bench/extract --score`.
Blocks are separated by blank lines, as the metric needs.

usage: readability_lxml.py [DIR]   (default ../shared/bench/extraction)
"""
import gzip
import json
import os
import sys
import time

try:
    from readability import Document
    import lxml.html
except ImportError:
    sys.stderr.write("readability-lxml not installed (apt-get install python3-readability): skipped\n")
    sys.exit(3)

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th", "br", "section", "article", "ul", "ol", "table"}


def text_of(html):
    root = lxml.html.fromstring(html)
    out = []

    def walk(el):
        if el.tag in BLOCKS:
            out.append("\n\n")
        if el.text:
            out.append(el.text)
        for c in el:
            if isinstance(c.tag, str):
                walk(c)
            if c.tail:
                out.append(c.tail)
        if el.tag in BLOCKS:
            out.append("\n\n")
    walk(root)
    return "\n\n".join(p.strip() for p in "".join(out).split("\n\n") if p.strip())


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/extraction"
    gt = json.load(open(os.path.join(d, "ground-truth.json")))
    res, t = {}, 0.0
    for i in gt:
        html = gzip.open(os.path.join(d, "html", i + ".html.gz")).read().decode("utf-8", "replace")
        t0 = time.perf_counter()
        try:
            res[i] = text_of(Document(html, url=gt[i].get("url")).summary(html_partial=True))
        except Exception:
            res[i] = ""
        t += time.perf_counter() - t0
    sys.stderr.write("readability-lxml: %d pages, %.0f pages/s\n" % (len(res), len(res) / t if t else 0))
    json.dump(res, sys.stdout)


main()
