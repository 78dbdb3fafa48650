/*
 * Reading logs as plain bytes: gzip, bzip2, xz, lzma and zstd data are
 * told apart by their first bytes, not by the file name, and decoded in
 * this process with the system's libraries, as a stream in constant
 * memory.  A library left out at build time (HAVE_ZLIB, HAVE_BZIP2,
 * HAVE_LZMA, HAVE_ZSTD unset) makes its format an error, not plain text.
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE_ZLIB
#include <zlib.h>
#endif
#ifdef HAVE_BZIP2
#include <bzlib.h>
#endif
#ifdef HAVE_LZMA
#include <lzma.h>
#endif
#ifdef HAVE_ZSTD
#include <zstd.h>
#include <zstd_errors.h>
#endif

#include "input.h"

#define INPUT_MEMLIMIT	((uint64_t)256 << 20)	/* xz, lzma: at most this */
#define STEP_CHUNK	((size_t)1 << 30)	/* output asked of a decoder */

#define NEED_INPUT	(-2)	/* a step's answer: read more, then again */

/* Arrays, not pointers, which the loader would relocate at each start. */
static const char format_names[INPUT_FORMAT_MAX][8] = {
	"plain", "gzip", "bzip2", "xz", "lzma", "zstd",
};

const char *
input_format_name(int format)
{
	return format >= 0 && format < INPUT_FORMAT_MAX ?
	    format_names[format] : "?";
}

/* Whether this build can decode a format. */
int
input_format_built(int format)
{
	static const int	 built[INPUT_FORMAT_MAX] = {
		[INPUT_PLAIN] = 1,
#ifdef HAVE_ZLIB
		[INPUT_GZIP] = 1,
#endif
#ifdef HAVE_BZIP2
		[INPUT_BZIP2] = 1,
#endif
#ifdef HAVE_LZMA
		[INPUT_XZ] = 1,
		[INPUT_LZMA] = 1,
#endif
#ifdef HAVE_ZSTD
		[INPUT_ZSTD] = 1,
#endif
	};

	return format >= 0 && format < INPUT_FORMAT_MAX && built[format];
}

/* Whether the n bytes at p, n at most len, equal the start of magic. */
static int
prefix_of(const unsigned char *p, size_t n, const char *magic, size_t len)
{
	return memcmp(p, magic, n < len ? n : len) == 0;
}

enum match { MATCH_NO, MATCH_MAYBE, MATCH_YES };

static enum match
match_magic(const unsigned char *p, size_t n, const char *magic, size_t len)
{
	if (!prefix_of(p, n, magic, len))
		return MATCH_NO;
	return n >= len ? MATCH_YES : MATCH_MAYBE;
}

/* bzip2: "BZh", a block size, then a block's or the end's magic number. */
static enum match
match_bzip2(const unsigned char *p, size_t n)
{
	static const char	 block[] = "\x31\x41\x59\x26\x53\x59";
	static const char	 end[] = "\x17\x72\x45\x38\x50\x90";

	if (!prefix_of(p, n, "BZh", 3) || (n > 3 && (p[3] < '1' ||
	    p[3] > '9')))
		return MATCH_NO;
	if (n <= 4)
		return MATCH_MAYBE;
	if (!prefix_of(p + 4, n - 4, block, 6) &&
	    !prefix_of(p + 4, n - 4, end, 6))
		return MATCH_NO;
	return n >= 10 ? MATCH_YES : MATCH_MAYBE;
}

/*
 * The old .lzma header has no magic number: the usual properties byte,
 * a dictionary size of 2^n or 2^n + 2^(n-1), and a size that is unknown
 * (all ones) or at most 2^38, as xz itself checks.
 */
static int
pow2(uint32_t d)
{
	return d != 0 && (d & (d - 1)) == 0;
}

static enum match
match_lzma(const unsigned char *p, size_t n)
{
	uint64_t	 size = 0;
	uint32_t	 d;
	size_t		 i;

	if (n >= 1 && p[0] != 0x5d)
		return MATCH_NO;
	if (n < 5)
		return MATCH_MAYBE;
	d = (uint32_t)p[1] | (uint32_t)p[2] << 8 | (uint32_t)p[3] << 16 |
	    (uint32_t)p[4] << 24;
	if (d != UINT32_MAX && !pow2(d) && (d % 3 != 0 || !pow2(d / 3)))
		return MATCH_NO;
	if (n < 13)
		return MATCH_MAYBE;
	for (i = 13; i-- > 5; )
		size = size << 8 | p[i];
	return size == UINT64_MAX || size <= (uint64_t)1 << 38 ? MATCH_YES :
	    MATCH_NO;
}

