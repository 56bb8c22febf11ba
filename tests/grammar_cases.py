"""Flag/leave tables for the broken-sentence rules (grammar.*) and generic.repeated-phrase.

test_rules.py puts each sentence into its ordinary email and runs them with the other tables;
a leave-alone sentence must leave that whole email clean.
"""

from __future__ import annotations

# the offline composer's own slips (issue 10), then hand-written ones
FRAGMENT_FLAG = [
    # a note's adverb between a preposition and itself (blind read of AP)
    "I appreciated your question about straight away about my time in the Logistic Corps.",
    "I learned a lot about really about nothing.",
    # an article before a note's past-tense verb; 'you' with a third-person verb (blind read)
    "The part that stayed with me was the used the sepsis story from Mercy.",
    "I enjoyed discussing how the after-school maths club you wants someone to take over.",
    "I found our conversation about what I'd do if a post-op patient's obs started slipping at "
    "3am and the especially valuable, and the you've 4 new grads starting in Jan and want "
    "experienced people to precept them gave me a clearer picture of the work.",
    "I enjoyed our conversation about the forklift cert, along with the lots of agency staff.",
    "I am keen on the role, particularly after our conversation about an hour.",
    "Thanks for the chat about the you're hiring two more analysts.",
    "I appreciated hearing about I said I'd shadow a shift.",
    "It was good to hear the we are moving to Snowflake next year.",
    "Our talk about the they want someone who can own the roadmap stuck with me.",
    "I liked the a new dashboard idea for the wards.",
    "Thank you for the my questions about the rota.",
    "I was glad to hear about the your plans for the spring.",
    "I enjoyed the especially.",
    "We spoke about the really, and I would like to hear more.",
    "I keep thinking about the also, and the rota for nights.",
    "I valued our talk with we're short-staffed on nights.",
    "Thank you for explaining the some of the history behind the migration.",
    "I am excited to work with they're rebuilding the pipeline.",
    "I was struck by the plenty of room to grow in the team.",
    "I enjoyed our discussion on two hours, and the tour afterwards.",
    "It was a pleasure to learn from he's leading the platform group.",
    "Our chat about 30 minutes gave me a real sense of the team.",
    "I'd be glad to help with the every part of the launch.",
    # a determiner before two prepositions: a note's word pasted in
    "Hearing about the after about the fall menu gave me a clearer picture of the work.",
    "I enjoyed the before with the whole kitchen team.",
]

FRAGMENT_LEAVE = [
    "I heard about it about a week ago.",
    "We talked about how it's about people.",
    "Thank you for thinking of me about once a week.",
    "The said document is attached for your review.",
    "Thank you, and I hope you and the team have a good week.",
    "If you want the samples sooner, I can send them by Monday.",
    "How about I send over the deck before Friday?",
    "What about we meet again next week, if that suits you?",
    "The people I'd be working with, I think, are a big part of why I applied.",
    "I was impressed by the newly hired nurses and how quickly they settled in.",
    "The recently launched app already has a loyal following.",
    "The especially tricky part was the backfill, as you said.",
    "I was glad to hear about the team I'd be joining and the people I'd be working with.",
    "The person you described is someone I'd enjoy working for.",
    "That's what I was referring to when I mentioned on-call.",
    "The fully remote team still meets in person twice a year.",
    "I admired the highly regarded training programme you described.",
    "The really good ones stay for years, as you said.",
    "It was great to hear about the very early days of the company.",
    "I enjoyed talking with you about the work you and your team are doing.",
    "I'd love to hear more about it when you have time.",
    "Thank you for the time you gave me and the tour of the lab.",
    "I learned a lot from the many examples you shared.",
    "I appreciated the much-needed context on the reorganisation.",
    "We covered the I/O bottleneck in the ingestion service.",
    "I'm looking forward to the A-level results season with your department.",
    "Our conversation about a week ago has stayed with me.",
    "I enjoyed our conversation about a day in the life of a charge nurse.",
    "We talked for about an hour, and it flew by.",
    "Thank you for meeting with me for about an hour yesterday.",
    "I appreciated the then head of nursing's account of the merger.",
    "I was glad to hear you and the team are settling into the new building.",
    "I'm grateful to you and Priya for the time.",
    "It was good to see the team I'd be joining.",
    "Between you and Marcus, I got a clear picture of the role.",
    "I came away from the conversation with a sense of how much the team cares.",
    "The so-called golden path for new services made a lot of sense.",
    "I enjoyed each of the conversations, and every one taught me something.",
    "That is the kind of problem I enjoy working on.",
    "I hope the rest of the week goes well for you and your team.",
    "The before and after photos of the ward refit were striking.",
    "I enjoyed hearing about the after-school club and the out of hours service.",
]

