/* Finding status codes in mail-log lines, and reading logs as a stream. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ascii.h"
#include "cpu.h"
#include "finding.h"
#include "input.h"
#include "msg.h"
#include "scan.h"
#include "summary.h"

#define BUFSZ		((size_t)64 * 1024)	/* read buffer; longer lines go in pieces */
#define KEEP_MAX	((size_t)64 * 1024)	/* a line's text kept for JSON, --class */
/*
 * The longest word in the word lists.  They are arrays of KEY_MAX + 1
 * chars, not pointers, which the loader would relocate at each start.
 */
#define KEY_MAX		24
#define CTX_MAX		((size_t)64)	/* a long line's bytes kept before a piece */
#define TAIL_MAX	((size_t)64)	/* bytes after a piece, read with the next */
#define PAD		((size_t)128)	/* bytes before and after the read buffer */

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

/* Whether s[i - 2] and s[i - 1] are an escaped line end or tab: "\r\n250". */
static int
escape_at(const char *s, size_t i)
{
	return i >= 2 && s[i - 2] == '\\' &&
	    (s[i - 1] == 'n' || s[i - 1] == 'r' || s[i - 1] == 't');
}

/* What stands before a code, from weakest to strongest. */
enum left {
	LEFT_NO,	/* nothing says that a code follows */
	LEFT_INDENT,	/* only blanks since the start of the line */
	LEFT_START,	/* the start of a line or of a reply: "\r\n250" */
	LEFT_MARK,	/* a mark or words that announce a reply: "said: " */
	LEFT_STATUS,	/* a status key: an enhanced code, else an HTTP status */
	LEFT_ROW,	/* a field of an export's row after a status word */
	LEFT_ENH,	/* a word before enhanced codes: "DSN status 4.1.1" */
	LEFT_KEY	/* a key whose value is a code: reject=, "code": */
};

/*
 * Words of a key whose value may be a status code: reject=550;
 * PHPMailer's error array gives the enhanced code as smtp_code_ex.
 */
static const char keys[][KEY_MAX + 1] = {
	"action", "c", "code", "data", "detail", "details", "diag", "diagnostic",
	"diagnostic_code", "diagnosticcode", "dsn", "enhanced_code",
	"enhanced_status", "enhanced_status_code", "enhancedcode", "err",
	"error", "error_code", "lr", "message", "msg", "raw_reason", "reason",
	"reject", "rejcode", "rejinfo", "reply", "reply_code", "response",
	"response_code", "responsecode", "result", "smtp", "smtp_code",
	"smtp_code_ex", "smtp_reply", "smtp_response", "smtp_status", "smtpcode",
	"smtpreply", "smtpresponse", "stat", "text",
};

/* The last part of a key that makes it one of keys[]: bounce_reason. */
static const char key_ends[][KEY_MAX + 1] = {
	"code", "diagnostic", "enchcode", "error", "message", "reason",
	"reply", "response",
};

/*
 * Keys whose number is an HTTP status more often than a reply code:
 * "status":200, "statusCode": 404.  An enhanced code is taken there, as
 * after a key that holds only one: "enhanced":"5.1.1", mox's secode=5.7.1,
 * Stalwart's ecode = "5.1.1".
 */
static const char status_keys[][KEY_MAX + 1] = {
	"ecode", "enhanced", "secode", "status", "status_code", "statuscode",
};

/*
 * Words before a colon whose value is a number but no status code:
 * "size: 421", "Subject: 550 days", "bits: 512".
 */
static const char not_keys[][KEY_MAX + 1] = {
	"age", "attempts", "avg", "bits", "bytes", "connections", "count",
	"delay", "duration", "elapsed", "errors", "exceeded", "id", "integer",
	"len", "length", "level", "limit", "line", "lines", "max",
	"messagecount", "messages", "min", "offset", "pid", "port", "pri",
	"priority", "queue", "queued", "rate", "rcpts", "rcvd", "recipients",
	"requests", "retries", "rows_affected", "rows_examined", "rows_sent",
	"score", "size", "subject", "time", "timeout", "timeticks", "total",
	"ttl", "uid", "used", "version",
};

/*
 * The lists of words above and below, a bit each: one table holds them
 * all, each word once with the bits of its lists, hashed, so that a word
 * is looked up in one probe or two whatever the lists' length and order.
 */
enum {
	WL_KEYS = 1 << 0, WL_KEY_ENDS = 1 << 1, WL_STATUS = 1 << 2,
	WL_NOT = 1 << 3, WL_UNITS = 1 << 4, WL_INTRO = 1 << 5,
	WL_INTRO_ENH = 1 << 6, WL_MARK = 1 << 7, WL_FIELD = 1 << 8,
	WL_VERBS = 1 << 9, WL_COMMANDS = 1 << 10
};

#define WORD_SLOTS	512	/* a power of 2, over twice the words */

static struct {
	char		 w[KEY_MAX];
	unsigned char	 len;		/* 0: an empty slot */
	unsigned short	 lists;
} word_slots[WORD_SLOTS];
static int	word_slots_made;

static void	words_make(void);

