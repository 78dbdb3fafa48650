/* Finding status codes in mail-log lines, and reading logs as a stream. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "finding.h"
#include "scan.h"
#include "summary.h"

#define BUFSZ		((size_t)64 * 1024)	/* read buffer; longer lines go in pieces */
#define KEEP_MAX	((size_t)64 * 1024)	/* a line's text kept for JSON, --class */
#define KEY_MAX		24		/* longest word in keys[] */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(int c)
{
	return is_digit(c) || is_alpha(c);
}

/* Blanks between words; qmail writes '_' for a space. */
static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '_';
}

/*
 * Keys whose value may be a status code: reject=550, dsn=5.1.1, and in
 * JSON logs "code":550.
 */
static const char *const keys[] = {
	"c", "code", "diag", "diagnostic_code", "diagnosticcode", "dsn",
	"enhanced_code", "enhanced_status", "enhanced_status_code", "error",
	"message", "reason", "reject", "reply", "reply_code", "response",
	"response_code", "result", "smtp_code", "smtp_reply",
	"smtp_response", "smtp_status", "smtpcode", "smtpresponse", "stat",
	"status", "status_code", "statuscode",
};

/*
 * Words before a colon whose value is a number but no status code:
 * "size: 421", "Subject: 550 days".
 */
static const char *const not_keys[] = {
	"age", "attempts", "bytes", "connections", "count", "delay",
	"duration", "elapsed", "errors", "id", "len", "length", "limit",
	"lines", "max", "messages", "min", "pid", "port", "queue", "queued",
	"rate", "rcpts", "recipients", "retries", "score", "size", "subject",
	"time", "timeout", "total", "ttl", "uid",
};

/* Whether the word that ends just before s[end] is in words[]. */
static int
word_in(const char *s, size_t end, const char *const *words, size_t nwords)
{
	char	 word[KEY_MAX + 1];
	size_t	 k = end, n, i;

	while (k > 0 && (is_alpha(s[k - 1]) || s[k - 1] == '_'))
		k--;
	n = end - k;
	if (n == 0 || n > KEY_MAX || (k > 0 && is_alnum(s[k - 1])))
		return 0;
	for (i = 0; i < n; i++)
		word[i] = (char)(is_alpha(s[k + i]) ? s[k + i] | 0x20 :
		    s[k + i]);
	word[n] = '\0';
	for (i = 0; i < nwords; i++)
		if (strcmp(word, words[i]) == 0)
			return 1;
	return 0;
}

/* Words after a number that make it a quantity: "(250 bytes written)". */
static const char *const units[] = {
	"attempts", "bits", "bytes", "connections", "days", "hours", "kb",
	"mb", "messages", "minutes", "ms", "msgs", "rcpts", "recipients",
	"s", "sec", "seconds", "secs", "times",
};

/* Whether s[j] starts a blank, then one of units[] as a whole word. */
static int
unit_after(const char *s, size_t j, size_t n)
{
	size_t	 k;

	if (j >= n || s[j] != ' ')
		return 0;
	for (k = j + 1; k < n && k - j <= KEY_MAX && is_alpha(s[k]); k++)
		continue;
	if (k == j + 1 || (k < n && is_alnum(s[k])))
		return 0;
	return word_in(s, k, units, sizeof(units) / sizeof(units[0]));
}

static int
key_before(const char *s, size_t end)
{
	return word_in(s, end, keys, sizeof(keys) / sizeof(keys[0]));
}

/* Whether the comma at s[k] ends an Exchange protocol log event: ",>,". */
static int
exchange_event(const char *s, size_t k)
{
	return k >= 1 && (s[k - 1] == '>' || s[k - 1] == '<') &&
	    (k == 1 || s[k - 2] == ',');
}

/* The marks of transcripts: "<<< 250", "<- 250", "<~ 250", "<** 550". */
static int
is_arrow(int c)
{
	return c == '<' || c == '>' || c == '-' || c == '|' || c == '~' ||
	    c == '*' || c == '=';
}

