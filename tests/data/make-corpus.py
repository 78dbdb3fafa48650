#!/usr/bin/env python3
"""Write the labelled log corpus: one file per log format, each line
"CODES<TAB>LOG LINE", where CODES lists the status codes a postmaster
reads in the line (space-separated, "-" for none).

The labels come from how each line is built, not from smtpcode.  Numbers
that are not status codes (PIDs, ports, IPv4 addresses, sizes, versions,
times) are drawn so that many of them look like codes: they are the
decoys.  Run it again only to change the corpus; its output is checked in.
"""
import random

R = random.Random(20261128)

CODE_LIKE = [250, 421, 450, 451, 452, 454, 550, 551, 552, 553, 554, 220, 221,
             235, 354, 535, 530, 501, 503]


def pid():
    return R.choice([R.randint(100, 99999), R.choice(CODE_LIKE)])


def ip():
    # Addresses whose first octets read like an enhanced code.
    if R.random() < 0.4:
        return "%d.%d.%d.%d" % (R.choice([2, 4, 5]), R.randint(0, 7),
                                R.randint(0, 30), R.randint(1, 254))
    return "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255),
                            R.randint(0, 255), R.randint(1, 254))


def port():
    return R.choice([25, 587, 465, 2525, 554, 250, 421, R.randint(1024, 65535)])


def qid():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(10))


def ts():
    return "%s %2d %02d:%02d:%02d" % (R.choice(["Jan", "Feb", "Mar", "May", "Nov"]),
                                      R.randint(1, 28), R.randint(0, 23),
                                      R.randint(0, 59), R.randint(0, 59))


def host():
    return R.choice(["mx1.example.net", "mail.example.org", "smtp.example.com",
                     "mx.b.example", "relay250.example.net", "a.mx.example.io"])


def addr():
    return R.choice(["alice", "bob", "carol", "user550", "x421"]) + "@" + \
        R.choice(["example.com", "example.org", "b.example"])