/* FNV-1a, one byte more. */
static inline uint32_t
word_hash(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

static inline size_t
word_slot(uint32_t h)
{
	return (size_t)((h * 0x9e3779b1u) >> 23) & (WORD_SLOTS - 1);
}

/* The lists of which the n bytes at s, lower-cased, are a word, or 0. */
static unsigned
word_lists(const char *s, size_t n)
{
	char		 w[KEY_MAX];
	uint32_t	 h = 2166136261u;
	size_t		 i, k;

	if (n == 0 || n > KEY_MAX)
		return 0;
	if (!word_slots_made)
		words_make();
	for (i = 0; i < n; i++) {
		w[i] = (char)(is_alpha(s[i]) ? s[i] | 0x20 : s[i]);
		h = word_hash(h, (unsigned char)w[i]);
	}
	for (k = word_slot(h); word_slots[k].len != 0;
	    k = (k + 1) & (WORD_SLOTS - 1))
		if (word_slots[k].len == n && memcmp(word_slots[k].w, w, n) == 0)
			return word_slots[k].lists;
	return 0;
}

/* Whether the n bytes at s, lower-cased, are a word of one of lists. */
static int
word_is(const char *s, size_t n, unsigned lists)
{
	return (word_lists(s, n) & lists) != 0;
}


/*
 * The start of the word of letters and '_' that ends before s[end],
 * however long: the words before two codes never overlap.
 */
static size_t
word_start(const char *s, size_t end)
{
	size_t	 k = end;

	while (k > 0 && (is_alpha(s[k - 1]) || s[k - 1] == '_'))
		k--;
	/* Not the n of "\nSubject:" */
	return k < end && escape_at(s, k + 1) ? k + 1 : k;
}

/* Whether the word that ends just before s[end] is in words[]. */
static int
word_in(const char *s, size_t end, unsigned lists)
{
	size_t	 k = word_start(s, end);

	if (k > 0 && is_alnum(s[k - 1]) && !escape_at(s, k))
		return 0;
	return word_is(s + k, end - k, lists);
}


/*
 * Whether the text before s[end] is the words w, in any case, one space
 * between them, and not the end of a longer word.
 */
static int
words_before(const char *s, size_t end, const char *w)
{
	size_t	 n = strlen(w), i;

	if (end < n || (end > n && is_alpha(s[end - n - 1])))
		return 0;
	for (i = 0; i < n; i++)
		if ((is_alpha(s[end - n + i]) ? s[end - n + i] | 0x20 :
		    s[end - n + i]) != w[i])
			return 0;
	return 1;
}

/*
 * Whether the word s[k] to s[end - 1] is about HTTP: longer than "http"
 * and starting with it, in any case (http_status, HTTPError).
 */
static int
http_word(const char *s, size_t k, size_t end)
{
	return end - k > 4 && (s[k] | 0x20) == 'h' &&
	    (s[k + 1] | 0x20) == 't' && (s[k + 2] | 0x20) == 't' &&
	    (s[k + 3] | 0x20) == 'p';
}

/*
 * What the key that ends before s[end] says of the number after it:
 * LEFT_KEY for keys[] and keys whose last part after '_' or '-' is one
 * of key_ends[] (bounce_reason, enhanced-code), LEFT_STATUS for
 * status_keys[], else LEFT_NO.  Keys about HTTP are none of ours.  The
 * key may be in escaped quotes: \"status\":\"5.1.1\".
 */
static enum left
key_level(const char *s, size_t end)
{
	size_t		 k, part;
	unsigned	 l;

	if (end > 0 && s[end - 1] == '\\')
		end--;
	/*
	 * The whole word, however long: the words before two candidates
	 * never overlap, so reading them all stays linear.
	 */
	for (k = end; k > 0 && (is_alnum(s[k - 1]) || s[k - 1] == '_' ||
	    s[k - 1] == '-'); k--)
		continue;
	if (k < end && escape_at(s, k + 1))
		k++;
	if (k == end || is_digit(s[k]))
		return LEFT_NO;
	if ((l = word_lists(s + k, end - k)) & WL_KEYS)
		return LEFT_KEY;
	if (l & WL_STATUS)
		return LEFT_STATUS;
	if (http_word(s, k, end))
		return LEFT_NO;
	for (part = end - 1; part > k; part--)
		if (s[part - 1] == '_' || s[part - 1] == '-')
			break;
	if (part == k)
		return LEFT_NO;
	if ((l = word_lists(s + part, end - part)) & WL_KEY_ENDS)
		return LEFT_KEY;
	if (l & WL_STATUS)
		return LEFT_STATUS;
	return LEFT_NO;
}

/*
 * Words after a number that make it a quantity: "(250 bytes written)",
 * mailq's last line, "-- 550 Kbytes in 421 Requests.", and IMAP's
 * "* 552 EXISTS".
 */
static const char units[][KEY_MAX + 1] = {
	"attempts", "bits", "bytes", "changes", "connections", "days",
	"emails", "exists", "hours", "items", "kb", "kbytes", "lines", "mails",
	"mb", "messages", "minutes", "ms", "msgs", "rcpts", "recent",
	"recipients", "request", "requests", "s", "sec", "seconds", "secs",
	"sent", "skipped", "times", "users",
};

/*
 * Words that make a capitalised unit the subject of a reply's sentence:
 * "550 Connections not accepted from ...", "421 Messages from ...
 * temporarily deferred", "550 Messages without To: fields are not
 * accepted".
 */
static const char unit_verbs[][KEY_MAX + 1] = {
	"are", "containing", "from", "has", "have", "is", "not", "temporarily",
	"to", "was", "were", "will", "with", "without",
};

/*
 * Whether s[j] starts a blank, then one of units[] as a whole word.  A
 * capital and one of unit_verbs[] after it make it the first word of a
 * reply's text instead (the code has a reply's place: after a mark, a
 * reply's key or at the start of a line); a count is written in lower
 * case ("550 messages") or goes on otherwise ("421 Messages deferred").
 */
static int
unit_after(const char *s, size_t j, size_t n)
{
	size_t	 k, v;

	if (j >= n || s[j] != ' ')
		return 0;
	for (k = j + 1; k < n && k - j <= KEY_MAX && is_alpha(s[k]); k++)
		continue;
	/* An address's local part is no unit: "550 s@example.org ...". */
	if (k == j + 1 || (k < n && (is_alnum(s[k]) || s[k] == '@')) ||
	    !word_in(s, k, WL_UNITS))
		return 0;
	/* A letter: a capital is one that lower() changes. */
	if (lower(s[j + 1]) == s[j + 1] || k >= n || s[k] != ' ')
		return 1;
	for (v = k + 1; v < n && v - k <= KEY_MAX && is_alpha(s[v]); v++)
		continue;
	return v >= n || s[v] != ' ' || !word_in(s, v, WL_VERBS);
}

/*
 * Whether the number v, whose digits end before s[j], is followed by the
 * reason phrase HTTP gives it and SMTP gives no reply (RFC 9110 15.3 and
 * 15.6): "200 OK" is a web server's, where SMTP's success is 250;
 * "503 Service Unavailable" is a web server's, where SMTP's 503 is a bad
 * sequence of commands; "521 Web Server Is Down", a CDN's, where SMTP's
 * 521 is a host that takes no mail (RFC 7504).  The phrase may stand in
 * parentheses: "API response 422 (Unprocessable Entity)".
 */
static int
http_phrase_after(const char *s, size_t j, size_t n, int v)
{
	static const struct {
		int		 v;
		const char	*text;
	} phrases[] = {
		/* SMTP has no reply 200 to 209 (RFC 5321 4.2.1 and 4.2.3);
		 * 400 to 409 alone are refused before this is asked. */
		{ 200, "ok" }, { 201, "created" }, { 202, "accepted" },
		{ 204, "no content" }, { 421, "misdirected request" },
		{ 422, "unprocessable entity" },
		{ 422, "unprocessable content" }, { 423, "locked" },
		{ 424, "failed dependency" }, { 425, "too early" },
		{ 426, "upgrade required" }, { 428, "precondition required" },
		{ 429, "too many requests" },
		{ 431, "request header fields too large" },
		{ 500, "internal server error" }, { 501, "not implemented" },
		{ 502, "bad gateway" }, { 503, "service unavailable" },
		{ 504, "gateway timeout" },
		{ 505, "http version not supported" },
		{ 507, "insufficient storage" }, { 508, "loop detected" },
		{ 510, "not extended" },
		{ 511, "network authentication required" },
		/* A CDN's answer when the web server behind it is down. */
		{ 521, "web server is down" },
	};
	size_t	 p, k, l;

	if (j >= n || s[j] != ' ')
		return 0;
	j++;
	if (j < n && s[j] == '(')
		j++;
	for (p = 0; p < sizeof(phrases) / sizeof(phrases[0]); p++) {
		if (phrases[p].v != v)
			continue;
		l = strlen(phrases[p].text);
		if (n - j < l || (n - j > l && is_alnum(s[j + l])))
			continue;
		for (k = 0; k < l; k++)
			if ((is_alpha(s[j + k]) ? s[j + k] | 0x20 : s[j + k]) !=
			    phrases[p].text[k])
				break;
		if (k == l)
			return 1;
	}
	return 0;
}

/*
 * Whether the line that starts at s, a code at s[i], is an FTP server's or
 * client's, by the syslog tag that its first '[' ends: "proftpd[6620]:",
 * "vsftpd[12]:", "lftp[3301]:".  FTP's replies have SMTP's shape.
 */
static int
ftp_tag(const char *s, size_t i)
{
	const char	*p = memchr(s, '[', i < 64 ? i : 64);

	return p != NULL && p - s >= 4 && (memcmp(p - 4, "ftpd", 4) == 0 ||
	    memcmp(p - 4, "lftp", 4) == 0);
}

/*
 * Whether the k bytes at s are the start of a line of Exchange's message
 * tracking log, whose event id stands between commas in its first
 * fields (the first 512 bytes are read, so that a line of many quoted
 * numbers stays linear): a quoted field after them may be a recipient's
 * status, '"250 Requested mail action okay, completed"'.
 */
static int
tracking_line(const char *s, size_t k)
{
	static const char *const events[] = {
		",SEND,", ",FAIL,", ",DSN,", ",DEFER,", ",DELIVER,",
		",RECEIVE,", ",RESUBMIT,",
	};
	size_t	 i, len, j;

	if (k > 512)
		k = 512;
	for (i = 0; i < sizeof(events) / sizeof(events[0]); i++)
		for (len = strlen(events[i]), j = 0; j + len <= k; j++)
			if (memcmp(s + j, events[i], len) == 0)
				return 1;
	return 0;
}

/*
 * Whether one of the three fields before the delimiter at s[k], a comma
 * or a bar, is a delivery's status word, quoted or not: an export's row,
 * where an enhanced code may be a field of its own ('"bounced","5.3.4"',
 * "|milter-reject|END-OF-MESSAGE|4.7.1|").  At most 128 bytes are read.
 */
static int
status_fields(const char *s, size_t k)
{
	char	 d = s[k];
	size_t	 end = k, start, a, b, f;

	for (f = 0; f < 3 && end > 0 && k - end < 128; f++, end = start - 1) {
		for (start = end; start > 0 && s[start - 1] != d &&
		    k - start < 128; start--)
			continue;
		a = start;
		b = end;
		if (b - a >= 2 && s[a] == '"' && s[b - 1] == '"') {
			a++;
			b--;
		}
		if (word_is(s + a, b - a, WL_FIELD))
			return 1;
		if (start == 0 || s[start - 1] != d)
			return 0;
	}
	return 0;
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

/* Words of a delivery's status, a field of an export's row of its own. */
static const char field_words[][KEY_MAX + 1] = {
	"bounce", "bounced", "defer", "deferred", "delayed", "failed",
	"milter-reject", "reject", "rejected",
};

/* Words after which a bare code is a reply: "the server replied 550". */
static const char intro_words[][KEY_MAX + 1] = {
	"answered", "code", "replied", "reply", "responded", "response",
	"returned", "said",
};

/*
 * Words after which an enhanced code is a status: "DSN status 4.1.1",
 * "Erreur permanente 5.1.2", and Postfix's access actions, "REJECT
 * 5.7.1", "DEFER_IF_PERMIT 4.7.1".
 */
static const char intro_enhanced[][KEY_MAX + 1] = {
	"defer", "defer_if_permit", "defer_if_reject", "dsn", "erreur", "error",
	"fehler", "into", "permanent", "permanente", "reject", "status",
	"temporaire", "temporary",
};

/*
 * SMTP commands without arguments, after which a log's column gives the
 * reply (bare_command()).  BDAT is not among them: its number is a size.
 */
static const char commands[][KEY_MAX + 1] = {
	"data", "noop", "quit", "rset", "starttls",
};

/* Words glued to a transcript mark: "S:250", "SERVER:220", "SMTP<< 250". */
static const char mark_words[][KEY_MAX + 1] = {
	"recv", "reply", "response", "s", "server", "smtp",
};

#define WL(w, bit)	{ (w), sizeof(w) / sizeof((w)[0]), (bit) }

/* Fill word_slots from the lists, once. */
static void
words_make(void)
{
	static const struct {
		const char	(*w)[KEY_MAX + 1];
		size_t		 n;
		unsigned	 bit;
	} lists[] = {
		WL(keys, WL_KEYS), WL(key_ends, WL_KEY_ENDS),
		WL(status_keys, WL_STATUS), WL(not_keys, WL_NOT),
		WL(units, WL_UNITS), WL(intro_words, WL_INTRO),
		WL(intro_enhanced, WL_INTRO_ENH), WL(mark_words, WL_MARK),
		WL(field_words, WL_FIELD), WL(unit_verbs, WL_VERBS),
		WL(commands, WL_COMMANDS),
	};
	uint32_t	 h;
	size_t		 i, j, k, n;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		for (j = 0; j < lists[i].n; j++) {
			n = strlen(lists[i].w[j]);
			h = 2166136261u;
			for (k = 0; k < n; k++)
				h = word_hash(h, (unsigned char)lists[i].w[j][k]);
			for (k = word_slot(h); word_slots[k].len != 0 &&
			    (word_slots[k].len != n || memcmp(word_slots[k].w,
			    lists[i].w[j], n) != 0);
			    k = (k + 1) & (WORD_SLOTS - 1))
				continue;
			memcpy(word_slots[k].w, lists[i].w[j], n);
			word_slots[k].len = (unsigned char)n;
			word_slots[k].lists |= (unsigned short)lists[i].bit;
		}
	word_slots_made = 1;
}

/* Room for every word, twice over: probes stay short and always end. */
_Static_assert(sizeof(keys) + sizeof(key_ends) + sizeof(status_keys) +
    sizeof(not_keys) + sizeof(units) + sizeof(intro_words) +
    sizeof(intro_enhanced) + sizeof(mark_words) + sizeof(field_words) +
    sizeof(unit_verbs) + sizeof(commands) <=
    (KEY_MAX + 1) * WORD_SLOTS / 2, "word_slots is too small");

/*
 * Whether the word before s[end] is one of not_keys[] or ends with one
 * after '_': "first_valid_uid (500)", "max_rcpts: 550".
 */
static int
not_key_before(const char *s, size_t end)
{
	size_t	 k, part;

	if (word_in(s, end, WL_NOT))
		return 1;
	k = word_start(s, end);
	for (part = end; part > k && s[part - 1] != '_'; part--)
		continue;
	return part > k && part < end && word_is(s + part, end - part,
	    WL_NOT);
}

/*
 * Whether the word before s[colon] is a type of SNMP's, letters then 32
 * or 64, whose value is a counter's: "Counter32: 421", "Gauge32: 550".
 */
static int
snmp_type(const char *s, size_t colon)
{
	return colon >= 3 && is_alpha(s[colon - 3]) &&
	    ((s[colon - 2] == '3' && s[colon - 1] == '2') ||
	    (s[colon - 2] == '6' && s[colon - 1] == '4'));
}

/*
 * What the colon at s[colon] says of the number after it.  In JSON
 * ("key":) what its key says; elsewhere any word but not_keys[] ("size:").
 */
static enum left
colon_level(const char *s, size_t colon)
{
	size_t	 k;

	if (colon >= 1 && s[colon - 1] == '"')
		return key_level(s, colon - 1);
	if (not_key_before(s, colon) || snmp_type(s, colon))
		return LEFT_NO;
	k = word_start(s, colon);
	if (word_is(s + k, colon - k, WL_STATUS))
		return LEFT_STATUS;
	/* Python's "HTTPError: 500 Server Error" */
	if (http_word(s, k, colon))
		return LEFT_NO;
	return LEFT_MARK;
}

/*
 * Whether s[end] is in a URL: "://" before it, in the same run of bytes
 * without a blank or a quote.
 */
static int
in_url(const char *s, size_t end)
{
	size_t	 k;

	for (k = end; k >= 3 && end - k < 2048; k--) {
		if (is_blank(s[k - 1]) || s[k - 1] == '"' || s[k - 1] == '\'')
			return 0;
		if (s[k - 1] == '/' && s[k - 2] == '/' && s[k - 3] == ':')
			return 1;
	}
	return 0;
}

/* Whether the n bytes at s hold IIS's SMTP service name: "SMTPSVC1". */
static int
iis_smtp(const char *s, size_t n)
{
	const char	*p = s;

	while ((p = memchr(p, 'S', n - (size_t)(p - s))) != NULL) {
		if ((size_t)(p - s) + 7 <= n && memcmp(p, "SMTPSVC", 7) == 0)
			return 1;
		p++;
	}
	return 0;
}

/*
 * Whether the '>' at s[k] ends the address of an SMTP command given
 * before its reply, as servers log the two on one line: "RCPT
 * TO:<a@b> 550 ...", "MAIL FROM:<a@b> 250 ...".  At most 320 bytes
 * back.
 */
static int
command_address(const char *s, size_t k)
{
	size_t	 j;

	for (j = k; j > 0 && k - j < 320 && s[j - 1] != '<'; j--)
		if (is_blank(s[j - 1]))
			return 0;
	if (j < 2 || s[j - 1] != '<' || s[j - 2] != ':')
		return 0;
	return words_before(s, j - 2, "rcpt to") ||
	    words_before(s, j - 2, "mail from");
}

/*
 * Whether the run of transcript marks that ends before s[end] stands
 * alone or after "SMTP": "<<< 250", "SMTP<< 250".
 */
static enum left
arrows_level(const char *s, size_t end, int start)
{
	size_t	 k = end;

	while (k > 0 && is_arrow(s[k - 1]))
		k--;
	if (k == 0)
		return start ? LEFT_START : LEFT_NO;
	/*
	 * A dash alone between blanks parts fields: an enhanced code may
	 * follow, as in Cisco's "to RID 0 - 5.1.0 - Unknown address
	 * error", but a number alone is a field's, as in IIS's "Mozilla/5.0
	 * - 401 1 2148074254 15", not a reply after a transcript's arrow.
	 */
	if (end - k == 1 && s[k] == '-' && is_blank(s[k - 1]))
		return LEFT_ENH;
	/*
	 * Perl's Net::SMTP names the object that talks before its marks:
	 * "Net::SMTP=GLOB(0x55e0)<<< 250 OK".  IIS's SMTP log gives the
	 * status after the command's address: "RCPT +TO:<a@b> 550 0 ...";
	 * MailEnable's SMTP-IN log the reply: "RCPT TO:<a@b> 550 Requested
	 * action not taken...".
	 */
	if (is_blank(s[k - 1]) || word_in(s, k, WL_MARK) ||
	    (end - k >= 2 && s[k - 1] == ')') ||
	    (end - k == 1 && s[k] == '>' && (iis_smtp(s, k) ||
	    (is_blank(s[end]) && command_address(s, k)))))
		return LEFT_MARK;
	return LEFT_NO;
}

/* The level of a key in "key = value", the '=' at s[eq]. */
static enum left
spaced_key(const char *s, size_t eq)
{
	while (eq > 0 && s[eq - 1] == ' ')
		eq--;
	return key_level(s, eq);
}

/*
 * Whether s[j] starts " (Name)", Name the name of the reply code v in
 * the table or one of its aliases: .NET and MailKit write a status code
 * with its name, "StatusCode=550 (MailboxUnavailable)", which no other
 * number has.  A name of four letters or more, in capitals first as the
 * enumerations write them: 250's "Ok" is a word of any log.
 */
static int
enum_name_after(const char *s, size_t j, size_t n, int v)
{
	const struct reply	*r;
	char			 name[48];
	size_t			 k, len;

	if (j + 2 >= n || s[j] != ' ' || s[j + 1] != '(' ||
	    s[j + 2] < 'A' || s[j + 2] > 'Z')
		return 0;
	for (k = j + 2; k < n && k - j - 2 < sizeof(name) - 1 &&
	    is_alpha(s[k]); k++)
		continue;
	len = k - j - 2;
	if (len < 4 || k >= n || s[k] != ')')
		return 0;
	memcpy(name, s + j + 2, len);
	name[len] = '\0';
	return (r = reply_by_name(name)) != NULL && r->value == v;
}

/*
 * The same written the other way, "Name(550)", as MailKit's exceptions
 * print a status: the code at s[i] in parentheses right after the name
 * of its reply code, which ends before s[i - 1].
 */
static int
enum_name_before(const char *s, size_t i, size_t n, int v)
{
	const struct reply	*r;
	char			 name[48];
	size_t			 k, len;

	if (i < 5 || s[i - 1] != '(' || i + 3 >= n || s[i + 3] != ')')
		return 0;
	for (k = i - 1; k > 0 && i - 1 - k < sizeof(name) - 1 &&
	    is_alpha(s[k - 1]); k--)
		continue;
	len = i - 1 - k;
	/* cppcheck takes i >= 5 for a name of five letters or more. */
	/* cppcheck-suppress knownConditionTrueFalse */
	if (len < 4 || s[k] < 'A' || s[k] > 'Z' || (k > 0 &&
	    (is_digit(s[k - 1]) || s[k - 1] == '_')))
		return 0;
	memcpy(name, s + k, len);
	name[len] = '\0';
	return (r = reply_by_name(name)) != NULL && r->value == v;
}

/*
 * Whether an SMTP command without arguments, in capitals, ends before
 * s[end] and starts the line or follows a blank: a log that gives the
 * command and the reply in columns, as MailEnable's, "DATA 554
 * Transaction failed".
 */
static int
bare_command(const char *s, size_t end)
{
	size_t	 k = word_start(s, end), i;

	if (k == end || (k > 0 && !is_blank(s[k - 1])))
		return 0;
	for (i = k; i < end; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return word_is(s + k, end - k, WL_COMMANDS);
}

/*
 * What stands before the blanks that end at s[k]: "said: ", "; ", "<<< ",
 * a number of words, a pid column, "<addr>... ".
 */
static enum left
blank_level(const char *s, size_t k, int start)
{
	size_t	 d;
	int	 c;

	while (k > 0 && is_blank(s[k - 1]))
		k--;
	if (k == 0)
		return start ? LEFT_INDENT : LEFT_NO;
	c = (unsigned char)s[k - 1];
	if (c == ';')
		return LEFT_MARK;
	if (c == ':')
		return colon_level(s, k - 1);
	if (c == '\r' || escape_at(s, k))
		return LEFT_START;
	if (c == '=' && (k < 2 || !is_arrow(s[k - 2])))
		return spaced_key(s, k - 1);
	if (is_alpha(c)) {
		/* Symfony's "Expected response code 250 but got code 550":
		 * the code that did not come.  Go's "SMTP error 421: ...". */
		if (words_before(s, k, "expected response code"))
			return LEFT_NO;
		if (word_in(s, k, WL_INTRO) || words_before(s, k,
		    "smtp error") || bare_command(s, k))
			return LEFT_MARK;
		return word_in(s, k, WL_INTRO_ENH) ? LEFT_ENH : LEFT_NO;
	}
	/* Sendmail: "554 5.0.0 <a@b>... 550 Host unknown" */
	if (c == '.')
		return k >= 3 && s[k - 2] == '.' && s[k - 3] == '.' ?
		    LEFT_MARK : LEFT_NO;
	if (is_digit(c)) {
		/* A process id in a column of its own: "  308     250-SIZE" */
		for (d = k - 1; d > 0 && k - d < 10 && is_digit(s[d - 1]); d--)
			continue;
		while (d > 0 && s[d - 1] == ' ')
			d--;
		return d == 0 && start ? LEFT_START : LEFT_NO;
	}
	if (!is_arrow(c))
		return LEFT_NO;
	return arrows_level(s, k, start);
}

/*
 * Whether s[k - 1] is the comma after vsftpd's client address, where an
 * FTP server's reply follows: FTP response: Client "192.0.2.7", "550 ...
 */
static int
ftp_response(const char *s, size_t k)
{
	size_t	 j;

	if (k < 2 || s[k - 1] != ',' || s[k - 2] != '"')
		return 0;
	for (j = k - 2; j > 0 && s[j - 1] != '"' && k - j < 64; j--)
		continue;
	return j > 0 && s[j - 1] == '"' &&
	    words_before(s, j - 1, "ftp response: client ");
}

/* What stands before the quote at s[q]: reject="550, b'250, "key": "550. */
static enum left
quote_level(const char *s, size_t q, int start)
{
	size_t	 k;
	int	 c;

	if (q == 0)
		return start ? LEFT_START : LEFT_NO;
	/* A quote escaped in a JSON string: \"reason\":\"550 */
	if (s[q - 1] == '\\' && --q == 0)
		return LEFT_NO;
	c = (unsigned char)s[q - 1];
	if (c == '=')
		return key_level(s, q - 1);
	/* Python's bytes: reply: b'250 OK' */
	if (c == 'b' && (q == 1 || is_blank(s[q - 2]) || s[q - 2] == '('))
		return LEFT_MARK;
	if (c == ':')
		return colon_level(s, q - 1);
	if (is_blank(c)) {
		for (k = q - 1; k > 0 && is_blank(s[k - 1]); k--)
			continue;
		if (k > 0 && s[k - 1] == ':')
			return colon_level(s, k - 1);
		if (k > 0 && s[k - 1] == '=')
			return spaced_key(s, k - 1);
		if (words_before(s, k, "expected response code") ||
		    ftp_response(s, k))
			return LEFT_NO;
		return LEFT_MARK;
	}
	if (c == '(' || c == '[')
		return LEFT_MARK;
	if (c == ',' && (exchange_event(s, q - 1) || tracking_line(s, q - 1)))
		return LEFT_MARK;
	return (c == ',' || c == '|') && status_fields(s, q - 1) ?
	    LEFT_ROW : LEFT_NO;
}

/*
 * Whether the word that ends before s[end] is a host name, its last
 * label a word: "mx.b.example", not "5.4.0-182-generic" nor "v1.2".
 */
static int
host_before(const char *s, size_t end)
{
	size_t	 k, dot = 0;

	for (k = end; k > 0 && end - k < 255 && (is_alnum(s[k - 1]) ||
	    s[k - 1] == '-' || s[k - 1] == '.'); k--)
		if (s[k - 1] == '.' && dot == 0)
			dot = k;
	return dot > k + 1 && dot < end && is_alpha(s[dot]) &&
	    is_alnum(s[end - 1]);
}

/*
 * What stands before s[i], a code: the start of the line, "said: ",
 * "; ", "<<< ", "(", "#", reject=, stat="...  Before s[0] is the start
 * of the line if start is set, and unknown if not.
 */
static enum left
left_of(const char *s, size_t i, int start)
{
	size_t	 k;
	int	 c;

	if (i == 0)
		return start ? LEFT_START : LEFT_NO;
	c = (unsigned char)s[i - 1];
	switch (c) {
	case '=':
		/* Not a link's query: "https://b.example/r?code=550&x=1" */
		return in_url(s, i - 1) ? LEFT_NO : key_level(s, i - 1);
	case '"':
	case '\'':
		return quote_level(s, i - 1, start);
	case '#':
		if (i == 1 || s[i - 2] == '(' || s[i - 2] == '<')
			return LEFT_MARK;
		if (!is_blank(s[i - 2]))
			return LEFT_NO;
		/*
		 * After a blank, a number is a reply after a host, as
		 * Exchange quotes one ("<mx.b.example #553 sorry...>"), or
		 * after words that say one follows ("server reply #552"),
		 * not a ticket's or an issue's ("Ticket #421", "issues
		 * #550"); an enhanced code may stand there anyway.
		 */
		for (k = i - 2; k > 0 && is_blank(s[k - 1]); k--)
			continue;
		return k > 0 && (word_in(s, k, WL_INTRO) ||
		    host_before(s, k)) ? LEFT_MARK : LEFT_ENH;
	case '(':
		/* Not a call or a line number: SmtpClient.php(418); nor the
		 * port of a named service: service "smtps" (465) */
		if (i >= 3 && s[i - 2] == ' ' && s[i - 3] == '"')
			return LEFT_NO;
		/* nor a setting's value: first_valid_uid (500) */
		if (i >= 3 && s[i - 2] == ' ' && not_key_before(s, i - 2))
			return LEFT_NO;
		/* A key's value in parentheses is the key's: TTL=(421). */
		if (i >= 2 && s[i - 2] == '=')
			return in_url(s, i - 2) ? LEFT_NO : key_level(s, i - 2);
		return i == 1 || !is_alnum(s[i - 2]) ? LEFT_MARK : LEFT_NO;
	case ';':
		/* "smtp;550", not a field of a ';'-separated file */
		return i >= 2 && is_alpha(s[i - 2]) ? LEFT_MARK : LEFT_NO;
	case ':':
		/* JSON "code":550, marks "S:250", "FROM SERVER:220" */
		if (i >= 2 && s[i - 2] == '"')
			return colon_level(s, i - 1);
		if (word_in(s, i - 1, WL_MARK))
			return LEFT_MARK;
		/* A field printed as a struct's: Go's {Code:421, Msg:"..."} */
		return key_level(s, i - 1);
	case '<':
	case '>':
		/* A transcript mark written against the code: <<<250 */
		return arrows_level(s, i, start);
	case ',':
		/* Exchange protocol logs: ...,>,220 EX01 ready */
		if (exchange_event(s, i - 1))
			return LEFT_MARK;
		return status_fields(s, i - 1) ? LEFT_ROW : LEFT_NO;
	case '|':
		if (status_fields(s, i - 1))
			return LEFT_ROW;
		break;
	case '\r':
	case '\n':
		return LEFT_START;
	}
	if (escape_at(s, i))
		return LEFT_START;
	if (!is_blank(c))
		return LEFT_NO;
	return blank_level(s, i - 1, start);
}

/*
 * Whether s[j] is a colon that ends a reply code after a mark: Go's "SMTP
 * error 421: ...", "said: 554: delivery error".
 */
static int
colon_after(const char *s, size_t j, size_t n)
{
	return j < n && s[j] == ':' && (j + 1 == n || s[j + 1] == ' ' ||
	    s[j + 1] == '\t');
}

/*
 * Whether Yahoo's "554: delivery error: dd ..." follows the code at the
 * start of a line, as its notices give a recipient's reply.  Another
 * number and colon there is a line's number ("421: text").
 */
static int
delivery_error_after(const char *s, size_t j, size_t n)
{
	return n - j >= 17 && memcmp(s + j, ": delivery error:", 17) == 0;
}

/*
 * Whether s[j] starts, in UTF-8, a blank or a mark of Chinese and
 * Japanese text, which run on without a space: the ideographic space,
 * comma and full stop, the full-width brackets, comma and colon
 * ("4.4.1（...）").
 */
static int
cjk_mark(const char *s, size_t j, size_t n)
{
	int	 a, b;

	if (j + 2 >= n)
		return 0;
	a = (unsigned char)s[j + 1];
	b = (unsigned char)s[j + 2];
	return ((unsigned char)s[j] == 0xe3 && a == 0x80 && b <= 0x82) ||
	    ((unsigned char)s[j] == 0xef && a == 0xbc && (b == 0x88 ||
	    b == 0x89 || b == 0x8c || b == 0x9a));
}

/*
 * Whether the code at s[i] follows the full-width colon of Chinese or
 * Japanese text (U+FF1A) and a reply's English words follow it, as a
 * notice quotes the server: "对方服务器返回：550 User not found"; not
 * a port ("端口：587 open"), whose second digit no reply has.
 */
static int
cjk_colon_reply(const char *s, size_t i, size_t n)
{
	return i >= 3 && (unsigned char)s[i - 3] == 0xef &&
	    (unsigned char)s[i - 2] == 0xbc && (unsigned char)s[i - 1] == 0x9a &&
	    s[i + 1] <= '5' && i + 4 < n && s[i + 3] == ' ' && is_alpha(s[i + 4]);
}

/* Whether s[j] may follow any code: the end, a blank, a closing mark. */
static int
ends_code(const char *s, size_t j, size_t n)
{
	int	 c;

	if (j >= n)
		return 1;
	c = (unsigned char)s[j];
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' ||
	    c == '\'' || c == ')' || c == ',' || c == ';' || c == '}' ||
	    c == '\\' || (c >= 0xe3 && cjk_mark(s, j, n));
}

/*
 * Whether a reply's text joined by '_' starts at s[j], as spamdyke logs
 * it after its own words: "reason: 554_Refused._Your_IP_address...".
 * Three '_' before a blank, within 40 bytes, the first after the code.
 */
static int
joined_after(const char *s, size_t j, size_t n)
{
	size_t	 k, seen = 0;

	if (j + 1 >= n || s[j] != '_' || !is_alpha(s[j + 1]))
		return 0;
	for (k = j; k < n && k - j < 40 && s[k] != ' ' && s[k] != '\t'; k++)
		if (s[k] == '_' && ++seen == 3)
			return 1;
	return 0;
}

/*
 * Whether a basic code may end before s[j]: "250-PIPELINING",
 * "250-8BITMIME" too, not "555-1234"; the end of a sentence; '_' in
 * qmail's lines only, where it stands before the code too.
 */
static int
right_basic(const char *s, size_t j, size_t n, int under)
{
	size_t	 k;

	if (ends_code(s, j, n))
		return 1;
	switch (s[j]) {
	case '_':
		return under;
	case '-':
		for (k = j + 1; k < n && is_digit(s[k]); k++)
			continue;
		return k == j + 1 || (k < n && is_alpha(s[k]));
	case '.':
		return j + 1 >= n || s[j + 1] == ' ' || s[j + 1] == '\r' ||
		    s[j + 1] == '"' || s[j + 1] == '\\';
	}
	return 0;
}

/* Whether a lone enhanced code may end before s[j]: "(#5.1.1)", "5.1.1." */
static int
right_enhanced(const char *s, size_t j, size_t n, int under)
{
	if (ends_code(s, j, n) || s[j] == ']' || s[j] == '>')
		return 1;
	if (s[j] == '_')
		return under;
	if (s[j] == '.' || s[j] == ':')
		return j + 1 >= n || s[j + 1] == ' ' || s[j + 1] == '\r' ||
		    s[j + 1] == '"' || s[j + 1] == '\\';
	return 0;
}

/*
 * Whether s[j] ends a field after a key: of a form-encoded body,
 * "code=550&error=...", of a record of fields between bars, as mail
 * gateways export them, "RejCode=550|RejInfo=...", and, when plus, the
 * '+' that stands for a blank in its value: "error=5.1.1+The+account...".
 */
static int
form_after(const char *s, size_t j, size_t n, int plus)
{
	return j < n && (s[j] == '&' || s[j] == '|' || (plus && s[j] == '+'));
}

/* 1 to 3 digits without a leading zero at s[j]; return the end or 0. */
static inline size_t
number_at(const char *s, size_t j, size_t n, int *v)
{
	size_t	 k = j;

	*v = 0;
	if (k >= n || !is_digit(s[k]))
		return 0;
	*v = s[k++] - '0';
	if (k >= n || !is_digit(s[k]))
		return k;
	if (s[j] == '0')
		return 0;
	*v = *v * 10 + (s[k++] - '0');
	if (k >= n || !is_digit(s[k]))
		return k;
	*v = *v * 10 + (s[k++] - '0');
	return k < n && is_digit(s[k]) ? 0 : k;
}

/*
 * An enhanced code at s[i] in RFC 3463's syntax: class 2, 4 or 5, then
 * a subject and a detail of 1 to 3 digits without leading zeros, and
 * not part of a longer dotted number.  Return the end, or 0.
 */
static inline size_t
enhanced_at(const char *s, size_t i, size_t n, struct scan_code *c)
{
	size_t	 k;

	if (i + 4 >= n || (s[i] != '2' && s[i] != '4' && s[i] != '5') ||
	    s[i + 1] != '.')
		return 0;
	if ((k = number_at(s, i + 2, n, &c->subject)) == 0 || k >= n ||
	    s[k] != '.')
		return 0;
	if ((k = number_at(s, k + 1, n, &c->detail)) == 0)
		return 0;
	/* Not 2.1.5.7, 4.0.0.1, 5.4.0-150-generic */
	if (k < n && (is_digit(s[k]) || ((s[k] == '.' || s[k] == '-') &&
	    k + 1 < n && is_digit(s[k + 1]))))
		return 0;
	c->kind = KIND_ENHANCED;
	c->class = s[i] - '0';
	c->value = 0;
	c->offset = i;
	return k;
}

/*
 * A code as one number, the same for the same code: a reply code's
 * value, below 1000, or an enhanced code's class, subject and detail in
 * ten bits each (they are below 1000), 2 << 20 or more.
 */
static inline uint32_t
code_key(const struct scan_code *c)
{
	if (c->kind == KIND_BASIC)
		return (uint32_t)c->value;
	return (uint32_t)c->class << 20 | (uint32_t)c->subject << 10 |
	    (uint32_t)c->detail;
}

/*
 * Keep a code once per line, in the order found.  seen has a bit for each
 * code kept, hashed from its key: the codes kept are compared only when
 * the bit is set.  An enhanced code kept alone that comes again after a
 * reply code takes that reply code: in "dsn=5.1.1 ... said: 550 5.1.1"
 * the pair is 550 and the first 5.1.1.
 */
static inline void
add_code(struct scan_result *r, const struct scan_code *c, size_t base)
{
	uint32_t	 key = code_key(c);
	uint64_t	 bit = (uint64_t)1 << (key * 2654435761u >> 26);
	size_t		 i;

	if (r->n == 0)
		r->seen = 0;
	if (r->seen & bit)
		for (i = 0; i < r->n; i++)
			if (code_key(&r->codes[i]) == key) {
				if (r->codes[i].value == 0)
					r->codes[i].value = c->value;
				return;
			}
	if (r->n == SCAN_MAX)
		return;
	r->seen |= bit;
	r->codes[r->n] = *c;
	r->codes[r->n].offset += base;
	r->n++;
}

/*
 * Whether s[i] may start a code: a digit 2 to 5 that starts a word, or
 * follows an escaped line end ("\r\n250") or a percent-encoded byte
 * ("%3B550").
 */
static inline int
candidate_at(const char *s, size_t i)
{
	return s[i] >= '2' && s[i] <= '5' && (i == 0 ||
	    !(is_alnum(s[i - 1]) || s[i - 1] == '.') || escape_at(s, i) ||
	    pct_before(s, i));
}

/*
 * Whether the number at s[i] is the code of a Python exception's
 * repr(), with the reply's bytes after it: SMTPDataError(550, b'5.7.1
 * ...'), as smtplib makes them.
 */
static int
python_reply(const char *s, size_t i, size_t n)
{
	return i > 0 && s[i - 1] == '(' && i + 7 <= n && s[i + 3] == ',' &&
	    s[i + 4] == ' ' && s[i + 5] == 'b' &&
	    (s[i + 6] == '\'' || s[i + 6] == '"');
}

/*
 * Whether the code at s[i] is a field of a row of bounces between an
 * address and the reply's text, quoted, a sentence:
 * 'a@b.example,550,"No such user here"'.  The address may be quoted
 * too; at most 320 bytes are read each way.
 */
static int
csv_reply(const char *s, size_t i, size_t n)
{
	size_t	 k, at = 0, j;

	if (i < 4 || s[i - 1] != ',' || i + 6 >= n || s[i + 3] != ',' ||
	    s[i + 4] != '"' || !is_alpha(s[i + 5]))
		return 0;
	k = i - 1;
	if (s[k - 1] == '"')
		k--;
	for (; k > 0 && i - k < 320 && s[k - 1] != ',' && s[k - 1] != '"' &&
	    !is_blank(s[k - 1]); k--)
		if (s[k - 1] == '@')
			at++;
	if (at != 1 || !(k == 0 || s[k - 1] == ',' || s[k - 1] == '"'))
		return 0;
	for (j = i + 5; j < n && j - i < 320 && s[j] != '"'; j++)
		if (s[j] == ' ')
			return 1;
	return 0;
}

/*
 * Look for a code at s[i], a candidate; add what is found to r.  Return
 * where to look next.  A reply code followed by an enhanced code ("550
 * 5.1.1", "550-5.1.1", "550_5.1.1") is trusted wherever it stands; a lone
 * code only where what stands before it says a reply follows.  Subjects
 * above 7, which no registry lists, need a key or words before them, so
 * that version numbers (2.10.1) at the start of a line are left alone.
 */
static size_t
code_at(const char *s, size_t i, size_t n, int start, size_t base,
    struct scan_result *r)
{
	struct scan_code	 b, e;
	enum left		 left;
	size_t			 j, end;
	int			 c = (unsigned char)s[i], under, comma;

	if (i + 2 >= n)
		return n;
	under = (i > 0 && s[i - 1] == '_') || joined_after(s, i + 3, n);
	if (s[i + 1] == '.') {
		if ((end = enhanced_at(s, i, n, &e)) == 0)
			return i + 1;
		left = left_of(s, i, start);
		/* qmail's "(#5.1.1_-_chkuser)", its blanks made '_'. */
		if (i >= 2 && s[i - 1] == '#' && s[i - 2] == '(')
			under = 1;
		if (left != LEFT_NO && (e.subject <= 7 || left >= LEFT_STATUS) &&
		    (right_enhanced(s, end, n, under) ||
		    (left >= LEFT_STATUS && form_after(s, end, n, 1))))
			add_code(r, &e, base);
		return end;
	}
	if (!is_digit(s[i + 1]) || !is_digit(s[i + 2]) ||
	    (i + 3 < n && is_alnum(s[i + 3])))
		return i + 1;
	b.kind = KIND_BASIC;
	b.class = c - '0';
	b.value = (c - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
	b.offset = i;
	/*
	 * The separators of a pair, then the enhanced code: blanks, or a
	 * '-' (a reply's line that goes on), or a '+' or "%20" (a blank in
	 * IIS's W3C logs, a form body or a URL); or a ',' between two columns of a table of bounces
	 * (the second field bare or quoted) or in words ("code 550, 5.1.1"),
	 * where the two must be of one class, as a pair is, or they are
	 * numbers.
	 */
	j = i + 3;
	comma = j + 1 < n && s[j] == ',';
	if (j + 3 < n && s[j] == '%' && s[j + 1] == '2' && s[j + 2] == '0')
		j += 3;
	else if (j < n && (s[j] == '-' || s[j] == '+' || is_blank(s[j]))) {
		if (is_blank(s[j++]))
			while (j < n && is_blank(s[j]))
				j++;
		if (j < n && s[j] == '#')
			j++;
	} else if (comma)
		j += 1 + (s[j + 1] == '"' || s[j + 1] == ' ');
	if (j > i + 3 && (end = enhanced_at(s, j, n, &e)) != 0 && (!comma ||
	    (e.class == b.class && right_enhanced(s, end, n, 0)))) {
		e.value = b.value;
		add_code(r, &b, base);
		add_code(r, &e, base);
		return end;
	}
	if (enum_name_after(s, i + 3, n, b.value) ||
	    enum_name_before(s, i, n, b.value)) {
		add_code(r, &b, base);
		return i + 3;
	}
	left = left_of(s, i, start);
	if (left == LEFT_NO && (csv_reply(s, i, n) || cjk_colon_reply(s, i, n)))
		left = LEFT_MARK;
	/*
	 * An indented number is a counter or a pid, unless a reply goes on.
	 * SMTP has no reply 200 to 209: after a key, that is HTTP's status
	 * ('"code":200' in a service's answer); nor a second digit above 5
	 * (RFC 5321 4.2.1): a sending service's own ('"code":498').  Nor
	 * 400 to 409, which only Sendmail writes, with an enhanced code
	 * ("403 4.7.0"): alone, they are HTTP's ("(code: 401)").
	 */
	if ((left == LEFT_KEY && (b.value <= 209 || b.value % 100 >= 60)) ||
	    (b.value >= 400 && b.value <= 409))
		left = LEFT_NO;
	/*
	 * In a row of an export, after a delivery's status, a failure's
	 * number HTTP has no status for, with the reply's text after it, is
	 * a reply code ('"Rejected","550 No such user"'); HTTP's end at 431
	 * and 511, with 451 besides (RFC 9110, RFC 6585, RFC 7725).  A bare
	 * number is a field's ("x,bounced,550,y"); after a status key, as in
	 * an application's JSON, it may be the application's own:
	 * '"status":550'.
	 */
	if (left == LEFT_ROW && b.value >= 400 && b.value % 100 >= 32 &&
	    b.value % 100 < 60 && b.value != 451 && i + 4 < n &&
	    s[i + 3] == ' ' && is_alpha(s[i + 4]))
		left = LEFT_KEY;
	if (((left == LEFT_MARK || left == LEFT_KEY || left == LEFT_START ||
	    (left == LEFT_INDENT && i + 3 < n && s[i + 3] == '-')) &&
	    (right_basic(s, i + 3, n, under) || (left == LEFT_MARK &&
	    colon_after(s, i + 3, n)) || (left == LEFT_START &&
	    delivery_error_after(s, i + 3, n)) ||
	    (left == LEFT_KEY && form_after(s, i + 3, n, 0))) &&
	    !unit_after(s, i + 3, n) &&
	    !http_phrase_after(s, i + 3, n, b.value) && !ftp_tag(s, i)) ||
	    python_reply(s, i, n))
		add_code(r, &b, base);
	return i + 3;
}

/*
 * The widest vector instructions the scanner uses: SCAN_SIMD_NONE (the
 * portable byte loops), SCAN_SIMD_SSE2, SCAN_SIMD_AVX2 or, for the masks
 * of whole blocks, SCAN_SIMD_AVX512; the best the
 * build and the CPU allow until scan_simd() lowers it.  Tests compare the
 * paths.
 */
static int	 simd_level = -1;

_Static_assert(SCAN_SIMD_SSE2 == (int)CPU_VECTORS_SSE2 &&
    SCAN_SIMD_AVX2 == (int)CPU_VECTORS_AVX2, "scan.h and cpu.h differ");

static int
simd_best(void)
{
#ifdef CPU_HAVE_AVX2
	if (cpu_avx512bw())
		return SCAN_SIMD_AVX512;
#endif
	return (int)cpu_vectors();
}

/* Use vector instructions up to level, as far as there are; return the
 * level in use. */
int
scan_simd(int level)
{
	int	 best = simd_best();

	simd_level = level < best ? level : best;
	return simd_level;
}

static int
simd(void)
{
	if (simd_level < 0)
		simd_level = simd_best();
	return simd_level;
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

static __m128i
eq8(__m128i v, char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}

/* Hexadecimal digits among the bytes of v. */
static __m128i
hex16(__m128i v)
{
	return _mm_or_si128(in_range(v, '0', 10),
	    in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 6));
}

/*
 * The candidates among the sixteen bytes at s, as a bit mask: digits 2
 * to 5 whose previous byte is not a letter, a digit or a dot, unless it
 * ends an escape ("\n250") or a percent-encoded byte ("%3B550"), followed
 * by a digit or a dot, then a digit, as every code is.  Reads s[-3] to
 * s[17].
 */
static inline __attribute__((always_inline)) unsigned
candidates16(const char *s)
{
	__m128i	 v, p, n1, n2, alpha, bad, good, esc, pct, p2;

	v = load16(s);
	n2 = load16(s + 2);
	good = _mm_and_si128(in_range(v, '2', 4), in_range(n2, '0', 10));
	if (_mm_movemask_epi8(good) == 0)
		return 0;
	p = load16(s - 1);
	n1 = load16(s + 1);
	alpha = in_range(_mm_or_si128(p, _mm_set1_epi8(0x20)), 'a', 26);
	bad = _mm_or_si128(_mm_or_si128(in_range(p, '0', 10), alpha),
	    eq8(p, '.'));
	good = _mm_and_si128(good, _mm_or_si128(in_range(n1, '0', 10),
	    eq8(n1, '.')));
	if (_mm_movemask_epi8(_mm_and_si128(bad, good)) != 0) {
		p2 = load16(s - 2);
		esc = _mm_and_si128(eq8(p2, '\\'), _mm_or_si128(
		    _mm_or_si128(eq8(p, 'n'), eq8(p, 'r')), eq8(p, 't')));
		pct = _mm_and_si128(_mm_and_si128(eq8(load16(s - 3), '%'),
		    hex16(p2)), hex16(p));
		bad = _mm_andnot_si128(_mm_or_si128(esc, pct), bad);
	}
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, good));
}
#endif

/*
 * Finding line ends and where a code may start, in one pass.  line_span()
 * returns where the next LF stands in s[from] to s[have - 1], or have, and
 * notes in c the bytes before it that may start a code: a digit 2 to 5
 * that starts a word (or follows an escaped line end), then a digit or a
 * dot, then a digit, and no letter or digit after three digits.  These are
 * the places where scan_span() calls code_at(); a line without any has no
 * code, and is counted without being scanned.  line_span reads s[from - 3]
 * to s[have + PAD - 1]: the read buffer is fenced by newlines before it
 * and spare bytes after it.
 */
#define CAND_MAX	64	/* places noted in a line; more, and it is scanned */

struct cands {
	size_t		 n;
	int		 over;		/* more than CAND_MAX */
	uint32_t	 at[CAND_MAX];	/* offsets from the span's start */
};

/*
 * The LF and place masks of a window of 64-byte blocks of the read
 * buffer, the first at p: computed SPAN_BLOCKS at a time, so that the
 * vector constants stay in registers, and used for each line that meets
 * them.
 */
#define SPAN_BLOCKS	32

struct span {
	size_t		 p;		/* where block 0 starts */
	size_t		 nb;		/* blocks computed; 0: none */
	size_t		 b;		/* the block in use */
	uint64_t	 nl[SPAN_BLOCKS];	/* bit i: s[p + 64b + i] is an LF */
	uint64_t	 cm[SPAN_BLOCKS];	/* bit i: it may start a code */
};

/*
 * The bits of the block at bp for s[from] and after: all of them when
 * from is before the block.  from is never past it.
 */
static inline uint64_t
bits_from(size_t from, size_t bp)
{
	return from > bp ? ~(uint64_t)0 << ((from - bp) & 63) : ~(uint64_t)0;
}

/* The masks of block sp->b from s[from] on: its LFs and places. */
static inline size_t
span_masks(const struct span *sp, size_t from, uint64_t *nl, uint64_t *cm)
{
	size_t		 bp = sp->p + 64 * sp->b;

	*nl = sp->nl[sp->b] & bits_from(from, bp);
	*cm = sp->cm[sp->b] & bits_from(from, bp);
	return bp;
}

/*
 * Note the places of the block in use from s[from] on, up to its first
 * LF if it has one; return 1 and set *eol to where that LF stands, else
 * 0.
 */
static inline int
span_take(const struct span *sp, size_t from, struct cands *c, size_t *eol)
{
	uint64_t	 nl, cm;
	size_t		 at, bp;

	bp = span_masks(sp, from, &nl, &cm);
	if (nl != 0)
		cm &= (nl & (~nl + 1)) - 1;
	for (; cm != 0; cm &= cm - 1) {
		at = bp + (size_t)__builtin_ctzll(cm);
		if (c->n < CAND_MAX)
			c->at[c->n++] = (uint32_t)(at - from);
		else
			c->over = 1;
	}
	if (nl == 0)
		return 0;
	*eol = bp + (size_t)__builtin_ctzll(nl);
	return 1;
}

/* The bits set in x, without a library call where POPCNT is not built. */
static inline unsigned
bits_set(uint64_t x)
{
	x -= x >> 1 & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + (x >> 2 & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/*
 * The bits set in x: by the instruction if hw, inlined into a function
 * built for POPCNT, or by bits_set().
 */
static inline __attribute__((always_inline)) unsigned
ones(uint64_t x, int hw)
{
#ifdef CPU_HAVE_AVX2
	if (hw)
		return (unsigned)__builtin_popcountll(x);
#else
	(void)hw;
#endif
	return bits_set(x);
}

/* Whether the window holds s[from]; if so, use its block. */
static inline int
span_holds(struct span *sp, size_t from)
{
	if (from < sp->p || (from - sp->p) / 64 >= sp->nb)
		return 0;
	sp->b = (from - sp->p) / 64;
	return 1;
}

/*
 * The classes of the bytes of a 64-byte block, a bit per byte: digits,
 * letters or digits, letters, digits or dots, digits 2 to 5, LFs.  The
 * vector paths make them; block_masks() turns them into places.
 */
struct classes {
	uint64_t	 dig, an, wd, c25, lf;
};

/* The bits of one byte: digit, dot, letter or digit, letter. */
enum { CL_DIG = 1, CL_DOT = 2, CL_AN = 4, CL_AL = 8 };

/* A designator and its value: no parentheses can hold both. */
#define CD(c)	[c] = CL_DIG | CL_AN	/* NOLINT(bugprone-macro-parentheses) */
#define CL(c)	[c] = CL_AN | CL_AL	/* NOLINT(bugprone-macro-parentheses) */
static const unsigned char byte_classes[256] = {
	CD('0'), CD('1'), CD('2'), CD('3'), CD('4'), CD('5'), CD('6'),
	CD('7'), CD('8'), CD('9'), ['.'] = CL_DOT,
	CL('a'), CL('b'), CL('c'), CL('d'), CL('e'), CL('f'), CL('g'),
	CL('h'), CL('i'), CL('j'), CL('k'), CL('l'), CL('m'), CL('n'),
	CL('o'), CL('p'), CL('q'), CL('r'), CL('s'), CL('t'), CL('u'),
	CL('v'), CL('w'), CL('x'), CL('y'), CL('z'),
	CL('A'), CL('B'), CL('C'), CL('D'), CL('E'), CL('F'), CL('G'),
	CL('H'), CL('I'), CL('J'), CL('K'), CL('L'), CL('M'), CL('N'),
	CL('O'), CL('P'), CL('Q'), CL('R'), CL('S'), CL('T'), CL('U'),
	CL('V'), CL('W'), CL('X'), CL('Y'), CL('Z')
};
#undef CD
#undef CL

static unsigned
byte_class(char c)
{
	return byte_classes[(unsigned char)c];
}

/*
 * The places of the block at s from its byte classes k, those of the
 * block after it, n, and the last bit of the block before it, in bit 0
 * of pwd (a letter, digit or dot): a digit 2 to 5, then a digit or a dot,
 * then a digit; no letter or digit after three digits; before it no
 * letter, digit or dot, unless an escaped line end ("\n250") or a byte
 * percent-encoded ("%3B550").
 */
static inline __attribute__((always_inline)) uint64_t
block_masks(const char *s, const struct classes *k, const struct classes *n,
    uint64_t pwd)
{
	const char	*q;
	uint64_t	 d1, d2, dt1, an3, prev, good, esc;

	d2 = k->dig >> 2 | n->dig << 62;
	/* Most blocks of a log hold a digit 2 to 5 with a digit after
	 * the next byte: dates, times, addresses. */
	if ((k->c25 & d2) == 0)
		return 0;
	d1 = k->dig >> 1 | n->dig << 63;
	dt1 = (k->wd & ~k->an) >> 1 | (n->wd & ~n->an) << 63;
	an3 = k->an >> 3 | n->an << 61;
	good = k->c25 & d2 & (d1 | dt1) & ~(d1 & an3);
	prev = k->wd << 1 | pwd;
	/* A letter or digit before it: an escaped line end or a byte
	 * percent-encoded, rarely. */
	for (esc = good & prev; esc != 0; esc &= esc - 1) {
		q = s + __builtin_ctzll(esc);
		if ((q[-2] == '\\' && (q[-1] == 'n' || q[-1] == 'r' ||
		    q[-1] == 't')) || pct_before(q - 3, 3))
			prev &= ~(esc & (~esc + 1));
	}
	return good & ~prev;
}

/*
 * The LF and place masks of the nb blocks at s, each block's classes
 * made once by classes() and used with the next block's; reads s[-3] to
 * s[64 * nb + 63].
 */
static inline __attribute__((always_inline)) void
blocks_run(const char *s, size_t nb, uint64_t *nl, uint64_t *cm,
    void (*classes)(const char *, struct classes *))
{
	struct classes	 cur, next;
	uint64_t	 pwd = byte_class(s[-1]) != 0;
	size_t		 b;

	classes(s, &cur);
	for (b = 0; b < nb; b++, s += 64) {
		classes(s + 64, &next);
		nl[b] = cur.lf;
		cm[b] = block_masks(s, &cur, &next, pwd);
		pwd = cur.wd >> 63;
		cur = next;
	}
}

/* The byte classes of the 64 bytes at s, with the portable loop. */
static inline __attribute__((always_inline)) void
classes_c(const char *s, struct classes *k)
{
	unsigned	 t;
	int		 i;

	memset(k, 0, sizeof(*k));
	for (i = 0; i < 64; i++) {
		t = byte_class(s[i]);
		k->dig |= (uint64_t)(t & CL_DIG) << i;
		k->an |= (uint64_t)(t >> 2 & 1) << i;
		k->wd |= (uint64_t)(t != 0) << i;
		k->c25 |= (uint64_t)(s[i] >= '2' && s[i] <= '5') << i;
		k->lf |= (uint64_t)(s[i] == '\n') << i;
	}
}

static void
blocks_c(const char *s, size_t nb, uint64_t *nl, uint64_t *cm)
{
	blocks_run(s, nb, nl, cm, classes_c);
}

/*
 * The vector paths make the same masks from loads shifted by one byte
 * each way, so that the bytes around a place stand in the same lane as
 * the place itself: s[i - 2] to s[i + 3] are tested at once for all the
 * bytes of a vector, and only the places and LFs are moved to bit masks.
 * An escaped line end before a place ("\n250") is rare: the bytes are
 * looked at only where a backslash stands two bytes before a place.
 */
static inline __attribute__((always_inline)) uint64_t
escaped(const char *s, uint64_t m)
{
	uint64_t	 esc = 0;
	const char	*q;

	for (; m != 0; m &= m - 1) {
		q = s + __builtin_ctzll(m);
		if ((q[-2] == '\\' && (q[-1] == 'n' || q[-1] == 'r' ||
		    q[-1] == 't')) || pct_before(q - 3, 3))
			esc |= m & (~m + 1);
	}
	return esc;
}

#ifdef __SSE2__
/*
 * The bytes of v from lo to lo + n - 1: v + (0x80 - lo) puts them at the
 * bottom of the signed bytes, below -0x80 + n.
 */
static inline __attribute__((always_inline)) __m128i
range16(__m128i v, char lo, char n)
{
	return _mm_cmpgt_epi8(_mm_set1_epi8((char)(-0x80 + n)),
	    _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))));
}

/* Letters and digits among the bytes of v. */
static inline __attribute__((always_inline)) __m128i
alnum16(__m128i v)
{
	return _mm_or_si128(range16(v, '0', 10),
	    range16(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26));
}

/*
 * The places and LFs of the sixteen bytes at s, into bits at of *cm and
 * *nl, as block_masks() makes them; reads s[-3] to s[18].
 */
static inline __attribute__((always_inline)) void
chunk16(const char *s, int at, uint64_t *nl, uint64_t *cm)
{
	__m128i		 v, p, n1, n3, d1, core;
	uint64_t	 m, bs;

	v = load16(s);
	p = load16(s - 1);
	n1 = load16(s + 1);
	n3 = load16(s + 3);
	d1 = range16(n1, '0', 10);
	core = _mm_and_si128(_mm_and_si128(range16(v, '2', 4),
	    range16(load16(s + 2), '0', 10)), _mm_or_si128(d1, eq8(n1, '.')));
	core = _mm_andnot_si128(_mm_and_si128(d1, alnum16(n3)), core);
	m = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_andnot_si128(
	    _mm_or_si128(alnum16(p), eq8(p, '.')), core));
	bs = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(
	    eq8(load16(s - 2), '\\'), eq8(load16(s - 3), '%')));
	if (bs != 0)
		m |= escaped(s, bs & (uint64_t)(unsigned)
		    _mm_movemask_epi8(core));
	*cm |= m << at;
	*nl |= (uint64_t)(unsigned)_mm_movemask_epi8(eq8(v, '\n')) << at;
}

