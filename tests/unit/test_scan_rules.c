/*
 * Unit tests of the scanner rule by rule: each word of each table, each
 * mark, each boundary and each digit limit, both ways; the vector path
 * against the byte loop; line numbers and offsets against a split of the
 * input written here.
 */
#include <sys/mman.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"
#include "unit.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Lone CR as line content, as grep -n counts lines: the reader ends
 * lines at LF only.
 */
#define LF_ONLY_LINES	1

/* The codes found in n bytes at s, as "550@6 5.1.1@10". */
static const char *
found_n(const char *s, size_t n)
{
	static char		 buf[2048];
	struct scan_result	 r;
	size_t			 i, len = 0;

	r.n = 0;
	scan_line(fenced(s, n), n, 0, &r);
	buf[0] = '\0';
	for (i = 0; i < r.n && len < sizeof(buf) - 32; i++) {
		const struct scan_code *c = &r.codes[i];

		if (c->kind == KIND_BASIC)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s%d@%zu", i ? " " : "", c->value, c->offset);
		else
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s%d.%d.%d@%zu", i ? " " : "", c->class,
			    c->subject, c->detail, c->offset);
	}
	return buf;
}

static const char *
found(const char *s)
{
	return found_n(s, strlen(s));
}

static int
expect(const char *line, const char *want, const char *file, int lineno)
{
	const char	*got = found(line);

	if (strcmp(got, want) == 0)
		return 1;
	fprintf(stderr, "%s:%d: in '%s': found '%s', want '%s'\n", file,
	    lineno, line, got, want);
	return 0;
}

#define FINDS(line, want)	CHECK(expect((line), (want), __FILE__, __LINE__))

/* A line, and the codes that must be found in it ("" for none). */
struct rule {
	const char	*line;
	const char	*want;
};

static void
check_rules(const struct rule *t, size_t n, const char *file, int lineno)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		CHECK(expect(t[i].line, t[i].want, file, lineno));
}

#define RULES(t)	check_rules((t), NELEM(t), __FILE__, __LINE__)

/* The same word in capitals. */
static void
upper(char *dst, const char *src, size_t size)
{
	size_t	 i;

	for (i = 0; src[i] != '\0' && i + 1 < size; i++)
		dst[i] = src[i] >= 'a' && src[i] <= 'z' ?
		    (char)(src[i] - 'a' + 'A') : src[i];
	dst[i] = '\0';
}

/*
 * Each word of a table, in lower case and in capitals, put in a line by
 * fmt (one %s): the code at the offset fmt gives when want is set, no
 * code at all otherwise.
 */
static void
each_word(const char *const *words, size_t n, const char *fmt, int want,
    int line)
{
	char	 s[128], w[64], exp[32];
	int	 k, off, casing;
	size_t	 i;

	for (i = 0; i < n; i++)
		for (casing = 0; casing < 2; casing++) {
			if (casing)
				upper(w, words[i], sizeof(w));
			else
				snprintf(w, sizeof(w), "%s", words[i]);
			k = snprintf(s, sizeof(s), fmt, w);
			off = (int)(strstr(s, "550") - s);
			snprintf(exp, sizeof(exp), "550@%d", off);
			(void)k;
			CHECK(expect(s, want ? exp : "", __FILE__, line));
		}
}

/* The words of the scanner's tables, written from what logs carry. */
static const char *const keys[] = {
	"action", "c", "code", "diag", "diagnostic_code", "diagnosticcode", "dsn",
	"enhanced_code", "enhanced_status", "enhanced_status_code", "error",
	"message", "reason", "reject", "rejcode", "rejinfo", "reply",
	"reply_code", "response",
	"response_code", "result", "smtp", "smtp_code", "smtp_reply",
	"smtp_response", "smtp_status", "smtpcode", "smtpresponse", "stat",
};

/*
 * Last parts after '_' that make any word a key (bounce_code), so that
 * letters glued before such a key leave it a key.
 */
static const char *const key_ends[] = {
	"code", "diagnostic", "error", "reason", "reply", "response",
};

/* Keys whose number is an HTTP status: only enhanced codes are taken. */
static const char *const status_keys[] = {
	"status", "status_code", "statuscode", "statusCode", "http_code",
	"httpstatus", "secode", "ecode",
};

/* Whether the last part of key after '_' is one of key_ends[]. */
static int
key_end(const char *key)
{
	const char	*part = strrchr(key, '_');
	size_t		 i;

	if (part == NULL)
		return 0;
	for (i = 0; i < NELEM(key_ends); i++)
		if (strcmp(part + 1, key_ends[i]) == 0)
			return 1;
	return 0;
}

static const char *const not_keys[] = {
	"age", "attempts", "bytes", "connections", "count", "delay",
	"duration", "elapsed", "errors", "id", "len", "length", "limit",
	"lines", "max", "messagecount", "messages", "min", "pid", "port",
	"queue", "queued", "rate", "rcpts", "rcvd", "recipients", "requests",
	"retries", "rows_examined", "rows_sent", "score", "size", "subject",
	"time", "timeout", "timeticks", "total", "ttl", "uid",
};

static const char *const units[] = {
	"attempts", "bits", "bytes", "changes", "connections", "days", "exists",
	"hours",
	"kb", "mb", "messages", "minutes", "ms", "msgs", "rcpts", "recent",
	"recipients", "s", "sec", "seconds", "secs", "sent", "skipped", "times",
};

static const char *const intro_words[] = {
	"answered", "code", "replied", "reply", "responded", "response",
	"returned", "said",
};

/* Transcript marks, alone or in runs before a blank: "<<< 250". */
static const char *const marks[] = {
	"-", "<", ">", "|", "~", "*", "<<<", ">>>", "<-", "->", "<~",
	"<**", "<==", "|>",
};

/* Words glued to a transcript mark: "S:250", "SMTP<< 250". */
static const char *const mark_words[] = {
	"recv", "reply", "response", "s", "server", "smtp",
};

/* Words after a capitalised unit that start a reply's sentence. */
static const char *const unit_verbs[] = {
	"are", "containing", "from", "has", "have", "is", "not", "temporarily",
	"to", "was", "were", "will", "with", "without",
};

/* Lines with a unit and one of unit_verbs[], and what each holds. */
static const struct {
	const char	*fmt, *want;
} verb_lines[] = {
	{ "said: 550 Connections %s x", "550@6" },
	{ "421 Messages %s x", "421@0" },
	{ "reject=550 Connections %s x", "550@7" },
	{ "said: 550 Connections %s ", "550@6" },
	/* Not in lower case, nor where no reply starts, nor glued. */
	{ "said: 550 messages %s x", "" },
	{ "the 550 Messages %s x", "" },
	{ "said: 550 Messages %sx x", "" },
	{ "said: 550 Messages  %s x", "" },
};

/* Words that are in none of the tables. */
static const char *const plain_words[] = {
	"foo", "host", "mailbox", "codes", "replies", "saidx", "xsaid",
};

