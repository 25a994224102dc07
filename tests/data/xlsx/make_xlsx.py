#!/usr/bin/python3
"""Writes the .xlsx (and matching .csv) files of tests/data/xlsx/ — checked in, run again only to
change them: /usr/bin/python3 tests/data/xlsx/make_xlsx.py (Debian python3-openpyxl 3.0).

- visits.csv / visits.xlsx / visits_1904.xlsx: the same visits; the workbooks are written by
  openpyxl (inline strings; visits_1904.xlsx rewritten to a shared string table, as Excel
  stores text) with real cell types (dates as serial numbers with date formats in the 1900 and the
  1904 date system, amounts and mileages as numbers, a landline with its leading zero stored as
  text), the name merged over a customer's rows, empty cells, an empty first row (the header is
  the first non-empty row) and an empty row between the data.
- customers.csv / customers.xlsx: a customer list; the workbook's first sheet is a note, the list
  is the sheet "客户名单" (--sheet), its name column is headed "车主大名" (a mapping profile).
- cells.xlsx: written by hand (zipfile), for what openpyxl does not write: inline strings, rich
  text runs with phonetic runs, _xHHHH_ escapes, prefixed element names, cells without r
  attributes, a formula string result, booleans, errors, a time, Excel's 1900-02-29 (serial 60),
  a custom Chinese date format, float noise (350.55000000000001).
- damaged.xlsx (visits.xlsx cut in half) and not_a_workbook.xlsx (a zip with a text file).
- bad_inflate.xlsx is not written here: it is a fuzz finding (fuzz/corpus/xlsx/
  regression_inflate_error without its first byte), a zip whose styles part fails to inflate.
"""
import csv
import datetime as dt
import io
import os
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

VISIT_HEADER = ["客户姓名", "电话", "车牌号", "车架号", "车型", "购车日期", "地区", "进厂日期",
                "里程", "维修类别", "工单号", "实收金额"]
# (name, phone, plate, vin, model, purchase, region, visit date, mileage, category, wo, amount)
VISITS = [
    ("刘春江", "13891234501", "陕A12345", "LSVAA4182E2123456", "奔驰", D(2013, 5, 20), "雁塔区",
     D(2016, 1, 15), 24800, "保养", "GD1001", 600),
    ("刘春江", "13891234501", "陕A12345", "LSVAA4182E2123456", "奔驰", D(2013, 5, 20), "雁塔区",
     dt.datetime(2016, 4, 18, 14, 30), 29600, "维修", "GD1002", 580.5),
    ("刘春江", "13891234501", "陕A12345", "LSVAA4182E2123456", "奔驰", D(2013, 5, 20), "雁塔区",
     D(2016, 7, 20), 34400, "保养", "GD1003", 650),
    ("张丽", "02981629900", "陕A45678", None, "宝马", D(2013, 9, 9), "市区",
     D(2016, 5, 5), 24800, "保养", "GD1011", 450.25),
    ("张丽", "02981629900", "陕A45678", None, "宝马", D(2013, 9, 9), "市区",
     D(2016, 11, 11), 29600, "质保", "GD1012", 0),
    None,  # an empty row
    ("马玉", "13891234505", "陕A56789", None, "大众波罗", None, "市区",
     D(2016, 1, 20), None, "保养", "GD1013", 440),
    ("马玉", "13891234505", "陕A56789", None, "大众波罗", None, "市区",
     D(2016, 9, 9), 29600, "保险", None, 123.45),
    ("李强", None, "陕E67890", None, "丰田花冠", D(2012, 2, 29), None,
     D(2016, 2, 2), 24800, None, "GD1015", 300),
]
# Date formats of the visit date column, by row: custom ISO, built-in 14, Chinese custom, a date
# with a time (date kept), built-in 22.
DATE_FORMATS = ["yyyy-mm-dd", "mm-dd-yy", 'yyyy"年"m"月"d"日"', "yyyy-mm-dd hh:mm", "m/d/yy h:mm"]


def text(value):
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            if row is not None:
                w.writerow([text(v) for v in row])


