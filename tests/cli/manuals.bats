#!/usr/bin/env bats
# The manuals as man(1) and mandoc(1) render them: no warning, quotes that
# open and close, and a French page that is French down to its headers,
# its date and its typography.

load test_helper

EN="$ROOT/man/smtpcode.1"
FR="$ROOT/man/fr/smtpcode.1"

# Skip, naming the Debian package, when a tool is missing.
need() {
	local t
	for t in "$@"; do
		case $t in
		man) command -v man >/dev/null || skip "man not installed (Debian package man-db)" ;;
		groff) command -v groff >/dev/null || skip "groff not installed (Debian package groff-base)" ;;
		mandoc) command -v mandoc >/dev/null || skip "mandoc not installed (Debian package mandoc)" ;;
		col) command -v col >/dev/null || skip "col not installed (Debian package bsdextrautils)" ;;
		esac
	done
}

# What mandoc says of a page at the warning level.  mandoc knows section
# names and dates in English only: in the French page it warns about the
# French NOM header (three messages that follow from it) and the French
# date, which it prints as written.  Those, and only those, are expected.
mandoc_lint() {
	mandoc -Tlint -Wwarning "$1" 2>&1 | grep -vE \
	    -e 'WARNING: first section is not "NAME": Sh (NOM|SYNOPSIS)$' \
	    -e 'WARNING: description line outside NAME section: Nd$' \
	    -e 'WARNING: cannot parse date, using it verbatim: Dd [0-9]{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}$' ||
	    true
}

# The page rendered by man (groff, as a reader gets it) or by mandoc,
# without overstrikes.
render_man() {
	LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$1" 2>&1 | LC_ALL=C.UTF-8 col -bx
}

render_mandoc() {
	LC_ALL=C.UTF-8 mandoc -Tutf8 -Owidth=80 "$1" | LC_ALL=C.UTF-8 col -bx
}

# Quote marks that are nested or left open in a paragraph of rendered text
# (a quotation may wrap onto the next line, but not past a blank one).
# The curly quotes are first turned into single bytes, which any awk reads.
quotes() {
	# shellcheck disable=SC1112
	sed 's/‘/\o001/g; s/’/\o002/g; s/“/\o003/g; s/”/\o004/g; s/«/\o005/g; s/»/\o006/g' |
	    LC_ALL=C awk '
	function flush() {
		if (cnt[1] || cnt[2] || cnt[3] || nd % 2)
			printf "quote left open in the paragraph ending line %d\n", NR - 1
		cnt[1] = cnt[2] = cnt[3] = nd = 0
	}
	/^[ \t]*$/ { flush(); next }
	{
		len = length($0)
		for (i = 1; i <= len; i++) {
			c = substr($0, i, 1)
			if (c == "\001" || c == "\003" || c == "\005") {
				k = index("\001\003\005", c)
				if (++cnt[k] > 1)
					printf "nested quote at line %d\n", NR
			} else if (c == "\002" || c == "\004" || c == "\006") {
				k = index("\002\004\006", c)
				if (--cnt[k] < 0) {
					printf "quote closed but not opened at line %d\n", NR
					cnt[k] = 0
				}
			} else if (c == "\"") {
				nd++
				if (substr($0, i + 1, 1) == "\"")
					printf "doubled \" at line %d\n", NR
			}
		}
	}
	END { flush() }'
}

@test "mandoc -Tlint finds nothing to warn about" {
	need mandoc
	run -0 mandoc_lint "$EN"
	[ -z "$output" ]
	run -0 mandoc_lint "$FR"
	[ -z "$output" ]
}

@test "groff finds nothing to warn about" {
	need groff man
	# -k reads the pages as UTF-8 through preconv, as man does.
	run -0 --separate-stderr groff -k -mandoc -ww -z "$EN"
	[ -z "$stderr" ]
	run -0 --separate-stderr groff -k -mandoc -ww -z "$FR"
	[ -z "$stderr" ]
	run -0 --separate-stderr env LC_ALL=C.UTF-8 man --warnings -l "$FR"
	[ -z "$stderr" ]
}

@test "every quotation opens and closes, with man and with mandoc" {
	need man mandoc col
	for page in "$EN" "$FR"; do
		run -0 bash -c "$(declare -f render_man quotes); render_man '$page' | quotes"
		[ -z "$output" ] || { echo "man $page:"; echo "$output"; return 1; }
		run -0 bash -c "$(declare -f render_mandoc quotes); render_mandoc '$page' | quotes"
		[ -z "$output" ] || { echo "mandoc $page:"; echo "$output"; return 1; }
	done
}

