"""Benchmark of the real release app against an empty Tauri 2 app built with the same profile,
measured in the same run (scripts/bench-app.sh runs it under Xvfb). Not a test: it prints
figures and ratios and writes target/bench-app.json.

- binary size (both stripped by the release profile)
- launch to first paint: from the process's start (/proc) to the page's paint mark
  (Doorstep: the unlock screen; the empty app: its one heading), median of several launches
- unlock to the families list painted (Argon2id included), median
- resident memory (the app and its WebKit processes) with a family open, beside the empty app's

The app is launched as a user launches it (no DOORSTEP_DATA_DIR; a fresh HOME and XDG_DATA_HOME),
through tauri-driver so that the page's paint marks can be read.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_e2e import ROOT, SESSION_TIMEOUT, Driver, Ui  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.options import ArgOptions  # noqa: E402
from selenium.webdriver.remote.client_config import ClientConfig  # noqa: E402

# DOORSTEP_BENCH_APP measures another build of the app (an earlier commit) against the same
# empty app in the same run.
APP = Path(os.environ.get("DOORSTEP_BENCH_APP", ROOT / "target" / "release" / "doorstep-app"))
EMPTY = ROOT / "target" / "release" / "empty-tauri"
CLI = ROOT / "target" / "release" / "doorstep"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PASS = "bench-passphrase-2026"
STEPS = {}


def start_epoch(pid):
    """When the process started, in seconds since the epoch."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = int(fields[19])
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")


def newest_pid(binary):
    out = subprocess.run(["pgrep", "-n", "-f", str(binary)], capture_output=True, text=True)
    return int(out.stdout.strip())


def tree_rss_kib(pid):
    """Resident memory of a process and all its descendants, in KiB."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                stack.extend(int(k) for k in kids)
        except FileNotFoundError:
            pass
    return total


def session(binary):
    opts = ArgOptions()
    opts.set_capability("browserName", "wry")
    opts.set_capability("tauri:options", {"application": str(binary)})
    config = ClientConfig(remote_server_addr="http://127.0.0.1:4444", timeout=SESSION_TIMEOUT)
    d = webdriver.Remote(command_executor=config.remote_server_addr, options=opts, client_config=config)
    d.set_script_timeout(30)
    return d


def mark_epoch_ms(d, name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        v = d.execute_script(
            "const e = performance.getEntriesByName(arguments[0]);"
            "return e.length ? performance.timeOrigin + e[e.length - 1].startTime : null;",
            name,
        )
        if v is not None:
            return v
        time.sleep(0.02)
    raise RuntimeError(f"no performance mark {name}")


BREAKDOWN_JS = """
const n = performance.getEntriesByType('navigation')[0];
const first = (m) => { const e = performance.getEntriesByName(m); return e.length ? e[0].startTime : null; };
return {
  origin: performance.timeOrigin,
  response_end: n ? n.responseEnd : null,
  dom_interactive: n ? n.domInteractive : null,
  script_start: first('doorstep:script-start'),
  info: first('doorstep:info'),
  mounted: first('doorstep:unlock-mounted'),
  frame1: first(arguments[0] + ':frame1'),
  painted: first(arguments[0]),
};
"""


def breakdown(d, mark, started_ms):
    """Where the time to first paint goes: ms from the process's start to each step."""
    b = d.execute_script(BREAKDOWN_JS, mark)
    origin = b.pop("origin")
    steps = {"page_created": origin - started_ms}
    for k, v in b.items():
        steps[k] = None if v is None else origin + v - started_ms
    return steps


def launch_to_paint(binary, mark):
    d = session(binary)
    try:
        painted = mark_epoch_ms(d, mark)
        pid = newest_pid(binary)
        started = start_epoch(pid) * 1000.0
        STEPS.setdefault(binary.name, []).append(breakdown(d, mark, started))
        return painted - started, d, pid
    except Exception:
        d.quit()
        raise


