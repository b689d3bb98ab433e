#!/usr/bin/env python3
"""Validate plan files against the JSON Schemas in schema/ with an independent
validator (Python's jsonschema), after reading them with Python's tomllib.

Usage: python3 scripts/check_schema.py [PLAN_DIR ...]   (default: plan examples/plan)
Exit 1 if any file fails; a deliberately broken file is checked to fail too.
"""
import datetime
import json
import pathlib
import sys
import tomllib

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
KIND = {"plan.toml": "plan", "agencies.toml": "agencies", "indicators.toml": "indicators", "amendments.toml": "amendments"}


def as_json(value):
    """TOML dates become ISO strings, as taplo and check-jsonschema see them."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    return value


def kind_of(path):
    if path.name in KIND:
        return KIND[path.name]
    return {"tasks": "tasks", "progress": "progress"}.get(path.parent.name)


def validator(kind):
    schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(path, kind):
    data = as_json(tomllib.loads(path.read_text(encoding="utf-8")))
    return [f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(kind).iter_errors(data)]


def main():
    dirs = [pathlib.Path(d) for d in sys.argv[1:]] or [ROOT / "plan", ROOT / "examples" / "plan"]
    failures, count = [], 0
    for d in dirs:
        for path in sorted(d.rglob("*.toml")):
            kind = kind_of(path)
            if kind:
                count += 1
                failures += errors(path, kind)
    # The check itself must be able to fail: a task with a misspelled key, a
    # quoted date and an empty lead.
    broken = ROOT / "target" / "schema-check" / "tasks" / "broken.toml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text('[section]\nid = "PL2.I"\ntitle = "t"\n\n[[task]]\nid = "PL2.I.1"\ntitle = "t"\nlead = []\nscheduel = "x"\ndue = "30/06/2022"\n', encoding="utf-8")
    caught = errors(broken, "tasks")
    if len(caught) < 3:
        failures.append(f"the broken sample was not caught: {caught}")
    for f in failures:
        print(f)
    print(f"schema check: {count} files, {len(failures)} problems; the broken sample gave {len(caught)} errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
