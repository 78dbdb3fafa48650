/* What the codes of a log line mean together: findings and their verdicts. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "finding.h"

/*
 * "hard" and "soft" in each language; nothing is said for BOUNCE_NONE.
 * Arrays, not pointers, which the loader would relocate at each start.
 */
static const char bounce_words[3][LANG_MAX][24] = {
	{ "", "" },
	{ "soft", "rebond temporaire" },
	{ "hard", "rebond définitif" },
};

const char *
finding_bounce(enum bounce b, enum lang lang)
{
	if (b > BOUNCE_HARD || lang >= LANG_MAX)
		return "";
	return bounce_words[b][lang];
}

/*
 * Whether b and e, consecutive in a line's codes, are one reply: the
 * enhanced code a few separators after the reply code ("550 5.1.1",
 * "550-5.1.1", "550 #5.1.1").
 */
static int
paired(const struct scan_code *b, const struct scan_code *e)
{
	return b->kind == KIND_BASIC && e->kind == KIND_ENHANCED &&
	    e->offset > b->offset + 3 && e->offset - (b->offset + 3) <=
	    PAIR_GAP;
}

/*
 * Pair the codes of r that the classes and kinds keep: partner[i] is the
 * index + 1 of the enhanced code that joins the reply code i, or 0, and
 * used[i] is set for an enhanced code so joined.
 */
static void
pair_codes(const struct scan_result *r, unsigned classes, unsigned kinds,
    unsigned char *partner, char *used)
{
	const struct scan_code	*c;
	size_t			 i, j;

	memset(used, 0, SCAN_MAX);
	memset(partner, 0, SCAN_MAX);
	for (i = 0; i < r->n && i < SCAN_MAX; i++) {
		c = &r->codes[i];
		if (c->kind != KIND_BASIC || !finding_wanted(c, classes, kinds) ||
		    i + 1 >= r->n || !paired(c, &r->codes[i + 1]) ||
		    !finding_wanted(&r->codes[i + 1], classes, kinds))
			continue;
		partner[i] = (unsigned char)(i + 2);
		used[i + 1] = 1;
	}
	/*
	 * An enhanced code written after a reply code kept apart from it:
	 * '"error_code":"554","raw_reason":"554 5.3.3 ..."' (the reply code
	 * a copy), "dsn=5.1.1 ... said: 550 5.1.1" (the enhanced code).
	 */
	for (i = 0; i < r->n && i < SCAN_MAX; i++) {
		c = &r->codes[i];
		if (c->kind != KIND_ENHANCED || c->value == 0 || used[i] ||
		    !finding_wanted(c, classes, kinds))
			continue;
		for (j = 0; j < r->n && j < SCAN_MAX; j++)
			if (r->codes[j].kind == KIND_BASIC &&
			    r->codes[j].value == c->value && partner[j] == 0 &&
			    finding_wanted(&r->codes[j], classes, kinds)) {
				partner[j] = (unsigned char)(i + 1);
				used[i] = 1;
				break;
			}
	}
}

/*
 * The findings among a line's codes, in the order found: each reply code
 * immediately followed by its enhanced code is one finding, any other
 * code one of its own; so is a reply code with an enhanced code that the
 * scanner saw written after a copy of it (each code is kept once per
 * line).  Only codes of the classes and kinds asked for count.  The
 * codes of the records are
 * filled, but not what the table says of them, which finding_rows()
 * adds when a text is made; verdicts are left empty.  Return the number
 * of findings.
 */
size_t
finding_collect(const struct scan_result *r, unsigned classes, unsigned kinds,
    struct finding *f, size_t max)
{
	const struct scan_code	*c;
	unsigned char		 partner[SCAN_MAX];
	char			 used[SCAN_MAX];
	size_t			 i, n = 0;

	pair_codes(r, classes, kinds, partner, used);
	for (i = 0; i < r->n && i < SCAN_MAX && n < max; i++) {
		c = &r->codes[i];
		if (used[i] || !finding_wanted(c, classes, kinds))
			continue;
		memset(&f[n], 0, sizeof(f[n]));
		if (c->kind == KIND_BASIC) {
			f[n].bc = c;
			f[n].basic.value = c->value;
			if (partner[i] != 0)
				f[n].ec = &r->codes[partner[i] - 1];
		} else
			f[n].ec = c;
		if (f[n].ec != NULL) {
			f[n].enh.class = f[n].ec->class;
			f[n].enh.subject = f[n].ec->subject;
			f[n].enh.detail = f[n].ec->detail;
		}
		n++;
	}
	return n;
}

/*
 * The findings of r as numbers, finding_num() of each, into num: what
 * finding_collect() would find, in its order, without making a finding
 * of each.  Most lines hold one code, or a reply code and its enhanced
 * code; those are read at once.  Return how many.
 */
