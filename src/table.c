/* The data: every reply code and enhanced status code smtpcode knows. */
#include <stddef.h>

#include "table.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define R		REPLY_REFENUM

/*
 * Every string of the tables, each a member (as musl's strerror keeps
 * its messages): one string literal of them all would be longer than
 * ISO C promises to compile.  The tables hold offsets in it, which,
 * unlike pointers, the loader need not relocate each time smtpcode
 * starts.  Arrays of char are laid out without padding, so the offsets
 * read with table_str() all fall on a string's first byte.
 */
#define REPLY(v, id, f, rfcs, en, fr) \
	char r_##id[sizeof(#id)], r_##id##_rfcs[sizeof(rfcs)], \
	    r_##id##_en[sizeof(en)], r_##id##_fr[sizeof(fr)];
#define ALIAS(id, v, origin) \
	char a_##id[sizeof(#id)], a_##id##_origin[sizeof(origin)];
#define ESC_CLASS(n, title, title_fr, en, fr) \
	char c_##n##_t[sizeof(title)], c_##n##_tfr[sizeof(title_fr)], \
	    c_##n##_en[sizeof(en)], c_##n##_fr[sizeof(fr)];
#define ESC_SUBJECT(n, title, title_fr, en, fr) \
	char s_##n##_t[sizeof(title)], s_##n##_tfr[sizeof(title_fr)], \
	    s_##n##_en[sizeof(en)], s_##n##_fr[sizeof(fr)];
#define ESC_DETAIL(s, d, title, title_fr, basic, rfcs, en, fr) \
	char d_##s##_##d##_t[sizeof(title)], \
	    d_##s##_##d##_tfr[sizeof(title_fr)], \
	    d_##s##_##d##_basic[sizeof(basic)], \
	    d_##s##_##d##_rfcs[sizeof(rfcs)], \
	    d_##s##_##d##_en[sizeof(en)], d_##s##_##d##_fr[sizeof(fr)];
#define CLASS(n, word, word_fr, gloss, gloss_fr) \
	char k_##n##_w[sizeof(word)], k_##n##_wfr[sizeof(word_fr)], \
	    k_##n##_g[sizeof(gloss)], k_##n##_gfr[sizeof(gloss_fr)];
#define CATEGORY(n, word, word_fr) \
	char g_##n##_w[sizeof(word)], g_##n##_wfr[sizeof(word_fr)];
static const struct table_strings {
#include "table.def"
} table_strings = {
#undef REPLY
#undef ALIAS
#undef ESC_CLASS
#undef ESC_SUBJECT
#undef ESC_DETAIL
#undef CLASS
#undef CATEGORY
#define REPLY(v, id, f, rfcs, en, fr)	#id, rfcs, en, fr,
#define ALIAS(id, v, origin)		#id, origin,
#define ESC_CLASS(n, title, title_fr, en, fr)	title, title_fr, en, fr,
#define ESC_SUBJECT(n, title, title_fr, en, fr)	title, title_fr, en, fr,
#define ESC_DETAIL(s, d, title, title_fr, basic, rfcs, en, fr) \
	title, title_fr, basic, rfcs, en, fr,
#define CLASS(n, word, word_fr, gloss, gloss_fr) \
	word, word_fr, gloss, gloss_fr,
#define CATEGORY(n, word, word_fr)	word, word_fr,
#include "table.def"
};
#undef REPLY
#undef ALIAS
#undef ESC_CLASS
#undef ESC_SUBJECT
#undef ESC_DETAIL
#undef CLASS
#undef CATEGORY

/*
 * table.def is read once more for each table, every macro but the
 * table's own empty.
 */
#define REPLY(...)
#define ALIAS(...)
#define ESC_CLASS(...)
#define ESC_SUBJECT(...)
#define ESC_DETAIL(...)
#define CLASS(...)
#define CATEGORY(...)

#define TS(m)		((uint32_t)offsetof(struct table_strings, m))
#define TABLE_STR(off)	((const char *)&table_strings + (off))

const char *
table_str(uint32_t off)
{
	return off < sizeof(table_strings) ? TABLE_STR(off) : "";
}

