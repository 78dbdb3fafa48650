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
    return out


FORMATS = {
    "postfix": postfix, "sendmail": sendmail, "exim": exim,
    "exchange": exchange, "qmail": qmail, "opensmtpd": opensmtpd,
    "transcript": transcript, "dsn": dsn, "decoys": decoys,
    "json": jsonlogs,
}

if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for name, make in FORMATS.items():
        with open(os.path.join(here, "corpus", name + ".tsv"), "w") as f:
            for codes, line in make():
                assert "\t" not in line and "\n" not in line
                f.write("%s\t%s\n" % (" ".join(sorted(codes.split())) if codes != "-" else "-", line))
