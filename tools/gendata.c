/*
 * Check the data files of data/ and turn them into src/tabledata.h, the
 * tables of src/reason.c: reasons, reply titles, the reasons of codes,
 * reply-text phrases, search keywords, provider cases and signatures.
 *
 * Usage: gendata datadir reason.h > tabledata.h
 * A bad row is reported as "file:line: what is wrong" and the exit status
 * is 1; nothing useful is written then.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define MAXLINE		4096	/* longest line of a data file */
#define MAXCOLS		11
#define MAXREASONS	64
#define MAXROWS		4096

struct row {
	const char	*file;
	int		 line;
	int		 ncols;
	char		*col[MAXCOLS];
};

struct table {
	char		 path[1024];
	struct row	*rows;
	size_t		 nrows;
};

/* A code as the data files write it; class 0 stands for X. */
struct code {
	int	 reply;		/* 0: none */
	int	 class;		/* -1: none, 0: X, 2, 4, 5 */
	int	 subject;
	int	 lo;
	int	 hi;
};

struct phrase {
	char	*folded;
	int	 rank;		/* in the order of strcmp() */
	int	 reason;
	int	 strong;
	int	 general;	/* strong, but a later cause decides */
	int	 prefix;
	int	 line;
};

struct sig {
	char	*folded;
	int	 kind;
	int	 provider;
};

struct entry {
	struct code	 c;
	int		 reason;
	int		 vague;
};

struct words {
	struct code	 c;
	int		 reason;	/* -1 unless the target is a reason */
	char		*folded;
};

enum sigkind { SIG_RHOST, SIG_SUFFIX, SIG_TEXT, SIG_DOMAIN };

static const char *const sigkinds[] = {
	"rhost", "rhost-suffix", "reply-text", "recipient-domain"
};

static int	 nerrors;
static char	*reasons[MAXREASONS];	/* from enum reason */
static size_t	 nreasons;

/*
 * The strings of the tables, each once, in the order they were first
 * written: the tables hold their offsets in td_strings, not pointers.
 */
static char	**pool;
static size_t	 npool, pool_size, pool_bytes;

/* Base letters for U+00C0 to U+00FF; the same table as src/lookup.c. */
static const char latin1_base[] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

static void
bad(const struct row *r, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s:%d: ", r->file, r->line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	nerrors++;
}

static void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n)) == NULL) {
		perror("gendata");
		exit(2);
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t	 n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* The length of the UTF-8 sequence at s, or 0 if it is not valid. */
static size_t
utf8_len(const unsigned char *s)
{
	size_t	 n, i;
	unsigned long	 cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

static int
valid_utf8(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n;

	while (*p != '\0') {
		if ((n = utf8_len(p)) == 0)
			return 0;
		p += n;
	}
	return 1;
}

/*
 * Fold as src/reason.c folds reply texts: ASCII lowercased, Latin-1
 * letters without accents, U+2019 as an apostrophe, U+00A0 as a space.
 */
static char *
fold(const char *src)
{
	const unsigned char	*s = (const unsigned char *)src;
	char			*dst = xmalloc(strlen(src) + 1), *d = dst;

	while (*s != '\0') {
		if (s[0] == 0xc3 && s[1] >= 0x80 && s[1] <= 0xbf) {
			*d++ = latin1_base[s[1] - 0x80];
			s += 2;
		} else if (s[0] == 0xc2 && s[1] == 0xa0) {
			*d++ = ' ';
			s += 2;
		} else if (s[0] == 0xe2 && s[1] == 0x80 && s[2] == 0x99) {
			*d++ = '\'';
			s += 3;
		} else if (*s >= 'A' && *s <= 'Z')
			*d++ = (char)(*s++ - 'A' + 'a');
		else
			*d++ = (char)*s++;
	}
	*d = '\0';
	return dst;
}

static int
is_word(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* The printf conversions of s, such as "%s%d", into buf. */
static void
conversions(const char *s, char *buf, size_t size)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++) {
		if (*s != '%')
			continue;
		while (s[1] != '\0' && strchr("0123456789.-+ #*lhzjtL", s[1]))
			if (n + 1 < size)
				buf[n++] = *++s;
			else
				s++;
		if (s[1] != '\0' && n + 2 < size) {
			buf[n++] = '%';
			buf[n++] = *++s;
		}
	}
	buf[n] = '\0';
}

/* Check a pair of English and French texts in columns en and en + 1. */
static void
check_pair(const struct row *r, int en, const char *what)
{
	char	 a[128], b[128];

	if (r->col[en][0] == '\0')
		bad(r, "%s: the English text is empty", what);
	if (r->col[en + 1][0] == '\0')
		bad(r, "%s: the French text is missing", what);
	conversions(r->col[en], a, sizeof(a));
	conversions(r->col[en + 1], b, sizeof(b));
	if (strcmp(a, b) != 0)
		bad(r, "%s: the printf conversions differ between English "
		    "('%s') and French ('%s')", what, a, b);
}

/* Read the rows of dir/name, each with ncols tab-separated columns. */
static void
read_table(const char *dir, const char *name, int ncols, struct table *t)
{
	FILE		*fp;
	char		 buf[MAXLINE + 2], *p, *tab;
	struct row	 r, *rows;
	size_t		 len, n = 0;
	int		 line = 0, i;

	memset(t, 0, sizeof(*t));
	snprintf(t->path, sizeof(t->path), "%s/%s", dir, name);
	rows = xmalloc(MAXROWS * sizeof(*rows));
	t->rows = rows;
	t->nrows = 0;
	if ((fp = fopen(t->path, "r")) == NULL) {
		fprintf(stderr, "%s: cannot open\n", t->path);
		nerrors++;
		return;
	}
	memset(&r, 0, sizeof(r));
	r.file = t->path;
	while (fgets(buf, sizeof(buf), fp) != NULL) {
		r.line = ++line;
		len = strlen(buf);
		if (len > 0 && buf[len - 1] == '\n')
			buf[--len] = '\0';
		else if (!feof(fp)) {
			bad(&r, "line longer than %d bytes", MAXLINE);
			while ((i = fgetc(fp)) != EOF && i != '\n')
				continue;
			continue;
		}
		if (memchr(buf, '\0', len) != NULL || strlen(buf) != len) {
			bad(&r, "NUL byte");
			continue;
		}
		if (!valid_utf8(buf)) {
			bad(&r, "invalid UTF-8");
			continue;
		}
		for (p = buf; *p != '\0'; p++)
			if ((unsigned char)*p < 0x20 && *p != '\t')
				break;
		if (*p != '\0') {
			bad(&r, "control character 0x%02x",
			    (unsigned)(unsigned char)*p);
			continue;
		}
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		if (n == MAXROWS) {
			bad(&r, "more than %d rows", MAXROWS);
			break;
		}
		r.ncols = 0;
		for (p = buf; ; p = tab + 1) {
			if ((tab = strchr(p, '\t')) != NULL)
				*tab = '\0';
			if (r.ncols < MAXCOLS)
				r.col[r.ncols] = xstrdup(p);
			r.ncols++;
			if (tab == NULL)
				break;
		}
		if (r.ncols != ncols) {
			bad(&r, "expected %d columns, found %d", ncols,
			    r.ncols);
			continue;
		}
		for (i = 0; i < ncols; i++) {
			len = strlen(r.col[i]);
			if (len > 0 && (r.col[i][0] == ' ' ||
			    r.col[i][len - 1] == ' '))
				bad(&r, "column %d starts or ends with a space",
				    i + 1);
		}
		rows[n++] = r;
	}
	if (ferror(fp)) {
		fprintf(stderr, "%s: read error\n", t->path);
		nerrors++;
	}
	fclose(fp);
	t->nrows = n;
}

/* The names of enum reason, REASON_AUTHFAILURE to before REASON_MAX. */
static void
read_enum(const char *path)
{
	FILE	*fp;
	char	 buf[256], *p, *q;
	int	 in = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		fprintf(stderr, "%s: cannot open\n", path);
		exit(1);
	}
	while (fgets(buf, sizeof(buf), fp) != NULL) {
		if (strncmp(buf, "enum reason {", 13) == 0) {
			in = 1;
			continue;
		}
		if (!in)
			continue;
		if ((p = strstr(buf, "REASON_")) == NULL)
			break;
		p += 7;
		for (q = p; *q >= 'A' && *q <= 'Z'; q++)
			*q = (char)(*q - 'A' + 'a');
		*q = '\0';
		if (strcmp(p, "max") == 0 || nreasons == MAXREASONS)
			break;
		reasons[nreasons++] = xstrdup(p);
	}
	fclose(fp);
	if (nreasons == 0) {
		fprintf(stderr, "%s: no enum reason\n", path);
		exit(1);
	}
}

