#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the brief demo corpus (pages, feeds, MANIFEST.tsv) from the
content modules in this directory.  Run from anywhere:

    python3 demo/tools/gen_demo.py

Legacy-encoded pages are written as UTF-8 first and converted with iconv,
as the corpus brief requires.
"""
import datetime as dt
import hashlib
import html
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from articles_a import ARTICLES_A  # noqa: E402
from articles_b import ARTICLES_B  # noqa: E402
from articles_c import ARTICLES_C  # noqa: E402
from articles_d import ARTICLES_D  # noqa: E402
from copies import COPIES  # noqa: E402

OUTLETS = {
    "KL": dict(name="Kabul Ledger", domain="kabul-ledger.example.org"),
    "GM": dict(name="The Gulf Monitor", domain="gulfmonitor.example.com"),
    "FR": dict(name="Frontier Review", domain="frontier-review.example.net"),
    "NW": dict(name="Newswire", domain="newswire.example.org"),
}

COMMENTS = [
    ("Sohrab K.", "Thank you for the balanced reporting. It is rare to read something on this subject without an agenda."),
    ("Maryam, Mashhad", "The people on both sides of the border always pay the price for decisions taken in the capitals."),
    ("J. Whitfield", "It would help to have a map with articles like this. Most readers could not find Nimroz or Sistan."),
    ("Zahra N.", "My family is from Herat and we have relatives in Iran. None of this is abstract for us."),
    ("Tariq, Peshawar", "Interesting, but I think the piece underestimates the role Pakistan has played all along."),
    ("Hamid R.", "Trade will decide this relationship in the end, not speeches and statements."),
    ("Annelise V.", "Please keep covering this region. Much of the international press has moved on."),
    ("Behrouz", "Geography does not change. These two countries have to live with each other whoever is in power."),
    ("Nadia S.", "Who checks the numbers in these official statements? I would like to see independent figures."),
    ("Kamran", "A useful reminder that the story goes back much further than the last few years."),
    ("Farzana A.", "Sad to read. Ordinary people deserve better from both governments."),
    ("Pete O.", "Clear and readable. I shared it with my students."),
]

SECTIONS = {
    "KL": ("Afghanistan", "/afghanistan/"),
    "GM": None,  # derived from path
    "FR": None,
    "NW": ("World", "/world/"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def esc(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def parse_date(s):
    return dt.datetime.fromisoformat(s)


def blocks_of(body):
    return [b.strip() for b in body.strip().split("\n\n") if b.strip()]


def strip_tags(s):
    return re.sub(r"<[^>]+>", " ", s)


# ---------------------------------------------------------------- model

def build_items():
    items = []
    origs = {}
    for a in ARTICLES_A + ARTICLES_B + ARTICLES_C + ARTICLES_D:
        o = OUTLETS[a["outlet"]]
        it = dict(a)
        it["story"] = a["key"]
        it["url"] = "https://%s%s" % (o["domain"], a["path"])
        it["blocks"] = blocks_of(a["body"])
        it["original_url"] = ""
        it.setdefault("charset", "utf-8")
        it.setdefault("special", "")
        it.setdefault("image", None)
        it["credit_html"] = ""
        items.append(it)
        origs[a["key"]] = it
    for c in COPIES:
        base = origs[c["base"]]
        o = OUTLETS[c["outlet"]]
        it = dict(base)
        it.update({k: v for k, v in c.items() if k not in ("drop", "add", "credit", "base")})
        it["story"] = base["key"]
        it["url"] = "https://%s%s" % (o["domain"], c["path"])
        it["original_url"] = base["url"]
        it["charset"] = "utf-8"
        it["special"] = ""
        blocks = list(base["blocks"])
        adds = dict(c["add"])
        new = []
        for i in range(len(blocks) + 1):
            if i in adds:
                new.append(adds[i])
            if i < len(blocks) and i not in c["drop"]:
                new.append(blocks[i])
        it["blocks"] = new
        oname = OUTLETS[base["outlet"]]["name"]
        link = '<a href="%s">%s</a>' % (esc(base["url"]), esc(oname))
        it["credit_html"] = {
            "source": "Source: %s" % link,
            "originally": "Originally published by %s." % link,
            "readmore": "Read more: %s" % link,
        }[c["credit"]]
        it["image"] = base["image"] if c["outlet"] != "NW" else None
        items.append(it)
    for it in items:
        o = OUTLETS[it["outlet"]]
        it["outlet_name"] = o["name"]
        it["domain"] = o["domain"]
        it["dt"] = parse_date(it["date"])
        it["file"] = "pages/%s/%s.html" % (o["domain"], it["slug"])
    return items


def href_for(target, page):
    if target["domain"] == page["domain"]:
        return target["path"]
    return target["url"]


def latest_for(page, items, n=4):
    same = [x for x in items if x["outlet"] == page["outlet"] and x is not page]
    same.sort(key=lambda x: x["dt"], reverse=True)
    return same[:n]


def related_for(page, items, n=3, earlier_only=False):
    scored = []
    for x in items:
        if x is page or x["story"] == page["story"] or x.get("no_related"):
            continue
        common = len(set(x["tags"]) & set(page["tags"]) - {x["tags"][0]})
        if common:
            gap = abs((x["dt"] - page["dt"]).days)
            later = x["dt"] > page["dt"]
            if earlier_only and later:
                continue
            scored.append((later, -common, gap, x["url"], x))
    scored.sort(key=lambda t: t[:4])
    out, seen = [], set()
    for _, _, _, _, x in scored:
        if x["story"] in seen:
            continue
        seen.add(x["story"])
        out.append(x)
        if len(out) == n:
            break
    return out


def comments_for(page):
    h = int(hashlib.sha1(page["url"].encode()).hexdigest(), 16)
    i = h % len(COMMENTS)
    j = (i + 1 + (h >> 8) % (len(COMMENTS) - 1)) % len(COMMENTS)
    return [COMMENTS[i], COMMENTS[j]]


def display_date(d, style):
    m = MONTHS[d.month - 1]
    if style == "KL":
        return "%d %s %d, %02d:%02d" % (d.day, m, d.year, d.hour, d.minute)
    if style == "GM":
        return "%s %d, %d %02d:%02d GST" % (m, d.day, d.year, d.hour, d.minute)
    if style == "FR":
        return "%s %d %s %d" % (d.strftime("%A"), d.day, m, d.year)
    if style == "NW":
        h12 = d.hour % 12 or 12
        return "%s %d, %d %d:%02d %s GMT" % (m, d.day, d.year, h12, d.minute, "AM" if d.hour < 12 else "PM")
    raise ValueError(style)


def wire_dateline(page):
    d = page["dt"]
    mon = MONTHS[d.month - 1]
    mon = mon if len(mon) <= 5 else mon[:3]
    return "%s, %s %d (Newswire)" % (page["place"], mon, d.day)


def body_html(page, pcls=None, wrap=None, first_prefix="", inline=None):
    """Render body blocks. wrap: function(p_html)->html for plain paragraphs."""
    out = []
    first = True
    n = 0
    for b in page["blocks"]:
        if b.startswith("<"):
            out.append(b)
            continue
        text = b
        if first:
            text = first_prefix + text
            first = False
        p = "<p%s>%s</p>" % (' class="%s"' % pcls if pcls else "", text)
        out.append(wrap(p) if wrap else p)
        n += 1
        if inline and n == 3:
            out.append(inline)
    return "\n".join(out)


def section_from_path(page):
    parts = page["path"].strip("/").split("/")
    sec = parts[1] if len(parts) > 2 else parts[0]
    return sec.capitalize(), "/" + "/".join(parts[:-1]) + "/"


def word_count(page):
    txt = " ".join(strip_tags(b) for b in page["blocks"])
    return len(txt.split())


# ---------------------------------------------------------------- templates

def head_og(page, extra=""):
    t = esc(page["title"])
    lines = [
        '<link rel="canonical" href="%s">' % esc(page["url"]),
        '<meta name="description" content="%s">' % esc(page["summary"]),
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s">' % t,
        '<meta property="og:site_name" content="%s">' % esc(page["outlet_name"]),
        '<meta property="og:url" content="%s">' % esc(page["url"]),
        '<meta property="og:description" content="%s">' % esc(page["summary"]),
    ]
    if page["image"]:
        lines.append('<meta property="og:image" content="https://%s%s">' % (page["domain"], page["image"]["src"]))
    lines.append('<meta property="article:published_time" content="%s">' % page["date"])
    lines.append(extra)
    return "\n".join(l for l in lines if l)


def render_kl(page, items):
    t = esc(page["title"])
    if page["charset"] == "windows-1256":
        cs = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    else:
        cs = '<meta charset="utf-8">'
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page["title"],
        "description": page["summary"],
        "datePublished": page["date"],
        "dateModified": page["date"],
        "author": {"@type": "Person", "name": page["byline"]},
        "publisher": {"@type": "Organization", "name": "Kabul Ledger",
                      "logo": {"@type": "ImageObject", "url": "https://kabul-ledger.example.org/static/logo.png"}},
        "mainEntityOfPage": page["url"],
        "url": page["url"],
    }
    if page["image"]:
        ld["image"] = "https://%s%s" % (page["domain"], page["image"]["src"])
    if page["original_url"]:
        ld["isBasedOn"] = page["original_url"]
    ldjs = json.dumps(ld, indent=2, ensure_ascii=True)
    latest = "\n".join('<li><a href="%s">%s</a></li>' % (esc(href_for(x, page)), esc(x["title"])) for x in latest_for(page, items))
    related = "\n".join('<li><a href="%s">%s</a> <span class="rel-src">%s</span></li>' % (esc(href_for(x, page)), esc(x["title"]), esc(x["outlet_name"])) for x in related_for(page, items))
    com = "\n".join(
        '<li class="comment"><p class="comment-author">%s</p><p class="comment-date">%s</p><p class="comment-text">%s</p></li>'
        % (esc(n), page["dt"].strftime("%d %b %Y"), esc(c)) for n, c in comments_for(page))
    fig = ""
    if page["image"]:
        im = page["image"]
        fig = ('<figure class="lead-image"><img src="%s" alt="%s" width="960" height="540">'
               '<figcaption>%s <span class="credit">%s</span></figcaption></figure>'
               % (esc(im["src"]), esc(im["alt"]), esc(im["caption"]), esc(im["credit"])))
    credit = '<p class="source-note">%s</p>' % page["credit_html"] if page["credit_html"] else ""
    body = body_html(page, first_prefix='<span class="dateline">%s</span> &mdash; ' % esc(page["place"]))
    share_url = esc(page["url"])
    tags = ", ".join('<a href="/tag/%s">%s</a>' % (x, x.replace("-", " ")) for x in page["tags"][1:])
    return """<!DOCTYPE html>
