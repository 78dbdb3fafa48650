/* smtpcode: explain SMTP reply codes and enhanced status codes. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcntl.h>

#include "lookup.h"
#include "output.h"
#include "scan.h"

#ifndef VERSION
#define VERSION "0.1.0"
#endif

#define SEARCH_MAX	256	/* longest --search word, in bytes */

/* Exit status; the same list is in the manual under EXIT STATUS. */
enum status {
	STATUS_OK = 0,		/* every lookup found, or a code found in logs */
	STATUS_NOTFOUND = 1,	/* something not found, or no code in logs */
	STATUS_ERROR = 2	/* usage error, bad operand, read/write error */
};

enum {
	LONG_COLOR = 256,
	LONG_LINE_BUFFERED,
	LONG_NAMES,
	LONG_SUMMARY,
	LONG_TSV
};

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* One lookup from the command line, in the order it was given. */
struct item {
	int		 is_name;
	const char	*arg;
	struct operand	 op;
};

static const char *progname = "smtpcode";

static void
msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A message on stderr, program name first. */
static void
msg(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

/* A message about outside input: prefix, the input quoted, suffix. */
static void
msg_input(const char *prefix, const char *input, const char *suffix)
{
	fprintf(stderr, "%s: %s", progname, prefix);
	out_quoted(stderr, input);
	fprintf(stderr, "%s\n", suffix);
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: %s [-j] [-c class] [-L lang] code ...\n"
	    "       %s [-j] [-L lang] -n name ...\n"
	    "       %s [-j] [-c class] [-k kind] [-L lang] -l | -s word\n"
	    "       %s [-jo] [-c class] [-k kind] [-L lang] [--summary] "
	    "-S [file ...]\n"
	    "Try '%s --help' for more information.\n",
	    progname, progname, progname, progname, progname);
}

static void
help(void)
{
	printf(
"Usage: smtpcode [OPTION]... CODE...\n"
"       smtpcode [OPTION]... -n NAME...\n"
"       smtpcode [OPTION]... -l | -s WORD\n"
"       smtpcode [OPTION]... -S [FILE]...    (or: ... | smtpcode)\n"
"Explain SMTP reply codes (550) and RFC 3463 enhanced status codes (5.1.1),\n"
"or find and explain them in mail logs.\n"
"\n"
"CODE is a reply code (550, or 0 and -1 for the library values), an\n"
"enhanced status code (5.1.1), or a pair as servers write it: '550 5.1.1',\n"
"550-5.1.1, or the two as consecutive operands.\n"
"\n"
"  -c, --class=CLASS    only codes of CLASS: 2..5, 2xx..5xx, success,\n"
"                       intermediate, transient, permanent; a comma list\n"
"      --color[=WHEN]   colour the codes: auto (default), always, never\n"
"  -h, --help           show this help and exit\n"
"  -j, --json           write JSON (JSON Lines when reading logs)\n"
"  -k, --kind=KIND      only basic or only enhanced codes (lists, logs)\n"
"  -L, --lang=LANG      descriptions in LANG: en or fr\n"
"  -l, --list           list every code\n"
"      --line-buffered  write each log line out as soon as it is read\n"
"  -n, --name=NAME      look up a code by its name (case-insensitive)\n"
"      --names          list every name and alias with its code, and exit\n"
"  -o, --only-matching  in logs, write only the codes found, one a line\n"
"  -S, --scan           read logs from FILEs ('-' or none: standard input)\n"
"  -s, --search=WORD    codes whose name or description contains WORD\n"
"      --summary        in logs, count lines per code, most frequent first\n"
"      --tsv            one line a code: code, name or title, description\n"
"  -V, --version        show the version and exit\n"
"\n"
"With no operand and standard input not a terminal, logs are read from it.\n"
"Log lines are passed through, each followed by what its codes mean.\n"
"\n"
"Exit status: 0 if everything was found (logs: some code was found),\n"
"1 if something was not (logs: no code), 2 for a usage error, a malformed\n"
"code, or an error reading or writing.\n"
"The language defaults to French when LC_ALL, LC_MESSAGES or LANG starts\n"
"with 'fr'. NO_COLOR turns colour off unless --color=always is given.\n");
}

/* French when the first set locale variable says so, else English. */
static enum lang
lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return strncmp(v, "fr", 2) == 0 ? LANG_FR : LANG_EN;
	return LANG_EN;
}

