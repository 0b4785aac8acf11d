#!/usr/bin/python3
"""Writes the sample PDFs of corpora/ from teaching text written for lexkz (nothing copied).

  corpora/make/pdf_samples.py            # regenerate corpora/*.pdf
  corpora/make/pdf_samples.py --bench DIR FILE.txt...   # one PDF per text file, for bench/

Uses Debian's python3-reportlab (layout, DejaVu fonts for Cyrillic and Kazakh), pdftoppm
(poppler-utils) and python3-pil to turn a rendered page into an image-only "scanned" PDF.
Debian's /usr/bin/python3 is named on purpose: those modules are Debian packages.
The output is deterministic (reportlab's invariant mode), so regenerating changes nothing.
"""
import os
import subprocess
import sys
import tempfile

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random ids: the same bytes on every run
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVuSerif", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BODY = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                      firstLineIndent=10 * mm, spaceAfter=4)
HEAD = ParagraphStyle("head", parent=BODY, fontName="DejaVuSerif-Bold", firstLineIndent=0, spaceBefore=6)
TITLE = ParagraphStyle("title", parent=HEAD, alignment=TA_CENTER, fontSize=12, leading=16)


def build(path, flow, header, footer, title, author="lexkz", pagesize=A4):
    """Lays `flow` out on A4 pages with a running header and a footer holding the page number."""
    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSerif", 8)
        canvas.drawCentredString(pagesize[0] / 2, pagesize[1] - 12 * mm, header)
        canvas.drawCentredString(pagesize[0] / 2, 10 * mm, footer % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=25 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title, author=author,
                            subject="", creator="corpora/make/pdf_samples.py")
    doc.build(flow, onFirstPage=decorate, onLaterPages=decorate)


def paragraphs(text, style=BODY):
    return [Paragraph(p, style) for p in text.strip().split("\n\n")]


# A statute (ru): articles with points, an article split across a page break, a word
# hyphenated at a line end ("оскорби-" / "тельного") and two hyphens that must stay
# ("сколько-" / "нибудь", "108-" / "1").
STATUTE_RU = [
    ("Статья 1. Основные понятия",
     "В настоящем Законе используются следующие основные понятия:",
     ["1) травля – систематические враждебные действия в отношении работника, унижающие его честь и достоинство;",
      "2) наставник – работник, назначенный работодателем для сопровождения нового работника;",
      "3) уполномоченный по этике – лицо, принимающее обращения работников о нарушении их достоинства."]),
    ("Статья 2. Сфера действия Закона",
     None,
     ["1. Настоящий Закон распространяется на работодателей независимо от формы собственности.",
      "2. Действие настоящего Закона распространяется также на стажеров, практикантов и наставников, "
      "выполняющих свои обязанности на территории работодателя или за ее пределами."]),
    ("Статья 3. Недопустимость травли",
     None,
     ["1. Травля работника запрещается. Работодатель обязан принимать меры к ее предупреждению.",
      "2. Не допускается распространение оскорби-<br/>тельного содержания в служебной переписке, "
      "в том числе в групповых чатах работников.",
      "3. Работник не обязан доказывать, что травля причинила ему сколько-<br/>нибудь значительный "
      "вред здоровью."]),
    ("Статья 4. Порядок рассмотрения обращений",
     "Обращение работника рассматривается в следующем порядке:",
     ["1. Уполномоченный по этике регистрирует обращение в день его поступления и сообщает работнику "
      "номер регистрации.",
      "2. В течение десяти рабочих дней уполномоченный по этике проводит проверку, опрашивает работника, "
      "лицо, на действия которого подана жалоба, и очевидцев, изучает служебную переписку и иные "
      "материалы, относящиеся к обращению, и составляет заключение с выводами и рекомендациями "
      "работодателю о мерах по восстановлению нарушенного достоинства работника.",
      "PAGEBREAK",
      "3. Заключение уполномоченного по этике вручается работнику под роспись. Несогласие работника с "
      "заключением не лишает его права обратиться в суд.",
      "4. Сведения об обращении являются конфиденциальными и не подлежат разглашению."]),
    ("Статья 5. Ответственность",
     None,
     ["1. Лица, виновные в травле, несут дисциплинарную ответственность, а в случаях, предусмотренных "
      "статьей 108-<br/>1 Кодекса об административных правонарушениях, – административную ответственность.",
      "2. Работодатель, не принявший мер по обращению работника, возмещает причиненный работнику "
      "моральный вред."]),
    ("Статья 6. Вступление в силу",
     None,
     ["Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого "
      "официального опубликования."]),
]


def statute_ru(path):
    flow = [Paragraph("ЗАКОН О ЗАЩИТЕ ДОСТОИНСТВА РАБОТНИКОВ", TITLE),
            Paragraph("(учебный текст для lexkz)", TITLE), Spacer(1, 4 * mm)]
    preamble = ("Настоящий Закон определяет меры по защите достоинства работников на рабочем месте и порядок "
                "рассмотрения обращений работников, подвергшихся травле. ") * 3
    flow.append(Paragraph(preamble.strip(), BODY))
    for head, lead, points in STATUTE_RU:
        flow.append(Paragraph(head, HEAD))
        if lead:
            flow.append(Paragraph(lead, BODY))
        for p in points:
            flow.append(PageBreak() if p == "PAGEBREAK" else Paragraph(p, BODY))
    build(path, flow, "Закон о защите достоинства работников (учебный текст lexkz)", "— %d —",
          "Закон о защите достоинства работников")


