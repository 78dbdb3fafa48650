/* Finding codes: parsing operands, lookups by value and by name, search. */
#ifndef LOOKUP_H
#define LOOKUP_H

#include <stddef.h>

#include "table.h"

/* Bits of a class mask: CLASS_BIT(5) selects 5xx and 5.X.X. */
#define CLASS_BIT(c)	(1u << (c))
#define CLASS_ALL	(CLASS_BIT(2) | CLASS_BIT(3) | CLASS_BIT(4) | CLASS_BIT(5))
/* No filter at all: every class, the enumeration's sentinels too. */
#define CLASS_ANY	(CLASS_ALL | CLASS_BIT(0))

/* Bits of a kind mask. */
#define KIND_BASIC	0x1
#define KIND_ENHANCED	0x2
#define KIND_ALL	(KIND_BASIC | KIND_ENHANCED)

enum opkind {
	OP_BAD,		/* not a code */
	OP_BASIC,	/* 550, 0, -1 */
	OP_ENHANCED,	/* 5.1.1 */
	OP_PAIR		/* 550 5.1.1 */
};

/* A basic reply code, known to the table or not. */
struct basic {
	int			 value;
	const struct reply	*reply;	/* NULL if the table lacks it */
};

/* An enhanced status code; detail is NULL if unregistered. */
struct enhanced {
	int			 class;
	int			 subject;
	int			 detail;
	const struct esc_part	*classp;
	const struct esc_part	*subjectp;
	const struct esc_detail	*detailp;
};

struct operand {
	enum opkind	 kind;
	struct basic	 basic;
	struct enhanced	 enh;		/* class 0: any class, X.1.1 */
	const char	*text;		/* a pasted reply's text, or NULL */
	size_t		 textlen;
};

/* Why a basic/enhanced pair does not fit together (bits). */
#define PAIR_CLASS	0x1	/* the two classes differ */
#define PAIR_ASSOC	0x2	/* the registry does not list the basic code */

int			 parse_basic(const char *, size_t, struct basic *);
enum opkind		 parse_operand(const char *, struct operand *);
void			 basic_set(struct basic *, int);
void			 enhanced_set(struct enhanced *, int, int, int);
int			 parse_classes(const char *, unsigned *);
int			 parse_kinds(const char *, unsigned *);
int			 basic_class(int);
int			 pair_check(const struct basic *, const struct enhanced *);

const struct reply	*reply_find(int);
const struct reply	*reply_by_name(const char *);
size_t			 reply_aliases(const struct reply *, const char **,
			    size_t);
size_t			 name_suggest(const char *, const char **, size_t);
const struct esc_part	*esc_class_find(int);
const struct esc_part	*esc_subject_find(int);
const struct esc_detail	*esc_detail_find(int, int);

int			 fold_contains(const char *, const char *);
size_t			 fold_text(const char *, char *, size_t);
int			 reply_matches(const struct reply *, const char *,
			    enum lang);
int			 esc_matches(const struct esc_detail *, const char *,
			    enum lang);

#endif
