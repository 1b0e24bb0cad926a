#!/usr/bin/env python3
"""Consistency checks for the demo corpus: MANIFEST.tsv vs pages vs feeds.

    python3 demo/tools/check_demo.py      (exit status 0 = all good)
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

DEMO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["file", "url", "outlet", "published", "title", "story", "original_url", "charset"]
PYCODEC = {"utf-8": "utf-8", "none": "utf-8", "windows-1252": "cp1252", "windows-1256": "cp1256"}
errors = []


def err(msg):
    errors.append(msg)


def meta(text, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), text)
    return html.unescape(m.group(1)) if m else None


with open(os.path.join(DEMO, "MANIFEST.tsv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
assert lines[-1] == "", "MANIFEST must end with a newline"
header = lines[0].split("\t")
if header != HEADER:
    err("bad header %r" % header)
rows = [dict(zip(HEADER, l.split("\t"))) for l in lines[1:-1]]
for l in lines[1:-1]:
    if len(l.split("\t")) != len(HEADER):
        err("bad column count: %r" % l[:80])
by_url = {r["url"]: r for r in rows}
if len(by_url) != len(rows):
    err("duplicate urls in manifest")

listed = set(r["file"] for r in rows)
on_disk = set(os.path.relpath(p, DEMO) for p in glob.glob(os.path.join(DEMO, "pages", "*", "*.html")))
if listed != on_disk:
    err("manifest/files mismatch: %r" % (listed ^ on_disk))

counts = {}
for r in rows:
    path = os.path.join(DEMO, r["file"])
    if not os.path.exists(path):
        err("missing file " + r["file"])
        continue
    raw = open(path, "rb").read()
    if len(raw) >= 60 * 1024:
        err("too big: " + r["file"])
    cs = r["charset"]
    try:
        text = raw.decode(PYCODEC[cs])
    except (UnicodeDecodeError, KeyError) as e:
        err("%s: cannot decode as %s: %s" % (r["file"], cs, e))
        continue
    if cs in ("windows-1252", "windows-1256"):
        back = subprocess.run(["iconv", "-f", cs.upper(), "-t", "UTF-8"], input=raw, capture_output=True, check=True).stdout
        again = subprocess.run(["iconv", "-f", "UTF-8", "-t", cs.upper()], input=back, capture_output=True, check=True).stdout
        if again != raw or back.decode("utf-8") != text:
            err("%s: iconv round trip failed" % r["file"])
        try:
            raw.decode("utf-8")
            err("%s: legacy page is valid UTF-8 (no real %s bytes)" % (r["file"], cs))
        except UnicodeDecodeError:
            pass
    low = text.lower()
    if cs == "none":
        if "charset" in low:
            err("%s: charset 'none' but a charset is declared" % r["file"])
        if all(ord(c) < 128 for c in text):
            err("%s: no non-ASCII characters" % r["file"])
    elif cs == "windows-1256":
        if '<meta http-equiv="content-type" content="text/html; charset=windows-1256">' not in low:
            err("%s: windows-1256 not declared" % r["file"])
        if not re.search("[\u0600-\u06ff]", text):
            err("%s: no Arabic-script text" % r["file"])
    elif '<meta charset="%s">' % cs not in low:
        err("%s: charset %s not declared" % (r["file"], cs))
    counts[cs] = counts.get(cs, 0) + 1

    m = re.search(r"<title>(.*?)</title>", text, re.S)
    title = html.unescape(m.group(1)) if m else None
    if title != "%s | %s" % (r["title"], r["outlet"]):
        err("%s: <title> %r does not match manifest" % (r["file"], title))
    canon = re.search(r'<link rel="canonical" href="([^"]+)">', text)
    if canon:
        if html.unescape(canon.group(1)) != r["url"]:
            err("%s: canonical %s != %s" % (r["file"], canon.group(1), r["url"]))
        if meta(text, "og:url") != r["url"]:
            err("%s: og:url mismatch" % r["file"])
        if meta(text, "og:title") != r["title"]:
            err("%s: og:title mismatch" % r["file"])
        if meta(text, "og:site_name") != r["outlet"]:
            err("%s: og:site_name mismatch" % r["file"])
        if meta(text, "article:published_time") != r["published"]:
            err("%s: article:published_time mismatch" % r["file"])
    else:
        # the one deliberately metadata-free page
        if "<meta" in low or "<link" in low or "ld+json" in low:
            err("%s: no canonical but has other metadata" % r["file"])
        counts["nometa"] = counts.get("nometa", 0) + 1
    for ld in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        data = json.loads(ld)
        nodes = data.get("@graph", [data])
        arts = [n for n in nodes if n.get("@type") == "NewsArticle"]
        if len(arts) != 1:
            err("%s: expected one NewsArticle in JSON-LD" % r["file"])
            continue
        if arts[0]["datePublished"] != r["published"] or arts[0]["headline"] != r["title"]:
            err("%s: JSON-LD date/headline mismatch" % r["file"])
    if 'itemprop="datePublished"' in text and ('datetime="%s"' % r["published"]) not in text:
        err("%s: microdata datePublished mismatch" % r["file"])
    if r["original_url"]:
        o = by_url.get(r["original_url"])
        if not o:
            err("%s: original_url not in manifest" % r["file"])
        elif o["original_url"] or o["story"] != r["story"]:
            err("%s: original row inconsistent" % r["file"])
        if ('href="%s"' % r["original_url"]) not in text:
            err("%s: copy does not link to its original" % r["file"])

stories = {}
for r in rows:
    stories.setdefault(r["story"], []).append(r)
for k, rs in stories.items():
    origs = [r for r in rs if not r["original_url"]]
    if len(origs) != 1:
        err("story %s has %d originals" % (k, len(origs)))
    if len(set(r["outlet"] for r in rs)) != len(rs):
        err("story %s appears twice on one outlet" % k)

NS = {"atom": "http://www.w3.org/2005/Atom", "rss1": "http://purl.org/rss/1.0/",
      "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
for feed in sorted(glob.glob(os.path.join(DEMO, "feeds", "*.xml"))):
    root = ET.parse(feed).getroot()
    if root.tag == "rss":
        entries = [(i.findtext("link"), i.findtext("title")) for i in root.iter("item")]
    elif root.tag == "{%s}feed" % NS["atom"]:
        entries = [(e.find("atom:link", NS).get("href"), e.findtext("atom:title", namespaces=NS))
                   for e in root.findall("atom:entry", NS)]
    else:
        entries = [(i.findtext("rss1:link", namespaces=NS), i.findtext("rss1:title", namespaces=NS))
                   for i in root.findall("rss1:item", NS)]
    if not 6 <= len(entries) <= 12:
        err("%s: %d entries" % (feed, len(entries)))
    for link, title in entries:
        if link not in by_url:
            err("%s: link %s not in manifest" % (feed, link))
        elif by_url[link]["title"] != title:
            err("%s: title mismatch for %s" % (feed, link))

print("rows:", len(rows), "stories:", len(stories), "republished:",
      sorted(k for k, v in stories.items() if len(v) > 1), "special:", counts)
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
