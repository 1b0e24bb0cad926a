/*
 * libcrypto.c: the OpenSSL functions util/sha256.c calls, each forwarding
 * through a table that util/dynlib fills the first time one is called: a
 * command that hashes nothing starts without mapping libcrypto.
 */
#include <openssl/evp.h>

#include "util/dynlib.h"
#include "util/banned.h"

#define CRYPTO_FUNCTIONS(X)   \
	X(EVP_Digest)         \
	X(EVP_DigestInit_ex2) \
	X(EVP_DigestUpdate)   \
	X(EVP_DigestFinal_ex) \
	X(EVP_MD_CTX_new)     \
	X(EVP_MD_CTX_free)    \
	X(EVP_sha256)

DYNLIB_TABLE("libcrypto", CRYPTO_FUNCTIONS, "libcrypto.so.3", "libcrypto.so");

int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size,
	       const EVP_MD *type, ENGINE *impl)
{
	dynlib_need(&lib);
	return fn.EVP_Digest(data, count, md, size, type, impl);
}

int EVP_DigestInit_ex2(EVP_MD_CTX *ctx, const EVP_MD *type, const OSSL_PARAM params[])
{
	dynlib_need(&lib);
	return fn.EVP_DigestInit_ex2(ctx, type, params);
}

int EVP_DigestUpdate(EVP_MD_CTX *ctx, const void *d, size_t cnt)
{
	dynlib_need(&lib);
	return fn.EVP_DigestUpdate(ctx, d, cnt);
}

int EVP_DigestFinal_ex(EVP_MD_CTX *ctx, unsigned char *md, unsigned int *s)
{
	dynlib_need(&lib);
	return fn.EVP_DigestFinal_ex(ctx, md, s);
}

EVP_MD_CTX *EVP_MD_CTX_new(void)
{
	dynlib_need(&lib);
	return fn.EVP_MD_CTX_new();
}

void EVP_MD_CTX_free(EVP_MD_CTX *ctx)
{
	dynlib_need(&lib);
	fn.EVP_MD_CTX_free(ctx);
}

const EVP_MD *EVP_sha256(void)
{
	dynlib_need(&lib);
	return fn.EVP_sha256();
}
