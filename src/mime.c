/*
 * MIME (RFC 2045, 2046) read as a stream: a message goes in line by line,
 * a visitor hears of each part and gets the decoded bodies it asks for.
 * Memory is fixed: one part's header and a stack of boundaries.
 */
#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "message.h"

/* ST_PREAMBLE: before a multipart's first boundary, given as its data. */
enum { ST_HEAD, ST_BODY, ST_PREAMBLE, ST_SKIP, ST_STOP };

/*
 * The parameter called name of an unfolded Content-Type value, quoted
 * or not, into dst.  Return 1 if found.
 */
int
mime_param(const char *v, const char *name, char *dst, size_t size)
{
	size_t	 nlen = strlen(name), k, len;

	if (size == 0)
		return 0;
	dst[0] = '\0';
	while ((v = strchr(v, ';')) != NULL) {
		v++;
		while (is_wsp(*v))
			v++;
		for (k = 0; k < nlen && lower((unsigned char)v[k]) ==
		    lower((unsigned char)name[k]); k++)
			continue;
		if (k < nlen)
			continue;
		v += k;
		while (is_wsp(*v))
			v++;
		if (*v != '=')
			continue;
		v++;
		while (is_wsp(*v))
			v++;
		len = 0;
		if (*v == '"') {
			for (v++; *v != '\0' && *v != '"'; v++) {
				if (*v == '\\' && v[1] != '\0')
					v++;
				if (len + 1 < size)
					dst[len++] = *v;
			}
		} else
			for (; *v != '\0' && *v != ';' && !is_wsp(*v); v++)
				if (len + 1 < size)
					dst[len++] = *v;
		dst[len] = '\0';
		return 1;
	}
	return 0;
}

/* Decode quoted-printable without a line end; dst holds n bytes. */
static size_t
qp_decode(const char *s, size_t n, char *dst)
{
	size_t	 i, len = 0;
	int	 hi, lo;

	for (i = 0; i < n; i++) {
		if (s[i] == '=' && i + 2 < n && (hi = hex_digit((unsigned char)
		    s[i + 1])) >= 0 && (lo = hex_digit((unsigned char)s[i + 2]))
		    >= 0) {
			dst[len++] = (char)(hi << 4 | lo);
			i += 2;
		} else
			dst[len++] = s[i];
	}
	return len;
}

/*
 * Decode one quoted-printable line (no line end) into dst, which holds
 * n bytes; set *soft if it ends with a soft line break.  Blanks at the
 * end go, as RFC 2045 says; a '=' that starts no escape stays.
 */
size_t
mime_qp(const char *s, size_t n, char *dst, int *soft)
{
	while (n > 0 && (is_wsp(s[n - 1]) || s[n - 1] == '\r'))
		n--;
	*soft = n > 0 && s[n - 1] == '=';
	if (*soft)
		n--;
	return qp_decode(s, n, dst);
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return c == '=' ? -2 : -1;
}

/*
 * Decode base64 into dst, which holds n * 3 / 4 + 1 bytes; *acc and
 * *nacc carry the bits of a group across calls.  Bytes outside the
 * alphabet are skipped; '=' ends a group.
 */
size_t
mime_base64(const char *s, size_t n, char *dst, unsigned *acc, int *nacc)
{
	size_t	 i, len = 0;
	int	 v;

	for (i = 0; i < n; i++) {
		v = b64val((unsigned char)s[i]);
		if (v == -1)
			continue;
		if (v == -2) {
			*acc = 0;
			*nacc = 0;
			continue;
		}
		*acc = (*acc << 6 | (unsigned)v) & 0xffffff;
		*nacc += 6;
		if (*nacc >= 8) {
			*nacc -= 8;
			dst[len++] = (char)(*acc >> *nacc & 0xff);
		}
	}
	return len;
}

void
mime_begin(struct mime *m, const struct mime_visitor *v)
{
	m->v = *v;
	m->state = ST_HEAD;
	m->depth = 0;
	m->enclosed = 0;
	m->digest = 0;
	m->problems = 0;
	m->acc = 0;
	m->nacc = 0;
	m->nstack = 0;
	m->headlen = 0;
	m->fieldlen = 0;
	m->message = 1;
}

