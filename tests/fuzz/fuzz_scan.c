/*
 * Fuzz target: the log scanner, through scan_fd as the program drives it.
 *
 * The first four bytes choose a setting: byte 0 a run of padding put
 * before the rest, its length (low four bits; up to past two 64 KiB
 * buffers, so that long lines are cut into pieces and a CR can fall at a
 * buffer's end) and its byte; byte 1 the mode and filters; byte 2
 * language, colour, terminal escaping, line numbers, -q and whether binary
 * input is read as text (-a); byte 3 the sizes of the writes into the
 * pipe scan_fd reads.  Every input also
 * runs in plain pass-through mode.  What comes out is checked against an
 * independent reading of the input:
 *  - annotate mode without filters and without escaping gives back the
 *    input byte for byte, with only "  # " lines added after line ends,
 *    each naming a code written in the line before;
 *  - with terminal escaping, no byte a terminal obeys comes out;
 *  - JSON Lines parse, their line numbers follow the line ends counted
 *    here, and each code's offset points at that code in that line;
 *  - every code found by scan_line lies in the input as found, and
 *    each vector width finds the same codes as the byte loop;
 *  - binary input without -a gives at most one line in annotate mode;
 *  - input that starts as compressed data may fail to decode, and is
 *    not compared with the output.
 */
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json_check.h"
#include "scan.h"
#include "summary.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

/*
 * The checks are not what is fuzzed: they are left out of the coverage
 * that guides the fuzzer, and compare bytes without memcmp, which
 * libFuzzer watches.
 */
#if defined(__clang__) && __clang_major__ >= 13
#define CHECKER	__attribute__((no_sanitize("coverage"), noinline))
#else
#define CHECKER
#endif

CHECKER static int
same(const void *a, const void *b, size_t n)
{
	const unsigned char	*p = a, *q = b;
	size_t			 i;

	for (i = 0; i < n; i++)
		if (p[i] != q[i])
			return 0;
	return 1;
}

#define PAD_MAX		200000

static const size_t pads[16] = {
	0, 65535, 65536, 65537, 131071, 131072, 65534, 200000,
	0, 0, 0, 0, 0, 0, 0, 0		/* half the runs, for speed */
};
static const char pad_bytes[8] = { 'x', ' ', '5', '\r', '\n', '.', 0x1b, '\0' };


/* The input as scan_fd reads it, and how it is written into the pipe. */
struct feed {
	const unsigned char	*s;
	size_t			 n;
	unsigned		 seed;
	int			 fd;
};

/* The lines of the input: where each starts and how long it is. */
struct lines {
	size_t		*start, *len;
	size_t		 n;
};

/* Write the input in uneven pieces, 1 byte to 100 KiB, from the seed. */
CHECKER static void *
feeder(void *arg)
{
	struct feed	*f = arg;
	size_t		 off = 0, len;
	unsigned	 x = f->seed * 2654435761u + 1;
	ssize_t		 w;

	while (off < f->n) {
		x = x * 1103515245u + 12345u;
		switch (x >> 29) {
		case 0:
			len = 1;
			break;
		case 1:
		case 2:
			len = (x >> 8) % 64 + 1;
			break;
		case 3:
			len = (x >> 8) % 4096 + 1;
			break;
		default:
			len = (x >> 8) % 100000 + 1;
			break;
		}
		if (len > f->n - off)
			len = f->n - off;
		if ((w = write(f->fd, f->s + off, len)) <= 0)
			break;
		off += (size_t)w;
	}
	close(f->fd);
	return NULL;
}

/*
 * Split the input into lines as the manual describes them: ended by LF,
 * the CR of a CRLF belonging to the end; a lone CR is part of its line;
 * a last line without an end counts if not empty.
 */
