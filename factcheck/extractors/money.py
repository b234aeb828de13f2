"""Money: "$3 million", "£85m", "€100 million", "US$1.2bn", "3 million dollars", with the currency
kept and hedges as for counts. Amounts in different currencies are never compared."""
from __future__ import annotations

import re

from ..models import MoneyClaim, MoneyValue
from ..text import NUMBER, NUMBER_DIGITS, SCALES, parse_number
from .base import Page, claim_fields
from .frames import frame_label, past_time, read_frame
from .quantities import _hedge, hedged_range
from .subjects import clause_subject

# Symbols and words -> ISO 4217 codes; a bare "$" is taken as US dollars (as most English news means it).
SYMBOLS = {"us$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
           "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "r$": "BRL"}
CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "RUB", "BRL", "KRW", "ZAR", "MXN", "SEK",
         "NOK", "DKK", "HKD", "SGD", "NZD", "TRY", "AED", "SAR")
WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
         "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF",
         "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP", "won": "KRW", "rand": "ZAR", "pesos": "MXN"}
_SCALE = r"(?P<scale>(?i:thousand|million|billion|trillion|bn|mn)|m|k|M|K)\b"
_BEFORE = re.compile(
    rf"(?<![\w$])(?P<symbol>US\$|[CA]\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|(?:{'|'.join(CODES)})\s)\s?"
    rf"(?P<number>{NUMBER_DIGITS})(?:\s?{_SCALE})?(?![\d%])")
_AFTER = re.compile(
    rf"(?<![\w$£€.,])(?P<number>{NUMBER})\s+(?:(?P<scale>million|billion|trillion)\s+)?"
    rf"(?:(?P<word>pounds sterling|{'|'.join(sorted(WORDS, key=len, reverse=True))})|(?P<code>{'|'.join(CODES)}))\b")
ANCHOR = ("$", "£", "€", "¥", "₹", "rs", "dollar", "euro", "pound", "sterling", "yen", "yuan", "renminbi", "rupee",
          "rouble", "ruble", "franc", "won", "rand", "peso") + tuple(code.lower() for code in CODES)


def extract(page: Page) -> list[MoneyClaim]:
    claims = []
    for pattern in (_BEFORE, _AFTER):
        for match in page.finditer(pattern, ANCHOR):
            found = _read(page, match)
            if found is not None:
                claims.append(found)
    return sorted(claims, key=lambda claim: claim.start)


def _read(page: Page, match: re.Match[str]) -> MoneyClaim | None:
    groups = match.groupdict()
    word = (groups.get("word") or "").lower()
    if word in ("pounds", "won") and not groups.get("scale"):
        return None  # "200 pounds" is a weight more often than money; "won" a verb
    number = parse_number(match["number"])
    if number is None:
        return None
    scale = (groups.get("scale") or "").lower()
    number *= SCALES.get(scale, 1.0) if scale and scale not in match["number"].lower() else 1.0
    symbol = (groups.get("symbol") or "").strip().lower()
    currency = SYMBOLS.get(symbol) or (symbol.upper() if symbol else None) or WORDS.get(word) or groups.get("code")
    start, hedge = _hedge(page, match.start())
    if not currency or not page.is_free(start, match.end()):
        return None
    low, high = hedged_range(number, hedge)
    page.take(start, match.end())
    sentence = page.sentence_at(start)
    thing = _what_for(page, match.end(), sentence[1]) or "amount"
    frame = read_frame(page.text, sentence, (start, match.end()), None, thing)
    frame.when = past_time(page, (start, match.end()))
    subject = frame_label(frame, thing if thing != "amount" else clause_subject(page.text, *sentence, start, match.end()))
    return MoneyClaim(value=MoneyValue(stated=number, low=low, high=high, hedge=hedge, currency=currency), frame=frame,
                      **claim_fields(page, "money", start, match.end(), subject))


_FOR = re.compile(r"\s+(?:in|of|for|worth of)\s+((?:[a-z][\w-]*\s*){1,3})")


def _what_for(page: Page, end: int, sentence_end: int) -> str | None:
    """"$3 million in damages", "£85m for the stadium": what the money is."""
    found = _FOR.match(page.text, end, sentence_end)
    if not found:
        return None
    words = [word for word in found.group(1).split() if word not in ("the", "a", "an", "his", "her", "its", "their")]
    return " ".join(words[:3]) or None
