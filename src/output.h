/* Writing records as text for people or as JSON for programs. */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lookup.h"

struct out {
	FILE		*fp;
	enum lang	 lang;
	int		 color;		/* ANSI colours in text output */
	int		 json;
	int		 array;		/* JSON records go in one array */
	int		 tsv;		/* one line a record: code, name, text */
	int		 safe;		/* OUT_SAFE_* flags for outside input,
					 * 0 to write it byte for byte */
	int		 latin1;	/* text in ISO 8859-1, not UTF-8 */
	size_t		 count;		/* records written so far */
};

void	 out_basic(struct out *, const struct basic *);
void	 out_enhanced(struct out *, const struct enhanced *);
void	 out_detail(struct out *, const struct esc_detail *, int);
void	 out_names(struct out *);
void	 out_error(struct out *, const char *, const char *);
size_t	 out_lookup(struct out *, const struct operand *, const char *);
struct pcase;
void	 out_pcase(struct out *, const struct pcase *);
void	 out_begin(struct out *);
void	 out_end(struct out *);
void	 json_basic_fields(struct out *, const struct basic *);
void	 json_enhanced_fields(struct out *, const struct enhanced *);
void	 json_string(FILE *, const char *, size_t);

/*
 * Output put together in memory, size bytes at mem, and written to fp
 * in one write: when it fills, and when outbuf_flush() is called.
 */
struct outbuf {
	FILE		*fp;
	char		*mem;
	size_t		 size;
	size_t		 len;		/* bytes held */
};

void	 outbuf_put(struct outbuf *, const char *, size_t);
void	 outbuf_flush(struct outbuf *);
void	 outbuf_unumber(struct outbuf *, uint64_t);
void	 outbuf_json(struct outbuf *, const char *, size_t);

/*
 * Append the n bytes at s to b.  Inline, for the many short pieces of a
 * record: copying a few bytes of known length costs a few instructions,
 * a call more than that.
 */
static inline void
outbuf_add(struct outbuf *b, const char *s, size_t n)
{
	if (n <= b->size - b->len) {
		memcpy(b->mem + b->len, s, n);
		b->len += n;
	} else
		outbuf_put(b, s, n);
}

/* Append the string literal s to b. */
#define OUTBUF_LIT(b, s)	outbuf_add((b), (s), sizeof(s) - 1)
void	 json_cstr(FILE *, const char *);
void	 out_put_number(FILE *, int64_t);
void	 out_put_unumber(FILE *, uint64_t);
#define OUT_NUMBER	21	/* bytes of a 64-bit number and its sign */
size_t	 out_unumber(char *, uint64_t);
size_t	 out_number(char *, int64_t);
int	 out_vformat(char *, size_t, const char *, va_list)
	    __attribute__((format(printf, 3, 0)));
int	 out_format(char *, size_t, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
int	 out_print(FILE *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 out_wrap(FILE *, const char *, int, int);
const char *color_of(int);
size_t	 utf8_valid(const unsigned char *, size_t);

#define COLOR_OFF	"\033[0m"

/* How out_safe writes outside input for a terminal. */
#define OUT_SAFE_TERM	0x1	/* escape what would drive a terminal */
#define OUT_SAFE_LINE	0x2	/* one line: TAB, CR, LF, invalid UTF-8 too */
#define OUT_SAFE_8BIT	0x4	/* every byte 0x80-0x9f: not a UTF-8 terminal */

void	 out_safe(FILE *, const char *, size_t, int);
void	 out_input(struct out *, const char *, size_t);
void	 out_text(struct out *, const char *, size_t);
void	 out_latin1(FILE *, const char *, size_t);
int	 out_locale_latin1(const char *);
void	 out_quoted(FILE *, const char *);
#endif
