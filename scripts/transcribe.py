#!/usr/bin/env python3
"""Transcribe the tables of Decision 1165/QĐ-UBND into plan/agencies.toml and
plan/tasks/*.toml.

Kept with the data so anyone can see how each row was read: continuation rows
(empty TT cell, left by page breaks) are merged into the row above, cell by
cell; HTML artefacts are removed; every lead and coordinating cell must be
consumed entirely by known agency spellings (the script stops on any leftover
text that is not listed in LEFTOVERS with its reason); schedules become dates by
the rules of docs/format.md, and the few schedules that are not one of the
common phrases are read by hand in SPECIAL_SCHEDULES.

Usage: python3 scripts/transcribe.py SEED_TXT [PLAN_DIR]
plan.toml and indicators.toml are written by hand and not touched here.
"""
import re
import sys
import unicodedata
from pathlib import Path

# id, name, English name, level, other spellings (beyond those found in cells).
AGENCIES = [
    ("ubnd-tinh", "Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa Provincial People's Committee", "province", ["UBND tỉnh"]),
    ("skhdt", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "province", ["SKHĐT", "Sở KH&ĐT"]),
    ("sct", "Sở Công Thương", "Department of Industry and Trade", "province", []),
    ("snnptnt", "Sở Nông nghiệp và PTNT", "Department of Agriculture and Rural Development", "province", ["Sở Nông nghiệp và Phát triển nông thôn"]),
    ("sdl", "Sở Du lịch", "Department of Tourism", "province", []),
    ("stc", "Sở Tài chính", "Department of Finance", "province", ["Tài chính"]),
    ("sldtbxh", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", "province", ["Sở Lao động, Thương binh và Xã hội"]),
    ("sxd", "Sở Xây dựng", "Department of Construction", "province", []),
    ("stnmt", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "province", []),
    ("stttt", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "province", []),
    ("snv", "Sở Nội vụ", "Department of Home Affairs", "province", []),
    ("sgtvt", "Sở Giao thông vận tải", "Department of Transport", "province", ["Sở Giao thông"]),
    ("skhcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "province", []),
    ("sgddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "province", []),
    ("syt", "Sở Y tế", "Department of Health", "province", []),
    ("svhtt", "Sở Văn hóa và Thể thao", "Department of Culture and Sports", "province", []),
    ("sngv", "Sở Ngoại vụ", "Department of Foreign Affairs", "province", []),
    ("bdt", "Ban Dân tộc", "Ethnic Minorities Committee", "province", []),
    ("thanh-tra-tinh", "Thanh tra tỉnh", "Provincial Inspectorate", "province", []),
    ("bql-kkt-van-phong", "Ban Quản lý Khu kinh tế Vân Phong", "Vân Phong Economic Zone Management Board", "province", ["BQL Khu kinh tế Vân Phong", "BQL KKT Vân Phong"]),
    ("bql-da-phat-trien-tinh", "BQL Dự án Phát triển tỉnh", "Provincial Development Projects Management Board", "province", []),
    ("bchqs-tinh", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command", "province", []),
    ("cong-an-tinh", "Công an tỉnh", "Provincial Police", "province", []),
    ("cuc-thong-ke", "Cục Thống kê tỉnh", "Provincial Statistics Office", "other", []),
    ("cuc-thue", "Cục Thuế tỉnh", "Provincial Tax Department", "other", ["cơ quan Thuế"]),
    ("cuc-hai-quan", "Cục Hải quan tỉnh", "Provincial Customs Department", "other", ["Hải quan"]),
    ("kbnn", "Kho bạc Nhà nước tỉnh", "Provincial State Treasury", "other", ["KBNN"]),
    ("bhxh", "Bảo hiểm xã hội tỉnh", "Provincial Social Insurance", "other", ["Bảo hiểm xã hội"]),
    ("nhnn", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Khánh Hòa", "State Bank of Vietnam, Khánh Hòa branch", "other", []),
    ("hiep-hoi-du-lich", "Hiệp hội Du lịch", "Khánh Hòa Tourism Association", "other", []),
    ("dh-nha-trang", "Trường Đại học Nha Trang", "Nha Trang University", "other", []),
    ("ubnd-nha-trang", "UBND thành phố Nha Trang", "Nha Trang City People's Committee", "district", ["UBND TP.Nha Trang", "UBND TP Nha Trang"]),
    ("ubnd-ninh-hoa", "UBND thị xã Ninh Hòa", "Ninh Hòa Town People's Committee", "district", []),
    ("ubnd-van-ninh", "UBND huyện Vạn Ninh", "Vạn Ninh District People's Committee", "district", []),
    ("ubnd-cam-lam", "UBND huyện Cam Lâm", "Cam Lâm District People's Committee", "district", []),
    ("ubnd-truong-sa", "UBND huyện Trường Sa", "Trường Sa District People's Committee", "district", []),
    ("bo-gtvt", "Bộ Giao thông vận tải", "Ministry of Transport", "central", []),
    ("bo-gddt", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", "central", []),
    ("bo-khcn", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "central", []),
    ("bo-qp", "Bộ Quốc phòng", "Ministry of National Defence", "central", []),
    ("bo-yt", "Bộ Y tế", "Ministry of Health", "central", []),
    # Collectives the decision names as such.
    ("ubnd-cap-huyen", "UBND các huyện, thị xã, thành phố", "District, town and city People's Committees", "group", []),
    ("cac-so-ban-nganh", "Các sở, ban, ngành", "Provincial departments, boards and branches", "group",
     ["Các Sở, ban, ngành thuộc tỉnh", "Tất cả các sở, ban, ngành", "Các Sở quản lý ngành"]),
    ("cac-so-nganh-lien-quan", "Các sở, ngành liên quan", "Relevant provincial departments and branches", "group",
     ["Các sở, ban, ngành liên quan", "Các ngành liên quan", "Các sở, ngành, đơn vị liên quan",
      "Các sở, ban, ngành, đơn vị liên quan", "Các sở, ngành, địa phương liên quan"]),
    ("cac-don-vi-lien-quan", "Các đơn vị liên quan", "Relevant units and bodies", "group",
     ["Các đơn vị có liên quan", "Các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị, địa phương có liên quan",
      "các cơ quan liên quan", "cơ quan liên quan"]),
    ("cac-dia-phuong-lien-quan", "Các địa phương liên quan", "Relevant localities", "group", []),
    ("cac-bo-nganh-tw", "Các bộ, ngành Trung ương", "Central ministries and agencies", "group",
     ["Các bộ, ngành TW", "Các bộ, ngành liên quan", "Các Bộ, cơ quan liên quan"]),
    ("doan-the", "Các đoàn thể", "Mass organisations", "group", ["đoàn thể"]),
    ("co-quan-bao-chi", "Các cơ quan báo chí của tỉnh", "Provincial press agencies", "group", []),
    ("mttq-doan-the", "Mặt trận và các tổ chức chính trị - xã hội tỉnh", "Fatherland Front and socio-political organisations", "group", []),
    ("don-vi-su-nghiep", "Các đơn vị sự nghiệp công lập", "Public service units", "group", []),
    ("co-so-giao-duc", "Các cơ sở giáo dục", "Educational institutions", "group", []),
    ("co-so-y-te", "Cơ sở y tế", "Health facilities", "group", []),
    ("don-vi-cung-ung-dich-vu", "Các đơn vị cung ứng dịch vụ điện, nước, vệ sinh môi trường, viễn thông, bưu chính,... trên địa bàn",
     "Providers of electricity, water, sanitation, telecoms and postal services", "group", []),
]

# Which collective each agency belongs to: the district People's Committees are
# "UBND các huyện, thị xã, thành phố"; the provincial departments (sở) and boards
# (ban) are "các sở, ban, ngành". Bodies whose membership the decision leaves open
# (police, military command, vertical branches) belong to none.
MEMBER_OF = {
    "ubnd-cap-huyen": ["ubnd-nha-trang", "ubnd-ninh-hoa", "ubnd-van-ninh", "ubnd-cam-lam", "ubnd-truong-sa"],
    "cac-so-ban-nganh": ["skhdt", "sct", "snnptnt", "sdl", "stc", "sldtbxh", "sxd", "stnmt", "stttt", "snv",
                         "sgtvt", "skhcn", "sgddt", "syt", "svhtt", "sngv", "bdt", "thanh-tra-tinh", "bql-kkt-van-phong"],
}

# Cell text that names no agency, with the reason; kept in the task as a comment.
LEFTOVERS = {
    ("PL2.III.20", "support"): ("UBND", "the cell ends in a bare \"UBND\": the page break cut the name off in the source"),
}

SECTION_FILES = ["nhan-thuc", "quy-hoach", "kinh-te", "ha-tang", "do-thi", "lien-ket",
                 "nguon-luc", "con-nguoi", "tai-nguyen", "quoc-phong", "xay-dung-dang"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]

# Schedules that are not one of the common phrases, read by hand:
# (start, due, milestones [(what, date)], ongoing)
SPECIAL_SCHEDULES = {
    "- Quý I/2023 báo cáo Tỉnh ủy - Hoàn thành trước năm 2029":
        (None, None, [("Báo cáo Tỉnh ủy", "2023-03-31"), ("Hoàn thành", "2028-12-31")], False),
    "- Trước ngày 15/5/2022 báo cáo Tỉnh ủy - 2022-2025":
        ("2022-01-01", None, [("Báo cáo Tỉnh ủy", "2022-05-14"), ("Hoàn thành", "2025-12-31")], False),
    "Thời gian hoàn thành Dự án Xây dựng Đập ngăn mặn trên sông Cái Nha Trang là năm 2023; Dự án Phát triển tích hợp thích ứng – Tiểu dự án tỉnh Khánh Hòa là năm 2026":
        (None, None, [("Hoàn thành Dự án Xây dựng Đập ngăn mặn trên sông Cái Nha Trang", "2023-12-31"),
                      ("Hoàn thành Dự án Phát triển tích hợp thích ứng – Tiểu dự án tỉnh Khánh Hòa", "2026-12-31")], False),
}

MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def read_schedule(s):
    """(start, due, milestones, ongoing) by the rules of docs/format.md."""
    if s in SPECIAL_SCHEDULES:
        return SPECIAL_SCHEDULES[s]
    if s in ("Thường xuyên", "Nhiệm vụ thường xuyên") or s.startswith("Trong quá trình thực hiện"):
        return (None, None, [], True)
    if m := re.fullmatch(r"(\d{4})-(\d{4})", s):
        return (f"{m[1]}-01-01", f"{m[2]}-12-31", [], False)
    if m := re.fullmatch(r"Hoàn thành trong tháng (\d{1,2})/(\d{4})", s):
        mo = int(m[1])
        return (None, f"{m[2]}-{mo:02d}-{MONTH_END[mo]}", [], False)
    if m := re.fullmatch(r"Năm (\d{4})", s):
        return (None, f"{m[1]}-12-31", [], False)
    if m := re.fullmatch(r"Trước ngày (\d{1,2})/(\d{1,2})/(\d{4}).*", s):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        return (None, f"{y}-{mo:02d}-{d - 1:02d}", [], False)
    if m := re.fullmatch(r"Từ tháng (\d{1,2})/(\d{4})", s):
        return (f"{m[2]}-{int(m[1]):02d}-01", None, [], True)
    raise SystemExit(f"schedule not understood, add it to SPECIAL_SCHEDULES: {s!r}")


def clean(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"<ul[^>]*>", "", s)
    s = re.sub(r"</?i>", "", s)
    # Paragraphs are real line breaks in the text.
    s = re.sub(r"</p>\s*<p>", "\n", s)
    s = re.sub(r"</?p>", "", s)
    s = re.sub(r"[ \t]+", " ", s)
    return "\n".join(line.strip() for line in s.strip().split("\n"))


def rows(seed):
    """Table rows of both appendices, continuation rows merged into the row above."""
    out, appendix = [], None
    for n, line in enumerate(seed.split("\n"), start=1):
        if line.strip() == "Phụ lục I":
            appendix = 1
            continue
        if line.strip() == "Phụ lục II":
            appendix = 2
            continue
        if appendix is None or "\t" not in line:
            continue
        cells = line.split("\t")
        if cells[0] == "TT":
            continue
        if cells[0].strip() == "" and out:
            prev = out[-1]
            for k, c in enumerate(cells[1:], start=1):
                if c.strip():
                    prev["cells"][k] = (prev["cells"][k].rstrip() + " " + c.strip()).strip()
            prev["lines"].append(n)
            continue
        out.append({"appendix": appendix, "tt": cells[0].strip(), "cells": cells, "lines": [n]})
    return out


def fold(s):
    return unicodedata.normalize("NFC", s).lower()


class Agencies:
    def __init__(self):
        self.spellings = []  # (folded, id)
        for aid, name, _, _, aliases in AGENCIES:
            for s in [name] + aliases:
                self.spellings.append((fold(s), aid))
        self.spellings.sort(key=lambda p: -len(p[0]))
        self.seen = {aid: [] for aid, *_ in AGENCIES}

    def segment(self, cell, where):
        """Agency ids named by a cell; every character must be accounted for."""
        text = clean(cell)
        ids, pos, leftover = [], 0, None
        sep = re.compile(r"(?:[\s,;]+|và\s+)+")
        while pos < len(text):
            m = sep.match(text, pos)
            if m and m.end() > pos:
                pos = m.end()
                continue
            low = fold(text[pos:])
            for folded, aid in self.spellings:
                if low.startswith(folded):
                    surface = text[pos:pos + len(folded)]
                    if surface not in self.seen[aid]:
                        self.seen[aid].append(surface)
                    if aid not in ids:
                        ids.append(aid)
                    pos += len(folded)
                    break
            else:
                rest = text[pos:]
                known = LEFTOVERS.get(where)
                if known and rest == known[0]:
                    leftover = known
                    break
                raise SystemExit(f"{where}: no agency matches {rest!r} in cell {text!r}")
        return ids, leftover


def bullets_as_lines(text):
    """A cell written as a bulleted list keeps one bullet per line."""
    if not text.startswith("- "):
        return text
    items = [i.strip() for i in re.split(r"(?:^|\s)-\s", text) if i.strip()]
    return "\n".join("- " + i for i in items)


def deliverables(cell):
    text = clean(cell)
    items = [i for i in re.split(r"(?:^|\s)-\s", text) if i.strip()]
    return [i.strip().rstrip(".;").strip() for i in items]


def q(s):
    """A TOML basic string (or multi-line basic string when the text has line breaks)."""
    esc = s.replace("\\", "\\\\").replace('"', '\\"')
    if "\n" in s:
        return '"""\n' + esc + '"""'
    return '"' + esc + '"'


def arr(items, key):
    """`key = [...]` on one line up to 100 characters, else one item a line (as `plan fmt`)."""
    one = "[" + ", ".join(q(i) for i in items) + "]"
    if len(key) + 3 + len(one) <= 100:
        return one
    return "[\n" + "".join(f"  {q(i)},\n" for i in items) + "]"


def task_toml(t):
    lines = ["[[task]]", f"id = {q(t['id'])}", f"title = {q(t['title'])}", f"lead = {arr(t['lead'], 'lead')}"]
    lines.append(f"support = {arr(t['support'], 'support')}")
    for note in t["notes"]:
        lines.append(f"# {note}")
    if t.get("schedule") is not None:
        lines.append(f"schedule = {q(t['schedule'])}")
    if t.get("start"):
        lines.append(f"start = {t['start']}")
    if t.get("due"):
        lines.append(f"due = {t['due']}")
    if t.get("ongoing"):
        lines.append("ongoing = true")
    lines.append(f"deliverables = {arr(t['deliverables'], 'deliverables')}")
    if "indicators" in t:
        lines.append(f"indicators = {arr(t['indicators'], 'indicators')}")
        lines.append(f"reports = {q(t['reports'])}")
    for what, due in t.get("milestones", []):
        lines += ["", "  [[task.milestone]]", f"  what = {q(what)}", f"  due = {due}"]
    return "\n".join(lines) + "\n"


# Appendix I tasks and the indicators (indicators.toml) whose targets they monitor.
PL1_INDICATORS = {
    "PL1.a.1": ["grdp-growth", "labour-productivity-growth", "total-investment", "grdp-per-capita"],
    "PL1.a.2": ["industrial-park-occupancy"],
    "PL1.a.3": ["ocop-3-star", "ocop-5-star"],
    "PL1.a.4": ["tourists", "tourists-international", "tourists-domestic"],
    "PL1.a.5": ["budget-revenue"],
    "PL1.b.1": ["poverty-reduction", "non-farm-labour", "non-farm-labour-urban", "trained-labour", "trained-labour-certified"],
    "PL1.b.2": ["urbanisation", "population", "urban-population", "urban-density", "urban-floor-area",
                "floor-area", "urban-transport-land", "urban-wastewater-treated"],
    "PL1.b.3": ["new-rural-communes", "advanced-new-rural-communes", "model-new-rural-communes"],
    "PL1.c.1": ["forest-cover"],
    "PL1.c.2": ["solid-waste-collected", "solid-waste-treated"],
    "PL1.c.3": ["clean-water"],
}


def main():
    seed = Path(sys.argv[1]).read_text(encoding="utf-8")
    out_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "plan")
    agencies = Agencies()
    sections = []  # (id, title, groups, tasks)
    group = None
    for r in rows(seed):
        tt, c = r["tt"], r["cells"]
        if r["appendix"] == 1:
            if tt == "I":
                sections.append({"id": "PL1", "file": "pl1.toml", "groups": [], "tasks": [],
                                 "title": "Nhiệm vụ hoàn thành các chỉ tiêu chủ yếu phát triển kinh tế - xã hội của tỉnh Khánh Hòa giai đoạn 2021-2030",
                                 "heading": clean(c[1])})
                continue
            if tt in ("a", "b", "c"):
                group = tt
                sections[-1]["groups"].append((f"PL1.{tt}", clean(c[1])))
                continue
            tid = f"PL1.{group}.{tt}"
            lead, _ = agencies.segment(c[2], (tid, "lead"))
            support, _ = agencies.segment(c[3], (tid, "support"))
            k = clean(c[4])
            reports = {"Báo cáo định kỳ hàng năm": "annual", "Báo cáo định kỳ 6 tháng và hàng năm": "semiannual"}[k]
            sections[-1]["tasks"].append({"id": tid, "title": clean(c[1]), "lead": lead, "support": support,
                                          "ongoing": True, "deliverables": [k], "notes": [],
                                          "indicators": PL1_INDICATORS[tid], "reports": reports})
            continue
        roman = tt.replace(" ", "")
        if roman in ROMAN:
            i = ROMAN.index(roman)
            sections.append({"id": f"PL2.{roman}", "file": f"pl2-{i + 1:02d}-{SECTION_FILES[i]}.toml",
                             "title": clean(c[1]), "groups": [], "tasks": []})
            continue
        sec = sections[-1]
        tid = f"{sec['id']}.{tt}"
        lead, left_l = agencies.segment(c[2], (tid, "lead"))
        support, left_s = agencies.segment(c[3], (tid, "support"))
        notes = [f"{field}: {left[1]}" for field, left in (("lead", left_l), ("support", left_s)) if left]
        schedule = clean(c[4])
        start, due, milestones, ongoing = read_schedule(schedule)
        schedule = bullets_as_lines(schedule)
        sec["tasks"].append({"id": tid, "title": bullets_as_lines(clean(c[1])), "lead": lead, "support": support,
                             "schedule": schedule, "start": start, "due": due, "milestones": milestones,
                             "ongoing": ongoing, "deliverables": deliverables(c[5]), "notes": notes})

    (out_dir / "tasks").mkdir(parents=True, exist_ok=True)
    for s in sections:
        head = [f"# {'Phụ lục I' if s['id'] == 'PL1' else 'Phụ lục II, mục ' + s['id'].split('.')[1]} of Decision 1165/QĐ-UBND,",
                "# transcribed by scripts/transcribe.py from the decision's text.",
                "", "[section]", f"id = {q(s['id'])}", f"title = {q(s['title'])}"]
        if s.get("heading"):
            head[2:2] = [f"# Under heading I: \"{s['heading']}\". Appendix I has no schedule column: its tasks are ongoing.",
                         "# The section title is the appendix heading, in sentence case (the decision prints it in capitals)."]
        for gid, gtitle in s["groups"]:
            head += ["", "  [[section.group]]", f"  id = {q(gid)}", f"  title = {q(gtitle)}"]
        body = "\n".join(head) + "\n" + "".join("\n" + task_toml(t) for t in s["tasks"])
        (out_dir / "tasks" / s["file"]).write_text(body, encoding="utf-8")

    parts = ["# Every agency and collective that a lead (chủ trì) or coordinating (phối hợp)",
             "# cell of Decision 1165/QĐ-UBND names; aliases are the other spellings it uses.",
             "# Written by scripts/transcribe.py."]
    for aid, name, name_en, level, extra in AGENCIES:
        # A capital at the start of a cell is position, not spelling: "các sở" and
        # "Các sở" are one spelling; "Vận tải" and "vận tải" are two.
        def key(s):
            return s[:1].lower() + s[1:]
        aliases, keys = [], {key(name)}
        for a in extra + agencies.seen[aid]:
            if key(a) not in keys:
                keys.add(key(a))
                aliases.append(a)
        parts += ["", "[[agency]]", f"id = {q(aid)}", f"name = {q(name)}", f"name_en = {q(name_en)}"]
        if aliases:
            parts.append(f"aliases = {arr(aliases, 'aliases')}")
        parts.append(f"level = {q(level)}")
        groups = [g for g, members in MEMBER_OF.items() if aid in members]
        if groups:
            parts.append(f"member_of = {arr(groups, 'member_of')}")
        if not agencies.seen[aid] and aid != "ubnd-tinh":
            raise SystemExit(f"agency {aid} is named by no cell")
    (out_dir / "agencies.toml").write_text("\n".join(parts) + "\n", encoding="utf-8")
    counts = [(s["id"], len(s["tasks"])) for s in sections]
    print(counts, sum(n for _, n in counts), "tasks;", len(AGENCIES), "agencies")


if __name__ == "__main__":
    main()