size_t
finding_nums(const struct scan_result *r, unsigned classes, unsigned kinds,
    uint64_t *num, size_t max)
{
	const struct scan_code	*c = r->codes;
	unsigned char		 partner[SCAN_MAX];
	char			 used[SCAN_MAX];
	size_t			 i, n = 0;

	if (max > 0 && r->n == 1) {
		if (!finding_wanted(c, classes, kinds))
			return 0;
		num[0] = c->kind == KIND_BASIC ? finding_num(c, NULL) :
		    finding_num(NULL, c);
		return 1;
	}
	if (max > 0 && r->n == 2 && finding_wanted(&c[0], classes, kinds) &&
	    finding_wanted(&c[1], classes, kinds)) {
		if (paired(&c[0], &c[1])) {
			num[0] = finding_num(&c[0], &c[1]);
			return 1;
		}
		/* "dsn=5.1.1, ... said: 550 5.1.1" */
		if (c[0].kind == KIND_ENHANCED && c[1].kind == KIND_BASIC &&
		    c[0].value == c[1].value) {
			num[0] = finding_num(&c[1], &c[0]);
			return 1;
		}
	}
	pair_codes(r, classes, kinds, partner, used);
	for (i = 0; i < r->n && i < SCAN_MAX && n < max; i++) {
		c = &r->codes[i];
		if (used[i] || !finding_wanted(c, classes, kinds))
			continue;
		if (c->kind != KIND_BASIC)
			num[n++] = finding_num(NULL, c);
		else
			num[n++] = finding_num(c, partner[i] != 0 ?
			    &r->codes[partner[i] - 1] : NULL);
	}
	return n;
}

/*
 * What the table says of the codes of a finding whose records hold only
 * the codes: most lines repeat codes whose texts are kept made, and
 * look nothing up.
 */
void
finding_rows(struct finding *f)
{
	if (f->bc != NULL)
		basic_set(&f->basic, f->basic.value);
	if (f->ec != NULL)
		enhanced_set(&f->enh, f->enh.class, f->enh.subject,
		    f->enh.detail);
}

/*
 * Whether the reply code c is joined to what follows by a '+', as the
 * W3C logs of IIS write a reply: "550+5.7.1+Unable+to+relay" (the scanner
 * takes a reply code before a '+' only with an enhanced code after it).
 */
static int
plus_joined(const char *text, size_t len, const struct scan_code *c)
{
	return c->offset + 3 < len && text[c->offset + 3] == '+';
}

/*
 * The same for an enhanced code, as a form-encoded body gives it:
 * "error=5.7.1+Message+rejected+under+our+rules", a word after the '+'.
 */
static int
plus_joined_enh(const char *text, size_t len, const struct scan_code *c)
{
	size_t	 k = c->offset;

	while (k < len && ((text[k] >= '0' && text[k] <= '9') ||
	    text[k] == '.'))
		k++;
	return k + 1 < len && text[k] == '+' && ((text[k + 1] >= 'a' &&
	    text[k + 1] <= 'z') || (text[k + 1] >= 'A' && text[k + 1] <= 'Z'));
}

/*
 * Whether .NET's "The server response was: " stands right before s[at],
 * the first code of the n bytes at s.
 */
static int
server_response(const char *s, size_t n, size_t at)
{
	static const char	 mark[] = "The server response was: ";
	size_t			 len = sizeof(mark) - 1;

	return at <= n && at >= len && memcmp(s + at - len, mark, len) == 0;
}

/* A line's text as its words are read: see reading_text(). */
static char	 reading[64 * 1024];

/* A byte of a JSON key as services write them: "diagnosticCode". */
static int
key_byte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
	    c == '@' || c == '$';
}

/*
 * Blank the keys of JSON objects in the n bytes at t, "key": and, in a
 * string of escaped JSON, \"key\": -- the names of fields, not words of
 * a reply ("spam_status", "rfc2822_message_id").
 */
static void
blank_keys(char *t, size_t n)
{
	const char	*p;
	size_t		 c, k, b;

	for (p = t; (p = memchr(p, ':', n - (size_t)(p - t))) != NULL; p++) {
		if ((c = (size_t)(p - t)) < 3 || t[c - 1] != '"')
			continue;
		k = t[c - 2] == '\\' ? c - 2 : c - 1;
		for (b = k; b > 0 && key_byte((unsigned char)t[b - 1]); b--)
			continue;
		if (b == k || b == 0 || t[b - 1] != '"')
			continue;
		memset(t + b - 1, ' ', c - b + 1);
	}
}

/*
 * Turn JSON's \uXXXX escapes of the n bytes at t into UTF-8 ("Bo\u00eete
 * pleine" is "Boîte pleine"), in place; return the new length.  Control
 * characters and surrogates become blanks.
 */
