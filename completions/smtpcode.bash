# bash completion for smtpcode(1)
# Names and codes come from the smtpcode being completed: --names and
# --list --tsv print them, so the completion follows its table.
# With the bash-completion package, words are split and file names quoted
# by its helpers; without it, the same is done here in a simpler way.

# Short options that take a value, and the long ones (with '=').
_smtpcode_shortarg=ckLns

# The values of an option, as a word list; empty for a free value.
_smtpcode_values()
{
	case $1 in
	-c|--class)
		echo 2 3 4 5 2xx 3xx 4xx 5xx success intermediate transient \
		    permanent ;;
	--color)
		echo auto always never ;;
	-k|--kind)
		echo basic enhanced ;;
	-L|--lang)
		echo en fr ;;
	--provider)
		echo gmail microsoft365 outlookcom yahoo icloud comcast orange ;;
	--by)
		echo code pair reason provider file domain status ;;
	esac
}

# Complete the value $2 of option $1 into COMPREPLY; $prog is the
# smtpcode being completed.
_smtpcode_value()
{
	local opt=$1 cur=$2 head=
	case $opt in
	-n|--name)
		mapfile -t COMPREPLY < <(compgen -W \
		    "$("$prog" --names 2>/dev/null | cut -f1)" -- "$cur")
		return ;;
	-s|--search)
		COMPREPLY=()
		return ;;
	-c|--class|-k|--kind)
		# The item after the last comma of a list.
		[[ $cur == *,* ]] && head=${cur%,*},
		cur=${cur##*,} ;;
	esac
	mapfile -t COMPREPLY < <(compgen -P "$head" \
	    -W "$(_smtpcode_values "$opt")" -- "$cur")
}

# File and directory names into COMPREPLY, quoted and with a '/' after a
# directory.
_smtpcode_files()
{
	if declare -F _filedir >/dev/null; then
		_filedir
		return
	fi
	local c=$1
	compopt -o filenames 2>/dev/null
	# Undo the backslashes the user typed before spaces and the like.
	c=${c//\\/}
	[[ $c == \~* ]] && c=$HOME${c#\~}
	mapfile -t COMPREPLY < <(compgen -f -- "$c")
}

_smtpcode()
{
	local cur prev words cword split i w c rest prog scanning=
	if declare -F _init_completion >/dev/null; then
		_init_completion -s || return
	else
		# bash splits '--lang=fr' into '--lang', '=' and 'fr'.
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${words[cword]}
		prev=${words[cword-1]}
		split=false
		if [[ $cur == = ]]; then
			cur="" split=true
		elif [[ $prev == = ]] && ((cword > 1)); then
			prev=${words[cword-2]} split=true
		fi
	fi
	prog=${words[0]}
	[[ $prog == \~/* ]] && prog=$HOME/${prog#\~/}
	COMPREPLY=()

	# A value after '--opt=' or '--opt', or after a short option that
	# ends a word (-c, -jc).
	case $prev in
	--class|--kind|--lang|--name|--search|--provider|--by)
		_smtpcode_value "$prev" "$cur"
		return ;;
	--color)
		if [[ $split == true ]]; then
			_smtpcode_value "$prev" "$cur"
			return
		fi ;;
	-[!-]*)
		rest=${prev#-}
		while [[ -n $rest ]]; do
			c=${rest:0:1} rest=${rest:1}
			if [[ $_smtpcode_shortarg == *"$c"* ]]; then
				if [[ -z $rest ]]; then
					_smtpcode_value "-$c" "$cur"
					return
				fi
				break
			fi
		done ;;
	esac

	# The words before: do they read logs or bounces (the operands are
	# then files), and was '--' seen?
	for ((i = 1; i < cword; i++)); do
		w=${words[i]}
		case $w in
		--)
			break ;;
		--scan|--bounce|--only-matching|--quiet|--summary|--text|\
		--with-filename|--no-filename|--line-number|--line-buffered)
			scanning=1 ;;
		--*)
			;;
		-[!-]*)
			rest=${w#-}
			while [[ -n $rest ]]; do
				c=${rest:0:1} rest=${rest:1}
				[[ $c == [SboqHa] ]] && scanning=1
				[[ $_smtpcode_shortarg == *"$c"* ]] && break
			done ;;
		esac
	done

	case $cur in
	--*)
		if ((i == cword)); then
			mapfile -t COMPREPLY < <(compgen -W '--bounce --by=
			    --class= --color --color= --help --json --kind=
			    --lang= --line-buffered --line-number --list --name=
			    --names --no-filename --only-matching --provider=
			    --quiet --raw --scan --search= --summary --text --tsv
			    --version --with-filename' -- "$cur")
			[[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] &&
			    compopt -o nospace 2>/dev/null
			return
		fi ;;
	-?*)
		if ((i == cword)); then
			# A value glued to a short option: -c4x, -jL f.
			rest=${cur#-}
			while [[ -n $rest ]]; do
				c=${rest:0:1} rest=${rest:1}
				if [[ $_smtpcode_shortarg == *"$c"* ]]; then
					COMPREPLY=("$cur")
					[[ -z $rest ]] && return
					_smtpcode_value "-$c" "$rest"
					mapfile -t COMPREPLY < <(compgen \
					    -P "${cur%"$rest"}" \
					    -W "${COMPREPLY[*]}")
					return
				fi
			done
			mapfile -t COMPREPLY < <(compgen -W '-a -b -c -H -h -j -k
			    -L -l -n -o -q -S -s -V' -- "$cur")
			return
		fi ;;
	esac

	if [[ -n $scanning ]]; then
		_smtpcode_files "$cur"
		return
	fi
	mapfile -t COMPREPLY < <(compgen -W \
	    "$("$prog" -l --tsv -c 2,3,4,5 2>/dev/null | cut -f1)" \
	    -- "$cur")
}
complete -F _smtpcode smtpcode
