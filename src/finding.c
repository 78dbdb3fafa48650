/* What the codes of a log line mean together: findings and their verdicts. */
#include <stdio.h>
#include <string.h>

#include "finding.h"

/* "hard" and "soft" in each language; nothing is said for BOUNCE_NONE. */
static const char *const bounce_words[3][LANG_MAX] = {
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

static int
wanted(const struct scan_code *c, unsigned classes, unsigned kinds)
{
	return (classes & CLASS_BIT(c->class)) && (kinds & (unsigned)c->kind);
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

/* A number of 1 to 3 digits at s[*k], before n; -1 if there is none. */
static int
number(const char *s, size_t *k, size_t n)
{
	int	 v = 0;
	size_t	 start = *k;

	while (*k < n && *k - start < 3 && s[*k] >= '0' && s[*k] <= '9')
		v = v * 10 + (s[(*k)++] - '0');
	return *k > start ? v : -1;
}

/*
 * The enhanced code among r's codes written a few separators after the
 * reply code b in the text of its line, or -1.  A code is kept once per
 * line: in "dsn=5.1.1 ... said: 550 5.1.1" the 5.1.1 after 550 is the
 * one found first.
 */
static long
written_after(const struct scan_result *r, const struct scan_code *b,
    const char *text, size_t len)
{
	const struct scan_code	*e;
	size_t			 k = b->offset + 3, i;
	int			 cl, su, de;

	if (text == NULL || k >= len)
		return -1;
	while (k < len && k - (b->offset + 3) < PAIR_GAP && (text[k] == ' ' ||
	    text[k] == '\t' || text[k] == '-' || text[k] == '_' ||
	    text[k] == '#'))
		k++;
	if (k == b->offset + 3 || (cl = number(text, &k, len)) < 0 ||
	    k >= len || text[k++] != '.' || (su = number(text, &k, len)) < 0 ||
	    k >= len || text[k++] != '.' || (de = number(text, &k, len)) < 0)
		return -1;
	for (i = 0; i < r->n; i++) {
		e = &r->codes[i];
		if (e->kind == KIND_ENHANCED && e->class == cl &&
		    e->subject == su && e->detail == de)
			return (long)i;
	}
	return -1;
}

/*
 * The findings among a line's codes, in the order found: each reply code
 * immediately followed by its enhanced code is one finding, any other
 * code one of its own.  Only codes of the classes and kinds asked for
 * count.  text, the line (NULL if not kept), shows pairs whose enhanced
 * code was found earlier in the line.  The lookup records are filled when
 * asked for; verdicts are left empty.  Return the number of findings.
 */
size_t
finding_collect(const struct scan_result *r, unsigned classes, unsigned kinds,
    const char *text, size_t len, int records, struct finding *f, size_t max)
{
	const struct scan_code	*c;
	long			 partner[SCAN_MAX];
	char			 used[SCAN_MAX];
	size_t			 i, n = 0;
	long			 k;

	memset(used, 0, sizeof(used));
	for (i = 0; i < SCAN_MAX; i++)
		partner[i] = -1;
	for (i = 0; i < r->n && i < SCAN_MAX; i++) {
		c = &r->codes[i];
		if (c->kind != KIND_BASIC || !wanted(c, classes, kinds))
			continue;
		if (i + 1 < r->n && paired(c, &r->codes[i + 1]))
			k = (long)i + 1;
		else
			k = written_after(r, c, text, len);
		if (k >= 0 && !used[k] && wanted(&r->codes[k], classes, kinds)) {
			partner[i] = k;
			used[k] = 1;
		}
	}
	for (i = 0; i < r->n && i < SCAN_MAX && n < max; i++) {
		c = &r->codes[i];
		if (used[i] || !wanted(c, classes, kinds))
			continue;
		memset(&f[n], 0, sizeof(f[n]));
		if (c->kind == KIND_BASIC) {
			f[n].bc = c;
			if (records)
				basic_set(&f[n].basic, c->value);
			if (partner[i] >= 0)
				f[n].ec = &r->codes[partner[i]];
		} else
			f[n].ec = c;
		if (records && f[n].ec != NULL)
			enhanced_set(&f[n].enh, f[n].ec->class,
			    f[n].ec->subject, f[n].ec->detail);
		n++;
	}
	return n;
}

/* The verdict of a finding, from the text of its line and its codes. */
void
finding_judge(struct finding *f, const char *text, size_t len)
{
	verdict_text(text, len, f->bc ? &f->basic : NULL,
	    f->ec ? &f->enh : NULL, NULL, &f->v);
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
 * over 4xx over 2xx, a pair over a lone code, else the first.
 */
size_t
finding_worst(const struct finding *f, size_t n)
{
	size_t	 i, best = 0;
	int	 rank, top = -1;

	for (i = 0; i < n; i++) {
		rank = finding_class(&f[i]) * 2 + (f[i].bc && f[i].ec);
		if (rank > top) {
			top = rank;
			best = i;
		}
	}
	return best;
}

/* The codes of a finding as found, "550 5.1.1", in buf; return the length. */
size_t
finding_key(const struct finding *f, char *buf, size_t size)
{
	int	 n = 0;

	if (f->bc != NULL && f->ec != NULL)
		n = snprintf(buf, size, "%d %d.%d.%d", f->bc->value,
		    f->ec->class, f->ec->subject, f->ec->detail);
	else if (f->bc != NULL)
		n = snprintf(buf, size, "%d", f->bc->value);
	else if (f->ec != NULL)
		n = snprintf(buf, size, "%d.%d.%d", f->ec->class,
		    f->ec->subject, f->ec->detail);
	else if (size > 0)
		buf[0] = '\0';
	if (n < 0)
		n = 0;
	return (size_t)n < size ? (size_t)n : size > 0 ? size - 1 : 0;
}

/*
 * The most specific meaning known: the provider's case, else the
 * registry's title of the enhanced code, else the reply code's title.
 */
const char *
finding_meaning(const struct finding *f, enum lang lang)
{
	const struct enhanced	*e = &f->enh;

	if (f->v.pcase != NULL && f->v.pcase->meaning[lang] != NULL)
		return f->v.pcase->meaning[lang];
	if (f->ec != NULL && e->detailp != NULL)
		return esc_title(e->detailp, lang);
	if (f->bc != NULL)
		return reply_title(f->bc->value, lang);
	if (e->subjectp != NULL)
		return e->subjectp->text[lang];
	return e->classp != NULL ? e->classp->text[lang] : "";
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

	fprintf(o->fp, ",\"reason\":\"%s\",\"bounce\":\"%s\",\"retry\":%s",
	    reason_name(v->reason), bounce_name(v->bounce),
	    v->retry ? "true" : "false");
	if (p == NULL)
		return;
	fputs(",\"provider\":{\"id\":", o->fp);
	json_cstr(o->fp, p->provider);
	fputs(",\"name\":", o->fp);
	json_cstr(o->fp, p->provider ? provider_name(p->provider) : NULL);
	fputs(",\"meaning\":", o->fp);
	json_cstr(o->fp, p->meaning[o->lang]);
	fputs(",\"action\":", o->fp);
	json_cstr(o->fp, p->action[o->lang]);
	fputs(",\"source\":", o->fp);
	json_cstr(o->fp, p->source);
	putc('}', o->fp);
}