CHECKER static void
split_lines(const unsigned char *s, size_t n, struct lines *l)
{
	size_t	 i, start = 0;

	l->n = 0;
	l->start = malloc((n + 1) * sizeof(size_t));
	l->len = malloc((n + 1) * sizeof(size_t));
	if (l->start == NULL || l->len == NULL)
		abort();
	for (i = 0; i < n; i++) {
		if (s[i] != '\n')
			continue;
		l->start[l->n] = start;
		l->len[l->n++] = i > start && s[i - 1] == '\r' ? i - 1 - start :
		    i - start;
		start = i + 1;
	}
	if (start < n) {
		l->start[l->n] = start;
		l->len[l->n++] = n - start;
	}
}

/* The text of a code as logs write it. */
CHECKER static size_t
code_string(const struct scan_code *c, char *want, size_t size)
{
	if (c->kind == KIND_BASIC)
		return (size_t)snprintf(want, size, "%d", c->value);
	return (size_t)snprintf(want, size, "%d.%d.%d", c->class, c->subject,
	    c->detail);
}

/* Check that c is written at its offset in the n bytes of s. */
CHECKER static void
check_code(const char *s, size_t n, const struct scan_code *c)
{
	char	 want[16];
	size_t	 len = code_string(c, want, sizeof(want));

	if (c->offset > n || n - c->offset < len ||
	    !same(s + c->offset, want, len))
		abort();
	if (c->class < 2 || c->class > 5 || (c->kind == KIND_ENHANCED &&
	    (c->class == 3 || c->subject > 999 || c->detail > 999)))
		abort();
}

/* The same codes at every vector width as with the byte loop. */
CHECKER static void
check_widths(const char *s, size_t n, const struct scan_result *want)
{
	static struct scan_result	 r;
	const struct scan_code		*a, *b;
	size_t				 i;
	int				 level;

	for (level = SCAN_SIMD_NONE; level <= SCAN_SIMD_AVX512; level++) {
		if (scan_simd(level) != level)
			continue;
		r.n = 0;
		scan_line(s, n, 0, &r);
		if (r.n != want->n)
			abort();
		for (i = 0; i < r.n; i++) {
			a = &r.codes[i];
			b = &want->codes[i];
			/* A reply code has no subject and detail. */
			if (a->kind != b->kind || a->class != b->class ||
			    a->offset != b->offset || (a->kind == KIND_BASIC ?
			    a->value != b->value : a->subject != b->subject ||
			    a->detail != b->detail))
				abort();
		}
	}
	scan_simd(SCAN_SIMD_AVX512);
}

/* Whether the n bytes at s hold the m bytes at t. */
CHECKER static int
contains(const unsigned char *s, size_t n, const char *t, size_t m)
{
	size_t	 i;

	for (i = 0; i + m <= n; i++)
		if (same(s + i, t, m))
			return 1;
	return 0;
}

/* The code an annotation names: "  # 550 ..." or "  # \033[1;31m550..." */
CHECKER static size_t
annotation_code(const char *a, size_t n, const char **code)
{
	size_t	 i = 4, k;

	if (i < n && a[i] == 0x1b) {
		while (i < n && a[i] != 'm')
			i++;
		i++;
	}
	for (k = i; k < n && ((a[k] >= '0' && a[k] <= '9') || a[k] == '.'); k++)
		continue;
	if (k == i)
		abort();
	*code = a + i;
	return k - i;
}

/*
 * Annotate mode without filters or escaping: the output is the input
 * with "  # " lines after some line ends (and a newline before them
 * where the line did not end with one).  Each names a code written in
 * the line it follows, if that line was read whole.
 */
/* Remove the colour sequences ESC [ digits and ';' m; return the length. */
CHECKER static size_t
strip_colour(char *s, size_t n)
{
	size_t	 i = 0, j = 0, k;

	while (i < n) {
		if (s[i] == 0x1b && i + 1 < n && s[i + 1] == '[') {
			for (k = i + 2; k < n && ((s[k] >= '0' && s[k] <= '9') ||
			    s[k] == ';'); k++)
				continue;
			if (k < n && s[k] == 'm') {
				i = k + 1;
				continue;
			}
		}
		s[j++] = s[i++];
	}
	return j;
}

