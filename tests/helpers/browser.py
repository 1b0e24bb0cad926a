#!/usr/bin/env python3
"""Loads pages in one headless Chromium and keeps what the tests check.

    browser.py CHROME OUTDIR JOB...

Each JOB is NAME=URL (the rendered DOM goes to OUTDIR/NAME.html) or
NAME=URL@WIDTH,SCHEME (a screenshot, WIDTH px wide and 1600 high, with
prefers-color-scheme SCHEME, light or dark, goes to OUTDIR/NAME.png; the
page's scroll width, document.documentElement.scrollWidth, to
OUTDIR/NAME.width, followed on that line by the elements whose right edge
passes the viewport, for a test to say what overflows).

Consecutive jobs on the same URL share one load: the page is loaded once
and then only the viewport and colour scheme change (the site's pages
have no scripts, so what they lay out depends on nothing else).

One browser does every job, driven through the DevTools protocol on a pipe
(--remote-debugging-pipe: JSON messages ended by a NUL byte, commands on
fd 3, replies and events on fd 4): a launch costs more than all the pages
of a test together. Exits 1 and says why when a page does not load or
the browser does not answer within TIMEOUT seconds.
"""
import base64
import fcntl
import json
import os
import select
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60

# The page's scroll width, then the innermost elements reaching past the
# viewport's right edge (tag.class and their right edge), at most five.
WIDE_JS = """(() => {
  const vw = document.documentElement.clientWidth, out = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right > vw + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > vw + 0.5))
      out.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ?
               '.' + e.className.split(' ').join('.') : '') + ':' + Math.round(r.right));
  }
  return document.documentElement.scrollWidth + ' ' + out.slice(0, 5).join(' ');
})()"""


class Browser:
    def __init__(self, chrome, profile):
        cmd_r, self.cmd_w = os.pipe()
        self.out_r, out_w = os.pipe()

        def child_fds():  # the browser reads commands on fd 3 and writes on fd 4
            r = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(out_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)

        # --single-process: the renderer, GPU and network services run as
        # threads of the browser instead of processes of their own talking
        # over IPC: the same pages, laid out and painted by the same code,
        # for less CPU time
        self.proc = subprocess.Popen(
            [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-extensions", "--hide-scrollbars",
             "--single-process", "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=child_fds)
        os.close(cmd_r)
        os.close(out_w)
        self.next_id = 0
        self.pending = b""
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.out_r], [], [], left)[0]:
                raise RuntimeError("the browser did not answer within %d s" % TIMEOUT)
            chunk = os.read(self.out_r, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.pending += chunk
        msg, self.pending = self.pending.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_event(self, method, session):
        deadline = time.monotonic() + TIMEOUT
        while True:
            for i, ev in enumerate(self.events):
                if ev["method"] == method and ev.get("sessionId") == session:
                    del self.events[i]
                    return ev
            self.events.append(self._read_message(deadline))

    def close(self):
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main(argv):
    if len(argv) < 4:
        sys.stderr.write("usage: browser.py CHROME OUTDIR NAME=URL[@WIDTH,SCHEME]...\n")
        return 2
    chrome, outdir, jobs = argv[1], argv[2], argv[3:]
    with tempfile.TemporaryDirectory() as profile:
        b = Browser(chrome, profile)
        try:
            target = b.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            s = b.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            b.call("Page.enable", session=s)
            loaded = None
            for job in jobs:
                name, url = job.split("=", 1)
                width, scheme = 1280, "light"
                shot = "@" in url
                if shot:
                    url, how = url.rsplit("@", 1)
                    w, scheme = how.split(",")
                    width = int(w)
                b.call("Emulation.setDeviceMetricsOverride",
                       {"width": width, "height": 1600, "deviceScaleFactor": 1, "mobile": False}, s)
                b.call("Emulation.setEmulatedMedia",
                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]}, s)
                if url != loaded:
                    b.events = [e for e in b.events if e["method"] != "Page.loadEventFired"]
                    nav = b.call("Page.navigate", {"url": url}, s)
                    if nav.get("errorText"):
                        raise RuntimeError("%s: %s" % (url, nav["errorText"]))
                    b.wait_event("Page.loadEventFired", s)
                    loaded = url
                if shot:
                    # measuring first lays the page out for the new viewport
                    wide = b.call("Runtime.evaluate", {"expression": WIDE_JS, "returnByValue": True}, s)
                    with open(os.path.join(outdir, name + ".width"), "w", encoding="utf-8") as f:
                        f.write(wide["result"]["value"] + "\n")
                    # optimizeForSpeed: PNG compressed faster, the same pixels in a
                    # larger file (the encoding was most of a screenshot's CPU time)
                    png = b.call("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True},
                                 s)["data"]
                    with open(os.path.join(outdir, name + ".png"), "wb") as f:
                        f.write(base64.b64decode(png))
                else:
                    dom = b.call("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                                      "returnByValue": True}, s)
                    with open(os.path.join(outdir, name + ".html"), "w", encoding="utf-8") as f:
                        f.write(dom["result"]["value"])
        except (RuntimeError, KeyError, ValueError) as e:
            sys.stderr.write("browser.py: %s\n" % e)
            return 1
        finally:
            b.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
