"""Money: "$3 million", "£85m", "€100 million", "US$1.2bn", "3 million dollars", with the currency
kept and hedges as for counts. Amounts in different currencies are never compared."""
from __future__ import annotations

import re

from ..models import MoneyClaim, MoneyValue
from ..text import NUMBER, NUMBER_DIGITS, SCALES, parse_number
from .base import Page, claim_fields
from .frame_time import past_time
from .frames import frame_label, read_frame
from .percents import FALL_WORDS, RISE_WORDS
from .quantities import hedge_before, hedged_range
from .subjects import clause_subject
from .word_hits import holds_any

# Symbols and words -> ISO 4217 codes; a bare "$" is taken as US dollars (as most English news means it).
SYMBOLS = {"us$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
           "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "r$": "BRL"}
CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "RUB", "BRL", "KRW", "ZAR", "MXN", "SEK",
         "NOK", "DKK", "HKD", "SGD", "NZD", "TRY", "AED", "SAR")
WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
         "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF",
         "swiss francs": "CHF",
         "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP", "won": "KRW", "rand": "ZAR", "pesos": "MXN"}
_SCALE = r"(?P<scale>(?i:thousand|million|billion|trillion|bn|mn|crore|lakh)|m|k|M|K)\b"
# South Asian English scales: "Rs 500 crore" is five billion rupees.
LOCAL_SCALES = {"crore": 1e7, "lakh": 1e5}
_BEFORE = re.compile(
    rf"(?<![\w$])(?P<symbol>US\$|[CA]\$|NZ\$|HK\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|(?:{'|'.join(CODES)})\s)\s?"
    rf"(?P<number>{NUMBER_DIGITS})(?:[\s-]?{_SCALE})?(?![\d%])")  # "$2.5-billion deal": the scale after a hyphen
_AFTER = re.compile(
    rf"(?<![\w$£€.,])(?P<number>{NUMBER})\s+(?:(?P<scale>million|billion|trillion)\s+)?"
    rf"(?:(?P<word>(?i:pounds sterling|{'|'.join(sorted(WORDS, key=lambda word: (-len(word), word)))}))|(?P<code>{'|'.join(CODES)}))\b")
# Looked for with str.find in lower case: symbols, currency words, and the commonest codes (a
# three-letter code such as "try" or "sar" hides inside ordinary words and would send every
# sentence through the money patterns).
# A regex, not words: "rs " would find every "years " and "others ".
# Written to start with one character class, so that re skips in C to the few characters a match
# can start with; the plain form "[$£€¥₹]|\bRs\.?\s?\d|\b(?:USD|EUR|...)\b", which it matches exactly,
# was tried at every position of every article (6% of extraction time).
# Made from the two tables below, which also give SYMBOL_LITERALS: one of them, as written, is in
# every match, so a page that holds none (most do) is not searched at all (tests/test_money_gate.py).
_ANCHOR_SYMBOLS = "$£€¥₹"
_ANCHOR_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF")
_CODE_FIRSTS = "".join(dict.fromkeys(code[0] for code in _ANCHOR_CODES))
_CODE_RESTS = "|".join(r"(?<=\b" + code[0] + ")" + code[1:] for code in _ANCHOR_CODES)
SYMBOL_ANCHOR = re.compile(rf"[{_ANCHOR_SYMBOLS}R{_CODE_FIRSTS}](?:(?<=[{_ANCHOR_SYMBOLS}])|(?<=\bR)s\.?\s?\d|(?:{_CODE_RESTS})\b)")
SYMBOL_LITERALS = (*_ANCHOR_SYMBOLS, "Rs", *_ANCHOR_CODES)
WORD_ANCHOR = ("dollar", "euro", "pound", "sterling", " yen", "yuan", "renminbi", "rupee", "rouble", "ruble", "franc",
               " won", " rand", "peso", "usd", "eur", "gbp", "jpy", "cny", "inr")


# "between $3 billion and $5 billion", "$3 billion to $5 billion", "$3-5 billion": one claim, a range
# in one currency; the second amount may leave out the symbol.
_FIRST = _BEFORE.pattern.replace("?P<", "?P<a_")
_SECOND = _BEFORE.pattern.replace("?P<", "?P<b_").replace(r")\s?(", r")?\s?(", 1)
_RANGE = re.compile(rf"(?:(?P<between>(?i:between|from))\s+)?(?P<first>{_FIRST})"
                    rf"(?P<joiner>\s*[-–]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))(?P<second>{_SECOND})")