/*
 * The format of data that starts with the n bytes at p: *more is set
 * when more bytes could still make it a compressed format.
 */
static int
detect(const unsigned char *p, size_t n, int *more)
{
	enum match	 m[INPUT_FORMAT_MAX];
	int		 f;

	m[INPUT_PLAIN] = MATCH_NO;
	m[INPUT_GZIP] = match_magic(p, n, "\x1f\x8b\x08", 3);
	m[INPUT_BZIP2] = match_bzip2(p, n);
	m[INPUT_XZ] = match_magic(p, n, "\xfd" "7zXZ\0", 6);
	m[INPUT_LZMA] = match_lzma(p, n);
	m[INPUT_ZSTD] = match_magic(p, n, "\x28\xb5\x2f\xfd", 4);
	*more = 0;
	for (f = 0; f < INPUT_FORMAT_MAX; f++) {
		if (m[f] == MATCH_YES)
			return f;
		if (m[f] == MATCH_MAYBE)
			*more = 1;
	}
	return INPUT_PLAIN;
}

static int
fail(struct input *in, int error)
{
	in->error = error;
	return -1;
}

/* read(2), again after a signal. */
static ssize_t
read_fd(struct input *in, void *p, size_t n)
{
	ssize_t	 got;

	while ((got = read(in->fd, p, n)) == -1 && errno == EINTR)
		continue;
	if (got == -1) {
		in->syserr = errno;
		in->error = INPUT_ESYS;
	} else if (got == 0)
		in->eof = 1;
	return got;
}

/*
 * Whether a read of fd returns at once (bytes, the end or an error), as
 * a regular file's always does: the rest of a first block is read only
 * then, so that a log written live is not held up for it.
 */
static int
ready(const struct input *in)
{
	struct pollfd	 pfd;

	pfd.fd = in->fd;
	pfd.events = POLLIN;
	pfd.revents = 0;
	return poll(&pfd, 1, 0) == 1;
}

/* Read more compressed bytes, once the decoder has taken all it had. */
static int
fill(struct input *in)
{
	ssize_t	 got;

	if ((got = read_fd(in, in->buf, INPUT_BUFSZ)) == -1)
		return -1;
	in->next = in->buf;
	in->avail = (size_t)got;
	return 0;
}

#if defined(HAVE_ZLIB) || defined(HAVE_BZIP2)
/*
 * After a stream or member, what may follow: zeros, as tape padding and
 * gzip itself allow, or the magic of the next one.  Return 1 if another
 * begins, 0 at the end, NEED_INPUT, or -1.
 */
static int
next_member(struct input *in, const char *magic)
{
	while (in->avail > 0 && *in->next == 0) {
		in->next++;
		in->avail--;
	}
	if (in->avail == 0)
		return in->eof ? 0 : NEED_INPUT;
	if (*in->next != (unsigned char)magic[0])
		return fail(in, INPUT_ETRAILING);
	return 1;
}

#endif

#if defined(HAVE_ZLIB) || defined(HAVE_BZIP2) || defined(HAVE_ZSTD)
/* The end of input with no output: a clean end, or the data cut short. */
static ssize_t
at_end(struct input *in, int clean)
{
	if (in->avail > 0)
		return fail(in, INPUT_ECORRUPT);
	if (!in->eof)
		return NEED_INPUT;
	return clean ? 0 : fail(in, INPUT_ETRUNCATED);
}
#endif

#ifdef HAVE_ZLIB
static int
gz_init(struct input *in)
{
	z_stream	*z;

	if ((z = calloc(1, sizeof(*z))) == NULL)
		return fail(in, INPUT_ENOMEM);
	in->dec = z;
	/* 16: a gzip header and trailer around the deflate data. */
	if (inflateInit2(z, 15 + 16) != Z_OK)
		return fail(in, INPUT_ENOMEM);
	return 0;
}

