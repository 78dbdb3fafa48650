# bash completion for smtpcode(1)
# Names and codes come from the smtpcode being completed: --names and
# --list --tsv print them, so the completion follows its table.

_smtpcode()
{
	local cur prev prog w i
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	prog=${COMP_WORDS[0]}
	COMPREPLY=()

	case $prev in
	-c|--class)
		# Complete the item after the last comma of a list.
		local head=
		[[ $cur == *,* ]] && head=${cur%,*},
		mapfile -t COMPREPLY < <(compgen -P "$head" -W '2xx 3xx 4xx 5xx
		    success intermediate transient permanent' -- "${cur##*,}")
		return ;;
	-k|--kind)
		mapfile -t COMPREPLY < <(compgen -W 'basic enhanced' -- "$cur")
		return ;;
	-L|--lang)
		mapfile -t COMPREPLY < <(compgen -W 'en fr' -- "$cur")
		return ;;
	--provider)
		mapfile -t COMPREPLY < <(compgen -W 'gmail microsoft365
		    outlookcom yahoo icloud comcast orange' -- "$cur")
		return ;;
	-n|--name)
		mapfile -t COMPREPLY < <(compgen -W \
		    "$("$prog" --names 2>/dev/null | cut -f1)" -- "$cur")
		return ;;
	-s|--search)
		return ;;
	esac
	case $cur in
	--color=*)
		mapfile -t COMPREPLY < <(compgen -W 'auto always never' \
		    -- "${cur#--color=}")
		return ;;
	-*)
		mapfile -t COMPREPLY < <(compgen -W '--class --color --help
		    --json --kind --lang --line-buffered --line-number --list
		    --name --names --no-filename --only-matching --provider --quiet --scan
		    --search --summary --tsv --version --with-filename
		    -c -H -h -j -k -L -l -n -o -q -S -s -V' -- "$cur")
		return ;;
	esac
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--)
			break ;;
		-S|--scan|-[!-]*[SoqH]*|--only-matching|--quiet|--summary|--with-filename|--no-filename|--line-number|--line-buffered)
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
			return ;;
		esac
	done
	mapfile -t COMPREPLY < <(compgen -W \
	    "$("$prog" -l --tsv -c 2,3,4,5 2>/dev/null | cut -f1)" -- "$cur")
}
complete -F _smtpcode smtpcode
