/* Finding codes: parsing operands, lookups by value and by name, search. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lookup.h"
#include "reason.h"

#define NAME_MAX_SUGGEST	64	/* longer names get no suggestion */

static int
isdigit_ascii(int c)
{
	return c >= '0' && c <= '9';
}

static int
tolower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/*
 * Parse a basic reply code: three digits as RFC 5321 allows them
 * (2-5, 0-5, 0-9), or the enumeration's sentinels 0 and -1.
 */
int
parse_basic(const char *s, size_t n, struct basic *b)
{
	int	 v;

	if (n == 2 && s[0] == '-' && s[1] == '1')
		v = -1;
	else if (n == 1 && s[0] == '0')
		v = 0;
	else if (n == 3 && s[0] >= '2' && s[0] <= '5' &&
	    s[1] >= '0' && s[1] <= '5' && isdigit_ascii(s[2]))
		v = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	else
		return 0;
	basic_set(b, v);
	return 1;
}

/* A reply code and its entry in the table, if it has one. */
void
basic_set(struct basic *b, int value)
{
	b->value = value;
	b->reply = reply_find(value);
}

/* An enhanced code and what the registry has for its parts; class 0
 * stands for any class (X.Y.Z). */
void
enhanced_set(struct enhanced *e, int class, int subject, int detail)
{
	e->class = class;
	e->subject = subject;
	e->detail = detail;
	e->classp = esc_class_find(class);
	e->subjectp = esc_subject_find(subject);
	e->detailp = esc_detail_find(subject, detail);
}

/* Parse 1 to 3 digits without a leading zero; return the length used. */
static size_t
parse_part(const char *s, size_t n, int *out)
{
	size_t	 i;
	int	 v = 0;

	for (i = 0; i < n && i < 4 && isdigit_ascii(s[i]); i++)
		v = v * 10 + (s[i] - '0');
	if (i == 0 || i > 3 || (i > 1 && s[0] == '0'))
		return 0;
	*out = v;
	return i;
}

/*
 * Parse an RFC 3463 status code: class "." subject "." detail.  With
 * anyclass, "X" (or "x") stands for any class and gives class 0, as the
 * lists write registered detail codes.
 */
static int
parse_enhanced(const char *s, size_t n, struct enhanced *e, int anyclass)
{
	size_t	 i, k;
	int	 subject, detail, class;

	if (n < 5 || s[1] != '.')
		return 0;
	if (s[0] == '2' || s[0] == '4' || s[0] == '5')
		class = s[0] - '0';
	else if (anyclass && (s[0] == 'X' || s[0] == 'x'))
		class = 0;
	else
		return 0;
	i = 2;
	if ((k = parse_part(s + i, n - i, &subject)) == 0)
		return 0;
	i += k;
	if (i >= n || s[i] != '.')
		return 0;
	i++;
	if ((k = parse_part(s + i, n - i, &detail)) == 0 || i + k != n)
		return 0;
	enhanced_set(e, class, subject, detail);
	return 1;
}

static int
is_blank_ascii(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether c may start a code, or something meant to be one. */
static int
is_code_start(int c)
{
	return isdigit_ascii(c) || c == '-' || c == '.' || c == 'X' ||
	    c == 'x';
}

/* The length of the word at s, up to a blank or the end. */
static size_t
word_len(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < n && !is_blank_ascii(s[k]); k++)
		continue;
	return k;
}

/*
 * Classify one operand: a basic code, an enhanced code, a pair as
 * servers write them ("550 5.1.1", "550-5.1.1"), or a whole reply
 * pasted from a log ("550 5.1.1 User unknown"), whose text after the
 * codes is kept in op->text.  Blanks around the operand are ignored.
 */
enum opkind
parse_operand(const char *s, struct operand *op)
{
	size_t	 n, k, i;

	while (is_blank_ascii(*s))
		s++;
	for (n = strlen(s); n > 0 && is_blank_ascii(s[n - 1]); n--)
		continue;
	op->kind = OP_BAD;
	op->text = NULL;
	op->textlen = 0;
	k = word_len(s, n);
	if (parse_basic(s, k, &op->basic))
		op->kind = OP_BASIC;
	else if (parse_enhanced(s, k, &op->enh, 1))
		op->kind = OP_ENHANCED;
	else if (k > 4 && parse_basic(s, 3, &op->basic) && s[3] == '-' &&
	    op->basic.value >= 200) {
		/* 550-5.1.1, or a continuation line: 250-PIPELINING */
		if (parse_enhanced(s + 4, k - 4, &op->enh, 0))
			op->kind = OP_PAIR;
		else if (is_code_start(s[4]))
			return OP_BAD;
		else {
			op->kind = OP_BASIC;
			k = 4;
		}
	} else
		return OP_BAD;
	for (i = k; i < n && is_blank_ascii(s[i]); i++)
		continue;
	if (op->kind == OP_BASIC && i < n && is_code_start(s[i])) {
		/* What follows a reply code and looks like a code must be
		 * one: "550 5.1.1", not "550 5.1". */
		if (op->basic.value < 200 || !parse_enhanced(s + i,
		    word_len(s + i, n - i), &op->enh, 0))
			return op->kind = OP_BAD;
		op->kind = OP_PAIR;
		for (i += word_len(s + i, n - i); i < n &&
		    is_blank_ascii(s[i]); i++)
			continue;
	}
	if (i < n) {
		op->text = s + i;
		op->textlen = n - i;
	}
	return op->kind;
}

