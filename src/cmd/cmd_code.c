/*
 * brief code: code events in text (see docs/code.md).
 *
 *   brief code [--format jsonl|tsv|gdelt] [--actors F] [--agents F] [--verbs F]
 *              [--discards F] [--no-defaults] [--date D] [--id ID] [FILE|-]
 *
 * Input is plain text (one document) or JSON Lines {"id","text","date"}
 * (one document per line), told apart by the first character. Output is
 * one JSON line per document, or one TSV/GDELT row per event.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analyse/coder.h"
#include "analyse/dict.h"
#include "analyse/lexicon.h"
#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/file.h"

#include "util/banned.h"

#define CODE_INPUT_CAP (1u << 30)
#define MAX_DICTS      64

static const char *const code_usage[] = {
	"brief code [--format jsonl|tsv|gdelt] [--actors F] [--agents F] [--verbs F] "
	"[--discards F] [--no-defaults] [--date D] [--id ID] [FILE|-]",
	NULL,
};

enum code_format { CF_JSONL, CF_TSV, CF_GDELT };

struct dict_arg {
	enum dict_kind kind;
	const char *path;
};

/* Take the repeatable dictionary options out of argv before parse_options. */
static int take_dict_args(int argc, const char **argv, struct dict_arg *out, size_t *n)
{
	static const struct {
		const char *name;
		enum dict_kind kind;
	} names[] = {
		{ "--actors", DICT_ACTORS },
		{ "--agents", DICT_AGENTS },
		{ "--verbs", DICT_VERBS },
		{ "--discards", DICT_DISCARDS },
	};
	int i, o = 1;
	*n = 0;
	for (i = 1; i < argc; i++) {
		size_t k;
		int taken = 0;
		if (!strcmp(argv[i], "--"))
			break;
		for (k = 0; k < sizeof(names) / sizeof(names[0]) && !taken; k++) {
			size_t l = strlen(names[k].name);
			if (strncmp(argv[i], names[k].name, l))
				continue;
			if (argv[i][l] == '=') {
				if (*n < MAX_DICTS)
					out[(*n)++] =
						(struct dict_arg){ names[k].kind, argv[i] + l + 1 };
				taken = 1;
			} else if (!argv[i][l]) {
				if (i + 1 >= argc) {
					fprintf(stderr, "brief: %s needs a file\n", names[k].name);
					return -1;
				}
				if (*n < MAX_DICTS)
					out[(*n)++] = (struct dict_arg){ names[k].kind, argv[++i] };
				taken = 1;
			}
		}
		if (!taken)
			argv[o++] = argv[i];
	}
	for (; i < argc; i++)
		argv[o++] = argv[i];
	argv[o] = NULL;
	return o;
}

struct run {
	struct coder *coder;
	enum code_format fmt;
	struct buf out;
	long long next_id;
	long records;
};

static int emit_record(struct run *r, const char *id, const char *text, size_t len,
		       const char *date)
{
	struct event_list ev;
	struct error err = { 0 };
	size_t i;
	int rc = 0;
	memset(&ev, 0, sizeof(ev));
	buf_reset(&r->out);
	if (coder_code(r->coder, text, len, date, &ev, &err) < 0) {
		report(id, &err);
		event_list_release(&ev);
		return -1;
	}
	if (r->fmt == CF_JSONL) {
		rc = buf_adds(&r->out, "{\"id\":");
		rc = rc ? rc : json_escape(&r->out, id, strlen(id));
		rc = rc ? rc : buf_adds(&r->out, ",\"events\":[");
		for (i = 0; i < ev.n && !rc; i++) {
			if (i)
				rc = buf_addch(&r->out, ',');
			rc = rc ? rc : event_to_json(&r->out, &ev.v[i], text);
		}
		rc = rc ? rc : buf_adds(&r->out, "]}\n");
	} else {
		char added[32];
		snprintf(added, sizeof(added), "%.8s000000", "");
		if (date) {
			struct date_val dv;
			if (date_parse(date, &dv) == 0)
				snprintf(added, sizeof(added), "%08d000000", (int)date_key(&dv));
		}
		for (i = 0; i < ev.n && !rc; i++) {
			if (r->fmt == CF_TSV)
				rc = event_to_tsv(&r->out, id, &ev.v[i], text);
			else
				rc = event_to_gdelt(&r->out, ++r->next_id, &ev.v[i], added, id);
		}
	}
	event_list_release(&ev);
	if (rc) {
		fprintf(stderr, "brief: %s: output too large\n", id);
		return -1;
	}
	fwrite(r->out.data, 1, r->out.len, stdout);
	r->records++;
	return 0;
}

