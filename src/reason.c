/* Why mail failed: reasons from codes, reply texts and provider cases. */
#include <stdlib.h>
#include <string.h>

#include "reason.h"
#include "words.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define TEXT_MAX	65536	/* bytes of a text that are read */

enum { TD_RETRY_CLASS, TD_RETRY_YES, TD_RETRY_NO };

/*
 * The shapes of the tables that tools/gendata writes into tabledata.h.
 * Their strings are offsets in td_strings (TD_STRING), not pointers: the
 * loader has nothing of them to relocate before the program starts.
 */
struct td_reason {
	uint32_t	 name;
	int		 retry;		/* TD_RETRY_* */
	uint32_t	 label[LANG_MAX];
	uint32_t	 meaning[LANG_MAX];
};

struct td_title {
	/* cppcheck-suppress unusedStructMember */
	int		 value;
	uint32_t	 title[LANG_MAX];
};

/* A code's reason; reply 0: none; class -1: none, 0: any (X). */
struct td_code {
	int		 reply;
	int		 class;
	int		 subject;
	int		 detail;
	enum reason	 reason;
	int		 vague;		/* any phrase of the text overrides it */
};

struct td_phrase {
	uint32_t	 text;		/* folded */
	unsigned	 rank;		/* in the order of the folded texts */
	size_t		 len;
	unsigned	 key;		/* its first three bytes, blanks as ' ' */
	enum reason	 reason;
	int		 flags;		/* TD_STRONG, TD_PREFIX, ... */
	int		 plain;		/* see plain_len() */
	unsigned long long	 pre;	/* see prefix_at() */
	unsigned long long	 mask;
	unsigned long long	 pre2;	/* see phrase_ends() */
	unsigned long long	 mask2;
};

struct td_words {
	int		 reply;
	int		 class;
	int		 subject;
	int		 detail;
	uint32_t	 words;		/* folded, " word word ... " */
};

struct td_provider {
	uint32_t	 id;
	uint32_t	 name[LANG_MAX];
};

struct td_sig {
	uint32_t	 text;		/* folded */
	size_t		 len;
	int		 kind;		/* TD_RHOST, TD_SUFFIX, ... */
	int		 provider;	/* index in td_providers */
	unsigned long long	 pre;	/* see prefix_at() */
	unsigned long long	 mask;
};

#include "tabledata.h"

_Static_assert(TD_NREASONS == REASON_MAX,
    "data/reasons.txt and enum reason differ");

/* What the phrases of a text say. */
struct heard {
	size_t		 strong_at;	/* position of the first strong phrase */
	enum reason	 strong;
	size_t		 weak_at;
	enum reason	 weak;
	unsigned long long	 strongs;	/* bits: reasons of strong phrases */
	int		 general;	/* the strong phrase is a general one */
	size_t		 span_at;	/* the strong phrase that reaches */
	size_t		 span_end;	/* furthest so far: where, its end */
};

/* Base letters for U+00C0 to U+00FF, as in lookup.c and tools/gendata. */
static const char latin1_base[] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

const char *
pcase_str(uint32_t off)
{
	return off < sizeof(td_strings) ? TD_STRING(off) : "";
}

const char *
reason_name(enum reason r)
{
	return TD_STRING((unsigned)r < REASON_MAX ? td_reasons[r].name :
	    td_reasons[REASON_UNDEFINED].name);
}

const char *
reason_label(enum reason r, enum lang lang)
{
	if ((unsigned)r >= REASON_MAX)
		r = REASON_UNDEFINED;
	return TD_STRING(td_reasons[r].label[lang == LANG_FR ? LANG_FR :
	    LANG_EN]);
}

const char *
reason_meaning(enum reason r, enum lang lang)
{
	if ((unsigned)r >= REASON_MAX)
		r = REASON_UNDEFINED;
	return TD_STRING(td_reasons[r].meaning[lang == LANG_FR ? LANG_FR :
	    LANG_EN]);
}

int
reason_parse(const char *s, enum reason *r)
{
	size_t	 i;

	for (i = 0; i < REASON_MAX; i++)
		if (strcmp(s, TD_STRING(td_reasons[i].name)) == 0) {
			*r = (enum reason)i;
			return 1;
		}
	return 0;
}

const char *
bounce_name(enum bounce b)
{
	return b == BOUNCE_HARD ? "hard" : b == BOUNCE_SOFT ? "soft" : "none";
}

static int
code_cmp(const void *key, const void *elem)
{
	const struct td_code	*k = key, *c = elem;

	if (k->reply != c->reply)
		return k->reply < c->reply ? -1 : 1;
	if (k->class != c->class)
		return k->class < c->class ? -1 : 1;
	if (k->subject != c->subject)
		return k->subject < c->subject ? -1 : 1;
	return (k->detail > c->detail) - (k->detail < c->detail);
}

static const struct td_code *
code_find(int reply, int class, int subject, int detail)
{
	struct td_code	 k;

	memset(&k, 0, sizeof(k));
	k.reply = reply;
	k.class = class;
	k.subject = subject;
	k.detail = detail;
	return bsearch(&k, td_codes, NELEM(td_codes), sizeof(td_codes[0]),
	    code_cmp);
}

/* The class, 2 to 5, that the codes give; the reply's first. */
static int
codes_class(const struct basic *b, const struct enhanced *e)
{
	int	 c;

	if (b != NULL && (c = basic_class(b->value)) >= 2 && c <= 5)
		return c;
	if (e != NULL && (e->class == 2 || e->class == 4 || e->class == 5))
		return e->class;
	return 0;
}

/*
 * The row that decides the reason of the codes: the pair, else the
 * enhanced code (its class, any class, then its subject's X.S.0 for an
 * unregistered detail), else the reply code.  NULL when none does.
 */
static const struct td_code *
codes_row_find(int r, const struct enhanced *e)
{
	const struct td_code	*c = NULL;

	if (e != NULL) {
		if (r != 0 && ((c = code_find(r, e->class, e->subject,
		    e->detail)) != NULL || (c = code_find(r, 0, e->subject,
		    e->detail)) != NULL))
			return c;
		if ((c = code_find(0, e->class, e->subject, e->detail)) !=
		    NULL || (c = code_find(0, 0, e->subject, e->detail)) !=
		    NULL)
			return c;
	}
	if (e != NULL && (c = code_find(0, 0, e->subject, 0)) != NULL)
		return c;
	if (r != 0)
		c = code_find(r, -1, 0, 0);
	return c;
}

/*
 * The rows of the codes met last, a slot per key: a log says the same
 * few codes again and again.  A key is 0 for codes out of its ranges.
 */
#define ROWS_SEEN	64

static struct {
	unsigned long long		 key;
	const struct td_code	*row;
} rows_seen[ROWS_SEEN];

static unsigned long long
codes_key(int r, const struct enhanced *e)
{
	unsigned long long	 key = (unsigned long long)r << 1 | 1;

	if (e == NULL)
		return key;
	if (e->class < 0 || e->class > 9 || e->subject < 0 ||
	    e->subject > 999 || e->detail < 0 || e->detail > 999)
		return 0;
	return key | (unsigned long long)(1 + e->class * 1000000 +
	    e->subject * 1000 + e->detail) << 11;
}

static const struct td_code *
codes_row(const struct basic *b, const struct enhanced *e)
{
	const struct td_code	*c;
	unsigned long long		 key;
	size_t			 slot;
	int			 r = b != NULL ? b->value : 0;

	if (r < 200 || r > 599)
		r = 0;
	if ((key = codes_key(r, e)) == 0)
		return codes_row_find(r, e);
	slot = (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 58) % ROWS_SEEN;
	if (rows_seen[slot].key == key)
		return rows_seen[slot].row;
	c = codes_row_find(r, e);
	rows_seen[slot].key = key;
	rows_seen[slot].row = c;
	return c;
}

