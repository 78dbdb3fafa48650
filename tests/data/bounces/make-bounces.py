#!/usr/bin/env python3
"""Write the bounce corpus: messages as mail systems return them, and
expected.tsv, one line per record a bounce reader should report.

Every message is built here from a template per style (the layout each
mail system uses for its reports) and invented data: addresses under
example.com, example.net, example.org or .test names, documentation IP
addresses, made-up queue ids and Message-IDs.  The expected records come
from how each message is built, never from a program's reading of it.
The wording of the reports is our own; only the structure and the fixed
field names follow each system.

Usage: make-bounces.py [DIR]   (default: the directory of this script)
Run it again only to change the corpus; its output is checked in.
"""
import base64
import datetime
import os
import quopri
import random
import re
import sys

R = random.Random(3464)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE

COLUMNS = ["file", "index", "kind", "recipient", "action", "status",
           "reply_code", "reason", "bounce", "retry", "remote_mta",
           "reporting_mta", "original_message_id", "provider",
           "diagnostic_contains"]
HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}
ROWS = []

# Everything is built as a "byte string": a str whose code points are
# bytes (0-255), written out with latin-1.  Text in another charset is
# encoded first and turned into such a string with B().


def B(text, charset="utf-8"):
    return text.encode(charset).decode("latin-1")


# ---------------------------------------------------------------------------
# Invented data

LOCALS = ["alice.martin", "Bob", "C.Dupont", "DAVID.K", "eve+news", "frank_o",
          "Gwen.Lee", "h.mueller", "Ines", "jules.verne", "K.Tanaka",
          "lucie-b", "Marc.Olivier", "nadia", "Oscar.W", "p.rossi",
          "quentin", "Rosa.Diaz", "sam", "T.Nguyen", "ulla.berg",
          "Victor", "w.chen", "xavier.r", "Yann", "zoe.p", "Accounts",
          "billing", "Helpdesk", "noreply-test", "j.smith", "MariaG"]
RDOMAINS = ["example.net", "example.org", "mail.example.net",
            "corp.example.org", "acme.test", "nord.test", "bureau.test",
            "lists.example.org", "shop.test", "Example.NET", "sud.test",
            "kanzlei.test", "atelier.test", "uni.example.org"]
SDOMAINS = ["example.com", "sender.example.com", "news.example.com",
            "agence.test", "verlag.test", "studio.example.com"]
SUBJECTS = ["Quarterly report", "Meeting on Thursday", "Invoice 2026-0415",
            "Re: project plan", "Your order has shipped", "Draft contract",
            "Photos from the trip", "Weekly newsletter", "Password reset",
            "Agenda for the board", "Lunch?", "Updated price list",
            "Question about the 550 form", "Holiday schedule",
            "Follow-up: support ticket 4521", "Welcome aboard"]
FIRST = ["Alice", "Bruno", "Chloe", "Dieter", "Emma", "Farid", "Greta",
         "Hugo", "Irene", "Jonas", "Karim", "Lena"]
LAST = ["Martin", "Bernard", "Schmidt", "Rossi", "Nguyen", "Lefebvre",
        "Weber", "Costa", "Larsen", "Moreau"]

BASE = datetime.datetime(2026, 1, 5, 8, 0, 0)
ZONES = [("+0000", "UTC"), ("+0100", "CET"), ("+0200", "CEST"),
         ("-0500", "EST"), ("-0800", "PST"), ("+0900", "JST")]


def ip():
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % \
        R.randint(2, 250)


def name():
    return "%s %s" % (R.choice(FIRST), R.choice(LAST))


def rcpt(domain=None):
    return "%s@%s" % (R.choice(LOCALS), domain or R.choice(RDOMAINS))


def sender():
    return "%s@%s" % (R.choice(LOCALS[:20]).lower(), R.choice(SDOMAINS))


def when():
    return BASE + datetime.timedelta(seconds=R.randint(0, 300 * 86400))


NOW = [BASE]


def later(t):
    """A time a little after t; reports use it for their own dates."""
    NOW[0] = t + datetime.timedelta(seconds=R.randint(5, 5 * 86400))
    return NOW[0]


def soon(days=0):
    return NOW[0] + datetime.timedelta(days=days, seconds=R.randint(0, 3600))


def date(t, zone=None, comment=False):
    off, nm = zone or R.choice(ZONES)
    s = t.strftime("%a, %d %b %Y %H:%M:%S ") + off
    return s + " (%s)" % nm if comment else s


def hexid(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(R.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
                            "23456789") for _ in range(n))


def msgid(domain):
    return "<%s.%s@%s>" % (t_stamp(), alnum(10), domain.lower())


def t_stamp():
    return "%d" % R.randint(1767000000, 1793000000)


def dom(addr):
    return addr.split("@", 1)[1]


def mx(domain):
    return R.choice(["mx", "mx1", "mx2", "mail", "smtp-in", "inbound"]) + \
        "." + domain.lower()


# ---------------------------------------------------------------------------
# Failure cases: what the remote (or the reporting system) said, and what
# an expert concludes from it.  said: the reply as sent, lines joined with
# "\n"; {r} recipient, {d} its domain, {s} sender, {sd} sender domain,
# {ip} our address, {rh} remote host, {n} a number.

class Case:
    def __init__(self, key, reply, status, said, reason, retry, marker,
                 provider="-", rhost=None, remote=True):
        self.key, self.reply, self.status = key, reply, status
        self.said, self.reason, self.retry = said, reason, retry
        self.marker, self.provider = marker, provider
        self.rhost, self.remote = rhost, remote


CASES = {}


def case(key, reply, status, said, reason, retry, marker, **kw):
    CASES[key] = Case(key, reply, status, said, reason, retry, marker, **kw)


GSMTP = " {gid} - gsmtp"
MS365 = "{dd}.mail.protection.outlook.com"

case("uu_postfix", 550, "5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
     "userunknown", "no", "User unknown in virtual mailbox table")
case("uu_local", 550, "5.1.1", "550 5.1.1 <{r}>... User unknown", "userunknown", "no", "User unknown")
case("uu_plain", 550, None, "550 No such user here", "userunknown", "no", "No such user here")
case("uu_unavail", 550, "5.1.1", "550 5.1.1 <{r}>: Mailbox does not exist in this domain",
     "userunknown", "no", "Mailbox does not exist")
case("uu_exchange", 550, "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; recipient not found by SMTP address lookup",
     "userunknown", "no", "RESOLVER.ADR.RecipientNotFound", provider="microsoft365", rhost=MS365)
case("uu_onprem", 550, "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; address not found",
     "userunknown", "no", "RESOLVER.ADR.RecipNotFound")
case("uu_gmail", 550, "5.1.1",
     "550-5.1.1 The email account that you tried to reach does not exist. Please\n"
     "550-5.1.1 check the address for typing mistakes or extra spaces, and try\n"
     "550 5.1.1 again. https://support.google.com/mail/?p=NoSuchUser" + GSMTP,
     "userunknown", "no", "tried to reach does not exist", provider="gmail", rhost="aspmx.l.google.com")
case("uu_yahoo", 554, None, "554 delivery error: dd This user doesn't have a {d} account ({r}) [0] - mta{n}.mail.mud.yahoo.com",
     "userunknown", "no", "dd This user doesn't have a", provider="yahoo", rhost="mx-biz.mail.am0.yahoodns.net")
case("uu_icloud", 550, "5.1.1", "550 5.1.1 <{r}>: user does not exist",
     "userunknown", "no", "user does not exist", provider="icloud", rhost="mx01.mail.icloud.com")
case("uu_outlook", 550, "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable. [{msft}]",
     "userunknown", "no", "mailbox unavailable", provider="outlookcom", rhost="outlook-com.olc.protection.outlook.com")
case("uu_dbeb", 550, "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [{msft}]",
     "userunknown", "no", "Recipient address rejected: Access denied", provider="microsoft365", rhost=MS365)
case("uu_onprem_local", 550, "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; address not found",
     "userunknown", "no", "RESOLVER.ADR.RecipNotFound", remote=False)
case("uu_qmail", None, "5.1.1", "Sorry, there is no mailbox here by that name. (#5.1.1)",
     "userunknown", "no", "there is no mailbox here by that name", remote=False)
case("hu_local", None, "5.4.4", "Host or domain name not found. Name service error for name={d} type=MX: Host not found",
     "hostunknown", "no", "Host or domain name not found", remote=False)
case("hu_qmail", None, "5.1.2", "Sorry, I couldn't find any host named {d}. (#5.1.2)",
     "hostunknown", "no", "couldn't find any host named", remote=False)
case("hu_exim", None, None, "Unrouteable address", "hostunknown", "no", "Unrouteable address", remote=False)
case("hu_remote", 553, "5.1.2", "553 5.1.2 <{r}>: Recipient address rejected: Domain not found",
     "hostunknown", "no", "Recipient address rejected: Domain not found")
case("hm", 551, "5.1.6", "551 5.1.6 <{r}>: User has moved; please try <{new}>",
     "hasmoved", "no", "User has moved")
case("na_nullmx", None, "5.1.10", "Domain {d} does not accept mail (nullMX)",
     "notaccept", "no", "does not accept mail (nullMX)", remote=False)
case("na_521", 521, "5.3.2", "521 5.3.2 {rh} does not accept mail", "notaccept", "no", "does not accept mail")
case("na_556", 556, "5.1.10", "556 5.1.10 Recipient address has null MX", "notaccept", "no", "has null MX")
case("mf_552", 552, "5.2.2", "552 5.2.2 <{r}>: user is over quota, mailbox full", "mailboxfull", "yes", "over quota")
case("mf_452", 452, "4.2.2", "452 4.2.2 Mailbox full, try again later", "mailboxfull", "yes", "Mailbox full")
case("mf_gmail", 452, "4.2.2",
     "452-4.2.2 The recipient's inbox is out of storage space. Please direct\n"
     "452-4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp\n"
     "452 4.2.2" + GSMTP, "mailboxfull", "yes", "inbox is out of storage space",
     provider="gmail", rhost="alt1.gmail-smtp-in.l.google.com")
case("mf_qmail", None, "5.2.2", "This mailbox is over its allowed quota. (#5.2.2)",
     "mailboxfull", "yes", "over its allowed quota", remote=False)
case("mf_exim", None, None, "mailbox is full: retry timeout exceeded", "mailboxfull", "yes",
     "mailbox is full", remote=False)
case("mtb", 552, "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size",
     "mesgtoobig", "no", "exceeds fixed maximum message size")
case("mtb_gmail", 552, "5.3.4",
     "552-5.3.4 Your message exceeded Google's message size limits. See\n"
     "552 5.3.4 https://support.google.com/mail/?p=MaxSizeError" + GSMTP,
     "mesgtoobig", "no", "exceeded Google's message size limits", provider="gmail", rhost="aspmx.l.google.com")
case("el", 552, "5.2.3", "552 5.2.3 Message length exceeds administrative limit",
     "exceedlimit", "no", "exceeds administrative limit")
case("sf", 452, "4.3.1", "452 4.3.1 Insufficient system storage", "systemfull", "yes", "Insufficient system storage")
case("bl_spamhaus", 554, "5.7.1", "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org",
     "blocked", "no", "blocked using zen.spamhaus.org")
case("bl_ms", 550, "5.7.1",
     "550 5.7.1 Service unavailable, Client host [{ip}] blocked using Blocklist 1; ask for removal at delist.messaging.microsoft.com",
     "blocked", "no", "blocked using Blocklist 1", provider="microsoft365", rhost=MS365)
case("bl_ms606", 550, "5.7.606", "550 5.7.606 Access denied, banned sending IP [{ip}]. Removal requests: https://sender.office.com",
     "blocked", "no", "banned sending IP", provider="microsoft365", rhost=MS365)
case("bl_outlook", 550, "5.7.1",
     "550 5.7.1 Messages from [{ip}] were not accepted: part of your provider's network is on our block list (S3150).",
     "blocked", "no", "(S3150)", provider="outlookcom", rhost="hotmail-com.olc.protection.outlook.com")
case("bl_comcast", 550, None, "550 {ip} is listed on a DNS block list; see https://help.comcast.net/content/faq/BL000001",
     "blocked", "no", "BL000001", provider="comcast", rhost="mx1.comcast.net")
case("br_yahoo", 421, "4.7.0",
     "421 4.7.0 [TSS04] Messages from {ip} deferred for now: unexpected volume or user complaints; see https://postmaster.yahooinc.com/error-codes",
     "badreputation", "yes", "[TSS04]", provider="yahoo", rhost="mta7.am0.yahoodns.net")
case("br_yahoo03", 421, "4.7.1",
     "421 4.7.1 [TS03] All messages from {ip} will be permanently deferred; see https://postmaster.yahooinc.com/error-codes",
     "badreputation", "no", "[TS03]", provider="yahoo", rhost="mta5.am0.yahoodns.net")
case("br_gmail", 421, "4.7.0",
     "421-4.7.0 Gmail has seen an unusual rate of unsolicited mail originating\n"
     "421-4.7.0 from your IP address, so mail from it is rate limited for now.\n"
     "421 4.7.0 https://support.google.com/mail/?p=UnsolicitedRateLimitError" + GSMTP,
     "badreputation", "yes", "unusual rate of unsolicited mail", provider="gmail", rhost="gmail-smtp-in.l.google.com")
case("br_generic", 554, "5.7.1", "554 5.7.1 The sending address {ip} has a poor reputation score here",
     "badreputation", "no", "poor reputation")
