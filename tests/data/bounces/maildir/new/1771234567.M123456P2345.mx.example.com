Return-Path: <>
Received: by mail.sender.example.com (Postfix)
	id 6C2DB4CC33; Sat, 20 Jun 2026 11:59:41 +0000
Date: Sat, 20 Jun 2026 11:59:41 +0200
From: MAILER-DAEMON@mail.sender.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: k.tanaka@sender.example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6F317F5B8F.1780757961/mail.sender.example.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20260620115941.6F317F5B8F@mail.sender.example.com>

This is a MIME-encapsulated message.

--6F317F5B8F.1780757961/mail.sender.example.com
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.sender.example.com.

Your message could not be delivered to one or more of its recipients;
it is attached below.

If you need help, write to <postmaster> and include this report; you may
remove your own text from the attached message.

                   The mail system

<eve+news@sud.test>: host mail.sud.test[203.0.113.83] said: 550 5.1.1
    <eve+news@sud.test>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--6F317F5B8F.1780757961/mail.sender.example.com
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mail.sender.example.com
X-Postfix-Queue-ID: 6F317F5B8F
X-Postfix-Sender: rfc822; k.tanaka@sender.example.com
Arrival-Date: Wed, 17 Jun 2026 03:24:15 +0100

Final-Recipient: rfc822; eve+news@sud.test
Original-Recipient: rfc822;eve+news@sud.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.sud.test
Diagnostic-Code: smtp; 550 5.1.1 <eve+news@sud.test>: Recipient address
    rejected: User unknown in virtual mailbox table

--6F317F5B8F.1780757961/mail.sender.example.com
Content-Type: message/rfc822
Content-Description: Undelivered Message

Return-Path: <k.tanaka@sender.example.com>
Received: from [198.51.100.6] (client.sender.example.com [198.51.100.6])
	by mail.sender.example.com with ESMTPSA id 930FF9D7E8
	for <eve+news@sud.test>; Wed, 17 Jun 2026 03:24:15 +0100
From: Alice Weber <k.tanaka@sender.example.com>
To: eve+news@sud.test
Subject: Weekly newsletter
Date: Wed, 17 Jun 2026 03:24:15 +0000
Message-ID: <1771361357.YwHjTpzgNz@sender.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the details below, as discussed.
The figures for the third quarter are in the table.

Best regards,
Karim Bernard

--6F317F5B8F.1780757961/mail.sender.example.com--
