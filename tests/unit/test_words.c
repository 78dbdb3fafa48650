/*
 * Unit tests of the masks of words: each way of making them against the
 * bytes one by one, and texts read by masks against texts read byte by
 * byte, on random lines made of the phrases and signatures of data/.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason.h"
#include "words.h"
#include "unit.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define LINE_MAX_	400

static unsigned long long	 rng = 0x9e3779b97f4a7c15ULL;

/* xorshift64*: the same lines on every run. */
static unsigned
rnd(unsigned n)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (unsigned)((rng * 2685821657736338717ULL) >> 33) % n;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '-' || c == '_';
}

/* Each way of making the masks agrees with the bytes taken one by one. */
static void
test_masks(void)
{
	unsigned char		 s[64], table[256];
	struct words_block	 b;
	uint64_t		 bit;
	int			 level, k, j, c, bad;

	for (c = 0; c < 256; c++)
		table[c] = (unsigned char)(c == 'e' || c == 'Q' || c == '7' ||
		    c == '.' || c >= 0x80);
	for (level = WORDS_SIMD_SWAR; level <= WORDS_SIMD_AVX2; level++) {
		if (words_simd(level) != level)
			continue;
		for (bad = 0, k = 0; k < 4000; k++) {
			for (j = 0; j < 64; j++)
				s[j] = (unsigned char)(k < 256 ?
				    (unsigned)(k + j) & 0xff : rnd(4) == 0 ?
				    rnd(256) : (unsigned char)
				    " \t-_.aZeQ7@\x80\xc3"[rnd(13)]);
			words_mask(s, table, &b);
			for (j = 0; j < 64; j++) {
				c = s[j];
				bit = (uint64_t)1 << j;
				if (!!(b.high & bit) != (c >= 0x80) ||
				    !!(b.word & bit) != ((c >= '0' &&
				    c <= '9') || (c >= 'a' && c <= 'z') ||
				    (c >= 'A' && c <= 'Z')) ||
				    !!(b.dot & bit) != (c == '.') ||
				    !!(b.blank & bit) != is_blank(c) ||
				    (b.start & ~b.word) != 0 ||
				    (b.word & bit && table[c] &&
				    !(b.start & bit)) ||
				    (level == WORDS_SIMD_AVX2 && b.start & bit &&
				    !table[c]) ||
				    b.folded[j] != (is_blank(c) ? ' ' :
				    c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c))
					bad++;
			}
		}
		CHECK(bad == 0);
		if (bad != 0)
			fprintf(stderr, "  level %d: %d bytes wrong\n", level,
			    bad);
	}
	CHECK(words_simd(WORDS_SIMD_NONE) == WORDS_SIMD_NONE);
	CHECK(words_level() == WORDS_SIMD_NONE);
	CHECK(words_simd(-3) == WORDS_SIMD_NONE);
	words_simd(WORDS_SIMD_AVX2);
}

/* Column col of each row of a data file, copied. */
static size_t
column(const char *path, int col, char **out, size_t max)
{
	FILE	*fp;
	char	 buf[1024], *p, *e;
	size_t	 n = 0;
	int	 k;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while (n < max && fgets(buf, sizeof(buf), fp) != NULL) {
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		for (p = buf, k = 0; k < col && p != NULL; k++)
			if ((p = strchr(p, '\t')) != NULL)
				p++;
		if (p == NULL)
			continue;
		if ((e = strchr(p, '\t')) != NULL)
			*e = '\0';
		if (*p != '\0' && (out[n] = strdup(p)) != NULL)
			n++;
	}
	fclose(fp);
	return n;
}

static char	*phrases[1024], *sigs[256];
static size_t	 nphrases, nsigs;

/* Between pieces: blanks, punctuation, characters and broken UTF-8. */
static const char *const seps[] = {
	" ", " ", " ", "  ", "\t", "-", "_", " - ", ".", "@", ":", ", ",
	"<", ">", "[", "]", "=", "/", "\xe2\x80\x99", "\xc2\xa0",
	"\xc3\xa9", "\xc3\x9f", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\x80",
	"\xc3", "\xe2\x80", "\xff", "\xc2" "A", "\xe2" "a", "\r", "\n",
	"\r\n", "550 5.1.1 ", "4.7.1", "'"
};