@test "the quotation check catches quotes nested by a one-line Pq" {
	need mandoc col
	printf '%s\n' '.Dd November 28, 2026' '.Dt T 1' '.Os' '.Sh NAME' \
	    '.Nm t' '.Nd test' '.Sh DESCRIPTION' 'Codes' \
	    '.Pq Ql 550 , Ql 551 .' 'and' '.Pq Qq a , Qq b No or Qq c .' \
	    >"$BATS_TEST_TMPDIR/t.1"
	run -0 bash -c "$(declare -f render_mandoc quotes); render_mandoc '$BATS_TEST_TMPDIR/t.1' | quotes"
	[[ $output == *"nested quote at line"* ]]
	[[ $output == *'doubled "'* ]]
}

@test "the synopsis does not bundle -j and -o, which do not combine" {
	need mandoc col
	for page in "$EN" "$FR"; do
		render_mandoc "$page" | sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' >"$BATS_TEST_TMPDIR/syn"
		grep -q -- '\[-j | -o\]' "$BATS_TEST_TMPDIR/syn"
		[ "$(grep -c -- '-jo' "$BATS_TEST_TMPDIR/syn")" -eq 0 ]
	done
}

@test "the French manual has French headers and a French date" {
	need man mandoc col
	want='NOM SYNOPSIS DESCRIPTION OPTIONS ENVIRONNEMENT CODE DE RETOUR EXEMPLES VOIR AUSSI NORMES'
	for render in render_man render_mandoc; do
		got=$($render "$FR" | grep -E '^[A-Z][A-Z ]+$' | xargs)
		[ "$got" = "$want" ] || { echo "$render: $got"; return 1; }
		$render "$FR" | grep -v "^$" | tail -n 1 | grep -qE \
		    ' [0-9]{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4} '
	done
}

@test "French typography: a no-break space before : ; ! and ?" {
	need man mandoc col
	# In running text (not literal displays), the source writes \~ before
	# these marks, and the rendered text never starts a line with one.
	# shellcheck disable=SC2016
	run -0 awk '
	    /^\.Bd -literal/ { lit = 1 } /^\.Ed/ { lit = 0; next }
	    lit || /^\.\\"/ { next }
	    /^\./ && / [:;!?]( |$)/ { print FILENAME ":" FNR ": " $0 }
	    !/^\./ && /([^~]|[^\\]~|^)[:;!?]( |$)/ { print FILENAME ":" FNR ": " $0 }' "$FR"
	[ -z "$output" ]
	# Nor does a mark fall inside the quotes of a .Ql before it, as
	# '.Ql grep -n Ns \~:' would make it.
	for render in render_man render_mandoc; do
		run -0 bash -c "$(declare -f $render); $render '$FR' | grep -nE '^[[:space:]]+[:;!?]| [:;!?]’' || true"
		[ -z "$output" ]
	done
}

@test "each reason of data/reasons.txt is listed in both manuals with its label and meaning" {
	# data/reasons.txt: name, retry, label_en, label_fr, meaning_en,
	# meaning_fr.  The manual lists each as ".It Cm name", the label with
	# a capital and a full stop, then the meaning; French typography puts
	# \~ before a colon.
	run awk -F'\t' '
	    FILENAME == ARGV[1] {
		if ($0 !~ /^#/ && NF == 6) {
			n++; name[n] = $1
			lab["en", $1] = toupper(substr($3, 1, 1)) substr($3, 2) "."
			lab["fr", $1] = toupper(substr($4, 1, 1)) substr($4, 2) "."
			sub(/^é/, "É", lab["fr", $1])
			mean["en", $1] = $5; mean["fr", $1] = $6
		}
		next
	    }
	    { lang = FILENAME == ARGV[2] ? "en" : "fr"; line[lang, FNR] = $0
	      if ($0 ~ /^\.It Cm [a-z]+$/) at[lang, substr($0, 8)] = FNR }
	    END {
		for (i = 1; i <= n; i++)
			for (l = 0; l < 2; l++) {
				g = l ? "fr" : "en"; r = name[i]; k = at[g, r]
				m = mean[g, r]
				if (g == "fr") { gsub(/ :/, "\\~:", m); gsub(/ ;/, "\\~;", m) }
				if (!k) { print g ": no .It Cm " r; bad = 1; continue }
				if (line[g, k + 1] != lab[g, r] || line[g, k + 2] != m) {
					print g ": " r ": " line[g, k + 1] " / " line[g, k + 2]
					bad = 1
				}
			}
		exit bad
	    }' "$ROOT/data/reasons.txt" "$EN" "$FR"
	[ "$status" -eq 0 ] || { printf '%s\n' "$output"; return 1; }
	[ -z "$output" ]
}
