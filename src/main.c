/* smtpcode: explain SMTP reply codes and enhanced status codes. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bounce.h"
#include "input.h"
#include "lookup.h"
#include "msg.h"
#include "output.h"
#include "reason.h"
#include "sandbox.h"
#include "scan.h"
#include "summary.h"

#ifndef VERSION
#define VERSION "0.1.0"
#endif

#define SEARCH_MAX	256	/* longest --search word, in bytes */
#define QUOTE_MAX	1024	/* input quoted in a message, at most */

/* Exit status; the same list is in the manual under EXIT STATUS. */
enum status {
	STATUS_OK = 0,		/* every lookup found, or a code found in logs */
	STATUS_NOTFOUND = 1,	/* something not found, or no code in logs */
	STATUS_ERROR = 2	/* usage error, bad operand, read/write error */
};

enum mode {
	MODE_LOOKUP,		/* codes and names given as operands */
	MODE_LIST,		/* -l, -s */
	MODE_NAMES,		/* --names */
	MODE_SCAN,		/* logs: -S, or no operand */
	MODE_BOUNCE,		/* bounce messages: -b */
	MODE_HELP,
	MODE_VERSION,
	MODE_MAX
};

/* Options that only some modes take, as bits of settings.given. */
#define OPT_CLASS	0x0001
#define OPT_KIND	0x0002
#define OPT_JSON	0x0004
#define OPT_TSV		0x0008
#define OPT_ONLY	0x0010
#define OPT_SUMMARY	0x0020
#define OPT_LINEBUF	0x0040
#define OPT_FILENAME	0x0080
#define OPT_LINENO	0x0100
#define OPT_QUIET	0x0200
#define OPT_NAME	0x0400
#define OPT_PROVIDER	0x0800
#define OPT_BY		0x1000
#define OPT_TEXT	0x2000
#define OPT_OUT		(OPT_JSON | OPT_TSV)
/* Options that only reading logs takes: they imply -S. */
#define OPT_LOGS	(OPT_ONLY | OPT_SUMMARY | OPT_LINEBUF | OPT_FILENAME | \
			    OPT_LINENO | OPT_QUIET | OPT_BY | OPT_TEXT)

/*
 * Each option bit, as messages name it: arrays, not pointers, which the
 * loader would relocate at each start.
 */
static const struct {
	unsigned	 bit;
	char		 name[24];
} opt_names[] = {
	{ OPT_CLASS, "--class" },
	{ OPT_KIND, "--kind" },
	{ OPT_JSON, "--json" },
	{ OPT_TSV, "--tsv" },
	{ OPT_ONLY, "--only-matching" },
	{ OPT_SUMMARY, "--summary" },
	{ OPT_LINEBUF, "--line-buffered" },
	{ OPT_FILENAME, "--with-filename" },
	{ OPT_LINENO, "--line-number" },
	{ OPT_QUIET, "--quiet" },
	{ OPT_NAME, "--name" },
	{ OPT_PROVIDER, "--provider" },
	{ OPT_BY, "--by" },
	{ OPT_TEXT, "--text" },
};

enum {
	LONG_BY = 256,
	LONG_COLOR,
	LONG_LINE_BUFFERED,
	LONG_LINE_NUMBER,
	LONG_NAMES,
	LONG_NO_FILENAME,
	LONG_PROVIDER,
	LONG_RAW,
	LONG_SUMMARY,
	LONG_TSV
};

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* One operand, or one -n name, in the order given. */
struct item {
	int		 is_name;
	const char	*arg;
	struct operand	 op;
};

/* Everything the command line and the environment say. */
struct settings {
	enum mode	 mode;
	int		 modes;		/* how many mode options were given */
	unsigned	 given;		/* OPT_* */
	unsigned	 classes;	/* CLASS_BIT mask */
	unsigned	 kinds;		/* KIND_* mask */
	enum color	 color;
	int		 list;
	int		 names;
	int		 scan;
	int		 bounce;		/* -b */
	int		 filename;	/* -1: when several files; 0, 1 */
	int		 raw;		/* --raw: input to a terminal unescaped */
	const char	*search;
	const char	*provider;
	const char	*by;
	struct item	*items;
	size_t		 nitems;
};

struct mode_info {
	enum status	(*run)(struct settings *, struct out *);
	unsigned	 takes;		/* OPT_* that make sense with it */
	enum msgid	 what;		/* how messages name it */
};

static enum status	mode_lookup(struct settings *, struct out *);
static enum status	mode_list(struct settings *, struct out *);
static enum status	mode_names(struct settings *, struct out *);
static enum status	mode_scan(struct settings *, struct out *);
static enum status	mode_bounce(struct settings *, struct out *);
static enum status	mode_help(struct settings *, struct out *);
static enum status	mode_version(struct settings *, struct out *);

static const struct mode_info modes[MODE_MAX] = {
	[MODE_LOOKUP] = { mode_lookup, OPT_CLASS | OPT_OUT | OPT_NAME |
	    OPT_PROVIDER, M_MODE_LOOKUP },
	[MODE_LIST] = { mode_list, OPT_CLASS | OPT_KIND | OPT_OUT |
	    OPT_PROVIDER, M_MODE_LIST },
	[MODE_NAMES] = { mode_names, OPT_OUT, M_MODE_NAMES },
	[MODE_SCAN] = { mode_scan, OPT_CLASS | OPT_KIND | OPT_JSON |
	    OPT_ONLY | OPT_SUMMARY | OPT_LINEBUF | OPT_FILENAME | OPT_LINENO |
	    OPT_QUIET | OPT_BY | OPT_TEXT, M_MODE_SCAN },
	[MODE_BOUNCE] = { mode_bounce, OPT_JSON | OPT_SUMMARY | OPT_BY |
	    OPT_LINEBUF, M_MODE_BOUNCE },
	[MODE_HELP] = { mode_help, ~0u, M_MODE_LOOKUP },
	[MODE_VERSION] = { mode_version, ~0u, M_MODE_LOOKUP },
};