# A ruling (kk) in prose paragraphs over two pages.
RULING_KK = """
Аудандық сот жұмыскердің жұмыс берушіге қойған талабын қарады. Талапкер бөлім басшысы оны ұжым алдында жүйелі түрде мазақ еткенін, жиналыстарда сөз бермегенін және оған қатысты жала таратқанын көрсетті.

Жауапкер талапты мойындамады. Оның өкілі бөлім басшысының әрекеттері жұмыс тәртібін сақтауға бағытталғанын, ал талапкердің өзі еңбек тәртібін бірнеше рет бұзғанын айтты.

Сот куәлардың айғақтарын тыңдады. Куәлар бөлім басшысының талапкерге дауыс көтеріп сөйлегенін, оны әріптестерінің көзінше кемсітіп, еңбегін бағаламағанын растады.

Сот қызметтік хат алмасуды зерттеді. Хаттарда талапкердің біліктілігіне қатысты негізсіз айыптаулар мен қорлайтын сөздер бар екені анықталды.

Жұмыс беруші талапкердің өтінішін тексермеген және бөлім басшысына қатысты ешқандай шара қолданбаған. Бұл жұмыскердің абыройы мен қадір-қасиетін қорғау міндетін орындамау болып табылады.

Сот жұмыс берушінің талапкерді басқа бөлімге ауыстыру туралы бұйрығын заңсыз деп таныды, өйткені ауыстыру талапкердің өтініші берілгеннен кейін бір аптадан соң жасалған.

Сот моральдық зиянның өтемақысын белгілеу кезінде талапкердің көрген қорлығының ұзақтығын, оның денсаулығына әсерін және жұмыс берушінің кінәсінің дәрежесін ескерді.

Жоғарыда баяндалғанның негізінде сот талапты ішінара қанағаттандыруды, ауыстыру туралы бұйрықтың күшін жоюды және жауапкерден моральдық зиянның өтемақысын өндіріп алуды шешті.
"""


def ruling_kk(path):
    flow = [Paragraph("АУДАНДЫҚ СОТТЫҢ ШЕШІМІ", TITLE), Paragraph("(lexkz үшін оқу мәтіні)", TITLE),
            Spacer(1, 4 * mm)]
    paras = paragraphs(RULING_KK)
    flow += paras[:4] + [PageBreak()] + paras[4:]
    build(path, flow, "Еңбек дауы бойынша шешім (lexkz оқу мәтіні)", "%d-бет", "Еңбек дауы бойынша шешім")


# The scanned page (ru): rendered, then kept only as an image.
SCAN_RU = """
Суд апелляционной инстанции проверил законность решения по иску работницы к работодателю. Работница указала, что руководитель систематически высмеивал ее внешность при коллегах и называл ее непригодной к работе.

Судебная коллегия находит, что работодатель не провел проверку по обращению работницы и не защитил ее от унижения. Решение суда первой инстанции оставлено без изменения, апелляционная жалоба ответчика оставлена без удовлетворения.
"""


def scanned_ru(path):
    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = os.path.join(tmp, "text.pdf")
        flow = [Paragraph("АПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ", TITLE), Spacer(1, 4 * mm)] + paragraphs(SCAN_RU)
        # Half an A4 page: a short scan keeps the file small and the OCR test quick.
        half = (A4[0], A4[1] / 2.4)
        doc = SimpleDocTemplate(text_pdf, pagesize=half, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=12 * mm, bottomMargin=10 * mm)
        doc.build(flow)
        images_to_pdf(render(text_pdf, tmp, 300), path, 300)


def render(pdf, tmp, dpi):
    """Renders every page of `pdf` to a greyscale PNG at `dpi`; returns the PNG paths."""
    prefix = os.path.join(tmp, "page")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, prefix], check=True)
    return sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("page") and f.endswith(".png"))


def images_to_pdf(pngs, path, dpi):
    """An image-only PDF: each page one bilevel (CCITT G4) image, as a scanner makes them."""
    from PIL import Image
    pages = [Image.open(p).convert("L").point(lambda v: 255 if v > 160 else 0).convert("1") for p in pngs]
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def bench(out_dir, texts):
    """One PDF per text file (the real corpora, for bench/pdf_bench): plain paragraphs."""
    os.makedirs(out_dir, exist_ok=True)
    for t in texts:
        name = os.path.splitext(os.path.basename(t))[0]
        with open(t, encoding="utf-8") as f:
            body = f.read()
        flow = []
        for line in body.split("\n"):
            line = line.strip()
            if line:
                flow.append(Paragraph(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), BODY))
        build(os.path.join(out_dir, name + ".pdf"), flow, name, "%d", name)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--bench":
        bench(sys.argv[2], sys.argv[3:])
        return
    corpora = ROOT
    statute_ru(os.path.join(corpora, "statute-dignity.ru.pdf"))
    ruling_kk(os.path.join(corpora, "ruling-workplace.kk.pdf"))
    scanned_ru(os.path.join(corpora, "scan-appeal.ru.pdf"))


if __name__ == "__main__":
    main()