REPLIES = [
    # basic, enhanced, text
    (550, "5.1.1", "<%s>: Recipient address rejected: User unknown in virtual mailbox table"),
    (550, "5.7.1", "Message rejected as spam"),
    (554, "5.7.1", "<%s>: Relay access denied"),
    (451, "4.7.1", "Greylisted, please try again in 300 seconds"),
    (421, "4.7.0", "Try again later, closing connection"),
    (452, "4.2.2", "Mailbox full"),
    (552, "5.2.2", "Mailbox quota exceeded for <%s>"),
    (450, "4.2.0", "<%s>: Recipient address rejected: Greylisted"),
    (553, "5.1.8", "<%s>: Sender address rejected: Domain not found"),
    (550, "5.7.26", "This mail has been blocked because the sender is unauthenticated"),
    (550, "5.7.23", "SPF validation failed"),
    (554, "5.7.9", "Message not accepted for policy reasons"),
    (451, "4.3.0", "Temporary local problem - please try later"),
    (550, "5.4.1", "Recipient address rejected: Access denied"),
    (421, "4.4.2", "Connection dropped due to timeout"),
    (550, "5.1.10", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    (554, "5.6.0", "Message content rejected"),
    (452, "4.5.3", "Too many recipients"),
    (550, "5.2.1", "The email account that you tried to reach is disabled"),
    (552, "5.3.4", "Message size exceeds fixed limit"),
]


def reply():
    b, e, t = R.choice(REPLIES)
    return b, e, t % addr() if "%s" in t else t


def postfix():
    out = []
    for _ in range(120):
        t, p, q = ts(), pid(), qid()
        k = R.randint(0, 14)
        if k == 0:
            b, e, txt = reply()
            dsn = e
            out.append(("%s %s" % (b, e) if dsn == e else "%s %s %s" % (dsn, b, e),
                        "%s mx postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:%d, delay=%d.%d, delays=0.1/0/0.5/0.2, dsn=%s, status=bounced (host %s[%s] said: %d %s %s (in reply to RCPT TO command))"
                        % (t, p, q, addr(), host(), ip(), port(), R.randint(0, 9), R.randint(0, 99), dsn, host(), ip(), b, e, txt)))
        elif k == 1:
            b, e, txt = reply()
            out.append(("%d %s" % (b, e), "%s mx postfix/smtpd[%d]: NOQUEUE: reject: RCPT from %s[%s]: %d %s %s; from=<%s> to=<%s> proto=ESMTP helo=<%s>"
                        % (t, p, host(), ip(), b, e, txt, addr(), addr(), host())))
        elif k == 2:
            out.append(("250 2.0.0", "%s mx postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=0.%d, delays=0.01/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)"
                        % (t, p, q, addr(), host(), ip(), R.randint(1, 99), qid())))
        elif k == 3:
            out.append(("250 2.0.0", "%s mx postfix/lmtp[%d]: %s: to=<%s>, relay=mail.example.com[private/dovecot-lmtp], delay=0.%d, dsn=2.0.0, status=sent (250 2.0.0 <%s> abc123 Saved)"
                        % (t, p, q, addr(), R.randint(1, 99), addr())))
        elif k == 4:
            out.append(("-", "%s mx postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)"
                        % (t, p, q, addr(), R.choice([550, 421, 2345, 250]))))
        elif k == 5:
            out.append(("-", "%s mx postfix/smtpd[%d]: connect from %s[%s]" % (t, p, host(), ip())))
        elif k == 6:
            out.append(("-", "%s mx postfix/smtpd[%d]: disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/1 data=0 commands=2/4"
                        % (t, p, host(), ip())))
        elif k == 7:
            out.append(("4.4.1", "%s mx postfix/smtp[%d]: %s: to=<%s>, relay=none, delay=%d, delays=%d/0/30/0, dsn=4.4.1, status=deferred (connect to %s[%s]:%d: Connection timed out)"
                        % (t, p, q, addr(), R.randint(30, 900), R.randint(0, 900), host(), ip(), port())))
        elif k == 8:
            out.append(("5.1.1", "%s mx postfix/local[%d]: %s: to=<%s>, relay=local, delay=0.%d, dsn=5.1.1, status=bounced (unknown user: \"bob\")"
                        % (t, p, q, addr(), R.randint(1, 99))))
        elif k == 9:
            out.append(("-", "%s mx postfix/anvil[%d]: statistics: max connection rate 1/60s for (smtp:%s) at %s"
                        % (t, p, ip(), ts())))
        elif k == 10:
            out.append(("250", "%s mx postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=1, dsn=2.0.0, status=sent (250 OK id=1qA2bC-000Bx9-Qw)".replace("dsn=2.0.0", "dsn=2.0.0") % (t, p, q, addr(), host(), ip())))
            out[-1] = ("2.0.0 250", out[-1][1])
        elif k == 11:
            out.append(("5.7.1", "%s mx postfix/cleanup[%d]: %s: milter-reject: END-OF-MESSAGE from %s[%s]: 5.7.1 Rejected by spam filter; from=<%s> to=<%s> proto=ESMTP helo=<%s>"
                        % (t, p, q, host(), ip(), addr(), addr(), host())))
        elif k == 12:
            out.append(("-", "%s mx postfix/smtpd[%d]: warning: %s[%s]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"
                        % (t, p, host(), ip())))
        elif k == 13:
            out.append(("550 5.1.1", "%s mx postfix/smtp[%d]: %s: host %s[%s] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.example.com/?p=NoSuchUser x1si%d - gsmtp (in reply to RCPT TO command)"
                        % (t, p, q, host(), ip(), R.randint(100, 999))))
        else:
            out.append(("550 5.7.1", "%s mx postscreen[%d]: NOQUEUE: reject: RCPT from [%s]:%d: 550 5.7.1 Service unavailable; client [%s] blocked using zen.example.org; from=<%s>, to=<%s>, proto=ESMTP, helo=<%s>"
                        % (t, p, ip(), R.randint(1024, 65535), ip(), addr(), addr(), host())))
    return out


def sendmail():
    out = []
    for _ in range(80):
        t, p = ts(), pid()
        q = "%sx%06d" % ("".join(R.choice("abcdefghkLMNPQ") for _ in range(6)), R.randint(0, 999999))
        k = R.randint(0, 9)
        if k == 0:
            out.append(("-", "%s mail sm-mta[%d]: %s: from=<%s>, size=%d, class=0, nrcpts=1, msgid=<%d.%s@%s>, proto=ESMTP, daemon=MTA, relay=%s [%s]"
                        % (t, p, q, addr(), R.choice([550, 421, 4521, 250]), R.randint(100, 999), q, host(), host(), ip())))
        elif k == 1:
            out.append(("2.0.0", "%s mail sm-mta[%d]: %s: to=<%s>, delay=00:00:0%d, xdelay=00:00:01, mailer=esmtp, pri=%d, relay=%s. [%s], dsn=2.0.0, stat=Sent (%s Message accepted for delivery)"
                        % (t, p, q, addr(), R.randint(0, 9), R.choice([30550, 120421, 32250]), host(), ip(), q)))
        elif k == 2:
            b, e, txt = reply()
            out.append(("%d %s" % (b, e), "%s mail sm-mta[%d]: ruleset=check_rcpt, arg1=<%s>, relay=%s [%s], reject=%d %s <%s>... %s"
                        % (t, p, addr(), host(), ip(), b, e, addr(), txt)))
        elif k == 3:
            out.append(("5.1.1", "%s mail sm-mta[%d]: %s: to=<%s>, ctladdr=<%s> (%d/%d), delay=00:00:00, mailer=local, pri=%d, dsn=5.1.1, stat=User unknown"
                        % (t, p, q, addr(), addr(), R.choice([550, 1000]), R.choice([550, 1000]), R.randint(10000, 99999))))
        elif k == 4:
            out.append(("4.0.0 421 4.7.0", "%s mail sm-mta[%d]: %s: to=<%s>, delay=00:10:0%d, xdelay=00:00:01, mailer=esmtp, pri=%d, relay=%s. [%s], dsn=4.0.0, stat=Deferred: 421 4.7.0 Try again later"
                        % (t, p, q, addr(), R.randint(0, 9), R.randint(10000, 999999), host(), ip())))
        elif k == 5:
            out.append(("-", "%s mail sm-mta[%d]: STARTTLS=client, relay=%s., version=TLSv1.3, verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256"
                        % (t, p, host())))
        elif k == 6:
            out.append(("553 5.1.8", "%s mail sm-mta[%d]: %s: reject=553 5.1.8 <%s>... Domain of sender address %s does not exist"
                        % (t, p, q, addr(), addr())))
        elif k == 7:
            out.append(("-", "%s mail sm-mta[%d]: %s: %s did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA"
                        % (t, p, q, ip())))
        elif k == 8:
            out.append(("4.0.0", "%s mail sm-mta[%d]: %s: to=<%s>, delay=00:00:0%d, xdelay=00:00:0%d, mailer=esmtp, pri=%d, relay=%s., dsn=4.0.0, stat=Deferred: Connection refused by %s."
                        % (t, p, q, addr(), R.randint(0, 9), R.randint(0, 9), R.randint(10000, 99999), host(), host())))
        else:
            out.append(("554 5.7.1", "%s mail sm-mta[%d]: %s: Milter: data, reject=554 5.7.1 Rejected by content filter"
                        % (t, p, q)))
    return out


def exim():
    out = []
    for _ in range(80):
        d = "2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        mid = "1q%s-%06d-%s" % ("".join(R.choice("AbCdEfGh") for _ in range(4)), R.randint(0, 999999), "".join(R.choice("QwErTy") for _ in range(2)))
        k = R.randint(0, 8)
        if k == 0:
            out.append(("-", "%s %s <= %s H=%s [%s]:%d P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=%d id=%d.%s@%s T=\"Invoice 550 attached\""
                        % (d, mid, addr(), host(), ip(), port(), R.choice([550, 2345, 421]), R.randint(100, 999), mid, host())))
        elif k == 1:
            b, e, txt = reply()
            out.append(("%d %s" % (b, e), "%s %s ** %s R=dnslookup T=remote_smtp H=%s [%s] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<%s>: %d %s %s"
                        % (d, mid, addr(), host(), ip(), addr(), b, e, txt)))
        elif k == 2:
            out.append(("535", "%s dovecot_login authenticator failed for (%s) [%s]:%d I=[%s]:587: 535 Incorrect authentication data (set_id=%s)"
                        % (d, host(), ip(), R.randint(1024, 65535), ip(), addr())))
        elif k == 3:
            out.append(("250 2.0.0", "%s %s => %s R=dnslookup T=remote_smtp H=%s [%s] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes K C=\"250 2.0.0 OK  %d x%d.%d - gsmtp\""
                        % (d, mid, addr(), host(), ip(), R.randint(1600000000, 1800000000), R.randint(100, 999), R.randint(100, 999))))
        elif k == 4:
            out.append(("451 4.7.1", "%s %s == %s R=dnslookup T=remote_smtp defer (-44) H=%s [%s]: SMTP error from remote mail server after RCPT TO:<%s>: 451 4.7.1 Greylisting in action, please come back later"
                        % (d, mid, addr(), host(), ip(), addr())))
        elif k == 5:
            out.append(("-", "%s H=(%s) [%s]:%d I=[%s]:25 F=<%s> rejected RCPT <%s>: relay not permitted"
                        % (d, host(), ip(), R.randint(1024, 65535), ip(), addr(), addr())))
        elif k == 6:
            out.append(("-", "%s %s Completed QT=%ds" % (d, mid, R.randint(0, 900))))
        elif k == 7:
            out.append(("-", "%s Start queue run: pid=%d" % (d, pid())))
        else:
            out.append(("-", "%s %s == %s R=dnslookup T=remote_smtp defer (111): Connection refused"
                        % (d, mid, addr())))
    return out


def exchange():
    out = []
    for _ in range(60):
        d = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        k = R.randint(0, 6)
        common = "%s,%s,EX01,%s,EX02,08DB%06X,SMTP" % (d, ip(), ip(), R.randint(0, 0xFFFFFF))
        if k == 0:
            out.append(("250 2.1.5", "%s,RECEIVE,%d,<%d.%d@%s>,%s,250 2.1.5 Recipient OK,%d,1,,,Quarterly report,%s,Originating"
                        % (common, R.randint(100, 999), R.randint(1000, 9999), R.randint(100, 999), host(), addr(), R.randint(100, 99999), addr())))
        elif k == 1:
            out.append(("550 5.1.10", "%s,FAIL,%d,<%d@%s>,%s,550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found,%d,1,,,Re: lunch,%s,Incoming"
                        % (common, R.randint(100, 999), R.randint(1000, 9999), host(), addr(), R.randint(100, 99999), addr())))
        elif k == 2:
            out.append(("250 2.0.0", "%s,SEND,%d,<%d@%s>,%s,250 2.0.0OK,%d,1,,,Hello,%s,Outgoing"
                        % (common, R.randint(100, 999), R.randint(1000, 9999), host(), addr(), R.randint(100, 99999), addr())))
        elif k == 3:
            out.append(("-", "%s,DELIVER,%d,<%d@%s>,%s,,%d,1,,,Version 15.01.2507.035,%s,Incoming"
                        % (common, R.randint(100, 999), R.randint(1000, 9999), host(), addr(), R.choice([550, 421, 2048]), addr())))
        elif k == 4:
            out.append(("5.4.1 550 5.4.1", "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [%s]' #5.4.1"
                        % host()))
            out[-1] = ("550 5.4.1", out[-1][1])
        elif k == 5:
            out.append(("5.1.10 550 5.1.10", "#< #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup> #SMTP#"))
            out[-1] = ("550 5.1.10", out[-1][1])
        else:
            out.append(("-", "Server: %s, build 15.20.%d.%d, IP %s" % (host(), R.randint(1000, 9999), R.randint(10, 99), ip())))
    # The SMTP protocol log: ...,event,data,context
    for _ in range(6):
        d = "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        s = "%s,EX01\\Default EX01,08DB%06X" % (d, R.randint(0, 0xFFFFFF))
        lp, rp = "%s:25" % ip(), "%s:%d" % (ip(), R.randint(1024, 65535))
        out.extend([
            ("-", "%s,0,%s,%s,+,," % (s, lp, rp)),
            ("220", "%s,1,%s,%s,>,\"220 EX01.example.com Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 10:25:30 +0000\"," % (s, lp, rp)),
            ("-", "%s,2,%s,%s,<,EHLO client.example.net," % (s, lp, rp)),
            ("250", "%s,3,%s,%s,>,250-EX01.example.com Hello [%s] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS 8BITMIME BINARYMIME CHUNKING," % (s, lp, rp, ip())),
            ("250 2.1.0", "%s,4,%s,%s,>,250 2.1.0 Sender OK," % (s, lp, rp)),
            ("550 5.1.10", "%s,5,%s,%s,>,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup," % (s, lp, rp)),
            ("-", "%s,6,%s,%s,-,,Local" % (s, lp, rp)),
        ])
    # IIS's SMTP service logs in W3C format, a blank in a field as '+':
    # the reply is a field; the numbers after it are a status, sizes
    # and a time.
    w3c = "2026-11-29 10:%02d:%02d 192.0.2.10 %s SMTPSVC1 MX1 - 25 %s %s 0 0 %d 0 %d SMTP - - - -"
    out.extend([
        ("-", w3c % (0, 1, "OutboundConnectionCommand", "RCPT", "TO:<bob@example.net>", 24, 250)),
        ("550 5.1.1", w3c % (0, 2, "OutboundConnectionResponse", "-", "550+5.1.1+<bob@example.net>...+User+unknown", 52, 421)),
        ("421 4.4.2", w3c % (1, 7, "OutboundConnectionResponse", "-", "421+4.4.2+Connection+dropped+by+remote+host", 38, 1560)),
        ("250 2.0.0", w3c % (2, 9, "OutboundConnectionResponse", "-", "250+2.0.0+Ok:+queued+as+4F2A1B", 29, 550)),
    ])
    return out


def qmail():
    out = []
    for _ in range(50):
        t = "@4000000%09x%08x" % (R.randint(0, 0xFFFFFFFFF), R.randint(0, 0xFFFFFFFF))
        n = R.choice([R.randint(1, 9999), 550, 421])
        k = R.randint(0, 6)
        if k == 0:
            b, e, txt = reply()
            out.append(("%d %s" % (b, e), "%s delivery %d: failure: %s_does_not_like_recipient./Remote_host_said:_%d_%s_%s/Giving_up_on_%s./"
                        % (t, n, ip(), b, e, txt.replace(" ", "_"), ip())))
        elif k == 1:
            out.append(("421 4.7.0", "%s delivery %d: deferral: Connected_to_%s_but_greeting_failed./Remote_host_said:_421_4.7.0_Try_again_later/"
                        % (t, n, ip())))
        elif k == 2:
            out.append(("250 2.0.0", "%s delivery %d: success: %s_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_%s/"
                        % (t, n, ip(), qid())))
        elif k == 3:
            out.append(("-", "%s new msg %d" % (t, R.randint(100000, 999999))))
        elif k == 4:
            out.append(("-", "%s info msg %d: bytes %d from <%s> qp %d uid %d"
                        % (t, R.randint(100000, 999999), R.choice([550, 2345, 421]), addr(), R.randint(1000, 99999), R.choice([550, 89, 1001]))))
        elif k == 5:
            out.append(("5.1.2", "%s delivery %d: failure: Sorry,_I_couldn't_find_any_host_named_%s._(#5.1.2)/"
                        % (t, n, host())))
        else:
            out.append(("-", "%s status: local %d/10 remote %d/20" % (t, R.randint(0, 10), R.randint(0, 20))))
    return out


def opensmtpd():
    out = []
    for _ in range(50):
        t, p = ts(), pid()
        sid = "%016x" % R.getrandbits(64)
        k = R.randint(0, 5)
        if k == 0:
            b, e, txt = reply()
            out.append(("%d %s" % (b, e), "%s mx smtpd[%d]: %s mta delivery evpid=%s from=<%s> to=<%s> rcpt=<-> source=\"%s\" relay=\"%s (%s)\" delay=%ds result=\"PermFail\" stat=\"%d %s %s\""
                        % (t, p, sid[:8], sid, addr(), addr(), ip(), host(), ip(), R.randint(0, 99), b, e, txt)))
        elif k == 1:
            out.append(("250 2.0.0", "%s mx smtpd[%d]: %s mta delivery evpid=%s from=<%s> to=<%s> rcpt=<-> source=\"%s\" relay=\"%s (%s)\" delay=%ds result=\"Ok\" stat=\"250 2.0.0 Ok: queued as %s\""
                        % (t, p, sid[:8], sid, addr(), addr(), ip(), host(), ip(), R.randint(0, 99), qid())))
        elif k == 2:
            out.append(("550", "%s mx smtpd[%d]: %s smtp failed-command command=\"RCPT TO:<%s>\" result=\"550 Invalid recipient: <%s>\""
                        % (t, p, sid[:8], addr(), addr())))
        elif k == 3:
            out.append(("-", "%s mx smtpd[%d]: %s smtp connected address=%s host=%s" % (t, p, sid[:8], ip(), host())))
        elif k == 4:
            out.append(("-", "%s mx smtpd[%d]: %s smtp disconnected reason=quit" % (t, p, sid[:8])))
        else:
            out.append(("421 4.7.0", "%s mx smtpd[%d]: %s mta error reason=Temporary failure: 421 4.7.0 Too many connections" % (t, p, sid[:8])))
    return out


def transcript():
    out = []
    lines = [
        ("220", "<<< 220 %s ESMTP ready" % host()),
        ("-", ">>> EHLO client.example.com"),
        ("250", "<<< 250-%s Hello client.example.com [%s]" % (host(), ip())),
        ("250", "<<< 250-SIZE 52428800"),
        ("250", "<<< 250-PIPELINING"),
        ("250", "<<< 250 HELP"),
        ("-", ">>> STARTTLS"),
        ("220 2.0.0", "<<< 220 2.0.0 Ready to start TLS"),
        ("-", ">>> AUTH LOGIN"),
        ("334", "<<< 334 VXNlcm5hbWU6"),
        ("535 5.7.8", "<<< 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"),
        ("-", ">>> MAIL FROM:<%s> SIZE=550" % addr()),
        ("250 2.1.0", "<<< 250 2.1.0 Ok"),
        ("-", ">>> RCPT TO:<%s>" % addr()),
        ("550 5.1.1", "<<< 550 5.1.1 <%s>: Recipient address rejected" % addr()),
        ("-", ">>> DATA"),
        ("354", "<<< 354 End data with <CR><LF>.<CR><LF>"),
        ("250 2.0.0", "<<< 250 2.0.0 Ok: queued as %s" % qid()),
        ("-", ">>> QUIT"),
        ("221 2.0.0", "<<< 221 2.0.0 Bye"),
        ("421 4.7.0", "S: 421 4.7.0 Too many errors"),
        ("250", "S: 250 OK"),
        ("-", "C: RCPT TO:<%s>" % addr()),
        ("503 5.5.1", "503 5.5.1 Error: need MAIL command"),
        ("500 5.5.2", "500 5.5.2 Error: command not recognized"),
        ("-", "Connecting to %s port %d" % (ip(), port())),
        ("-", "Trying %s..." % ip()),
        ("-", "Connected to %s:%d" % (ip(), port())),
        # swaks
        ("-", "=== Trying %s:25..." % host()),
        ("220", "<-  220 %s ESMTP Postfix" % host()),
        ("-", " -> EHLO client.example.com"),
        ("250", "<~  250 2.0.0OK" if False else "<~  250 CHUNKING"),
        ("550 5.7.1", "<** 550 5.7.1 <%s>: Relay access denied" % addr()),
        ("-", " -> QUIT"),
        # Python smtplib debug output
        ("250", "reply: b'250-%s at your service\\r\\n'" % host()),
        ("250", "reply: retcode (250); Msg: b'SIZE 35882577'"),
        ("-", "send: 'mail FROM:<%s> size=550\\r\\n'" % addr()),
        # Applications that log what the server answered
        ("535", "WARN mailer: SMTP server replied 535 Authentication credentials invalid"),
        ("421", "mail not sent: the server responded 421 too many connections"),
        ("-", "mailer: sent 250 messages in 421 seconds"),
        ("-", "rspamd: HTTP error 502 from upstream"),
    ]
    for _ in range(2):
        out.extend(lines)
    return out


def dsn():
    out = []
    for _ in range(6):
        b, e, txt = reply()
        out.extend([
            ("-", "Reporting-MTA: dns; %s" % host()),
            ("-", "Arrival-Date: Sat, 28 Nov 2026 10:%02d:%02d +0100" % (R.randint(0, 59), R.randint(0, 59))),
            ("-", "Final-Recipient: rfc822; %s" % addr()),
            ("-", "Action: failed"),
            (e, "Status: %s" % e),
            ("-", "Remote-MTA: dns; %s" % host()),
            ("%d %s" % (b, e), "Diagnostic-Code: smtp; %d %s %s" % (b, e, txt)),
            ("-", "Last-Attempt-Date: Sat, 28 Nov 2026 10:%02d:%02d +0100" % (R.randint(0, 59), R.randint(0, 59))),
        ])
    return out


def decoys():
    """Lines from around mail servers that carry numbers but no code."""
    out = []
    for _ in range(40):
        t, p = ts(), pid()
        out.append(R.choice([
            ("-", "%s mx dovecot: imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=%s, mpid=%d, TLS, session=<abc%d>" % (t, addr(), ip(), ip(), pid(), p)),
            ("-", "%s mx kernel: [%d.%d] Linux version 5.4.0-150-generic" % (t, R.randint(100, 999), R.randint(100000, 999999))),
            ("-", "%s mx amavis[%d]: (%05d-%02d) Passed CLEAN {RelayedInbound}, [%s]:%d [%s] <%s> -> <%s>, Queue-ID: %s, size: %d, %d ms" % (t, p, R.randint(0, 99999), R.randint(0, 99), ip(), port(), ip(), addr(), addr(), qid(), R.choice([550, 2345, 421]), R.randint(100, 999))),
            ("-", "%s mx spamd[%d]: spamd: result: . -%d - BAYES_00 scantime=0.%d,size=%d" % (t, p, R.randint(0, 9), R.randint(1, 9), R.choice([550, 3421]))),
            ("-", "%s mx opendkim[%d]: %s: DKIM-Signature field added (s=mail, d=example.com)" % (t, p, qid())),
            ("-", "%s mx postfix/master[%d]: daemon started -- version 3.5.25, configuration /etc/postfix" % (t, p)),
            ("-", "%s mx dovecot: master: Dovecot v2.3.19.1 (9b53102964) starting up for imap, lmtp" % t),
            ("-", "%s mx rspamd[%d]: <%s>; task; rspamd_task_write_log: id: <%d.%d@%s>, qid: <%s>, ip: %s, from: <%s>, (default: F (no action): [2.50/15.00] [BAYES_HAM(-3.00)]), len: %d, time: %d.%dms" % (t, p, qid()[:6], R.randint(100, 999), R.randint(100, 999), host(), qid(), ip(), addr(), R.choice([550, 4210]), R.randint(100, 999), R.randint(0, 9))),
            ("-", "%s mx sshd[%d]: Accepted publickey for admin from %s port %d ssh2" % (t, p, ip(), R.randint(1024, 65535))),
            ("-", "%s mx CRON[%d]: (root) CMD (test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ))" % (t, p)),
            ("-", "%s mx postfix/smtpd[%d]: lost connection after CONNECT from unknown[%s]" % (t, p, ip())),
            ("-", "%s mx postfix/cleanup[%d]: %s: message-id=<%d.%d.550@%s>" % (t, p, qid(), R.randint(100, 999), R.randint(100, 999), host())),
            ("-", "%s mx postfix/smtpd[%d]: %s: client=%s[%s], sasl_method=PLAIN, sasl_username=%s" % (t, p, qid(), host(), ip(), addr())),
            ("-", "%s mx clamd[%d]: SelfCheck: Database status OK. ClamAV 0.103.8/26789/Sat Nov 28 09:21:04 2026" % (t, p)),
            ("-", "%s mx exim[%d]: SMTP timeout after sending data block (%d bytes written)" % (t, p, R.choice([250, 421, 550]))),
            ("-", "%s mx dovecot: imap(%s)<%d><abc>: TLS: connection established (%d bits)" % (t, addr(), p, R.choice([256, 128]))),
            ("-", "%s mx postfix/smtpd[%d]: Anonymous TLS connection established from %s[%s]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" % (t, p, host(), ip())),
            ("-", "%s mx monitor[%d]: queue: %d messages, oldest: %d seconds" % (t, p, R.choice([250, 421]), R.choice([550, 4521]))),
        ]))
    # The last line of mailq (postqueue -p): a size and a count.
    out.extend([
        ("-", "-- 550 Kbytes in 421 Requests."),
        ("-", "-- 421 Kbytes in 1 Request."),
    ])
    # A count after a version or a step number that ends a sentence:
    # only Sendmail's "..." announces a reply that way.
    out.extend([
        ("-", "Nov 28 10:15:20 mx migrate[812]: release 4.2. 550 users migrated"),
        ("-", "Nov 28 10:15:21 mx migrate[812]: step 3.1. 421 rows copied"),
    ])
    return out


def jsonlogs():
    """Structured logs, one JSON object a line."""
    out = []
    for _ in range(30):
        b, e, txt = reply()
        t = "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        k = R.randint(0, 5)
        if k == 0:
            out.append(("%d %s" % (b, e), '{"time":"%s","level":"warn","msg":"delivery failed","rcpt":"%s","smtp_code":%d,"enhanced_status_code":"%s","duration_ms":%d}'
                        % (t, addr(), b, e, R.choice([250, 421, 550, 1234]))))
        elif k == 1:
            out.append(("%d %s" % (b, e), '{"ts":"%s","event":"bounce","response":"%d %s %s","size":%d}'
                        % (t, b, e, txt.replace('"', "'"), R.choice([550, 4210]))))
        elif k == 2:
            out.append(("250", '{"ts":"%s","event":"delivered","code": 250, "pid": %d, "port": %d}'
                        % (t, pid(), port())))
        elif k == 3:
            out.append(("-", '{"ts":"%s","event":"connect","ip":"%s","port":%d,"pid":%d,"version":"2.3.4"}'
                        % (t, ip(), port(), pid())))
        elif k == 4:
            out.append(("-", '{"ts":"%s","event":"stats","queued":%d,"duration": %d, "build": "4.1.2"}'
                        % (t, R.choice([250, 421]), R.choice([550, 553]))))
        else:
            out.append((e, '{"ts":"%s","event":"dsn","status": "%s","action":"failed"}' % (t, e)))
    # Delivery services' bounce events.
    for _ in range(6):
        b, e, txt = reply()
        out.extend([
            ("%d %s" % (b, e), '{"event":"bounce","email":"%s","status":"%s","reason":"%d %s %s","type":"bounce"}'
             % (addr(), e, b, e, txt.replace('"', "'"))),
            ("550", '{"event":"bounce","email":"%s","reason":"550 Mailbox not found","attempt":%d}' % (addr(), R.choice([2, 250]))),
            ("550 5.1.1", '{"event":"failed","delivery-status":{"code": 550, "message": "5.1.1 The email account does not exist", "attempt-no": 1}}'),
        ])
    # The enhanced code under a key of its own.
    out.append(("550 5.1.1", '{"level":"error","msg":"delivery failed","smtp":{"code":550,"enhanced":"5.1.1","text":"no such user"}}'))
    return out


# The formats below were added later; they draw from their own generator so
# that the files above stay as they are.
Q = random.Random(20261129)


def hexid(n):
    return "".join(Q.choice("0123456789ABCDEF") for _ in range(n))


def smtplib():
    """Python's smtplib with debuglevel 1 or 2, and its exceptions."""
    me, mx = "client.example.org", "mx.example.net"
    out = [
        ("-", "connect: ('%s', 587)" % mx),
        ("-", "connect: to ('192.0.2.25', 25) None"),
        ("220", "reply: b'220 %s ESMTP ready\\r\\n'" % mx),
        ("220", "reply: retcode (220); Msg: b'%s ESMTP ready'" % mx),
        ("-", "send: 'ehlo %s\\r\\n'" % me),
        ("250", "reply: b'250-%s at your service, [198.51.100.4]\\r\\n'" % mx),
        ("250", "reply: b'250-SIZE 35882577\\r\\n'"),
        ("250", "reply: b'250-8BITMIME\\r\\n'"),
        ("250", "reply: b'250-STARTTLS\\r\\n'"),
        ("250", "reply: b'250-ENHANCEDSTATUSCODES\\r\\n'"),
        ("250", "reply: b'250-PIPELINING\\r\\n'"),
        ("250", "reply: b'250 SMTPUTF8\\r\\n'"),
        ("250", "reply: retcode (250); Msg: b'%s at your service, [198.51.100.4]\\nSIZE 35882577\\n8BITMIME\\nSTARTTLS\\nENHANCEDSTATUSCODES\\nPIPELINING\\nSMTPUTF8'" % mx),
        ("-", "send: 'STARTTLS\\r\\n'"),
        ("220 2.0.0", "reply: b'220 2.0.0 Ready to start TLS\\r\\n'"),
        ("220 2.0.0", "reply: retcode (220); Msg: b'2.0.0 Ready to start TLS'"),
        ("-", "send: 'AUTH PLAIN AGFsaWNlAHMzY3JldA==\\r\\n'"),
        ("535 5.7.8", "reply: b'535-5.7.8 Username and Password not accepted. Learn more at\\r\\n'"),
        ("535 5.7.8", "reply: b'535 5.7.8  https://help.example.net/?p=BadCredentials k4si2550 - esmtp\\r\\n'"),
        ("-", "send: 'mail FROM:<alice@example.org> size=2550\\r\\n'"),
        ("250 2.1.0", "reply: b'250 2.1.0 OK k4si2550\\r\\n'"),
        ("-", "send: 'rcpt TO:<bob@example.net>\\r\\n'"),
        ("550 5.1.1", "reply: b'550-5.1.1 The account you tried to reach does not exist.\\r\\n'"),
        ("452 4.5.3", "reply: b'452 4.5.3 Too many recipients\\r\\n'"),
        ("-", "send: 'data\\r\\n'"),
        ("354", "reply: b'354 Go ahead k4si2550\\r\\n'"),
        ("354", "data: (354, b'Go ahead k4si2550')"),
        ("-", "send: b'From: alice@example.org\\r\\nTo: bob@example.net\\r\\nSubject: 550 reasons to meet\\r\\n\\r\\nHello\\r\\n.\\r\\n'"),
        ("250 2.0.0", "reply: b'250 2.0.0 OK  1764324942 k4si2550.421 - esmtp\\r\\n'"),
        ("250 2.0.0", "data: (250, b'2.0.0 OK  1764324942 k4si2550.421 - esmtp')"),
        ("-", "send: 'quit\\r\\n'"),
        ("221 2.0.0", "reply: b'221 2.0.0 closing connection k4si2550\\r\\n'"),
        ("-", "10:15:42.250551 send: 'ehlo %s\\r\\n'" % me),
        ("250", "10:15:42.421337 reply: b'250-%s\\r\\n'" % mx),
        ("250", "10:15:42.421502 reply: b'250-%s\\r\\n250-SIZE 10240000\\r\\n250-8BITMIME\\r\\n250 HELP\\r\\n'" % mx),
        ("550 5.1.1", "smtplib.SMTPRecipientsRefused: {'bob@example.net': (550, b'5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}"),
        ("535 5.7.8", "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')"),
        ("552 5.3.4", "smtplib.SMTPSenderRefused: (552, b'5.3.4 Message size exceeds fixed limit', 'alice@example.org')"),
        ("554 5.7.1", "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected as spam')"),
        ("421 4.7.0", "smtplib.SMTPConnectError: (421, b'4.7.0 Try again later, closing connection.')"),
        ("-", "smtplib.SMTPServerDisconnected: Connection unexpectedly closed"),
        ("-", '  File "/usr/lib/python3.11/smtplib.py", line 255, in __init__'),
        ("-", '  File "/srv/app/mailer.py", line 421, in send'),
        ("-", "    raise SMTPRecipientsRefused(senderrs)"),
    ]
    return out


def phpmailer():
    """PHPMailer debug output, version 6 and the older 5 style."""
    t = "2026-11-28 10:15:%02d"
    s = [
        ("-", "Connection: opening to smtp.example.com:587, timeout=300, options=array()"),
        ("-", "Connection: opened"),
        ("220", "SERVER -> CLIENT: 220 smtp.example.com ESMTP Postfix (Debian/GNU)"),
        ("-", "CLIENT -> SERVER: EHLO web01.example.org"),
        ("250", "SERVER -> CLIENT: 250-smtp.example.com"),
        ("250", "SERVER -> CLIENT: 250-PIPELINING"),
        ("250", "SERVER -> CLIENT: 250-SIZE 10240000"),
        ("250", "SERVER -> CLIENT: 250-8BITMIME"),
        ("250", "SERVER -> CLIENT: 250 CHUNKING"),
        ("-", "CLIENT -> SERVER: STARTTLS"),
        ("220 2.0.0", "SERVER -> CLIENT: 220 2.0.0 Ready to start TLS"),
        ("-", "CLIENT -> SERVER: AUTH LOGIN"),
        ("334", "SERVER -> CLIENT: 334 VXNlcm5hbWU6"),
        ("-", "CLIENT -> SERVER: [credentials hidden]"),
        ("235 2.7.0", "SERVER -> CLIENT: 235 2.7.0 Authentication successful"),
        ("-", "CLIENT -> SERVER: MAIL FROM:<noreply@example.org>"),
        ("250 2.1.0", "SERVER -> CLIENT: 250 2.1.0 Ok"),
        ("-", "CLIENT -> SERVER: RCPT TO:<bob@example.net>"),
        ("550 5.1.1", "SERVER -> CLIENT: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table"),
        ("550 5.1.1", "SMTP ERROR: RCPT TO command failed: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table"),
        ("-", "SMTP Error: The following recipients failed: bob@example.net: <bob@example.net>: Recipient address rejected: User unknown"),
        ("-", "CLIENT -> SERVER: DATA"),
        ("354", "SERVER -> CLIENT: 354 End data with <CR><LF>.<CR><LF>"),
        ("-", "CLIENT -> SERVER: Subject: Invoice 550 attached"),
        ("-", "CLIENT -> SERVER: X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("250 2.0.0", "SERVER -> CLIENT: 250 2.0.0 Ok: queued as 4F2A1C0B3D"),
        ("221 2.0.0", "SERVER -> CLIENT: 221 2.0.0 Bye"),
        ("-", "Connection: closed"),
        ("535 5.7.8", "SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: authentication failure"),
        ("-", "SMTP Error: Could not authenticate."),
        ("-", "SMTP ERROR: Failed to connect to server: Connection refused (111)"),
        ("421", "SERVER -> CLIENT: 421 smtp.example.com Service not available - too busy"),
    ]
    out = [(c, (t % i) + " " + l) for i, (c, l) in enumerate(s)]
    out += [
        ("220", "SMTP -> FROM SERVER:220 mx.example.com ESMTP Exim 4.96 Sat, 28 Nov 2026 10:15:42 +0000"),
        ("250", "SMTP -> FROM SERVER:250-mx.example.com Hello web01 [198.51.100.4]"),
        ("250", "SMTP -> FROM SERVER:250-SIZE 52428800"),
        ("250", "SMTP -> FROM SERVER:250 HELP"),
        ("550", "SMTP -> ERROR: RCPT not accepted from server: 550 No Such User Here"),
        ("250", 'SMTP -> get_lines(): $data is "250 OK id=1tA2bC-000Bx9-Qw"'),
        ("-", "#0 /var/www/vendor/phpmailer/phpmailer/src/SMTP.php(418): PHPMailer\\PHPMailer\\SMTP->get_lines()"),
        ("-", "#1 /var/www/vendor/phpmailer/phpmailer/src/PHPMailer.php(2125): PHPMailer\\PHPMailer\\SMTP->recipient('bob@example.net', Array)"),
        ("-", "#2 /var/www/app/Mailer.php(250): PHPMailer\\PHPMailer\\PHPMailer->send()"),
        ("-", "PHP Fatal error:  Uncaught PHPMailer\\PHPMailer\\Exception: SMTP Error: data not accepted. in /var/www/app/Mailer.php:421"),
    ]
    return out


def nodemailer():
    """nodemailer's logger, and its errors as applications log them."""
    cid = "Xk9dPq2Lw"
    s = [
        ("-", "DEBUG", "Resolved smtp.example.com as 192.0.2.25 [cache miss]"),
        ("-", "INFO ", "Connection established to 192.0.2.25:587"),
        ("220", "DEBUG", "S: 220 smtp.example.com ESMTP ready"),
        ("-", "DEBUG", "C: EHLO [127.0.0.1]"),
        ("250", "DEBUG", "S: 250-smtp.example.com Hello [203.0.113.9]"),
        ("250", "DEBUG", "S: 250-SIZE 52428800"),
        ("250", "DEBUG", "S: 250-8BITMIME"),
        ("250", "DEBUG", "S: 250-AUTH PLAIN LOGIN"),
        ("250", "DEBUG", "S: 250 STARTTLS"),
        ("-", "DEBUG", "C: STARTTLS"),
        ("220 2.0.0", "DEBUG", "S: 220 2.0.0 Ready to start TLS"),
        ("-", "INFO ", "Connection upgraded with STARTTLS"),
        ("-", "DEBUG", "C: AUTH PLAIN AGFwcEBleGFtcGxlLm9yZwAvKiBzZWNyZXQgKi8="),
        ("235 2.7.0", "DEBUG", "S: 235 2.7.0 Authentication successful"),
        ("-", "INFO ", 'User "app@example.org" authenticated'),
        ("-", "INFO ", "Sending message <b3c1.4521@example.org> to <bob@example.net>"),
        ("-", "DEBUG", "C: MAIL FROM:<app@example.org>"),
        ("250 2.1.0", "DEBUG", "S: 250 2.1.0 Sender OK"),
        ("-", "DEBUG", "C: RCPT TO:<bob@example.net>"),
        ("550 5.1.1", "DEBUG", "S: 550 5.1.1 <bob@example.net>: Recipient address rejected"),
        ("550 5.1.1", "ERROR", "Send Error: Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.net>: Recipient address rejected"),
        ("421 4.7.0", "DEBUG", "S: 421 4.7.0 Too many concurrent connections, try again later"),
        ("-", "DEBUG", "C: DATA"),
        ("354", "DEBUG", "S: 354 End data with <CR><LF>.<CR><LF>"),
        ("250 2.0.0", "DEBUG", "S: 250 2.0.0 Ok: queued as 3B7E51A2F0"),
        ("-", "DEBUG", 'Closing connection to the server using "end"'),
        ("-", "INFO ", "Connection closed"),
    ]
    out = [(c, "[2026-11-28 10:15:%02d] %s [%s] %s" % (i, lv, cid, m)) for i, (c, lv, m) in enumerate(s)]
    out += [
        ("550 5.1.1", '{"level":"error","msg":"mail failed","err":{"code":"EENVELOPE","response":"550 5.1.1 <bob@example.net>: Recipient address rejected","responseCode":550,"command":"RCPT TO","rejected":["bob@example.net"]}}'),
        ("535 5.7.8", '{"level":"error","msg":"mail failed","err":{"code":"EAUTH","response":"535 5.7.8 Authentication credentials invalid","responseCode":535,"command":"AUTH PLAIN"}}'),
        ("-", '{"level":"error","msg":"mail failed","err":{"code":"ETIMEDOUT","command":"CONN"}}'),
        ("250 2.0.0", '{"level":30,"time":1764324942123,"pid":4521,"hostname":"web01","msg":"sent","messageId":"<b3c1.4521@example.org>","response":"250 2.0.0 Ok: queued as 4F2A1C0B3D","accepted":["bob@example.net"]}'),
        ("-", '{"level":30,"time":1764324942250,"pid":250,"hostname":"web01","msg":"queue drained"}'),
    ]
    return out


def goapps():
    """Go programs that log what net/smtp and their mail libraries return."""
    return [
        ("550 5.1.1", "2026/11/28 10:15:42 smtp: send to bob@example.net failed: 550 5.1.1 The account you tried to reach does not exist"),
        ("-", "2026/11/28 10:15:42 mailer: dial tcp 192.0.2.25:587: connect: connection refused"),
        ("535 5.7.8", "2026/11/28 10:15:43 auth failed: 535 5.7.8 Username and Password not accepted"),
        ("421", "2026/11/28 10:15:44 smtp error: 421 Service not available, closing transmission channel"),
        ("550 5.7.1", 'time="2026-11-28T10:15:45Z" level=error msg="delivery failed" error="550 5.7.1 Message rejected as spam" rcpt=bob@example.net'),
        ("421 4.7.0", 'time="2026-11-28T10:15:46Z" level=warning msg="421 4.7.0 Try again later"'),
        ("250", 'time="2026-11-28T10:15:47Z" level=info msg=sent code=250 duration=421ms'),
        ("535", 'time=2026-11-28T10:15:48.123Z level=ERROR msg="smtp send" err="535 Authentication failed." attempt=3'),
        ("-", 'time=2026-11-28T10:15:49.250Z level=ERROR msg="smtp send" err=EOF port=587'),
        ("454 4.7.0", '{"level":"error","ts":1764324942.123,"caller":"mail/send.go:250","msg":"send failed","error":"454 4.7.0 TLS not available due to temporary reason"}'),
        ("2.0.0 250", '{"level":"info","ts":1764324942.5,"caller":"mail/send.go:421","msg":"delivered","code":250,"status":"2.0.0"}'),
        ("-", '{"level":"debug","ts":1764324943.1,"caller":"mail/pool.go:552","msg":"conn reused","idle":2}'),
        ("-", "panic: runtime error: invalid memory address or nil pointer dereference"),
        ("-", "        /srv/app/mail/send.go:250 +0x1c4"),
        ("-", "goroutine 421 [running]:"),
        ("550", "2026/11/28 10:15:50 RCPT TO failed: 550 mailbox unavailable"),
        ("503 5.5.1", "2026/11/28 10:15:51 smtp: 503 5.5.1 Error: need MAIL command"),
    ]


def haraka():
    """Haraka's log lines, in the shape its core and plugins write them."""
    u = "6F2B4C1A-3D5E-4F70-9A1B-2C3D4E5F6071.1"
    return [
        ("-", "[INFO] [-] [core] Listening on [::0]:25"),
        ("-", "[NOTICE] [%s] [core] connect ip=198.51.100.23 port=52503 local_ip=192.0.2.10 local_port=25" % u),
        ("220", "[PROTOCOL] [%s] [core] S: 220 mx.example.com ESMTP Haraka 3.0.3 ready" % u),
        ("-", "[PROTOCOL] [%s] [core] C: EHLO client.example.net" % u),
        ("250", "[PROTOCOL] [%s] [core] S: 250-mx.example.com Hello client.example.net [198.51.100.23], Haraka is at your service." % u),
        ("250", "[PROTOCOL] [%s] [core] S: 250-PIPELINING" % u),
        ("250", "[PROTOCOL] [%s] [core] S: 250-8BITMIME" % u),
        ("250", "[PROTOCOL] [%s] [core] S: 250-SIZE 0" % u),
        ("250", "[PROTOCOL] [%s] [core] S: 250 STARTTLS" % u),
        ("-", "[PROTOCOL] [%s] [core] C: RCPT TO:<bob@example.com>" % u),
        ("-", '[INFO] [%s] [core] hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params=<bob@example.com> retval=DENY msg="I cannot deliver mail for <bob@example.com>"' % u),
        ("550", "[PROTOCOL] [%s] [core] S: 550 I cannot deliver mail for <bob@example.com>" % u),
        ("554 5.7.1", "[PROTOCOL] [%s] [core] S: 554 5.7.1 Rejected by DNSBL zen.example.org" % u),
        ("250 2.0.0", '[INFO] [%s] [core] hook=queue plugin=queue/smtp_forward function=hook_queue params="" retval=OK msg="250 2.0.0 Message Queued (%s)"' % (u, u)),
        ("550", '[NOTICE] [%s] [core] disconnect ip=198.51.100.23 rdns=client.example.net helo=client.example.net relay=N early=N esmtp=Y tls=Y pipe=N errors=1 txns=1 rcpts=0/0/1 msgs=0/0/0 bytes=0 lr="550 I cannot deliver mail for <bob@example.com>" time=0.412' % u),
        ("-", '[NOTICE] [%s] [core] disconnect ip=198.51.100.24 rdns=relay.example.org helo=relay.example.org relay=N early=N esmtp=Y tls=Y pipe=Y errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=4521 lr="" time=1.250' % u),
        ("421 4.7.0", "[INFO] [%s] [outbound] temp failing: 421 4.7.0 Too many connections" % u),
        ("550 5.1.1", "[ERROR] [%s] [outbound] delivery failed: 550 5.1.1 User unknown" % u),
        ("250 2.0.0", "[INFO] [%s] [outbound] delivered with response: 250 2.0.0 Ok: queued as 4F2A1C0B3D" % u),
        ("-", "[INFO] [%s] [karma] connect: score 5, connections 421, bad 0" % u),
    ]


def stalwart():
    """Stalwart's events: a title, an id in parentheses, key = value pairs."""
    c = 'listenerId = "smtp", localPort = 25, remoteIp = 198.51.100.23, remotePort = 52503'
    return [
        ("-", "2026-11-28T10:15:42Z INFO SMTP connection started (smtp.connection-start) %s" % c),
        ("550 5.1.2", '2026-11-28T10:15:43Z INFO RCPT TO rejected (smtp.rcpt-to-rejected) %s, to = "bob@example.com", code = 550, enhancedCode = "5.1.2", details = "Mailbox does not exist."' % c),
        ("550", '2026-11-28T10:15:43Z INFO RCPT TO rejected (smtp.rcpt-to-rejected) %s, to = "carol@example.org", code = 550, details = "Relay not allowed"' % c),
        ("421 4.7.0", '2026-11-28T10:15:44Z INFO Delivery attempt failed (delivery.failed) queueId = 4521, hostname = "mx.example.net", code = 421, reason = "4.7.0 Try again later"'),
        ("250 2.0.0", '2026-11-28T10:15:45Z INFO Message delivered (delivery.delivered) queueId = 4522, hostname = "mx.example.net", response = "250 2.0.0 Ok: queued as 4F2A1C0B3D", elapsed = 421ms'),
        ("-", "2026-11-28T10:15:46Z INFO Rate limit exceeded (smtp.rate-limit-exceeded) %s, size = 250, limit = 421" % c),
        ("550 5.7.23", '2026-11-28T10:15:47Z INFO SPF check failed (smtp.spf-rcpt-fail) %s, result = "fail", code = 550, enhancedCode = "5.7.23"' % c),
        ("535 5.7.8", '2026-11-28T10:15:48Z INFO Authentication failed (auth.failed) %s, code = 535, enhancedCode = "5.7.8"' % c),
        ("-", "2026-11-28T10:15:49Z INFO Queued message (queue.queue-message) queueId = 250, size = 4521, total = 3"),
        ("-", "2026-11-28T10:15:50Z INFO Stalwart Mail Server v0.10.5 starting"),
    ]


def ciscoesa():
    """Cisco Secure Email (ESA) mail_logs lines."""
    t = "Sat Nov 28 10:15:%02d 2026 "
    s = [
        ("-", "Info: New SMTP ICID 4521 interface Management (192.0.2.10) address 198.51.100.23 reverse dns host mail.example.net verified yes"),
        ("-", "Info: ICID 4521 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5 country United States"),
        ("-", "Info: Start MID 55012 ICID 4521"),
        ("-", "Info: MID 55012 ICID 4521 From: <alice@example.net>"),
        ("-", "Info: MID 55012 ICID 4521 RID 0 To: <bob@example.com>"),
        ("-", "Info: MID 55012 Message-ID '<20261128101542.4521@example.net>'"),
        ("-", "Info: MID 55012 Subject 'Invoice 550 for November'"),
        ("-", "Info: MID 55012 ready 2500 bytes from <alice@example.net>"),
        ("-", "Info: MID 55012 interim verdict using engine: CASE spam negative"),
        ("-", "Info: Delivery start DCID 321 MID 55012 to RID [0]"),
        ("2.0.0", "Info: MID 55012 RID [0] Response '2.0.0 Ok: queued as 4F2A1C0B3D'"),
        ("-", "Info: MID 55013 RID [0] Response 'ok:  Message 88123 accepted'"),
        ("-", "Info: Message done DCID 321 MID 55012 to RID [0]"),
        ("5.1.0 550 5.1.1", "Info: Bounced: DCID 322 MID 55014 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table'])"),
        ("4.4.0 421 4.7.0", "Info: Delayed: DCID 323 MID 55015 to RID 0 - 4.4.0 - Other network problem ('421', ['4.7.0 Try again later, closing connection.'])"),
        ("5.4.7", "Info: Bounced: DCID 324 MID 55016 to RID 0 - 5.4.7 - Delivery expired (message too old) []"),
        ("550 5.1.0", "Info: MID 55018 ICID 4521 RID 0 To: <carol@example.com> Rejected by Receiving Host: 550 #5.1.0 Address rejected"),
        ("-", "Info: DCID 321 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384"),
        ("-", "Info: ICID 4523 REJECT SG BLOCKED match sbrs[-10.0:-3.0] SBRS -4.5"),
        ("550 5.7.1", "Warning: MID 55019 DCID 325 hard bounced after 5 retries: 550 5.7.1 Service unavailable"),
        ("-", "Info: ICID 552 close"),
    ]
    return [(c, (t % i) + l) for i, (c, l) in enumerate(s)]


def exchangeproto():
    """Exchange SmtpReceive and SmtpSend protocol logs (CSV)."""
    out = [
        ("-", "#Software: Microsoft Exchange Server"),
        ("-", "#Version: 15.2.1544.4"),
        ("-", "#Log-type: SMTP Receive Protocol Log"),
        ("-", "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context"),
    ]
    r = "2026-11-28T10:15:42.%03dZ,EX01\\Default Frontend EX01,08DCF1A2B3C4D5E6,%d,192.0.2.10:25,198.51.100.23:52503,"
    rows = [
        ("-", "+,,"),
        ("-", "*,SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions"),
        ("220", '>,"220 EX01.example.com Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 10:15:42 +0000",'),
        ("-", "<,EHLO client.example.net,"),
        ("250", ">,250  EX01.example.com Hello [198.51.100.23] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS AUTH NTLM 8BITMIME BINARYMIME CHUNKING SMTPUTF8,"),
        ("-", "<,MAIL FROM:<alice@example.net> SIZE=4521,"),
        ("-", "*,08DCF1A2B3C4D5E6;2026-11-28T10:15:42.250Z;1,receiving message"),
        ("250 2.1.0", ">,250 2.1.0 Sender OK,"),
        ("-", "<,RCPT TO:<bob@example.com>,"),
        ("550 5.1.10", ">,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup,"),
        ("250 2.1.5", ">,250 2.1.5 Recipient OK,"),
        ("-", "<,BDAT 4521 LAST,"),
        ("250 2.6.0", '>,"250 2.6.0 <a1b2@EX01.example.com> [InternalId=4521, Hostname=EX01.example.com] 4521 bytes in 0.250, 17.660 KB/sec Queued mail for delivery",'),
        ("421 4.4.2", '>,"421 4.4.2 Message submission rate for this client has exceeded the configured limit",'),
        ("-", "*,,TlsDomainCapabilities='None'; Status='NoRemoteCertificate'"),
        ("-", "-,,Local"),
    ]
    out += [(c, (r % (i * 37, i)) + d) for i, (c, d) in enumerate(rows)]
    out.append(("-", "2026-11-28T10:15:42.999Z,EX01\\Default Frontend EX01,08DCF1A2B3C4D5E6,421,192.0.2.10:25,198.51.100.23:52503,<,RCPT TO:<carol@example.com>,"))
    out.append(("-", "#Log-type: SMTP Send Protocol Log"))
    r = "2026-11-28T10:16:01.%03dZ,EX01\\Internet,08DCF1A2B3C4D5E7,%d,192.0.2.10:52601,198.51.100.77:25,"
    rows = [
        ("-", "*,,attempting to connect"),
        ("-", "+,,"),
        ("220", "<,220 mx.example.org ESMTP Postfix,"),
        ("-", ">,EHLO EX01.example.com,"),
        ("250", "<,250-mx.example.org PIPELINING SIZE 10240000 VRFY ETRN STARTTLS ENHANCEDSTATUSCODES 8BITMIME DSN CHUNKING,"),
        ("-", ">,MAIL FROM:<alice@example.com> SIZE=4521,"),
        ("250 2.1.0", "<,250 2.1.0 Ok,"),
        ("-", ">,RCPT TO:<bob@example.org>,"),
        ("450 4.2.0", "<,450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted,"),
        ("451 4.7.1", "<,451 4.7.1 Service unavailable - try again later,"),
        ("-", ">,QUIT,"),
        ("221 2.0.0", "<,221 2.0.0 Bye,"),
        ("-", "-,,Local"),
    ]
    out += [(c, (r % (i * 41, i)) + d) for i, (c, d) in enumerate(rows)]
    return out


def esp():
    """Delivery services' event JSON, with HTTP statuses as decoys."""
    out = []
    sns = ('{"Type":"Notification","MessageId":"%s","TopicArn":"arn:aws:sns:eu-west-1:123456789012:ses-events",'
           '"Message":"{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bounceType\\":\\"Permanent\\",\\"bounceSubType\\":\\"General\\",'
           '\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"bob@example.com\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",'
           '\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}],\\"timestamp\\":\\"2026-11-28T10:15:42.421Z\\"}}"}')
    out.append(("550 5.1.1", sns % hexid(8).lower()))
    for st, b, e, txt in [("Permanent", 550, "5.1.1", "user unknown"), ("Transient", 452, "4.2.2", "mailbox full"),
                          ("Permanent", 554, "5.7.1", "rejected by policy"), ("Transient", 421, "4.4.7", "message expired")]:
        out.append(("%d %s" % (b, e), '{"eventType":"Bounce","bounce":{"feedbackId":"0102018c%s-000000","bounceType":"%s","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@example.com","action":"failed","status":"%s","diagnosticCode":"smtp; %d %s %s"}],"timestamp":"2026-11-28T10:15:42.123Z","reportingMTA":"dsn; a8-25.smtp-out.amazonses.com"},"mail":{"timestamp":"2026-11-28T10:15:41.000Z","source":"alice@example.net","destination":["bob@example.com"]}}'
                    % (hexid(12).lower(), st, e, b, e, txt)))
    out.append(("5.0.0", '{"eventType":"Bounce","bounce":{"bounceType":"Undetermined","bounceSubType":"Undetermined","bouncedRecipients":[{"emailAddress":"carol@example.org","status":"5.0.0"}]}}'))
    out.append(("250 2.6.0", '{"eventType":"Delivery","delivery":{"timestamp":"2026-11-28T10:15:43.250Z","processingTimeMillis":421,"recipients":["bob@example.com"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"a8-25.smtp-out.amazonses.com","remoteMtaIp":"5.1.1.25"}}'))
    out.append(("-", '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"carol@example.org"}],"timestamp":"2026-11-28T10:15:44.000Z","userAgent":"ExampleFBL/2.5","complaintFeedbackType":"abuse"},"mail":{"source":"alice@example.net"}}'))
    out.append(("-", '{"eventType":"Send","mail":{"timestamp":"2026-11-28T10:15:41.000Z","source":"alice@example.net","sendingAccountId":"123456789012"},"send":{}}'))
    # SendGrid's event webhook
    sg = '{"email":"%s","timestamp":1764324942,"smtp-id":"<a1b2c3.4521@ismtpd0042p1mdw1.example.net>","event":"%s",%s,"sg_event_id":"%s"}'
    for codes, ev, rest in [
            ("550 5.1.1", "bounce", '"reason":"550 5.1.1 The account you tried to reach does not exist.","status":"5.1.1","type":"bounce","bounce_classification":"Invalid Address"'),
            ("421 4.7.0", "deferred", '"response":"421 4.7.0 Try again later","attempt":"5"'),
            ("250 2.0.0", "delivered", '"response":"250 2.0.0 OK  1764324942 a1si4521.250 - gsmtp","ip":"192.0.2.25","tls":1,"cert_err":0'),
            ("5.0.0", "dropped", '"reason":"Bounced Address","status":"5.0.0"'),
            ("554 5.7.1", "bounce", '"type":"blocked","reason":"554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.example.org","status":"5.7.1"'),
            ("-", "open", '"useragent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","ip":"198.51.100.250"'),
            ("-", "processed", '"category":["newsletter"],"asm_group_id":250')]:
        out.append((codes, sg % ("bob@example.com", ev, rest, hexid(16).lower())))
    out.append(("-", '{"level":"error","msg":"sendgrid api","statusCode":429,"body":"{\\"errors\\":[{\\"message\\":\\"too many requests\\"}]}"}'))
    out.append(("-", '{"level":"info","msg":"sendgrid api","status":202,"x-message-id":"%s"}' % hexid(12).lower()))
    out.append(("-", '{"msg":"sendgrid api","statusCode": 400,"errors":[{"field":"from","message":"does not match a verified Sender Identity"}]}'))
    # Mailgun's webhooks
    mg = '{"signature":{"timestamp":"1764324942","token":"%s"},"event-data":{"event":"%s","timestamp":1764324942.123,"recipient":"bob@example.com",%s}}'
    for codes, ev, rest in [
            ("550 5.1.1", "failed", '"severity":"permanent","reason":"bounce","delivery-status":{"attempt-no":1,"code":550,"message":"5.1.1 The account you tried to reach does not exist.","description":"","enhanced-code":"5.1.1","mx-host":"mx.example.com","session-seconds":0.421,"tls":true}'),
            ("451 4.7.1", "failed", '"severity":"temporary","reason":"generic","delivery-status":{"attempt-no":2,"code":451,"message":"4.7.1 Greylisted, please try again later","retry-seconds":600}'),
            ("250", "delivered", '"delivery-status":{"code":250,"message":"OK","attempt-no":1,"session-seconds":1.25,"tls":true}'),
            ("-", "opened", '"geolocation":{"country":"FR","city":"Paris"},"client-info":{"client-os":"Linux","device-type":"desktop"}')]:
        out.append((codes, mg % (hexid(24).lower(), ev, rest)))
    out.append(("-", '{"level":"warn","msg":"mailgun send","http_status":401,"message":"Forbidden"}'))
    # SparkPost's webhooks
    sp = '[{"msys":{"message_event":{"type":"%s","campaign_id":"nov-news","customer_id":"4521","delv_method":"esmtp","ip_address":"192.0.2.25","msg_size":"4521","rcpt_to":"bob@example.com",%s,"timestamp":"1764324942"}}}]'
    for codes, ty, rest in [
            ("550 5.1.1", "bounce", '"bounce_class":"10","num_retries":"2","reason":"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown","raw_reason":"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown","error_code":"550"'),
            ("421 4.7.0", "delay", '"error_code":"421","raw_reason":"421 4.7.0 Too many connections","queue_time":"250","num_retries":"1"'),
            ("-", "delivery", '"queue_time":"421","num_retries":"0"'),
            ("550 5.1.1", "out_of_band", '"bounce_class":"10","raw_reason":"smtp; 550 5.1.1 user unknown","error_code":"550"'),
            ("550 5.7.1", "policy_rejection", '"reason":"550 5.7.1 Unconfigured Sending Domain <example.net>","error_code":"550"')]:
        out.append((codes, sp % (ty, rest)))
    # Postmark's webhooks
    out.append(("550 5.1.1", '{"RecordType":"Bounce","ID":3865234521,"Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Tag":"welcome","ServerID":421,"MessageStream":"outbound","Description":"The server could not deliver your message.","Details":"smtp;550 5.1.1 The account you tried to reach does not exist.","Email":"bob@example.com","BouncedAt":"2026-11-28T10:15:42Z","Inactive":true,"CanActivate":true}'))
    out.append(("452 4.2.2", '{"RecordType":"Bounce","ID":3865234522,"Type":"SoftBounce","TypeCode":4096,"ServerID":250,"Details":"smtp;452 4.2.2 Mailbox full","Email":"carol@example.org","Inactive":false}'))
    out.append(("250 2.0.0", '{"RecordType":"Delivery","ServerID":550,"Recipient":"bob@example.com","DeliveredAt":"2026-11-28T10:15:43Z","Details":"smtp;250 2.0.0 OK 1764324943 a1si4521 - gsmtp","Tag":""}'))
    out.append(("-", '{"RecordType":"Open","ServerID":421,"Recipient":"bob@example.com","FirstOpen":true,"ReadSeconds":250}'))
    out.append(("-", '{"ErrorCode":406,"Message":"You tried to send to a recipient that has been marked as inactive."}'))
    out.append(("-", '{"ErrorCode":300,"Message":"Invalid email request"}'))
    # HTTP next to the services
    out.append(("-", '198.51.100.23 - - [28/Nov/2026:10:15:42 +0000] "POST /webhooks/mailgun HTTP/1.1" 200 421 "-" "Go-http-client/1.1"'))
    out.append(("-", "2026-11-28 10:15:42 POST https://api.example.com/v3/mail/send HTTP/1.1 503 Service Unavailable"))
    out.append(("-", '2026-11-28T10:15:42Z webhook POST /hooks/ses 200 12ms'))
    out.append(("-", '{"level":"info","msg":"webhook","method":"POST","path":"/hooks/postmark","status":200,"duration_ms":250}'))
    out.append(("-", '{"level":"error","msg":"upstream","statusCode": 404,"url":"https://api.example.com/v1/messages/550"}'))
    return out


def debug():
    """Debug output with counters, pids and source line numbers."""
    p = "  308"
    return [
        ("-", "%s Connecting to mx.example.net [192.0.2.25]:25 from 198.51.100.4 ..." % p),
        ("220", "%s   SMTP<< 220 mx.example.net ESMTP Postfix" % p),
        ("-", "%s   SMTP>> EHLO mail.example.org" % p),
        ("250", "%s   SMTP<< 250-mx.example.net" % p),
        ("250", "%s          250-PIPELINING" % p),
        ("250", "%s          250-SIZE 10240000" % p),
        ("250", "%s          250-8BITMIME" % p),
        ("250", "%s          250 CHUNKING" % p),
        ("-", "%s   SMTP|> MAIL FROM:<alice@example.org> SIZE=4521" % p),
        ("-", "%s   SMTP>> RCPT TO:<bob@example.net>" % p),
        ("250 2.1.0", "%s   SMTP<< 250 2.1.0 Ok" % p),
        ("550 5.1.1", "%s   SMTP<< 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown" % p),
        ("250 2.0.0", '%s   => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.25] C="250 2.0.0 Ok: queued as 4F2A1C0B3D"' % p),
        ("-", "%s >>>>>>>>>>>>>>>> Exim pid=308 (main) terminating with rc=0 >>>>>>>>>>>>>>>>" % p),
        ("-", "%s LOG: MAIN" % p),
        ("-", "  421 Connecting to mx.example.org [192.0.2.26]:25 ..."),
        ("421 4.7.0", "  550   SMTP<< 421 4.7.0 Try again later"),
        ("250", "  550          250-SIZE 52428800"),
        ("-", "12345 Connecting to mx.example.com [192.0.2.27]:25 ..."),
        ("-", "    at Example.Mail.SmtpSender.Send(SmtpSender.cs:250)"),
        ("-", "   at System.Net.Mail.SmtpClient.Send(MailMessage message) in C:\\src\\Mailer\\Program.cs:line 421"),
        ("-", "    at com.example.mail.Sender.send(Sender.java:421)"),
        ("-", "    at com.example.mail.Sender.send(Sender.java:250) ~[mailer-2.10.1.jar:2.10.1]"),
        ("550 5.1.1", "javax.mail.SendFailedException: Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"),
        ("554 5.7.1", "com.sun.mail.smtp.SMTPSendFailedException: 554 5.7.1 Message rejected as spam"),
        ("535 5.7.8", "javax.mail.AuthenticationFailedException: 535 5.7.8 Authentication credentials invalid"),
        ("-", 'DEBUG SMTP: connected to host "smtp.example.com", port: 587'),
        ("220", "220 smtp.example.com ESMTP ready"),
        ("-", "EHLO web01"),
        ("250", "250-smtp.example.com"),
        ("250", "250-8BITMIME"),
        ("250", "250-AUTH LOGIN PLAIN XOAUTH2"),
        ("250", "250 SMTPUTF8"),
        ("-", 'DEBUG SMTP: Found extension "SIZE", arg "35882577"'),
        ("334", "334 VXNlcm5hbWU6"),
        ("235 2.7.0", "235 2.7.0 Accepted"),
        ("221 2.0.0", "221 2.0.0 closing connection"),
        ("-", "  250 messages processed"),
        ("-", "   52 Connecting to relay.example.net"),
        ("-", "RSA key bits: 512"),
        ("-", "DH params bits: 2048"),
        ("-", "rate limit exceeded: 334 from 198.51.100.23"),
        ("-", "TLS: 256 bits"),
        ("-", "4.1.1_dsn.example.net[192.0.2.7]: lost connection"),
        ("-", "connect from mail (4.1.1_dsn.example.net) [192.0.2.7]"),
        ("-", "#3 /var/www/vendor/phpmailer/phpmailer/src/SMTP.php(421): PHPMailer\\PHPMailer\\SMTP->sendCommand('RCPT TO', 'RCPT TO:<bob@example.net>', Array)"),
        # Transcript marks written against the code
        ("220", "S:220 mx.example.net ESMTP"),
        ("-", "C:EHLO client.example.org"),
        ("250", "S:250-PIPELINING"),
        ("-", "C:MAIL FROM:<alice@example.org> SIZE=550"),
        ("2.1.0 250", "S:250 2.1.0 Ok"),
        ("550 5.7.1", "S:550 5.7.1 Relaying denied"),
        ("421", "S:421 Too busy, try later"),
        ("220", 'level=debug conn=4521 data="220 mx.example.net ESMTP"'),
        ("250", 'level=debug conn=4521 response="250-mx.example.net\\n250-SIZE 10240000\\n250 HELP"'),
        ("-", 'level=debug conn=4521 data="EHLO client.example.org" bytes=250'),
    ]


def bounce():
    """Bodies of bounces and DSNs, Sendmail's '...' lines, odd replies."""
    t = "Nov 28 10:15:%02d mail sm-mta[4521]: 3ASAFg%04d: "
    out = [
        ("-", "   ----- The following addresses had permanent fatal errors -----"),
        ("-", "<bob@example.com>"),
        ("550 5.1.1", "    (reason: 550 5.1.1 <bob@example.com>... User unknown)"),
        ("-", "   ----- Transcript of session follows -----"),
        ("-", "... while talking to mx.example.com.:"),
        ("-", ">>> DATA"),
        ("550 5.1.1", "<<< 550 5.1.1 <bob@example.com>... User unknown"),
        ("550 5.1.1", "550 5.1.1 <bob@example.com>... User unknown"),
        ("554 5.5.1", "<<< 554 5.5.1 Error: none of the recipients is valid"),
        ("554 5.0.0", "554 5.0.0 Service unavailable"),
        ("-", "<carol@example.org>... Deferred: Connection timed out with mx.example.org."),
        ("-", "<dave@example.net>... User unknown"),
        ("550 554", "554 <erin@example.net>... 550 Host unknown (Name server: example.net: host not found)"),
        ("550 554 5.0.0", "554 5.0.0 <frank@example.net>... 550 Host unknown"),
        ("5.1.2", (t % (1, 1)) + "to=<erin@example.net>, delay=00:00:00, mailer=esmtp, pri=30250, dsn=5.1.2, stat=Host unknown (Name server: example.net: host not found)"),
        ("-", (t % (2, 1)) + "3ASAFg0002: DSN: Host unknown (Name server: example.net: host not found)"),
        ("-", (t % (3, 3)) + "<frank@example.org>... User unknown"),
        ("550 5.1.1", (t % (4, 4)) + "... 550 5.1.1 <frank@example.org>... User unknown"),
        ("4.1.1 5.1.1", "Nov 28 10:15:05 mx postfix/smtp[4521]: warning: mapping DSN status 4.1.1 into 5.1.1"),
        ("4.4.1", "Nov 28 10:15:06 mx postfix/bounce[4522]: 4F2A1C0B3D: enhanced status 4.4.1 for <bob@example.com>"),
        ("5.12.345", "Nov 28 10:15:07 mx relay[4523]: 4F2A1C0B3D: to=<bob@example.com>, dsn=5.12.345, status=bounced (vendor code)"),
        ("4.12.3", "Status: 4.12.3"),
        ("550 5.20.1", "Diagnostic-Code: smtp; 550 5.20.1 Vendor specific rejection"),
        ("599", "Nov 28 10:15:08 mx postfix/smtp[4524]: 4F2A1C0B3D: host mx.example.org[192.0.2.30] said: 599 Unexpected error (in reply to end of DATA command)"),
        ("490", "Nov 28 10:15:09 mx postfix/smtp[4525]: 4F2A1C0B3D: host mx.example.org[192.0.2.30] said: 490 Too many connections from your host (in reply to MAIL FROM command)"),
        ("521", "Nov 28 10:15:10 mx postfix/smtp[4526]: 4F2A1C0B3D: host mx.example.org[192.0.2.30] refused to talk to me: 521 mx.example.org does not accept mail"),
        ("-", "Nov 28 10:15:11 mx postfix/master[4527]: daemon started -- version 3.10.1, configuration /etc/postfix"),
        ("-", "Nov 28 10:15:12 mx kernel: Linux version 5.10.250-1 (debian-kernel@lists.debian.org)"),
        ("-", "Nov 28 10:15:13 mx dovecot: master: Dovecot v2.4.1 (a1b2c3d4e5) starting up for imap, lmtp"),
        ("-", "Last-Attempt-Date: Sat, 5.11.26 10:15:14 +0100"),
        ("-", "X-Spam-Score: 5.1.1 hits"),
        ("550", "Remote host said: 550 Requested action not taken: mailbox unavailable\\r\\n"),
        ("421", "last reply: b'421 Service not available\\r\\n'"),
    ]
    return out


FORMATS = {
    "postfix": postfix, "sendmail": sendmail, "exim": exim,
    "exchange": exchange, "qmail": qmail, "opensmtpd": opensmtpd,
    "transcript": transcript, "dsn": dsn, "decoys": decoys,
    "json": jsonlogs,
    "smtplib": smtplib, "phpmailer": phpmailer, "nodemailer": nodemailer,
    "goapps": goapps, "haraka": haraka, "stalwart": stalwart,
    "ciscoesa": ciscoesa, "exchangeproto": exchangeproto, "esp": esp,
    "debug": debug, "bounce": bounce,
}

if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for name, make in FORMATS.items():
        with open(os.path.join(here, "corpus", name + ".tsv"), "w") as f:
            for codes, line in make():
                assert "\t" not in line and "\n" not in line
                f.write("%s\t%s\n" % (" ".join(sorted(codes.split())) if codes != "-" else "-", line))
