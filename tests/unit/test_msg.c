/* Every message exists in both languages, with the same conversions. */
#include <string.h>

#include "msg.h"
#include "output.h"
#include "unit.h"

/* The printf conversions of s, in order, as letters: "%s %d" -> "sd". */
static void
conversions(const char *s, char *out, size_t size)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++) {
		if (*s != '%')
			continue;
		s++;
		while (*s != '\0' && strchr("-+ #0123456789.*lhz", *s) != NULL)
			s++;
		if (*s == '\0')
			break;
		if (*s != '%' && n + 1 < size)
			out[n++] = *s;
	}
	out[n] = '\0';
}

static int
all_utf8(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = strlen(s), i, len;

	for (i = 0; i < n; i += len)
		if ((len = utf8_valid(p + i, n - i)) == 0)
			return 0;
	return 1;
}

int
main(void)
{
	char	 en[32], fr[32];
	size_t	 i;

	for (i = 0; i < M_MAX; i++) {
		const char	*e = msg_text((enum msgid)i, LANG_EN);
		const char	*f = msg_text((enum msgid)i, LANG_FR);

		CHECK(*e != '\0' && *f != '\0');
		CHECK(strcmp(e, f) != 0);
		conversions(e, en, sizeof(en));
		conversions(f, fr, sizeof(fr));
		CHECK(strcmp(en, fr) == 0);
		CHECK(all_utf8(e) && all_utf8(f));
		/* A message that ends a line ends it in both languages. */
		CHECK((e[strlen(e) - 1] == '\n') == (f[strlen(f) - 1] == '\n'));
	}
	CHECK(strcmp(msg_text(M_MAX, LANG_FR), msg_text(M_TRY_HELP,
	    LANG_FR)) == 0);
	return unit_done("test_msg");
}
