From: Farid Moreau <Marc.Olivier@sud.test>
To: oscar.w@sender.example.com
Date: Fri, 20 Mar 2026 07:05:26 +0000
Message-ID: <1792772615.KARBrjCj8K@sud.test>
Subject: Out of Office: Question about the 550 form
In-Reply-To: <1788478622.77pbKBNdNp@sender.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thank you for your message. I am out of the office until 08 April 2026 with limited
access to mail. For urgent matters please write to billing@sud.test.