def visits_workbook(path, epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "进厂记录"
    top = 2  # row 1 stays empty: the header is the first non-empty row
    for c, h in enumerate(VISIT_HEADER, start=1):
        ws.cell(row=top, column=c, value=h)
    r = top
    for i, row in enumerate(VISITS):
        r += 1
        if row is None:
            continue
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if c == 2:
                cell.number_format = "@"  # phones as text: the leading zero stays
            if c == 6:
                cell.number_format = "yyyy/m/d"
            if c == 8:
                cell.number_format = DATE_FORMATS[i % len(DATE_FORMATS)]
    # The customer's name merged over their rows (only the top-left cell keeps a value).
    first = top + 1
    ws.merge_cells(start_row=first, start_column=1, end_row=first + 2, end_column=1)
    ws.merge_cells(start_row=first + 3, start_column=1, end_row=first + 4, end_column=1)
    ws.column_dimensions["A"].width = 12
    wb.save(path)


CUSTOMER_HEADER = ["车主大名", "手机", "备用电话", "身份证号", "地址", "地区", "车牌", "车架号",
                   "车型", "购车日期"]
CUSTOMERS = [
    ("刘春江", "13891234501", None, "11010519491231002X", "西安市雁塔区小寨路1号", "雁塔区",
     "陕A12345;陕A54321", None, "奔驰;宝马", "2013-05-20;2018-03-01"),
    ("赵敏", "13700001111", "02988776655", None, "西安市碑林区", "市区", "陕A11111",
     "LSVAM4187C2184811", "大众朗逸", D(2020, 6, 1)),
    ("钱进", None, None, None, None, "市区", "陕B22222", None, "哈弗H6", None),
    ("孙丽", "13600002222", None, None, None, None, None, None, None, None),
]


def customers_workbook(path):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "本表为客户名单,请勿修改列标题。"
    ws = wb.create_sheet("客户名单")
    ws.append(CUSTOMER_HEADER)
    for row in CUSTOMERS:
        ws.append(list(row))
        r = ws.max_row
        ws.cell(row=r, column=2).number_format = "@"
        ws.cell(row=r, column=3).number_format = "@"
        if isinstance(row[9], D):
            ws.cell(row=r, column=10).number_format = "yyyy-mm-dd"
    wb.create_sheet("空表")
    wb.save(path)


CELLS_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1">
 <x:c r="A1" t="s"><x:v>0</x:v></x:c>
 <x:c r="B1" t="inlineStr"><x:is><x:t>电话</x:t></x:is></x:c>
 <x:c r="C1" t="s"><x:v>1</x:v></x:c>
 <x:c r="D1" t="inlineStr"><x:is><x:r><x:t>日</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>期</x:t></x:r></x:is></x:c>
 <x:c r="E1" t="inlineStr"><x:is><x:t>是否</x:t></x:is></x:c>
 <x:c r="F1" t="inlineStr"><x:is><x:t>时间</x:t></x:is></x:c>
 <x:c r="G1" t="inlineStr"><x:is><x:t>备注</x:t></x:is></x:c>
</x:row>
<x:row r="2">
 <x:c r="A2" t="inlineStr"><x:is><x:r><x:t>刘</x:t></x:r><x:r><x:t xml:space="preserve">春江 </x:t></x:r></x:is></x:c>
 <x:c r="B2" t="s"><x:v>2</x:v></x:c>
 <x:c r="C2"><x:v>350.55000000000001</x:v></x:c>
 <x:c r="D2" s="1"><x:v>60</x:v></x:c>
 <x:c r="E2" t="b"><x:v>1</x:v></x:c>
 <x:c r="F2" s="2"><x:v>0.5</x:v></x:c>
 <x:c r="G2" t="str"><x:f>A2&amp;B2</x:f><x:v>刘春江 02981629900</x:v></x:c>
</x:row>
<x:row>
 <x:c t="s"><x:v>3</x:v></x:c>
 <x:c t="s"><x:v>2</x:v></x:c>
 <x:c><x:v>1.5E+20</x:v></x:c>
 <x:c s="3"><x:v>43831</x:v></x:c>
 <x:c t="b"><x:v>0</x:v></x:c>
 <x:c t="e"><x:v>#N/A</x:v></x:c>
 <x:c s="1"><x:v>61</x:v></x:c>
</x:row>
<x:row r="5"><x:c r="AA5"><x:v>13891234501</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>
"""
CELLS_SST = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="4">
<si><r><t>名</t></r><r><rPr><i/></rPr><t>称</t></r><rPh sb="0" eb="1"><t>ミョウ</t></rPh></si>
<si><t>金额</t></si>
<si><t>02981629900</t></si>
<si><t>a_x000D_b</t></si>
</sst>
"""
CELLS_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="176" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="21"/><xf numFmtId="176"/></cellXfs>
</styleSheet>
"""
CELLS_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="单元格" sheetId="1" r:id="rId1"/></sheets>
</workbook>
"""
CELLS_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/cells.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>
"""
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>
"""


def to_shared_strings(path):
    """Rewrites the inline strings openpyxl writes as a shared string table, as Excel stores them."""
    import re
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    table, index = [], {}

    def shared(m):
        t = m.group(3)
        if t not in index:
            index[t] = len(table)
            table.append(t)
        return '<c %st="s"%s><v>%d</v></c>' % (m.group(1), m.group(2), index[t])

    out = []
    for info, data in entries:
        if info.filename.startswith("xl/worksheets/"):
            data = re.sub(r'<c ([^>]*)t="inlineStr"([^>]*)><is><t>(.*?)</t></is></c>', shared,
                          data.decode("utf-8")).encode("utf-8")
        elif info.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", (
                '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                "</Relationships>").encode())
        elif info.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
            ).encode())
        out.append((info.filename, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main" uniqueCount="%d">' % len(table) +
           "".join("<si><t>%s</t></si>" % t for t in table) + "</sst>")
    out.append(("xl/sharedStrings.xml", sst.encode("utf-8")))
    fixed_zip(path, out)


def fixed_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    write_csv(os.path.join(HERE, "visits.csv"), VISIT_HEADER, VISITS)
    visits_workbook(os.path.join(HERE, "visits.xlsx"))
    visits_workbook(os.path.join(HERE, "visits_1904.xlsx"), CALENDAR_MAC_1904)
    to_shared_strings(os.path.join(HERE, "visits_1904.xlsx"))
    write_csv(os.path.join(HERE, "customers.csv"), CUSTOMER_HEADER, CUSTOMERS)
    customers_workbook(os.path.join(HERE, "customers.xlsx"))
    fixed_zip(os.path.join(HERE, "cells.xlsx"), [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", CELLS_WORKBOOK), ("xl/_rels/workbook.xml.rels", CELLS_WORKBOOK_RELS),
        ("xl/sharedStrings.xml", CELLS_SST), ("xl/styles.xml", CELLS_STYLES),
        ("xl/worksheets/cells.xml", CELLS_SHEET)])
    with open(os.path.join(HERE, "visits.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "damaged.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    fixed_zip(os.path.join(HERE, "not_a_workbook.xlsx"), [("hello.txt", "不是工作簿")])


if __name__ == "__main__":
    main()
