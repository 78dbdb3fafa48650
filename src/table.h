/* Static tables: SMTP reply codes and RFC 3463 enhanced status codes. */
#ifndef TABLE_H
#define TABLE_H

#include <stddef.h>
#include <stdint.h>

enum lang { LANG_EN, LANG_FR, LANG_MAX };

/* Flags of a reply. */
#define REPLY_REFENUM	0x1	/* member of the reference enumeration */

/*
 * The strings of these tables are offsets, read with table_str(): a
 * pointer in a table is one more relocation for the loader to apply each
 * time smtpcode starts, and a plain lookup would spend most of its time
 * on them.
 */
struct reply {
	int		 value;		/* 550, or -1 and 0 for the enum's sentinels */
	uint32_t	 name;		/* MailboxUnavailable */
	int		 flags;		/* REPLY_* */
	uint32_t	 rfcs;		/* "RFC 5321,RFC 3207", or "" */
	uint32_t	 text[LANG_MAX];
};

struct alias {
	uint32_t	 name;		/* BadCommandSequence */
	int		 value;		/* 503 */
	uint32_t	 origin;	/* where the name comes from */
};

/* A class (2, 4, 5) or a subject (0 to 7) of enhanced status codes. */
struct esc_part {
	int		 num;
	uint32_t	 title;		/* the registry's summary, in English */
	uint32_t	 title_fr;	/* the same in French */
	uint32_t	 text[LANG_MAX];	/* its name in each language */
};

struct esc_detail {
	int		 subject;
	int		 detail;
	uint32_t	 title;		/* the registry's sample text, in English */
	uint32_t	 title_fr;	/* the same in French */
	uint32_t	 basic;		/* "451,550"; "4XX" stands for a class */
	uint32_t	 rfcs;		/* "RFC 3463" */
	uint32_t	 text[LANG_MAX];
};

extern const struct reply	 replies[];
extern const size_t		 nreplies;
extern const struct alias	 aliases[];
extern const size_t		 naliases;
extern const struct esc_part	 esc_classes[];
extern const size_t		 nesc_classes;
extern const struct esc_part	 esc_subjects[];
extern const size_t		 nesc_subjects;
extern const struct esc_detail	 esc_details[];
extern const size_t		 nesc_details;

/* The string at an offset of the tables above: table_str(r->name). */
const char	*table_str(uint32_t);
/* Words for the reply classes 2 to 5 and the meaning of the second digit. */
const char	*class_word(int, enum lang);
const char	*class_gloss(int, enum lang);
const char	*category_word(int, enum lang);
const char	*esc_title(const struct esc_detail *, enum lang);

#endif