/* Concatenated members are read one after the other, as zcat does. */
static ssize_t
gz_step(struct input *in, unsigned char *out, size_t size)
{
	z_stream	*z = in->dec;
	size_t		 made, want = size > UINT_MAX ? UINT_MAX : size;
	int		 ret;

	for (;;) {
		if (in->ended) {
			if ((ret = next_member(in, "\x1f")) <= 0)
				return ret;
			if (inflateReset(z) != Z_OK)
				return fail(in, INPUT_ECORRUPT);
			in->ended = 0;
		}
		z->next_in = in->next;
		z->avail_in = (uInt)(in->avail > UINT_MAX ? UINT_MAX :
		    in->avail);
		z->next_out = out;
		z->avail_out = (uInt)want;
		ret = inflate(z, Z_NO_FLUSH);
		made = want - z->avail_out;
		in->avail -= (size_t)(z->next_in - in->next);
		in->next = z->next_in;
		switch (ret) {
		case Z_STREAM_END:
			in->ended = 1;
			break;
		case Z_OK:
		case Z_BUF_ERROR:
			break;
		case Z_MEM_ERROR:
			return fail(in, INPUT_ENOMEM);
		default:
			return fail(in, INPUT_ECORRUPT);
		}
		if (made > 0)
			return (ssize_t)made;
		/* A header read, or a member ended: go on. */
		if (!in->ended && (ret != Z_OK || in->avail == 0))
			return at_end(in, 0);
	}
}

static void
gz_free(struct input *in)
{
	if (in->dec != NULL)
		inflateEnd(in->dec);
}
#endif

#ifdef HAVE_BZIP2
static int
bz_init(struct input *in)
{
	bz_stream	*bz;

	if (in->dec == NULL && (in->dec = calloc(1, sizeof(*bz))) == NULL)
		return fail(in, INPUT_ENOMEM);
	bz = in->dec;
	memset(bz, 0, sizeof(*bz));
	if (BZ2_bzDecompressInit(bz, 0, 0) != BZ_OK) {
		free(in->dec);
		in->dec = NULL;
		return fail(in, INPUT_ENOMEM);
	}
	return 0;
}

/* Streams written one after the other (pbzip2) are read in turn. */
static ssize_t
bz_step(struct input *in, unsigned char *out, size_t size)
{
	bz_stream	*bz;
	size_t		 made, want = size > UINT_MAX ? UINT_MAX : size;
	int		 ret;

	for (;;) {
		if (in->ended) {
			if ((ret = next_member(in, "B")) <= 0)
				return ret;
			BZ2_bzDecompressEnd(in->dec);
			if (bz_init(in) == -1)
				return -1;
			in->ended = 0;
		}
		bz = in->dec;
		bz->next_in = (char *)in->next;
		bz->avail_in = (unsigned)(in->avail > UINT_MAX ? UINT_MAX :
		    in->avail);
		bz->next_out = (char *)out;
		bz->avail_out = (unsigned)want;
		ret = BZ2_bzDecompress(bz);
		made = want - bz->avail_out;
		in->avail -= (size_t)((unsigned char *)bz->next_in - in->next);
		in->next = (unsigned char *)bz->next_in;
		switch (ret) {
		case BZ_STREAM_END:
			in->ended = 1;
			break;
		case BZ_OK:
			break;
		case BZ_MEM_ERROR:
			return fail(in, INPUT_ENOMEM);
		default:
			return fail(in, INPUT_ECORRUPT);
		}
		if (made > 0)
			return (ssize_t)made;
		if (!in->ended)
			return at_end(in, 0);
	}
}

static void
bz_free(struct input *in)
{
	if (in->dec != NULL)
		BZ2_bzDecompressEnd(in->dec);
}
#endif

#ifdef HAVE_LZMA
static int
xz_init(struct input *in)
{
	lzma_stream	*s;
	lzma_ret	 ret;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return fail(in, INPUT_ENOMEM);
	in->dec = s;
	/* Streams one after the other, and their padding, as xz reads them. */
	if (in->format == INPUT_XZ)
		ret = lzma_stream_decoder(s, INPUT_MEMLIMIT, LZMA_CONCATENATED);
	else
		ret = lzma_alone_decoder(s, INPUT_MEMLIMIT);
	return ret == LZMA_OK ? 0 : fail(in, INPUT_ENOMEM);
}