def extract(page: Page) -> list[MoneyClaim]:
    claims = []
    symbol_anchor = SYMBOL_ANCHOR if holds_any(page, SYMBOL_LITERALS) else ()  # (): no sentence
    for match in page.finditer(_RANGE, symbol_anchor):
        found = _read_range(page, match)
        if found is not None:
            claims.append(found)
    for pattern, anchor in ((_BEFORE, symbol_anchor), (_AFTER, WORD_ANCHOR)):
        for match in page.finditer(pattern, anchor):
            found = _read(page, match)
            if found is not None:
                claims.append(found)
    return sorted(claims, key=lambda claim: claim.start)


def _read(page: Page, match: re.Match[str]) -> MoneyClaim | None:
    groups = match.groupdict()
    word = (groups.get("word") or "").lower()
    if word in ("pounds", "won") and not groups.get("scale") and not re.search(r"(?i:thousand|million|billion|trillion)", match["number"]):
        return None  # "200 pounds" is a weight more often than money; "won" a verb
    number = parse_number(match["number"])
    if number is None:
        return None
    scale = (groups.get("scale") or "").lower()
    number *= {**SCALES, **LOCAL_SCALES}.get(scale, 1.0) if scale and scale not in match["number"].lower() else 1.0
    symbol = (groups.get("symbol") or "").strip().lower()
    currency = SYMBOLS.get(symbol) or (symbol.upper() if symbol else None) or WORDS.get(word) or groups.get("code")
    start, hedge = hedge_before(page, match.start())
    if not currency or not page.is_free(start, match.end()):
        return None
    low, high = hedged_range(number, hedge)
    return _money_claim(page, (start, match.end()),
                        MoneyValue(stated=number, low=low, high=high, hedge=hedge, currency=currency))


def _read_range(page: Page, match: re.Match[str]) -> MoneyClaim | None:
    amounts = []
    for side in ("a_", "b_"):
        number = parse_number(match[side + "number"])
        scale = (match[side + "scale"] or match["b_scale"] or "").lower()  # "$3 to $5 billion": the scale is shared
        symbol = (match[side + "symbol"] or match["a_symbol"]).strip().lower()  # "$3-5 billion": the symbol too
        if number is None:
            return None
        amounts.append((number * {**SCALES, **LOCAL_SCALES}.get(scale, 1.0), SYMBOLS.get(symbol) or symbol.upper()))
    if not match["b_symbol"] and match["joiner"].strip() == "to" and not match["b_scale"]:
        return None  # "gave $500 to 20 families": the second number is no amount
    (low, currency), (high, other) = amounts
    start = match.start("between") if match["between"] else match.start("first")
    if currency != other or high <= low or not page.is_free(start, match.end()):
        return None  # two currencies, or "$5-3": not one range
    if match["between"] == "from" and re.search(rf"\b(?:{RISE_WORDS}|{FALL_WORDS})\s+$", page.text[max(0, start - 20):start], re.I):
        return None  # "rose from $3 billion to $5 billion": a change, its figures read one by one
    return _money_claim(page, (start, match.end()),
                        MoneyValue(stated=low, low=low, high=high, hedge="range", currency=currency))


def _money_claim(page: Page, span: tuple[int, int], value: MoneyValue) -> MoneyClaim:
    """The claim of an amount at span, with its frame: what the money is for, who paid it."""
    page.take(*span)
    sentence = page.sentence_at(span[0])
    thing = _what_for(page, span[1], sentence[1]) or "amount"
    frame = read_frame(page.text, sentence, span, None, thing)
    frame.when = past_time(page, span)
    subject = frame_label(frame, thing if thing != "amount" else clause_subject(page.text, *sentence, *span))
    return MoneyClaim(value=value, frame=frame, **claim_fields(page, "money", *span, subject))


_FOR = re.compile(r"\s+(?:in|of|for|worth of)\s+((?:[a-z][\w-]*\s*){1,3})")


def _what_for(page: Page, end: int, sentence_end: int) -> str | None:
    """"$3 million in damages", "£85m for the stadium": what the money is."""
    found = _FOR.match(page.text, end, sentence_end)
    if not found:
        return None
    words = [word for word in found.group(1).split() if word not in ("the", "a", "an", "his", "her", "its", "their")]
    while words and words[-1] in ("and", "or", "but", "to", "from", "by", "with"):
        words.pop()  # "$25,000 in damages and £5,000 in costs": the thing ends before the next amount
    return " ".join(words[:3]) or None
