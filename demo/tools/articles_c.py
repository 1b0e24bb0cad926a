# -*- coding: utf-8 -*-
"""Demo corpus content, part C (2023-2026). Written for the brief project.

Stories dated 2026 (and the Herat meeting of January 2026) are plausible
illustrations written for the demo, not reports of real events.
"""

ARTICLES_C = [
dict(
    key="embassy-handover-2023",
    outlet="NW",
    slug="taliban-diplomats-take-over-afghan-embassy-in-tehran",
    path="/wire/2023/02/27/taliban-diplomats-take-over-afghan-embassy-in-tehran",
    date="2023-02-27T10:25:00+00:00",
    title="Taliban-appointed diplomats take over Afghan embassy in Tehran",
    byline="Newswire staff",
    place="TEHRAN",
    summary="Iran allows a diplomat named by the Taliban to run the Afghan embassy, a step short of formal recognition that angers the movement's opponents.",
    tags=["2023", "diplomacy"],
    body="""Iran has allowed diplomats appointed by the Taliban to take charge of Afghanistan's embassy in Tehran, the most significant diplomatic concession Tehran has made to the movement since it seized power in August 2021.

A diplomat sent by the Taliban administration began work at the embassy at the weekend, replacing staff who had served under the former Afghan republic. The Taliban's foreign ministry in Kabul said the handover would improve services for the millions of Afghans living in Iran, including the issuing of passports and documents.

Iranian officials said the arrangement did not amount to formal recognition of the Taliban government, which no country has yet recognised. They said Iran's position remained that recognition depended on the formation of an inclusive government, and that the change was intended to address the practical needs of Afghan citizens in Iran.

Opponents of the Taliban criticised the decision. Former officials of the republic said Iran was rewarding a government that had barred girls from secondary schools and women from universities, and accused Tehran of abandoning its earlier demands.

The move follows a series of steps by Tehran to normalise working relations with Kabul. Iran kept its own embassy in Kabul open after the takeover, has hosted Taliban ministers, and has expanded trade in fuel and food across the border.

Tensions remain, however. Iranian officials have complained about the flow of water in the Helmand river into Iran's Sistan region, and the two sides' border forces have exchanged fire on several occasions since 2021. Iranian lawmakers have also raised concerns about the treatment of Afghanistan's Shia minority.

"For Tehran, this is a practical gesture that costs little," said one diplomat in the Iranian capital, who asked not to be identified. "For the Taliban, every embassy they control is a step towards legitimacy."

Russia and Pakistan are among the countries that have already accepted Taliban-appointed diplomats at Afghan missions on their territory.""",
),

dict(
    key="raisi-water-2023",
    outlet="GM",
    slug="raisi-warns-taliban-over-helmand-water-rights",
    path="/news/iran/raisi-warns-taliban-over-helmand-water-rights-195877",
    date="2023-05-19T09:20:00+04:00",
    title="Raisi warns Taliban to respect Iran's share of Helmand river water",
    byline="Omid Sharifi",
    place="DUBAI",
    summary="On a visit to drought-hit Sistan-Baluchestan, Iran's president tells Afghanistan's rulers to take his words seriously; the Taliban blame drought for low flows.",
    tags=["2023", "water", "helmand"],
    image=dict(src="/media/2023/05/hamoun-dry.jpg", alt="Cracked earth in a dried lake bed",
               caption="The dried bed of the Hamoun wetlands near Zabol.",
               credit="Gulf Monitor / File"),
    body="""Iran's president, Ebrahim Raisi, warned Afghanistan's Taliban rulers on Thursday to respect Iran's rights to the waters of the Helmand river, escalating a dispute that has simmered since the movement took power in 2021.

Speaking during a visit to the south-eastern province of Sistan-Baluchestan, where drought and upstream dams have left wetlands and farmland parched, Raisi said Iran would not allow the rights of the people of Sistan to be ignored. He told the authorities in Kabul to take his words seriously, and said the Taliban should abide by the 1973 treaty that governs the sharing of the river.

The Helmand rises in the mountains west of Kabul and flows through southern Afghanistan before reaching the Sistan basin on the Iranian border, where it feeds the Hamoun lakes. Under the 1973 agreement, Iran is entitled to an average of 22 cubic metres of water per second in a normal year, with the option to buy a further four.

Iranian officials say Afghanistan has delivered only a small fraction of that amount in recent years, and blame dams and irrigation schemes upstream, including the Kamal Khan dam in Nimroz province, which was inaugurated by the former Afghan government in 2021.

A spokesman for the Taliban administration said the movement was committed to the treaty but that severe drought had reduced the river's flow, and that Iran's comments were unhelpful. The Taliban have invited Iranian technical teams to inspect water levels in Afghanistan.

The dispute has deep roots. Arguments over the Helmand date back to the nineteenth century, when a British arbitration settled part of the frontier, and successive governments in Kabul and Tehran have accused each other of failing to honour agreements. The Sistan region, once one of the breadbaskets of Iran, has seen farmers abandon their land and move to cities as the wetlands have dried up.

"Water is now a security issue on this border, not only an environmental one," said Kaveh Rostami, a Dubai-based analyst. "When a president speaks like this in public, it raises the cost for both sides of backing down."

Raisi's government has pursued a policy of engagement with the Taliban, and Iranian officials have repeatedly said they want good neighbourly relations. But water has emerged as one of the most sensitive issues between the two sides, alongside migration and border security.""",
),

dict(
    key="border-clash-2023",
    outlet="KL",
    slug="iranian-and-taliban-forces-clash-at-border",
    path="/2023/05/27/iranian-and-taliban-forces-clash-at-border",
    date="2023-05-27T18:40:00+04:30",
    title="Iranian border guards and Taliban forces exchange fire near Sasuli post; deaths on both sides",
    byline="Ahmad Shah Hotak",
    place="ZARANJ",
    summary="At least two Iranian guards and one Taliban fighter are killed in the worst clash between the two sides since 2021, days after a public row over Helmand water.",
    tags=["2023", "border", "water", "helmand", "clash"],
    image=dict(src="/media/2023/05/nimroz-border.jpg", alt="A border post on flat desert ground",
               caption="A border post on the Nimroz frontier, where fighting broke out on Saturday.",
               credit="Kabul Ledger / Ahmad Shah Hotak"),
    body="""Iranian border guards and Taliban forces exchanged heavy fire on Saturday along the frontier between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province, killing at least two Iranian guards and one Taliban fighter, officials on both sides said.

The fighting broke out in the morning near the Sasuli border post, in the Zabol area on the Iranian side and opposite Nimroz's Kang district. Iranian police officials said Taliban forces had opened fire on the post without warning and that Iranian guards had responded. Two Iranian border guards were killed and several other people were wounded, according to Iranian state media.

A spokesman for the Taliban's interior ministry said one Taliban fighter had been killed and others wounded, and accused Iranian forces of firing first. He said the situation was under control and that the Islamic Emirate did not want conflict with its neighbours.

Residents of Kang district told the Kabul Ledger by telephone that the shooting had lasted for several hours and that mortar rounds had landed near houses. "We kept the children inside and lay on the floor," said one farmer, who gave his name as Ghulam Rasul. "Then it became quiet in the afternoon, and we saw Taliban vehicles going back and forth."

The clash came a little over a week after Iran's president, Ebrahim Raisi, warned the Taliban to respect Iran's rights to the waters of the Helmand river under a 1973 treaty. The Taliban responded that drought, not policy, was to blame for the low flow of the river into Iran. Officials on both sides have not publicly linked the fighting to the water dispute.

It was the deadliest exchange between the two sides since the Taliban returned to power in August 2021. Smaller incidents have occurred along the border in the past, and both governments have generally sought to play them down.

The border crossing at Milak, the main trade route between Zaranj and the Iranian city of Zabol, was closed after the fighting, traders said. Hundreds of trucks carrying fuel and food were waiting on both sides of the border late on Saturday.

Diplomats said officials from both governments had been in contact to calm the situation. Iran's embassy in Kabul remains open, and the Taliban administration controls the Afghan embassy in Tehran.""",
),

dict(
    key="helmand-treaty-explainer-2023",
    outlet="FR",
    slug="helmand-river-treaty-explained",
    path="/analysis/helmand-river-treaty-explained",
    date="2023-05-30T12:00:00+00:00",
    title="Explainer: the 1973 Helmand treaty and why Iran and the Taliban are fighting over it",
    byline="Frontier Review staff",
    place="LONDON",
    summary="A short guide to the water-sharing agreement at the centre of the dispute that preceded the deadly border clash of May 27.",
    tags=["2023", "water", "helmand", "explainer"],
    body="""The deadly exchange of fire between Iranian border guards and Taliban forces on May 27 came after weeks of angry words over the Helmand river. Here is what the dispute is about.

<h2>The river</h2>

The Helmand is Afghanistan's longest river. It rises in the Hindu Kush west of Kabul, runs south-west through Helmand province and ends in the Sistan basin on the border with Iran, where its waters once sustained the Hamoun wetlands and the farms around the Iranian city of Zabol.

<h2>The treaty</h2>

In 1973 the prime ministers of Iran and Afghanistan, Amir-Abbas Hoveyda and Mohammad Musa Shafiq, signed a treaty that set out how much of the river's water should reach Iran. The agreement was soon overtaken by upheaval in both countries: a coup in Kabul later that year, the Iranian revolution of 1979 and decades of war in Afghanistan. Joint mechanisms to monitor the flow have worked only intermittently since.

<table class="fr-table">
<caption>Key terms of the 1973 Helmand River Water Treaty</caption>
<thead><tr><th>Provision</th><th>What it says</th></tr></thead>
<tbody>
<tr><td>Basic allocation</td><td>22 cubic metres per second to Iran in a normal water year</td></tr>
<tr><td>Additional purchase</td><td>A further 4 cubic metres per second that Iran may buy</td></tr>
<tr><td>Total</td><td>26 cubic metres per second, roughly 820 million cubic metres a year</td></tr>
<tr><td>Dry years</td><td>Deliveries reduced in proportion when the river's flow falls below normal</td></tr>
<tr><td>Upstream use</td><td>Afghanistan keeps the right to use the remaining water</td></tr>
</tbody>
</table>

<h2>Why it flared up now</h2>

Iran says that for years it has received far less than its allocation. Tehran blames Afghan dams and irrigation, in particular the Kamal Khan dam in Nimroz, which the former Afghan government opened in 2021. The Taliban say a multi-year drought has reduced the river, and that Afghanistan cannot give water it does not have.

On May 18 Iran's president, Ebrahim Raisi, visited Sistan-Baluchestan and warned the Taliban to respect Iran's water rights. Nine days later, border forces clashed near the Sasuli post, leaving at least two Iranian guards and one Taliban fighter dead.

<h2>What happens next</h2>

Both governments have an interest in calm. Iran exports fuel, food and building materials to Afghanistan and wants to stop drug smuggling and militant infiltration. The Taliban need Iranian trade and ports, and millions of Afghans work in Iran. Technical teams from both sides have discussed joint measurements of the river, but a lasting deal would require reliable data, cooperation on dry years and political will in Kabul and Tehran.

"The treaty is not the problem; trust is," said Dr Leila Parsa, a water policy researcher in London. "Without an agreed way to measure the flow, every dry summer will become a diplomatic crisis.\"""",
),

dict(
    key="herat-quake-aid-2023",
    outlet="GM",
    slug="iran-sends-relief-to-quake-hit-herat",
    path="/news/afghanistan/iran-sends-relief-to-quake-hit-herat-197120",
    date="2023-10-09T15:00:00+04:00",
    title="Iran sends rescuers and relief convoys to quake-hit Herat",
    byline="Rania Haddad",
    place="DUBAI",
    summary="Iranian Red Crescent teams cross into western Afghanistan after powerful earthquakes flatten villages in Zinda Jan district.",
    tags=["2023", "herat", "aid"],
    body="""Iran sent rescue teams, tents and medical supplies across the border to western Afghanistan on Sunday and Monday, after powerful earthquakes flattened villages in Herat province and killed large numbers of people.

The first earthquake, of magnitude 6.3, struck on Saturday around 40 kilometres north-west of the city of Herat, and was followed by strong aftershocks. Taliban officials said more than 2,000 people had been killed, most of them in Zinda Jan district, where mud-brick houses collapsed on families inside. The United Nations said entire villages had been destroyed.

Iranian Red Crescent convoys crossed at Dogharoun and Islam Qala carrying tents, blankets, food and medicine, Iranian media reported, and Iranian officials said rescue teams were helping to search for survivors. Iran's foreign ministry expressed condolences to the people of Afghanistan and said the country was ready to provide further help.

Herat, which lies about 120 kilometres from the Iranian border, has close ties to Iran. Many of its residents have worked or studied in Iranian cities, and much of the province's trade passes through the Islam Qala crossing. Afghan families in Mashhad said they had been unable to reach relatives in the affected villages for hours after the first quake.

The Taliban administration, which is not formally recognised by any country, appealed for international help. Aid agencies said their response was hampered by funding cuts that followed the Taliban's takeover in 2021 and by restrictions on female aid workers, which make it harder to reach women in conservative rural areas.

"The first days are about digging people out and keeping them warm," said Samira Khoury, a relief coordinator with a Gulf-based charity. "Winter comes early in western Afghanistan, and many families have nothing left to return to."

Analysts said the disaster showed how geography binds Iran to Afghanistan regardless of politics. Despite disputes over water and border incidents, Tehran has continued to deal with the authorities in Kabul on practical matters, from fuel supplies to the movement of migrants.""",
),

dict(
    key="kerman-bombing-2024",
    outlet="GM",
    slug="islamic-state-claims-kerman-bombings",
    path="/news/iran/islamic-state-claims-kerman-bombings-199035",
    date="2024-01-05T08:50:00+04:00",
    title="Islamic State claims Kerman bombings; US officials point to ISIS-K",
    byline="Omid Sharifi",
    place="DUBAI",
    summary="The twin suicide blasts at a ceremony for Qassem Soleimani killed more than 90 people; attention turns to the Afghan-based ISIS-K and the Taliban's ability to contain it.",
    tags=["2024", "isis-k", "security"],
    image=dict(src="/media/2024/01/kerman-memorial.jpg", alt="Mourners with flowers at a memorial",
               caption="Mourners in Kerman on Thursday, a day after the explosions.",
               credit="Gulf Monitor / Agency"),
    body="""The Islamic State group claimed responsibility on Thursday for two suicide bombings that killed more than 90 people in the Iranian city of Kerman, and US officials said the Afghanistan-based branch of the group, known as ISIS-K, was behind the attack.

The explosions on Wednesday tore through crowds walking towards the grave of Qassem Soleimani, the Revolutionary Guards commander killed by an American drone strike in Baghdad four years earlier. Thousands of people had gathered for a ceremony marking the anniversary of his death. The two blasts went off a short time apart.

In a statement carried on its channels, the Islamic State group said two of its members had detonated explosive belts among the crowd. Some Iranian officials had initially pointed at Israel and the United States; Washington rejected any suggestion of involvement. On Thursday Iranian leaders vowed to punish those responsible, and the country observed a day of national mourning.

The claim drew attention once again to ISIS-K, which is based in Afghanistan and has carried out attacks on Shia Muslims in Afghanistan and beyond. The group claimed a deadly attack on the Shah Cheragh shrine in the Iranian city of Shiraz in 2022, and it was behind the suicide bombing at Kabul airport in August 2021.

The Taliban administration in Kabul condemned the Kerman attack and has repeatedly said it will not allow Afghan territory to be used against neighbouring countries. The Taliban have fought ISIS-K since before their return to power and say they have killed or captured many of its members.

Iranian officials have held regular security talks with the Taliban, but they have also voiced concern that the movement lacks the capacity to dismantle the group. Some Iranian lawmakers have called for tighter control of the eastern border and of the movement of Afghan migrants, a call that has added to pressure on the millions of Afghans living in Iran.

"The Kerman attack is exactly the scenario Tehran feared when the Taliban returned," said Layla Mansoor, a researcher on jihadist groups in Dubai. "Iran needs the Taliban to contain ISIS-K, but it does not trust them to do it."

Funerals for the victims were held in Kerman on Friday.""",
),

dict(
    key="chabahar-deal-2024",
    outlet="FR",
    slug="chabahar-deal-afghan-trade",
    path="/asia/iran/chabahar-deal-afghan-trade",
    date="2024-05-15T10:30:00+00:00",
    title="India's Chabahar deal offers Taliban-run Afghanistan another road to the sea",
    byline="Vikram Menon",
    place="NEW DELHI",
    summary="A ten-year contract for the port's Shahid Beheshti terminal revives hopes of a trade corridor that bypasses Pakistan, though sanctions and politics stand in the way.",
    tags=["2024", "trade", "chabahar", "railway"],
    body="""India and Iran signed a ten-year agreement on Monday for an Indian state-owned company to operate a terminal at the Iranian port of Chabahar, a project that has long been promoted as a gateway to Afghanistan and Central Asia that avoids Pakistan.

Under the contract, India Ports Global Limited will equip and run the Shahid Beheshti terminal, in which India has invested for years. Indian officials said the agreement would give long-term certainty to the project, which had previously been run under short-term arrangements.

The US State Department responded by warning that any entity considering business deals with Iran should be aware of the potential risk of sanctions. Washington had earlier granted a sanctions exception for Chabahar on the grounds that it helped supply Afghanistan, but that rationale has become more complicated since the Taliban seized power in 2021.

For the Taliban administration, which has had frequent disputes with Pakistan over border closures, tariffs and the deportation of Afghan refugees, Chabahar is an attractive alternative. Taliban trade officials have in the past two years encouraged Afghan businesses to route more goods through Iranian ports, and officials have spoken of investing in transit facilities at the port.

Iran, for its part, wants to expand its role as a transit country. Its railway network already reaches the Afghan border near Herat through the Khaf–Herat line, whose first sections opened in 2020, and work continues on a railway linking Chabahar with Zahedan, near the Afghan and Pakistani borders.

Obstacles remain substantial. Banking restrictions make it difficult for Afghan traders to pay for goods, the road network in south-eastern Iran is limited, and relations between Tehran and Kabul are strained by water disputes and the mass return of Afghans from Iran.

"On a map, Chabahar makes perfect sense for Afghanistan," said Anjali Rao, a trade analyst in New Delhi. "In practice, every step of the route depends on three governments and a sanctions regime that none of them controls."

India does not recognise the Taliban government but has maintained a technical team in Kabul since 2022 to oversee humanitarian assistance.""",
),

dict(
    key="mazar-retrospective-2024",
    outlet="KL",
    slug="twenty-six-years-after-mazar-consulate-killings",
    path="/2024/08/08/twenty-six-years-after-mazar-consulate-killings",
    date="2024-08-08T09:00:00+04:30",
    title="Twenty-six years after Mazar-i-Sharif, the consulate killings still shape how Iran sees the Taliban",
    byline="Farid Ahmadzai",
    place="KABUL",
    summary="Iran marks its national Journalists' Day on the anniversary of the 1998 attack on its consulate; the memory hangs over today's pragmatic relationship.",
    tags=["2024", "mazar", "retrospective", "diplomacy"],
    body="""Every year on August 8, Iran marks its national Journalists' Day. The date was chosen to honour Mahmoud Saremi, a correspondent of the official IRNA news agency who was killed along with eight Iranian diplomats when Taliban fighters stormed the Iranian consulate in Mazar-i-Sharif on that day in 1998.

Twenty-six years later, the Taliban are again in power in Kabul, and Iran's diplomats deal with them daily. Iranian officials have met Taliban ministers in Kabul and Tehran, have allowed the movement to run Afghanistan's embassy in Iran and trade with Afghanistan in fuel, food and building materials. Yet the memory of 1998 has never quite gone away.

After the killings, Iran accused the Taliban of murder and moved tens of thousands of troops to the Afghan border. For several weeks in September and October 1998 the two sides appeared close to war, until mediation by the United Nations envoy Lakhdar Brahimi helped to defuse the crisis. Iran went on to support the anti-Taliban Northern Alliance and, after the attacks of September 11, 2001, cooperated with the United States and others at the Bonn conference that created a new Afghan government.

<blockquote class="kl-quote"><p>"When I started in journalism, the Mazar story was the first thing our editors told us about. It was not history for them; it was a colleague. That is why many Iranians still look at the Taliban with one eye open, whatever the diplomats say."</p><footer>Nasrin Kazemzadeh, a journalism lecturer in Tehran</footer></blockquote>

Afghan analysts say both sides have learned to separate memory from interest. "The Taliban leadership today is not the leadership of 1998, and Iran is not the Iran of 1998 either," said Habib Noori, a former Afghan diplomat. "But when there is a shooting on the border, or a quarrel over water, people in Tehran remember Mazar immediately."

Taliban officials rarely speak about the killings in public. When they did at the time, they said the diplomats had been killed by fighters acting without orders. Iranian officials have occasionally raised the case in meetings, according to people familiar with the talks, but have not made it a condition for cooperation.

In Mazar-i-Sharif itself, most residents under the age of thirty know the story only vaguely. A shopkeeper near the city's famous blue shrine said older customers sometimes mentioned it. "They say that after that summer, nothing between Iran and the Taliban was ever simple," he said.

For now, the relationship is defined by necessity: refugees, water, trade and the shared threat of the Islamic State group's local branch. But each August, Iranian newspapers print Saremi's photograph, and the memory returns with it.""",
),
]
