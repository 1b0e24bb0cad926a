/*
 * sha256.h: SHA-256 (FIPS 180-4), used to identify stored documents and
 * for WARC payload digests. OpenSSL's libcrypto computes it (EVP), with
 * the CPU's SHA instructions where it has them (docs/decisions.md).
 *
 * libcrypto allocates a context for each digest, so a digest can fail,
 * though only when memory runs out: sha256_final and sha256_hex then
 * return -ERR_NOMEM and write an all-zero digest.
 */
#ifndef BRIEF_SHA256_H
#define BRIEF_SHA256_H

#include <stddef.h>

struct evp_md_ctx_st;

/* A digest in progress: sha256_init, any number of sha256_update, sha256_final. */
struct sha256 {
	struct evp_md_ctx_st *ctx; /* libcrypto's EVP_MD_CTX; NULL once something failed */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
/* Write the digest and release what sha256_init took: every init needs its final. */
int sha256_final(struct sha256 *s, unsigned char out[32]);
/* One call: hex digest (64 chars + NUL) of `data`. */
int sha256_hex(const void *data, size_t len, char out[65]);

#endif