static void
blocks_sse2(const char *s, size_t nb, uint64_t *nl, uint64_t *cm)
{
	size_t	 b;

	for (b = 0; b < nb; b++, s += 64) {
		nl[b] = cm[b] = 0;
		chunk16(s, 0, &nl[b], &cm[b]);
		chunk16(s + 16, 16, &nl[b], &cm[b]);
		chunk16(s + 32, 32, &nl[b], &cm[b]);
		chunk16(s + 48, 48, &nl[b], &cm[b]);
	}
}
#endif

#ifdef CPU_HAVE_AVX2
#include <immintrin.h>

#define AVX2	__attribute__((target("avx2"), always_inline)) inline

static AVX2 __m256i
load32(const char *s)
{
	return _mm256_loadu_si256((const __m256i *)(const void *)s);
}

/*
 * The constant vectors, read from memory as operands rather than built
 * again in each block.
 */
#define R4(c)	c, c, c, c
#define R32(c)	R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c), R4(c)
#define BIAS(lo)	((char)(0x80 - (lo)))
#define BELOW(n)	((char)(-0x80 + (n)))
enum { KB0, KB2, KBA, KL10, KL4, KL26, KCASE, KDOT, KLF, KBSL, KPCT, KMAX };
static const char kvec[KMAX][32] __attribute__((aligned(32))) = {
	{ R32(BIAS('0')) }, { R32(BIAS('2')) }, { R32(BIAS('a')) },
	{ R32(BELOW(10)) }, { R32(BELOW(4)) }, { R32(BELOW(26)) },
	{ R32(0x20) }, { R32('.') }, { R32('\n') }, { R32('\\') },
	{ R32('%') }
};

