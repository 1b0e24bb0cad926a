// Run Readability.js (@mozilla/readability on linkedom) over the extraction
// dev set and write {"<id>": "<text>"} to stdout, for
// `build/bench/extract --score`. Needs `npm install @mozilla/readability
// linkedom` in bench/ (node_modules is git-ignored).
//
// usage: node bench/extract-ref/readability_js.mjs [DIR]
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(new URL("../package.json", import.meta.url));
let Readability, parseHTML;
try {
	({ Readability } = require("@mozilla/readability"));
	({ parseHTML } = require("linkedom"));
} catch (e) {
	process.stderr.write("Readability.js not installed (cd bench && npm install @mozilla/readability linkedom): skipped\n");
	process.exit(3);
}

const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "TD", "TH", "BR", "SECTION", "ARTICLE", "UL", "OL", "TABLE"]);
function textOf(node, out) {
	for (const c of node.childNodes) {
		if (c.nodeType === 3) out.push(c.textContent);
		else if (c.nodeType === 1) {
			const b = BLOCKS.has(c.tagName);
			if (b) out.push("\n\n");
			textOf(c, out);
			if (b) out.push("\n\n");
		}
	}
	return out;
}

const dir = process.argv[2] || "../shared/bench/extraction";
const gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
const res = {};
let t = 0;
for (const id of Object.keys(gt)) {
	const html = gunzipSync(readFileSync(join(dir, "html", id + ".html.gz"))).toString("utf8");
	const t0 = performance.now();
	try {
		const { document } = parseHTML(html);
		const art = new Readability(document).parse();
		let text = "";
		if (art && art.content) {
			const { document: d2 } = parseHTML("<html><body>" + art.content + "</body></html>");
			text = textOf(d2.body, []).join("").split("\n\n").map((s) => s.trim()).filter(Boolean).join("\n\n");
		}
		res[id] = text;
	} catch (e) {
		res[id] = "";
	}
	t += performance.now() - t0;
}
process.stderr.write(`Readability.js: ${Object.keys(res).length} pages, ${(Object.keys(res).length / (t / 1000)).toFixed(0)} pages/s\n`);
process.stdout.write(JSON.stringify(res));
