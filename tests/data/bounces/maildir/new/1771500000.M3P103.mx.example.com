From: Hugo Rossi <eve+news@kanzlei.test>
To: david.k@verlag.test
Date: Tue, 09 Jun 2026 05:49:06 +0900
Message-ID: <1791330917.wS2dNLG4Xu@kanzlei.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Subject: [list] Weekly digest, issue 550
Precedence: list
List-Id: <talk.lists.example.org>

Topics this week:
  1. Mail delivery status notifications
  2. 4.2.2 vs 5.2.2