<html lang="en">
<head>
%(cs)s
<title>%(t)s | Kabul Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
%(og)s
<script type="application/ld+json">
%(ld)s
</script>
<link rel="stylesheet" href="/static/css/ledger.css">
</head>
<body class="kl-body">
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie consent">
<p>We use cookies to understand how readers use the Kabul Ledger and to keep you signed in. You can accept all cookies or choose which ones to allow. <a href="/privacy">Read our privacy policy</a>.</p>
<button type="button" class="btn-accept">Accept all</button> <button type="button" class="btn-manage">Manage preferences</button>
</div>
<header class="site-header">
<div class="brand"><a href="/" class="logo">Kabul Ledger</a> <span class="tagline">Independent reporting from Afghanistan and its neighbours</span></div>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/afghanistan/">Afghanistan</a></li>
<li><a href="/region/">Region</a></li>
<li><a href="/economy/">Economy</a></li>
<li><a href="/opinion/">Opinion</a></li>
<li><a href="/dari/">Dari edition</a></li>
<li><a href="/archive/">Archive</a></li>
</ul>
</nav>
<form class="site-search" action="/search"><input type="search" name="q" placeholder="Search the Ledger"><button type="submit">Search</button></form>
</header>
<main class="layout">
<ol class="breadcrumb">
<li><a href="/">Home</a></li>
<li><a href="/afghanistan/">Afghanistan</a></li>
<li aria-current="page">%(t)s</li>
</ol>
<article class="story" id="story-main">
<header class="story-header">
<p class="kicker">Afghanistan</p>
<h1 class="story-title">%(t)s</h1>
<p class="standfirst">%(summary)s</p>
<div class="story-meta"><span class="byline">By <a rel="author" href="/authors/%(aslug)s">%(byline)s</a></span> <span class="sep">|</span> <time datetime="%(date)s">%(disp)s</time></div>
<div class="share-tools">
<a class="share-x" href="https://x.example.com/intent/post?url=%(su)s">Share on X: %(t)s</a>
<a class="share-fb" href="https://facebook.example.com/sharer?u=%(su)s">Share on Facebook: %(t)s</a>
<button type="button" class="copy-link" data-url="%(su)s">Copy link</button>
</div>
</header>
%(fig)s
<div class="story-body">
%(body)s
</div>
%(credit)s
<div class="story-tags">Topics: %(tags)s</div>
</article>
<aside class="newsletter-box">
<h3>Get the Ledger Morning Brief</h3>
<p>The day's most important stories from Afghanistan and the region, in your inbox before breakfast.</p>
<form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
</aside>
<section id="comments" class="comments">
<h3>Comments (2)</h3>
<ul class="comment-list">
%(com)s
</ul>
<p><a href="/login?next=%(path)s">Log in to join the discussion</a></p>
</section>
<aside class="sidebar">
<section class="latest-news">
<h3>Latest news</h3>
<ul>
%(latest)s
</ul>
</section>
<section class="related-news">
<h3>Related news</h3>
<ul>
%(related)s
</ul>
</section>
</aside>
</main>
<footer class="site-footer">
<ul class="footer-links">
<li><a href="/about">About us</a></li>
<li><a href="/contact">Contact</a></li>
<li><a href="/corrections">Corrections</a></li>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li>
</ul>
<p class="copyright">&copy; 1996-2026 Kabul Ledger. All rights reserved.</p>
</footer>
</body>
</html>
""" % dict(cs=cs, t=t, og=head_og(page, '<meta property="article:author" content="%s">' % esc(page["byline"])),
           ld=ldjs, summary=esc(page["summary"]), aslug=re.sub(r"[^a-z]+", "-", page["byline"].lower()).strip("-"),
           byline=esc(page["byline"]), date=page["date"], disp=display_date(page["dt"], "KL"), su=share_url,
           fig=fig, body=body, credit=credit, tags=tags, com=com, path=esc(page["path"]), latest=latest, related=related)


def render_gm(page, items):
    t = esc(page["title"])
    sec, secpath = section_from_path(page)
    org = {"@type": "Organization", "@id": "https://gulfmonitor.example.com/#org", "name": "The Gulf Monitor",
           "url": "https://gulfmonitor.example.com/",
           "logo": {"@type": "ImageObject", "url": "https://gulfmonitor.example.com/assets/logo.svg"}}
    webpage = {"@type": "WebPage", "@id": page["url"], "url": page["url"], "name": page["title"] + " | The Gulf Monitor",
               "isPartOf": {"@id": "https://gulfmonitor.example.com/#website"}}
    website = {"@type": "WebSite", "@id": "https://gulfmonitor.example.com/#website", "name": "The Gulf Monitor",
               "publisher": {"@id": "https://gulfmonitor.example.com/#org"}}
    art = {"@type": "NewsArticle", "@id": page["url"] + "#article", "headline": page["title"],
           "description": page["summary"], "datePublished": page["date"], "dateModified": page["date"],
           "author": [{"@type": "Person", "name": page["byline"]}],
           "publisher": {"@id": "https://gulfmonitor.example.com/#org"},
           "mainEntityOfPage": {"@id": page["url"]}, "articleSection": sec, "inLanguage": "en-GB"}
    if page["image"]:
        art["image"] = {"@type": "ImageObject", "url": "https://%s%s" % (page["domain"], page["image"]["src"]),
                        "caption": page["image"]["caption"]}
    crumbs = {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://gulfmonitor.example.com/"},
        {"@type": "ListItem", "position": 2, "name": sec, "item": "https://gulfmonitor.example.com" + secpath},
        {"@type": "ListItem", "position": 3, "name": page["title"]}]}
    ld = json.dumps({"@context": "https://schema.org", "@graph": [org, website, webpage, art, crumbs]}, ensure_ascii=True)
    lat = latest_for(page, items, 5)
    latest = "\n".join('<div class="gm-list-item"><a href="%s">%s</a><div class="gm-list-date">%s</div></div>'
                       % (esc(href_for(x, page)), esc(x["title"]), display_date(x["dt"], "GM")) for x in lat)
    most = "\n".join('<div class="gm-mr-item"><span class="gm-mr-rank">%d</span><a href="%s">%s</a></div>'
                     % (i + 1, esc(href_for(x, page)), esc(x["title"])) for i, x in enumerate(related_for(page, items, 4)))
    com = "\n".join('<div class="gm-comment"><div class="gm-comment-user">%s</div><div class="gm-comment-body">%s</div>'
                    '<div class="gm-comment-actions">Reply &middot; Report</div></div>' % (esc(n), esc(c)) for n, c in comments_for(page))
    media = ""
    if page["image"]:
        im = page["image"]
        media = ('<div class="gm-media"><div class="gm-media-inner"><img src="%s" alt="%s"></div>'
                 '<div class="gm-caption">%s</div><div class="gm-credit">%s</div></div>'
                 % (esc(im["src"]), esc(im["alt"]), esc(im["caption"]), esc(im["credit"])))
    rel = related_for(page, items, 1, earlier_only=True)
    inline = ""
    if rel:
        inline = ('<div class="gm-inline-related"><span class="gm-inline-label">Read also:</span> <a href="%s">%s</a></div>'
                  '\n<div class="gm-ad-slot" data-slot="mid-article">Advertisement</div>'
                  % (esc(href_for(rel[0], page)), esc(rel[0]["title"])))
    body = body_html(page, wrap=lambda p: '<div class="gm-text">%s</div>' % p,
                     first_prefix="<strong>%s:</strong> " % esc(page["place"]), inline=inline)
    credit = '<div class="gm-text gm-source"><p><em>%s</em></p></div>' % page["credit_html"] if page["credit_html"] else ""
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s | The Gulf Monitor</title>
%(og)s
<script type="application/ld+json">%(ld)s</script>
<link rel="stylesheet" href="/assets/gm.min.css">
</head>
<body>
<div id="gm-root">
<div class="gm-consent-overlay" id="gm-consent">
<div class="gm-consent-box">
<div class="gm-consent-title">Your privacy</div>
<div class="gm-consent-text">The Gulf Monitor and its partners use cookies and similar technologies to personalise content and advertising and to analyse traffic. Choose &quot;Accept&quot; to consent or &quot;Settings&quot; to manage your choices.</div>
<div class="gm-consent-buttons"><span class="gm-btn" role="button">Accept</span><span class="gm-btn" role="button">Reject</span><span class="gm-btn" role="button">Settings</span></div>
</div>
</div>
<div class="gm-masthead">
<div class="gm-logo"><a href="/">The Gulf Monitor</a></div>
<div class="gm-menu">
<a href="/news/">News</a>
<a href="/news/iran/">Iran</a>
<a href="/news/afghanistan/">Afghanistan</a>
<a href="/news/gulf/">Gulf</a>
<a href="/business/">Business</a>
<a href="/opinion/">Opinion</a>
<a href="/video/">Video</a>
</div>
<div class="gm-account"><a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
</div>
<div class="gm-page">
<div class="gm-crumbs"><a href="/">Home</a> &raquo; <a href="/news/">News</a> &raquo; <a href="%(secpath)s">%(sec)s</a> &raquo; <span class="gm-crumb-current">%(t)s</span></div>
<div class="gm-columns">
<div class="gm-main">
<div class="gm-article-head">
<div class="gm-section-label">%(sec)s</div>
<h1 class="gm-title">%(t)s</h1>
<div class="gm-summary">%(summary)s</div>
<div class="gm-byline-row">
<div class="gm-author">By <a href="/author/%(aslug)s">%(byline)s</a></div>
<div class="gm-date">Published: %(disp)s</div>
</div>
<div class="gm-share">
<a class="gm-share-x" href="https://x.example.com/intent/post?url=%(su)s">Share on X</a>
<a class="gm-share-fb" href="https://facebook.example.com/sharer?u=%(su)s">Share on Facebook</a>
<a class="gm-share-wa" href="https://wa.example.com/send?text=%(su)s">Share on WhatsApp</a>
<span class="gm-copy" data-url="%(su)s">Copy link</span>
</div>
</div>
%(media)s
<div class="gm-article-body">
%(body)s
%(credit)s
</div>
<div class="gm-newsletter">
<div class="gm-nl-title">Sign up for Monitor Daily</div>
<div class="gm-nl-text">Our editors' pick of the most important news from the Gulf, Iran and South Asia, every weekday morning.</div>
<div class="gm-nl-form"><input type="email" placeholder="Enter your email"><span class="gm-btn">Subscribe</span></div>
</div>
<div class="gm-comments">
<div class="gm-block-title">Reader comments</div>
%(com)s
<div class="gm-comments-note">Comments are moderated. Please read our community guidelines.</div>
</div>
</div>
<div class="gm-side">
<div class="gm-most-read">
<div class="gm-block-title">Most read</div>
%(most)s
</div>
<div class="gm-latest">
<div class="gm-block-title">Latest news</div>
%(latest)s
</div>
<div class="gm-ad-slot" data-slot="sidebar">Advertisement</div>
</div>
</div>
</div>
<div class="gm-footer">
<div class="gm-footer-links"><a href="/about">About</a> <a href="/contact">Contact us</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy notice</a> <a href="/cookies">Cookie policy</a> <a href="/terms">Terms</a></div>
<div class="gm-copyright">Copyright &copy; 2026 Gulf Monitor Media. All rights reserved.</div>
</div>
</div>
</body>
</html>
""" % dict(t=t, og=head_og(page, '<meta property="article:modified_time" content="%s">\n<meta property="article:section" content="%s">' % (page["date"], sec)),
           ld=ld, sec=sec, secpath=secpath, summary=esc(page["summary"]),
           aslug=re.sub(r"[^a-z]+", "-", page["byline"].lower()).strip("-"), byline=esc(page["byline"]),
           disp=display_date(page["dt"], "GM"), su=esc(page["url"]), media=media, body=body, credit=credit,
           com=com, most=most, latest=latest)


