"""Frog output (real lines from DPG article 10593548) to our silver NER labels."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "silver_frog.py"
spec = importlib.util.spec_from_file_location("silver_frog", SCRIPT)
silver_frog = importlib.util.module_from_spec(spec)
spec.loader.exec_module(silver_frog)

# frog --skip=mpacl leaves the skipped modules' columns empty
FROG_LINES = {
    "verb_in_name": [
        "26\trelatie\t\t\t\tN(soort,ev,basis,zijd,stan)\t0.999633\tO\t\t\t\t\t",
        "27\t,\t\t\t\tLET()\t1.000000\tO\t\t\t\t\t",
        "28\tconcludeert\t\t\t\tWW(pv,tgw,met-t)\t0.998984\tB-PER\t\t\t\t\t",
        "29\tBlom\t\t\t\tSPEC(deeleigen)\t1.000000\tI-PER\t\t\t\t\t",
        "30\t.\t\t\t\tLET()\t1.000000\tO\t\t\t\t\t",
    ],
    "adjective": [
        "17\tde\t\t\t\tLID(bep,stan,rest)\t0.996422\tO\t\t\t\t\t",
        "18\tUtrechtse\t\t\t\tADJ(prenom,basis,met-e,stan)\t0.997019\tB-LOC\t\t\t\t\t",
        "19\thoogleraar\t\t\t\tN(soort,ev,basis,zijd,stan)\t0.997691\tO\t\t\t\t\t",
    ],
    "participle_name": [
        "19\thet\t\t\t\tLID(bep,stan,evon)\t0.702075\tO\t\t\t\t\t",
        "20\tVerenigd\t\t\t\tWW(vd,prenom,zonder)\t0.583333\tB-LOC\t\t\t\t\t",
        "21\tKoninkrijk\t\t\t\tN(soort,ev,basis,onz,stan)\t0.646825\tI-LOC\t\t\t\t\t",
    ],
}


def tags(name: str) -> list[str]:
    tokens = [silver_frog.parse_line(line) for line in FROG_LINES[name]]
    return silver_frog.silver_tags(tokens)


def test_verb_before_a_name_is_cut_off():
    assert tags("verb_in_name") == ["O", "O", "O", "B-PER", "O"]


def test_nationality_adjective_becomes_misc_as_in_conll():
    assert tags("adjective") == ["O", "B-MISC", "O"]


def test_capitalised_participle_stays_inside_the_name():
    assert tags("participle_name") == ["O", "B-LOC", "I-LOC"]


def test_empty_line_is_a_sentence_break():
    assert silver_frog.parse_line("") is None
    assert silver_frog.parse_line("1\tDe\t\t\t\tLID(bep,stan,rest)\t0.98\tO") == (
        "De",
        "LID(bep,stan,rest)",
        "O",
    )
