/*
 * warc.c: streaming WARC reader and gzip-per-record WARC writer. See
 * warc.h.
 */
#include "source/warc.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#define ZLIB_CONST /* next_in is const: inflate only reads it */
#include <zlib.h>

#include "util/buf.h"
#include "util/date.h"
#include "util/file.h"
#include "util/sha256.h"

#include "util/banned.h"

#define ZCHUNK      65536
#define MAX_LINE    65536
#define MAX_HEADERS (1u << 20)

/* ---- input: plain or gzip bytes, with resynchronisation ---- */

struct zin {
	FILE *f;
	int own;
	unsigned char raw[ZCHUNK];
	size_t raw_pos, raw_len;
	int raw_eof, io_error;
	int mode; /* 0 undecided, 1 plain, 2 gzip */
	z_stream z;
	int zinit, in_member;
	unsigned char out[ZCHUNK];
	size_t out_pos, out_len;
	/*
	 * Set when corrupt compressed data was skipped; reads then return
	 * nothing until the record reader has noticed and cleared it.
	 */
	int broken;
	uint64_t bytes_in, bytes_out;
};

static int raw_fill(struct zin *in)
{
	size_t n;
	if (in->raw_pos < in->raw_len)
		return 1;
	if (in->raw_eof)
		return 0;
	n = fread(in->raw, 1, sizeof(in->raw), in->f);
	if (n == 0) {
		in->raw_eof = 1;
		if (ferror(in->f))
			in->io_error = errno ? errno : EIO;
		return 0;
	}
	in->raw_pos = 0;
	in->raw_len = n;
	in->bytes_in += n;
	return 1;
}

/* Skip to the next gzip member header after corrupt data. */
static void resync_gzip(struct zin *in)
{
	int state = 0; /* bytes of 1f 8b 08 matched */
	in->broken = 1;
	in->in_member = 0;
	inflateReset(&in->z);
	if (in->raw_pos < in->raw_len)
		in->raw_pos++;
	while (raw_fill(in)) {
		unsigned char c = in->raw[in->raw_pos];
		if ((state == 0 && c == 0x1f) || (state == 1 && c == 0x8b) ||
		    (state == 2 && c == 0x08)) {
			state++;
		} else {
			state = c == 0x1f ? 1 : 0;
		}
		in->raw_pos++;
		if (state == 3) {
			/*
			 * Found; the header bytes may straddle the buffer, so
			 * feed them to inflate by hand before the rest.
			 */
			static const unsigned char magic[3] = { 0x1f, 0x8b, 0x08 };
			unsigned char dummy[1];
			in->z.next_in = magic;
			in->z.avail_in = 3;
			in->z.next_out = dummy;
			in->z.avail_out = 0;
			inflate(&in->z, Z_NO_FLUSH);
			in->in_member = 1;
			return;
		}
	}
}

/* Refill `out`; 0 at the end (or while broken), 1 with data. */
static int zin_fill(struct zin *in)
{
	if (in->out_pos < in->out_len)
		return 1;
	in->out_pos = in->out_len = 0;
	if (in->broken)
		return 0;
	if (in->mode == 0) {
		if (!raw_fill(in))
			return 0;
		if (in->raw_len - in->raw_pos >= 2 && in->raw[in->raw_pos] == 0x1f &&
		    in->raw[in->raw_pos + 1] == 0x8b) {
			memset(&in->z, 0, sizeof(in->z));
			if (inflateInit2(&in->z, 15 + 16) != Z_OK)
				return 0;
			in->zinit = 1;
			in->mode = 2;
		} else {
			in->mode = 1;
		}
	}
	if (in->mode == 1) {
		size_t n;
		if (!raw_fill(in))
			return 0;
		n = in->raw_len - in->raw_pos;
		memcpy(in->out, in->raw + in->raw_pos, n);
		in->raw_pos += n;
		in->out_len = n;
		in->bytes_out += n;
		return 1;
	}
	for (;;) {
		int zr;
		size_t avail_in;
		if (!raw_fill(in)) {
			if (in->in_member)
				in->broken = 1; /* the last member is cut short */
			in->in_member = 0;
			return 0;
		}
		avail_in = in->raw_len - in->raw_pos;
		in->z.next_in = in->raw + in->raw_pos;
		in->z.avail_in = (uInt)avail_in;
		in->z.next_out = in->out;
		in->z.avail_out = sizeof(in->out);
		zr = inflate(&in->z, Z_NO_FLUSH);
		in->raw_pos += avail_in - in->z.avail_in;
		in->in_member = 1;
		if (zr == Z_STREAM_END) {
			inflateReset(&in->z);
			in->in_member = 0;
		} else if (zr != Z_OK && zr != Z_BUF_ERROR) {
			resync_gzip(in);
			return 0;
		}
		in->out_len = sizeof(in->out) - in->z.avail_out;
		in->bytes_out += in->out_len;
		if (in->out_len)
			return 1;
	}
}

