/* Masks of the bytes of a text where words start, 64 bytes at a time. */
#ifndef WORDS_H
#define WORDS_H

#include <stdint.h>

/* What the 64 bytes at s hold; bit j of each mask is s[j]. */
struct words_block {
	uint64_t	 high;		/* bytes 0x80 and above */
	uint64_t	 word;		/* ASCII letters and digits */
	uint64_t	 start;		/* bytes of word that the table has */
	uint64_t	 dot;		/* '.' */
	uint64_t	 blank;		/* ' ', '\t', '-' and '_' */
	/* The bytes, capitals as small letters and blanks as spaces. */
	unsigned char	 folded[64];
};

/* How texts are read, from byte loops to the widest vectors. */
enum words_simd_level {
	WORDS_SIMD_NONE,	/* a byte at a time, without masks */
	WORDS_SIMD_SWAR,	/* eight bytes in a 64-bit integer */
	WORDS_SIMD_SSE2,	/* sixteen bytes at a time */
	WORDS_SIMD_AVX2		/* thirty-two, where the CPU has AVX2 */
};

/* A way of making the masks: the 64 bytes, the table, the masks. */
typedef void	(*words_masker)(const unsigned char *, const unsigned char *,
		    struct words_block *);

int		 words_simd(int);
int		 words_level(void);
words_masker	 words_choose(void);
void		 words_mask(const unsigned char *, const unsigned char *,
		    struct words_block *);

#endif
