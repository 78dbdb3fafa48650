/* The data: every reply code and enhanced status code smtpcode knows. */
#include <stddef.h>

#include "table.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define R		REPLY_REFENUM

/*
 * Sorted by value.  Entries flagged R are the 32 members of the reference
 * enumeration, with its exact names and values; the others are standard
 * codes it lacks.
 */
const struct reply replies[] = {
	{ -1, "GeneralFailure", R, "", {
	    "General failure. A library value, not an SMTP reply code: "
	    "no reply was received or it could not be interpreted.",
	    "Échec général. Valeur propre à la bibliothèque, pas un code "
	    "de réponse SMTP : aucune réponse n'a été reçue, ou elle n'a "
	    "pas pu être interprétée." } },
	{ 0, "NotDefined", R, "", {
	    "Not defined. A library value, not an SMTP reply code.",
	    "Non défini. Valeur propre à la bibliothèque, pas un code de "
	    "réponse SMTP." } },
	{ 211, "SystemStatus", R, "RFC 5321", {
	    "System status, or system help reply. The server reports on its "
	    "own state, or answers a request for help.",
	    "État du système, ou réponse d'aide du système. Le serveur "
	    "renseigne sur son propre état, ou répond à une demande "
	    "d'aide." } },
	{ 214, "HelpMessage", R, "RFC 5321", {
	    "Help message for a human reader, usually in answer to HELP: how "
	    "to use the server or the meaning of a non-standard command.",
	    "Message d'aide destiné à un lecteur humain, en général en "
	    "réponse à HELP : comment utiliser le serveur, ou à quoi sert "
	    "une commande non standard." } },
	{ 220, "ServiceReady", R, "RFC 5321,RFC 3207", {
	    "Service ready: the greeting a server sends when a client "
	    "connects. In reply to STARTTLS it means the server is ready to "
	    "start TLS.",
	    "Service prêt : message d'accueil que le serveur envoie quand "
	    "un client se connecte. En réponse à STARTTLS, le serveur est "
	    "prêt à démarrer TLS." } },
	{ 221, "ServiceClosingTransmissionChannel", R, "RFC 5321", {
	    "Service closing transmission channel, usually in answer to "
	    "QUIT.",
	    "Le service ferme le canal de transmission, en général en "
	    "réponse à QUIT." } },
	{ 235, "AuthenticationSucceeded", R, "RFC 4954", {
	    "Authentication succeeded (AUTH).",
	    "Authentification réussie (AUTH)." } },
	{ 250, "Ok", R, "RFC 5321", {
	    "Requested mail action okay, completed.",
	    "Action de messagerie demandée effectuée." } },
	{ 251, "UserNotLocalWillForward", R, "RFC 5321", {
	    "User not local; the server accepts the message and will forward "
	    "it to the given forward-path.",
	    "Utilisateur non local ; le serveur accepte le message et le "
	    "fera suivre à l'adresse indiquée (forward-path)." } },
	{ 252, "CannotVerifyUserWillAttemptDelivery", R, "RFC 5321", {
	    "Cannot verify the user with VRFY, but the server accepts the "
	    "message and will attempt delivery.",
	    "Impossible de vérifier l'utilisateur par VRFY, mais le "
	    "serveur accepte le message et tentera de le remettre." } },
	{ 334, "Base64Response", R, "RFC 4954", {
	    "Authentication challenge: the text part is a BASE64-encoded SASL "
	    "challenge (possibly empty) for the client to answer.",
	    "Défi d'authentification : le texte de la réponse est un défi "
	    "SASL encodé en BASE64 (éventuellement vide), auquel le "
	    "client doit répondre." } },
	{ 354, "StartMailInput", R, "RFC 5321", {
	    "Start mail input; end with <CRLF>.<CRLF>. The server is ready to "
	    "receive the message itself after DATA.",
	    "Début de la saisie du message ; le terminer par "
	    "<CRLF>.<CRLF>. Après DATA, le serveur est prêt à recevoir le "
	    "message lui-même." } },
	{ 421, "ServiceNotAvailable", R, "RFC 5321", {
	    "Service not available, closing transmission channel. The server "
	    "is shutting down or overloaded; try again later.",
	    "Service indisponible, fermeture du canal de transmission. Le "
	    "serveur s'arrête ou est surchargé ; réessayer plus tard." } },
	{ 432, "PasswordTransitionNeeded", R, "RFC 4954", {
	    "A password transition is needed before this mechanism can be "
	    "used.",
	    "Le mot de passe doit d'abord être converti pour ce "
	    "mécanisme : l'utilisateur doit s'authentifier une fois par "
	    "un autre mécanisme, en général PLAIN." } },
	{ 450, "MailboxBusy", R, "RFC 5321", {
	    "Requested mail action not taken: mailbox unavailable, for "
	    "example busy or temporarily blocked for policy reasons. Try "
	    "again later. Some servers also use it for a full mailbox.",
	    "Action demandée non effectuée : boîte aux lettres "
	    "indisponible, par exemple occupée ou bloquée temporairement "
	    "par la politique de filtrage du serveur. Réessayer plus "
	    "tard. Certains serveurs l'emploient aussi pour une boîte "
	    "pleine." } },
	{ 451, "LocalErrorInProcessing", R, "RFC 5321", {
	    "Requested action aborted: local error in processing on the "
	    "server's side.",
	    "Action demandée abandonnée : erreur de traitement locale, du "
	    "côté du serveur." } },
	{ 452, "InsufficientStorage", R, "RFC 5321", {
	    "Requested action not taken: insufficient system storage.",
	    "Action demandée non effectuée : espace de stockage "
	    "insuffisant sur le serveur." } },
	{ 454, "ClientNotPermitted", R, "RFC 3207,RFC 4954", {
	    "TLS not available due to a temporary reason (STARTTLS), or "
	    "temporary authentication failure (AUTH). Some servers also use "
	    "it when the client is not permitted to send.",
	    "TLS temporairement indisponible (STARTTLS), ou échec "
	    "temporaire de l'authentification (AUTH). Certains serveurs "
	    "l'emploient aussi quand le client n'est pas autorisé à "
	    "envoyer." } },
	{ 455, "UnableToAccommodateParameters", 0, "RFC 5321", {
	    "Server unable to accommodate the MAIL FROM or RCPT TO "
	    "parameters at this time.",
	    "Le serveur ne peut pas prendre en compte pour le moment les "
	    "paramètres de MAIL FROM ou RCPT TO." } },
	{ 500, "CommandUnrecognized", R, "RFC 5321,RFC 4954", {
	    "Syntax error, command unrecognized (also: command line too "
	    "long). With AUTH: authentication exchange line too long.",
	    "Erreur de syntaxe, commande non reconnue (ou ligne de "
	    "commande trop longue). Avec AUTH : ligne de l'échange "
	    "d'authentification trop longue." } },
	{ 501, "SyntaxError", R, "RFC 5321,RFC 3207,RFC 4954", {
	    "Syntax error in parameters or arguments.",
	    "Erreur de syntaxe dans les paramètres ou les arguments." } },
	{ 502, "CommandNotImplemented", R, "RFC 5321", {
	    "Command not implemented.",
	    "Commande non implémentée." } },
	{ 503, "CommandNotPermitted", R, "RFC 5321", {
	    "Bad sequence of commands: the command is not allowed at this "
	    "point of the session or mail transaction.",
	    "Mauvaise séquence de commandes : la commande n'est pas "
	    "permise à ce stade de la session ou de la transaction." } },
	{ 504, "UnrecognizedAuthenticationType", R, "RFC 5321,RFC 4954", {
	    "Command parameter not implemented. With AUTH: the "
	    "authentication mechanism is not supported.",
	    "Paramètre de commande non implémenté. Avec AUTH : mécanisme "
	    "d'authentification non pris en charge." } },
	{ 521, "HostDoesNotAcceptMail", 0, "RFC 7504", {
	    "Host does not accept mail.",
	    "L'hôte n'accepte pas de courrier." } },
	{ 530, "AuthenticationRequired", R, "RFC 3207,RFC 4954", {
	    "Must issue a STARTTLS command first, or authentication "
	    "required. Some servers also use it to turn away a blacklisted "
	    "sender or an invalid address.",
	    "Il faut d'abord envoyer STARTTLS, ou une authentification "
	    "est requise. Certains serveurs l'emploient aussi pour "
	    "refuser un expéditeur en liste noire ou une adresse invalide." } },
	{ 534, "AuthenticationMechanismIsToWeak", R, "RFC 4954", {
	    "Authentication mechanism is too weak.",
	    "Mécanisme d'authentification trop faible." } },
	{ 535, "CredentialsInvalid", R, "RFC 4954", {
	    "Authentication credentials invalid.",
	    "Identifiants d'authentification invalides." } },
	{ 538, "EncryptionRequiredRequestedMechanism", R, "RFC 4954", {
	    "Encryption required for the requested authentication "
	    "mechanism.",
	    "Chiffrement requis pour le mécanisme d'authentification "
	    "demandé." } },
	{ 550, "MailboxUnavailable", R, "RFC 5321", {
	    "Requested action not taken: mailbox unavailable (not found, no "
	    "access, or refused for policy reasons). Most often the address "
	    "does not exist at the remote end.",
	    "Action demandée non effectuée : boîte aux lettres "
	    "indisponible (introuvable, accès refusé, ou refus dû à la "
	    "politique de sécurité ou de filtrage du serveur). Le plus "
	    "souvent, l'adresse n'existe pas sur le serveur distant." } },
	{ 551, "UserNotLocalTryAlternatePath", R, "RFC 5321", {
	    "User not local; please try the given forward-path. Some servers "
	    "also use it to deny relaying for an address they do not host.",
	    "L'utilisateur n'est pas local ; essayer l'adresse indiquée "
	    "(forward-path). Certains serveurs l'emploient aussi pour "
	    "refuser de relayer vers une adresse qu'ils n'hébergent pas." } },
	{ 552, "ExceededStorageAllocation", R, "RFC 5321", {
	    "Requested mail action aborted: exceeded storage allocation; the "
	    "recipient's mailbox or the message is over its limit.",
	    "Action demandée abandonnée : espace de stockage alloué "
	    "dépassé ; la boîte aux lettres du destinataire est pleine, "
	    "ou le message dépasse la taille permise." } },
	{ 553, "MailboxNameNotAllowed", R, "RFC 5321", {
	    "Requested action not taken: mailbox name not allowed, for "
	    "example a malformed address.",
	    "Action demandée non effectuée : nom de boîte aux lettres non "
	    "autorisé, par exemple une adresse d'expéditeur ou de "
	    "destinataire mal formée." } },
	{ 554, "TransactionFailed", R, "RFC 5321,RFC 3207", {
	    "Transaction failed; a permanent error. At connection opening it "
	    "means there is no SMTP service here.",
	    "Échec de la transaction ; erreur permanente. À l'ouverture "
	    "de la connexion : pas de service SMTP ici." } },
	{ 555, "ParametersNotRecognized", 0, "RFC 5321", {
	    "MAIL FROM or RCPT TO parameters not recognized or not "
	    "implemented.",
	    "Paramètres de MAIL FROM ou RCPT TO non reconnus ou non "
	    "implémentés." } },
	{ 556, "DomainDoesNotAcceptMail", 0, "RFC 7504", {
	    "Domain does not accept mail (it publishes a null MX).",
	    "Le domaine n'accepte pas de courrier (il publie un MX nul)." } },
};
const size_t nreplies = NELEM(replies);

