From: Emma Weber <Victor@lists.example.org>
To: k.tanaka@verlag.test
Date: Thu, 07 May 2026 09:08:44 +0000
Message-ID: <1778800256.B6QWUJYQLe@lists.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Subject: [list] Weekly digest, issue 550
Precedence: list
List-Id: <talk.lists.example.org>

Topics this week:
  1. Mail delivery status notifications
  2. 4.2.2 vs 5.2.2