static int
reason_index(const char *s)
{
	size_t	 i;

	for (i = 0; i < nreasons; i++)
		if (strcmp(s, reasons[i]) == 0)
			return (int)i;
	return -1;
}

static int
want_reason(const struct row *r, const char *s)
{
	int	 i;

	if ((i = reason_index(s)) < 0)
		bad(r, "unknown reason '%s'", s);
	return i;
}

/* Digits without a leading zero, at most max, into *v; 1 if so. */
static int
number(const char *s, size_t len, int max, int *v)
{
	size_t	 i;

	if (len == 0 || len > 3 || (len > 1 && s[0] == '0'))
		return 0;
	*v = 0;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + s[i] - '0';
	}
	return *v <= max;
}

/* A reply code 200 to 559 (RFC 5321 4.2), or "-" for none (0). */
static int
parse_reply(const char *s, int *v)
{
	if (strcmp(s, "-") == 0) {
		*v = 0;
		return 1;
	}
	if (strlen(s) != 3 || s[0] < '2' || s[0] > '5' || s[1] < '0' ||
	    s[1] > '5' || s[2] < '0' || s[2] > '9')
		return 0;
	*v = (s[0] - '0') * 100 + (s[1] - '0') * 10 + s[2] - '0';
	return 1;
}

/*
 * An enhanced code: class ("X" when allowx), subject, detail, and with
 * allowrange a range of details "606-649".  "-" is none (class -1).
 */
static int
parse_enhanced(const char *s, int allowx, int allowrange, struct code *c)
{
	const char	*d1, *d2, *dash;

	c->class = -1;
	if (strcmp(s, "-") == 0)
		return 1;
	if (s[0] == 'X' && allowx)
		c->class = 0;
	else if (s[0] == '2' || s[0] == '4' || s[0] == '5')
		c->class = s[0] - '0';
	else
		return 0;
	if (s[1] != '.' || (d1 = strchr(s + 2, '.')) == NULL)
		return 0;
	if (!number(s + 2, (size_t)(d1 - s - 2), 999, &c->subject))
		return 0;
	d2 = d1 + 1;
	if ((dash = strchr(d2, '-')) != NULL && allowrange) {
		if (!number(d2, (size_t)(dash - d2), 999, &c->lo) ||
		    !number(dash + 1, strlen(dash + 1), 999, &c->hi) ||
		    c->hi <= c->lo)
			return 0;
	} else {
		if (!number(d2, strlen(d2), 999, &c->lo))
			return 0;
		c->hi = c->lo;
	}
	return 1;
}

/* Print s as a C string literal. */
static void
cstr(const char *s)
{
	putchar('"');
	for (; *s != '\0'; s++)
		if (*s == '"' || *s == '\\' || *s == '?')
			printf("\\%c", *s);
		else
			putchar(*s);
	putchar('"');
}

/*
 * The offset of s in td_strings, adding it the first time.  An offset,
 * unlike a pointer, needs no relocation when the program loads.
 */
static size_t
pool_add(const char *s)
{
	size_t	 i, off = 0;

	for (i = 0; i < npool; i++) {
		if (strcmp(pool[i], s) == 0)
			return off;
		off += strlen(pool[i]) + 1;
	}
	if (npool == pool_size) {
		char	**p;

		pool_size = pool_size == 0 ? 1024 : pool_size * 2;
		if ((p = realloc(pool, pool_size * sizeof(*pool))) == NULL) {
			perror("gendata");
			exit(2);
		}
		pool = p;
	}
	pool[npool++] = xstrdup(s);
	pool_bytes = off + strlen(s) + 1;
	return off;
}

static void
sref(const char *s)
{
	printf("%zu", pool_add(s));
}

/*
 * Print td_strings: one member a string, as musl's strerror does, since
 * one string literal of them all would be longer than ISO C promises to
 * compile.  Members that are arrays of char are laid out without padding;
 * the size check makes sure of it, and so of every offset.
 */
static void
gen_strings(void)
{
	size_t	 i;

	printf("/* Every string of the tables above; they hold offsets. */\n");
	printf("static const struct td_strings {\n");
	for (i = 0; i < npool; i++)
		printf("\tchar\t s%zu[%zu];\n", i, strlen(pool[i]) + 1);
	printf("} td_strings = {\n");
	for (i = 0; i < npool; i++) {
		printf("\t");
		cstr(pool[i]);
		printf(",\n");
	}
	printf("};\n\n");
	printf("_Static_assert(sizeof(struct td_strings) == %zu,\n"
	    "    \"td_strings has padding: the offsets are wrong\");\n",
	    pool_bytes);
	printf("#define TD_STRING(off)\t((const char *)&td_strings + (off))\n");
	for (i = 0; i < npool; i++)
		free(pool[i]);
	free(pool);
}