static AVX2 __m256i
k32(int i)
{
	return _mm256_load_si256((const __m256i *)(const void *)kvec[i]);
}

/*
 * Bytes of v from lo to lo + n - 1: v + (0x80 - lo) puts them at the
 * bottom of the signed bytes, below -0x80 + n; bias and below are the
 * two constants.
 */
static AVX2 __m256i
range32(__m256i v, int bias, int below)
{
	return _mm256_cmpgt_epi8(k32(below), _mm256_add_epi8(v, k32(bias)));
}

static AVX2 __m256i
alnum32(__m256i v)
{
	return _mm256_or_si256(range32(v, KB0, KL10),
	    range32(_mm256_or_si256(v, k32(KCASE)), KBA, KL26));
}

static AVX2 uint64_t
mask32(__m256i v)
{
	return (uint64_t)(uint32_t)_mm256_movemask_epi8(v);
}

/* chunk16() for thirty-two bytes; reads s[-3] to s[34]. */
static AVX2 void
chunk32(const char *s, int at, uint64_t *nl, uint64_t *cm)
{
	__m256i		 v, p, n1, d1, core;
	uint64_t	 m, bs;

	v = load32(s);
	p = load32(s - 1);
	n1 = load32(s + 1);
	d1 = range32(n1, KB0, KL10);
	core = _mm256_and_si256(_mm256_and_si256(range32(v, KB2, KL4),
	    range32(load32(s + 2), KB0, KL10)), _mm256_or_si256(d1,
	    _mm256_cmpeq_epi8(n1, k32(KDOT))));
	core = _mm256_andnot_si256(_mm256_and_si256(d1,
	    alnum32(load32(s + 3))), core);
	m = mask32(_mm256_andnot_si256(_mm256_or_si256(alnum32(p),
	    _mm256_cmpeq_epi8(p, k32(KDOT))), core));
	bs = mask32(_mm256_or_si256(_mm256_cmpeq_epi8(load32(s - 2),
	    k32(KBSL)), _mm256_cmpeq_epi8(load32(s - 3), k32(KPCT))));
	if (bs != 0)
		m |= escaped(s, bs & mask32(core));
	*cm |= m << at;
	*nl |= mask32(_mm256_cmpeq_epi8(v, k32(KLF))) << at;
}

