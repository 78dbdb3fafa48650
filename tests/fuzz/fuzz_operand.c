/*
 * Fuzz target: everything the command line parses (operands, names,
 * classes, kinds, search words) and the records written for them, as
 * text and as JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_check.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static void
write_all(const struct operand *op, const char *s, int json, enum lang lang)
{
	struct out	 o;
	const char	*sug[3];
	char		*buf = NULL;
	size_t		 len = 0;

	memset(&o, 0, sizeof(o));
	if ((o.fp = open_memstream(&buf, &len)) == NULL)
		return;
	o.json = json;
	o.lang = lang;
	switch (op->kind) {
	case OP_BASIC:
		out_basic(&o, &op->basic);
		break;
	case OP_ENHANCED:
		out_enhanced(&o, &op->enh);
		break;
	case OP_PAIR:
		(void)out_lookup(&o, op, NULL);
		break;
	case OP_BAD:
		if (reply_by_name(s) == NULL)
			(void)name_suggest(s, sug, 3);
		out_quoted(o.fp, s);
		break;
	}
	fclose(o.fp);
	if (json && op->kind != OP_BAD && !json_lines_valid(buf, len))
		abort();
	free(buf);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct operand	 op;
	char		*s, folded[300];
	unsigned	 mask;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	parse_operand(s, &op);
	if (op.kind == OP_BASIC && op.basic.reply != NULL &&
	    op.basic.reply->value != op.basic.value)
		abort();
	write_all(&op, s, 1, LANG_EN);
	write_all(&op, s, 0, LANG_FR);
	(void)parse_classes(s, &mask);
	(void)parse_kinds(s, &mask);
	fold_text(s, folded, sizeof(folded));
	if (strlen(folded) >= sizeof(folded))
		abort();
	free(s);
	return 0;
}