static void
upper(const char *s)
{
	printf("REASON_");
	for (; *s != '\0'; s++)
		putchar(*s >= 'a' && *s <= 'z' ? *s - 'a' + 'A' : *s);
}

static void
gen_reasons(const struct table *t)
{
	const struct row	*r;
	size_t			 i;

	for (i = 0; i < t->nrows && i < nreasons; i++) {
		r = &t->rows[i];
		if (strcmp(r->col[0], reasons[i]) != 0)
			bad(r, "expected '%s' (the order of enum reason), "
			    "found '%s'", reasons[i], r->col[0]);
		if (strcmp(r->col[1], "class") != 0 &&
		    strcmp(r->col[1], "yes") != 0 &&
		    strcmp(r->col[1], "no") != 0)
			bad(r, "retry must be class, yes or no, not '%s'",
			    r->col[1]);
		check_pair(r, 2, "label");
		check_pair(r, 4, "meaning");
	}
	if (t->nrows != nreasons) {
		fprintf(stderr, "%s: %zu reasons, enum reason has %zu\n",
		    t->path, t->nrows, nreasons);
		nerrors++;
	}
	printf("#define TD_NREASONS\t%zu\n\n", t->nrows);
	printf("static const struct td_reason td_reasons[] = {\n");
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		printf("\t[");
		upper(r->col[0]);
		printf("] = { ");
		sref(r->col[0]);
		printf(", TD_RETRY_%s,\n\t    { ", r->col[1][0] == 'c' ?
		    "CLASS" : r->col[1][0] == 'y' ? "YES" : "NO");
		sref(r->col[2]);
		printf(", ");
		sref(r->col[3]);
		printf(" },\n\t    { ");
		sref(r->col[4]);
		printf(",\n\t    ");
		sref(r->col[5]);
		printf(" } },\n");
	}
	printf("};\n\n");
}

static void
gen_titles(const struct table *t)
{
	const struct row	*r;
	const char		*s;
	char			 seen[4][6], any = 0;
	size_t			 i;
	int			 v, last = -2, ncodes = 0;

	memset(seen, 0, sizeof(seen));
	printf("static const struct td_title td_titles[] = {\n");
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		s = r->col[0];
		check_pair(r, 1, "title");
		if (strcmp(s, "xxx") == 0) {
			if (any)
				bad(r, "'xxx' is listed twice");
			any = 1;
			continue;
		}
		if (strlen(s) == 3 && s[2] == 'x') {
			if (s[0] < '2' || s[0] > '5' || s[1] < '0' ||
			    s[1] > '5')
				bad(r, "'%s' is not a category such as 45x",
				    s);
			else if (seen[s[0] - '2'][s[1] - '0']++)
				bad(r, "'%s' is listed twice", s);
			continue;
		}
		if (strcmp(s, "-1") == 0 || strcmp(s, "0") == 0)
			v = s[0] == '-' ? -1 : 0;
		else if (!parse_reply(s, &v) || v == 0) {
			bad(r, "'%s' is not a reply code", s);
			continue;
		}
		if (v <= last)
			bad(r, "'%s' is out of order or listed twice", s);
		last = v;
		ncodes++;
		printf("\t{ %d, { ", v);
		sref(r->col[1]);
		printf(", ");
		sref(r->col[2]);
		printf(" } },\n");
	}
	printf("};\n\n");
	for (v = 0; v < 24; v++)
		if (!seen[v / 6][v % 6]) {
			fprintf(stderr, "%s: no title for the category "
			    "%d%dx\n", t->path, v / 6 + 2, v % 6);
			nerrors++;
		}
	if (!any) {
		fprintf(stderr, "%s: no title for xxx\n", t->path);
		nerrors++;
	}
	printf("/* Titles of categories: [class - 2][second digit]. */\n");
	printf("static const uint32_t td_categories[4][6][LANG_MAX] = "
	    "{\n");
	for (v = 0; v < 24; v++) {
		for (i = 0; i < t->nrows; i++) {
			s = t->rows[i].col[0];
			if (strlen(s) == 3 && s[2] == 'x' &&
			    s[0] - '2' == v / 6 && s[1] - '0' == v % 6)
				break;
		}
		printf("\t%s[%d][%d] = { ", "", v / 6, v % 6);
		if (i < t->nrows) {
			sref(t->rows[i].col[1]);
			printf(", ");
			sref(t->rows[i].col[2]);
		} else
			printf("0, 0");
		printf(" },\n");
	}
	printf("};\n\n");
	printf("static const uint32_t td_untitled[LANG_MAX] = { ");
	for (i = 0; i < t->nrows; i++)
		if (strcmp(t->rows[i].col[0], "xxx") == 0) {
			sref(t->rows[i].col[1]);
			printf(", ");
			sref(t->rows[i].col[2]);
			break;
		}
	if (i == t->nrows)
		printf("0, 0");
	printf(" };\n\n");
	(void)ncodes;
}

static int
code_cmp(const struct code *a, const struct code *b)
{
	if (a->reply != b->reply)
		return a->reply < b->reply ? -1 : 1;
	if (a->class != b->class)
		return a->class < b->class ? -1 : 1;
	if (a->subject != b->subject)
		return a->subject < b->subject ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	return code_cmp(&((const struct entry *)a)->c,
	    &((const struct entry *)b)->c);
}

/* A reply code or an enhanced code in columns 0 and 1, or both. */
static int
parse_key(const struct row *r, struct code *c)
{
	memset(c, 0, sizeof(*c));
	if (!parse_reply(r->col[0], &c->reply)) {
		bad(r, "'%s' is not a reply code or -", r->col[0]);
		return 0;
	}
	if (!parse_enhanced(r->col[1], 1, 0, c)) {
		bad(r, "'%s' is not an enhanced code such as X.1.1, 5.7.509 "
		    "or -", r->col[1]);
		return 0;
	}
	if (c->reply == 0 && c->class < 0) {
		bad(r, "neither a reply code nor an enhanced code");
		return 0;
	}
	if (c->reply != 0 && c->class > 0 && c->reply / 100 != c->class) {
		bad(r, "the classes of %s and %s differ", r->col[0],
		    r->col[1]);
		return 0;
	}
	return 1;
}

