From: Bruno Costa <MariaG@sud.test>
To: ines@news.example.com
Date: Sun, 20 Sep 2026 19:00:14 -0500
Message-ID: <1767900185.NRRLSgwrmK@sud.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Subject: [list] Weekly digest, issue 550
Precedence: list
List-Id: <talk.lists.example.org>

Topics this week:
  1. Mail delivery status notifications
  2. 4.2.2 vs 5.2.2
