/*
 * hash.h: the hash functions brief uses, each written once.
 *
 * FNV-1a (32 and 64 bits) hashes byte strings: dictionary words, terms,
 * fingerprint words (byte by byte through hash_fnv1a64_byte). hash_mix64
 * is MurmurHash3's 64-bit finaliser: it spreads a key whose low bits are
 * poor (a counter, an FNV value) over all 64 bits before it is masked to a
 * hash table's size. hash_splitmix64 is splitmix64's finaliser, another
 * such mixer (other constants and shifts): fingerprints' shingles and
 * exact-text hashes are made with it, so it stays beside the first rather
 * than one replacing the other. None of these is for untrusted keys an attacker picks
 * to collide; tables that hold such keys cap their size.
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

/* FNV-1a, 32 bits, of `n` bytes at `s`. */
static inline uint32_t hash_fnv1a32(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint32_t h = HASH_FNV32_OFFSET;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= HASH_FNV32_PRIME;
	}
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

/* MurmurHash3's fmix64: every input bit affects every output bit. */
static inline uint64_t hash_mix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return k;
}

/* splitmix64's finaliser (Steele, Lea and Flood): a mixer as hash_mix64. */
static inline uint64_t hash_splitmix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

#endif
