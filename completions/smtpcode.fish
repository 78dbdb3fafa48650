# fish completion for smtpcode(1)
# Names and codes come from the smtpcode being completed: --names and
# --list --tsv print them, so the completion follows its table.

function __smtpcode_prog
    set -l cmd (commandline -opc)
    echo $cmd[1]
end

function __smtpcode_names
    set -l prog (__smtpcode_prog)
    $prog --names 2>/dev/null
end

function __smtpcode_codes
    set -l prog (__smtpcode_prog)
    $prog -l --tsv -c 2,3,4,5 2>/dev/null | cut -f1,2
end

function __smtpcode_scanning
    __fish_contains_opt -s S -s b -s o -s q -s H -s a scan bounce only-matching quiet summary text with-filename no-filename line-number line-buffered
end

complete -c smtpcode -f
complete -c smtpcode -s b -l bounce -d 'Read bounce messages from files and directories'
complete -c smtpcode -l by -x -a 'code pair reason provider file domain status' -d 'Count by this key'
complete -c smtpcode -s c -l class -x -a '2 3 4 5 2xx 3xx 4xx 5xx success intermediate transient permanent' -d 'Only codes of these classes'
complete -c smtpcode -l color -f -a 'auto always never' -d 'Colour the codes by class'
complete -c smtpcode -s a -l text -d 'In logs, read binary files as text'
complete -c smtpcode -s H -l with-filename -d 'Name the file on each line read from logs'
complete -c smtpcode -s h -l help -d 'Show the options and exit'
complete -c smtpcode -s j -l json -d 'Write JSON (JSON Lines for logs)'
complete -c smtpcode -s k -l kind -x -a 'basic enhanced' -d 'Only basic or only enhanced codes'
complete -c smtpcode -s L -l lang -x -a 'en fr' -d 'Language of the descriptions'
complete -c smtpcode -s l -l list -d 'List every code'
complete -c smtpcode -l line-buffered -d 'Write each log line out as soon as it is read'
complete -c smtpcode -l line-number -d 'Number each line read from logs'
complete -c smtpcode -s n -l name -x -a '(__smtpcode_names)' -d 'Look up a code by its name'
complete -c smtpcode -l names -d 'List every name and alias with its code'
complete -c smtpcode -l no-filename -d 'Never name the file on lines read from logs'
complete -c smtpcode -s o -l only-matching -d 'In logs, write only the codes found'
complete -c smtpcode -l provider -x -a 'gmail microsoft365 outlookcom yahoo icloud comcast orange' -d 'Only the cases of one mail provider'
complete -c smtpcode -s q -l quiet -d 'In logs, write nothing and stop at the first code'
complete -c smtpcode -l raw -d 'On a terminal, write log lines unescaped, control bytes included'
complete -c smtpcode -s S -l scan -d 'Read mail logs from the files'
complete -c smtpcode -s s -l search -x -d 'Codes whose name or description contains a word'
complete -c smtpcode -l summary -d 'In logs, count the lines per code'
complete -c smtpcode -l tsv -d 'One line a code: code, name, description'
complete -c smtpcode -s V -l version -d 'Show the version and exit'
complete -c smtpcode -n 'not __smtpcode_scanning' -a '(__smtpcode_codes)'
complete -c smtpcode -n '__smtpcode_scanning' -F
