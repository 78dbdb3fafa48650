/* Unit tests of the static tables: order, completeness, well-formed data. */
#include <string.h>
#include <strings.h>

#include "lookup.h"
#include "output.h"
#include "unit.h"

/* Whether all of s is valid UTF-8 without control characters. */
static int
clean_utf8(const char *s)
{
	size_t	 n = strlen(s), i = 0, len;

	while (i < n) {
		if ((unsigned char)s[i] < 0x20 ||
		    (len = utf8_valid((const unsigned char *)s + i, n - i)) == 0)
			return 0;
		i += len;
	}
	return 1;
}

static int
pascal_case(const char *s)
{
	if (*s < 'A' || *s > 'Z')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

/* "RFC 5321,RFC 3207": each item "RFC " and digits, or a draft name. */
static int
rfc_list(const char *s)
{
	if (*s == '\0')
		return 1;
	for (;;) {
		if (strncmp(s, "RFC ", 4) == 0) {
			s += 4;
			if (*s < '1' || *s > '9')
				return 0;
			while (*s >= '0' && *s <= '9')
				s++;
		} else if (strncmp(s, "draft-", 6) == 0)
			s += strcspn(s, ",");
		else
			return 0;
		if (*s == '\0')
			return 1;
		if (*s++ != ',')
			return 0;
	}
}

/* "451,550,5XX": three-character items, digits or a class wildcard. */
static int
basic_list(const char *s)
{
	struct basic	 b;

	while (*s != '\0') {
		if (!(s[1] == 'X' && s[2] == 'X' && s[0] >= '2' && s[0] <= '5') &&
		    !parse_basic(s, 3, &b))
			return 0;
		s += 3;
		if (*s == ',' && s[1] != '\0')
			s++;
		else if (*s != '\0')
			return 0;
	}
	return 1;
}

int
main(void)
{
	size_t	 i, j, nref = 0;
	int	 l;

	CHECK(nreplies == 36);
	for (i = 0; i < nreplies; i++) {
		if (i > 0)
			CHECK(replies[i - 1].value < replies[i].value);
		CHECK(pascal_case(replies[i].name));
		CHECK(rfc_list(replies[i].rfcs));
		CHECK((replies[i].value < 200) == (replies[i].rfcs[0] == '\0'));
		for (l = 0; l < LANG_MAX; l++)
			CHECK(replies[i].text[l] != NULL &&
			    replies[i].text[l][0] != '\0' &&
			    clean_utf8(replies[i].text[l]) &&
			    strlen(replies[i].text[l]) < 1024);
		if (replies[i].flags & REPLY_REFENUM)
			nref++;
		for (j = 0; j < i; j++)
			CHECK(strcasecmp(replies[i].name, replies[j].name) != 0);
	}
	CHECK(nref == 32);

	for (i = 0; i < naliases; i++) {
		CHECK(pascal_case(aliases[i].name));
		CHECK(reply_find(aliases[i].value) != NULL);
		if (i > 0)
			CHECK(strcasecmp(aliases[i - 1].name,
			    aliases[i].name) < 0);
		for (j = 0; j < nreplies; j++)
			CHECK(strcasecmp(aliases[i].name, replies[j].name) != 0);
	}

	CHECK(nesc_classes == 3);
	CHECK(nesc_subjects == 8);
	CHECK(nesc_details == 81);
	for (i = 0; i < nesc_subjects; i++)
		CHECK(esc_subjects[i].num == (int)i);
	for (i = 0; i < nesc_details; i++) {
		const struct esc_detail *d = &esc_details[i];

		if (i > 0)
			CHECK(d[-1].subject < d->subject ||
			    (d[-1].subject == d->subject &&
			    d[-1].detail < d->detail));
		CHECK(d->subject >= 0 && d->subject <= 7);
		CHECK(d->detail >= 0 && d->detail <= 999);
		CHECK(clean_utf8(d->title) && d->title[0] != '\0');
		/* No registry title is a proper name: each is translated. */
		CHECK(d->title_fr != NULL && clean_utf8(d->title_fr) &&
		    d->title_fr[0] != '\0' &&
		    strcmp(d->title_fr, d->title) != 0);
		CHECK(strcmp(esc_title(d, LANG_EN), d->title) == 0 &&
		    strcmp(esc_title(d, LANG_FR), d->title_fr) == 0);
		CHECK(rfc_list(d->rfcs) && d->rfcs[0] != '\0');
		CHECK(basic_list(d->basic));
		for (l = 0; l < LANG_MAX; l++)
			CHECK(d->text[l] != NULL && d->text[l][0] != '\0' &&
			    clean_utf8(d->text[l]) &&
			    strlen(d->text[l]) < 1024);
	}
	for (i = 0; i < nesc_classes; i++)
		CHECK(esc_classes[i].title_fr != NULL &&
		    clean_utf8(esc_classes[i].title_fr) &&
		    strcmp(esc_classes[i].title_fr, esc_classes[i].title) != 0);
	for (i = 0; i < nesc_subjects; i++)
		CHECK(esc_subjects[i].title_fr != NULL &&
		    clean_utf8(esc_subjects[i].title_fr) &&
		    strcmp(esc_subjects[i].title_fr, esc_subjects[i].title) != 0);
	for (l = 0; l < LANG_MAX; l++) {
		for (i = 0; i < nesc_classes; i++)
			CHECK(clean_utf8(esc_classes[i].text[l]));
		for (i = 0; i < nesc_subjects; i++)
			CHECK(clean_utf8(esc_subjects[i].text[l]));
		for (i = 2; i <= 5; i++)
			CHECK(class_word((int)i, (enum lang)l) != NULL &&
			    class_gloss((int)i, (enum lang)l) != NULL);
		for (i = 0; i <= 9; i++)
			CHECK(category_word((int)i, (enum lang)l) != NULL);
	}
	CHECK(class_word(0, LANG_EN) == NULL);
	CHECK(class_word(6, LANG_EN) == NULL);
	CHECK(category_word(10, LANG_FR) == NULL);
	CHECK(category_word(-1, LANG_EN) == NULL);
	CHECK(strcmp(category_word(9, LANG_EN), category_word(6, LANG_EN)) == 0);
	return unit_done("test_table");
}
