from __future__ import annotations

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from claimgraph.ingest.langid import NEWS_LANGUAGES, UNDETERMINED, _identifier, detect_language


def test_langid_detect_founding_article_is_dutch(founding_path):
    assert detect_language(founding_path.read_text(encoding="utf-8")) == "nl"


def test_langid_detect_sample_headlines(headlines):
    """Headlines and summaries in en/pl/ru from the Kremlin-drone coverage (all 216 right when
    written; a little slack for model updates)."""
    texts = [(item["lang"], item[key]) for item in headlines for key in ("title", "text")]
    right = sum(detect_language(text) == lang for lang, text in texts)
    assert {lang for lang, _ in texts} == {"en", "pl", "ru"}
    assert right / len(texts) >= 0.97


def test_langid_detect_wikinews_is_english(wikinews_article):
    assert detect_language(wikinews_article["text"]) == "en"


@pytest.mark.parametrize("text", ["", "   \n", "2023-05-03 12:00", "!!! ???", "Kremlin", "⚡️🚀"])
def test_langid_detect_undetermined_without_enough_letters(text):
    assert detect_language(text) == UNDETERMINED


def test_langid_detect_answers_only_news_languages():
    # Afrikaans is close to Dutch; restricted to news languages the answer is Dutch.
    assert detect_language("Die president het gesê dat die aanval op die Kremlin") in NEWS_LANGUAGES


@pytest.mark.parametrize("byline", ["Sebas Groot", "Ton Oomen", "Stef Blok,"])
def test_langid_detect_names_alone_are_undetermined(byline):
    """Bylines from the DPG news set: a guess at these would be a random language."""
    assert detect_language(byline) == UNDETERMINED


def test_langid_table_row_major_same_scores(founding_path, headlines):
    """The restricted table is kept row-major (each text's rows read in one pass): the same
    values as the model's strided column selection, so the same scores, bit for bit."""
    ours = _identifier()
    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    plain.set_languages(list(NEWS_LANGUAGES))
    assert ours.nb_ptc.flags.c_contiguous and not plain.nb_ptc.flags.c_contiguous
    texts = [founding_path.read_text(encoding="utf-8")]
    texts += [item[key] for item in headlines for key in ("title", "text")]
    for text in texts:
        assert ours._decide(text).tobytes() == plain._decide(text).tobytes()
