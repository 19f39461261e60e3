"""HTML to PDF with WeasyPrint (Pango lays out the text, with Debian's Noto CJK fonts)."""

from weasyprint import HTML


def render_pdf(html, base_url):
    # The profile's stylesheet is in the page itself; nothing is fetched from anywhere.
    return HTML(string=html, base_url=base_url, url_fetcher=refuse).write_pdf()


def refuse(url, timeout=10, ssl_context=None):
    raise ValueError(f"a PDF profile fetches nothing: {url}")