static void
test_words(void)
{
	char	 buf[128];
	size_t	 i, k;

	/* Mark words: WORD:550, WORD<<< 550 and WORD>550 are replies; a
	 * plain word before the mark makes none. */
	each_word(mark_words, NELEM(mark_words), "%s:550 x", 1, __LINE__);
	each_word(mark_words, NELEM(mark_words), "%s<<< 550 x", 1, __LINE__);
	each_word(mark_words, NELEM(mark_words), "%s>550 x", 1, __LINE__);
	each_word(plain_words, NELEM(plain_words), "%s:550 x", 0, __LINE__);
	each_word(plain_words, NELEM(plain_words), "%s<<< 550 x", 0,
	    __LINE__);
	each_word(plain_words, NELEM(plain_words), "%s>550 x", 0, __LINE__);
	/* keys: key=550, "key":550, key="550 ..." find the code. */
	each_word(keys, NELEM(keys), "%s=550 x", 1, __LINE__);
	each_word(keys, NELEM(keys), "x %s=550", 1, __LINE__);
	each_word(keys, NELEM(keys), "{\"%s\":550}", 1, __LINE__);
	each_word(keys, NELEM(keys), "%s=\"550 x\"", 1, __LINE__);
	each_word(keys, NELEM(keys), "{\"%s\":\"550 x\"}", 1, __LINE__);
	/* ... and not with a letter or a digit glued to the key. */
	for (i = 0; i < NELEM(keys); i++)
		each_word(&keys[i], 1, "zz%s=550 x", key_end(keys[i]),
		    __LINE__);
	each_word(keys, NELEM(keys), "%sq=550 x", 0, __LINE__);
	each_word(keys, NELEM(keys), "9%s=550 x", 0, __LINE__);
	each_word(keys, NELEM(keys), "{\"%sq\":550}", 0, __LINE__);
	each_word(plain_words, NELEM(plain_words), "%s=550 x", 0, __LINE__);
	each_word(plain_words, NELEM(plain_words), "{\"%s\":550}", 0,
	    __LINE__);

	/* status_keys: an HTTP status, not a reply code. */
	each_word(status_keys, NELEM(status_keys), "%s=550 x", 0, __LINE__);
	each_word(status_keys, NELEM(status_keys), "x %s=550", 0, __LINE__);
	each_word(status_keys, NELEM(status_keys), "{\"%s\":550}", 0,
	    __LINE__);
	each_word(status_keys, NELEM(status_keys), "%s=\"550 x\"", 0,
	    __LINE__);

	/* not_keys: "size: 550" is a number; another word before a colon
	 * introduces a code. */
	each_word(not_keys, NELEM(not_keys), "%s: 550 x", 0, __LINE__);
	each_word(not_keys, NELEM(not_keys), "x %s: 550", 0, __LINE__);
	each_word(not_keys, NELEM(not_keys), "%s: \"550 x\"", 0, __LINE__);
	each_word(not_keys, NELEM(not_keys), "%s:\"550 x\"", 0, __LINE__);
	each_word(not_keys, NELEM(not_keys), "%sq: 550 x", 1, __LINE__);
	each_word(not_keys, NELEM(not_keys), "q%s: 550 x", 1, __LINE__);
	each_word(not_keys, NELEM(not_keys), "%s_x: 550 x", 1, __LINE__);
	each_word(plain_words, NELEM(plain_words), "%s: 550 x", 1, __LINE__);

	/* units: "(550 ms)" is a quantity, "(550 msx)" is not. */
	each_word(units, NELEM(units), "said: 550 %s", 0, __LINE__);
	each_word(units, NELEM(units), "(550 %s)", 0, __LINE__);
	each_word(units, NELEM(units), "said: 550 %s, x", 0, __LINE__);
	each_word(units, NELEM(units), "said: 550 %sq", 1, __LINE__);
	each_word(units, NELEM(units), "said: 550 %s9", 1, __LINE__);
	each_word(units, NELEM(units), "said: 550 q%s", 1, __LINE__);
	each_word(units, NELEM(units), "said: 550\t%s", 1, __LINE__);
	each_word(units, NELEM(units), "said: 550  %s", 1, __LINE__);
	each_word(plain_words, NELEM(plain_words), "said: 550 %s", 1,
	    __LINE__);
	/*
	 * ... unless, capitalised where a reply starts, it is the subject
	 * of the reply's sentence: "550 Connections not accepted from
	 * 192.0.2.1", "421 Messages from 192.0.2.1 temporarily deferred".
	 */
	for (i = 0; i < NELEM(unit_verbs); i++)
		for (k = 0; k < NELEM(verb_lines); k++) {
			snprintf(buf, sizeof(buf), verb_lines[k].fmt,
			    unit_verbs[i]);
			CHECK(expect(buf, verb_lines[k].want, __FILE__,
			    __LINE__));
		}
	CHECK(expect("said: 421 Messages deferred", "", __FILE__, __LINE__));
	/* A verb is a word in any case, and a whole one. */
	CHECK(expect("said: 550 Messages ARE refused", "550@6", __FILE__,
	    __LINE__));
	CHECK(expect("said: 550 Messages Were refused", "550@6", __FILE__,
	    __LINE__));
	CHECK(expect("said: 550 Messages arena x", "", __FILE__, __LINE__));
	CHECK(expect("said: 550 Messages to_x x", "", __FILE__, __LINE__));
	/* Nor is an address's local part a unit. */
	each_word(units, NELEM(units), "said: 550 %s@example.org x", 1,
	    __LINE__);
	CHECK(expect("said: 421 Messages not", "", __FILE__, __LINE__));

	/* intro_words: "the server replied 550". */
	each_word(intro_words, NELEM(intro_words), "the host %s 550 x", 1,
	    __LINE__);
	each_word(intro_words, NELEM(intro_words), "%s 550", 1, __LINE__);
	each_word(intro_words, NELEM(intro_words), "%s\t_ 550", 1, __LINE__);
	each_word(intro_words, NELEM(intro_words), "the host %sq 550 x", 0,
	    __LINE__);
	each_word(intro_words, NELEM(intro_words), "the host q%s 550 x", 0,
	    __LINE__);
	each_word(intro_words, NELEM(intro_words), "the host 9%s 550 x", 0,
	    __LINE__);
	each_word(plain_words, NELEM(plain_words), "the host %s 550 x", 0,
	    __LINE__);

	/* Transcript marks, against the code or before blanks. */
	each_word(marks, NELEM(marks), "%s 550 x", 1, __LINE__);
	/* The first mark, "-", alone between blanks parts fields. */
	each_word(marks + 1, NELEM(marks) - 1, "x %s 550 x", 1, __LINE__);
	each_word(marks + 1, NELEM(marks) - 1, "x %s  550 x", 1, __LINE__);
	each_word(marks, 1, "x %s 550 x", 0, __LINE__);
	each_word(marks, 1, "x %s  550 x", 0, __LINE__);
	/* An enhanced code may still stand there: Cisco's mail logs. */
	CHECK(expect("to RID 0 - 5.1.0 - Unknown address error", "5.1.0@11",
	    __FILE__, __LINE__));
	/* IIS's W3C log: the port and the HTTP status are fields. */
	CHECK(expect("2025-06-01 08:00:00 192.0.2.1 GET /owa/ - 443 - "
	    "192.0.2.7 Mozilla/5.0 - 401 1 2148074254 15", "", __FILE__,
	    __LINE__));
	each_word(marks, NELEM(marks), "x%s 550 x", 0, __LINE__);
	each_word(marks, NELEM(marks), "x/%s 550 x", 0, __LINE__);
	for (i = 0; i < NELEM(marks); i++) {
		if (strchr(marks[i], '<') == NULL &&
		    strchr(marks[i], '>') == NULL)
			continue;
		/* Only the angle brackets may stand against the code. */
		if (marks[i][strlen(marks[i]) - 1] != '<' &&
		    marks[i][strlen(marks[i]) - 1] != '>')
			continue;
		each_word(&marks[i], 1, "%s550 x", 1, __LINE__);
		each_word(&marks[i], 1, "x %s550 x", 1, __LINE__);
		each_word(&marks[i], 1, "x%s550 x", 0, __LINE__);
	}
	/* Not marks. */
	FINDS("+ 550 x", "");
	FINDS("/ 550 x", "");
	FINDS("@ 550 x", "");
	FINDS("x -550 x", "");
	FINDS("x ~550 x", "");
	FINDS("x |550 x", "");
	FINDS("x =550 x", "");
}