/* Words after which a bare code is a reply: "the server replied 550". */
static const char *const intro_words[] = {
	"answered", "code", "replied", "reply", "responded", "response",
	"returned", "said",
};

/*
 * Whether the colon at s[colon] may introduce a code.  In JSON ("key":)
 * only the keys[] do; elsewhere any word but not_keys[] ("size:").
 */
static int
colon_ok(const char *s, size_t colon)
{
	if (colon >= 1 && s[colon - 1] == '"')
		return key_before(s, colon - 1);
	return !word_in(s, colon, not_keys,
	    sizeof(not_keys) / sizeof(not_keys[0]));
}

/*
 * Whether what stands before s[i] says a status code follows: the start
 * of the line, "said: ", "; ", "<<< ", "(", "#", reject=, stat="...
 */
static int
left_ok(const char *s, size_t i)
{
	size_t	 k;
	int	 c;

	if (i == 0)
		return 1;
	c = (unsigned char)s[i - 1];
	switch (c) {
	case '=':
		return key_before(s, i - 1);
	case '"':
	case '\'':
		if (i == 1)
			return 1;
		c = (unsigned char)s[i - 2];
		if (c == '=')
			return key_before(s, i - 2);
		/* Python's bytes: reply: b'250 OK' */
		if (c == 'b' && (i == 2 || is_blank(s[i - 3])))
			return 1;
		if (c == ':')
			return colon_ok(s, i - 2);
		if (is_blank(c)) {
			for (k = i - 2; k > 0 && is_blank(s[k - 1]); k--)
				continue;
			return k == 0 || s[k - 1] != ':' || colon_ok(s, k - 1);
		}
		return c == '(' || (c == ',' && exchange_event(s, i - 2));
	case '#':
		return i == 1 || is_blank(s[i - 2]) || s[i - 2] == '(' ||
		    s[i - 2] == '<';
	case '(':
		return 1;
	case ';':
		/* "smtp;550", not a field of a ';'-separated file */
		return i >= 2 && is_alpha(s[i - 2]);
	case ':':
		/* JSON: "code":550 */
		return i >= 2 && s[i - 2] == '"' && colon_ok(s, i - 1);
	case '<':
	case '>':
		/* A transcript mark written against the code: <<<250 */
		for (k = i - 1; k > 0 && is_arrow(s[k - 1]); k--)
			continue;
		return k == 0 || is_blank(s[k - 1]);
	case ',':
		/* Exchange protocol logs: ...,>,220 EX01 ready */
		return exchange_event(s, i - 1);
	}
	if (!is_blank(c))
		return 0;
	for (k = i - 1; k > 0 && is_blank(s[k - 1]); k--)
		continue;
	if (k == 0)
		return 1;
	c = (unsigned char)s[k - 1];
	if (c == ';')
		return 1;
	if (c == ':')
		return colon_ok(s, k - 1);
	if (is_alpha(c))
		return word_in(s, k, intro_words,
		    sizeof(intro_words) / sizeof(intro_words[0]));
	if (!is_arrow(c))
		return 0;
	while (k > 0 && is_arrow(s[k - 1]))
		k--;
	return k == 0 || is_blank(s[k - 1]);
}

/* Whether s[j] may follow any code: the end, a blank, a closing mark. */
static int
ends_code(const char *s, size_t j, size_t n)
{
	int	 c;

	if (j >= n)
		return 1;
	c = (unsigned char)s[j];
	return is_blank(c) || c == '\r' || c == '"' || c == '\'' ||
	    c == ')' || c == ',' || c == ';' || c == '}';
}

/*
 * Whether a basic code may end before s[j]: "250-PIPELINING" too, and
 * the end of a sentence.
 */
static int
right_basic(const char *s, size_t j, size_t n)
{
	return ends_code(s, j, n) ||
	    (s[j] == '-' && (j + 1 >= n || !is_digit(s[j + 1]))) ||
	    (s[j] == '.' && (j + 1 >= n || is_blank(s[j + 1]) ||
	    s[j + 1] == '\r'));
}