/* Read up to `n` bytes (to `dst`, or discard when NULL); returns bytes read. */
static size_t zin_read(struct zin *in, void *dst, size_t n)
{
	size_t got = 0;
	while (got < n && zin_fill(in)) {
		size_t k = in->out_len - in->out_pos;
		if (k > n - got)
			k = n - got;
		if (dst)
			memcpy((char *)dst + got, in->out + in->out_pos, k);
		in->out_pos += k;
		got += k;
	}
	return got;
}

/*
 * Read one line (without its LF or CRLF) into `line`. Returns 1 with a
 * line, 2 with an overlong line (truncated, rest consumed), 0 at the end.
 */
static int zin_getline(struct zin *in, struct buf *line)
{
	int any = 0, over = 0;
	buf_reset(line);
	while (zin_fill(in)) {
		unsigned char *s = in->out + in->out_pos;
		size_t k = in->out_len - in->out_pos;
		unsigned char *nl = memchr(s, '\n', k);
		size_t take = nl ? (size_t)(nl - s) : k;
		any = 1;
		if (!over && buf_add(line, s, take) < 0)
			over = 1;
		in->out_pos += take + (nl ? 1 : 0);
		if (nl)
			break;
	}
	if (line->len && line->data[line->len - 1] == '\r')
		buf_truncate(line, line->len - 1);
	return any ? (over ? 2 : 1) : 0;
}

/* ---- reader ---- */

struct warc_reader {
	struct zin in;
	size_t max_record;
	struct buf line, meta, block, payload;
	struct warc_stats stats;
};

static MUST_CHECK int open_common(struct warc_reader **out, FILE *f, int own, size_t max_record,
				  struct error *err)
{
	struct warc_reader *r = calloc(1, sizeof(*r));
	if (!r) {
		if (own)
			fclose(f);
		return error_nomem(err);
	}
	r->in.f = f;
	r->in.own = own;
	r->max_record = max_record ? max_record : WARC_DEFAULT_MAX_RECORD;
	buf_init(&r->line, MAX_LINE);
	buf_init(&r->meta, MAX_HEADERS);
	buf_init(&r->block, r->max_record);
	buf_init(&r->payload, r->max_record);
	*out = r;
	return 0;
}

int warc_open(struct warc_reader **out, const char *path, size_t max_record, struct error *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	*out = NULL;
	if (!f)
		return error_set(err, ERR_IO, "%s: %s", path, strerror(errno));
	return open_common(out, f, f != stdin, max_record, err);
}

int warc_open_stream(struct warc_reader **out, void *file, size_t max_record, struct error *err)
{
	*out = NULL;
	return open_common(out, file, 0, max_record, err);
}

void warc_close(struct warc_reader *r)
{
	if (!r)
		return;
	if (r->in.zinit)
		inflateEnd(&r->in.z);
	if (r->in.own)
		fclose(r->in.f);
	buf_release(&r->line);
	buf_release(&r->meta);
	buf_release(&r->block);
	buf_release(&r->payload);
	free(r);
}