/* Other names for the same codes, sorted by name, case-insensitively. */
const struct alias aliases[] = {
	{ "AuthenticationChallenge", 334, "MailKit" },
	{ "AuthenticationInvalidCredentials", 535, "MailKit" },
	{ "AuthenticationMechanismIsTooWeak", 534, "spelling" },
	{ "AuthenticationMechanismTooWeak", 534, "MailKit" },
	{ "AuthenticationSuccessful", 235, "MailKit" },
	{ "BadCommandSequence", 503, ".NET" },
	{ "CommandParameterNotImplemented", 504, ".NET" },
	{ "EncryptionRequiredForAuthenticationMechanism", 538, "MailKit" },
	{ "ErrorInProcessing", 451, "MailKit" },
	{ "MailFromOrRcptToParametersNotRecognizedOrNotImplemented", 555,
	    "MailKit" },
	{ "MustIssueStartTlsFirst", 530, ".NET" },
	{ "TemporaryAuthenticationFailure", 454, "MailKit" },
};
const size_t naliases = NELEM(aliases);

const struct esc_part esc_classes[] = {
	{ 2, "Success",
	    "Succès",
	    { "success", "succès" } },
	{ 4, "Persistent Transient Failure",
	    "Échec temporaire persistant",
	    { "persistent transient failure", "échec temporaire persistant" } },
	{ 5, "Permanent Failure",
	    "Échec permanent",
	    { "permanent failure", "échec permanent" } },
};
const size_t nesc_classes = NELEM(esc_classes);

