"""Forty-odd quote attribution cases in news style, about events other than the samples'.

Each case: `text` (a headline line, then the body) and `quotes`, the (quote, speaker) pairs a
careful reader finds. Scare quotes of one to three words are not quotes. A speaker is the
person or organization's name as the reader would give it, whatever pronoun or role noun the
text uses.
"""

from __future__ import annotations

CASES: list[dict[str, object]] = [
    {
        "text": "Mayor backs new budget\n\n\u201cThis budget puts neighborhoods first,\u201d Mayor Karen Bass said on Tuesday.",
        "quotes": [("This budget puts neighborhoods first", "Karen Bass")],
    },
    {
        "text": "Strike ends at port\n\n\u201cWe got what we came for,\u201d said union leader Tomas Reyes, smiling at the gate.",
        "quotes": [("We got what we came for", "Tomas Reyes")],
    },
    {
        "text": "Flood warning issued\n\nHydrologist Priya Nair told reporters: \u201cThe river will crest tonight, and it will crest high.\u201d",
        "quotes": [("The river will crest tonight, and it will crest high.", "Priya Nair")],
    },
    {
        "text": "Coach praises striker\n\nCoach Dan Rivera praised striker Tom Hale after the match.\n\n\u201cHe carried this team through a hard winter,\u201d he said.",
        "quotes": [("He carried this team through a hard winter", "Dan Rivera")],
    },
    {
        "text": "Governor signs water bill\n\nGov. Gavin Newsom signed the bill on Monday.\n\n\u201cEvery drop counts in a drought like this one,\u201d the governor said.",
        "quotes": [("Every drop counts in a drought like this one", "Gavin Newsom")],
    },
    {
        "text": "Red Cross warns of shortages\n\nIn a statement, the Red Cross said: \u201cOur teams cannot reach the wounded in the north.\u201d",
        "quotes": [("Our teams cannot reach the wounded in the north.", "Red Cross")],
    },
    {
        "text": "Senator speaks on bill\n\nSenator Maria Lopez addressed the chamber. She continued:\n\n\u201cThis bill will not pass while I am in this room.\u201d",
        "quotes": [("This bill will not pass while I am in this room.", "Maria Lopez")],
    },
    {
        "text": "Police chief on shooting\n\n\u201cThis was a senseless act of violence,\u201d Police Chief Kamran Afzal said. \u201cWe will not rest until someone is held accountable.\u201d",
        "quotes": [
            ("This was a senseless act of violence", "Kamran Afzal"),
            ("We will not rest until someone is held accountable.", "Kamran Afzal"),
        ],
    },
    {
        "text": 'Prosecutor closes case\n\n"The evidence was overwhelming from the first day," said prosecutor Linda Park.',
        "quotes": [("The evidence was overwhelming from the first day", "Linda Park")],
    },
    {
        "text": "Dam inspection\n\n\u201cThe dam could fail within hours,\u201d according to Priya Nair, a hydrologist at the state university.",
        "quotes": [("The dam could fail within hours", "Priya Nair")],
    },
    {
        "text": "Minister resigns\n\nEducation Minister Paul Grant wrote on X: \u201cI take full responsibility for the exam failures.\u201d",
        "quotes": [("I take full responsibility for the exam failures.", "Paul Grant")],
    },
    {
        "text": "CEO on layoffs\n\nAcme Corp chief executive Lisa Wong said the cuts were painful. \u201cNobody here takes this lightly,\u201d she added.",
        "quotes": [("Nobody here takes this lightly", "Lisa Wong")],
    },
    {
        "text": "Witness describes crash\n\nJames Ortiz, who saw the crash from his porch, told the Gazette: \u201cThe truck never slowed down.\u201d",
        "quotes": [("The truck never slowed down.", "James Ortiz")],
    },
    {
        "text": "Council vote delayed\n\n\u201cWe need more time to read the report,\u201d council member Ana Silva told colleagues, \u201cand so do the residents.\u201d",
        "quotes": [
            ("We need more time to read the report", "Ana Silva"),
            ("and so do the residents.", "Ana Silva"),
        ],
    },
    {
        "text": "Hospital update\n\nThe hospital said in a statement that \u201call five patients are in stable condition and expected to recover.\u201d",
        "quotes": [("all five patients are in stable condition and expected to recover.", "hospital")],
    },
    {
        "text": "Farmers protest prices\n\nFarmer Jean Dupont stood by his tractor. \u201cWe cannot sell below cost forever,\u201d he said. \u201cSomething has to give.\u201d",
        "quotes": [
            ("We cannot sell below cost forever", "Jean Dupont"),
            ("Something has to give.", "Jean Dupont"),
        ],
    },
    {
        "text": "Ceasefire talks\n\nUN envoy Hans Grundberg said both sides had agreed to meet again. \u201cThere is momentum, but it is fragile,\u201d Grundberg said.",
        "quotes": [("There is momentum, but it is fragile", "Hans Grundberg")],
    },
    {
        "text": "Election night\n\n\u201cThe people have spoken, and we will listen,\u201d the winning candidate, Sofia Marin, told supporters.",
        "quotes": [("The people have spoken, and we will listen", "Sofia Marin")],
    },
    {
        "text": "Wildfire evacuation\n\nFire Chief Dana Ruiz urged residents to leave.\n\n\u201cDo not wait for the flames to reach your street. Leave now while the roads are open.\u201d",
        "quotes": [
            (
                "Do not wait for the flames to reach your street. Leave now while the roads are open.",
                "Dana Ruiz",
            )
        ],
    },
    {
        "text": "Teachers union statement\n\nThe teachers union called the plan \u201creckless\u201d and said in a statement it would \u201cfight this in every courtroom in the state.\u201d",
        "quotes": [
            ("reckless", "teachers union"),
            ("fight this in every courtroom in the state.", "teachers union"),
        ],
    },
    {
        "text": "Bridge reopens\n\n\u201cThe bridge will reopen within a week,\u201d the transport secretary, Mark Ellis, told reporters.",
        "quotes": [("The bridge will reopen within a week", "Mark Ellis")],
    },
    {
        "text": "Judge rebukes lawyers\n\nJudge Helen Cho scolded both legal teams. \u201cThis court is not a stage,\u201d she said, \u201cand I will not tolerate theatrics.\u201d",
        "quotes": [
            ("This court is not a stage", "Helen Cho"),
            ("and I will not tolerate theatrics.", "Helen Cho"),
        ],
    },
    {
        "text": "Airline apologizes\n\nSkyways apologized to stranded passengers. \u201cWe let our customers down this weekend,\u201d the airline said.",
        "quotes": [("We let our customers down this weekend", "Skyways")],
    },
    {
        "text": "Striker retires\n\nLeila Haddad announced her retirement on Friday. \u201cI gave this game everything I had,\u201d Haddad said, \u201cand it gave me more back.\u201d",
        "quotes": [
            ("I gave this game everything I had", "Leila Haddad"),
            ("and it gave me more back.", "Leila Haddad"),
        ],
    },
    {
        "text": "Rescue at sea\n\nCoast guard captain Omar Bakr described the rescue. \u201cThe waves were six meters high. We had one chance to get them off the boat.\u201d",
        "quotes": [
            ("The waves were six meters high. We had one chance to get them off the boat.", "Omar Bakr")
        ],
    },
    {
        "text": "Tenants win case\n\n\u201cToday the tenants of Elm Street proved that a landlord is not above the law,\u201d their lawyer, Grace Kim, said outside court.",
        "quotes": [
            ("Today the tenants of Elm Street proved that a landlord is not above the law", "Grace Kim")
        ],
    },
    {
        "text": "Vaccine rollout\n\nHealth officials are optimistic. \u201cWe expect to reach every county by March,\u201d said Dr. Alan Brooks, the state epidemiologist.",
        "quotes": [("We expect to reach every county by March", "Alan Brooks")],
    },
    {
        "text": "Zoo welcomes cub\n\nKeeper Ruth Adams said the cub was \u201cnursing well and gaining weight every day,\u201d and would meet visitors in spring.",
        "quotes": [("nursing well and gaining weight every day", "Ruth Adams")],
    },
    {
        "text": "Protest in capital\n\nProtest organizer Malik Osei addressed the crowd. \u201cThey can ban our marches, but they cannot ban our voices,\u201d he shouted.",
        "quotes": [("They can ban our marches, but they cannot ban our voices", "Malik Osei")],
    },
    {
        "text": "Storm damage\n\nResidents were still counting the cost. \u201cWe lost the roof, the car and the garden,\u201d said Beth Larson, 72. \u201cBut we are alive.\u201d",
        "quotes": [
            ("We lost the roof, the car and the garden", "Beth Larson"),
            ("But we are alive.", "Beth Larson"),
        ],
    },
    {
        "text": "Trade deal signed\n\nThe European Commission said the deal would \u201copen markets for small firms on both sides of the Atlantic.\u201d",
        "quotes": [("open markets for small firms on both sides of the Atlantic.", "European Commission")],
    },
    {
        "text": "Museum theft\n\nMuseum director Elena Petrova said: \u201cThese works belong to the public, and we will get them back.\u201d",
        "quotes": [("These works belong to the public, and we will get them back.", "Elena Petrova")],
    },
    {
        "text": "Mine collapse\n\nRescuers worked through the night, according to a company statement. \u201cWe have made contact with four of the miners,\u201d rescue chief Victor Lema said.",
        "quotes": [("We have made contact with four of the miners", "Victor Lema")],
    },
    {
        "text": "Pilot praised\n\nPassenger Tom Ng wrote in a post on Instagram that the pilot \u201csaved every one of us with that landing.\u201d",
        "quotes": [("saved every one of us with that landing.", "Tom Ng")],
    },
    {
        "text": "Mayor on heat wave\n\nMayor Ruth Okafor opened cooling centers on Sunday.\n\n\u201cCheck on your neighbors, especially the elderly,\u201d Okafor said.\n\n\u201cNo one should face this heat alone.\u201d",
        "quotes": [
            ("Check on your neighbors, especially the elderly", "Ruth Okafor"),
            ("No one should face this heat alone.", "Ruth Okafor"),
        ],
    },
    {
        "text": "Border crossing reopens\n\nThe interior ministry said in a statement: \u201cThe crossing will reopen at six in the morning for all travelers.\u201d",
        "quotes": [
            ("The crossing will reopen at six in the morning for all travelers.", "interior ministry")
        ],
    },
    {
        "text": "Cyclist wins stage\n\n\u201cI attacked on the last climb because my legs felt good,\u201d said Anna Berg, who now leads the race.",
        "quotes": [("I attacked on the last climb because my legs felt good", "Anna Berg")],
    },
    {
        "text": "Scientists warn on reef\n\nMarine biologist Kofi Mensah, who has studied the reef for twenty years, said the damage was \u201cworse than anything we have seen before.\u201d",
        "quotes": [("worse than anything we have seen before.", "Kofi Mensah")],
    },
    {
        "text": "Factory closure\n\nWorkers gathered outside the gates. \u201cThirty years I gave them,\u201d machinist Raul Soto told the Tribune. \u201cThirty years, and a letter.\u201d",
        "quotes": [("Thirty years I gave them", "Raul Soto"), ("Thirty years, and a letter.", "Raul Soto")],
    },
    {
        # Short quoted words that someone says are partial quotes (issue 16), not scare quotes.
        "text": "Police release footage\n\nThe police department said the footage \u201cspeaks for itself\u201d and declined further comment.",
        "quotes": [("speaks for itself", "police department")],
    },
    {
        "text": "Election result disputed\n\nThe opposition called the count \u201crigged\u201d and \u201ca farce\u201d on Monday night.",
        "quotes": [("rigged", "opposition"), ("a farce", "opposition")],
    },
    {
        "text": "Old quarter reopens\n\nShops in the \u201cgolden mile\u201d of the old quarter reopened on Monday after the floods.",
        "quotes": [],
    },
    {
        "text": "Film festival opens\n\nThe festival opened with \u201cNight Harbor,\u201d a thriller shot in the port last winter.",
        "quotes": [],
    },
    {
        "text": "Chef honored\n\nChef Marco Bellini, honored on Saturday, said: \u201cThis award belongs to my whole kitchen, not to me.\u201d",
        "quotes": [("This award belongs to my whole kitchen, not to me.", "Marco Bellini")],
    },
    {
        "text": "Volunteers clean beach\n\nVolunteer coordinator Sara Lind said more than 300 people came. \u201cThe turnout blew us away,\u201d Lind said.",
        "quotes": [("The turnout blew us away", "Sara Lind")],
    },
]