/* Hard or soft, and whether waiting may help, from the reason. */
static void
verdict_settle(struct verdict *v, int class)
{
	int	 retry = td_reasons[v->reason].retry;

	switch (class) {
	case 2:
	case 3:
		v->bounce = BOUNCE_NONE;
		v->retry = 0;
		return;
	case 4:
		v->bounce = BOUNCE_SOFT;
		v->retry = retry != TD_RETRY_NO;
		return;
	case 5:
		v->bounce = v->reason == REASON_USERUNKNOWN ||
		    v->reason == REASON_HOSTUNKNOWN ||
		    v->reason == REASON_HASMOVED ||
		    v->reason == REASON_NOTACCEPT ? BOUNCE_HARD : BOUNCE_SOFT;
		v->retry = retry == TD_RETRY_YES;
		return;
	default:
		v->bounce = v->reason == REASON_UNDEFINED ||
		    v->reason == REASON_DELIVERED ? BOUNCE_NONE : BOUNCE_SOFT;
		v->retry = retry == TD_RETRY_YES;
		return;
	}
}

/* The verdict of the codes; *vague tells whether a text may override. */
static int
verdict_of_codes(const struct basic *b, const struct enhanced *e,
    struct verdict *v, int *vague)
{
	const struct td_code	*c;
	int			 class = codes_class(b, e);

	memset(v, 0, sizeof(*v));
	v->reason = REASON_UNDEFINED;
	*vague = 1;
	if (class == 2) {
		v->reason = REASON_DELIVERED;
		*vague = 0;
	} else if (class == 3)
		*vague = 0;
	else if ((c = codes_row(b, e)) != NULL) {
		v->reason = c->reason;
		*vague = c->vague;
	}
	verdict_settle(v, class);
	return class;
}

void
verdict_class(struct verdict *v, int class)
{
	verdict_settle(v, class);
}

void
verdict_codes(const struct basic *b, const struct enhanced *e,
    struct verdict *v)
{
	int	 vague;

	verdict_of_codes(b, e, v, &vague);
}

/* Letters, digits and every byte of a multibyte character. */
static inline int
is_word(int c)
{
	return td_word[c & 0xff] != 0;
}

/*
 * The byte at s[*i] folded as tools/gendata folds phrases: ASCII
 * lowercased, Latin-1 letters without accents, U+2019 as an apostrophe,
 * U+00A0 as a space; *i moves past what was read.
 */
static int
fold_wide(const unsigned char *s, size_t n, size_t *i)
{
	size_t	 k = *i;

	if (s[k] == 0xc3 && k + 1 < n && s[k + 1] >= 0x80 &&
	    s[k + 1] <= 0xbf) {
		*i += 2;
		return (unsigned char)latin1_base[s[k + 1] - 0x80];
	}
	if (s[k] == 0xc2 && k + 1 < n && s[k + 1] == 0xa0) {
		*i += 2;
		return ' ';
	}
	if (s[k] == 0xe2 && k + 2 < n && s[k + 1] == 0x80 &&
	    s[k + 2] == 0x99) {
		*i += 3;
		return '\'';
	}
	*i += 1;
	return s[k];
}

static inline int
fold_next(const unsigned char *s, size_t n, size_t *i)
{
	int	 c = s[*i];

	if (c >= 0x80)
		return fold_wide(s, n, i);
	*i += 1;
	return (unsigned)(c - 'A') < 26 ? c + 'a' - 'A' : c;
}

/* The length of a no-break space or a closing quote at s[i], or 0. */
static inline size_t
sep_len(const unsigned char *s, size_t n, size_t i)
{
	if (s[i] == 0xc2 && i + 1 < n && s[i + 1] == 0xa0)
		return 2;
	if (s[i] == 0xe2 && i + 2 < n && s[i + 1] == 0x80 &&
	    s[i + 2] == 0x99)
		return 3;
	return 0;
}

/*
 * Where the next word starts at or after s[i], or n: a word byte that no
 * word byte precedes; a no-break space and a closing quote count as no
 * word's.
 */
static inline size_t
word_next(const unsigned char *s, size_t n, size_t i)
{
	size_t	 k;
	int	 t;

	for (;;) {
		/* Bit 2 clear: no word's, or within a character. */
		while (i < n && ((t = td_word[s[i]]) & 2) == 0)
			i++;
		if (i >= n || t == 3 || (k = sep_len(s, n, i)) == 0)
			return i;
		i += k;
	}
}

/* Where the word that starts at s[i] ends. */
static inline size_t
word_skip(const unsigned char *s, size_t n, size_t i)
{
	for (;;) {
		/* Bit 1 set goes on; 0 stops, 2 may. */
		while (i < n && td_word[s[i]] & 1)
			i++;
		if (i >= n || td_word[s[i]] == 0 || sep_len(s, n, i) > 0)
			return i;
		i++;
	}
}

/* Whether s[i] ends a word: the end, or a byte that is no word's. */
static int
word_end(const unsigned char *s, size_t n, size_t i)
{
	size_t	 k = i;
	int	 c;

	if (i >= n)
		return 1;
	c = fold_next(s, n, &k);
	return !is_word(c) || c == ' ' || c == '\'';
}

/* A blank of a text where a phrase has a space: blanks, '-', '_'. */
static inline size_t
blanks(const unsigned char *s, size_t n, size_t i)
{
	size_t	 k = i;

	for (;;)
		if (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '-' ||
		    s[k] == '_'))
			k++;
		else if (k + 1 < n && s[k] == 0xc2 && s[k + 1] == 0xa0)
			k += 2;
		else
			return k - i;
}

/* The length of the digits at s[i], at most max of them, or 0. */
static size_t
digits_at(const unsigned char *s, size_t n, size_t i, size_t max)
{
	size_t	 k;

	for (k = 0; i + k < n && k <= max && s[i + k] >= '0' &&
	    s[i + k] <= '9'; k++)
		continue;
	return k <= max ? k : 0;
}

/*
 * The length of the prefix of a reply's next line at s[i], as logs join
 * a multi-line reply: "450-4.2.1 " or "450 4.2.1 " with the blanks after
 * it, or "550-" right before the text; 0 if there is none.
 */
static size_t
continued_at(const unsigned char *s, size_t n, size_t i)
{
	size_t	 j = i + 4, d, b;

	if (i + 4 >= n || s[i] < '2' || s[i] > '5' ||
	    digits_at(s, n, i, 3) != 3 || (s[i + 3] != '-' && s[i + 3] != ' '))
		return 0;
	if (j + 1 < n && (s[j] == '2' || s[j] == '4' || s[j] == '5') &&
	    s[j + 1] == '.' && (d = digits_at(s, n, j + 2, 3)) > 0 &&
	    j + 2 + d < n && s[j + 2 + d] == '.' &&
	    (b = digits_at(s, n, j + 3 + d, 3)) > 0) {
		j += 3 + d + b;
		return (b = blanks(s, n, j)) > 0 ? j + b - i : 0;
	}
	return s[i + 3] == '-' && blanks(s, n, j) == 0 ? j - i : 0;
}

/*
 * Whether the folded pattern p (len bytes) is found at s[i]; if so, set
 * *end past it.  A space of the pattern matches a run of blanks, and if
 * joined says so the prefix of a reply's next line after it: a long
 * reply is logged as its lines joined ("a potential 552-5.7.0 security
 * issue").
 */
static inline __attribute__((always_inline)) int
folded_run(const char *p, size_t len, const unsigned char *s, size_t n,
    size_t i, size_t *end, int joined)
{
	size_t	 k, b;

	for (k = 0; k < len; k++) {
		if (i >= n)
			return 0;
		if (p[k] == ' ') {
			if ((b = blanks(s, n, i)) == 0)
				return 0;
			i += b;
			if (joined)
				i += continued_at(s, n, i);
			/* " - " of a marker is one run of blanks too. */
			while (k + 1 < len && (p[k + 1] == ' ' ||
			    p[k + 1] == '-' || p[k + 1] == '_'))
				k++;
		} else if (fold_next(s, n, &i) != (unsigned char)p[k])
			return 0;
	}
	*end = i;
	return 1;
}