const struct esc_part esc_subjects[] = {
	{ 0, "Other or Undefined Status",
	    "État autre ou non défini",
	    { "other or undefined status", "état autre ou non défini" } },
	{ 1, "Addressing Status",
	    "État d'adressage",
	    { "addressing", "adressage" } },
	{ 2, "Mailbox Status",
	    "État de la boîte aux lettres",
	    { "mailbox", "boîte aux lettres" } },
	{ 3, "Mail System Status",
	    "État du système de messagerie",
	    { "mail system", "système de messagerie" } },
	{ 4, "Network and Routing Status",
	    "État du réseau et du routage",
	    { "network and routing", "réseau et routage" } },
	{ 5, "Mail Delivery Protocol Status",
	    "État du protocole de remise",
	    { "mail delivery protocol", "protocole de remise" } },
	{ 6, "Message Content or Media Status",
	    "État du contenu ou du format du message",
	    { "message content or media", "contenu ou format du message" } },
	{ 7, "Security or Policy Status",
	    "État de sécurité ou de règles d'accès",
	    { "security or policy", "sécurité ou règles d'accès" } },
};
const size_t nesc_subjects = NELEM(esc_subjects);

/* The registry's detail codes, sorted by subject then detail. */
const struct esc_detail esc_details[] = {
	{ 0, 0, "Other undefined Status",
	    "Autre état non défini",
	    "2XX,4XX,5XX", "RFC 3463", {
	    "No more specific status applies; the basic reply code and its "
	    "text are all there is.",
	    "Aucun état plus précis ne s'applique ; le code de réponse et "
	    "son texte sont tout ce qu'on en sait." } },
	{ 1, 0, "Other address status",
	    "Autre état d'adresse",
	    "", "RFC 3463", {
	    "Something is wrong with an address, and no more specific "
	    "addressing code fits.",
	    "Une adresse pose problème, sans code d'adressage plus précis." } },
	{ 1, 1, "Bad destination mailbox address",
	    "Adresse de boîte aux lettres de destination invalide",
	    "451,550", "RFC 3463", {
	    "The mailbox named by the recipient address does not exist at "
	    "the destination: the part before the @ is wrong.",
	    "La boîte aux lettres désignée par l'adresse du destinataire "
	    "n'existe pas : la partie avant le @ est erronée." } },
	{ 1, 2, "Bad destination system address",
	    "Adresse de système de destination invalide",
	    "", "RFC 3463", {
	    "The destination system named in the address does not exist or "
	    "cannot accept mail: the part after the @ is wrong.",
	    "Le système de destination désigné par l'adresse n'existe pas "
	    "ou ne peut pas recevoir de courrier : la partie après le @ "
	    "est erronée." } },
	{ 1, 3, "Bad destination mailbox address syntax",
	    "Syntaxe de l'adresse de destination invalide",
	    "501", "RFC 3463", {
	    "The recipient address is not syntactically valid.",
	    "L'adresse du destinataire est syntaxiquement invalide." } },
	{ 1, 4, "Destination mailbox address ambiguous",
	    "Adresse de destination ambiguë",
	    "", "RFC 3463", {
	    "The recipient address matches more than one mailbox at the "
	    "destination.",
	    "L'adresse du destinataire correspond à plusieurs boîtes aux "
	    "lettres chez le destinataire." } },
	{ 1, 5, "Destination address valid",
	    "Adresse de destination valide",
	    "250", "RFC 3463", {
	    "The recipient address is valid (a success code).",
	    "L'adresse du destinataire est valide (code de succès)." } },
	{ 1, 6, "Destination mailbox has moved, No forwarding address",
	    "Boîte aux lettres de destination déplacée, sans adresse de "
	    "réexpédition",
	    "", "RFC 3463", {
	    "The mailbox used to exist but has moved, and no forwarding "
	    "address is known.",
	    "La boîte aux lettres a existé mais a été déplacée, sans "
	    "adresse de réexpédition connue." } },
	{ 1, 7, "Bad sender's mailbox address syntax",
	    "Syntaxe de l'adresse de l'expéditeur invalide",
	    "", "RFC 3463", {
	    "The sender address is not syntactically valid.",
	    "L'adresse de l'expéditeur est syntaxiquement invalide." } },
	{ 1, 8, "Bad sender's system address",
	    "Adresse de système de l'expéditeur invalide",
	    "451,501", "RFC 3463", {
	    "The sender's domain does not exist or cannot accept replies.",
	    "Le domaine de l'expéditeur n'existe pas ou ne peut pas "
	    "recevoir de réponses." } },
	{ 1, 9, "Message relayed to non-compliant mailer",
	    "Message relayé vers un serveur non conforme",
	    "", "RFC 3886", {
	    "The message was relayed to a system that does not support "
	    "delivery status notifications.",
	    "Le message a été relayé vers un système qui ne gère pas les "
	    "notifications d'état de remise (DSN)." } },
	{ 1, 10, "Recipient address has null MX",
	    "L'adresse du destinataire a un MX nul",
	    "556", "RFC 7505,RFC 7504", {
	    "The recipient's domain publishes a null MX: it accepts no mail "
	    "at all.",
	    "Le domaine du destinataire publie un MX nul : il n'accepte "
	    "aucun courrier." } },
	{ 2, 0, "Other or undefined mailbox status",
	    "Autre état de boîte aux lettres, ou non défini",
	    "", "RFC 3463", {
	    "The mailbox exists but something is wrong with it, and no more "
	    "specific code fits.",
	    "La boîte aux lettres existe mais pose un problème, sans code "
	    "plus précis." } },
	{ 2, 1, "Mailbox disabled, not accepting messages",
	    "Boîte aux lettres désactivée, n'accepte pas de messages",
	    "", "RFC 3463", {
	    "The mailbox exists but is disabled and accepts no messages.",
	    "La boîte aux lettres existe mais est désactivée et n'accepte "
	    "aucun message." } },
	{ 2, 2, "Mailbox full",
	    "Boîte aux lettres pleine",
	    "552", "RFC 3463", {
	    "The recipient's mailbox is full.",
	    "La boîte aux lettres du destinataire est pleine." } },
	{ 2, 3, "Message length exceeds administrative limit",
	    "Taille du message supérieure à la limite fixée par "
	    "l'administrateur",
	    "552", "RFC 3463", {
	    "The message is larger than the recipient's system allows for "
	    "this mailbox.",
	    "Le message dépasse la taille que le système du destinataire "
	    "autorise pour cette boîte aux lettres." } },
	{ 2, 4, "Mailing list expansion problem",
	    "Problème d'expansion de liste de diffusion",
	    "450,452", "RFC 3463", {
	    "The recipient is a mailing list that could not be expanded.",
	    "Le destinataire est une liste de diffusion dont l'expansion "
	    "a échoué." } },
	{ 3, 0, "Other or undefined mail system status",
	    "Autre état du système de messagerie, ou non défini",
	    "221,250,421,451,550,554", "RFC 3463", {
	    "The destination mail system has a problem, and no more specific "
	    "code fits.",
	    "Le système de messagerie de destination a un problème, sans "
	    "code plus précis." } },
	{ 3, 1, "Mail system full",
	    "Système de messagerie plein",
	    "452", "RFC 3463", {
	    "The destination mail system has run out of storage.",
	    "Le système de messagerie de destination manque d'espace de "
	    "stockage." } },
	{ 3, 2, "System not accepting network messages",
	    "Le système n'accepte pas de messages du réseau",
	    "453,521", "RFC 3463,RFC 7504", {
	    "The host does not accept messages from the network, for now or "
	    "for good.",
	    "L'hôte n'accepte pas de messages venant du réseau, pour "
	    "l'instant ou définitivement." } },
	{ 3, 3, "System not capable of selected features",
	    "Le système ne prend pas en charge les fonctions demandées",
	    "", "RFC 3463", {
	    "The destination system cannot provide a feature the message "
	    "asks for.",
	    "Le système de destination ne prend pas en charge une "
	    "fonction demandée par le message." } },
	{ 3, 4, "Message too big for system",
	    "Message trop volumineux pour le système",
	    "552,554", "RFC 3463", {
	    "The message is larger than the destination system accepts at "
	    "all.",
	    "Le message dépasse la taille maximale acceptée par le "
	    "système de destination." } },
	{ 3, 5, "System incorrectly configured",
	    "Système mal configuré",
	    "", "RFC 3463", {
	    "The destination system is misconfigured and cannot accept the "
	    "message.",
	    "Le système de destination est mal configuré et ne peut pas "
	    "accepter le message." } },
	{ 3, 6, "Requested priority was changed",
	    "Priorité demandée modifiée",
	    "250,251", "RFC 6710", {
	    "The message was accepted, but its requested priority was "
	    "changed.",
	    "Le message a été accepté, mais la priorité demandée a été "
	    "modifiée." } },
	{ 4, 0, "Other or undefined network or routing status",
	    "Autre état de réseau ou de routage, ou non défini",
	    "", "RFC 3463", {
	    "A network or routing problem, with no more specific code.",
	    "Problème de réseau ou de routage, sans code plus précis." } },
	{ 4, 1, "No answer from host",
	    "Pas de réponse de l'hôte",
	    "451", "RFC 3463", {
	    "The destination host did not answer the connection attempt.",
	    "L'hôte de destination n'a pas répondu à la tentative de "
	    "connexion." } },
	{ 4, 2, "Bad connection",
	    "Mauvaise connexion",
	    "421", "RFC 3463", {
	    "The connection was made but broke down or was unusable.",
	    "La connexion a été établie, mais elle a été coupée ou était "
	    "inutilisable." } },
	{ 4, 3, "Directory server failure",
	    "Panne du serveur d'annuaire",
	    "451,550", "RFC 3463", {
	    "A directory service needed for routing failed, typically DNS.",
	    "Un service d'annuaire nécessaire au routage a échoué, en "
	    "général le DNS." } },
	{ 4, 4, "Unable to route",
	    "Routage impossible",
	    "", "RFC 3463", {
	    "No route to the destination could be found, for example no MX "
	    "or A record.",
	    "Aucune route vers la destination n'a été trouvée, par "
	    "exemple faute d'enregistrement MX ou A." } },
	{ 4, 5, "Mail system congestion",
	    "Engorgement du système de messagerie",
	    "451", "RFC 3463", {
	    "The mail system is congested; try again later.",
	    "Le système de messagerie est engorgé ; réessayer plus tard." } },
	{ 4, 6, "Routing loop detected",
	    "Boucle de routage détectée",
	    "", "RFC 3463", {
	    "The message went round a routing loop, often seen as too many "
	    "hops.",
	    "Le message a tourné dans une boucle de routage, ce qui se "
	    "voit souvent à un trop grand nombre de sauts." } },
	{ 4, 7, "Delivery time expired",
	    "Délai de remise expiré",
	    "", "RFC 3463", {
	    "The message stayed queued too long and was given up.",
	    "Le message est resté trop longtemps en file d'attente, et sa "
	    "remise a été abandonnée." } },
	{ 5, 0, "Other or undefined protocol status",
	    "Autre état du protocole, ou non défini",
	    "220,250,251,252,253,451,452,454,458,459,501,502,503,554",
	    "RFC 3463", {
	    "A problem in the SMTP exchange, with no more specific code.",
	    "Problème dans l'échange SMTP, sans code plus précis." } },
	{ 5, 1, "Invalid command",
	    "Commande invalide",
	    "430,500,501,503,530,550,554,555", "RFC 3463", {
	    "The command is not valid here: unknown, out of sequence or not "
	    "supported.",
	    "La commande n'est pas valide ici : inconnue, envoyée au "
	    "mauvais moment ou non prise en charge." } },
	{ 5, 2, "Syntax error",
	    "Erreur de syntaxe",
	    "500,501,502,550,555", "RFC 3463", {
	    "The command could not be parsed.",
	    "La commande n'a pas pu être analysée." } },
	{ 5, 3, "Too many recipients",
	    "Trop de destinataires",
	    "451", "RFC 3463", {
	    "The message has more recipients than the server accepts; the "
	    "rest may be tried in another transaction.",
	    "Le message a plus de destinataires que le serveur n'en "
	    "accepte ; les autres peuvent être envoyés dans une autre "
	    "transaction." } },
	{ 5, 4, "Invalid command arguments",
	    "Arguments de commande invalides",
	    "451,501,502,503,504,550,555", "RFC 3463", {
	    "The command is valid but one of its arguments is not.",
	    "La commande est valide mais l'un de ses arguments ne l'est "
	    "pas." } },
	{ 5, 5, "Wrong protocol version",
	    "Mauvaise version du protocole",
	    "", "RFC 3463", {
	    "The two sides do not speak the same protocol version.",
	    "Les deux parties n'utilisent pas la même version du "
	    "protocole." } },
	{ 5, 6, "Authentication Exchange line is too long",
	    "Ligne de l'échange d'authentification trop longue",
	    "500", "RFC 4954", {
	    "A line of the AUTH exchange is longer than the server accepts.",
	    "Une ligne de l'échange AUTH dépasse la longueur acceptée par "
	    "le serveur." } },
	{ 6, 0, "Other or undefined media error",
	    "Autre erreur de contenu, ou non définie",
	    "", "RFC 3463", {
	    "A problem with the content of the message, with no more "
	    "specific code.",
	    "Problème de contenu du message, sans code plus précis." } },
	{ 6, 1, "Media not supported",
	    "Type de contenu non pris en charge",
	    "", "RFC 3463", {
	    "The message contains a media type the destination does not "
	    "support.",
	    "Le message contient un type de média non pris en charge par "
	    "la destination." } },
	{ 6, 2, "Conversion required and prohibited",
	    "Conversion nécessaire mais interdite",
	    "", "RFC 3463", {
	    "The content must be converted for delivery, but the message "
	    "forbids conversion.",
	    "Le contenu doit être converti pour être remis, mais le "
	    "message interdit toute conversion." } },
	{ 6, 3, "Conversion required but not supported",
	    "Conversion nécessaire mais non prise en charge",
	    "554", "RFC 3463", {
	    "The content must be converted for delivery, but the server "
	    "cannot do it.",
	    "Le contenu doit être converti pour être remis, mais le "
	    "serveur ne sait pas le faire." } },
	{ 6, 4, "Conversion with loss performed",
	    "Conversion effectuée avec perte",
	    "250", "RFC 3463", {
	    "The message was delivered after a conversion that lost some "
	    "information.",
	    "Le message a été remis après une conversion avec perte "
	    "d'informations." } },
	{ 6, 5, "Conversion Failed",
	    "Échec de la conversion",
	    "", "RFC 3463", {
	    "A required conversion of the content was attempted and failed.",
	    "Une conversion nécessaire du contenu a été tentée et a "
	    "échoué." } },
	{ 6, 6, "Message content not available",
	    "Contenu du message indisponible",
	    "554", "RFC 4468", {
	    "Content the message refers to (BURL) could not be fetched.",
	    "Le contenu auquel le message fait référence (BURL) n'a pas "
	    "pu être récupéré." } },
	{ 6, 7, "Non-ASCII addresses not permitted for that sender/recipient",
	    "Adresses non ASCII interdites pour cet expéditeur ou ce "
	    "destinataire",
	    "553,550", "RFC 6531", {
	    "An internationalized (non-ASCII) address is not allowed for "
	    "this sender or recipient.",
	    "Une adresse internationalisée (non ASCII) n'est pas permise "
	    "pour cet expéditeur ou ce destinataire." } },
	{ 6, 8, "UTF-8 string reply is required, but not permitted by the "
	    "SMTP client",
	    "Réponse en UTF-8 nécessaire, mais refusée par le client SMTP",
	    "252,553,550", "RFC 6531", {
	    "The server would have to answer in UTF-8, but the client did "
	    "not allow it.",
	    "Le serveur devrait répondre en UTF-8, mais le client ne l'a "
	    "pas autorisé." } },
	{ 6, 9, "UTF-8 header message cannot be transferred to one or more "
	    "recipients, so the message must be rejected",
	    "Message à en-têtes UTF-8 impossible à transmettre à un ou "
	    "plusieurs destinataires, donc rejeté",
	    "550", "RFC 6531", {
	    "The message has UTF-8 headers that cannot be passed on to some "
	    "recipient, so it is rejected.",
	    "Le message a des en-têtes UTF-8 qui ne peuvent pas être "
	    "transmis à l'un des destinataires ; il est donc rejeté." } },
	{ 6, 10, "(deprecated duplicate of X.6.8)",
	    "(doublon obsolète de X.6.8)",
	    "", "RFC 6531", {
	    "Deprecated: registered by mistake as a duplicate of X.6.8; "
	    "read it as X.6.8.",
	    "Obsolète : enregistré par erreur en double de X.6.8 ; à "
	    "comprendre comme X.6.8." } },
	{ 7, 0, "Other or undefined security status",
	    "Autre état de sécurité, ou non défini",
	    "220,235,450,454,500,501,503,504,530,535,550", "RFC 3463", {
	    "A security or policy problem, with no more specific code; often "
	    "a policy rejection.",
	    "Problème de sécurité ou de règles d'accès, sans code plus "
	    "précis ; souvent un refus dû à la politique de filtrage du "
	    "serveur." } },
	{ 7, 1, "Delivery not authorized, message refused",
	    "Remise non autorisée, message refusé",
	    "451,454,502,503,533,550,551", "RFC 3463", {
	    "The sender is not allowed to send to this recipient: a policy "
	    "refusal, such as relaying denied or a blocklist.",
	    "L'expéditeur n'est pas autorisé à envoyer à ce "
	    "destinataire : refus dû à la politique du serveur, par "
	    "exemple relais interdit ou liste de blocage." } },
	{ 7, 2, "Mailing list expansion prohibited",
	    "Expansion de liste de diffusion interdite",
	    "550", "RFC 3463", {
	    "The sender may not send to this mailing list.",
	    "L'expéditeur n'a pas le droit d'envoyer à cette liste de "
	    "diffusion." } },
	{ 7, 3, "Security conversion required but not possible",
	    "Conversion de sécurité nécessaire mais impossible",
	    "", "RFC 3463", {
	    "A security conversion is needed for delivery but cannot be "
	    "done.",
	    "Une conversion de sécurité est nécessaire à la remise, mais "
	    "elle est impossible." } },
	{ 7, 4, "Security features not supported",
	    "Fonctions de sécurité non prises en charge",
	    "504", "RFC 3463", {
	    "The message asks for security features the server does not "
	    "support.",
	    "Le message demande des fonctions de sécurité que le serveur "
	    "ne prend pas en charge." } },
	{ 7, 5, "Cryptographic failure",
	    "Échec cryptographique",
	    "", "RFC 3463", {
	    "A cryptographic operation on the message failed, such as "
	    "decryption.",
	    "Une opération cryptographique sur le message a échoué, par "
	    "exemple le déchiffrement." } },
	{ 7, 6, "Cryptographic algorithm not supported",
	    "Algorithme cryptographique non pris en charge",
	    "", "RFC 3463", {
	    "The message uses a cryptographic algorithm the server does not "
	    "support.",
	    "Le message utilise un algorithme cryptographique non pris en "
	    "charge." } },
	{ 7, 7, "Message integrity failure",
	    "Échec du contrôle d'intégrité du message",
	    "", "RFC 3463", {
	    "The message failed an integrity check: it was altered in "
	    "transit.",
	    "Le message a échoué à un contrôle d'intégrité : il a été "
	    "modifié en transit." } },
	{ 7, 8, "Authentication credentials invalid",
	    "Identifiants d'authentification invalides",
	    "535,554", "RFC 4954", {
	    "The user name or password (or other credentials) given to AUTH "
	    "is wrong.",
	    "Le nom d'utilisateur ou le mot de passe (ou un autre "
	    "identifiant) fourni à AUTH est incorrect." } },
	{ 7, 9, "Authentication mechanism is too weak",
	    "Mécanisme d'authentification trop faible",
	    "534", "RFC 4954", {
	    "The chosen authentication mechanism is weaker than the server "
	    "requires.",
	    "Le mécanisme d'authentification choisi est plus faible que "
	    "ce qu'exige le serveur." } },
	{ 7, 10, "Encryption Needed",
	    "Chiffrement nécessaire",
	    "523", "RFC 5248", {
	    "The operation needs an encrypted connection, such as TLS.",
	    "L'opération exige une connexion chiffrée, par exemple TLS." } },
	{ 7, 11, "Encryption required for requested authentication mechanism",
	    "Chiffrement requis pour le mécanisme d'authentification demandé",
	    "524,538", "RFC 4954", {
	    "The chosen authentication mechanism may only be used over an "
	    "encrypted connection.",
	    "Le mécanisme d'authentification choisi n'est permis que sur "
	    "une connexion chiffrée." } },
	{ 7, 12, "A password transition is needed",
	    "Conversion du mot de passe nécessaire",
	    "422,432", "RFC 4954", {
	    "The user must first authenticate once with another mechanism, "
	    "usually PLAIN, so that the server can set up the credentials "
	    "this one needs.",
	    "L'utilisateur doit d'abord s'authentifier une fois par un "
	    "autre mécanisme, en général PLAIN, pour que le serveur "
	    "prépare les identifiants de celui-ci." } },
	{ 7, 13, "User Account Disabled",
	    "Compte utilisateur désactivé",
	    "525", "RFC 5248", {
	    "The sender's account is disabled.",
	    "Le compte de l'expéditeur est désactivé." } },
	{ 7, 14, "Trust relationship required",
	    "Relation de confiance requise",
	    "535,554", "RFC 5248", {
	    "The operation needs a trust relationship between the two "
	    "systems that does not exist.",
	    "L'opération exige entre les deux systèmes une relation de "
	    "confiance qui n'existe pas." } },
	{ 7, 15, "Priority Level is too low",
	    "Niveau de priorité trop bas",
	    "450,550,4XX,5XX", "RFC 6710", {
	    "The message's priority is too low to be accepted now.",
	    "La priorité du message est trop basse pour qu'il soit "
	    "accepté maintenant." } },
	{ 7, 16, "Message is too big for the specified priority",
	    "Message trop volumineux pour la priorité demandée",
	    "552,4XX,5XX", "RFC 6710", {
	    "The message is too large for the priority it asks for.",
	    "Le message est trop volumineux pour la priorité demandée." } },
	{ 7, 17, "Mailbox owner has changed",
	    "Le propriétaire de la boîte aux lettres a changé",
	    "5XX", "RFC 7293", {
	    "The mailbox now belongs to someone else than the sender "
	    "expected (RRVS).",
	    "La boîte aux lettres appartient désormais à une autre "
	    "personne que celle attendue par l'expéditeur (RRVS)." } },
	{ 7, 18, "Domain owner has changed",
	    "Le propriétaire du domaine a changé",
	    "5XX", "RFC 7293", {
	    "The recipient's domain has changed hands since the time the "
	    "sender gave (RRVS).",
	    "Le domaine du destinataire a changé de propriétaire depuis "
	    "la date indiquée par l'expéditeur (RRVS)." } },
	{ 7, 19, "RRVS test cannot be completed",
	    "Le test RRVS ne peut pas aboutir",
	    "5XX", "RFC 7293", {
	    "The server cannot tell whether the mailbox changed owner, so it "
	    "refuses the message (RRVS).",
	    "Le serveur ne peut pas vérifier si la boîte aux lettres a "
	    "changé de propriétaire, il refuse donc le message (RRVS)." } },
	{ 7, 20, "No passing DKIM signature found",
	    "Aucune signature DKIM valide",
	    "550", "RFC 7372,RFC 6376", {
	    "The message has no DKIM signature that verifies.",
	    "Le message n'a aucune signature DKIM valide." } },
	{ 7, 21, "No acceptable DKIM signature found",
	    "Aucune signature DKIM acceptable",
	    "550", "RFC 7372,RFC 6376", {
	    "DKIM signatures verify, but none is acceptable to the "
	    "receiver's policy.",
	    "Des signatures DKIM sont valides, mais aucune n'est "
	    "acceptable selon la politique du destinataire." } },
	{ 7, 22, "No valid author-matched DKIM signature found",
	    "Aucune signature DKIM valide correspondant à l'auteur",
	    "550", "RFC 7372,RFC 6376", {
	    "No valid DKIM signature matches the domain of the author (the "
	    "From header).",
	    "Aucune signature DKIM valide ne correspond au domaine de "
	    "l'auteur (en-tête From)." } },
	{ 7, 23, "SPF validation failed",
	    "Échec de la validation SPF",
	    "550", "RFC 7372,RFC 7208", {
	    "The sending host is not authorized by the sender domain's SPF "
	    "record.",
	    "L'hôte d'envoi n'est pas autorisé par l'enregistrement SPF "
	    "du domaine de l'expéditeur." } },
	{ 7, 24, "SPF validation error",
	    "Erreur lors de la validation SPF",
	    "451,550", "RFC 7372,RFC 7208", {
	    "The SPF check could not be completed, for example a DNS error "
	    "or a broken record.",
	    "La vérification SPF n'a pas pu aboutir, par exemple à cause "
	    "d'une erreur DNS ou d'un enregistrement invalide." } },
	{ 7, 25, "Reverse DNS validation failed",
	    "Échec de la validation du DNS inverse",
	    "550", "RFC 7372", {
	    "The sending host's IP address has no matching reverse DNS "
	    "name.",
	    "L'adresse IP de l'hôte d'envoi n'a pas de nom DNS inverse "
	    "concordant." } },
	{ 7, 26, "Multiple authentication checks failed",
	    "Échec de plusieurs contrôles d'authentification",
	    "550", "RFC 7372", {
	    "Several sender authentication checks failed together, such as "
	    "SPF and DKIM.",
	    "Plusieurs vérifications d'authentification de l'expéditeur "
	    "ont échoué, par exemple SPF et DKIM." } },
	{ 7, 27, "Sender address has null MX",
	    "L'adresse de l'expéditeur a un MX nul",
	    "550", "RFC 7505", {
	    "The sender's domain publishes a null MX, so it could receive "
	    "no reply; the message is refused.",
	    "Le domaine de l'expéditeur publie un MX nul et ne pourrait "
	    "recevoir aucune réponse ; le message est refusé." } },
	{ 7, 28, "Mail flood detected",
	    "Envoi massif (mail bombing) détecté",
	    "", "draft-levine-mailbomb-header-00", {
	    "The message looks like part of a mail flood (mail bombing) and "
	    "is refused.",
	    "Le message semble faire partie d'un envoi massif destiné à "
	    "saturer une boîte (mail bombing) ; il est refusé." } },
	{ 7, 29, "ARC validation failure",
	    "Échec de la validation ARC",
	    "550", "RFC 8617", {
	    "The message's ARC (Authenticated Received Chain) did not "
	    "validate.",
	    "La chaîne ARC (Authenticated Received Chain) du message "
	    "n'est pas valide." } },
	{ 7, 30, "REQUIRETLS support required",
	    "Prise en charge de REQUIRETLS requise",
	    "550", "RFC 8689", {
	    "The message requires TLS all the way (REQUIRETLS), which the "
	    "next hop cannot guarantee.",
	    "Le message exige TLS de bout en bout (REQUIRETLS), ce que le "
	    "relais suivant ne peut garantir." } },
};
const size_t nesc_details = NELEM(esc_details);

