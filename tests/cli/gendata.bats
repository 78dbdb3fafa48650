#!/usr/bin/env bats
# tools/gendata: the data files are checked, and a bad row stops the build
# with "file:line: what is wrong".

load test_helper

GENDATA="$ROOT/tools/gendata"

setup() {
	D="$BATS_TEST_TMPDIR/data"
	mkdir -p "$D"
	cp "$ROOT"/data/*.txt "$D/"
}

# Run the generator on the copy; the line of the last row of file $1.
gen() {
	run --separate-stderr "$GENDATA" "$D" "$ROOT/src/reason.h"
}
last() {
	wc -l < "$D/$1" | tr -d ' '
}

@test "the data of the repository passes, and every table is written" {
	run -0 --separate-stderr "$GENDATA" "$ROOT/data" "$ROOT/src/reason.h"
	[ -z "$stderr" ]
	for t in td_reasons td_titles td_codes td_phrases td_reason_words \
	    td_code_words td_providers td_sigs pcases; do
		grep -q "^static const .* $t\[\|^const struct pcase $t\[" \
		    <<<"$output"
	done
}

@test "a wrong number of columns is reported with its file and line" {
	printf 'mailboxfull\tstrong\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/phrases.txt:$(last phrases.txt): expected 3 columns, found 2" ]
}

@test "an unknown reason is reported" {
	printf 'mailboxful\tstrong\tbox is stuffed\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/phrases.txt:$(last phrases.txt): unknown reason 'mailboxful'" ]
	printf '550\tX.9.9\tnosuchreason\tfirm\n' >> "$D/code-reasons.txt"
	gen
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"$D/code-reasons.txt:$(last code-reasons.txt): unknown reason 'nosuchreason'"* ]]
}

@test "a duplicate phrase is reported, even in another case or accent" {
	printf 'mailboxfull\tstrong\tMAILBOX FULL\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/phrases.txt:$(last phrases.txt): 'mailbox full' is listed twice" ]
	printf 'mailboxfull\tstrong\tBoite pleine\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"$D/phrases.txt:$(last phrases.txt): 'boite pleine' is listed twice"* ]]
}

@test "a duplicate code, title or signature is reported" {
	printf -- '-\tX.1.1\tuserunknown\tfirm\n' >> "$D/code-reasons.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/code-reasons.txt:$(last code-reasons.txt): this code is listed twice" ]
	cp "$ROOT/data/code-reasons.txt" "$D/"
	grep -v '^#' "$ROOT/data/provider-hosts.txt" | head -1 >> "$D/provider-hosts.txt"
	gen
	[ "$status" -eq 1 ]
	[[ "$stderr" == "$D/provider-hosts.txt:$(last provider-hosts.txt): '"*"' is listed twice" ]]
}

@test "a missing French text is reported" {
	sed -i 's/^\(mailboxfull\tyes\tmailbox full\t\)boîte pleine/\1/' "$D/reasons.txt"
	line=$(grep -n '^mailboxfull' "$D/reasons.txt" | cut -d: -f1)
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/reasons.txt:$line: label: the French text is missing" ]
	cp "$ROOT/data/reasons.txt" "$D/"
	sed -i 's/^\(550\tMailbox unavailable\t\).*/\1/' "$D/reply-titles.txt"
	line=$(grep -n '^550' "$D/reply-titles.txt" | cut -d: -f1)
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/reply-titles.txt:$line: title: the French text is missing" ]
}

@test "printf conversions must be the same in both languages" {
	sed -i 's/^\(550\tMailbox unavailable\)\t/\1 (%s)\t/' "$D/reply-titles.txt"
	line=$(grep -n '^550' "$D/reply-titles.txt" | cut -d: -f1)
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/reply-titles.txt:$line: title: the printf conversions differ between English ('%s') and French ('')" ]
}