const struct reply replies[] = {
#undef REPLY
#define REPLY(v, id, f, rfcs, en, fr) \
	{ v, TS(r_##id), f, TS(r_##id##_rfcs), \
	    { TS(r_##id##_en), TS(r_##id##_fr) } },
#include "table.def"
#undef REPLY
#define REPLY(...)
};
const size_t nreplies = NELEM(replies);

const struct alias aliases[] = {
#undef ALIAS
#define ALIAS(id, v, origin)	{ TS(a_##id), v, TS(a_##id##_origin) },
#include "table.def"
#undef ALIAS
#define ALIAS(...)
};
const size_t naliases = NELEM(aliases);

const struct esc_part esc_classes[] = {
#undef ESC_CLASS
#define ESC_CLASS(n, title, title_fr, en, fr) \
	{ n, TS(c_##n##_t), TS(c_##n##_tfr), \
	    { TS(c_##n##_en), TS(c_##n##_fr) } },
#include "table.def"
#undef ESC_CLASS
#define ESC_CLASS(...)
};
const size_t nesc_classes = NELEM(esc_classes);

const struct esc_part esc_subjects[] = {
#undef ESC_SUBJECT
#define ESC_SUBJECT(n, title, title_fr, en, fr) \
	{ n, TS(s_##n##_t), TS(s_##n##_tfr), \
	    { TS(s_##n##_en), TS(s_##n##_fr) } },
#include "table.def"
#undef ESC_SUBJECT
#define ESC_SUBJECT(...)
};
const size_t nesc_subjects = NELEM(esc_subjects);

const struct esc_detail esc_details[] = {
#undef ESC_DETAIL
#define ESC_DETAIL(s, d, title, title_fr, basic, rfcs, en, fr) \
	{ s, d, TS(d_##s##_##d##_t), TS(d_##s##_##d##_tfr), \
	    TS(d_##s##_##d##_basic), TS(d_##s##_##d##_rfcs), \
	    { TS(d_##s##_##d##_en), TS(d_##s##_##d##_fr) } },
#include "table.def"
#undef ESC_DETAIL
#define ESC_DETAIL(...)
};
const size_t nesc_details = NELEM(esc_details);

static const uint32_t class_words[4][LANG_MAX] = {
#undef CLASS
#define CLASS(n, word, word_fr, gloss, gloss_fr) \
	[(n) - 2] = { TS(k_##n##_w), TS(k_##n##_wfr) },
#include "table.def"
#undef CLASS
#define CLASS(...)
};

static const uint32_t class_glosses[4][LANG_MAX] = {
#undef CLASS
#define CLASS(n, word, word_fr, gloss, gloss_fr) \
	[(n) - 2] = { TS(k_##n##_g), TS(k_##n##_gfr) },
#include "table.def"
#undef CLASS
#define CLASS(...)
};

static const uint32_t category_words[7][LANG_MAX] = {
#undef CATEGORY
#define CATEGORY(n, word, word_fr) \
	[n] = { TS(g_##n##_w), TS(g_##n##_wfr) },
#include "table.def"
#undef CATEGORY
#define CATEGORY(...)
};

/* The word for reply class 2 to 5; NULL for anything else. */
const char *
class_word(int class, enum lang lang)
{
	if (class < 2 || class > 5)
		return NULL;
	return TABLE_STR(class_words[class - 2][lang]);
}

const char *
class_gloss(int class, enum lang lang)
{
	if (class < 2 || class > 5)
		return NULL;
	return TABLE_STR(class_glosses[class - 2][lang]);
}

/* The title of a detail code in a language; the registry's is English. */
const char *
esc_title(const struct esc_detail *d, enum lang lang)
{
	return TABLE_STR(lang == LANG_FR ? d->title_fr : d->title);
}

/* The meaning of a reply code's second digit, 0 to 9. */
const char *
category_word(int digit, enum lang lang)
{
	if (digit < 0 || digit > 9)
		return NULL;
	return TABLE_STR(category_words[digit > 5 ? 6 : digit][lang]);
}