static __attribute__((target("avx2"))) void
blocks_avx2(const char *s, size_t nb, uint64_t *nl, uint64_t *cm)
{
	size_t	 b;

	for (b = 0; b < nb; b++, s += 64) {
		nl[b] = cm[b] = 0;
		chunk32(s, 0, &nl[b], &cm[b]);
		chunk32(s + 32, 32, &nl[b], &cm[b]);
	}
}

/*
 * With AVX-512, a block is one vector, and each test gives a mask of
 * its 64 bytes at once, those before it in the mask ANDed in for free.
 */
#define AVX512	__attribute__((target("avx2,avx512f,avx512bw"), \
		    always_inline)) inline

static AVX512 __m512i
load64(const char *s)
{
	return _mm512_loadu_si512((const void *)s);
}

/* The bytes of v from lo to lo + n - 1, among those of k. */
static AVX512 __mmask64
range64(__mmask64 k, __m512i v, char lo, char n)
{
	return _mm512_mask_cmplt_epu8_mask(k, _mm512_sub_epi8(v,
	    _mm512_set1_epi8(lo)), _mm512_set1_epi8(n));
}

/* Letters, digits and, if dot, dots among the bytes of v. */
static AVX512 __mmask64
word64(__m512i v, int dot)
{
	__mmask64	 m = range64(~(__mmask64)0, v, '0', 10) |
	    range64(~(__mmask64)0, _mm512_or_si512(v, _mm512_set1_epi8(0x20)),
	    'a', 26);

	if (dot)
		m |= _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('.'));
	return m;
}