/* Whether a lone enhanced code may end before s[j]: "(#5.1.1)", "5.1.1." */
static int
right_enhanced(const char *s, size_t j, size_t n)
{
	if (ends_code(s, j, n) || s[j] == ']' || s[j] == '>')
		return 1;
	if (s[j] == '.' || s[j] == ':')
		return j + 1 >= n || is_blank(s[j + 1]) || s[j + 1] == '\r';
	return 0;
}

/* 1 to 3 digits without a leading zero at s[j]; return the end or 0. */
static size_t
number_at(const char *s, size_t j, size_t n, int *v)
{
	size_t	 k;

	*v = 0;
	for (k = j; k < n && k - j < 4 && is_digit(s[k]); k++)
		*v = *v * 10 + (s[k] - '0');
	if (k == j || k - j > 3 || (k - j > 1 && s[j] == '0'))
		return 0;
	return k;
}

/*
 * An enhanced code at s[i] as logs carry them: class 2, 4 or 5 and a
 * registered subject (0 to 7), which keeps out most version numbers.
 * Return the end, or 0.
 */
static size_t
enhanced_at(const char *s, size_t i, size_t n, struct scan_code *c)
{
	size_t	 k;

	if (i + 4 >= n || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    s[i + 1] != '.')
		return 0;
	if ((k = number_at(s, i + 2, n, &c->subject)) == 0 || c->subject > 7 ||
	    k >= n || s[k] != '.')
		return 0;
	if ((k = number_at(s, k + 1, n, &c->detail)) == 0)
		return 0;
	/* Not part of a longer dotted number: 2.1.5.7, 4.0.0.1 */
	if (k < n && (is_digit(s[k]) || (s[k] == '.' && k + 1 < n &&
	    is_digit(s[k + 1])) || (s[k] == '-' && k + 1 < n &&
	    is_digit(s[k + 1]))))
		return 0;
	c->kind = KIND_ENHANCED;
	c->class = s[i] - '0';
	c->offset = i;
	return k;
}

static int
same_code(const struct scan_code *a, const struct scan_code *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == KIND_BASIC)
		return a->value == b->value;
	return a->class == b->class && a->subject == b->subject &&
	    a->detail == b->detail;
}

/* Keep a code once per line, in the order found. */
static void
add_code(struct scan_result *r, const struct scan_code *c, size_t base)
{
	size_t	 i;

	for (i = 0; i < r->n; i++)
		if (same_code(&r->codes[i], c))
			return;
	if (r->n == SCAN_MAX)
		return;
	r->codes[r->n] = *c;
	r->codes[r->n].offset += base;
	r->n++;
}

/* Whether s[i] may start a code: a digit 2 to 5 that starts a word. */
static int
candidate_at(const char *s, size_t i)
{
	return s[i] >= '2' && s[i] <= '5' &&
	    (i == 0 || !(is_alnum(s[i - 1]) || s[i - 1] == '.'));
}

/*
 * Look for a code at s[i], a candidate; add what is found to r.  Return
 * where to look next.  A reply code followed by an enhanced code ("550
 * 5.1.1", "550-5.1.1", "550_5.1.1") is trusted wherever it stands; a lone
 * code only where the words before it say a reply follows.
 */
