Return-Path: <>
Received: by mail.sender.example.com (Postfix)
	id 27B3F6775D; Sun, 08 Feb 2026 22:48:47 +0900
Date: Sun, 08 Feb 2026 22:48:47 +0000
From: MAILER-DAEMON@mail.sender.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: oscar.w@sender.example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="61CCDC7034.1789788697/mail.sender.example.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20260208224847.61CCDC7034@mail.sender.example.com>

This is a MIME-encapsulated message.

--61CCDC7034.1789788697/mail.sender.example.com
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.sender.example.com.

Your message could not be delivered to one or more of its recipients;
it is attached below.

If you need help, write to <postmaster> and include this report; you may
remove your own text from the attached message.

                   The mail system

<frank_o@example.net>: host inbound.example.net[203.0.113.30] said: 550
    5.1.1 <frank_o@example.net>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--61CCDC7034.1789788697/mail.sender.example.com
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail.sender.example.com
X-Postfix-Queue-ID: 61CCDC7034
X-Postfix-Sender: rfc822; oscar.w@sender.example.com
Arrival-Date: Sun, 08 Feb 2026 18:23:17 -0800

Final-Recipient: rfc822; frank_o@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.example.net
Diagnostic-Code: smtp; 550 5.1.1 <frank_o@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--61CCDC7034.1789788697/mail.sender.example.com
Content-Type: message/rfc822
Content-Description: Undelivered Message

Return-Path: <oscar.w@sender.example.com>
Received: from [198.51.100.219] (client.sender.example.com [198.51.100.219])
	by mail.sender.example.com with ESMTPSA id 0090867DBA
	for <frank_o@example.net>; Sun, 08 Feb 2026 18:23:17 -0800
From: Dieter Bernard <oscar.w@sender.example.com>
To: frank_o@example.net
Subject: Re: project plan
Date: Sun, 08 Feb 2026 18:23:17 +0900
Message-ID: <1769109343.NhkJNYgg5T@sender.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the details below, as discussed.
The figures for the third quarter are in the table.

Best regards,
Irene Weber

--61CCDC7034.1789788697/mail.sender.example.com--
