"""Runs Bandit or Pylint and writes what they found as SARIF 2.1.0, for the security-scan and
code-quality gates.

    python3 ci/sarif.py OUT.sarif bandit --recursive sensor
    python3 ci/sarif.py OUT.sarif pylint sensor

Bandit 1.7.8+ (`--format sarif`) and Ruff (`--output-format sarif`) write SARIF themselves; the
Bandit 1.6 and Pylint 2.16 that Debian 12 ships only write JSON, which this turns into SARIF.
The tool runs as argv (no shell); its exit status is ignored, as the gates decide from the
report; a tool that writes no JSON fails this script.
"""

import json
import subprocess  # nosec B404 (runs the named linter with an argument list, no shell)
import sys
from pathlib import Path

# Bandit's severity as a code scanning `security-severity` score (high >= 7, medium >= 4).
BANDIT_SCORE = {"HIGH": "8.0", "MEDIUM": "5.5", "LOW": "2.0"}
BANDIT_LEVEL = {"HIGH": "error", "MEDIUM": "warning", "LOW": "note"}
# Pylint's message types: errors fail the code-quality gate, warnings count as warnings.
PYLINT_LEVEL = {"fatal": "error", "error": "error", "warning": "warning", "convention": "note", "refactor": "note", "info": "note"}


def uri(path: str) -> str:
    return Path(path).resolve().as_uri()


def result(rule: str, level: str, message: str, path: str, line: int, column: int | None = None, score: str | None = None) -> dict:
    region = {"startLine": max(line, 1)}
    if column:
        region["startColumn"] = column
    out = {
        "ruleId": rule,
        "level": level,
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": region}}],
    }
    if score:
        out["properties"] = {"security-severity": score}
    return out


def from_bandit(report: dict) -> tuple[dict, list[dict]]:
    results = [
        result(
            f"{i['test_id']}/{i['test_name']}",
            BANDIT_LEVEL.get(i["issue_severity"], "warning"),
            f"{i['issue_text']} (severity {i['issue_severity'].lower()}, confidence {i['issue_confidence'].lower()})",
            i["filename"],
            i["line_number"],
            score=BANDIT_SCORE.get(i["issue_severity"]),
        )
        for i in report.get("results", [])
    ]
    return {"name": "Bandit", "informationUri": "https://bandit.readthedocs.io/"}, results


def from_pylint(messages: list) -> tuple[dict, list[dict]]:
    results = [
        result(
            f"{m['message-id']}/{m['symbol']}",
            PYLINT_LEVEL.get(m["type"], "warning"),
            m["message"],
            m["path"],
            m["line"],
            (m.get("column") or 0) + 1,
        )
        for m in messages
    ]
    return {"name": "Pylint", "informationUri": "https://pylint.readthedocs.io/"}, results


TOOLS = {"bandit": (["--format", "json"], from_bandit), "pylint": (["--output-format=json"], from_pylint)}


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in TOOLS:
        print(f"usage: sarif.py OUT.sarif {{{'|'.join(TOOLS)}}} ARGS...", file=sys.stderr)
        return 2
    out, tool, args = Path(argv[0]), argv[1], argv[2:]
    flags, convert = TOOLS[tool]
    done = subprocess.run([tool, *flags, *args], capture_output=True, text=True, check=False)  # nosec B603 (argument list, no shell)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"{tool} wrote no JSON (exit {done.returncode}): {done.stderr.strip()[-2000:]}", file=sys.stderr)
        return 1
    driver, results = convert(report)
    out.parent.mkdir(parents=True, exist_ok=True)
    sarif = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [{"tool": {"driver": driver}, "results": results}]}
    out.write_text(json.dumps(sarif, indent=2) + "\n")
    print(f"{tool}: {len(results)} result(s) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
