/*
 * Unit tests of folding for search: each Latin-1 letter against its base
 * letter as Unicode decomposes it, ASCII case, and the bounds of dst.
 */
#include <string.h>

#include "lookup.h"
#include "unit.h"

/*
 * U+00C0 to U+00FF and the letter each folds to: the base of its
 * canonical decomposition (U+00C0 = U+0041 U+0300, so 'a').  The letters
 * with no decomposition (AE, ETH, O WITH STROKE, THORN, SHARP S) fold to
 * the first letter of their usual spelling in ASCII: ae, d, o, th, ss.
 * The two signs, MULTIPLICATION and DIVISION, are no letters: 0 here.
 */
static const struct {
	unsigned	 cp;
	char		 base;
} latin1[] = {
	{ 0xc0, 'a' }, { 0xc1, 'a' }, { 0xc2, 'a' }, { 0xc3, 'a' },
	{ 0xc4, 'a' }, { 0xc5, 'a' }, { 0xc6, 'a' }, { 0xc7, 'c' },
	{ 0xc8, 'e' }, { 0xc9, 'e' }, { 0xca, 'e' }, { 0xcb, 'e' },
	{ 0xcc, 'i' }, { 0xcd, 'i' }, { 0xce, 'i' }, { 0xcf, 'i' },
	{ 0xd0, 'd' }, { 0xd1, 'n' }, { 0xd2, 'o' }, { 0xd3, 'o' },
	{ 0xd4, 'o' }, { 0xd5, 'o' }, { 0xd6, 'o' }, { 0xd7, 0 },
	{ 0xd8, 'o' }, { 0xd9, 'u' }, { 0xda, 'u' }, { 0xdb, 'u' },
	{ 0xdc, 'u' }, { 0xdd, 'y' }, { 0xde, 't' }, { 0xdf, 's' },
	{ 0xe0, 'a' }, { 0xe1, 'a' }, { 0xe2, 'a' }, { 0xe3, 'a' },
	{ 0xe4, 'a' }, { 0xe5, 'a' }, { 0xe6, 'a' }, { 0xe7, 'c' },
	{ 0xe8, 'e' }, { 0xe9, 'e' }, { 0xea, 'e' }, { 0xeb, 'e' },
	{ 0xec, 'i' }, { 0xed, 'i' }, { 0xee, 'i' }, { 0xef, 'i' },
	{ 0xf0, 'd' }, { 0xf1, 'n' }, { 0xf2, 'o' }, { 0xf3, 'o' },
	{ 0xf4, 'o' }, { 0xf5, 'o' }, { 0xf6, 'o' }, { 0xf7, 0 },
	{ 0xf8, 'o' }, { 0xf9, 'u' }, { 0xfa, 'u' }, { 0xfb, 'u' },
	{ 0xfc, 'u' }, { 0xfd, 'y' }, { 0xfe, 't' }, { 0xff, 'y' },
};

static int
is_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int
main(void)
{
	char	 src[8], dst[16];
	size_t	 i, n;
	int	 c;

	CHECK(sizeof(latin1) / sizeof(latin1[0]) == 64);
	for (i = 0; i < sizeof(latin1) / sizeof(latin1[0]); i++) {
		CHECK(latin1[i].cp == 0xc0 + i);
		/* The letter in UTF-8, between two ASCII letters. */
		src[0] = 'X';
		src[1] = (char)(0xc0 | latin1[i].cp >> 6);
		src[2] = (char)(0x80 | (latin1[i].cp & 0x3f));
		src[3] = 'Y';
		src[4] = '\0';
		n = fold_text(src, dst, sizeof(dst));
		CHECK(n == 3 && dst[0] == 'x' && dst[2] == 'y' && dst[3] == '\0');
		if (latin1[i].base != 0)
			CHECK(dst[1] == latin1[i].base);
		else
			CHECK(!is_letter(dst[1]) && dst[1] != '\0');
	}

	/* ASCII: capitals to small letters, everything else as it is. */
	for (c = 1; c < 0x80; c++) {
		src[0] = (char)c;
		src[1] = '\0';
		CHECK(fold_text(src, dst, sizeof(dst)) == 1);
		CHECK(dst[0] == (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
	}

	/* Other UTF-8 is left alone, and so is a lone lead byte. */
	CHECK(fold_text("\xc5\x93\xc4\x80", dst, sizeof(dst)) == 4 &&
	    memcmp(dst, "\xc5\x93\xc4\x80", 5) == 0);
	CHECK(fold_text("a\xc3", dst, sizeof(dst)) == 2 &&
	    memcmp(dst, "a\xc3", 3) == 0);
	CHECK(fold_text("\xc3(", dst, sizeof(dst)) == 2 &&
	    memcmp(dst, "\xc3(", 3) == 0);
	CHECK(fold_text("\xc3\x7f", dst, sizeof(dst)) == 2);
	CHECK(fold_text("\xc3\xc0", dst, sizeof(dst)) == 2 &&
	    (unsigned char)dst[0] == 0xc3);

	/* dst is always terminated and never overrun. */
	memset(dst, '#', sizeof(dst));
	CHECK(fold_text("ABCDEF", dst, 4) == 3 && strcmp(dst, "abc") == 0 &&
	    dst[4] == '#');
	CHECK(fold_text("ABC", dst, 1) == 0 && dst[0] == '\0');
	dst[0] = '#';
	CHECK(fold_text("ABC", dst, 0) == 0 && dst[0] == '#');
	CHECK(fold_text("", dst, sizeof(dst)) == 0 && dst[0] == '\0');
	CHECK(fold_text("\xc3\xa9\xc3\xa9", dst, 2) == 1 &&
	    strcmp(dst, "e") == 0);

	/* Searching: an accent in the needle or the text makes no odds. */
	CHECK(fold_contains("Bo\xc3\xae" "te aux lettres", "boite"));
	fold_text("BO\xc3\x8eTE", dst, sizeof(dst));
	CHECK(strcmp(dst, "boite") == 0 && fold_contains("la boite", dst));
	CHECK(!fold_contains("la boite", "bo\xc3\xaete"));
	return unit_done("test_fold");
}