uint64_t warc_reader_offset(const struct warc_reader *r)
{
	off_t o = r->in.f ? ftello(r->in.f) : -1;
	return o > 0 ? (uint64_t)o : 0;
}

const struct warc_stats *warc_reader_stats(const struct warc_reader *r)
{
	return &r->stats;
}

int warc_sniff(const char *data, size_t len)
{
	return len >= 6 && !memcmp(data, "WARC/", 5) && isdigit((unsigned char)data[5]);
}

/* Offsets of the header values kept in r->meta (0 = absent). */
enum { M_VERSION, M_TYPE, M_URI, M_DATE, M_ID, M_CTYPE, M_HTTP_CTYPE, M_COUNT };

static int meta_put(struct warc_reader *r, size_t *off, int which, const char *v, size_t len)
{
	while (len && isspace((unsigned char)*v)) {
		v++;
		len--;
	}
	while (len && isspace((unsigned char)v[len - 1]))
		len--;
	if (which == M_URI && len >= 2 && v[0] == '<' && v[len - 1] == '>') {
		v++;
		len -= 2;
	}
	off[which] = r->meta.len + 1; /* +1 so that 0 means absent */
	if (buf_add(&r->meta, v, len) < 0 || buf_addch(&r->meta, '\0') < 0)
		return -1;
	return 0;
}

static const char *meta_get(const struct warc_reader *r, const size_t *off, int which)
{
	return off[which] ? r->meta.data + off[which] - 1 : NULL;
}

static const char *find_blank_line(const char *s, size_t len, size_t *body_at)
{
	size_t i;
	for (i = 0; i + 1 < len; i++) {
		if (s[i] == '\n' && s[i + 1] == '\n') {
			*body_at = i + 2;
			return s + i;
		}
		if (i + 3 < len && s[i] == '\r' && s[i + 1] == '\n' && s[i + 2] == '\r' &&
		    s[i + 3] == '\n') {
			*body_at = i + 4;
			return s + i;
		}
	}
	return NULL;
}

/* 1 when `word` occurs in the `len` bytes at `s`, in any case. */
static int has_word(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word), i;
	for (i = 0; i + n <= len; i++)
		if (!strncasecmp(s + i, word, n))
			return 1;
	return 0;
}

/* Undo chunked transfer coding into r->payload; -1 when malformed. */
static int dechunk(struct warc_reader *r, const char *s, size_t len)
{
	size_t i = 0;
	buf_reset(&r->payload);
	while (i < len) {
		char *end;
		unsigned long n = strtoul(s + i, &end, 16);
		const char *nl = memchr(s + i, '\n', len - i);
		if (!nl || end == s + i)
			return -1;
		i = (size_t)(nl - s) + 1;
		if (n == 0)
			return 0;
		if (n > len - i)
			n = len - i; /* cut short: keep what is there */
		if (buf_add(&r->payload, s + i, n) < 0)
			return -1;
		i += n;
		while (i < len && (s[i] == '\r' || s[i] == '\n'))
			i++;
	}
	return 0;
}