static size_t
unescape_u(char *t, size_t n)
{
	size_t		 r = 0, w = 0;
	unsigned	 cp;
	int		 d, i;

	while (r < n) {
		if (t[r] != '\\' || r + 6 > n || t[r + 1] != 'u') {
			t[w++] = t[r++];
			continue;
		}
		for (cp = 0, i = 2; i < 6; i++) {
			if ((d = hex_digit((unsigned char)t[r + i])) < 0)
				break;
			cp = cp << 4 | (unsigned)d;
		}
		if (i < 6) {
			t[w++] = t[r++];
			continue;
		}
		r += 6;
		/* Six bytes of escape hold the three of UTF-8. */
		if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff))
			t[w++] = ' ';
		else
			w += utf8_put((unsigned char *)t + w, cp);
	}
	return w;
}

/*
 * Blank in the n bytes at t the prefixes of the next lines of the
 * multi-line reply whose first line starts at t[at] ("550-5.7.1 "), as
 * logs join the lines, after a blank or an escaped line end: "a poor
 * 550 5.7.1 reputation", "a poor\n550 5.7.1 reputation".
 */
static void
unjoin(char *t, size_t n, size_t at)
{
	const char	*p;
	size_t		 k, b, e;

	/* From one first digit to the next: memchr() skips the rest. */
	for (k = at + 4; k + 4 <= n &&
	    (p = memchr(t + k, t[at], n - 3 - k)) != NULL; k = e) {
		k = (size_t)(p - t);
		e = k + 1;
		if (t[k + 1] != t[at + 1] || t[k + 2] != t[at + 2] ||
		    (t[k + 3] != '-' && t[k + 3] != ' '))
			continue;
		if (t[k - 1] == ' ' || t[k - 1] == '\t')
			b = k;
		else if (t[k - 2] == '\\' && (t[k - 1] == 'n' || t[k - 1] == 'r'))
			b = k - 2;
		else
			continue;
		e = k + 4;
		if (e + 1 < n && t[e] >= '2' && t[e] <= '5' && t[e + 1] == '.')
			for (e += 2; e < n && ((t[e] >= '0' && t[e] <= '9') ||
			    t[e] == '.'); e++)
				continue;
		memset(t + b, ' ', e - b);
	}
}

/* Whether the code c stands in percent-encoded text: "%3B550", "550%20". */
static int
pct_code(const char *t, size_t n, const struct scan_code *c)
{
	size_t	 k = c->offset, w = c->kind == KIND_BASIC ? 3 : 5;

	/* A code past the text kept of a long line is not looked at. */
	if (k > n)
		return 0;
	return pct_before(t, k) || (k + w + 3 <= n && t[k + w] == '%' &&
	    t[k + w + 1] == '2' && t[k + w + 2] == '0');
}

/*
 * Decode the percent-encoded bytes of the n bytes at t that are printable
 * ASCII ("%3B" is ';'), and '+', a blank in a form body; return the new
 * length.
 */
static size_t
unescape_pct(char *t, size_t n)
{
	size_t	 i, o = 0;
	int	 h, l, c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)t[i];
		if (c == '%' && i + 2 < n && (h = hex_digit(t[i + 1])) >= 0 &&
		    (l = hex_digit(t[i + 2])) >= 0 && h * 16 + l >= 0x20 &&
		    h * 16 + l < 0x7f) {
			c = h * 16 + l;
			i += 2;
		} else if (c == '+')
			c = ' ';
		t[o++] = (char)c;
	}
	return o;
}

/* The length from which a JSON string is a line or a reply whole. */
#define JSON_WHOLE	60

/* The offset of the first code of the n findings at f. */
static size_t
first_offset(const struct finding *f, size_t n)
{
	size_t	 i, o = (size_t)-1;

	for (i = 0; i < n; i++) {
		if (f[i].bc != NULL && f[i].bc->offset < o)
			o = f[i].bc->offset;
		if (f[i].ec != NULL && f[i].ec->offset < o)
			o = f[i].ec->offset;
	}
	return o;
}

/*
 * Where the JSON string of the n bytes at t that holds t[at] starts and
 * ends (its quotes excluded), into *a and *b; 0 if t[at] is in none.
 */
static int
json_string_at(const char *t, size_t n, size_t at, size_t *a, size_t *b)
{
	const char	*q;
	size_t		 k = 0, s;

	for (;;) {
		if ((q = memchr(t + k, '"', n - k)) == NULL)
			return 0;
		s = (size_t)(q - t) + 1;
		for (k = s; k < n && t[k] != '"'; k++)
			if (t[k] == '\\')
				k++;
		if (k >= n)
			return 0;
		if (at < s)
			return 0;
		if (at < k) {
			*a = s;
			*b = k;
			return 1;
		}
		k++;
	}
}

