#!/usr/bin/env zsh
# Print what zsh completes for a command line, one candidate a line, by
# driving a real interactive zsh in a pseudo-terminal (zpty) with the
# completion function in $1 on its fpath.
#
# usage: zsh-complete.zsh COMPLETION-DIR 'smtpcode --name Mailbox'
emulate -L zsh
zmodload zsh/zpty || exit 2

dir=$1 line=$2
zpty z zsh -f -i
zpty -w z "PS1='' PROMPT='' RPROMPT=''; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D"
# Print every match instead of inserting it, then a marker.
zpty -w z 'compadd () {
	if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
		builtin compadd "$@"; return $?
	fi
	typeset -a __hits
	builtin compadd -A __hits "$@"
	local h
	for h in $__hits; do print -r -- "<hit>$h"; done
}'
zpty -w z 'zstyle ":completion:*" list-grouped false; zstyle ":completion:*" insert-tab false'
zpty -w z 'print -r -- "<ready>"'
# Read whole lines: under load a plain read may return half of one.
while zpty -r z out $'*\n'; do
	[[ $out == *'<ready>'* && $out != *print* ]] && break
done
zpty -w -n z "$line"$'\t'
zpty -w z $'\C-u''print -r -- "<done>"'
while zpty -r z out $'*\n'; do
	out=${out//$'\r'/}
	out=${out//$'\n'/}
	out=${out//$'\e'\[[0-9;]#[A-Za-z]/}
	[[ $out == *'<done>'* && $out != *print* ]] && break
	[[ $out == *'<hit>'* ]] || continue
	out=${out##*<hit>}
	[[ -n $out && $out != *'<'* ]] && print -r -- $out
done
zpty -d z