CHECKER static void
check_passthrough(const unsigned char *in, size_t n, const char *out,
    size_t m)
{
	size_t		 i = 0, j = 0, kin, cur = 0, ended = 0, clen;
	const char	*nl, *code;
	int		 boundary, eol, first;

	for (;;) {
		/* Lines end at LF only, as grep -n counts them. */
		boundary = i == n || (i > 0 && in[i - 1] == '\n');
		if (i == n && cur < n)
			ended = cur;	/* a last line without an end */
		/* The input's next line, with its end if it has one. */
		for (kin = 0; boundary && i + kin < n && in[i + kin] != '\n';
		    kin++)
			continue;
		eol = i + kin < n;
		if (boundary && eol)
			kin++;
		for (first = 1; boundary && j < m; first = 0) {
			/* The input goes on here: the output's next bytes
			 * are the input's line, whole. */
			if (kin > 0 && kin <= m - j && same(in + i, out + j, kin) &&
			    (eol || j + kin == m || out[j + kin] == '\n'))
				break;
			/* A newline after a line that did not end with one. */
			if (first && out[j] == '\n' && j > 0 && out[j - 1] != '\n') {
				j++;
				continue;
			}
			if (j + 4 > m || !same(out + j, "  # ", 4))
				break;
			if ((nl = memchr(out + j, '\n', m - j)) == NULL)
				abort();
			clen = annotation_code(out + j, (size_t)(nl - (out + j)),
			    &code);
			if (!contains(in + ended, i - ended, code, clen))
				abort();
			j = (size_t)(nl - out) + 1;
		}
		if (i == n)
			break;
		if (j >= m || (unsigned char)out[j] != in[i])
			abort();
		if (in[i] == '\n') {
			ended = cur;
			cur = i + 1;
		}
		i++;
		j++;
	}
	if (j != m)
		abort();
}

/*
 * The output holds no byte a terminal obeys, colours aside; for a
 * terminal that does not read UTF-8, no byte 0x80 to 0x9f.
 */
CHECKER static void
check_safe(const char *s, size_t n, int color, int eight)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k;

	for (i = 0; i < n; i++) {
		if (eight && p[i] >= 0x80 && p[i] <= 0x9f)
			abort();
		if (p[i] == 0x1b && color) {
			/* Only the colours the program writes. */
			if (i + 1 >= n || p[i + 1] != '[')
				abort();
			for (k = i + 2; k < n && ((p[k] >= '0' && p[k] <= '9') ||
			    p[k] == ';'); k++)
				continue;
			if (k >= n || p[k] != 'm')
				abort();
			i = k;
			continue;
		}
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    !(p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')) ||
		    p[i] == 0x7f)
			abort();
		if (i + 1 < n && ((p[i] == 0xc2 && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9f) || (p[i] == 0xd8 && p[i + 1] == 0x9c)))
			abort();
		if (i + 2 < n && p[i] == 0xe2 && ((p[i + 1] == 0x80 &&
		    (p[i + 2] == 0x8e || p[i + 2] == 0x8f ||
		    (p[i + 2] >= 0xaa && p[i + 2] <= 0xae))) ||
		    (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9)))
			abort();
	}
}

/* A decimal number at s, or abort. */
CHECKER static uint64_t
number(const char *s, const char **end)
{
	uint64_t	 v = 0;

	if (*s < '0' || *s > '9')
		abort();
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (uint64_t)(*s++ - '0');
	*end = s;
	return v;
}

/*
 * JSON Lines: each parses; line numbers rise and name a line of the
 * input; each code's offset is where that code is written in the line.
 * A '"' in a JSON string is always escaped, so the keys searched for
 * below cannot be found inside the text.
 */