static int
folded_at(const char *p, size_t len, const unsigned char *s, size_t n,
    size_t i, size_t *end)
{
	return folded_run(p, len, s, n, i, end, 0);
}

/*
 * The first want bytes at s[i], at most eight, folded as tools/gendata
 * folds phrases, a run of blanks after the first as one space, packed
 * first byte highest and 0 past them; *after is the position after the
 * third, or 0 if fewer than three are left.  A phrase or signature found
 * at s[i] begins with these bytes, as the pre and mask that gendata
 * writes say: each blank of a pattern that folded_at() takes is one run
 * of blanks of the text, each other byte one folded character; a run of
 * blanks of the text met where the pattern has no blank makes the match
 * fail.
 */
static unsigned long long
prefix_wide(const unsigned char *s, size_t n, size_t i, int want,
    size_t *after)
{
	unsigned long long	 w = 0;
	size_t			 b;
	int			 k, c;

	*after = 0;
	for (k = 0; k < want; k++) {
		if (i >= n)
			break;
		if (k > 0 && (b = blanks(s, n, i)) > 0) {
			i += b;
			c = ' ';
		} else
			c = fold_next(s, n, &i);
		w = w << 8 | (unsigned)c;
		if (k == 2)
			*after = i;
	}
	return k > 0 ? w << (8 * (8 - k)) : 0;
}

/*
 * The same as prefix_wide(), one table look-up a byte while the bytes
 * after the first are ASCII, which td_fold folds, blanks as ' '.
 */
static inline unsigned long long
prefix_at(const unsigned char *s, size_t n, size_t i, int want,
    size_t *after)
{
	unsigned long long	 w;
	size_t			 j = i;
	int			 k = 1, c, run = 0;

	*after = 0;
	w = (unsigned)fold_next(s, n, &j);
	for (; j < n; j++) {
		if ((c = td_fold[s[j]]) == 0)
			return prefix_wide(s, n, i, want, after);
		if (c == ' ') {
			if (run)
				continue;
			run = 1;
		} else
			run = 0;
		if (k == 3)
			*after = j;
		if (k == want)
			return w << (8 * (8 - k));
		w = w << 8 | (unsigned)c;
		k++;
	}
	if (k == 3)
		*after = j;
	return k > 0 ? w << (8 * (8 - k)) : 0;
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
#define LOWS	0x7f7f7f7f7f7f7f7fULL

/* The eight bytes at s, the first highest, whatever the byte order. */
static inline unsigned long long
load_be64(const unsigned char *s)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	unsigned long long	 x;

	memcpy(&x, s, sizeof(x));
	return __builtin_bswap64(x);
#else
	return (unsigned long long)s[0] << 56 | (unsigned long long)s[1] << 48 |
	    (unsigned long long)s[2] << 40 | (unsigned long long)s[3] << 32 |
	    (unsigned long long)s[4] << 24 | (unsigned long long)s[5] << 16 |
	    (unsigned long long)s[6] << 8 | (unsigned long long)s[7];
#endif
}

/* The high bit of each byte of x, ASCII, that is b. */
static inline unsigned long long
bytes_are(unsigned long long x, unsigned b)
{
	unsigned long long	 v = x ^ ONES * b;

	return ~(((v & LOWS) + LOWS) | v | LOWS);
}

/*
 * What prefix_at() gives for eight bytes, eight at once: when the bytes
 * at s[i] are ASCII without two blanks in a row, each is one folded
 * byte, a blank a space and a capital its small letter.
 */
static inline unsigned long long
prefix8(const unsigned char *s, size_t n, size_t i, size_t *after)
{
	unsigned long long	 x, b, up;
	const unsigned char	*p = s + i;

	if (n - i < 8)
		return prefix_at(s, n, i, 8, after);
	x = (unsigned long long)p[0] << 56 | (unsigned long long)p[1] << 48 |
	    (unsigned long long)p[2] << 40 | (unsigned long long)p[3] << 32 |
	    (unsigned long long)p[4] << 24 | (unsigned long long)p[5] << 16 |
	    (unsigned long long)p[6] << 8 | (unsigned long long)p[7];
	if (x & HIGHS)
		return prefix_at(s, n, i, 8, after);
	b = bytes_are(x, ' ') | bytes_are(x, '\t') | bytes_are(x, '-') |
	    bytes_are(x, '_');
	if (b & b << 8)
		return prefix_at(s, n, i, 8, after);
	x = (x & ~((b >> 7) * 0xff)) | b >> 2;
	/* 'A' and above, and not above 'Z', have 0x20 added. */
	up = (x + ONES * (0x80 - 'A')) & ~(x + ONES * (0x80 - 'Z' - 1)) &
	    HIGHS;
	*after = i + 3;
	return x | up >> 2;
}

/*
 * The first three bytes that prefix_at() gives, or 0 if fewer are left;
 * three ASCII bytes, not two blanks in a row, are three folded bytes.
 */
static inline unsigned
key_at(const unsigned char *s, size_t n, size_t i)
{
	size_t		 after;
	unsigned	 c1, c2, key;

	if (n - i >= 3 && (s[i] | s[i + 1] | s[i + 2]) < 0x80) {
		c1 = td_fold[s[i + 1]];
		c2 = td_fold[s[i + 2]];
		if (c1 != ' ' || c2 != ' ')
			return (unsigned)td_fold[s[i]] << 16 | c1 << 8 | c2;
	}
	key = (unsigned)(prefix_at(s, n, i, 3, &after) >> 40);
	return after != 0 ? key : 0;
}

/* The place of a key in td_key_flags, as gendata sets it. */
static inline unsigned
key_bit(unsigned key)
{
	return (key * 2654435761u & 0xffffffffu) >> (32 - TD_KEYBITS);
}

static inline int
bit_in(const unsigned char *bits, unsigned h)
{
	return bits[h / 8] >> h % 8 & 1;
}

/*
 * Whether a space that ends the bytes of a pattern matched one for one
 * took a single blank of the text: the pattern's next byte q is no
 * blank, nor the text's at s[i], if any, which must be ASCII.
 */
static inline int
space_ends(int q, const unsigned char *s, size_t n, size_t i)
{
	return q != ' ' && q != '-' && q != '_' && (i >= n ||
	    (s[i] < 0x80 && td_fold[s[i]] != ' '));
}

/*
 * The eight bytes at s[i] folded, NULs past the end, into *t: 1 if they
 * are ASCII without two blanks in a row, else 0.
 */
static int
chunk_at(const unsigned char *s, size_t n, size_t i, unsigned long long *t)
{
	unsigned long long	 x, bl;
	size_t			 m;

	if (n - i >= 8)
		x = load_be64(s + i);
	else
		for (x = 0, m = 0; m < 8; m++)
			x = x << 8 | (i + m < n ? s[i + m] : 0);
	if (x & HIGHS)
		return 0;
	bl = bytes_are(x, ' ') | bytes_are(x, '\t') | bytes_are(x, '-') |
	    bytes_are(x, '_');
	if (bl & bl << 8)
		return 0;
	x = (x & ~((bl >> 7) * 0xff)) | bl >> 2;
	*t = x | ((x + ONES * (0x80 - 'A')) & ~(x + ONES * (0x80 - 'Z' - 1)) &
	    HIGHS) >> 2;
	return 1;
}

/*
 * What folded_at() says of the pattern p (len bytes) at s[i], eight
 * bytes at a time while the text is ASCII without two blanks in a row;
 * the byte before s[i] took no blank of the pattern, and *first, unless
 * 0, is what chunk_at() gives at s[i] (1) or not (2).  Where the bytes
 * of a chunk are the pattern's, each takes one of the pattern; at the
 * first that is not, the match fails, unless the pattern has a '-' or
 * '_' there, which folded_at() reads.
 */