/* Split the HTTP message in r->block into status, headers and payload. */
static void parse_http(struct warc_reader *r, size_t *off, struct warc_record *rec)
{
	const char *s = r->block.data, *eoh;
	size_t len = r->block.len, body_at = 0, i;
	int chunked = 0, compressed = 0;

	rec->payload = s;
	rec->payload_len = len;
	if (len < 12 || strncmp(s, "HTTP/", 5))
		return;
	{
		const char *sp = memchr(s, ' ', len < 32 ? len : 32);
		if (sp)
			rec->http_status = atoi(sp + 1);
	}
	eoh = find_blank_line(s, len, &body_at);
	if (!eoh) {
		rec->payload_len = 0;
		rec->payload = s + len;
		return;
	}
	for (i = 0; i < (size_t)(eoh - s);) {
		const char *l = s + i, *nl = memchr(l, '\n', (size_t)(eoh - l));
		size_t ll = nl ? (size_t)(nl - l) : (size_t)(eoh - l);
		const char *colon = memchr(l, ':', ll);
		if (colon) {
			size_t nlen = (size_t)(colon - l);
			const char *v = colon + 1;
			size_t vlen = ll - nlen - 1;
			if (nlen == 12 && !strncasecmp(l, "Content-Type", 12))
				meta_put(r, off, M_HTTP_CTYPE, v, vlen);
			else if (nlen == 17 && !strncasecmp(l, "Transfer-Encoding", 17))
				chunked = has_word(v, vlen, "chunked");
			else if (nlen == 16 && !strncasecmp(l, "Content-Encoding", 16))
				compressed =
					has_word(v, vlen, "gzip") || has_word(v, vlen, "deflate");
		}
		i += ll + 1;
	}
	rec->payload = s + body_at;
	rec->payload_len = len - body_at;
	if (chunked && dechunk(r, rec->payload, rec->payload_len) == 0) {
		/* swap so the payload buffer can be decompressed into again */
		struct buf t = r->block;
		r->block = r->payload;
		r->payload = t;
		rec->payload = r->block.data;
		rec->payload_len = r->block.len;
	}
	if (compressed) {
		buf_reset(&r->payload);
		if (gunzip_buf(rec->payload, rec->payload_len, &r->payload, NULL) == 0) {
			rec->payload = r->payload.data;
			rec->payload_len = r->payload.len;
		}
	}
}

