/* The summary of a log: lines counted by code, pair, reason, provider or file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "summary.h"

#define ROWS_MAX	65536		/* keys kept; more are counted apart */
#define STDIN_NAME	"(standard input)"

/* The words of the summary, in each language. */
enum label {
	L_TOTAL, L_READ, L_WITH, L_NOT_COUNTED, L_NO_PROVIDER, L_FILE_READ,
	L_MAX
};

/* Arrays, not pointers, which the loader would relocate at each start. */
static const char labels[L_MAX][LANG_MAX][40] = {
	{ "total: ", "total : " },
	{ " lines read, ", " lignes lues, " },
	{ " with codes", " avec des codes" },
	{ " not counted: too many keys", " non comptées : trop de clés" },
	{ "no provider recognised", "aucun fournisseur reconnu" },
	{ " lines read", " lignes lues" },
};

static const char by_names[BY_MAX][12] = {
	"code", "pair", "reason", "provider", "file",
};

/* A key and the number of lines that carry it. */
struct row {
	uint64_t	 count;		/* lines with the key */
	uint64_t	 lines;		/* file: lines read */
	uint64_t	 num;		/* code, pair or reason */
	const char	*str;		/* provider id (NULL: none), file name */
	char		*copy;		/* the file name, owned */
	size_t		 seq;		/* order of first sight */
};

/*
 * Rows in the order first seen, found again through an open-addressing
 * hash table of row numbers plus one; both grow as keys come.
 */
struct summary {
	enum summary_by	 by;
	struct row	*rows;
	size_t		 nrows, rowcap;
	uint32_t	*slots;
	size_t		 nslots;
	size_t		 cur;		/* file: the row being read, or -1 */
	uint64_t	 lines;
	uint64_t	 with_codes;
	uint64_t	 overflow;	/* counts that found no row */
	int		 failed;	/* memory ran out */
};

int
summary_by_parse(const char *s, enum summary_by *by)
{
	size_t	 i;

	for (i = 0; i < BY_MAX; i++)
		if (strcmp(s, by_names[i]) == 0) {
			*by = (enum summary_by)i;
			return 1;
		}
	return 0;
}

struct summary *
summary_new(enum summary_by by)
{
	struct summary	*s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->by = by;
	s->cur = (size_t)-1;
	return s;
}

void
summary_free(struct summary *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nrows; i++)
		free(s->rows[i].copy);
	free(s->rows);
	free(s->slots);
	free(s);
}

/*
 * What the summary needs of each line's text, for finding_judge_all():
 * the reasons, and by provider also whose server took mail.
 */
unsigned
summary_needs_text(const struct summary *s)
{
	if (s->by == BY_PROVIDER)
		return JUDGE_TEXT | JUDGE_TAKEN;
	return s->by == BY_REASON ? JUDGE_TEXT : 0;
}

int
summary_failed(const struct summary *s)
{
	return s->failed;
}