static size_t
code_at(const char *s, size_t i, size_t n, size_t base, struct scan_result *r)
{
	struct scan_code	 b, e;
	size_t			 j, end;
	int			 c = (unsigned char)s[i];

	if (i + 2 >= n)
		return n;
	if (s[i + 1] == '.') {
		if ((end = enhanced_at(s, i, n, &e)) == 0)
			return i + 1;
		if (left_ok(s, i) && right_enhanced(s, end, n))
			add_code(r, &e, base);
		return end;
	}
	if (s[i + 1] < '0' || s[i + 1] > '5' || !is_digit(s[i + 2]) ||
	    (i + 3 < n && is_alnum(s[i + 3])))
		return i + 1;
	b.kind = KIND_BASIC;
	b.class = c - '0';
	b.value = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
	b.offset = i;
	/* The separators of a pair, then the enhanced code. */
	j = i + 3;
	if (j < n && (s[j] == '-' || is_blank(s[j]))) {
		if (s[j++] != '-')
			while (j < n && is_blank(s[j]))
				j++;
		if (j < n && s[j] == '#')
			j++;
		if ((end = enhanced_at(s, j, n, &e)) != 0) {
			add_code(r, &b, base);
			add_code(r, &e, base);
			return end;
		}
	}
	if (left_ok(s, i) && right_basic(s, i + 3, n) &&
	    !unit_after(s, i + 3, n))
		add_code(r, &b, base);
	return i + 3;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bytes of v in lo .. lo + count - 1, as a mask of 0xff bytes. */
static __m128i
in_range(__m128i v, char lo, char count)
{
	const __m128i	 bias = _mm_set1_epi8((char)0x80);

	return _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)),
	    bias), _mm_set1_epi8((char)(count ^ 0x80)));
}

static __m128i
load16(const char *s)
{
	return _mm_loadu_si128((const __m128i *)(const void *)s);
}

/*
 * The candidates among the sixteen bytes at s, as a bit mask: digits 2
 * to 5 whose previous byte is not a letter, a digit or a dot, followed
 * by a digit 0 to 5 or a dot, then a digit, as every code is.  Reads
 * s[-1] to s[17].
 */
static inline __attribute__((always_inline)) unsigned
candidates16(const char *s)
{
	__m128i	 v, p, n1, n2, bad, good;

	v = load16(s);
	n2 = load16(s + 2);
	good = _mm_and_si128(in_range(v, '2', 4), in_range(n2, '0', 10));
	if (_mm_movemask_epi8(good) == 0)
		return 0;
	p = load16(s - 1);
	n1 = load16(s + 1);
	bad = _mm_or_si128(_mm_or_si128(in_range(p, '0', 10),
	    in_range(_mm_or_si128(p, _mm_set1_epi8(0x20)), 'a', 26)),
	    _mm_cmpeq_epi8(p, _mm_set1_epi8('.')));
	good = _mm_and_si128(good, _mm_or_si128(in_range(n1, '0', 6),
	    _mm_cmpeq_epi8(n1, _mm_set1_epi8('.'))));
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, good));
}

/* The offset of the first CR or LF in the n bytes at s, or n. */
static size_t
find_crlf(const char *s, size_t n)
{
	const __m128i	 cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
	__m128i		 v;
	size_t		 i;
	unsigned	 mask;

	for (i = 0; i + 16 <= n; i += 16) {
		v = load16(s + i);
		mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
		if (mask != 0)
			return i + (size_t)__builtin_ctz(mask);
	}
	for (; i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			return i;
	return n;
}
#else
static size_t
find_crlf(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] == '\r' || s[i] == '\n')
			return i;
	return n;
}
#endif

/*
 * Find the status codes in n bytes of a line and add them to r; base is
 * the offset of s in its line.  Most of a line is skipped sixteen bytes
 * at a time where SSE2 is there.
 */
void
scan_line(const char *s, size_t n, size_t base, struct scan_result *r)
{
	size_t		 i = 0, k = 1;

	if (n > 0 && candidate_at(s, 0))
		i = code_at(s, 0, n, base, r);
#ifdef __SSE2__
	for (; k + 2 < n && n >= 19; k += 16) {
		unsigned	 mask;

		if (k + 18 <= n)
			mask = candidates16(s + k);
		else	/* the tail: the last block that fits, shifted */
			mask = candidates16(s + n - 18) >> (k - (n - 18));
		while (mask != 0) {
			size_t	 at = k + (size_t)__builtin_ctz(mask);

			mask &= mask - 1;
			if (at >= i)
				i = code_at(s, at, n, base, r);
		}
	}
#endif
	for (k = k > i ? k : i; k < n; k++)
		if (candidate_at(s, k) && k >= i)
			i = code_at(s, k, n, base, r);
}