DOUBLED_FLAG = [
    "I enjoyed the the tour of the lab.",
    "I would love to to join the team.",
    "Thank you for for your time today.",
    "I am excited about the role and and the team.",
    "It was a a pleasure to meet you.",
    "I I wanted to thank you again.",
    "Our conversation about the\nthe streaming migration stayed with me.",
    "I learned a lot of of useful things about the ward.",
    "We talked about how we we could cut the backlog.",
    "The team has been been very welcoming.",
    "I will send it it over tomorrow.",
    "The the onboarding plan sounds thorough.",
]

DOUBLED_LEAVE = [
    "The one thing I had had doubts about turned out to be the best part.",
    "I think that that approach would suit the team well.",
    "What it is is a chance to build something new.",
    "I really, really enjoyed meeting the team.",
    "It was a very very useful afternoon.",
    "We spent the time on Bora Bora stories and travel.",
    "The 10 10-minute breaks in the schedule were a nice touch.",
    "I hope so, so much, that we can work together.",
    "Thank you, thank you, for the tour.",
    "The on-call rotation and the call-out policy were clear.",
    "We read the the-the-the stutter example in the linguistics module.",
    "What they do do well is keep the wards calm.",
    "I handed her her notes back after the case review.",
    "What it was was a chance to see the wards at their busiest.",
]

VERBLESS_FLAG = [
    "Post-op obs at 3am and the four new grads in January.",
    "The quarterly reports from the regional office in Leeds.",
    "A great opportunity for someone with my background in quality.",
    "Your thoughtful questions about my approach to difficult parents.",
    "My notes from the panel with Priya, Marcus and the two leads.",
    "The four new grads from the January intake and their preceptors.",
    "A clearer picture of the work on the surgical ward at night.",
    # a lead before a comma does not make the rest a formula
    "Honestly, the four new grads from the January intake and their rota.",
]

VERBLESS_LEAVE = [
    # a short lead, a comma, then a formula that needs no verb
    "Either way, good luck with the redesign of the whole site.",
    "In any case, all the best with the launch next spring.",
    # an adverb in -ly, then the verb it modifies
    "Kindly keep my profile in consideration for future openings.",
    "Gently remind me of the start date for the induction week, please.",
    # a noun-or-verb after a name is its verb
    "The Facilities Manager role at Calloway Medical remains my first choice.",
    "The job at Harbour Freight Logistics still interests me a great deal.",
    "If not, no hard feelings at all, and thank you for your time.",
    "Congratulations on the launch of the new ward in the east wing.",
    "Best of luck with the rest of the search this spring.",
    "Thanks again for the tour of the lab and the coffee.",
    "Apologies for the delay in my reply to your last note.",
    "Happy to share references from my last two managers.",
    "Sorry for the slow reply on my end this week.",
    "Just a quick note to say thanks.",
    "Really appreciated the tour of the new ward on Tuesday.",
    "A pleasure to meet you and the rest of the team yesterday afternoon.",
    "My experience with the e-rostering system should help.",
    "No worries at all if the timeline shifts.",
    "P.S. The article on blameless postmortems is attached.",
    "One more thing: the portfolio link from our call.",
    "A quick question about the start date for the role.",
    "I'm available any day next week except Wednesday morning.",
    "All in all, a wonderful afternoon with a thoughtful team.",
    "Such an interesting discussion of the Q3 targets and the new CRM.",
    "I very much enjoyed my day at the academy and the tour.",
    "The quarterly reports you shared were a great help to me.",
    "Looking forward to hearing more about the next steps.",
    "Hope the rest of your week goes smoothly and calmly.",
]

