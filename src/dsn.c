/*
 * Delivery status notifications (RFC 3464, RFC 6533 for the global
 * form): the per-message fields, then one group of fields per recipient.
 */
#include <string.h>

#include "ascii.h"
#include "message.h"

/* The end of the line at s[i], and in *next where the next one starts. */
static size_t
eol(const char *s, size_t i, size_t n, size_t *next)
{
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	*next = i;
	if (*next < n && s[*next] == '\r')
		(*next)++;
	if (*next < n && s[*next] == '\n' && (*next == i || s[i] == '\r'))
		(*next)++;
	return i;
}

/*
 * Read the next field of the fields of n bytes at s, from *pos: its name
 * and unfolded value.  Return 1 for a field, 0 for the blank line that
 * ends a group, -1 at the end.  Lines that are no field are skipped.
 */
int
dsn_next(const char *s, size_t n, size_t *pos, char *name, size_t nsize,
    char *value, size_t vsize)
{
	size_t	 start, end, next, colon, k;

	while (*pos < n) {
		start = *pos;
		end = eol(s, start, n, &next);
		if (blank(s + start, end - start)) {
			*pos = next;
			while (*pos < n) {
				end = eol(s, *pos, n, &next);
				if (!blank(s + *pos, end - *pos))
					break;
				*pos = next;
			}
			return 0;
		}
		if (!message_is_field(s + start, end - start)) {
			*pos = next;
			continue;
		}
		while (next < n && is_wsp(s[next]))
			end = eol(s, next, n, &next);
		for (colon = start; s[colon] != ':'; colon++)
			continue;
		for (k = colon; k > start && is_wsp(s[k - 1]); k--)
			continue;
		message_unfold(s + start, k - start, name, nsize);
		message_unfold(s + colon + 1, end - colon - 1, value, vsize);
		*pos = next;
		return 1;
	}
	return -1;
}

/*
 * Remove the comments, "(...)" outside quotes and possibly nested, from
 * a field value; blanks are made single again.  Return the new length.
 */
size_t
dsn_uncomment(char *v)
{
	size_t	 i, len = 0;
	int	 depth = 0, quoted = 0;

	for (i = 0; v[i] != '\0'; i++) {
		if (!quoted && v[i] == '(') {
			depth++;
			continue;
		}
		if (depth > 0) {
			if (v[i] == '\\' && v[i + 1] != '\0')
				i++;
			else if (v[i] == ')')
				depth--;
			continue;
		}
		if (v[i] == '"')
			quoted = !quoted;
		v[len++] = v[i];
	}
	v[len] = '\0';
	return message_unfold(v, len, v, len + 1);
}

/*
 * The length of the type that starts the value v, up to its ';'
 * ("rfc822", "x-unix"), or 0 if v starts with none.
 */
static size_t
type_len(const char *v)
{
	size_t	 i;
	int	 c;

	for (i = 0; i < 32 && v[i] != '\0'; i++) {
		c = lower((unsigned char)v[i]);
		if (c == ';')
			return i;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_'))
			return 0;
	}
	return 0;
}

/* The value after its type, "rfc822;", "smtp;", "dns;", "x-unix;". */
char *
dsn_untype(char *v)
{
	size_t	 i = type_len(v);

	if (i == 0)
		return v;
	v += i + 1;
	while (is_wsp(*v))
		v++;
	return v;
}

/* Whether the value v is of type t, "x-unix;", ASCII case ignored. */
static int
typed(const char *v, const char *t)
{
	for (; *t != '\0'; v++, t++)
		if (lower((unsigned char)*v) != *t)
			return 0;
	return 1;
}