static int
folded_plain(const char *p, size_t len, const unsigned char *s, size_t n,
    size_t i, int *first, unsigned long long *t1, size_t *end)
{
	unsigned long long	 t, q, d, keep;
	size_t			 k = 0, r, m;

	while (k < len && i < n) {
		if (k > 0) {
			if (!chunk_at(s, n, i, &t))
				break;
		} else {
			if (*first == 0)
				*first = chunk_at(s, n, i, t1) ? 1 : 2;
			if (*first == 2)
				break;
			t = *t1;
		}
		if ((r = len - k) >= 8) {
			q = load_be64((const unsigned char *)p + k);
			r = 8;
			keep = ~0ULL;
		} else {
			for (q = 0, m = 0; m < r; m++)
				q = q << 8 | (unsigned char)p[k + m];
			q <<= 8 * (8 - r);
			keep = ~0ULL << 8 * (8 - r);
		}
		if ((d = (t ^ q) & keep) == 0) {
			if (p[k + r - 1] == ' ' && (k + r == len ||
			    !space_ends((unsigned char)p[k + r], s, n, i + r)))
				break;
			k += r;
			i += r;
			continue;
		}
		/*
		 * A space there needs a blank, which the text has not; a
		 * '-' or '_' may belong to a run of blanks of the pattern.
		 */
		m = (size_t)__builtin_clzll(d) / 8;
		if (p[k + m] == '-' || p[k + m] == '_')
			break;
		return 0;
	}
	if (k == len) {
		*end = i;
		return 1;
	}
	return folded_at(p + k, len - k, s, n, i, end);
}

/* Phrases compared by their first bytes at once, since the start. */
static unsigned long	 plain_compares;

unsigned long
reason_plain_compares(void)
{
	return plain_compares;
}

/*
 * Whether c leads the three bytes of a character of U+3000 to U+D7FF in
 * UTF-8: CJK punctuation, kana, ideographs, Hangul.
 */
static inline int
cjk_lead(unsigned char c)
{
	return c >= 0xe3 && c <= 0xed;
}

/* Whether phrase p ends with such a character, where no word need end. */
static inline int
cjk_last(const struct td_phrase *p)
{
	return p->len >= 3 && cjk_lead((unsigned char)
	    TD_STRING(p->text)[p->len - 3]);
}

/*
 * How many of the first bytes of phrase p the text at s[i] holds one for
 * one, when the eight bytes there are ASCII without two blanks in a row
 * and begin with p's: as many as p has, up to eight, unless a '-' or '_'
 * is among them, and a space at their end only where space_ends() says
 * so; or 0.  Each of those bytes then takes one byte of the text in
 * folded_at().  gendata counts them in p->plain.
 */
static inline size_t
plain_len(const struct td_phrase *p, const unsigned char *s, size_t n,
    size_t i)
{
	size_t	 k = (size_t)p->plain;

	if ((p->flags & TD_SPACED) &&
	    !space_ends((unsigned char)TD_STRING(p->text)[k], s, n, i + k))
		return 0;
	return k;
}

/*
 * The bucket of td_phrase_first where the phrases of six bytes or more
 * that w may begin are, as gendata sets it by their first six bytes.
 */
static inline unsigned
six_bucket(unsigned long long w)
{
	return (unsigned)(((w >> 16) * 0x9e3779b97f4a7c15ULL) >>
	    (64 - TD_SIXBUCKETS));
}

/* The bucket of the shorter phrases whose first three bytes are key. */
static inline unsigned
key_bucket(unsigned key)
{
	return (1u << TD_SIXBUCKETS) + ((key * 2654435761u & 0xffffffffu) >>
	    (32 - TD_KEYBUCKETS));
}

/*
 * Whether phrase p, whose first bytes the text's are, is found at s[i],
 * a word and no address's; if so, set *end past it.  The rest is as
 * phrases_at() says; *first and *t8 keep what chunk_at() gives past the
 * first eight bytes, for folded_plain().
 */
static inline int
phrase_ends(const struct td_phrase *p, const unsigned char *s, size_t n,
    size_t i, size_t after, int plain, int *first, unsigned long long *t8,
    size_t *end)
{
	size_t	 one;

	if (plain && (one = plain_len(p, s, n, i)) > 0) {
		plain_compares++;
		*end = i + one;
		/* Then one is eight: the chunk after is read once. */
		if (one < p->len) {
			if (*first == 0 && *end < n)
				*first = chunk_at(s, n, *end, t8) ? 1 : 2;
			/*
			 * Where folded_plain() would find the bytes up to a
			 * '-' or '_' unlike the text's, it fails: most of
			 * the phrases that start alike are ruled out so.
			 */
			if ((*first == 1 && ((*t8 ^ p->pre2) & p->mask2) !=
			    0) || !folded_plain(TD_STRING(p->text) + one,
			    p->len - one, s, n, *end, first, t8, end))
				return 0;
		}
	} else if (p->flags & TD_LITERAL ?
	    !folded_at(TD_STRING(p->text), p->len, s, n, i, end) :
	    !folded_at(TD_STRING(p->text) + 3, p->len - 3, s, n, after, end))
		return 0;
	if (!(p->flags & TD_PREFIX) && is_word((unsigned char)
	    TD_STRING(p->text)[p->len - 1]) && !cjk_last(p) &&
	    !word_end(s, n, *end))
		return 0;
	/*
	 * Not a word of an address, spam@ or @virus.example, nor a key:
	 * rdns=unknown names a field, not a cause.
	 */
	return !((i > 0 && s[i - 1] == '@') || (*end < n && (s[*end] == '@' ||
	    s[*end] == '=')));
}

/*
 * Whether r is about an address or its domain not being there, or not
 * taking mail (RFC 7505's null MX): after words about the sender
 * ("sender domain ... does not exist", "Sender address rejected: Sender
 * domain has null MX"), such words are the sender's, and they do not
 * take over.
 */
static inline int
address_reason(enum reason r)
{
	return r == REASON_USERUNKNOWN || r == REASON_HOSTUNKNOWN ||
	    r == REASON_NOTACCEPT;
}

/*
 * Whether a firm code of reason code says which address is bad, or
 * whose, where words of an unknown address, of reason words, do not:
 * X.1.2 is the domain's, X.1.7 and X.1.8 the sender's, also when the
 * words say a name does not resolve.
 */
static inline int
code_says_whose(enum reason code, enum reason words)
{
	return (code == REASON_HOSTUNKNOWN && words == REASON_USERUNKNOWN) ||
	    (code == REASON_REJECTED && (address_reason(words) ||
	    words == REASON_REQUIREPTR));
}

/*
 * Whether p, found after the strong phrase that h holds, makes it the
 * sender's: words about the sender's address ("Sender verify failed")
 * after an unknown address or domain, as Exim writes a callout's
 * answer before its verdict ("550-Response: 550 No such user here",
 * then "550 Sender verify failed").
 */
static inline int
sender_after(const struct heard *h, const struct td_phrase *p)
{
	return (p->flags & TD_GENERAL) && p->reason == REASON_REJECTED &&
	    address_reason(h->strong);
}

/* Whether the word w, lower case, ends at s[k], a word of its own. */
static int
word_ends_at(const unsigned char *s, size_t k, const char *w)
{
	size_t	 l = strlen(w), j;

	if (k < l || (k > l && is_word(s[k - l - 1])))
		return 0;
	for (j = 0; j < l; j++)
		if ((s[k - l + j] | 0x20) != (unsigned char)w[j])
			return 0;
	return 1;
}

/* Where the blanks that end at s[k] start. */
static size_t
blanks_back(const unsigned char *s, size_t k)
{
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	return k;
}

