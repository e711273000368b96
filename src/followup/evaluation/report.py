"""report.html: one self-contained page for a run, in the spirit of promptfoo's viewer.

Everything is inline (styles, a small script, no fonts, images or anything fetched), so the
file can be mailed, attached to a CI job or opened offline. The page reads without the script;
the script adds the toolbar: a search box over every case's text, status filters (failed,
passed, refused, regressed), filters by failing assertion type and by cause (click a bar or a
cause), expand/collapse all, and a shareable state in the URL (`report.html#show=failed&q=acme`).

The summary numbers carry `data-metric` attributes and the assertion tallies `data-assertion`,
so a test can read them from the page a browser rendered and compare them with results.json.
Cases come failures first; each shows its notes beside its drafts, with the checker's findings
marked in the draft text. No template engine: the page is small, and html.escape on every
value is the whole of the escaping it needs.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from typing import Any

_STYLE = """
:root{--ok:#1a7f37;--bad:#cf222e;--warn:#bc4c00;--ref:#8250df;--mut:#57606a;--line:#d0d7de;
--bg:#f6f8fa;--card:#fff;--ink:#1f2328}
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:var(--ink);
background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:1.5rem 1.5rem 4rem}
h1{font-size:1.35rem;margin:0}h2{font-size:1.05rem;margin:0 0 .6rem}
.meta{color:var(--mut);font-size:.85rem}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem;
margin-top:1rem}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;background:none;border:0;padding:0}
.card{flex:1 1 96px;background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:.7rem .9rem}
.card b{display:block;font-size:1.45rem;line-height:1.2;white-space:nowrap}
.card span{color:var(--mut);font-size:.8rem}
.card.rate{flex:2 1 200px}.card.ok b{color:var(--ok)}.card.bad b{color:var(--bad)}
.card.ref b{color:var(--ref)}
.meter{height:8px;background:#eaeef2;border-radius:4px;overflow:hidden;margin-top:.4rem}
.meter i{display:block;height:100%;background:var(--ok)}
.two{display:grid;grid-template-columns:3fr 2fr;gap:1rem;background:none;border:0;padding:0}
.two>div{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem}
table{border-collapse:collapse;width:100%}td,th{padding:.25rem .4rem;text-align:left;
vertical-align:top}th{font-size:.75rem;color:var(--mut);font-weight:600;text-transform:uppercase}
tr.pick{cursor:pointer}tr.pick:hover{background:#f3f4f6}tr.on{background:#ddf4ff}
.bar{background:#ffebe9;height:10px;border-radius:5px;overflow:hidden;min-width:140px}
.bar i{display:block;height:100%;background:var(--ok)}
.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:.6rem}
.toolbar input{flex:1 1 100%;padding:.45rem .6rem;border:1px solid var(--line);
border-radius:6px;font:inherit}
.seg button,.toolbar>button{font:inherit;font-size:.85rem;padding:.35rem .7rem;
border:1px solid var(--line);background:var(--card);cursor:pointer}
.seg button:first-child{border-radius:6px 0 0 6px}.seg button:last-child{border-radius:0 6px 6px 0}
.seg button+button{border-left:0}.seg button.on{background:var(--ink);color:#fff}
.toolbar>button{border-radius:6px}
.chip{display:inline-block;font-size:.75rem;padding:.05rem .45rem;border-radius:10px;
border:1px solid var(--line);background:#f6f8fa;white-space:nowrap}
.js-only{display:none}.js .js-only{display:flex}.js span.js-only{display:inline}
.case{border:1px solid var(--line);border-radius:8px;margin:.35rem 0;background:var(--card)}
.case>summary{display:grid;grid-template-columns:1.6rem minmax(180px,2fr) 7rem 3.5rem 3fr;
gap:.5rem;align-items:baseline;padding:.45rem .7rem;cursor:pointer;list-style:none}
.case>summary::-webkit-details-marker{display:none}
.case.fail{border-left:4px solid var(--bad)}.case.pass{border-left:4px solid var(--ok)}
.case[open]>summary{border-bottom:1px solid var(--line);background:#fafbfc}
.mark{font-weight:700}.fail .mark{color:var(--bad)}.pass .mark{color:var(--ok)}
.cid{font-weight:600;overflow-wrap:anywhere}.why{color:var(--mut);font-size:.85rem;
overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.body{padding:.7rem .9rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;margin-top:.6rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg);border:1px solid var(--line);
padding:.6rem;border-radius:6px;margin:.3rem 0;font:12.5px/1.45 ui-monospace,Menlo,Consolas,
monospace}
.st{font-size:.72rem;padding:.05rem .45rem;border-radius:10px;color:#fff;white-space:nowrap}
.st-ready{background:var(--ok)}.st-review{background:var(--warn)}
.st-blocked{background:var(--bad)}.st-refused{background:var(--ref)}.st-model{background:#000}
.st-regressed{background:#9a6700}
.asserts td:first-child{width:1.4rem}.asserts .ok{color:var(--ok)}.asserts .no{color:var(--bad)}
.asserts .skip{color:var(--mut)}.asserts td.t{white-space:nowrap;font-weight:600}
.error{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.5rem .7rem}
mark{border-radius:3px;padding:0 1px}mark.error{background:#ffcecb}
mark.warning{background:#fff1c2}mark.suggestion{background:#ddf4ff}
ul.findings{margin:.2rem 0 .6rem;padding-left:1.1rem;font-size:.85rem}
.sev-error{color:var(--bad)}.sev-warning{color:var(--warn)}.sev-suggestion{color:var(--mut)}
.empty{color:var(--mut);padding:1rem;text-align:center}
@media (max-width:800px){.two,.cols{grid-template-columns:1fr}
.case>summary{grid-template-columns:1.6rem 1fr}.case>summary .why{grid-column:1/-1}}
"""

# Filters: show (all, failed, passed, refused, regressed), an assertion type, a cause, a query.
_SCRIPT = """
(function(){
document.documentElement.classList.add('js');
var cases=[].slice.call(document.querySelectorAll('details.case'));
var text=cases.map(function(c){return c.textContent.toLowerCase();});
var st={show:'all',q:'',type:'',cause:''};
var q=document.getElementById('q'),shown=document.getElementById('shown');
function read(){var h=location.hash.replace(/^#/,'');h.split('&').forEach(function(p){
 var kv=p.split('=');if(kv[0] in st&&kv.length>1){st[kv[0]]=decodeURIComponent(kv[1]);}});}
function write(){var parts=[];for(var k in st){if(st[k]&&!(k==='show'&&st[k]==='all')){
 parts.push(k+'='+encodeURIComponent(st[k]));}}
 history.replaceState(null,'',parts.length?'#'+parts.join('&'):location.pathname);}
function match(c,i){var d=c.dataset;
 if(st.show==='failed'&&d.state!=='fail')return false;
 if(st.show==='passed'&&d.state!=='pass')return false;
 if(st.show==='refused'&&d.error!=='refused')return false;
 if(st.show==='regressed'&&d.regressed!=='1')return false;
 if(st.type&&(' '+d.failedTypes+' ').indexOf(' '+st.type+' ')<0)return false;
 if(st.cause&&d.cause!==st.cause)return false;
 return !st.q||text[i].indexOf(st.q.toLowerCase())>=0;}
function apply(){var n=0;cases.forEach(function(c,i){var ok=match(c,i);c.hidden=!ok;if(ok)n++;});
 shown.textContent=n+' of '+cases.length+' cases';shown.dataset.shown=n;
 if(n===1&&(st.q||st.cause)){cases.forEach(function(c){if(!c.hidden)c.open=true;});}
 document.getElementById('none').hidden=n>0;
 [].forEach.call(document.querySelectorAll('.seg button'),function(b){
  b.classList.toggle('on',b.dataset.show===st.show);});
 [].forEach.call(document.querySelectorAll('tr[data-pick]'),function(r){
  var k=r.dataset.pick.split(':');r.classList.toggle('on',st[k[0]]===k.slice(1).join(':'));});
 var f=document.getElementById('picked'),label=st.type?'assertion '+st.type:st.cause;
 f.hidden=!label;f.firstChild.textContent=label?'only: '+label+' ':'';
 if(q.value!==st.q)q.value=st.q;write();}
q.addEventListener('input',function(){st.q=q.value.trim();apply();});
document.addEventListener('keydown',function(ev){if(ev.key==='/'&&document.activeElement!==q){
 ev.preventDefault();q.focus();}});
[].forEach.call(document.querySelectorAll('.seg button'),function(b){
 b.addEventListener('click',function(){st.show=b.dataset.show;apply();});});
[].forEach.call(document.querySelectorAll('tr[data-pick]'),function(r){
 r.addEventListener('click',function(){var k=r.dataset.pick.split(':'),key=k[0],
  v=k.slice(1).join(':');st.type='';st.cause='';if(r.classList.contains('on')){v='';}
  st[key]=v;if(v&&st.show==='passed'){st.show='all';}apply();
  document.getElementById('cases').scrollIntoView();});});
document.getElementById('clear').addEventListener('click',function(){st.type='';st.cause='';
 apply();});
var open=false;document.getElementById('expand').addEventListener('click',function(){
 open=!open;cases.forEach(function(c){if(!c.hidden)c.open=open;});
 this.textContent=open?'Collapse all':'Expand all';});
function openCase(){var t=location.hash.indexOf('#case-')===0&&
 document.getElementById(location.hash.slice(1));if(!t)return false;
 st={show:'all',q:'',type:'',cause:''};apply();t.open=true;
 history.replaceState(null,'',location.pathname+'#'+t.id);t.scrollIntoView();return true;}
window.addEventListener('hashchange',function(){if(!openCase()){read();apply();}});
if(!openCase()){read();apply();}
})();
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def render_report(document: dict[str, Any]) -> str:
    """The page for one results.json document."""
    summary = document["summary"]
    run = document["run"]
    cases = document["cases"]
    baseline = document.get("baseline")
    regressed = _regressed_ids(baseline)
    causes = {case["id"]: failure_cause(case) for case in cases}
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>followup eval · {_e(run['id'])} · {summary['pass_rate'] * 100:.1f}% passed"
        f"</title><style>{_STYLE}</style></head><body><main>",
        _header(run),
        _cards(summary),
    ]
    if baseline:
        parts.append(_baseline(baseline))
    parts.append("<div class='two'>")
    parts.append(_assertion_table(summary))
    parts.append(_cause_table(causes))
    parts.append("</div>")
    parts.append(_toolbar(summary, cases, regressed))
    for case in cases:
        parts.append(_case(case, causes[case["id"]], case["id"] in regressed))
    parts.append("</section></main>")
    parts.append(
        "<script type='application/json' id='results'>"
        + json.dumps(summary).replace("</", "<\\/")
        + f"</script><script>{_SCRIPT}</script></body></html>"
    )
    return "".join(parts)


def _header(run: dict[str, Any]) -> str:
    judge = f" · judge {_e(run['judge'])}" if run.get("judge") else ""
    flt = f" · filter {_e(run['filter'])}" if run.get("filter") else ""
    return (
        f"<header><h1>followup eval · run {_e(run['id'])}</h1><div class='meta'>writer "
        f"<b>{_e(run['writer'])}</b>{judge} · started {_e(run['started'])} · "
        f"{_e(run['duration_s'])} s · concurrency {_e(run['concurrency'])} · "
        f"cases from {_e(', '.join(run.get('paths', [])))}{flt}</div></header>"
    )


def _cards(summary: dict[str, Any]) -> str:
    rate = summary["pass_rate"]
    tokens = summary["prompt_tokens"] + summary["completion_tokens"]
    estimated = " (estimated)" if summary["tokens_estimated"] else ""
    return (
        "<section class='cards'>"
        f"<div class='card rate'><b data-metric='pass_rate' data-value='{_e(rate)}'>"
        f"{rate * 100:.1f}%</b><span>pass rate: {summary['passed']} of {summary['cases']} "
        f"cases</span><div class='meter'><i style='width:{rate * 100:.1f}%'></i></div></div>"
        + _card("cases", summary["cases"], "cases")
        + _card("passed", summary["passed"], "passed", "ok")
        + _card("failed", summary["failed"], "failed", "bad" if summary["failed"] else "")
        + _card("refused", summary["refused"], "refused", "ref")
        + _card("model errors", summary["errors"], "errors", "bad" if summary["errors"] else "")
        + _card("model calls", summary["model_calls"], "model_calls")
        + _card("from the cache", summary["cached_calls"], "cached_calls")
        + _card(f"tokens{estimated}", tokens, "tokens")
        + "</section>"
    )


def _card(label: str, value: int, metric: str, tone: str = "") -> str:
    return (
        f"<div class='card {tone}'><b data-metric='{metric}' data-value='{_e(value)}'>"
        f"{value:,}</b><span>{_e(label)}</span></div>"
    )


def _regressed_ids(baseline: dict[str, Any] | None) -> set[str]:
    if not baseline:
        return set()
    return {item.split(":", 1)[0] for item in baseline["regressed"]}


def _baseline(baseline: dict[str, Any]) -> str:
    by_case: dict[str, list[str]] = {}
    for item in baseline["regressed"]:
        case_id, _, what = item.partition(": ")
        by_case.setdefault(case_id, []).append(re.sub(r"^\d+:", "", what))
    items = "".join(
        f"<li><a href='#case-{_e(case_id)}'>{_e(case_id)}</a>: {_e(', '.join(whats))}</li>"
        for case_id, whats in list(by_case.items())[:40]
    )
    more = len(by_case) - 40
    return (
        f"<section><h2>Against the baseline <span class='meta'>{_e(baseline['path'])}</span>"
        f"</h2><p><b data-metric='regressed' data-value='{len(baseline['regressed'])}'>"
        f"{len(baseline['regressed'])}</b> regressed (in {len(by_case)} cases) · "
        f"<b>{len(baseline['improved'])}</b> improved · "
        f"{len(baseline.get('new_cases', []))} new cases</p>"
        + (f"<ul>{items}</ul>" if items else "")
        + (f"<p class='meta'>and {more} more cases</p>" if more > 0 else "")
        + "</section>"
    )


def _assertion_table(summary: dict[str, Any]) -> str:
    rows = []
    for name, tally in summary["assertions"].items():
        counted = tally["passed"] + tally["failed"]
        share = tally["passed"] / counted if counted else 0.0
        skipped = (
            f" <span class='meta'>({tally['skipped']} skipped)</span>" if tally["skipped"] else ""
        )
        pick = f" class='pick' data-pick='type:{_e(name)}'" if tally["failed"] else ""
        rows.append(
            f"<tr{pick}><td>{_e(name)}</td><td><div class='bar' title='{share:.0%} passed'>"
            f"<i style='width:{share * 100:.1f}%'></i></div></td>"
            f"<td class='num' data-assertion='{_e(name)}' data-passed='{tally['passed']}' "
            f"data-failed='{tally['failed']}'>{tally['passed']}/{counted}</td>"
            f"<td class='num'>{share:.0%}{skipped}</td></tr>"
        )
    return (
        "<div><h2>Assertions by type</h2><p class='meta js-only'>Click a row to list the "
        "cases where it failed.</p><table><tr><th>type</th><th>passed</th><th>n</th><th>%</th>"
        f"</tr>{''.join(rows)}</table></div>"
    )


def failure_cause(case: dict[str, Any]) -> str:
    """Why a case failed, in a few words shared by cases that failed the same way: the
    refusal or model error (without the notes file's path), or the assertion types."""
    if case["passed"]:
        return ""
    if case["error"]:
        message = re.sub(r"^\S+?\.(?:md|txt|yaml)(?: \(inline\))?: ", "", case["error"])
        message = re.split(r"[;(]", message, maxsplit=1)[0].strip()
        return f"{case['error_type']}: {message}"
    failed = sorted({a["type"] for a in case["assertions"] if a["pass"] is False})
    return "failed " + ", ".join(failed) if failed else "score below threshold"


def _cause_table(causes: dict[str, str]) -> str:
    counts = Counter(c for c in causes.values() if c)
    rows = "".join(
        f"<tr class='pick' data-pick='cause:{_e(cause)}'><td class='num'>{n}</td>"
        f"<td>{_e(cause)}</td></tr>"
        for cause, n in counts.most_common(12)
    )
    more = len(counts) - 12
    return (
        "<div><h2>Why cases failed</h2>"
        + (
            f"<table><tr><th>cases</th><th>cause</th></tr>{rows}</table>"
            if rows
            else "<p class='meta'>No case failed.</p>"
        )
        + (f"<p class='meta'>and {more} more causes</p>" if more > 0 else "")
        + "</div>"
    )


def _toolbar(summary: dict[str, Any], cases: list[dict[str, Any]], regressed: set[str]) -> str:
    buttons = [("all", "All", summary["cases"]), ("failed", "Failed", summary["failed"])]
    buttons += [("passed", "Passed", summary["passed"]), ("refused", "Refused", summary["refused"])]
    if regressed:
        buttons.append(("regressed", "Regressed", len(regressed)))
    seg = "".join(
        f"<button type='button' data-show='{key}'>{label} {n}</button>" for key, label, n in buttons
    )
    return (
        "<section id='cases'><h2>Cases <span class='meta'>failures first</span></h2>"
        "<div class='toolbar js-only'><input id='q' type='search' placeholder='Filter cases: "
        "id, notes, draft text, rule, reason… (press /)' aria-label='Filter cases'>"
        f"<div class='seg'>{seg}</div><button type='button' id='expand'>Expand all</button>"
        "<span id='picked' class='chip' hidden>x<button type='button' id='clear' "
        "aria-label='clear'>×</button></span>"
        f"<span id='shown' class='meta'>{len(cases)} cases</span></div>"
        "<p id='none' class='empty' hidden>No case matches.</p>"
    )


def _case(case: dict[str, Any], cause: str, regressed: bool) -> str:
    state = "pass" if case["passed"] else "fail"
    failed_types = sorted({a["type"] for a in case["assertions"] if a["pass"] is False})
    if case["error_type"]:
        badges = [f"<span class='st st-{_e(case['error_type'])}'>{_e(case['error_type'])}</span>"]
    else:
        badges = [
            f"<span class='st st-{_e(d['status'])}'>{_e(d['status'])}</span>"
            for d in case["drafts"]
        ]
    if regressed:
        badges.insert(0, "<span class='st st-regressed'>regressed</span>")
    counted = [a for a in case["assertions"] if a["pass"] is not None]
    passed = sum(1 for a in counted if a["pass"])
    why = (
        cause.removeprefix(f"{case['error_type']}: ")
        or f"{passed}/{len(counted)} assertions passed"
    )
    head = (
        f"<details class='case {state}' id='case-{_e(case['id'])}' data-state='{state}' "
        f"data-error='{_e(case['error_type'] or '')}' data-regressed='{int(regressed)}' "
        f"data-failed-types='{_e(' '.join(failed_types))}' data-cause='{_e(cause)}'>"
        f"<summary><span class='mark'>{'✔' if case['passed'] else '✘'}</span>"
        f"<span class='cid'>{_e(case['id'])}</span>"
        f"<span>{_e(case['kind'] or case['kind_requested'])}</span>"
        f"<span class='num' title='score (threshold {_e(case['threshold'])})'>"
        f"{case['score']:.2f}</span><span class='why'>{' '.join(badges)} {_e(why)}</span>"
        "</summary><div class='body'>"
    )
    meta = [f"{_e(case['file'])}"]
    if case.get("description"):
        meta.insert(0, _e(case["description"]))
    if case.get("today"):
        meta.append(f"today {_e(case['today'])}")
    if case.get("kind_reason"):
        meta.append(f"kind chosen: {_e(case['kind_reason'])}")
    if case.get("model_calls") or case.get("cached_calls"):
        est = " est." if case.get("tokens_estimated") else ""
        meta.append(
            f"{case['model_calls']} model calls (+{case.get('cached_calls', 0)} cached), "
            f"{case['prompt_tokens'] + case['completion_tokens']} tokens{est}"
        )
    meta.append(f"{case['latency_s']:.2f} s")
    meta.append(f"<a href='#case-{_e(case['id'])}'>link</a>")
    parts = [head, f"<div class='meta'>{' · '.join(meta)}</div>"]
    if case["error"]:
        parts.append(f"<p class='error'><b>{_e(case['error_type'])}:</b> {_e(case['error'])}</p>")
    parts.append(_assertions(case))
    drafts = "".join(_draft(d) for d in case["drafts"]) or "<p class='meta'>No draft.</p>"
    parts.append(
        f"<div class='cols'><div><b>Notes</b> <span class='meta'>{_e(case['notes_source'])}"
        f"</span><pre>{_e(case['notes'])}</pre></div><div><b>Drafts</b>{drafts}</div></div>"
    )
    parts.append("</div></details>")
    return "".join(parts)


def _assertions(case: dict[str, Any]) -> str:
    rows = []
    for a in case["assertions"]:
        mark = "skip" if a["pass"] is None else "ok" if a["pass"] else "no"
        sign = {"skip": "–", "ok": "✔", "no": "✘"}[mark]
        to = f" → {a['to']}" if a.get("to") else ""
        weight = f" ×{a['weight']:g}" if a.get("weight", 1) != 1 else ""
        reason = str(a["reason"])
        if case["error"]:  # said once above the table
            reason = reason.replace(case["error"], "…")
        rows.append(
            f"<tr><td class='{mark}'>{sign}</td><td class='t'>{_e(a['type'])}{_e(to)}"
            f"{_e(weight)}</td><td>{_e(reason)}</td></tr>"
        )
    return f"<table class='asserts'>{''.join(rows)}</table>"


def _draft(draft: dict[str, Any]) -> str:
    findings = draft["findings"]
    items = "".join(
        f"<li class='sev-{_e(f['severity'])}'>{_e(f['severity'])} <code>{_e(f['rule_id'])}"
        f"</code>: {_e(f['message'])}</li>"
        for f in findings
    )
    return (
        f"<p><b>To {_e(draft['to'])}</b> <span class='st st-{_e(draft['status'])}'>"
        f"{_e(draft['status'])}</span></p><pre>Subject: {_e(draft['subject'])}\n\n"
        f"{marked(draft['body'], findings)}</pre>"
        + (f"<ul class='findings'>{items}</ul>" if items else "")
    )


def marked(text: str, findings: list[dict[str, Any]]) -> str:
    """The text, escaped, with each finding's matched words in a <mark> (first occurrence;
    overlapping matches keep the first)."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for f in findings:
        match = f.get("match") or ""
        start = text.find(match) if match.strip() else -1
        if start >= 0:
            spans.append((start, start + len(match), f))
    out, at = [], 0
    for start, end, f in sorted(spans, key=lambda s: s[0]):
        if start < at:
            continue
        out.append(_e(text[at:start]))
        title = f"{f['rule_id']}: {f['message']}"
        out.append(f"<mark class='{_e(f['severity'])}' title='{_e(title)}'>")
        out.append(_e(text[start:end]) + "</mark>")
        at = end
    out.append(_e(text[at:]))
    return "".join(out)