/* What stands before a code: each case of the left boundary. */
static const struct rule left_rules[] = {
	{ "550 x", "550@0" },
	/* an indented number is a counter, unless a reply goes on */
	{ "  550 x", "" },
	{ "\t550 x", "" },
	{ "  550-x", "550@2" },
	{ "  550 5.1.1 x", "550@2 5.1.1@6" },
	/* '_' is a blank in qmail's lines only, where it also follows */
	{ "_550 x", "" },
	{ "x:_550_x", "550@3" },
	/* key=, and a word that is no key */
	{ "reject=550", "550@7" },
	{ "foo=550", "" },
	{ "=550", "" },
	{ "x==550", "" },
	/* "key = value": '=' after a blank is no transcript mark */
	{ "= 550 x", "" },
	{ "x = 550 x", "" },
	{ "x =  550 x", "" },
	{ "reject = 550 x", "550@9" },
	{ "x == 550 x", "550@5" },
	/* ... but a run of marks that ends in '=' is one, at the start too */
	{ "<= 550 x", "550@3" },
	{ "== 550 x", "550@3" },
	{ "-=  550 x", "550@4" },
	{ "x <= 550 x", "550@5" },
	{ "x<= 550 x", "" },
	{ "a= 550 x", "" },
	{ "9= 550 x", "" },
	/* status keys: an HTTP status, or an enhanced code */
	{ "status=550 x", "" },
	{ "{\"statusCode\":550}", "" },
	{ "http_status=550 x", "" },
	{ "status=5.1.1 x", "5.1.1@7" },
	{ "{\"status\":\"5.1.1\"}", "5.1.1@11" },
	{ "status: 5.1.10 x", "5.1.10@8" },
	/* subjects over 7: only after a key or a status word */
	{ "x 5.10.1 y", "" },
	{ "said: 5.10.1 y", "" },
	{ "reason=5.10.1 y", "5.10.1@7" },
	{ "DSN status 5.10.1 y", "5.10.1@11" },
	/* words of other languages, and of how long it lasts */
	{ "Erreur permanente 5.1.2 : x", "5.1.2@18" },
	{ "erreur 5.1.1 x", "5.1.1@7" },
	{ "Fehler 5.1.1 x", "5.1.1@7" },
	{ "Permanent 5.1.1 x", "5.1.1@10" },
	{ "temporary 4.2.2 x", "4.2.2@10" },
	{ "Erreur temporaire 4.2.2 x", "4.2.2@18" },
	/* Postfix's access actions (access(5)), a policy service's too */
	{ "action=DEFER_IF_PERMIT 4.7.1 over its limit", "4.7.1@23" },
	{ "action=REJECT 5.7.1 go away", "5.7.1@14" },
	{ "DEFER 4.7.1 later", "4.7.1@6" },
	{ "DEFER_IF_REJECT 4.7.1 x", "4.7.1@16" },
	{ "IF_PERMIT 4.7.1 x", "" },
	/* a gateway's record of key=value fields between bars */
	{ "Act=Rej|RejCode=550|RejInfo=5.1.1 no such user|x=1", "550@16 5.1.1@28" },
	{ "Act=Rej|Size=550|Count=421|x", "" },
	{ "x|550|y", "" },
	{ "rejected 5.7.1 x", "" },
	{ "permanently 5.1.2 x", "" },
	{ "Temporarily 4.2.2 x", "" },
	{ "said: 5.1.10 y", "5.1.10@6" },
	{ "said: 5.1.100 y", "5.1.100@6" },
	{ "said: 5.1.1000 y", "" },
	{ "said: 5.01.1 y", "" },
	/* quotes */
	{ "\"550 x\"", "550@1" },
	{ "'550 x'", "550@1" },
	{ "stat=\"550 x\"", "550@6" },
	{ "stat='550 x'", "550@6" },
	{ "foo=\"550 x\"", "" },
	{ "b'250 OK'", "250@2" },
	{ "reply: b'250 OK'", "250@9" },
	{ "xb'250 OK'", "" },
	{ "(b'250 OK')", "250@3" },
	{ "(250, b'2.0.0 OK')", "250@1 2.0.0@8" },
	{ ")b'250 OK'", "" },
	{ "9b'250 OK'", "" },
	{ "x b\"250 OK\"", "250@4" },
	{ "reply:\"550 x\"", "550@7" },
	{ "size:\"550 x\"", "" },
	{ "{\"code\":\"550 x\"}", "550@9" },
	{ "{\"size\":\"550 x\"}", "" },
	{ "{\"foo\":\"550 x\"}", "" },
	{ "said: \"550 x\"", "550@7" },
	{ "said:  \t\"550 x\"", "550@9" },
	{ "size: \"550 x\"", "" },
	{ "size:  \"550 x\"", "" },
	{ "size: \t_\"550 x\"", "" },
	{ "x \"550 x\"", "550@3" },
	/* a word that is a key before ':' or '=' is a plain word before a
	 * blank */
	{ "size \"550 x\"", "550@6" },
	{ "status \"550 x\"", "550@8" },
	{ "size \"5.1.1 x\"", "5.1.1@6" },
	{ "lines \"550 x\"", "550@7" },
	{ "queued \"550 x\"", "550@8" },
	{ "  \"550 x\"", "550@3" },
	{ "(\"550 x\")", "550@2" },
	{ "x\"550 x\"", "" },
	{ "9\"550 x\"", "" },
	{ "x,>,\"220 ok\"", "220@5" },
	{ "x,<,\"220 ok\"", "220@5" },
	{ ">,\"220 ok\"", "220@3" },
	{ "x,\"220 ok\"", "" },
	{ "x,-,\"220 ok\"", "" },
	{ "x>,\"220 ok\"", "" },
	/* '#' */
	{ "#550 x", "550@1" },
	/* after a blank, a reply only after words that announce one */
	{ "x #550 x", "" },
	{ "x\t#550 x", "" },
	{ "reply #550 x", "550@7" },
	{ "server reply\t#552 x", "552@14" },
	{ "Ticket #421 x", "" },
	{ "<mx.example.org #553 sorry, no>", "553@17" },
	{ "v1.2 #553 x", "" },
	{ "Linux 5.4.0-182-generic #202-Ubuntu SMP", "" },
	{ "closed issues #550 and #554", "" },
	/* an enhanced code still: Exchange's "<host #5.2.2>" */
	{ "x #5.2.2 x", "5.2.2@3" },
	{ "<mx.example.com #5.2.2>", "5.2.2@17" },
	{ "(#550)", "550@2" },
	{ "<#550>", "" },
	{ "<#550 x", "550@2" },
	{ "x#550 x", "" },
	{ "x:#550 x", "" },
	/* '(' */
	{ "x(550)", "" },		/* a call: SmtpClient.php(418) */
	{ "x (550)", "550@3" },
	/* Postfix's master names a service, then its port. */
	{ "warning: service \"smtps\" (465) has reached its limit", "" },
	{ "x \" (550)", "" },
	{ "x \"(550)", "550@4" },
	{ "x' (550)", "550@4" },
	{ "(550 x", "550@1" },
	/* ';' */
	{ "smtp;550 x", "550@5" },
	{ "x;550 x", "550@2" },
	{ ";550 x", "" },
	{ "1;550 x", "" },
	{ ";;550 x", "" },
	{ "x; 550 x", "550@3" },
	{ "1; 550 x", "550@3" },
	/* ':' against the code: JSON, or a key's field printed as Go does */
	{ "{\"code\":550}", "550@8" },
	{ "{\"Code\":550}", "550@8" },
	{ "{\"size\":550}", "" },
	{ "code:550 x", "550@5" },
	{ "&textproto.Error{Code:421, Msg:\"x\"}", "421@22" },
	{ "{Code:421 Msg:x}", "421@6" },
	{ "status:5.1.1 x", "5.1.1@7" },
	{ "size:550 x", "" },
	/* Columns of a table of bounces: a pair of one class */
	{ "a@b.example,550,5.1.1 user unknown,2025", "550@12 5.1.1@16" },
	{ "a@b.example,554,\"5.7.1 spam\",2025", "554@12 5.7.1@17" },
	{ "x,550,5.1.1,y", "550@2 5.1.1@6" },
	{ "x,550,4.1.1 y", "" },
	{ "x,5500,5.1.1 y", "" },
	{ "x,550-,5.1.1 y", "" },
	{ "x,550,,5.1.1 y", "" },
	/* ... and in words, with a blank after the comma */
	{ "failed with code 550, 5.1.1 <a@b>: x", "550@17 5.1.1@22" },
	{ "failed with code 550, 4.2.1 x", "550@17" },
	{ "failed with code 550,  5.1.1 x", "550@17" },
	/* A key of Maddy's JSON for the enhanced code */
	{ "{\"smtp_enchcode\":\"4.2.1\"}", "4.2.1@18" },
	{ "{\"smtp_encode\":\"4.2.1\"}", "" },
	/* A count of things, not a reply */
	{ "Subject: statement (550 items)", "" },
	{ "(421 lines)", "" },
	{ "(550 itemsx)", "550@1" },
	/* HTTP's reason phrases (RFC 9110): a web server's status */
	{ "API said: 503 Service Unavailable", "" },
	{ "API said: 500 internal server error, retry", "" },
	{ "API said: 502 Bad Gateway", "" },
	{ "API said: 504 Gateway Timeout", "" },
	{ "API said: 501 Not Implemented", "" },
	{ "https://shop.example.com/ answered 521 Web Server Is Down", "" },
	{ "said: 521 Web Server Is Downstream", "521@6" },
	{ "said: 521 5.3.2 Web Server Is Down", "521@6 5.3.2@10" },
	{ "said: 521 Host does not accept mail", "521@6" },
	{ "said: 503 Bad sequence of commands", "503@6" },
	{ "said: 503 Service Unavailables", "503@6" },
	{ "said: 503 Service", "503@6" },
	{ "said: 550 Service Unavailable", "550@6" },
	{ "said: 503 5.5.1 Service Unavailable", "503@6 5.5.1@10" },
	/* '(' after a name: a call, unless Python's bytes of a reply follow */
	{ "SMTPDataError(550, b'5.7.1 no')", "550@14 5.7.1@21" },
	{ "Refused(451, b\"4.1.8 x\")", "451@8 4.1.8@15" },
	{ "f(550, 'x')", "" },
	{ "f(550, b)", "" },
	{ "f(550,b'x')", "" },
	{ "f(5500, b'x')", "" },
	{ "port:587 x", "" },
	{ "pid:450 x", "" },
	{ "mycode:550 x", "" },
	{ "code:5500 x", "" },
	{ "10:45:12 x", "" },
	{ "Status:200 OK", "" },
	/* Under a key, no second digit above 5 (RFC 5321 4.2.1) */
	{ "{\"code\":498,\"message\":\"No MX\"}", "" },
	{ "{\"code\":459}", "459@8" },
	{ "code=560 x", "" },
	{ "said: 598 x", "598@6" },
	/* 200 to 209 under a key: HTTP's, SMTP has none */
	{ "{\"code\":200,\"message\":\"Queued\"}", "" },
	{ "{\"code\":209}", "" },
	{ "{\"code\":211}", "211@8" },
	/* Nor with HTTP's reason phrase after them (RFC 9110 15.3). */
	{ "POST /v1 from 192.0.2.5:5012 -> 200 OK, 3 queued", "" },
	{ "<- 200 ok", "" },
	{ "<- 201 Created", "" },
	{ "<- 202 Accepted x", "" },
	{ "<- 204 No Content", "" },
	{ "<- 204 No", "204@3" },
	{ "<- 200 OKAY", "200@3" },
	{ "<- 250 OK", "250@3" },
	/* After a full-width colon, a reply's English words after it. */
	{ "\xe8\xbf\x94\xe5\x9b\x9e\xef\xbc\x9a" "550 User not found", "550@9" },
	{ "x\xef\xbc\x9a" "421 Too many", "421@4" },
	{ "\xe7\xab\xaf\xe5\x8f\xa3\xef\xbc\x9a" "587 open", "" },
	{ "\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a" "550", "" },
	{ "\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a" "550 \xe7\x94\xa8", "" },
	{ "x\xef\xbc\x9b" "550 User not found", "" },
	{ "x\xee\xbc\x9a" "550 User not found", "" },
	/* SMTP has no reply 400 to 409 alone: Sendmail's come paired. */
	{ "ApiException(code: 401): Unauthorized at x", "" },
	{ "said: 404 x", "" },
	{ "said: 409 x", "" },
	{ "said: 410 x", "410@6" },
	{ "reject=403 4.7.0 too weak", "403@7 4.7.0@11" },
	{ "api responded 429 Too Many Requests, retry", "" },
	{ "said: 429 too many connections", "429@6" },
	/* HTTP's reason phrase in parentheses, and the statuses that SMTP
	 * replies' shape allows. */
	{ "API response 422 (Unprocessable Entity): x", "" },
	{ "said: 421 Misdirected Request", "" },
	{ "said: 507 Insufficient Storage", "" },
	{ "said: 422 (Unprocessable Content)", "" },
	{ "said: 422 (Unprocessable)", "422@6" },
	{ "said: 421 locked out", "421@6" },
	/* A sending service's "smtp" field holds the reply. */
	{ "{\"smtp\":\"421 mwinf5d41 ME Service refuse\"}", "421@9" },
	{ "{\"smtp\": 587}", "" },
	/* MailKit's status, its name before it: the name must be its. */
	{ "StatusCode=MailboxUnavailable(550) Mailbox=a@b", "550@30" },
	{ "x MailboxBusy(550)", "" },
	{ "x Ok(250)", "" },
	{ "xMailboxUnavailable(550)", "" },
	{ "MailboxUnavailable(550x)", "" },
	/* mox's secode holds an enhanced code alone, next to code= */
	{ "code=550 secode=5.7.1 errmsg=\"junk\"", "550@5 5.7.1@16" },
	{ "err=x secode=5.1.2 y", "5.1.2@13" },
	{ "secode=550 x", "" },
	/* Yahoo's notice gives the reply at the start of a line, a colon
	 * after it; any other number and colon there is a line's. */
	{ "554: delivery error: dd no account", "554@0" },
	{ "554: delivery error", "" },
	{ "421: some text", "" },
	{ "  554: delivery error: x", "" },
	/* qmail's chkuser after its code, blanks made '_' */
	{ "said:_511_sorry,_no_mailbox_(#5.1.1_-_chkuser)/", "511@6 5.1.1@30" },
	{ "x (#5.1.1_y", "5.1.1@4" },
	{ "x #5.1.1_y", "" },
	/* Stalwart's ecode, blanks around its '=' */
	{ "code = 550, ecode = \"5.1.1\", details", "550@7 5.1.1@21" },
	{ "ecode = 550, x", "" },
	/* A process id in a column of its own, from the line's start. */
	{ "108     250-SIZE 100", "250@8" },
	{ "9     250-SIZE 100", "250@6" },
	/* Counters before a colon. */
	{ "    Total requests: 452", "" },
	{ "Status: Active  MessageCount: 421  Next", "" },
	/* A quoted field of Exchange's message tracking log. */
	{ "2026-01-05T10:00:00Z,192.0.2.1,EX1,SMTP,SEND,42,<a@b>,,c@d,\"250 "
	    "Requested mail action okay, completed\",1", "250@60" },
	{ "2026-01-05T10:00:00Z,EX1,ROUTING,FAIL,42,<a@b>,,c@d,\"550 5.1.1 "
	    "x, y\",1", "550@53 5.1.1@57" },
	{ "name,\"250 Requested mail action okay\",1", "" },
	{ "x,SENDER,\"250 ok\"", "" },
	/* Form-encoded bodies: '&' ends a field, '+' is a blank. */
	{ "code=550&error=x", "550@5" },
	{ "x&code=421&y=1", "421@7" },
	{ "error=5.1.1+The+account", "5.1.1@6" },
	{ "status=4.2.2&x", "4.2.2@7" },
	{ "id=550&x=1", "" },
	{ "550&x", "" },
	{ "said 550&x", "" },
	{ "code=550+x", "" },
	{ "version=2.1.3+dfsg", "" },
	{ "code=204 x", "" },
	{ "code=250 x", "250@5" },
	{ "said: 200 x", "200@6" },
	/* an export's row: an enhanced code as a field of its own, when
	 * one of the three fields before it is a delivery's status */
	{ "\"x\",\"bounced\",\"5.3.4\",\"size\"", "5.3.4@15" },
	{ "mx01|milter-reject|END-OF-MESSAGE|4.7.1|Try again", "4.7.1@34" },
	{ "a|deferred|b|c|4.7.1|x", "4.7.1@15" },
	{ "a|deferred|b|c|d|4.7.1|x", "" },
	{ "pkg,libfoo,5.1.1,amd64", "" },
	{ "x,bounced,550,y", "" },
	{ "x|Bounced|5.1.1", "5.1.1@10" },
	{ "x|unbounced|5.1.1", "" },
	/* FTP servers' and clients' syslog lines: their replies are FTP's */
	{ "Sep 22 13:28:40 files proftpd[6620]: files.example.com - FTP "
	    "session closed: 421 Idle timeout", "" },
	{ "May 11 06:10:40 build lftp[3301]: <--- 421 Idle timeout", "" },
	{ "May 11 06:10:40 mx postfix/smtp[3301]: said: 421 Idle timeout",
	    "421@45" },
	{ "May 11 06:10:40 ftp vsftpd[1]: said: 550 5.1.1 x", "550@37 5.1.1@41" },
	/* vsftpd's log of an FTP server's replies */
	{ "[pid 42] [jo] FTP response: Client \"::ffff:192.0.2.7\", "
	    "\"550 Failed to open file.\"", "" },
	{ "[pid 42] FTP response: Client \"192.0.2.7\", \"226 Done\"", "" },
	{ "said: Client \"192.0.2.7\", \"550 x\"", "550@27" },
	/* a word of HTTP before a colon */
	{ "requests.exceptions.HTTPError: 500 Server Error", "" },
	{ "HttpException: 503 x", "" },
	/* however long the word */
	{ "HttpResponseStatusExceptionForGatewayTimeout: 504 x", "" },
	{ "Error: 500 x", "500@7" },
	{ "HTTP: 500 x", "500@6" },
	{ ":550 x", "" },
	{ "\":550 x", "" },
	/* Symfony's code that did not come, quoted or not, then the one
	 * that did. */
	{ "Expected response code \"250\" but got code \"550\"",
	    "550@43" },
	{ "Expected response code 354 but got code \"554\"", "554@41" },
	{ "expected response code \"250\" but got an empty response", "" },
	{ "Unexpected response code \"250\"", "250@26" },
	{ "the response code \"250\"", "250@19" },
	{ "response code 250", "250@14" },
	/* ':' then blanks */
	{ "said: 550 x", "550@6" },
	{ "said:\t550 x", "550@6" },
	{ "said:_550 x", "550@6" },
	{ "said:   550 x", "550@8" },
	{ "x: 550 x", "550@3" },
	{ ": 550 x", "550@2" },
	{ "1: 550 x", "550@3" },
	{ "size: 550 x", "" },
	{ "{\"size\": 550}", "" },
	{ "{\"code\": 550}", "550@9" },
	{ "{\"foo\": 550}", "" },
	/* angle brackets against the code */
	{ "<<<250 ok", "250@3" },
	{ ">>>250 ok", "250@3" },
	{ "x <<<250 ok", "250@5" },
	{ "x<<<250 ok", "" },
	{ "<-<250 ok", "250@3" },
	{ "x <250 ok", "250@3" },
	{ "x\t>250 ok", "250@3" },
	/* Exchange's ",>," */
	{ "x,>,220 ok", "220@4" },
	{ "x,<,220 ok", "220@4" },
	{ ">,220 ok", "220@2" },
	{ "<,220 ok", "220@2" },
	{ "x>,220 ok", "" },
	{ "x,220 ok", "" },
	{ ",220 ok", "" },
	{ "x,-,220 ok", "" },
	/* other bytes before the code */
	{ "x/550 x", "" },
	{ "x@550 x", "" },
	{ "x[550 x", "" },
	{ "x{550 x", "" },
	{ "x!550 x", "" },
	{ "x 550 x", "" },
	{ "x- 550 x", "" },
	{ "9 550 x", "550@2" },		/* a pid column */
	{ "x 9 550 x", "" },
	{ "x) 550 x", "" },
	{ "x\" 550 x", "" },
	/* candidates start a word */
	{ "a550 x", "" },
	{ "A550 x", "" },
	{ "z550 x", "" },
	{ "Z550 x", "" },
	{ "1550 x", "" },
	{ ".550 x", "" },
	{ "said: x550 x", "" },
	{ "said: .550 x", "" },
	{ "said: 0550 x", "" },
	{ "said: 9550 x", "" },
	{ "said: -550 x", "" },
	{ "\x80" "550 x", "" },
	{ "a5.1.1 x", "" },
	{ "said: 15.1.1 x", "" },
	{ "said: .5.1.1 x", "" },
	{ "said: v5.1.1 x", "" },
};

