/* Writing records as text for people or as JSON for programs. */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdio.h>

#include "lookup.h"

struct out {
	FILE		*fp;
	enum lang	 lang;
	int		 color;		/* ANSI colours in text output */
	int		 json;
	int		 array;		/* JSON records go in one array */
	int		 tsv;		/* one line a record: code, name, text */
	size_t		 count;		/* records written so far */
};

void	 out_basic(struct out *, const struct basic *);
void	 out_enhanced(struct out *, const struct enhanced *);
void	 out_pair(struct out *, const struct basic *,
	    const struct enhanced *);
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
void	 out_wrap(FILE *, const char *, int, int);
const char *color_of(int);
size_t	 utf8_valid(const unsigned char *, size_t);

#define COLOR_OFF	"\033[0m"



void	 out_quoted(FILE *, const char *);
#endif