def render_fr(page, items):
    t = esc(page["title"])
    sec, secpath = section_from_path(page)
    cs = '<meta charset="windows-1252">' if page["charset"] == "windows-1252" else '<meta charset="utf-8">'
    latest = "\n".join('<li><a href="%s">%s</a> <time datetime="%s">%s</time></li>'
                       % (esc(href_for(x, page)), esc(x["title"]), x["date"][:10], x["dt"].strftime("%d.%m.%Y"))
                       for x in latest_for(page, items))
    related = "\n".join('<li><a href="%s">%s</a></li>' % (esc(href_for(x, page)), esc(x["title"])) for x in related_for(page, items))
    com = "\n".join('<div class="fr-response"><h4>%s</h4><p>%s</p></div>' % (esc(n), esc(c)) for n, c in comments_for(page))
    fig = ""
    if page["image"]:
        im = page["image"]
        fig = ('<figure class="fr-figure" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
               '<img itemprop="url" src="%s" alt="%s"><figcaption><span itemprop="caption">%s</span> '
               '<small class="fr-photo-credit">Photo: %s</small></figcaption></figure>'
               % (esc(im["src"]), esc(im["alt"]), esc(im["caption"]), esc(im["credit"])))
    body = body_html(page, first_prefix="<b>%s</b> &ndash; " % esc(page["place"]))
    credit = '<p class="fr-origin">%s</p>' % page["credit_html"] if page["credit_html"] else ""
    return """<!DOCTYPE html>
<html lang="en">
<head>
%(cs)s
<title>%(t)s | Frontier Review</title>
%(og)s
<meta name="author" content="%(byline)s">
<link rel="stylesheet" href="/css/review.css">
</head>
<body class="fr-site">
<div class="fr-cookiebar" id="cookiebar">
<p>This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">Find out more</a></p>
<button class="fr-cookie-ok">OK, got it</button>
</div>
<header id="fr-header">
<a class="fr-logo" href="/">Frontier Review</a>
<span class="fr-motto">Analysis and reporting on South and Central Asia</span>
<nav id="fr-nav">
<a href="/asia/">Asia</a> | <a href="/asia/afghanistan/">Afghanistan</a> | <a href="/asia/iran/">Iran</a> | <a href="/analysis/">Analysis</a> | <a href="/podcasts/">Podcasts</a> | <a href="/archive/">Archive</a> | <a href="/support/">Support us</a>
</nav>
</header>
<nav class="fr-breadcrumbs" aria-label="Breadcrumb"><a href="/">Frontier Review</a> / <a href="%(secpath)s">%(sec)s</a> / <span>%(t)s</span></nav>
<div class="fr-container">
<article class="fr-article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="%(url)s">
<meta itemprop="url" content="%(url)s">
<h1 class="fr-headline" itemprop="headline">%(t)s</h1>
<p class="fr-dek" itemprop="description">%(summary)s</p>
<div class="fr-meta">
<span class="fr-author" itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">%(byline)s</span></span>
<span class="fr-dot">&middot;</span>
<time itemprop="datePublished" datetime="%(date)s">%(disp)s</time>
<meta itemprop="dateModified" content="%(date)s">
</div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Frontier Review"><meta itemprop="url" content="https://frontier-review.example.net/"></div>
<ul class="fr-share">
<li><a href="https://x.example.com/intent/post?url=%(url)s">Share on X</a></li>
<li><a href="https://facebook.example.com/sharer?u=%(url)s">Share on Facebook</a></li>
<li><a href="#" class="fr-copy" data-clipboard="%(url)s">Copy link</a></li>
</ul>
%(fig)s
<div class="fr-body" itemprop="articleBody">
%(body)s
%(credit)s
</div>
</article>
<aside class="fr-rail">
<section class="fr-newsletter">
<h2>The Frontier Brief</h2>
<p>A weekly newsletter of analysis from our correspondents. Free, and you can unsubscribe at any time.</p>
<form action="/subscribe"><label>Email <input type="email" name="e"></label> <button>Subscribe</button></form>
</section>
<section class="fr-latest">
<h2>Latest from the Review</h2>
<ul>
%(latest)s
</ul>
</section>
<section class="fr-related">
<h2>Related coverage</h2>
<ul>
%(related)s
</ul>
</section>
</aside>
<section class="fr-comments">
<h2>Reader responses</h2>
%(com)s
<p class="fr-comments-closed">Responses are closed for this article.</p>
</section>
</div>
<footer id="fr-footer">
<p><a href="/about/">About the Review</a> &middot; <a href="/contributors/">Contributors</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/contact/">Contact</a></p>
<p>&copy; 2026 Frontier Review. Registered charity. All rights reserved.</p>
</footer>
</body>
</html>
""" % dict(cs=cs, t=t, og=head_og(page), byline=esc(page["byline"]), sec=sec, secpath=secpath,
           url=esc(page["url"]), summary=esc(page["summary"]), date=page["date"],
           disp=display_date(page["dt"], "FR"), fig=fig, body=body, credit=credit,
           latest=latest, related=related, com=com)


