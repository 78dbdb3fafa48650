From: Dieter Weber <w.chen@example.net>
To: rosa.diaz@agence.test
Date: Fri, 09 Oct 2026 16:20:27 +0000
Message-ID: <1770083183.YfbTJDL8x5@example.net>
Subject: Out of Office: Your order has shipped
In-Reply-To: <1779214180.qfUscNaXbJ@agence.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thank you for your message. I am out of the office until 26 October 2026 with limited
access to mail. For urgent matters please write to noreply-test@example.net.
