"""notes.own_name: the candidate's own name (the one the email is signed with), read from what
the notes say of it, from emails pasted in, or from the notes' closing line; and, as important,
the names it must never take for the candidate's."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.notes import parse_notes
from drafter.notes.own_name import messages, own_name

TODAY = dt.date(2026, 11, 20)

# (notes, the candidate's name or None: drafter must ask)
OWN_NAME = [
    # a closing line
    ("Panel with Gita Rao (charge nurse) on Tuesday about night shifts.\n~ Adebola (Bola) Okafor",
     "Adebola Okafor"),
    ("interview at the depot, Ravi Kumar showed me the yard\n- Tomasz", "Tomasz"),
    ("Met Joan Pike (practice manager), decision Friday.\n----\nMary-Kate O'Brien, RN\n"
     "+1 (617) 555-0199\nmk.obrien@example.com", "Mary-Kate O'Brien"),
    ("Mtg w/ Hugo Lambert re: the data role.\nsign: Priya S.", "Priya S."),
    ("Hugo Lambert asked about dbt.\nme - Tariq Aziz", "Tariq Aziz"),
    # a closing line no list knows the name of, a valediction with a dash, credentials with a
    # hyphen, a full name in brackets beside a short one, "sign it ..."
    ("Spoke with Hana Vitek (deli manager) about the early shift.\nYaw", "Yaw"),
    ("Lab tour with Dr. Amos Reed, he asked about flow cytometry.\nCheers — Nnamdi", "Nnamdi"),
    ("Asked about the diabetes clinic rota.\n- Temi A., FNP-C", "Temi A."),
    ("Met the head of school.\n- Bex (Rebecca Thorne), PGCE", "Rebecca Thorne"),
    ("- met Ole Lund, ops mgr\n- sign it Dariusz\n- decision next week", "Dariusz"),
    # self-introductions anywhere
    ("Call with Ines Duarte (ops lead) today. I'm Farah Qureshi btw, applying for the planner "
     "job.", "Farah Qureshi"),
    ("i'm Rosalind btw haha. interview w/ Pete Moss went fine", "Rosalind"),
    ("Spoke to Omar Haddad from finance. My name's Lukas Becker.", "Lukas Becker"),
    ("Role: site engineer. my name on emails: Thandiwe Nkosi", "Thandiwe Nkosi"),
    ("Met Dr. Vance. Name on CV: Young Ha-eun (family name Young)", "Young Ha-eun"),
    ("Talked budget with Dr Ellis.\n(note to self: Chidubem, don't bring up the gap year)",
     "Chidubem"),
    ("Recap for Tamsin Yeo's design interview (that's me) with Gary Holt, Head of Product",
     "Tamsin Yeo"),
    ("(Ignacio Ferrer here, notes for later)\nInterview with Lena Fox, CTO of Brightpath",
     "Ignacio Ferrer"),
    # the candidate's own email pasted in: its sign-off is theirs
    ("what I sent on the 3rd:\nTo: Maeve Dunne\nHi Maeve,\nI wanted to follow up on the "
     "analyst role.\nKind regards,\nSebastián Ortiz\n\nno reply yet", "Sebastián Ortiz"),
    ("My follow-up (sent Mon):\n---\nHi Gordon, just checking in on the timeline.\nThanks,\n"
     "Yetunde\n---\nstill nothing. Gordon Blake is the hiring manager.", "Yetunde"),
    ("my last email:\nSubject: Checking in\nHello Dr. Reyes,\nI remain very interested in the "
     "post.\nBest, Anneke de Vries\n\nInterviewed with Dr. Reyes on 2 Nov.", "Anneke de Vries"),
    # an email pasted from the employer to the candidate: its greeting is theirs
    ("text from Shauna at Crestline Recruitment:\n\"hey oluchi, bad news they went with an "
     "internal person for the stores job x\"\nwant to thank Shauna", "Oluchi"),
    ("From: Grace Whitmore <gw@fenwick.org>\nSubject: Your interview\n\nDear Henrik,\n"
     "Thank you for attending interview. Unfortunately we have decided not to progress.\n"
     "Kind regards\nGrace Whitmore\n\nReply asking for feedback.", "Henrik"),
    ("Dear Dr. Achterberg, (that's me — Femke)\nWe regret that we will not be offering you the "
     "post.\nYours sincerely,\nAlan Price\n---\nreply to Alan", "Femke Achterberg"),
    # a scheduling confirmation
    ("From: Calendly <no-reply@calendly.com>\nInvitee: Wanjiru Kamau\nHost: Theo Grant\n\n"
     "Theo asked about SQL.", "Wanjiru Kamau"),
    # shapes written for this table (not from any dev set): a dash and "me", a bracket alone,
    # "notes from", a sent text quoted with ">", form keys, nicknames, a pipe-separated sign-off
    ("Met Bryony Hale (clinic lead) on Tuesday, decision next week. — me, Kwabena", "Kwabena"),
    ("Call with Oren Blum about the QA lead job, he wants a portfolio.\n(Ines Carvalho)",
     "Ines Carvalho"),
    ("Notes from Tobiah Rinaldi, interview at Quarry Bank 3 Nov. Met Dee Okon (HR).",
     "Tobiah Rinaldi"),
    ("What I texted her Mon:\n> hi Rosa, thanks for the tour! any news on the shift lead spot? "
     "- Benedikt\nno reply", "Benedikt"),
    ("Your name: Priyanka Deshmukh\nRole: analyst\nInterviewer: Ben Ito", "Priyanka Deshmukh"),
    ("Candidate: Olamide Ajayi\nPosition: Site Supervisor\nPanel: Ruth Kerr, Sam Dyer",
     "Olamide Ajayi"),
    ("NAME: Bartholomew \"Bart\" Kowalczyk\nROLE: line cook\nMET: Ivo Sands",
     "Bartholomew Kowalczyk"),
    ("Interview done, waiting on Lena Fox.\nBest,\nKaveh Jafari | Senior Estimator | 0412 555 019",
     "Kaveh Jafari"),
    ("Need a short thank-you to Ayla Demir. Signing off as Dr. Farid Haddad.", "Farid Haddad"),
    ("Second interview for the instructor job. I'm a second-year resident — Ruairi Byrne.",
     "Ruairi Byrne"),
    ("Interviewed with Paolo Greco.\nfull name Oluwadamilare Adeyemi-Cole but everyone goes by "
     "Dami", "Oluwadamilare Adeyemi-Cole"),
    ("Chase the panel about the locum post? — Ikaika Kealoha, DPT", "Ikaika Kealoha"),
    ("ok so I never heard back. would rather email than call. Oksana Petrenko", "Oksana Petrenko"),
    ("I'm Wen Jie (\"WJ\") Lim, applying for the lab tech post.", "Wen Jie Lim"),
    # a recruiter greeting them, in a voicemail or a chat transcript with both sides
    ("Voicemail from Tess at Corbin Staffing, transcribed:\n\"Hey Dimitri this is Tess, they "
     "loved you, call me back\"", "Dimitri"),
    ("[10:02] Sunniva (Harbour Vets): Hi Ezinne, can you do a trial day Thursday?\n"
     "[10:05] Me: yes! thanks Sunniva\nneed to confirm by email", "Ezinne"),
    # an email pasted with its header lines: the sender of one they sent, whom one they got is to
    ("no answer to this one:\nFrom: Ulla Brandt <ulla.b@mail.example>\nTo: Kenji Mori "
     "<kmori@dovetail.example>\nSubject: Checking in\n\nHi Kenji,\nJust checking in on the QA "
     "role.\nUlla", "Ulla Brandt"),
    ("Fwd:\nFrom: Kenji Mori <kmori@dovetail.example>\nTo: Dr. Ulla Brandt\nSubject: Update\n\n"
     "Dear Dr. Brandt,\nUnfortunately we have decided to go another way.\nKenji Mori",
     "Ulla Brandt"),
    # a one-line email quoted, its sign-off inline; a calendar invite's one other guest
    ("Sent 3 Nov:\n\"Hello Mr. Adeyemi, any update on the buyer role? Warm regards, Signe "
     "Halvorsen\"\nnothing yet", "Signe Halvorsen"),
    ("Invite: Final round - Brightwell\nWhen: Thu 12 Nov 2pm\nGuests: Hollis Grant (organizer), "
     "Mirela Popescu\n\nHollis runs the design team.", "Mirela Popescu"),
    # a message left for the candidate, or said to them with their name closing it
    ('Voicemail: "Hi, this message is for Aisha Rahman. It\'s Will from Meridian Bank."',
     "Aisha Rahman"),
    ('Voicemail: "Hi, this is Will Tremblay from Northshore, calling for Aisha, thanks again"',
     "Aisha"),
    ("[27/03/2025, 18:42] Jannie Botha: Thanks for coming through to the farm today Sipho. "
     "Was good to show you the parlour", "Sipho"),
    ('"Great speaking with you today, Ana. The hiring committee meets on the 14th."', "Ana"),
    # "that's me" inside a quoted message is its writer's; the candidate's is "calling for"
    ('VM: "Hi, this is Grace from Northgate calling for Mateo Rivas. The panel, that\'s me, '
     'Dennis and Dr Osei, will decide by Friday."', "Mateo Rivas"),
]

# (notes, a name that must never be taken for the candidate's)
NOT_OWN_NAME = [
    # the last item of a list, and a pasted signature's town
    ("Talked with Ruth Okoro about:\n- the audit\n- Workday", "Workday"),
    ("From: Lee Park <lee@firm.example>\nHi Sam, thanks for coming in.\nLee Park | Talent\n"
     "Firm Ltd\nLeeds, UK", "Leeds"),
    # the interviewer's sign-off in a pasted rejection
    ("Got this today:\nHi there,\nUnfortunately we have decided to go with another candidate.\n"
     "Best,\nNadia Petrov\nHead of Talent", "Nadia Petrov"),
    # the greeting of the candidate's own sent email
    ("I sent this on Monday:\nHi Callum, I wanted to follow up on the designer role.\n\n"
     "no answer yet, Callum Reid is the lead", "Callum"),
    ("My check-in (sent 2 Oct):\n\"Hi Imogen, I hope you're well. Any update on the role?\"\n"
     "Imogen Tate = recruiter at Halden.", "Imogen"),
    # words after "me", "I'm", "note to self" that are no name
    ("me and Priya met the whole team on Friday", "Priya"),
    ("I'm excited about the role at Target", "Excited"),
    ("I'm not sure they liked my answer", "Not"),
    ("I'm at Target now, interviewing at Costco", "Target"),
    ("note to self: don't mention the gap\n", "Don't"),
    ("i'm will be at the office at 9", "Will"),
    ("I'm Salesforce certified, they liked that", "Salesforce"),
    ("I'm relocating from Manila so timing matters", "Relocating"),
    # a referrer after "referred me —"
    ("My friend Drew Castellano referred me — Drew used to work there.", "Drew"),
    # an employer introducing themself in a pasted message
    ("Fwd from recruiter:\n> Hi, I'm Bronwyn Lake from Alder House, we'd love to meet you.",
     "Bronwyn Lake"),
    # a contact card at the end of the notes
    ("Interview went well.\nRecruiter contact:\nCourtney Blake\n555-0100 2233", "Courtney Blake"),
    # a forwarded email greeting someone the notes name: not the candidate
    ("Fwd from the recruiter:\nHi Paul, unfortunately we went with someone else for the role.\n"
     "Paul Greaves is the hiring manager.", "Paul"),
    # written for this table: someone else's sign-off, a company, a place, a list item, a
    # guest list of three, the candidate greeting someone, "Name:" under an interviewer heading,
    # "I'm a fan of ... — X", someone else's notes
    ("Fwd from the agency:\nFrom: Corbin Staffing <jobs@corbin.example>\nTo: Dimitri Vlahos\n"
     "Hi, the client passed on this one.\n— Tess Albright", "Tess Albright"),
    ("Thanks again for the chat, they liked the demo.\n- Brightwell Logistics", "Brightwell"),
    ("Next interview is in person, bring ID.\nPortland, OR", "Portland"),
    ("Panel:\n- Hollis Grant\n- Mirela Popescu", "Mirela Popescu"),
    ("Guests: Hollis Grant (organizer), Mirela Popescu, Dan Roe\nfinal round", "Mirela Popescu"),
    ("Guests: Hollis Grant (organizer), Dan Roe\nDan Roe is the CTO, asked about Go", "Dan Roe"),
    ("[09:12] Me: Hi Rosalind, thanks for today!\n[09:30] Rosalind: you're welcome", "Rosalind"),
    ("Interviewer:\nName: Oksana Bilyk\nTitle: Head of QA", "Oksana Bilyk"),
    ("I'm a big fan of their CEO — Dara Whelan.", "Dara Whelan"),
    ("Notes from Dee Okon's debrief: they liked the case study", "Dee"),
    ("Gabe went first, then me, Lottie went last", "Lottie"),
    ("I'm the candidate — Pat Lee interviewed me", "Pat Lee"),
    ("[9:00] Dana: Hi Sam, the standup moved\n[9:01] Me: ok\nSam is my coworker", "Sam"),
    ("The panel was great, decision Friday. Northwind Traders", "Northwind"),
    ("I sent this:\nTo: Kenji Mori\nHi Kenji, any update on the QA role?\nKenji Mori is the "
     "hiring manager.", "Kenji"),
    # "me (date):" is the notes' writer however the other side words their messages
    ("Sharon: thanks for coming out today mate, I'll let you know by Friday re the job\n"
     "me (Mon 4 Aug): Hi Sharon, hope the week's going well, keen to hear about the role",
     "Sharon"),
    ("Jade: Thanks for the trial today hun! I'll let you know next week x\n"
     "Me (17 jun): Hi Jade, just checking in about the senior stylist job", "Jade"),
    # what the candidate wrote to the interviewer names the interviewer, not the candidate
    ("[02/03, 17:05] Me: Thanks for your time today, Priya! Looking forward.\n"
     "[02/03, 17:09] Priya Nair: You too", "Priya"),
    ("I sent:\nHi Priya,\nThanks for your time today, Priya.\nBest,\nJo", "Priya"),
]


@pytest.mark.parametrize(("notes", "want"), OWN_NAME)
def test_own_name_is_read(notes: str, want: str) -> None:
    assert own_name(notes, []) == want


@pytest.mark.parametrize(("notes", "never"), NOT_OWN_NAME)
def test_someone_else_is_never_the_candidate(notes: str, never: str) -> None:
    got = own_name(notes, [])
    assert got is None or never.casefold() not in got.casefold()
    # nor through the reader and resolver
    assert never.casefold() not in (parse_notes(notes, today=TODAY).candidate or "").casefold()


@pytest.mark.parametrize(("notes", "want"), [
    # two ways naming two different people: ask rather than guess
    ("me: Ruth Amsel\n...\nI'm Dana Whitley btw", None),
    # the candidate's name met only in a greeting and its own email is someone the notes name
    ("Hi Tom,\nthanks for your time today\nTom Ngata was the interviewer", None),
])
def test_no_answer_when_unsure(notes: str, want: str | None) -> None:
    assert own_name(notes, []) == want


def test_known_people_are_never_the_candidate() -> None:
    assert own_name("Interview went fine.\n- Ruth Amsel", ["Ruth Amsel"]) is None


@pytest.mark.parametrize(("notes", "direction"), [
    ("I sent:\nHi Ana, checking in on the role.\nBest,\nJo", "sent"),
    ("To: ana@x.com\nSubject: Checking in\nHi Ana,\njust checking in.\nThanks,\nJo", "sent"),
    ("Got this from Ana:\nHi Jo, we have decided to offer you the role!\nAna", "received"),
    ("From: Ana Lee <ana@x.com>\nHi Jo,\nThanks.\nAna", "received"),
    # the email's own words alone never make it the candidate's
    ("Hi Ana, any update on the role?\nBest,\nJo", None),
    # the line before and the email disagree
    ("I sent:\nHi Jo, unfortunately we went with another candidate.\nAna", None),
])
def test_who_wrote_a_pasted_email(notes: str, direction: str | None) -> None:
    assert [m.direction for m in messages(notes)] == [direction]


def test_the_candidate_is_signed_and_their_sent_email_is_not_a_person_met() -> None:
    ctx = parse_notes("my email (sent 10/21, no answer):\nTo: Sunil Varma\nSubject: Following up"
                      "\n\nHi Sunil,\n\nI wanted to follow up on the Data Analyst role.\n\nBest,\n"
                      "Margaux Petit\n\nInterviewed Oct 7 with Sunil Varma (Head of Data).",
                      today=TODAY)
    assert ctx.candidate == "Margaux Petit"
    assert "Margaux Petit" not in [p.name for p in [*ctx.interviewers, *ctx.others]]
    assert ctx.thread_owner == "Sunil Varma"
