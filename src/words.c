/* Masks of the bytes of a text where words start, 64 bytes at a time. */
#include <string.h>

#include "cpu.h"
#include "words.h"

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
#define LOWS	0x7f7f7f7f7f7f7f7fULL

/*
 * The widest way of reading texts: WORDS_SIMD_NONE to WORDS_SIMD_AVX2,
 * the best that the build and the CPU allow until words_simd() lowers
 * it.  Tests compare the ways.
 */
static int	 simd_level = -1;

_Static_assert(WORDS_SIMD_SSE2 == (int)CPU_VECTORS_SSE2 + 1 &&
    WORDS_SIMD_AVX2 == (int)CPU_VECTORS_AVX2 + 1, "words.h and cpu.h differ");

/* Without vectors, eight bytes at a time in an integer. */
static int
simd_best(void)
{
	return (int)cpu_vectors() + 1;
}

/* Read texts up to level, as far as the CPU goes; return the level used. */
int
words_simd(int level)
{
	int	 best = simd_best();

	if (level < WORDS_SIMD_NONE)
		level = WORDS_SIMD_NONE;
	simd_level = level < best ? level : best;
	return simd_level;
}

int
words_level(void)
{
	if (simd_level < 0)
		simd_level = simd_best();
	return simd_level;
}

/* The eight bytes at s, the first lowest, whatever the byte order. */
static inline uint64_t
load_le64(const unsigned char *s)
{
	uint64_t	 x;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&x, s, sizeof(x));
#else
	int	 k;

	for (x = 0, k = 7; k >= 0; k--)
		x = x << 8 | s[k];
#endif
	return x;
}

static inline void
store_le64(unsigned char *s, uint64_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(s, &x, sizeof(x));
#else
	int	 k;

	for (k = 0; k < 8; k++, x >>= 8)
		s[k] = (unsigned char)x;
#endif
}

/* The high bit of each byte of x, first byte lowest, as eight bits. */
static inline uint64_t
gather8(uint64_t m)
{
	return ((m & HIGHS) >> 7) * 0x0102040810204080ULL >> 56;
}

/* The high bit of each byte of x that is the ASCII byte c. */
static inline uint64_t
bytes_eq(uint64_t x, unsigned c)
{
	uint64_t	 v = x ^ ONES * c;

	return ~(((v & LOWS) + LOWS) | v | LOWS);
}

/* The high bit of each byte of y, below 0x80, from lo to hi. */
static inline uint64_t
bytes_in(uint64_t y, unsigned lo, unsigned hi)
{
	return (y + ONES * (0x80 - lo)) & ~(y + ONES * (0x7f - hi)) & HIGHS;
}

/* The masks of the 64 bytes at s, eight bytes at a time. */
static void
mask_swar(const unsigned char *s, const unsigned char *table,
    struct words_block *b)
{
	uint64_t	 x, y, w, bl, up;
	int		 k;

	b->high = b->word = b->dot = b->blank = 0;
	for (k = 0; k < 64; k += 8) {
		x = load_le64(s + k);
		y = x & LOWS;
		up = bytes_in(y, 'A', 'Z') & ~x;
		w = (bytes_in(y, '0', '9') | bytes_in(y | ONES * 0x20, 'a',
		    'z')) & ~x;
		bl = bytes_eq(x, ' ') | bytes_eq(x, '\t') | bytes_eq(x, '-') |
		    bytes_eq(x, '_');
		b->high |= gather8(x) << k;
		b->word |= gather8(w) << k;
		b->dot |= gather8(bytes_eq(x, '.')) << k;
		b->blank |= gather8(bl) << k;
		/* A byte with its high bit set becomes 0xff, then a space. */
		bl = (bl >> 7) * 0xff;
		x = (x | up >> 2) & ~bl;
		x |= bl & ONES * ' ';
		store_le64(b->folded + k, x);
	}
	b->start = b->word;
	(void)table;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bytes of v in lo .. lo + count - 1, as a mask of 0xff bytes. */
static inline __m128i
in_range16(__m128i v, char lo, char count)
{
	const __m128i	 bias = _mm_set1_epi8((char)0x80);

	return _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)),
	    bias), _mm_set1_epi8((char)(count ^ 0x80)));
}

static inline __m128i
eq16(__m128i v, char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}

static inline uint64_t
bits16(__m128i m)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(m);
}

/* The masks of the 64 bytes at s, sixteen at a time. */
static void
mask_sse2(const unsigned char *s, const unsigned char *table,
    struct words_block *b)
{
	__m128i		 v, w, bl, sp = _mm_set1_epi8(' ');
	int		 k;

	b->high = b->word = b->dot = b->blank = 0;
	for (k = 0; k < 64; k += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
		w = _mm_or_si128(in_range16(v, '0', 10), in_range16(
		    _mm_or_si128(v, sp), 'a', 26));
		bl = _mm_or_si128(_mm_or_si128(eq16(v, ' '), eq16(v, '\t')),
		    _mm_or_si128(eq16(v, '-'), eq16(v, '_')));
		b->high |= bits16(v) << k;
		b->word |= bits16(w) << k;
		b->dot |= bits16(eq16(v, '.')) << k;
		b->blank |= bits16(bl) << k;
		v = _mm_or_si128(v, _mm_and_si128(in_range16(v, 'A', 26), sp));
		v = _mm_or_si128(_mm_andnot_si128(bl, v), _mm_and_si128(bl, sp));
		_mm_storeu_si128((__m128i *)(void *)(b->folded + k), v);
	}
	b->start = b->word;
	(void)table;
}
#endif

#ifdef CPU_HAVE_AVX2
#include <immintrin.h>

#define AVX2	__attribute__((target("avx2"), always_inline)) inline