static void
gen_codes(const struct table *t)
{
	const struct row	*r;
	struct entry		*e = xmalloc((t->nrows + 1) * sizeof(*e));
	size_t			 i, n = 0;
	int			 reason;

	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		if (!parse_key(r, &e[n].c))
			continue;
		if ((reason = want_reason(r, r->col[2])) < 0)
			continue;
		if (strcmp(r->col[3], "firm") != 0 &&
		    strcmp(r->col[3], "vague") != 0) {
			bad(r, "weight must be firm or vague, not '%s'",
			    r->col[3]);
			continue;
		}
		if (e[n].c.class < 0 && strcmp(r->col[3], "vague") != 0) {
			bad(r, "a reply code alone is vague");
			continue;
		}
		e[n].reason = reason;
		e[n].vague = r->col[3][0] == 'v';
		e[n].c.hi = (int)i;	/* the row, for messages */
		n++;
	}
	qsort(e, n, sizeof(*e), entry_cmp);
	for (i = 1; i < n; i++)
		if (code_cmp(&e[i - 1].c, &e[i].c) == 0)
			bad(&t->rows[e[i].c.hi > e[i - 1].c.hi ? e[i].c.hi :
			    e[i - 1].c.hi], "this code is listed twice");
	printf("/* Sorted by reply, class (-1 none, 0 X), subject, detail. "
	    "*/\n");
	printf("static const struct td_code td_codes[] = {\n");
	for (i = 0; i < n; i++) {
		printf("\t{ %d, %d, %d, %d, ", e[i].c.reply, e[i].c.class,
		    e[i].c.subject, e[i].c.lo);
		upper(reasons[e[i].reason]);
		printf(", %d },\n", e[i].vague);
	}
	printf("};\n\n");
	free(e);
}

/* The first three bytes, blanks as spaces, in one number. */
static unsigned
key3(const char *f)
{
	unsigned	 h = 0;
	int		 i, c;

	for (i = 0; i < 3; i++) {
		c = (unsigned char)f[i];
		if (c == '\t' || c == '-' || c == '_')
			c = ' ';
		h = h << 8 | (unsigned)c;
	}
	return h;
}

/*
 * The first max bytes of f as prefix8() below writes them, in one
 * number, first byte highest; return how many there are.
 */
static int
folded_bytes(const char *f, int max, unsigned long long *pre)
{
	int	 k, c, last;

	for (*pre = 0, k = 0, last = 0; *f != '\0' && k < max; f++) {
		c = (unsigned char)*f;
		if (c == '-' || c == '_')
			c = ' ';
		if (c == ' ' && last == ' ')
			continue;
		*pre = *pre << 8 | (unsigned)c;
		last = c;
		k++;
	}
	return k;
}

static unsigned
six_hash(unsigned long long six, int bits)
{
	return (unsigned)((six * 0x9e3779b97f4a7c15ULL) >> (64 - bits));
}

/*
 * The first eight bytes of a folded phrase or signature as src/reason.c
 * compares them before anything else: '-' and '_' as spaces, a run of
 * spaces as one, first byte highest; the mask keeps the bytes it has.
 * Whatever matches the phrase begins with these bytes, folded that way.
 */
static void
prefix8(const char *f)
{
	unsigned long long	 pre = 0, mask = 0;
	int			 k = 0, c, last = 0;

	for (; *f != '\0' && k < 8; f++) {
		c = (unsigned char)*f;
		if (c == '-' || c == '_')
			c = ' ';
		if (c == ' ' && last == ' ')
			continue;
		pre |= (unsigned long long)c << (56 - 8 * k);
		mask |= 0xffULL << (56 - 8 * k);
		last = c;
		k++;
	}
	printf("0x%016llxULL, 0x%016llxULL", pre, mask);
}

/*
 * How many of the first bytes of a folded phrase src/reason.c compares
 * eight at once, one byte of a text each, where the text is ASCII without
 * two blanks in a row: all of them, up to eight, unless a '-' or '_' is
 * among them, which may take a run of blanks, or a space ends the phrase
 * there.
 */
static size_t
plain_bytes(const char *f)
{
	size_t	 k;

	for (k = 0; k < 8 && f[k] != '\0'; k++)
		if (f[k] == '-' || f[k] == '_')
			return 0;
	if (k > 0 && f[k - 1] == ' ' && f[k] == '\0')
		return 0;
	return k;
}

static void
plain8(const char *f)
{
	printf("%zu", plain_bytes(f));
}

/* Whether those bytes end with a space, which takes one blank or more. */
static int
ends_spaced(const char *f)
{
	size_t	 k = plain_bytes(f);

	return k > 0 && f[k - 1] == ' ';
}

/*
 * The bytes of a phrase after its first eight, when those are compared
 * at once, up to eight and up to a '-' or '_', as src/reason.c compares
 * them with the folded text after the first eight, with their mask;
 * zero if there are none.
 */
static void
next8(const char *f)
{
	unsigned long long	 pre = 0, mask = 0;
	size_t			 k;

	if (plain_bytes(f) == 8)
		for (k = 8; k < 16 && f[k] != '\0' && f[k] != '-' &&
		    f[k] != '_'; k++) {
			pre |= (unsigned long long)(unsigned char)f[k] <<
			    (56 - 8 * (k - 8));
			mask |= 0xffULL << (56 - 8 * (k - 8));
		}
	printf("0x%016llxULL, 0x%016llxULL", pre, mask);
}

/*
 * Flags of keys, set for each key of a table so that src/reason.c passes
 * over a word whose key has none without looking further; its key_bit()
 * is key_hash() of KEYBITS bits.  One byte a key: a word's is read once.
 */
#define KEYBITS		13
enum {
	KEY_PHRASE = 1,		/* a phrase has the key */
	KEY_SIG = 2,		/* a signature has it */
	KEY_PHRASE_SHORT = 4,	/* a phrase of under six bytes has it */
	KEY_SIG_SHORT = 8	/* a signature of under six has it */
};
static unsigned char	 keyflags[1 << KEYBITS];

/*
 * The first bytes of phrases and signatures, folded, and the byte after
 * the dot of a signature that starts with one.
 */
static unsigned char	 firsts[256];

static unsigned
key_hash(unsigned key, int bits)
{
	return (key * 2654435761u & 0xffffffffu) >> (32 - bits);
}

/* Set flag for each of the n keys. */
static void
keys_flag(const unsigned *keys, size_t n, int flag)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		keyflags[key_hash(keys[i], KEYBITS)] |= (unsigned char)flag;
}

