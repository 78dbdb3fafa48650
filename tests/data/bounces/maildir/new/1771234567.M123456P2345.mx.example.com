Return-Path: <>
Received: by relay.sender.example.com (Postfix)
	id B72079EF1F; Thu, 05 Feb 2026 15:24:46 -0500
Date: Thu, 05 Feb 2026 15:24:46 +0100
From: MAILER-DAEMON@relay.sender.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: marc.olivier@sender.example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="AEC93C42D7.1777537143/relay.sender.example.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20260205152446.AEC93C42D7@relay.sender.example.com>

This is a MIME-encapsulated message.

--AEC93C42D7.1777537143/relay.sender.example.com
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host relay.sender.example.com.

Your message could not be delivered to one or more of its recipients;
it is attached below.

If you need help, write to <postmaster> and include this report; you may
remove your own text from the attached message.

                   The mail system

<jules.verne@kanzlei.test>: host mx1.kanzlei.test[192.0.2.55] said: 550
    5.1.1 <jules.verne@kanzlei.test>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--AEC93C42D7.1777537143/relay.sender.example.com
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; relay.sender.example.com
X-Postfix-Queue-ID: AEC93C42D7
X-Postfix-Sender: rfc822; marc.olivier@sender.example.com
Arrival-Date: Tue, 03 Feb 2026 13:24:37 +0200

Final-Recipient: rfc822; jules.verne@kanzlei.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kanzlei.test
Diagnostic-Code: smtp; 550 5.1.1 <jules.verne@kanzlei.test>: Recipient
    address rejected: User unknown in virtual mailbox table

--AEC93C42D7.1777537143/relay.sender.example.com
Content-Type: message/rfc822
Content-Description: Undelivered Message

Return-Path: <marc.olivier@sender.example.com>
Received: from [198.51.100.35] (client.sender.example.com [198.51.100.35])
	by relay.sender.example.com with ESMTPSA id 467D835265
	for <jules.verne@kanzlei.test>; Tue, 03 Feb 2026 13:24:37 +0100
From: Chloe Larsen <marc.olivier@sender.example.com>
To: jules.verne@kanzlei.test
Subject: Draft contract
Date: Tue, 03 Feb 2026 13:24:37 -0500
Message-ID: <1768371240.rC3vLxCPZy@sender.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the details below, as discussed.
The figures for the third quarter are in the table.

Best regards,
Karim Costa

--AEC93C42D7.1777537143/relay.sender.example.com--