def render_nw(page, items):
    t = esc(page["title"])
    if page["special"] == "nometa":
        head = "<title>%s | Newswire</title>" % t
    else:
        head = '<meta charset="utf-8">\n<title>%s | Newswire</title>\n%s' % (t, head_og(page))
    latest = "\n".join('<li><a href="%s">%s</a></li>' % (esc(href_for(x, page)), esc(x["title"])) for x in latest_for(page, items))
    related = "\n".join('<li><a href="%s">%s</a></li>' % (esc(href_for(x, page)), esc(x["title"])) for x in related_for(page, items))
    com = "\n".join('<div class="post"><span class="post-user">%s</span> <span class="post-text">%s</span></div>' % (esc(n), esc(c)) for n, c in comments_for(page))
    body = body_html(page, first_prefix="<b>%s</b> - " % esc(wire_dateline(page)))
    credit = '<p class="item-readmore">%s</p>' % page["credit_html"] if page["credit_html"] else ""
    su = esc(page["url"])
    return """<!DOCTYPE html>
<html>
<head>
%(head)s
</head>
<body class="wire">
<div class="consent-strip">Newswire uses cookies for analytics and to remember your settings. <a href="/legal/cookies">Cookie settings</a> <a href="#" class="consent-ok">Accept</a></div>
<div class="masthead">
<a class="wordmark" href="/">NEWSWIRE</a>
<div class="topics"><a href="/world/">World</a> <a href="/world/asia/">Asia</a> <a href="/world/middle-east/">Middle East</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/wire/">Live wire</a></div>
</div>
<div class="crumbs"><a href="/world/">World</a> &gt; <a href="/world/asia/">Asia</a> &gt; %(t)s</div>
<section class="item">
<h1 class="item-headline">%(t)s</h1>
<div class="item-byline">By %(byline)s</div>
<div class="item-time">%(disp)s</div>
<div class="share-row">
<a href="https://x.example.com/intent/post?url=%(su)s">Share on X - %(t)s</a>
<a href="https://facebook.example.com/sharer?u=%(su)s">Share on Facebook - %(t)s</a>
<a href="#" class="copy">Copy link</a>
</div>
<div class="item-text">
%(body)s
%(credit)s
<p class="item-credit">Editing by the Newswire Asia desk</p>
</div>
<div class="trust">Our standards: The Newswire Trust Principles.</div>
</section>
<div class="newsletter-cta"><strong>Newswire Daily Briefing</strong> - sign up for the top stories of the day. <a href="/newsletters">Sign up</a></div>
<div class="wire-latest"><h4>Latest news</h4><ul>
%(latest)s
</ul></div>
<div class="wire-related"><h4>Related news</h4><ul>
%(related)s
</ul></div>
<div class="discussion"><h4>Discussion</h4>
%(com)s
</div>
<div class="wire-footer"><a href="/about">About Newswire</a> | <a href="/contact">Contact</a> | <a href="/legal/terms">Terms</a> | <a href="/legal/privacy">Privacy</a><br>All quotes delayed a minimum of 15 minutes. &copy; 2026 Newswire. All rights reserved.</div>
</body>
</html>
""" % dict(head=head, t=t, byline=esc(page["byline"]), disp=display_date(page["dt"], "NW"), su=su,
           body=body, credit=credit, latest=latest, related=related, com=com)