static const char *const class_words[4][LANG_MAX] = {
	{ "success", "succès" },
	{ "intermediate", "intermédiaire" },
	{ "transient failure", "échec temporaire" },
	{ "permanent failure", "échec permanent" },
};

static const char *const class_glosses[4][LANG_MAX] = {
	{ "the action completed",
	    "l'action est terminée" },
	{ "accepted so far; the server waits for more",
	    "accepté jusqu'ici ; le serveur attend la suite" },
	{ "not done this time; retry later",
	    "non effectué cette fois ; réessayer plus tard" },
	{ "not done; do not repeat the same request",
	    "non effectué ; ne pas répéter la même demande" },
};

static const char *const category_words[7][LANG_MAX] = {
	{ "syntax", "syntaxe" },
	{ "information", "information" },
	{ "connections", "connexions" },
	{ "unspecified", "non spécifié" },
	{ "unspecified", "non spécifié" },
	{ "mail system", "système de messagerie" },
	/* 6 to 9: servers send them, RFC 5321 gives them no meaning */
	{ "none in RFC 5321", "aucune dans la RFC 5321" },
};

/* The word for reply class 2 to 5; NULL for anything else. */
const char *
class_word(int class, enum lang lang)
{
	if (class < 2 || class > 5)
		return NULL;
	return class_words[class - 2][lang];
}

const char *
class_gloss(int class, enum lang lang)
{
	if (class < 2 || class > 5)
		return NULL;
	return class_glosses[class - 2][lang];
}

/* The title of a detail code in a language; the registry's is English. */
const char *
esc_title(const struct esc_detail *d, enum lang lang)
{
	return lang == LANG_FR ? d->title_fr : d->title;
}

/* The meaning of a reply code's second digit, 0 to 9. */
const char *
category_word(int digit, enum lang lang)
{
	if (digit < 0 || digit > 9)
		return NULL;
	return category_words[digit > 5 ? 6 : digit][lang];
}