/*
 * The bytes below 0x80 that the table has, found with two look-ups of
 * sixteen bytes: by the low half of a byte, the bit of each high half
 * that goes with it; by the high half, its bit.
 */
static const unsigned char	*nib_table;
static unsigned char		 nib_lo[32] __attribute__((aligned(32)));
static unsigned char		 nib_hi[32] __attribute__((aligned(32)));

static void
nibbles_set(const unsigned char *table)
{
	int	 c;

	memset(nib_lo, 0, sizeof(nib_lo));
	memset(nib_hi, 0, sizeof(nib_hi));
	for (c = 0; c < 0x80; c++)
		if (table[c]) {
			nib_lo[c & 15] |= 1 << (c >> 4);
			nib_lo[16 + (c & 15)] |= 1 << (c >> 4);
		}
	for (c = 0; c < 8; c++)
		nib_hi[c] = nib_hi[16 + c] = (unsigned char)(1 << c);
	nib_table = table;
}

/*
 * The constant vectors, read from memory as operands rather than built
 * again in each call: mask_avx2() hides from the compiler what they
 * hold, which it would otherwise build with broadcasts.
 */
#define R4(c)	c, c, c, c
#define R32(c)	R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c)
enum { KA, KZERO, KLETTER, KDIGIT, KSPACE, KTAB, KDASH, KLOW, KDOT, KNIB,
    KMAX };
static const unsigned char kvec[KMAX][32] __attribute__((aligned(32))) = {
	{ R32('a') }, { R32('0') }, { R32(25) }, { R32(9) }, { R32(' ') },
	{ R32('\t') }, { R32('-') }, { R32('_') }, { R32('.') }, { R32(0x0f) }
};

typedef const unsigned char	(*words_kvec)[32];

static AVX2 __m256i
k32(words_kvec kv, int i)
{
	return _mm256_load_si256((const __m256i *)(const void *)kv[i]);
}

/* Bytes of v from lo to lo + span, as unsigned bytes. */
static AVX2 __m256i
in_range32(words_kvec kv, __m256i v, int lo, int span)
{
	__m256i	 d = _mm256_sub_epi8(v, k32(kv, lo));

	return _mm256_cmpeq_epi8(_mm256_min_epu8(d, k32(kv, span)), d);
}

static AVX2 uint64_t
bits32(__m256i m)
{
	return (uint64_t)(unsigned)_mm256_movemask_epi8(m);
}

/* The masks of the 32 bytes at s, at bit k of b, which is 0 or 32. */
static AVX2 void
half_avx2(words_kvec kv, const unsigned char *s, __m256i lo, __m256i hi,
    int k, struct words_block *b)
{
	__m256i		 v, w, az, bl, st, sp = k32(kv, KSPACE);

	v = _mm256_loadu_si256((const __m256i *)(const void *)s);
	/* Letters of either case: a capital with 0x20 is a small one. */
	az = in_range32(kv, _mm256_or_si256(v, sp), KA, KLETTER);
	w = _mm256_or_si256(in_range32(kv, v, KZERO, KDIGIT), az);
	bl = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, sp),
	    _mm256_cmpeq_epi8(v, k32(kv, KTAB))), _mm256_or_si256(
	    _mm256_cmpeq_epi8(v, k32(kv, KDASH)), _mm256_cmpeq_epi8(v,
	    k32(kv, KLOW))));
	/* Bytes from 0x80 index nothing: nib_hi is 0 there. */
	st = _mm256_and_si256(_mm256_shuffle_epi8(lo, _mm256_and_si256(v,
	    k32(kv, KNIB))), _mm256_shuffle_epi8(hi, _mm256_and_si256(
	    _mm256_srli_epi16(v, 4), k32(kv, KNIB))));
	st = _mm256_andnot_si256(_mm256_cmpeq_epi8(st,
	    _mm256_setzero_si256()), w);
	b->high |= bits32(v) << k;
	b->word |= bits32(w) << k;
	b->start |= bits32(st) << k;
	b->dot |= bits32(_mm256_cmpeq_epi8(v, k32(kv, KDOT))) << k;
	b->blank |= bits32(bl) << k;
	v = _mm256_blendv_epi8(_mm256_or_si256(v, _mm256_and_si256(az, sp)),
	    sp, bl);
	_mm256_storeu_si256((__m256i *)(void *)(b->folded + k), v);
}

/* The masks of the 64 bytes at s, thirty-two at a time. */
static __attribute__((target("avx2"))) void
mask_avx2(const unsigned char *s, const unsigned char *table,
    struct words_block *b)
{
	__m256i		 lo, hi;
	words_kvec	 kv = kvec;

	__asm__("" : "+r"(kv));
	if (table != nib_table)
		nibbles_set(table);
	lo = _mm256_load_si256((const __m256i *)(const void *)nib_lo);
	hi = _mm256_load_si256((const __m256i *)(const void *)nib_hi);
	b->high = b->word = b->start = b->dot = b->blank = 0;
	half_avx2(kv, s, lo, hi, 0, b);
	half_avx2(kv, s + 32, lo, hi, 32, b);
}
#endif

/* The way of making masks that the level in use chooses. */
words_masker
words_choose(void)
{
	switch (words_level()) {
#ifdef CPU_HAVE_AVX2
	case WORDS_SIMD_AVX2:
		return mask_avx2;
#endif
#ifdef __SSE2__
	case WORDS_SIMD_SSE2:
		return mask_sse2;
#endif
	default:
		return mask_swar;
	}
}

/*
 * The masks of the 64 bytes at s.  The start mask holds the letters and
 * digits that table, 256 bytes, marks, and with the narrower ways every
 * letter and digit: the caller looks at table for each.
 */
void
words_mask(const unsigned char *s, const unsigned char *table,
    struct words_block *b)
{
	words_choose()(s, table, b);
}
