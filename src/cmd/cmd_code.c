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
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <zlib.h>

#include "analyse/coder.h"
#include "analyse/dict.h"
#include "analyse/lexicon.h"
#include "cmd/cmd.h"
#include "cmd/parse-options.h"
#include "util/buf.h"
#include "util/escape.h"
#include "util/file.h"

#include "util/banned.h"

#define CODE_INPUT_CAP (1u << 30)  /* plain text: one document, read whole */
#define CODE_LINE_CAP  (64u << 20) /* JSON Lines: one record; a longer one is skipped */
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

/*
 * Take the repeatable dictionary options out of argv before parse_options.
 * Returns the arguments left, or -i when argv[i] is one without its file.
 */
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
				if (i + 1 >= argc)
					return -i; /* argv[i] wants a value */
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
	fflush(stdout); /* a stream in, a stream out: each record as it is coded */
	r->records++;
	return 0;
}

/*
 * Input, read with read(2) so that a line is coded as soon as it arrives
 * on a pipe, gzip (told by its magic bytes, whatever the name) inflated as
 * it comes, and JSON Lines taken one line at a time: memory stays that of
 * the longest line, whatever the size of the input.
 */
struct input {
	int fd;
	int gz, gz_end; /* gzip input; its stream ended */
	int eof;
	int nl; /* the last line read ended with a newline */
	z_stream z;
	unsigned char raw[65536];
	char out[65536];
	size_t pos, len; /* unread bytes of out */
};

static MUST_CHECK int input_open(struct input *in, const char *path, struct error *err)
{
	memset(in, 0, sizeof(*in));
	in->fd = strcmp(path, "-") ? open(path, O_RDONLY) : 0;
	if (in->fd < 0)
		return error_set(err, ERR_IO, "%s", strerror(errno));
	return 0;
}

static void input_close(struct input *in)
{
	if (in->gz)
		inflateEnd(&in->z);
	if (in->fd > 0)
		close(in->fd);
}

static ssize_t read_some(int fd, void *p, size_t n)
{
	ssize_t k;
	do
		k = read(fd, p, n);
	while (k < 0 && errno == EINTR);
	return k;
}

/* Refill in->out: 1 with bytes, 0 at the end, -1 on an error. */
static MUST_CHECK int input_fill(struct input *in, struct error *err)
{
	in->pos = in->len = 0;
	while (!in->eof) {
		ssize_t k;
		int zr;
		if (!in->gz || !in->z.avail_in) {
			k = read_some(in->fd, in->gz ? in->raw : (unsigned char *)in->out,
				      in->gz ? sizeof(in->raw) : sizeof(in->out));
			if (k < 0)
				return error_set(err, ERR_IO, "%s", strerror(errno));
			if (k == 0) {
				in->eof = 1;
				if (in->gz && !in->gz_end)
					return error_set(err, ERR_PARSE, "gzip data cut short");
				return 0;
			}
			if (!in->gz && !in->z.total_in && !in->gz_end && k >= 2 &&
			    (unsigned char)in->out[0] == 0x1f &&
			    (unsigned char)in->out[1] == 0x8b) {
				/* gzip: inflate from here on */
				memcpy(in->raw, in->out, (size_t)k);
				if (inflateInit2(&in->z, 15 + 32) != Z_OK)
					return error_nomem(err);
				in->gz = 1;
				in->z.next_in = in->raw;
				in->z.avail_in = (uInt)k;
			} else if (!in->gz) {
				in->gz_end = 1; /* plain: never gzip later */
				in->len = (size_t)k;
				return 1;
			} else {
				in->z.next_in = in->raw;
				in->z.avail_in = (uInt)k;
			}
		}
		if (in->gz_end && in->z.avail_in) {
			/* another gzip member follows (as gzip -c a b >c makes) */
			if (inflateReset(&in->z) != Z_OK)
				return error_set(err, ERR_PARSE, "bad gzip data");
			in->gz_end = 0;
		}
		in->z.next_out = (unsigned char *)in->out;
		in->z.avail_out = sizeof(in->out);
		zr = inflate(&in->z, Z_NO_FLUSH);
		if (zr == Z_STREAM_END)
			in->gz_end = 1;
		else if (zr != Z_OK && zr != Z_BUF_ERROR)
			return error_set(err, ERR_PARSE, "bad gzip data: %s",
					 in->z.msg ? in->z.msg : "inflate failed");
		in->len = sizeof(in->out) - in->z.avail_out;
		if (in->len)
			return 1;
	}
	return 0;
}

/*
 * Append the next line (without its newline) to `line`, reset first. 1 for
 * a line, 0 at the end, -1 on a read error, -2 for a line over `cap` bytes
 * (the rest of it is skipped).
 */
static MUST_CHECK int input_line(struct input *in, struct buf *line, size_t cap, struct error *err)
{
	int over = 0, any = 0;

	buf_reset(line);
	in->nl = 0;
	for (;;) {
		const char *p, *nl;
		size_t n;
		int k;
		if (in->pos == in->len) {
			if ((k = input_fill(in, err)) < 0)
				return -1;
			if (!k)
				break;
		}
		any = 1;
		p = in->out + in->pos;
		nl = memchr(p, '\n', in->len - in->pos);
		n = nl ? (size_t)(nl - p) : in->len - in->pos;
		if (over || line->len + n > cap || buf_add(line, p, n) < 0)
			over = 1;
		in->pos += n;
		if (nl) {
			in->pos++;
			in->nl = 1;
			break;
		}
	}
	if (over)
		return -2;
	return any ? 1 : 0;
}