/*
 * Where Postfix's cleanup refuses a message for one of its header fields
 * or body lines, that field's or line's words are the message's own, not
 * a cause: "reject: header Subject: Your account has been suspended from
 * unknown[192.0.2.1]; from=<a@b> to=<c@d> proto=ESMTP helo=<h>: 5.7.1
 * Message content rejected".  Return 1 and where they start and end
 * (at "; from=<") in *a and *b, or 0.
 */
static int
checked_words(const char *t, size_t n, size_t *a, size_t *b)
{
	const char	*q, *c;
	size_t		 k;

	for (q = memchr(t, ';', n); q != NULL; q = memchr(q + 1, ';',
	    n - (size_t)(q + 1 - t)))
		if (n - (size_t)(q - t) >= 8 && memcmp(q, "; from=<", 8) == 0)
			break;
	if (q == NULL)
		return 0;
	*b = (size_t)(q - t);
	/* The action is a word before a colon: "reject: header ". */
	for (c = memchr(t, ':', *b); c != NULL; c = memchr(c + 1, ':',
	    *b - (size_t)(c + 1 - t))) {
		/*
		 * "; from=<" after c leaves room to compare, and holds no
		 * byte that either action's words have in its place.
		 */
		k = (size_t)(c - t);
		if (k < 6 || memcmp(c - 6, "reject", 6) != 0)
			continue;
		if (memcmp(c, ": header ", 9) == 0) {
			*a = k + 9;
			return 1;
		}
		if (memcmp(c, ": body ", 7) == 0) {
			*a = k + 7;
			return 1;
		}
	}
	return 0;
}

/*
 * The text of a line as its words are read for the verdicts of its n
 * findings, and its length in *len: the line itself, the JSON string
 * that holds it whole (*inner set), or a copy where the line needs one.
 * A reply whose words IIS or a form body joins by '+' is read with
 * blanks, a multi-line reply without the prefixes of its next lines, a
 * percent-encoded one decoded ("smtp%3B550+5.1.1+user+unknown"), a line
 * with JSON in it without its keys and with its \u escapes decoded.
 */
static const char *
reading_text(const struct finding *f, size_t n, const char *text,
    size_t *len, int *inner)
{
	size_t	 i, k, joined = (size_t)-1, first, a, b, base = 0, m;
	int	 plus = 0, json, pct = 0, checked;

	for (i = 0; i < n; i++) {
		if (f[i].ec != NULL) {
			pct |= pct_code(text, *len, f[i].ec);
			plus |= plus_joined_enh(text, *len, f[i].ec);
		}
		if (f[i].bc == NULL)
			continue;
		pct |= pct_code(text, *len, f[i].bc);
		plus |= plus_joined(text, *len, f[i].bc);
		if (joined == (size_t)-1 && f[i].bc->offset + 4 < *len &&
		    text[f[i].bc->offset + 3] == '-')
			joined = f[i].bc->offset;
	}
	json = memchr(text, '{', *len) != NULL;
	/*
	 * A log line or a reply whole in a JSON string, as a log shipper or
	 * an alert wraps it, is read alone: the wrapper's fields (a rule's
	 * description, its groups) say nothing of why the mail failed.
	 */
	if (json && (first = first_offset(f, n)) < *len &&
	    json_string_at(text, *len, first, &a, &b) && b - a >= JSON_WHOLE) {
		*inner = 1;
		text += a;
		*len = b - a;
		base = a;
		joined = joined != (size_t)-1 && joined >= a && joined < b ?
		    joined - a : (size_t)-1;
	}
	/*
	 * .NET's SmtpException words the reply code first, then gives the
	 * server's reply: "Mailbox unavailable. The server response was:
	 * 5.7.1 Unable to relay".  The server's words are read.
	 */
	if ((m = first_offset(f, n)) >= base && (m -= base) < *len &&
	    server_response(text, *len, m)) {
		*inner = 1;
		text += m;
		*len -= m;
		joined = joined != (size_t)-1 && joined >= m ? joined - m :
		    (size_t)-1;
	}
	checked = checked_words(text, *len, &a, &b);
	if (!plus && !json && !pct && !checked && joined == (size_t)-1)
		return text;
	if (*len > sizeof(reading))
		*len = sizeof(reading);
	memcpy(reading, text, *len);
	if (checked && b <= *len)
		memset(reading + a, ' ', b - a);
	if (plus)
		for (k = 0; k < *len; k++)
			if (reading[k] == '+')
				reading[k] = ' ';
	if (joined < *len)
		unjoin(reading, *len, joined);
	if (pct)
		*len = unescape_pct(reading, *len);
	if (json) {
		blank_keys(reading, *len);
		*len = unescape_u(reading, *len);
	}
	return reading;
}

