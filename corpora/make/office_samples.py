#!/usr/bin/env python3
"""Writes the sample DOCX, ODT and RTF documents of corpora/ from text the project owns.

Python's standard library only (zipfile and hand-written XML, no downloads), so the files can
be rebuilt anywhere and every byte in them is explained here. Output is deterministic (fixed
zip timestamps), so re-running leaves git clean unless this script changed.

    corpora/make/office_samples.py            # rewrites the three samples in corpora/
    corpora/make/office_samples.py --bench DIR [--mb N]
        # DOCX files made from ../shared/corpora statutes for bench/docx_bench (N MB of text)

The samples (described in corpora/README.md):
  statute-workplace-violence.ru.docx  Word's automatic numbering for articles ("Статья 1.")
      and points ("1)", "2-1)"), a table, a footnote, a page header that must not be indexed,
      the title in docProps/core.xml.
  statute-stalking.kk.odt  list numbering from automatic list styles ("1-бап.", "1)"), a
      table, a footnote, the title in meta.xml.
  ruling-insult.kk.rtf  a Kazakh court ruling as Word writes RTF with \\ansicpg1251: letters
      cp1251 has as \\'hh bytes, Kazakh letters it lacks as \\uN escapes; the title in
      {\\info{\\title}}.
"""
import argparse
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.dirname(HERE)
FIXED_TIME = (2024, 3, 1, 0, 0, 0)