/* Append the rest of the input to `out`, up to its cap. */
static MUST_CHECK int input_rest(struct input *in, struct buf *out, struct error *err)
{
	int k;
	for (;;) {
		if (in->pos < in->len && buf_add(out, in->out + in->pos, in->len - in->pos) < 0)
			return error_set(err, ERR_LIMIT, "larger than %u bytes", CODE_INPUT_CAP);
		if ((k = input_fill(in, err)) <= 0)
			return k;
	}
}

static int blank_only(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
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
	struct buf line;
	struct input in;
	const char *path;
	(void)ctx;
	argc = take_dict_args(argc, argv, dargs, &nd);
	if (argc < 0)
		usage_error(code_usage, "option '%s' needs a value", argv[-argc]);
	argc = parse_options(argc, argv, options, code_usage);
	usage_args(code_usage, argc, argv, 0, 1, NULL);
	path = argc ? argv[0] : "-";
	memset(&r, 0, sizeof(r));
	if (!strcmp(format, "jsonl") || !strcmp(format, "json"))
		r.fmt = CF_JSONL;
	else if (!strcmp(format, "tsv"))
		r.fmt = CF_TSV;
	else if (!strcmp(format, "gdelt"))
		r.fmt = CF_GDELT;
	else {
		usage_error(code_usage, "--format is jsonl, tsv or gdelt, not '%s'", format);
	}
	if (date) {
		struct date_val dv;
		if (date_parse(date, &dv) < 0)
			usage_error(code_usage, "--date: not a date: '%s'", date);
	}
	if (no_defaults && !nd)
		usage_error(code_usage, "--no-defaults leaves no dictionary to code with: give "
					"--actors, --agents, --verbs or --discards files");
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
	/* a header names the columns, as spreadsheets and `csvkit` expect */
	if (r.fmt == CF_TSV)
		fputs("id\tdate\tprecision\tsource\ttarget\tcode\troot\tgoldstein\tquad\tplover\t"
		      "mode\tnegated\tmodality\tsentence\tpattern\tevidence\n",
		      stdout);
	buf_init(&line, 0);
	buf_init(&r.out, 0);
	if (input_open(&in, path, &err) < 0) {
		bad = 1;
		report(path, &err);
	} else {
		struct buf head = BUF_INIT;
		long lineno = 0;
		int k;
		/*
		 * The first line that is not blank tells JSON Lines from plain
		 * text; the blank lines before it are kept for plain text.
		 */
		while ((k = input_line(&in, &line, CODE_INPUT_CAP, &err)) == 1 &&
		       blank_only(line.data, line.len)) {
			lineno++;
			if (buf_add(&head, line.data ? line.data : "", line.len) < 0 ||
			    buf_addch(&head, '\n') < 0) {
				k = -2;
				break;
			}
		}
		lineno++;
		if (k == 1 && line.len && line.data[strspn(line.data, " \t\r")] == '{') {
			do {
				if (k == -2) {
					fprintf(stderr,
						"brief: %s:%ld: longer than %u bytes, skipped\n",
						path, lineno, CODE_LINE_CAP);
					bad = 1;
				} else if (k < 0) {
					report(path, &err);
					bad = 1;
					break;
				} else if (!blank_only(line.data, line.len)) {
					size_t s = strspn(line.data, " \t\r");
					if (jsonl_line(&r, line.data + s, line.len - s, lineno,
						       path))
						bad = 1;
				}
				lineno++;
			} while ((k = input_line(&in, &line, CODE_LINE_CAP, &err)) != 0);
		} else if (k < 0 && k != -2) {
			report(path, &err);
			bad = 1;
		} else if (k == -2) {
			fprintf(stderr, "brief: %s: larger than %u bytes\n", path, CODE_INPUT_CAP);
			bad = 1;
		} else {
			/* plain text: one document, the lines read so far and the rest */
			struct buf doc;
			int e;
			buf_init(&doc, CODE_INPUT_CAP);
			/* (over the cap or out of memory) */
			if ((e = buf_add(&doc, head.data ? head.data : "", head.len)) < 0 ||
			    (e = buf_add(&doc, line.data ? line.data : "", line.len)) < 0 ||
			    (in.nl && (e = buf_addch(&doc, '\n')) < 0)) {
				fprintf(stderr, "brief: %s: %s\n", path,
					error_code_name((enum error_code) - e));
				bad = 1;
			} else if (input_rest(&in, &doc, &err) < 0) {
				report(path, &err);
				bad = 1;
			} else if (emit_record(&r, id ? id : path, doc.data ? doc.data : "",
					       doc.len, date) < 0) {
				bad = 1;
			}
			buf_release(&doc);
		}
		buf_release(&head);
		input_close(&in);
	}
	fflush(stdout);
	buf_release(&line);
	buf_release(&r.out);
	coder_free(r.coder);
	dict_free(d);
	return bad ? EXIT_FAIL : EXIT_OK;
}
