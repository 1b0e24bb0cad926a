#include "util/sha256.h"

#include <openssl/evp.h>
#include <string.h>

#include "util/error.h"

#include "util/banned.h"

void sha256_init(struct sha256 *s)
{
	s->ctx = EVP_MD_CTX_new();
	if (s->ctx && !EVP_DigestInit_ex2(s->ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(s->ctx);
		s->ctx = NULL;
	}
}

void sha256_update(struct sha256 *s, const void *data, size_t len)
{
	if (s->ctx && !EVP_DigestUpdate(s->ctx, data, len)) {
		EVP_MD_CTX_free(s->ctx);
		s->ctx = NULL;
	}
}

int sha256_final(struct sha256 *s, unsigned char out[32])
{
	int ok = s->ctx && EVP_DigestFinal_ex(s->ctx, out, NULL);

	EVP_MD_CTX_free(s->ctx);
	s->ctx = NULL;
	if (ok)
		return 0;
	memset(out, 0, 32);
	return -ERR_NOMEM;
}

int sha256_hex(const void *data, size_t len, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char d[32];
	int i, r = 0;

	/* EVP_Digest makes a context per call: measured as fast as keeping one */
	if (!EVP_Digest(data, len, d, NULL, EVP_sha256(), NULL)) {
		memset(d, 0, sizeof(d));
		r = -ERR_NOMEM;
	}
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[64] = '\0';
	return r;
}
