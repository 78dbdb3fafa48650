#!/usr/bin/env bats
# RFC 3463 enhanced status codes: the registry, pairs, malformed codes.

load test_helper

@test "5.1.1 is explained: class, subject, detail, description" {
	run -0 smtpcode 5.1.1
	[ "${lines[0]}" = "5.1.1 Bad destination mailbox address" ]
	[[ "$output" == *"Class 5: permanent failure"* ]]
	[[ "$output" == *"Subject 1: addressing"* ]]
	[[ "$output" == *"451, 550"* ]]
}

@test "the class changes the meaning: 4.1.1 is transient" {
	run -0 smtpcode -j 4.1.1
	jq -e '.class == 4 and .class_name == "persistent transient failure" and .registered' <<<"$output"
	run -0 smtpcode 4.1.1
	[[ "$output" == *"Class 4: persistent transient failure"* ]]
}

@test "every registry row is reachable with its title in both languages" {
	while IFS='|' read -r code title _; do
		x=${code#X.}
		for lang in en fr; do
			for class in 2 4 5; do
				j=$(smtpcode -j -L "$lang" "$class.$x")
				jq -e --arg c "$class.$x" --arg l "$lang" \
				    '.code == $c and .lang == $l and .registered and
				    (.description | length > 10) and
				    (.class_name | length > 0) and (.subject_name | length > 0)' \
				    <<<"$j" >/dev/null || { echo "$class.$x $lang"; return 1; }
			done
		done
		[[ "$title" == \[* ]] && continue
		# $j is the last one read, in French: the registry's title is
		# title_en, and title is its French version.
		[ "$(jq -r .title_en <<<"$j")" = "$title" ] || { echo "$code: $title"; return 1; }
		jq -e '.title != .title_en and (.title | length > 0)' <<<"$j" >/dev/null ||
		    { echo "$code: no French title"; return 1; }
		[ "$(smtpcode -j -L en "5.$x" | jq -r '.title + "|" + .title_en')" = "$title|$title" ] ||
		    { echo "$code: English title"; return 1; }
	done < <(registry_details)
	[ "$(registry_details | wc -l)" -eq 81 ]
}

@test "the registry's associated basic codes come out as a clean list" {
	while IFS='|' read -r code _ basic _; do
		case "$basic" in
		"Any") want='["2XX","4XX","5XX"]' ;;
		"Not given"|"."|"") want='[]' ;;
		*) want=$(sed -E 's/\(other 4XX or 5XX codes are allowed\)/4XX 5XX/;
		    s/ or /,/; s#/#,#' <<<"$basic" | grep -oE '[0-9X]{3}' |
		    awk '!seen[$0]++' | jq -R . | jq -sc .) ;;
		esac
		got=$(smtpcode -j "5.${code#X.}" | jq -c .basic_codes)
		[ "$got" = "$want" ] || { echo "$code: $got, want $want"; return 1; }
	done < <(registry_details)
}

@test "the registry's references come out as RFC numbers" {
	smtpcode -j 5.7.23 | jq -e '.rfcs == ["RFC 7372","RFC 7208"]'
	smtpcode -j 5.1.10 | jq -e '.rfcs == ["RFC 7505","RFC 7504"]'
	smtpcode -j 5.1.1 | jq -e '.rfcs == ["RFC 3463"]'
}

@test "a pair is explained in each written form" {
	for form in "550 5.1.1" "550-5.1.1"; do
		run -0 smtpcode -j "$form"
		jq -e '.kind == "pair" and .consistent and .basic.name == "MailboxUnavailable"
		    and .enhanced.code == "5.1.1"' <<<"$output"
	done
	run -0 smtpcode -j 550 5.1.1
	jq -e '.kind == "pair" and .consistent' <<<"$output"
	# Two operands make a pair from the lowest reply code on, 200.
	run -1 --separate-stderr smtpcode -j 200 2.0.0
	[ "${#lines[@]}" -eq 1 ]
	jq -e '.kind == "pair" and .code == "200 2.0.0"' <<<"$output"
	run -0 smtpcode 550 5.1.1
	[[ "$output" == *"550 MailboxUnavailable"* ]]
	[[ "$output" == *"5.1.1 Bad destination mailbox address"* ]]
	[[ "$output" == *"The pair is consistent."* ]]
}