static enum lang	 lang = LANG_EN;	/* of messages */
static int		 stdin_closed;		/* fd 0 was closed at start */

/* Whether fmt converts nothing but %s, %d, %lu and %%. */
static int
msg_plain(const char *fmt)
{
	for (; (fmt = strchr(fmt, '%')) != NULL; fmt += 2) {
		if (fmt[1] == 'l' && fmt[2] == 'u')
			fmt++;
		else if (fmt[1] != 's' && fmt[1] != 'd' && fmt[1] != '%')
			return 0;
	}
	return 1;
}

/* Append the len bytes of s to buf, writing it out to fp when full. */
static size_t
msg_add(FILE *fp, char *buf, size_t size, size_t n, const char *s,
    size_t len)
{
	size_t	 k;

	while (len > 0) {
		if (n == size) {
			fwrite(buf, 1, n, fp);
			n = 0;
		}
		k = size - n < len ? size - n : len;
		memcpy(buf + n, s, k);
		n += k;
		s += k;
		len -= k;
	}
	return n;
}

/*
 * vfprintf(fp, fmt, ap) for the conversions of messages.def, in one
 * write as vfprintf makes it, without bringing printf's code into
 * memory for a run that only reports a file it cannot read.
 */
static void
msg_vwrite(FILE *fp, const char *fmt, va_list ap)
{
	char		 buf[8192], d[OUT_NUMBER];
	const char	*p, *s;
	size_t		 n = 0;

	if (!msg_plain(fmt)) {
		vfprintf(fp, fmt, ap);
		return;
	}
	while ((p = strchr(fmt, '%')) != NULL) {
		n = msg_add(fp, buf, sizeof(buf), n, fmt, (size_t)(p - fmt));
		switch (p[1]) {
		case 's':
			if ((s = va_arg(ap, const char *)) == NULL)
				s = "(null)";
			n = msg_add(fp, buf, sizeof(buf), n, s, strlen(s));
			break;
		case 'd':
			n = msg_add(fp, buf, sizeof(buf), n, d,
			    out_number(d, va_arg(ap, int)));
			break;
		case 'l':
			n = msg_add(fp, buf, sizeof(buf), n, d,
			    out_unumber(d, va_arg(ap, unsigned long)));
			p++;
			break;
		default:
			n = msg_add(fp, buf, sizeof(buf), n, "%", 1);
			break;
		}
		fmt = p + 2;
	}
	n = msg_add(fp, buf, sizeof(buf), n, fmt, strlen(fmt));
	fwrite(buf, 1, n, fp);
}

/* A message on stderr in the user's language, program name first. */
static void
msg(enum msgid id, ...)
{
	va_list	 ap;

	va_start(ap, id);
	fputs("smtpcode: ", stderr);
	msg_vwrite(stderr, msg_text(id, lang), ap);
	va_end(ap);
}

/* Outside input quoted and made safe to print, in buf. */
static const char *
quote(char *buf, size_t size, const char *input)
{
	FILE	*fp;

	memset(buf, 0, size);
	if ((fp = fmemopen(buf, size - 1, "w")) != NULL) {
		out_quoted(fp, input);
		fclose(fp);
	}
	return buf;
}

/* A message about outside input, quoted and made safe to print. */
static void
msg_input(enum msgid id, const char *input)
{
	char	 buf[QUOTE_MAX];

	msg(id, quote(buf, sizeof(buf), input));
}

static enum status
usage(void)
{
	fputs(msg_text(M_USAGE, lang), stderr);
	fputs(msg_text(M_TRY_HELP, lang), stderr);
	return STATUS_ERROR;
}

/*
 * The environment variables smtpcode reads, found in one pass over the
 * environment rather than by one getenv() each.
 */
extern char	**environ;

enum env_var { ENV_LC_ALL, ENV_LC_MESSAGES, ENV_LC_CTYPE, ENV_LANG,
    ENV_NO_COLOR, ENV_TERM, ENV_MAX };

static const char *const env_names[ENV_MAX] = {
	"LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG", "NO_COLOR", "TERM"
};

static const char	*env_values[ENV_MAX];

/* Read the variables of env_names[] from the environment, the first of
 * each name as getenv() does. */
static void
env_read(void)
{
	char		**e;
	const char	*p, *q;
	size_t		 i;

	for (e = environ; e != NULL && *e != NULL; e++) {
		/* The names start with these letters only. */
		if (**e != 'L' && **e != 'N' && **e != 'T')
			continue;
		for (i = 0; i < ENV_MAX; i++) {
			for (p = *e, q = env_names[i]; *q != '\0' && *p == *q;
			    p++, q++)
				continue;
			if (*q == '\0' && *p == '=') {
				if (env_values[i] == NULL)
					env_values[i] = p + 1;
				break;
			}
		}
	}
}

/* Whether s starts with prefix: strncmp() without a library call at
 * start-up. */