/* What follows a code: each case of the right boundary. */
static const struct rule right_rules[] = {
	/* A colon after a mark's code: "said: 554: ...", Go's errors. */
	{ "said: 554: delivery error", "554@6" },
	{ "said: 554:", "554@6" },
	{ "said: 554:x", "" },
	{ "SMTP error 421: Too many connections", "421@11" },
	{ "smtp  error 421: x", "" },
	{ "xsmtp error 421: x", "" },
	{ "error 421: x", "" },
	{ "x 421: y", "" },
	{ "421: y", "" },
	{ "code=421: y", "" },
	{ "Merged #550: fix", "" },
	{ "Merged #550 fix", "" },
	{ "server reply #552: mailbox over quota", "552@14" },
	{ "said: 550", "550@6" },
	{ "said: 550 x", "550@6" },
	{ "said: 550\tx", "550@6" },
	{ "said: 550_x", "" },		/* '_' only after '_' */
	{ "said:_550_x", "550@6" },
	{ "said: 550\r", "550@6" },
	{ "said: 550\"", "550@6" },
	{ "said: 550'", "550@6" },
	{ "said: 550)", "550@6" },
	{ "said: 550,", "550@6" },
	{ "said: 550;", "550@6" },
	{ "said: 550}", "550@6" },
	{ "said: 550-x", "550@6" },
	{ "said: 550-", "550@6" },
	{ "said: 550--", "550@6" },
	{ "said: 550.", "550@6" },
	{ "said: 550. x", "550@6" },
	{ "said: 550.\tx", "" },
	{ "said: 550.\r", "550@6" },
	{ "said: 550.\"", "550@6" },
	{ "said: 550.\\n", "550@6" },
	{ "said: 550.'", "" },
	{ "said: 550.)", "" },
	{ "said: 550-1", "" },
	{ "said: 550.x", "" },
	{ "said: 550.5", "" },
	{ "said: 550..", "" },
	{ "said: 550x", "" },
	{ "said: 550X", "" },
	{ "said: 5500", "" },
	{ "said: 550]", "" },
	{ "said: 550>", "" },
	{ "said: 550:", "550@6" },
	{ "said: 550/", "" },
	{ "said: 550@", "" },
	{ "said: 550\x80", "" },
	{ "said: 550\n", "550@6" },
	{ "said: 5.1.1", "5.1.1@6" },
	{ "said: 5.1.1 x", "5.1.1@6" },
	{ "said: 5.1.1\t", "5.1.1@6" },
	{ "said: 5.1.1_", "" },
	{ "said:_5.1.1_", "5.1.1@6" },
	{ "said: 5.1.1\r", "5.1.1@6" },
	{ "said: 5.1.1\"", "5.1.1@6" },
	{ "said: 5.1.1'", "5.1.1@6" },
	{ "said: 5.1.1)", "5.1.1@6" },
	{ "said: 5.1.1,", "5.1.1@6" },
	{ "said: 5.1.1;", "5.1.1@6" },
	{ "said: 5.1.1}", "5.1.1@6" },
	{ "said: 5.1.1]", "5.1.1@6" },
	{ "said: 5.1.1>", "5.1.1@6" },
	{ "said: 5.1.1.", "5.1.1@6" },
	{ "said: 5.1.1. x", "5.1.1@6" },
	{ "said: 5.1.1.\r", "5.1.1@6" },
	{ "said: 5.1.1.\"", "5.1.1@6" },
	{ "said: 5.1.1.\\n", "5.1.1@6" },
	{ "said: 5.1.1.'", "" },
	{ "said: 5.1.1:", "5.1.1@6" },
	{ "said: 5.1.1: x", "5.1.1@6" },
	{ "said: 5.1.1:\tx", "" },
	{ "said: 5.1.1:\r", "5.1.1@6" },
	{ "said: 5.1.1:\"", "5.1.1@6" },
	{ "said: 5.1.1:\\n", "5.1.1@6" },
	{ "said: 5.1.1:'", "" },
	{ "said: 5.1.1.x", "" },
	{ "said: 5.1.1:x", "" },
	{ "said: 5.1.1:1", "" },
	{ "said: 5.1.1-x", "" },
	{ "said: 5.1.1-", "" },
	{ "said: 5.1.1/", "" },
	{ "said: 5.1.1x", "" },
	{ "said: 5.1.1@", "" },
	/* Longer dotted numbers are no codes. */
	{ "said: 5.1.1.1", "" },
	{ "said: 2.1.5.7 x", "" },
	{ "said: 5.1.1-2", "" },
	{ "said: 5.1.1-2 x", "" },
	{ "said: 5.1.10", "5.1.10@6" },
	{ "said: 5.1.100", "5.1.100@6" },
	{ "said: 5.1.1000", "" },
	{ "said: 5.1.1 5.1.2", "5.1.1@6" },
	{ "said: 5.1.1 9", "5.1.1@6" },
	{ "said: 5.1.1\t9", "5.1.1@6" },
	{ "said: 5.1.1)9", "5.1.1@6" },
	{ "said: 5.1.1\"9", "5.1.1@6" },
	{ "x 550 5.1.1 9", "550@2 5.1.1@6" },
	{ "x 550 5.1.1,9", "550@2 5.1.1@6" },
	/* A unit must follow one space and be a whole word. */
	{ "said: 550 ms", "" },
	{ "said: 550 MS", "" },
	{ "said: 550 Ms.", "" },
	{ "said: 550 ms)", "" },
	{ "said: 550 ms9", "550@6" },
	{ "said: 550 msg", "550@6" },
	{ "said: 550 m", "550@6" },
	{ "said: 550 ", "550@6" },
	{ "said: 550 9", "550@6" },
	{ "said: 550 abcdefghijklmnopqrstuvwxyzabcdefgh", "550@6" },
};

