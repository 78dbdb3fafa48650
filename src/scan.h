/* Finding status codes in mail-log lines, and reading logs as a stream. */
#ifndef SCAN_H
#define SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "output.h"

#define SCAN_MAX	32	/* distinct codes kept for one line */

/* A code found in a line. */
struct scan_code {
	int		 kind;		/* KIND_BASIC or KIND_ENHANCED */
	int		 class;		/* 2 to 5 */
	int		 value;		/* basic: 550; enhanced: the reply code
					   written just before it, or 0 */
	int		 subject;	/* enhanced: 5.subject.detail, 0 to 999 */
	int		 detail;
	size_t		 offset;	/* byte offset in the line */
};

struct scan_result {
	size_t		 n;
	uint64_t	 seen;		/* a bit per code kept, hashed */
	struct scan_code codes[SCAN_MAX];
};

/* Vector instructions the scanner may use, from none to the widest. */
enum scan_simd_level {
	SCAN_SIMD_NONE,		/* portable byte loops */
	SCAN_SIMD_SSE2,		/* sixteen bytes at a time */
	SCAN_SIMD_AVX2,		/* thirty-two, where the CPU has AVX2 */
	SCAN_SIMD_AVX512	/* sixty-four, where it has AVX512BW */
};

void	scan_line(const char *, size_t, size_t, struct scan_result *);
int	scan_simd(int);

enum scan_mode {
	SCAN_ANNOTATE,		/* each line, then what its codes mean */
	SCAN_ONLY,		/* only the codes */
	SCAN_SUMMARY,		/* a count of lines per key at the end */
	SCAN_JSON,		/* one JSON object per line with codes */
	SCAN_QUIET		/* nothing; stop at the first code */
};

struct summary;

struct scan_ctx {
	struct out		*out;
	enum scan_mode		 mode;
	unsigned		 classes;	/* CLASS_BIT mask */
	unsigned		 kinds;		/* KIND_* mask */
	int			 line_buffered;
	int			 show_names;	/* prefix output lines with file */
	int			 number_lines;	/* prefix output lines with number */
	int			 text;		/* -a: binary files read as text */
	int			 stop;		/* set by -q at the first code */
	uint64_t		 found;		/* lines with a code */
	struct summary		*sum;		/* for SCAN_SUMMARY */
	int			 input_error;	/* enum input_error, on -3 */
	int			 input_format;	/* enum input_format, on -3 */
};

int	scan_fd(struct scan_ctx *, int, const char *);
void	scan_summary(struct scan_ctx *);

#endif