static uint32_t
hash_str(const char *p)
{
	uint32_t	 h = 2166136261u;

	if (p == NULL)
		return 0;
	for (; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	return h;
}

static uint32_t
hash_of(const struct summary *s, uint64_t num, const char *str)
{
	if (s->by == BY_PROVIDER || s->by == BY_FILE)
		return hash_str(str);
	/* The high half of the product: the slot is taken from the low
	 * bits of the hash, and the low bits of a product depend on the
	 * low bits of the key alone, here the detail of an enhanced code,
	 * the same in 5.1.1, 4.2.1 and 5.7.1. */
	return (uint32_t)(num * 0x9e3779b97f4a7c15ULL >> 32);
}

static int
same_key(const struct summary *s, const struct row *r, uint64_t num,
    const char *str)
{
	if (s->by == BY_PROVIDER || s->by == BY_FILE)
		return r->str == str || (r->str != NULL && str != NULL &&
		    strcmp(r->str, str) == 0);
	return r->num == num;
}

/* Double the hash table (or make the first one) and place every row again. */
static int
grow_slots(struct summary *s)
{
	uint32_t	*slots;
	size_t		 n = s->nslots ? s->nslots * 2 : 64, i, k;

	if ((slots = calloc(n, sizeof(*slots))) == NULL)
		return 0;
	for (i = 0; i < s->nrows; i++) {
		k = hash_of(s, s->rows[i].num, s->rows[i].str) & (n - 1);
		while (slots[k] != 0)
			k = (k + 1) & (n - 1);
		slots[k] = (uint32_t)(i + 1);
	}
	free(s->slots);
	s->slots = slots;
	s->nslots = n;
	return 1;
}

/*
 * The row of a key, made if new (a file name is copied); (size_t)-1 if
 * there is no room for it.
 */
static size_t
row_of(struct summary *s, uint64_t num, const char *str)
{
	struct row	*rows;
	size_t		 k, cap;
	char		*copy = NULL;

	if (s->nslots > 0) {
		k = hash_of(s, num, str) & (s->nslots - 1);
		for (; s->slots[k] != 0; k = (k + 1) & (s->nslots - 1))
			if (same_key(s, &s->rows[s->slots[k] - 1], num, str))
				return s->slots[k] - 1;
	}
	if (s->nrows >= ROWS_MAX)
		return (size_t)-1;
	if ((s->nrows + 1) * 2 > s->nslots && !grow_slots(s))
		goto fail;
	if (s->nrows == s->rowcap) {
		cap = s->rowcap ? s->rowcap * 2 : 16;
		if ((rows = realloc(s->rows, cap * sizeof(*rows))) == NULL)
			goto fail;
		s->rows = rows;
		s->rowcap = cap;
	}
	if (s->by == BY_FILE) {
		if ((copy = strdup(str != NULL ? str : STDIN_NAME)) == NULL)
			goto fail;
		str = copy;
	}
	memset(&s->rows[s->nrows], 0, sizeof(s->rows[0]));
	s->rows[s->nrows].num = num;
	s->rows[s->nrows].str = str;
	s->rows[s->nrows].copy = copy;
	s->rows[s->nrows].seq = s->nrows;
	k = hash_of(s, num, str) & (s->nslots - 1);
	while (s->slots[k] != 0)
		k = (k + 1) & (s->nslots - 1);
	s->slots[k] = (uint32_t)(s->nrows + 1);
	return s->nrows++;
fail:
	s->failed = 1;
	return (size_t)-1;
}

static void
count(struct summary *s, uint64_t num, const char *str, uint64_t k)
{
	size_t	 i = row_of(s, num, str);

	if (i == (size_t)-1)
		s->overflow += k;
	else
		s->rows[i].count += k;
}

/* A new file starts (NULL: standard input); return 0 if out of memory. */
int
summary_file(struct summary *s, const char *name)
{
	if (s->by != BY_FILE)
		return 1;
	s->cur = row_of(s, 0, name != NULL ? name : STDIN_NAME);
	return s->cur != (size_t)-1;
}

static void	 count_lines(struct summary *, const struct finding *,
		    size_t, uint64_t, const struct verdict *);

/*
 * Count a line with its findings (none for a line without codes), its
 * text the len bytes at text: by reason, the line's verdict counts, as
 * --json gives it.
 */
void
summary_line(struct summary *s, const struct finding *f, size_t n,
    const char *text, size_t len)
{
	struct verdict	 v;

	if (n > 0 && s->by == BY_REASON && text != NULL) {
		finding_line_verdict(f, n, text, len, &v);
		count_lines(s, f, n, 1, &v);
	} else
		count_lines(s, f, n, 1, NULL);
}

/*
 * Count k lines with the same findings; for reasons and providers their
 * verdicts must be there.
 */
void
summary_lines(struct summary *s, const struct finding *f, size_t n,
    uint64_t k)
{
	count_lines(s, f, n, k, NULL);
}

/* The same, with the line's verdict if lv is not NULL. */
static void
count_lines(struct summary *s, const struct finding *f, size_t n,
    uint64_t k, const struct verdict *lv)
{
	const struct finding	*w;
	size_t			 i;

	s->lines += k;
	if (s->by == BY_FILE) {
		if (s->cur == (size_t)-1 && s->nrows == 0)
			summary_file(s, NULL);
		if (s->cur != (size_t)-1) {
			s->rows[s->cur].lines += k;
			s->rows[s->cur].count += n > 0 ? k : 0;
		} else
			s->overflow += n > 0 ? k : 0;
	}
	if (n == 0)
		return;
	s->with_codes += k;
	switch (s->by) {
	case BY_CODE:
		for (i = 0; i < n; i++) {
			if (f[i].bc != NULL)
				count(s, finding_num(f[i].bc, NULL), NULL, k);
			if (f[i].ec != NULL)
				count(s, finding_num(NULL, f[i].ec), NULL, k);
		}
		break;
	case BY_PAIR:
		for (i = 0; i < n; i++)
			count(s, finding_num(f[i].bc, f[i].ec), NULL, k);
		break;
	case BY_REASON:
		w = &f[finding_worst(f, n)];
		count(s, (uint32_t)(lv != NULL ? lv->reason : w->v.reason), NULL,
		    k);
		break;
	case BY_PROVIDER:
		w = &f[finding_worst(f, n)];
		count(s, 0, w->v.provider, k);
		break;
	case BY_FILE:
	case BY_MAX:
		break;
	}
}

/*
 * Count a line by its codes, those of r that the classes and kinds keep,
 * if the summary is by code or by pair, which the codes alone decide:
 * the line's findings need not be made.  Return 0, counting nothing, if
 * it is by anything else.
 */
int
summary_codes(struct summary *s, const struct scan_result *r,
    unsigned classes, unsigned kinds)
{
	uint64_t	 num[SCAN_MAX];
	size_t		 i, n;

	if (s->by != BY_CODE && s->by != BY_PAIR)
		return 0;
	n = finding_nums(r, classes, kinds, num, SCAN_MAX);
	s->lines++;
	s->with_codes += n > 0;
	for (i = 0; i < n; i++) {
		if (s->by == BY_PAIR)
			count(s, num[i], NULL, 1);
		else {
			/* A reply code is never 0, nor an enhanced code's
			 * class. */
			if (num[i] >> 24 != 0)
				count(s, num[i] & ~(uint64_t)0xffffff, NULL, 1);
			if ((num[i] & 0xffffff) != 0)
				count(s, num[i] & 0xffffff, NULL, 1);
		}
	}
	return 1;
}

/* Codes before reply-less keys, in the order of their numbers. */
static uint64_t
code_order(uint64_t num)
{
	return num >> 24 ? num : (uint64_t)1 << 63 | num;
}

static enum summary_by	 sort_by;	/* for row_cmp */

/* Most frequent first, then by key; files in the order read. */
static int
row_cmp(const void *x, const void *y)
{
	const struct row	*p = x, *q = y;

	if (sort_by == BY_FILE)
		return p->seq < q->seq ? -1 : p->seq > q->seq;
	if (p->count != q->count)
		return p->count < q->count ? 1 : -1;
	switch (sort_by) {
	case BY_CODE:
	case BY_PAIR:
		return code_order(p->num) < code_order(q->num) ? -1 :
		    code_order(p->num) > code_order(q->num);
	case BY_PROVIDER:
		if (p->str == NULL || q->str == NULL)
			return (p->str == NULL) - (q->str == NULL);
		return strcmp(p->str, q->str);
	default:
		return p->num < q->num ? -1 : p->num > q->num;
	}
}

/* The finding a code or pair row stands for, judged from its codes alone. */
static void
row_finding(const struct row *r, struct finding *f, struct scan_code *b,
    struct scan_code *e)
{
	uint64_t	 enh = r->num & 0xffffff;

	memset(f, 0, sizeof(*f));
	memset(b, 0, sizeof(*b));
	memset(e, 0, sizeof(*e));
	if (r->num >> 24) {
		b->kind = KIND_BASIC;
		b->value = (int)(r->num >> 24);
		b->class = b->value / 100;
		f->bc = b;
		basic_set(&f->basic, b->value);
	}
	if (enh != 0) {
		e->kind = KIND_ENHANCED;
		e->class = (int)(enh >> 20);
		e->subject = (int)(enh >> 10 & 1023);
		e->detail = (int)(enh & 1023);
		f->ec = e;
		enhanced_set(&f->enh, e->class, e->subject, e->detail);
	}
	verdict_codes(f->bc ? &f->basic : NULL, f->ec ? &f->enh : NULL,
	    &f->v);
}

/* Columns of s on a terminal, counting each UTF-8 character as one. */
static size_t
columns(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* n spaces. */
static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/*
 * Append the len bytes of s to the string of n bytes in buf, as far as
 * size allows, terminated; return the length it would have, as
 * snprintf() does.
 */
static size_t
cat(char *buf, size_t n, size_t size, const char *s, size_t len)
{
	size_t	 k;

	if (n < size) {
		k = size - 1 - n < len ? size - 1 - n : len;
		memcpy(buf + n, s, k);
		buf[n + k] = '\0';
	}
	return n + len;
}

static size_t
cat_count(char *buf, size_t n, size_t size, uint64_t v)
{
	char	 d[OUT_NUMBER];

	return cat(buf, n, size, d, out_unumber(d, v));
}

static size_t
cat_str(char *buf, size_t n, size_t size, const char *s)
{
	return cat(buf, n, size, s, strlen(s));
}

/* The key of a row as text, in buf; NULL for the provider row of none. */
static const char *
row_key(const struct summary *s, const struct row *r, enum lang lang,
    char *buf, size_t size)
{
	struct finding		 f;
	struct scan_code	 b, e;

	switch (s->by) {
	case BY_CODE:
	case BY_PAIR:
		row_finding(r, &f, &b, &e);
		finding_key(&f, buf, size);
		return buf;
	case BY_REASON:
		return reason_label((enum reason)r->num, lang);
	default:
		return r->str;
	}
}

static void
text_row(const struct summary *s, const struct row *r, struct out *o,
    size_t width)
{
	struct finding		 f;
	struct scan_code	 b, e;
	char			 key[32], buf[1024], d[OUT_NUMBER];
	const char		*k, *name;
	size_t			 n;

	k = row_key(s, r, o->lang, key, sizeof(key));
	if (k == NULL)
		k = "-";
	n = out_unumber(d, r->count);
	pad(o->fp, n < 8 ? 8 - n : 0);
	fwrite(d, 1, n, o->fp);
	fputs("  ", o->fp);
	if (s->by == BY_CODE || s->by == BY_PAIR) {
		row_finding(r, &f, &b, &e);
		n = finding_codes(o, &f, buf, sizeof(buf));
		fwrite(buf, 1, n, o->fp);
	} else if (s->by == BY_FILE)
		out_input(o, k, strlen(k));
	else
		out_text(o, k, strlen(k));
	pad(o->fp, width - columns(k) + 2);
	switch (s->by) {
	case BY_CODE:
	case BY_PAIR:
		n = finding_explain(o, &f, buf, sizeof(buf));
		out_text(o, buf, n);
		break;
	case BY_REASON:
		name = reason_meaning((enum reason)r->num, o->lang);
		out_text(o, name, strlen(name));
		break;
	case BY_PROVIDER:
		name = r->str ? provider_name(r->str) : NULL;
		name = name ? name : r->str ? r->str :
		    labels[L_NO_PROVIDER][o->lang];
		out_text(o, name, strlen(name));
		break;
	default:
		n = cat_count(buf, 0, sizeof(buf), r->lines);
		n = cat_str(buf, n, sizeof(buf), labels[L_FILE_READ][o->lang]);
		out_text(o, buf, n < sizeof(buf) ? n : sizeof(buf) - 1);
		break;
	}
	putc('\n', o->fp);
}

static void
json_row(const struct summary *s, const struct row *r, struct out *o)
{
	struct finding		 f;
	struct scan_code	 b, e;
	char			 key[32], code[3 * OUT_NUMBER + 3];
	size_t			 n;

	fputs("{\"", o->fp);
	fputs(by_names[s->by], o->fp);
	fputs("\":", o->fp);
	switch (s->by) {
	case BY_CODE:
	case BY_PAIR:
		row_finding(r, &f, &b, &e);
		finding_key(&f, key, sizeof(key));
		json_cstr(o->fp, key);
		if (s->by == BY_CODE)
			fputs(f.bc ? ",\"kind\":\"basic\"" :
			    ",\"kind\":\"enhanced\"", o->fp);
		else {
			fputs(",\"basic\":", o->fp);
			n = out_number(code, b.value);
			code[n] = '\0';
			json_cstr(o->fp, f.bc ? code : NULL);
			fputs(",\"enhanced\":", o->fp);
			n = out_number(code, e.class);
			code[n++] = '.';
			n += out_number(code + n, e.subject);
			code[n++] = '.';
			n += out_number(code + n, e.detail);
			code[n] = '\0';
			json_cstr(o->fp, f.ec ? code : NULL);
		}
		fputs(",\"count\":", o->fp);
		out_put_unumber(o->fp, r->count);
		finding_json(o, &f.v);
		fputs(",\"label\":", o->fp);
		json_cstr(o->fp, reason_label(f.v.reason, o->lang));
		fputs(",\"meaning\":", o->fp);
		json_cstr(o->fp, finding_meaning(&f, o->lang));
		break;
	case BY_REASON:
		json_cstr(o->fp, reason_name((enum reason)r->num));
		fputs(",\"count\":", o->fp);
		out_put_unumber(o->fp, r->count);
		fputs(",\"label\":", o->fp);
		json_cstr(o->fp, reason_label((enum reason)r->num, o->lang));
		fputs(",\"meaning\":", o->fp);
		json_cstr(o->fp, reason_meaning((enum reason)r->num, o->lang));
		break;
	case BY_PROVIDER:
		json_cstr(o->fp, r->str);
		fputs(",\"count\":", o->fp);
		out_put_unumber(o->fp, r->count);
		fputs(",\"name\":", o->fp);
		json_cstr(o->fp, r->str ? provider_name(r->str) : NULL);
		break;
	default:
		json_cstr(o->fp, r->str);
		fputs(",\"count\":", o->fp);
		out_put_unumber(o->fp, r->count);
		fputs(",\"lines\":", o->fp);
		out_put_unumber(o->fp, r->lines);
		break;
	}
	putc('}', o->fp);
}

/*
 * Write the summary: one row per key, most frequent first, then the
 * totals.  JSON is one object: {"by", "rows": [...], "total": {...}}.
 */
void
summary_write(struct summary *s, struct out *o)
{
	char		 key[32], buf[256];
	const char	*k;
	size_t		 i, n, w, width = 0;

	sort_by = s->by;
	if (s->nrows > 1)
		qsort(s->rows, s->nrows, sizeof(s->rows[0]), row_cmp);
	if (o->json) {
		fputs("{\"by\":\"", o->fp);
		fputs(by_names[s->by], o->fp);
		fputs("\",\"rows\":[", o->fp);
		for (i = 0; i < s->nrows; i++) {
			if (i > 0)
				putc(',', o->fp);
			json_row(s, &s->rows[i], o);
		}
		fputs("],\"total\":{\"lines\":", o->fp);
		out_put_unumber(o->fp, s->lines);
		fputs(",\"with_codes\":", o->fp);
		out_put_unumber(o->fp, s->with_codes);
		fputs(",\"not_counted\":", o->fp);
		out_put_unumber(o->fp, s->overflow);
		fputs("}}\n", o->fp);
		return;
	}
	for (i = 0; i < s->nrows; i++) {
		k = row_key(s, &s->rows[i], o->lang, key, sizeof(key));
		w = columns(k != NULL ? k : "-");
		if (w > width)
			width = w;
	}
	for (i = 0; i < s->nrows; i++)
		text_row(s, &s->rows[i], o, width);
	n = cat_str(buf, 0, sizeof(buf), labels[L_TOTAL][o->lang]);
	n = cat_count(buf, n, sizeof(buf), s->lines);
	n = cat_str(buf, n, sizeof(buf), labels[L_READ][o->lang]);
	n = cat_count(buf, n, sizeof(buf), s->with_codes);
	n = cat_str(buf, n, sizeof(buf), labels[L_WITH][o->lang]);
	if (s->overflow > 0 && n < sizeof(buf)) {
		n = cat_str(buf, n, sizeof(buf), ", ");
		n = cat_count(buf, n, sizeof(buf), s->overflow);
		n = cat_str(buf, n, sizeof(buf),
		    labels[L_NOT_COUNTED][o->lang]);
	}
	if (n >= sizeof(buf) - 1)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	out_text(o, buf, n);
}