RENDER = {"KL": render_kl, "GM": render_gm, "FR": render_fr, "NW": render_nw}

# ---------------------------------------------------------------- feeds


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def plain_body(page):
    return "\n".join(b for b in page["blocks"])


def feed_kl(items):
    sel = sorted([x for x in items if x["outlet"] == "KL"], key=lambda x: x["dt"], reverse=True)[:12]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>',
           '<title>Kabul Ledger</title>',
           '<link>https://kabul-ledger.example.org/</link>',
           '<description>Independent reporting from Afghanistan and its neighbours</description>',
           '<language>en</language>',
           '<atom:link href="https://kabul-ledger.example.org/feed.xml" rel="self" type="application/rss+xml"/>',
           '<lastBuildDate>%s</lastBuildDate>' % rfc822(sel[0]["dt"])]
    for x in sel:
        content = "\n".join(("<p>%s</p>" % b) if not b.startswith("<") else b for b in x["blocks"])
        if x["credit_html"]:
            content += "\n<p>%s</p>" % x["credit_html"]
        out += ['<item>',
                '<title>%s</title>' % esc(x["title"]),
                '<link>%s</link>' % esc(x["url"]),
                '<guid isPermaLink="true">%s</guid>' % esc(x["url"]),
                '<pubDate>%s</pubDate>' % rfc822(x["dt"]),
                '<dc:creator>%s</dc:creator>' % esc(x["byline"]),
                '<description>%s</description>' % esc(x["summary"]),
                '<content:encoded><![CDATA[%s]]></content:encoded>' % content.replace("]]>", "]]]]><![CDATA[>"),
                '</item>']
    out += ['</channel>', '</rss>', '']
    return "\n".join(out)


