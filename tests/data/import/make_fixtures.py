#!/usr/bin/env python3
"""Writes the importer test fixtures in this folder (commit what it writes).
Run: python3 tests/data/import/make_fixtures.py
GBK bytes come from iconv, as Chinese Windows writes them."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "questions", "templates"))
from make_templates import write_xlsx, write_zip  # noqa: E402

# A small bank in the common text layout; every encoding fixture holds it.
BANK_TEXT = """反诈知识测试
一、单项选择题
1、接到自称“公安局”的电话，要你把钱转到“安全账户”，应该（ B ）。
A．马上转账
B．挂断电话，拨打110核实
解析：公检法机关不会要求转账到“安全账户”。
2. 反诈预警专线是哪个号码？
A. 96110    B. 12345    C. 10086
【答案】A
二、多项选择题
3. 下列哪些是诈骗的常见说法？
A、“刷单返利，日结佣金”
B、“你的账户涉嫌洗钱”
C、“请到柜台办理”
答案：A、B
【解析】刷单和“涉嫌洗钱”都是诈骗话术。
三、判断题
4. 陌生人要求开启屏幕共享时，可以放心操作。（ × ）
5. 银行卡、电话卡不出租、不出借、不出售。
答案：正确
"""


def iconv(text, encoding):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"),
                          check=True, capture_output=True).stdout


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text_fixtures():
    crlf = BANK_TEXT.replace("\n", "\r\n")
    write("bank_utf8.txt", BANK_TEXT.encode("utf-8"))
    write("bank_utf8_bom_crlf.txt", b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    write("bank_gbk_crlf.txt", iconv(crlf, "GBK"))
    write("bank_utf16le.txt", b"\xff\xfe" + crlf.encode("utf-16-le"))
    write("bank_utf16be.txt", b"\xfe\xff" + BANK_TEXT.encode("utf-16-be"))
    write("bank_cr_only.txt", BANK_TEXT.replace("\n", "\r").encode("utf-8"))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(*runs, num=None):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


DOCX_BODY = "".join([
    para(run("反诈"), run("知识测试", bold=True)),                                   # 1: title, not read
    para(run("一、"), run("单项选择题")),                                            # 2
    para(run("1"), run("、接到"), run("“客服”", bold=True),                          # 3: answer in brackets
         '<w:r><w:t>退款电话，应该（</w:t></w:r>', run(" B "), run("）。")),
    para(run("A．按对方说的操作"), "<w:r><w:tab/></w:r>", run("B．挂断，拨打官方电话核实")),  # 4: tab between options
    # 5: a table whose cells hold question 2
    "<w:tbl><w:tr><w:tc>" + para(run("2. 反诈预警专线是？")) + "</w:tc><w:tc>"
    + para(run("A. 96110 B. 12345")) + "</w:tc></w:tr></w:tbl>",                     # 5, 6
    para(run("答案：A"), "<w:r><w:br/></w:r>", run("解析：96110 是反诈预警专线。")),   # 7: answer and explanation split by w:br
    para(run("三、判断题")),                                                          # 8
    para(run("3. 安全账户是骗局。（"),                                                # 9: a Wingdings tick
         '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', run("）")),
    para(run("4. 把验证码告诉“客服”"), "<w:r><w:softHyphen/></w:r>", run("没有风险。")),  # 10: soft hyphen
    para(run("   答案：", bold=True), run("错")),                                     # 11: xml:space spaces
    para(run("二、多项选择题")),                                                      # 12
    para(run("下列哪些是诈骗？"), num=(1, 0)),                                        # 13: Word numbering "1."
    para(run("刷单返利"), num=(1, 1)),                                                # 14: "A."
    para(run("冒充客服退款"), num=(1, 1)),                                            # 15: "B."
    para(run("银行柜台办业务"), num=(1, 1)),                                          # 16: "C."
    para(run("答案：AB")),                                                            # 17
    para(run("这段文字不属于任何题目。")),                                              # 18: stray, reported
])

NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')


def docx_fixtures():
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{DOCX_BODY}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    path = os.path.join(HERE, "runs.docx")
    write_zip(path, {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document,
                     "word/numbering.xml": NUMBERING})
    with open(path, "rb") as f:
        whole = f.read()
    write("truncated.docx", whole[: len(whole) // 2])
    write_zip(os.path.join(HERE, "no_document.docx"), {"[Content_Types].xml": CONTENT_TYPES})


def csv_fixtures():
    quoted = ('题目,选项A,选项B,选项C,答案,解析,题型\n'
              '"陌生人发来链接，说：""点开领补贴""，\n你应该？",点开看看,"不点，向官方核实, 再决定",转发给家人,B,"补贴不会通过陌生链接发放。\n遇到可疑链接，拨打96110咨询。",单选\n'
              '"多行\n题目\n第三行",甲,乙,,A,,\n')
    write("quoted.csv", quoted.encode("utf-8"))
    gbk = ('题型,题目,选项A,选项B,答案,诈骗类型,难度,适用人群\r\n'
           '单选,“领导”加你微信要你转账，怎么办？,马上转账,当面或电话核实,B,冒充领导熟人,中,财务人员、职工\r\n'
           '判断,刷单返利是正规兼职。,,,×,刷单返利,易,学生\r\n')
    write("sheet_gbk.csv", iconv(gbk, "GBK"))
    write("missing_column.csv", "题型,题目,选项A,选项B,解析\n单选,问题,甲,乙,说明\n".encode("utf-8"))


def xlsx_fixtures():
    # Rich text in shared strings, an inline string, a boolean, numbers, English
    # headers, a gap (no C cells in row 3) and the sheet in a non-default member.
    members = {
        "[Content_Types].xml": CONTENT_TYPES,
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Questions" sheetId="7" r:id="rId9"/><sheet name="Other" sheetId="8" r:id="rId10"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId10" Type="worksheet" Target="worksheets/other.xml"/>'
            '<Relationship Id="rId9" Type="worksheet" Target="/xl/worksheets/questions.xml"/></Relationships>',
        "xl/sharedStrings.xml":
            '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<si><t>kind</t></si><si><t>prompt</t></si><si><t>option_a</t></si><si><t>option_b</t></si>'
            '<si><t>option_c</t></si><si><t>answer</t></si><si><t>difficulty</t></si><si><t>audience</t></si>'
            '<si><r><rPr><b/></rPr><t>以下哪个</t></r><r><t xml:space="preserve">是诈骗？</t></r>'
            '<rPh sb="0" eb="1"><t>yixia</t></rPh></si>'
            '<si><t>刷单返利</t></si><si><t>正常网购</t></si><si><t>single</t></si></sst>',
        "xl/worksheets/questions.xml":
            '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
            '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>'
            '<c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>11</v></c><c r="B3" t="s"><v>8</v></c><c r="C3" t="s"><v>9</v></c>'
            '<c r="D3" t="s"><v>10</v></c><c r="F3" t="inlineStr"><is><t>A</t></is></c><c r="G3"><v>2.0</v></c>'
            '<c r="H3" t="inlineStr"><is><r><t>elderly;</t></r><r><t>merchant</t></r></is></c></row>'
            '<row r="5"><c r="A5" t="str"><v>truefalse</v></c><c r="B5" t="inlineStr"><is><t>96110是反诈专线。</t></is></c>'
            '<c r="F5" t="b"><v>1</v></c></row>'
            '</sheetData></worksheet>',
        "xl/worksheets/other.xml":
            '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData/></worksheet>',
    }
    write_zip(os.path.join(HERE, "rich.xlsx"), members)


if __name__ == "__main__":
    text_fixtures()
    docx_fixtures()
    csv_fixtures()
    xlsx_fixtures()