static int
starts_with(const char *s, const char *prefix)
{
	while (*prefix != '\0' && *s == *prefix)
		s++, prefix++;
	return *prefix == '\0';
}

/* The value of a variable of env_names[], or NULL. */
static const char *
env_get(enum env_var v)
{
	return env_values[v];
}

/* French when the first set locale variable says so, else English. */
static enum lang
lang_from_env(void)
{
	static const enum env_var vars[] = {
		ENV_LC_ALL, ENV_LC_MESSAGES, ENV_LANG
	};
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = env_get(vars[i])) != NULL && *v != '\0')
			return starts_with(v, "fr") ? LANG_FR : LANG_EN;
	return LANG_EN;
}

/* The locale that names the character set: LC_ALL, LC_CTYPE, LANG. */
static const char *
ctype_from_env(void)
{
	static const enum env_var vars[] = {
		ENV_LC_ALL, ENV_LC_CTYPE, ENV_LANG
	};
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = env_get(vars[i])) != NULL && *v != '\0')
			return v;
	return NULL;
}

static int
parse_lang(const char *s, enum lang *l)
{
	if (strcmp(s, "en") == 0)
		*l = LANG_EN;
	else if (strcmp(s, "fr") == 0)
		*l = LANG_FR;
	else
		return 0;
	return 1;
}

/*
 * The language of messages, from -L or --lang if given and valid, else
 * from the environment: settled before any option is reported on.
 */
static enum lang
lang_early(int argc, char *argv[])
{
	enum lang	 l = lang_from_env(), v;
	int		 i;

	for (i = 1; i < argc && argv[i] != NULL &&
	    strcmp(argv[i], "--") != 0; i++) {
		const char	*a = argv[i], *val = NULL;

		if (starts_with(a, "--lang="))
			val = a + 7;
		else if ((strcmp(a, "--lang") == 0 || strcmp(a, "-L") == 0) &&
		    i + 1 < argc)
			val = argv[i + 1];
		else if (starts_with(a, "-L") && a[2] != '\0')
			val = a + 2;
		if (val != NULL && parse_lang(val, &v))
			l = v;
	}
	return l;
}

static int
parse_color(const char *s, enum color *c)
{
	if (s == NULL || strcmp(s, "always") == 0)
		*c = COLOR_ALWAYS;
	else if (strcmp(s, "auto") == 0)
		*c = COLOR_AUTO;
	else if (strcmp(s, "never") == 0)
		*c = COLOR_NEVER;
	else
		return 0;
	return 1;
}

/* Whether s is one of the comma-separated words of list. */
static int
word_of(const char *s, const char *list)
{
	size_t	 n = strlen(s);
	const char *p;

	if (n == 0 || strchr(s, ',') != NULL)
		return 0;
	for (p = list; (p = strstr(p, s)) != NULL; p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' ||
		    p[n] == '\0'))
			return 1;
	return 0;
}

#define BY_KEYS		"code,pair,reason,provider,file,domain,status"
#define BY_BOUNCE	"reason,domain,status"	/* those of --bounce */
#define PROVIDERS	"gmail,microsoft365,outlookcom,yahoo,icloud,comcast,orange"