@test "a pair is inconsistent only when the classes differ" {
	run -0 smtpcode -j "450 5.1.1"
	jq -e '.consistent == false and .problems == ["class"] and
	    .associated == false' <<<"$output"
	run -0 smtpcode 450 5.1.1
	[[ "$output" == *"Inconsistent pair 450 5.1.1: the classes differ (4, 5)"* ]]
	# The registry lists 451 and 550 with X.1.1: 552 is unusual, not wrong.
	run -0 smtpcode -j "552 5.1.1"
	jq -e '.consistent and .problems == [] and .associated == false' <<<"$output"
	run -0 smtpcode "552 5.1.1"
	[[ "$output" == *"5.1.1 is usually sent with 451, 550."* ]]
	[[ "$output" != *"nconsistent"* ]]
	# Replies that RFC 5321 and the registry make common are consistent.
	for p in "452 4.5.3" "554 5.7.1" "421 4.7.0" "452 4.2.2" "450 4.1.8" \
	    "504 5.5.2" "553 5.1.3" "550 5.4.1"; do
		run -0 smtpcode -j "$p"
		jq -e '.consistent and .problems == []' <<<"$output"
		run -0 smtpcode "$p"
		[[ "$output" != *"nconsistent"* ]] || { echo "$p"; return 1; }
	done
	run -0 smtpcode -L fr "552 5.1.1"
	[[ "$output" == *"5.1.1 accompagne d'ordinaire 451, 550."* ]]
	# X.7.17 is registered with any 5XX code.
	smtpcode -j "554 5.7.17" | jq -e '.consistent and .associated'
}

@test "an unregistered enhanced code is explained from its parts, exit 1" {
	run -1 --separate-stderr smtpcode 5.1.99
	[[ "$output" == *"5.1.99 (unregistered detail code)"* ]]
	[[ "$output" == *"Subject 1: addressing"* ]]
	[[ "$stderr" == *"'5.1.99' is not a registered enhanced status code"* ]]
	run -1 --separate-stderr smtpcode -j 4.7.999
	jq -e '.registered == false and .class == 4 and .subject == 7 and .detail == 999' <<<"$output"
	run -1 --separate-stderr smtpcode -j 5.9.9
	jq -e '.subject_name == null' <<<"$output"
}

@test "malformed enhanced codes are usage errors" {
	for bad in 6.1.1 3.1.1 5.1 5.1.1.1 5.1000.1 5.01.1 5.1.01 5..1 .5.1 5.1.1. "550 5.1" 550--5.1.1; do
		run -2 --separate-stderr smtpcode "$bad"
		[ -z "$output" ]
		[[ "$stderr" == "smtpcode: '$bad' is not "* ]] || { echo "$bad: $stderr"; return 1; }
	done
}

@test "French descriptions for enhanced codes" {
	run -0 smtpcode -L fr 5.2.2
	[[ "$output" == *"Classe 5 : échec permanent"* ]]
	[[ "$output" == *"boîte aux lettres"* ]]
}

@test "French output shows French titles, and JSON keeps the registry's" {
	run -0 smtpcode -L fr 5.2.2
	[ "${lines[0]}" = "5.2.2 Boîte aux lettres pleine" ]
	run -0 smtpcode -L fr -j 5.2.2
	jq -e '.title == "Boîte aux lettres pleine" and .title_en == "Mailbox full"' <<<"$output"
	run -0 smtpcode -L fr -s "boîte aux lettres pleine"
	[[ "$output" == *"X.2.2 Boîte aux lettres pleine"* ]]
	run -0 bash -c "printf 'said: 552 5.2.2 full\n' | smtpcode -L fr"
	[[ "$output" == *"  # 552 5.2.2  "*" : Boîte aux lettres pleine"* ]]
}

@test "French descriptions say what the RFCs say, without calques" {
	run -0 smtpcode -L fr -l --tsv
	# Words that read as politics, borrowed turns, and chatter.
	for bad in "raisons de politique" "refus de politique" "de politique," \
	    "n'a pas été prise" "en termes simples" "transition de mot de passe" \
	    "écrire à" "lien vers" "n'essaiera plus"; do
		! grep -qiF -- "$bad" <<<"$output" || { echo "found: $bad"; return 1; }
	done
	# RFC 5321: 553 is about a mailbox name, the sender's as well as the
	# recipients'; 552 about storage exceeded, the message's size included.
	smtpcode -L fr -j 553 | jq -e '.description | test("expéditeur") and test("destinataire")'
	smtpcode -L fr -j 552 | jq -e '.description | test("taille")'
	# RFC 4954: 432 asks the user to authenticate once with another
	# mechanism, usually PLAIN.
	smtpcode -L fr -j 432 | jq -e '.description | test("PLAIN")'
	smtpcode -L fr -j 4.7.12 | jq -e '.description | test("PLAIN")'
	smtpcode -j 4.7.12 | jq -e '.description | test("PLAIN")'
}