int warc_next(struct warc_reader *r, struct warc_record *rec, struct error *err)
{
	struct zin *in = &r->in;
	int lr;

	for (;;) {
		size_t off[M_COUNT] = { 0 };
		size_t clen = 0;
		int have_len = 0, bad = 0, skipping = 0;

		memset(rec, 0, sizeof(*rec));
		buf_reset(&r->meta);
		/* find the version line, passing blank lines and garbage */
		for (;;) {
			lr = zin_getline(in, &r->line);
			if (lr == 0) {
				if (in->broken) {
					in->broken = 0;
					r->stats.skipped += !skipping;
					skipping = 1;
					continue;
				}
				if (in->io_error)
					return error_set(err, ERR_IO, "reading archive: %s",
							 strerror(in->io_error));
				return 0;
			}
			if (lr == 1 && r->line.len >= 6 && !memcmp(r->line.data, "WARC/", 5) &&
			    isdigit((unsigned char)r->line.data[5]))
				break;
			if (r->line.len == 0 && !skipping)
				continue;
			if (!skipping)
				r->stats.skipped++;
			skipping = 1;
		}
		in->broken = 0;
		meta_put(r, off, M_VERSION, r->line.data, r->line.len);
		/* named fields up to the blank line */
		for (;;) {
			const char *colon;
			size_t nlen;
			lr = zin_getline(in, &r->line);
			if (lr != 1) {
				bad = 1;
				break;
			}
			if (r->line.len == 0)
				break;
			colon = memchr(r->line.data, ':', r->line.len);
			if (!colon) {
				bad = 1;
				break;
			}
			nlen = (size_t)(colon - r->line.data);
#define FIELD(n, w)                                                      \
	(nlen == sizeof(n) - 1 && !strncasecmp(r->line.data, n, nlen) && \
	 meta_put(r, off, w, colon + 1, r->line.len - nlen - 1) == 0)
			if (nlen == 14 && !strncasecmp(r->line.data, "Content-Length", 14)) {
				char *end;
				unsigned long long v = strtoull(colon + 1, &end, 10);
				while (*end == ' ' || *end == '\t')
					end++;
				if (*end || end == colon + 1) {
					bad = 1;
					break;
				}
				clen = (size_t)v;
				have_len = 1;
			} else if (FIELD("WARC-Type", M_TYPE) || FIELD("WARC-Target-URI", M_URI) ||
				   FIELD("WARC-Date", M_DATE) || FIELD("WARC-Record-ID", M_ID) ||
				   FIELD("Content-Type", M_CTYPE)) {
				/* kept */
			}
#undef FIELD
		}
		if (bad || !have_len || in->broken) {
			r->stats.skipped++;
			in->broken = 0;
			continue;
		}
		rec->block_len = clen;
		buf_reset(&r->block);
		if (clen > r->max_record) {
			size_t got = zin_read(in, NULL, clen);
			if (got < clen || in->broken) {
				r->stats.skipped++;
				in->broken = 0;
				continue;
			}
			r->stats.too_large++;
			continue;
		}
		if (buf_grow(&r->block, clen) < 0) {
			size_t got = zin_read(in, NULL, clen);
			(void)got;
			r->stats.too_large++;
			in->broken = 0;
			continue;
		}
		r->block.len = zin_read(in, r->block.data, clen);
		r->block.data[r->block.len] = '\0';
		if (r->block.len < clen || in->broken) {
			/* truncated file, or a corrupt member under this record */
			r->stats.skipped++;
			in->broken = 0;
			continue;
		}
		rec->version = meta_get(r, off, M_VERSION);
		rec->type = meta_get(r, off, M_TYPE);
		rec->content_type = meta_get(r, off, M_CTYPE);
		rec->payload = r->block.data;
		rec->payload_len = r->block.len;
		if (rec->type && !strcmp(rec->type, "response") && rec->content_type &&
		    !strncasecmp(rec->content_type, "application/http", 16))
			parse_http(r, off, rec);
		else if (rec->type && !strcmp(rec->type, "resource") && rec->content_type)
			meta_put(r, off, M_HTTP_CTYPE, rec->content_type,
				 strlen(rec->content_type));
		/* meta is final now: take the pointers */
		rec->version = meta_get(r, off, M_VERSION);
		rec->type = meta_get(r, off, M_TYPE);
		rec->target_uri = meta_get(r, off, M_URI);
		rec->date = meta_get(r, off, M_DATE);
		rec->record_id = meta_get(r, off, M_ID);
		rec->content_type = meta_get(r, off, M_CTYPE);
		rec->http_content_type = meta_get(r, off, M_HTTP_CTYPE);
		r->stats.records++;
		r->stats.bytes_in = in->bytes_in;
		r->stats.bytes_out = in->bytes_out;
		return 1;
	}
}

/* ---- writer ---- */

struct warc_writer {
	char *dir, *prefix;
	size_t rotate;
	FILE *f;
	struct buf path;
	uint64_t written;
	unsigned serial, counter;
	struct buf rec, gz;
};

static void base32(const unsigned char *d, size_t n, struct buf *out)
{
	static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	size_t i;
	unsigned acc = 0;
	int bits = 0;
	for (i = 0; i < n; i++) {
		acc = (acc << 8) | d[i];
		bits += 8;
		while (bits >= 5) {
			buf_putc(out, al[(acc >> (bits - 5)) & 31]);
			bits -= 5;
		}
	}
	if (bits > 0)
		buf_putc(out, al[(acc << (5 - bits)) & 31]);
	while (out->len % 8)
		buf_putc(out, '=');
}

static void digest_field(struct buf *out, const char *name, const void *data, size_t len)
{
	struct sha256 s;
	unsigned char dg[32];
	struct buf b = BUF_INIT;
	sha256_init(&s);
	sha256_update(&s, data, len);
	sha256_final(&s, dg);
	base32(dg, sizeof(dg), &b);
	buf_putf(out, "%s: sha256:%s\r\n", name, b.data);
	buf_release(&b);
}