def feed_gm(items):
    sel = sorted([x for x in items if x["outlet"] == "GM"], key=lambda x: x["dt"], reverse=True)[:12]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
           '<title>The Gulf Monitor - Iran and Afghanistan</title>',
           '<subtitle>News from the Gulf, Iran and South Asia</subtitle>',
           '<id>https://gulfmonitor.example.com/feeds/atom.xml</id>',
           '<link rel="self" type="application/atom+xml" href="https://gulfmonitor.example.com/feeds/atom.xml"/>',
           '<link rel="alternate" type="text/html" href="https://gulfmonitor.example.com/"/>',
           '<updated>%s</updated>' % sel[0]["date"],
           '<author><name>The Gulf Monitor</name></author>']
    for x in sel:
        out += ['<entry>',
                '<title>%s</title>' % esc(x["title"]),
                '<link rel="alternate" type="text/html" href="%s"/>' % esc(x["url"]),
                '<id>%s</id>' % esc(x["url"]),
                '<published>%s</published>' % x["date"],
                '<updated>%s</updated>' % x["date"],
                '<author><name>%s</name></author>' % esc(x["byline"]),
                '<summary type="text">%s</summary>' % esc(x["summary"]),
                '</entry>']
    out += ['</feed>', '']
    return "\n".join(out)