static int
parse_lang(const char *s, enum lang *lang)
{
	if (strcmp(s, "en") == 0)
		*lang = LANG_EN;
	else if (strcmp(s, "fr") == 0)
		*lang = LANG_FR;
	else
		return 0;
	return 1;
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

/* Report a malformed code, with a hint at what was probably meant. */
static void
bad_operand(const char *s)
{
	if (strchr(s, '.') != NULL)
		msg_input("", s, " is not an enhanced status code (class 2, 4 "
		    "or 5; subject and detail 0 to 999, no leading zeros)");
	else if (strspn(s, "0123456789") == 3 && s[3] == '\0')
		msg_input("", s, " is not an SMTP reply code (2xx to 5xx, "
		    "second digit 0 to 5)");
	else
		msg_input("", s, " is not an SMTP code");
}

static void
unknown_name(const char *name)
{
	const char	*sug[3];
	size_t		 n, i;

	n = name_suggest(name, sug, 3);
	fprintf(stderr, "%s: ", progname);
	out_quoted(stderr, name);
	fputs(" is not a known name", stderr);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i == 0 ? "; did you mean " :
		    i + 1 == n ? " or " : ", ", sug[i]);
	fputs(n > 0 ? "?\n" : "\n", stderr);
}

/* Whether a basic code passes the class filter. */
static int
basic_wanted(int value, unsigned classes)
{
	return (classes & CLASS_BIT(basic_class(value))) != 0;
}

/* Look up every item; return the exit status. */
static enum status
lookup_items(struct out *o, struct item *items, size_t n, unsigned classes)
{
	struct item	*it;
	enum status	 st = STATUS_OK;
	size_t		 i;

	o->array = n > 1;
	out_begin(o);
	for (i = 0; i < n; i++) {
		it = &items[i];
		if (it->is_name && it->op.basic.reply == NULL) {
			unknown_name(it->arg);
			st = STATUS_NOTFOUND;
			continue;
		}
		switch (it->op.kind) {
		case OP_BASIC:
			if (!basic_wanted(it->op.basic.value, classes))
				break;
			out_basic(o, &it->op.basic);
			if (it->op.basic.reply != NULL)
				continue;
			msg_input("", it->arg, " is not a named SMTP reply code");
			break;
		case OP_ENHANCED:
			if (!(classes & CLASS_BIT(it->op.enh.class)))
				break;
			out_enhanced(o, &it->op.enh);
			if (it->op.enh.detailp != NULL)
				continue;
			msg_input("", it->arg, " is not a registered enhanced "
			    "status code");
			break;
		case OP_PAIR:
			if (!basic_wanted(it->op.basic.value, classes))
				break;
			out_pair(o, &it->op.basic, &it->op.enh);
			if (it->op.basic.reply != NULL &&
			    it->op.enh.detailp != NULL)
				continue;
			msg_input("", it->arg, " has an unknown part");
			break;
		case OP_BAD:
			break;
		}
		st = STATUS_NOTFOUND;
	}
	out_end(o);
	return st;
}

/* List, or search when needle is set, the codes selected. */
static enum status
list_codes(struct out *o, const char *needle, unsigned classes,
    unsigned kinds)
{
	struct basic	 b;
	size_t		 i;
	int		 c;

	o->array = 1;
	out_begin(o);
	for (i = 0; (kinds & KIND_BASIC) && i < nreplies; i++) {
		if (!basic_wanted(replies[i].value, classes) ||
		    (needle && !reply_matches(&replies[i], needle, o->lang)))
			continue;
		basic_set(&b, replies[i].value);
		out_basic(o, &b);
	}
	for (i = 0; (kinds & KIND_ENHANCED) && i < nesc_details; i++) {
		if (needle && !esc_matches(&esc_details[i], needle, o->lang))
			continue;
		if (classes == CLASS_ANY) {
			out_detail(o, &esc_details[i], 0);
			continue;
		}
		for (c = 2; c <= 5; c++)
			if (c != 3 && (classes & CLASS_BIT(c)))
				out_detail(o, &esc_details[i], c);
	}
	out_end(o);
	return o->count > 0 ? STATUS_OK : STATUS_NOTFOUND;
}

/* Read each FILE ('-' for standard input), or standard input alone. */
static enum status
scan_files(struct scan_ctx *ctx, struct item *items, size_t n)
{
	const char	*name;
	size_t		 i;
	int		 fd, rc, err = 0;

	for (i = 0; i < n || (n == 0 && i == 0); i++) {
		name = n == 0 ? "-" : items[i].arg;
		if (strcmp(name, "-") == 0)
			fd = STDIN_FILENO;
		else if ((fd = open(name, O_RDONLY)) == -1) {
			msg_input("", name, "");
			fprintf(stderr, "%s: cannot open: %s\n", progname,
			    strerror(errno));
			err = 1;
			continue;
		}
		rc = scan_fd(ctx, fd, n == 0 ? NULL : fd == STDIN_FILENO ?
		    "(standard input)" : name);
		if (rc == -1) {
			fprintf(stderr, "%s: ", progname);
			out_quoted(stderr, name);
			fprintf(stderr, ": %s\n", strerror(errno));
			err = 1;
		}
		if (fd != STDIN_FILENO)
			close(fd);
		if (rc == -2)
			return STATUS_ERROR;
	}
	if (ctx->mode == SCAN_SUMMARY)
		scan_summary(ctx);
	if (err)
		return STATUS_ERROR;
	return ctx->found > 0 ? STATUS_OK : STATUS_NOTFOUND;
}

