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