def feed_fr(items):
    sel = sorted([x for x in items if x["outlet"] == "FR"], key=lambda x: x["dt"], reverse=True)[:12]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://frontier-review.example.net/feeds/rss.rdf">',
           '<title>Frontier Review</title>',
           '<link>https://frontier-review.example.net/</link>',
           '<description>Analysis and reporting on South and Central Asia</description>',
           '<dc:language>en</dc:language>',
           '<dc:date>%s</dc:date>' % sel[0]["date"],
           '<items>', '<rdf:Seq>']
    out += ['<rdf:li rdf:resource="%s"/>' % esc(x["url"]) for x in sel]
    out += ['</rdf:Seq>', '</items>', '</channel>']
    for x in sel:
        out += ['<item rdf:about="%s">' % esc(x["url"]),
                '<title>%s</title>' % esc(x["title"]),
                '<link>%s</link>' % esc(x["url"]),
                '<description>%s</description>' % esc(x["summary"]),
                '<dc:date>%s</dc:date>' % x["date"],
                '<dc:creator>%s</dc:creator>' % esc(x["byline"]),
                '<dc:subject>%s</dc:subject>' % esc(", ".join(x["tags"][1:])),
                '</item>']
    out += ['</rdf:RDF>', '']
    return "\n".join(out)