/* Arrays, not pointers, which the loader would relocate at each start. */
static const struct {
	char		 word[16];
	int		 class;
} class_names[] = {
	{ "success", 2 },
	{ "intermediate", 3 },
	{ "transient", 4 },
	{ "permanent", 5 },
};

/* The class bit for one item of a --class list, or 0. */
static unsigned
class_item(const char *s, size_t n)
{
	size_t	 i;

	if ((n == 1 || (n == 3 && tolower_ascii(s[1]) == 'x' &&
	    tolower_ascii(s[2]) == 'x')) && s[0] >= '2' && s[0] <= '5')
		return CLASS_BIT(s[0] - '0');
	for (i = 0; i < sizeof(class_names) / sizeof(class_names[0]); i++)
		if (strlen(class_names[i].word) == n &&
		    strncasecmp(s, class_names[i].word, n) == 0)
			return CLASS_BIT(class_names[i].class);
	return 0;
}

/* The kind bit for one item of a --kind list, or 0. */
static unsigned
kind_item(const char *s, size_t n)
{
	if (n == 5 && strncasecmp(s, "basic", n) == 0)
		return KIND_BASIC;
	if (n == 8 && strncasecmp(s, "enhanced", n) == 0)
		return KIND_ENHANCED;
	return 0;
}

/* Parse a comma-separated list, or-ing the bits of its items. */
static int
parse_list(const char *s, unsigned *mask, unsigned (*item)(const char *,
    size_t))
{
	const char	*end;
	unsigned	 bit;

	*mask = 0;
	for (;;) {
		end = strchr(s, ',');
		if ((bit = item(s, end ? (size_t)(end - s) : strlen(s))) == 0)
			return 0;
		*mask |= bit;
		if (end == NULL)
			return 1;
		s = end + 1;
	}
}

/* Parse a comma-separated list of classes: 5, 5xx, permanent. */
int
parse_classes(const char *s, unsigned *mask)
{
	return parse_list(s, mask, class_item);
}

/* Parse a comma-separated list of kinds: basic, enhanced. */
int
parse_kinds(const char *s, unsigned *mask)
{
	return parse_list(s, mask, kind_item);
}

/* The class (2 to 5) of a reply code, or 0 for the sentinels. */
int
basic_class(int value)
{
	return value >= 200 ? value / 100 : 0;
}