/*
 * The verdicts of the n findings of one line, from its text and their
 * codes: its words are read once for them all, as reading_text() gives
 * them.  Mail that was taken (2xx, 3xx) has no reason to read; with
 * JUDGE_TAKEN in how, its provider is still looked for, once a line:
 * "relay=gmail-smtp-in.l.google.com ... 250 2.0.0 OK" was Gmail's.
 * Without it, what only counts failures skips the reading.
 */
void
finding_judge_all(struct finding *f, size_t n, const char *text, size_t len,
    unsigned how)
{
	const char	*provider = NULL, *line = text, *taken = NULL;
	size_t		 i, whole = len;
	int		 inner = 0, looked = 0, class;

	if (text != NULL)
		text = reading_text(f, n, text, &len, &inner);
	/* The provider is whoever the line names, wrapper and all: a
	 * sending service's event gives the address apart. */
	if (inner)
		provider = provider_of_text(line, whole);
	for (i = 0; i < n; i++)
		(i == 0 ? verdict_text : verdict_text_again)(text, len,
		    f[i].bc ? &f[i].basic : NULL, f[i].ec ? &f[i].enh : NULL,
		    provider, &f[i].v);
	if (!(how & JUDGE_TAKEN) || text == NULL)
		return;
	for (i = 0; i < n; i++) {
		class = finding_class(&f[i]);
		if ((class != 2 && class != 3) || f[i].v.provider != NULL)
			continue;
		if (!looked) {
			taken = provider != NULL ? provider :
			    provider_of_text(text, len);
			looked = 1;
		}
		f[i].v.provider = taken;
	}
}

/* The class a finding is read by: the higher of its codes'. */
int
finding_class(const struct finding *f)
{
	int	 b = f->bc ? f->bc->class : 0, e = f->ec ? f->ec->class : 0;

	return b > e ? b : e;
}

/*
 * The finding an admin concludes a line from: the most severe, 5xx
 * over 4xx over 2xx, a pair over a lone code, a lone enhanced code over
 * a lone reply code, which says less ('"code":550, "enhanced-code":
 * "5.7.1"', two fields of a sending service's event), unless it is
 * X.0.0, which says no more than its class (Postfix's dsn=4.0.0 before
 * "421 RP-001 ..."), else the first.
 */
size_t
finding_worst(const struct finding *f, size_t n)
{
	size_t	 i, best = 0;
	int	 rank, top = -1;

	for (i = 0; i < n; i++) {
		rank = finding_class(&f[i]) * 8 + (f[i].bc && f[i].ec) * 4 +
		    (f[i].ec != NULL && (f[i].ec->subject != 0 ||
		    f[i].ec->detail != 0)) * 2 + (f[i].bc != NULL);
		if (rank > top) {
			top = rank;
			best = i;
		}
	}
	return best;
}

/* Whether the n bytes at s hold the string w. */
static int
holds(const char *s, size_t n, const char *w)
{
	size_t	 m = strlen(w), i;

	for (i = 0; i + m <= n; i++)
		if (s[i] == w[0] && memcmp(s + i, w, m) == 0)
			return 1;
	return 0;
}

/*
 * The verdict of a line of n findings, its text the len bytes at text:
 * its worst finding's, unless the line's first code is a 4xx that quotes
 * a 5xx after it, as Postfix's address verification does ("450 4.1.1 ...
 * unverified address: host ... said: 550 5.1.1 ..."): the client was
 * refused for now, so the failure is soft, whatever its cause.
 */
void
finding_line_verdict(const struct finding *f, size_t n, const char *text,
    size_t len, struct verdict *v)
{
	size_t	 w = finding_worst(f, n), q = w, i, first = 0, o, at = (size_t)-1;
	size_t	 wo = first_offset(&f[w], 1), end = wo;

	/*
	 * Exchange's "451 4.4.0 Primary target IP address responded with:
	 * 421 4.3.2 ...": the first reply it quotes, of the same class, says
	 * why.  One pass finds it and the line's first code.
	 */
	for (i = 0; i < n; i++) {
		o = first_offset(&f[i], 1);
		if (o < at) {
			at = o;
			first = i;
		}
		if (q == w && i != w && o > wo && o <= len &&
		    finding_class(&f[i]) == finding_class(&f[w]) &&
		    holds(text + wo, o - wo, "responded with")) {
			q = i;
			end = o;
		}
	}
	*v = f[q].v;
	if (finding_class(&f[first]) == 4 && finding_class(&f[q]) == 5 &&
	    v->bounce == BOUNCE_HARD && at < end && end <= len &&
	    (holds(text + at, end - at, " said: ") ||
	    holds(text + at, end - at, "responded with")))
		verdict_class(v, 4);
}

