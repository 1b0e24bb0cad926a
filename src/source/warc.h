/*
 * warc.h: WARC 1.0/1.1 archives (ISO 28500), read and written.
 *
 * Reading streams: a file of any size is read in constant memory (one
 * record's block at a time, capped), plain or gzip-compressed, the usual
 * one gzip member per record or one member for the whole file. A record
 * that is malformed, truncated, larger than the cap or inside a corrupt
 * gzip member is skipped and counted, and reading resumes at the next
 * record. `response` records are parsed as HTTP (status, headers,
 * de-chunked and, when the server compressed it, decompressed payload);
 * `resource` records give their block as the payload.
 *
 * Writing: every record is its own gzip member, files rotate at a size,
 * and each record carries WARC-Block-Digest and WARC-Payload-Digest in
 * SHA-256 (base32, as WARC tools write SHA-1).
 */
#ifndef BRIEF_WARC_H
#define BRIEF_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "util/error.h"

#define WARC_DEFAULT_MAX_RECORD (32u * 1024 * 1024)

struct warc_reader;

/*
 * One record, valid until the next warc_next or warc_close: every pointer
 * points into the reader's buffers. Absent headers are NULL.
 */
struct warc_record {
	const char *version;      /* "WARC/1.0", "WARC/1.1" */
	const char *type;         /* WARC-Type: response, resource, request, warcinfo... */
	const char *target_uri;   /* WARC-Target-URI, without <> */
	const char *date;         /* WARC-Date */
	const char *record_id;    /* WARC-Record-ID */
	const char *content_type; /* the record's Content-Type */
	size_t block_len;         /* Content-Length */
	/* response records: the HTTP message; resource records: status 0 */
	int http_status;
	const char *http_content_type; /* HTTP Content-Type, or the record's for resources */
	const char *payload;           /* HTTP body (de-chunked, decompressed), or the block */
	size_t payload_len;
};

struct warc_stats {
	uint64_t records;   /* good records returned */
	uint64_t skipped;   /* malformed, truncated or corrupt records passed over */
	uint64_t too_large; /* records over the cap, passed over */
	uint64_t bytes_in;  /* bytes read from the file (compressed) */
	uint64_t bytes_out; /* bytes of WARC data (uncompressed) */
};

/*
 * Open `path` ("-" is standard input) for reading. `max_record` caps one
 * record's block (0 = WARC_DEFAULT_MAX_RECORD); memory use stays near it.
 */
int warc_open(struct warc_reader **out, const char *path, size_t max_record,
	      struct error *err) MUST_CHECK;

/* Same over an open stream, which warc_close does not close. */
int warc_open_stream(struct warc_reader **out, void *file, size_t max_record,
		     struct error *err) MUST_CHECK;

/*
 * Read the next good record into `rec`. Returns 1 with a record, 0 at the
 * end of the archive, or a negative code on an I/O error (a read error,
 * not bad content: that is skipped and counted).
 */
int warc_next(struct warc_reader *r, struct warc_record *rec, struct error *err) MUST_CHECK;

const struct warc_stats *warc_reader_stats(const struct warc_reader *r);
/* Bytes of the file (compressed, as on disk) read so far; 0 when unknown (a pipe). */
uint64_t warc_reader_offset(const struct warc_reader *r);
void warc_close(struct warc_reader *r);

/* 1 when the first bytes of a (decompressed) stream look like WARC. */
int warc_sniff(const char *data, size_t len);

struct warc_writer;

/*
 * Write records into DIR/PREFIX-YYYYMMDDhhmmss-NNNNN.warc.gz, starting a
 * new file (with its warcinfo record) when one passes `rotate_bytes`
 * (0 = 1 GiB). The directory is created when missing.
 */
int warc_writer_open(struct warc_writer **out, const char *dir, const char *prefix,
		     size_t rotate_bytes, struct error *err) MUST_CHECK;

/*
 * Append a `response` record for `url` fetched at `when`: `http_head` is
 * the response's status line and headers (CRLF or LF lines, no body),
 * `body` its payload as brief received it (decoded). Headers that no
 * longer describe the stored body (Content-Encoding, Transfer-Encoding,
 * Content-Length) are replaced by a true Content-Length.
 */
int warc_write_response(struct warc_writer *w, const char *url, time_t when, const char *http_head,
			size_t head_len, const void *body, size_t len,
			struct error *err) MUST_CHECK;

/* Path of the file being written (for messages), or NULL. */
const char *warc_writer_path(const struct warc_writer *w);

/* Flush and close; returns <0 when the last write failed. */
int warc_writer_close(struct warc_writer *w, struct error *err) MUST_CHECK;

#endif