/* Whether the registry's list for d admits the basic code value. */
static int
esc_allows_basic(const struct esc_detail *d, int value)
{
	const char	*p = table_str(d->basic);
	char		 want[4];

	want[0] = (char)('0' + value / 100 % 10);
	want[1] = (char)('0' + value / 10 % 10);
	want[2] = (char)('0' + value % 10);
	want[3] = '\0';
	while (*p != '\0') {
		if (p[0] == want[0] && (strncmp(p, want, 3) == 0 ||
		    (p[1] == 'X' && p[2] == 'X')))
			return 1;
		p += 3;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* Return PAIR_* bits saying how a basic and an enhanced code disagree. */
int
pair_check(const struct basic *b, const struct enhanced *e)
{
	int	 bad = 0;

	if (basic_class(b->value) != e->class)
		bad |= PAIR_CLASS;
	if (e->detailp != NULL && table_str(e->detailp->basic)[0] != '\0' &&
	    !esc_allows_basic(e->detailp, b->value))
		bad |= PAIR_ASSOC;
	return bad;
}

static int
reply_cmp(const void *key, const void *elem)
{
	int	 v = *(const int *)key;
	int	 w = ((const struct reply *)elem)->value;

	return (v > w) - (v < w);
}

const struct reply *
reply_find(int value)
{
	return bsearch(&value, replies, nreplies, sizeof(replies[0]),
	    reply_cmp);
}

/* Find a reply by its name or an alias, case-insensitively. */
const struct reply *
reply_by_name(const char *name)
{
	size_t	 i;

	for (i = 0; i < nreplies; i++)
		if (strcasecmp(table_str(replies[i].name), name) == 0)
			return &replies[i];
	for (i = 0; i < naliases; i++)
		if (strcasecmp(table_str(aliases[i].name), name) == 0)
			return reply_find(aliases[i].value);
	return NULL;
}

/* Store up to max alias names of r in out; return how many there are. */
size_t
reply_aliases(const struct reply *r, const char **out, size_t max)
{
	size_t	 i, n = 0;

	for (i = 0; i < naliases; i++)
		if (aliases[i].value == r->value) {
			if (n < max)
				out[n] = table_str(aliases[i].name);
			n++;
		}
	return n;
}

/* Levenshtein distance between two short strings, ignoring case. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t	 row[NAME_MAX_SUGGEST + 1];
	size_t	 la = strlen(a), lb = strlen(b), i, j, diag, up, best;

	if (la > NAME_MAX_SUGGEST || lb > NAME_MAX_SUGGEST)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			up = row[j];
			best = diag + (tolower_ascii(a[i - 1]) !=
			    tolower_ascii(b[j - 1]));
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

/* How far a candidate name is from what was typed; -1 if too far. */
static size_t
name_score(const char *typed, const char *cand)
{
	size_t	 d, len = strlen(typed), limit;

	if (len >= 3 && fold_contains(cand, typed))
		return 0;
	d = edit_distance(typed, cand);
	limit = len / 3 > 2 ? len / 3 : 2;
	return d <= limit ? d : (size_t)-1;
}

/*
 * Store in out up to max known names close to name, best first; return
 * how many were stored.
 */
size_t
name_suggest(const char *name, const char **out, size_t max)
{
	char		 folded[NAME_MAX_SUGGEST + 1];
	size_t		 scores[8], i, j, k, n = 0, sc, total;
	const char	*cand;

	if (max > 8)
		max = 8;
	if (strlen(name) > NAME_MAX_SUGGEST || max == 0)
		return 0;
	fold_text(name, folded, sizeof(folded));
	total = nreplies + naliases;
	for (i = 0; i < total; i++) {
		cand = i < nreplies ? table_str(replies[i].name) :
		    table_str(aliases[i - nreplies].name);
		if ((sc = name_score(folded, cand)) == (size_t)-1)
			continue;
		for (j = 0; j < n && scores[j] <= sc; j++)
			continue;
		if (j == max)
			continue;
		if (n < max)
			n++;
		for (k = n - 1; k > j; k--) {
			scores[k] = scores[k - 1];
			out[k] = out[k - 1];
		}
		scores[j] = sc;
		out[j] = cand;
	}
	return n;
}

static int
part_cmp(const void *key, const void *elem)
{
	int	 v = *(const int *)key;
	int	 w = ((const struct esc_part *)elem)->num;

	return (v > w) - (v < w);
}

const struct esc_part *
esc_class_find(int class)
{
	return bsearch(&class, esc_classes, nesc_classes,
	    sizeof(esc_classes[0]), part_cmp);
}

const struct esc_part *
esc_subject_find(int subject)
{
	return bsearch(&subject, esc_subjects, nesc_subjects,
	    sizeof(esc_subjects[0]), part_cmp);
}

static int
detail_cmp(const void *key, const void *elem)
{
	const int		*k = key;
	const struct esc_detail	*d = elem;

	if (k[0] != d->subject)
		return (k[0] > d->subject) - (k[0] < d->subject);
	return (k[1] > d->detail) - (k[1] < d->detail);
}

const struct esc_detail *
esc_detail_find(int subject, int detail)
{
	int	 key[2];

	key[0] = subject;
	key[1] = detail;
	return bsearch(key, esc_details, nesc_details, sizeof(esc_details[0]),
	    detail_cmp);
}

/* Base letters for U+00C0 to U+00FF, so that "boite" finds "boîte". */
static const char latin1_base[] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

/*
 * Fold text for searching into dst: ASCII lowercased, Latin-1 letters
 * without their accents.  Return the length written, always terminated.
 */
size_t
fold_text(const char *src, char *dst, size_t size)
{
	const unsigned char	*s = (const unsigned char *)src;
	size_t			 n = 0;

	if (size == 0)
		return 0;
	while (*s != '\0' && n + 1 < size) {
		if (s[0] == 0xc3 && s[1] >= 0x80 && s[1] <= 0xbf) {
			dst[n++] = latin1_base[s[1] - 0x80];
			s += 2;
		} else
			dst[n++] = (char)tolower_ascii(*s++);
	}
	dst[n] = '\0';
	return n;
}

/* Whether hay contains the already folded needle, folding hay. */
int
fold_contains(const char *hay, const char *needle)
{
	char	 buf[1024];

	fold_text(hay, buf, sizeof(buf));
	return strstr(buf, needle) != NULL;
}

int
reply_matches(const struct reply *r, const char *needle, enum lang lang)
{
	size_t	 i;

	if (fold_contains(table_str(r->name), needle) ||
	    fold_contains(table_str(r->text[lang]), needle) ||
	    keywords_match(KIND_BASIC, r->value, 0, 0, needle))
		return 1;
	for (i = 0; i < naliases; i++)
		if (aliases[i].value == r->value &&
		    fold_contains(table_str(aliases[i].name), needle))
			return 1;
	return 0;
}

int
esc_matches(const struct esc_detail *d, const char *needle, enum lang lang)
{
	return fold_contains(table_str(d->title), needle) ||
	    fold_contains(table_str(d->title_fr), needle) ||
	    fold_contains(table_str(d->text[lang]), needle) ||
	    keywords_match(KIND_ENHANCED, 0, d->subject, d->detail, needle);
}