@test "reasons must follow enum reason, and titles be sorted" {
	sed -i 's/^filtered\t/filterd\t/' "$D/reasons.txt"
	line=$(grep -n '^filterd' "$D/reasons.txt" | cut -d: -f1)
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/reasons.txt:$line: expected 'filtered' (the order of enum reason), found 'filterd'" ]
	cp "$ROOT/data/reasons.txt" "$D/"
	sed -i 's/^221\t/200\t/' "$D/reply-titles.txt"
	line=$(grep -n '^200' "$D/reply-titles.txt" | cut -d: -f1)
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/reply-titles.txt:$line: '200' is out of order or listed twice" ]
}

@test "bad bytes, bad codes and bad provider rows are reported" {
	printf 'mailboxfull\tstrong\tbo\xeete pleine\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/phrases.txt:$(last phrases.txt): invalid UTF-8" ]
	cp "$ROOT/data/phrases.txt" "$D/"
	printf 'mailboxfull\tstrong\tbox full\r\n' >> "$D/phrases.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/phrases.txt:$(last phrases.txt): control character 0x0d" ]
	cp "$ROOT/data/phrases.txt" "$D/"
	printf '650\t-\tuserunknown\tvague\n' >> "$D/code-reasons.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/code-reasons.txt:$(last code-reasons.txt): '650' is not a reply code or -" ]
	cp "$ROOT/data/code-reasons.txt" "$D/"
	id=$(grep -v '^#' "$D/providers.txt" | tail -1 | cut -f1)
	printf '%s\t550\t5.7.649-606\tx\tblocked\tno\ta\tb\tc\td\te\n' "$id" >> "$D/providers.txt"
	gen
	[ "$status" -eq 1 ]
	[[ "$stderr" == "$D/providers.txt:$(last providers.txt): '5.7.649-606' is not an enhanced code or range"* ]]
	cp "$ROOT/data/providers.txt" "$D/"
	printf 'nosuchprovider\t550\t5.7.1\tx\tblocked\tno\ta\tb\tc\td\te\n' >> "$D/providers.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/providers.txt:$(last providers.txt): provider 'nosuchprovider' is not in provider-hosts.txt" ]
	cp "$ROOT/data/providers.txt" "$D/"
	printf 'gmail\tGmail / Google Workspace\tGmail / Google Workspace\trhost-prefix\tmx.example\n' >> "$D/provider-hosts.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/provider-hosts.txt:$(last provider-hosts.txt): unknown kind 'rhost-prefix'" ]
}

@test "a signature with no letter or digit after its dot is reported" {
	printf 'gmail\tGmail / Google Workspace\tGmail / Google Workspace\trhost-suffix\t.-mx.example\n' >> "$D/provider-hosts.txt"
	gen
	[ "$status" -eq 1 ]
	[ "$stderr" = "$D/provider-hosts.txt:$(last provider-hosts.txt): '.-mx.example' must have a letter or a digit after its dot" ]
	cp "$ROOT/data/provider-hosts.txt" "$D/"
	printf 'gmail\tGmail / Google Workspace\tGmail / Google Workspace\trhost-suffix\t.\xc3\xa9mx.example\n' >> "$D/provider-hosts.txt"
	gen
	[ "$status" -eq 0 ]
	grep -q '^	"\.emx\.example",$' <<<"$output"
}

@test "a row of a provider away from its others is reported" {
	first=$(grep -v '^#' "$D/providers.txt" | head -1)
	other=$(grep -v '^#' "$D/providers.txt" | cut -f1 | sort -u | grep -vx "$(cut -f1 <<<"$first")" | head -1)
	[ -n "$other" ]
	printf '%s\n' "$first" | sed 's/\t[^\t]*$/\tsomewhere else/; s/^\([^\t]*\t[^\t]*\t[^\t]*\t\)[^\t]*/\1moved marker/' >> "$D/providers.txt"
	gen
	[ "$status" -eq 1 ]
	[[ "$stderr" == "$D/providers.txt:$(last providers.txt): the rows of '"*"' are not kept together" ]]
}

@test "tools/mkjis.py and tools/mkeuc.py write the charset grids that are checked in" {
	command -v python3 >/dev/null || skip "python3 is not installed (Debian package python3)"
	python3 "$ROOT/tools/mkjis.py" | cmp - "$ROOT/src/jis0208.h"
	python3 "$ROOT/tools/mkeuc.py" | cmp - "$ROOT/src/euc94.h"
}