/* The codes of a finding as found, "550 5.1.1", in buf; return the length. */
size_t
finding_key(const struct finding *f, char *buf, size_t size)
{
	char	 s[4 * OUT_NUMBER + 3];
	size_t	 n = 0;

	if (f->bc != NULL)
		n += out_number(s + n, f->bc->value);
	if (f->bc != NULL && f->ec != NULL)
		s[n++] = ' ';
	if (f->ec != NULL) {
		n += out_number(s + n, f->ec->class);
		s[n++] = '.';
		n += out_number(s + n, f->ec->subject);
		s[n++] = '.';
		n += out_number(s + n, f->ec->detail);
	}
	/* As snprintf() would: cut to fit, terminated. */
	if (size == 0)
		return 0;
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return n;
}

/*
 * The most specific meaning known: the provider's case, else the
 * registry's title of the enhanced code, else the reply code's title.
 */
const char *
finding_meaning(const struct finding *f, enum lang lang)
{
	const struct enhanced	*e = &f->enh;

	if (f->v.pcase != NULL)
		return pcase_str(f->v.pcase->meaning[lang]);
	if (f->ec != NULL && e->detailp != NULL)
		return esc_title(e->detailp, lang);
	if (f->bc != NULL)
		return reply_title(f->bc->value, lang);
	if (e->subjectp != NULL)
		return table_str(e->subjectp->text[lang]);
	return e->classp != NULL ? table_str(e->classp->text[lang]) : "";
}

/* Append s to the n bytes of buf, within size; return the new length. */
static size_t
append(char *buf, size_t n, size_t size, const char *s)
{
	size_t	 len = strlen(s);

	if (len > size - n)
		len = size - n;
	/* A byte buffer written with fwrite, not a string. */
	memcpy(buf + n, s, len);	/* NOLINT(bugprone-not-null-terminated-result) */
	return n + len;
}

/* Append v, 0 to 999, in decimal. */
static size_t
append_number(char *buf, size_t n, size_t size, int v)
{
	char	 d[4];
	size_t	 k = 0;

	if (v >= 100)
		d[k++] = (char)('0' + v / 100);
	if (v >= 10)
		d[k++] = (char)('0' + v / 10 % 10);
	d[k++] = (char)('0' + v % 10);
	d[k] = '\0';
	return append(buf, n, size, d);
}

/* Append a code, coloured by its class when asked for. */
static size_t
append_code(const struct out *o, const struct scan_code *c, char *buf,
    size_t n, size_t size)
{
	if (o->color)
		n = append(buf, n, size, color_of(c->class));
	if (c->kind == KIND_BASIC)
		n = append_number(buf, n, size, c->value);
	else {
		n = append_number(buf, n, size, c->class);
		n = append(buf, n, size, ".");
		n = append_number(buf, n, size, c->subject);
		n = append(buf, n, size, ".");
		n = append_number(buf, n, size, c->detail);
	}
	return o->color ? append(buf, n, size, COLOR_OFF) : n;
}

/*
 * The codes of a finding as found, each coloured by its class when asked
 * for, into buf (not terminated); return the length.  Written by hand:
 * this runs for every finding of every line.
 */
size_t
finding_codes(const struct out *o, const struct finding *f, char *buf,
    size_t size)
{
	size_t	 n = 0;

	if (f->bc != NULL)
		n = append_code(o, f->bc, buf, n, size);
	if (f->bc != NULL && f->ec != NULL)
		n = append(buf, n, size, " ");
	if (f->ec != NULL)
		n = append_code(o, f->ec, buf, n, size);
	return n;
}

/*
 * "unknown recipient, hard: Bad destination mailbox address" in the run's
 * language, into buf (not terminated); return the length.
 */
size_t
finding_explain(const struct out *o, const struct finding *f, char *buf,
    size_t size)
{
	const char	*bounce = finding_bounce(f->v.bounce, o->lang);
	size_t		 n;

	n = append(buf, 0, size, reason_label(f->v.reason, o->lang));
	if (*bounce != '\0') {
		n = append(buf, n, size, ", ");
		n = append(buf, n, size, bounce);
	}
	n = append(buf, n, size, o->lang == LANG_FR ? " : " : ": ");
	return append(buf, n, size, finding_meaning(f, o->lang));
}

/*
 * The fields a verdict adds to a code's JSON object, each after a comma:
 * reason, bounce, retry, and the provider's case when one matched.
 */