/* The digits a code may have, at each limit and one past it. */
static const struct rule digit_rules[] = {
	{ "said: 100 x", "" },
	{ "said: 199 x", "" },
	{ "said: 200 x", "200@6" },
	{ "said: 250 x", "250@6" },
	{ "said: 354 x", "354@6" },
	{ "said: 421 x", "421@6" },
	{ "said: 559 x", "559@6" },
	{ "said: 599 x", "599@6" },
	{ "said: 600 x", "" },
	{ "said: 650 x", "" },
	{ "said: 000 x", "" },
	{ "said: 099 x", "" },
	{ "said: 900 x", "" },
	{ "said: 250 x", "250@6" },
	{ "said: 259 x", "259@6" },
	{ "said: 260 x", "260@6" },
	{ "said: 550 x", "550@6" },
	{ "said: 559 x", "559@6" },
	{ "said: 560 x", "560@6" },
	{ "said: 569 x", "569@6" },
	{ "said: 590 x", "590@6" },
	{ "said: 540 x", "540@6" },
	{ "said: 205 x", "205@6" },
	{ "said: 500 x", "500@6" },
	{ "said: 5a0 x", "" },
	{ "said: 55a x", "" },
	{ "said: 55 x", "" },
	{ "said: 5 x", "" },
	{ "said: 55", "" },
	{ "said: 5", "" },
	{ "550", "550@0" },
	{ "55", "" },
	{ "5", "" },
	{ "", "" },
	/* enhanced: class 2, 4 or 5 */
	{ "said: 1.1.1 x", "" },
	{ "said: 2.1.1 x", "2.1.1@6" },
	{ "said: 3.1.1 x", "" },
	{ "said: 4.1.1 x", "4.1.1@6" },
	{ "said: 5.1.1 x", "5.1.1@6" },
	{ "said: 6.1.1 x", "" },
	{ "said: 0.1.1 x", "" },
	{ "said: 9.1.1 x", "" },
	/* subject 0 to 7 */
	{ "said: 5.0.0 x", "5.0.0@6" },
	{ "said: 5.7.1 x", "5.7.1@6" },
	{ "said: 5.8.1 x", "" },
	{ "said: 5.9.1 x", "" },
	{ "said: 4.8.0 x", "" },
	{ "said: 2.8.0 x", "" },
	{ "said: 5.01.1 x", "" },
	{ "said: 5.00.1 x", "" },
	{ "said: 5.10.1 x", "" },
	{ "said: 5.1000.1 x", "" },
	{ "said: 5..1 x", "" },
	{ "said: 5.a.1 x", "" },
	/* detail 0 to 999, no leading zero */
	{ "said: 5.1.0 x", "5.1.0@6" },
	{ "said: 5.1.9 x", "5.1.9@6" },
	{ "said: 5.1.99 x", "5.1.99@6" },
	{ "said: 5.1.999 x", "5.1.999@6" },
	{ "said: 5.1.1000 x", "" },
	{ "said: 5.1.01 x", "" },
	{ "said: 5.1.00 x", "" },
	{ "said: 5.1.010 x", "" },
	{ "said: 5.1. x", "" },
	{ "said: 5.1.a x", "" },
	{ "said: 5.1", "" },
	{ "said: 5.1.", "" },
	{ "said: 5.", "" },
	{ "5.1.1", "5.1.1@0" },
	{ "5.1.", "" },
	{ "5.1.1.", "5.1.1@0" },
	/* Version numbers and the like. */
	{ "kernel 250 5.4.0-150-generic", "" },
	{ "said: 250 5.4.0-150-generic", "250@6" },
	{ "Linux 5.4.0-150", "" },
	{ "v 4.0.0.1 x", "" },
	{ "said: 250 5.4.0.1 x", "250@6" },
	{ "x 250 5.4.0.1 x", "" },
};

/* A reply code and an enhanced code together: trusted anywhere. */
static const struct rule pair_rules[] = {
	{ "x 550 5.1.1 y", "550@2 5.1.1@6" },
	{ "x 550-5.1.1 y", "550@2 5.1.1@6" },
	{ "x 550_5.1.1 y", "550@2 5.1.1@6" },
	/* IIS's W3C logs write a blank in a field as '+'. */
	{ "- 550+5.1.1+User+unknown 0 0", "550@2 5.1.1@6" },
	{ "- 421+4.4.2+Connection+dropped", "421@2 4.4.2@6" },
	/* A blank percent-encoded, in a URL or a form body. */
	{ "q?reply=550%205.1.1%20no%20such%20user", "550@8 5.1.1@14" },
	{ "q?reply=550%2x5.1.1 y", "" },
	{ "q?reply=550%20%205.1.1 y", "" },
	{ "x 550%2", "" },
	/* After a byte percent-encoded ("smtp;" in a form body). */
	{ "diag%22%3A%22smtp%3B550+5.1.1+user", "550@20 5.1.1@24" },
	{ "diag%3b550 5.1.1 x", "550@7 5.1.1@11" },
	{ "x%3G550 5.1.1 y", "" },
	{ "x3B550 5.1.1 y", "" },
	{ "x%3B5501 5.1.1 y", "" },
	{ "x 550++5.1.1 y", "" },
	{ "x 550+ 5.1.1 y", "" },
	{ "x 550\t5.1.1 y", "550@2 5.1.1@6" },
	{ "x 550  5.1.1 y", "550@2 5.1.1@7" },
	{ "x 550 #5.1.1 y", "550@2 5.1.1@7" },
	{ "x 550-#5.1.1 y", "550@2 5.1.1@7" },
	{ "x 550 5.1.1", "550@2 5.1.1@6" },
	{ "x 550 5.1.1.", "550@2 5.1.1@6" },
	{ "x 550 5.1.1-x", "550@2 5.1.1@6" },
	{ "x 550 5.1.1x", "550@2 5.1.1@6" },
	{ "x 550--5.1.1 y", "" },
	{ "x 550 ##5.1.1 y", "" },
	{ "x 5505.1.1 y", "" },
	{ "x 550.5.1.1 y", "" },
	{ "x 550 6.1.1 y", "" },
	{ "x 550 5.8.1 y", "550@2 5.8.1@6" },	/* RFC 3463 syntax */
	{ "x 550 5.1 y", "" },
	{ "x 650 5.1.1 y", "" },
	{ "x 450 5.1.1 y", "450@2 5.1.1@6" },
	{ "x 550 5.1.1 550 5.1.1 y", "550@2 5.1.1@6" },
	{ "x 550 5.1.1 551 5.1.1 y", "550@2 5.1.1@6 551@12" },
	{ "x 550 5.1.1 550 5.1.2 y", "550@2 5.1.1@6 5.1.2@16" },
	{ "x 550 5.1.1 550 4.1.1 y", "550@2 5.1.1@6 4.1.1@16" },
	{ "x 550 5.1.1 550 5.2.1 y", "550@2 5.1.1@6 5.2.1@16" },
	{ "said: 550 x; said: 5.5.0 x", "550@6 5.5.0@19" },
	{ "x 250 2.0.0 y 250 2.0.0 z 251 2.0.0", "250@2 2.0.0@6 251@26" },
};

static int	same_result(const struct scan_result *,
		    const struct scan_result *);

/*
 * Scan with the byte loop into r[1], then with each vector width there
 * is into r[0]: r[0] keeps the first result that differs from r[1], or
 * the last one.
 */
static void
scan_paths(const char *s, size_t n, size_t base, struct scan_result r[2])
{
	static struct scan_result	 t;
	int				 level, differs = 0;

	s = fenced(s, n);
	scan_simd(SCAN_SIMD_NONE);
	r[1].n = 0;
	scan_line(s, n, base, &r[1]);
	r[0] = r[1];
	for (level = SCAN_SIMD_SSE2; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		t.n = 0;
		scan_line(s, n, base, &t);
		if (!differs)
			r[0] = t;
		differs |= !same_result(&t, &r[1]);
	}
	scan_simd(SCAN_SIMD_AVX512);
}

static int
same_result(const struct scan_result *a, const struct scan_result *b)
{
	size_t	 i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++) {
		const struct scan_code *x = &a->codes[i], *y = &b->codes[i];

		if (x->kind != y->kind || x->class != y->class ||
		    x->offset != y->offset || (x->kind == KIND_BASIC ?
		    x->value != y->value : x->subject != y->subject ||
		    x->detail != y->detail))
			return 0;
	}
	return 1;
}