CHECKER static void
check_json(const unsigned char *in, const struct lines *l, char *out,
    size_t m, uint64_t found)
{
	const char	*p, *q, *end;
	char		*nl;
	uint64_t	 no, prev = 0, count = 0;
	size_t		 off, len, start;

	if (!json_lines_valid(out, m))
		abort();
	for (p = out; p < out + m; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(out + m - p));
		*nl = '\0';
		if (strncmp(p, "{\"line\":", 8) != 0)
			abort();
		no = number(p + 8, &end);
		if (no <= prev || no > l->n)
			abort();
		prev = no;
		count++;
		start = l->start[no - 1];
		len = l->len[no - 1];
		for (q = strstr(end, "{\"offset\":"); q != NULL;
		    q = strstr(q + 1, "{\"offset\":")) {
			off = (size_t)number(q + 10, &end);
			if ((q = strstr(end, ",\"code\":\"")) == NULL)
				abort();
			q += 9;
			end = strchr(q, '"');
			if (off > len || len - off < (size_t)(end - q) ||
			    !same(in + start + off, q, (size_t)(end - q)))
				abort();
		}
		*nl = '\n';
	}
	if (count != found)
		abort();
}

/*
 * "name:number:code" lines, name and number when asked for: the codes
 * of -o, each in the input, on a line there is.
 */
CHECKER static void
check_only(const unsigned char *in, size_t n, const char *out, size_t m,
    int names, int numbers, size_t nlines)
{
	const char	*p, *nl, *code;

	for (p = out; p < out + m; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(out + m - p));
		if (nl == NULL)
			abort();
		code = p;
		if (names) {
			if (strncmp(p, "in:", 3) != 0)
				abort();
			code += 3;
		}
		if (numbers) {
			if (number(code, &code) > nlines || *code++ != ':')
				abort();
		}
		if (code == nl || !contains(in, n, code, (size_t)(nl - code)))
			abort();
	}
}

/*
 * Whether the input may be taken for compressed data: it starts as one
 * of gzip, bzip2, xz, lzma or zstd data does (a loose test).
 */
CHECKER static int
compressed(const unsigned char *s, size_t n)
{
	return n > 0 && (s[0] == 0x1f || s[0] == 'B' || s[0] == 0xfd ||
	    s[0] == 0x5d || s[0] == 0x28);
}

/* Binary input in annotate mode: nothing, or the one line that says so. */
CHECKER static int
binary_line(const char *s, size_t n)
{
	const char	*nl = memchr(s, '\n', n);

	if (n == 0)
		return 1;
	if (nl == NULL || (size_t)(nl - s) + 1 != n)
		return 0;
	return (n > 12 && same(s, "Binary file ", 12)) ||
	    (n > 16 && same(s, "Fichier binaire ", 16));
}