UNBALANCED_FLAG = [
    "I enjoyed the tour (especially the new simulation suite.",
    "I enjoyed the tour especially the new simulation suite).",
    'You called it "the hardest problem we have, and I keep thinking about it.',
    "You called it “the hardest problem we have, and I keep thinking about it.",
    "You called it the hardest problem we have,” and I keep thinking about it.",
    "Your phrase ‘fix the process, not the person stuck with me.",
    "Your phrase 'fix the process, not the person stuck with me.",
    "I have attached the notes [in PDF form as you asked.",
    "The plan {as described in the deck was clear.",
    "The rota (days, nights [and weekends) was clear.",
]

UNBALANCED_LEAVE = [
    "I enjoyed the tour (especially the new simulation suite).",
    'You called it "the hardest problem we have", and I keep thinking about it.',
    "You called it “the hardest problem we have”, and I keep thinking about it.",
    "Your phrase ‘fix the process, not the person’ stuck with me.",
    "Your phrase 'fix the process, not the person' stuck with me.",
    "The students' projects and the teachers' feedback were impressive.",
    "The students’ projects and the team’s plans were impressive.",
    "I don't think I've seen a rota as fair as yours, and it's clear why.",
    "The '90s systems you're replacing sound like a real challenge.",
    "We ran the numbers on the ‘24 intake and the ’23 cohort.",
    "I can take 'em through the runbook if that helps.",
    "Three things stood out: 1) the rota, 2) the mentoring and 3) the tools.",
    "Three things stood out: a) the rota, b) the mentoring, c) the tools.",
    'The 15" monitors were a nice touch.',
    "I spoke to Ms. Shah (the hiring manager) about the timeline.",
    'She said the team is "very much in build mode" right now.',
    "The team's “no heroes” culture really appealed to me.",
    "The weekend shifts (Saturday and Sunday) sound manageable.",
    "It was rock 'n' roll from the first minute.",
    "She said “we fix the process” and I liked that.",
]

# whole bodies for the repeated-phrase rule: {} stands for the second sentence's slot
REPEATED_FLAG = [
    "I would be glad to walk you through the migration. If useful, I would be glad to share "
    "the runbook too.",
    "I really enjoyed our conversation about rostering. I really enjoyed our conversation about "
    "the new wing as well.",
    "The team clearly cares about patient safety. I could see that the team clearly cares "
    "about its people too.",
    "I am confident I can make an impact quickly. With my background, I am confident I can "
    "lead the night shift.",
    "It was great to learn about the backlog. It was great to learn about the on-call rota too.",
    "Your point about hiring for curiosity stuck with me. I keep coming back to your point "
    "about hiring for curiosity.",
]

REPEATED_LEAVE = [
    "I wanted to thank you for your time. I wanted to add one thing about the rota.",
    "I would like to thank you again. I would like to add one thing about the rota.",
    "I believe that the role suits me, and I believe that my nights experience helps.",
    "The incident review was fascinating. I have been thinking about the incident review since.",
    "I am excited about the Data Engineer role. The Data Engineer role suits my background.",
    "I would be happy to share more. I would be glad to answer questions.",
    "Thank you for the tour. Thank you for the coffee, too.",
    "Please let me know if you need anything. Please let me know if the dates change.",
    "By the end of the week I will send the deck, and by the end of the month the plan.",
    "I look forward to hearing from you. I look forward to meeting the team.",
    "The team at Larkspur was welcoming, and the team at the lab was generous with time.",
]