/*
 * Whether the word "domain" (or "domain name") and a domain name stand
 * right before s[i]:
 * "The domain example.test does not exist" is said of the domain, not
 * of an address, whatever words of an unknown address follow.
 */
static int
domain_before(const unsigned char *s, size_t i)
{
	static const char	*const words[] = { "domain", "domaine",
	    "dominio" };
	size_t			 k, e, w;
	int			 dot = 0;

	e = k = blanks_back(s, i);
	for (; k > 0 && e - k < 256 && s[k - 1] != ' ' && s[k - 1] != '\t';
	    k--) {
		if (s[k - 1] == '@')
			return 0;
		dot |= s[k - 1] == '.';
	}
	/* "domain example.test: mailbox does not exist" is the mailbox's. */
	if (!dot || k == e || (k > 0 && e - k >= 256) || s[e - 1] == ':' ||
	    s[e - 1] == ',' || s[e - 1] == ';')
		return 0;
	k = blanks_back(s, k);
	if (word_ends_at(s, k, "name"))
		k = blanks_back(s, k - 4);
	for (w = 0; w < NELEM(words); w++)
		if (word_ends_at(s, k, words[w]))
			return 1;
	return 0;
}

/*
 * Phrases that start at s[i], the start of a word, into h; w and after
 * are what prefix_at() gives at s[i]; plain says that the eight bytes
 * at s[i] are ASCII without two blanks in a row, and next, unless NULL,
 * holds the eight after them, folded, which are too.  Only the phrases
 * of two buckets may start there: those whose first six bytes are w's,
 * and the shorter ones with the key of w, if shorts says that some have
 * it as td_key_flags does.  Two phrases that end at the same
 * place fold to the same bytes, and so are in one bucket, in the order
 * of their rank; of the weak phrases, the one of lowest rank counts.
 * Most words that get here meet a phrase or two: the cost of a call
 * would be most of theirs.
 */
static inline __attribute__((always_inline)) void
phrases_at(const unsigned char *s, size_t n, size_t i,
    unsigned long long w, size_t after, int plain, int shorts,
    const unsigned char *next, struct heard *h)
{
	const struct td_phrase	*p;
	unsigned long long	 t8 = next != NULL ? load_be64(next) : 0;
	size_t			 k, end, best = 0;
	unsigned		 key = (unsigned)(w >> 40), rank = 0;
	unsigned		 b[2];
	int			 r, first = next != NULL;
	enum reason		 why;

	if (after == 0)
		return;
	b[0] = six_bucket(w);
	b[1] = key_bucket(key);
	for (r = 0; r < 1 + shorts; r++) {
		for (k = td_phrase_first[b[r]]; k < td_phrase_first[b[r] + 1];
		    k++) {
			p = &td_phrases[k];
			if ((w & p->mask) != p->pre || p->key != key ||
			    !phrase_ends(p, s, n, i, after, plain, &first, &t8,
			    &end))
				continue;
			if (p->flags & TD_STRONG) {
				/*
				 * A phrase inside a longer one found before
				 * it is that one's: "Submission quota
				 * exceeded" says nothing of a mailbox's quota.
				 */
				if (i > h->span_at && end <= h->span_end)
					continue;
				if (end > h->span_end) {
					h->span_at = i;
					h->span_end = end;
				}
				why = p->reason;
				if (why == REASON_USERUNKNOWN &&
				    domain_before(s, i))
					why = REASON_HOSTUNKNOWN;
				h->strongs |= 1ULL << why;
				/*
				 * The first strong phrase decides, but a
				 * general one says how or whose mail was
				 * refused, not why: a cause named after it
				 * decides ("Rejected by content filter:
				 * classified as spam").  A message that waited
				 * in the queue past its time failed for that,
				 * whatever the last attempt met: "Connection
				 * timed out ... could not be delivered for 5
				 * days".
				 */
				if (h->strong_at == (size_t)-1 ||
				    (why == REASON_EXPIRED &&
				    (h->strong == REASON_NETWORKERROR ||
				    h->strong == REASON_SYSTEMERROR)) ||
				    (h->strong_at == i && end - i > best) ||
				    (h->general && !(p->flags & TD_GENERAL) &&
				    why != h->strong &&
				    !address_reason(why) &&
				    !(h->strong == REASON_REJECTED &&
				    why == REASON_REQUIREPTR)) ||
				    sender_after(h, p)) {
					h->strong_at = i;
					h->strong = why;
					h->general = (p->flags & TD_GENERAL) != 0;
					best = end - i;
				} else if (h->general && why == h->strong &&
				    !(p->flags & TD_GENERAL))
					/* The cause said in general words is
					 * now said plainly: it stands. */
					h->general = 0;
			} else if (h->weak_at == (size_t)-1 ||
			    (h->weak_at == i && p->rank < rank)) {
				h->weak_at = i;
				h->weak = p->reason;
				rank = p->rank;
			}
		}
	}
}