static void
copy(char *dst, size_t size, const char *s)
{
	size_t	 n = strlen(s);

	if (n >= size)
		n = size - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/*
 * Whether the value v is an Internet mail address by its type: rfc822
 * or utf-8 (RFC 3464, RFC 6533), or no type at all.
 */
static int
mail_type(const char *v)
{
	return type_len(v) == 0 || typed(v, "rfc822;") || typed(v, "utf-8;");
}

/*
 * RFC 6533's utf-8-addr-xtext in place: each \x{HEX} that stands for a
 * printable character below U+10000 becomes that character in UTF-8
 * (never longer than the escape); any other is left as it is.
 */
static void
xtext_utf8(char *v)
{
	unsigned char	*w = (unsigned char *)v;
	unsigned long	 cp;
	size_t		 k;
	int		 d;

	while (*v != '\0') {
		if (v[0] == '\\' && v[1] == 'x' && v[2] == '{') {
			cp = 0;
			for (k = 3; k < 9 && (d = hex_digit(v[k])) >= 0; k++)
				cp = cp << 4 | (unsigned long)d;
			if (k > 3 && v[k] == '}' && cp > 0x20 && cp != 0x7f &&
			    !(cp >= 0x80 && cp < 0xa0) &&
			    !(cp >= 0xd800 && cp < 0xe000) && cp < 0x10000) {
				w += utf8_put(w, cp);
				v += k + 1;
				continue;
			}
		}
		*w++ = (unsigned char)*v++;
	}
	*w = '\0';
}

/*
 * A recipient's address: the address in the value, or the value; an
 * address of type utf-8 decoded from its escapes.
 */
static void
rcpt_addr(char *dst, size_t size, char *v)
{
	size_t	 i;

	if (typed(v, "utf-8;"))
		xtext_utf8(v);
	v = dsn_untype(v);
	if (message_addr(v, strlen(v), dst, size) > 0)
		return;
	copy(dst, size, v);
	for (i = 0; dst[i] != '\0'; i++)
		dst[i] = (char)lower((unsigned char)dst[i]);
}

static int
named(const char *name, const char *want)
{
	for (; *name != '\0' && *want != '\0'; name++, want++)
		if (lower((unsigned char)*name) != lower((unsigned char)*want))
			return 0;
	return *name == '\0' && *want == '\0';
}

/* Start the next recipient; return it, or NULL when there is no room. */
static struct dsn_rcpt *
next_rcpt(struct dsn *d)
{
	struct dsn_rcpt	*r;

	if (d->nrcpt == DSN_RCPT_MAX) {
		d->dropped++;
		return NULL;
	}
	r = &d->rcpt[d->nrcpt++];
	memset(r, 0, sizeof(*r));
	return r;
}

/*
 * Read the fields of a delivery-status part of n bytes at s into d.  A
 * blank line or a second Final-Recipient starts a new recipient.
 */
void
dsn_parse(const char *s, size_t n, struct dsn *d)
{
	char		 name[64], value[DSN_VALUE_MAX], *v;
	struct dsn_rcpt	*r = NULL;
	size_t		 pos = 0, i, k, fields = 0;
	int		 rc, permsg = 1, fresh = 0, isrcpt;

	d->reporting_mta[0] = d->arrival_date[0] = '\0';
	d->nrcpt = d->dropped = 0;
	while ((rc = dsn_next(s, n, &pos, name, sizeof(name), value,
	    sizeof(value))) >= 0) {
		if (rc == 0) {
			if (fields > 0) {
				permsg = 0;
				fresh = 1;
				fields = 0;
			}
			continue;
		}
		fields++;
		if (named(name, "Diagnostic-Code") ||
		    named(name, "X-Exim-Diagnostic"))
			v = dsn_untype(value);
		else {
			dsn_uncomment(value);
			v = value;
		}
		isrcpt = named(name, "Final-Recipient") ||
		    named(name, "Original-Recipient");
		if (permsg && !isrcpt) {
			if (named(name, "Reporting-MTA"))
				copy(d->reporting_mta, sizeof(d->reporting_mta),
				    dsn_untype(v));
			else if (named(name, "Arrival-Date"))
				copy(d->arrival_date, sizeof(d->arrival_date),
				    v);
			continue;
		}
		if (permsg) {
			/* No blank line after the per-message fields. */
			permsg = 0;
			fresh = 1;
		}
		if (fresh || (named(name, "Final-Recipient") && r != NULL &&
		    r->final[0] != '\0')) {
			r = next_rcpt(d);
			fresh = 0;
		}
		if (r == NULL)
			continue;
		if (named(name, "Final-Recipient")) {
			r->other_type = !mail_type(v);
			rcpt_addr(r->final, sizeof(r->final), v);
		} else if (named(name, "Original-Recipient")) {
			r->orig_mail = mail_type(v);
			rcpt_addr(r->original, sizeof(r->original), v);
		}
		else if (named(name, "Action")) {
			copy(r->action, sizeof(r->action), v);
			for (v = r->action; *v != '\0'; v++)
				*v = (char)lower((unsigned char)*v);
		} else if (named(name, "Status"))
			copy(r->status, sizeof(r->status), v);
		else if (named(name, "Remote-MTA"))
			copy(r->remote_mta, sizeof(r->remote_mta),
			    dsn_untype(v));
		else if (named(name, "Diagnostic-Code")) {
			copy(r->diagnostic, sizeof(r->diagnostic), v);
			r->program = typed(value, "x-unix;");
		} else if (named(name, "X-Exim-Diagnostic")) {
			/* Exim's own words where no server answered: a
			 * pipe's or a router's. */
			if (r->diagnostic[0] == '\0')
				copy(r->diagnostic, sizeof(r->diagnostic), v);
		} else if (named(name, "Last-Attempt-Date"))
			copy(r->last_attempt, sizeof(r->last_attempt), v);
		else if (named(name, "Will-Retry-Until"))
			copy(r->will_retry, sizeof(r->will_retry), v);
	}
	/*
	 * An X.400 or local name as the final recipient, with the address
	 * that was written as the original: the address is the recipient.
	 */
	for (i = 0; i < d->nrcpt; i++)
		if (d->rcpt[i].other_type && d->rcpt[i].orig_mail &&
		    strchr(d->rcpt[i].original, '@') != NULL)
			copy(d->rcpt[i].final, sizeof(d->rcpt[i].final),
			    d->rcpt[i].original);
	/* Groups that named no recipient are none. */
	for (i = k = 0; i < d->nrcpt; i++)
		if (d->rcpt[i].final[0] != '\0' ||
		    d->rcpt[i].original[0] != '\0') {
			if (k != i)
				d->rcpt[k] = d->rcpt[i];
			k++;
		}
	d->nrcpt = k;
}