/* Check that everything written reached its destination. */
static enum status
close_stdout(enum status st)
{
	if (fflush(stdout) == 0 && !ferror(stdout) && fclose(stdout) == 0)
		return st;
	if (errno != EPIPE)
		msg("write error: %s\n", strerror(errno));
	return STATUS_ERROR;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "class",	required_argument,	NULL, 'c' },
		{ "color",	optional_argument,	NULL, LONG_COLOR },
		{ "help",	no_argument,		NULL, 'h' },
		{ "json",	no_argument,		NULL, 'j' },
		{ "kind",	required_argument,	NULL, 'k' },
		{ "lang",	required_argument,	NULL, 'L' },
		{ "line-buffered", no_argument,		NULL, LONG_LINE_BUFFERED },
		{ "list",	no_argument,		NULL, 'l' },
		{ "name",	required_argument,	NULL, 'n' },
		{ "names",	no_argument,		NULL, LONG_NAMES },
		{ "only-matching", no_argument,		NULL, 'o' },
		{ "scan",	no_argument,		NULL, 'S' },
		{ "search",	required_argument,	NULL, 's' },
		{ "summary",	no_argument,		NULL, LONG_SUMMARY },
		{ "tsv",	no_argument,		NULL, LONG_TSV },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL,		0,			NULL, 0 }
	};
	struct out	 o;
	struct scan_ctx	 ctx;
	struct item	*items;
	const char	*search = NULL, *nc;
	char		 needle[SEARCH_MAX + 1];
	enum color	 color = COLOR_AUTO;
	enum status	 st;
	unsigned	 classes = CLASS_ANY, kinds = KIND_ALL;
	size_t		 nitems = 0, i;
	int		 ch, list = 0, lang_set = 0, bad = 0, scan = 0;
	int		 only = 0, summary = 0, line_buffered = 0, names = 0;

	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	o.fp = stdout;
	/* Die quietly on a closed pipe, as cat does, even if SIGPIPE was
	 * ignored by whoever started us. */
	signal(SIGPIPE, SIG_DFL);
	if ((items = calloc((size_t)argc, sizeof(*items))) == NULL) {
		msg("%s\n", strerror(errno));
		return STATUS_ERROR;
	}
	/*
	 * A leading '-' in the option string returns operands in order, as
	 * option 1.  No option is a digit, so "-1" is taken as an operand
	 * before getopt can see it.
	 */
	for (;;) {
		if (optind > 0 && optind < argc && argv[optind][0] == '-' &&
		    argv[optind][1] >= '0' && argv[optind][1] <= '9') {
			items[nitems++].arg = argv[optind++];
			continue;
		}
		if ((ch = getopt_long(argc, argv, "-c:hjk:L:ln:oSs:V", longopts,
		    NULL)) == -1)
			break;
		switch (ch) {
		case 1:
			items[nitems++].arg = optarg;
			break;
		case 'c':
			if (!parse_classes(optarg, &classes)) {
				msg_input("", optarg, " is not a class (2 to 5, "
				    "2xx to 5xx, success, intermediate, "
				    "transient, permanent)");
				st = STATUS_ERROR;
				goto out;
			}
			break;
		case LONG_COLOR:
			if (!parse_color(optarg, &color)) {
				msg_input("", optarg, " is not a colour setting "
				    "(auto, always, never)");
				st = STATUS_ERROR;
				goto out;
			}
			break;
		case 'h':
			help();
			st = close_stdout(STATUS_OK);
			goto out;
		case 'j':
			o.json = 1;
			break;
		case 'k':
			if (!parse_kinds(optarg, &kinds)) {
				msg_input("", optarg, " is not a kind (basic, "
				    "enhanced)");
				st = STATUS_ERROR;
				goto out;
			}
			break;
		case 'L':
			if (!parse_lang(optarg, &o.lang)) {
				msg_input("", optarg, " is not a supported "
				    "language (en, fr)");
				st = STATUS_ERROR;
				goto out;
			}
			lang_set = 1;
			break;
		case 'l':
			list = 1;
			break;
		case LONG_LINE_BUFFERED:
			line_buffered = 1;
			break;
		case 'n':
			items[nitems].is_name = 1;
			items[nitems++].arg = optarg;
			break;
		case 'o':
			only = 1;
			break;
		case 'S':
			scan = 1;
			break;
		case 's':
			search = optarg;
			break;
		case LONG_SUMMARY:
			summary = 1;
			break;
		case LONG_NAMES:
			names = 1;
			break;
		case LONG_TSV:
			o.tsv = 1;
			break;
		case 'V':
			printf("smtpcode %s\n", VERSION);
			st = close_stdout(STATUS_OK);
			goto out;
		default:
			usage();
			st = STATUS_ERROR;
			goto out;
		}
	}
	for (; optind < argc; optind++)
		items[nitems++].arg = argv[optind];

	if (!lang_set)
		o.lang = lang_from_env();
	nc = getenv("NO_COLOR");
	o.color = !o.json && (color == COLOR_ALWAYS || (color == COLOR_AUTO &&
	    (nc == NULL || *nc == '\0') && isatty(STDOUT_FILENO)));

	if (o.tsv && o.json) {
		msg("--tsv and --json cannot be combined\n");
		usage();
		st = STATUS_ERROR;
		goto out;
	}
	if (names) {
		if (nitems > 0 || list || search || scan || only || summary ||
		    line_buffered) {
			msg("--names takes no operand and no other mode\n");
			usage();
			st = STATUS_ERROR;
			goto out;
		}
		out_names(&o);
		st = close_stdout(STATUS_OK);
		goto out;
	}
	if (!scan && nitems == 0 && !list && search == NULL &&
	    !isatty(STDIN_FILENO))
		scan = 1;
	if (scan) {
		ctx.out = &o;
		ctx.classes = classes;
		ctx.kinds = kinds;
		ctx.line_buffered = line_buffered || isatty(STDOUT_FILENO);
		ctx.mode = summary ? SCAN_SUMMARY : only ? SCAN_ONLY :
		    o.json ? SCAN_JSON : SCAN_ANNOTATE;
		ctx.show_names = nitems > 1;
		for (i = 0; i < nitems; i++)
			if (items[i].is_name)
				bad = 1;
		if (bad || list || search)
			msg("--scan reads files: it cannot be combined with "
			    "--name, --list or --search\n");
		else if (only && (summary || o.json))
			msg("--only-matching cannot be combined with --summary "
			    "or --json\n");
		else if (o.tsv)
			msg("--tsv does not apply to logs\n");
		else if (summary && (ctx.counts = calloc(1,
		    sizeof(*ctx.counts))) == NULL)
			msg("%s\n", strerror(errno));
		else {
			st = close_stdout(scan_files(&ctx, items, nitems));
			goto out;
		}
		usage();
		st = STATUS_ERROR;
		goto out;
	}
	/* These only make sense when reading logs. */
	if (only || summary || line_buffered) {
		msg("--only-matching, --summary and --line-buffered apply to "
		    "logs (--scan)\n");
		usage();
		st = STATUS_ERROR;
		goto out;
	}

	/* Check every operand before writing anything. */
	for (i = 0; i < nitems; i++) {
		if (items[i].is_name) {
			if (items[i].arg[0] == '\0') {
				msg("empty name\n");
				bad = 1;
			}
			items[i].op.kind = OP_BASIC;
			items[i].op.basic.reply = reply_by_name(items[i].arg);
			if (items[i].op.basic.reply != NULL)
				items[i].op.basic.value =
				    items[i].op.basic.reply->value;
		} else if (parse_operand(items[i].arg, &items[i].op) == OP_BAD) {
			bad_operand(items[i].arg);
			bad = 1;
		}
	}
	/* "550" followed by "5.1.1" is one pair, as a server writes it. */
	for (i = 0; i + 1 < nitems; i++) {
		if (items[i].is_name || items[i + 1].is_name ||
		    items[i].op.kind != OP_BASIC ||
		    items[i + 1].op.kind != OP_ENHANCED ||
		    items[i].op.basic.value < 200)
			continue;
		items[i].op.kind = OP_PAIR;
		items[i].op.enh = items[i + 1].op.enh;
		memmove(&items[i + 1], &items[i + 2],
		    (nitems - i - 2) * sizeof(items[0]));
		nitems--;
	}
	if (search != NULL) {
		if (*search == '\0' || strlen(search) > SEARCH_MAX) {
			msg("the search word must be 1 to %d bytes long\n",
			    SEARCH_MAX);
			bad = 1;
		}
		fold_text(search, needle, sizeof(needle));
	}
	if (nitems > 0 && (list || search)) {
		msg("codes and names cannot be combined with --list or "
		    "--search\n");
		usage();
		bad = 1;
	}
	if (bad) {
		st = STATUS_ERROR;
		goto out;
	}

	if (nitems > 0)
		st = lookup_items(&o, items, nitems, classes);
	else if (list || search || (classes != CLASS_ANY &&
	    isatty(STDIN_FILENO)))
		st = list_codes(&o, search ? needle : NULL, classes, kinds);
	else {
		usage();
		st = STATUS_ERROR;
	}
	st = close_stdout(st);
out:
	free(ctx.counts);
	free(items);
	return st;
}