/*
 * The buckets of phrases, as src/reason.c finds them: one by the first
 * six bytes that prefix8() writes of a phrase that has six, else one by
 * its key, after those.  Whatever matches a phrase begins with these
 * bytes, folded that way, so that a word meets few phrases.
 */
#define SIXBUCKETS	10
#define KEYBUCKETS	8
#define NBUCKETS	((1 << SIXBUCKETS) + (1 << KEYBUCKETS))

static unsigned
bucket(const char *f)
{
	unsigned long long	 pre;

	if (folded_bytes(f, 6, &pre) == 6)
		return six_hash(pre, SIXBUCKETS);
	return (1u << SIXBUCKETS) + key_hash(key3(f), KEYBUCKETS);
}

static int
phrase_cmp(const void *a, const void *b)
{
	const struct phrase	*x = a, *y = b;
	unsigned		 bx = bucket(x->folded), by = bucket(y->folded);

	if (bx != by)
		return bx < by ? -1 : 1;
	return (x->rank > y->rank) - (x->rank < y->rank);
}

static int
folded_cmp(const void *a, const void *b)
{
	const struct phrase	*x = a, *y = b;

	return strcmp(x->folded, y->folded);
}

/* Print the index of a sorted array of folded strings by first byte. */
static void
gen_index(const char *name, char *const *folded, size_t n)
{
	size_t	 k = 0;
	int	 b;

	printf("static const unsigned short %s[257] = {", name);
	for (b = 0; b <= 256; b++) {
		while (k < n && (unsigned char)folded[k][0] < b)
			k++;
		printf("%s%zu,", b % 16 == 0 ? "\n\t" : " ", k);
	}
	printf("\n};\n\n");
}

static void
gen_phrases(const struct table *t)
{
	const struct row	*r;
	struct phrase		*p = xmalloc((t->nrows + 1) * sizeof(*p));
	char			**f;
	const unsigned char	*s;
	unsigned		*keys;
	size_t			 i, k, n = 0, len;

	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		if ((p[n].reason = want_reason(r, r->col[0])) < 0)
			continue;
		if (strcmp(r->col[1], "strong") != 0 &&
		    strcmp(r->col[1], "general") != 0 &&
		    strcmp(r->col[1], "weak") != 0) {
			bad(r, "weight must be strong, general or weak, not "
			    "'%s'", r->col[1]);
			continue;
		}
		p[n].strong = r->col[1][0] != 'w';
		p[n].general = r->col[1][0] == 'g';
		p[n].folded = fold(r->col[2]);
		p[n].line = r->line;
		len = strlen(p[n].folded);
		s = (const unsigned char *)p[n].folded;
		if (len < 3 || len > 200) {
			bad(r, "a phrase has 3 to 200 bytes");
			continue;
		}
		if (!is_word(s[0])) {
			bad(r, "'%s' must start with a letter or digit",
			    r->col[2]);
			continue;
		}
		if (strstr(p[n].folded, "  ") != NULL ||
		    strchr(p[n].folded, '\t') != NULL) {
			bad(r, "'%s' has two spaces in a row", r->col[2]);
			continue;
		}
		p[n].prefix = s[len - 1] == '*';
		if (p[n].prefix)
			p[n].folded[len - 1] = '\0';
		if (strchr(p[n].folded, '*') != NULL) {
			bad(r, "'*' may only end a phrase");
			continue;
		}
		n++;
	}
	qsort(p, n, sizeof(*p), folded_cmp);
	for (i = 0; i < n; i++)
		p[i].rank = (int)i;
	for (i = 1; i < n; i++)
		if (strcmp(p[i - 1].folded, p[i].folded) == 0) {
			struct row	 dup;

			memset(&dup, 0, sizeof(dup));
			dup.file = t->path;
			dup.line = p[i].line > p[i - 1].line ? p[i].line :
			    p[i - 1].line;
			bad(&dup, "'%s' is listed twice", p[i].folded);
		}
	qsort(p, n, sizeof(*p), phrase_cmp);
	printf("#define TD_STRONG\t0x1\n#define TD_PREFIX\t0x2\n"
	    "#define TD_LITERAL\t0x4\n#define TD_SPACED\t0x8\n"
	    "#define TD_GENERAL\t0x10\n\n");
	printf("/* Folded, sorted by bucket, then by rank. */\n");
	printf("static const struct td_phrase td_phrases[] = {\n");
	f = xmalloc((n + 1) * sizeof(*f));
	for (i = 0; i < n; i++) {
		printf("\t{ ");
		sref(p[i].folded);
		printf(", %d, %zu, 0x%06x, ", p[i].rank, strlen(p[i].folded),
		    key3(p[i].folded));
		upper(reasons[p[i].reason]);
		/* A '-' or '_' in the key must be compared as it is. */
		printf(", %d, ", (p[i].strong ? 1 : 0) |
		    (p[i].prefix ? 2 : 0) |
		    (strcspn(p[i].folded, "-_") < 3 ? 4 : 0) |
		    (ends_spaced(p[i].folded) ? 8 : 0) |
		    (p[i].general ? 0x10 : 0));
		plain8(p[i].folded);
		printf(", ");
		prefix8(p[i].folded);
		printf(", ");
		next8(p[i].folded);
		printf(" },\n");
		f[i] = p[i].folded;
	}
	printf("};\n\n");
	printf("#define TD_SIXBUCKETS\t%d\n#define TD_KEYBUCKETS\t%d\n",
	    SIXBUCKETS, KEYBUCKETS);
	printf("static const unsigned short td_phrase_first[%d] = {",
	    NBUCKETS + 1);
	for (i = 0, k = 0; i <= NBUCKETS; i++) {
		while (k < n && bucket(f[k]) < i)
			k++;
		printf("%s%zu,", i % 16 == 0 ? "\n\t" : " ", k);
	}
	printf("\n};\n\n");
	keys = xmalloc((n + 1) * sizeof(*keys));
	for (i = 0; i < n; i++) {
		keys[i] = key3(f[i]);
		firsts[(unsigned char)f[i][0]] = 1;
	}
	keys_flag(keys, n, KEY_PHRASE);
	free(keys);
	free(f);
}

static int
words_cmp(const void *a, const void *b)
{
	const struct words	*x = a, *y = b;

	if (x->reason != y->reason)
		return x->reason < y->reason ? -1 : 1;
	return code_cmp(&x->c, &y->c);
}

