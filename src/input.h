/* Reading logs as plain bytes, compressed or not, told apart by content. */
#ifndef INPUT_H
#define INPUT_H

#include <stddef.h>
#include <sys/types.h>

#define INPUT_PEEK	16	/* bytes it may take to tell the format */
#define INPUT_BUFSZ	((size_t)64 * 1024)	/* bytes read at once */

/* What the first bytes say; the same order as input_format_name(). */
enum input_format {
	INPUT_PLAIN,
	INPUT_GZIP,
	INPUT_BZIP2,
	INPUT_XZ,
	INPUT_LZMA,
	INPUT_ZSTD,
	INPUT_FORMAT_MAX
};

/* Why reading stopped early. */
enum input_error {
	INPUT_OK,
	INPUT_ESYS,		/* read(2) failed: syserr says why */
	INPUT_ENOMEM,		/* no memory for the decoder */
	INPUT_ETRUNCATED,	/* the compressed data ends too soon */
	INPUT_ECORRUPT,		/* the compressed data is not valid */
	INPUT_ETRAILING,	/* bytes that are no compressed data follow it */
	INPUT_EMEMLIMIT,	/* the data asks for more memory than allowed */
	INPUT_ENOTBUILT		/* a format whose library was not linked in */
};

struct input {
	int		 fd;
	int		 format;	/* enum input_format */
	int		 error;		/* enum input_error */
	int		 syserr;	/* errno, for INPUT_ESYS */
	int		 eof;		/* fd read to its end */
	int		 ended;		/* the decoder ended a stream or member */
	unsigned char	 buf[INPUT_BUFSZ];	/* bytes read, not yet used */
	unsigned char	*next;
	size_t		 avail;
	void		*dec;		/* the library's decoder */
	size_t		 hint;		/* zstd: 0 at the end of a frame */
};

int		 input_open(struct input *, int);
ssize_t		 input_read(struct input *, void *, size_t);
void		 input_close(struct input *);
const char	*input_format_name(int);
int		 input_format_built(int);

#endif