case("sd", 550, "5.7.1", "550 5.7.1 Message rejected as spam by content filtering", "spamdetected", "no", "rejected as spam")
case("sd_gmail", 550, "5.7.1",
     "550-5.7.1 This message looks like likely unsolicited email, so it was not\n"
     "550-5.7.1 delivered. https://support.google.com/mail/?p=UnsolicitedMessageError\n"
     "550 5.7.1" + GSMTP, "spamdetected", "no", "likely unsolicited email", provider="gmail",
     rhost="gmail-smtp-in.l.google.com")
case("vd", 554, "5.7.0", "554 5.7.0 Virus found in message (Eicar-Test-Signature), rejected",
     "virusdetected", "no", "Virus found")
case("pv", 550, "5.7.1", "550 5.7.1 Message refused by local policy: executable attachments are not accepted",
     "policyviolation", "no", "executable attachments")
case("pv_gmail", 552, "5.7.0",
     "552-5.7.0 This message was blocked because its content presents a potential\n"
     "552-5.7.0 security issue. https://support.google.com/mail/?p=BlockedMessage\n"
     "552 5.7.0" + GSMTP, "policyviolation", "no", "content presents a potential",
     provider="gmail", rhost="aspmx.l.google.com")
case("pv_msfwd", 550, "5.7.520",
     "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator. AS(7555)",
     "policyviolation", "no", "does not allow external forwarding", provider="microsoft365", remote=False)
case("pv_icloud", 554, "5.7.1", "554 5.7.1 [HM08] Message rejected by local policy. See https://support.apple.com/en-us/HT204137",
     "policyviolation", "no", "[HM08]", provider="icloud", rhost="mx02.mail.icloud.com")
case("af_dmarc", 550, "5.7.26", "550 5.7.26 Unauthenticated mail from {sd} refused because of the domain's DMARC policy",
     "authfailure", "no", "DMARC policy")
case("af_gmail", 550, "5.7.26",
     "550-5.7.26 This mail was blocked because the sender is unauthenticated.\n"
     "550-5.7.26 Gmail requires all senders to authenticate with SPF or DKIM.\n"
     "550 5.7.26 https://support.google.com/mail/answer/81126" + GSMTP,
     "authfailure", "no", "sender is unauthenticated", provider="gmail", rhost="gmail-smtp-in.l.google.com")
case("af_spf", 550, "5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
     "authfailure", "no", "Sender Policy Framework violation", provider="microsoft365", rhost=MS365)
case("af_yahoo", 554, "5.7.9", "554 5.7.9 Message not accepted for policy reasons; details at https://postmaster.yahooinc.com/error-codes",
     "authfailure", "no", "not accepted for policy reasons", provider="yahoo", rhost="mta6.am0.yahoodns.net")
case("af_ms509", 550, "5.7.509",
     "550 5.7.509 Access denied, sending domain {sd} does not pass DMARC verification and has a DMARC policy of reject.",
     "authfailure", "no", "does not pass DMARC verification", provider="microsoft365", rhost=MS365)
case("rp", 450, "4.7.25", "450 4.7.25 Client host rejected: cannot find your reverse hostname, [{ip}]",
     "requireptr", "no", "cannot find your reverse hostname")
case("rp_gmail", 550, "5.7.25",
     "550-5.7.25 The IP address sending this message has no PTR record set up,\n"
     "550-5.7.25 or the PTR record's forward lookup does not match it.\n"
     "550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices" + GSMTP,
     "requireptr", "no", "PTR record", provider="gmail", rhost="gmail-smtp-in.l.google.com")
case("nr", 554, "5.7.1", "554 5.7.1 <{r}>: Relay access denied", "norelaying", "no", "Relay access denied")
case("nr_ms", 550, "5.7.64", "550 5.7.64 TenantAttribution; Relay Access Denied [{msft}]",
     "norelaying", "no", "TenantAttribution", provider="microsoft365", rhost=MS365)
case("rj_domain", 553, "5.1.8", "553 5.1.8 <{s}>: Sender address rejected: Domain not found",
     "rejected", "no", "Sender address rejected: Domain not found")
case("rj_access", 550, "5.7.1", "550 5.7.1 <{s}>: Sender address rejected: Access denied",
     "rejected", "no", "Sender address rejected: Access denied")
case("se_auth", 530, "5.7.0", "530 5.7.0 Authentication required", "securityerror", "no", "Authentication required")
case("se_ms57", 530, "5.7.57", "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM [{msft}]",
     "securityerror", "no", "not authenticated to send anonymous mail", provider="microsoft365",
     rhost="smtp.office365.com")
case("tls", 530, "5.7.0", "530 5.7.0 Must issue a STARTTLS command first", "failedstarttls", "no",
     "Must issue a STARTTLS command first")
case("tls_local", None, "4.7.4", "TLS is required, but was not offered by host {rh}[{rip}]",
     "failedstarttls", "no", "TLS is required, but was not offered")
case("tls_ms", 451, "4.7.321",
     "451 4.7.321 starttls-not-supported: the destination mail server must support TLS to receive mail",
     "failedstarttls", "no", "starttls-not-supported", provider="microsoft365", remote=False)
case("tmc", 421, "4.7.0", "421 4.7.0 Too many concurrent SMTP connections from this IP address; try again later",
     "toomanyconn", "yes", "Too many concurrent SMTP connections")
case("tmc_orange", 421, None,
     "421 mwinf5d{n} ME Too many connections from your address, slow down. OFR004_104 [104]",
     "toomanyconn", "yes", "OFR004_104", provider="orange", rhost="smtp-in.orange.fr")
case("sp", 450, "4.7.1", "450 4.7.1 <{s}>: Sender rate limit exceeded, slow down", "speeding", "yes", "rate limit exceeded")
case("sp_gmail", 450, "4.2.1",
     "450-4.2.1 The user you are trying to contact is receiving email too quickly.\n"
     "450-4.2.1 Please resend later. https://support.google.com/mail/?p=ReceivingRate\n"
     "450 4.2.1" + GSMTP, "speeding", "yes", "receiving email too quickly",
     provider="gmail", rhost="gmail-smtp-in.l.google.com")
case("sp_msquota", 550, "5.2.2",
     "550 5.2.2 STOREDRV.Submit; Submission quota exceeded, no more messages can be sent until the quota resets",
     "speeding", "yes", "Submission quota exceeded", provider="microsoft365", remote=False)
case("sp_outlook", 421, None, "421 RP-001 Mail from {ip} is temporarily rate limited; please try again later",
     "speeding", "yes", "RP-001", provider="outlookcom", rhost="outlook-com.olc.protection.outlook.com")
case("sp_icloud", 421, "4.7.1", "421 4.7.1 Messages to {r} deferred due to excessive volume. Try again later.",
     "speeding", "yes", "deferred due to excessive volume", provider="icloud", rhost="mx01.mail.icloud.com")
case("ne_timeout", None, "4.4.1", "connect to {rh}[{rip}]:25: Connection timed out",
     "networkerror", "yes", "Connection timed out", remote=False)
case("ne_lost", None, "4.4.2", "lost connection with {rh}[{rip}] while sending RCPT TO",
     "networkerror", "yes", "lost connection with")
case("ne_loop", 554, "5.4.6", "554 5.4.6 Too many hops, mail loop detected", "networkerror", "no", "mail loop detected")
case("ne_mshop", 554, "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [{msft}]",
     "networkerror", "no", "Hop count exceeded", provider="microsoft365", remote=False)
case("ex_refused", None, "4.4.1", "connect to {rh}[{rip}]:25: Connection refused",
     "expired", "yes", "Connection refused", remote=False)
case("ex_ms", 550, "4.4.7", "550 4.4.7 QUEUE.Expired; message expired in the queue",
     "expired", "yes", "QUEUE.Expired", provider="microsoft365", remote=False)
case("ex_qmail", None, "4.4.1",
     "Sorry, I could not establish an SMTP connection. (#4.4.1)\nThe message has waited in the queue too long; I'm giving up.",
     "expired", "yes", "establish an SMTP connection", remote=False)
case("ex_exim", None, None, "retry timeout exceeded", "expired", "yes", "retry timeout exceeded", remote=False)
case("me", None, "5.3.0", "Command died with status 1: \"/usr/bin/procmail -t\". Command output: procmail: cannot write to /var/mail/{u}",
     "mailererror", "no", "Command died with status 1", remote=False)
case("sy_451", 451, "4.3.0", "451 4.3.0 Temporary local problem - please try later", "systemerror", "yes",
     "Temporary local problem")
case("sy_loop", None, "5.4.6", "mail for {d} loops back to myself", "systemerror", "no", "loops back to myself",
     remote=False)
case("ce", 554, "5.6.0", "554 5.6.0 Message content rejected: malformed MIME structure", "contenterror", "no",
     "malformed MIME structure")
case("nc", 550, "5.7.1", "550 5.7.1 Message does not comply with RFC 5322: missing Date header field",
     "notcompliantrfc", "no", "does not comply with RFC 5322")
case("nc_ms", 550, "5.7.512",
     "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and carry a valid From address",
     "notcompliantrfc", "no", "RFC 5322 section 3.6.2", provider="microsoft365", rhost=MS365)
case("sx", 501, "5.5.4", "501 5.5.4 Invalid domain name in HELO argument", "syntaxerror", "no", "Invalid domain name")
case("sx2", 555, "5.5.2", "555 5.5.2 Syntax error, parameter SMTPUTF8 not recognised", "syntaxerror", "no",
     "parameter SMTPUTF8 not recognised")
case("fl", 550, "5.7.1", "550 5.7.1 <{r}>: Recipient address rejected: the user refuses mail from this sender",
     "filtered", "no", "refuses mail from this sender")
case("fl_ms", 550, "5.7.124", "550 5.7.124 Sender not in allowed-senders list of the group [{msft}]",
     "rejected", "no", "allowed-senders list", provider="microsoft365", rhost=MS365)
case("su", 550, "5.2.1", "550 5.2.1 <{r}>: Mailbox disabled, not accepting messages", "suspend", "no", "Mailbox disabled")
case("su_gmail", 550, "5.2.1",
     "550-5.2.1 The email account that you tried to reach is inactive. For more\n"
     "550 5.2.1 information see https://support.google.com/mail/?p=DisabledUser" + GSMTP,
     "suspend", "no", "account that you tried to reach is inactive", provider="gmail", rhost="aspmx.l.google.com")
case("su_icloud", 550, "5.1.1", "550 5.1.1 <{r}>: inactive email address", "suspend", "no", "inactive email address",
     provider="icloud", rhost="mx02.mail.icloud.com")
case("ud", 554, "5.0.0", "554 5.0.0 Transaction failed", "undefined", "no", "Transaction failed")
case("sup_ses", None, "5.1.1",
     "The address is on the suppression list of the sending account, so Amazon SES did not attempt delivery",
     "suppressed", "no", "suppression list", remote=False)
case("ok_250", 250, "2.0.0", "250 2.0.0 Ok: queued as {rq}", "delivered", "no", "queued as")
case("ok_local", None, "2.0.0", "delivered to mailbox", "delivered", "no", "delivered to mailbox", remote=False)
case("ok_exp", None, "2.0.0", "alias expanded", "delivered", "no", "alias expanded", remote=False)

# Cases usable where the report carries no code of its own (plain-text
# reports): a hard reason needs a code in the text for the record to be
# hard, so those without one are kept for styles with a DSN part.
NOCODE_HARD = {k for k, c in CASES.items()
               if c.reason in HARD and c.reply is None and c.status is None}


class Rcpt:
    """One recipient of a report: the address, the case, the action."""

    def __init__(self, addr, key, action=None, rhost=None):
        self.addr, self.case = addr, CASES[key]
        c = self.case
        if action is None:
            if c.reason == "delivered":
                action = "delivered"
            elif c.reason != "expired" and (c.status or str(c.reply or ""))[:1] == "4":
                action = "delayed"
            else:
                action = "failed"
        self.action = action
        d = dom(addr)
        if c.rhost:
            self.rhost = c.rhost.replace("{dd}", d.lower().replace(".", "-"))
        else:
            self.rhost = rhost or mx(d)
        self.rip = ip()
        self.n = R.randint(100, 999)
        self.gid = alnum(4) + "." + alnum(8)
        self.msft = R.choice(["AM4PEPF0000A1B2", "DB5PEPF00012C3D", "BN8NAM12FT004",
                              "SN1PEPF0002F5E6", "VI1EUR04FT021"]) + "." + \
            R.choice(["eurprd04", "namprd12", "eurprd05"]) + ".prod.outlook.com"
        self.new = "%s@%s" % (addr.split("@")[0].lower(), R.choice(RDOMAINS).lower())
        self.rq = hexid(10)
        self.text = None        # what was said, once rendered
        self.shown = None       # the Status the report's DSN part shows

    def said(self, sndr):
        if self.text is None:
            self.text = self.render(sndr)
        return self.text

    def render(self, sndr):
        d = dom(self.addr)
        return self.case.said.format(
            r=self.addr, d=d, s=sndr, sd=dom(sndr), ip=ip(), rh=self.rhost,
            rip=self.rip, n=self.n, gid=self.gid, msft=self.msft,
            new=self.new, rq=self.rq, u=self.addr.split("@")[0].lower())


# ---------------------------------------------------------------------------
# Message pieces