/* Read the command line into set; return STATUS_OK or the error. */
static enum status
parse_args(int argc, char *argv[], struct settings *set, struct out *o)
{
	static const struct option longopts[] = {
		{ "bounce",	no_argument,		NULL, 'b' },
		{ "by",		required_argument,	NULL, LONG_BY },
		{ "class",	required_argument,	NULL, 'c' },
		{ "color",	optional_argument,	NULL, LONG_COLOR },
		{ "help",	no_argument,		NULL, 'h' },
		{ "json",	no_argument,		NULL, 'j' },
		{ "kind",	required_argument,	NULL, 'k' },
		{ "lang",	required_argument,	NULL, 'L' },
		{ "line-buffered", no_argument,		NULL, LONG_LINE_BUFFERED },
		{ "line-number", no_argument,		NULL, LONG_LINE_NUMBER },
		{ "list",	no_argument,		NULL, 'l' },
		{ "name",	required_argument,	NULL, 'n' },
		{ "names",	no_argument,		NULL, LONG_NAMES },
		{ "no-filename", no_argument,		NULL, LONG_NO_FILENAME },
		{ "only-matching", no_argument,		NULL, 'o' },
		{ "provider",	required_argument,	NULL, LONG_PROVIDER },
		{ "quiet",	no_argument,		NULL, 'q' },
		{ "raw",	no_argument,		NULL, LONG_RAW },
		{ "scan",	no_argument,		NULL, 'S' },
		{ "search",	required_argument,	NULL, 's' },
		{ "silent",	no_argument,		NULL, 'q' },
		{ "summary",	no_argument,		NULL, LONG_SUMMARY },
		{ "text",	no_argument,		NULL, 'a' },
		{ "tsv",	no_argument,		NULL, LONG_TSV },
		{ "version",	no_argument,		NULL, 'V' },
		{ "with-filename", no_argument,		NULL, 'H' },
		{ NULL,		0,			NULL, 0 }
	};
	int	 ch, help = 0, version = 0, logs;

	/*
	 * A leading '-' in the option string returns operands in order, as
	 * option 1.  No option is a digit, so "-1" is taken as an operand
	 * before getopt can see it.
	 */
	for (;;) {
		if (optind > 0 && optind < argc && argv[optind][0] == '-' &&
		    argv[optind][1] >= '0' && argv[optind][1] <= '9') {
			set->items[set->nitems++].arg = argv[optind++];
			continue;
		}
		if ((ch = getopt_long(argc, argv, "-:abc:Hhjk:L:ln:oqSs:V",
		    longopts, NULL)) == -1)
			break;
		switch (ch) {
		case 1:
			set->items[set->nitems++].arg = optarg;
			break;
		case 'a':
			set->given |= OPT_TEXT;
			break;
		case 'b':
			set->bounce = 1;
			break;
		case 'c':
			set->given |= OPT_CLASS;
			if (!parse_classes(optarg, &set->classes)) {
				msg_input(M_BAD_CLASS, optarg);
				return STATUS_ERROR;
			}
			break;
		case 'H':
			set->given |= OPT_FILENAME;
			set->filename = 1;
			break;
		case 'h':
			help = 1;
			break;
		case 'j':
			set->given |= OPT_JSON;
			o->json = 1;
			break;
		case 'k':
			set->given |= OPT_KIND;
			if (!parse_kinds(optarg, &set->kinds)) {
				msg_input(M_BAD_KIND, optarg);
				return STATUS_ERROR;
			}
			break;
		case 'L':
			if (!parse_lang(optarg, &o->lang)) {
				msg_input(M_BAD_LANG, optarg);
				return STATUS_ERROR;
			}
			break;
		case 'l':
			set->list = 1;
			break;
		case 'n':
			set->given |= OPT_NAME;
			set->items[set->nitems].is_name = 1;
			set->items[set->nitems++].arg = optarg;
			break;
		case 'o':
			set->given |= OPT_ONLY;
			break;
		case 'q':
			set->given |= OPT_QUIET;
			break;
		case 'S':
			set->scan = 1;
			break;
		case 's':
			set->search = optarg;
			break;
		case 'V':
			version = 1;
			break;
		case LONG_BY:
			set->given |= OPT_BY;
			if (!word_of(optarg, BY_KEYS)) {
				msg_input(M_BAD_BY, optarg);
				return STATUS_ERROR;
			}
			set->by = optarg;
			break;
		case LONG_COLOR:
			if (!parse_color(optarg, &set->color)) {
				msg_input(M_BAD_COLOR, optarg);
				return STATUS_ERROR;
			}
			break;
		case LONG_LINE_BUFFERED:
			set->given |= OPT_LINEBUF;
			break;
		case LONG_LINE_NUMBER:
			set->given |= OPT_LINENO;
			break;
		case LONG_NAMES:
			set->names = 1;
			break;
		case LONG_NO_FILENAME:
			set->given |= OPT_FILENAME;
			set->filename = 0;
			break;
		case LONG_PROVIDER:
			set->given |= OPT_PROVIDER;
			if (!word_of(optarg, PROVIDERS)) {
				char	 buf[QUOTE_MAX];

				msg(M_BAD_PROVIDER, quote(buf, sizeof(buf),
				    optarg), PROVIDERS);
				return STATUS_ERROR;
			}
			set->provider = optarg;
			break;
		case LONG_RAW:
			set->raw = 1;
			break;
		case LONG_SUMMARY:
			set->given |= OPT_SUMMARY;
			break;
		case LONG_TSV:
			set->given |= OPT_TSV;
			o->tsv = 1;
			break;
		case ':':
			msg_input(M_NEEDS_ARG, argv[optind - 1]);
			return usage();
		default:
			if (strncmp(argv[optind - 1], "--", 2) == 0 &&
			    strchr(argv[optind - 1], '=') != NULL && optopt != 0) {
				msg_input(M_NO_ARG, argv[optind - 1]);
				return usage();
			}
			msg_input(M_BAD_OPTION, optopt != 0 && optopt != '?' ?
			    (char [3]){ '-', (char)optopt, '\0' } :
			    argv[optind - 1]);
			return usage();
		}
	}
	for (; optind < argc; optind++)
		set->items[set->nitems++].arg = argv[optind];

	/* The mode: what was asked for, else lookups, else logs. */
	logs = set->scan || (set->given & OPT_LOGS);
	set->modes = set->list + set->names + set->scan + set->bounce;
	if (help || version)
		set->mode = help ? MODE_HELP : MODE_VERSION;
	else if (set->names)
		set->mode = MODE_NAMES;
	else if (set->bounce)
		set->mode = MODE_BOUNCE;
	else if (!logs && (set->list || set->search != NULL))
		set->mode = MODE_LIST;
	else if (!logs && set->nitems > 0)
		set->mode = MODE_LOOKUP;
	else
		set->mode = MODE_SCAN;
	return STATUS_OK;
}

