From: Bruno Nguyen <Yann@nord.test>
To: eve+news@studio.example.com
Date: Sun, 25 Oct 2026 20:30:23 +0200
Message-ID: <1781781425.VQ3FuVbkdb@nord.test>
Subject: Out of Office: Holiday schedule
In-Reply-To: <1788979110.GmEFHpL452@studio.example.com>
MIME-Version: 1.0
Content-Type: text/plain;
	charset=us-ascii

Thank you for your message. I am out of the office until 06 November 2026 with limited
access to mail. For urgent matters please write to eve+news@nord.test.
