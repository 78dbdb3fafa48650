/*
 * Unit tests of the input reader.  The compressed samples were written
 * by gzip -n, bzip2, xz, xz --format=lzma and zstd from the text TEXT;
 * reading them back must give TEXT, whatever the size of each read.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "input.h"
#include "unit.h"

#define TEXT	"said: 550 5.1.1 x\nok\n"

struct sample {
	int			 format;
	const char		*bytes;
	size_t			 len;
};

#define S(f, b)	{ f, b, sizeof(b) - 1 }

static const struct sample samples[] = {
	S(INPUT_GZIP, "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x2b\x4e\xcc"
	    "\x4c\xb1\x52\x30\x35\x35\x50\x30\xd5\x33\xd4\x33\x54\xa8\xe0\xca"
	    "\xcf\xe6\x02\x00\xab\xa5\x0b\x85\x15\x00\x00\x00"),
	S(INPUT_BZIP2, "\x42\x5a\x68\x39\x31\x41\x59\x26\x53\x59\xc7\x55\xb4"
	    "\x17\x00\x00\x09\xd9\x80\x00\x10\x40\x01\x62\x10\x24\x28\x88\x40"
	    "\x20\x00\x31\x00\x00\x06\x93\x21\xb5\x0f\x28\xfd\xa3\x60\x82\x0c"
	    "\xe3\xad\x26\xc6\xfe\x2e\xe4\x8a\x70\xa1\x21\x8e\xab\x68\x2e"),
	S(INPUT_XZ, "\xfd\x37\x7a\x58\x5a\x00\x00\x04\xe6\xd6\xb4\x46\x02\x00"
	    "\x21\x01\x16\x00\x00\x00\x74\x2f\xe5\xa3\x01\x00\x14\x73\x61\x69"
	    "\x64\x3a\x20\x35\x35\x30\x20\x35\x2e\x31\x2e\x31\x20\x78\x0a\x6f"
	    "\x6b\x0a\x00\x00\x00\x00\xde\x18\x61\x59\xf7\xed\x62\x00\x00\x01"
	    "\x2d\x15\x2f\x0b\x71\x6d\x1f\xb6\xf3\x7d\x01\x00\x00\x00\x00\x04"
	    "\x59\x5a"),
	S(INPUT_LZMA, "\x5d\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff"
	    "\x00\x39\x98\x49\x71\xa8\x47\x04\x8b\x78\xd4\x2f\x29\x9f\x0d\x5f"
	    "\x36\x1c\x29\x19\x8c\x5f\xcd\x53\x53\x9c\xff\xe3\x70\x78\x00"),
	S(INPUT_ZSTD, "\x28\xb5\x2f\xfd\x24\x15\xa9\x00\x00\x73\x61\x69\x64"
	    "\x3a\x20\x35\x35\x30\x20\x35\x2e\x31\x2e\x31\x20\x78\x0a\x6f\x6b"
	    "\x0a\x42\x0e\x77\x25"),
};

static char	 out[1 << 16];
static long	 first_read;	/* what decode()'s first input_read gave */

/*
 * Give the n bytes at data to the reader through a pipe: first bytes
 * of them, then after a pause the rest, from a child, so that the
 * reader's first read() returns only those.  Read with reads of chunk
 * bytes at most into out[]; return the length, or -1 with *error set.
 */
static long
decode(const void *data, size_t n, size_t first, size_t chunk, int *format,
    int *error)
{
	static struct input in;
	struct timespec	 pause = { 0, 10 * 1000 * 1000 };
	ssize_t		 got;
	size_t		 len = 0, ask;
	pid_t		 pid;
	int		 p[2], status;

	*error = INPUT_OK;
	if (pipe(p) == -1 || (pid = fork()) == -1)
		return -2;
	if (pid == 0) {
		close(p[0]);
		if (first > n)
			first = n;
		if (write(p[1], data, first) != (ssize_t)first)
			_exit(1);
		if (first < n)
			nanosleep(&pause, NULL);
		if (write(p[1], (const char *)data + first, n - first) !=
		    (ssize_t)(n - first))
			_exit(1);
		_exit(0);
	}
	close(p[1]);
	first_read = -1;
	memset(out, 0xa5, sizeof(out));
	/* What a read left there before must not count. */
	memset(in.buf, 0, sizeof(in.buf));
	if (input_open(&in, p[0]) == 0) {
		while (len < sizeof(out) && (got = input_read(&in, out + len,
		    (ask = chunk < sizeof(out) - len ? chunk :
		    sizeof(out) - len))) > 0) {
			if (len == 0)
				first_read = (long)got;
			len += (size_t)got;
			/* Nothing is given or written past what was asked. */
			CHECK((size_t)got <= ask);
			CHECK(len >= sizeof(out) || out[len] == (char)0xa5);
		}
	}
	*format = in.format;
	*error = in.error;
	input_close(&in);
	/* Closed, it holds no decoder: closing again is harmless. */
	CHECK(in.dec == NULL);
	input_close(&in);
	close(p[0]);
	waitpid(pid, &status, 0);
	return *error == INPUT_OK ? (long)len : -1;
}