/* Refuse what does not fit together; return STATUS_OK or the error. */
static enum status
check_args(struct settings *set, struct out *o)
{
	const struct mode_info	*m = &modes[set->mode];
	unsigned		 stray = set->given & ~m->takes;
	size_t			 i;

	if (set->mode == MODE_HELP || set->mode == MODE_VERSION)
		return STATUS_OK;
	if (set->modes > 1 || (set->search != NULL && (set->names ||
	    set->scan || set->bounce)) || ((set->given & OPT_LOGS) &&
	    (set->list || set->names || set->search != NULL))) {
		const char	*two[2] = { NULL, NULL };
		size_t		 k = 0;

		if (set->list)
			two[k++] = "--list";
		if (set->names)
			two[k++] = "--names";
		if (set->bounce)
			two[k++] = "--bounce";
		if (k < 2 && set->scan)
			two[k++] = "--scan";
		if (k < 2 && set->search != NULL)
			two[k++] = "--search";
		if (k < 2)
			two[k++] = "--scan";
		msg(M_COMBINE, two[0], two[1]);
		return usage();
	}
	if (set->mode == MODE_NAMES && set->nitems > 0) {
		msg(M_NAMES_OPERANDS);
		return usage();
	}
	if (set->mode == MODE_LIST && set->nitems > 0) {
		msg(M_OPERANDS_LIST);
		return usage();
	}
	for (i = 0; stray != 0 && i < sizeof(opt_names) /
	    sizeof(opt_names[0]); i++)
		if (stray & opt_names[i].bit) {
			msg(M_STRAY, opt_names[i].name,
			    msg_text(m->what, lang));
			return usage();
		}
	if (o->json && o->tsv) {
		msg(M_COMBINE, "--tsv", "--json");
		return usage();
	}
	if ((set->given & OPT_ONLY) && (set->given & (OPT_SUMMARY |
	    OPT_JSON))) {
		msg(M_COMBINE, "--only-matching", set->given & OPT_SUMMARY ?
		    "--summary" : "--json");
		return usage();
	}
	if ((set->given & OPT_BY) && !(set->given & OPT_SUMMARY)) {
		msg(M_BY_SUMMARY);
		return usage();
	}
	if (set->search != NULL && (*set->search == '\0' ||
	    strlen(set->search) > SEARCH_MAX)) {
		msg(M_SEARCH_LEN, SEARCH_MAX);
		return STATUS_ERROR;
	}
	return STATUS_OK;
}

/* Whether a basic code passes the class filter. */
static int
basic_wanted(int value, unsigned classes)
{
	return (classes & CLASS_BIT(basic_class(value))) != 0;
}

