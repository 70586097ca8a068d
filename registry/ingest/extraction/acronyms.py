"""Does an acronym abbreviate a name? ("HUST" ~ "Hanoi University of Science and Technology", "UniMAP",
"BelSU", "XJTU" ~ "Xi'an Jiaotong University", "TSEU" ~ "Tashkent State University of Economics")."""

import re
from functools import lru_cache

from .lexicon import ROMAN_NUMERALS

# Words an acronym may skip ("HIT" = Harbin Institute of Technology).
SKIPPABLE = {
    "of",
    "and",
    "the",
    "for",
    "de",
    "di",
    "del",
    "la",
    "des",
    "du",
    "da",
    "do",
    "in",
    "at",
    "&",
    "named",
    "after",
    "to",
    "be",
    "y",
    "e",
    "i",  # "Quaid-i-Azam": the joining vowel of an Urdu or Persian name
    "und",
    "fur",
    "für",
}
# Words acronyms never stand for, though they look like one.
NOT_INSTITUTIONS = {
    "CEO",
    "MP",  # a Member of Parliament
    "VC",  # a Vice-Chancellor, and a deputy or pro-vice-chancellor
    "DVC",
    "PVC",
    "CTO",
    "CFO",
    "CPC",
    "CCP",
    "MOU",
    "MOA",
    "MOUS",
    "MOUs",
    "MoU",
    "MoUs",
    "PhD",
    "PHD",
    "COVID",
    "USA",
    "UK",
    "EU",
    "US",
    "UN",
    "IT",
    "AI",
    "ICT",
    "STEM",
    "GDP",
    "TV",
    "PM",
    "AM",
    "VP",
    "NO",
    "ID",
    "BRI",
    "SCO",
    "ASEAN",
    "BRICS",
    "OK",
    "MBA",
    "MSc",
    "BSc",
    "MA",
    "BA",
    "CV",
    "HR",
    "PR",
    "RMB",
    "USD",
    "EUR",
    "SDG",
    "SDGs",
    "QS",
    "THE",
    "IELTS",
    "TOEFL",
    "HSK",
    "GPA",
    "R&D",
    "NGO",
    "FAQ",
    "CPPCC",
    "NPC",
    "Ltd",
    "LTD",
    "Inc",
    "AG",
    "GmbH",
    "CO",
    "VIP",
    "VIPs",
    "IoT",
    "UAE",
    "HEI",
    "SME",
    "VR",
    "AR",
    "ML",
    "GIS",
    "ESG",
    "CSR",
    "KPI",
    "IPR",
    "WTO",
    "WHO",
    "UNDP",
    "UNICEF",
    "OECD",
    "NATO",
    "OPEC",
    "FIFA",
    "IOC",
    "PRC",
    "ROK",
    "DPRK",
    "USSR",
    "CIS",
    "EAEU",
    "APEC",
    "TVET",
    "STEAM",
    "MOOC",
    "MOOCs",
    "CCUS",
    "CCS",
    "LNG",
    "EV",
    "EVs",
    "MoA",
    "LoI",
    "LOI",
    "PPT",
    "PDF",
    *ROMAN_NUMERALS,
    "XI",
    "XII",
    "DR",
    "PROF",
    "BERNAMA",
    "IRNA",
    # News agencies, whose names print in datelines and credits ("Kolkata, Feb 17 (PTI)", "ANTARA reported"):
    # the source of the story, never a party to it.
    "ANTARA",
    "PTI",
    "IANS",
    "ANI",
    "TASS",
    "XINHUA",
    "KUNA",
    "QNA",
    "MENA",
    "VNA",
    "AFP",
    "EFE",
    "ANSA",
    "DPA",
    "ISNA",
    "YONHAP",
    "KYODO",
    # Programmes and projects named by an acronym: no body signs or visits as them.
    "CPEC",
}


def words_of(name):
    return [w for w in re.split(r"[\s\-–/]+", name.replace("’", "'")) if w]


@lru_cache(maxsize=4096)
def abbreviates(acronym, name):
    """True when `acronym` can be read off `name`: each letter starts a word or continues the current one,
    every significant word gives at least one letter, and only leading words may be dropped."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).lower()
    words = [re.sub(r"[^\w]", "", w).lower() for w in words_of(name)]
    words = [w for w in words if w]
    if len(letters) < 2 or not words:
        return False
    if acronym.lower() in words and len(words) > 1:
        return True  # "RWTH" in "RWTH Aachen University"

    def match(li, wi, ci, used_current):
        # li: next letter; wi: current word; ci: next char position in the current word
        if li == len(letters):
            rest = words[wi + 1 :] if used_current else words[wi:]
            return all(w in SKIPPABLE for w in rest)
        letter = letters[li]
        if wi < len(words) and used_current:
            word = words[wi]
            pos = word.find(letter, ci)
            if pos != -1 and match(li + 1, wi, pos + 1, True):
                return True
        nxt = wi + 1 if used_current else wi
        while nxt < len(words):
            if words[nxt][0] == letter and match(li + 1, nxt, 1, True):
                return True
            if words[nxt] not in SKIPPABLE:
                return False
            nxt += 1
        return False

    significant = [i for i, w in enumerate(words) if w not in SKIPPABLE]
    # Leading words may be dropped ("KazNU" ~ "Al-Farabi Kazakh National University"), at most two.
    for first in significant[:3]:
        if words[first][0] == letters[0] and match(1, first, 1, True):
            return True
    # Initials in another order ("TSEU" for Tashkent State University of Economics).
    initials = sorted(w[0] for w in words if w not in SKIPPABLE)
    upper = sorted(c.lower() for c in acronym if c.isupper())
    if len(initials) >= 3 and initials == upper:
        return True
    # The name in its own language puts the head first ("UNUD", "Unud" for Udayana University, in Indonesian
    # "Universitas Udayana"; "UNPAR" for Parahyangan Catholic University).
    return (
        len(words) > 1
        and words[-1] == "university"
        and abbreviates(acronym, " ".join(["university", *words[:-1]]))
    )


def looks_like_acronym(token):
    """An acronym-shaped token: 2-8 letters, mostly capitals ("HUST", "UniMAP", "BelSU", "UoS")."""
    if not 2 <= len(token) <= 8 or not token[0].isupper() or not token.isalpha():
        return False
    capitals = sum(1 for c in token if c.isupper())
    if (
        token in NOT_INSTITUTIONS
        or capitals < 2
        or re.match(r"(?:Mc|Mac|De|Le|La|Di|Da|Van|Von|Du)[A-Z]", token)
    ):
        return False
    if re.fullmatch(r"[A-Z]{2,}s", token):
        return False  # "HEIs", "NGOs": a plural, so a kind of thing, not one institution
    # "HUST", "BelSU", "UniMAP", and a capital or two before a word: "UTokyo", "KUniv"
    return capitals * 2 >= len(token) - 1 or bool(re.fullmatch(r"[A-Z]{1,3}[A-Z][a-z]{2,}", token))