/* chunk16() for the 64 bytes of a block; reads s[-3] to s[66]. */
static __attribute__((target("avx2,avx512f,avx512bw"))) void
blocks_avx512(const char *s, size_t nb, uint64_t *nl, uint64_t *cm)
{
	__m512i		 v, n1, p, n3;
	__mmask64	 core, d1, bs;
	size_t		 b;

	for (b = 0; b < nb; b++, s += 64) {
		v = load64(s);
		n1 = load64(s + 1);
		p = load64(s - 1);
		n3 = load64(s + 3);
		/* Each load once: operands read again from memory would
		 * cross two cache lines each time. */
		__asm__ ("" : "+v" (n1), "+v" (p), "+v" (n3));
		d1 = range64(~(__mmask64)0, n1, '0', 10);
		core = range64(range64(d1 | _mm512_cmpeq_epi8_mask(n1,
		    _mm512_set1_epi8('.')), v, '2', 4), load64(s + 2), '0',
		    10);
		core &= ~(d1 & word64(n3, 0));
		cm[b] = core & ~word64(p, 1);
		nl[b] = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\n'));
		bs = _mm512_cmpeq_epi8_mask(load64(s - 2),
		    _mm512_set1_epi8('\\')) | _mm512_cmpeq_epi8_mask(
		    load64(s - 3), _mm512_set1_epi8('%'));
		if ((bs & core) != 0)
			cm[b] |= escaped(s, bs & core);
	}
}

#endif

/* The masks of nb blocks at s, with the widest vectors there are. */
static void
blocks_any(const char *s, size_t nb, uint64_t *nl, uint64_t *cm)
{
	switch (simd()) {
#ifdef CPU_HAVE_AVX2
	case SCAN_SIMD_AVX512:
		blocks_avx512(s, nb, nl, cm);
		break;
	case SCAN_SIMD_AVX2:
		blocks_avx2(s, nb, nl, cm);
		break;
#endif
#ifdef __SSE2__
	case SCAN_SIMD_SSE2:
		blocks_sse2(s, nb, nl, cm);
		break;
#endif
	default:
		blocks_c(s, nb, nl, cm);
		break;
	}
}

/*
 * Compute the window of blocks from s[p] on, as many as SPAN_BLOCKS or
 * as reach have, the last one's LFs cut at have; use its first block.
 */
static void
span_fill(struct span *sp, const char *s, size_t p, size_t have)
{
	size_t	 nb = (have - p + 63) / 64, last;

	if (nb > SPAN_BLOCKS)
		nb = SPAN_BLOCKS;
	blocks_any(s + p, nb, sp->nl, sp->cm);
	last = have - (p + 64 * (nb - 1));
	if (last < 64)
		sp->nl[nb - 1] &= ((uint64_t)1 << last) - 1;
	sp->p = p;
	sp->nb = nb;
	sp->b = 0;
}

/* Use the block after the one in use, computing it if needed. */
static void
span_next(struct span *sp, const char *s, size_t have)
{
	if (sp->b + 1 < sp->nb)
		sp->b++;
	else
		span_fill(sp, s, sp->p + 64 * sp->nb, have);
}

