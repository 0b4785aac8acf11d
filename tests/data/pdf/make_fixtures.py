#!/usr/bin/python3
"""Writes the hostile and mixed PDFs tests/cli_pdf_test.cc reads (small, committed):

  encrypted.pdf   - opens only with the password "secret" (RC4 128, reportlab)
  mixed.pdf       - page 1 has a text layer, page 2 is a scan (corpora/scan-appeal.ru.pdf)
  huge-image.pdf  - one page holding a 20,000 x 20,000 pixel image at 300 dpi (1-bit, CCITT G4)

Run from anywhere: tests/data/pdf/make_fixtures.py. Needs python3-reportlab, python3-pil and
pdfunite (poppler-utils), all Debian packages. The 10,000-page PDF is written by the test
itself (it is 900 KB of repetition).
"""
import os
import subprocess
import sys
import tempfile

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))


def text_page(path, lines, encrypt=None):
    c = canvas.Canvas(path, pagesize=A4, encrypt=encrypt)
    c.setFont("DejaVuSerif", 11)
    y = A4[1] - 72
    for line in lines:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()


def main():
    text_page(os.path.join(HERE, "encrypted.pdf"),
              ["Секретное решение суда о защите работника от травли."],
              encrypt=StandardEncryption("secret", ownerPassword="owner", strength=128))
    with tempfile.TemporaryDirectory() as tmp:
        first = os.path.join(tmp, "text.pdf")
        text_page(first, ["Частное определение суда о нарушении трудовых прав работницы.",
                          "Суд обязал работодателя провести служебную проверку."])
        subprocess.run(["pdfunite", first, os.path.join(ROOT, "corpora", "scan-appeal.ru.pdf"),
                        os.path.join(HERE, "mixed.pdf")], check=True)
    from PIL import Image
    Image.new("1", (20000, 20000), 1).save(os.path.join(HERE, "huge-image.pdf"), "PDF", resolution=300)


if __name__ == "__main__":
    sys.exit(main())