static ssize_t
xz_step(struct input *in, unsigned char *out, size_t size)
{
	lzma_stream	*s = in->dec;
	lzma_ret	 ret;
	size_t		 made;

	if (in->ended)
		return 0;
	s->next_in = in->next;
	s->avail_in = in->avail;
	s->next_out = out;
	s->avail_out = size;
	ret = lzma_code(s, in->eof ? LZMA_FINISH : LZMA_RUN);
	made = size - s->avail_out;
	in->next += in->avail - s->avail_in;
	in->avail = s->avail_in;
	switch (ret) {
	case LZMA_STREAM_END:
		in->ended = 1;
		return (ssize_t)made;
	case LZMA_OK:
		break;
	case LZMA_BUF_ERROR:
		return made > 0 ? (ssize_t)made : fail(in, INPUT_ETRUNCATED);
	case LZMA_MEM_ERROR:
		return fail(in, INPUT_ENOMEM);
	case LZMA_MEMLIMIT_ERROR:
		return fail(in, INPUT_EMEMLIMIT);
	default:
		return fail(in, INPUT_ECORRUPT);
	}
	if (made > 0)
		return (ssize_t)made;
	return in->eof ? fail(in, INPUT_ETRUNCATED) : NEED_INPUT;
}

static void
xz_free(struct input *in)
{
	if (in->dec != NULL)
		lzma_end(in->dec);
}
#endif

#ifdef HAVE_ZSTD
static int
zstd_init(struct input *in)
{
	if ((in->dec = ZSTD_createDStream()) == NULL)
		return fail(in, INPUT_ENOMEM);
	in->hint = 1;
	return 0;
}

/* Frames one after the other are read in turn by the library itself. */
static ssize_t
zstd_step(struct input *in, unsigned char *out, size_t size)
{
	ZSTD_inBuffer	 ib;
	ZSTD_outBuffer	 ob;
	size_t		 ret;

	do {
		ib.src = in->next;
		ib.size = in->avail;
		ib.pos = 0;
		ob.dst = out;
		ob.size = size;
		ob.pos = 0;
		ret = ZSTD_decompressStream(in->dec, &ob, &ib);
		in->next += ib.pos;
		in->avail -= ib.pos;
		if (ZSTD_isError(ret)) {
			switch (ZSTD_getErrorCode(ret)) {
			case ZSTD_error_memory_allocation:
				return fail(in, INPUT_ENOMEM);
			case ZSTD_error_frameParameter_windowTooLarge:
				return fail(in, INPUT_EMEMLIMIT);
			default:
				return fail(in, INPUT_ECORRUPT);
			}
		}
		if (ob.pos > 0 || ib.pos > 0)
			in->hint = ret;
		if (ob.pos > 0)
			return (ssize_t)ob.pos;
	} while (ib.pos > 0 && in->avail > 0);
	/* The data may end only where a frame does. */
	return at_end(in, in->hint == 0);
}

static void
zstd_free(struct input *in)
{
	ZSTD_freeDStream(in->dec);
}
#endif

/*
 * Tell the format of fd from its first bytes.  A read that returns too
 * few to tell (a pipe) is followed by another, only while they could
 * still start compressed data, so that a log written live is not held
 * up.  Only those bytes are read into in->buf: the rest of a plain
 * file's first block goes straight to the reader's buffer, so that the
 * 64 KiB of in->buf stay untouched (and out of memory) for plain logs.
 * Return 0, or -1 with in->error set.
 */
int
input_open(struct input *in, int fd)
{
	int	 more = 1, rc = 0;
	ssize_t	 got;

	in->fd = fd;
	in->format = INPUT_PLAIN;
	in->error = INPUT_OK;
	in->syserr = in->eof = in->ended = 0;
	in->next = in->buf;
	in->avail = 0;
	in->dec = NULL;
	in->hint = 0;
	while (more && in->avail < INPUT_PEEK && !in->eof) {
		got = read_fd(in, in->buf + in->avail, INPUT_PEEK - in->avail);
		if (got == -1)
			return -1;
		in->avail += (size_t)got;
		in->format = detect(in->buf, in->avail, &more);
		if (in->format != INPUT_PLAIN)
			break;
	}
	if (in->format == INPUT_PLAIN)
		return 0;
	if (!input_format_built(in->format))
		return fail(in, INPUT_ENOTBUILT);
	/* The rest of the first block, as one read would have given it. */
	if (!in->eof && ready(in)) {
		got = read_fd(in, in->buf + in->avail, INPUT_BUFSZ - in->avail);
		if (got == -1)
			return -1;
		in->avail += (size_t)got;
	}
	switch (in->format) {
#ifdef HAVE_ZLIB
	case INPUT_GZIP:
		rc = gz_init(in);
		break;
#endif
#ifdef HAVE_BZIP2
	case INPUT_BZIP2:
		rc = bz_init(in);
		break;
#endif
#ifdef HAVE_LZMA
	case INPUT_XZ:
	case INPUT_LZMA:
		rc = xz_init(in);
		break;
#endif
#ifdef HAVE_ZSTD
	case INPUT_ZSTD:
		rc = zstd_init(in);
		break;
#endif
	default:
		break;
	}
	return rc;
}