/* Comma-separated keywords of both languages as one folded string. */
static char *
join_words(const struct row *r)
{
	char	*s = xmalloc(strlen(r->col[1]) + strlen(r->col[2]) + 4);
	char	*f, *p;

	snprintf(s, strlen(r->col[1]) + strlen(r->col[2]) + 4, " %s,%s ",
	    r->col[1], r->col[2]);
	f = fold(s);
	free(s);
	for (p = f; *p != '\0'; p++)
		if (*p == ',')
			*p = ' ';
		else if (!is_word((unsigned char)*p) && *p != ' ' &&
		    *p != '-' && *p != '\'' && *p != '.' && *p != '/')
			bad(r, "'%c' in a keyword", *p);
	return f;
}

static void
gen_keywords(const struct table *t, const struct table *reasontab)
{
	const struct row	*r;
	struct words		*w;
	char			*s, *f;
	size_t			 i, n = 0, len;

	w = xmalloc((t->nrows + nreasons + 1) * sizeof(*w));
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		memset(&w[n], 0, sizeof(w[n]));
		w[n].reason = reason_index(r->col[0]);
		w[n].c.class = -1;
		if (w[n].reason < 0) {
			if (!parse_reply(r->col[0], &w[n].c.reply) &&
			    !parse_enhanced(r->col[0], 1, 0, &w[n].c)) {
				bad(r, "'%s' is neither a reason nor a code",
				    r->col[0]);
				continue;
			}
			if (w[n].c.reply == 0 && w[n].c.class < 0) {
				bad(r, "'-' is not a target");
				continue;
			}
		}
		if (r->col[1][0] == '\0' || r->col[2][0] == '\0') {
			bad(r, "keywords are missing in %s",
			    r->col[1][0] == '\0' ? "English" : "French");
			continue;
		}
		w[n].folded = join_words(r);
		w[n].c.hi = (int)i;
		n++;
	}
	qsort(w, n, sizeof(*w), words_cmp);
	for (i = 1; i < n; i++)
		if (words_cmp(&w[i - 1], &w[i]) == 0)
			bad(&t->rows[w[i].c.hi > w[i - 1].c.hi ? w[i].c.hi :
			    w[i - 1].c.hi], "'%s' is listed twice",
			    t->rows[w[i].c.hi].col[0]);
	/* Each reason's words, with its labels in both languages. */
	printf("static const uint32_t td_reason_words[] = {\n");
	for (i = 0; i < nreasons && i < reasontab->nrows; i++) {
		size_t	 k;

		for (k = 0; k < n; k++)
			if (w[k].reason == (int)i)
				break;
		len = strlen(reasontab->rows[i].col[2]) +
		    strlen(reasontab->rows[i].col[3]) + 8 +
		    (k < n ? strlen(w[k].folded) : 0);
		s = xmalloc(len);
		snprintf(s, len, " %s %s %s ", reasontab->rows[i].col[2],
		    reasontab->rows[i].col[3], k < n ? w[k].folded : "");
		f = fold(s);
		printf("\t");
		sref(f);
		printf(",\n");
		free(f);
		free(s);
	}
	printf("};\n\n");
	printf("/* Sorted by reply, class (-1 none, 0 X), subject, detail. "
	    "*/\n");
	printf("static const struct td_words td_code_words[] = {\n");
	for (i = 0; i < n; i++) {
		if (w[i].reason >= 0)
			continue;
		printf("\t{ %d, %d, %d, %d, ", w[i].c.reply, w[i].c.class,
		    w[i].c.subject, w[i].c.lo);
		sref(w[i].folded);
		printf(" },\n");
	}
	printf("\t{ 1000, 0, 0, 0, 0 }\n};\n\n");
	free(w);
}

/*
 * The first three bytes of a signature as prefix8() writes them, or 0
 * if it has fewer.
 */
static unsigned
sig_key(const char *f)
{
	int	 k = 0, c, last = 0;
	unsigned key = 0;

	for (; *f != '\0' && k < 3; f++) {
		c = (unsigned char)*f;
		if (c == '-' || c == '_')
			c = ' ';
		if (c == ' ' && last == ' ')
			continue;
		key = key << 8 | (unsigned)c;
		last = c;
		k++;
	}
	return k == 3 ? key : 0;
}