static void
run(const unsigned char *in, size_t n, const unsigned char *set,
    const struct lines *l)
{
	struct out	 o;
	struct scan_ctx	 ctx;
	struct feed	 f;
	pthread_t	 t;
	char		*out = NULL;
	size_t		 m = 0;
	int		 p[2], rc;

	memset(&o, 0, sizeof(o));
	memset(&ctx, 0, sizeof(ctx));
	ctx.mode = (enum scan_mode)(set[1] & 3);
	ctx.classes = set[1] & 4 ? CLASS_BIT(5) | CLASS_BIT(2) : CLASS_ANY;
	ctx.kinds = set[1] & 8 ? KIND_BASIC : set[1] & 16 ? KIND_ENHANCED :
	    KIND_ALL;
	ctx.show_names = (set[1] & 32) != 0;
	ctx.line_buffered = (set[1] & 64) != 0;
	ctx.number_lines = (set[2] & 16) != 0;
	if (set[2] & 32)
		ctx.mode = SCAN_QUIET;
	/* The summary by a key the input picks. */
	if (ctx.mode == SCAN_SUMMARY && (ctx.sum = summary_new((enum
	    summary_by)(set[3] % BY_MAX))) == NULL)
		abort();
	ctx.text = (set[2] & 64) == 0;
	ctx.out = &o;
	o.json = ctx.mode == SCAN_JSON || (ctx.mode == SCAN_SUMMARY &&
	    (set[1] & 128));
	o.lang = set[2] & 1 ? LANG_FR : LANG_EN;
	o.color = (set[2] & 2) != 0 && !o.json;
	o.latin1 = (set[2] & 4) != 0;
	if (set[2] & 8)
		o.safe = OUT_SAFE_TERM | (o.latin1 ? OUT_SAFE_8BIT : 0);
	if ((o.fp = open_memstream(&out, &m)) == NULL || pipe(p) == -1)
		abort();
	f.s = in;
	f.n = n;
	f.seed = set[3];
	f.fd = p[1];
	if (pthread_create(&t, NULL, feeder, &f) != 0)
		abort();
	rc = scan_fd(&ctx, p[0], ctx.show_names ? "in" : NULL);
	close(p[0]);
	pthread_join(t, NULL);
	if (rc != 0 && (rc != -3 || !compressed(in, n)))
		abort();
	if (ctx.mode == SCAN_SUMMARY)
		scan_summary(&ctx);
	summary_free(ctx.sum);
	if (fclose(o.fp) != 0)
		abort();
	if (compressed(in, n)) {
		free(out);
		return;
	}
	if (!ctx.text && ctx.mode == SCAN_ANNOTATE && memchr(in, '\0', n) &&
	    binary_line(out, m)) {
		free(out);
		return;
	}
	if (ctx.found > l->n)
		abort();
	if (ctx.mode == SCAN_ANNOTATE && ctx.classes == CLASS_ANY &&
	    ctx.kinds == KIND_ALL && !o.safe && !ctx.show_names &&
	    !ctx.number_lines && (!o.color || memchr(in, 0x1b, n) == NULL)) {
		/* Colour marks codes inside the lines: take them out. */
		if (o.color)
			m = strip_colour(out, m);
		check_passthrough(in, n, out, m);
	}
	/* -q writes nothing and stops at the first line with a code. */
	if (ctx.mode == SCAN_QUIET && (m != 0 || ctx.found > 1))
		abort();
	if (o.safe)
		check_safe(out, m, o.color, o.latin1 && !o.json);
	if (ctx.mode == SCAN_JSON)
		check_json(in, l, out, m, ctx.found);
	if (ctx.mode == SCAN_SUMMARY && o.json && !json_lines_valid(out, m))
		abort();
	if (ctx.mode == SCAN_ONLY)
		check_only(in, n, out, m, ctx.show_names, ctx.number_lines,
		    l->n);
	free(out);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct scan_result	 r;
	struct lines		 l;
	unsigned char		*in, pt[4];
	size_t			 i, pad, n;

	if (size < 4)
		return 0;
	/* The feeder meets a closed pipe if scan_fd stops early. */
	signal(SIGPIPE, SIG_IGN);
	pad = pads[data[0] & 15];
	n = pad + size - 4;
	if ((in = malloc(n + 1)) == NULL)
		return 0;
	memset(in, pad_bytes[data[0] >> 4 & 7], pad);
	memcpy(in + pad, data + 4, size - 4);

	r.n = 0;
	scan_line((const char *)data + 4, size - 4, 0, &r);
	for (i = 0; i < r.n; i++)
		check_code((const char *)data + 4, size - 4, &r.codes[i]);
	check_widths((const char *)data + 4, size - 4, &r);

	split_lines(in, n, &l);
	run(in, n, data, &l);
	/* Pass-through, checked byte for byte, on every input. */
	pt[0] = data[0];
	pt[1] = data[1] & 64;
	pt[2] = data[2] & 7;
	pt[3] = data[3];
	if (memcmp(pt, data, 4) != 0)
		run(in, n, pt, &l);
	free(l.start);
	free(l.len);
	free(in);
	return 0;
}
