From: Greta Costa <MariaG@example.org>
To: alice.martin@agence.test
Date: Wed, 04 Feb 2026 05:07:29 -0800
Message-ID: <1772773235.QwaB7acL23@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Subject: [list] Weekly digest, issue 550
Precedence: list
List-Id: <talk.lists.example.org>

Topics this week:
  1. Mail delivery status notifications
  2. 4.2.2 vs 5.2.2