/*
 * The codes found lie where they say, read as they are written, and
 * are no more than SCAN_MAX.
 */
static int
codes_in_place(const char *s, size_t n, const struct scan_result *r,
    size_t base)
{
	char	 text[32];
	size_t	 i, len;

	if (r->n > SCAN_MAX)
		return 0;
	for (i = 0; i < r->n; i++) {
		const struct scan_code *c = &r->codes[i];

		if (c->kind == KIND_BASIC)
			snprintf(text, sizeof(text), "%d", c->value);
		else
			snprintf(text, sizeof(text), "%d.%d.%d", c->class,
			    c->subject, c->detail);
		len = strlen(text);
		if (c->offset < base || c->offset - base + len > n ||
		    memcmp(s + c->offset - base, text, len) != 0)
			return 0;
	}
	return 1;
}

/* A small generator of our own, so that runs are the same everywhere. */
static unsigned long long seed = 20261128;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((seed >> 33) % n);
}

/* Pieces lines are made of: codes, near-codes and what borders them. */
static const char *const pieces[] = {
	"550", "5.1.1", "250-", "421 4.7.0", "550-5.1.1", " said: ", "=",
	"stat=", "\"code\":", "(#", "<<<", "; ", ",>,", "x", "abc", " ",
	"\t", "_", ".", "5", "2", "0", "99", "-", "\r", "\"", "'", ":",
	"\xc3\xa9", "\x80", "5.4.0-150", "2.1.5.7", "(250 ms)", "5500",
	"4.8.1", "560", "b'", "smtp;", "reply ", "size: ", "#", ")",
	"\\n", "\\r", "\\t", "\\", "\\x",
	"dsn=5.12.345", "4.7.500", "5.4.310", "2.10.1", "said: 4.12.1",
	"%20", "%3B", "%3b", "%", "%2", "%G0", "+",
};

static size_t
random_line(char *s, size_t max)
{
	size_t	 n = 0, len;
	const char *p;

	while (n < max) {
		if (rnd(4) == 0)
			s[n++] = (char)rnd(256);
		else {
			p = pieces[rnd(NELEM(pieces))];
			len = strlen(p);
			if (n + len > max)
				break;
			memcpy(s + n, p, len);
			n += len;
		}
	}
	return n;
}

/* Codes, and what may stand around them, for the sweep below. */
static const char *const sweep_codes[] = {
	"550", "5.1.1", "550 5.1.1", "(550)", "said: 421 x", "=550",
	"<<<250", "\"code\":550", "2.0.0.", "(#5.1.2)", "550-x",
};

static const char *const sweep_fill = "xa1.2 9_\xe9-:=#<";

static void
test_paths(void)
{
	struct scan_result	 r[2];
	char			 s[512];
	size_t			 n, i, k, c, f, len, bad = 0;

	/* Every length from 0 to 300, each code at every offset, among
	 * fillers that do and do not border a code. */
	for (c = 0; c < NELEM(sweep_codes); c++) {
		len = strlen(sweep_codes[c]);
		for (f = 0; sweep_fill[f] != '\0'; f++)
			for (n = 0; n <= 300; n += n < 64 ? 1 : 7)
				for (i = 0; i + len <= n; i++) {
					memset(s, sweep_fill[f], n);
					memcpy(s + i, sweep_codes[c], len);
					scan_paths(s, n, 0, r);
					if (!same_result(&r[0], &r[1]))
						bad++;
				}
	}
	CHECK(bad == 0);

	/* The same codes as the byte loop finds, in random lines. */
	bad = 0;
	for (k = 0; k < 20000; k++) {
		n = random_line(s, rnd(400));
		scan_paths(s, n, k, r);
		if (!same_result(&r[0], &r[1]) ||
		    !codes_in_place(s, n, &r[0], k))
			bad++;
	}
	CHECK(bad == 0);

	/* Random bytes, any of the 256. */
	bad = 0;
	for (k = 0; k < 20000; k++) {
		n = rnd(300);
		for (i = 0; i < n; i++)
			s[i] = rnd(3) ? "0123456789.-: "[rnd(14)] :
			    (char)rnd(256);
		scan_paths(s, n, 0, r);
		if (!same_result(&r[0], &r[1]) ||
		    !codes_in_place(s, n, &r[0], 0))
			bad++;
	}
	CHECK(bad == 0);
}

/*
 * A row's reply code with its text is read only where its text is in
 * the bytes given: what follows them is not looked at.
 */
static void
test_row_end(void)
{
	static const char	 row[] = "a@b.example,bounced,550 No such user";
	struct scan_result	 r;

	r.n = 0;
	scan_line(row, sizeof(row) - 1, 0, &r);
	CHECK(r.n == 1 && r.codes[0].value == 550);
	/* Cut after "550 ": the 'N' after it is not the line's. */
	r.n = 0;
	scan_line(row, 24, 0, &r);
	CHECK(r.n == 0);
}

/* Keep a code once per line, and at most SCAN_MAX of them. */
static void
test_limits(void)
{
	struct scan_result	 r;
	char			 s[4096];
	size_t			 n = 0, i;
	int			 v;

	for (v = 200; v < 260; v++)
		n += (size_t)snprintf(s + n, sizeof(s) - n, "said: %d x ", v);
	r.n = 0;
	scan_line(s, n, 0, &r);
	CHECK(r.n == SCAN_MAX);
	CHECK(r.codes[0].value == 200 && r.codes[SCAN_MAX - 1].value ==
	    200 + SCAN_MAX - 1);
	CHECK(codes_in_place(s, n, &r, 0));

	/* Enhanced codes that differ in one part only are distinct. */
	FINDS("said: 5.1.1 said: 5.1.2 said: 5.2.1 said: 4.1.1 said: 5.1.1",
	    "5.1.1@6 5.1.2@18 5.2.1@30 4.1.1@42");
	FINDS("said: 250 said: 250 said: 251", "250@6 251@26");
	FINDS("said: 550 said: 5.5.0", "550@6 5.5.0@16");
	/* Parts up to 999 do not run into each other. */
	FINDS("said: 5.0.512 said: 5.1.0 said: 5.0.999 said: 5.1.487",
	    "5.0.512@6 5.1.0@20 5.0.999@32 5.1.487@46");
	FINDS("dsn=4.600.1, dsn=5.88.1", "4.600.1@4 5.88.1@17");

	/*
	 * A key is its whole word, however long: its last part counts, and
	 * a digit inside it does not; a word that starts with a digit is
	 * no key.
	 */
	n = 0;
	for (i = 0; i < 200; i++)
		s[n++] = i == 0 ? 'a' : (char)('0' + i % 10);
	memcpy(s + n, "_reason=550", 12);
	CHECK(strcmp(found(s), "550@208") == 0);
	FINDS("9x_reason=550", "");
	FINDS("x9_reason=550", "550@10");

	/* The base offset of a piece is added to each code. */
	r.n = 0;
	scan_line("said: 550 5.1.1", 15, 1000, &r);
	CHECK(r.n == 2 && r.codes[0].offset == 1006 &&
	    r.codes[1].offset == 1010);

	/*
	 * Nothing before s[0] is read, even when blanks or an event's mark
	 * stand there: the text is the n bytes given.
	 */
	{
		static const char	 around[] = "said:   550 x ,>,550 y";

		r.n = 0;
		scan_line(around + 6, 7, 0, &r);
		CHECK(r.n == 0);
		r.n = 0;
		scan_line(around + 16, 6, 0, &r);
		CHECK(r.n == 0);
		r.n = 0;
		scan_line(around + 14, 8, 0, &r);
		CHECK(r.n == 1);
	}
	/* A piece past the line's start: what stood before s[0] is unknown. */
	r.n = 0;
	scan_line("550 5.1.1 x", 11, 1000, &r);
	CHECK(r.n == 0);
	r.n = 0;
	scan_line("550 5.1.1 x", 11, 0, &r);
	CHECK(r.n == 2 && r.codes[0].offset == 0);

	/* Results add up over the pieces of one line. */
	scan_line("said: 421 x", 11, 2000, &r);
	CHECK(r.n == 3 && r.codes[2].value == 421 &&
	    r.codes[2].offset == 2006);
	for (i = 0; i < r.n; i++)
		CHECK(r.codes[i].class == 5 || r.codes[i].class == 4);
}

/*
 * Read the n bytes of in with scan_fd in JSON mode from a file; store
 * each code's line number and offset in lines[], offs[]; return how
 * many there are.
 */
/* Whether json_positions() flushes each line, which reads line by line. */
static int	 positions_flushed;

static size_t
json_positions(const char *in, size_t n, unsigned long *lines, size_t *offs,
    size_t max)
{
	static char	 out[1 << 23];
	struct out	 o;
	struct scan_ctx	 ctx;
	FILE		*fp, *rd;
	char		 path[] = "/tmp/test_scan_rules.XXXXXX";
	char		 line[1 << 17];
	const char	*p;
	unsigned long	 no;
	size_t		 k = 0, off, len;
	int		 fd;

	if ((fd = mkstemp(path)) == -1 || write(fd, in, n) != (ssize_t)n ||
	    lseek(fd, 0, SEEK_SET) != 0)
		abort();
	unlink(path);
	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	if ((fp = fmemopen(out, sizeof(out), "w")) == NULL)
		abort();
	o.fp = fp;
	o.json = 1;
	ctx.out = &o;
	ctx.mode = SCAN_JSON;
	ctx.classes = CLASS_ANY;
	ctx.kinds = KIND_ALL;
	ctx.line_buffered = positions_flushed;
	CHECK(scan_fd(&ctx, fd, NULL) == 0);
	close(fd);
	/* Ended here even when nothing was written. */
	len = (size_t)ftell(fp);
	fclose(fp);
	if (len >= sizeof(out))
		abort();
	out[len] = '\0';
	if ((rd = fmemopen(out, strlen(out) + 1, "r")) == NULL)
		abort();
	while (fgets(line, sizeof(line), rd) != NULL) {
		if (sscanf(line, "{\"line\":%lu,", &no) != 1)
			break;
		for (p = line; (p = strstr(p, "\"offset\":")) != NULL; p++)
			if (sscanf(p, "\"offset\":%zu", &off) == 1 && k < max) {
				lines[k] = no;
				offs[k++] = off;
			}
	}
	fclose(rd);
	return k;
}

