# bash completion for smtpcode(1)

_smtpcode()
{
	local cur prev
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}

	case $prev in
	-c|--class)
		COMPREPLY=($(compgen -W '2xx 3xx 4xx 5xx success intermediate
		    transient permanent' -- "$cur"))
		return ;;
	-k|--kind)
		COMPREPLY=($(compgen -W 'basic enhanced' -- "$cur"))
		return ;;
	-L|--lang)
		COMPREPLY=($(compgen -W 'en fr' -- "$cur"))
		return ;;
	-n|--name|-s|--search)
		return ;;
	esac
	case $cur in
	--color=*)
		COMPREPLY=($(compgen -W 'auto always never' -- "${cur#--color=}"))
		return ;;
	-*)
		COMPREPLY=($(compgen -W '--class --color --help --json --kind
		    --lang --line-buffered --list --name --only-matching --scan
		    --search --summary --version -c -h -j -k -L -l -n -o -S -s
		    -V' -- "$cur"))
		return ;;
	esac
	local w
	for w in "${COMP_WORDS[@]}"; do
		case $w in
		-S|--scan)
			COMPREPLY=($(compgen -f -- "$cur"))
			return ;;
		esac
	done
}
complete -F _smtpcode smtpcode
