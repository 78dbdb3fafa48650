Return-Path: <>
Received: by relay.news.example.com (Postfix)
	id BDDCA6EE72; Wed, 26 Aug 2026 01:49:50 +0100
Date: Wed, 26 Aug 2026 01:49:50 +0900
From: MAILER-DAEMON@relay.news.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: david.k@news.example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="DC0984C0F5.1770093634/relay.news.example.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20260826014950.DC0984C0F5@relay.news.example.com>

This is a MIME-encapsulated message.

--DC0984C0F5.1770093634/relay.news.example.com
Content-Type: text/plain;
	charset=us-ascii
Content-Description: Notification

This is the mail system at host relay.news.example.com.

Your message could not be delivered to one or more of its recipients;
it is attached below.

If you need help, write to <postmaster> and include this report; you may
remove your own text from the attached message.

                   The mail system

<quentin@uni.example.org>: host mx1.uni.example.org[192.0.2.205] said:
    550 5.1.1 <quentin@uni.example.org>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--DC0984C0F5.1770093634/relay.news.example.com
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; relay.news.example.com
X-Postfix-Queue-ID: DC0984C0F5
X-Postfix-Sender: rfc822; david.k@news.example.com
Arrival-Date: Sat, 22 Aug 2026 13:30:56 -0800

Final-Recipient: rfc822; quentin@uni.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.uni.example.org
Diagnostic-Code: smtp; 550 5.1.1 <quentin@uni.example.org>: Recipient
    address rejected: User unknown in virtual mailbox table

--DC0984C0F5.1770093634/relay.news.example.com
Content-Type: message/rfc822
Content-Description: Undelivered Message

Return-Path: <david.k@news.example.com>
Received: from [203.0.113.95] (client.news.example.com [203.0.113.95])
	by relay.news.example.com with ESMTPSA id 8D7A424B40
	for <quentin@uni.example.org>; Sat, 22 Aug 2026 13:30:56 +0200
From: Hugo Nguyen <david.k@news.example.com>
To: quentin@uni.example.org
Subject: Lunch?
Date: Sat, 22 Aug 2026 13:30:56 +0100
Message-ID: <1772832118.2dL5LbRGYr@news.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find the details below, as discussed.
The figures for the third quarter are in the table.

Best regards,
Hugo Rossi

--DC0984C0F5.1770093634/relay.news.example.com--