/* The index of a provider id in td_providers, or -1. */
static int
provider_index(const char *id)
{
	size_t	 i;

	if (id == NULL)
		return -1;
	for (i = 0; i < NELEM(td_providers); i++)
		if (strcmp(TD_STRING(td_providers[i].id), id) == 0)
			return (int)i;
	return -1;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/*
 * Whether s holds the folded marker m, blanks matching blanks; "xxx" in
 * m stands for a number, as providers write "(ASxxx)" for "(AS843)".
 */
static int
text_holds(const char *m, const unsigned char *s, size_t n)
{
	const char	*x = strstr(m, "xxx");
	size_t		 i, end, len = x != NULL ? (size_t)(x - m) : strlen(m);

	if (*m == '\0')
		return 1;
	for (i = 0; i < n; i++) {
		if ((len > 0 && s[i] < 0x80 &&
		    lower(s[i]) != (unsigned char)m[0]) ||
		    !folded_run(m, len, s, n, i, &end, 1))
			continue;
		if (x == NULL)
			return 1;
		if (end >= n || s[end] - (unsigned)'0' > 9)
			continue;
		while (end < n && s[end] - (unsigned)'0' <= 9)
			end++;
		if (x[3] == '\0' || folded_run(x + 3, strlen(x + 3), s, n, end,
		    &end, 1))
			return 1;
	}
	return 0;
}

/*
 * How well case k fits the codes and text: 0 if not at all.  A code of
 * the case must equal the one given, if given, and with a code given the
 * case must share one.  A case without a marker needs, with text, every
 * code it names given; with text, the marker must be in it.  A case that
 * names no code needs its marker in the text, unless nothing is given
 * at all (every case then fits).
 */
static int
case_fits(size_t k, const struct basic *b, const struct enhanced *e,
    const unsigned char *s, size_t n)
{
	const struct pcase	*c = &pcases[k];
	int			 score = 1, shared = 0;

	if (c->reply != 0 && b != NULL) {
		if (b->value != c->reply)
			return 0;
		score += 1;
		shared = 1;
	} else if (c->reply != 0 && s != NULL && TD_STRING(c->marker)[0] == '\0')
		return 0;
	if (c->class != 0 && e != NULL) {
		if (e->class != c->class || e->subject != c->subject ||
		    e->detail < c->detail_lo || e->detail > c->detail_hi)
			return 0;
		score += c->detail_lo == c->detail_hi ? 3 : 2;
		shared = 1;
	} else if (c->class != 0 && s != NULL && TD_STRING(c->marker)[0] == '\0')
		return 0;
	if ((c->reply != 0 || c->class != 0) && (b != NULL || e != NULL) &&
	    !shared)
		return 0;
	if (c->reply == 0 && c->class == 0 && s == NULL &&
	    (b != NULL || e != NULL))
		return 0;
	if (s != NULL && TD_STRING(td_markers[k])[0] != '\0') {
		if (!text_holds(TD_STRING(td_markers[k]), s, n))
			return 0;
		score += 4;
	}
	return score;
}

size_t
provider_match(const char *provider, const struct basic *b,
    const struct enhanced *e, const char *s, size_t n,
    const struct pcase **out, size_t max)
{
	size_t	 k, lo = 0, hi = npcases, found = 0;
	int	 p;

	if (provider != NULL) {
		if ((p = provider_index(provider)) < 0)
			return 0;
		lo = td_cases[p][0];
		hi = lo + td_cases[p][1];
	}
	if (s != NULL && n > TEXT_MAX)
		n = TEXT_MAX;
	for (k = lo; k < hi && found < max; k++) {
		/* Most cases name another reply code: case_fits() says no. */
		if (b != NULL && pcases[k].reply != 0 &&
		    pcases[k].reply != b->value)
			continue;
		if (case_fits(k, b, e, (const unsigned char *)s, n) > 0)
			out[found++] = &pcases[k];
	}
	return found;
}

/*
 * The one case of provider p for the enhanced code e, when the provider
 * gave e a meaning of its own: a detail from 10 on (Gmail's 5.7.27, an
 * SPF failure where the registry has a null MX) or a range of them
 * (Microsoft's 4.7.500-699).  Its reply code must fit b too.  NULL when
 * no case or more than one has e: the words must then tell them apart.
 */
static const struct pcase *
case_own_code(int p, const struct basic *b, const struct enhanced *e)
{
	size_t			 k, lo = td_cases[p][0], hi = lo + td_cases[p][1];
	const struct pcase	*c, *one = NULL;

	for (k = lo; k < hi; k++) {
		c = &pcases[k];
		if (c->class != e->class || c->subject != e->subject ||
		    e->detail < c->detail_lo || e->detail > c->detail_hi)
			continue;
		if (one != NULL)
			return NULL;
		one = c;
	}
	if (one == NULL || (one->detail_lo < 10 &&
	    one->detail_lo == one->detail_hi) ||
	    (b != NULL && one->reply != 0 && one->reply != b->value))
		return NULL;
	return one;
}

/*
 * The case of provider p that fits the codes and text best, or NULL;
 * verdict_text asks only with b or e given.  *marked says whether the
 * text holds the case's marker.  When no marker is in the text, a code
 * that only one case has still names it (case_own_code()).
 */
static const struct pcase *
case_best(int p, const struct basic *b, const struct enhanced *e,
    const unsigned char *s, size_t n, int *marked)
{
	size_t	 k, lo = td_cases[p][0], hi = lo + td_cases[p][1];
	int	 score, best = 0;
	const struct pcase	*c = NULL;

	for (k = lo; k < hi; k++)
		if ((score = case_fits(k, b, e, s, n)) > best) {
			best = score;
			c = &pcases[k];
		}
	*marked = c != NULL && TD_STRING(c->marker)[0] != '\0';
	if (c == NULL && e != NULL && s != NULL)
		c = case_own_code(p, b, e);
	return c;
}

/* Whether c, a byte of a folded text, may be part of a host name. */
static int
is_host(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    c == '-' || c == '.';
}

/* Whether a host name ends at s[i]; a final dot may end it too. */
static int
host_ends(const unsigned char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '.')
		i++;
	return i >= n || !is_host(lower(s[i]));
}

/* The provider that the signatures found so far point to. */
struct found {
	int	 provider;	/* index in td_providers, or -1 */
	int	 rank;		/* how much its signature says */
};

/* The second byte at s[i] folded, blanks as they are; 0 at the end. */
static int
second_at(const unsigned char *s, size_t n, size_t i)
{
	(void)fold_next(s, n, &i);
	return i < n ? fold_next(s, n, &i) : 0;
}

/*
 * Signatures that start at s[i], a word or a dot, whose first bytes
 * prefix_at() gives in w.  Host names and suffixes say most, then
 * signatures of the reply text, then the recipient's domain and a host
 * name among the words; the first of the best kind counts.
 */
static void
sigs_at(const unsigned char *s, size_t n, size_t i, unsigned long long w,
    struct found *f)
{
	const struct td_sig	*g;
	size_t			 k, end;
	int			 c = (int)(w >> 56), r;

	for (k = td_sig_first[c]; k < td_sig_first[c + 1]; k++) {
		g = &td_sigs[k];
		if ((w & g->mask) != g->pre ||
		    (unsigned char)TD_STRING(g->text)[1] != second_at(s, n, i) ||
		    !folded_at(TD_STRING(g->text), g->len, s, n, i, &end))
			continue;
		switch (g->kind) {
		case TD_RHOST:
			if ((i > 0 && is_host(lower(s[i - 1]))) ||
			    !host_ends(s, n, end))
				continue;
			r = 4;
			break;
		case TD_SUFFIX:
			if (!host_ends(s, n, end))
				continue;
			r = 4;
			break;
		case TD_DOMAIN:
			if (i == 0 || s[i - 1] != '@' || !host_ends(s, n, end))
				continue;
			r = 2;
			break;
		default:
			if (is_word((unsigned char)TD_STRING(g->text)[g->len - 1]) &&
			    !word_end(s, n, end))
				continue;
			/*
			 * A host name in the words says no more than the
			 * recipient's domain: Outlook.com's replies name
			 * the same servers as Exchange Online's.
			 */
			r = TD_STRING(g->text)[0] == '.' ? 2 : 3;
			break;
		}
		if (r > f->rank) {
			f->rank = r;
			f->provider = g->provider;
		}
	}
}

/*
 * Whether the word at s[i] is part of the name of an Exim router or
 * transport, "R=dkim_lookuphost T=dkim_remote_smtp": a name of the
 * configuration, not a word of a reply.  At most 64 bytes back.
 */
static int
exim_name(const unsigned char *s, size_t i)
{
	size_t	 k;

	/* Most words follow a blank, and start no name's part. */
	if (i < 3 || (s[i - 1] != '=' && s[i - 1] != '_' && s[i - 1] != '-' &&
	    s[i - 1] != '.'))
		return 0;
	for (k = i; k > 0 && i - k < 64 && s[k - 1] != ' ' && s[k - 1] != '\t';
	    k--)
		continue;
	return i >= k + 2 && (s[k] == 'R' || s[k] == 'T') && s[k + 1] == '=' &&
	    k > 0;
}

/* The phrases and signatures that start at s[i], the start of a word. */
static void
word_at(const unsigned char *s, size_t n, size_t i, struct heard *h,
    struct found *f)
{
	unsigned long long	 w;
	size_t			 after;
	unsigned		 key, fl;
	int			 ph, sg;

	/*
	 * Most words start no phrase and no signature, which their first
	 * byte or the key of their first three bytes tells.
	 */
	if (!td_start[s[i]])
		return;
	key = key_at(s, n, i);
	fl = key != 0 ? td_key_flags[key_bit(key)] : 0;
	ph = h != NULL && (fl & TD_KEY_PHRASE) && !exim_name(s, i);
	sg = f != NULL && (TD_SHORTSIGS > 0 || (fl & TD_KEY_SIG));
	if (!ph && !sg)
		return;
	w = prefix8(s, n, i, &after);
	if (sg)
		sigs_at(s, n, i, w, f);
	if (ph)
		phrases_at(s, n, i, w, after, 0,
		    (fl & TD_KEY_PHRASE_SHORT) != 0, NULL, h);
}

/* The signatures at s[e], where a word ends, if a dot is there. */
static void
dot_at(const unsigned char *s, size_t n, size_t e, struct found *f)
{
	size_t		 dot;
	unsigned	 key;

	if (f != NULL && e < n && s[e] == '.' && (TD_SHORTSIGS > 0 ||
	    ((key = key_at(s, n, e)) != 0 &&
	    (td_key_flags[key_bit(key)] & TD_KEY_SIG))))
		sigs_at(s, n, e, prefix8(s, n, e, &dot), f);
}

/*
 * The bit in td_phrase_six and td_sig_six of the first six bytes of w,
 * as gendata sets it for each phrase or signature that has six or more.
 */
