# case mapping and case predicates beyond ASCII (Latin, Greek, Cyrillic)
words = ["café", "ÉCOLE", "naïve", "Zürich", "straße", "ÅNGSTRÖM", "łódź", "ŒUVRE",
         "Ελληνικά", "ΟΔΟΣ", "σοφία", "привет", "МОСКВА", "Київ", "日本語", "İstanbul",
         "ıi", "Ÿ", "ÿ", "µ", "ſ", "Ĳ", "ĳ", "Ñandú", "čšž", "ČŠŽ", "Tiếng Việt"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(" ", w.isalpha(), w.isupper(), w.islower(), w.istitle())

print("ß".upper(), "ß".title(), "ß".capitalize(), "ßa".swapcase(), "ß".casefold(), "ẞ".lower())
print("ΣΑΣ ΟΔΟΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "ΑΣΑ".lower())
print("é".upper() == "É", "É".lower() == "é", "Ä" < "ä", sorted(["é", "E", "e", "É"], key=str.lower))
print("Müller".upper().lower() == "müller", "HÉLLO WÖRLD".title())
print("café".upper().encode("utf-8"), "ÇA VA".lower())
counts = {}
for name in ["José", "JOSÉ", "josé", "Zoë", "ZOË"]:
    counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
print(counts)
print("Ελλάδα".upper(), "ΆΈΉΊΌΎΏ".lower(), "άέήίόύώ".upper())
print("Ёлка".upper(), "ЁЛКА".lower(), "ѢѣѲѳ".swapcase())
print("3é".isalpha(), "éé".isalpha(), "é1".isupper(), "É1".isupper(), "".islower(), "日本".isupper())
print(b"caf\xc3\xa9".upper(), b"ABC\xc3\x89".lower(), b"\xc3\xa9".isalpha())