/* Fill m->part from the header just read. */
static void
part_fields(struct mime *m)
{
	struct mime_part	*p = &m->part;
	const char		*t;
	char			 v[1024], enc[32];
	size_t			 i;

	p->depth = m->depth;
	p->enclosed = m->enclosed;
	p->message = m->message;
	m->message = 0;
	p->head = m->head;
	p->headlen = m->headlen;
	p->charset[0] = p->report_type[0] = p->boundary[0] = '\0';
	/* Either fits type[]. */
	t = m->digest ? "message/rfc822" : "text/plain";
	memcpy(p->type, t, strlen(t) + 1);
	if (message_header(m->head, m->headlen, "Content-Type", v,
	    sizeof(v)) && v[0] != '\0') {
		for (i = 0; v[i] != '\0' && v[i] != ';' && !is_wsp(v[i]) &&
		    i + 1 < sizeof(p->type); i++)
			p->type[i] = (char)lower((unsigned char)v[i]);
		p->type[i] = '\0';
		mime_param(v, "charset", p->charset, sizeof(p->charset));
		for (i = 0; p->charset[i] != '\0'; i++)
			p->charset[i] = (char)lower((unsigned char)p->charset[i]);
		mime_param(v, "report-type", p->report_type,
		    sizeof(p->report_type));
		for (i = 0; p->report_type[i] != '\0'; i++)
			p->report_type[i] = (char)lower(
			    (unsigned char)p->report_type[i]);
		mime_param(v, "boundary", p->boundary, sizeof(p->boundary));
	}
	p->enc = ENC_IDENTITY;
	if (message_header(m->head, m->headlen, "Content-Transfer-Encoding",
	    enc, sizeof(enc))) {
		for (i = 0; enc[i] != '\0'; i++)
			enc[i] = (char)lower((unsigned char)enc[i]);
		if (strcmp(enc, "quoted-printable") == 0)
			p->enc = ENC_QP;
		else if (strcmp(enc, "base64") == 0)
			p->enc = ENC_BASE64;
	}
}

/* The header of a part is read: tell the visitor, then go on as asked. */
static void
head_done(struct mime *m)
{
	struct mime_part	*p = &m->part;
	struct mime_frame	*f;
	enum mime_action	 a = MIME_CONTINUE;

	part_fields(m);
	if (m->headlen == MIME_HEAD_MAX)
		m->problems |= MIME_HEADCUT;
	if (m->v.begin != NULL)
		a = m->v.begin(p, m->v.arg);
	m->headlen = 0;
	m->fieldlen = 0;
	if (a == MIME_STOP) {
		m->state = ST_STOP;
		return;
	}
	m->state = ST_SKIP;
	if (a == MIME_PRUNE)
		return;
	if (strncmp(p->type, "multipart/", 10) == 0 && p->boundary[0] != '\0') {
		if (m->nstack == MIME_DEPTH || m->depth + 1 >= MIME_DEPTH) {
			m->problems |= MIME_TOODEEP;
			return;
		}
		f = &m->stack[m->nstack++];
		memcpy(f->boundary, p->boundary, sizeof(f->boundary));
		f->len = strlen(f->boundary);
		f->depth = m->depth;
		f->enclosed = m->enclosed;
		f->digest = strcmp(p->type, "multipart/digest") == 0;
		m->state = ST_PREAMBLE;
		return;
	}
	if ((strcmp(p->type, "message/rfc822") == 0 ||
	    strcmp(p->type, "message/global") == 0) && p->enc == ENC_IDENTITY) {
		if (m->depth + 1 >= MIME_DEPTH) {
			m->problems |= MIME_TOODEEP;
			return;
		}
		m->depth++;
		m->enclosed = 1;
		m->digest = 0;
		m->message = 1;
		m->state = ST_HEAD;
		return;
	}
	m->acc = 0;
	m->nacc = 0;
	m->state = ST_BODY;
}

static void
leaf_end(struct mime *m)
{
	if (m->v.end != NULL)
		m->v.end(&m->part, m->v.arg);
	m->state = ST_SKIP;
}

/*
 * Whether the line is a boundary of a multipart being read, innermost
 * first; set the level and whether it closes the multipart.
 */
static int
boundary_at(struct mime *m, const char *s, size_t n, size_t *level,
    int *close)
{
	const struct mime_frame	*f;
	size_t			 i, k;

	while (n > 2 && (is_wsp(s[n - 1]) || s[n - 1] == '\r'))
		n--;
	for (i = m->nstack; i-- > 0; ) {
		f = &m->stack[i];
		if (n < f->len + 2 || memcmp(s + 2, f->boundary, f->len) != 0)
			continue;
		k = f->len + 2;
		if (k == n || (n == k + 2 && s[k] == '-' && s[k + 1] == '-')) {
			*level = i;
			*close = k < n;
			return 1;
		}
	}
	return 0;
}

/* Give the visitor a leaf's decoded bytes. */
static void
data(struct mime *m, const char *s, size_t n)
{
	if (m->v.data != NULL && n > 0)
		m->v.data(&m->part, s, n, m->v.arg);
}