/* Whether reading the n bytes at data gives TEXT, read in every way. */
static int
reads_back(const void *data, size_t n, int want_format)
{
	static const size_t	 firsts[] = { 1, 2, 5, 12, 16, 1 << 16 };
	static const size_t	 chunks[] = { 1, 3, 7, 1 << 16 };
	size_t			 i, k;
	long			 len;
	int			 format, error;

	for (i = 0; i < sizeof(firsts) / sizeof(firsts[0]); i++)
		for (k = 0; k < sizeof(chunks) / sizeof(chunks[0]); k++) {
			len = decode(data, n, firsts[i], chunks[k], &format,
			    &error);
			if (format != want_format || len !=
			    (long)strlen(TEXT) || memcmp(out, TEXT,
			    strlen(TEXT)) != 0) {
				fprintf(stderr, "format %d, first %zu, chunk "
				    "%zu: got format %d, length %ld, error "
				    "%d\n", want_format, firsts[i], chunks[k],
				    format, len, error);
				return 0;
			}
		}
	return 1;
}

/* The error reading the n bytes at data ends with, INPUT_OK if none. */
static int
error_of(const void *data, size_t n)
{
	int	 format, error;

	decode(data, n, n, 1 << 16, &format, &error);
	return error;
}

static void
test_formats(void)
{
	char	 buf[256];
	size_t	 i, n;
	int	 format, error;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		const struct sample *s = &samples[i];

		if (!input_format_built(s->format)) {
			/* Told apart still, and refused by name. */
			decode(s->bytes, s->len, 1, 64, &format, &error);
			CHECK(format == s->format);
			CHECK(error == INPUT_ENOTBUILT);
			continue;
		}
		CHECK(reads_back(s->bytes, s->len, s->format));
		/* Cut short anywhere after the magic: truncated. */
		CHECK(error_of(s->bytes, s->len - 1) == INPUT_ETRUNCATED);
		CHECK(error_of(s->bytes, s->len / 2) == INPUT_ETRUNCATED);
		/* Two in a row read as one, as zcat, bzcat, xzcat do. */
		if (s->format != INPUT_LZMA) {
			memcpy(buf, s->bytes, s->len);
			memcpy(buf + s->len, s->bytes, s->len);
			n = (size_t)decode(buf, 2 * s->len, 3, 5, &format,
			    &error);
			CHECK(error == INPUT_OK && n == 2 * strlen(TEXT));
			CHECK(memcmp(out, TEXT TEXT, 2 * strlen(TEXT)) == 0);
			/*
			 * Both at hand at once: one read with room for
			 * both gives both, as a plain file's would.
			 */
			n = (size_t)decode(buf, 2 * s->len, 2 * s->len,
			    1 << 16, &format, &error);
			CHECK(error == INPUT_OK && n == 2 * strlen(TEXT));
			CHECK(first_read == (long)(2 * strlen(TEXT)));
		}
	}
	CHECK(strcmp(input_format_name(INPUT_GZIP), "gzip") == 0);
	CHECK(strcmp(input_format_name(INPUT_ZSTD), "zstd") == 0);
	CHECK(strcmp(input_format_name(-1), "?") == 0);
	CHECK(input_format_built(INPUT_PLAIN));
}