/* The line being read: its number, length, text kept and codes. */
struct line {
	uint64_t		 no;
	size_t			 len;
	size_t			 kept;
	struct scan_result	 r;
};

static char	 buf[BUFSZ];
static char	 keep[KEEP_MAX];

static int
code_wanted(const struct scan_ctx *ctx, const struct scan_code *c)
{
	return (ctx->classes & (1u << c->class)) && (ctx->kinds & c->kind);
}

/* Whether --class or --kind keep only some lines. */
static int
filtered(const struct scan_ctx *ctx)
{
	return ctx->classes != CLASS_ANY || ctx->kinds != KIND_ALL;
}

/* Whether every line is written as it came, followed by its codes. */
static int
passthrough(const struct scan_ctx *ctx)
{
	return ctx->mode == SCAN_ANNOTATE && !filtered(ctx) &&
	    !ctx->show_names && !ctx->number_lines;
}

/* "file:" and "12:" before a line written, as grep -H and -n write them. */
static void
line_prefix(const struct scan_ctx *ctx, const struct line *ln,
    const char *name)
{
	struct out	*o = ctx->out;

	if (ctx->show_names && name != NULL) {
		/* A file name is outside input too. */
		if (o->safe)
			out_safe(o->fp, name, strlen(name),
			    o->safe | OUT_SAFE_LINE);
		else
			fputs(name, o->fp);
		putc(':', o->fp);
	}
	if (ctx->number_lines)
		fprintf(o->fp, "%" PRIu64 ":", ln->no);
}

/* Write v, 0 to 999, in decimal at dst; return its length. */
static size_t
put_number(char *dst, int v)
{
	size_t	 n = 0;

	if (v >= 100)
		dst[n++] = (char)('0' + v / 100);
	if (v >= 10)
		dst[n++] = (char)('0' + v / 10 % 10);
	dst[n++] = (char)('0' + v % 10);
	return n;
}

/*
 * Write a code as logs write it into dst, at least 12 bytes, and
 * terminate it; return its length.  Written by hand: this runs for every
 * code of every line.
 */
static size_t
code_text(const struct scan_code *c, char *dst)
{
	size_t	 n;

	if (c->kind == KIND_BASIC)
		n = put_number(dst, c->value);
	else {
		n = put_number(dst, c->class);
		dst[n++] = '.';
		n += put_number(dst + n, c->subject);
		dst[n++] = '.';
		n += put_number(dst + n, c->detail);
	}
	dst[n] = '\0';
	return n;
}

/*
 * "  # 550 5.1.1  unknown recipient, hard: Bad destination mailbox address",
 * after the line: the codes, then what they mean.
 */
static void
explain(struct scan_ctx *ctx, const struct finding *f, const struct line *ln,
    const char *name)
{
	char	 line[1024];
	size_t	 n;

	line[0] = line[1] = line[3] = ' ';
	line[2] = '#';
	n = 4 + finding_codes(ctx->out, f, line + 4, sizeof(line) - 8);
	line[n++] = ' ';
	line[n++] = ' ';
	n += finding_explain(ctx->out, f, line + n, sizeof(line) - 1 - n);
	line[n++] = '\n';
	line_prefix(ctx, ln, name);
	out_text(ctx->out, line, n);
}

/* The line as a whole: what its most severe finding says. */
static void
json_verdict(struct out *o, const struct verdict *v)
{
	fprintf(o->fp, ",\"reason\":\"%s\",\"bounce\":\"%s\",\"provider\":",
	    reason_name(v->reason), bounce_name(v->bounce));
	if (v->pcase != NULL && v->pcase->provider != NULL)
		json_string(o->fp, v->pcase->provider,
		    strlen(v->pcase->provider));
	else
		fputs("null", o->fp);
}