/* Report a malformed operand, with a hint at what was probably meant. */
static void
bad_operand(const char *s)
{
	struct stat	 sb;

	if (stat(s, &sb) == 0)
		msg_input(M_IS_FILE, s);
	else if (strchr(s, '.') != NULL)
		msg_input(M_BAD_ENHANCED, s);
	else if (strlen(s) == 3 && s[0] >= '0' && s[0] <= '9' &&
	    s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9')
		msg_input(M_BAD_REPLY, s);
	else
		msg_input(M_BAD_CODE, s);
}

static void
unknown_name(const char *name)
{
	const char	*sug[3];
	size_t		 n, i;

	msg_input(M_UNKNOWN_NAME, name);
	n = name_suggest(name, sug, 3);
	for (i = 0; i < n; i++) {
		fputs(i == 0 ? msg_text(M_DID_YOU_MEAN, lang) : i + 1 == n ?
		    msg_text(M_OR, lang) : ", ", stderr);
		fputs(sug[i], stderr);
	}
	fputs(n > 0 ? "?\n" : "\n", stderr);
}

/*
 * Parse every operand and name in place, joining "550" followed by
 * "5.1.1" into one pair, as a server writes it; one pass, so that any
 * number of operands costs linear time.  Return how many are left.
 */
static size_t
parse_items(struct item *items, size_t n)
{
	struct item	*it;
	size_t		 i, k = 0;

	for (i = 0; i < n; i++) {
		it = &items[i];
		if (it->is_name) {
			it->op.kind = OP_BASIC;
			it->op.text = NULL;
			it->op.basic.reply = reply_by_name(it->arg);
			if (it->op.basic.reply != NULL)
				it->op.basic.value = it->op.basic.reply->value;
		} else
			parse_operand(it->arg, &it->op);
		if (k > 0 && !it->is_name && it->op.kind == OP_ENHANCED &&
		    it->op.enh.class != 0 && !items[k - 1].is_name &&
		    items[k - 1].op.kind == OP_BASIC &&
		    items[k - 1].op.text == NULL &&
		    items[k - 1].op.basic.value >= 200) {
			items[k - 1].op.kind = OP_PAIR;
			items[k - 1].op.enh = it->op.enh;
			items[k - 1].op.text = it->op.text;
			items[k - 1].op.textlen = it->op.textlen;
			continue;
		}
		items[k++] = *it;
	}
	return k;
}

/*
 * Whether a bare operand names a provider case by its marker ("TSS04",
 * "S3150", "RESOLVER.ADR.RecipientNotFound"): the whole marker, or a
 * word of it, regardless of case; "AS843" names "(ASxxx)", where "xxx"
 * stands for a number.
 */
static int
marker_is(const char *marker, const char *s)
{
	const char	*x = strstr(marker, "xxx");
	size_t		 n = strlen(s), m = strlen(marker), i, tag;

	if (n < 3)
		return 0;
	if (x != NULL && !isalnum((unsigned char)x[3])) {
		/* The tag before "xxx", then digits alone: "AS" and "843". */
		for (i = (size_t)(x - marker); i > 0 &&
		    isalnum((unsigned char)marker[i - 1]); i--)
			continue;
		tag = (size_t)(x - marker) - i;
		if (tag > 0 && n > tag && strncasecmp(marker + i, s, tag) == 0 &&
		    strspn(s + tag, "0123456789") == n - tag)
			return 1;
	}
	for (i = 0; i + n <= m; i++)
		if (strncasecmp(marker + i, s, n) == 0 &&
		    (i == 0 || !isalnum((unsigned char)marker[i - 1])) &&
		    (i + n == m || !isalnum((unsigned char)marker[i + n])))
			return 1;
	return 0;
}

/* Write the provider cases a bare marker names; return how many. */
static size_t
lookup_marker(struct settings *set, struct out *o, const char *s)
{
	size_t	 i, n = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	for (i = 0; i < npcases; i++)
		if ((set->provider == NULL || strcmp(set->provider,
		    pcase_str(pcases[i].provider)) == 0) &&
		    marker_is(pcase_str(pcases[i].marker), s)) {
			out_pcase(o, &pcases[i]);
			n++;
		}
	return n;
}

/* Write one item; return its status. */
static enum status
lookup_one(struct settings *set, struct out *o, struct item *it)
{
	const struct operand	*op = &it->op;
	size_t			 cases;

	if (it->is_name && (it->arg[0] == '\0' || op->basic.reply == NULL)) {
		if (it->arg[0] == '\0')
			msg(M_EMPTY_NAME);
		else
			unknown_name(it->arg);
		out_error(o, it->arg, it->arg[0] == '\0' ? "empty name" :
		    "unknown name");
		return it->arg[0] == '\0' ? STATUS_ERROR : STATUS_NOTFOUND;
	}
	switch (op->kind) {
	case OP_BASIC:
	case OP_PAIR:
		if (!basic_wanted(op->basic.value, set->classes))
			return STATUS_NOTFOUND;
		break;
	case OP_ENHANCED:
		if (op->enh.class != 0 &&
		    !(set->classes & CLASS_BIT(op->enh.class)))
			return STATUS_NOTFOUND;
		break;
	case OP_BAD:
		if (lookup_marker(set, o, it->arg) > 0)
			return STATUS_OK;
		bad_operand(it->arg);
		out_error(o, it->arg, "not an SMTP code");
		return STATUS_ERROR;
	}
	if (op->kind == OP_ENHANCED && op->enh.class == 0 &&
	    op->enh.detailp == NULL) {
		msg_input(M_NOT_REGISTERED, it->arg);
		out_error(o, it->arg, "not a registered enhanced status code");
		return STATUS_NOTFOUND;
	}
	cases = out_lookup(o, op, set->provider);
	if (cases > 0 || ((op->kind == OP_ENHANCED || op->basic.reply !=
	    NULL) && (op->kind == OP_BASIC || op->enh.detailp != NULL)))
		return STATUS_OK;
	msg_input(op->kind == OP_BASIC ? M_NOT_NAMED : op->kind ==
	    OP_ENHANCED ? M_NOT_REGISTERED : M_PAIR_UNKNOWN, it->arg);
	return STATUS_NOTFOUND;
}

static enum status
status_worse(enum status a, enum status b)
{
	return a > b ? a : b;
}

/* Look up every item, in order; the worst status wins. */
static enum status
mode_lookup(struct settings *set, struct out *o)
{
	enum status	 st = STATUS_OK;
	size_t		 i, n;

	n = parse_items(set->items, set->nitems);
	o->array = n > 1;
	out_begin(o);
	for (i = 0; i < n; i++)
		st = status_worse(st, lookup_one(set, o, &set->items[i]));
	out_end(o);
	return st;
}

/* Whether a provider's case is selected by --provider and the search. */
static int
pcase_wanted(const struct settings *set, const struct pcase *c,
    const char *needle, enum lang l)
{
	if (set->provider != NULL && strcmp(set->provider,
	    pcase_str(c->provider)) != 0)
		return 0;
	if (set->search == NULL)
		return 1;
	return fold_contains(pcase_str(c->meaning[l]), needle) ||
	    fold_contains(pcase_str(c->marker), needle) ||
	    fold_contains(pcase_str(c->action[l]), needle) ||
	    fold_contains(reason_label(c->reason, l), needle) ||
	    fold_contains(reason_name(c->reason), needle);
}

/*
 * List, or search when a word is given, the codes selected, then the
 * provider cases; with --provider, only that provider's cases.
 */
static enum status
mode_list(struct settings *set, struct out *o)
{
	char		 needle[SEARCH_MAX + 1];
	struct basic	 b;
	size_t		 i;
	int		 c;

	if (set->search != NULL)
		fold_text(set->search, needle, sizeof(needle));
	o->array = 1;
	out_begin(o);
	if (set->provider != NULL)
		set->kinds = 0;
	for (i = 0; (set->kinds & KIND_BASIC) && i < nreplies; i++) {
		if (!basic_wanted(replies[i].value, set->classes) ||
		    (set->search && !reply_matches(&replies[i], needle,
		    o->lang)))
			continue;
		basic_set(&b, replies[i].value);
		out_basic(o, &b);
	}
	for (i = 0; (set->kinds & KIND_ENHANCED) && i < nesc_details; i++) {
		if (set->search && !esc_matches(&esc_details[i], needle,
		    o->lang))
			continue;
		if (set->classes == CLASS_ANY) {
			out_detail(o, &esc_details[i], 0);
			continue;
		}
		for (c = 2; c <= 5; c++)
			if (c != 3 && (set->classes & CLASS_BIT(c)))
				out_detail(o, &esc_details[i], c);
	}
	for (i = 0; (set->provider != NULL || set->search != NULL) &&
	    i < npcases; i++)
		if (pcase_wanted(set, &pcases[i], needle, o->lang))
			out_pcase(o, &pcases[i]);
	out_end(o);
	return o->count > 0 ? STATUS_OK : STATUS_NOTFOUND;
}

static enum status
mode_names(struct settings *set, struct out *o)
{
	(void)set;
	out_names(o);
	return STATUS_OK;
}

/* "smtpcode: 'name': No such file or directory", from errno. */
static void
msg_file(const char *name)
{
	char	 buf[QUOTE_MAX];
	int	 err = errno;

	msg(M_OPEN, quote(buf, sizeof(buf), name), strerror(err));
}

/* "smtpcode: 'mail.log.2.gz': truncated gzip data", from ctx. */
static void
msg_decode(const char *name, const struct scan_ctx *ctx)
{
	char		 q[QUOTE_MAX];
	const char	*f = input_format_name(ctx->input_format), *buf;

	buf = name == NULL ? msg_text(M_STDIN_NAME, lang) :
	    quote(q, sizeof(q), name);
	switch (ctx->input_error) {
	case INPUT_ETRUNCATED:
		msg(M_IN_TRUNCATED, buf, f);
		break;
	case INPUT_ETRAILING:
		msg(M_IN_TRAILING, buf, f);
		break;
	case INPUT_EMEMLIMIT:
		msg(M_IN_MEMLIMIT, buf, f);
		break;
	case INPUT_ENOTBUILT:
		msg(M_IN_NOTBUILT, buf, f, f);
		break;
	case INPUT_ENOMEM:
		msg(M_NOMEM);
		break;
	default:
		msg(M_IN_CORRUPT, buf, f);
		break;
	}
}

/* Open a FILE operand, '-' being standard input; -1 if it cannot be. */
static int
open_input(const char *name)
{
	int	 fd;

	if (strcmp(name, "-") == 0) {
		if (!stdin_closed)
			return STDIN_FILENO;
		msg(M_STDIN_CLOSED);
		return -1;
	}
	if ((fd = open(name, O_RDONLY)) == -1)
		msg_file(name);
	return fd;
}

/*
 * The buffer of standard output while logs are read: large enough that
 * --json and annotate write in few calls (with 16 KiB, a twentieth of a
 * --json run went in write calls; 64 KiB does no better than 32), small
 * enough that its pages do not weigh on the memory of a run.
 */
static char	 obuf[32 * 1024];

/* Read each FILE ('-' for standard input), or standard input alone. */
static enum status
mode_scan(struct settings *set, struct out *o)
{
	struct scan_ctx	 ctx;
	enum summary_by	 by = BY_PAIR;
	const char	*name;
	size_t		 i, n = set->nitems;
	int		 fd, rc, err = 0;

	memset(&ctx, 0, sizeof(ctx));
	ctx.out = o;
	ctx.classes = set->classes;
	ctx.kinds = set->kinds;
	ctx.line_buffered = (set->given & OPT_LINEBUF) ||
	    isatty(STDOUT_FILENO);
	ctx.mode = (set->given & OPT_QUIET) ? SCAN_QUIET :
	    (set->given & OPT_SUMMARY) ? SCAN_SUMMARY :
	    (set->given & OPT_ONLY) ? SCAN_ONLY : o->json ? SCAN_JSON :
	    SCAN_ANNOTATE;
	ctx.show_names = set->filename == -1 ? n > 1 : set->filename;
	ctx.number_lines = (set->given & OPT_LINENO) != 0;
	ctx.text = (set->given & OPT_TEXT) != 0;
	if (set->by != NULL && !summary_by_parse(set->by, &by)) {
		msg_input(M_BAD_BY, set->by);
		return usage();
	}
	if (ctx.mode == SCAN_SUMMARY && (ctx.sum = summary_new(by)) == NULL) {
		msg(M_NOMEM);
		return STATUS_ERROR;
	}
	if (n == 0 && isatty(STDIN_FILENO) && ctx.mode != SCAN_QUIET)
		msg(M_TTY_HINT);
	for (i = 0; (i < n || (n == 0 && i == 0)) && !ctx.stop; i++) {
		name = n == 0 ? "-" : set->items[i].arg;
		if ((fd = open_input(name)) == -1) {
			err = 1;
			continue;
		}
		name = n == 0 ? NULL : fd == STDIN_FILENO ? "(standard input)" :
		    name;
		if (ctx.sum != NULL)
			(void)summary_file(ctx.sum, name);
		rc = scan_fd(&ctx, fd, name);
		if (rc == -1)
			msg_file(n == 0 ? "-" : set->items[i].arg);
		else if (rc == -3)
			msg_decode(fd == STDIN_FILENO ? NULL : name, &ctx);
		if (rc == -1 || rc == -3)
			err = 1;
		if (fd != STDIN_FILENO)
			close(fd);
		if (rc == -2)
			break;
	}
	if (ctx.mode == SCAN_SUMMARY) {
		scan_summary(&ctx);
		if (summary_failed(ctx.sum)) {
			msg(M_NOMEM);
			err = 1;
		}
	}
	summary_free(ctx.sum);
	if (ctx.mode == SCAN_QUIET && ctx.found > 0)
		return STATUS_OK;
	if (err)
		return STATUS_ERROR;
	return ctx.found > 0 ? STATUS_OK : STATUS_NOTFOUND;
}

/* A problem in a message: reported, and the others are still read. */
static void
bounce_problem(void *arg, const char *file, unsigned long index,
    enum bounce_problem p)
{
	char	 buf[QUOTE_MAX];

	(void)arg;
	msg(M_BOUNCE_PROBLEM, quote(buf, sizeof(buf), file != NULL ? file :
	    "-"), index, bounce_problem_text(p, lang));
}

/* Read bounce messages from each FILE or directory, or standard input. */
static enum status
mode_bounce(struct settings *set, struct out *o)
{
	struct bounce_ctx	 ctx;
	const char		*name;
	size_t			 i, n = set->nitems;
	int			 rc, err = 0;

	if (set->by != NULL && !word_of(set->by, BY_BOUNCE)) {
		msg_input(M_BAD_BY_BOUNCE, set->by);
		return usage();
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.out = o;
	ctx.problem = bounce_problem;
	ctx.line_buffered = (set->given & OPT_LINEBUF) != 0;
	if (set->given & OPT_SUMMARY)
		ctx.by = set->by == NULL || strcmp(set->by, "reason") == 0 ?
		    BBY_REASON : strcmp(set->by, "domain") == 0 ? BBY_DOMAIN :
		    BBY_STATUS;
	for (i = 0; i < n || (n == 0 && i == 0); i++) {
		name = n == 0 ? "-" : set->items[i].arg;
		if (strcmp(name, "-") == 0) {
			if (stdin_closed) {
				msg(M_STDIN_CLOSED);
				err = 1;
				continue;
			}
			rc = bounce_fd(&ctx, STDIN_FILENO, NULL);
		} else
			rc = bounce_path(&ctx, name);
		if (rc == -1) {
			msg_file(name);
			err = 1;
		}
		if (rc == -2)
			break;
	}
	if (ctx.by != BBY_NONE)
		bounce_summary(&ctx);
	bounce_free(&ctx);
	if (err)
		return STATUS_ERROR;
	return ctx.records > 0 ? STATUS_OK : STATUS_NOTFOUND;
}

static enum status
mode_help(struct settings *set, struct out *o)
{
	(void)set;
	fputs(msg_text(M_HELP, o->lang), stdout);
	fputs(msg_text(M_HELP_OPTIONS, o->lang), stdout);
	fputs(msg_text(M_HELP_END, o->lang), stdout);
	return STATUS_OK;
}

static enum status
mode_version(struct settings *set, struct out *o)
{
	(void)set;
	(void)o;
	printf("smtpcode %s\n", VERSION);
	return STATUS_OK;
}

/* Check that everything written reached its destination. */
static enum status
close_stdout(enum status st)
{
	if (fflush(stdout) == 0 && !ferror(stdout) && fclose(stdout) == 0)
		return st;
	if (errno != EPIPE)
		msg(M_WRITE_ERROR, strerror(errno));
	return STATUS_ERROR;
}

/*
 * Keep descriptors 0 to 2 taken, so that a file opened later never
 * gets one of them; remember whether standard input was closed.
 */
static void
hold_std_fds(void)
{
	int	 fd;

	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			if (fd == STDIN_FILENO)
				stdin_closed = 1;
			if (open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) !=
			    fd)
				break;
		}
}

