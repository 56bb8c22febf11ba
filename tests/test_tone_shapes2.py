"""Issue 15, sixth round: precision first (ordinary text the rules flagged on blind sets d and h,
each fixed for its whole class), then tone shapes over clauses and small word classes
(rubrics/tone-shapes2.toml). Flag rows must fire on their own; leave rows must leave the whole
ordinary email clean."""

from __future__ import annotations

from test_rules import in_email, review

# rule -> (stage, sentences it must flag)
FLAG: dict[str, tuple[str, list[str]]] = {
    "tone.unheard": ("close-the-loop", [
        "I haven't heard back, so I can only assume nobody read my note.",
        "It's been three weeks and I haven't heard back.",
        "I still haven't heard back from anyone.",
    ]),
    "ultimatum.conditional": ("missed-deadline", [
        "If nothing arrives by Friday, I will be lodging a formal complaint.",
        "I'll be posting a review about the process unless I hear back this week.",
        "I'd only turn the other offer down if you can match their salary by Monday.",
    ]),
    "ultimatum.warning": ("competing-offer", [
        "It would be prudent not to leave my application sitting for too long.",
        "I'd hate for your team to miss out over the start date.",
        "I will expect your offer to match their package.",
    ]),
    "tone.meagre": ("rejection-reply", [
        "Three interviews and a presentation ended in a one-line email.",
        "A form rejection after four rounds was not what I expected.",
        "Two months and a case study project for an automated reply.",
    ]),
    "tone.mock-praise": ("second-nudge", [
        "Very professional.",
        "I suppose it's been busy, what with all the silence.",
        "All that not-answering must keep the team occupied.",
    ]),
    "tone.slipped": ("missed-deadline", [
        "Your team has now let three of its own deadlines pass.",
        "You missed your own date again.",
        "The ball is now in your court.",
    ]),
    "tone.conduct": ("rejection-reply", [
        "I found it rather strange to be kept waiting for an hour.",
        "I guess that's just how things are done over there.",
        "Two of the panel were scrolling their phones the whole time.",
    ]),
    "tone.foregone": ("rejection-reply", [
        "I suspect the job was never really open.",
        "Roles like this are usually reserved for someone internal.",
        "Given her background the outcome seemed fairly predictable.",
    ]),
    "tone.rumination": ("second-nudge", [
        "I keep replaying the interview and wondering where I went wrong.",
        "I've hardly been able to sleep since the interview.",
        "A quick update would really put my mind at ease.",
    ]),
    "tone.strain": ("second-nudge", [
        "My savings are running low and the bills are piling up.",
        "It's been a rough few months at home.",
        "This role would truly mean the world to me.",
    ]),
    "tone.worth": ("rejection-reply", [
        "I'm simply not good enough, it seems.",
        "The rejection has shaken my confidence.",
        "Apologies for all my messages.",
        "I know I've been a nuisance lately.",
    ]),
    "tone.any-terms": ("second-nudge", [
        "I'd work any hours, any location, whatever you need.",
        "I would accept whatever salary you can offer.",
        "Any role, any contract, I'm open.",
    ]),
    "tone.this-time": ("second-nudge", [
        "Hopefully this one actually gets read.",
        "Perhaps it will finally be answered this time.",
        "Maybe this time it will even be acknowledged.",
    ]),
    "tone.process-verdict": ("rejection-reply", [
        "Your recruitment process was chaotic from start to finish.",
        "The whole process dragged on for months.",
        "Frankly the scheduling was poorly managed.",
    ]),
}

# ordinary text that must leave the whole email clean
LEAVE: dict[str, list[str]] = {
    "close-the-loop": [
        # a conclusion drawn kindly from silence (blind d049, d093 and their class)
        "Since I haven't heard back, I'll assume you've moved forward with another candidate, "
        "and I wish them well.",
        "I haven't heard back about the UX Researcher role, so I'm guessing it's been filled or "
        "put on hold.",
        "As I haven't heard back, I take it the post has been filled; thank you for your time.",
        "I haven't heard back, so I'll presume the team has gone ahead with someone else.",
    ],
    "second-nudge": [
        # a field's word-formation (blind d025)
        "I wanted to follow up on the Research Technician position in the proteomics facility.",
        "The metabolomics work you described sounds fascinating.",
    ],
    "rejection-reply": [
        # an accepted word's possessive (blind h041)
        "I loved learning about the app's accessibility roadmap.",
        "The webinar's format was a great idea.",
    ],
    "thank-you": [
        # near the new shapes: interest, praise with its object, the work's own process
        "I keep thinking about the portal you described.",
        "I've kept thinking about the migration plan since Tuesday.",
        "Very efficient onboarding plan, by the way, and I'd love to help run it.",
        "The one-line summary you wrote for the board was brilliant.",
        "Our release process used to drag on for weeks until we automated it.",
        "I understand hiring processes can drag on over the summer.",
        "The outcome of the pilot was predictable once the data came in.",
        "I'm happy to work any shift pattern the rota needs.",
        "I'm not experienced enough in Rust yet, but I'm learning quickly.",
        # "you" as an object inside the subject (blind h090)
        "Tasting the new autumn menu with you was a highlight.",
        "Meeting you was the best part of my week.",
        "Talking to you has been really useful.",
    ],
}


def test_every_sixth_set_rule_has_flag_rows() -> None:
    from test_rules import rubric
    shipped = {r.id for r in rubric("thank-you").rules if r.id.startswith(("tone.", "ultimatum."))}
    sixth = {"tone.meagre", "tone.mock-praise", "tone.slipped", "tone.conduct", "tone.foregone",
             "ultimatum.warning", "tone.rumination", "tone.strain", "tone.worth",
             "tone.any-terms", "tone.this-time", "tone.process-verdict"}
    assert sixth <= shipped and sixth <= set(FLAG)


def test_a_misspelling_with_omics_lookalike_still_flags() -> None:
    found = review(in_email("The awsome team was great.", "thank-you")).findings
    assert any(f.rule == "spelling.unknown-word" for f in found)
