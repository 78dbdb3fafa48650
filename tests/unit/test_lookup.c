/* Unit tests of parsing and lookups, against RFC 5321 and RFC 3463. */
#include <string.h>

#include "lookup.h"
#include "unit.h"

static enum opkind
kind(const char *s)
{
	struct operand	 op;

	return parse_operand(s, &op);
}

static unsigned
classes(const char *s)
{
	unsigned	 m;

	return parse_classes(s, &m) ? m : 0;
}

int
main(void)
{
	struct operand	 op;
	const char	*sug[3];
	char		 buf[64];
	unsigned	 m;
	int		 v;

	/* RFC 5321 4.2: first digit 2-5, second 0-5, third 0-9. */
	for (v = 0; v < 1000; v++) {
		snprintf(buf, sizeof(buf), "%03d", v);
		CHECK((kind(buf) == OP_BASIC) ==
		    (v / 100 >= 2 && v / 100 <= 5 && v / 10 % 10 <= 5));
	}
	CHECK(kind("0") == OP_BASIC && kind("-1") == OP_BASIC);
	CHECK(kind("") == OP_BAD && kind("-") == OP_BAD);
	CHECK(kind("5500") == OP_BAD && kind("55") == OP_BAD);
	CHECK(kind("+550") == OP_BAD && kind("00") == OP_BAD);
	/* Blanks around an operand are ignored. */
	CHECK(kind(" 550") == OP_BASIC && kind("550 ") == OP_BASIC);
	CHECK(kind("\t550\r\n") == OP_BASIC && kind(" ") == OP_BAD);
	CHECK(kind("-0") == OP_BAD && kind("-2") == OP_BAD);
	CHECK(kind("99999999999999999999") == OP_BAD);
	CHECK(kind("\xd9\xa5\xd9\xa5\xd9\xa0") == OP_BAD);

	/* RFC 3463 2: class 2, 4, 5; 1-3 digits without leading zeros. */
	CHECK(kind("5.1.1") == OP_ENHANCED && kind("4.7.999") == OP_ENHANCED);
	CHECK(kind("2.0.0") == OP_ENHANCED && kind("5.999.0") == OP_ENHANCED);
	CHECK(kind("3.1.1") == OP_BAD && kind("6.1.1") == OP_BAD);
	CHECK(kind("5.1") == OP_BAD && kind("5.1.1.1") == OP_BAD);
	CHECK(kind("5.1000.1") == OP_BAD && kind("5.01.1") == OP_BAD);
	CHECK(kind("5.1.01") == OP_BAD && kind("5..1") == OP_BAD);
	CHECK(kind("5.1.") == OP_BAD && kind(".1.1") == OP_BAD);
	CHECK(kind("05.1.1") == OP_BAD && kind("5.1.1 ") == OP_ENHANCED);
	/* The class-less form the lists print: X.7.20, x.7.20. */
	CHECK(parse_operand("X.7.20", &op) == OP_ENHANCED &&
	    op.enh.class == 0 && op.enh.detailp != NULL);
	CHECK(kind("x.7.20") == OP_ENHANCED && kind("Y.7.20") == OP_BAD);
	CHECK(kind("550 X.7.20") == OP_BAD && kind("550-x.1.1") == OP_BAD);
	CHECK(kind("5.1.1000") == OP_BAD);

	CHECK(parse_operand("5.1.1", &op) == OP_ENHANCED &&
	    op.enh.detailp != NULL && op.enh.class == 5 &&
	    strcmp(table_str(op.enh.detailp->title),
	    "Bad destination mailbox address") == 0);
	CHECK(parse_operand("5.1.99", &op) == OP_ENHANCED &&
	    op.enh.detailp == NULL && op.enh.subjectp != NULL);
	CHECK(parse_operand("5.9.1", &op) == OP_ENHANCED &&
	    op.enh.subjectp == NULL);

	/* Pairs as servers write them. */
	CHECK(kind("550 5.1.1") == OP_PAIR && kind("550-5.1.1") == OP_PAIR);
	CHECK(kind("550  5.1.1") == OP_PAIR && kind("550\t5.1.1") == OP_PAIR);
	CHECK(kind("5505.1.1") == OP_BAD && kind("550--5.1.1") == OP_BAD);
	CHECK(kind("550 5.1") == OP_BAD && kind("-1 5.1.1") == OP_BAD);
	CHECK(kind("550 -5.1.1") == OP_BAD && kind("550-.1") == OP_BAD);
	/* A reply pasted whole: the codes, then its text. */
	CHECK(parse_operand("550 5.1.1 User unknown", &op) == OP_PAIR &&
	    op.basic.value == 550 && op.enh.detail == 1 && op.textlen == 12 &&
	    strncmp(op.text, "User unknown", 12) == 0);
	CHECK(parse_operand("550-5.7.26 Unauthenticated mail ", &op) ==
	    OP_PAIR && op.enh.detail == 26 && op.textlen == 20);
	CHECK(parse_operand("250-PIPELINING", &op) == OP_BASIC &&
	    op.basic.value == 250 && op.textlen == 10);
	CHECK(parse_operand("421 Service shutting down", &op) == OP_BASIC &&
	    op.textlen == 21);
	CHECK(parse_operand("5.2.2 Mailbox full", &op) == OP_ENHANCED &&
	    op.textlen == 12);
	CHECK(parse_operand("550", &op) == OP_BASIC && op.text == NULL);
	CHECK(kind("hello 550") == OP_BAD && kind("550hello") == OP_BAD);
	CHECK(parse_operand("550 5.1.1", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == 0);
	CHECK(parse_operand("450 5.1.1", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == (PAIR_CLASS | PAIR_ASSOC));
	CHECK(parse_operand("451 4.1.1", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == 0);
	CHECK(parse_operand("552 5.1.1", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == PAIR_ASSOC);
	/* X.7.17 goes with any 5XX; X.1.2 gives none, so any fits. */
	CHECK(parse_operand("554 5.7.17", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == 0);
	CHECK(parse_operand("553 5.1.2", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == 0);
	CHECK(parse_operand("421 4.7.15", &op) == OP_PAIR &&
	    pair_check(&op.basic, &op.enh) == 0);

	/* Values and names from the reference enumeration. */
	CHECK(reply_find(550) && strcmp(table_str(reply_find(550)->name),
	    "MailboxUnavailable") == 0);
	CHECK(reply_find(-1) && strcmp(table_str(reply_find(-1)->name),
	    "GeneralFailure") == 0);
	CHECK(reply_find(0) && strcmp(table_str(reply_find(0)->name),
	    "NotDefined") == 0);
	CHECK(reply_find(559) == NULL && reply_find(1) == NULL);
	CHECK(reply_by_name("MailboxBusy") == reply_find(450));
	CHECK(reply_by_name("mailboxbusy") == reply_find(450));
	CHECK(reply_by_name("BadCommandSequence") == reply_find(503));
	CHECK(reply_by_name("MustIssueStartTlsFirst") == reply_find(530));
	CHECK(reply_by_name("CommandParameterNotImplemented") ==
	    reply_find(504));
	CHECK(reply_by_name("AuthenticationMechanismIsTooWeak") ==
	    reply_find(534));
	CHECK(reply_by_name("AuthenticationMechanismIsToWeak") ==
	    reply_find(534));
	CHECK(reply_by_name("") == NULL && reply_by_name("Mailbox") == NULL);

	CHECK(name_suggest("MailboxBusyy", sug, 3) >= 1 &&
	    strcmp(sug[0], "MailboxBusy") == 0);
	CHECK(name_suggest("mailbox_busy", sug, 3) >= 1 &&
	    strcmp(sug[0], "MailboxBusy") == 0);
	CHECK(name_suggest("xyzzy", sug, 3) == 0);
	/* Two letters too many are two edits, within the bound of 2 that
	 * a short name has; four are not. */
	CHECK(name_suggest("Okxx", sug, 3) == 1 && strcmp(sug[0], "Ok") == 0);
	CHECK(name_suggest("Okxxxx", sug, 3) == 0);
	/*
	 * At the bound, a third of the length: Levenshtein distances from
	 * "AhenticationSucceeded" (21 letters, bound 7) are 2 to
	 * AuthenticationSucceeded, 7 to AuthenticationSuccessful and 9 to
	 * AuthenticationRequired; from "AuthenticatioSnucceeded" (23, bound
	 * 7), 2, 7 and 7.  Each edit, inserted, removed or changed, counts 1.
	 */
	CHECK(name_suggest("AhenticationSucceeded", sug, 3) == 2 &&
	    strcmp(sug[0], "AuthenticationSucceeded") == 0 &&
	    strcmp(sug[1], "AuthenticationSuccessful") == 0);
	CHECK(name_suggest("AuthenticatioSnucceeded", sug, 3) == 3 &&
	    strcmp(sug[0], "AuthenticationSucceeded") == 0);
	/* No more than asked for, the closest first; none for 0. */
	{
		const char	*many[20];
		size_t		 n = name_suggest("Mail", many, 20);

		CHECK(n > 2 && n <= 8);
		CHECK(name_suggest("Mail", sug, 2) == 2 &&
		    sug[0] == many[0] && sug[1] == many[1]);
		CHECK(name_suggest("MailboxBusyy", many, 0) == 0);
	}
	memset(buf, 'a', sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	CHECK(name_suggest(buf, sug, 3) == 0);

	CHECK(classes("5") == CLASS_BIT(5));
	CHECK(classes("4xx,5XX") == (CLASS_BIT(4) | CLASS_BIT(5)));
	CHECK(classes("success,intermediate") == (CLASS_BIT(2) | CLASS_BIT(3)));
	CHECK(classes("Permanent") == CLASS_BIT(5));
	CHECK(!parse_classes("", &m) && !parse_classes("7", &m));
	CHECK(!parse_classes("5,", &m) && !parse_classes("1xx", &m));
	CHECK(!parse_classes("5xxx", &m) && !parse_classes(",5", &m));
	CHECK(parse_kinds("basic", &m) && m == KIND_BASIC);
	CHECK(parse_kinds("enhanced,basic", &m) && m == KIND_ALL);
	CHECK(!parse_kinds("", &m) && !parse_kinds("basics", &m));

	/* Searching folds case and French accents. */
	fold_text("Boîte ÉTÉ", buf, sizeof(buf));
	CHECK(strcmp(buf, "boite ete") == 0);
	CHECK(fold_contains("La boîte aux lettres", "boite"));
	CHECK(!fold_contains("La boîte aux lettres", "boites"));
	CHECK(fold_text("abc", buf, 2) == 1 && strcmp(buf, "a") == 0);
	CHECK(esc_matches(esc_detail_find(7, 20), "dkim", LANG_EN));
	CHECK(!esc_matches(esc_detail_find(1, 1), "dkim", LANG_EN));
	CHECK(reply_matches(reply_find(503), "badcommand", LANG_EN));
	return unit_done("test_lookup");
}
