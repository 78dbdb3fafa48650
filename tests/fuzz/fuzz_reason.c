/*
 * Fuzz target: the reason engine on any text, with any codes: verdicts,
 * providers recognised from the text, provider cases, search keywords;
 * the text read with masks and byte by byte says the same, and so does
 * the text's first reading, kept for other codes.
 */
#include <stdlib.h>
#include <string.h>

#include "reason.h"
#include "words.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

/* Check what a verdict may hold, whatever the text. */
static void
check(const struct verdict *v)
{
	if ((unsigned)v->reason >= REASON_MAX || v->bounce > BOUNCE_HARD ||
	    (v->retry != 0 && v->retry != 1) ||
	    (v->pcase != NULL && (v->pcase < pcases ||
	    v->pcase >= pcases + npcases)))
		abort();
	if (reason_name(v->reason) == NULL ||
	    reason_label(v->reason, LANG_FR) == NULL)
		abort();
}

/* Abort unless two verdicts say the same. */
static void
same(const struct verdict *a, const struct verdict *b)
{
	if (a->reason != b->reason || a->bounce != b->bounce ||
	    a->retry != b->retry || a->from_text != b->from_text ||
	    a->pcase != b->pcase)
		abort();
}

/*
 * The first four bytes pick a reply code and an enhanced code; the rest
 * is the text, as it is (not terminated).
 */
int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const struct pcase	*out[8];
	struct basic		 b;
	struct enhanced		 e;
	struct verdict		 v, bytes, again;
	const char		*s, *id;
	char			 needle[64];
	size_t			 n, k;

	if (size < 4)
		return 0;
	basic_set(&b, 200 + (data[0] | data[1] << 8) % 400);
	enhanced_set(&e, "245"[data[2] % 3] - '0', data[2] / 3 % 9,
	    data[3] % 64 * (data[3] >> 6 == 3 ? 16 : 1));
	s = (const char *)data + 4;
	n = size - 4;

	verdict_text(s, n, &b, &e, NULL, &v);
	check(&v);
	verdict_text_again(s, n, data[1] & 1 ? &b : NULL,
	    data[1] & 2 ? &e : NULL, NULL, &again);
	verdict_text(s, n, data[1] & 1 ? &b : NULL, data[1] & 2 ? &e : NULL,
	    NULL, &v);
	check(&v);
	same(&again, &v);
	if ((id = provider_of_text(s, n)) != NULL &&
	    provider_name(id) == NULL)
		abort();
	words_simd(WORDS_SIMD_NONE);
	verdict_text(s, n, data[1] & 1 ? &b : NULL, data[1] & 2 ? &e : NULL,
	    NULL, &bytes);
	if (provider_of_text(s, n) != id)
		abort();
	words_simd(WORDS_SIMD_AVX2);
	same(&bytes, &v);
	for (k = 0; k < npcases; k += 1 + npcases / 4) {
		verdict_text(s, n, &b, &e, pcase_str(pcases[k].provider), &v);
		check(&v);
	}
	if (provider_match(NULL, &b, &e, s, n, out, 8) > 8)
		abort();
	if (reply_title(b.value, LANG_FR) == NULL)
		abort();

	/* The text as a search word, folded as main does. */
	k = n < sizeof(needle) - 1 ? n : sizeof(needle) - 1;
	memcpy(needle, s, k);
	needle[k] = '\0';
	fold_text(needle, needle, sizeof(needle));
	(void)keywords_match(KIND_BASIC, b.value, 0, 0, needle);
	(void)keywords_match(KIND_ENHANCED, e.class, e.subject, e.detail,
	    needle);
	return 0;
}
