From: Chloe Lefebvre <noreply-test@corp.example.org>
To: oscar.w@news.example.com
Date: Tue, 14 Apr 2026 13:02:53 -0500
Message-ID: <1779190120.C7rFASsvGJ@corp.example.org>
Subject: Out of Office: Your order has shipped
In-Reply-To: <1770725768.tCxFgMJCuy@news.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thank you for your message. I am out of the office until 18 April 2026 with limited
access to mail. For urgent matters please write to ulla.berg@corp.example.org.