/*
 * The line from s[from]: note its places in c and return where its LF
 * is, or have if the buffer holds none.  A line longer than
 * SPAN_LONG blocks is not worth noting: its end is looked for with
 * memchr(), c says over, and the line is scanned whole, so that the
 * masks of its blocks are computed once, not twice.
 */
#define SPAN_LONG	64

static size_t
line_span(struct span *sp, const char *s, size_t from, size_t have,
    struct cands *c)
{
	const char	*nl;
	size_t		 eol, taken = 0;

	c->n = 0;
	c->over = 0;
	if (!span_holds(sp, from))
		span_fill(sp, s, from, have);
	while (!span_take(sp, from, c, &eol)) {
		if (sp->p + 64 * (sp->b + 1) >= have)
			return have;
		if (++taken == SPAN_LONG) {
			c->over = 1;
			eol = sp->p + 64 * (sp->b + 1);
			nl = memchr(s + eol, '\n', have - eol);
			return nl != NULL ? (size_t)(nl - s) : have;
		}
		span_next(sp, s, have);
	}
	return eol;
}

/*
 * Pass over the lines from s[from], the start of a line, that hold no
 * place where a code may start, counting them into *lines; return where
 * the first other line starts, or where the last line read so far does.
 * Only the masks are read: no byte of such a line is looked at again.
 */
static inline __attribute__((always_inline)) size_t
span_skip_with(struct span *sp, const char *s, size_t from, size_t have,
    uint64_t *lines, int hw)
{
	uint64_t	 nl, cm, on;
	size_t		 b, bp, any, line = from;

	while (from < have) {
		if (!span_holds(sp, from)) {
			/* The next window starts with the current line, so
			 * that line_span() need not go back, unless it is
			 * long. */
			span_fill(sp, s, from - line < (size_t)64 *
			    (SPAN_BLOCKS / 2) ?
			    line : from, have);
			(void)span_holds(sp, from);
		}
		b = sp->b;
		bp = sp->p + 64 * b;
		/* The window holds from: from - bp is below 64. */
		on = bits_from(from, bp);
		for (; b < sp->nb; b++, bp += 64, on = ~(uint64_t)0) {
			nl = sp->nl[b] & on;
			cm = sp->cm[b] & on;
			/* A place: the LFs before it, and back to the caller
			 * (merged with the path below, the masking costs a
			 * log without codes 4 %). */
			if (cm != 0) {
				nl &= (cm & (~cm + 1)) - 1;
				if (nl != 0) {
					*lines += ones(nl, hw);
					line = bp + 64 -
					    (size_t)__builtin_clzll(nl);
				}
				sp->b = b;
				return line;
			}
			/* Without a branch: a block has an LF or not about
			 * as often as the other way, which no predictor
			 * guesses. */
			*lines += ones(nl, hw);
			any = (size_t)0 - (size_t)(nl != 0);
			line = (line & ~any) | ((bp + 64 -
			    (size_t)__builtin_clzll(nl | 1)) & any);
		}
		/* The line goes on after the window. */
		sp->b = b - 1;
		from = bp;
	}
	return line;
}

static size_t
span_skip_soft(struct span *sp, const char *s, size_t from, size_t have,
    uint64_t *lines)
{
	return span_skip_with(sp, s, from, have, lines, 0);
}

#ifdef CPU_HAVE_AVX2
/* The same with the POPCNT instruction, which most x86-64 CPUs have. */
static __attribute__((target("popcnt"))) size_t
span_skip_popcnt(struct span *sp, const char *s, size_t from, size_t have,
    uint64_t *lines)
{
	return span_skip_with(sp, s, from, have, lines, 1);
}
#endif

/*
 * span_skip_with(): the lines from s[from] without a place, counted
 * with POPCNT where the CPU has it (counting the LFs of a block by
 * shifts and masks costs a log of short lines 4 % of its instructions).
 */
static size_t
span_skip(struct span *sp, const char *s, size_t from, size_t have,
    uint64_t *lines)
{
#ifdef CPU_HAVE_AVX2
	static int	 hw = -1;

	if (hw < 0)
		hw = cpu_popcnt();
	if (hw)
		return span_skip_popcnt(sp, s, from, have, lines);
#endif
	return span_skip_soft(sp, s, from, have, lines);
}

#ifdef __SSE2__
/*
 * Look for codes at the places of as many 64-byte blocks from s[k] as
 * end by lim and leave 64 bytes before n, SPAN_BLOCKS at most, as
 * scan_span() does; return where the blocks end.
 */
static size_t
span_blocks(const char *s, size_t n, size_t k, size_t lim, size_t *i,
    int start, size_t base, struct scan_result *r)
{
	uint64_t	 nl[SPAN_BLOCKS], cm[SPAN_BLOCKS], mask;
	size_t		 b, nb, at;

	nb = (lim - k) / 64;
	if (nb > (n - k - 64) / 64)
		nb = (n - k - 64) / 64;
	if (nb > SPAN_BLOCKS)
		nb = SPAN_BLOCKS;
	blocks_any(s + k, nb, nl, cm);
	for (b = 0; b < nb; b++)
		for (mask = cm[b]; mask != 0; mask &= mask - 1) {
			at = k + 64 * b + (size_t)__builtin_ctzll(mask);
			if (at >= *i)
				*i = code_at(s, at, n, start, base, r);
		}
	return k + 64 * nb;
}
#endif

/*
 * Look for codes that start at s[from] to s[to - 1], reading s[0] to
 * s[n - 1]: what comes before from is context, what comes after to is
 * read again later.  base is the offset of s in its line; when it is not
 * 0, what stands before s[0] is unknown.  Return where to look next.
 * Most of a line is skipped sixteen bytes at a time where SSE2 is there.
 */
static size_t
scan_span(const char *s, size_t n, size_t from, size_t to, size_t base,
    struct scan_result *r)
{
	size_t	 i = from, k = from;
	int	 start = base == 0;

	/* The vector paths read three bytes before a place. */
	if (from < 3) {
		if (from == 0 && start && to > 0 && candidate_at(s, 0))
			i = code_at(s, 0, n, start, base, r);
		/* code_at may have moved i past 1 or 2 */
		/* cppcheck-suppress knownConditionTrueFalse */
		for (k = i > 1 ? i : 1; k < 3 && k < to; k++)
			if (k >= i && candidate_at(s, k))
				i = code_at(s, k, n, start, base, r);
		k = 3;
	}
#ifdef __SSE2__
	if (simd() >= SCAN_SIMD_SSE2 && n >= 21) {
		/* Blocks before whole are read at once; the last ones are
		 * shifted to end with the line and cut at to. */
		size_t	 lim = to < n - 2 ? to : n - 2;
		size_t	 full = to + 2 < n ? to + 2 : n;
		size_t	 whole = full >= 18 ? full - 17 : 0;

		for (; k < lim; k += 16) {
			unsigned	 mask;

			/* Whole blocks where they fit with what they read,
			 * s[k - 1] to s[k + 64 nb + 63]. */
			while (k + 64 <= lim && k + 128 <= n)
				k = span_blocks(s, n, k, lim, &i, start, base, r);
			if (k >= lim)
				break;
			if (k < whole)
				mask = candidates16(s + k);
			else {
				if (k + 18 <= n)
					mask = candidates16(s + k);
				else
					mask = candidates16(s + n - 18) >>
					    (k - (n - 18));
				if (to - k < 16)
					mask &= (1u << (to - k)) - 1;
			}
			while (mask != 0) {
				size_t	 at = k + (size_t)__builtin_ctz(mask);

				mask &= mask - 1;
				if (at >= i)
					i = code_at(s, at, n, start, base, r);
			}
		}
	}
#endif
	for (k = k > i ? k : i; k < to; k++)
		if (k >= i && candidate_at(s, k))
			i = code_at(s, k, n, start, base, r);
	return i;
}

/*
 * Find the status codes in n bytes of a line and add them to r; base is
 * the offset of s in its line, and what stands before s[0] is unknown
 * when it is not 0.
 */
void
scan_line(const char *s, size_t n, size_t base, struct scan_result *r)
{
	(void)scan_span(s, n, 0, n, base, r);
}

/*
 * The line being read: its number, the length scanned, the text kept,
 * where the scan goes on, and its codes.
 */
struct line {
	uint64_t		 no;
	size_t			 len;
	const char		*text;	/* kept: the read buffer's or keep */
	size_t			 kept;
	size_t			 next;
	struct scan_result	 r;
};

/* The read buffer, buf, fenced by PAD bytes on each side for line_span. */
static char	 bufmem[PAD + BUFSZ + PAD];
#define buf	(bufmem + PAD)
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
 * Write the codes of a line that are wanted, one a line: in one write
 * when no prefix goes before each, since a dense log has many.
 */
static void
only_codes(const struct scan_ctx *ctx, const struct line *ln,
    const char *name)
{
	char	 out[SCAN_MAX * 13];
	size_t	 i, n = 0;
	int	 prefix = (ctx->show_names && name != NULL) ||
		    ctx->number_lines;

	for (i = 0; i < ln->r.n; i++) {
		if (!code_wanted(ctx, &ln->r.codes[i]))
			continue;
		if (prefix) {
			line_prefix(ctx, ln, name);
			n = 0;
		}
		/* code_text() writes 11 bytes and a NUL at most. */
		n += code_text(&ln->r.codes[i], out + n);
		out[n++] = '\n';
		if (prefix)
			fwrite(out, 1, n, ctx->out->fp);
	}
	if (!prefix && n > 0)
		fwrite(out, 1, n, ctx->out->fp);
}

/*
 * Write the n bytes of a line as read, its codes coloured by class when
 * colour is on, as grep --color does; only where the text at a code's
 * offset is the code itself.
 */
static void
echo_line(const struct scan_ctx *ctx, const struct line *ln, const char *s,
    size_t n)
{
	const struct scan_code	*c;
	struct out		*o = ctx->out;
	char			 code[16];
	size_t			 idx[SCAN_MAX], m = 0, at = 0, i, k, len;

	for (i = 0; o->color && i < ln->r.n; i++)
		if (code_wanted(ctx, &ln->r.codes[i]) &&
		    ln->r.codes[i].offset < n) {
			/* In order of offset: insertion into idx. */
			for (k = m++; k > 0 && ln->r.codes[idx[k - 1]].offset >
			    ln->r.codes[i].offset; k--)
				idx[k] = idx[k - 1];
			idx[k] = i;
		}
	for (k = 0; k < m; k++) {
		c = &ln->r.codes[idx[k]];
		len = code_text(c, code);
		if (c->offset < at || c->offset + len > n ||
		    memcmp(s + c->offset, code, len) != 0)
			continue;
		out_input(o, s + at, c->offset - at);
		fputs(color_of(c->class), o->fp);
		out_input(o, s + c->offset, len);
		fputs(COLOR_OFF, o->fp);
		at = c->offset + len;
	}
	out_input(o, s + at, n - at);
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
	n = 4 + finding_note(ctx->out, f, line + 4, sizeof(line) - 5);
	line[n++] = '\n';
	line_prefix(ctx, ln, name);
	out_text(ctx->out, line, n);
}

/*
 * Where the JSON record of a line is put together, to be written in one
 * write; a longer record is written as it fills.
 */
static char	 json_rec[16 * 1024];

/* Append the string s to b. */
static void
add_str(struct outbuf *b, const char *s)
{
	outbuf_add(b, s, strlen(s));
}

/* The line as a whole: what its most severe finding says. */
static void
json_verdict(struct outbuf *b, const struct verdict *v)
{
	OUTBUF_LIT(b, ",\"reason\":\"");
	add_str(b, reason_name(v->reason));
	OUTBUF_LIT(b, "\",\"bounce\":\"");
	add_str(b, bounce_name(v->bounce));
	OUTBUF_LIT(b, "\",\"provider\":");
	if (v->provider != NULL)
		outbuf_json(b, v->provider, strlen(v->provider));
	else
		OUTBUF_LIT(b, "null");
}

/* A code found, with the verdict of the finding it belongs to. */
static void
json_code(struct out *o, struct outbuf *b, const struct scan_code *c,
    const struct finding *f)
{
	OUTBUF_LIT(b, "{\"offset\":");
	outbuf_unumber(b, c->offset);
	OUTBUF_LIT(b, ",");
	finding_json_code(o, b, c, f);
	OUTBUF_LIT(b, "}");
}