static void
test_bad_data(void)
{
	char	 buf[256];
	int	 format, error;

	if (input_format_built(INPUT_GZIP)) {
		/* A wrong CRC-32 in the gzip trailer. */
		memcpy(buf, samples[0].bytes, samples[0].len);
		buf[samples[0].len - 6] ^= 0x55;
		CHECK(error_of(buf, samples[0].len) == INPUT_ECORRUPT);
		/* Zeros after the member are padding; other bytes are not. */
		memcpy(buf, samples[0].bytes, samples[0].len);
		memset(buf + samples[0].len, 0, 10);
		CHECK(error_of(buf, samples[0].len + 10) == INPUT_OK);
		memcpy(buf + samples[0].len, "garbage\n", 8);
		CHECK(error_of(buf, samples[0].len + 8) == INPUT_ETRAILING);
		/* The magic alone. */
		CHECK(error_of("\x1f\x8b\x08", 3) == INPUT_ETRUNCATED);
		/* The magic, then bytes that are no gzip header. */
		CHECK(error_of("\x1f\x8b\x08\xff\xff\xff\xff\xff\xff\xff\xff"
		    "\xff\xff\xff\xff", 15) == INPUT_ECORRUPT);
	}
	if (input_format_built(INPUT_BZIP2)) {
		memcpy(buf, samples[1].bytes, samples[1].len);
		buf[20] ^= 0x55;
		CHECK(error_of(buf, samples[1].len) == INPUT_ECORRUPT);
		/* An empty stream, as bzip2 </dev/null writes it: "BZh9",
		 * the end's magic number, then the combined CRC, 0.  Another
		 * CRC makes it a bzip2 stream that fails its check, as
		 * bzip2 -t says, not text. */
		CHECK(error_of("BZh9\x17\x72\x45\x38\x50\x90\x00\x00\x00"
		    "\x00", 14) == INPUT_OK);
		CHECK(error_of("BZh9\x17\x72\x45\x38\x50\x90\x01\x00\x00"
		    "\x00", 14) == INPUT_ECORRUPT);
	}
	if (input_format_built(INPUT_XZ)) {
		memcpy(buf, samples[2].bytes, samples[2].len);
		buf[30] ^= 0x55;	/* in the text: its CRC-64 fails */
		CHECK(error_of(buf, samples[2].len) == INPUT_ECORRUPT);
	}
	if (input_format_built(INPUT_ZSTD)) {
		memcpy(buf, samples[4].bytes, samples[4].len);
		memcpy(buf + samples[4].len, "garbage\n", 8);
		CHECK(error_of(buf, samples[4].len + 8) == INPUT_ECORRUPT);
	}
	/* An error stays: the next read says it again. */
	decode("\x1f\x8b\x08", 3, 3, 64, &format, &error);
	CHECK(error != INPUT_OK);
}

static void
test_plain(void)
{
	/* Lengths given: some hold NUL bytes. */
	static const struct sample texts[] = {
		S(INPUT_PLAIN, TEXT),
		S(INPUT_PLAIN, "]not lzma: a bracket, then text\n"),
		S(INPUT_PLAIN, "\x5d\x00\x00\x80\x00\xff\xff\xff"),
		S(INPUT_PLAIN, "\x5d\x00\x00\x80\x00 is lzma's size"),
		S(INPUT_PLAIN, "BZh9 is not bzip2 without a block\n"),
		/* Five of the six bytes of a block's or the end's magic. */
		S(INPUT_PLAIN, "BZh91AY&SX 550 5.1.1 x\n"),
		S(INPUT_PLAIN, "BZh9\x17\x72\x45\x38\x50\x91 550\n"),
		/* Block sizes are 1 to 9 (100k to 900k). */
		S(INPUT_PLAIN, "BZh01AY&SY 550 5.1.1 x\n"),
		S(INPUT_PLAIN, "BZh:1AY&SY 550 5.1.1 x\n"),
		S(INPUT_PLAIN, "\x1f\x8b but no deflate method\n"),
		S(INPUT_PLAIN, "\x28\xb5\x2f"),
		S(INPUT_PLAIN, "x"),
		S(INPUT_PLAIN, ""),
	};
	size_t		 i;
	long		 len;
	int		 format, error;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		len = decode(texts[i].bytes, texts[i].len, 1, 2, &format,
		    &error);
		CHECK(format == INPUT_PLAIN);
		CHECK(len == (long)texts[i].len);
		CHECK(memcmp(out, texts[i].bytes, texts[i].len) == 0);
	}
	/* NUL bytes and invalid UTF-8 pass as they are. */
	len = decode("a\0b\xff\xfe\r\n", 7, 7, 3, &format, &error);
	CHECK(format == INPUT_PLAIN && len == 7 &&
	    memcmp(out, "a\0b\xff\xfe\r\n", 7) == 0);
	CHECK(reads_back(TEXT, strlen(TEXT), INPUT_PLAIN));
}

/*
 * The .lzma header (the LZMA SDK's lzma.txt): the properties byte 0x5d
 * that xz and lzma write, a dictionary size, little-endian, then the
 * size of the data.  xz takes it for .lzma when the dictionary is 2^n,
 * 2^n + 2^(n-1) or all ones, and the size unknown (all ones) or at most
 * 2^38: each row below is what xz 5.4 -dc answers.  The rest is text.
 */