enum eol { EOL_LF, EOL_CRLF, EOL_CRCRLF, EOL_CR, EOL_MAX };

static const char *const eols[EOL_MAX] = { "\n", "\r\n", "\r\r\n", "\r" };

#define MAXCODES	4096

/*
 * Lines around the 64 KiB read buffer, ended as eol says; the first
 * line's length moves every later end by shift bytes.  Check the line
 * number and offset of each code against a count of LF bytes.
 */
static int
check_numbering(enum eol eol, size_t shift)
{
	static char		 in[200000];
	static unsigned long	 wl[MAXCODES], gl[MAXCODES];
	static size_t		 wo[MAXCODES], go[MAXCODES];
	size_t			 n = 0, len, k, nw = 0, ng, i, start;
	unsigned long		 no;
	const char		*e = eols[eol];

	seed = 7;
	/* Lines of 0 to 120 bytes, most with a code somewhere. */
	len = 65536 - 100 + shift;
	memset(in, 'x', len);
	n = len;
	memcpy(in + n, e, strlen(e));
	n += strlen(e);
	while (n < 70000) {
		len = rnd(121);
		memset(in + n, 'y', len);
		if (len >= 12 && rnd(4) != 0)
			memcpy(in + n + rnd((unsigned)len - 11), " said: 550 ",
			    11);
		n += len;
		memcpy(in + n, e, strlen(e));
		n += strlen(e);
	}
	/* The split: a line ends at each LF; its number counts them. */
	no = 1;
	start = 0;
	for (i = 0; i < n; i++) {
		if (in[i] == '5' && i >= 7 &&
		    memcmp(in + i - 7, " said: 550 ", 11) == 0 && nw < MAXCODES) {
			wl[nw] = no;
			wo[nw++] = i - start;
		}
		if (in[i] == '\n') {
			no++;
			start = i + 1;
		}
	}
	ng = json_positions(in, n, gl, go, MAXCODES);
	/* Without LF the input is one line, where 550 is kept once. */
	if (eol == EOL_CR)
		return ng == 1 && gl[0] == 1 && go[0] == wo[0];
	if (ng != nw)
		return 0;
	for (k = 0; k < nw; k++)
		if (gl[k] != wl[k] || go[k] != wo[k])
			return 0;
	return 1;
}

/* Pieces of log text for the stream test below. */
static const char *const stream_pieces[] = {
	"550", "5.1.1", "550 5.1.1", "421-4.7.0", " ", " ", "said: ", "x",
	"ab", "1234", "2.", "\\n", "\n", "\n", "\r\n", "\r", "-", ".", "_",
	"reject=", "\t", "25", "9", "\xe9", "250", "3.", "dsn=", "(", ":",
	"\\r", "\\t", "\\", "\\q", "dsn=5.12.345", "4.7.500 ",
	"said: 4.12.1 "
};

#define STREAM_CODES	65536

/*
 * A line longer than the read buffer is read in pieces: a code that
 * starts at any byte around the first piece's end, the first byte of the
 * next piece among them, is found once, at every vector width.
 */
static void
test_piece_starts(void)
{
	static char		 in[70000];
	static unsigned long	 gl[8];
	static size_t		 go[8];
	size_t			 at, n, ng;
	int			 level;

	for (at = 65536 - 64 - 40; at < 65536 - 64 + 40; at++) {
		memset(in, 'x', at - 1);
		in[at - 1] = ' ';
		memcpy(in + at, "550 5.1.1 no\n", 13);
		n = at + 13;
		for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
			if (scan_simd(level) != level)
				continue;
			ng = json_positions(in, n, gl, go, 8);
			CHECK(ng == 2 && gl[0] == 1 && gl[1] == 1 &&
			    go[0] == at && go[1] == at + 4);
		}
	}
	scan_simd(SCAN_SIMD_AVX512);
}

/* Pieces without LF from in[n] to in[end] or a little past it. */
static size_t
long_line(char *in, size_t n, size_t end)
{
	const char	*p;

	while (n < end) {
		p = stream_pieces[rnd(sizeof(stream_pieces) /
		    sizeof(stream_pieces[0]))];
		if (strchr(p, '\n') != NULL)
			continue;
		memcpy(in + n, p, strlen(p));
		n += strlen(p);
	}
	return n;
}

static int
cmp_key(const void *a, const void *b)
{
	unsigned long long	 x = *(const unsigned long long *)a;
	unsigned long long	 y = *(const unsigned long long *)b;

	return x < y ? -1 : x > y;
}

/*
 * A stream of random lines read by scan_fd with each vector width: the
 * same codes at the same lines and offsets as scan_line finds with the
 * byte loop in each line split at LF (a CR before it taken off).
 */
static void
test_stream_paths(void)
{
	static char		 in[220000];
	static unsigned long	 wl[STREAM_CODES], gl[STREAM_CODES];
	static size_t		 wo[STREAM_CODES], go[STREAM_CODES];
	static unsigned long long wk[STREAM_CODES], gk[STREAM_CODES];
	struct scan_result	 r;
	size_t			 n, nw, ng, k, i, start, len, p, bad;
	unsigned long		 no;
	int			 round, level;

	seed = 11;
	for (round = 0; round < 16; round++) {
		n = 0;
		while (n < sizeof(in) - 70000) {
			p = rnd(sizeof(stream_pieces) / sizeof(stream_pieces[0]));
			memcpy(in + n, stream_pieces[p], strlen(stream_pieces[p]));
			n += strlen(stream_pieces[p]);
			/* Now and then a line longer than the read buffer. */
			if (round == 3 && rnd(20000) == 0) {
				memset(in + n, 'z', 66000);
				n += 66000;
			}
			/* Or one of pieces, codes in it all along. */
			if (round >= 5 && rnd(20000) == 0)
				n = long_line(in, n, n + 66000);
		}
		scan_simd(SCAN_SIMD_NONE);
		nw = 0;
		no = 1;
		for (start = 0; start < n; start = i + 1, no++) {
			for (i = start; i < n && in[i] != '\n'; i++)
				;
			len = i - start;
			if (i < n && len > 0 && in[i - 1] == '\r')
				len--;
			r.n = 0;
			scan_line(in + start, len, 0, &r);
			for (k = 0; k < r.n && nw < STREAM_CODES; k++) {
				wl[nw] = no;
				wo[nw++] = r.codes[k].offset;
			}
		}
		for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
			if (scan_simd(level) != level)
				continue;
			/* Lines passed over by their masks, and read one by
			 * one when each is flushed. */
			positions_flushed = round % 2;
			ng = json_positions(in, n, gl, go, STREAM_CODES);
			/* JSON lists a line's codes by finding: sort. */
			bad = ng != nw;
			for (k = 0; !bad && k < nw; k++) {
				wk[k] = (unsigned long long)wl[k] << 32 | wo[k];
				gk[k] = (unsigned long long)gl[k] << 32 | go[k];
			}
			qsort(wk, nw, sizeof(wk[0]), cmp_key);
			qsort(gk, ng, sizeof(gk[0]), cmp_key);
			for (k = 0; !bad && k < nw; k++)
				bad = gk[k] != wk[k];
			if (bad)
				fprintf(stderr, "stream: round %d, level %d: "
				    "%zu codes, %zu expected\n", round, level,
				    ng, nw);
			CHECK(!bad);
		}
	}
	scan_simd(SCAN_SIMD_AVX512);
}

static void
test_numbering(void)
{
	size_t	 shift, bad[EOL_MAX];
	int	 eol, level;

	for (eol = 0; eol < EOL_MAX; eol++) {
		bad[eol] = 0;
		if (!LF_ONLY_LINES && (eol == EOL_CR || eol == EOL_CRCRLF))
			continue;
		for (shift = 80; shift <= 120; shift++)
			for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512;
			    level++) {
				if (scan_simd(level) != level)
					continue;
				if (check_numbering((enum eol)eol, shift))
					continue;
				fprintf(stderr, "numbering: %s ends, "
				    "shift %zu\n", eol == EOL_LF ? "LF" :
				    eol == EOL_CRLF ? "CRLF" : eol ==
				    EOL_CRCRLF ? "CR CR LF" : "CR", shift);
				bad[eol]++;
			}
		CHECK(bad[eol] == 0);
	}
	if (!LF_ONLY_LINES)
		printf("test_scan_rules: skipped CR CR LF and CR-only numbering "
		    "(rule: line numbers count LF only, as grep -n does)\n");
}

/*
 * Inputs of 1 to 200 bytes, lines of 6 to 65 bytes that start with
 * "550 x", the last one cut where the input ends: every line end is
 * found whether the last block of 64 bytes read at once is full or not,
 * each code at offset 0 of its line.
 */
static void
test_block_edges(void)
{
	static const size_t	 lens[] = { 6, 7, 16, 63, 64, 65 };
	char			 in[200];
	unsigned long		 gl[64], wl[64];
	size_t			 go[64], size, n, i, k, nw, ng, bad = 0;
	int			 level;

	for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		for (k = 0; k < NELEM(lens); k++)
			for (size = 1; size <= sizeof(in); size++) {
				/* Lines of lens[k] bytes, LF included. */
				nw = 0;
				for (n = 0; n < size; n++) {
					i = n % lens[k];
					in[n] = i == lens[k] - 1 ? '\n' :
					    i < 5 ? "550 x"[i] : 'y';
					/* "550" then a blank or the end. */
					if (i == 3 || (i == 2 && n + 1 == size))
						wl[nw++] = n / lens[k] + 1;
				}
				ng = json_positions(in, size, gl, go, 64);
				for (i = 0; i < ng && ng == nw; i++)
					if (gl[i] != wl[i] || go[i] != 0)
						break;
				if (ng == nw && i == ng)
					continue;
				fprintf(stderr, "block edges: lines of %zu, "
				    "%zu bytes, level %d: %zu codes, %zu "
				    "expected\n", lens[k], size, level, ng, nw);
				bad++;
			}
	}
	CHECK(bad == 0);
	scan_simd(SCAN_SIMD_AVX512);
}

