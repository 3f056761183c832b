"""Second peer for bench/ingest: peer.py plus a redaction pass over each message with Python's re module.

The patterns are Gleaner's (shared/text/pii.ts) written for `re`: emails, IBANs (checksum), cards (Luhn),
account and order numbers, IPv4/IPv6, street addresses (English and Chinese), UK postcodes, Chinese
mobiles and phone numbers, and self-introduced names. `re` has no \\p{L} or \\p{Script=Han}: letters are
[^\\W\\d_] and Han is the CJK Unified Ideographs block, so it is close to Gleaner's pass, not identical.
"""
import re

from peer import run

L = r"[^\W\d_]"
HAN = r"[\u4e00-\u9fff]"
EMAIL = re.compile(r"[\w!#$%&'*+/=?^`{|}~.-]+@[\w-]+(?:\.[\w-]+)*\." + L + "{2,}")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
IPV6 = re.compile(r"\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b", re.I)
CN_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?!\w)")
ADDRESSES = [
    re.compile(HAN + r"{1,10}(?:路|街|大道|巷|弄|胡同)\s*\d{1,5}\s*(?:号|號)(?:(?:" + HAN + r"|\d){0,10}(?:室|楼|樓|单元))?"),
    re.compile(r"\d{1,3}\s*(?:栋|幢|号楼|號樓)(?:\s*\d{1,2}\s*单元)?\s*\d{2,4}\s*(?:室|号)?"),
    re.compile(r"\b\d{1,5}[a-z]?,?\s+(?:(?:" + L + r"|['.-])+\s+){1,3}(?:street|road|avenue|lane|boulevard|terrace|crescent|rd|ave|blvd)\b\.?", re.I),
    re.compile(r"\b\d{1,5}[a-z]?,?\s+(?:[A-Z](?:" + L + r"|['.-])*\s+){1,3}(?:Drive|Way|Close|Court|Place|Square)\b"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),
]
ACCOUNTS = [
    re.compile(r"\b(?:order|account|acct|ticket|case)\s*(?:no\.?|number|id|#)?\s*(?:is\s+)?[:#]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})\b", re.I),
    re.compile(r"(?:订单|账户|账号|工单)(?:号码|号|编号)?(?:是)?\s*[:：]?\s*([A-Z]{0,4}\d[\dA-Z-]{5,})", re.I),
]
NAMES = [
    re.compile(r"\b(?:my name is|my name's|name's)\s+([A-Z](?:" + L + r"|['-])+(?:\s+[A-Z](?:" + L + r"|['-])+)?)"),
    re.compile(r"\b(?:[Tt]his is|[Ii] am|[Ii]'m|[Ii]t's)\s+([A-Z](?:" + L + r"|['-])+(?:\s+[A-Z](?:" + L + r"|['-])+)?)(?=\s+(?:from|at|here|speaking)\b)"),
    re.compile(r"(?:我叫|我的名字是)(" + HAN + r"{2,3})|我姓(" + HAN + r")"),
]


def luhn(digits):
    total, double = 0, False
    for ch in reversed(digits):
        d = ord(ch) - 48
        if double:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        double = not double
    return len(digits) >= 13 and total % 10 == 0


def iban(raw):
    s = raw.replace(' ', '')
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int(''.join(str(ord(c) - 55) if c.isalpha() else c for c in moved)) % 97 == 1


def keep_group(placeholder):
    def sub(m):
        name = next((g for g in m.groups() if g), None)
        return m.group(0).replace(name, placeholder) if name else m.group(0)
    return sub


def redact(text):
    out = EMAIL.sub('[EMAIL]', text)
    out = IBAN.sub(lambda m: '[IBAN]' if iban(m.group(0)) else m.group(0), out)
    out = CARD.sub(lambda m: '[CARD]' if luhn(re.sub(r'[ -]', '', m.group(0))) else m.group(0), out)
    for p in ACCOUNTS:
        out = p.sub(keep_group('[ACCOUNT]'), out)
    out = IPV4.sub('[IP]', out)
    out = IPV6.sub('[IP]', out)
    for p in ADDRESSES:
        out = p.sub('[ADDRESS]', out)
    out = CN_MOBILE.sub('[PHONE]', out)
    out = PHONE.sub(lambda m: '[PHONE]' if len(re.sub(r'\D', '', m.group(0))) >= 7 else m.group(0), out)
    for p in NAMES:
        out = p.sub(keep_group('[NAME]'), out)
    return out


if __name__ == '__main__':
    run(redact)