/* A version-4-shaped UUID from a digest of what makes this record unique. */
static void record_id(struct warc_writer *w, const char *url, time_t when, char out[48])
{
	struct sha256 s;
	unsigned char d[32];
	unsigned pid = (unsigned)getpid();
	sha256_init(&s);
	sha256_update(&s, url, strlen(url));
	sha256_update(&s, &when, sizeof(when));
	sha256_update(&s, &pid, sizeof(pid));
	sha256_update(&s, &w->counter, sizeof(w->counter));
	sha256_update(&s, w->path.data, w->path.len);
	sha256_final(&s, d);
	w->counter++;
	d[6] = (unsigned char)((d[6] & 0x0f) | 0x40);
	d[8] = (unsigned char)((d[8] & 0x3f) | 0x80);
	snprintf(out, 48, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12],
		 d[13], d[14], d[15]);
}

/* Compress w->rec as one gzip member and append it to the file. */
static MUST_CHECK int flush_record(struct warc_writer *w, struct error *err)
{
	z_stream z;
	int zr;
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return error_set(err, ERR_NOMEM, "zlib init failed");
	buf_reset(&w->gz);
	if (buf_grow(&w->gz, deflateBound(&z, (uLong)w->rec.len) + 64) < 0) {
		deflateEnd(&z);
		return error_nomem(err);
	}
	z.next_in = (unsigned char *)w->rec.data;
	z.avail_in = (uInt)w->rec.len;
	z.next_out = (unsigned char *)w->gz.data;
	z.avail_out = (uInt)(w->gz.alloc - 1);
	zr = deflate(&z, Z_FINISH);
	w->gz.len = w->gz.alloc - 1 - z.avail_out;
	deflateEnd(&z);
	if (zr != Z_STREAM_END)
		return error_set(err, ERR_INTERNAL, "compressing WARC record failed");
	if (fwrite(w->gz.data, 1, w->gz.len, w->f) != w->gz.len || fflush(w->f) != 0)
		return error_set(err, ERR_IO, "%s: %s", w->path.data, strerror(errno));
	w->written += w->gz.len;
	return 0;
}

static MUST_CHECK int add_record(struct warc_writer *w, const char *type, const char *url,
				 time_t when, const char *ctype, const void *block,
				 size_t block_len, const void *payload, size_t payload_len,
				 struct error *err)
{
	char date[DATE_TIMESTAMP_MAX], id[48];
	date_format_utc((int64_t)when, date);
	record_id(w, url ? url : type, when, id);
	buf_reset(&w->rec);
	buf_putf(&w->rec,
		 "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
		 "WARC-Date: %s\r\n",
		 type, id, date);
	if (url)
		buf_putf(&w->rec, "WARC-Target-URI: %s\r\n", url);
	if (!strcmp(type, "warcinfo"))
		buf_putf(&w->rec, "WARC-Filename: %s\r\n", strrchr(w->path.data, '/') + 1);
	buf_putf(&w->rec, "Content-Type: %s\r\n", ctype);
	digest_field(&w->rec, "WARC-Block-Digest", block, block_len);
	if (payload)
		digest_field(&w->rec, "WARC-Payload-Digest", payload, payload_len);
	buf_putf(&w->rec, "Content-Length: %zu\r\n\r\n", block_len);
	if (buf_add(&w->rec, block, block_len) < 0 || buf_adds(&w->rec, "\r\n\r\n") < 0)
		return error_nomem(err);
	return flush_record(w, err);
}