/* A code found, with the verdict of the finding it belongs to. */
static void
json_code(struct out *o, const struct scan_code *c, const struct finding *f)
{
	fprintf(o->fp, "{\"offset\":%zu,", c->offset);
	if (c->kind == KIND_BASIC)
		json_basic_fields(o, &f->basic);
	else
		json_enhanced_fields(o, &f->enh);
	finding_json(o, &f->v);
	putc('}', o->fp);
}

static void
json_line(struct scan_ctx *ctx, struct line *ln, const char *name,
    const struct finding *f, size_t n)
{
	struct out	*o = ctx->out;
	size_t		 i, k = 0;

	fprintf(o->fp, "{\"line\":%" PRIu64 ",", ln->no);
	if (name != NULL) {
		fputs("\"file\":", o->fp);
		json_string(o->fp, name, strlen(name));
		putc(',', o->fp);
	}
	fputs("\"text\":", o->fp);
	json_string(o->fp, keep, ln->kept);
	if (ln->kept < ln->len)
		fputs(",\"truncated\":true", o->fp);
	json_verdict(o, &f[finding_worst(f, n)].v);
	fputs(",\"codes\":[", o->fp);
	for (i = 0; i < n; i++) {
		if (f[i].bc != NULL) {
			fputs(k++ ? "," : "", o->fp);
			json_code(o, f[i].bc, &f[i]);
		}
		if (f[i].ec != NULL) {
			fputs(k++ ? "," : "", o->fp);
			json_code(o, f[i].ec, &f[i]);
		}
	}
	fputs("]}\n", o->fp);
}

/* Whether the text of each line is kept: for JSON, pairs and verdicts. */
static int
keeps_text(const struct scan_ctx *ctx)
{
	return ctx->mode == SCAN_JSON || ctx->mode == SCAN_ANNOTATE ||
	    ctx->mode == SCAN_SUMMARY;
}

/* The findings of a line, judged from its text when asked. */
static size_t
line_findings(struct scan_ctx *ctx, const struct line *ln, int judge,
    struct finding *f)
{
	size_t	 n, i;

	n = finding_collect(&ln->r, ctx->classes, ctx->kinds, keep, ln->kept,
	    judge, f, SCAN_MAX);
	if (judge)
		for (i = 0; i < n; i++)
			finding_judge(&f[i], keep, ln->kept);
	return n;
}

/* A piece of the current line: scan it, and keep its text if needed. */
static void
line_piece(struct scan_ctx *ctx, struct line *ln, const char *s, size_t n)
{
	size_t	 room = KEEP_MAX - ln->kept;

	scan_line(s, n, ln->len, &ln->r);
	ln->len += n;
	if (keeps_text(ctx)) {
		if (n > room)
			n = room;
		memcpy(keep + ln->kept, s, n);
		ln->kept += n;
	}
}

/*
 * The end of a line: write what the mode asks for, then start anew.  In
 * pass-through mode the line itself has been written by the caller.
 */
static void
line_end(struct scan_ctx *ctx, struct line *ln, const char *eol,
    size_t eollen, const char *name)
{
	struct out	*o = ctx->out;
	struct finding	 f[SCAN_MAX];
	char		 code[16];
	size_t		 i, n, wanted = 0;

	for (i = 0; i < ln->r.n; i++)
		wanted += code_wanted(ctx, &ln->r.codes[i]);
	if (wanted > 0)
		ctx->found++;
	switch (ctx->mode) {
	case SCAN_ANNOTATE:
		if (wanted == 0 && (passthrough(ctx) || filtered(ctx)))
			break;
		if (!passthrough(ctx)) {
			line_prefix(ctx, ln, name);
			out_input(o, keep, ln->kept);
			out_input(o, eol, eollen);
		}
		if (wanted == 0)
			break;
		if (eollen == 0 || eol[eollen - 1] != '\n')
			putc('\n', o->fp);
		n = line_findings(ctx, ln, 1, f);
		for (i = 0; i < n; i++)
			explain(ctx, &f[i], ln, name);
		break;
	case SCAN_ONLY:
		for (i = 0; i < ln->r.n; i++) {
			if (!code_wanted(ctx, &ln->r.codes[i]))
				continue;
			line_prefix(ctx, ln, name);
			fwrite(code, 1, code_text(&ln->r.codes[i], code),
			    o->fp);
			putc('\n', o->fp);
		}
		break;
	case SCAN_SUMMARY:
		n = wanted > 0 ? line_findings(ctx, ln,
		    summary_needs_text(ctx->sum), f) : 0;
		summary_line(ctx->sum, f, n);
		break;
	case SCAN_JSON:
		if (wanted > 0 && (n = line_findings(ctx, ln, 1, f)) > 0)
			json_line(ctx, ln, name, f, n);
		break;
	case SCAN_QUIET:
		ctx->stop = ctx->found > 0;
		break;
	}
	if (ctx->line_buffered)
		fflush(o->fp);
	ln->no++;
	ln->len = ln->kept = 0;
	ln->r.n = 0;
}

