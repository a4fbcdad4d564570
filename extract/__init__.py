"""officials-kg extraction: text in, records out.  Never imports ``kg``.

    from extract import extract_text
    records = extract_text(page_text, date="2025-09-26", locale="浙江省/杭州市/钱塘区")
"""
from extract.pipeline import ExtractConfig, extract_article, extract_source, extract_sources, extract_text

__all__ = ["ExtractConfig", "extract_article", "extract_source", "extract_sources", "extract_text"]