static void
json_line(struct scan_ctx *ctx, struct line *ln, const char *name,
    const struct finding *f, size_t n)
{
	struct outbuf	 b;
	struct verdict	 lv;
	size_t		 i, k = 0;

	b.fp = ctx->out->fp;
	b.mem = json_rec;
	b.size = sizeof(json_rec);
	b.len = 0;
	OUTBUF_LIT(&b, "{\"line\":");
	outbuf_unumber(&b, ln->no);
	if (name != NULL) {
		OUTBUF_LIT(&b, ",\"file\":");
		outbuf_json(&b, name, strlen(name));
	}
	OUTBUF_LIT(&b, ",\"text\":");
	outbuf_json(&b, ln->text, ln->kept);
	if (ln->kept < ln->len)
		OUTBUF_LIT(&b, ",\"truncated\":true");
	finding_line_verdict(f, n, ln->text, ln->kept, &lv);
	json_verdict(&b, &lv);
	OUTBUF_LIT(&b, ",\"codes\":[");
	for (i = 0; i < n; i++) {
		if (f[i].bc != NULL) {
			if (k++ > 0)
				OUTBUF_LIT(&b, ",");
			json_code(ctx->out, &b, f[i].bc, &f[i]);
		}
		if (f[i].ec != NULL) {
			if (k++ > 0)
				OUTBUF_LIT(&b, ",");
			json_code(ctx->out, &b, f[i].ec, &f[i]);
		}
	}
	OUTBUF_LIT(&b, "]}\n");
	outbuf_flush(&b);
}

/* Whether the text of each line is kept: for JSON and verdicts. */
static int
keeps_text(const struct scan_ctx *ctx)
{
	return ctx->mode == SCAN_JSON || ctx->mode == SCAN_ANNOTATE ||
	    (ctx->mode == SCAN_SUMMARY && summary_needs_text(ctx->sum));
}

/*
 * The findings of a line, judged from its text as how asks (JUDGE_TEXT,
 * JUDGE_TAKEN; 0: not at all).
 */
static size_t
line_findings(struct scan_ctx *ctx, const struct line *ln, unsigned how,
    struct finding *f)
{
	size_t	 n;

	n = finding_collect(&ln->r, ctx->classes, ctx->kinds, f, SCAN_MAX);
	if (how != 0)
		finding_judge_all(f, n, ln->text, ln->kept, how);
	return n;
}

/*
 * A piece of the current line, the n bytes at s + cx: scan it, and keep
 * its text if needed.  The cx bytes before it are the end of the line's
 * previous piece, read again for what stands before a code; the more
 * bytes after it are the start of the next piece, read for what follows.
 */
static void
line_piece(struct scan_ctx *ctx, struct line *ln, const char *s, size_t cx,
    size_t n, size_t more)
{
	size_t	 room = KEEP_MAX - ln->kept, base = ln->len - cx, from = cx;

	if (ln->next > ln->len)
		from += ln->next - ln->len;
	ln->next = base + scan_span(s, cx + n + more, from, cx + n, base,
	    &ln->r);
	ln->len += n;
	if (keeps_text(ctx)) {
		if (n > room)
			n = room;
		memcpy(keep + ln->kept, s + cx, n);
		ln->text = keep;
		ln->kept += n;
	}
}

/*
 * A whole line, the n bytes at s, whose places where a code may start
 * line_span() has noted: look for codes there only, as scan_span() would,
 * and keep its text if needed.
 */
static void
line_whole(struct scan_ctx *ctx, struct line *ln, const char *s, size_t n,
    const struct cands *c)
{
	size_t	 i = 0, k;

	for (k = 0; k < c->n; k++)
		if (c->at[k] >= i && c->at[k] < n)
			i = code_at(s, c->at[k], n, 1, 0, &ln->r);
	ln->len = n;
	/* Its text stays in the read buffer until line_end(). */
	if (keeps_text(ctx)) {
		ln->kept = n < KEEP_MAX ? n : KEEP_MAX;
		ln->text = s;
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
			echo_line(ctx, ln, ln->text, ln->kept);
			out_input(o, eol, eollen);
		}
		if (wanted == 0)
			break;
		/* The end of a line is an LF, a CR LF, or none at the end. */
		if (eollen == 0)
			putc('\n', o->fp);
		n = line_findings(ctx, ln, JUDGE_TEXT, f);
		for (i = 0; i < n; i++)
			explain(ctx, &f[i], ln, name);
		break;
	case SCAN_ONLY:
		only_codes(ctx, ln, name);
		break;
	case SCAN_SUMMARY:
		if (summary_codes(ctx->sum, &ln->r, ctx->classes, ctx->kinds))
			break;
		n = wanted > 0 ? line_findings(ctx, ln,
		    summary_needs_text(ctx->sum), f) : 0;
		summary_line(ctx->sum, f, n, ln->text, ln->kept);
		break;
	case SCAN_JSON:
		if (wanted > 0 && (n = line_findings(ctx, ln, JUDGE_TEXT |
		    JUDGE_TAKEN, f)) > 0)
			json_line(ctx, ln, name, f, n);
		break;
	case SCAN_QUIET:
		ctx->stop = ctx->found > 0;
		break;
	}
	if (ctx->line_buffered)
		fflush(o->fp);
	ln->no++;
	ln->len = ln->kept = ln->next = 0;
	ln->text = keep;
	ln->r.n = 0;
}

/*
 * Whether a line without codes may be counted and passed over: when the
 * mode writes nothing for it (pass-through mode writes such lines in runs)
 * and nothing is flushed line by line.
 */
static int
quick_lines(const struct scan_ctx *ctx)
{
	return !ctx->line_buffered && (ctx->mode != SCAN_ANNOTATE ||
	    passthrough(ctx) || filtered(ctx));
}

static int	scan_input(struct scan_ctx *, struct input *, const char *,
		    int *);

/* "Binary file NAME matches", the name made safe as on any line. */
static void
binary_matches(struct out *o, const char *name)
{
	const char	*fmt = msg_text(M_BINARY_MATCHES, o->lang);
	const char	*at = strstr(fmt, "%s");

	if (name == NULL)
		name = msg_text(M_STDIN_NAME, o->lang);
	fwrite(fmt, 1, (size_t)(at - fmt), o->fp);
	if (o->safe)
		out_safe(o->fp, name, strlen(name), o->safe | OUT_SAFE_LINE);
	else
		fputs(name, o->fp);
	fputs(at + 2, o->fp);
}

/*
 * Read a log from fd to its end, writing what ctx->mode asks for: plain
 * or compressed, which input_open() tells.  A binary file in annotate
 * mode is read for codes only, and one line says whether it holds one,
 * as grep does.  Return 0, -1 with errno set if reading failed, -2 if
 * writing did, or -3 if compressed data could not be decoded
 * (ctx->input_error and ctx->input_format say why).
 */
int
scan_fd(struct scan_ctx *ctx, int fd, const char *name)
{
	struct input	 in;
	enum scan_mode	 mode = ctx->mode;
	uint64_t	 found = ctx->found;
	int		 rc, binary = 0;

	if (input_open(&in, fd) == -1)
		rc = -1;
	else
		rc = scan_input(ctx, &in, name, &binary);
	input_close(&in);
	if (binary) {
		if (ctx->found > 0)
			binary_matches(ctx->out, name);
		ctx->mode = mode;
		ctx->found += found;
		ctx->stop = 0;
		if (rc == 0 && ferror(ctx->out->fp))
			rc = -2;
	}
	if (rc == -1) {
		ctx->input_error = in.error;
		ctx->input_format = in.format;
		errno = in.syserr;
		if (in.error != INPUT_ESYS)
			rc = -3;
	}
	return rc;
}

/*
 * Read a log to its end, writing what ctx->mode asks for.  A line
 * ends at a newline, as grep -n counts them; a CR before it is part of
 * the end, any other CR part of the line.  Lines longer than the buffer
 * are scanned piece by piece, in constant memory, each piece with the
 * end of the one before and the start of the one after, so that a code
 * is judged by what stands around it, not by where a piece begins.  In
 * pass-through mode, runs of lines without codes are written in one go.
 * A binary file in annotate mode switches to -q's mode, and *binary is
 * set.  Return 0, -1 if reading failed (in->error says why), or -2 if
 * writing did.
 */
static int
scan_input(struct scan_ctx *ctx, struct input *in, const char *name,
    int *binary)
{
	struct line	 ln;
	FILE		*fp = ctx->out->fp;
	const char	*nl;
	size_t		 have = 0, cx = 0, start, len, eollen, done, c, hold;
	size_t		 pend;		/* pass-through: first byte not written */
	size_t		 eolpos;
	uint64_t	 skipped;	/* lines passed over in this buffer */
	uint64_t	 lines;
	ssize_t		 got;
	int		 eof = 0, err = 0, pass = passthrough(ctx), first = 1;
	int		 quick;
	struct cands	 cands;
	struct span	 sp;

	memset(&ln, 0, sizeof(ln));
	ln.text = keep;
	memset(bufmem, '\n', PAD);
	ln.no = 1;
	while (!eof && !ctx->stop) {
		got = input_read(in, buf + have, BUFSZ - have);
		if (got < 0) {
			err = 1;
			got = 0;
		}
		/* grep's rule: a NUL in the first block read makes it binary. */
		if (first && ctx->mode == SCAN_ANNOTATE && !ctx->text &&
		    memchr(buf, '\0', (size_t)got) != NULL) {
			*binary = 1;
			ctx->mode = SCAN_QUIET;
			ctx->found = 0;
			pass = 0;
		}
		first = 0;
		if (got == 0)
			eof = 1;
		have += (size_t)got;
		/* buf[0] to buf[cx - 1]: the line's last piece, done. */
		start = pend = cx;
		quick = quick_lines(ctx);
		skipped = 0;
		sp.p = sp.nb = 0;
		while (start < have && !ctx->stop) {
			cands.n = 0;
			cands.over = 1;
			if (quick && ln.len == 0) {
				/* Whole lines: counted and passed over when
				 * nothing in them may start a code. */
				lines = 0;
				start = span_skip(&sp, buf, start, have,
				    &lines);
				ln.no += lines;
				skipped += lines;
				if (start >= have)
					break;
				eolpos = line_span(&sp, buf, start, have,
				    &cands);
				if (eolpos == have)
					break;
				if (cands.n == 0 && !cands.over) {
					ln.no++;
					skipped++;
					start = eolpos + 1;
					continue;
				}
				nl = buf + eolpos;
			} else if ((nl = memchr(buf + start, '\n',
			    have - start)) == NULL)
				break;
			len = (size_t)(nl - (buf + start));
			eollen = 1;
			if (len > 0 && nl[-1] == '\r') {
				len--;
				eollen = 2;
			}
			c = start == cx ? cx : 0;
			if (!cands.over)
				line_whole(ctx, &ln, buf + start, len, &cands);
			else
				line_piece(ctx, &ln, buf + start - c, c, len, 0);
			done = start + len + eollen;
			if (pass && ln.r.n > 0 && ctx->out->color &&
			    ln.len == len) {
				/* The whole line is here: colour its codes. */
				out_input(ctx->out, buf + pend, start - pend);
				echo_line(ctx, &ln, buf + start, len);
				out_input(ctx->out, buf + start + len, eollen);
				pend = done;
			} else if (pass && (ln.r.n > 0 || ctx->line_buffered)) {
				out_input(ctx->out, buf + pend, done - pend);
				pend = done;
			}
			line_end(ctx, &ln, buf + start + len, eollen, name);
			start = done;
		}
		if (eof && start < have) {
			c = start == cx ? cx : 0;
			line_piece(ctx, &ln, buf + start - c, c, have - start, 0);
			start = have;
		} else if (start == cx && have == BUFSZ) {
			/* No end of line in a full buffer: a piece, all but
			 * its last bytes, and never between a CR and an LF. */
			hold = buf[have - TAIL_MAX - 1] == '\r' ? TAIL_MAX + 1 :
			    TAIL_MAX;
			line_piece(ctx, &ln, buf, cx, have - hold - cx, hold);
			start = have - hold;
		}
		if (skipped > 0 && ctx->mode == SCAN_SUMMARY)
			summary_lines(ctx->sum, NULL, 0, skipped);
		if (pass && pend < start)
			out_input(ctx->out, buf + pend, start - pend);
		if (eof && ln.len > 0)
			line_end(ctx, &ln, "", 0, name);
		cx = ln.len < CTX_MAX ? ln.len : CTX_MAX;
		memmove(buf, buf + start - cx, have - start + cx);
		have = have - start + cx;
		if (ferror(fp))
			return -2;
	}
	return err ? -1 : 0;
}

/* The summary, once every log has been read. */
void
scan_summary(struct scan_ctx *ctx)
{
	summary_write(ctx->sum, ctx->out);
}
