/*
 * Bounce messages: read single messages, mboxes and Maildirs, find the
 * recipients that failed in the delivery status report or, failing it,
 * in the text people read, and write one record per recipient.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bounce.h"
#include "input.h"
#include "ascii.h"
#include "message.h"
#include "scan.h"

#define READ_MAX	((size_t)64 * 1024)
#define READ_STEP	((size_t)16 * 1024)	/* asked of one read */
#define ORIG_MAX	((size_t)64 * 1024)	/* the original's header kept */
#define SUM_SLOTS	8192			/* summary keys, a power of 2 */
#define SUM_KEY		96

/* Where the decoded body of the part being read goes. */
enum target { T_NONE, T_DS, T_FB, T_TEXT, T_HTML, T_ORIG, T_PRE };

/* A buffer for one kind of part. */
struct pbuf {
	size_t	 len;
	int	 seen;			/* a part of this kind was read */
	char	 charset[40];
	char	 data[BOUNCE_PART_MAX];
};

/* What one message says, gathered while it streams by. */
struct msg {
	const char	*file;
	unsigned long	 index;
	int		 started;	/* its first header line was read */
	int		 bad;		/* not a message: its lines are skipped */
	int		 long_line;	/* a line was cut */
	enum target	 target;
	char		 subject[512];
	char		 from[BOUNCE_ADDR_MAX];
	char		 from_raw[512];
	char		 to[BOUNCE_ADDR_MAX];
	char		 date[128];
	char		 failed[1024];	/* X-Failed-Recipients */
	char		 in_reply_to[BOUNCE_ADDR_MAX];
	char		 references[1024];
	int		 autoreply;	/* the header says so */
	char		 ml_name[128];	/* X-ML-Name: FML's list name */
	int		 orig_set;
	char		 orig_id[BOUNCE_ADDR_MAX];
	char		 orig_from[BOUNCE_ADDR_MAX];
	char		 orig_to[BOUNCE_ADDR_MAX];
	int		 orig_alone;	/* orig_to is its only recipient */
	char		 orig_rcpts[1024];	/* its To and Cc, with names */
	char		 orig_subject[512];
	int		 report;	/* it is a multipart/report */
	int		 fwd;		/* depth of a bounce forwarded in it */
};

struct sum_row {
	char		 key[SUM_KEY];
	unsigned long	 count;
};

/*
 * Rows in the order first seen, found through an open-addressing hash
 * table of row numbers plus one: a new key touches the next row, not a
 * page of its own, so that memory grows with the keys seen.
 */
struct bounce_sum {
	size_t		 n;
	uint16_t	 slots[SUM_SLOTS];
	struct sum_row	 rows[SUM_SLOTS / 2 + 1];	/* and "(other)" */
};

/* The reader's state across the lines of one input. */
struct reader {
	struct bounce_ctx	*ctx;
	const char		*name;
	int			 first;		/* no line read yet */
	int			 mbox;
	int			 prev_blank;
	unsigned long		 index;
};

static struct mime	 mime;
static struct msg	 msg;
static struct pbuf	 ds, text, html, orig, pre;
static struct dsn	 dsn, human;
static struct bounce_rec recs[DSN_RCPT_MAX];
/* A byte becomes at most three in UTF-8: U+FFFD, or the euro sign. */
static char		 conv[3 * BOUNCE_PART_MAX + 1];
static char		 rbuf[BOUNCE_LINE_MAX + READ_MAX];

/*
 * Whether the len bytes at s are w, written in lower case, whatever the
 * case of s: ASCII, and the Cyrillic capitals U+0400 to U+042F, two bytes
 * in UTF-8 as their small letters are (Unicode's simple case folding).
 */
static int
same_ci(const unsigned char *s, const unsigned char *w, size_t len)
{
	unsigned char	 a, b;
	size_t		 k;

	for (k = 0; k < len; k++) {
		a = s[k];
		if (a == 0xd0 && k + 1 < len && s[k + 1] >= 0x80 &&
		    s[k + 1] <= 0xaf) {
			b = s[k + 1];
			if (b >= 0xa0) {		/* Р to Я: р to я */
				a = 0xd1;
				b -= 0x20;
			} else if (b >= 0x90)		/* А to П: а to п */
				b += 0x20;
			else {				/* Ѐ to Џ: ѐ to џ */
				a = 0xd1;
				b += 0x10;
			}
			if (a != w[k] || b != w[k + 1])
				return 0;
			k++;
		} else if (lower(a) != w[k])
			return 0;
	}
	return 1;
}

/*
 * Where the n bytes at s hold word, in lower case, the case of ASCII and
 * Cyrillic letters ignored.
 */
static const char *
find_ci(const char *s, size_t n, const char *word)
{
	const unsigned char	*w = (const unsigned char *)word;
	size_t			 len = strlen(word), i;

	if (len == 0 || n < len)
		return NULL;
	for (i = 0; i + len <= n; i++) {
		/* An ASCII first byte rules out most places. */
		if (w[0] < 0x80 && lower((unsigned char)s[i]) != w[0])
			continue;
		if (same_ci((const unsigned char *)s + i, w, len))
			return s + i;
	}
	return NULL;
}

/* Whether the n bytes at s start with word, case ignored as find_ci(). */
static int
starts_ci(const char *s, size_t n, const char *word)
{
	return find_ci(s, n < strlen(word) ? n : strlen(word), word) != NULL;
}

/*
 * The longest phrase has_any() looks for.  Its lists are arrays of
 * PHRASE_MAX + 1 chars, not pointers, which the loader would relocate
 * each time smtpcode starts.
 */
#define PHRASE_MAX	47

