"""Write reading/script.py's traditional-to-simplified table from the Unicode Character Database's Unihan_Variants."""

# Usage: python3 tools/script_table.py [/usr/share/unicode/Unihan_Variants.txt.bz2] > table.txt
# (Debian/Ubuntu: `apt-get install unicode-data`; or Unihan.zip from https://www.unicode.org/Public/UCD/latest/ucd/).
# A character is folded to its first kSimplifiedVariant when that is one BMP character other than itself; characters
# simplified text also writes (乾 → 干 and 乾; 著 → 着 and 著) are left out, so a simplified line never changes.
# Variant forms with no kSimplifiedVariant of their own (産, 啓) fold through their kZVariant or kSpoofingVariant (the
# same character in another glyph) when that one folds; no simplified character is folded, and only into the unified
# block (U+4E00–U+9FFF).

import bz2
import sys


def _characters(field: str) -> list[str]:
    return [chr(int(code[2:].split("<")[0], 16)) for code in field.split()]


def _common(character: str) -> bool:
    # the unified block: a fold to a rare extension form (瀰 → 㳽) would never match a simplified text's 弥
    return "\u4e00" <= character <= "\u9fff"


def table(path: str) -> dict[str, str]:
    simplified: dict[str, list[str]] = {}
    simplified_of: set[str] = set()  # characters some traditional character simplifies to: never folded
    same: dict[str, list[str]] = {}
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "\t" not in line:
                continue
            code, key, value = line.rstrip("\n").split("\t")
            character = chr(int(code[2:], 16))
            if key == "kSimplifiedVariant":
                simplified[character] = _characters(value)
                simplified_of.update(simplified[character])
            elif key in ("kZVariant", "kSpoofingVariant"):
                same.setdefault(character, []).extend(_characters(value))
    folds = {
        character: values[0]
        for character, values in simplified.items()
        if character not in values and ord(character) < 0x10000 and _common(values[0])
    }
    for character, variants in same.items():
        if character in simplified or character in simplified_of or ord(character) >= 0x10000:
            continue
        through = [folds[variant] for variant in variants if variant in folds]
        if through and len(set(through)) == 1 and through[0] != character:
            folds[character] = through[0]
    return dict(sorted(folds.items()))


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Variants.txt.bz2"
    folds = table(path)
    for name, text in (("_TRADITIONAL", "".join(folds)), ("_SIMPLIFIED", "".join(folds.values()))):
        print(f"{name} = (")
        for start in range(0, len(text), 100):
            print(f'    "{text[start : start + 100]}"')
        print(")")


if __name__ == "__main__":
    main()
