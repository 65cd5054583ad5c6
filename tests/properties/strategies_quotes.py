"""Hypothesis strategies for reported speech: speaker names, reporting verbs, contents."""

from __future__ import annotations

from hypothesis import strategies as st

from newsstruct._lexicon import DEFAULT_CONFIG

# Names and contents draw on different syllables, so a name is never also a common word.
_NAME_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "vi", "da", "zo"]
_WORD_SYLLABLES = ["pe", "tu", "bre", "sha", "gor", "fi", "wu", "yel"]
_RESERVED = {
    w.lower()
    for name in ("speech_verbs", "titles", "non_names", "places", "org_words", "place_words",
                 "pronouns")
    for row in DEFAULT_CONFIG.rows(name)
    for w in row[0].split(" ")
}



def _pseudo_words(syllables: list[str]) -> st.SearchStrategy[str]:
    return (
        st.lists(st.sampled_from(syllables), min_size=2, max_size=3)
        .map("".join)
        .filter(lambda w: w not in _RESERVED)
    )


_name_part = _pseudo_words(_NAME_SYLLABLES)
_pseudo = _pseudo_words(_WORD_SYLLABLES)

#: A person's name: two or three capitalised invented words ("Kalo Rumine").
person_names = st.lists(_name_part, min_size=2, max_size=3).map(
    lambda ws: " ".join(w.capitalize() for w in ws)
)

#: Reporting verbs from the shipped vocabulary that fit "NAME VERB that ..." and '"...," NAME VERB.'
reporting_verbs = st.sampled_from(
    sorted(
        v for v in DEFAULT_CONFIG.words("speech_verbs")
        if " " not in v and (v.endswith("ed") or v in {"said", "told", "wrote", "says"})
    )
)

#: A reported clause with a subject and a finite verb ("the kalo will rumine dapeto").
clauses = st.tuples(_pseudo, _pseudo, _pseudo).map(lambda t: f"the {t[0]} will {t[1]} {t[2]}")

#: A sentence of direct speech ("Kalo will rumine dapeto").
spoken = st.tuples(_pseudo, _pseudo, _pseudo, _pseudo).map(
    lambda t: f"{t[0].capitalize()} {t[1]} will {t[2]} {t[3]}"
)