static void
gen_hosts(const struct table *t, char **ids, size_t *nids)
{
	const struct row	*r, *first[64];
	struct sig		*sg = xmalloc((t->nrows + 1) * sizeof(*sg));
	char			**f, *p;
	unsigned		*keys;
	size_t			 i, k, n = 0;
	int			 kind;

	*nids = 0;
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		for (p = r->col[0]; *p != '\0'; p++)
			if (!((*p >= 'a' && *p <= 'z') ||
			    (*p >= '0' && *p <= '9')))
				break;
		if (*p != '\0' || r->col[0][0] == '\0') {
			bad(r, "'%s' is not an id of lowercase letters and "
			    "digits", r->col[0]);
			continue;
		}
		check_pair(r, 1, "name");
		for (k = 0; k < *nids; k++)
			if (strcmp(ids[k], r->col[0]) == 0)
				break;
		if (k == *nids) {
			if (k == NELEM(first)) {
				bad(r, "too many providers");
				continue;
			}
			ids[k] = r->col[0];
			first[k] = r;
			(*nids)++;
		} else if (strcmp(first[k]->col[1], r->col[1]) != 0 ||
		    strcmp(first[k]->col[2], r->col[2]) != 0)
			bad(r, "the names of '%s' differ from line %d",
			    r->col[0], first[k]->line);
		for (kind = 0; kind < (int)NELEM(sigkinds); kind++)
			if (strcmp(r->col[3], sigkinds[kind]) == 0)
				break;
		if (strcmp(r->col[3], "ndr-text") == 0)
			kind = SIG_TEXT;
		if (kind == (int)NELEM(sigkinds)) {
			bad(r, "unknown kind '%s'", r->col[3]);
			continue;
		}
		if (strlen(r->col[4]) < 2 || (kind != SIG_TEXT &&
		    strchr(r->col[4], ' ') != NULL)) {
			bad(r, "'%s' is not one signature", r->col[4]);
			continue;
		}
		if (kind == SIG_SUFFIX && r->col[4][0] != '.') {
			bad(r, "a suffix starts with a dot");
			continue;
		}
		/* Signatures are looked for at words and at dots. */
		if (!is_word((unsigned char)r->col[4][0]) &&
		    r->col[4][0] != '.') {
			bad(r, "'%s' must start with a letter, a digit or a "
			    "dot", r->col[4]);
			continue;
		}
		/* reason.c looks for a signature at a dot with a word after. */
		if (r->col[4][0] == '.' &&
		    !is_word((unsigned char)r->col[4][1])) {
			bad(r, "'%s' must have a letter or a digit after its "
			    "dot", r->col[4]);
			continue;
		}
		sg[n].folded = fold(r->col[4]);
		sg[n].kind = kind;
		sg[n].provider = (int)k;
		for (k = 0; k < n; k++)
			if (sg[k].kind == kind &&
			    strcmp(sg[k].folded, sg[n].folded) == 0)
				break;
		if (k < n) {
			bad(r, "'%s' is listed twice", r->col[4]);
			continue;
		}
		n++;
	}
	printf("static const struct td_provider td_providers[] = {\n");
	for (k = 0; k < *nids; k++) {
		printf("\t{ ");
		sref(ids[k]);
		printf(", { ");
		sref(first[k]->col[1]);
		printf(", ");
		sref(first[k]->col[2]);
		printf(" } },\n");
	}
	printf("};\n\n");
	/* Sort the signatures by their first byte for the index. */
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && strcmp(sg[k - 1].folded,
		    sg[k].folded) > 0; k--) {
			struct sig	 tmp = sg[k];

			sg[k] = sg[k - 1];
			sg[k - 1] = tmp;
		}
	printf("#define TD_RHOST\t%d\n#define TD_SUFFIX\t%d\n"
	    "#define TD_TEXT\t\t%d\n#define TD_DOMAIN\t%d\n\n", SIG_RHOST,
	    SIG_SUFFIX, SIG_TEXT, SIG_DOMAIN);
	printf("static const struct td_sig td_sigs[] = {\n");
	f = xmalloc((n + 1) * sizeof(*f));
	for (i = 0; i < n; i++) {
		printf("\t{ ");
		sref(sg[i].folded);
		printf(", %zu, %d, %d, ", strlen(sg[i].folded), sg[i].kind,
		    sg[i].provider);
		prefix8(sg[i].folded);
		printf(" },\n");
		f[i] = sg[i].folded;
	}
	if (n == 0)
		printf("\t{ 0, 0, 0, 0, 0, 0 },\n");
	printf("};\n#define TD_NSIGS\t%zu\n\n", n);
	gen_index("td_sig_first", f, n);
	/* A signature shorter than three bytes is looked for everywhere. */
	keys = xmalloc((n + 1) * sizeof(*keys));
	for (i = k = 0; i < n; i++) {
		if ((keys[i] = sig_key(f[i])) == 0)
			k++;
		firsts[(unsigned char)f[i][0]] = 1;
		if (f[i][0] == '.')
			firsts[(unsigned char)f[i][1]] = 1;
	}
	printf("#define TD_SHORTSIGS\t%zu\n", k);
	keys_flag(keys, n, KEY_SIG);
	free(keys);
	for (i = 0; i < n; i++)
		free(sg[i].folded);
	free(sg);
	free(f);
}

static void
gen_providers(const struct table *t, char **ids, size_t nids)
{
	const struct row	*r;
	struct code		 c;
	size_t			 i, k, last = (size_t)-1, j;
	size_t			 firstrow[64], count[64];

	memset(count, 0, sizeof(count));
	memset(firstrow, 0, sizeof(firstrow));
	printf("const struct pcase pcases[] = {\n");
	for (i = 0; i < t->nrows; i++) {
		r = &t->rows[i];
		for (k = 0; k < nids; k++)
			if (strcmp(ids[k], r->col[0]) == 0)
				break;
		if (k == nids) {
			bad(r, "provider '%s' is not in provider-hosts.txt",
			    r->col[0]);
			continue;
		}
		if (count[k] > 0 && last != k) {
			bad(r, "the rows of '%s' are not kept together",
			    r->col[0]);
			continue;
		}
		memset(&c, 0, sizeof(c));
		if (r->col[1][0] != '\0' &&
		    (!parse_reply(r->col[1], &c.reply) || c.reply == 0)) {
			bad(r, "'%s' is not a reply code", r->col[1]);
			continue;
		}
		c.class = 0;
		if (r->col[2][0] != '\0' &&
		    !parse_enhanced(r->col[2], 0, 1, &c)) {
			bad(r, "'%s' is not an enhanced code or range such as "
			    "5.7.606-649", r->col[2]);
			continue;
		}
		if (c.class < 0)
			c.class = 0;
		if (c.reply == 0 && c.class == 0 && r->col[3][0] == '\0') {
			bad(r, "a case needs a code or a marker");
			continue;
		}
		if (want_reason(r, r->col[4]) < 0)
			continue;
		if (strcmp(r->col[5], "yes") != 0 &&
		    strcmp(r->col[5], "no") != 0) {
			bad(r, "retry must be yes or no, not '%s'", r->col[5]);
			continue;
		}
		check_pair(r, 6, "meaning");
		check_pair(r, 8, "action");
		if (r->col[10][0] == '\0')
			bad(r, "the source is missing");
		for (j = 0; j < i; j++) {
			const struct row	*o = &t->rows[j];

			if (strcmp(o->col[0], r->col[0]) == 0 &&
			    strcmp(o->col[1], r->col[1]) == 0 &&
			    strcmp(o->col[2], r->col[2]) == 0 &&
			    strcmp(o->col[3], r->col[3]) == 0)
				break;
		}
		if (j < i) {
			bad(r, "the same case as line %d", t->rows[j].line);
			continue;
		}
		if (count[k]++ == 0)
			firstrow[k] = i;
		last = k;
		printf("\t{ ");
		sref(r->col[0]);
		printf(", %d, %d, %d, %d, %d, ", c.reply, c.class, c.subject,
		    c.lo, c.hi);
		sref(r->col[3]);
		printf(", ");
		upper(r->col[4]);
		printf(", %d,\n\t    { ", r->col[5][0] == 'y');
		sref(r->col[6]);
		printf(",\n\t    ");
		sref(r->col[7]);
		printf(" },\n\t    { ");
		sref(r->col[8]);
		printf(",\n\t    ");
		sref(r->col[9]);
		printf(" },\n\t    ");
		sref(r->col[10]);
		printf(" },\n");
	}
	printf("};\nconst size_t npcases = NELEM(pcases);\n\n");
	/* The markers folded, and each provider's rows. */
	printf("static const uint32_t td_markers[] = {\n");
	for (i = 0; i < t->nrows; i++)
		if (t->rows[i].ncols == 11) {
			char	*m = fold(t->rows[i].col[3]);

			printf("\t");
			sref(m);
			printf(",\n");
			free(m);
		}
	printf("};\n\n");
	printf("/* The first row of each provider's cases, and how many. */\n");
	printf("static const unsigned short td_cases[][2] = {\n");
	for (k = 0; k < nids; k++) {
		/* Rows that failed are not printed: count what was. */
		printf("\t{ %zu, %zu },\n", count[k] > 0 ? firstrow[k] : 0,
		    count[k]);
	}
	printf("};\n\n");
}

