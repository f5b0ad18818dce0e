#!/usr/bin/env python3
"""Writes the spreadsheet templates for `scamdrill import` next to this script:
题库模板.csv (UTF-8 with a BOM, so Excel and WPS open it as Chinese text) and
题库模板.xlsx (written with the standard library only). Both hold the same
header and sample rows; questions/templates/README.md describes the columns.
Run: python3 questions/templates/make_templates.py
"""
import csv
import io
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["题型", "题目", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
          "答案", "解析", "诈骗类型", "难度", "适用人群"]

ROWS = [
    ["单选", "接到自称“公安局”的电话，说你涉嫌洗钱，要你把钱转到“安全账户”，应该怎么办？",
     "按对方要求马上转账", "挂断电话，拨打110核实", "把银行卡号告诉对方", "", "", "",
     "B", "公检法机关不会通过电话办案，更没有所谓“安全账户”。", "冒充公检法及政府机关", "1", "老年人、居民"],
    ["多选", "下列哪些是刷单返利诈骗的常见特征？",
     "先返小额佣金取得信任", "要求垫付资金做“连单任务”", "以“卡单”为由要求继续充值", "通过正规平台领取工资", "", "",
     "ABC", "刷单本身违法，先给甜头、再要垫付、最后说卡单，是刷单诈骗的固定套路。", "order_brushing", "2", "学生, 职工"],
    ["判断", "“客服”说你的快递丢了要理赔，让你下载会议软件并开启屏幕共享，这是正常的理赔流程。",
     "", "", "", "", "", "",
     "错", "正规理赔不需要屏幕共享；屏幕共享会泄露验证码和银行卡信息。", "冒充电商物流客服", "1", "居民"],
    ["单选", "发现自己被骗、已经转账，第一时间应该做什么？",
     "再转一笔钱“解冻”", "拨打110报警，并说明转账的账户和时间", "删除聊天记录", "等对方主动退款", "", "",
     "B", "立即报警，警方可以紧急止付，越早报警越有机会追回损失。", "general", "1", "resident"],
]


def write_csv(path):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(ROWS)
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def write_xlsx(path, header, rows, sheet_name="题库"):
    """A minimal workbook: one sheet, shared strings, numbers as numbers."""
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    xml_rows = []
    for r, row in enumerate([header] + rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column_name(c)}{r}"
            if r > 1 and value.isdigit():
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<cols><col min="2" max="2" width="60" customWidth="1"/><col min="3" max="8" width="24" customWidth="1"/>'
             '<col min="10" max="10" width="50" customWidth="1"/></cols>'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + '</sst>')
    members = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
    }
    write_zip(path, members)


def write_zip(path, members):
    """Writes members with a fixed date so the file is the same on every run."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


if __name__ == "__main__":
    write_csv(os.path.join(HERE, "题库模板.csv"))
    write_xlsx(os.path.join(HERE, "题库模板.xlsx"), HEADER, ROWS)