static void
test_lzma_header(void)
{
	static const struct {
		unsigned long	 dict;
		int		 lzma;
	} dicts[] = {
		{ 0x00800000, 1 },	/* 8 MiB: xz -6 */
		{ 0x00c00000, 1 },	/* 12 MiB = 8 + 4 */
		{ 0x00000003, 1 },	/* 2 + 1 */
		{ 0x00000002, 1 },
		{ 0x00000001, 1 },
		{ 0xffffffff, 1 },
		{ 0x80000000, 1 },
		{ 0xc0000000, 1 },
		{ 0x00800001, 0 },
		{ 0x00c00001, 0 },
		{ 0x00a00000, 0 },	/* 8 + 2 */
		{ 0x00e00000, 0 },	/* 8 + 4 + 2 */
		{ 0x0000000d, 0 },	/* 13: 3 * 4 + 1 */
		{ 0x00000007, 0 },	/* 7: 3 * 2 + 1 */
		{ 0x00000005, 0 },
		{ 0xfffffffe, 0 },
		{ 0x00000000, 0 },
	};
	static const struct {
		unsigned char	 size[8];
		int		 lzma;
	} sizes[] = {
		{ { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, 1 },
		{ { 0x15, 0, 0, 0, 0, 0, 0, 0 }, 1 },
		{ { 0xff, 0, 0, 0, 0, 0, 0, 0 }, 1 },
		{ { 0xff, 0xff, 0xff, 0xff, 0x3f, 0, 0, 0 }, 1 },	/* 2^38 - 1 */
		{ { 0, 0, 0, 0, 0x40, 0, 0, 0 }, 1 },		/* 2^38 */
		{ { 1, 0, 0, 0, 0x40, 0, 0, 0 }, 0 },		/* 2^38 + 1 */
		{ { 0, 0, 0, 0, 0x80, 0, 0, 0 }, 0 },
		{ { 0, 0, 0, 0, 0, 1, 0, 0 }, 0 },
		{ { 0, 0, 0, 0, 0, 0, 1, 0 }, 0 },
		{ { 0, 0, 0, 0, 0, 0, 0, 1 }, 0 },
		{ { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe }, 0 },
		{ { 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, 0 },
		{ { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff }, 0 },
	};
	unsigned char	 h[32];
	size_t		 i;
	int		 format, error;

	memset(h, 'z', sizeof(h));
	for (i = 0; i < sizeof(dicts) / sizeof(dicts[0]); i++) {
		h[0] = 0x5d;
		h[1] = dicts[i].dict & 0xff;
		h[2] = dicts[i].dict >> 8 & 0xff;
		h[3] = dicts[i].dict >> 16 & 0xff;
		h[4] = dicts[i].dict >> 24 & 0xff;
		memset(h + 5, 0xff, 8);
		decode(h, sizeof(h), sizeof(h), 64, &format, &error);
		CHECK(format == (dicts[i].lzma ? INPUT_LZMA : INPUT_PLAIN));
		if (format != (dicts[i].lzma ? INPUT_LZMA : INPUT_PLAIN))
			fprintf(stderr, "dictionary %#lx\n", dicts[i].dict);
	}
	h[1] = h[2] = h[4] = 0;
	h[3] = 0x80;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		memcpy(h + 5, sizes[i].size, 8);
		decode(h, sizeof(h), sizeof(h), 64, &format, &error);
		CHECK(format == (sizes[i].lzma ? INPUT_LZMA : INPUT_PLAIN));
		if (format != (sizes[i].lzma ? INPUT_LZMA : INPUT_PLAIN))
			fprintf(stderr, "size row %zu\n", i);
	}
	/*
	 * Other properties bytes are valid LZMA, but no tool writes them
	 * (0x5d is lc=3, lp=0, pb=2): they are not taken, or too much
	 * text would look compressed.
	 */
	memset(h + 5, 0xff, 8);
	h[0] = 0x5c;
	decode(h, sizeof(h), sizeof(h), 64, &format, &error);
	CHECK(format == INPUT_PLAIN);
	h[0] = 0x5e;
	decode(h, sizeof(h), sizeof(h), 64, &format, &error);
	CHECK(format == INPUT_PLAIN);
}

/*
 * A plain file's first read gives the whole first block, as one read(2)
 * of INPUT_BUFSZ would (grep's rule for binary files counts on it), and
 * it goes to the reader's buffer: in.buf beyond the bytes that tell the
 * format is never written, so that its pages stay out of memory.
 */
static void
test_first_block(void)
{
	static struct input in;
	static char	 big[100000], got[1 << 17];
	FILE		*fp;
	size_t		 i, len = 0;
	ssize_t		 n;
	int		 fd;

	for (i = 0; i < sizeof(big); i++)
		big[i] = i % 50 == 49 ? '\n' : "said: 550 x "[i % 12];
	if ((fp = tmpfile()) == NULL ||
	    fwrite(big, 1, sizeof(big), fp) != sizeof(big) || fflush(fp) != 0) {
		CHECK(!"a temporary file");
		return;
	}
	fd = fileno(fp);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	memset(in.buf, 0xa5, sizeof(in.buf));
	CHECK(input_open(&in, fd) == 0 && in.format == INPUT_PLAIN);
	n = input_read(&in, got, sizeof(got));
	CHECK(n == (ssize_t)INPUT_BUFSZ);
	while (n > 0) {
		len += (size_t)n;
		n = input_read(&in, got + len, sizeof(got) - len);
	}
	CHECK(n == 0 && len == sizeof(big) && memcmp(got, big, len) == 0);
	for (i = INPUT_PEEK; i < sizeof(in.buf) && in.buf[i] == 0xa5; i++)
		continue;
	CHECK(i == sizeof(in.buf));
	input_close(&in);
	fclose(fp);
}

/*
 * Send the n bytes at data through a pipe, then wait for a byte on the
 * pipe go before sending the m bytes at more: the child of a test of a
 * log written live.  Return the reading end, or -1.
 */
static int
live(const char *data, size_t n, const char *more, size_t m, int *go,
    pid_t *pid)
{
	int	 p[2], g[2];
	char	 c;

	if (pipe(p) == -1 || pipe(g) == -1 || (*pid = fork()) == -1)
		return -1;
	if (*pid == 0) {
		close(p[0]);
		close(g[1]);
		if (write(p[1], data, n) != (ssize_t)n ||
		    read(g[0], &c, 1) != 1 ||
		    write(p[1], more, m) != (ssize_t)m)
			_exit(1);
		_exit(0);
	}
	close(p[1]);
	close(g[0]);
	*go = g[1];
	return p[0];
}

/*
 * A log written live is not held up: what has come is given at once,
 * even when it is fewer bytes than a block or than the format takes to
 * tell.  A reader that waited for more would wait for ever here: the
 * alarm ends the test, failed.
 */
static void
test_live(void)
{
	static struct input in;
	char		 got[256];
	ssize_t		 n;
	size_t		 len;
	pid_t		 pid;
	int		 fd, go, status;

	alarm(20);
	if ((fd = live("550 x\n", 6, "421 y\n", 6, &go, &pid)) == -1) {
		CHECK(!"a pipe and a child");
		return;
	}
	CHECK(input_open(&in, fd) == 0 && in.format == INPUT_PLAIN);
	n = input_read(&in, got, sizeof(got));
	CHECK(n == 6 && memcmp(got, "550 x\n", 6) == 0);
	CHECK(write(go, "", 1) == 1);
	n = input_read(&in, got, sizeof(got));
	CHECK(n == 6 && memcmp(got, "421 y\n", 6) == 0);
	CHECK(input_read(&in, got, sizeof(got)) == 0);
	input_close(&in);
	close(fd);
	close(go);
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

	/* Compressed: the bytes that tell the format, then a pause. */
	if (input_format_built(INPUT_GZIP)) {
		if ((fd = live(samples[0].bytes, INPUT_PEEK,
		    samples[0].bytes + INPUT_PEEK, samples[0].len - INPUT_PEEK,
		    &go, &pid)) == -1) {
			CHECK(!"a pipe and a child");
			return;
		}
		CHECK(input_open(&in, fd) == 0 && in.format == INPUT_GZIP);
		CHECK(write(go, "", 1) == 1);
		len = 0;
		while ((n = input_read(&in, got + len, sizeof(got) - len)) > 0)
			len += (size_t)n;
		CHECK(n == 0 && len == strlen(TEXT) &&
		    memcmp(got, TEXT, len) == 0);
		input_close(&in);
		close(fd);
		close(go);
		waitpid(pid, &status, 0);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	}
	alarm(0);
}

/* A read error is kept with its errno. */
static void
test_read_error(void)
{
	struct input	 in;
	char		 c;

	CHECK(input_open(&in, -1) == -1);
	CHECK(in.error == INPUT_ESYS && in.syserr == EBADF);
	CHECK(input_read(&in, &c, 1) == -1);
	input_close(&in);
}

int
main(void)
{
	signal(SIGPIPE, SIG_IGN);
	test_formats();
	test_bad_data();
	test_plain();
	test_lzma_header();
	test_read_error();
	test_first_block();
	test_live();
	return unit_done("test_input");
}
