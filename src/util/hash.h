/*
 * hash.h: the hash functions brief uses, each written once.
 *
 * FNV-1a (32 and 64 bits) hashes byte strings: dictionary words, terms,
 * fingerprint words (byte by byte through hash_fnv1a64_byte). hash_mix64
 * is MurmurHash3's 64-bit finaliser: it spreads a key whose low bits are
 * poor (a counter, an FNV value) over all 64 bits before it is masked to a
 * hash table's size. hash_splitmix64, splitmix64's finaliser, is the same
 * steps with other constants: fingerprints' shingles and exact-text hashes
 * are made with it, so both stay. None of these is for untrusted keys an
 * attacker picks to collide; tables that hold such keys cap their size.
 *
 * The values are part of stored data (fingerprints are kept in the
 * database), so they must never change.
 */
#ifndef BRIEF_HASH_H
#define BRIEF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV32_OFFSET 2166136261u
#define HASH_FNV32_PRIME  16777619u
#define HASH_FNV64_OFFSET 0xcbf29ce484222325ULL
#define HASH_FNV64_PRIME  0x100000001b3ULL

/* One FNV-1a step: fold byte `c` into `h` (start from HASH_FNV64_OFFSET). */
static inline uint64_t hash_fnv1a64_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * HASH_FNV64_PRIME;
}

/* The same in 32 bits (start from HASH_FNV32_OFFSET). */
static inline uint32_t hash_fnv1a32_byte(uint32_t h, unsigned char c)
{
	return (h ^ c) * HASH_FNV32_PRIME;
}

/* FNV-1a, 32 bits, of `n` bytes at `s`. */
static inline uint32_t hash_fnv1a32(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint32_t h = HASH_FNV32_OFFSET;
	size_t i;
	for (i = 0; i < n; i++)
		h = hash_fnv1a32_byte(h, p[i]);
	return h;
}

/* FNV-1a, 64 bits, of `n` bytes at `s`. */
static inline uint64_t hash_fnv1a64(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint64_t h = HASH_FNV64_OFFSET;
	size_t i;
	for (i = 0; i < n; i++)
		h = hash_fnv1a64_byte(h, p[i]);
	return h;
}

/*
 * The xor-shift-multiply finaliser both mixers below are: shifts `a`, `b`,
 * `c` and odd multipliers `m`, `n` are each mixer's constants.
 */
static inline uint64_t hash_xsm_(uint64_t x, int a, uint64_t m, int b, uint64_t n, int c)
{
	x ^= x >> a;
	x *= m;
	x ^= x >> b;
	x *= n;
	x ^= x >> c;
	return x;
}

/* MurmurHash3's fmix64: every input bit affects every output bit. */
static inline uint64_t hash_mix64(uint64_t k)
{
	return hash_xsm_(k, 33, 0xff51afd7ed558ccdULL, 33, 0xc4ceb9fe1a85ec53ULL, 33);
}

/* splitmix64's finaliser (Steele, Lea and Flood): a mixer as hash_mix64. */
static inline uint64_t hash_splitmix64(uint64_t x)
{
	return hash_xsm_(x, 30, 0xbf58476d1ce4e5b9ULL, 27, 0x94d049bb133111ebULL, 31);
}

#endif