void
finding_json(struct out *o, const struct verdict *v)
{
	const struct pcase	*p = v->pcase;

	char			 buf[256];
	size_t			 n;

	/* One write, as fprintf() made it, without printf's weight. */
	n = append(buf, 0, sizeof(buf), ",\"reason\":\"");
	n = append(buf, n, sizeof(buf), reason_name(v->reason));
	n = append(buf, n, sizeof(buf), "\",\"bounce\":\"");
	n = append(buf, n, sizeof(buf), bounce_name(v->bounce));
	n = append(buf, n, sizeof(buf), v->retry ? "\",\"retry\":true" :
	    "\",\"retry\":false");
	fwrite(buf, 1, n, o->fp);
	if (p == NULL)
		return;
	fputs(",\"provider\":{\"id\":", o->fp);
	json_cstr(o->fp, pcase_str(p->provider));
	fputs(",\"name\":", o->fp);
	json_cstr(o->fp, provider_name(pcase_str(p->provider)));
	fputs(",\"meaning\":", o->fp);
	json_cstr(o->fp, pcase_str(p->meaning[o->lang]));
	fputs(",\"action\":", o->fp);
	json_cstr(o->fp, pcase_str(p->action[o->lang]));
	fputs(",\"source\":", o->fp);
	json_cstr(o->fp, pcase_str(p->source));
	putc('}', o->fp);
}

/*
 * Pieces of output kept for the rest of the run: a finding's note, a
 * code's JSON fields with its verdict's.  A log repeats a few codes and
 * verdicts many times.  A piece depends on its codes, on the
 * verdict (which the words of the line decide, so its fields are in the
 * key, not the codes alone), and on the language and colour: all that
 * is its key, and the same key always gives the same bytes.  The table
 * and the bytes are bounded; a piece that finds no room is made afresh
 * each time.
 */
#define PIECE_SLOTS	512			/* a power of two */
#define PIECE_MAX	320			/* pieces kept, at most */
#define PIECE_BYTES	((size_t)128 * 1024)	/* their bytes, at most */
#define PIECE_LEN	4096			/* one piece, at most */

enum piece_kind {
	PIECE_FREE,		/* an empty slot */
	PIECE_NOTE,		/* "550 5.1.1  unknown recipient, hard: ..." */
	PIECE_CODE		/* a code's JSON fields, then its verdict's */
};

/* Everything the bytes of a piece depend on. */
struct piece_key {
	const struct pcase	*pcase;		/* the provider's case, or NULL */
	uint64_t		 codes;		/* as finding_num() packs them */
	unsigned char		 kind;		/* enum piece_kind */
	unsigned char		 reason;
	unsigned char		 bounce;
	unsigned char		 retry;
	unsigned char		 lang;
	unsigned char		 color;
};

struct piece {
	struct piece_key	 key;
	uint32_t		 off;		/* in piece_bytes[] */
	uint32_t		 len;		/* PIECE_AFRESH: too long to keep */
};

#define PIECE_AFRESH	UINT32_MAX

static struct piece	 pieces[PIECE_SLOTS];
static char		 piece_bytes[PIECE_BYTES];
static size_t		 npieces, piece_used;

static int
key_same(const struct piece_key *a, const struct piece_key *b)
{
	return a->kind == b->kind && a->codes == b->codes &&
	    a->pcase == b->pcase && a->reason == b->reason &&
	    a->bounce == b->bounce && a->retry == b->retry &&
	    a->lang == b->lang && a->color == b->color;
}

static uint32_t
key_hash(const struct piece_key *k)
{
	uint32_t	 h;

	h = (uint32_t)k->codes ^ (uint32_t)(k->codes >> 32) * 0x9e3779b1u ^
	    (uint32_t)(uintptr_t)k->pcase ^
	    (uint32_t)k->kind << 24 ^ (uint32_t)k->reason << 16 ^
	    (uint32_t)k->bounce << 12 ^ (uint32_t)k->retry << 11 ^
	    (uint32_t)k->lang << 10 ^ (uint32_t)k->color << 9;
	h ^= h >> 16;
	h *= 0x7feb352du;
	h ^= h >> 15;
	return h;
}

/*
 * The slot of key: the piece kept for it, or the free slot where it
 * goes; NULL when it is not kept and there is no room for it (a piece
 * is never longer than PIECE_LEN).
 */
static struct piece *
piece_find(const struct piece_key *key)
{
	size_t	 k = key_hash(key) & (PIECE_SLOTS - 1);

	/* Never full: PIECE_MAX leaves free slots to end each probe. */
	while (pieces[k].key.kind != PIECE_FREE) {
		if (key_same(&pieces[k].key, key))
			return &pieces[k];
		k = (k + 1) & (PIECE_SLOTS - 1);
	}
	if (npieces >= PIECE_MAX || PIECE_BYTES - piece_used < PIECE_LEN)
		return NULL;
	return &pieces[k];
}

/* Keep the n bytes of s, at most PIECE_LEN, as the piece of free slot p. */
static void
piece_keep(struct piece *p, const struct piece_key *key, const char *s,
    size_t n)
{
	if (p == NULL || n > PIECE_LEN)
		return;
	memcpy(piece_bytes + piece_used, s, n);
	p->key = *key;
	p->off = (uint32_t)piece_used;
	p->len = (uint32_t)n;
	piece_used += n;
	npieces++;
}