/*
 * Find the end of the line at s: a newline, a CRLF, or a lone CR.  Set
 * *eollen to the length of the end; return the length of the line, or
 * (size_t)-1 if the line goes on past the n bytes there are.
 */
static size_t
find_eol(const char *s, size_t n, int eof, size_t *eollen)
{
	size_t	 len = find_crlf(s, n);

	*eollen = 1;
	if (len == n)
		return (size_t)-1;
	if (s[len] == '\n')
		return len;
	if (len + 1 < n) {
		*eollen = s[len + 1] == '\n' ? 2 : 1;
		return len;
	}
	/* A CR at the end of what was read: wait to see what follows. */
	return eof ? len : (size_t)-1;
}

/*
 * Read a log from fd to its end, writing what ctx->mode asks for.  Lines
 * longer than the buffer are scanned piece by piece, in constant memory.
 * In pass-through mode, runs of lines without codes are written in one
 * go.  Return 0, -1 with errno set if reading failed, or -2 if writing
 * did.
 */
int
scan_fd(struct scan_ctx *ctx, int fd, const char *name)
{
	struct line	 ln;
	FILE		*fp = ctx->out->fp;
	size_t		 have = 0, start, len, eollen, done;
	size_t		 pend = 0;	/* pass-through: first byte not written */
	ssize_t		 got;
	int		 eof = 0, err = 0, pass = passthrough(ctx);

	memset(&ln, 0, sizeof(ln));
	ln.no = 1;
	while (!eof && !ctx->stop) {
		got = read(fd, buf + have, BUFSZ - have);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			got = 0;
		}
		if (got == 0)
			eof = 1;
		have += (size_t)got;
		start = 0;
		while (start < have && !ctx->stop && (len = find_eol(buf + start,
		    have - start, eof, &eollen)) != (size_t)-1) {
			line_piece(ctx, &ln, buf + start, len);
			done = start + len + eollen;
			if (pass && (ln.r.n > 0 || ctx->line_buffered)) {
				out_input(ctx->out, buf + pend, done - pend);
				pend = done;
			}
			line_end(ctx, &ln, buf + start + len, eollen, name);
			start = done;
		}
		if (eof && start < have) {
			line_piece(ctx, &ln, buf + start, have - start);
			start = have;
		}
		if (start == 0 && have == BUFSZ) {
			/* No end of line in a full buffer: take a piece,
			 * keeping a final CR to pair with what follows. */
			start = buf[have - 1] == '\r' ? have - 1 : have;
			line_piece(ctx, &ln, buf, start);
		}
		if (pass && pend < start)
			out_input(ctx->out, buf + pend, start - pend);
		if (eof && ln.len > 0)
			line_end(ctx, &ln, "", 0, name);
		memmove(buf, buf + start, have - start);
		have -= start;
		pend = 0;
		if (ferror(fp))
			return -2;
	}
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

/* The summary, once every log has been read. */
void
scan_summary(struct scan_ctx *ctx)
{
	summary_write(ctx->sum, ctx->out);
}