/* The operands of a short command line: no allocation needed. */
static struct item	 items_static[32];

static void
items_free(struct item *items)
{
	if (items != items_static)
		free(items);
}

int
main(int argc, char *argv[])
{
	struct settings	 set;
	struct out	 o;
	const char	*nc, *term;
	enum status	 st;
	int		 tty;

	/* Die quietly on a closed pipe, as cat does, even if SIGPIPE was
	 * ignored by whoever started us. */
	signal(SIGPIPE, SIG_DFL);
	hold_std_fds();
	memset(&set, 0, sizeof(set));
	memset(&o, 0, sizeof(o));
	o.fp = stdout;
	env_read();
	o.lang = lang = lang_early(argc, argv);
	opterr = 0;
	set.classes = CLASS_ANY;
	set.kinds = KIND_ALL;
	set.filename = -1;
	/* Most command lines fit in a static array, which costs nothing to
	 * set up. */
	if ((size_t)argc < sizeof(items_static) / sizeof(items_static[0]))
		set.items = items_static;
	else if ((set.items = calloc((size_t)argc + 1,
	    sizeof(*set.items))) == NULL) {
		msg(M_NOMEM);
		return STATUS_ERROR;
	}
	if ((st = parse_args(argc, argv, &set, &o)) != STATUS_OK ||
	    (st = check_args(&set, &o)) != STATUS_OK) {
		items_free(set.items);
		return st;
	}
	tty = isatty(STDOUT_FILENO);
	/* Output to a pipe or a file goes in large writes, from a buffer
	 * that needs no allocation. */
	if (!tty && !(set.given & OPT_LINEBUF))
		(void)setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	nc = env_get(ENV_NO_COLOR);
	term = env_get(ENV_TERM);
	o.color = !o.json && (set.color == COLOR_ALWAYS ||
	    (set.color == COLOR_AUTO && (nc == NULL || *nc == '\0') &&
	    (term == NULL || strcmp(term, "dumb") != 0) && tty));
	o.latin1 = out_locale_latin1(ctype_from_env());
	if (tty && !set.raw)
		o.safe = OUT_SAFE_TERM | (o.latin1 ? OUT_SAFE_8BIT : 0);
	/* From here on nothing writes, creates, removes or runs a file. */
	if (sandbox_enter(set.nitems > 0) == -1) {
		msg(M_SANDBOX, strerror(errno));
		items_free(set.items);
		return STATUS_ERROR;
	}
	st = modes[set.mode].run(&set, &o);
	items_free(set.items);
	return close_stdout(st);
}