static void
key_init(struct piece_key *k, enum piece_kind kind, const struct out *o)
{
	memset(k, 0, sizeof(*k));
	k->kind = (unsigned char)kind;
	k->lang = (unsigned char)o->lang;
}

/* The note of a finding, with the codes and what they mean; no newline. */
static size_t
note_make(const struct out *o, const struct finding *f, char *buf,
    size_t size)
{
	struct finding	 g = *f;
	size_t		 n;

	finding_rows(&g);
	n = finding_codes(o, &g, buf, size - 3);
	buf[n++] = ' ';
	buf[n++] = ' ';
	return n + finding_explain(o, &g, buf + n, size - n);
}

/*
 * "550 5.1.1  unknown recipient, hard: Bad destination mailbox address",
 * what annotate mode writes after "  # ", into buf (not terminated);
 * return the length.  1024 bytes hold any note.
 */
size_t
finding_note(const struct out *o, const struct finding *f, char *buf,
    size_t size)
{
	struct piece_key	 key;
	struct piece		*p;
	size_t			 n;

	key_init(&key, PIECE_NOTE, o);
	key.codes = finding_num(f->bc, f->ec);
	key.pcase = f->v.pcase;
	key.reason = (unsigned char)f->v.reason;
	key.bounce = (unsigned char)f->v.bounce;
	key.color = o->color != 0;
	if ((p = piece_find(&key)) != NULL && p->key.kind != PIECE_FREE) {
		if (p->len <= size) {
			memcpy(buf, piece_bytes + p->off, p->len);
			return p->len;
		}
		p = NULL;
	}
	n = note_make(o, f, buf, size);
	piece_keep(p, &key, buf, n);
	return n;
}

/*
 * Append the piece of key to b: kept, or made by make(o, arg) and kept.
 * A piece made afresh is written to the stream of o, which is b's, after
 * what b holds.
 */
static void
piece_write(struct out *o, struct outbuf *b, const struct piece_key *key,
    void (*make)(struct out *, const void *), const void *arg)
{
	struct piece	*p;
	FILE		*real = o->fp;
	char		 buf[PIECE_LEN];
	long		 n;

	if ((p = piece_find(key)) != NULL && p->key.kind != PIECE_FREE) {
		if (p->len == PIECE_AFRESH) {
			outbuf_flush(b);
			make(o, arg);
		} else
			outbuf_add(b, piece_bytes + p->off, p->len);
		return;
	}
	if (p == NULL || (o->fp = fmemopen(buf, sizeof(buf), "w")) == NULL) {
		o->fp = real;
		outbuf_flush(b);
		make(o, arg);
		return;
	}
	make(o, arg);
	n = fflush(o->fp) == 0 && !ferror(o->fp) ? ftell(o->fp) : -1;
	fclose(o->fp);
	o->fp = real;
	/*
	 * A piece that filled the buffer may have been cut: it is made
	 * afresh, now and each time it comes back, never read from memory.
	 */
	if (n < 0 || (size_t)n >= sizeof(buf) - 1) {
		outbuf_flush(b);
		make(o, arg);
		if (n >= 0) {
			p->key = *key;
			p->len = PIECE_AFRESH;
			npieces++;
		}
		return;
	}
	outbuf_add(b, buf, (size_t)n);
	piece_keep(p, key, buf, (size_t)n);
}

/* A code of a finding: what make_code() writes the fields of. */
struct code_of {
	const struct scan_code	*c;
	const struct finding	*f;
};

/*
 * The JSON fields of a code, with what the table says of it, then the
 * verdict of its finding.
 */
static void
make_code(struct out *o, const void *arg)
{
	const struct code_of	*a = arg;
	struct finding		 g = *a->f;

	finding_rows(&g);
	if (a->c->kind == KIND_BASIC)
		json_basic_fields(o, &g.basic);
	else
		json_enhanced_fields(o, &g.enh);
	finding_json(o, &g.v);
}

/*
 * The fields of the JSON object of c, a code of finding f: its record,
 * then the finding's verdict; all but "offset".  Appended to b, whose
 * stream is that of o.  A pair's two codes are two pieces: each piece is
 * a code with a verdict.
 */
void
finding_json_code(struct out *o, struct outbuf *b, const struct scan_code *c,
    const struct finding *f)
{
	struct piece_key	 key;
	struct code_of		 a;

	key_init(&key, PIECE_CODE, o);
	key.codes = c->kind == KIND_BASIC ? finding_num(c, NULL) :
	    finding_num(NULL, c);
	key.pcase = f->v.pcase;
	key.reason = (unsigned char)f->v.reason;
	key.bounce = (unsigned char)f->v.bounce;
	key.retry = f->v.retry != 0;
	a.c = c;
	a.f = f;
	piece_write(o, b, &key, make_code, &a);
}