/*
 * Which bytes belong to words: letters, digits, multibyte characters.
 * 0: none; 1: a byte that continues a character; 2: 0xc2 or 0xe2, which
 * may start a no-break space or a closing quote; 3: an ASCII letter or
 * digit, or another byte that starts a character.  Bit 1: a word goes
 * on; bit 2: a word may start.
 */
static void
gen_words(void)
{
	int	 c;

	printf("static const unsigned char td_word[256] = {");
	for (c = 0; c < 256; c++)
		printf("%s%d,", c % 16 == 0 ? "\n\t" : " ", !is_word(c) ? 0 :
		    c == 0xc2 || c == 0xe2 ? 2 : c >= 0x80 && c < 0xc0 ? 1 : 3);
	printf("\n};\n\n");
	/*
	 * ASCII folded as src/reason.c reads a text, its blanks as a space;
	 * 0 for NUL and the bytes of multibyte characters, folded slowly.
	 */
	printf("static const unsigned char td_fold[256] = {");
	for (c = 0; c < 256; c++)
		printf("%s%d,", c % 16 == 0 ? "\n\t" : " ", c >= 0x80 ? 0 :
		    c == ' ' || c == '\t' || c == '-' || c == '_' ? ' ' :
		    c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	printf("\n};\n\n");
}

/*
 * Which bytes may start a phrase or a signature: an ASCII byte if it
 * folds to the first byte of one; every byte of a multibyte character.
 */
static void
gen_starts(void)
{
	int	 c;

	printf("static const unsigned char td_start[256] = {");
	for (c = 0; c < 256; c++)
		printf("%s%d,", c % 16 == 0 ? "\n\t" : " ", c >= 0x80 ||
		    firsts[c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c]);
	printf("\n};\n\n");
}

/*
 * Filters that src/reason.c applies to words of plain ASCII before it
 * looks for phrases or signatures there, stronger than the key of three
 * bytes: the first six bytes of each, folded and its blanks as prefix8()
 * writes them, or the key of one shorter than that.  Whatever a phrase
 * or a signature matches begins with those bytes.
 */
#define SIXBITS		14

/* Set the bit of the first bytes of f in six or, if fewer, its key's flag. */
static void
filter_add(const char *f, unsigned char *six, int flag)
{
	unsigned long long	 pre;
	unsigned		 h;
	int			 k;

	if ((k = folded_bytes(f, 6, &pre)) == 6) {
		h = six_hash(pre, SIXBITS);
		six[h / 8] |= (unsigned char)(1u << h % 8);
	} else if (k >= 3)
		keyflags[key_hash((unsigned)(pre >> 8 * (k - 3)), KEYBITS)] |=
		    (unsigned char)flag;
}

static void
print_set(const char *name, const unsigned char *set, int bits)
{
	size_t	 i;

	printf("static const unsigned char %s[%u] = {", name,
	    (1u << bits) / 8);
	for (i = 0; i < (1u << bits) / 8; i++)
		printf("%s0x%02x,", i % 12 == 0 ? "\n\t" : " ", set[i]);
	printf("\n};\n\n");
}

/* The filters, after gen_phrases() and gen_hosts() flagged their keys. */
static void
gen_filters(const struct table *phrases, const struct table *hosts)
{
	unsigned char	*six = xmalloc((1u << SIXBITS) / 8);
	char		*f;
	size_t		 i, len;
	int		 pass;

	printf("#define TD_SIXBITS\t%d\n", SIXBITS);
	for (pass = 0; pass < 2; pass++) {
		memset(six, 0, (1u << SIXBITS) / 8);
		if (pass == 0)
			for (i = 0; i < phrases->nrows; i++) {
				f = fold(phrases->rows[i].col[2]);
				if ((len = strlen(f)) > 0 && f[len - 1] == '*')
					f[len - 1] = '\0';
				filter_add(f, six, KEY_PHRASE_SHORT);
				free(f);
			}
		else
			for (i = 0; i < hosts->nrows; i++) {
				f = fold(hosts->rows[i].col[4]);
				filter_add(f, six, KEY_SIG_SHORT);
				free(f);
			}
		print_set(pass == 0 ? "td_phrase_six" : "td_sig_six", six,
		    SIXBITS);
	}
	free(six);
	printf("#define TD_KEYBITS\t%d\n#define TD_KEY_PHRASE\t%d\n"
	    "#define TD_KEY_SIG\t%d\n#define TD_KEY_PHRASE_SHORT\t%d\n"
	    "#define TD_KEY_SIG_SHORT\t%d\n", KEYBITS, KEY_PHRASE, KEY_SIG,
	    KEY_PHRASE_SHORT, KEY_SIG_SHORT);
	printf("static const unsigned char td_key_flags[%d] = {",
	    1 << KEYBITS);
	for (i = 0; i < (1u << KEYBITS); i++)
		printf("%s%d,", i % 24 == 0 ? "\n\t" : " ", keyflags[i]);
	printf("\n};\n\n");
}

int
main(int argc, char *argv[])
{
	struct table	 reasontab, titles, codes, phrases, keywords;
	struct table	 providers, hosts;
	char		*ids[64];
	size_t		 nids;

	if (argc != 3) {
		fprintf(stderr, "usage: gendata datadir reason.h\n");
		return 2;
	}
	read_enum(argv[2]);
	read_table(argv[1], "reasons.txt", 6, &reasontab);
	read_table(argv[1], "reply-titles.txt", 3, &titles);
	read_table(argv[1], "code-reasons.txt", 4, &codes);
	read_table(argv[1], "phrases.txt", 3, &phrases);
	read_table(argv[1], "keywords.txt", 3, &keywords);
	read_table(argv[1], "providers.txt", 11, &providers);
	read_table(argv[1], "provider-hosts.txt", 5, &hosts);

	printf("/* Generated by tools/gendata from %s: do not edit. */\n\n",
	    argv[1]);
	(void)pool_add("");	/* offset 0: the empty string */
	gen_words();
	gen_reasons(&reasontab);
	gen_titles(&titles);
	gen_codes(&codes);
	gen_phrases(&phrases);
	gen_keywords(&keywords, &reasontab);
	gen_hosts(&hosts, ids, &nids);
	gen_starts();
	gen_filters(&phrases, &hosts);
	gen_providers(&providers, ids, nids);
	gen_strings();
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gendata");
		return 1;
	}
	return nerrors > 0;
}