/* One step of the decoder: bytes made, 0 at the end, -1, NEED_INPUT. */
static ssize_t
step(struct input *in, unsigned char *out, size_t size)
{
	switch (in->format) {
#ifdef HAVE_ZLIB
	case INPUT_GZIP:
		return gz_step(in, out, size);
#endif
#ifdef HAVE_BZIP2
	case INPUT_BZIP2:
		return bz_step(in, out, size);
#endif
#ifdef HAVE_LZMA
	case INPUT_XZ:
	case INPUT_LZMA:
		return xz_step(in, out, size);
#endif
#ifdef HAVE_ZSTD
	case INPUT_ZSTD:
		return zstd_step(in, out, size);
#endif
	default:
		(void)out;
		(void)size;
		return fail(in, INPUT_ENOTBUILT);
	}
}

/*
 * Read up to size plain bytes into p.  Return how many, 0 at the end,
 * or -1 with in->error set (and in->syserr for INPUT_ESYS).
 */
ssize_t
input_read(struct input *in, void *p, size_t size)
{
	ssize_t	 got;
	size_t	 n, done, want;

	if (in->error != INPUT_OK)
		return -1;
	if (size == 0)
		return 0;
	if (size > STEP_CHUNK)
		size = STEP_CHUNK;
	if (in->format == INPUT_PLAIN) {
		/*
		 * The bytes input_open() read and the rest of the first
		 * block, as much as one read of INPUT_BUFSZ would give;
		 * then straight from fd.  A failure after those bytes is
		 * the next call's answer.
		 */
		if (in->avail > 0) {
			n = in->avail < size ? in->avail : size;
			memcpy(p, in->next, n);
			in->next += n;
			in->avail -= n;
			done = (size_t)(in->next - in->buf);
			if (in->avail == 0 && !in->eof && n < size &&
			    done < INPUT_BUFSZ && ready(in)) {
				want = INPUT_BUFSZ - done;
				if (want > size - n)
					want = size - n;
				got = read_fd(in, (unsigned char *)p + n, want);
				if (got > 0)
					n += (size_t)got;
			}
			return (ssize_t)n;
		}
		if (in->eof)
			return 0;
		return read_fd(in, p, size);
	}
	/*
	 * Decode all that was read, as far as there is room, so that the
	 * first block holds as much as a plain file's would; read more only
	 * when nothing was decoded yet.
	 */
	n = 0;
	for (;;) {
		got = step(in, (unsigned char *)p + n, size - n);
		if (got > 0) {
			n += (size_t)got;
			if (n < size && in->avail > 0)
				continue;
			return (ssize_t)n;
		}
		if (n > 0)
			return (ssize_t)n;
		if (got != NEED_INPUT)
			return got;
		if (fill(in) == -1)
			return -1;
	}
}

void
input_close(struct input *in)
{
	if (in->dec != NULL) {
		switch (in->format) {
#ifdef HAVE_ZLIB
		case INPUT_GZIP:
			gz_free(in);
			break;
#endif
#ifdef HAVE_BZIP2
		case INPUT_BZIP2:
			bz_free(in);
			break;
#endif
#ifdef HAVE_LZMA
		case INPUT_XZ:
		case INPUT_LZMA:
			xz_free(in);
			break;
#endif
#ifdef HAVE_ZSTD
		case INPUT_ZSTD:
			zstd_free(in);
			break;
#endif
		default:
			break;
		}
		if (in->format != INPUT_ZSTD)
			free(in->dec);
	}
	in->dec = NULL;
}