/*
 * Lines with 62 to 67 places where a code may start but none does
 * ("x 250"), around the number noted for a line before it is scanned
 * whole, then a code: found at its offset, on its line.
 */
static void
test_many_candidates(void)
{
	char		 in[1024];
	unsigned long	 gl[4];
	size_t		 go[4], n, k, ng, bad = 0;
	int		 level;

	for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		for (k = 62; k <= 67; k++) {
			memcpy(in, "x\n", 2);
			for (n = 2; n < 2 + 6 * k; n += 6)
				memcpy(in + n, "x 250 ", 6);
			memcpy(in + n, "said: 550 x\n550 y\n", 18);
			ng = json_positions(in, n + 18, gl, go, 4);
			if (ng == 2 && gl[0] == 2 && go[0] == n - 2 + 6 &&
			    gl[1] == 3 && go[1] == 0)
				continue;
			fprintf(stderr, "candidates: %zu, level %d: %zu "
			    "codes\n", k, level, ng);
			bad++;
		}
	}
	CHECK(bad == 0);
	scan_simd(SCAN_SIMD_AVX512);
}

/*
 * A line longer than the read buffer is scanned in pieces, each with
 * the end of the one before: a code found wherever a piece ends, its
 * mark in one piece and its digits in the next, its offset counted
 * from the start of the line; a lone CR in the line is content.
 */
static void
test_piece_edges(void)
{
	static char		 in[70100];
	unsigned long		 gl[4];
	size_t			 go[4], n, at, ng, bad = 0;
	int			 level, cr, last;

	/* last: the long line is the input's last, with no line end. */
	for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		for (cr = 0; cr < 4; cr++)
			for (at = 65536 - 80; at <= 65536 + 8; at++) {
				last = cr >= 2;
				memset(in, 'z', 70000);
				if (cr % 2)
					memcpy(in + at - 1, "\r550 x", 6);
				else
					memcpy(in + at - 6, "said: 550 x", 11);
				memcpy(in + 70000, "\n550 x\n", 7);
				n = last ? 70000 : 70007;
				ng = json_positions(in, n, gl, go, 4);
				if (ng == 2 - (size_t)last && gl[0] == 1 &&
				    go[0] == at && (last || (gl[1] == 2 &&
				    go[1] == 0)))
					continue;
				fprintf(stderr, "piece edges: code at %zu, "
				    "level %d, CR %d, last %d: %zu found\n", at,
				    level, cr % 2, last, ng);
				bad++;
			}
	}
	CHECK(bad == 0);
	scan_simd(SCAN_SIMD_AVX512);
}

/*
 * JSON escapes of blanks (RFC 8259 7) before a code part it from the
 * word before, at every vector width; another letter after a backslash
 * does not.
 */
static void
test_escapes(void)
{
	static const char	 in[] = "{\"m\":\"x\\n550 5.1.1 y\"}\n"
	    "{\"m\":\"x\\t550 5.1.1 y\"}\n{\"m\":\"x\\r550 5.1.1 y\"}\n"
	    "{\"m\":\"x\\q550 5.1.1 y\"}\n";
	unsigned long		 gl[16];
	size_t			 go[16], ng, i;
	int			 level;

	for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		ng = json_positions(in, sizeof(in) - 1, gl, go, 16);
		CHECK(ng == 6);
		for (i = 0; i < ng && i < 6; i++)
			CHECK(gl[i] == 1 + i / 2 && go[i] == (i % 2 ? 13 : 9));
	}
	scan_simd(SCAN_SIMD_AVX512);
}

/*
 * The annotated copy of the n bytes of in, read from a file by scan_fd
 * in pass-through mode, colour and --line-buffered as given, with the
 * colour sequences taken out; its length in *len.
 */
static const char *
annotated(const char *in, size_t n, int line_buffered, int color,
    size_t *len)
{
	static char	 out[1 << 21];
	struct out	 o;
	struct scan_ctx	 ctx;
	FILE		*fp;
	char		 path[] = "/tmp/test_scan_rules.XXXXXX";
	size_t		 i, k;
	int		 fd;

	if ((fd = mkstemp(path)) == -1 || write(fd, in, n) != (ssize_t)n ||
	    lseek(fd, 0, SEEK_SET) != 0)
		abort();
	unlink(path);
	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	if ((fp = fmemopen(out, sizeof(out), "w")) == NULL)
		abort();
	o.fp = fp;
	o.color = color;
	ctx.out = &o;
	ctx.mode = SCAN_ANNOTATE;
	ctx.classes = CLASS_ANY;
	ctx.kinds = KIND_ALL;
	ctx.line_buffered = line_buffered;
	CHECK(scan_fd(&ctx, fd, NULL) == 0);
	close(fd);
	k = (size_t)ftell(fp);
	fclose(fp);
	/* ESC [ ... m out. */
	for (i = 0, *len = 0; i < k; i++) {
		if (out[i] == '\033' && i + 1 < k && out[i + 1] == '[') {
			while (i < k && out[i] != 'm')
				i++;
			continue;
		}
		out[(*len)++] = out[i];
	}
	return out;
}

/* Whether the line of n bytes at s starts with "550 x" or holds
 * " said: 550 ", as the lines of passthrough_input() do. */
static int
has_said(const char *s, size_t n)
{
	size_t	 i;

	if (n >= 5 && memcmp(s, "550 x", 5) == 0)
		return 1;
	for (i = 0; i + 11 <= n; i++)
		if (memcmp(s + i, " said: 550 ", 11) == 0)
			return 1;
	return 0;
}

/*
 * Whether out is in, line by line, each line with a code followed by
 * one line of explanation, "  # 550 ...", and no other line added.
 */
static int
passes_through(const char *in, size_t n, const char *out, size_t olen)
{
	const char	*eol, *oeol;
	size_t		 i = 0, o = 0, len;
	int		 code;

	while (i < n) {
		eol = memchr(in + i, '\n', n - i);
		len = (eol != NULL ? (size_t)(eol - (in + i)) + 1 : n - i);
		if (o + len > olen || memcmp(out + o, in + i, len) != 0)
			return 0;
		code = has_said(in + i, len);
		i += len;
		o += len;
		if (eol == NULL && code) {
			if (o >= olen || out[o++] != '\n')
				return 0;
		}
		if (!code) {
			if (o + 4 <= olen && memcmp(out + o, "  # ", 4) == 0)
				return 0;
			continue;
		}
		if (o + 8 > olen || memcmp(out + o, "  # 550 ", 8) != 0 ||
		    (oeol = memchr(out + o, '\n', olen - o)) == NULL)
			return 0;
		o = (size_t)(oeol - out) + 1;
	}
	return o == olen;
}

/*
 * Lines of 0 to 130 bytes, many of 63, 64 and 65 (the width of the
 * blocks read at once), some with a code, some with only a candidate
 * ("y 250 y"), ended by LF or CRLF, after a first line whose length
 * moves each later end by shift bytes past the 64 KiB read buffer; then
 * a line longer than the buffer with a code at each end, short lines
 * after it, and a last line without a newline.
 */
static size_t
passthrough_input(char *in, size_t size, size_t shift)
{
	static const size_t	 lens[] = { 0, 1, 11, 12, 62, 63, 64, 65, 66,
	    127, 128, 129 };
	size_t			 n, len, at;

	seed = 5;
	n = 65536 - 200 + shift;
	memset(in, 'x', n);
	in[n++] = '\n';
	while (n < 140000) {
		len = rnd(3) ? lens[rnd(NELEM(lens))] : rnd(131);
		memset(in + n, 'y', len);
		if (len >= 11 && rnd(3) == 0) {
			at = rnd((unsigned)(len - 10));
			memcpy(in + n + at, " said: 550 ", 11);
		} else if (len >= 5 && rnd(5) == 0)
			memcpy(in + n, "550 x", 5);
		else if (len >= 7 && rnd(3) == 0)
			memcpy(in + n + rnd((unsigned)(len - 6)), "y 250 y", 7);
		n += len;
		if (rnd(4) == 0)
			in[n++] = '\r';
		in[n++] = '\n';
	}
	memcpy(in + n, " said: 550 ", 11);
	memset(in + n + 11, 'z', 70000);
	memcpy(in + n + 70000, " said: 550 \r\n", 13);
	n += 70013;
	memcpy(in + n, "550 x\nyy\n550 x\r\ny said: 550 y\nlast said: 550 x", 46);
	n += 46;
	if (n > size)
		abort();
	return n;
}

/*
 * Pass-through mode writes every byte of every line as read, each at
 * its place, wherever lines end in the read buffer, with or without
 * --line-buffered and colour, with each vector width.
 */
static void
test_passthrough(void)
{
	static char	 in[230000];
	const char	*out;
	size_t		 n, olen, shift, bad = 0;
	int		 level, lb, color;

	for (shift = 0; shift < 8; shift++) {
		n = passthrough_input(in, sizeof(in), shift * 9);
		for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
			if (scan_simd(level) != level)
				continue;
			for (lb = 0; lb < 2; lb++)
				for (color = 0; color < 2; color++) {
					out = annotated(in, n, lb, color,
					    &olen);
					if (passes_through(in, n, out, olen))
						continue;
					fprintf(stderr, "pass-through: shift "
					    "%zu, level %d, line-buffered %d, "
					    "colour %d\n", shift * 9, level, lb,
					    color);
					bad++;
				}
		}
	}
	CHECK(bad == 0);
	scan_simd(SCAN_SIMD_AVX512);
}

int
main(void)
{
	test_words();
	RULES(left_rules);
	RULES(right_rules);
	RULES(digit_rules);
	RULES(pair_rules);
	test_limits();
	test_row_end();
	test_paths();
	test_numbering();
	test_stream_paths();
	test_piece_starts();
	test_block_edges();
	test_many_candidates();
	test_piece_edges();
	test_escapes();
	test_passthrough();
	return unit_done("test_scan_rules");
}
