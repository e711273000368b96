"""report.html: one self-contained page (no network, no scripts from elsewhere) for a run.

The summary numbers carry `data-metric` attributes so a test can read them from the page a
browser rendered and compare them with results.json. A bar per assertion type shows its pass
share; each case shows its notes, drafts, status and findings side by side, failures first.
"""

from __future__ import annotations

import html
import json
from typing import Any

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
.meta{color:#555;margin-bottom:1rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem;min-width:7rem}
.card b{display:block;font-size:1.5rem}
table.bars{border-collapse:collapse}table.bars td{padding:.15rem .5rem}
.bar{background:#e5e5e5;width:240px;height:12px;border-radius:6px;overflow:hidden}
.bar i{display:block;height:100%;background:#2e7d32}
.case{background:#fff;border:1px solid #ddd;border-radius:8px;margin:.6rem 0;padding:.4rem .8rem}
.case.fail{border-left:5px solid #c62828}.case.pass{border-left:5px solid #2e7d32}
.case summary{cursor:pointer;font-weight:600}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem;border-radius:6px;margin:.3rem 0}
.st{font-size:.8rem;padding:.05rem .4rem;border-radius:4px;color:#fff}
.st-ready{background:#2e7d32}.st-review{background:#ef6c00}.st-blocked{background:#c62828}
.st-refused{background:#6a1b9a}
ul.asserts{margin:.3rem 0;padding-left:1.2rem}.ok{color:#2e7d32}.no{color:#c62828}.skip{color:#777}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def render_report(document: dict[str, Any]) -> str:
    """The page for one results.json document."""
    summary = document["summary"]
    run = document["run"]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>followup eval: {_e(run['id'])}</title><style>{_STYLE}</style></head><body>",
        f"<h1>followup eval · run {_e(run['id'])}</h1>",
        f"<div class='meta'>writer {_e(run['writer'])} · {_e(run['started'])} · "
        f"{_e(run['duration_s'])} s · concurrency {_e(run['concurrency'])}</div>",
        "<div class='cards'>",
        _card("pass rate", f"{summary['pass_rate'] * 100:.1f}%", "pass_rate", summary["pass_rate"]),
        _card("cases", summary["cases"], "cases", summary["cases"]),
        _card("passed", summary["passed"], "passed", summary["passed"]),
        _card("failed", summary["failed"], "failed", summary["failed"]),
        _card("refused", summary["refused"], "refused", summary["refused"]),
        _card("model calls", summary["model_calls"], "model_calls", summary["model_calls"]),
        "</div>",
    ]
    baseline = document.get("baseline")
    if baseline:
        parts.append(
            f"<h2>Against the baseline</h2><p><span data-metric='regressed' "
            f"data-value='{len(baseline['regressed'])}'>{len(baseline['regressed'])} regressed"
            f"</span>, {len(baseline['improved'])} improved.</p>"
        )
        if baseline["regressed"]:
            parts.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in baseline["regressed"]))
            parts.append("</ul>")
    parts.append("<h2>Assertions by type</h2><table class='bars'>")
    for name, tally in summary["assertions"].items():
        counted = tally["passed"] + tally["failed"]
        share = tally["passed"] / counted if counted else 0.0
        parts.append(
            f"<tr><td>{_e(name)}</td><td><div class='bar' title='{share:.0%}'>"
            f"<i style='width:{share * 100:.1f}%'></i></div></td>"
            f"<td data-assertion='{_e(name)}' data-passed='{tally['passed']}' "
            f"data-failed='{tally['failed']}'>{tally['passed']}/{counted}"
            + (f" ({tally['skipped']} skipped)" if tally["skipped"] else "")
            + "</td></tr>"
        )
    parts.append("</table><h2>Cases (failures first)</h2>")
    for case in document["cases"]:
        parts.append(_case(case))
    parts.append(
        "<script type='application/json' id='results'>"
        + json.dumps(summary).replace("</", "<\\/")
        + "</script></body></html>"
    )
    return "".join(parts)


def _card(label: str, shown: Any, metric: str, value: Any) -> str:
    return (
        f"<div class='card'><b data-metric='{metric}' data-value='{_e(value)}'>{_e(shown)}</b>"
        f"{_e(label)}</div>"
    )


def _case(case: dict[str, Any]) -> str:
    state = "pass" if case["passed"] else "fail"
    statuses = (
        ["refused"] if case["error_type"] == "refused" else [d["status"] for d in case["drafts"]]
    )
    badges = " ".join(f"<span class='st st-{_e(s)}'>{_e(s)}</span>" for s in statuses)
    head = (
        f"<details class='case {state}' id='case-{_e(case['id'])}'"
        f"{'' if case['passed'] else ' open'}><summary>{'✔' if case['passed'] else '✘'} "
        f"{_e(case['id'])} · {_e(case['kind'] or case['kind_requested'])} · score "
        f"{case['score']:.2f} {badges}</summary>"
    )
    if case.get("description"):
        head += f"<div class='meta'>{_e(case['description'])} ({_e(case['file'])})</div>"
    items = []
    for a in case["assertions"]:
        mark = "skip" if a["pass"] is None else "ok" if a["pass"] else "no"
        sign = {"skip": "–", "ok": "✔", "no": "✘"}[mark]
        to = f" (to {a['to']})" if a.get("to") else ""
        items.append(f"<li class='{mark}'>{sign} {_e(a['type'])}{_e(to)}: {_e(a['reason'])}</li>")
    drafts = []
    if case["error"]:
        drafts.append(f"<p><b>{_e(case['error_type'])}:</b> {_e(case['error'])}</p>")
    for d in case["drafts"]:
        findings = "".join(
            f"<li>{_e(f['severity'])} {_e(f['rule_id'])}: {_e(f['message'])}</li>"
            for f in d["findings"]
        )
        drafts.append(
            f"<p><b>To {_e(d['to'])}</b> <span class='st st-{_e(d['status'])}'>{_e(d['status'])}"
            f"</span></p><pre>Subject: {_e(d['subject'])}\n\n{_e(d['body'])}</pre>"
            + (f"<ul>{findings}</ul>" if findings else "")
        )
    return (
        head + f"<ul class='asserts'>{''.join(items)}</ul><div class='cols'><div><b>Notes</b>"
        f"<pre>{_e(case['notes'])}</pre></div><div>{''.join(drafts)}</div></div></details>"
    )
