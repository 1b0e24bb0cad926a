/*
 * coder_format.c: an article's headline and text as one document to code;
 * events as JSON, TSV and GDELT 2.0 rows.
 */
#include "analyse/coder.h"

#include <stdio.h>
#include <string.h>

#include "util/escape.h"

#include "util/banned.h"

int coder_article_doc(struct buf *out, const char *title, const char *text)
{
	size_t a = 0, z, i, t0;
	int r = 0;
	if (!text)
		text = "";
	if (title) {
		z = strlen(title);
		while (a < z && (unsigned char)title[a] <= ' ')
			a++;
		while (z > a && (unsigned char)title[z - 1] <= ' ')
			z--;
		for (t0 = 0; text[t0] && (unsigned char)text[t0] <= ' '; t0++)
			;
		if (z > a && strncmp(text + t0, title + a, z - a) != 0) {
			for (i = a; i < z && !r; i++)
				r = buf_addch(out, (unsigned char)title[i] < ' ' ? ' ' : title[i]);
			r = r ? r : buf_adds(out, "\n\n");
		}
	}
	return r ? r : buf_adds(out, text);
}

static int jkey(struct buf *out, const char *k, const char *v, int comma)
{
	int r = buf_addf(out, "%s\"%s\":", comma ? "," : "", k);
	return r ? r : json_escape(out, v ? v : "", v ? strlen(v) : 0);
}

int event_to_json(struct buf *out, const struct event *e, const char *text)
{
	char date[16];
	int r;
	date_format(&e->date, date, sizeof(date));
	r = buf_addch(out, '{');
	r = r ? r : jkey(out, "source", e->source, 0);
	r = r ? r : jkey(out, "source_text", e->source_text, 1);
	r = r ? r : jkey(out, "target", e->target, 1);
	r = r ? r : jkey(out, "target_text", e->target_text, 1);
	r = r ? r : jkey(out, "code", e->code, 1);
	r = r ? r : jkey(out, "root", e->root, 1);
	r = r ? r : buf_addf(out, ",\"goldstein\":%.1f,\"quad\":%d", e->goldstein, e->quad);
	r = r ? r : jkey(out, "plover", e->plover, 1);
	r = r ? r : jkey(out, "mode", e->mode, 1);
	r = r ? r : jkey(out, "date", date, 1);
	if (!r && e->date.y2) {
		char end[16];
		snprintf(end, sizeof(end), "%04d", e->date.y2);
		r = jkey(out, "date_end", end, 1);
	}
	r = r ? r : jkey(out, "date_precision", date_prec_name(e->date.prec), 1);
	r = r ? r : buf_addf(out, ",\"negated\":%s", e->negated ? "true" : "false");
	r = r ? r : jkey(out, "modality", modality_name(e->modality), 1);
	r = r ? r : buf_addf(out, ",\"sentence\":%u,\"evidence\":", e->sentence);
	r = r ? r : json_escape(out, text + e->s_off, e->s_len);
	r = r ? r : buf_adds(out, ",\"verb\":");
	r = r ? r : json_escape(out, text + e->v_off, e->v_len);
	r = r ? r : jkey(out, "pattern", e->pattern, 1);
	return r ? r : buf_addch(out, '}');
}

/* a field for TSV and GDELT: tabs and line breaks become spaces */
static int field(struct buf *out, const char *s, size_t n)
{
	size_t i;
	int r = 0;
	for (i = 0; i < n && !r; i++) {
		char ch = s[i];
		r = buf_addch(out, ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
	}
	return r;
}

int event_to_tsv(struct buf *out, const char *id, const struct event *e, const char *text)
{
	char date[16];
	int r;
	date_format(&e->date, date, sizeof(date));
	r = field(out, id ? id : "", id ? strlen(id) : 0);
	r = r ? r
	      : buf_addf(out, "\t%s\t%s\t%s\t%s\t%s\t%s\t%.1f\t%d\t%s\t%s\t%d\t%s\t%u\t", date,
			 date_prec_name(e->date.prec), e->source, e->target, e->code, e->root,
			 e->goldstein, e->quad, e->plover, e->mode, e->negated,
			 modality_name(e->modality), e->sentence);
	r = r ? r : field(out, e->pattern ? e->pattern : "", e->pattern ? strlen(e->pattern) : 0);
	r = r ? r : buf_addch(out, '\t');
	r = r ? r : field(out, text + e->s_off, e->s_len);
	return r ? r : buf_addch(out, '\n');
}

/* ---- GDELT ---- */

static const char *const type_codes[] = {
	"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
	"DEV", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "REF", "REL", "SET", "MOD", "RAD", "AGR",
	"INS", "SEP", "UAF", "IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "PKO", "FRM",
};
static const char *const religion_codes[] = { "MUS", "CHR", "JEW", "HIN", "BUD",
					      "SHI", "SUN", "CTH", "PRO", "ORT" };

static int in_list(const char *b, const char *const *list, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strncmp(b, list[i], 3))
			return 1;
	return 0;
}

/* Actor: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1-3 */
static int gdelt_actor(struct buf *out, const char *code, const char *name)
{
	char country[4] = "", group[4] = "", rel[2][4] = { "", "" }, type[3][4] = { "", "", "" };
	size_t n = strlen(code), i;
	int nt = 0, nr = 0, r;
	for (i = 0; i + 3 <= n; i += 3) {
		char b[4];
		memcpy(b, code + i, 3);
		b[3] = 0;
		if (in_list(b, type_codes, sizeof(type_codes) / sizeof(type_codes[0]))) {
			if (nt < 3)
				memcpy(type[nt++], b, 4);
		} else if (in_list(b, religion_codes,
				   sizeof(religion_codes) / sizeof(religion_codes[0]))) {
			if (nr < 2)
				memcpy(rel[nr++], b, 4);
		} else if (i == 0) {
			memcpy(country, b, 4);
		} else if (!group[0]) {
			memcpy(group, b, 4);
		}
	}
	r = buf_addf(out, "%s\t", code);
	r = r ? r : field(out, name ? name : "", name ? strlen(name) : 0);
	return r ? r
		 : buf_addf(out, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", country, group, rel[0], rel[1],
			    type[0], type[1], type[2]);
}

int event_to_gdelt(struct buf *out, long long global_id, const struct event *e, const char *added,
		   const char *url)
{
	int y = e->date.y, m = e->date.m ? e->date.m : 1, d = e->date.d ? e->date.d : 1, r;
	char base[4], root[3];
	snprintf(base, sizeof(base), "%.3s", e->code);
	snprintf(root, sizeof(root), "%.2s", e->code);
	r = buf_addf(out, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", global_id, y, m, d, y, m, y,
		     y + ((m - 1) * 30.42 + d) / 365.0);
	r = r ? r : gdelt_actor(out, e->source, e->source_text);
	r = r ? r : gdelt_actor(out, e->target, e->target_text);
	r = r ? r
	      : buf_addf(out, "1\t%s\t%s\t%s\t%d\t%.1f\t1\t1\t1\t0\t", e->code, base, root, e->quad,
			 e->goldstein);
	/* three empty geography blocks of 8 columns */
	r = r ? r : buf_adds(out, "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t");
	r = r ? r : buf_addf(out, "%s\t", added ? added : "");
	r = r ? r : field(out, url ? url : "", url ? strlen(url) : 0);
	return r ? r : buf_addch(out, '\n');
}
