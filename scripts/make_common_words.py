"""Write src/drafter/notes/data/common-words.txt: the most frequent English words.

The notes resolver treats a one-word "company" among the first 1000 ("So", "Will", "Here") as a
misreading, not an employer; the people detector takes a lowercase word among all of them
for a word, not a surname. Taken from pyspellchecker's word frequencies (a dependency already)
and shipped as data, so reading notes does not load the whole dictionary.

    python scripts/make_common_words.py
"""

from pathlib import Path

from spellchecker import SpellChecker

TOP = 20000
OUT = Path(__file__).resolve().parent.parent / "src/drafter/notes/data/common-words.txt"

words = sorted(SpellChecker().word_frequency.dictionary.items(), key=lambda kv: -kv[1])
head = f"# the {TOP} most frequent English words (pyspellchecker); see {Path(__file__).name}\n"
OUT.write_text(head + "\n".join(w for w, _ in words[:TOP]) + "\n", encoding="utf-8")