def main():
    for b in (APP, EMPTY, CLI):
        if not b.exists():
            sys.exit(f"missing {b}: run scripts/bench-app.sh, which builds it")
    with tempfile.TemporaryDirectory() as tmp:
        # Launched as a user launches it: no DOORSTEP_DATA_DIR, a fresh HOME and XDG_DATA_HOME,
        # the store in the platform's app data folder (where the demo families are written).
        home, xdg_data = Path(tmp) / "home", Path(tmp) / "xdg-data"
        home.mkdir()
        store = xdg_data / "org.doorstep.app"
        store.mkdir(parents=True)
        subprocess.run(
            [str(CLI), "demo", "--db", str(store / "doorstep.db")],
            env=dict(os.environ, DOORSTEP_PASSPHRASE=PASS),
            check=True,
            capture_output=True,
        )
        driver = Driver(env={"HOME": str(home), "XDG_DATA_HOME": str(xdg_data)})
        try:
            app_paint, empty_paint, unlock_ms = [], [], []
            app_rss = empty_rss = None
            for i in range(RUNS):
                ms, d, _ = launch_to_paint(EMPTY, "painted")
                empty_paint.append(ms)
                if i == RUNS - 1:
                    time.sleep(1.0)
                    empty_rss = tree_rss_kib(newest_pid(EMPTY))
                d.quit()

                ms, d, pid = launch_to_paint(APP, "doorstep:unlock-painted")
                app_paint.append(ms)
                ui = Ui(d)
                ui.type("#unlock-pass", PASS)
                ui.click("Unlock")
                t0 = mark_epoch_ms(d, "doorstep:unlock-submitted")
                t1 = mark_epoch_ms(d, "doorstep:families-painted")
                unlock_ms.append(t1 - t0)
                if i == RUNS - 1:
                    d.find_element(By.XPATH, "//button[contains(., 'Demo: Marchbank')]").click()
                    mark_epoch_ms(d, "doorstep:family-painted")
                    time.sleep(1.0)
                    app_rss = tree_rss_kib(pid)
                d.quit()
        finally:
            driver.stop()

    size_app = APP.stat().st_size
    size_empty = EMPTY.stat().st_size
    med = statistics.median
    result = {
        "runs": RUNS,
        "binary_bytes": {"doorstep": size_app, "empty": size_empty, "ratio": size_app / size_empty},
        "launch_to_paint_ms": {
            "doorstep_unlock_screen": med(app_paint),
            "empty_first_paint": med(empty_paint),
            "ratio": med(app_paint) / med(empty_paint),
            "all_doorstep": app_paint,
            "all_empty": empty_paint,
        },
        "unlock_to_families_ms": {"median": med(unlock_ms), "all": unlock_ms},
        "rss_kib": {
            "doorstep_family_open": app_rss,
            "empty_app": empty_rss,
            "ratio": (app_rss / empty_rss) if app_rss and empty_rss else None,
        },
    }
    result["steps_to_first_paint_ms"] = {
        name: {
            k: med([r[k] for r in runs if r[k] is not None])
            for k in runs[0]
            if any(r[k] is not None for r in runs)
        }
        for name, runs in STEPS.items()
    }
    out = ROOT / "target" / "bench-app.json"
    out.write_text(json.dumps(result, indent=2))
    print(
        f"""
| measure | Doorstep | empty Tauri 2 app | ratio |
| --- | --- | --- | --- |
| release binary, stripped | {size_app / 1e6:.1f} MB | {size_empty / 1e6:.1f} MB | {size_app / size_empty:.2f}x |
| launch to first paint (median of {RUNS}) | {med(app_paint):.0f} ms (unlock screen) | {med(empty_paint):.0f} ms | {med(app_paint) / med(empty_paint):.2f}x |
| unlock to families list (median, Argon2id included) | {med(unlock_ms):.0f} ms | | |
| resident memory, app + WebKit processes | {app_rss / 1024:.0f} MiB (a family open) | {empty_rss / 1024:.0f} MiB | {app_rss / empty_rss:.2f}x |
"""
    )
    print("Steps to first paint, median ms from the process's start:")
    for name, steps in result["steps_to_first_paint_ms"].items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.0f}" for k, v in steps.items()))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
