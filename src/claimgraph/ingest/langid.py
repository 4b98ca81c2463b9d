"""Language identification with py3langid, restricted to the languages news comes in."""

from __future__ import annotations

from functools import cache

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"

# ISO 639-1 codes of the languages we expect news in. Restricting the classifier keeps short
# texts from landing on near neighbours that rarely carry news (Dutch on Afrikaans or Frisian,
# Russian on Belarusian guesses from a few words, Latin for anything with Latinate words).
NEWS_LANGUAGES = (
    "nl", "en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "cs", "sk", "sl", "hr", "sr",
    "bg", "ro", "hu", "el", "tr", "sv", "da", "no", "fi", "et", "lv", "lt", "ca", "ar", "he",
    "fa", "zh", "ja", "ko", "hi", "id", "vi",
)  # fmt: skip

# Below this many letters a text says too little about its language.
MIN_LETTERS = 8
# Below this probability (normalised over NEWS_LANGUAGES) the answer is a guess: names
# ("Sebas Groot" -> et, 0.13) and bylines fall under it, the shortest sample headlines
# ("Kremlin accuses Ukraine", 0.32) stay above it.
MIN_PROBABILITY = 0.25
# Classify at most this many characters: a long article's opening decides as well as all of it.
MAX_CHARS = 10_000


@cache
def _identifier() -> LanguageIdentifier:
    """The classifier, loaded on first use (about half a second) and shared afterwards."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    # The restricted table is a strided view of the full one (its columns picked): a row-major
    # copy holds the same values and gives each text's rows in one pass (a third less time).
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc)
    return identifier


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` letters (Unicode category L*, which is what
    ``str.isalpha`` tests); stops reading at the last one needed."""
    if count <= 0:
        return True
    for char in text:
        if char.isalpha():
            count -= 1
            if not count:
                return True
    return False


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``"und"`` when it is too short to tell
    (fewer than :data:`MIN_LETTERS` letters, or no language above :data:`MIN_PROBABILITY`)."""
    sample = text[:MAX_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return UNDETERMINED
    lang, probability = _identifier().classify(sample)
    return str(lang) if probability >= MIN_PROBABILITY else UNDETERMINED
