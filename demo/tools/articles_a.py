# -*- coding: utf-8 -*-
"""Demo corpus content, part A (1998-2016).

All text in this file was written for the brief project. Outlets, reporters,
commenters and the analysts/residents quoted are fictional; public figures are
referred to only in connection with widely reported events.

Body format: paragraphs separated by blank lines.  A block that starts with
"<" is emitted as raw HTML (tables, lists, blockquotes, subheadings).
"""

ARTICLES_A = [
# ---------------------------------------------------------------- 1998
dict(
    key="mazar-missing-1998",
    outlet="NW",
    slug="iran-holds-taliban-responsible-missing-diplomats",
    path="/wire/1998/08/10/iran-holds-taliban-responsible-missing-diplomats",
    date="1998-08-10T15:20:00+00:00",
    title="Iran holds Taliban responsible for diplomats missing in Mazar-i-Sharif",
    byline="Hélène Marchetti",
    place="TEHRAN",
    summary="Tehran says it has lost contact with its consulate in Mazar-i-Sharif after the Taliban captured the city and warns the movement it will be held to account.",
    tags=["1998", "mazar", "diplomacy"],
    special="nometa",
    body="""Iran said on Monday it held the Taliban movement responsible for the safety of Iranian diplomats who have not been heard from since Taliban fighters overran the northern Afghan city of Mazar-i-Sharif at the weekend.

The foreign ministry in Tehran said contact with the Iranian consulate in the city had been lost on Saturday, as the Taliban drove opposition forces out of what had been the last major urban stronghold of the alliance fighting the movement. A correspondent of the official Iranian news agency IRNA, who had been reporting from the consulate, is also missing.

Iranian officials urged Pakistan, the Taliban's main foreign patron, to help trace the missing men. State radio said Tehran expected Islamabad to use its influence over the Taliban leadership in Kandahar, and warned that the movement would bear "full responsibility" for anything that happened to the consular staff.

There was no immediate comment from the Taliban, whose spokesmen have in the past accused Iran of arming their northern rivals. Iran backs the government of President Burhanuddin Rabbani, which the Taliban pushed out of Kabul in 1996 and which still holds Afghanistan's seat at the United Nations.

Travellers reaching the Pakistani border described heavy fighting in and around Mazar-i-Sharif and said many civilians had fled towards the Amu Darya river and the frontier with Uzbekistan. Aid agencies said they had withdrawn foreign staff from the north and could not confirm reports of large numbers of civilian deaths.

Iranian newspapers on Monday demanded a firm response. One conservative daily said Iran could not stand by while "a militia trained across the border" threatened its citizens, while a reformist paper urged the government to work through the United Nations.

A Western diplomat in Tehran, speaking on condition of anonymity, said the disappearance of the diplomats was the most serious crisis between Iran and the Taliban since the movement emerged in 1994. "The Iranians see the Taliban as a hostile, Pakistani-backed force on their eastern border," the diplomat said. "If the consulate staff have been harmed, the pressure for a military answer will be enormous."

The United Nations said its special envoy for Afghanistan, Lakhdar Brahimi, was following the situation closely. Additional reporting by Jürgen Åberg in Islamabad.""",
),

dict(
    key="mazar-bodies-1998",
    outlet="KL",
    slug="iran-blames-taliban-for-killing-of-diplomats",
    path="/1998/09/11/iran-blames-taliban-for-killing-of-diplomats",
    date="1998-09-11T10:05:00+04:30",
    title="Iran blames Taliban after bodies of its diplomats are found in Mazar-i-Sharif",
    byline="Farid Ahmadzai",
    place="KABUL",
    summary="After a month of uncertainty, Iran says its consular staff and a journalist were killed when the Taliban took Mazar-i-Sharif, and accuses the movement of murder.",
    tags=["1998", "mazar", "diplomacy"],
    image=dict(src="/media/1998/09/mazar-consulate.jpg", alt="The shuttered Iranian consulate building in Mazar-i-Sharif",
               caption="The Iranian consulate in Mazar-i-Sharif, where the diplomats were last seen in August.",
               credit="Kabul Ledger archive"),
    body="""Iran on Thursday accused the Taliban of murdering its diplomats in Mazar-i-Sharif, after the movement said the bodies of Iranians missing since the northern city fell on August 8 had been found.

Iranian state media said eight diplomats and a correspondent of the IRNA news agency had been killed inside or near the consulate on the day Taliban fighters entered the city. For a month Tehran had demanded news of the men and had appealed to Pakistan, Saudi Arabia and the United Nations to press the Taliban leadership for their release.

The Taliban, who now control most of Afghanistan, said the killings had not been ordered by their leaders and blamed fighters acting on their own. A spokesman in Kandahar said the movement would investigate and would return the bodies to Iran. Iranian officials rejected the explanation and said the Taliban as a whole were responsible.

In Tehran, crowds gathered outside government buildings and demanded retaliation, according to Iranian radio. Senior officials warned that Iran reserved the right to defend its citizens, and the country's armed forces have for several weeks been staging large manoeuvres in the east, close to the Afghan frontier.

The killings have turned a long-running rivalry into an open confrontation. Iran has backed the anti-Taliban alliance led by Ahmad Shah Massoud and the ousted government of Burhanuddin Rabbani, and it regards the Sunni Taliban movement as hostile to Afghanistan's Shia Hazara minority and as an instrument of Pakistani policy.

In Kabul, residents said Taliban officials had tightened security around the few remaining foreign missions. Shopkeepers in the Shia neighbourhoods of the west of the city said they feared the confrontation would be used as a pretext for harassment. "Everyone is listening to the radio and waiting," said one trader, who asked that his name not be printed.

The United Nations Security Council has condemned the killings and urged the Taliban to respect the safety of diplomats. The UN's special envoy, Lakhdar Brahimi, is expected to travel to the region in the coming weeks to try to prevent the dispute from turning into a war between Afghanistan and its western neighbour.""",
),

dict(
    key="troops-border-1998",
    outlet="NW",
    slug="iran-masses-troops-on-afghan-border",
    path="/wire/1998/09/15/iran-masses-troops-on-afghan-border",
    date="1998-09-15T09:40:00+00:00",
    title="Iran masses troops on Afghan border as row with Taliban deepens",
    byline="Newswire staff",
    place="TEHRAN",
    summary="Tens of thousands of Iranian troops are deployed along the Afghan frontier after the killing of Iranian diplomats, and the Taliban put their own forces on alert.",
    tags=["1998", "mazar", "military"],
    body="""Iran has moved tens of thousands of troops to its eastern frontier with Afghanistan, raising fears of war with the Taliban following the killing of Iranian diplomats in the city of Mazar-i-Sharif last month.

Units of the Revolutionary Guards began large-scale exercises near the border at the start of September, with Iranian officials putting the number of troops involved at around 70,000. Military analysts said regular army units, armour and aircraft had since been moved into the provinces of Khorasan and Sistan-Baluchestan, and Iranian newspapers have spoken of a force of up to 200,000 men.

The build-up follows confirmation that eight Iranian diplomats and a journalist were killed when Taliban forces captured Mazar-i-Sharif on August 8. Iran's leaders have accused the Taliban of murder and said the country reserves the right to respond.

The Taliban responded by sending reinforcements to the western province of Herat and warned that any attack on Afghan territory would be met with force. A Taliban spokesman said the movement did not want war but would not be intimidated, and accused Tehran of seeking an excuse to intervene on behalf of the movement's opponents in the north.

Diplomats in Tehran said they believed Iran's leadership was divided over whether to carry out limited strikes against Taliban positions. Some officials were said to favour air raids on Taliban bases near Herat, while others warned that a ground campaign in Afghanistan would prove long and costly.

The United Nations secretary-general urged both sides to show restraint, and the UN envoy for Afghanistan, Lakhdar Brahimi, is preparing a mission to the region. Pakistan, which has close ties with the Taliban, said it was ready to help reduce tension but rejected Iranian suggestions that it bore responsibility for the movement's actions.

Along the border, residents of Iranian towns near the frontier described columns of trucks and armoured vehicles moving east. Trade through the main crossing point near Herat, on which many Afghan traders depend for fuel and food, has slowed sharply.

Analysts said the crisis had exposed the depth of mistrust between Shia-led Iran and the Sunni Taliban, who have been accused by human rights groups of killing large numbers of Hazara civilians in Mazar-i-Sharif. Iran has for years provided support to the anti-Taliban alliance led by Ahmad Shah Massoud.""",
),

dict(
    key="brahimi-kandahar-1998",
    outlet="FR",
    slug="brahimi-meets-taliban-leader-in-kandahar",
    path="/asia/afghanistan/brahimi-meets-taliban-leader-in-kandahar",
    date="1998-10-20T08:00:00+00:00",
    title="UN envoy meets Taliban leader in Kandahar in bid to defuse crisis with Iran",
    byline="Martin Oakeshott",
    place="ISLAMABAD",
    summary="Lakhdar Brahimi's talks with Mullah Mohammad Omar and with officials in Tehran have eased fears of war, but the Iran-Taliban standoff is far from over.",
    tags=["1998", "mazar", "diplomacy"],
    body="""The United Nations envoy for Afghanistan, Lakhdar Brahimi, has met the reclusive leader of the Taliban, Mullah Mohammad Omar, in Kandahar, in the most serious attempt yet to stop the confrontation between the movement and Iran from turning into open war.

The meeting last week was one of the very few the Taliban leader has held with a foreign envoy, and was arranged after weeks in which tens of thousands of Iranian troops were massed on the Afghan frontier. Iran blames the Taliban for the killing of eight of its diplomats and a journalist in Mazar-i-Sharif in August.

According to UN officials briefed on the talks, Taliban representatives told the envoy that those responsible for the killings would be punished and indicated that the movement was prepared to free Iranians held in its custody. The Taliban have repeatedly said that the killings were carried out by fighters acting without orders.

Mr Brahimi then travelled to Tehran, where he held talks with Iranian officials. Iranian leaders have welcomed the UN mediation while insisting that the Taliban must hand over the killers and end what Tehran describes as the persecution of Afghanistan's Shia minority.

Diplomats in Islamabad said the envoy's shuttle had bought time rather than a settlement. Iranian forces remain deployed along the border, and there have been reports of sporadic exchanges of fire.

"Neither side wants a war that it cannot finish," said Shahida Noorani, a lecturer in regional politics at a university in Peshawar. "Iran does not want to be dragged into an Afghan quagmire, and the Taliban cannot afford a second front while they are still fighting Massoud in the north."

The crisis has also put pressure on Pakistan and Saudi Arabia, which along with the United Arab Emirates are the only states to recognise the Taliban government. Iranian officials have accused Pakistan of training and equipping the movement, an accusation Islamabad denies.

For ordinary Afghans in the west of the country, the standoff has meant higher prices. Fuel and cooking oil that normally cross from Iran have become scarce in Herat, traders say, and many families who had taken refuge in Iran during earlier fighting are uncertain whether they will be allowed to remain.""",
),

# ---------------------------------------------------------------- 2000-2001
dict(
    key="ismail-khan-2000",
    outlet="FR",
    slug="ismail-khan-reaches-iran-after-prison-escape",
    path="/asia/afghanistan/ismail-khan-reaches-iran-after-prison-escape",
    date="2000-04-02T07:30:00+00:00",
    title="Former Herat governor Ismail Khan reaches Iran after escape from Taliban jail",
    byline="Martin Oakeshott",
    place="MASHHAD",
    summary="The anti-Taliban commander, held in Kandahar since 1997, has surfaced in Iran, a development likely to deepen Taliban suspicion of Tehran.",
    tags=["2000", "northern-alliance", "herat"],
    body="""Ismail Khan, the former governor of the western Afghan city of Herat and one of the Taliban's best-known opponents, has arrived in Iran after escaping from a Taliban prison in Kandahar, according to his supporters and Iranian media.

The commander was captured in 1997 after being betrayed by an ally in the north, and had been held by the Taliban ever since. His aides said he escaped late last month and made his way across the desert to the Iranian border.

His reappearance is an embarrassment for the Taliban and a reminder of Iran's role as the principal foreign backer of the forces resisting the movement. Iran continues to recognise the government of Burhanuddin Rabbani and has supplied arms, fuel and money to the alliance led by Ahmad Shah Massoud, whose forces still hold the north-east of the country.

The Taliban accused Iran of sheltering "criminals" and warned that any attempt to use Iranian territory to launch attacks on Herat would be regarded as hostile. Relations between the two sides have remained tense since the killing of Iranian diplomats in Mazar-i-Sharif in 1998, although the threat of a full-scale war receded the following year.

Iranian officials did not comment directly on Ismail Khan's arrival. A spokesman for the foreign ministry said Iran supported a political settlement among Afghans through the United Nations and the group of neighbouring states working with the UN on Afghanistan.

In Mashhad, where hundreds of thousands of Afghan refugees live, the news was greeted with excitement by natives of Herat. "He ran Herat like a father, even if he was strict," said Ghulam Sakhi, a carpet trader who left the city in 1995. "People will say the Taliban could not even keep one man in a cell."

Analysts doubt that the commander can quickly rebuild a fighting force in the west, where the Taliban have garrisoned Herat heavily. But his presence in Iran gives Tehran another card to play, they say, at a time when the Taliban are seeking wider international recognition and Iran is determined to deny it to them.""",
),

dict(
    key="kabul-falls-2001",
    outlet="KL",
    slug="taliban-abandon-kabul-as-alliance-forces-enter",
    path="/2001/11/14/taliban-abandon-kabul-as-alliance-forces-enter",
    date="2001-11-14T09:15:00+04:30",
    title="Taliban abandon Kabul as Northern Alliance forces enter the capital",
    byline="Farid Ahmadzai",
    place="KABUL",
    summary="The Taliban have withdrawn from Kabul after five weeks of US-led air strikes; Iran welcomes their collapse and calls for a broad-based government under UN auspices.",
    tags=["2001", "northern-alliance", "war-2001"],
    image=dict(src="/media/2001/11/kabul-street.jpg", alt="Residents gather on a Kabul street as alliance fighters pass",
               caption="Residents watch as Northern Alliance fighters drive into central Kabul on Tuesday.",
               credit="Photo: Kabul Ledger"),
    body="""Taliban fighters abandoned Kabul overnight on Monday, and forces of the Northern Alliance moved into the capital on Tuesday, ending five years of Taliban rule in the city after five weeks of American-led air strikes.

Residents came out into the streets as alliance fighters drove in from the Shomali plain to the north. Music was played openly for the first time in years, and men queued at barbers' shops to have their beards shaved. Alliance commanders said they had sent only security units into the city and would leave its administration to a future political agreement.

The fall of Kabul came a day after the western city of Herat was taken by forces loyal to Ismail Khan, the former governor who had returned to Afghanistan from Iran. Mazar-i-Sharif fell to the alliance last week. The Taliban have retreated towards their southern stronghold of Kandahar.

The United States began its air campaign on October 7, after the Taliban refused to hand over Osama bin Laden, whom Washington holds responsible for the September 11 attacks. The alliance lost its most famous commander, Ahmad Shah Massoud, to an assassination two days before those attacks.

Iran, which has backed the alliance for years and came close to war with the Taliban in 1998, welcomed the collapse of the movement. Iranian officials said the country's priority was a broad-based government representing all of Afghanistan's ethnic groups, formed under the supervision of the United Nations, and warned against any attempt by one faction to monopolise power in Kabul.

Tehran has opposed the American bombing campaign, but it has kept its border closed and has offered to help with humanitarian aid. Diplomats say Iran has quietly coordinated with Washington on Afghanistan through the UN group of neighbouring states, despite more than two decades without diplomatic relations between the two countries.

In the west of Kabul, Hazara residents, many of whom have relatives in Iran, said they hoped that families who fled to Mashhad and Tehran during the Taliban years would now be able to return. "My brothers are in Iran working on building sites," said Abdul Wahid, a teacher. "If there is peace, they will come home."

Talks on a new government are expected to open in Germany later this month under the chairmanship of the UN envoy, Lakhdar Brahimi.""",
),

dict(
    key="bonn-2001",
    outlet="FR",
    slug="bonn-accord-names-karzai-iran-envoy-credited",
    path="/asia/afghanistan/bonn-accord-names-karzai-iran-envoy-credited",
    date="2001-12-06T06:45:00+00:00",
    title="Bonn accord names Karzai to lead Afghanistan; Iran’s envoy credited with breaking deadlock",
    byline="Amélie Rousseau",
    place="KÖNIGSWINTER, Germany",
    summary="Afghan factions sign a UN-brokered agreement at the Petersberg; diplomats say Iran pressed the Northern Alliance to accept a compromise.",
    tags=["2001", "bonn", "diplomacy"],
    charset="windows-1252",
    body="""Afghan factions meeting on the Petersberg hill above the Rhine signed an agreement on Wednesday that names Hamid Karzai, a Pashtun tribal leader from Kandahar, to head an interim administration that will take office in Kabul on December 22.

The deal, reached after nine days of talks (November 27–December 5) chaired by the United Nations envoy Lakhdar Brahimi, sets out a path to a loya jirga, or grand council, within six months, a transitional authority after that, and a new constitution and elections in the following years. The Taliban were not represented at the conference.

Diplomats from several delegations said the final breakthrough owed much to Iran. In the last hours of the talks, they said, the Iranian delegation led by deputy foreign minister Mohammad Javad Zarif pressed the Northern Alliance — whose negotiators were led by Yunus Qanuni — to give up some of the ministries it had claimed, clearing the way for a cabinet acceptable to the other groups.

“Without the Iranians in the room, I am not sure we would have had a signature tonight,” said one European diplomat, who asked not to be named. Another delegate said Iranian officials had also insisted that the text commit the new authorities to democratic elections and to co-operation against terrorism.

Iran’s role was notable because Tehran and Washington have had no diplomatic relations since 1980. American and Iranian diplomats worked alongside each other in Bonn as part of the group of countries supporting the UN process, and several participants described the atmosphere between them as businesslike — even cordial.

For Tehran, the agreement is the culmination of years of opposition to the Taliban. Iran armed and financed the alliance throughout the late 1990s and came close to war with the movement in 1998 after the killing of its diplomats at the consulate in Mazar-i-Sharif. Iranian officials in Königswinter said they hoped the new administration would bring stability to their eastern border and allow some of the two million Afghans living in Iran to go home.

The accord’s communiqué was greeted with relief in Kabul, though some commanders grumbled that they had been sidelined. Mr Karzai, who addressed the opening session of the conference by satellite telephone from southern Afghanistan, where his fighters are still engaged with Taliban forces around Kandahar, has called on all Afghans to support the process.

Whether the spirit of Bonn survives is another matter. Officials in Washington have made clear that co-operation on Afghanistan does not mean a wider thaw with Iran, and the country’s protégés among the Afghan factions will be watching to see how much influence Tehran retains in the new order.""",
),

# ---------------------------------------------------------------- 2016
dict(
    key="mansour-strike-2016",
    outlet="GM",
    slug="taliban-leader-killed-after-trip-from-iran",
    path="/news/afghanistan/taliban-leader-killed-after-trip-from-iran-204518",
    date="2016-05-24T13:10:00+04:00",
    title="Taliban leader killed in US strike had travelled from Iran, Pakistan says",
    byline="Rania Haddad",
    place="DUBAI",
    summary="Pakistani officials say Mullah Akhtar Mansour crossed from Iran hours before a drone strike in Balochistan; Tehran denies he entered Pakistan from its territory.",
    tags=["2016", "shelter", "security"],
    image=dict(src="/media/2016/05/balochistan-road.jpg", alt="A highway crossing the desert in Balochistan",
               caption="The highway in Balochistan near the site of Saturday's strike.",
               credit="Gulf Monitor / File"),
    body="""Pakistani officials said on Tuesday that the Taliban leader Mullah Akhtar Mohammad Mansour had entered Pakistan from Iran on the day he was killed by an American drone strike in the south-western province of Balochistan, raising fresh questions about the movement's links to Iranian territory.

The strike on Saturday hit a car travelling on a remote road in Balochistan. Officials said a passport found near the wreckage, issued under another name, carried an Iranian visa and showed that its holder had crossed back into Pakistan at the Taftan border post earlier that day. The driver of the car, a local man, was also killed.

Iran's foreign ministry rejected the account and said that no person matching the description had crossed from Iranian territory into Pakistan at the time given. Iranian officials have long denied providing shelter or support to Taliban commanders.

President Barack Obama said on Monday that Mansour's death removed a leader who had rejected peace talks and continued to plot attacks against Afghan and coalition forces. The Taliban have not yet confirmed the death or named a successor.

Mansour took over the movement in 2015 after it acknowledged that its founder, Mullah Mohammad Omar, had died two years earlier. Under his leadership the Taliban briefly captured the northern city of Kunduz and expanded their control over rural districts in the south.

Analysts said the reported journey underlined a shift in Iran's approach to its old enemy. Afghan and Western officials have for several years accused Iran of hedging its bets by maintaining contact with some Taliban commanders in the west of Afghanistan, particularly in Farah and Herat, as a counterweight to the American presence and to the spread of the Islamic State group.

"The Iran of 1998 saw the Taliban as a threat to be contained," said Kaveh Rostami, a Dubai-based analyst of Iranian foreign policy. "The Iran of today sees a movement that is not going away, that opposes the Americans and that dislikes Islamic State even more than Tehran does. That is enough for a working relationship, if not a friendship."

The Afghan government in Kabul, which relies on Iran for trade and hosts millions of returned refugees who once lived there, has been cautious in its public reaction, saying only that it was examining the reports.""",
),
]