/* Append piece p, its case and blanks changed at random. */
static size_t
put(char *line, size_t n, const char *p, int mangle)
{
	size_t	 len = strlen(p), k, cut = len;
	int	 c, how = mangle ? (int)rnd(6) : 0;

	if (mangle && rnd(5) == 0)
		cut = rnd((unsigned)len + 1);
	for (k = 0; k < cut && n < LINE_MAX_; k++) {
		c = (unsigned char)p[k];
		if (how == 1 && c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		else if (how == 2 && rnd(2) && c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c == ' ' && how >= 3) {
			n = put(line, n, seps[rnd(8)], 0);
			continue;
		}
		line[n++] = (char)c;
	}
	return n;
}

/* A random line of phrases, signatures, words and separators. */
static size_t
random_line(char *line)
{
	char		 word[16];
	size_t		 n = 0, want = rnd(LINE_MAX_), k, len;

	while (n < want) {
		switch (rnd(8)) {
		case 0:
		case 1:
			n = put(line, n, phrases[rnd((unsigned)nphrases)], 1);
			break;
		case 2:
			if (rnd(3) == 0 && n < LINE_MAX_)
				line[n++] = rnd(2) ? '@' : '.';
			n = put(line, n, sigs[rnd((unsigned)nsigs)], 1);
			break;
		case 3:
			if (n < LINE_MAX_)
				line[n++] = '\0';
			break;
		case 4:
		case 5:
			len = 1 + rnd(12);
			for (k = 0; k < len; k++)
				word[k] = "abcdefghijklmnopqrstuvwxyzAEIXZ"
				    "0123456789"[rnd(41)];
			word[len] = '\0';
			n = put(line, n, word, 0);
			break;
		default:
			n = put(line, n, seps[rnd(NELEM(seps))], 0);
			break;
		}
	}
	return n;
}

/* What a text says, as far as the reader's answers go. */
struct answer {
	struct verdict	 v[5];
	const char	*provider;
};

static void
answer(const char *s, size_t n, struct answer *a)
{
	static const int	 codes[][4] = {
		{ 550, 5, 1, 1 }, { 550, 5, 7, 1 }, { 451, 4, 7, 1 },
		{ 552, 5, 2, 2 }
	};
	struct basic		 b;
	struct enhanced		 e;
	size_t			 k;

	memset(a, 0, sizeof(*a));
	verdict_text(s, n, NULL, NULL, NULL, &a->v[0]);
	for (k = 0; k < NELEM(codes); k++) {
		basic_set(&b, codes[k][0]);
		enhanced_set(&e, codes[k][1], codes[k][2], codes[k][3]);
		verdict_text(s, n, &b, &e, NULL, &a->v[k + 1]);
	}
	a->provider = provider_of_text(s, n);
}

static int
same(const struct answer *x, const struct answer *y)
{
	size_t	 k;

	for (k = 0; k < NELEM(x->v); k++)
		if (x->v[k].reason != y->v[k].reason ||
		    x->v[k].bounce != y->v[k].bounce ||
		    x->v[k].retry != y->v[k].retry ||
		    x->v[k].from_text != y->v[k].from_text ||
		    x->v[k].pcase != y->v[k].pcase)
			return 0;
	return x->provider == y->provider;
}

/* Whether every way reads the n bytes at s as the byte loops do. */
static int
agree(const char *line, size_t n, int *differ)
{
	struct answer	 want, got;
	const char	*s = fenced(line, n);
	int		 level, ok = 1;

	words_simd(WORDS_SIMD_NONE);
	answer(s, n, &want);
	for (level = WORDS_SIMD_SWAR; level <= WORDS_SIMD_AVX2; level++) {
		if (words_simd(level) != level)
			continue;
		answer(s, n, &got);
		if (!same(&want, &got)) {
			ok = 0;
			if ((*differ)++ < 5) {
				fprintf(stderr, "  level %d differs on "
				    "%zu bytes: '", level, n);
				fwrite(line, 1, n, stderr);
				fprintf(stderr, "'\n");
			}
		}
	}
	return ok;
}

/*
 * Random lines, and each of some cut at every length, read with masks
 * and byte by byte, say the same; and the lines do find phrases and
 * providers, or the test would prove nothing.
 */
static void
test_agree(void)
{
	char		 line[LINE_MAX_ + 64];
	struct answer	 a;
	size_t		 n, cut, k, found = 0, providers = 0;
	int		 differ = 0;

	nphrases = column("data/phrases.txt", 2, phrases, NELEM(phrases));
	nsigs = column("data/provider-hosts.txt", 4, sigs, NELEM(sigs));
	CHECK(nphrases > 250);
	CHECK(nsigs > 20);
	if (nphrases == 0 || nsigs == 0)
		return;
	/* Each phrase and signature as it is, in capitals, blanks changed. */
	for (k = 0; k < nphrases + nsigs; k++) {
		const char	*forms[] = { "%s", "x %s y", "%s.", "(%s)" };
		const char	*what = k < nphrases ? phrases[k] :
			    sigs[k - nphrases];
		size_t		 form, c;

		for (form = 0; form < NELEM(forms); form++) {
			n = (size_t)snprintf(line, sizeof(line), forms[form],
			    what);
			if (n >= sizeof(line))
				continue;
			agree(line, n, &differ);
			for (c = 0; c < n; c++)
				if (line[c] >= 'a' && line[c] <= 'z')
					line[c] = (char)(line[c] - 'a' + 'A');
			agree(line, n, &differ);
			for (c = 0; c < n; c++)
				if (line[c] == ' ')
					line[c] = "-\t_"[c % 3];
			agree(line, n, &differ);
		}
	}
	for (k = 0; k < 6000; k++) {
		n = random_line(line);
		if (k < 60)
			for (cut = 0; cut < n; cut++)
				agree(line, cut, &differ);
		agree(line, n, &differ);
		words_simd(WORDS_SIMD_AVX2);
		answer(line, n, &a);
		found += a.v[0].from_text;
		providers += a.provider != NULL;
	}
	CHECK(differ == 0);
	CHECK(found > 3000);
	CHECK(providers > 500);
	for (k = 0; k < nphrases; k++)
		free(phrases[k]);
	for (k = 0; k < nsigs; k++)
		free(sigs[k]);
}

/* Long stretches: words across blocks, a phrase after 64 KiB is unread. */
static void
test_long(void)
{
	static char	 text[70000];
	struct answer	 a;
	size_t		 k, n;
	int		 differ = 0;

	for (k = 0; k < sizeof(text); k++)
		text[k] = "abcdefghij"[k % 10];
	memcpy(text + 1000, " mailbox full ", 14);
	CHECK(agree(text, 2000, &differ));
	words_simd(WORDS_SIMD_AVX2);
	answer(text, 2000, &a);
	CHECK(a.v[0].reason == REASON_MAILBOXFULL);
	/* Glued to the words around it, it is no phrase. */
	text[1000] = text[1013] = 'x';
	CHECK(agree(text, 2000, &differ));
	answer(text, 2000, &a);
	CHECK(a.v[0].reason == REASON_UNDEFINED);
	memcpy(text + 1100, "; mailbox full.", 15);
	CHECK(agree(text, 2000, &differ));
	answer(text, 2000, &a);
	CHECK(a.v[0].reason == REASON_MAILBOXFULL);
	/* Every start in a block of 64 and its neighbours. */
	for (k = 0; k < 130; k++) {
		memset(text, 'a', 300);
		text[k] = ' ';
		memcpy(text + k + 1, "User Unknown", 12);
		text[k + 13] = rnd(2) ? '.' : ' ';
		for (n = k + 10; n < k + 16; n++)
			CHECK(agree(text, n, &differ));
	}
	memset(text, 'a', sizeof(text));
	memcpy(text + 65530, " quota exceeded", 15);
	answer(text, sizeof(text), &a);
	CHECK(a.v[0].reason == REASON_UNDEFINED);
	memcpy(text + 65000, " quota exceeded", 15);
	answer(text, sizeof(text), &a);
	CHECK(a.v[0].from_text);
	CHECK(differ == 0);
}

int
main(void)
{
	test_masks();
	test_agree();
	test_long();
	return unit_done("test_words");
}
