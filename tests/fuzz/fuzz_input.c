/*
 * Fuzz target: the input reader.  Any bytes, read in reads of a size the
 * input chooses, end in a clean end or one error, never a crash or a
 * hang; plain input comes back byte for byte.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"

#define OUT_MAX		((size_t)64 << 20)	/* decoded bytes read, at most */

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static unsigned char	 out[1 << 16];

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct input	 in;
	size_t		 chunk, total = 0;
	ssize_t		 got = 0;
	int		 p[2];

	if (size > 60000 || pipe(p) == -1)
		return 0;
	if (write(p[1], data, size) != (ssize_t)size) {
		close(p[0]);
		close(p[1]);
		return 0;
	}
	close(p[1]);
	/* The last byte chooses the size of the reads: 1 to 256 bytes, or
	 * the whole buffer. */
	chunk = size > 0 && data[size - 1] != 0 ? data[size - 1] : sizeof(out);
	if (input_open(&in, p[0]) == 0) {
		while (total < OUT_MAX &&
		    (got = input_read(&in, out, chunk)) > 0) {
			if ((size_t)got > chunk)
				abort();
			if (in.format == INPUT_PLAIN && (total + (size_t)got >
			    size || memcmp(out, data + total, (size_t)got) != 0))
				abort();
			total += (size_t)got;
		}
		if (got == 0 && in.error != INPUT_OK)
			abort();
		if (got == -1 && in.error == INPUT_OK)
			abort();
		if (in.format == INPUT_PLAIN && got == 0 && total != size)
			abort();
		/* An error, once met, stays. */
		if (got == -1 && input_read(&in, out, chunk) != -1)
			abort();
	}
	input_close(&in);
	close(p[0]);
	return 0;
}