def fold(name_, value, width=76, protect=None, indent=" "):
    """A header field, folded at spaces, never inside protect."""
    line = name_ + ": " + value
    if len(line) <= width:
        return line
    lo = hi = -1
    if protect and protect in line:
        lo = line.index(protect)
        hi = lo + len(protect)
    pieces, start = [], 0
    while len(line) - start > width:
        cut = -1
        for i in range(start + width, start + 12, -1):
            if line[i] == " " and not lo <= i < hi:
                cut = i
                break
        if cut < 0:
            break
        pieces.append(line[start:cut])
        start = cut + 1
    pieces.append(line[start:])
    return ("\n" + indent).join(pieces)


def b64(data, width=76):
    s = base64.b64encode(data.encode("latin-1")).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp(data):
    return quopri.encodestring(data.encode("latin-1")).decode("latin-1").replace("\r\n", "\n")


def ew(text, charset="utf-8", enc="Q"):
    """An RFC 2047 encoded word."""
    raw = text.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset.upper(), base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset.upper(), "".join(out))


class Orig:
    """The message that could not be delivered."""

    def __init__(self, sndr, rcpts, subject=None, mid=True, charset=None):
        self.sender, self.rcpts = sndr, rcpts
        self.subject = subject or R.choice(SUBJECTS)
        self.t = when()
        self.mid = msgid(dom(sndr)) if mid else None
        self.charset = charset
        self.ip = ip()

    def headers(self, via=None):
        h = []
        if via:
            h.append("Return-Path: <%s>" % self.sender)
            h.append("Received: from [%s] (client.%s [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (self.ip, dom(self.sender), self.ip, via, hexid(10),
                        self.rcpts[0], date(self.t)))
        h.append("From: %s <%s>" % (name(), self.sender))
        h.append("To: " + ", ".join(self.rcpts))
        h.append("Subject: " + self.subject)
        h.append("Date: " + date(self.t))
        if self.mid:
            h.append("Message-ID: " + self.mid)
        h.append("MIME-Version: 1.0")
        h.append("Content-Type: text/plain; charset=utf-8")
        h.append("Content-Transfer-Encoding: 8bit")
        return "\n".join(h) + "\n"

    def body(self):
        return B("Hello,\n\nPlease find the details below, as discussed.\n"
                 "The figures for the third quarter are in the table.\n\n"
                 "Best regards,\n%s\n" % name())

    def text(self, via=None):
        return self.headers(via) + "\n" + self.body()


def header_block(fields):
    return "\n".join(f for f in fields if f) + "\n"


def part(ctype, body, extra=()):
    # Parameters on a folded line of their own, as many mailers write them.
    h = ["Content-Type: " + ctype.replace("; ", ";\n\t", 1)] if ctype else []
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body


def multipart(bnd, parts, preamble="", close=True):
    s = preamble
    for p in parts:
        s += "\n--" + bnd + "\n" + p
    if close:
        s += "\n--" + bnd + "--\n"
    return s


def dsn_part(reporting, rcpts, sndr, per_msg=(), status_override=None,
             extra=None, remote_fmt="dns; {h}", diag_type="smtp",
             local_diag="X-Postfix", order="standard", fold_width=76,
             fold_indent="    "):
    """A message/delivery-status body (RFC 3464)."""
    lines = []
    if reporting:
        lines.append("Reporting-MTA: dns; " + reporting)
    lines.extend(per_msg)
    out = "\n".join(lines) + "\n"
    for rc in rcpts:
        c = rc.case
        st = (status_override or {}).get(rc.addr) or c.status or \
            ("5.0.0" if rc.action == "failed" else "4.0.0")
        rc.shown = st
        said = rc.said(sndr).replace("\n", " ")
        if c.remote:
            diag = "%s; %s" % (diag_type, said)
        else:
            diag = "%s; %s" % (local_diag, said)
        f = []
        if order == "ses":
            f.append("Action: " + rc.action)
            f.append("Final-Recipient: rfc822; " + rc.addr)
            f.append(fold("Diagnostic-Code", diag, fold_width, c.marker, fold_indent))
            f.append("Status: " + st)
            if c.remote:
                f.append("Remote-MTA: " + remote_fmt.format(h=rc.rhost, ip=rc.rip, d=dom(rc.addr).lower()))
        else:
            f.append("Final-Recipient: rfc822; " + rc.addr)
            if extra and "orig" in extra:
                f.append("Original-Recipient: rfc822;" + rc.addr)
            f.append("Action: " + rc.action)
            f.append("Status: " + st)
            if c.remote:
                f.append("Remote-MTA: " + remote_fmt.format(h=rc.rhost, ip=rc.rip, d=dom(rc.addr).lower()))
            f.append(fold("Diagnostic-Code", diag, fold_width, c.marker, fold_indent))
            if rc.action == "delayed":
                f.append("Will-Retry-Until: " + date(soon(4)))
            if extra and "last" in extra:
                f.append("Last-Attempt-Date: " + date(soon()))
        out += "\n" + "\n".join(f) + "\n"
    return out


def expected_status(rc):
    """The most specific code the report carries for rc."""
    c = rc.case
    if c.status and re.search(r"(?<![0-9.])%s(?![0-9.]*[0-9])" % re.escape(c.status), rc.text or ""):
        return c.status
    return rc.shown or "-"


def bounce_of(reason, status, reply, action):
    if action in ("delivered", "relayed", "expanded"):
        return "none"
    five = status.startswith("5.") or reply.startswith("5")
    return "hard" if reason in HARD and five else "soft"


def add(file, index, rc=None, kind="bounce", reporting="-",
        orig_mid=None, remote=None, **over):
    if rc is None:
        row = dict.fromkeys(COLUMNS, "-")
        row.update(file=file, index=str(index), kind=kind, bounce="none", retry="no")
        row.update(over)
        ROWS.append(row)
        return
    c = rc.case
    status = expected_status(rc)
    reply = str(c.reply) if c.reply else "-"
    row = {
        "file": file, "index": str(index), "kind": kind,
        "recipient": rc.addr.encode("latin-1").decode("utf-8").lower(), "action": rc.action, "status": status,
        "reply_code": reply, "reason": c.reason,
        "bounce": bounce_of(c.reason, status, reply, rc.action),
        "retry": c.retry, "remote_mta": "-", "reporting_mta": reporting.lower(),
        "original_message_id": orig_mid or "-", "provider": c.provider,
        "diagnostic_contains": c.marker,
    }
    if remote is None:
        remote = rc.rhost.lower() if c.remote else "-"
    row["remote_mta"] = remote
    if row["bounce"] == "hard":
        row["retry"] = "no"
    if c.reason in HARD and rc.action == "failed" and row["bounce"] != "hard":
        sys.exit("%s: %s carries no code to make it hard" % (file, c.key))
    row.update(over)
    ROWS.append(row)


# ---------------------------------------------------------------------------
# Output

FILES = {}


def write(path, text, crlf=False):
    if crlf:
        text = re.sub(r"\r?\n", "\r\n", text)
    FILES[path] = text.encode("latin-1")


# Each style numbers its files from its own start, so that adding a
# message to one style renames no other file.
FIRST_NUMBER = {"postfix": 1, "sendmail": 50, "exim": 70, "exim-dsn": 100, "qmail": 120,
                "courier": 140, "exchange": 150, "m365": 160, "gmail": 190, "yahoo": 210,
                "domino": 220, "opensmtpd": 230, "ses": 240, "dsn": 250, "autoreply": 270,
                "arf": 290, "decoy": 300, "broken": 900}
SEQ = {}


def fname(style, short):
    n = SEQ.get(style, FIRST_NUMBER[style])
    SEQ[style] = n + 1
    following = [v for v in FIRST_NUMBER.values() if v > FIRST_NUMBER[style]]
    assert n < min(following, default=1000), style
    return "%03d-%s-%s.eml" % (n, style, short)


# ---------------------------------------------------------------------------
# Styles.  Each returns the message text and adds its rows through emit(),
# so that a message can be written as a file or into an mbox.

def human_wrap(text, width=72, indent="    "):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = indent + w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return "\n".join(lines)


class Msg:
    """A built message and the rows it expects (file and index set later)."""

    def __init__(self, text, rows):
        self.text, self.rows = text, rows


def rowspec(rc, **kw):
    return (rc, kw)