static inline unsigned
six_bit(unsigned long long w)
{
	return (unsigned)(((w >> 16) * 0x9e3779b97f4a7c15ULL) >>
	    (64 - TD_SIXBITS));
}

/*
 * The phrases and signatures that start at s[p], a word whose first
 * eight bytes are ASCII without two blanks in a row and fold to w, the
 * flags of whose key are fl; next, unless NULL, holds the eight bytes
 * after those, folded, which are plain too.
 */
static void
word_fast(const unsigned char *s, size_t n, size_t p, unsigned long long w,
    unsigned fl, const unsigned char *next, struct heard *h, struct found *f)
{
	if (f != NULL && (TD_SHORTSIGS > 0 || ((fl & TD_KEY_SIG) &&
	    (bit_in(td_sig_six, six_bit(w)) || (fl & TD_KEY_SIG_SHORT)))))
		sigs_at(s, n, p, w, f);
	if (h != NULL && (fl & TD_KEY_PHRASE) &&
	    (bit_in(td_phrase_six, six_bit(w)) ||
	    (fl & TD_KEY_PHRASE_SHORT)) && !exim_name(s, p))
		phrases_at(s, n, p, w, p + 3, 1,
		    (fl & TD_KEY_PHRASE_SHORT) != 0, next, h);
}

/* The same for the signatures at a dot that ends a word. */
static void
dot_fast(const unsigned char *s, size_t n, size_t p, unsigned long long w,
    unsigned fl, struct found *f)
{
	if (f != NULL && (TD_SHORTSIGS > 0 || ((fl & TD_KEY_SIG) &&
	    (bit_in(td_sig_six, six_bit(w)) || (fl & TD_KEY_SIG_SHORT)))))
		sigs_at(s, n, p, w, f);
}

/*
 * Chinese, Japanese and Korean run their words together: a phrase may
 * start at each of their characters from s[i] to s[e], the end of a word.
 */
static void
cjk_read(const unsigned char *s, size_t n, size_t i, size_t e,
    struct heard *h)
{
	for (; h != NULL && i + 2 < e; i++)
		if (cjk_lead(s[i]))
			word_at(s, n, i, h, NULL);
}

/*
 * The words of s from s[i], the start of a word, as long as the text is
 * ASCII: masks of 64 bytes say where words start and where a dot ends
 * one, and the first eight bytes of each are folded at once.  Blocks
 * overlap by eight bytes so that those eight are in the masks.  Return
 * where the next word starts, from where the byte loops go on, or n.
 */
static size_t
blocks_read(const unsigned char *s, size_t n, size_t i, struct heard *h,
    struct found *f)
{
	struct words_block	 m;
	unsigned char		 pad[64];
	unsigned long long	 w;
	uint64_t		 starts, dots, ev, slow, dd, carry = 0;
	size_t			 b, p, e, stop, lim;
	unsigned		 j, fl;
	words_masker		 mask = words_choose();
	int			 exact = words_level() >= WORDS_SIMD_AVX2;

	for (b = i; b < n; b += 56) {
		if (n - b >= 64)
			mask(s + b, td_start, &m);
		else {
			memset(pad, 0, sizeof(pad));
			memcpy(pad, s + b, n - b);
			mask(pad, td_start, &m);
		}
		stop = m.high != 0 ? (size_t)__builtin_ctzll(m.high) : 64;
		lim = stop < 56 ? stop : 56;
		starts = m.start & ~(m.word << 1 | carry);
		/*
		 * A signature at a dot has a letter or digit after it, which
		 * the start mask holds, or a byte from 0x80 that may fold to
		 * one: most dots, of numbers, are passed over here.
		 */
		dots = f != NULL ? m.dot & (m.word << 1 | carry) &
		    (m.start | m.high) >> 1 : 0;
		/*
		 * Bit j of slow: the eight bytes from j hold a byte from
		 * 0x80 or two blanks in a row, or fewer than three are
		 * left, where prefix8() folds byte by byte.  Past the end,
		 * the last block is padded with NULs, as prefix8() pads.
		 */
		dd = m.blank & m.blank >> 1;
		dd |= dd >> 1;
		dd |= dd >> 2;
		dd |= dd >> 3;
		slow = m.high;
		slow |= slow >> 1;
		slow |= slow >> 2;
		slow |= slow >> 4;
		slow |= dd;
		if (n - b < 64)
			slow |= n - b < 3 ? ~(uint64_t)0 :
			    ~(uint64_t)0 << (n - b - 2);
		for (ev = (starts | dots) & (((uint64_t)1 << lim) - 1);
		    ev != 0; ev &= ev - 1) {
			j = (unsigned)__builtin_ctzll(ev);
			p = b + j;
			if (slow >> j & 1) {
				if (dots >> j & 1)
					dot_at(s, n, p, f);
				else
					word_at(s, n, p, h, f);
				continue;
			}
			/* The flags of its key rule out most words. */
			w = load_be64(m.folded + j);
			fl = td_key_flags[key_bit((unsigned)(w >> 40))];
			if (TD_SHORTSIGS == 0 && fl == 0)
				continue;
			if (dots >> j & 1)
				dot_fast(s, n, p, w, fl, f);
			else if (exact || td_start[s[p]])
				word_fast(s, n, p, w, fl, j <= 48 &&
				    (slow >> (j + 8) & 1) == 0 ?
				    m.folded + j + 8 : NULL, h, f);
		}
		if (stop < 56) {
			/* A word that goes on past ASCII ends as bytes say. */
			b += stop;
			if (stop > 0 ? m.word >> (stop - 1) & 1 : carry) {
				e = word_skip(s, n, b);
				cjk_read(s, n, b, e, h);
				dot_at(s, n, e, f);
				return word_next(s, n, e);
			}
			return word_next(s, n, b);
		}
		carry = m.word >> 55 & 1;
	}
	return n;
}

/*
 * Read the words of s once: the phrases into h, and, unless f is NULL,
 * the signatures at each word and at a dot after it into f.  Stretches
 * of ASCII are read by blocks, the rest byte by byte.
 */
static void
text_read(const unsigned char *s, size_t n, struct heard *h,
    struct found *f)
{
	size_t	 i, e;
	int	 blocks = words_level() > WORDS_SIMD_NONE;

	if (h != NULL) {
		h->strong_at = h->weak_at = (size_t)-1;
		h->strong = h->weak = REASON_UNDEFINED;
		h->strongs = 0;
		h->general = 0;
		h->span_at = h->span_end = 0;
	}
	if (f != NULL) {
		f->provider = -1;
		f->rank = 0;
	}
	for (i = word_next(s, n, 0); i < n; ) {
		if (blocks && s[i] < 0x80) {
			i = blocks_read(s, n, i, h, f);
			continue;
		}
		e = word_skip(s, n, i);
		word_at(s, n, i, h, f);
		cjk_read(s, n, i + 1, e, h);
		dot_at(s, n, e, f);
		i = word_next(s, n, e);
	}
}

/*
 * The words of the last text read for a verdict, kept for the next
 * finding of the same line: a line with eleven codes is read once.
 */
static struct {
	const unsigned char	*text;		/* where it was, not a copy */
	size_t			 n;
	int			 valid;
	int			 with_found;	/* f was read too */
	int			 level;		/* words_level() then */
	struct heard		 h;
	struct found		 f;
} last_read;

/*
 * text_read(), unless again says that the text is the one read last,
 * at the same place and not changed since, which the caller knows.
 */
static void
text_read_again(const unsigned char *s, size_t n, struct heard *h,
    struct found *f, int again)
{
	/* Read with other means, as tests do, it is read again. */
	if (again && last_read.valid && last_read.text == s &&
	    last_read.n == n && (f == NULL || last_read.with_found) &&
	    last_read.level == words_level()) {
		*h = last_read.h;
		if (f != NULL)
			*f = last_read.f;
		return;
	}
	text_read(s, n, h, f);
	last_read.text = s;
	last_read.n = n;
	last_read.valid = 1;
	last_read.with_found = f != NULL;
	last_read.level = words_level();
	last_read.h = *h;
	if (f != NULL)
		last_read.f = *f;
}