/* One JSON Lines record; a bad line is reported and skipped. */
static int jsonl_line(struct run *r, const char *line, size_t len, long lineno, const char *name)
{
	json_error_t je;
	json_t *o = json_loadb(line, len, 0, &je), *jid, *jtext, *jdate;
	char idbuf[64];
	const char *id, *text, *date = NULL;
	int rc;
	if (!o || !json_is_object(o)) {
		fprintf(stderr, "brief: %s:%ld: not a JSON object\n", name, lineno);
		json_decref(o);
		return 1;
	}
	jid = json_object_get(o, "id");
	jtext = json_object_get(o, "text");
	jdate = json_object_get(o, "date");
	if (!json_is_string(jtext)) {
		fprintf(stderr, "brief: %s:%ld: no \"text\"\n", name, lineno);
		json_decref(o);
		return 1;
	}
	if (json_is_string(jid)) {
		id = json_string_value(jid);
	} else if (json_is_integer(jid)) {
		snprintf(idbuf, sizeof(idbuf), "%" JSON_INTEGER_FORMAT, json_integer_value(jid));
		id = idbuf;
	} else {
		snprintf(idbuf, sizeof(idbuf), "%ld", lineno);
		id = idbuf;
	}
	if (json_is_string(jdate))
		date = json_string_value(jdate);
	else if (json_is_integer(jdate)) {
		snprintf(idbuf + 32, 32, "%" JSON_INTEGER_FORMAT, json_integer_value(jdate));
		date = idbuf + 32;
	}
	text = json_string_value(jtext);
	rc = emit_record(r, id, text, json_string_length(jtext), date);
	json_decref(o);
	return rc < 0 ? -1 : 0;
}

int cmd_code(int argc, const char **argv, struct cmd_ctx *ctx)
{
	const char *format = "jsonl", *date = NULL, *id = NULL;
	int no_defaults = 0, bad = 0;
	const char *dummy = NULL;
	const struct option options[] = {
		OPT_STRING('f', "format", &format, "FMT", "jsonl (default), tsv or gdelt"),
		OPT_STRING(0, "actors", &dummy, "FILE",
			   "add an actor dictionary (PETRARCH-2 format)"),
		OPT_STRING(0, "agents", &dummy, "FILE", "add an agent (role) dictionary"),
		OPT_STRING(0, "verbs", &dummy, "FILE", "add a verb pattern dictionary"),
		OPT_STRING(0, "discards", &dummy, "FILE", "add a discard list"),
		OPT_BOOL(0, "no-defaults", &no_defaults, "use only the dictionaries given"),
		OPT_STRING(0, "date", &date, "DATE", "publication date of plain text (YYYY-MM-DD)"),
		OPT_STRING(0, "id", &id, "ID", "id of plain text (default: the file name)"),
		OPT_END(),
	};
	struct dict_arg dargs[MAX_DICTS];
	size_t nd = 0, i;
	struct dict *d = NULL;
	struct run r;
	struct error err = { 0 };
	struct buf in;
	const char *path;
	(void)ctx;
	argc = take_dict_args(argc, argv, dargs, &nd);
	if (argc < 0)
		usage_with_options(code_usage, options);
	argc = parse_options(argc, argv, options, code_usage);
	if (argc > 1)
		usage_with_options(code_usage, options);
	path = argc ? argv[0] : "-";
	memset(&r, 0, sizeof(r));
	if (!strcmp(format, "jsonl") || !strcmp(format, "json"))
		r.fmt = CF_JSONL;
	else if (!strcmp(format, "tsv"))
		r.fmt = CF_TSV;
	else if (!strcmp(format, "gdelt"))
		r.fmt = CF_GDELT;
	else {
		fprintf(stderr, "brief: unknown format '%s'\n", format);
		usage_with_options(code_usage, options);
	}
	if (date) {
		struct date_val dv;
		if (date_parse(date, &dv) < 0)
			die("--date: not a date: '%s'", date);
	}
	if (dict_new(&d, &err) < 0)
		return report("code", &err);
	if (!no_defaults) {
		char dir[4096];
		if (lexicon_find_dir(dir, sizeof(dir)) < 0) {
			dict_free(d);
			die("cannot find the dictionaries (data/); set BRIEF_DATA or use "
			    "--no-defaults");
		}
		if (lexicon_load_defaults(d, dir, &err) < 0) {
			dict_free(d);
			return report("dictionaries", &err);
		}
	}
	for (i = 0; i < nd; i++)
		if (dict_load_file(d, dargs[i].kind, dargs[i].path, &err) < 0) {
			dict_free(d);
			return report(dargs[i].path, &err);
		}
	if (coder_new(&r.coder, d, &err) < 0) {
		dict_free(d);
		return report("code", &err);
	}
	buf_init(&in, CODE_INPUT_CAP);
	buf_init(&r.out, 0);
	if (file_read_all(path, CODE_INPUT_CAP, &in, &err) < 0) {
		bad = 1;
		report(path, &err);
	} else {
		size_t k = 0;
		while (k < in.len && (in.data[k] == ' ' || in.data[k] == '\n' ||
				      in.data[k] == '\t' || in.data[k] == '\r'))
			k++;
		if (k < in.len && in.data[k] == '{') {
			long lineno = 0;
			size_t p = 0;
			while (p < in.len) {
				const char *nl = memchr(in.data + p, '\n', in.len - p);
				size_t e = nl ? (size_t)(nl - in.data) : in.len, s = p;
				lineno++;
				p = e + 1;
				while (s < e && (in.data[s] == ' ' || in.data[s] == '\r' ||
						 in.data[s] == '\t'))
					s++;
				if (s == e)
					continue;
				if (jsonl_line(&r, in.data + s, e - s, lineno, path))
					bad = 1;
			}
		} else if (emit_record(&r, id ? id : path, in.data, in.len, date) < 0) {
			bad = 1;
		}
	}
	fflush(stdout);
	buf_release(&in);
	buf_release(&r.out);
	coder_free(r.coder);
	dict_free(d);
	return bad ? EXIT_FAIL : EXIT_OK;
}