def write_zip(path, entries):
    """entries: [(name, text, stored)] in order; deterministic bytes."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def w_run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


def w_para(text, num=None, style=None, extra_runs=""):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num:
        num_id, ilvl = num
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id)
    return "<w:p>%s%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", w_run(text) if text else "", extra_runs)


def w_table(rows):
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for row in rows:
        out.append("<w:tr>" + "".join("<w:tc>%s</w:tc>" % w_para(cell) for cell in row) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def w_lvl(ilvl, fmt, text, start=1):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>' % (ilvl, start, fmt, text))


def docx_files(title, body_xml, numbering_xml, footnotes, header_text):
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '</Relationships>')
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W_NS, body_xml))
    notes = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s>' % W_NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for note_id, text in footnotes:
        notes.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     '<w:footnoteRef/></w:r>%s</w:p></w:footnote>' % (note_id, w_run(" " + text)))
    notes.append("</w:footnotes>")
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'
              % (W_NS, w_para(header_text)))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>lexkz</dc:creator><dc:language>ru-RU</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % escape(title))
    return [("[Content_Types].xml", content_types, False), ("_rels/.rels", rels, False),
            ("word/document.xml", document, False), ("word/_rels/document.xml.rels", doc_rels, False),
            ("word/numbering.xml", numbering_xml, False), ("word/footnotes.xml", "".join(notes), False),
            ("word/header1.xml", header, False), ("docProps/core.xml", core, False)]


def statute_docx(path):
    # abstractNum 1: articles "Статья N."; abstractNum 2: points "N)" and inserted points
    # "N-M)" one level down. Each article's points are a numbering instance of their own that
    # restarts at 1 (w:startOverride), as Word does after "Restart numbering".
    numbering = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % W_NS,
                 '<w:abstractNum w:abstractNumId="1">%s</w:abstractNum>' % w_lvl(0, "decimal", "Статья %1."),
                 '<w:abstractNum w:abstractNumId="2">%s%s</w:abstractNum>'
                 % (w_lvl(0, "decimal", "%1)"), w_lvl(1, "decimal", "%1-%2)")),
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>']
    for num_id in (11, 12):
        numbering.append('<w:num w:numId="%d"><w:abstractNumId w:val="2"/>'
                         '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % num_id)
    numbering.append("</w:numbering>")
    article = (1, 0)
    body = "".join([
        w_para("Примерный закон «О защите работников от насилия и травли на рабочем месте»"),
        w_para("(учебный текст, написанный для lexkz; не является действующим законом)"),
        w_para(""),
        w_para("Основные понятия", num=article),
        w_para("В настоящем Законе используются следующие основные понятия:"),
        w_para("травля – систематические унижающие действия в отношении работника со стороны коллег "
               "или руководителя, направленные на его изоляцию в коллективе;", num=(11, 0),
               extra_runs='<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'),
        w_para("насилие на рабочем месте – действия, причиняющие работнику физический или психический вред;",
               num=(11, 0)),
        w_para("работодатель – физическое или юридическое лицо, вступившее в трудовые отношения с работником.",
               num=(11, 0)),
        w_para(""),
        w_para("Обязанности работодателя", num=article),
        w_para("Работодатель обязан:"),
        w_para("принимать меры по предупреждению травли и насилия на рабочем месте;", num=(12, 0)),
        w_para("рассматривать обращения работников в течение десяти рабочих дней;", num=(12, 0)),
        w_para("сохранять конфиденциальность сведений о работнике, сообщившем о травле;", num=(12, 1)),
        w_para("информировать работников об их правах и о порядке обращения.", num=(12, 0)),
        w_para(""),
        w_para("Ответственность", num=article),
        w_para("Нарушение настоящего Закона влечет взыскания, указанные в таблице:"),
        w_table([["Нарушение", "Взыскание"],
                 ["Непринятие мер против травли", "Предупреждение"],
                 ["Повторное непринятие мер", "Штраф"]]),
        w_para("Работник, пострадавший от насилия, вправе требовать возмещения вреда."),
    ])
    footnotes = [(1, "Понятие травли дано для учебного примера; в действующем праве его нет.")]
    files = docx_files("Примерный закон о защите работников от насилия и травли", body, "".join(numbering),
                       footnotes, "КОЛОНТИТУЛ: служебный экземпляр, не для цитирования")
    write_zip(path, files)


# ---------------------------------------------------------------- ODT
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')


def o_p(text):
    return "<text:p>%s</text:p>" % escape(text)


def o_list(style, items, cont=False):
    attrs = ' text:style-name="%s"' % style + (' text:continue-numbering="true"' if cont else "")
    return "<text:list%s>%s</text:list>" % (attrs, "".join("<text:list-item>%s</text:list-item>" % o_p(i)
                                                          for i in items))


def statute_odt(path):
    title = "Аңдудан қорғау туралы үлгі заң"
    styles = (
        "<office:automatic-styles>"
        '<text:list-style style:name="Bap"><text:list-level-style-number text:level="1" '
        'style:num-suffix="-бап." style:num-format="1"/></text:list-style>'
        '<text:list-style style:name="Tarmaq"><text:list-level-style-number text:level="1" '
        'style:num-suffix=")" style:num-format="1"/></text:list-style>'
        "</office:automatic-styles>")
    body = "".join([
        o_p("Аңдудан қорғау туралы үлгі заң (lexkz үшін жазылған оқу мәтіні, қолданыстағы заң емес)"),
        o_list("Bap", ["Негізгі ұғымдар"]),
        o_p("Осы Заңда мынадай негізгі ұғымдар пайдаланылады:"),
        "<text:list text:style-name=\"Tarmaq\"><text:list-item><text:p>аңду – адамды оның еркінен тыс "
        "жүйелі түрде бақылау, оған хабарламалар жіберу немесе онымен кездесуге тырысу;"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body>%s</text:note-body></text:note></text:p></text:list-item>"
        "<text:list-item>%s</text:list-item></text:list>"
        % (o_p("Ұғым оқу мысалы үшін берілген."), o_p("жәбірленуші – аңдудан зардап шеккен адам.")),
        o_list("Bap", ["Қорғау шаралары"], cont=True),
        o_p("Жәбірленушінің өтініші бойынша:"),
        o_list("Tarmaq", ["сот аңдушыға жәбірленушіге жақындауға тыйым салатын қорғау нұсқамасын шығарады;",
                          "полиция өтінішті бір тәулік ішінде тіркейді;",
                          "жұмыс беруші жәбірленушінің жұмыс кестесін өзгертуге көмектеседі."]),
        o_list("Bap", ["Шаралардың мерзімдері"], cont=True),
        o_p("Қорғау шараларының мерзімдері кестеде көрсетілген:"),
        "<table:table table:name=\"Kesté\"><table:table-column table:number-columns-repeated=\"2\"/>"
        + "".join("<table:table-row>%s</table:table-row>"
                  % "".join("<table:table-cell office:value-type=\"string\">%s</table:table-cell>" % o_p(c)
                            for c in row)
                  for row in [["Шара", "Мерзімі"], ["Қорғау нұсқамасы", "отыз күн"],
                              ["Ұзартылған нұсқама", "бір жыл"]])
        + "</table:table>",
    ])
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>%s'
               "<office:body><office:text>%s</office:text></office:body></office:document-content>"
               % (ODF_NS, styles, body))
    styles_xml = ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s><office:styles/>'
                  "<office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
                  "<text:p>КОЛОНТИТУЛ: қызметтік дана</text:p></style:header></style:master-page>"
                  "</office:master-styles></office:document-styles>" % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta>'
            "<dc:title>%s</dc:title><dc:language>kk-KZ</dc:language><meta:generator>lexkz office_samples.py"
            "</meta:generator></office:meta></office:document-meta>" % (ODF_NS, escape(title)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.text", True),
                     ("META-INF/manifest.xml", manifest, False), ("content.xml", content, False),
                     ("styles.xml", styles_xml, False), ("meta.xml", meta, False)])


# ---------------------------------------------------------------- RTF
def rtf_text(s):
    """Word's way with \\ansicpg1251: cp1251 letters as \\'hh, others as \\uN with a '?' fallback."""
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            try:
                out.append("".join("\\'%02x" % b for b in ch.encode("cp1251")))
            except UnicodeEncodeError:
                n = ord(ch)
                out.append("\\u%d?" % (n if n < 32768 else n - 65536))
    return "".join(out)


def ruling_rtf(path):
    title = "Қалалық соттың азаматтық іс бойынша шешімі"
    paragraphs = [
        "Қалалық соттың азаматтық іс бойынша шешімі (lexkz үшін жазылған оқу мәтіні)",
        "Талапкер жұмыс орнында әріптестерінің оны жүйелі түрде қорлағанын және мазақ еткенін "
        "көрсетіп, моральдық зиянды өтеу туралы талап қойды.",
        "Сот жауапкердің талапкерді жиналыстарда бірнеше рет қорлағанын куәлардың айғақтарымен анықтады.",
        "Жұмыс беруші қорлау фактілері туралы хабарланғанына қарамастан тексеру жүргізбеді және "
        "талапкерді басқа бөлімге ауыстырмады.",
        "Жоғарыда баяндалғанның негізінде сот талапты ішінара қанағаттандырды.",
    ]
    body = "\\par\n".join("\\pard\\sa120 " + rtf_text(p) for p in paragraphs)
    rtf = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\uc1"
           "{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}"
           "{\\colortbl;\\red0\\green0\\blue0;}"
           "{\\info{\\title " + rtf_text(title) + "}{\\author lexkz}}"
           "{\\header\\pard " + rtf_text("КОЛОНТИТУЛ: қызметтік дана") + "\\par}\n"
           "\\f0\\fs28 " + body + "\\par\n}")
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(rtf)


# ---------------------------------------------------------------- bench
def bench_docx(out_dir, megabytes):
    """DOCX files from ../shared/corpora statutes: one w:p per line, numbering left as text."""
    src_root = os.path.join(os.path.dirname(CORPORA), "..", "shared", "corpora")
    if not os.path.isdir(src_root):
        sys.exit("office_samples.py: %s is absent; --bench needs the shared corpora" % src_root)
    os.makedirs(out_dir, exist_ok=True)
    texts = []
    for sub in ("kz_codes_ru", "ru_federal_codes"):
        d = os.path.join(src_root, sub)
        if os.path.isdir(d):
            texts += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".txt")]
    total, count = 0, 0
    for src in texts:
        if total >= megabytes << 20:
            break
        with open(src, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        body = "".join(w_para(line) for line in lines)
        numbering = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s/>' % W_NS
        name = os.path.splitext(os.path.basename(src))[0] + ".docx"
        write_zip(os.path.join(out_dir, name),
                  docx_files(lines[0][:200] if lines else name, body, numbering, [], "header"))
        total += sum(len(l.encode("utf-8")) + 1 for l in lines)
        count += 1
    print("office_samples.py: %d DOCX files, %.1f MB of text in %s" % (count, total / 1048576, out_dir))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", metavar="DIR", help="write benchmark DOCX files here instead")
    ap.add_argument("--mb", type=int, default=20, help="MB of text for --bench (default 20)")
    args = ap.parse_args()
    if args.bench:
        bench_docx(args.bench, args.mb)
        return
    statute_docx(os.path.join(CORPORA, "statute-workplace-violence.ru.docx"))
    statute_odt(os.path.join(CORPORA, "statute-stalking.kk.odt"))
    ruling_rtf(os.path.join(CORPORA, "ruling-insult.kk.rtf"))


if __name__ == "__main__":
    main()