const char *
provider_of_text(const char *text, size_t n)
{
	struct found	 f;

	if (text == NULL)
		return NULL;
	if (n > TEXT_MAX)
		n = TEXT_MAX;
	text_read((const unsigned char *)text, n, NULL, &f);
	return f.provider < 0 ? NULL : TD_STRING(td_providers[f.provider].id);
}

/* verdict_text(), its words read again unless again says otherwise. */
static void
verdict_read(const char *text, size_t n, const struct basic *b,
    const struct enhanced *e, const char *provider, struct verdict *v,
    int again)
{
	const unsigned char	*s = (const unsigned char *)text;
	const struct pcase	*c;
	struct heard		 h;
	struct found		 f;
	int			 class, vague, p, marked;

	class = verdict_of_codes(b, e, v, &vague);
	if (text == NULL || class == 2 || class == 3)
		return;
	if (n > TEXT_MAX)
		n = TEXT_MAX;
	/* No provider case without a code: no need to look for one. */
	text_read_again(s, n, &h, provider == NULL && (b != NULL ||
	    e != NULL) ? &f : NULL, again);
	if (h.strong_at != (size_t)-1) {
		/*
		 * A firm code stands if a strong phrase agrees with it, but
		 * an unknown address or domain after words about the sender
		 * is the sender's: "Sender address rejected: Domain not
		 * found".  A firm code of an unknown domain stands against
		 * words of an unknown address, which may be the domain's:
		 * "5.1.2 Domain example.test does not exist"; so does one of
		 * the sender's address (X.1.7, X.1.8), whose they are: "5.1.8
		 * Sender address domain example.test does not exist".  Mail
		 * a sending service suppressed never left it: whatever code
		 * it gives, of the address's history, is not a reply.
		 */
		if (vague || h.strong == REASON_SUPPRESSED ||
		    ((!(h.strongs & 1ULL << v->reason) ||
		    (h.strong == REASON_REJECTED &&
		    address_reason(v->reason))) &&
		    !code_says_whose(v->reason, h.strong))) {
			v->reason = h.strong;
			v->from_text = 1;
		}
	} else if (h.weak_at != (size_t)-1 && vague &&
	    (h.weak != REASON_SYSTEMERROR || e == NULL ||
	    v->reason != REASON_BLOCKED)) {
		/* A server's trouble or a plea to retry, said weakly, is
		 * no cause against an enhanced code of refused mail:
		 * "4.7.1 Try again later" stands blocked. */
		v->reason = h.weak;
		v->from_text = 1;
	}
	verdict_settle(v, class);
	if (b == NULL && e == NULL)
		return;
	p = provider != NULL ? provider_index(provider) : f.provider;
	if (p >= 0)
		v->provider = TD_STRING(td_providers[p].id);
	/* Mail a sending service suppressed met no provider's server. */
	if (p >= 0 && !(v->from_text && v->reason == REASON_SUPPRESSED) &&
	    (c = case_best(p, b, e, s, n, &marked)) != NULL) {
		v->pcase = c;
		v->reason = c->reason;
		if (marked)
			v->from_text = 1;
		verdict_settle(v, class);
		v->retry = c->retry;
	}
}

void
verdict_text(const char *text, size_t n, const struct basic *b,
    const struct enhanced *e, const char *provider, struct verdict *v)
{
	verdict_read(text, n, b, e, provider, v, 0);
}

void
verdict_text_again(const char *text, size_t n, const struct basic *b,
    const struct enhanced *e, const char *provider, struct verdict *v)
{
	verdict_read(text, n, b, e, provider, v, 1);
}

const char *
provider_name(const char *id)
{
	return provider_label(id, LANG_EN);
}

const char *
provider_label(const char *id, enum lang lang)
{
	int	 p;

	if ((p = provider_index(id)) < 0)
		return NULL;
	return TD_STRING(td_providers[p].name[lang == LANG_FR ? LANG_FR :
	    LANG_EN]);
}

static int
title_cmp(const void *key, const void *elem)
{
	int	 v = *(const int *)key;
	int	 w = ((const struct td_title *)elem)->value;

	return (v > w) - (v < w);
}

const char *
reply_title(int value, enum lang lang)
{
	const struct td_title	*t;

	if (lang != LANG_FR)
		lang = LANG_EN;
	if ((t = bsearch(&value, td_titles, NELEM(td_titles),
	    sizeof(td_titles[0]), title_cmp)) != NULL)
		return TD_STRING(t->title[lang]);
	if (value >= 200 && value <= 559 && value / 10 % 10 <= 5)
		return TD_STRING(td_categories[value / 100 - 2][value / 10 % 10]
		    [lang]);
	return TD_STRING(td_untitled[lang]);
}

static int
words_cmp(const void *key, const void *elem)
{
	const struct td_words	*k = key, *w = elem;

	if (k->reply != w->reply)
		return k->reply < w->reply ? -1 : 1;
	if (k->class != w->class)
		return k->class < w->class ? -1 : 1;
	if (k->subject != w->subject)
		return k->subject < w->subject ? -1 : 1;
	return (k->detail > w->detail) - (k->detail < w->detail);
}

static const char *
words_find(int reply, int class, int subject, int detail)
{
	struct td_words		 k;
	const struct td_words	*w;

	memset(&k, 0, sizeof(k));
	k.reply = reply;
	k.class = class;
	k.subject = subject;
	k.detail = detail;
	w = bsearch(&k, td_code_words, NELEM(td_code_words) - 1,
	    sizeof(td_code_words[0]), words_cmp);
	return w != NULL ? TD_STRING(w->words) : NULL;
}

/* Whether the folded word w (len bytes) begins a word of list. */
static int
word_in(const char *list, const char *w, size_t len)
{
	const char	*p;

	if (list == NULL)
		return 0;
	for (p = list; (p = strstr(p, w)) != NULL; p++)
		if (p > list && (p[-1] == ' ' || p[-1] == '-' ||
		    p[-1] == '/'))
			return 1;
	(void)len;
	return 0;
}

int
keywords_match(int kind, int value_or_class, int subject, int detail,
    const char *needle)
{
	const char	*lists[4], *w, *e;
	char		 word[64];
	struct basic	 b;
	struct enhanced	 en;
	struct verdict	 v;
	size_t		 i, len, nlists = 0;
	int		 any = 0, ok;

	if (kind == KIND_BASIC) {
		b.value = value_or_class;
		b.reply = NULL;
		verdict_codes(&b, NULL, &v);
		lists[nlists++] = words_find(value_or_class, -1, 0, 0);
	} else {
		memset(&en, 0, sizeof(en));
		en.class = value_or_class;
		en.subject = subject;
		en.detail = detail;
		verdict_codes(NULL, &en, &v);
		if (value_or_class != 0)
			lists[nlists++] = words_find(0, value_or_class,
			    subject, detail);
		lists[nlists++] = words_find(0, 0, subject, detail);
	}
	if (v.reason != REASON_UNDEFINED)
		lists[nlists++] = TD_STRING(td_reason_words[v.reason]);
	for (w = needle; *w != '\0'; w = e) {
		while (*w == ' ')
			w++;
		for (e = w; *e != '\0' && *e != ' '; e++)
			continue;
		if ((len = (size_t)(e - w)) == 0)
			break;
		if (len >= sizeof(word))
			return 0;
		memcpy(word, w, len);
		word[len] = '\0';
		for (ok = 0, i = 0; i < nlists && !ok; i++)
			ok = word_in(lists[i], word, len);
		if (!ok)
			return 0;
		any = 1;
	}
	return any;
}
