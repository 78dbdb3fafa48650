# Shared set-up: the freshly built binary first in PATH, a neutral locale.
bats_require_minimum_version 1.5.0

ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
DATA="$ROOT/tests/data"
PATH="$ROOT:$PATH"
export PATH
unset LC_ALL LC_MESSAGES LANG NO_COLOR LANGUAGE

# The registry rows of detail codes, '|' between the fields (code, title,
# basic codes, rfcs) so that empty fields survive "read".
registry_details() {
	grep -E '^X\.[0-9]+\.[0-9]+	' "$DATA/iana-enhanced.tsv" | tr '\t' '|'
}

# After "run" of an agreement script: line $1 of its output is "NAME
# GOOD TOTAL"; TOTAL must be $2, and GOOD at least $3.
agrees() {
	local name good total
	read -r name good total <<<"${lines[$1]}"
	echo "$name: $good of $total, want $3 of $2"
	[ "$total" -eq "$2" ] && [ "$good" -ge "$3" ]
}