static int
has_any(const char *s, size_t n, const char (*words)[PHRASE_MAX + 1],
    size_t nwords)
{
	size_t	 i;

	for (i = 0; i < nwords; i++)
		if (find_ci(s, n, words[i]) != NULL)
			return 1;
	return 0;
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static void
copy(char *dst, size_t size, const char *s, size_t n)
{
	if (n >= size)
		n = size - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/*
 * Strings and numbers put together without printf, whose code would be
 * brought into memory for a few calls: each returns the length the
 * result would have, and cuts it to fit size, as snprintf() does.
 */
static size_t
join(char *dst, size_t size, const char *a, const char *b)
{
	size_t	 na = strlen(a), nb = strlen(b);

	copy(dst, size, a, na);
	if (na + 1 < size) {
		dst[na] = '/';
		copy(dst + na + 1, size - na - 1, b, nb);
	}
	return na + 1 + nb;
}

/* An enhanced status code, "5.1.1", in dst. */
static void
status_put(char *dst, size_t size, int class, int subject, int detail)
{
	char	 s[3 * OUT_NUMBER + 2];
	size_t	 n;

	n = out_number(s, class);
	s[n++] = '.';
	n += out_number(s + n, subject);
	s[n++] = '.';
	n += out_number(s + n, detail);
	copy(dst, size, s, n);
}

/* v in hexadecimal, width digits at least, as printf's %0*lx or %0*lX. */
static void
put_hex(FILE *fp, unsigned long v, int width, int upper)
{
	const char	*digits = upper ? "0123456789ABCDEF" :
			    "0123456789abcdef";
	char		 d[2 * sizeof(v)];
	size_t		 k = sizeof(d);

	do {
		d[--k] = digits[v & 0xf];
		v >>= 4;
		width--;
	} while (v != 0 || width > 0);
	fwrite(d + k, 1, sizeof(d) - k, fp);
}

static void
pbuf_add(struct pbuf *b, const char *s, size_t n)
{
	size_t	 room = BOUNCE_PART_MAX - b->len;

	if (n > room)
		n = room;
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

/* A decoded header field, or "". */
static void
field(const char *head, size_t n, const char *name, char *dst, size_t size)
{
	char	 raw[1024];

	if (message_header(head, n, name, raw, sizeof(raw)))
		message_words(raw, strlen(raw), dst, size);
	else
		dst[0] = '\0';
}

/* Read the original message's header: what was sent and bounced. */
static void
orig_header(const char *head, size_t n)
{
	char	 v[1024];
	size_t	 k;

	if (msg.orig_set)
		return;
	msg.orig_set = 1;
	field(head, n, "Message-ID", v, sizeof(v));
	message_unfold(v, strlen(v), msg.orig_id, sizeof(msg.orig_id));
	field(head, n, "From", v, sizeof(v));
	message_addr(v, strlen(v), msg.orig_from, sizeof(msg.orig_from));
	field(head, n, "To", v, sizeof(v));
	message_addr(v, strlen(v), msg.orig_to, sizeof(msg.orig_to));
	msg.orig_alone = msg.orig_to[0] != '\0' && strchr(v, '@') ==
	    strrchr(v, '@');
	copy(msg.orig_rcpts, sizeof(msg.orig_rcpts), v, strlen(v));
	field(head, n, "Cc", v, sizeof(v));
	msg.orig_alone = msg.orig_alone && v[0] == '\0';
	if (v[0] != '\0') {
		k = strlen(msg.orig_rcpts);
		copy(msg.orig_rcpts + k, sizeof(msg.orig_rcpts) - k, ", ", 2);
		k = strlen(msg.orig_rcpts);
		copy(msg.orig_rcpts + k, sizeof(msg.orig_rcpts) - k, v,
		    strlen(v));
	}
	field(head, n, "Subject", msg.orig_subject, sizeof(msg.orig_subject));
}

/* Read the header of the message itself. */
static void
top_header(const char *head, size_t n)
{
	char	 v[1024];

	field(head, n, "Subject", msg.subject, sizeof(msg.subject));
	field(head, n, "From", msg.from_raw, sizeof(msg.from_raw));
	message_addr(msg.from_raw, strlen(msg.from_raw), msg.from,
	    sizeof(msg.from));
	field(head, n, "To", v, sizeof(v));
	message_addr(v, strlen(v), msg.to, sizeof(msg.to));
	field(head, n, "Date", msg.date, sizeof(msg.date));
	field(head, n, "X-Failed-Recipients", msg.failed, sizeof(msg.failed));
	field(head, n, "In-Reply-To", msg.in_reply_to, sizeof(msg.in_reply_to));
	field(head, n, "References", msg.references, sizeof(msg.references));
	field(head, n, "X-ML-Name", msg.ml_name, sizeof(msg.ml_name));
	msg.autoreply = 0;
	if (message_header(head, n, "Auto-Submitted", v, sizeof(v)) &&
	    find_ci(v, strlen(v), "auto-replied") != NULL)
		msg.autoreply = 1;
	if (message_header(head, n, "X-Autoreply", v, sizeof(v)) ||
	    message_header(head, n, "X-Autorespond", v, sizeof(v)))
		msg.autoreply = 1;
	if (message_header(head, n, "Precedence", v, sizeof(v)) &&
	    find_ci(v, strlen(v), "auto_reply") != NULL)
		msg.autoreply = 1;
}

/* Whether the From field from says a mail system wrote the message. */
static int
daemon_in(const char *from)
{
	static const char words[][PHRASE_MAX + 1] = {
		"mailer-daemon", "postmaster", "mail-daemon", "mail delivery",
		"mailer_daemon", "mdaemon@",
	};

	return has_any(from, strlen(from), words, NELEM(words));
}

static int
from_daemon(void)
{
	return daemon_in(msg.from_raw);
}

/*
 * Start to keep a part in b, unless one of its kind was kept already:
 * then only a text in a charset that does not give way takes the place of
 * one that does, as NetEase's English after its GB2312
 * (message_charset_yields()).
 */
static enum mime_action
keep(struct pbuf *b, const struct mime_part *p, enum target t)
{
	if (b->seen && (t != T_TEXT || !message_charset_yields(b->charset) ||
	    message_charset_yields(p->charset)))
		return MIME_PRUNE;
	b->seen = 1;
	b->len = 0;
	copy(b->charset, sizeof(b->charset), p->charset, strlen(p->charset));
	msg.target = t;
	return MIME_CONTINUE;
}

/*
 * Whether p, a message attached to the message read, is a bounce that
 * someone forwarded (a user to a help desk): the message itself is no
 * bounce, and the attached one is a delivery report or comes from a
 * mail system.
 */
static int
forwarded_bounce(const struct mime_part *p)
{
	char	 from[512];

	if (msg.fwd != 0 || msg.report || ds.seen || from_daemon() ||
	    msg.failed[0] != '\0')
		return 0;
	if (strcmp(p->type, "multipart/report") == 0 &&
	    (strcmp(p->report_type, "delivery-status") == 0 ||
	    strcmp(p->report_type, "global-delivery-status") == 0))
		return 1;
	field(p->head, p->headlen, "From", from, sizeof(from));
	return daemon_in(from);
}

/* Read the forwarded bounce p instead of the message that carries it. */
static void
forward_begin(const struct mime_part *p)
{
	msg.fwd = p->depth;
	msg.orig_set = 0;
	ds.seen = text.seen = html.seen = orig.seen = 0;
	ds.len = text.len = html.len = orig.len = pre.len = 0;
	top_header(p->head, p->headlen);
}

/* The visitor: which parts to read, in the order file(1) tries things. */
static enum mime_action
visit_begin(const struct mime_part *p, void *arg)
{
	const char	*t = p->type;

	(void)arg;
	msg.target = T_NONE;
	if (p->message && p->depth == 0) {
		top_header(p->head, p->headlen);
		msg.report = strcmp(t, "multipart/report") == 0;
	} else if (p->message && p->enclosed && forwarded_bounce(p))
		forward_begin(p);
	else if (p->message && p->enclosed) {
		/* The returned original: its codes are not the bounce's. */
		orig_header(p->head, p->headlen);
		return MIME_PRUNE;
	}
	/* What a forwarded bounce holds is read; other attachments not. */
	if (p->enclosed && (msg.fwd == 0 || p->depth < msg.fwd))
		return MIME_PRUNE;
	/* The preamble of the message, in case no boundary ever comes. */
	if (p->message && strncmp(t, "multipart/", 10) == 0 &&
	    p->boundary[0] != '\0') {
		pre.len = 0;
		msg.target = T_PRE;
		return MIME_CONTINUE;
	}
	/* A multipart without a boundary is read as the text it is. */
	if (strncmp(t, "multipart/", 10) == 0 && p->boundary[0] == '\0')
		return keep(&text, p, T_TEXT);
	if (strncmp(t, "multipart/", 10) == 0 ||
	    strcmp(t, "message/rfc822") == 0 || strcmp(t, "message/global") == 0)
		return MIME_CONTINUE;
	if (strcmp(t, "message/delivery-status") == 0 ||
	    strcmp(t, "message/global-delivery-status") == 0)
		return keep(&ds, p, T_DS);
	if (strcmp(t, "message/feedback-report") == 0)
		return keep(&ds, p, T_FB);
	if (strcmp(t, "text/rfc822-headers") == 0 ||
	    strcmp(t, "message/global-headers") == 0)
		return msg.orig_set ? MIME_PRUNE : keep(&orig, p, T_ORIG);
	if (strcmp(t, "text/plain") == 0)
		return keep(&text, p, T_TEXT);
	if (strcmp(t, "text/html") == 0)
		return keep(&html, p, T_HTML);
	return MIME_PRUNE;
}

static void
visit_data(const struct mime_part *p, const char *s, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	switch (msg.target) {
	case T_DS:
	case T_FB:
		pbuf_add(&ds, s, n);
		break;
	case T_TEXT:
		pbuf_add(&text, s, n);
		break;
	case T_HTML:
		pbuf_add(&html, s, n);
		break;
	case T_ORIG:
		pbuf_add(&orig, s, n);
		break;
	case T_PRE:
		pbuf_add(&pre, s, n);
		break;
	default:
		break;
	}
}

static void
visit_end(const struct mime_part *p, void *arg)
{
	(void)p;
	(void)arg;
	if (msg.target == T_FB)
		ds.seen = 2;	/* a feedback report, not a DSN */
	if (msg.target == T_ORIG)
		orig_header(orig.data, orig.len);
	msg.target = T_NONE;
}

static const struct mime_visitor visitor = {
	visit_begin, visit_data, visit_end, NULL
};

static int
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * What the tag at s leaves in the text: a line end for <br>, an item's
 * start, the end of a paragraph, division, row, list, table or heading
 * (only one end of each block counts, so that no blank line comes between
 * blocks); a blank for the end of a table's cell, so that cells stay
 * apart; else nothing (0).
 */
static int
tag_breaks(const char *s, size_t n)
{
	static const char *const ends[] = {
		"p", "div", "tr", "ul", "ol", "table",
		"h1", "h2", "h3", "h4", "h5", "h6",
	};
	char	 name[8];
	size_t	 i = 1, k = 0;
	int	 closing = 0;

	if (i < n && s[i] == '/') {
		closing = 1;
		i++;
	}
	for (; i < n && k + 1 < sizeof(name) && is_alnum(s[i]); i++)
		name[k++] = (char)lower((unsigned char)s[i]);
	name[k] = '\0';
	if (strcmp(name, "br") == 0)
		return '\n';
	if (!closing)
		return strcmp(name, "li") == 0 ? '\n' : 0;
	for (k = 0; k < NELEM(ends); k++)
		if (strcmp(name, ends[k]) == 0)
			return '\n';
	return strcmp(name, "td") == 0 || strcmp(name, "th") == 0 ? ' ' : 0;
}

/* HTML as text: tags go, block ends become line ends, a few entities. */
static size_t
html_text(const char *s, size_t n, char *dst, size_t size)
{
	static const struct { const char *name; char c; } ent[] = {
		{ "&amp;", '&' }, { "&gt;", '>' }, { "&lt;", '<' },
		{ "&nbsp;", ' ' }, { "&quot;", '"' }, { "&#39;", '\'' },
	};
	size_t	 i = 0, len = 0, k;
	int	 c;

	while (i < n && len + 1 < size) {
		if (s[i] == '<') {
			if ((c = tag_breaks(s + i, n - i)) != 0)
				dst[len++] = (char)c;
			while (i < n && s[i] != '>')
				i++;
			i++;
			continue;
		}
		if (s[i] == '&') {
			for (k = 0; k < NELEM(ent); k++)
				if (starts_ci(s + i, n - i, ent[k].name))
					break;
			if (k < NELEM(ent)) {
				dst[len++] = ent[k].c;
				i += strlen(ent[k].name);
				continue;
			}
		}
		if (s[i] == '\r')
			dst[len++] = '\n';
		else
			dst[len++] = s[i];
		i++;
	}
	return len;
}

/* The lines of text, one at a time: *pos moves past each line end. */
static int
next_line(const char *s, size_t n, size_t *pos, const char **line,
    size_t *len)
{
	size_t	 i = *pos;

	if (i >= n)
		return 0;
	*line = s + i;
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	*len = (size_t)(i - *pos);
	if (i < n && s[i] == '\r')
		i++;
	if (i < n && s[i] == '\n' && (i == *pos + *len || s[i - 1] == '\r'))
		i++;
	*pos = i > *pos ? i : *pos + 1;
	return 1;
}

/* Whether a line says the returned message follows. */
static int
orig_marker(const char *s, size_t n)
{
	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	/* Not m-FILTER's "-------server message": the reply follows. */
	if (n >= 3 && strncmp(s, "---", 3) == 0)
		return find_ci(s, n, "message") != NULL &&
		    find_ci(s, n, "following message") == NULL &&
		    find_ci(s, n, "server message") == NULL &&
		    find_ci(s, n, "error message") == NULL;
	/* A part's header in text whose boundary was wrong: 2. */
	if (starts_ci(s, n, "content-type: message/rfc822") ||
	    starts_ci(s, n, "content-type: text/rfc822-headers"))
		return 2;
	return starts_ci(s, n, "original message header") ||
	    starts_ci(s, n, "below is a copy of") ||
	    starts_ci(s, n, "below this line is a");
}

/* Words that say the server's answer follows: "because:", "Reason: ...". */
static const char intro_words[][PHRASE_MAX + 1] = {
	"because", "response", "technical details", "returned was",
	"the reason", "error message", "weil", "grund", "parce que",
	"raison", "motivo", "porque", "perch\xc3\xa9", "reden",
};

/* A line that says the server's answer follows: "because:". */
static int
intro_line(const char *s, size_t n)
{
	while (n > 0 && is_wsp(s[n - 1]))
		n--;
	if (n > 0 && n < 80 && s[n - 1] == ':')
		return has_any(s, n, intro_words, NELEM(intro_words));
	/* Biglobe's "----- Non-delivered information -----". */
	return n > 6 && n < 80 && strncmp(s + n - 3, "---", 3) == 0 &&
	    find_ci(s, n, "information") != NULL;
}

/*
 * A line that gives the answer in a field of its own: "Reason: User
 * unknown", "Grund: ...", a word of intro_words[] before a colon near
 * its start, words after it.
 */
static int
reason_field(const char *s, size_t n)
{
	const char	*colon;
	size_t		 i = 0;

	while (i < n && is_wsp(s[i]))
		i++;
	if ((colon = memchr(s + i, ':', n - i)) == NULL ||
	    (size_t)(colon - (s + i)) > 20 || blank(colon + 1,
	    n - (size_t)(colon + 1 - s)))
		return 0;
	return has_any(s + i, (size_t)(colon - (s + i)), intro_words,
	    NELEM(intro_words)) || starts_ci(s + i, n - i, "reason:");
}

/*
 * Whether s is only a name in brackets, without a blank, as GroupWise
 * gives a user's id after the address: "(SCI.BIO1.SRIVERA)".
 */
static int
bracketed_id(const char *s)
{
	size_t	 n = strlen(s);

	return n > 2 && s[0] == '(' && s[n - 1] == ')' &&
	    strpbrk(s, " \t") == NULL;
}

/*
 * GroupWise's "Status: Undeliverable" under each recipient, then its
 * "Reason:": a field of the recipient named above, however many there are.
 */
static int
status_field(const char *s, size_t n)
{
	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	return n > 8 && starts_ci(s, n, "status:") &&
	    (find_ci(s, n, "undeliverable") != NULL ||
	    find_ci(s, n, "delayed") != NULL);
}

/*
 * The address token at s: its length if it is one, else 0.  A colon
 * after it, and the dots that end a sentence, are not part of it.
 */
static size_t
addr_token(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '<' &&
	    s[k] != '(' && s[k] != ',' && s[k] != ';' && s[k] != '>' &&
	    s[k] != '"'; k++)
		continue;
	if (k > 0 && s[k - 1] == ':')
		k--;
	while (k > 0 && s[k - 1] == '.')
		k--;
	return message_is_addr(s, k) ? k : 0;
}

/*
 * Where Sendmail's "..." after an address ends, blanks before it
 * allowed (Smail's "<a@b> ... transport smtp"), or 0.
 */
static size_t
dots_end(const char *s, size_t n, size_t k)
{
	while (k < n && is_wsp(s[k]))
		k++;
	return k + 3 <= n && strncmp(s + k, "...", 3) == 0 ? k + 3 : 0;
}

/*
 * The address in angle brackets or quotes at s[i], and where it ends
 * (after the closing mark); 0 if there is none.
 */
static size_t
marked_addr(const char *s, size_t n, size_t i, char *addr, size_t size)
{
	char	 close = s[i] == '<' ? '>' : '"';
	size_t	 k;

	for (k = i + 1; k < n && s[k] != close; k++)
		continue;
	if (k >= n || !message_is_addr(s + i + 1, k - i - 1))
		return 0;
	copy(addr, size, s + i + 1, k - i - 1);
	return k + 1;
}

/* Whether the n bytes at s start with a day's name: "Tue, 14 Mar". */
static int
weekday(const char *s, size_t n)
{
	static const char days[][4] = {
		"mon", "tue", "wed", "thu", "fri", "sat", "sun",
	};
	size_t	 i;

	if (n < 4 || (s[3] != ',' && s[3] != ' '))
		return 0;
	for (i = 0; i < NELEM(days); i++)
		if (lower((unsigned char)s[0]) == days[i][0] &&
		    lower((unsigned char)s[1]) == days[i][1] &&
		    lower((unsigned char)s[2]) == days[i][2])
			return 1;
	return 0;
}

/*
 * Whether Exchange's time of the failure follows the address, from s[k]
 * on: "on 3/9/2026 12:00 PM", "on Tue, 14 Mar 2000 ...".
 */
static int
exchange_on(const char *s, size_t n, size_t k)
{
	while (k < n && s[k] == ' ')
		k++;
	if (k + 4 > n || strncmp(s + k, "on ", 3) != 0)
		return 0;
	return (s[k + 3] >= '0' && s[k + 3] <= '9') ||
	    weekday(s + k + 3, n - k - 3);
}

/* Whether a reply code of a failure starts s[k]: "550 ", "451-". */
static int
reply_at(const char *s, size_t n, size_t k)
{
	return k + 3 < n && (s[k] == '4' || s[k] == '5') && s[k + 1] >= '0' &&
	    s[k + 1] <= '9' && s[k + 2] >= '0' && s[k + 2] <= '9' &&
	    (s[k + 3] == ' ' || s[k + 3] == '-' || s[k + 3] == '\t');
}

/* Whether s[k] is a dash and a blank, then words: "- hard bounce". */
static int
dash_at(const char *s, size_t n, size_t k)
{
	return n - k >= 3 && s[k] == '-' && is_wsp(s[k + 1]) &&
	    !is_wsp(s[k + 2]);
}

/*
 * Whether blanks, then a '(', follow s[k]; if so, where the '(' is, in
 * *at.
 */
static int
paren_after(const char *s, size_t n, size_t k, size_t *at)
{
	size_t	 j;

	for (j = k; j < n && is_wsp(s[j]); j++)
		continue;
	if (j == k || j >= n || s[j] != '(')
		return 0;
	*at = j;
	return 1;
}

/*
 * Whether the line names a recipient as bounces do: "<a@b>:", "<a@b>",
 * "a@b" alone, "a@b: text", "\"a@b\":" (GMX), "a@b... text" and
 * "<a@b>... text" (Sendmail, Smail).  Set the address and where its text
 * starts.
 */
static int
rcpt_plain(const char *s, size_t n, size_t i, char *addr, size_t size,
    size_t *rest)
{
	size_t	 k, end;

	if (i < n && (s[i] == '<' || s[i] == '"')) {
		if ((end = marked_addr(s, n, i, addr, size)) == 0)
			return 0;
		/* Novell's "<a@b>\tUser unknown": a tab sets it off. */
		if (end < n && (s[end] == ':' || (s[i] == '<' &&
		    s[end] == '\t')))
			end++;
		/* Sendmail's "<a@b>... why"; Stalwart's "<a@b> (delivery
		 * to 'mx' failed: ...)", why in brackets, as GroupWise gives
		 * it bare. */
		else if (s[i] == '<' && ((k = dots_end(s, n, end)) != 0 ||
		    paren_after(s, n, end, &k)))
			end = k;
		else if (s[i] == '"' || !blank(s + end, n - end))
			return 0;
		*rest = end;
		return 1;
	}
	/* Exchange's "'a@b' on 3/22/2005 11:04 AM", in single quotes. */
	if (i < n && s[i] == '\'') {
		for (end = i + 1; end < n && s[end] != '\''; end++)
			continue;
		if (end >= n || (k = addr_token(s + i + 1, end - i - 1)) == 0 ||
		    k != end - i - 1 || !exchange_on(s, n, end + 1))
			return 0;
		*rest = n;
		copy(addr, size, s + i + 1, k);
		return 1;
	}
	if ((k = addr_token(s + i, n - i)) == 0)
		return 0;
	end = i + k;
	if (end < n && s[end] == ':' && (end + 1 == n || is_wsp(s[end + 1])))
		*rest = end + 1;
	else if (end + 3 <= n && strncmp(s + end, "...", 3) == 0)
		*rest = end + 3;
	else {
		/* The end of a sentence: "... to\na@b." */
		if (end < n && s[end] == '.' && blank(s + end + 1, n - end - 1))
			end = n;
		while (end < n && is_wsp(s[end]))
			end++;
		/*
		 * Exchange's "a@b on 3/9/2026 12:00 PM" and "a@b on Tue, 14
		 * Mar 2000 ...": when it failed.  A reply after it is its
		 * text: "a@b 550 5.1.1 no such user", as a table's cells give.
		 */
		if (end < n && !(s[end] == '(' || reply_at(s, n, end) ||
		    dash_at(s, n, end) || (n - end >= 8 &&
		    strncmp(s + end, "<mailto:", 8) == 0) ||
		    exchange_on(s, n, end)))
			return 0;
		/*
		 * GroupWise's "a@b (user not found)": why, in brackets; a
		 * sending service's "a@b - hard bounce", after a dash.
		 */
		if (end < n && (s[end] == '(' || reply_at(s, n, end)))
			*rest = end;
		else
			*rest = end < n && dash_at(s, n, end) ? end + 2 : n;
	}
	copy(addr, size, s + i, k);
	return 1;
}

/*
 * Where the item of a list that starts at s[i] starts, past its number
 * or bullet and the blanks after it ("1. a@b", "2) a@b", "* a@b",
 * "- a@b"); 0 if no list item starts there.
 */
static size_t
list_mark(const char *s, size_t n, size_t i)
{
	size_t	 k = i;

	while (k < n && k - i < 3 && s[k] >= '0' && s[k] <= '9')
		k++;
	/* A number and its '.' or ')', or a bullet. */
	if (k < n && (k > i ? s[k] == '.' || s[k] == ')' :
	    s[k] == '*' || s[k] == '-'))
		k++;
	else
		return 0;
	if (k >= n || !is_wsp(s[k]))
		return 0;
	while (k < n && is_wsp(s[k]))
		k++;
	return k;
}

/* The name of a field that gives a recipient, in the languages read. */
static const char rcpt_words[][PHRASE_MAX + 1] = {
	"recipient", "destinataire", "empf\xc3\xa4nger", "destinatario",
	"destinat\xc3\xa1rio", "ontvanger", "mottagare",
	/* Turkish "alici", with dotless i. */
	"al\304\261c\304\261",
	"message to", "delivered to", "odbiorca", "adresse concern",
	"address concerned",
	/* Russian, Czech, in lower case as all of them. */
	"\320\277\320\276\320\273\321\203\321\207\320\260\321\202\320\265\320\273\321\214",
	"p\305\231\303\255jemce",
	/* Japanese: "atesaki", "soushinsaki", "jushinsha", "atesaki". */
	"\345\256\233\345\205\210", "\351\200\201\344\277\241\345\205\210",
	"\345\217\227\344\277\241\350\200\205", "\343\201\202\343\201\246\345\205\210",
	/* Chinese "shoujianren"; Korean "batneun saram", "susinja". */
	"\346\224\266\344\273\266\344\272\272",
	"\353\260\233\353\212\224 \354\202\254\353\236\214",
	"\354\210\230\354\213\240\354\236\220",
	/* Slovenian, Croatian, Serbian, Hungarian, Finnish, Danish,
	 * Norwegian, Romanian, Indonesian; Bulgarian, Greek. */
	"prejemnik", "primatelj", "primalac", "c\303\255mzett",
	"vastaanottaja", "modtager", "mottaker", "destinatar", "penerima",
	"\320\277\320\276\320\273\321\203\321\207\320\260\321\202\320\265\320\273",
	"\317\200\316\261\317\201\316\261\316\273\316\256\317\200\317\204\316\267\317\202",
	/* Greek letters are not folded: the field's name as written. */
	"\316\240\316\261\317\201\316\261\316\273\316\256\317\200\317\204\316\267\317\202",
};

/*
 * The colon that ends a field's name in the n bytes at s, ASCII or
 * full-width (U+FF1A, as Chinese and Japanese text writes it), or a
 * leader of three dots or more between blanks ("Destinatario ....... a@b"),
 * and its length in *len; NULL if there is none.
 */
static const char *
name_colon(const char *s, size_t n, size_t *len)
{
	const char	*p = memchr(s, ':', n), *w;
	size_t		 lim = p != NULL ? (size_t)(p - s) : n, k, d;

	if ((w = find_ci(s, lim, "\xef\xbc\x9a")) != NULL) {
		*len = 3;
		return w;
	}
	for (k = 1; k < lim; k++) {
		for (d = 0; k + d < lim && s[k + d] == '.'; d++)
			continue;
		if (d >= 3 && is_wsp(s[k - 1]) && k + d < n &&
		    is_wsp(s[k + d])) {
			*len = d;
			return s + k;
		}
		k += d;
	}
	*len = 1;
	return p;
}

/*
 * The name of a field that gives a recipient and says what went wrong,
 * as IMail's "Unknown user: a@b" and "Delivery failed 1 attempts: a@b":
 * the whole line is the recipient's text.
 */
static const char cause_words[][PHRASE_MAX + 1] = {
	"unknown user", "user unknown", "no such user", "delivery failed",
	"receiver not found", "mailbox full",
};

/*
 * Whether the n bytes at s, blanks after them aside, are the field name
 * w, in any case: "Address" alone names the recipient, "Sender address"
 * does not.
 */
static int
name_is(const char *s, size_t n, const char *w)
{
	while (n > 0 && is_wsp(s[n - 1]))
		n--;
	return n == strlen(w) && starts_ci(s, n, w);
}

/*
 * The lines that name a recipient: those of rcpt_plain(), Sendmail 8.6's
 * "550 a@b... Host unknown" (its text the whole line, code and all), a
 * field whose name says so ("Recipient address: a@b", Portuguese's
 * "Para: a@b"), and a field that
 * gives the command that failed ("Command sent: RCPT TO:<a@b>"), the
 * address alone after either.
 */
static int
rcpt_line(const char *s, size_t n, char *addr, size_t size, size_t *rest)
{
	const char	*p;
	size_t		 i = 0, k, m, e, after = n, cl;

	while (i < n && is_wsp(s[i]))
		i++;
	if (rcpt_plain(s, n, i, addr, size, rest) ||
	    ((k = list_mark(s, n, i)) != 0 &&
	    rcpt_plain(s, n, k, addr, size, rest)))
		return 1;
	/* Bigpond's "SMTP <a@b>": the address's type before it. */
	if (n - i > 5 && starts_ci(s + i, n - i, "smtp") && is_wsp(s[i + 4])) {
		for (k = i + 5; k < n && is_wsp(s[k]); k++)
			continue;
		if (k < n && s[k] == '<' && rcpt_plain(s, n, k, addr, size,
		    rest))
			return 1;
	}
	if (reply_at(s, n, i) && rcpt_plain(s, n, i + 4, addr, size, rest) &&
	    *rest > i + 4 && s[*rest - 1] == '.') {
		*rest = 0;
		return 1;
	}
	/* A field's value, not a transcript's ">>> RCPT TO:<a@b>". */
	if ((p = find_ci(s, n, "rcpt to:<")) != NULL && p - s >= 2 &&
	    p[-2] == ':' && is_wsp(p[-1]))
		k = (size_t)(p - s) + 8;
	else if ((p = name_colon(s + i, n - i, &cl)) != NULL &&
	    p - (s + i) < 40 && (has_any(s + i, (size_t)(p - (s + i)),
	    rcpt_words, NELEM(rcpt_words)) || name_is(s + i, (size_t)(p -
	    (s + i)), "address") || name_is(s + i, (size_t)(p - (s + i)),
	    "para") || (after = has_any(s + i,
	    (size_t)(p - (s + i)), cause_words, NELEM(cause_words)) ? 0 :
	    n) == 0)) {
		for (k = (size_t)(p - s) + cl; k < n && is_wsp(s[k]); k++)
			continue;
		/* MailEnable's "Recipient: [SMTP:a@b]". */
		if (k < n && s[k] == '[' && starts_ci(s + k + 1, n - k - 1,
		    "smtp:") && (p = memchr(s + k, ']', n - k)) != NULL &&
		    message_is_addr(s + k + 6, (size_t)(p - s) - k - 6) &&
		    blank(p + 1, n - (size_t)(p + 1 - s))) {
			copy(addr, size, s + k + 6, (size_t)(p - s) - k - 6);
			*rest = after;
			return 1;
		}
		if (k < n && s[k] != '<' && (m = addr_token(s + k, n - k)) > 0) {
			for (e = k + m; e < n && is_wsp(s[e]); e++)
				continue;
			/* "Recipient: a@b 550 5.1.1 ...": the reply its text;
			 * so is what it says in parentheses. */
			if (e < n && e > k + m && (reply_at(s, n, e) ||
			    s[e] == '('))
				after = e;
			else if (e < n)
				return 0;
			copy(addr, size, s + k, m);
			*rest = after;
			return 1;
		}
	} else
		return 0;
	/* A person's name before the brackets: "Recipient: "A B" <a@b>". */
	for (m = k; m < n && m - k < 128 && s[m] != '<' && s[m] != '@' &&
	    s[m] != ':' && s[m] != '>'; m++)
		continue;
	if (m > k && m < n && s[m] == '<')
		k = m;
	/* The address in angle brackets, and nothing after it. */
	if (k >= n || s[k] != '<' || (m = marked_addr(s, n, k, addr, size)) ==
	    0 || !blank(s + m, n - m))
		return 0;
	*rest = after;
	return 1;
}

/* "wasn't delivered to a@b because", "Your message to a@b couldn't". */
static int
rcpt_sentence(const char *s, size_t n, char *addr, size_t size,
    size_t *rest)
{
	static const char *const intro[] = {
		"delivered to ", "deliver to ", "delivering to ", "message to ",
		"mail to ", "sent to ", "its recipient, ", "the recipient ",
		"remis \xc3\xa0 ",
		/* Italian certified mail's "destinato a", Portuguese. */
		"destinato a ", "all'utente ", "mensagem para ",
	};
	const char	*p, *q;
	size_t		 i, k, at;
	char		 quote;

	for (i = 0; i < NELEM(intro); i++) {
		if ((p = find_ci(s, n, intro[i])) == NULL)
			continue;
		at = (size_t)(p - s) + strlen(intro[i]);
		/* CommuniGate's "Failed to deliver to '<a@b>'" */
		quote = '\0';
		if (at < n && (s[at] == '\'' || s[at] == '"'))
			quote = s[at++];
		if (at < n && s[at] == '<')
			at++;
		/* A quote ends what it opened: "to 'a@b':". */
		k = n - at;
		if (quote != 0 && (q = memchr(s + at, quote, n - at)) != NULL)
			k = (size_t)(q - (s + at));
		if ((k = addr_token(s + at, k)) == 0)
			continue;
		copy(addr, size, s + at, k);
		/* Past the '>' and the dots or colon that end the sentence. */
		for (*rest = at + k; *rest < n && (s[*rest] == '>' ||
		    s[*rest] == '.' || s[*rest] == '\'' || s[*rest] == '"' ||
		    s[*rest] == ':'); (*rest)++)
			continue;
		return 1;
	}
	return 0;
}

static int
is_lower_addr(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/* The recipient found in the text, added if new; NULL if not wanted. */
static struct dsn_rcpt *
human_rcpt(const char *addr)
{
	struct dsn_rcpt	*r;
	size_t		 i;

	if (find_ci(addr, strlen(addr), "mailer-daemon@") == addr ||
	    (msg.to[0] != '\0' && is_lower_addr(addr, msg.to)) ||
	    (msg.from[0] != '\0' && is_lower_addr(addr, msg.from)))
		return NULL;
	for (i = 0; i < human.nrcpt; i++)
		if (is_lower_addr(human.rcpt[i].final, addr))
			return &human.rcpt[i];
	if (human.nrcpt == DSN_RCPT_MAX) {
		human.dropped++;
		return NULL;
	}
	r = &human.rcpt[human.nrcpt++];
	memset(r, 0, sizeof(*r));
	for (i = 0; addr[i] != '\0' && i + 1 < sizeof(r->final); i++)
		r->final[i] = (char)lower((unsigned char)addr[i]);
	r->final[i] = '\0';
	return r;
}

/* The highest class of the status codes the text holds, 0 if none. */
static int
code_class(const char *s, size_t n)
{
	struct scan_result	 r;
	size_t			 i;
	int			 c = 0;

	r.n = 0;
	scan_line(s, n, 0, &r);
	for (i = 0; i < r.n; i++)
		if (r.codes[i].class > c)
			c = r.codes[i].class;
	return c;
}

/* Whether the text holds a status code. */
static int
has_code(const char *s, size_t n)
{
	return code_class(s, n) > 0;
}

/* Add a line's text to a recipient's block, one space between lines. */
static void
block_add(struct dsn_rcpt *r, const char *s, size_t n)
{
	size_t	 len = strlen(r->diagnostic), room;

	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	if (n == 0)
		return;
	if (len > 0 && len + 1 < sizeof(r->diagnostic))
		r->diagnostic[len++] = ' ';
	room = sizeof(r->diagnostic) - 1 - len;
	if (n > room)
		n = room;
	memcpy(r->diagnostic + len, s, n);
	r->diagnostic[len + n] = '\0';
}

/* A host name after word in s: "host mx.example.com[192.0.2.1]". */
static int
host_after(const char *s, size_t n, const char *word, char *dst,
    size_t size)
{
	const char	*p;
	size_t		 i, k;

	if ((p = find_ci(s, n, word)) == NULL)
		return 0;
	i = (size_t)(p - s) + strlen(word);
	for (k = i; k < n && ((s[k] >= 'a' && s[k] <= 'z') ||
	    (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
	    s[k] == '.' || s[k] == '-' || s[k] == '_'); k++)
		continue;
	while (k > i && s[k - 1] == '.')
		k--;
	if (k == i || memchr(s + i, '.', k - i) == NULL)
		return 0;
	copy(dst, size, s + i, k - i);
	return 1;
}

/* Courier starts with the host: "mail.example.net [192.0.2.7]:". */
static void
host_first(const char *s, char *dst, size_t size)
{
	size_t	 k, d;

	for (k = 0; s[k] != '\0' && s[k] != ' '; k++)
		if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' &&
		    s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
		    s[k] == '.' || s[k] == '-'))
			return;
	/*
	 * Or qmail's address alone: "192.0.2.7 does not like ...".  Digits
	 * and dots counted by hand: strspn() would bring a part of the C
	 * library into memory for this alone.
	 */
	for (d = 0; (s[d] >= '0' && s[d] <= '9') || s[d] == '.'; d++)
		continue;
	if ((k > 0 && s[k] == ' ' && s[k + 1] == '[' &&
	    memchr(s, '.', k) != NULL) || (k >= 7 && k <= 15 && s[k] == ' ' &&
	    d == k))
		copy(dst, size, s, k);
}

/* Message-level facts of the text: who wrote it, who was talked to. */
struct facts {
	char	 reporting[BOUNCE_ADDR_MAX];
	char	 remote[BOUNCE_ADDR_MAX];
	int	 marker;	/* a bounce's own words were seen */
	int	 delay;		/* it says delivery goes on */
};

static void
line_facts(struct facts *f, const char *s, size_t n)
{
	static const char markers[][PHRASE_MAX + 1] = {
		"qmail-send program", "by mail delivery software",
		"had permanent fatal errors", "transcript of session follows",
		"diagnostic information for administrators",
		"remote server returned", "response from the remote server",
		"this is the mail system at host", "could not be delivered to",
		"was not delivered to", "delivery has failed to these",
		"this is the mailer-daemon", "unable to deliver",
		"couldn't be delivered", "wasn't delivered to",
		"delivery to the following recipient", "address not found",
		"message not delivered", "has not been delivered",
	};
	static const char delays[][PHRASE_MAX + 1] = {
		"will continue trying", "still trying", "has been delayed",
		"not yet been delivered", "will be retried", "will retry",
		"is delayed", "was delayed", "temporarily deferred",
		"warning only",
		/* Spanish, Italian, Portuguese, German, French, Dutch: not
		 * yet delivered, and the tries that go on. */
		"todav\303\255a no se ha entregado", "seguiremos intentando",
		"non risulta ancora consegnat", "continuer\xc3\xa0 i tentativi",
		"ainda n\xc3\xa3o foi entregue", "noch nicht zugestellt",
		"pas encore \xc3\xa9t\xc3\xa9 distribu", "nog niet afgeleverd",
	};

	if (f->reporting[0] == '\0') {
		if (!host_after(s, n, "generating server: ", f->reporting,
		    sizeof(f->reporting)) &&
		    !host_after(s, n, "mail system at host ", f->reporting,
		    sizeof(f->reporting)) &&
		    !host_after(s, n, "on the queue on ", f->reporting,
		    sizeof(f->reporting)))
			host_after(s, n, "qmail-send program at ",
			    f->reporting, sizeof(f->reporting));
	}
	if (f->remote[0] == '\0')
		host_after(s, n, "while talking to ", f->remote,
		    sizeof(f->remote));
	/* A bounce's words a person quotes ("> Remote Server returned")
	 * make no bounce of a ticket or a reply about one. */
	if (!f->marker && !(n > 0 && *s == '>') &&
	    has_any(s, n, markers, NELEM(markers)))
		f->marker = 1;
	if (!f->delay && has_any(s, n, delays, NELEM(delays)))
		f->delay = 1;
}

/* Read original header lines that follow a marker in the text. */
static void
orig_from_text(const char *s, size_t n, size_t pos)
{
	const char	*line;
	size_t		 len, start = 0, end = 0;
	int		 in = 0;

	while (next_line(s, n, &pos, &line, &len)) {
		if (!in) {
			if (blank(line, len))
				continue;
			if (!message_is_field(line, len))
				return;
			in = 1;
			start = (size_t)(line - s);
		} else if (blank(line, len))
			break;
		end = (size_t)(line - s) + len;
	}
	if (in)
		orig_header(s + start, end - start);
}

/*
 * Whether the line is Exim's "generated by a@b" under a pipe or a file it
 * could not deliver to: the address that led there, into addr.
 */
/* Whether the line is Exim's "pipe to |cmd", blanks before it. */
static int
pipe_line(const char *s, size_t n)
{
	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	return n > 9 && starts_ci(s, n, "pipe to |");
}

/*
 * Whether the line, blanks around it aside, is pre, an address, then
 * post: "generated by a@b", "(expanded from: <a@b>)"; the address into
 * addr.
 */
static int
addr_line(const char *s, size_t n, const char *pre, const char *post,
    char *addr, size_t size)
{
	size_t	 k, lp = strlen(pre), lq = strlen(post);

	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	while (n > 0 && is_wsp(s[n - 1]))
		n--;
	if (n <= lp + lq || !starts_ci(s, n, pre) ||
	    memcmp(s + n - lq, post, lq) != 0)
		return 0;
	s += lp;
	n -= lp + lq;
	if ((k = addr_token(s, n)) == 0 || k != n)
		return 0;
	copy(addr, size, s, k);
	return 1;
}

static int
generated_by(const char *s, size_t n, char *addr, size_t size)
{
	return addr_line(s, n, "generated by ", "", addr, size);
}

/*
 * Sendmail's recipient that is a program, named by its command in quotes
 * ('"|/usr/bin/procmail"'), or a file; the address it was reached from
 * comes after its reason: "(expanded from: <a@b>)".
 */
static int
program_rcpt(const char *s, size_t n)
{
	while (n > 0 && is_wsp(*s)) {
		s++;
		n--;
	}
	return n > 2 && (*s == '"' || *s == '|') && (s[1] == '|' ||
	    s[1] == '/') && s[0] != s[1];
}

static int
expanded_from(const char *s, size_t n, char *addr, size_t size)
{
	return addr_line(s, n, "(expanded from: <", ">)", addr, size);
}

/*
 * The text people read: the recipients it names and what was said about
 * each, into human; message-level facts into f.
 */
static void
human_parse(const char *s, size_t n, struct facts *f)
{
	struct dsn_rcpt	*cur = NULL, *last = NULL, *alone = NULL;
	struct dsn_rcpt	 prog;		/* a program's block, its address next */
	const char	*line;
	char		 addr[BOUNCE_ADDR_MAX];
	size_t		 pos = 0, len, rest, i;
	int		 intro = 0, k, piped = 0;

	human.nrcpt = human.dropped = 0;
	memset(f, 0, sizeof(*f));
	while (next_line(s, n, &pos, &line, &len)) {
		if ((k = orig_marker(line, len)) != 0) {
			/* Past the rest of the part's own header. */
			while (k == 2 && next_line(s, n, &pos, &line, &len) &&
			    !blank(line, len))
				continue;
			if (!msg.orig_set)
				orig_from_text(s, n, pos);
			break;
		}
		line_facts(f, line, len);
		if (blank(line, len)) {
			/* A recipient alone on its line: Orange's why comes
			 * in the paragraph after it, from a code on. */
			if (cur != NULL)
				alone = cur->diagnostic[0] == '\0' ||
				    bracketed_id(cur->diagnostic) ? cur : NULL;
			cur = NULL;
			continue;
		}
		if (cur == NULL && intro_line(line, len)) {
			intro = 1;
			alone = NULL;
			continue;
		}
		/*
		 * Sendmail's "... while talking to host:" starts the session
		 * of the recipients named after it: the lines that follow are
		 * not those of the recipient before.
		 */
		if (len > 4 && strncmp(line, "... ", 4) == 0 &&
		    find_ci(line, len, "while talking to ") != NULL) {
			cur = alone = NULL;
			continue;
		}
		if (generated_by(line, len, addr, sizeof(addr))) {
			/* The address a pipe or a file was for: Exim's
			 * "pipe to |cmd" then "generated by a@b".  A pipe's
			 * failure is its program's. */
			cur = last = human_rcpt(addr);
			if (cur != NULL && piped)
				cur->program = 1;
			intro = 0;
			alone = NULL;
			piped = 0;
			continue;
		}
		piped = pipe_line(line, len);
		if (program_rcpt(line, len)) {
			memset(&prog, 0, sizeof(prog));
			cur = &prog;
			intro = 0;
			alone = NULL;
			continue;
		}
		if (expanded_from(line, len, addr, sizeof(addr))) {
			/* The program's address, and its failure. */
			if (cur == &prog && (cur = human_rcpt(addr)) != NULL) {
				if (!has_code(cur->diagnostic,
				    strlen(cur->diagnostic)))
					memcpy(cur->diagnostic, prog.diagnostic,
					    sizeof(cur->diagnostic));
				cur->program = 1;
				last = cur;
			}
			cur = cur == &prog ? NULL : cur;
			continue;
		}
		if (rcpt_line(line, len, addr, sizeof(addr), &rest) ||
		    rcpt_sentence(line, len, addr, sizeof(addr), &rest)) {
			if ((cur = human_rcpt(addr)) != NULL) {
				/* What has a code is kept, the rest replaced. */
				if (!has_code(cur->diagnostic,
				    strlen(cur->diagnostic)))
					cur->diagnostic[0] = '\0';
				block_add(cur, line + rest, len - rest);
				last = cur;
				intro = 0;
				alone = NULL;
				continue;
			}
		}
		/* (After an intro line the recipient is chosen below.) */
		/* A field that says why, only for a recipient named alone. */
		if (cur == NULL && alone != NULL && (has_code(line, len) ||
		    (human.nrcpt == 1 && reason_field(line, len)) ||
		    status_field(line, len)))
			cur = alone;
		alone = NULL;
		if (intro) {
			intro = 0;
			cur = NULL;
			for (i = human.nrcpt; i-- > 0; )
				if (!has_code(human.rcpt[i].diagnostic,
				    strlen(human.rcpt[i].diagnostic))) {
					cur = &human.rcpt[i];
					break;
				}
			if (cur == NULL)
				cur = last;
			if (cur == NULL)
				continue;
			if (!has_code(cur->diagnostic, strlen(cur->diagnostic)))
				cur->diagnostic[0] = '\0';
		}
		if (cur != NULL)
			block_add(cur, line, len);
	}
}

static int	goes_on(const char *, const char *, size_t, int);

/*
 * For a recipient whose block has no code: a line of the text that
 * names it and has one, as Sendmail's transcript does, and the lines
 * its reply goes on over.
 */
static void
human_fill(const char *s, size_t n, struct dsn_rcpt *r)
{
	const char	*line;
	size_t		 pos = 0, len, alen = strlen(r->final);

	if (alen == 0 || has_code(r->diagnostic, strlen(r->diagnostic)))
		return;
	while (next_line(s, n, &pos, &line, &len)) {
		if (orig_marker(line, len))
			return;
		if (find_ci(line, len, r->final) != NULL &&
		    has_code(line, len)) {
			r->diagnostic[0] = '\0';
			block_add(r, line, len);
			while (next_line(s, n, &pos, &line, &len) &&
			    goes_on(r->diagnostic, line, len, 1))
				block_add(r, line, len);
			return;
		}
	}
}

/*
 * The server's words in a block of text: inside "returned '...'", else
 * from the first code on; set the codes found.
 */
static void
diag_codes(struct bounce_rec *rec, const char *block, int from_dsn)
{
	struct scan_result	 r;
	const struct scan_code	*c;
	const char		*p, *q;
	size_t			 n = strlen(block), i, first = n;
	int			 reason, failed = 0;

	p = block;
	if ((q = find_ci(block, n, "returned '")) != NULL) {
		p = q + 10;
		n -= (size_t)(p - block);
		if ((q = memchr(p, '\'', n)) != NULL)
			n = (size_t)(q - p);
	}
	r.n = 0;
	scan_line(p, n, 0, &r);
	for (i = 0; i < r.n; i++)
		if (r.codes[i].offset < first)
			first = r.codes[i].offset;
	reason = n > 8 && strncmp(p, "(reason:", 8) == 0;
	/* Not from a code that closes the text: "no mailbox (#5.1.1)". */
	if (!from_dsn && first < n && (first == 0 || (p[first - 1] != '(' &&
	    p[first - 1] != '#'))) {
		p += first;
		n -= first;
	}
	if (reason && n > 0 && p[n - 1] == ')')
		n--;
	/* qmail's own words after the server's. */
	if ((q = find_ci(p, n, " giving up on ")) != NULL)
		n = (size_t)(q - p);
	message_charset("utf-8", p, n, rec->diagnostic,
	    sizeof(rec->diagnostic));
	message_unfold(rec->diagnostic, strlen(rec->diagnostic),
	    rec->diagnostic, sizeof(rec->diagnostic));
	/*
	 * A failure's reply code is a 4xx or 5xx: a 2xx in its text is no
	 * answer to it ("(LDAP-ERR #220) (#5.2.1)").  Only where nothing
	 * failed is a 2xx the reply.
	 */
	for (i = 0; i < r.n; i++)
		failed |= r.codes[i].class >= 4;
	for (i = 0; i < r.n; i++) {
		c = &r.codes[i];
		if (c->kind == KIND_BASIC && rec->reply_code == 0 &&
		    (c->class >= 4 || !failed))
			rec->reply_code = c->value;
		/*
		 * The first enhanced code, unless the status so far (this
		 * one's, or a DSN's Status field) is X.0.0, which says
		 * nothing more than its class, and a code of the same class
		 * that says more follows: Exchange's "<host #5.0.0 smtp;
		 * 554 5.7.1 ...>" quotes the server after its own summary.
		 */
		if (c->kind == KIND_ENHANCED && (rec->status[0] == '\0' ||
		    (rec->status[0] == '0' + c->class &&
		    strcmp(rec->status + 1, ".0.0") == 0 &&
		    (c->subject != 0 || c->detail != 0)))) {
			status_put(rec->status, sizeof(rec->status),
			    c->class, c->subject, c->detail);
			rec->status_from = from_dsn ? "Diagnostic-Code" :
			    "text";
		}
	}
}

/*
 * Exchange's report of a delay says "returned '400 4.4.7 Message
 * delayed'", its own words (the message has not expired: it is still
 * tried), then, after a time, what the server returned at the last
 * attempt: where a delayed recipient's text in block goes so, that last
 * answer, from its "returned '", else NULL.
 */
static const char *
last_attempt(const struct bounce_rec *rec, const char *block)
{
	const char	*p, *q, *last = NULL;
	size_t		 n = strlen(block);

	if (strcmp(rec->action, "delayed") != 0 ||
	    strcmp(rec->status, "4.4.7") != 0 ||
	    (p = find_ci(block, n, "returned '")) == NULL)
		return NULL;
	for (q = p + 10; (q = find_ci(q, n - (size_t)(q - block),
	    "returned '")) != NULL; q += 10)
		last = q;
	return last;
}

/* The words and codes of that last answer, rec's own where it has none. */
static void
last_codes(struct bounce_rec *rec, const char *answer)
{
	char	 status[sizeof(rec->status)];
	int	 reply = rec->reply_code;

	memcpy(status, rec->status, sizeof(status));
	rec->reply_code = 0;
	rec->status[0] = '\0';
	diag_codes(rec, answer, 0);
	if (rec->reply_code == 0)
		rec->reply_code = reply;
	if (rec->status[0] == '\0')
		memcpy(rec->status, status, sizeof(status));
}

/* A status field as an enhanced code, into rec; 0 if it is none. */
static int
status_code(const char *s, int *class, int *subject, int *detail)
{
	struct scan_result	 r;
	size_t			 i;

	r.n = 0;
	scan_line(s, strlen(s), 0, &r);
	for (i = 0; i < r.n; i++)
		if (r.codes[i].kind == KIND_ENHANCED) {
			*class = r.codes[i].class;
			*subject = r.codes[i].subject;
			*detail = r.codes[i].detail;
			return 1;
		}
	return 0;
}

/* Start a record with what the message as a whole says. */
static struct bounce_rec *
rec_new(size_t i, enum bounce_kind kind)
{
	struct bounce_rec	*rec = &recs[i];

	memset(rec, 0, sizeof(*rec));
	rec->file = msg.file;
	rec->index = msg.index;
	rec->kind = kind;
	copy(rec->date, sizeof(rec->date), msg.date, strlen(msg.date));
	copy(rec->message_id, sizeof(rec->message_id), msg.orig_id,
	    strlen(msg.orig_id));
	copy(rec->from, sizeof(rec->from), msg.orig_from,
	    strlen(msg.orig_from));
	copy(rec->to, sizeof(rec->to), msg.orig_to, strlen(msg.orig_to));
	copy(rec->subject, sizeof(rec->subject), msg.orig_subject,
	    strlen(msg.orig_subject));
	return rec;
}

static void
host_lower(char *s)
{
	size_t	 n;

	for (n = 0; s[n] != '\0'; n++)
		s[n] = (char)lower((unsigned char)s[n]);
	if (n > 1 && s[n - 1] == '.')
		s[n - 1] = '\0';
}

/*
 * Whether the record's failure was transient: a 4.x.x status, or a 4xx
 * reply under a status that says no more than its class (Exim's 5.0.0
 * over "451 4.7.1 Greylisted" when the time to retry ran out).
 */
static int
transient(const struct bounce_rec *rec)
{
	if (rec->status[0] != '\0' && (rec->enh.class == 4 ||
	    rec->enh.subject != 0 || rec->enh.detail != 0))
		return rec->enh.class == 4;
	return rec->reply_code / 100 == 4;
}

/* Codes, verdict and provider, from what the record holds. */
static void
rec_finish(struct bounce_rec *rec)
{
	const char	*at;
	int		 c, s, d, failed;

	/* Host names are case-blind; a final dot is the DNS root. */
	host_lower(rec->remote_mta);
	host_lower(rec->reporting_mta);
	if (rec->reply_code != 0)
		basic_set(&rec->basic, rec->reply_code);
	if (rec->status[0] != '\0' && status_code(rec->status, &c, &s, &d))
		enhanced_set(&rec->enh, c, s, d);
	else
		rec->status[0] = '\0';
	if (rec->kind == BK_BOUNCE) {
		/*
		 * The provider that answered, from the host, the reply's
		 * words or the recipient's domain, before the verdict: a
		 * provider's own case ("550 SC-001" of Outlook.com) needs to
		 * know whose it is.
		 */
		rec->provider = provider_of_text(rec->remote_mta,
		    strlen(rec->remote_mta));
		if (rec->provider == NULL)
			rec->provider = provider_of_text(rec->diagnostic,
			    strlen(rec->diagnostic));
		if (rec->provider == NULL &&
		    (at = strrchr(rec->recipient, '@')) != NULL)
			rec->provider = provider_of_text(at, strlen(at));
		verdict_text(rec->diagnostic, strlen(rec->diagnostic),
		    rec->reply_code ? &rec->basic : NULL,
		    rec->status[0] ? &rec->enh : NULL, rec->provider,
		    &rec->verdict);
		failed = strcmp(rec->action, "failed") == 0;
		if (rec->reply_code == 0 && rec->status[0] == '\0' &&
		    (failed || strcmp(rec->action, "delayed") == 0))
			/* No code: the Action says permanent or not. */
			verdict_class(&rec->verdict, failed ? 5 : 4);
		else if (failed && rec->verdict.pcase == NULL &&
		    transient(rec) &&
		    (rec->verdict.reason == REASON_NETWORKERROR ||
		    rec->verdict.reason == REASON_SYSTEMERROR ||
		    rec->verdict.reason == REASON_BLOCKED ||
		    rec->verdict.reason == REASON_UNDEFINED)) {
			/*
			 * Given up on after transient failures (RFC 3464
			 * 2.3.3) that name no cause of their own, such as
			 * a host that did not answer, or that stop by
			 * design, as greylisting does: the time to try ran
			 * out.  A full mailbox stays a full mailbox.
			 */
			rec->verdict.reason = REASON_EXPIRED;
			verdict_class(&rec->verdict, 4);
		}
		if (rec->program && !rec->verdict.from_text &&
		    rec->verdict.pcase == NULL && (rec->verdict.reason ==
		    REASON_UNDEFINED || rec->verdict.reason ==
		    REASON_SYSTEMERROR) && (rec->status[0] == '\0' ||
		    rec->enh.subject == 0 || rec->enh.subject == 3)) {
			/*
			 * A program that delivers mail failed (its exit
			 * status is X-Unix's diagnostic), unless its words
			 * say why, or its status does: Postfix's pipe turns
			 * the exit status EX_NOUSER into 5.1.1.
			 */
			rec->verdict.reason = REASON_MAILERERROR;
			verdict_class(&rec->verdict, rec->enh.class != 0 ?
			    rec->enh.class : failed ? 5 : 4);
		}
	} else {
		memset(&rec->verdict, 0, sizeof(rec->verdict));
		rec->verdict.reason = rec->kind == BK_FEEDBACK ?
		    REASON_FEEDBACK : rec->kind == BK_AUTOREPLY ?
		    REASON_VACATION : REASON_UNDEFINED;
		rec->verdict.bounce = BOUNCE_NONE;
	}
}

static void	 emit(struct bounce_ctx *, struct bounce_rec *);
static void	 report_problem(struct bounce_ctx *, enum bounce_problem);
static void	 text_to(const char *, size_t, char *, size_t);

/*
 * verdict_text() of a text of several lines, its line ends read as
 * blanks, so that a phrase may wrap from one line to the next, as it
 * does in a recipient's block, whose lines are joined; between two
 * characters beyond ASCII, as Chinese and Japanese text wraps without a
 * blank, a line end is nothing.  What the verdict reads of a text is 64
 * KiB at most: as much is copied.
 */
static void
text_verdict(const char *t, size_t n, struct verdict *v)
{
	static char	 flat[65536];
	size_t		 i, k = 0, e;

	if (n > sizeof(flat))
		n = sizeof(flat);
	for (i = 0; i < n; i++) {
		if (t[i] != '\r' && t[i] != '\n') {
			flat[k++] = t[i];
			continue;
		}
		for (e = i; e < n && (t[e] == '\r' || t[e] == '\n'); e++)
			continue;
		/* One line end, between two such characters. */
		if (k > 0 && (unsigned char)flat[k - 1] >= 0x80 && e < n &&
		    (unsigned char)t[e] >= 0x80 && e - i <= 2 &&
		    t[e - 1] == '\n' && (e - i == 1 || t[i] == '\r')) {
			i = e - 1;
			continue;
		}
		flat[k++] = ' ';
	}
	verdict_text(flat, k, NULL, NULL, NULL, v);
}

/*
 * Whether the text kept for a recipient says something of its own: a
 * code, or words that name a cause.  A summary of the message refused
 * ("Subject: ...", "Sent: ...") does not.
 */
static int
own_words(const char *d)
{
	struct verdict	 v;
	size_t		 n = strlen(d);

	if (n == 0)
		return 0;
	if (has_code(d, n))
		return 1;
	verdict_text(d, n, NULL, NULL, NULL, &v);
	return v.reason != REASON_UNDEFINED;
}

/* The one address that the subject holds, if it holds one, into dst. */
static void
subject_addr(char *dst, size_t size)
{
	const char	*s = msg.subject, *at = strchr(s, '@');
	size_t		 a, e, n = strlen(s);

	if (at == NULL || strchr(at + 1, '@') != NULL)
		return;
	for (a = (size_t)(at - s); a > 0 && !is_wsp(s[a - 1]) &&
	    strchr("<\"'(:,;", s[a - 1]) == NULL; a--)
		continue;
	for (e = (size_t)(at - s); e < n && !is_wsp(s[e]) &&
	    strchr(">\"'),;", s[e]) == NULL; e++)
		continue;
	while (e > a && s[e - 1] == '.')
		e--;
	if (message_is_addr(s + a, e - a))
		copy(dst, size, s + a, e - a);
}

/* Records from a delivery status report, filled in from the text. */
static size_t
from_dsn(const struct facts *f)
{
	const struct dsn_rcpt	*d, *h;
	struct bounce_rec	*rec;
	const char		*q;
	size_t			 i, k;
	int			 c = 0, s = 0, dt = 0;

	for (i = 0; i < dsn.nrcpt; i++) {
		d = &dsn.rcpt[i];
		rec = rec_new(i, BK_BOUNCE);
		copy(rec->recipient, sizeof(rec->recipient), d->final[0] ?
		    d->final : d->original, strlen(d->final[0] ? d->final :
		    d->original));
		copy(rec->original_recipient, sizeof(rec->original_recipient),
		    d->original, strlen(d->original));
		copy(rec->action, sizeof(rec->action), d->action,
		    strlen(d->action));
		copy(rec->remote_mta, sizeof(rec->remote_mta), d->remote_mta,
		    strlen(d->remote_mta));
		copy(rec->reporting_mta, sizeof(rec->reporting_mta),
		    dsn.reporting_mta[0] ? dsn.reporting_mta : f->reporting,
		    strlen(dsn.reporting_mta[0] ? dsn.reporting_mta :
		    f->reporting));
		if (d->last_attempt[0] != '\0')
			copy(rec->date, sizeof(rec->date), d->last_attempt,
			    strlen(d->last_attempt));
		else if (dsn.arrival_date[0] != '\0')
			copy(rec->date, sizeof(rec->date), dsn.arrival_date,
			    strlen(dsn.arrival_date));
		if (status_code(d->status, &c, &s, &dt)) {
			status_put(rec->status, sizeof(rec->status), c, s,
			    dt);
			rec->status_from = "Status";
		}
		/* RFC 3464's X-Unix: the exit status of a program. */
		rec->program = d->program;
		for (h = NULL, k = 0; k < human.nrcpt && h == NULL; k++)
			if (is_lower_addr(human.rcpt[k].final, rec->recipient))
				h = &human.rcpt[k];
		/*
		 * A report's diagnostic without a code (X-Unix's exit status
		 * "1") gives way to the text's lines about the recipient, if
		 * they have one: Sendmail's "(reason: 554 5.3.0 ...)".
		 */
		if (d->diagnostic[0] != '\0' && (h == NULL ||
		    has_code(d->diagnostic, strlen(d->diagnostic)) ||
		    !has_code(h->diagnostic, strlen(h->diagnostic))))
			diag_codes(rec, d->diagnostic, 1);
		else if (h != NULL)
			diag_codes(rec, h->diagnostic, 0);
		if (h != NULL && (q = last_attempt(rec, h->diagnostic)) != NULL)
			last_codes(rec, q);
		if (h != NULL && h->program)
			rec->program = 1;
		/* The host the text talked to, if the report has no other. */
		if (rec->remote_mta[0] == '\0' && dsn.nrcpt == 1)
			copy(rec->remote_mta, sizeof(rec->remote_mta),
			    f->remote, strlen(f->remote));
	}
	return dsn.nrcpt;
}

/*
 * Whether the line of len bytes goes on with the reply text so far in b:
 * indented, or, as a notice wraps a reply without indenting it, a
 * sentence that b leaves unfinished going on in lower case ("Client host
 * rejected: cannot" then "find your reverse hostname").  Where the text
 * names its recipients, an indented failure of its own is another one.
 */
static int
goes_on(const char *b, const char *line, size_t len, int named)
{
	size_t	 k = strlen(b);

	if (len == 0 || blank(line, len))
		return 0;
	if (is_wsp(line[0]))
		return !named || code_class(line, len) < 4;
	while (k > 0 && is_wsp(b[k - 1]))
		k--;
	return k > 0 && strchr(".!?:;)]>\"'", b[k - 1]) == NULL &&
	    line[0] >= 'a' && line[0] <= 'z' && code_class(line, len) == 0;
}

/* Records from the text alone: Exim, qmail, Exchange, Gmail, ... */
static size_t
from_text(const char *t, size_t n, const struct facts *f)
{
	struct bounce_rec	*rec;
	struct dsn_rcpt		*h;
	struct verdict		 v;
	char			 addr[BOUNCE_ADDR_MAX], b[BOUNCE_DIAG_MAX];
	const char		*p = msg.failed, *line;
	size_t			 i, k, count, pos, len;
	int			 c, nfail = 0;

	/*
	 * Exim and Gmail name them in X-Failed-Recipients too, which counts
	 * when the text names nobody: one address between commas at a time.
	 */
	if (human.nrcpt == 0)
		for (; *p != '\0'; p += k + (p[k] != '\0')) {
			for (k = 0; p[k] != '\0' && p[k] != ','; k++)
				continue;
			if (message_addr(p, k, addr, sizeof(addr)) > 0)
				human_rcpt(addr);
		}
	/*
	 * A bounce that names nobody: its first failure's code, else its
	 * first code; not the greeting of a transcript (MDaemon's).  One
	 * that names recipients without a word about any of them and gives
	 * one failure's code elsewhere, before or after the list (VPOP3's
	 * "452 4.5.3 Too many recipients", then who is still to be sent):
	 * that code is theirs.
	 */
	b[0] = '\0';
	pos = 0;
	while (nfail < 2 && next_line(t, n, &pos, &line, &len)) {
		if (orig_marker(line, len))
			break;
		if ((c = code_class(line, len)) > 0 && (b[0] == '\0' ||
		    (c >= 4 && nfail == 0)))
			copy(b, sizeof(b), line, len);
		if (c >= 4 && ++nfail == 1) {
			/* Its indented lines go on with it, and so do lines
			 * that go on with its sentence. */
			k = pos;
			while (next_line(t, n, &k, &line, &len) &&
			    goes_on(b, line, len, human.nrcpt > 0) &&
			    (i = strlen(b)) + 1 < sizeof(b)) {
				pos = k;
				while (len > 0 && is_wsp(*line)) {
					line++;
					len--;
				}
				b[i++] = ' ';
				copy(b + i, sizeof(b) - i, line, len);
			}
			if (human.nrcpt == 0)
				break;
		}
	}
	/*
	 * A filter's notice that gives no code and names the recipient
	 * only in its summary of what it stopped ("To: a@b" between
	 * "From:" and "Subject:"), in the header of the message returned,
	 * or in its subject ("Undeliverable: a@b"), with words that say
	 * why: that address.  A summary without a cause is another
	 * notice's (a recall's).
	 */
	if (human.nrcpt == 0 && b[0] == '\0') {
		addr[0] = '\0';
		text_to(t, n, addr, sizeof(addr));
		/* Else the original's only recipient, or the subject's. */
		if (addr[0] == '\0' && msg.orig_alone)
			copy(addr, sizeof(addr), msg.orig_to,
			    strlen(msg.orig_to));
		if (addr[0] == '\0')
			subject_addr(addr, sizeof(addr));
		if (addr[0] == '\0')
			return 0;
		text_verdict(t, n, &v);
		if (v.reason == REASON_UNDEFINED || human_rcpt(addr) == NULL)
			return 0;
	}
	count = human.nrcpt > 0 ? human.nrcpt : 1;
	for (i = 0; i < count; i++) {
		rec = rec_new(i, BK_BOUNCE);
		copy(rec->reporting_mta, sizeof(rec->reporting_mta),
		    f->reporting, strlen(f->reporting));
		if (human.nrcpt == 0)
			diag_codes(rec, b, 0);
		else {
			h = &human.rcpt[i];
			human_fill(t, n, h);
			copy(rec->recipient, sizeof(rec->recipient), h->final,
			    strlen(h->final));
			host_after(h->diagnostic, strlen(h->diagnostic),
			    "host ", rec->remote_mta, sizeof(rec->remote_mta));
			if (rec->remote_mta[0] == '\0')
				host_after(h->diagnostic,
				    strlen(h->diagnostic), "connected to ",
				    rec->remote_mta, sizeof(rec->remote_mta));
			if (rec->remote_mta[0] == '\0')
				host_first(h->diagnostic, rec->remote_mta,
				    sizeof(rec->remote_mta));
			if (nfail == 1 && !own_words(h->diagnostic))
				diag_codes(rec, b, 0);
			else
				diag_codes(rec, h->diagnostic, 0);
			rec->program = h->program;
		}
		if (rec->remote_mta[0] == '\0')
			copy(rec->remote_mta, sizeof(rec->remote_mta),
			    f->remote, strlen(f->remote));
		copy(rec->action, sizeof(rec->action), f->delay ? "delayed" :
		    "failed", f->delay ? 7 : 6);
	}
	return count;
}

/* One record per recipient an ARF report names. */
static size_t
from_feedback(void)
{
	struct bounce_rec	*rec;
	char			 name[64], value[1024], type[32];
	char			 reporting[BOUNCE_ADDR_MAX], date[128];
	size_t			 pos = 0, n = 0, i;
	int			 rc;

	type[0] = reporting[0] = date[0] = '\0';
	while ((rc = dsn_next(ds.data, ds.len, &pos, name, sizeof(name),
	    value, sizeof(value))) >= 0) {
		if (rc == 0)
			continue;
		dsn_uncomment(value);
		if (is_lower_addr(name, "Feedback-Type")) {
			copy(type, sizeof(type), value, strlen(value));
			for (i = 0; type[i] != '\0'; i++)
				type[i] = (char)lower((unsigned char)type[i]);
		} else if (is_lower_addr(name, "Reporting-MTA"))
			copy(reporting, sizeof(reporting), dsn_untype(value),
			    strlen(dsn_untype(value)));
		else if (is_lower_addr(name, "Arrival-Date") ||
		    (is_lower_addr(name, "Received-Date") && date[0] == '\0'))
			copy(date, sizeof(date), value, strlen(value));
		else if (is_lower_addr(name, "Original-Rcpt-To") &&
		    n < DSN_RCPT_MAX) {
			rec = rec_new(n++, BK_FEEDBACK);
			message_addr(value, strlen(value), rec->recipient,
			    sizeof(rec->recipient));
		}
	}
	/* A report may leave the recipient out (RFC 5965 section 3.3). */
	if (n == 0)
		rec_new(n++, BK_FEEDBACK);
	for (i = 0; i < n; i++) {
		rec = &recs[i];
		copy(rec->diagnostic, sizeof(rec->diagnostic), type,
		    strlen(type));
		copy(rec->reporting_mta, sizeof(rec->reporting_mta), reporting,
		    strlen(reporting));
		if (date[0] != '\0')
			copy(rec->date, sizeof(rec->date), date, strlen(date));
	}
	return n;
}

/* Whether the subject or sender say "bounce" or "auto-reply". */
static int
subject_bounce(void)
{
	static const char words[][PHRASE_MAX + 1] = {
		"undeliver", "delivery status notification", "failure notice",
		"delivery failure", "delivery failed", "returned mail",
		"delivery has failed", "non remis", "non distribu",
		"unzustellbar", "delivery problem", "could not send",
		"not delivered", "delayed mail", "delivery notification",
		"nondeliverable", "non-delivery", "mail delivery",
		"delivery report", "échec de remise",
		"delivery has been delayed", "failed mail", "delivery error",
		"not sent", "returned:",
		"delivery delayed", "message delayed", "message expired",
		"not be sent", "not be delivered",
		/* Italian, Dutch, German, Spanish: not delivered. */
		"non recapitat", "mancata consegna", "onbestelbaar",
		"niet afgeleverd", "niet bezorgd", "nicht zugestellt",
		"no se pudo entregar",
		/* Filters' and sending services' notices. */
		"was blocked", "been blocked", "held as spam", "bounce",
		"bouncing",
		"delivery abandoned",
		/* Spanish, Portuguese: failed or not delivered. */
		"fallo permanente", "entrega fallida", "no entregado",
		"n\xc3\xa3o entregue", "mensagem recusada", "falha na entrega",
		"error de entrega", "non consegnat",
		/* Polish, Czech, Turkish, Swedish: not delivered. */
		"nie dostarczon", "niedostarczon", "nedoru\304\215en",
		"teslim edilemedi", "kunde inte levereras",
		/*
		 * Japanese: delivery, sending and transfer errors; not
		 * deliverable; not arrived; delivery delayed (twice);
		 * sending refused.
		 */
		"\351\205\215\344\277\241\343\202\250\343\203\251\343\203\274",
		"\351\200\201\344\277\241\343\202\250\343\203\251\343\203\274",
		"\351\205\215\351\200\201\343\202\250\343\203\251\343\203\274",
		"\351\205\215\344\277\241\344\270\215\350\203\275",
		"\344\270\215\351\201\224",
		"\351\205\215\351\200\201\351\201\205\345\273\266",
		"\351\205\215\344\277\241\351\201\205\345\273\266",
		"\351\200\201\344\277\241\343\202\222\346\213\222\345\220\246",
	};

	return has_any(msg.subject, strlen(msg.subject), words, NELEM(words));
}

/*
 * Whether the subject says that the message is only late: "Delivery
 * delayed", "Warning: could not send message for past 4 hours",
 * "Übermittlung verzögert", "Доставка задержана" (delayed).
 */
static int
subject_delay(void)
{
	static const char words[][PHRASE_MAX + 1] = {
		"delay", "warning", "verz\303\266ger",
		/* French, Italian, Dutch: a delay, a warning. */
		"retard", "avertissement", "ritardo", "vertraag",
		/* "задержан" (delayed), "предупр..." (a warning) */
		"\320\267\320\260\320\264\320\265\321\200\320\266\320\260\320\275",
		"\320\277\321\200\320\265\320\264\321\203\320\277\321\200",
		/* Japanese "chien" (delay) */
		"\351\201\205\345\273\266",
		/* Portuguese, Spanish: "still not" (delivered) */
		"ainda n\xc3\xa3o", "todav\303\255a no",
	};

	return has_any(msg.subject, strlen(msg.subject), words, NELEM(words));
}

/* Whether s starts with one of the nwords words, case ignored as find_ci(). */
static int
starts_any(const char *s, const char (*words)[PHRASE_MAX + 1],
    size_t nwords)
{
	size_t	 i;

	for (i = 0; i < nwords; i++)
		if (starts_ci(s, strlen(s), words[i]))
			return 1;
	return 0;
}

/*
 * The subject past blanks and the tags that gateways put first
 * ("[EXTERNAL] Re: ..."), or a '[' alone.
 */
static const char *
subject_start(void)
{
	const char	*s = msg.subject, *e;

	for (;;) {
		while (is_wsp(*s))
			s++;
		if (*s != '[')
			return s;
		if ((e = strchr(s, ']')) != NULL && e - s <= 40)
			s = e + 1;
		else
			s++;
	}
}

/* Auto-replies put their words first: "Automatic reply: Re: plans". */
static int
subject_autoreply(void)
{
	static const char words[][PHRASE_MAX + 1] = {
		"out of office", "auto:", "automatic reply",
		"r\xc3\xa9ponse automatique", "abwesenheitsnotiz", "vacation",
		"autoreply", "auto-reply", "auto reply", "away from",
		"absence", "out of the office", "automatische antwort",
		"autoantwort", "abwesend", "ausser haus",
		"au\303\237er haus",
	};
	const char	*s = msg.subject;

	/* "[Auto-Reply] ..." says it in its tag; "[EXT] Auto: ..." after. */
	while (is_wsp(*s) || *s == '[')
		s++;
	return starts_any(s, words, NELEM(words)) ||
	    starts_any(subject_start(), words, NELEM(words));
}

/*
 * Whether the subject is a person's reply: "Re: Fwd: failure notice"
 * quotes a bounce in a conversation about it, and is none; so does a
 * help desk's "[HD-20931] Ticket opened: my mail bounced".
 */
static int
subject_reply(void)
{
	static const char words[][PHRASE_MAX + 1] = {
		"re:", "aw:", "sv:", "antw:", "rif:", "r\303\251f.", "ticket ",
	};
	return starts_any(subject_start(), words, NELEM(words));
}

/*
 * Without the original, the message it answers: In-Reply-To, or the
 * last of References, as Exim's delay warnings give it.
 */
static void
replied_id(char *dst, size_t size)
{
	const char	*lt, *gt;

	if ((lt = strchr(msg.in_reply_to, '<')) == NULL)
		lt = strrchr(msg.references, '<');
	if (lt == NULL || (gt = strchr(lt, '>')) == NULL)
		return;
	copy(dst, size, lt, (size_t)(gt - lt) + 1);
}

/*
 * The recipient a VERP return path encodes, as mailing lists and
 * senders of newsletters make the address a bounce goes back to:
 * Mailman's "list-bounces+user=example.org@lists.example.net", ezmlm's
 * "list-return-42-user=example.org@lists.example.net".  Into dst, if
 * the address to is one and what it encodes is an address; whatever
 * stands between the mark and the user, as a sending service's ids
 * ("bounces+2191568-2e6a-user=..."), makes it no answer.
 */
static int
verp_rcpt(const char *to, char *dst, size_t size)
{
	const char	*at = strrchr(to, '@'), *u, *eq, *d;
	char		 a[BOUNCE_ADDR_MAX];
	size_t		 k;

	if (at == NULL)
		return 0;
	if ((u = memchr(to, '+', (size_t)(at - to))) != NULL)
		u++;
	else if ((u = find_ci(to, (size_t)(at - to), "-return-")) != NULL) {
		for (d = u + 8; d < at && *d >= '0' && *d <= '9'; d++)
			continue;
		if (d == u + 8 || d == at || *d != '-')
			return 0;
		u = d + 1;
	} else
		return 0;
	for (eq = at; eq > u && eq[-1] != '='; eq--)
		continue;
	/* A number and a dash first: an id, not the user. */
	for (d = u; d < eq && *d >= '0' && *d <= '9'; d++)
		continue;
	if (eq == u || eq == at || (d > u && *d == '-'))
		return 0;
	k = (size_t)(at - u);
	if (k >= sizeof(a))
		return 0;
	memcpy(a, u, k);
	a[eq - 1 - u] = '@';
	if (!message_is_addr(a, k) || memchr(eq, '.', (size_t)(at - eq)) ==
	    NULL)
		return 0;
	copy(dst, size, a, k);
	return 1;
}

/*
 * The address of the one "To:" line of the text before the original,
 * when that line gives one address alone and no other line is a "To:",
 * as a filter's summary of what it refused ("To: a@b" between "From:"
 * and "Subject:"): into dst, else dst is left as it is.
 */
static void
text_to(const char *t, size_t n, char *dst, size_t size)
{
	const char	*line, *v = NULL;
	size_t		 pos = 0, len, k, vlen = 0, seen = 0;

	while (next_line(t, n, &pos, &line, &len) && !orig_marker(line, len)) {
		for (k = 0; k < len && is_wsp(line[k]); k++)
			continue;
		if (len - k < 3 || !starts_ci(line + k, len - k, "to:"))
			continue;
		if (++seen > 1)
			return;
		for (k += 3; k < len && is_wsp(line[k]); k++)
			continue;
		v = line + k;
		vlen = len - k;
		while (vlen > 0 && is_wsp(v[vlen - 1]))
			vlen--;
	}
	if (seen == 1 && vlen > 0 && addr_token(v, vlen) == vlen)
		copy(dst, size, v, vlen);
}

/*
 * The one recipient of a bounce whose text about it gives no code and
 * no cause, as Barracuda's notice that says why in a paragraph of its
 * own: the cause the whole text names, if it names one.
 */
static void
whole_text(struct bounce_rec *rec, const char *t, size_t n)
{
	struct verdict	 v;

	if (rec->kind != BK_BOUNCE || rec->reply_code != 0 ||
	    rec->status[0] != '\0' || rec->verdict.reason != REASON_UNDEFINED)
		return;
	text_verdict(t, n, &v);
	if (v.reason == REASON_UNDEFINED)
		return;
	rec->verdict.reason = v.reason;
	rec->verdict.from_text = 1;
	verdict_class(&rec->verdict,
	    strcmp(rec->action, "delayed") == 0 ? 4 : 5);
}

/*
 * A bounce that a person forwarded inline ("Fwd: Mail delivery failed"):
 * after a line that says a forwarded message follows, the header lines
 * that a mail program quotes, one a From: field of a mail system.  Return
 * where the bounce's text starts, past those lines, or NULL.
 */
static const char *
inline_forward(const char *t, size_t n)
{
	static const char fwd[][PHRASE_MAX + 1] = {
		"fwd:", "fw:", "wg:", "tr:", "rv:", "enc:",
	};
	static const char marks[][PHRASE_MAX + 1] = {
		"forwarded message", "original message", "begin forwarded",
		"message transf\xc3\xa9r\xc3\xa9", "weitergeleitete nachricht",
		"mensaje reenviado", "messaggio inoltrato",
	};
	const char	*line;
	char		 from[BOUNCE_ADDR_MAX];
	size_t		 pos = 0, len, k, seen = 0;
	int		 daemon = 0;

	if (!starts_any(subject_start(), fwd, NELEM(fwd)))
		return NULL;
	while (next_line(t, n, &pos, &line, &len))
		if (len < 80 && has_any(line, len, marks, NELEM(marks)))
			break;
	if (pos >= n)
		return NULL;
	/* The quoted header: blank lines before it, then up to 12 fields. */
	while (seen < 12 && next_line(t, n, &pos, &line, &len)) {
		if (blank(line, len)) {
			if (seen > 0)
				return daemon ? t + pos : NULL;
			continue;
		}
		if (!message_is_field(line, len))
			return NULL;
		seen++;
		if (starts_ci(line, len, "from:")) {
			for (k = 5; k < len && is_wsp(line[k]); k++)
				continue;
			copy(from, sizeof(from), line + k, len - k);
			daemon = daemon_in(from);
		}
	}
	return NULL;
}

/* Where a notice's own words end: the line that says the original follows. */
static size_t
notice_end(const char *t, size_t n)
{
	const char	*line;
	size_t		 pos = 0, len;

	while (next_line(t, n, &pos, &line, &len))
		if (orig_marker(line, len))
			return (size_t)(line - t);
	return n;
}

/*
 * Whether the text, up to the original, is a challenge-response
 * system's request that the sender confirm being a person before the
 * message is delivered: its words, and no status code.
 */
static int
challenge(const char *t, size_t n)
{
	static const char words[][PHRASE_MAX + 1] = {
		"until you confirm", "until you do so", "once you confirm",
		"when you have confirmed", "verify that you are",
		"confirm that you are", "not programs", "not a robot",
		"not a machine",
	};
	size_t	 end = notice_end(t, n);

	return has_any(t, end, words, NELEM(words)) && !has_code(t, end);
}

/*
 * The list whose robot wrote the message, as its address names it:
 * "x-owner@", "x-admin@", "x-request@" and "owner-x@" are x's.  Return
 * whether it names one.
 */
static int
robot_list(char *list, size_t size)
{
	static const char ends[][PHRASE_MAX + 1] = {
		"-admin@", "-owner@", "-request@",
	};
	const char	*at = strchr(msg.from, '@'), *p;
	size_t		 i, k;

	list[0] = '\0';
	if (at == NULL)
		return 0;
	for (i = 0; i < NELEM(ends); i++)
		if ((p = find_ci(msg.from, strlen(msg.from), ends[i])) != NULL &&
		    p + strlen(ends[i]) - 1 == at && p > msg.from) {
			k = (size_t)(p - msg.from);
			copy(list, size, msg.from, k);
			copy(list + k, size - k, at, strlen(at));
			return 1;
		}
	if (starts_ci(msg.from, strlen(msg.from), "owner-") &&
	    at > msg.from + 6) {
		copy(list, size, msg.from + 6, strlen(msg.from + 6));
		return 1;
	}
	return 0;
}

/*
 * The first address of the robot's domain dom, not the robot's, right
 * after "list" or "to" in the n bytes at s ("to the list x@dom", "to
 * x@dom"), into list.  Return whether there is one.
 */
static int
list_after(const char *s, size_t n, const char *dom, char *list,
    size_t size)
{
	static const char intro[][PHRASE_MAX + 1] = {
		"list ", "to ",
	};
	const char	*p, *at;
	size_t		 i, k, len;

	for (i = 0; i < NELEM(intro); i++)
		for (p = s; (p = find_ci(p, n - (size_t)(p - s), intro[i])) !=
		    NULL; p++) {
			k = (size_t)(p - s) + strlen(intro[i]);
			if (starts_ci(s + k, n - k, "the list "))
				k += 9;
			/* The word right there, not one further on. */
			for (len = 0; k + len < n && !is_wsp(s[k + len]) &&
			    s[k + len] != '\n'; len++)
				continue;
			if (message_addr(s + k, len, list, size) > 0 &&
			    (at = strchr(list, '@')) != NULL &&
			    strcmp(at, dom) == 0 && strcmp(list, msg.from) != 0)
				return 1;
		}
	list[0] = '\0';
	return 0;
}

/* Whether the From address is a mailing list's robot. */
static int
list_robot(void)
{
	static const char robots[][PHRASE_MAX + 1] = {
		"sympa@", "listserv@", "majordomo@", "mailman@", "ecartis@",
	};
	char	 list[BOUNCE_ADDR_MAX];

	return msg.ml_name[0] != '\0' || starts_any(msg.from, robots,
	    NELEM(robots)) || robot_list(list, sizeof(list));
}

/*
 * A mailing list's refusal of a post, from the list's robot, whose words
 * up to the original say that the post was not sent on to the list: FML's
 * "[list:error]" notices, Sympa's "Message for list x rejected".  Write
 * the list's address into list: the X-ML-Name of FML at the robot's
 * domain, the first address of that domain after "list" or "to" in the
 * text or the subject, or the robot's own list ("x-owner@").  Return
 * whether it is one.
 */
static int
list_refusal(const char *t, size_t n, char *list, size_t size)
{
	static const char words[][PHRASE_MAX + 1] = {
		"rejected", "not distributed", "not a member", "not member",
		"not allowed to post", "not authorized to send", "too big",
	};
	/* Notices about a post held, or about a member's own address; a
	 * digest, the list's posts themselves. */
	static const char other[][PHRASE_MAX + 1] = {
		"moderator", "approval", "confirm", "pending", "membership",
		"subscription", "paused", "disabled", "deleted", "welcome",
		"digest",
	};
	const char	*dom = strchr(msg.from, '@');
	size_t		 end, i;

	if (dom == NULL || !list_robot())
		return 0;
	end = notice_end(t, n);
	if ((!has_any(t, end, words, NELEM(words)) &&
	    !has_any(msg.subject, strlen(msg.subject), words, NELEM(words))) ||
	    has_any(msg.subject, strlen(msg.subject), other, NELEM(other)))
		return 0;
	if (msg.ml_name[0] != '\0' && strchr(msg.ml_name, '@') == NULL &&
	    strlen(msg.ml_name) + strlen(dom) < size) {
		for (i = 0; msg.ml_name[i] != '\0'; i++)
			list[i] = (char)lower((unsigned char)msg.ml_name[i]);
		copy(list + i, size - i, dom, strlen(dom));
		return 1;
	}
	if (list_after(t, end, dom, list, size) ||
	    list_after(msg.subject, strlen(msg.subject), dom, list, size))
		return 1;
	return robot_list(list, size);
}

/* "s=" or "g=" and the n bytes at w, then ';', into dst. */
static void
join_x400(char *dst, size_t size, const char *key, const char *w, size_t n)
{
	size_t	 k = strlen(key);

	copy(dst, size, key, k);
	if (k + n + 1 < size) {
		memcpy(dst + k, w, n);
		dst[k + n] = ';';
		dst[k + n + 1] = '\0';
	}
}

/*
 * Whether a line of the failure part of a bounce names the person name,
 * in lower case, len bytes:
 * at its start, as Exchange 2000 writes "Jones, Mark on 14/03/2002", or
 * as an X.400 address's surname and given name, "s=Jones;g=Mark;", for
 * the name "Jones, Mark" or "Mark Jones".
 */
static int
line_names(const char *s, size_t n, const char *name, size_t len)
{
	const char	*comma = memchr(name, ',', len), *sp;
	char		 sur[136], giv[136];	/* a name is at most 127 bytes */
	size_t		 i = 0;

	while (i < n && is_wsp(s[i]))
		i++;
	if (i + len < n && starts_ci(s + i, n - i, name) &&
	    (is_wsp(s[i + len]) || s[i + len] == ':'))
		return 1;
	if (comma != NULL) {
		for (sp = comma + 1; sp < name + len && is_wsp(*sp); sp++)
			continue;
		join_x400(sur, sizeof(sur), "s=", name, (size_t)(comma - name));
		join_x400(giv, sizeof(giv), "g=", sp, (size_t)(name + len - sp));
	} else if ((sp = memchr(name, ' ', len)) != NULL) {
		join_x400(giv, sizeof(giv), "g=", name, (size_t)(sp - name));
		join_x400(sur, sizeof(sur), "s=", sp + 1,
		    (size_t)(name + len - sp - 1));
	} else
		return 0;
	return find_ci(s, n, sur) != NULL && find_ci(s, n, giv) != NULL;
}

/*
 * The recipient of a bounce that names one by its person's name only:
 * the address the original's To or Cc gives that name, when the text
 * names exactly one of them.  Return whether one was found.
 */
static int
name_rcpt(const char *t, size_t n, char *dst, size_t size)
{
	const char	*r = msg.orig_rcpts, *e, *lt, *line;
	char		 name[128], addr[BOUNCE_ADDR_MAX];
	size_t		 pos, len, k, found = 0, entries = 0;
	int		 q;

	n = notice_end(t, n);
	/* Each name reads the text once: 32 names at most. */
	for (; *r != '\0' && entries++ < 32; r = *e != '\0' ? e + 1 : e) {
		/* An entry ends at a comma outside quotes and brackets. */
		for (e = r, q = 0; *e != '\0'; e++)
			if (*e == ',' && !q)
				break;
			else if (*e == '"')
				q = !q;
			else if (*e == '<' && !q)
				q = 2;
			else if (*e == '>' && q == 2)
				q = 0;
		if ((lt = memchr(r, '<', (size_t)(e - r))) == NULL ||
		    message_addr(lt, (size_t)(e - lt), addr, sizeof(addr)) == 0)
			continue;
		while (r < lt && (is_wsp(*r) || *r == '"'))
			r++;
		for (k = (size_t)(lt - r); k > 0 && (is_wsp(r[k - 1]) ||
		    r[k - 1] == '"'); k--)
			continue;
		if (k < 3 || k >= sizeof(name))
			continue;
		for (pos = 0; pos < k; pos++)
			name[pos] = (char)lower((unsigned char)r[pos]);
		name[k] = '\0';
		for (pos = 0; next_line(t, n, &pos, &line, &len); )
			if (line_names(line, len, name, k)) {
				if (found++ == 0)
					copy(dst, size, addr, strlen(addr));
				break;
			}
	}
	if (found != 1)
		dst[0] = '\0';
	return found == 1;
}

/*
 * An automatic answer that says the message was thrown away, as a help
 * desk's to a sender it does not know: "We received your email to
 * support@b, but ... Your message has been discarded".  Write the address
 * it was sent to, the one after "email to", "message to" or "mail to",
 * into rcpt; return whether it is one.
 */
static int
refused_reply(const char *t, size_t n, char *rcpt, size_t size)
{
	static const char words[][PHRASE_MAX + 1] = {
		"has been discarded", "was discarded", "has been deleted unread",
		"was not turned into", "will not be delivered",
	};
	static const char intro[][PHRASE_MAX + 1] = {
		"email to ", "e-mail to ", "message to ", "mail to ",
	};
	const char	*p;
	size_t		 end = notice_end(t, n), len, i, k;

	if (!has_any(t, end, words, NELEM(words)))
		return 0;
	for (i = 0; i < NELEM(intro); i++)
		if ((p = find_ci(t, end, intro[i])) != NULL) {
			k = (size_t)(p - t) + strlen(intro[i]);
			for (len = 0; k + len < end && !is_wsp(t[k + len]) &&
			    t[k + len] != '\n' && t[k + len] != ','; len++)
				continue;
			if (message_addr(t + k, len, rcpt, size) > 0 &&
			    strcmp(rcpt, msg.to) != 0)
				return 1;
		}
	rcpt[0] = '\0';
	return 0;
}

/* The message has been read: decide what it is, write its records. */
static void
msg_done(struct bounce_ctx *ctx)
{
	struct bounce_rec	*rec;
	struct facts		 f;
	const char		*t = "", *fwd;
	char			 list[BOUNCE_ADDR_MAX];
	size_t			 n = 0, count = 0, i;
	unsigned		 bits;
	int			 strong;

	bits = mime_end(&mime);
	ctx->messages++;
	if (bits & MIME_UNCLOSED)
		report_problem(ctx, BP_UNCLOSED);
	if (bits & MIME_TOODEEP)
		report_problem(ctx, BP_TOO_DEEP);
	if (msg.long_line)
		report_problem(ctx, BP_LONG_LINE);
	if (bits & MIME_HEADFULL)
		report_problem(ctx, BP_HEAD_FULL);
	if (text.seen && (text.len > 0 || !html.seen))
		n = message_charset(text.charset, text.data, text.len, conv,
		    sizeof(conv));
	else if (html.seen) {
		n = html_text(html.data, html.len, text.data, BOUNCE_PART_MAX);
		n = message_charset(html.charset, text.data, n, conv,
		    sizeof(conv));
	} else if (!ds.seen)
		n = message_charset("utf-8", pre.data, pre.len, conv,
		    sizeof(conv));
	t = conv;
	if ((fwd = inline_forward(t, n)) != NULL) {
		n -= (size_t)(fwd - t);
		t = fwd;
	}
	human_parse(t, n, &f);
	if (ds.seen == 2)
		count = from_feedback();
	else if (ds.seen) {
		dsn_parse(ds.data, ds.len, &dsn);
		count = from_dsn(&f);
		if (dsn.dropped > 0)
			report_problem(ctx, BP_TOO_MANY);
	}
	/* A request to prove that the sender is a person is none. */
	if (count == 0 && (ds.seen || !challenge(t, n))) {
		strong = from_daemon() || msg.failed[0] != '\0' || f.marker ||
		    ds.seen || fwd != NULL;
		/*
		 * Bounces may say Auto-Submitted: auto-replied too, as
		 * Postfix's and MDaemon's do: with a subject of a bounce, the
		 * text decides, and one without a failed recipient is an
		 * auto-reply.  A person's reply about a bounce is none.
		 */
		if (strong || (!subject_autoreply() && !subject_reply() &&
		    subject_bounce())) {
			if (subject_delay())
				f.delay = 1;
			count = from_text(t, n, &f);
			if (human.dropped > 0)
				report_problem(ctx, BP_TOO_MANY);
		}
		/*
		 * A list's refusal of a post fails the list's address; an
		 * automatic answer that threw the message away, the address
		 * it was sent to.
		 */
		if (count == 0 && !strong && (list_refusal(t, n, list,
		    sizeof(list)) || ((msg.autoreply || subject_autoreply()) &&
		    refused_reply(t, n, list, sizeof(list))))) {
			rec = rec_new(0, BK_BOUNCE);
			copy(rec->recipient, sizeof(rec->recipient), list,
			    strlen(list));
			copy(rec->action, sizeof(rec->action), "failed", 6);
			copy(rec->diagnostic, sizeof(rec->diagnostic),
			    msg.subject, strlen(msg.subject));
			count = 1;
		}
		if (count == 0 && !strong &&
		    (msg.autoreply || subject_autoreply())) {
			rec = rec_new(0, BK_AUTOREPLY);
			copy(rec->recipient, sizeof(rec->recipient), msg.from,
			    strlen(msg.from));
			copy(rec->diagnostic, sizeof(rec->diagnostic),
			    msg.subject, strlen(msg.subject));
			count = 1;
		}
	}
	/*
	 * A bounce that names no recipient, such as MDaemon's transcript of
	 * a session refused before RCPT: the original's only recipient, from
	 * its header or from the one To: line of the bounce's own summary.
	 */
	if (count == 1 && recs[0].kind == BK_BOUNCE &&
	    recs[0].recipient[0] == '\0') {
		if (msg.orig_alone)
			copy(recs[0].recipient, sizeof(recs[0].recipient),
			    msg.orig_to, strlen(msg.orig_to));
		else if (!verp_rcpt(msg.to, recs[0].recipient,
		    sizeof(recs[0].recipient)) && !name_rcpt(t, n,
		    recs[0].recipient,
		    sizeof(recs[0].recipient)))
			text_to(t, n, recs[0].recipient,
			    sizeof(recs[0].recipient));
	}
	for (i = 0; i < count; i++) {
		if (recs[i].message_id[0] == '\0')
			replied_id(recs[i].message_id,
			    sizeof(recs[i].message_id));
		rec_finish(&recs[i]);
		if (count == 1)
			whole_text(&recs[i], t, n);
		emit(ctx, &recs[i]);
	}
}

static void
report_problem(struct bounce_ctx *ctx, enum bounce_problem p)
{
	ctx->problems++;
	if (ctx->problem != NULL)
		ctx->problem(ctx->arg, msg.file, msg.index, p);
}

/*
 * Problems in each language, for the caller's messages.  This file's
 * tables of words are arrays of char, each wide enough for the longest
 * and its NUL: unlike a pointer, an array needs no relocation by the
 * loader each time smtpcode starts.
 */
static const char problem_texts[BP_MAX][LANG_MAX][80] = {
	{ "empty input", "entrée vide" },
	{ "not a mail message: no header field at its start",
	    "pas un message : aucun champ d'en-tête au début" },
	{ "a multipart section lacks its closing boundary",
	    "une section multipart n'a pas sa limite de fin" },
	{ "parts nested more than 64 deep were skipped",
	    "les parties imbriquées sur plus de 64 niveaux sont ignorées" },
	{ "a line over 64 KiB was cut",
	    "une ligne de plus de 64 Kio a été coupée" },
	{ "a header over 64 KiB: the fields past it were skipped",
	    "un en-tête de plus de 64 Kio : les champs au-delà sont ignorés" },
	{ "too many recipients: the rest were skipped",
	    "trop de destinataires : les suivants sont ignorés" },
	{ "cannot read this file", "lecture impossible de ce fichier" },
};

const char *
bounce_problem_text(enum bounce_problem p, enum lang lang)
{
	return problem_texts[p < BP_MAX ? p : BP_UNREADABLE][lang];
}

const char *
bounce_kind_name(enum bounce_kind k)
{
	return k == BK_AUTOREPLY ? "autoreply" : k == BK_FEEDBACK ?
	    "feedback" : "bounce";
}

/*
 * Write text from a message so that it cannot drive the terminal:
 * control characters, C1 controls, bidi controls and invalid UTF-8 are
 * written as \xNN or <U+NNNN>.
 */
static void
put_text(FILE *fp, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = strlen(s), i = 0, len;
	unsigned long		 cp;

	while (i < n) {
		len = utf8_valid(p + i, n - i);
		if (len == 0 || p[i] < 0x20 || p[i] == 0x7f) {
			fputs("\\x", fp);
			put_hex(fp, p[i], 2, 0);
			i++;
			continue;
		}
		cp = p[i];
		if (len == 2)
			cp = (cp & 0x1f) << 6 | (p[i + 1] & 0x3f);
		else if (len == 3)
			cp = (cp & 0x0f) << 12 | (unsigned long)(p[i + 1] &
			    0x3f) << 6 | (p[i + 2] & 0x3f);
		if ((cp >= 0x80 && cp <= 0x9f) || cp == 0x61c ||
		    cp == 0x200e || cp == 0x200f ||
		    (cp >= 0x202a && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069)) {
			fputs("<U+", fp);
			put_hex(fp, cp, 4, 1);
			putc('>', fp);
		} else
			fwrite(p + i, 1, len, fp);
		i += len;
	}
}

enum blabel {
	B_NOCODE, B_DIAG, B_REMOTE, B_REPORTING, B_DATE, B_ORIGINAL,
	B_AUTOREPLY, B_FEEDBACK, B_HARD, B_SOFT, B_RETRY, B_NORCPT,
	B_SUBJECT, B_MAX
};

static const char blabels[B_MAX][LANG_MAX][40] = {
	{ "no code", "aucun code" },
	{ "diagnostic", "diagnostic" },
	{ "remote MTA", "serveur distant" },
	{ "reported by", "signalé par" },
	{ "date", "date" },
	{ "original", "original" },
	{ "auto-reply", "réponse automatique" },
	{ "feedback report", "rapport de plainte" },
	{ "hard bounce", "rejet définitif" },
	{ "soft bounce", "rejet temporaire" },
	{ "retrying may help", "réessayer peut suffire" },
	{ "(no recipient found)", "(aucun destinataire trouvé)" },
	{ "subject", "objet" },
};

#define BL(o, l)	(blabels[(l)][(o)->lang])

/* The actions of RFC 3464 section 2.3.3 in each language. */
static const char actions[][LANG_MAX][16] = {
	{ "delayed", "différé" },
	{ "delivered", "remis" },
	{ "expanded", "développé" },
	{ "failed", "échec" },
	{ "relayed", "relayé" },
};

/* An action as the reader says it; one not in RFC 3464 as it came. */
static void
text_action(struct out *o, const char *a)
{
	size_t	 i;

	for (i = 0; i < NELEM(actions); i++)
		if (strcmp(a, actions[i][LANG_EN]) == 0) {
			fputs(actions[i][o->lang], o->fp);
			return;
		}
	put_text(o->fp, a);
}

/* before, then the label, then ")". */
static void
text_paren(struct out *o, const char *before, const char *label)
{
	fputs(before, o->fp);
	fputs(label, o->fp);
	putc(')', o->fp);
}

/* "    label: value", the value escaped; nothing if it is empty. */
static void
text_field(struct out *o, enum blabel l, const char *v)
{
	if (v[0] == '\0')
		return;
	fputs("    ", o->fp);
	fputs(BL(o, l), o->fp);
	fputs(o->lang == LANG_FR ? " : " : ": ", o->fp);
	put_text(o->fp, v);
	putc('\n', o->fp);
}

/* What the code means, from the tables, in the reader's language. */
static const char *
explanation(const struct out *o, const struct bounce_rec *rec)
{
	if (rec->status[0] != '\0' && rec->enh.detailp != NULL)
		return table_str(rec->enh.detailp->text[o->lang]);
	if (rec->reply_code != 0 && rec->basic.reply != NULL)
		return table_str(rec->basic.reply->text[o->lang]);
	return NULL;
}

static void
text_rec(struct out *o, const struct bounce_rec *rec)
{
	const char	*e;
	int		 class = rec->enh.class ? rec->enh.class :
			    basic_class(rec->reply_code);

	put_text(o->fp, rec->file != NULL ? rec->file : "-");
	fputs(" #", o->fp);
	out_put_unumber(o->fp, rec->index);
	fputs("  ", o->fp);
	if (rec->recipient[0] != '\0')
		put_text(o->fp, rec->recipient);
	else
		fputs(BL(o, B_NORCPT), o->fp);
	if (rec->kind == BK_AUTOREPLY)
		text_paren(o, "  (", BL(o, B_AUTOREPLY));
	else if (rec->kind == BK_FEEDBACK)
		text_paren(o, "  (", BL(o, B_FEEDBACK));
	putc('\n', o->fp);
	if (rec->kind == BK_AUTOREPLY) {
		text_field(o, B_SUBJECT, rec->diagnostic);
		text_field(o, B_DATE, rec->date);
		return;
	}
	fputs("   ", o->fp);
	if (rec->action[0] != '\0') {
		putc(' ', o->fp);
		text_action(o, rec->action);
	}
	if (rec->kind == BK_BOUNCE) {
		putc(' ', o->fp);
		if (o->color && class)
			fputs(color_of(class), o->fp);
		if (rec->status[0] != '\0')
			fputs(rec->status, o->fp);
		if (rec->status[0] != '\0' && rec->reply_code != 0)
			putc(' ', o->fp);
		if (rec->reply_code != 0) {
			if (rec->status[0])
				putc('(', o->fp);
			out_put_number(o->fp, rec->reply_code);
			if (rec->status[0])
				putc(')', o->fp);
		}
		if (rec->status[0] == '\0' && rec->reply_code == 0)
			text_paren(o, "(", BL(o, B_NOCODE));
		if (o->color && class)
			fputs(COLOR_OFF, o->fp);
		fputs("  ", o->fp);
		fputs(reason_label(rec->verdict.reason, o->lang), o->fp);
		if (rec->verdict.bounce != BOUNCE_NONE) {
			fputs(", ", o->fp);
			fputs(BL(o, rec->verdict.bounce == BOUNCE_HARD ?
			    B_HARD : B_SOFT), o->fp);
		}
		if (rec->verdict.retry) {
			fputs(", ", o->fp);
			fputs(BL(o, B_RETRY), o->fp);
		}
	}
	putc('\n', o->fp);
	text_field(o, B_DIAG, rec->diagnostic);
	text_field(o, B_REMOTE, rec->remote_mta);
	text_field(o, B_REPORTING, rec->reporting_mta);
	text_field(o, B_DATE, rec->date);
	if (rec->subject[0] != '\0' || rec->message_id[0] != '\0') {
		fputs("    ", o->fp);
		fputs(BL(o, B_ORIGINAL), o->fp);
		fputs(o->lang == LANG_FR ? " :" : ":", o->fp);
		if (rec->subject[0] != '\0') {
			fputs(" \"", o->fp);
			put_text(o->fp, rec->subject);
			putc('"', o->fp);
		}
		if (rec->message_id[0] != '\0') {
			putc(' ', o->fp);
			put_text(o->fp, rec->message_id);
		}
		putc('\n', o->fp);
	}
	if ((e = explanation(o, rec)) != NULL)
		out_wrap(o->fp, e, 4, 79);
}

static void
json_field(FILE *fp, const char *key, const char *v)
{
	fputs(",\"", fp);
	fputs(key, fp);
	fputs("\":", fp);
	if (v == NULL || v[0] == '\0')
		fputs("null", fp);
	else
		json_string(fp, v, strlen(v));
}

static void
json_rec(struct out *o, const struct bounce_rec *rec)
{
	FILE	*fp = o->fp;

	fputs("{\"file\":", fp);
	if (rec->file != NULL)
		json_string(fp, rec->file, strlen(rec->file));
	else
		fputs("null", fp);
	fputs(",\"index\":", fp);
	out_put_unumber(fp, rec->index);
	fputs(",\"kind\":\"", fp);
	fputs(bounce_kind_name(rec->kind), fp);
	putc('"', fp);
	json_field(fp, "recipient", rec->recipient);
	json_field(fp, "original_recipient", rec->original_recipient);
	json_field(fp, "action", rec->action);
	json_field(fp, "status", rec->status);
	json_field(fp, "status_from", rec->status_from);
	if (rec->reply_code != 0) {
		fputs(",\"reply_code\":", fp);
		out_put_number(fp, rec->reply_code);
	} else
		fputs(",\"reply_code\":null", fp);
	json_field(fp, "diagnostic", rec->diagnostic);
	json_field(fp, "remote_mta", rec->remote_mta);
	json_field(fp, "reporting_mta", rec->reporting_mta);
	json_field(fp, "date", rec->date);
	json_field(fp, "original_message_id", rec->message_id);
	json_field(fp, "original_from", rec->from);
	json_field(fp, "original_to", rec->to);
	json_field(fp, "original_subject", rec->subject);
	json_field(fp, "reason", reason_name(rec->verdict.reason));
	json_field(fp, "bounce", bounce_name(rec->verdict.bounce));
	fputs(rec->verdict.retry ? ",\"retry\":true" : ",\"retry\":false", fp);
	json_field(fp, "provider", rec->provider);
	json_field(fp, "explanation", explanation(o, rec));
	fputs("}\n", fp);
}

/* Write one record as text or as a line of JSON. */
void
bounce_write(struct out *o, const struct bounce_rec *rec)
{
	if (o->json) {
		json_rec(o, rec);
		o->count++;
		return;
	}
	if (o->count++ > 0)
		putc('\n', o->fp);
	text_rec(o, rec);
}

/* The key a record is counted under in the summary. */
static void
sum_key(const struct bounce_ctx *ctx, const struct bounce_rec *rec,
    char *key, size_t size)
{
	const char	*p;
	char		 d[OUT_NUMBER];
	size_t		 n;

	switch (ctx->by) {
	case BBY_REASON:
		p = reason_name(rec->verdict.reason);
		break;
	case BBY_DOMAIN:
		p = strrchr(rec->recipient, '@');
		p = p != NULL ? p + 1 : "(none)";
		break;
	default:
		p = rec->status[0] != '\0' ? rec->status : "(none)";
		if (rec->status[0] == '\0' && rec->reply_code != 0) {
			n = out_number(d, rec->reply_code);
			copy(key, size, d, n);
			return;
		}
		break;
	}
	copy(key, size, p, strlen(p));
}

static unsigned long
hash(const char *s)
{
	unsigned long	 h = 2166136261UL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619UL;
	return h;
}

static void
sum_add(struct bounce_ctx *ctx, const struct bounce_rec *rec)
{
	struct bounce_sum	*sum = ctx->sum;
	struct sum_row		*row;
	char			 key[SUM_KEY];
	size_t			 i;

	sum_key(ctx, rec, key, sizeof(key));
	/* A key already there keeps counting; once the table is half full,
	 * new ones are counted together as "(other)". */
	for (;;) {
		for (i = hash(key) & (SUM_SLOTS - 1); sum->slots[i] != 0;
		    i = (i + 1) & (SUM_SLOTS - 1)) {
			row = &sum->rows[sum->slots[i] - 1];
			if (strcmp(row->key, key) == 0) {
				row->count++;
				return;
			}
		}
		if (sum->n < SUM_SLOTS / 2 || strcmp(key, "(other)") == 0)
			break;
		copy(key, sizeof(key), "(other)", 7);
	}
	row = &sum->rows[sum->n++];
	copy(row->key, sizeof(row->key), key, strlen(key));
	row->count = 1;
	sum->slots[i] = (uint16_t)sum->n;
}

static void
emit(struct bounce_ctx *ctx, struct bounce_rec *rec)
{
	ctx->records++;
	if (ctx->record != NULL)
		ctx->record(ctx->arg, rec);
	if (ctx->by != BBY_NONE) {
		if (ctx->sum == NULL &&
		    (ctx->sum = calloc(1, sizeof(*ctx->sum))) == NULL)
			return;
		sum_add(ctx, rec);
		return;
	}
	if (ctx->out != NULL) {
		bounce_write(ctx->out, rec);
		if (ctx->line_buffered)
			fflush(ctx->out->fp);
	}
}

/* Most frequent first, then by key. */
static int
row_cmp(const void *x, const void *y)
{
	const struct sum_row	*a = *(const struct sum_row *const *)x;
	const struct sum_row	*b = *(const struct sum_row *const *)y;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->key, b->key);
}

/* The summary: records per reason, domain or status, most first. */
void
bounce_summary(struct bounce_ctx *ctx)
{
	static const struct sum_row	*rows[SUM_SLOTS / 2 + 1];
	static const char *const	 keys[] = { "", "reason", "domain",
					    "status" };
	struct out			*o = ctx->out;
	char				 d[OUT_NUMBER];
	size_t				 i, n = 0, len, k;

	if (o == NULL || ctx->by == BBY_NONE)
		return;
	for (i = 0; ctx->sum != NULL && i < ctx->sum->n; i++)
		rows[n++] = &ctx->sum->rows[i];
	qsort(rows, n, sizeof(const struct sum_row *), row_cmp);
	if (o->json) {
		fputs("{\"by\":\"", o->fp);
		fputs(keys[ctx->by], o->fp);
		fputs("\",\"rows\":[", o->fp);
	}
	for (i = 0; i < n; i++) {
		if (o->json) {
			fputs(i ? ",{\"" : "{\"", o->fp);
			fputs(keys[ctx->by], o->fp);
			fputs("\":", o->fp);
			json_string(o->fp, rows[i]->key, strlen(rows[i]->key));
			fputs(",\"count\":", o->fp);
			out_put_unumber(o->fp, rows[i]->count);
			putc('}', o->fp);
			continue;
		}
		len = out_unumber(d, rows[i]->count);
		for (k = len; k < 8; k++)
			putc(' ', o->fp);
		fwrite(d, 1, len, o->fp);
		fputs("  ", o->fp);
		put_text(o->fp, rows[i]->key);
		putc('\n', o->fp);
	}
	/* The totals, as a log's summary gives them. */
	if (o->json) {
		fputs("],\"total\":{\"messages\":", o->fp);
		out_put_unumber(o->fp, ctx->messages);
		fputs(",\"records\":", o->fp);
		out_put_unumber(o->fp, ctx->records);
		fputs("}}\n", o->fp);
		return;
	}
	fputs(o->lang == LANG_FR ? "total : " : "total: ", o->fp);
	out_put_unumber(o->fp, ctx->messages);
	fputs(o->lang == LANG_FR ? " messages lus, " : " messages read, ",
	    o->fp);
	out_put_unumber(o->fp, ctx->records);
	fputs(o->lang == LANG_FR ? " enregistrements\n" : " records\n", o->fp);
}

void
bounce_free(struct bounce_ctx *ctx)
{
	free(ctx->sum);
	ctx->sum = NULL;
}

/* Start reading message number index of the input. */
static void
msg_start(struct reader *rd)
{
	memset(&msg, 0, sizeof(msg));
	msg.file = rd->name;
	msg.index = ++rd->index;
	ds.seen = text.seen = html.seen = orig.seen = 0;
	ds.len = text.len = html.len = orig.len = pre.len = 0;
	mime_begin(&mime, &visitor);
}

static int
from_line(const char *s, size_t n)
{
	return n >= 5 && memcmp(s, "From ", 5) == 0;
}

/* One line of the input, its end removed; cut is set if it was cut. */
static void
feed_line(struct reader *rd, const char *s, size_t n, int cut)
{
	size_t	 k;

	if (rd->first) {
		rd->first = 0;
		rd->mbox = from_line(s, n);
		msg_start(rd);
		rd->prev_blank = 1;
		if (rd->mbox)
			return;
	} else if (rd->mbox && rd->prev_blank && from_line(s, n)) {
		if (msg.started && !msg.bad)
			msg_done(rd->ctx);
		else if (!msg.started)
			rd->index--;
		msg_start(rd);
		return;
	}
	/* line_len() ends a line at a lone CR too: none is left in it. */
	rd->prev_blank = n == 0;
	if (rd->mbox) {
		/* mboxrd: one '>' less before any number of them and From. */
		for (k = 0; k < n && s[k] == '>'; k++)
			continue;
		if (k > 0 && from_line(s + k, n - k)) {
			s++;
			n--;
		}
	}
	if (!msg.started) {
		if (rd->prev_blank)
			return;
		msg.started = 1;
		if (!message_is_field(s, n)) {
			msg.bad = 1;
			report_problem(rd->ctx, BP_NOT_MESSAGE);
		}
	}
	if (msg.bad)
		return;
	if (cut)
		msg.long_line = 1;
	mime_line(&mime, s, n);
}

static void
reader_init(struct reader *rd, struct bounce_ctx *ctx, const char *name)
{
	memset(rd, 0, sizeof(*rd));
	rd->ctx = ctx;
	rd->name = name;
	rd->first = 1;
}

/* The end of the input: the last message, or a note that there was none. */
static void
reader_end(struct reader *rd)
{
	if (rd->first) {
		memset(&msg, 0, sizeof(msg));
		msg.file = rd->name;
		report_problem(rd->ctx, BP_EMPTY);
		return;
	}
	if (msg.started && !msg.bad)
		msg_done(rd->ctx);
	else if (!msg.started && rd->index == 1 && !rd->mbox) {
		msg.index = 1;
		report_problem(rd->ctx, BP_EMPTY);
	}
}

/* Where the line at s ends: LF, CRLF or a lone CR; n if none is there. */
static size_t
line_len(const char *s, size_t n, size_t *eol)
{
	const char	*p = memchr(s, '\n', n);
	size_t		 len = p != NULL ? (size_t)(p - s) : n, k;
	const char	*cr = memchr(s, '\r', len);

	if (cr != NULL) {
		k = (size_t)(cr - s);
		*eol = k + 1 < n && s[k + 1] == '\n' ? 2 : 1;
		return k;
	}
	*eol = p != NULL;
	return len;
}

/* Read messages from the n bytes at s; name is the file's. */
int
bounce_buffer(struct bounce_ctx *ctx, const char *s, size_t n,
    const char *name)
{
	struct reader	 rd;
	size_t		 len, eol;

	reader_init(&rd, ctx, name);
	while (n > 0) {
		len = line_len(s, n, &eol);
		if (len > BOUNCE_LINE_MAX)
			feed_line(&rd, s, BOUNCE_LINE_MAX, 1);
		else
			feed_line(&rd, s, len, 0);
		s += len + eol;
		n -= len + eol;
	}
	reader_end(&rd);
	if (ctx->out != NULL && ferror(ctx->out->fp))
		return -2;
	return 0;
}

/*
 * Read messages from fd to its end: one message, or an mbox.  A line
 * longer than BOUNCE_LINE_MAX is cut and the rest of it skipped, so
 * memory stays fixed.  Each read asks for READ_STEP bytes at most, so
 * that rbuf is touched only as far as the longest line needs, not in
 * full for every input larger than it.  Return 0, -1 with errno set if
 * reading failed, or -2 if writing did.
 */
int
bounce_fd(struct bounce_ctx *ctx, int fd, const char *name)
{
	static struct input	 in;
	struct reader	 rd;
	size_t		 have = 0, start, len, eol, ask;
	ssize_t		 got;
	int		 eof = 0, err = 0, skipping = 0;

	reader_init(&rd, ctx, name);
	/* Compressed messages are read as logs are, by content. */
	if (input_open(&in, fd) == -1) {
		input_close(&in);
		errno = in.error == INPUT_ESYS ? in.syserr : EIO;
		return -1;
	}
	while (!eof) {
		ask = sizeof(rbuf) - have;
		got = input_read(&in, rbuf + have, ask < READ_STEP ? ask :
		    READ_STEP);
		if (got < 0) {
			err = in.error == INPUT_ESYS ? in.syserr : EIO;
			got = 0;
		}
		if (got == 0)
			eof = 1;
		have += (size_t)got;
		start = 0;
		while (start < have) {
			len = line_len(rbuf + start, have - start, &eol);
			/* A final CR may pair with an LF still to come. */
			if ((eol == 0 || (eol == 1 && rbuf[start + len] ==
			    '\r' && start + len + 1 == have)) && !eof)
				break;
			if (!skipping)
				feed_line(&rd, rbuf + start, len, 0);
			skipping = 0;
			start += len + eol;
		}
		if (start == 0 && have == sizeof(rbuf)) {
			/* No line end in the buffer: keep the start of it. */
			if (!skipping)
				feed_line(&rd, rbuf, BOUNCE_LINE_MAX, 1);
			skipping = 1;
			start = have;
		}
		memmove(rbuf, rbuf + start, have - start);
		have -= start;
		if (ctx->out != NULL && ferror(ctx->out->fp)) {
			input_close(&in);
			return -2;
		}
	}
	input_close(&in);
	reader_end(&rd);
	if (err) {
		errno = err;
		return -1;
	}
	if (ctx->out != NULL && ferror(ctx->out->fp))
		return -2;
	return 0;
}

/* Read one file of a directory; a file that will not open is reported. */
static int
dir_file(struct bounce_ctx *ctx, const char *dir, const char *name)
{
	/* Static: records and problems point to it while it is read. */
	static char	 path[4096];
	struct stat	 st;
	int		 fd, rc;

	if (name[0] == '.' || join(path, sizeof(path), dir, name) >=
	    sizeof(path))
		return 0;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return 0;
	if ((fd = open(path, O_RDONLY)) == -1) {
		memset(&msg, 0, sizeof(msg));
		msg.file = path;
		report_problem(ctx, BP_UNREADABLE);
		return 0;
	}
	rc = bounce_fd(ctx, fd, path);
	close(fd);
	if (rc == -1) {
		msg.file = path;
		report_problem(ctx, BP_UNREADABLE);
		return 0;
	}
	return rc;
}

/* Read the files of a directory in name order; not its subdirectories. */
static int
dir_read(struct bounce_ctx *ctx, const char *dir)
{
	struct dirent	**list;
	int		 n, i, rc = 0;

	if ((n = scandir(dir, &list, NULL, alphasort)) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		if (rc == 0)
			rc = dir_file(ctx, dir, list[i]->d_name);
		free(list[i]);
	}
	free(list);
	return rc;
}

static int
is_dir(const char *dir, const char *sub)
{
	char		 path[4096];
	struct stat	 st;

	return join(path, sizeof(path), dir, sub) < sizeof(path) && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * Read a file (one message or an mbox) or a directory: a Maildir's cur
 * and new, or the message files of any other directory.  Return 0, -1
 * with errno set if path cannot be read, or -2 if writing failed.
 */
int
bounce_path(struct bounce_ctx *ctx, const char *path)
{
	char		 sub[4096];
	struct stat	 st;
	int		 fd, rc;

	if (stat(path, &st) != 0)
		return -1;
	if (S_ISDIR(st.st_mode)) {
		if (!is_dir(path, "cur") && !is_dir(path, "new"))
			return dir_read(ctx, path);
		rc = 0;
		if (is_dir(path, "cur")) {
			join(sub, sizeof(sub), path, "cur");
			rc = dir_read(ctx, sub);
		}
		if (rc == 0 && is_dir(path, "new")) {
			join(sub, sizeof(sub), path, "new");
			rc = dir_read(ctx, sub);
		}
		return rc;
	}
	if ((fd = open(path, O_RDONLY)) == -1)
		return -1;
	rc = bounce_fd(ctx, fd, path);
	close(fd);
	return rc;
}