static MUST_CHECK int new_file(struct warc_writer *w, time_t now, struct error *err)
{
	char stamp[32], info[256];
	struct tm tm;
	if (w->f && fclose(w->f) != 0) {
		w->f = NULL;
		return error_set(err, ERR_IO, "%s: %s", w->path.data, strerror(errno));
	}
	w->f = NULL;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%d%H%M%S", &tm);
	for (;;) {
		struct stat sb;
		buf_reset(&w->path);
		buf_putf(&w->path, "%s/%s-%s-%05u.warc.gz", w->dir, w->prefix, stamp, w->serial++);
		if (stat(w->path.data, &sb) < 0)
			break;
	}
	w->f = fopen(w->path.data, "wb");
	if (!w->f)
		return error_set(err, ERR_IO, "%s: %s", w->path.data, strerror(errno));
	w->written = 0;
	snprintf(info, sizeof(info),
		 "software: brief/%s\r\nformat: WARC File Format 1.1\r\n"
		 "conformsTo: http://iipc.github.io/warc-specifications/specifications/"
		 "warc-format/warc-1.1/\r\n",
#ifdef BRIEF_VERSION
		 BRIEF_VERSION
#else
		 "dev"
#endif
	);
	return add_record(w, "warcinfo", NULL, now, "application/warc-fields", info, strlen(info),
			  NULL, 0, err);
}

int warc_writer_open(struct warc_writer **out, const char *dir, const char *prefix,
		     size_t rotate_bytes, struct error *err)
{
	struct warc_writer *w;
	*out = NULL;
	if (mkdir(dir, 0777) < 0 && errno != EEXIST)
		return error_set(err, ERR_IO, "%s: %s", dir, strerror(errno));
	w = calloc(1, sizeof(*w));
	if (!w)
		return error_nomem(err);
	w->dir = strdup(dir);
	w->prefix = strdup(prefix && *prefix ? prefix : "brief");
	w->rotate = rotate_bytes ? rotate_bytes : (size_t)1 << 30;
	buf_init(&w->path, 0);
	buf_init(&w->rec, 0);
	buf_init(&w->gz, 0);
	if (!w->dir || !w->prefix) {
		(void)!warc_writer_close(w, NULL); /* nothing written yet: nothing to lose */
		return error_nomem(err);
	}
	*out = w;
	return 0;
}

int warc_write_response(struct warc_writer *w, const char *url, time_t when, const char *http_head,
			size_t head_len, const void *body, size_t len, struct error *err)
{
	struct buf block = BUF_INIT;
	size_t i = 0;
	int r, first = 1;

	if (!w->f || w->written >= w->rotate) {
		if ((r = new_file(w, when, err)) < 0)
			return r;
	}
	/* the head, line by line, minus what no longer describes the body */
	while (i < head_len) {
		const char *l = http_head + i, *nl = memchr(l, '\n', head_len - i);
		size_t ll = nl ? (size_t)(nl - l) : head_len - i;
		i += ll + (nl ? 1 : 0);
		if (ll && l[ll - 1] == '\r')
			ll--;
		if (!ll)
			continue;
		if (!first && (!strncasecmp(l, "Content-Encoding:", 17) ||
			       !strncasecmp(l, "Transfer-Encoding:", 18) ||
			       !strncasecmp(l, "Content-Length:", 15)))
			continue;
		buf_put(&block, l, ll);
		buf_puts(&block, "\r\n");
		first = 0;
	}
	if (first)
		buf_puts(&block, "HTTP/1.1 200 OK\r\n");
	buf_putf(&block, "Content-Length: %zu\r\n\r\n", len);
	{
		size_t body_at = block.len;
		if (buf_add(&block, body, len) < 0) {
			buf_release(&block);
			return error_nomem(err);
		}
		r = add_record(w, "response", url, when, "application/http; msgtype=response",
			       block.data, block.len, block.data + body_at, len, err);
	}
	buf_release(&block);
	return r;
}

const char *warc_writer_path(const struct warc_writer *w)
{
	return w && w->f ? w->path.data : NULL;
}

int warc_writer_close(struct warc_writer *w, struct error *err)
{
	int r = 0;
	if (!w)
		return 0;
	if (w->f && fclose(w->f) != 0)
		r = error_set(err, ERR_IO, "%s: %s", w->path.data, strerror(errno));
	free(w->dir);
	free(w->prefix);
	buf_release(&w->path);
	buf_release(&w->rec);
	buf_release(&w->gz);
	free(w);
	return r;
}
