"""What each interviewer discussed, tied to them by the notes' evidence (notes/attrib.py).

Each row: notes, the person (as --to would name them), what the thank-you may name about
their conversation (each a phrase the composer makes of one of their topics must hold it), and
what it must never name (another person's topic, an aside, pay, logistics). A row that wants
nothing is one where drafter must ask for a topic instead of writing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from topic_support import check_topics, topic_phrases

from drafter.compose import compose
from drafter.config import Config
from drafter.notes import parse_notes

_CONFIG = Config(name="Alex Morgan")

# (notes, to, the phrases must include each, the phrases must include none)
ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # possessive keys, a panel: each person's line is theirs alone
    ("Data Engineer panel at Northwind Grocers, Mar 3\n"
     "Panel: Aisha Bello (Data Platform Lead), Marcus Feld (Analytics Manager)\n"
     "Aisha's questions: streaming ingestion with Kafka, how I'd test dbt models\n"
     "Marcus's: dashboard adoption, the churn model\n",
     "Aisha", ("streaming ingestion with Kafka", "test dbt models"), ("dashboard", "churn")),
    ("Data Engineer panel at Northwind Grocers, Mar 3\n"
     "Panel: Aisha Bello (Data Platform Lead), Marcus Feld (Analytics Manager)\n"
     "Aisha's questions: streaming ingestion with Kafka, how I'd test dbt models\n"
     "Marcus's: dashboard adoption, the churn model\n",
     "Marcus", ("dashboard adoption", "churn model"), ("Kafka", "dbt")),
    # a title as the line's key, then the name, then a dash
    ("Interview: Staff Pharmacist, Lakeside Hospital — 12 May\n"
     "Director of Pharmacy: Dr Helen Achebe – sterile compounding, the new Omnicell cabinets, "
     "and my residency projects\n"
     "Clinical Lead: Mr Ravi Sood – antimicrobial stewardship rounds\n",
     "Achebe", ("sterile compounding", "Omnicell cabinets"), ("antimicrobial",)),
    ("Interview: Staff Pharmacist, Lakeside Hospital — 12 May\n"
     "Director of Pharmacy: Dr Helen Achebe – sterile compounding, the new Omnicell cabinets, "
     "and my residency projects\n"
     "Clinical Lead: Mr Ravi Sood – antimicrobial stewardship rounds\n",
     "Sood", ("antimicrobial stewardship rounds",), ("compounding", "Omnicell")),
    # prose: the person as subject by name, then "he"; the other's sentence stays theirs
    ("Met with Tom Reyes (plant manager) and Priya Nair (quality lead) at Ashford today.\n"
     "honestly tom did most of the talking - he wants someone to cut scrap on the stamping line,"
     " and he went on about their new MES rollout in the spring. priya asked about my Six Sigma "
     "project and how I run 8D reports.\n",
     "Tom", ("scrap on the stamping line", "MES rollout"), ("Six Sigma", "8D")),
    ("Met with Tom Reyes (plant manager) and Priya Nair (quality lead) at Ashford today.\n"
     "honestly tom did most of the talking - he wants someone to cut scrap on the stamping line,"
     " and he went on about their new MES rollout in the spring. priya asked about my Six Sigma "
     "project and how I run 8D reports.\n",
     "Priya", ("Six Sigma project",), ("scrap", "MES")),
    # he and she by gender, in either order
    ("Interview at Brightline Bikes for workshop lead. Spoke with Greta Lund and Paul Owusu.\n"
     "Paul was quiet but Greta was great - she walked me through their e-bike servicing "
     "backlog. He asked about my Shimano certification.\n",
     "Greta", ("e-bike servicing backlog",), ("Shimano",)),
    ("Interview at Brightline Bikes for workshop lead. Spoke with Greta Lund and Paul Owusu.\n"
     "Paul was quiet but Greta was great - she walked me through their e-bike servicing "
     "backlog. He asked about my Shimano certification.\n",
     "Paul", ("Shimano certification",), ("e-bike",)),
    # a recruiter's screen: "She asked about A, how B, and C" is three questions; pay and the
    # next step are no topic
    ("Recruiter screen w/ Dana Whitfield (recruiter) at Solace Home Care, Tue 9/8, 30 min.\n"
     "She asked about my experience with AlayaCare scheduling, how I handled a missed visit "
     "complaint, and my weekend availability. Pay is $24/hr. Next step is a visit with the "
     "branch director.\n",
     "Dana", ("AlayaCare scheduling", "missed visit complaint"),
     ("$24", "next step", "visit with")),
    # bullets under a line naming the one interviewer; the schedule and parking stay out
    ("Bakery supervisor trial @ Crumb & Co, Oct 2\n"
     "Head baker is Marta (owner, didn't get her surname)\n"
     "- wants to start a wholesale line for local cafes\n"
     "- asked about my sourdough schedule at my last bakery\n"
     "- 5am starts, 4 day week, split shifts\n"
     "- parking behind the shop\n",
     "Marta", ("wholesale line for local cafes", "sourdough schedule"),
     ("5am", "4 day", "split shifts", "parking")),
    # a panel: bullets under no one are no one's; a sentence names its own speaker
    ("Panel interview, Junior Architect, Haldane Studio\n"
     "Met Ines Barros and Kofi Mensah.\n"
     "- timber frame detailing\n"
     "- asked about my Revit families\n"
     "Ines mostly talked about their competition entry for the new library.\n",
     "Ines", ("competition entry for the new library",), ("timber", "Revit")),
    ("Panel interview, Junior Architect, Haldane Studio\n"
     "Met Ines Barros and Kofi Mensah.\n"
     "- timber frame detailing\n"
     "- asked about my Revit families\n"
     "Ines mostly talked about their competition entry for the new library.\n",
     "Kofi", (), ()),
    # "Name - title. sentences": a question, the candidate's own story, what they want done
    ("Onsite - Backend Engineer - Larkfield\n"
     "* Sam Okoro - eng manager. Asked about idempotency keys, I told him about my webhook "
     "outage. He wants someone to own the billing migration\n"
     "* Jo Park - product lead. Talked about the onboarding funnel\n",
     "Sam", ("idempotency keys", "billing migration"), ("onboarding",)),
    ("Onsite - Backend Engineer - Larkfield\n"
     "* Sam Okoro - eng manager. Asked about idempotency keys, I told him about my webhook "
     "outage. He wants someone to own the billing migration\n"
     "* Jo Park - product lead. Talked about the onboarding funnel\n",
     "Jo", ("onboarding funnel",), ("idempotency", "billing", "webhook")),
    # a first name keying its line, "and about" continuing the question
    ("Teaching post at Glenview Primary, interview 3 Mar\n"
     "Board: Siobhán Walsh (principal), Declan Moore (deputy)\n"
     "Siobhán - asked me to plan a phonics starter, and about the school's forest school "
     "sessions\n"
     "Declan - behaviour policy, playground duty rota\n",
     "Siobhán", ("forest school sessions",), ("behaviour", "rota")),
    ("Teaching post at Glenview Primary, interview 3 Mar\n"
     "Board: Siobhán Walsh (principal), Declan Moore (deputy)\n"
     "Siobhán - asked me to plan a phonics starter, and about the school's forest school "
     "sessions\n"
     "Declan - behaviour policy, playground duty rota\n",
     "Declan", ("behaviour policy",), ("forest school", "rota")),
    # a name alone on its line (lower case, credentials, a title in brackets), bullets under it
    ("Site visit - Harbour Water Authority - Process Engineer - 14/2\n"
     "farah qureshi PEng (plant superintendent)\n"
     "- UV disinfection upgrade at the north plant\n"
     "- asked how I'd handle a chlorine alarm at night\n"
     "\n"
     "graham holt (operations manager)\n"
     "- the new SCADA screens\n",
     "Farah", ("UV disinfection upgrade", "chlorine alarm"), ("SCADA",)),
    # one interviewer, nothing but asides, pay and logistics: ask, do not write
    ("Call with Dr. Lena Voss (clinic director), Fri.\n"
     "- parking is $12, ugh\n"
     "- salary 68-72k\n"
     "- start date in June\n",
     "Voss", (), ()),
]


def _phrases(notes: str, to: str) -> list[str]:
    return topic_phrases(notes, to, dt.date(2026, 11, 20))


@pytest.mark.parametrize(("notes", "to", "want", "never"), ROWS,
                         ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS)])
def test_topics_by_evidence(notes: str, to: str, want: tuple[str, ...],
                            never: tuple[str, ...]) -> None:
    check_topics(notes, to, want, never, dt.date(2026, 11, 20))


@pytest.mark.parametrize(("notes", "to"), [(r[0], r[1]) for r in ROWS if r[2]],
                         ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS) if r[2]])
def test_the_thank_you_names_their_topic(notes: str, to: str) -> None:
    """The email names one of their topics, in a sentence, and no one else's name."""
    ctx = parse_notes(notes, today=dt.date(2026, 11, 20))
    email = compose(ctx, "thank-you", to, _CONFIG)
    phrases = _phrases(notes, to)
    assert any(p in email.body for p in phrases), (phrases, email.body)
    others = [p.name for p in [*ctx.interviewers, *ctx.others] if to not in p.name]
    for name in others:
        assert name.split()[0] not in email.body.split("\n", 1)[1], (name, email.body)
