"""The offline proofreader: what counts as a known word, and what is never a misspelling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import proofread
from drafter.proofread import is_known, languagetool_source, spelling_issues, words_of

BRITISH = [
    "colour", "favour", "favourite", "behaviour", "behavioural", "neighbourhood", "honourable",
    "organisation", "organisational", "prioritise", "prioritised", "prioritisation",
    "deprioritise", "realise", "recognised", "specialisation", "analyse", "analysing",
    "paralysed", "centre", "centred", "theatres", "programme", "catalogue", "dialogue",
    "licence", "defence", "offences", "travelled", "modelling", "cancelled", "counselling",
    "judgement", "acknowledgement", "fulfil", "fulfilment", "enrol", "learnt", "spelt", "whilst",
    "amongst", "enquiry", "cheque", "grey", "tyre", "storey", "plough", "ageing", "sceptical",
    "manoeuvre", "paediatric", "anaemia", "oestrogen", "encyclopaedia", "jewellery", "aluminium",
    "mould", "smoulder", "draught", "pyjamas", "kerb",
]

COMPOUNDS_AND_AFFIXES = [
    "runbook", "runbooks", "onboarding", "offboarding", "observability", "deduplication",
    "refactoring", "codebase", "wireframes", "dashboards", "backend", "frontend", "workflow",
    "roadmap", "stakeholders", "upskilling", "failover", "rollouts", "hotfixes", "postmortem",
    "teammates", "cofounder", "startups", "webhooks", "backfilling", "toolchain", "handover",
    "whiteboarding", "walkthroughs", "headcount", "skillset", "timeframe", "uptime", "playbooks",
    "microservices", "idempotent", "scalability", "autoscaling", "containerised", "serverless",
    "multitenant", "reschedule", "nonprofit", "mentees", "coworkers", "takeaways",
]

CONTRACTIONS = ["didn't", "wasn't", "hasn't", "couldn't", "I'm", "you're", "we'll", "they'd",
                "team's", "can't", "won't", "shouldn’t"]

TYPOS = ["convresation", "experince", "organisaton", "intrest", "oppertunities", "recruting",
         "enviroment", "responsibilites", "collaberation", "comunication", "exprience", "posible",
         "excellant", "intrested", "fourty", "togather"]


@pytest.mark.parametrize("word", BRITISH + COMPOUNDS_AND_AFFIXES + CONTRACTIONS)
def test_known_words(word: str) -> None:
    assert is_known(word)


@pytest.mark.parametrize("word", TYPOS)
def test_typos_are_not_known(word: str) -> None:
    assert not is_known(word)


def test_an_issue_locates_the_word_and_suggests_a_fix() -> None:
    text = "We had a great convresation about it."
    [issue] = spelling_issues(text, set())
    assert (issue.word, text[issue.start:issue.end]) == ("convresation", "convresation")
    assert issue.kind == "spelling"
    assert issue.suggestion == "conversation"


@pytest.mark.parametrize("text", [
    "Priyanka from Qwzrtech met Zhang Wei and Siobhán at Fernway.",  # capitalised: names
    "We used KXQL, gRPC, iOS and PagerDuty.",  # any capital inside
    "The v2 API and k8s cluster on m5xlarge nodes.",  # digits
    "Write to jordan.rvera@exmple.com or see https://exmple.com/nots/alrt-latncy.",
    "The site is www.jrdnrivera.dev and the code is at gitlab.com/jrdn/drfter.",
    "The case study is here: islawrite.design/fernhil, and the deck at jo.studio.",
])
def test_never_misspellings(text: str) -> None:
    assert spelling_issues(text, set()) == []


def test_accepted_words_and_the_notes_vocabulary() -> None:
    text = "We discussed the fooberizer and quuxlets."
    assert {i.word for i in spelling_issues(text, set())} == {"fooberizer", "quuxlets"}
    assert spelling_issues(text, {"fooberizer", "quuxlets"}) == []
    notes = "Topics: Fooberizer rollout; the quuxlets backlog (Priya)"
    assert {"fooberizer", "quuxlets", "priya", "rollout"} <= words_of(notes)
    assert spelling_issues(text, words_of(notes)) == []


def test_hyphenated_words_are_checked_part_by_part() -> None:
    assert spelling_issues("an on-call, cross-functional, well-run team", set()) == []
    [issue] = spelling_issues("a well-runn team", set())
    assert issue.word == "runn"
    assert issue.start == len("a well-")


def test_a_region_limits_the_check() -> None:
    text = "convresation here; experince there"
    assert [i.word for i in spelling_issues(text, set(), 0, 18)] == ["convresation"]
    assert [i.word for i in spelling_issues(text, set(), 18)] == ["experince"]


def test_languagetool_is_used_only_when_configured(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: object) -> None:
    monkeypatch.delenv("DRAFTER_LANGUAGETOOL", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    assert languagetool_source(None) is None
    assert languagetool_source("http://localhost:8081") == "http://localhost:8081"
    monkeypatch.setenv("DRAFTER_LANGUAGETOOL", "http://lt:8010")
    assert languagetool_source(None) == "http://lt:8010"
    monkeypatch.delenv("DRAFTER_LANGUAGETOOL")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path))  # no jar there: nothing to run
    assert languagetool_source(None) is None


def test_a_languagetool_failure_falls_back_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.rubric import check, load_rubric

    def broken(source: str, text: str) -> list[proofread.Issue]:
        raise ConnectionError("no server")

    monkeypatch.setattr(proofread, "languagetool_issues", broken)
    text = ("Dear Priya,\n\nThank you for the conversation today about the streaming migration, "
            "the replay costs and the on-call rota. I enjoyed our convresation, and the way your "
            "team writes a short review after every incident. I look forward to hearing about "
            "next steps.\n\nBest,\nJordan\n")
    report = check(text, load_rubric("thank-you"), languagetool="http://127.0.0.1:9")
    assert report.proofreader.startswith("pyspellchecker (offline; LanguageTool at "
                                         "http://127.0.0.1:9 failed: ConnectionError")
    assert [f.match for f in report.findings if f.rule == "spelling.unknown-word"] == [
        "convresation"]


_WORD = st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, max_size=30))
def test_issues_are_lower_case_words_of_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for issue in spelling_issues(text, set()):
        assert text[issue.start:issue.end] == issue.word
        assert issue.word == issue.word.lower()
        assert len(issue.word) > 2
