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
		const char	*name = table_str(replies[i].name);
		const char	*rfcs = table_str(replies[i].rfcs);

		if (i > 0)
			CHECK(replies[i - 1].value < replies[i].value);
		CHECK(pascal_case(name));
		CHECK(rfc_list(rfcs));
		CHECK((replies[i].value < 200) == (rfcs[0] == '\0'));
		for (l = 0; l < LANG_MAX; l++) {
			const char	*text = table_str(replies[i].text[l]);

			CHECK(text[0] != '\0' && clean_utf8(text) &&
			    strlen(text) < 1024);
		}
		if (replies[i].flags & REPLY_REFENUM)
			nref++;
		for (j = 0; j < i; j++)
			CHECK(strcasecmp(name,
			    table_str(replies[j].name)) != 0);
	}
	CHECK(nref == 32);

	for (i = 0; i < naliases; i++) {
		const char	*name = table_str(aliases[i].name);

		CHECK(pascal_case(name));
		CHECK(reply_find(aliases[i].value) != NULL);
		if (i > 0)
			CHECK(strcasecmp(table_str(aliases[i - 1].name),
			    name) < 0);
		for (j = 0; j < nreplies; j++)
			CHECK(strcasecmp(name,
			    table_str(replies[j].name)) != 0);
	}

	CHECK(nesc_classes == 3);
	CHECK(nesc_subjects == 8);
	CHECK(nesc_details == 81);
	for (i = 0; i < nesc_subjects; i++)
		CHECK(esc_subjects[i].num == (int)i);
	for (i = 0; i < nesc_details; i++) {
		const struct esc_detail *d = &esc_details[i];
		const char	*title = table_str(d->title);
		const char	*title_fr = table_str(d->title_fr);

		if (i > 0)
			CHECK(d[-1].subject < d->subject ||
			    (d[-1].subject == d->subject &&
			    d[-1].detail < d->detail));
		CHECK(d->subject >= 0 && d->subject <= 7);
		CHECK(d->detail >= 0 && d->detail <= 999);
		CHECK(clean_utf8(title) && title[0] != '\0');
		/* No registry title is a proper name: each is translated. */
		CHECK(clean_utf8(title_fr) && title_fr[0] != '\0' &&
		    strcmp(title_fr, title) != 0);
		CHECK(strcmp(esc_title(d, LANG_EN), title) == 0 &&
		    strcmp(esc_title(d, LANG_FR), title_fr) == 0);
		CHECK(rfc_list(table_str(d->rfcs)) &&
		    table_str(d->rfcs)[0] != '\0');
		CHECK(basic_list(table_str(d->basic)));
		for (l = 0; l < LANG_MAX; l++) {
			const char	*text = table_str(d->text[l]);

			CHECK(text[0] != '\0' && clean_utf8(text) &&
			    strlen(text) < 1024);
		}
	}
	for (i = 0; i < nesc_classes; i++)
		CHECK(clean_utf8(table_str(esc_classes[i].title_fr)) &&
		    strcmp(table_str(esc_classes[i].title_fr),
		    table_str(esc_classes[i].title)) != 0);
	for (i = 0; i < nesc_subjects; i++)
		CHECK(clean_utf8(table_str(esc_subjects[i].title_fr)) &&
		    strcmp(table_str(esc_subjects[i].title_fr),
		    table_str(esc_subjects[i].title)) != 0);
	/* The strings are offsets: one past them all reads as nothing. */
	CHECK(strcmp(table_str(UINT32_MAX), "") == 0);
	CHECK(strcmp(table_str(replies[0].name), "GeneralFailure") == 0);
	for (l = 0; l < LANG_MAX; l++) {
		for (i = 0; i < nesc_classes; i++)
			CHECK(clean_utf8(table_str(esc_classes[i].text[l])));
		for (i = 0; i < nesc_subjects; i++)
			CHECK(clean_utf8(table_str(esc_subjects[i].text[l])));
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