/* Decode a line of a leaf's body, in pieces that fit the scratch. */
static void
body_line(struct mime *m, const char *s, size_t n)
{
	size_t	 piece;
	int	 soft = 0;

	switch (m->part.enc) {
	case ENC_QP:
		while (n > 0 && (is_wsp(s[n - 1]) || s[n - 1] == '\r'))
			n--;
		soft = n > 0 && s[n - 1] == '=';
		if (soft)
			n--;
		while (n > 0) {
			piece = n;
			if (piece > MIME_SCRATCH) {
				/* Never split an escape between pieces. */
				piece = MIME_SCRATCH;
				if (s[piece - 1] == '=')
					piece--;
				else if (s[piece - 2] == '=')
					piece -= 2;
			}
			data(m, m->scratch, qp_decode(s, piece, m->scratch));
			s += piece;
			n -= piece;
		}
		if (!soft)
			data(m, "\n", 1);
		break;
	case ENC_BASE64:
		while (n > 0) {
			piece = n < MIME_SCRATCH ? n : MIME_SCRATCH;
			data(m, m->scratch, mime_base64(s, piece, m->scratch,
			    &m->acc, &m->nacc));
			s += piece;
			n -= piece;
		}
		break;
	default:
		data(m, s, n);
		data(m, "\n", 1);
		break;
	}
}

/* Read one line of the message, its line end removed. */
void
mime_line(struct mime *m, const char *s, size_t n)
{
	const struct mime_frame	*f;
	size_t			 level, room;
	int			 close;

	if (m->state == ST_STOP)
		return;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (m->nstack > 0 && n >= 2 && s[0] == '-' && s[1] == '-' &&
	    boundary_at(m, s, n, &level, &close)) {
		if (m->state == ST_HEAD)
			head_done(m);
		if (m->state == ST_BODY)
			leaf_end(m);
		if (m->state == ST_STOP)
			return;
		if (level + 1 < m->nstack)
			m->problems |= MIME_UNCLOSED;
		f = &m->stack[level];
		m->nstack = level + (close ? 0 : 1);
		m->state = ST_SKIP;
		if (close)
			return;
		m->depth = f->depth + 1;
		m->enclosed = f->enclosed;
		m->digest = f->digest;
		m->message = f->digest;
		m->state = ST_HEAD;
		return;
	}
	switch (m->state) {
	case ST_HEAD:
		if (n == 0) {
			head_done(m);
			return;
		}
		if (message_is_field(s, n) || (m->headlen > 0 &&
		    is_wsp(s[0]))) {
			/*
			 * A huge field, in one line or folded over many, is
			 * cut so that the fields after it fit.
			 */
			if (!is_wsp(s[0]))
				m->fieldlen = 0;
			if (n + 1 > MIME_FIELD_MAX - m->fieldlen) {
				m->problems |= MIME_HEADCUT;
				if (m->fieldlen + 1 >= MIME_FIELD_MAX)
					return;
				n = MIME_FIELD_MAX - m->fieldlen - 1;
			}
			m->fieldlen += n + 1;
			room = MIME_HEAD_MAX - m->headlen;
			if (n + 1 < room) {
				memcpy(m->head + m->headlen, s, n);
				m->head[m->headlen + n] = '\n';
				m->headlen += n + 1;
			} else {
				memcpy(m->head + m->headlen, s, room);
				m->headlen = MIME_HEAD_MAX;
				m->problems |= MIME_HEADFULL;
			}
			return;
		}
		/* Not a field: the header ended without its blank line. */
		head_done(m);
		if (m->state == ST_BODY)
			body_line(m, s, n);
		break;
	case ST_BODY:
		body_line(m, s, n);
		break;
	case ST_PREAMBLE:
		/* Text where a boundary never comes is all there is. */
		data(m, s, n);
		data(m, "\n", 1);
		break;
	default:
		break;
	}
}

/* The message has ended: close what is open; return the MIME_* bits. */
unsigned
mime_end(struct mime *m)
{
	if (m->state == ST_HEAD)
		head_done(m);
	if (m->state == ST_BODY)
		leaf_end(m);
	if (m->nstack > 0)
		m->problems |= MIME_UNCLOSED;
	m->state = ST_STOP;
	return m->problems;
}

/*
 * Read a whole message of n bytes at s, lines ending in LF, CRLF or a
 * lone CR.  Return the MIME_* bits of what went wrong.
 */
unsigned
mime_walk(struct mime *m, const char *s, size_t n,
    const struct mime_visitor *v)
{
	size_t	 i = 0, k;

	mime_begin(m, v);
	while (i < n) {
		for (k = i; k < n && s[k] != '\n' && s[k] != '\r'; k++)
			continue;
		mime_line(m, s + i, k - i);
		if (k < n && s[k] == '\r' && k + 1 < n && s[k + 1] == '\n')
			k++;
		i = k + 1;
	}
	return mime_end(m);
}