# ---------------------------------------------------------------- main

def main():
    items = build_items()
    urls = set()
    for it in items:
        assert it["url"] not in urls, it["url"]
        urls.add(it["url"])
    rows = []
    for it in sorted(items, key=lambda x: (x["domain"], x["dt"])):
        html_text = RENDER[it["outlet"]](it, items)
        path = os.path.join(DEMO, it["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        cs = it["charset"]
        if cs in ("windows-1252", "windows-1256"):
            tmp = path + ".utf8.tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(html_text)
            with open(path, "wb") as out:
                subprocess.run(["iconv", "-f", "UTF-8", "-t", cs.upper()], stdin=open(tmp, "rb"), stdout=out, check=True)
            os.remove(tmp)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(html_text)
        manifest_cs = "none" if it["special"] == "nometa" else cs
        rows.append([it["file"], it["url"], it["outlet_name"], it["date"], it["title"], it["story"],
                     it["original_url"], manifest_cs])
    with open(os.path.join(DEMO, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(["file", "url", "outlet", "published", "title", "story", "original_url", "charset"]) + "\n")
        for r in rows:
            assert not any("\t" in c or "\n" in c for c in r)
            f.write("\t".join(r) + "\n")
    os.makedirs(os.path.join(DEMO, "feeds"), exist_ok=True)
    for name, fn in (("kabul-ledger-rss2.xml", feed_kl), ("gulfmonitor-atom.xml", feed_gm),
                     ("frontier-review-rss1.rdf.xml", feed_fr)):
        with open(os.path.join(DEMO, "feeds", name), "w", encoding="utf-8", newline="\n") as f:
            f.write(fn(items))
    for it in items:
        wc = word_count(it)
        flag = "" if 250 <= wc <= 700 else "  <-- OUT OF RANGE"
        print("%-70s %4d words%s" % (it["file"], wc, flag))
    print("pages:", len(items))


if __name__ == "__main__":
    main()
