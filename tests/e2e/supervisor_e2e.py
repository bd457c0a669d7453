"""The supervisor's pages in a real browser: headless Chromium (Debian's chromium and
chromium-driver) through WebDriver, against the real doorstep-server on loopback. Every page is
taken at 1280 px and at phone width (390 px), saved to target/e2e-screenshots/supervisor-*.png,
and checked with axe-core: no violation of any impact. Run by scripts/e2e.sh. All text is
synthetic.
"""

import json
import os
import tempfile
import unittest
import urllib.request
import uuid
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from app_e2e import AXE, SHOTS, SUPERVISOR_PASSWORD, TeamServer, axe_violations

SIZES = {"wide": (1280, 900), "phone": (390, 844)}

SECTIONS = (
    "What worries me\n{worry}\n\n"
    "Am I being over-optimistic or desensitised?\nI may be reassured too easily by how tidy the home was.\n\n"
    "For supervision: what I want challenged\nShould the partner be seen before the next visit?"
)


def api(url, path, body=None, token=None):
    req = urllib.request.Request(
        f"{url}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


class SupervisorPages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not AXE.exists():
            raise AssertionError(f"axe-core is missing at {AXE}: run npm ci in ui/")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.server = TeamServer(cls.tmp.name)
        url = cls.server.url
        tokens = [
            api(url, "/v1/devices", {"code": cls.server.code(), "label": label})["token"]
            for label in ("Jo's tablet", "Sam's laptop")
        ]
        # 60 reflections over eight weeks: more than a page of the queue.
        items = [
            {
                "id": str(uuid.uuid4()),
                "week": f"2026-W{41 + n % 8:02d}",
                "content_version": "2026.12.1+test",
                "themes": [["e"], ["d", "f"], ["safe-sleep", "b"]][n % 3],
                "text": SECTIONS.format(worry=f"The sleep space was not seen again (visit {n})."),
                "signals": [["sleep-space-not-seen"], ["partner-not-seen", "over-optimism"], []][n % 3],
            }
            for n in range(60)
        ]
        for i, token in enumerate(tokens):
            api(url, "/v1/reflections", {"reflections": items[i::2]}, token)
        cls.server.reply_to_latest("Thank you: let us look at the sleep space together on Friday.")
        # This week's "not safe tonight", referred: the newest week, sent last, first in the queue.
        cls.urgent = str(uuid.uuid4())
        case = "5d1e8b2a9c4f47e0a3b6c8d2e1f0a9b7"
        earlier = [
            {
                "id": str(uuid.uuid4()),
                "week": f"2026-W{week}",
                "content_version": "2026.12.3+test",
                "themes": ["f"],
                "text": SECTIONS.format(worry="The partner was not seen again."),
                "judgement": "yes",
                "decision": "none",
                "signals": ["partner-not-seen"],
                "case_key": case,
            }
            for week in (44, 46)
        ]
        api(url, "/v1/reflections", {"reflections": earlier}, tokens[0])
        api(
            url,
            "/v1/reflections",
            {
                "reflections": [
                    {
                        "id": cls.urgent,
                        "week": "2026-W48",
                        "content_version": "2026.12.3+test",
                        "themes": ["e"],
                        "text": SECTIONS.format(worry="Dad was drunk and the baby sleeps on the sofa with him."),
                        "judgement": "no",
                        "decision": "referral",
                        "actions_due": ["2026-12-08"],
                        "case_key": case,
                    }
                ]
            },
            tokens[0],
        )
        service = Service("/usr/bin/chromedriver")
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            opts.add_argument(arg)
        cls.d = webdriver.Chrome(service=service, options=opts)
        cls.d.set_page_load_timeout(30)
        cls.d.set_script_timeout(30)

    @classmethod
    def tearDownClass(cls):
        cls.d.quit()
        cls.server.stop()
        cls.tmp.cleanup()

    def open(self, path):
        self.d.get(f"{self.server.url}{path}")

    def look(self, name):
        """Screenshots at both widths and axe-core at each: no violation at all."""
        for size, (w, h) in SIZES.items():
            self.d.set_window_size(w, h)
            SHOTS.mkdir(parents=True, exist_ok=True)
            self.d.save_screenshot(str(SHOTS / f"supervisor-{name}-{size}.png"))
            violations = axe_violations(self.d, f"{name} at {size} width")
            self.assertEqual(violations, [], f"axe-core on {name} at {size} width")
            width = self.d.execute_script("return document.documentElement.scrollWidth")
            self.assertLessEqual(width, w, f"{name} scrolls sideways at {size} width")
            # Every link and control at least 24 px each way (a link inside a sentence, or a
            # chart's bar with its numbers table beside it, is exempt).
            small = self.d.execute_script(
                """
                return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                  .filter(e => e.getClientRects().length && !e.closest('p') && !e.closest('svg'))
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width < 23.5 || r.height < 23.5)
                  .map(([e, r]) => `${e.tagName.toLowerCase()} "${(e.textContent || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
                """
            )
            self.assertEqual(small, [], f"targets under 24 px on {name} at {size} width")

    def heading(self, text):
        """Waits for the page whose h1 says `text` (a click's navigation finishes after it
        returns; the wait rides over the old page's elements going stale)."""
        WebDriverWait(self.d, 20).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), text))

    def login(self):
        self.open("/login")
        self.look("login")
        self.d.find_element(By.ID, "username").send_keys("sup")
        self.d.find_element(By.ID, "password").send_keys(SUPERVISOR_PASSWORD)
        self.d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()

    def test_every_page_at_both_widths(self):
        self.login()
        # The queue: what needs a reply, its count in the navigation, a page of 50.
        self.heading("Reflections that need a reply")
        self.assertEqual(self.d.find_element(By.CSS_SELECTOR, "nav .count").text, "62")
        self.assertEqual(self.d.find_element(By.CSS_SELECTOR, "nav .count.urgent").text, "1")
        # The urgent first, though its week is the newest: what was judged and decided, and when
        # the first action is due, in its row.
        first = self.d.find_element(By.CSS_SELECTOR, "table tbody tr")
        self.assertIn(self.urgent, first.find_element(By.TAG_NAME, "a").get_attribute("href"))
        self.assertIn("Safe tonight: No", first.text)
        self.assertIn("Refer to children's social care", first.text)
        self.assertIn("First action due 8 Dec 2026", first.text)
        caption = self.d.find_element(By.CSS_SELECTOR, "table caption").text
        self.assertIn("62 reflections", caption)
        self.assertIn("3rd reflection on this case", first.text)
        self.assertIn("page 1 of 2", caption)
        self.look("queue")
        # The compact view: one line per reflection, the urgent still first.
        self.open("/?view=compact")
        rows = self.d.find_elements(By.CSS_SELECTOR, "table.compact tbody tr")
        self.assertEqual(len(rows), 50)
        self.assertIn(self.urgent, rows[0].find_element(By.TAG_NAME, "a").get_attribute("href"))
        self.look("queue-compact")
        self.open("/?state=all&page=2")
        self.look("all-page-2")
        # One reflection, from the list, with the way back keeping the filters.
        self.open("/?state=all&theme=e")
        self.d.find_element(By.CSS_SELECTOR, "table a").click()
        self.heading("Reflection ·")
        headings = [h.text for h in self.d.find_elements(By.CSS_SELECTOR, "article h2")]
        self.assertEqual(
            headings,
            [
                "What worries me",
                "Am I being over-optimistic or desensitised?",
                "For supervision: what I want challenged",
            ],
        )
        back = self.d.find_element(By.LINK_TEXT, "← Back to the list").get_attribute("href")
        self.assertIn("state=all", back)
        self.assertIn("theme=e", back)
        self.look("reflection")
        # Printed: no navigation, no forms.
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        for css in ("header", "form.reply-form"):
            shown = self.d.execute_script(
                "return getComputedStyle(document.querySelector(arguments[0])).display", css
            )
            self.assertEqual(shown, "none", f"{css} is not printed")
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        self.assertIn("Next in the list", self.d.find_element(By.CSS_SELECTOR, "nav[aria-label='In this list']").text)
        # Replied to from the page: for ten minutes its author can correct or withdraw it.
        self.d.find_element(By.ID, "reply").send_keys("Let us look at the cot together on Friday.")
        self.d.find_element(By.CSS_SELECTOR, "form.reply-form button").click()
        summary = WebDriverWait(self.d, 20).until(
            EC.element_to_be_clickable((By.CSS_SELECTOR, "details.change summary"))
        )
        self.assertIn("Correct or withdraw this reply", summary.text)
        summary.click()
        self.look("reflection-correcting")
        # The urgent one's page shows its case over time: safe twice, then not safe tonight.
        self.open(f"/reflections/{self.urgent}")
        case = self.d.find_element(By.CSS_SELECTOR, "section.case")
        self.assertIn("3 reflections, oldest first", case.text)
        self.assertEqual(len(case.find_elements(By.CSS_SELECTOR, "tbody tr")), 3)
        self.assertIn("this one", case.find_elements(By.CSS_SELECTOR, "tbody tr")[-1].text)
        self.look("reflection-case")
        self.open("/questions")
        self.look("questions")
        self.open("/themes")
        learning = self.d.find_element(By.CSS_SELECTOR, "table.learning").text
        self.assertIn("Where the baby sleeps was not seen 20 of 62 32%", learning)
        self.look("themes")


if __name__ == "__main__":
    unittest.main(verbosity=2)