def postfix(rcpts, sndr=None, rfc822=True, delayed=False, success=False,
            vague=False, host=None, encode_text=None, charset="us-ascii",
            no_dsn_ctype=False, close=True, wrong_boundary=False, mid=True):
    sndr = sndr or sender()
    host = host or R.choice(["mail", "smtp", "mx-out", "relay"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts], mid=mid)
    t = later(orig.t)
    qid = hexid(10)
    bnd = "%s.%s/%s" % (qid, t_stamp(), host)
    if success:
        subj = "Successful Mail Delivery Report"
    elif delayed:
        subj = "Delayed Mail (still being retried)"
    else:
        subj = "Undelivered Mail Returned to Sender"
    hdr = header_block([
        "Return-Path: <>",
        "Received: by %s (Postfix)\n\tid %s; %s" % (host, hexid(10), date(t)),
        "Date: " + date(t),
        "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Subject: " + subj,
        "To: " + sndr,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\""
        % ("X" + bnd if wrong_boundary else bnd),
        "Content-Transfer-Encoding: 8bit",
        "Message-Id: <%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), qid, host),
    ])
    if success:
        intro = ("This is the mail system at host %s.\n\n"
                 "Your message reached the destinations listed below. When it was put in a\n"
                 "mailbox, nothing more will be reported; when it was passed on to another\n"
                 "system, that system may still report errors of its own.\n\n"
                 "                   The mail system\n" % host)
    elif delayed:
        intro = ("This is the mail system at host %s.\n\n"
                 "# THIS IS ONLY A WARNING: THERE IS NO NEED TO SEND YOUR MESSAGE AGAIN. #\n\n"
                 "Your message could not be delivered yet and is still queued; the system\n"
                 "will keep trying for a few more days and report again if it gives up.\n\n"
                 "                   The mail system\n" % host)
    else:
        intro = ("This is the mail system at host %s.\n\n"
                 "Your message could not be delivered to one or more of its recipients;\n"
                 "it is attached below.\n\n"
                 "If you need help, write to <postmaster> and include this report; you may\n"
                 "remove your own text from the attached message.\n\n"
                 "                   The mail system\n" % host)
    for rc in rcpts:
        said = rc.said(sndr).replace("\n", " ")
        c = rc.case
        if success:
            s = "<%s>: delivery via %s[%s]:25: %s" % (rc.addr, rc.rhost, rc.rip, said) if c.remote \
                else "<%s>: %s" % (rc.addr, said)
        elif c.remote and c.reply:
            s = "<%s>: host %s[%s] said: %s (in reply to RCPT TO command)" % (rc.addr, rc.rhost, rc.rip, said)
        else:
            s = "<%s>: %s" % (rc.addr, said)
        intro += "\n" + human_wrap(s) + "\n"
    if encode_text == "qp":
        text_part = part("text/plain; charset=%s" % charset, qp(intro),
                         ["Content-Description: Notification", "Content-Transfer-Encoding: quoted-printable"])
    elif encode_text == "b64":
        text_part = part("text/plain; charset=%s" % charset, b64(intro),
                         ["Content-Description: Notification", "Content-Transfer-Encoding: base64"])
    else:
        text_part = part("text/plain; charset=%s" % charset, intro, ["Content-Description: Notification"])
    per = ["X-Postfix-Queue-ID: " + qid, "X-Postfix-Sender: rfc822; " + sndr,
           "Arrival-Date: " + date(orig.t)]
    so = {r.addr: "5.0.0" for r in rcpts} if vague else None
    ds = dsn_part(host, rcpts, sndr, per, status_override=so, extra=("orig",) if R.random() < 0.4 else None)
    dsn = part(None if no_dsn_ctype else "message/delivery-status", ds,
               ["Content-Description: Delivery report"])
    if rfc822:
        op = part("message/rfc822", orig.text(via=host), ["Content-Description: Undelivered Message"])
    else:
        op = part("text/rfc822-headers", orig.headers(via=host),
                  ["Content-Description: Undelivered Message Headers"])
    body = multipart(bnd, [text_part, dsn, op], "This is a MIME-encapsulated message.\n", close=close)
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def sendmail(rcpts, sndr=None, rfc822=True, delayed=False):
    sndr = sndr or sender()
    host = R.choice(["mx", "mail", "smtp"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    qid = "%s%06d" % (alnum(8), R.randint(0, 999999))
    bnd = "%s.%s/%s" % (qid, t_stamp(), host)
    subj = "Warning: could not send message for past 4 hours" if delayed else \
        "Returned mail: see transcript for details"
    hdr = header_block([
        "Return-Path: <MAILER-DAEMON>",
        "Date: " + date(t),
        "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
        "Message-Id: <%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), qid, host),
        "To: <%s>" % sndr,
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % bnd,
        "Subject: " + subj,
        "Auto-Submitted: auto-generated (%s)" % ("warning-timeout" if delayed else "failure"),
    ])
    txt = "The original message was received at %s\nfrom client.%s [%s]\n\n" % (
        date(orig.t), dom(sndr), orig.ip)
    if delayed:
        txt = ("    ************************************************\n"
               "    **  WARNING ONLY: THE MESSAGE IS STILL QUEUED  **\n"
               "    **  THERE IS NO NEED TO SEND IT AGAIN          **\n"
               "    ************************************************\n\n") + txt
        txt += "   ----- Transcript of session follows -----\n"
        for rc in rcpts:
            txt += "<%s>... Deferred: %s\n" % (rc.addr, rc.said(sndr).replace("\n", " "))
        txt += "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    else:
        txt += "   ----- The following addresses had permanent fatal errors -----\n"
        for rc in rcpts:
            txt += "<%s>\n    (reason: %s)\n" % (rc.addr, rc.said(sndr).replace("\n", " "))
        txt += "\n   ----- Transcript of session follows -----\n"
        for rc in rcpts:
            if rc.case.remote:
                txt += "... while talking to %s.:\n>>> RCPT To:<%s>\n<<< %s\n" % (
                    rc.rhost, rc.addr, rc.said(sndr).replace("\n", "\n<<< "))
            txt += "%s\n" % rc.said(sndr).split("\n")[-1]
        if len(rcpts) == 1 and rcpts[0].case.remote:
            txt += ">>> DATA\n<<< 503 5.0.0 Need RCPT (recipient)\n"
    # sendmail's first part has no header at all: text/plain by default.
    first = "\n" + txt
    per = ["Received-From-MTA: DNS; client.%s" % dom(sndr), "Arrival-Date: " + date(orig.t)]
    ds = dsn_part(host, rcpts, sndr, per, extra=("last",), remote_fmt="DNS; {h}", diag_type="SMTP")
    ds = ds.replace("Final-Recipient: rfc822;", "Final-Recipient: RFC822;")
    dsn = part("message/delivery-status", ds)
    op = part("message/rfc822", orig.text(via=host)) if rfc822 else \
        part("text/rfc822-headers", orig.headers(via=host))
    body = multipart(bnd, [first, dsn, op], "This is a MIME-encapsulated message\n")
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def exim_text(rcpts, sndr, delayed, host, orig):
    if delayed:
        txt = ("This message was created automatically by mail delivery software.\n"
               "A message that you sent has not yet been delivered to one or more of its\n"
               "recipients after more than 24 hours on the queue on %s.\n\n"
               "The message identifier is:     %s\n"
               "The subject of the message is: %s\n"
               "The date of the message is:    %s\n\n"
               "The address to which the message has not yet been delivered is:\n\n"
               % (host, alnum(6) + "-" + alnum(6) + "-" + alnum(2), orig.subject, date(orig.t)))
        for rc in rcpts:
            said = rc.said(sndr).replace("\n", "\n    ")
            if rc.case.remote:
                txt += "  %s\n    host %s [%s]\n    Delay reason: %s\n\n" % (rc.addr, rc.rhost, rc.rip, said)
            else:
                txt += "  %s\n    Delay reason: %s\n\n" % (rc.addr, said)
        txt += ("Nothing needs to be done for now: delivery will be tried again for a while,\n"
                "and this warning may come again. If the message cannot be delivered in the\n"
                "end, it will be returned to you.\n")
        return txt
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for rc in rcpts:
        said = rc.said(sndr).replace("\n", "\n    ")
        if rc.case.remote:
            txt += ("  %s\n    host %s [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    %s\n"
                    % (rc.addr, rc.rhost, rc.rip, rc.addr, said))
        else:
            txt += "  %s\n    %s\n" % (rc.addr, said)
    return txt


def exim(rcpts, sndr=None, delayed=False, headers_only=False):
    sndr = sndr or sender()
    host = R.choice(["mail", "smtp", "mx", "exim"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    eid = "E1v%s-%s-%s" % (alnum(4), alnum(6), alnum(2))
    subj = "Warning: message %s delayed 24 hours" % eid[1:] if delayed else \
        "Mail delivery failed: returning message to sender"
    hdr = header_block([
        "Return-path: <>",
        "Envelope-to: " + sndr,
        "Delivery-date: " + date(t),
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: " + sndr,
        "References: " + orig.mid,
        "Content-Type: text/plain; charset=us-ascii",
        "Subject: " + subj,
        "Message-Id: <%s@%s>" % (eid, host),
        "Date: " + date(t),
        None if delayed else "X-Failed-Recipients: " + ", ".join(r.addr for r in rcpts),
        "Auto-Submitted: auto-replied",
    ])
    txt = exim_text(rcpts, sndr, delayed, host, orig)
    if delayed:
        body = txt
    elif headers_only:
        body = txt + "\n------ This is a copy of the message's headers. ------\n\n" + orig.headers(via=host)
    else:
        body = txt + "\n------ This is a copy of the message, including all the headers. ------\n\n" + \
            orig.text(via=host)
    rep = host if delayed else "-"
    rows = [rowspec(rc, reporting=rep, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def exim_dsn(rcpts, sndr=None, rfc822=True, delayed=False):
    sndr = sndr or sender()
    host = R.choice(["mail", "smtp", "mx"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    eid = "E1v%s-%s-%s" % (alnum(4), alnum(6), alnum(2))
    bnd = "%s-eximdsn-%d" % (t_stamp(), R.randint(10**8, 10**9))
    subj = "Warning: message %s delayed 24 hours" % eid[1:] if delayed else \
        "Mail delivery failed: returning message to sender"
    hdr = header_block([
        "Return-path: <>",
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: " + sndr,
        "References: " + orig.mid,
        "Content-Type: multipart/report; report-type=delivery-status; boundary=" + bnd,
        "MIME-Version: 1.0",
        "Subject: " + subj,
        "Message-Id: <%s@%s>" % (eid, host),
        "Date: " + date(t),
    ])
    txt = exim_text(rcpts, sndr, delayed, host, orig)
    p1 = part("text/plain; charset=us-ascii", txt, ["Content-Description: Delivery report",
                                                     "Content-Transfer-Encoding: 7bit"])
    ds = "Reporting-MTA: dns; %s\n" % host
    for rc in rcpts:
        rc.shown = "5.0.0" if rc.action == "failed" else "4.0.0"
        ds += "\nAction: %s\nFinal-Recipient: rfc822;%s\nStatus: %s\n" % (rc.action, rc.addr, rc.shown)
        if rc.case.remote:
            ds += "Remote-MTA: dns; %s\n" % rc.rhost
            ds += fold("Diagnostic-Code", "smtp; " + rc.said(sndr).replace("\n", " "),
                       78, rc.case.marker) + "\n"
        else:
            ds += fold("Diagnostic-Code", "X-Exim; " + rc.said(sndr).replace("\n", " "),
                       78, rc.case.marker) + "\n"
        if delayed:
            ds += "Will-Retry-Until: %s\n" % date(soon())
    p2 = part("message/delivery-status", ds, ["Content-Description: Delivery report"])
    if rfc822:
        p3 = part("message/rfc822", orig.text(via=host), ["Content-Description: Undelivered Message"])
    else:
        p3 = part("text/rfc822-headers", orig.headers(via=host),
                  ["Content-Description: Undelivered Message Headers"])
    body = multipart(bnd, [p1, p2, p3])
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def qmail(rcpts, sndr=None, mime_headers=False):
    sndr = sndr or sender()
    host = R.choice(["mail", "mx", "qmail"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    hdr = header_block([
        "Return-Path: <>",
        "Date: %s" % date(t),
        "From: MAILER-DAEMON@%s" % host,
        "To: %s" % sndr,
        "Subject: failure notice",
        "MIME-Version: 1.0" if mime_headers else None,
        "Content-Type: text/plain; charset=us-ascii" if mime_headers else None,
    ])
    txt = ("Hi. This is the qmail-send program at %s.\n"
           "Your message could not be delivered to the addresses below; this is a\n"
           "permanent error, and no further attempt will be made.\n\n" % host)
    rows = []
    for rc in rcpts:
        said = rc.said(sndr)
        txt += "<%s>:\n" % rc.addr
        remote = "-"
        if rc.case.remote:
            if rc.case.key in ("rj_domain", "rj_access"):
                txt += "Connected to %s but sender was rejected.\n" % rc.rip
            else:
                txt += "%s does not like recipient.\n" % rc.rip
            txt += "Remote host said: %s\nGiving up on %s.\n\n" % (said.replace("\n", "\nRemote host said: "), rc.rip)
            remote = rc.rip
        else:
            txt += said + "\n\n"
        rows.append(rowspec(rc, reporting=host, orig_mid=orig.mid, remote=remote))
    txt += "--- Below this line is a copy of the message.\n\n" + orig.text(via=host)
    return Msg(hdr + "\n" + txt, rows)


def courier(rcpts, sndr=None, delayed=False):
    sndr = sndr or sender()
    host = R.choice(["mail", "mx"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    bnd = "=_courier-%d-%d-%s" % (R.randint(1000, 9999), R.randint(10**6, 10**7), hexid(8))
    hdr = header_block([
        "From: Courier mail server at %s <@>" % host,
        "To: <%s>" % sndr,
        "Subject: %s" % ("WARNING: delayed mail." if delayed else "NOTICE: mail delivery status."),
        "Mime-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;\n    boundary=\"%s\"" % bnd,
        "Content-Transfer-Encoding: 7bit",
        "Date: " + date(t),
        "Message-ID: <courier.%s.%s@%s>" % (hexid(8), hexid(8), host),
    ])
    txt = ("This is a delivery status notification from %s,\n"
           "running the Courier mail server, version 1.3.\n\n"
           "The original message was received on %s\nfrom client.%s (%s)\n\n"
           "---------------------------------------------------------------------------\n\n"
           % (host, date(orig.t), dom(sndr), orig.ip))
    txt += "                              DELAYED MAIL\n\n" if delayed else \
        "                           UNDELIVERABLE MAIL\n\n"
    txt += ("Your message to the recipients below has not been delivered yet; delivery\n"
            "will be retried.\n\n" if delayed else
            "Your message to the following recipients cannot be delivered:\n\n")
    for rc in rcpts:
        txt += "<%s>:\n" % rc.addr
        if rc.case.remote:
            txt += "    %s [%s]:\n>>> RCPT TO:<%s>\n<<< %s\n\n" % (
                rc.rhost, rc.rip, rc.addr, rc.said(sndr).replace("\n", "\n<<< "))
        else:
            txt += "    %s\n\n" % rc.said(sndr)
    txt += ("---------------------------------------------------------------------------\n\n"
            "Recipients of the same message not listed here are reported separately.\n")
    p1 = part("text/plain; charset=\"utf-8\"", txt, ["Content-Transfer-Encoding: 7bit"])
    ds = "Reporting-MTA: dns; %s\nArrival-Date: %s\n" % (host, date(orig.t))
    for rc in rcpts:
        rc.shown = "4.0.0" if delayed else "5.0.0"
        ds += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rc.addr, rc.action, rc.shown)
        if rc.case.remote:
            ds += "Remote-MTA: dns; %s\n" % rc.rhost
        ds += fold("Diagnostic-Code", ("smtp; " if rc.case.remote else "x-courier; ") +
                   rc.said(sndr).replace("\n", " "), 78, rc.case.marker) + "\n"
    p2 = part("message/delivery-status; charset=\"utf-8\"", ds, ["Content-Transfer-Encoding: 7bit"])
    p3 = part("text/rfc822-headers; charset=\"ISO-8859-1\"", orig.headers(via=host),
              ["Content-Transfer-Encoding: 7bit"])
    body = multipart(bnd, [p1, p2, p3], "This is a MIME-formatted message.  If you see this text it means that your\n"
                     "mail software cannot handle MIME-formatted messages.\n")
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def html_of(text):
    esc = text.strip("\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = ["<p>" + p.replace("\n", "<br>\n") + "</p>" for p in esc.split("\n\n")]
    return "<html>\n<body>\n" + "\n".join(paras) + "\n</body>\n</html>\n"


# The fixed sentences of an Exchange report, in our own words, per language.
NDR_TEXT = {
    "en": {"subj": "Undeliverable: ", "lang": "en-US", "cs": "us-ascii",
           "failed": "Delivery has failed to these recipients or groups:",
           "why": "The recipient's mail system did not accept your message. Check the "
                  "address and the reply below, then try again.",
           "diag": "Diagnostic information for administrators:",
           "gen": "Generating server:", "orig": "Original message headers:"},
    "fr": {"subj": "Non remis : ", "lang": "fr-FR", "cs": "ISO-8859-1",
           "failed": "La remise a échoué pour les destinataires ou groupes suivants :",
           "why": "Le serveur de messagerie du destinataire a refusé le message. "
                  "Vérifiez l'adresse, puis renvoyez-le.",
           "diag": "Informations de diagnostic pour les administrateurs :",
           "gen": "Serveur de génération :", "orig": "En-têtes du message d'origine :"},
    "de": {"subj": "Unzustellbar: ", "lang": "de-DE", "cs": "windows-1252",
           "failed": "Ihre Nachricht konnte an diese Empfänger oder Gruppen nicht zugestellt werden:",
           "why": "Das Mailsystem des Empfängers hat die Nachricht abgelehnt. Prüfen Sie "
                  "die Adresse und die Antwort unten – und senden Sie die Nachricht „erneut“.",
           "diag": "Diagnoseinformationen für Administratoren:",
           "gen": "Generierender Server:", "orig": "Kopfzeilen der ursprünglichen Nachricht:"},
}


def exchange(rcpts, sndr=None, online=False, new_layout=False, lang="en",
             encoding="qp", rfc822=True):
    """Exchange Server (on premises) and Exchange Online reports."""
    sndr = sndr or sender()
    sd = dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    if online:
        gen = R.choice(["AM0PR04MB", "DB9PR10MB", "PAXPR02MB", "SN7PR12MB", "CH3PR11MB"]) + \
            "%04d" % R.randint(1000, 9999) + "." + R.choice(["eurprd04", "namprd11", "eurprd10"]) + \
            ".prod.outlook.com"
        frm = "Microsoft Outlook <postmaster@%s.onmicrosoft.com>" % sd.split(".")[0]
    else:
        gen = "EXCH%02d.%s" % (R.randint(1, 9), "corp." + sd if not sd.startswith("corp.") else sd)
        gen = gen.upper() if R.random() < 0.5 else gen
        frm = "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % sd
    L = NDR_TEXT[lang]
    subj = L["subj"] + orig.subject
    if all(r.action == "delayed" for r in rcpts):
        subj = "Delivery delayed: " + orig.subject
    success = all(r.action in ("relayed", "delivered") for r in rcpts)
    if success:
        subj = ("Relayed: " if rcpts[0].action == "relayed" else "Delivered: ") + orig.subject
    bnd = "_%03d_%s%s_" % (R.randint(0, 999), hexid(20), ".prod.outlook.com" if online else "EXCH")
    alt = "_%03d_%s_" % (R.randint(0, 999), hexid(24))
    hdr = header_block([
        "From: " + frm,
        "To: <%s>" % sndr,
        "Date: " + date(t),
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % bnd,
        "X-MS-Exchange-Message-Is-Ndr:",
        "Content-Language: " + L["lang"],
        "Message-ID: <%s@%s>" % (hexid(32).lower(), gen),
        "In-Reply-To: " + orig.mid,
        "References: " + orig.mid,
        "Thread-Topic: " + orig.subject,
        "Subject: " + (ew(subj, L["cs"]) if lang != "en" else subj),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ])
    if success:
        txt = ("Delivery to these recipients or groups is complete, but the destination\n"
               "server sent no delivery notification:\n\n" if rcpts[0].action == "relayed" else
               "Your message has been delivered to the following recipients:\n\n")
        for rc in rcpts:
            txt += "%s (%s)<mailto:%s>\n\n" % (rc.addr, rc.addr, rc.addr)
        txt += "Subject: %s\n" % orig.subject
        rc = rcpts[0]
        rc.said(sndr)
    elif new_layout:
        rc = rcpts[0]
        said = rc.said(sndr).replace("\n", " ")
        txt = ("Your message to %s couldn't be delivered.\n\n"
               "The mail system at %s could not deliver it.\n\n"
               "%s\nOffice 365\n%s\nAction Required\n\n"
               "How to Fix It\nCheck the recipient's address and the reply quoted below, then\n"
               "send the message again if the problem has been fixed.\n\n"
               "More Info for Email Admins\nStatus code: %s\n\n"
               "Original Message Details\nCreated Date: %s\nSender Address: %s\n"
               "Recipient Address: %s\nSubject: %s\n\n"
               "Error Details\nError: %s\nMessage rejected by: %s\n\n"
               "Notification Details\nSent by: %s\n"
               % (rc.addr, dom(rc.addr), sndr, rc.addr,
                  " ".join(x for x in (str(rc.case.reply or ""), rc.case.status or "") if x),
                  orig.t.strftime("%m/%d/%Y %I:%M:%S %p"), sndr, rc.addr, orig.subject,
                  said, rc.rhost if rc.case.remote else gen, gen))
    else:
        if all(r.action == "delayed" for r in rcpts) and lang == "en":
            txt = "Delivery is delayed to these recipients or groups:\n\n"
        else:
            txt = L["failed"] + "\n\n"
        for rc in rcpts:
            txt += "%s<mailto:%s>\n%s\n\n" % (rc.addr, rc.addr, L["why"])
        txt += "\n\n%s\n\n%s %s\n\n" % (L["diag"], L["gen"], gen)
        for rc in rcpts:
            said = rc.said(sndr).replace("\n", " ")
            if rc.case.remote:
                txt += "%s\n%s\nRemote Server returned '%s'\n\n" % (rc.addr, rc.rhost, said)
            else:
                txt += "%s\n#%s ##\n\n" % (rc.addr, said)
        txt += L["orig"] + "\n\n" + orig.headers(via=gen)
    cs = L["cs"]
    raw = B(txt, "cp1252" if cs == "windows-1252" else cs)
    if encoding == "qp":
        tp = part('text/plain; charset="%s"' % cs, qp(raw), ["Content-Transfer-Encoding: quoted-printable"])
        hp = part('text/html; charset="%s"' % cs, qp(B(html_of(txt), "cp1252" if cs == "windows-1252" else cs)),
                  ["Content-Transfer-Encoding: quoted-printable"])
    else:
        tp = part('text/plain; charset="%s"' % cs, b64(raw), ["Content-Transfer-Encoding: base64"])
        hp = part('text/html; charset="%s"' % cs, b64(B(html_of(txt), "cp1252" if cs == "windows-1252" else cs)), ["Content-Transfer-Encoding: base64"])
    human = part('multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % alt,
                 multipart(alt, [tp, hp]))
    per = ["Received-From-MTA: dns;" + gen.lower(), "Arrival-Date: " + date(orig.t)]
    ds = "Reporting-MTA: dns;%s\n" % gen + "\n".join(per) + "\n"
    for rc in rcpts:
        rc.shown = rc.case.status or "5.0.0"
        ds += "\nFinal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (rc.addr, rc.action, rc.shown)
        if rc.case.remote:
            ds += "Remote-MTA: dns;%s\n" % rc.rhost
        ds += "Diagnostic-Code: smtp;%s\n" % rc.said(sndr).replace("\n", " ")
        if rc.action == "delayed":
            ds += "Will-Retry-Until: %s\n" % date(soon())
        ds += "X-Display-Name: %s\n" % rc.addr.split("@")[0]
    dp = part("message/delivery-status", ds)
    op = part("message/rfc822", orig.text(via=gen)) if rfc822 else \
        part("text/rfc822-headers", orig.headers(via=gen))
    body = multipart(bnd, [human, dp, op])
    rows = [rowspec(rc, reporting=gen, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def gmail(rcpts, sndr=None, delayed=False, headers_only=False, lang="en"):
    sndr = sndr or sender()
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    b1, b2, b3 = ("0000000000%s" % hexid(16).lower() for _ in range(3))
    rc0 = rcpts[0]
    c0 = rc0.case
    fr = lang == "fr"
    if delayed:
        subj, head = "Delivery Status Notification (Delay)", "** Delivery incomplete **"
        what = ("There was a temporary problem delivering your message to %s. Gmail will "
                "retry for 47 more hours. You'll be notified if the delivery fails permanently."
                % ", ".join(r.addr for r in rcpts))
    elif c0.reason in HARD:
        subj = "Delivery Status Notification (Failure)"
        head = "** Adresse introuvable **" if fr else "** Address not found **"
        what = ("Votre message n'a pas été remis à %s, car l'adresse est introuvable ou ne "
                "peut pas recevoir de messages." % rc0.addr) if fr else \
            ("Your message wasn't delivered to %s because the address couldn't be found, "
             "or is unable to receive mail." % rc0.addr)
    else:
        subj = "Delivery Status Notification (Failure)"
        head = "** Message blocked **" if c0.reason in ("spamdetected", "blocked", "policyviolation") \
            else "** Message not delivered **"
        what = "Your message couldn't be delivered to %s. The reply of the receiving server is below." % \
            ", ".join(r.addr for r in rcpts)
    txt = "\n%s\n\n%s\n\n" % (head, what)
    txt += ("La réponse du serveur distant était :\n" if fr else "The response from the remote server was:\n")
    for rc in rcpts:
        txt += rc.said(sndr) + "\n"
    hdr = header_block([
        "Return-Path: <>",
        "Received: by 2002:a05:6a10:%s with SMTP id %s;\n        %s" % (hexid(4).lower(), alnum(10), date(t)),
        "MIME-Version: 1.0",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: " + sndr,
        "Auto-Submitted: auto-replied",
        "Subject: " + subj,
        "References: " + orig.mid,
        "In-Reply-To: " + orig.mid,
        None if delayed else "X-Failed-Recipients: " + ", ".join(r.addr for r in rcpts),
        "Message-ID: <%s.%s.%s@mx.google.com>" % (hexid(8).lower(), hexid(8).lower(), alnum(6)),
        "Date: " + date(t, ("-0800", "PST")),
        "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % b1,
    ])
    tp = part("text/plain; charset=\"UTF-8\"", B(txt), ["Content-Transfer-Encoding: 8bit"] if fr else [])
    hp = part("text/html; charset=\"UTF-8\"", B(html_of(txt)), ["Content-Transfer-Encoding: 8bit"] if fr else [])
    alt = part("multipart/alternative; boundary=\"%s\"" % b3, multipart(b3, [tp, hp]))
    img = part("image/png; name=\"icon.png\"", PNG,
               ["Content-Disposition: attachment; filename=\"icon.png\"", "Content-Transfer-Encoding: base64",
                "Content-ID: <icon.png>"])
    rel = part("multipart/related; boundary=\"%s\"" % b2, multipart(b2, [alt, img]))
    per = ["Received-From-MTA: dns; " + sndr, "Arrival-Date: " + date(orig.t, ("-0800", "PST"), True),
           "X-Original-Message-ID: " + orig.mid]
    ds = dsn_part("googlemail.com", rcpts, sndr, per, extra=("last",),
                  remote_fmt="dns; {h}. ({ip}, the server for the domain {d}.)")
    dp = part("message/delivery-status", ds)
    op = part("text/rfc822-headers", orig.headers(via="mail-sor-f41.google.com")) if headers_only else \
        part("message/rfc822", orig.text(via="mail-sor-f41.google.com"))
    body = multipart(b1, [rel, dp, op])
    rows = [rowspec(rc, reporting="googlemail.com", orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def yahoo(rcpts, sndr=None):
    sndr = sndr or sender()
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    hdr = header_block([
        "Return-Path: <>",
        "From: MAILER-DAEMON@yahoo.com",
        "To: " + sndr,
        "Subject: Failure Notice",
        "Date: " + date(t),
        "Message-ID: <%s.%s@yahoo.com>" % (t_stamp(), alnum(8)),
    ])
    txt = "Sorry, we were unable to deliver your message to the following address.\n\n"
    for rc in rcpts:
        txt += "<%s>:\nRemote host said: %s [RCPT_TO]\n\n" % (rc.addr, rc.said(sndr).replace("\n", " "))
    txt += "--- Below this line is a copy of the message.\n\n" + orig.text(via="sonic%d.mail.bf2.yahoo.com" % R.randint(300, 330))
    rows = [rowspec(rc, reporting="-", orig_mid=orig.mid, remote="-") for rc in rcpts]
    return Msg(hdr + "\n" + txt, rows)


def domino(rcpts, sndr=None, with_dsn=True):
    sndr = sndr or sender()
    # The router that refuses a local recipient is the recipient's own.
    host = "notes." + (dom(rcpts[0].addr).split(".", 1)[1] if rcpts[0].case.key == "dom_uu" else dom(sndr))
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    rc0 = rcpts[0]
    reason_text = rc0.said(sndr)
    subj = "DELIVERY FAILURE: " + reason_text.split("\n")[0]
    bnd = "==IFJRGLKFGIR%dUHRUHIHD" % R.randint(10000, 99999)
    ctype = "multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"" % bnd if with_dsn else \
        "text/plain; charset=US-ASCII"
    hdr = header_block([
        "From: Postmaster@%s" % host,
        "To: %s" % sndr,
        "Date: " + date(t),
        "Subject: " + subj,
        "Message-ID: <OF%s.%s-ON%s@%s>" % (hexid(8), hexid(8), hexid(8), host),
        "MIME-Version: 1.0",
        "Content-Type: " + ctype,
        "Auto-Submitted: auto-replied",
    ])
    txt = "Your message\n\n  Subject: %s\n\nwas not delivered to:\n\n" % orig.subject
    for rc in rcpts:
        txt += "  %s\n" % rc.addr
    txt += "\nbecause:\n\n"
    for rc in rcpts:
        txt += "  %s\n" % rc.said(sndr)
    if not with_dsn:
        rows = [rowspec(rc, reporting="-", orig_mid=None) for rc in rcpts]
        return Msg(hdr + "\n" + txt, rows)
    p1 = part("text/plain; charset=\"US-ASCII\"", txt)
    ds = "Reporting-MTA: dns;%s\n" % host
    for rc in rcpts:
        rc.shown = "5.0.0"
        ds += "\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.0.0\n" % rc.addr
        if rc.case.remote:
            ds += "Remote-MTA: dns;%s\n" % rc.rhost
            ds += fold("Diagnostic-Code", "smtp;" + rc.said(sndr).replace("\n", " "), 78, rc.case.marker) + "\n"
        else:
            ds += fold("Diagnostic-Code", "X-Notes;" + rc.said(sndr).replace("\n", " "), 78, rc.case.marker) + "\n"
    p2 = part("message/delivery-status", ds)
    p3 = part("message/rfc822", orig.text(via=host))
    body = multipart(bnd, [p1, p2, p3])
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


# Domino's own reasons: the router writes these itself.
case("dom_uu", None, None, "User {name} ({r}) not listed in Domino Directory", "userunknown", "no",
     "not listed in Domino Directory", remote=False)
case("dom_loop", None, None, "Maximum hop count exceeded.  Message probably in a routing loop.",
     "networkerror", "no", "Maximum hop count exceeded", remote=False)
case("dom_full", None, None, "Unable to deliver message: the recipient's mail file is over its size quota",
     "mailboxfull", "yes", "over its size quota", remote=False)
case("dom_noroute", None, None, "No route found to domain {d} from server NOTES01/ACME",
     "hostunknown", "no", "No route found to domain", remote=False)


def opensmtpd(rcpts, sndr=None, delayed=False, with_dsn=True):
    sndr = sndr or sender()
    host = R.choice(["relay", "mx", "smtpd"]) + "." + dom(sndr)
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    bnd = "%d.%s/%s" % (R.randint(10**9, 2 * 10**9), hexid(8).lower(), host)
    hdr = header_block([
        "Received: from relay-in (localhost [::1])\n\tby %s (OpenSMTPD) with ESMTP id %s;\n\t%s"
        % (host, hexid(8).lower(), date(t)),
        "Date: " + date(t),
        "From: Mailer Daemon <MAILER-DAEMON@%s>" % host,
        "To: " + sndr,
        "Subject: Delivery status notification: " + ("delay" if delayed else "error"),
        "Message-ID: <%s@%s>" % (hexid(16).lower(), host),
        "MIME-Version: 1.0",
        "Content-Type: %s; boundary=\"%s\"" % (
            "multipart/report; report-type=delivery-status" if with_dsn else "multipart/mixed", bnd),
        "Content-Language: en-us",
    ])
    txt = "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
    if delayed:
        txt += ("Your message has been waiting for more than 4 hours for the recipients\n"
                "listed below. This is only a warning: the message stays queued and will be\n"
                "tried again, so there is no need to send it again.\n\n")
    else:
        txt += ("Delivery of a message failed for the recipients listed below, and will\n"
                "not be tried again:\n\n")
    for rc in rcpts:
        txt += "%s: %s\n" % (rc.addr, rc.said(sndr).replace("\n", " "))
    txt += "\nBelow is a copy of the original message:\n"
    p1 = part("text/plain; charset=\"utf-8\"", txt, ["Content-Description: Notification",
                                                      "Content-Transfer-Encoding: 8bit"])
    parts = [p1]
    if with_dsn:
        ds = "Reporting-MTA: dns; %s\nArrival-Date: %s\n" % (host, date(orig.t))
        for rc in rcpts:
            rc.shown = rc.case.status or ("4.0.0" if delayed else "5.0.0")
            ds += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rc.addr, rc.action, rc.shown)
            ds += fold("Diagnostic-Code", "smtp; " + rc.said(sndr).replace("\n", " "), 76,
                       rc.case.marker) + "\n"
        parts.append(part("message/delivery-status", ds, ["Content-Description: Delivery Report"]))
    parts.append(part("text/rfc822-headers", orig.headers(via=host),
                      ["Content-Description: Message headers"]))
    body = multipart(bnd, parts, "This is a MIME-encapsulated message.\n")
    rows = [rowspec(rc, reporting=host if with_dsn else "-", orig_mid=orig.mid,
                    remote="-") for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def ses(rcpts, sndr=None, encode="none", region="eu-west-1"):
    sndr = sndr or sender()
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    rep = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 99), R.randint(1, 250), region)
    bnd = "=_%s" % hexid(28).lower()
    hdr = header_block([
        "Return-Path: <>",
        "From: MAILER-DAEMON@%s.amazonses.com" % region,
        "To: " + sndr,
        "Subject: Delivery Status Notification (Failure)",
        "Message-ID: <0102019%s-%s-%s-000000@%s.amazonses.com>" % (
            hexid(9).lower(), hexid(8).lower(), hexid(4).lower(), region),
        "Date: " + date(t, ("+0000", "UTC")),
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"" % bnd,
        "Auto-Submitted: auto-replied",
    ])
    txt = "An error occurred while trying to deliver the mail to the following recipients:\n" + \
        "\n".join(r.addr for r in rcpts) + "\n"
    if encode == "b64":
        p1 = part("text/plain; charset=UTF-8", b64(txt), ["Content-Transfer-Encoding: base64"])
    elif encode == "qp":
        p1 = part("text/plain; charset=UTF-8", qp(txt), ["Content-Transfer-Encoding: quoted-printable"])
    else:
        p1 = part("text/plain; charset=UTF-8", txt, ["Content-Transfer-Encoding: 7bit"])
    ds = dsn_part(rep, rcpts, sndr, ["Arrival-Date: " + date(orig.t, ("+0000", "UTC"))],
                  order="ses", local_diag="smtp")
    p2 = part("message/delivery-status", ds)
    p3 = part("message/rfc822", orig.text(via="email-smtp." + region + ".amazonaws.com"))
    body = multipart(bnd, [p1, p2, p3])
    rows = [rowspec(rc, reporting=rep, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


def generic_dsn(rcpts, sndr=None, relayed=False):
    """A plain RFC 3464 report from an unnamed system, as small as it gets."""
    sndr = sndr or sender()
    host = "gw." + R.choice(RDOMAINS).lower()
    orig = Orig(sndr, [r.addr for r in rcpts])
    t = later(orig.t)
    bnd = "dsn-%s" % hexid(12)
    hdr = header_block([
        "From: postmaster@%s" % host,
        "To: " + sndr,
        "Subject: Delivery report",
        "Date: " + date(t),
        "Message-ID: <dsn-%s@%s>" % (hexid(12).lower(), host),
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"" % bnd,
    ])
    txt = ("Your message was handed on to a system that does not send delivery\n"
           "reports, so this is the last report you will get about it.\n" if relayed else
           "Report on your message follows.\n")
    p1 = part("text/plain", txt)
    p2 = part("message/delivery-status", dsn_part(host, rcpts, sndr, ["Original-Envelope-Id: " + hexid(16)]))
    p3 = part("text/rfc822-headers", orig.headers())
    body = multipart(bnd, [p1, p2, p3])
    rows = [rowspec(rc, reporting=host, orig_mid=orig.mid) for rc in rcpts]
    return Msg(hdr + "\n" + body, rows)


# ---------------------------------------------------------------------------
# Auto-replies and feedback reports

AWAY_EN = ("Thank you for your message. I am out of the office until %s with limited\n"
           "access to mail. For urgent matters please write to %s.\n")
AWAY_FR = ("Merci pour votre message. Je suis absente du bureau jusqu'au %s et je lirai\n"
           "mes messages à mon retour. En cas d'urgence, écrivez à %s.\n")
AWAY_DE = ("Vielen Dank für Ihre Nachricht. Ich bin bis zum %s nicht im Büro und habe\n"
           "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich an %s.\n")


def autoreply(variant):
    """An automatic reply; variant picks headers and subject."""
    replier = rcpt()
    sndr = sender()
    omid = msgid(dom(sndr))
    osubj = R.choice(SUBJECTS)
    t = when()
    back = (t + datetime.timedelta(days=R.randint(3, 20))).strftime("%d %B %Y")
    other = rcpt(dom(replier))
    h = ["From: %s <%s>" % (name(), replier), "To: " + sndr, "Date: " + date(t),
         "Message-ID: " + msgid(dom(replier))]
    body, cs, cte = AWAY_EN % (back, other), "us-ascii", None
    if variant == "rfc3834":
        h += ["Subject: Auto: " + osubj, "Auto-Submitted: auto-replied (vacation)",
              "In-Reply-To: " + omid, "References: " + omid, "Precedence: junk"]
    elif variant == "vacation":
        h += ["Subject: Re: " + osubj, "Auto-Submitted: auto-replied", "In-Reply-To: " + omid,
              "Precedence: bulk", "X-Mailer: vacation"]
    elif variant == "outlook":
        h += ["Subject: Automatic reply: " + osubj, "Auto-Submitted: auto-generated",
              "X-Auto-Response-Suppress: All", "In-Reply-To: " + omid, "References: " + omid,
              "Thread-Topic: " + osubj, "X-MS-Exchange-Inbox-Rules-Loop: " + replier,
              "Content-Language: en-US"]
    elif variant == "ooo":
        h += ["Subject: Out of Office: " + osubj, "In-Reply-To: " + omid]
    elif variant == "ooo-noref":
        h += ["Subject: Out of Office"]
        omid = None
    elif variant == "absence":
        h += ["Subject: Absence: " + osubj, "In-Reply-To: " + omid]
        body, cs, cte = AWAY_FR % (back, other), "ISO-8859-1", "8bit"
    elif variant == "abwesend":
        h += ["Subject: Abwesenheitsnotiz: " + osubj, "In-Reply-To: " + omid, "References: " + omid]
        body, cs, cte = AWAY_DE % (back, other), "windows-1252", "quoted-printable"
    elif variant == "reponse":
        h += ["Subject: " + ew("Réponse automatique : " + osubj, "utf-8", "Q"),
              "Auto-Submitted: auto-replied", "In-Reply-To: " + omid]
        body, cs, cte = AWAY_FR % (back, other), "utf-8", "base64"
    elif variant == "autoantwort":
        h += ["Subject: " + ew("Automatische Antwort: " + osubj, "ISO-8859-1", "B"),
              "Auto-Submitted: auto-replied", "X-Autoreply: yes", "In-Reply-To: " + omid]
        body, cs, cte = AWAY_DE % (back, other), "ISO-8859-1", "quoted-printable"
    elif variant == "gmail":
        h += ["Subject: " + osubj, "Auto-Submitted: auto-replied", "In-Reply-To: " + omid,
              "References: " + omid, "Precedence: bulk"]
    elif variant == "folded":
        h += [fold("Subject", "Out of Office: " + osubj + " and the planning of the next quarter review", 40),
              "Auto-Submitted:\n auto-replied (vacation) (sent by the mail system of\n " + dom(replier) + ")",
              "In-Reply-To:\n " + omid]
    h += ["MIME-Version: 1.0", "Content-Type: text/plain;\n\tcharset=" + cs]
    if cs in ("ISO-8859-1", "windows-1252"):
        raw = B(body, "cp1252" if cs == "windows-1252" else "latin-1")
        if cs == "windows-1252":
            raw = raw.replace(" an ", " an \x93") .replace(".\n", "\x94.\n", 1)
    else:
        raw = B(body)
    if cte == "quoted-printable":
        h.append("Content-Transfer-Encoding: quoted-printable")
        raw = qp(raw)
    elif cte == "base64":
        h.append("Content-Transfer-Encoding: base64")
        raw = b64(raw)
    elif cte:
        h.append("Content-Transfer-Encoding: " + cte)
    text = header_block(h) + "\n" + raw
    return Msg(text, [(None, dict(kind="autoreply", recipient=replier.lower(),
                                  reason="vacation",
                                  original_message_id=omid or "-"))])


def arf(ftype="abuse", provider="-", redacted=False, headers_only=False, auth=False):
    t = when()
    isp = {"yahoo": "feedback.yahoo.example", "outlookcom": "jmrp.outlook.example",
           "comcast": "fbl.comcast.example"}.get(provider, "fbl." + R.choice(RDOMAINS).lower())
    rep_mta = {"yahoo": "mta%d.am0.yahoodns.net" % R.randint(1, 9),
               "outlookcom": "mx%d.hotmail.com" % R.randint(1, 4),
               "comcast": "resimta-%s.comcast.net" % alnum(4).lower()}.get(provider, "mx." + isp.split(".", 1)[1])
    complainant = rcpt()
    sndr = sender()
    orig = Orig(sndr, [complainant])
    bnd = "part%d_%s_boundary" % (R.randint(1, 99), hexid(8).lower())
    hdr = header_block([
        "From: <abuse@%s>" % isp,
        "Date: " + date(t),
        "Subject: " + ("FW: " + orig.subject if ftype != "auth-failure" else "Authentication failure report"),
        "To: <fbl@%s>" % dom(sndr),
        "Message-ID: <%s@%s>" % (hexid(16).lower(), isp),
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=feedback-report;\n\tboundary=\"%s\"" % bnd,
    ])
    txt = ("This is a report about a message received from %s on %s.\n"
           "The format of this report is described in RFC 5965.\n" % (orig.ip, date(orig.t)))
    p1 = part("text/plain; charset=\"US-ASCII\"", txt, ["Content-Transfer-Encoding: 7bit"])
    fr = ["Feedback-Type: " + ftype, "User-Agent: FBL-Gen/%d.%d" % (R.randint(1, 4), R.randint(0, 9)),
          "Version: 1", "Original-Mail-From: <%s>" % sndr]
    if not redacted:
        fr.append("Original-Rcpt-To: <%s>" % complainant)
    fr += ["Arrival-Date: " + date(orig.t), "Reporting-MTA: dns; " + rep_mta,
           "Source-IP: " + orig.ip, "Reported-Domain: " + dom(sndr)]
    if auth:
        fr += ["Auth-Failure: dkim", "Authentication-Results: %s; dkim=fail header.d=%s" % (rep_mta, dom(sndr)),
               "DKIM-Domain: " + dom(sndr), "Delivery-Result: reject"]
    else:
        fr += ["Authentication-Results: %s; spf=pass smtp.mailfrom=%s" % (rep_mta, dom(sndr))]
    if not redacted:
        fr.append("Removal-Recipient: " + complainant)
    p2 = part("message/feedback-report", "\n".join(fr) + "\n")
    p3 = part("text/rfc822-headers", orig.headers(via=rep_mta)) if headers_only else \
        part("message/rfc822", orig.text(via=rep_mta))
    body = multipart(bnd, [p1, p2, p3], "This is a multi-part message in MIME format.\n")
    return Msg(hdr + "\n" + body, [(None, dict(
        kind="feedback", recipient="-" if redacted else complainant.lower(),
        reason="feedback", reporting_mta=rep_mta.lower(), original_message_id=orig.mid, provider=provider,
        diagnostic_contains=ftype))])


def decoy(variant):
    """Messages that are neither bounces nor auto-replies."""
    a, b = sender(), rcpt()
    t = when()
    h = ["From: %s <%s>" % (name(), b), "To: " + a, "Date: " + date(t), "Message-ID: " + msgid(dom(b)),
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    if variant == "human":
        h.append("Subject: Re: mail to the new office bounced?")
        body = ("Hi,\n\nI saw the error you forwarded: \"550 5.1.1 User unknown\". That is the\n"
                "old address; use the one in my signature. Action: failed was what the log said.\n\n"
                "Cheers\n")
    elif variant == "policy":
        h.append("Subject: Re: Out of office policy for the holidays")
        h.append("In-Reply-To: " + msgid(dom(a)))
        body = "Agreed, the out of office rota looks fine to me.\n"
    elif variant == "cron":
        h[0] = "From: Cron Daemon <root@%s>" % dom(a)
        h.append("Subject: Cron <root@backup> /usr/local/bin/nightly")
        h.append("Auto-Submitted: auto-generated")
        body = "backup finished: 4521 files, 0 errors\n"
    else:
        h.append("Subject: [list] Weekly digest, issue 550")
        h.append("Precedence: list")
        h.append("List-Id: <talk.lists.example.org>")
        body = "Topics this week:\n  1. Mail delivery status notifications\n  2. 4.2.2 vs 5.2.2\n"
    return Msg(header_block(h) + "\n" + body, [(None, dict(kind="none"))])


# ---------------------------------------------------------------------------
# The corpus

def emit(file, msg, index=1):
    for rc, kw in msg.rows:
        kw = dict(kw)
        if rc is None:
            kind = kw.pop("kind")
            add(file, index, None, kind=kind, **kw)
        else:
            add(file, index, rc, **kw)


def one(style, short, msg, crlf=False):
    f = fname(style, short)
    write(f, msg.text, crlf)
    emit(f, msg)
    return f


def rc(key, addr=None, **kw):
    return Rcpt(addr or rcpt(), key, **kw)


def build():
    # Postfix: the reference layout, with every variant of the parts.
    for key in ["uu_postfix", "uu_gmail", "uu_exchange", "hu_local", "mf_552", "mtb", "bl_spamhaus",
                "nr", "af_dmarc", "rj_domain", "sd_gmail", "uu_yahoo", "tls", "bl_outlook", "hm",
                "na_nullmx", "me", "sy_loop", "ce", "uu_icloud", "af_yahoo", "bl_comcast", "su_gmail",
                "nc", "vd"]:
        one("postfix", key.replace("_", "-"),
            postfix([rc(key)], rfc822=R.random() < 0.6), crlf=R.random() < 0.2)
    one("postfix", "multi-3", postfix([rc("uu_postfix"), rc("mf_552"), rc("hu_local")]))
    one("postfix", "multi-5", postfix([rc("uu_gmail"), rc("bl_ms"), rc("na_556"), rc("mtb_gmail"),
                                       rc("uu_plain")], rfc822=False))
    one("postfix", "vague", postfix([rc("uu_postfix")], vague=True))
    one("postfix", "vague-multi", postfix([rc("uu_unavail"), rc("su")], vague=True, rfc822=False))
    one("postfix", "qp-latin1", postfix([rc("el")], encode_text="qp", charset="ISO-8859-1"))
    one("postfix", "b64-text", postfix([rc("fl")], encode_text="b64"))
    one("postfix", "nomid", postfix([rc("uu_dbeb")], mid=False))
    one("postfix", "expired", postfix([rc("ex_refused")]))
    one("postfix", "delayed-timeout", postfix([rc("ne_timeout")], delayed=True))
    one("postfix", "delayed-full", postfix([rc("mf_452")], delayed=True), crlf=True)
    one("postfix", "delayed-yahoo", postfix([rc("br_yahoo")], delayed=True))
    one("postfix", "delayed-gmail", postfix([rc("br_gmail")], delayed=True))
    one("postfix", "delayed-tls", postfix([rc("tls_local")], delayed=True))
    one("postfix", "delayed-multi", postfix([rc("sp_gmail"), rc("tmc_orange"), rc("ne_lost")], delayed=True))
    one("postfix", "delayed-ptr", postfix([rc("rp")], delayed=True))
    one("postfix", "success", postfix([rc("ok_local")], success=True))
    one("postfix", "relayed", postfix([rc("ok_250", action="relayed")], success=True))
    one("postfix", "expanded", postfix([rc("ok_exp", action="expanded")], success=True))
    # A report returning a report: only the outer one's recipients count,
    # and the original message is the inner report.
    inner = postfix([rc("hu_local")])
    outer = postfix([rc("uu_postfix")])
    head, sep, rest = outer.text.partition("Content-Type: message/rfc822\n")
    desc, _, rest = rest.partition("\n\n")
    bnd = re.search(r'boundary="([^"]+)"', outer.text).group(1)
    tail = rest[rest.index("\n--" + bnd):]
    imid = re.search(r"(?m)^Message-Id: (<[^>]+>)", inner.text).group(1)
    rows = [(r_, dict(kw, orig_mid=imid)) for r_, kw in outer.rows]
    one("postfix", "double", Msg(head + sep + desc + "\n\n" + inner.text + tail, rows))
    # An internationalised address (RFC 6531), reported with the utf-8
    # address type of RFC 6533.
    a_ = B("jérôme.dupré@atelier.test")
    m = postfix([rc("uu_postfix", addr=a_)])
    one("postfix", "utf8-address", Msg(m.text.replace("Final-Recipient: rfc822; " + a_, "Final-Recipient: utf-8; " + a_)
                                       .replace("Content-Type: text/plain; charset=us-ascii",
                                                "Content-Type: text/plain; charset=utf-8"), m.rows))
    one("postfix", "mixed-outcome", postfix([rc("ok_250", action="delivered"), rc("uu_postfix"),
                                             rc("sy_451")]))

    # Sendmail: the first part has no header; decoy 503 in the transcript.
    for key in ["uu_local", "uu_postfix", "hu_local", "mf_552", "bl_spamhaus", "rj_access", "nr", "se_auth",
                "sx", "af_spf", "uu_outlook"]:
        one("sendmail", key.replace("_", "-"), sendmail([rc(key)], rfc822=R.random() < 0.5),
            crlf=R.random() < 0.3)
    one("sendmail", "multi-2", sendmail([rc("uu_local"), rc("mtb")]))
    one("sendmail", "multi-4", sendmail([rc("uu_exchange"), rc("hm"), rc("sd"), rc("ud")], rfc822=False))
    one("sendmail", "delayed", sendmail([rc("sy_451")], delayed=True))
    one("sendmail", "delayed-2", sendmail([rc("tmc"), rc("sp_icloud")], delayed=True))

    # Exim, the plain form.
    for key in ["uu_postfix", "uu_gmail", "mf_552", "bl_ms606", "nr", "rj_domain", "sd", "pv", "uu_onprem",
                "na_521", "ex_exim", "mf_exim", "hu_remote", "af_ms509", "rp_gmail"]:
        one("exim", key.replace("_", "-"), exim([rc(key)], headers_only=R.random() < 0.3),
            crlf=R.random() < 0.2)
    one("exim", "multi-3", exim([rc("uu_postfix"), rc("sx2"), rc("ex_exim")]))
    one("exim", "delayed", exim([rc("ne_timeout")], delayed=True))
    one("exim", "delayed-yahoo", exim([rc("br_yahoo")], delayed=True))

    # Exim, the DSN form: Status 5.0.0 with the real code in Diagnostic-Code.
    for key in ["uu_postfix", "hu_exim", "uu_exchange", "mf_gmail", "af_gmail", "uu_plain", "el", "nr_ms"]:
        act = "delayed" if CASES[key].status and CASES[key].status.startswith("4") else None
        one("exim-dsn", key.replace("_", "-"), exim_dsn([rc(key, action=act)], rfc822=R.random() < 0.5,
                                                         delayed=act == "delayed"))
    one("exim-dsn", "multi-2", exim_dsn([rc("hu_exim"), rc("uu_icloud")]))
    one("exim-dsn", "multi-4", exim_dsn([rc("uu_postfix"), rc("su_icloud"), rc("bl_spamhaus"), rc("tls")],
                                         rfc822=False))

    # qmail: plain text, no MIME header at all in most.
    # A mailbox qmail refuses itself is in its own domain, the sender's.
    for key in ["uu_qmail", "hu_qmail", "mf_qmail", "ex_qmail", "uu_postfix", "rj_domain", "bl_spamhaus",
                "uu_gmail", "mtb"]:
        s_ = sender()
        a_ = rcpt(dom(s_)) if key in ("uu_qmail", "mf_qmail") else None
        one("qmail", key.replace("_", "-"), qmail([rc(key, addr=a_)], sndr=s_, mime_headers=R.random() < 0.3))
    s_ = sender()
    one("qmail", "multi-3", qmail([rc("uu_qmail", addr=rcpt(dom(s_))), rc("hu_qmail"), rc("uu_postfix")], sndr=s_))
    case("qm_loop", None, "5.4.6", "This message is looping: it already has my Delivered-To line. (#5.4.6)",
         "networkerror", "no", "This message is looping", remote=False)
    one("qmail", "loop", qmail([rc("qm_loop")]))

    # Courier: 5.0.0 in the report, the code in the dialogue.
    for key in ["uu_postfix", "mf_552", "bl_spamhaus", "af_dmarc", "uu_gmail", "hu_local"]:
        one("courier", key.replace("_", "-"), courier([rc(key)]))
    one("courier", "multi-2", courier([rc("uu_local"), rc("ce")]))
    one("courier", "delayed", courier([rc("ne_timeout", action="delayed")], delayed=True))

    # Exchange Server on premises and Exchange Online.
    # On premises, a colleague's address mistyped: sender and recipient
    # share the domain.
    s_ = sender()
    one("exchange", "onprem-notfound", exchange([rc("uu_onprem_local", addr=rcpt(dom(s_)))], sndr=s_,
                                                rfc822=False))
    one("exchange", "onprem-remote", exchange([rc("uu_postfix")]))
    one("exchange", "onprem-b64", exchange([rc("mf_552")], encoding="b64"))
    s_ = sender()
    one("exchange", "onprem-fr", exchange([rc("uu_onprem_local", addr=rcpt(dom(s_)))], sndr=s_, lang="fr"))
    s_ = sender()
    one("exchange", "onprem-multi", exchange([rc("uu_onprem_local", addr=rcpt(dom(s_))), rc("bl_spamhaus"), rc("hm")], sndr=s_))
    one("exchange", "onprem-relay", exchange([rc("nr")], encoding="b64"), crlf=True)
    one("exchange", "onprem-de", exchange([rc("mtb")], lang="de"))
    one("m365", "de-cp1252", exchange([rc("uu_exchange")], online=True, lang="de", encoding="b64"))
    for key in ["uu_exchange", "fl_ms", "sp_msquota", "pv_msfwd", "ex_ms", "ne_mshop", "nc_ms", "se_ms57",
                "bl_ms", "uu_dbeb", "af_spf"]:
        one("m365", key.replace("_", "-"), exchange([rc(key)], online=True, new_layout=R.random() < 0.5,
                                                   encoding=R.choice(["qp", "b64"])), crlf=R.random() < 0.5)
    one("m365", "tls-delayed", exchange([rc("tls_ms")], online=True))
    one("m365", "relayed", exchange([rc("ok_250", action="relayed")], online=True, rfc822=False))
    one("exchange", "delivered", exchange([rc("ok_local")], rfc822=False))
    one("m365", "remote-gmail", exchange([rc("uu_gmail")], online=True, new_layout=True))
    one("m365", "multi-3", exchange([rc("uu_exchange"), rc("uu_dbeb"), rc("af_ms509")], online=True))

    # Gmail as the reporting system.
    for key in ["uu_postfix", "uu_gmail", "su_gmail", "mtb_gmail", "pv_gmail", "bl_spamhaus", "hu_local",
                "af_yahoo", "rp_gmail"]:
        one("gmail", key.replace("_", "-"), gmail([rc(key)], headers_only=R.random() < 0.3))
    one("gmail", "delayed", gmail([rc("ne_timeout")], delayed=True))
    one("gmail", "delayed-full", gmail([rc("mf_gmail")], delayed=True))
    one("gmail", "multi-2", gmail([rc("uu_postfix"), rc("uu_icloud")]))
    one("gmail", "fr", gmail([rc("uu_gmail")], lang="fr"))

    # Yahoo as the reporting system (its own text-only layout).
    for key in ["uu_postfix", "uu_gmail", "mf_552", "bl_spamhaus", "uu_exchange"]:
        one("yahoo", key.replace("_", "-"), yahoo([rc(key)]))
    one("yahoo", "multi-2", yahoo([rc("uu_local"), rc("sd")]))

    # Lotus Domino.
    for key, dsn_ in [("dom_uu", True), ("dom_noroute", True), ("uu_postfix", True), ("dom_loop", False),
                      ("dom_full", False), ("dom_uu", True)]:
        addr = rcpt("notes." + R.choice(["example.org", "acme.test"])) if key == "dom_uu" else None
        r_ = rc(key, addr=addr)
        if key == "dom_uu":
            full = addr.split("@")[0].replace(".", " ").title()
            r_.case = Case("dom_uu", None, None, "User %s (%s) not listed in Domino Directory" % (full, addr),
                           "userunknown", "no", "not listed in Domino Directory", remote=False)
        one("domino", key.replace("_", "-"), domino([r_], with_dsn=dsn_))

    # OpenSMTPD.
    for key in ["uu_postfix", "mf_552", "uu_gmail", "bl_spamhaus"]:
        one("opensmtpd", key.replace("_", "-"), opensmtpd([rc(key)], with_dsn=R.random() < 0.7))
    one("opensmtpd", "delayed", opensmtpd([rc("ne_timeout")], delayed=True))
    one("opensmtpd", "multi-2", opensmtpd([rc("uu_postfix"), rc("rj_access")]))

    # Amazon SES.
    one("ses", "notfound", ses([rc("uu_postfix")]))
    one("ses", "suppressed", ses([rc("sup_ses")]))
    one("ses", "gmail-b64", ses([rc("uu_gmail")], encode="b64"))
    one("ses", "outlook-qp", ses([rc("bl_outlook")], encode="qp", region="us-east-1"))
    one("ses", "full", ses([rc("mf_552")]), crlf=True)
    one("ses", "multi-2", ses([rc("uu_exchange"), rc("sup_ses")], region="us-west-2"))

    # Generic reports: relayed, delayed, delivered, and a plain failure.
    one("dsn", "relayed", generic_dsn([rc("ok_250", action="relayed")], relayed=True))
    one("dsn", "relayed-2", generic_dsn([rc("ok_250", action="relayed"), rc("ok_local")], relayed=True))
    one("dsn", "delayed", generic_dsn([rc("sf")]))
    one("dsn", "delayed-speed", generic_dsn([rc("sp")]))
    one("dsn", "delivered", generic_dsn([rc("ok_local")]))
    one("dsn", "failed-undefined", generic_dsn([rc("ud")]))
    one("dsn", "mailer", generic_dsn([rc("me")]))
    # Comments after the values, an Action in capitals: both are allowed.
    m = generic_dsn([rc("uu_unavail"), rc("mf_452")])
    t = re.sub(r"(?m)^(Reporting-MTA: dns; \S+)$", r"\1 (Mail Gateway 3.2)", m.text)
    t = t.replace("Status: 5.1.1\n", "Status: 5.1.1 (bad destination mailbox address)\n")
    t = t.replace("Action: failed\n", "Action: FAILED\n").replace("Action: delayed\n", "Action: Delayed\n")
    one("dsn", "comments", Msg(t, m.rows))

    # Auto-replies.
    for v in ["rfc3834", "vacation", "outlook", "ooo", "ooo-noref", "absence", "abwesend", "reponse",
              "autoantwort", "gmail", "folded"]:
        one("autoreply", v, autoreply(v), crlf=v in ("outlook", "abwesend"))

    # Feedback reports.
    one("arf", "abuse", arf())
    one("arf", "yahoo", arf(provider="yahoo", redacted=True))
    one("arf", "outlook", arf(provider="outlookcom"))
    one("arf", "comcast", arf(provider="comcast", headers_only=True))
    one("arf", "fraud", arf("fraud"))
    one("arf", "virus", arf("virus", headers_only=True))
    one("arf", "auth-failure", arf("auth-failure", auth=True))
    one("arf", "not-spam", arf("not-spam"), crlf=True)

    # Messages that are not reports.
    for v in ["human", "policy", "cron", "digest"]:
        one("decoy", v, decoy(v))

    broken()


def broken():
    # Missing closing boundary, the returned message cut short.
    m = postfix([rc("uu_postfix")], close=False)
    one("broken", "no-close", Msg(m.text[:-40], m.rows))
    # The boundary declared is not the one used: the text must still be read.
    one("broken", "wrong-boundary", postfix([rc("mf_552")], wrong_boundary=True))
    # The report part without Content-Type: read as text/plain.
    one("broken", "dsn-no-ctype", postfix([rc("bl_spamhaus")], no_dsn_ctype=True))
    # Base64 cut in the middle of a quantum, in the human part.
    m = ses([rc("uu_postfix")], encode="b64")
    t = m.text
    i = t.index("Content-Transfer-Encoding: base64\n\n") + 36
    j = t.index("\n", i + 20)
    one("broken", "b64-truncated", Msg(t[:i] + t[i:j - 3] + t[j:], m.rows))
    # A NUL byte in the human part and one in the returned message.
    m = postfix([rc("uu_postfix")])
    t = m.text.replace("it is attached below.", "it is attached\x00 below.", 1)
    t = t.replace("Best regards", "Best\x00regards", 1)
    one("broken", "nul", Msg(t, m.rows))
    # CRLF header, LF body.
    m = postfix([rc("mf_552")])
    h, b = m.text.split("\n\n", 1)
    one("broken", "mixed-eol", Msg(h.replace("\n", "\r\n") + "\r\n\r\n" + b, m.rows))
    # Invalid UTF-8 in a part declared UTF-8.
    m = ses([rc("uu_postfix")])
    one("broken", "bad-utf8", Msg(m.text.replace("An error occurred", "An error \xc3\x28\xff occurred", 1),
                                  m.rows))
    # An overlong header line (20000 bytes) before the report.
    m = postfix([rc("uu_postfix")])
    t = m.text.replace("Auto-Submitted: auto-replied\n",
                       "Auto-Submitted: auto-replied\nX-Long: " + "a" * 20000 + "\n", 1)
    one("broken", "long-header", Msg(t, m.rows))
    # Status fields that are not codes; the diagnostic still has one.
    m = postfix([rc("uu_postfix")])
    t = re.sub(r"Status: 5\.1\.1", "Status: 5.1", m.text, 1)
    one("broken", "bad-status", Msg(t, m.rows))
    m = postfix([rc("mf_552")])
    t = re.sub(r"Status: 5\.2\.2", "Status: 5.2.99999999999999999999", m.text, 1)
    one("broken", "huge-status", Msg(t, m.rows))
    # Lone CR line ends, as some old systems write: read as lines.
    m = postfix([rc("uu_postfix")])
    one("broken", "cr-only", Msg(m.text.replace("\n", "\r"), m.rows))
    # No record at all: empty, binary, headers only, endless nesting.
    f = fname("broken", "empty")
    write(f, "")
    add(f, 1, None, kind="none")
    f = fname("broken", "binary")
    write(f, "".join(chr(R.randint(0, 255)) for _ in range(3000)))
    add(f, 1, None, kind="none")
    f = fname("broken", "headers-only")
    write(f, "From: MAILER-DAEMON@mx.example.com\nSubject: Undelivered Mail Returned to Sender\n"
             "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n")
    add(f, 1, None, kind="none")
    f = fname("broken", "deep-nesting")
    t = "From: MAILER-DAEMON@mx.example.com\nSubject: nested\nMIME-Version: 1.0\n" \
        "Content-Type: multipart/mixed; boundary=\"b0\"\n\n"
    for k in range(200):
        t += "--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n" % (k, k + 1)
    t += "--b200\nContent-Type: text/plain\n\nnothing here\n"
    write(f, t)
    add(f, 1, None, kind="none")
    f = fname("broken", "dsn-empty")
    bnd = "e" + hexid(8)
    write(f, "From: MAILER-DAEMON@mx.example.com\nSubject: Delivery report\nMIME-Version: 1.0\n"
             "Content-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"\n\n"
             "--%s\nContent-Type: message/delivery-status\n\n\n--%s--\n" % (bnd, bnd, bnd), crlf=True)
    add(f, 1, None, kind="none")


def mbox_from(head, t):
    """The 'From ' line: the envelope sender (empty for reports), ctime(3)."""
    m = re.search(r"(?mi)^From:.*?([^<>\s]+@[^<>\s]+?)>?\s*(\(.*)?$", head)
    if re.search(r"(?mi)^Return-Path: <>", head) or "MAILER-DAEMON" in head.upper() or not m:
        who = "MAILER-DAEMON"
    else:
        who = m.group(1)
    return "From %s %s\n" % (who, t.strftime("%a %b ") + "%2d" % t.day + t.strftime(" %H:%M:%S %Y"))


def mbox(path, msgs, rd=False):
    """An mbox file; with rd, body lines starting 'From ' are quoted."""
    out = ""
    for i, m in enumerate(msgs, 1):
        text = m.text
        h, b = text.split("\n\n", 1) if "\n\n" in text else (text, "")
        b = re.sub(r"(?m)^(>*From )", r">\1", b) if rd else re.sub(r"(?m)^From ", ">From ", b)
        out += mbox_from(h, when()) + h + "\n\n" + b
        if not out.endswith("\n"):
            out += "\n"
        out += "\n"
        emit(path, m, i)
    write(path, out)


def mboxes():
    m1 = [postfix([rc("uu_postfix")]), autoreply("rfc3834"), postfix([rc("ne_timeout")], delayed=True),
          arf(provider="yahoo"), decoy("human"), exim([rc("mf_552")])]
    mbox("mbox/mixed.mbox", m1)
    m2 = [exim([rc("uu_postfix")]), exim([rc("bl_spamhaus"), rc("uu_gmail")]), exim([rc("ne_lost")], delayed=True),
          exim_dsn([rc("hu_exim")])]
    s_ = sender()
    m2.append(qmail([rc("uu_qmail", addr=rcpt(dom(s_)))], sndr=s_))
    mbox("mbox/exim-batch.mbox", m2)
    # mboxrd: a body line ">From " must come back as "From " in the copy.
    o = postfix([rc("uu_exchange")])
    o.text = o.text.replace("Best regards,", "From the desk of the team,\nBest regards,", 1)
    m3 = [o, gmail([rc("su_gmail")]), autoreply("outlook"), sendmail([rc("uu_local")])]
    mbox("mbox/mboxrd.mbox", m3, rd=True)
    # No 'From ' line at all: one message.
    m = courier([rc("uu_postfix")])
    write("mbox/no-from-line.mbox", m.text)
    emit("mbox/no-from-line.mbox", m)


def maildir():
    items = [("new", "1771234567.M123456P2345.mx.example.com", postfix([rc("uu_postfix")]), ""),
             ("new", "1771234601.M7890P2346.mx.example.com", autoreply("ooo"), ""),
             ("cur", "1771301234.M55P99.mx.example.com", gmail([rc("uu_gmail")]), ":2,S"),
             ("cur", "1771309999.M12P100.mx.example.com", exchange([rc("uu_exchange")], online=True), ":2,RS"),
             ("cur", "1771400000.M1P101.mx.example.com", arf(), ":2,"),
             ("cur", "1771400500.M2P102.mx.example.com", qmail([rc("hu_qmail")]), ":2,S"),
             ("new", "1771500000.M3P103.mx.example.com", decoy("digest"), "")]
    for sub, base, m, flags in items:
        p = "maildir/%s/%s%s" % (sub, base, flags)
        write(p, m.text)
        emit(p, m)
    write("maildir/tmp/.keep", "")


# ---------------------------------------------------------------------------
# Checks of our own output: every expected recipient and diagnostic text is
# in the message it belongs to, as a reader would see it after decoding.

def texts_of(data):
    import email
    from email import policy
    out = []
    msg = email.message_from_bytes(data, policy=policy.compat32)

    def walk(m):
        for k, v in m.items():
            out.append("%s: %s" % (k, re.sub(r"\r?\n[ \t]+", " ", str(v))))
        if m.is_multipart():
            for p in m.get_payload():
                walk(p)
            return
        pl = m.get_payload(decode=True)
        if pl is not None:
            out.append(pl.decode("latin-1"))
    walk(msg)
    return "\n".join(out)


def selfcheck():
    for row in ROWS:
        f = row["file"]
        data = FILES[f]
        if f.endswith(".mbox") and data.startswith(b"From "):
            data = re.split(rb"(?m)^From [^\n]*\n", data)[int(row["index"])]
        if row["kind"] == "none":
            continue
        hay = texts_of(data)
        low = hay.lower()
        if row["recipient"] != "-" and B(row["recipient"]).lower() not in low:
            sys.exit("%s: recipient %s not found" % (f, row["recipient"]))
        d = row["diagnostic_contains"]
        if d != "-" and d not in re.sub(r"\r?\n[ \t]+", " ", hay) and d not in hay:
            sys.exit("%s: diagnostic %r not found" % (f, d))
        if row["original_message_id"] != "-" and row["original_message_id"] not in hay:
            sys.exit("%s: message id %s not found" % (f, row["original_message_id"]))
        for k in ("status", "reply_code"):
            if row[k] != "-" and row[k] not in hay:
                sys.exit("%s: %s %s not found" % (f, k, row[k]))


def main():
    build()
    mboxes()
    maildir()
    eml = [f for f in FILES if f.endswith(".eml")]
    assert len(eml) >= 150, len(eml)
    selfcheck()
    for sub in ("mbox", "maildir/cur", "maildir/new", "maildir/tmp"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    for sub in ("maildir/cur", "maildir/new"):
        for old in os.listdir(os.path.join(OUT, sub)):
            os.remove(os.path.join(OUT, sub, old))
    for path, data in FILES.items():
        with open(os.path.join(OUT, path), "wb") as fp:
            fp.write(data)
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as fp:
        fp.write("\t".join(COLUMNS) + "\n")
        for row in ROWS:
            fp.write("\t".join(row[c] for c in COLUMNS) + "\n")


if __name__ == "__main__":
    main()
