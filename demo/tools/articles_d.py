# -*- coding: utf-8 -*-
"""Demo corpus content, part D (2025-2026). Written for the brief project.

The January 2026 Herat meeting story is an illustrative, plausible story
written for the demo and does not report a real event.
"""

ARTICLES_D = [
dict(
    key="araghchi-kabul-2025",
    outlet="KL",
    slug="araghchi-visits-kabul",
    path="/2025/01/27/araghchi-visits-kabul",
    date="2025-01-27T10:10:00+04:30",
    title="Iran's foreign minister Araghchi holds talks with Taliban leaders in Kabul",
    byline="Mariam Sadat",
    place="KABUL",
    summary="Abbas Araghchi meets the Taliban's prime minister and foreign minister on the first visit by an Iranian foreign minister since 2021; water, trade and migrants top the agenda.",
    tags=["2025", "diplomacy", "water", "refugees"],
    charset="windows-1256",
    body="""Iran's foreign minister, Abbas Araghchi, held talks with senior Taliban leaders in Kabul on Sunday, in the first visit to Afghanistan by an Iranian foreign minister since the movement returned to power in August 2021.

Araghchi met the Taliban's prime minister, Mullah Mohammad Hassan Akhund, and its foreign minister, Amir Khan Muttaqi. Both sides said the talks covered the sharing of the Helmand river's water, trade and transit, the situation of Afghan migrants in Iran and security along the 900-kilometre border.

Taliban officials said they had asked Iran to treat Afghan migrants with dignity and to slow the pace of deportations, which have risen sharply over the past year. Iranian officials said Tehran wanted orderly arrangements for the return of undocumented migrants and stressed that Iran had hosted millions of Afghans for more than four decades.

Iranian officials said the two countries were bound by geography, history and culture and that Tehran wanted to expand economic cooperation. Officials on both sides said the talks had also covered the work of joint committees on water and trade. Iran has not formally recognised the Taliban government but has kept its embassy in Kabul open throughout.

Trade between the two countries has grown since 2021, with Iran supplying fuel, food and construction materials. Afghan exporters are increasingly using Iranian ports, including Bandar Abbas and Chabahar, and the railway that crosses the border towards Herat.

The visit comes at a time of uncertainty in the region. Iran's influence in the Middle East has been weakened by the conflicts of the past year, and analysts in Kabul said Tehran was keen to secure its eastern flank. "Iran cannot afford trouble on two fronts," said Wahida Rahimi, a Kabul-based researcher. "The Taliban know this, and they want something in return, especially on migrants."

<h2 lang="fa" dir="rtl">خلاصه خبر به فارسي</h2>

<div lang="fa" dir="rtl" class="kl-fa-brief">
<p>سيد عباس عراقچي، وزير امور خارجه ايران، روز يکشنبه در سفري رسمي وارد کابل شد. اين نخستين سفر يک وزير خارجه ايران به افغانستان پس از بازگشت طالبان به قدرت در سال 2021 است.</p>
<p>عراقچي با ملا محمد حسن آخوند، رئيس الوزراي حکومت طالبان، و امير خان متقي، وزير خارجه اين گروه، ديدار و گفتگو کرد. محورهاي اصلي گفتگوها حقابه هيرمند، تجارت و ترانزيت، وضعيت مهاجران افغان در ايران و امنيت مرزهاي مشترک بود.</p>
<p>ايران هنوز حکومت طالبان را به رسميت نشناخته، اما سفارت خود در کابل را باز نگه داشته است. يک بازرگان هراتي به کابل لجر گفت: «اگر راه‌ها باز بماند، بازار هرات زنده مي‌ماند.»</p>
</div>

Traders in Herat said they hoped the visit would lead to fewer delays at the Islam Qala crossing, where trucks often wait for days. "If the roads stay open, the Herat bazaar stays alive," said one importer of Iranian goods.""",
),

dict(
    key="deportation-deadline-2025",
    outlet="NW",
    slug="iran-orders-undocumented-afghans-to-leave",
    path="/wire/2025/06/01/iran-orders-undocumented-afghans-to-leave",
    date="2025-06-01T07:55:00+00:00",
    title="Iran tells undocumented Afghans to leave by early July",
    byline="Newswire staff",
    place="TEHRAN",
    summary="Iranian authorities set a July 6 deadline for Afghans without valid documents to leave the country; aid agencies warn Afghanistan cannot absorb a mass return.",
    tags=["2025", "refugees"],
    body="""Iranian authorities have told Afghans living in the country without valid documents that they must leave by July 6, in a sharp escalation of a campaign of deportations that has already sent hundreds of thousands of people back across the border.

Officials said those who did not leave voluntarily by the deadline would face arrest and removal. They said the order applied to people without residence permits or valid visas, and urged employers and landlords not to hire or house undocumented foreigners.

Iran has for decades hosted one of the world's largest Afghan populations, including refugees who fled the Soviet invasion of 1979, the civil war of the 1990s and the Taliban's return to power in 2021. Iranian officials estimate that around six million Afghans live in the country, many of them without formal status. They say the economy, hit by sanctions and inflation, can no longer bear the cost.

<h2>What the order means</h2>

<ul class="nw-facts">
<li>The deadline for undocumented Afghans to leave Iran is July 6.</li>
<li>Iranian officials say those who remain after the deadline will be detained and deported.</li>
<li>Most returnees cross at Dogharoun and Islam Qala, on the road to Herat, or at Milak near Zaranj.</li>
<li>UN agencies say many returnees arrive with few possessions and no home to go to in Afghanistan.</li>
<li>The Taliban administration has asked Iran to allow gradual and voluntary returns.</li>
</ul>

The Taliban administration said it was preparing reception centres at the border and asked Iran to give migrants enough time to collect wages and sell possessions. A spokesman for the Taliban's ministry of refugees said any returns should be gradual and dignified.

UN agencies warned that Afghanistan, where more than half the population needs humanitarian aid, was ill-prepared for a large wave of arrivals. Neighbouring Pakistan has also been expelling Afghans since late 2023, and aid funding has fallen sharply.

Afghan workers in Tehran said they were uncertain what to do. "I have worked on building sites here for eleven years," said a man from Ghazni province who asked not to be named. "My children were born in Iran. They do not know Afghanistan."

Human rights groups urged Iran not to deport people who would be at risk in Afghanistan, including former members of the republic's security forces, journalists and women's rights activists.""",
),

dict(
    key="deportations-2025",
    outlet="FR",
    slug="afghans-stream-out-of-iran-as-deadline-passes",
    path="/asia/afghanistan/afghans-stream-out-of-iran-as-deadline-passes",
    date="2025-07-08T09:30:00+00:00",
    title="Afghans stream out of Iran as deportation deadline passes",
    byline="Sana Qureshi",
    place="ISLAM QALA",
    summary="Hundreds of thousands of Afghans have crossed back from Iran in a matter of weeks, overwhelming reception centres at Islam Qala and Milak.",
    tags=["2025", "refugees"],
    image=dict(src="/media/2025/07/islam-qala-returnees.jpg", alt="Families with bundles waiting at a border reception centre",
               caption="Families who returned from Iran wait at a reception centre at Islam Qala.",
               credit="Frontier Review / Sana Qureshi"),
    body="""Hundreds of thousands of Afghans have left Iran in the past month, many of them deported, as a deadline set by Iranian authorities for undocumented migrants to leave the country expired on Sunday.

At the Islam Qala crossing in Herat province, families sat in the shade of trucks and shipping containers waiting to be registered, surrounded by bundles of bedding, gas cylinders and suitcases. Aid workers said arrivals on some days had run into tens of thousands, far more than the reception centres had been built to handle.

UN agencies said the pace of returns had accelerated sharply after the war between Iran and Israel in June, when Iranian authorities stepped up arrests of Afghans and some Iranian media outlets and officials accused Afghan migrants of spying for Israel. Returnees described being detained at work or at checkpoints and taken to the border with little notice.

"They came to the workshop at night and took all of us," said Nasir, a 24-year-old who had worked in a furniture factory near Tehran for six years. "I could not go back for my money or my clothes." He said he had no relatives left in Afghanistan and did not know where he would sleep.

The Taliban administration has called on Iran to slow the deportations and to treat Afghans with dignity, while Taliban officials at the border have set up registration desks, distributed food and arranged transport to provinces. Officials said the authorities lacked the resources to provide housing or jobs for such large numbers.

Iranian officials say the country has hosted Afghans generously for more than forty years and that those without legal status must leave. They have said that Afghans with valid documents are not affected, though returnees and rights groups say some people holding papers have also been expelled.

Humanitarian organisations warned that Afghanistan's economy, already weakened by drought and the loss of foreign aid, could not absorb the returnees. Many arrive at a time when Pakistan is also expelling Afghans, and remittances sent home by workers in Iran have long been a lifeline for families in western provinces.

"This is not only a border problem," said Dr Amina Farahi, a public health specialist working with a relief agency in Herat. "It is women and children arriving with nothing, in the middle of summer, to a country where the clinics are already full."

The returns have also placed new strain on relations between Tehran and Kabul, which had been improving after a visit to Kabul by Iran's foreign minister in January.""",
),

dict(
    key="herat-talks-2026",
    outlet="NW",
    slug="iran-afghan-officials-discuss-water-and-rail-in-herat",
    path="/wire/2026/01/20/iran-afghan-officials-discuss-water-and-rail-in-herat",
    date="2026-01-20T13:35:00+00:00",
    title="Iranian and Afghan officials discuss water measurement and rail freight in Herat",
    byline="Newswire staff",
    place="HERAT",
    summary="Technical teams from Iran and the Taliban administration meet in Herat to discuss joint monitoring of the Helmand and freight traffic on the cross-border railway.",
    tags=["2026", "water", "railway", "trade"],
    body="""Technical delegations from Iran and Afghanistan's Taliban administration met in the western city of Herat on Monday and Tuesday to discuss joint monitoring of the Helmand river and the expansion of freight traffic on the railway that links the two countries, officials from both sides said.

The meetings brought together water engineers, customs officials and railway managers, and were the latest in a series of technical talks held since relations were strained by the deportation of large numbers of Afghans from Iran last year. Officials said the talks had been businesslike, and that both sides had agreed to meet again in the spring.

On water, officials said the teams had discussed installing measuring equipment at points on the lower Helmand so that both countries could rely on the same figures for the river's flow into Iran. Iran says it has received far less than the amount set out in a 1973 treaty, while the Taliban say drought has reduced the river. A dispute over the issue preceded a deadly border clash in May 2023.

On trade, the delegations discussed schedules for freight trains running from the Iranian town of Khaf towards Herat, as well as ways to reduce waiting times for trucks at Islam Qala. Afghan traders have long complained that paperwork, inspections and payment problems add days to each journey.

An Afghan official who attended the meetings, speaking on condition of anonymity because he was not authorised to talk to the media, said Taliban representatives had also raised the situation of Afghan workers in Iran and asked for clearer rules on work visas. An Iranian participant said Tehran was prepared to discuss legal labour migration for Afghans with valid passports.

Traders in Herat said they welcomed any improvement but would judge the talks by results. "Every year there is a meeting and a photograph," said Abdul Basir Nazari, who exports dried fruit to Iran. "What we need is a truck that crosses in one day instead of four."

Iran has kept its embassy in Kabul open since 2021. Officials from the two countries have met regularly on security, including efforts against the Islamic State group's regional branch.""",
),

dict(
    key="timeline-2026",
    outlet="FR",
    slug="timeline-iran-and-the-taliban-1998-2026",
    path="/analysis/timeline-iran-and-the-taliban-1998-2026",
    date="2026-02-10T08:00:00+00:00",
    title="From Mazar to Milak: a timeline of Iran and the Taliban, 1998-2026",
    byline="Frontier Review staff",
    place="LONDON",
    summary="Nearly three decades of enmity, war by proxy, quiet contacts and uneasy cooperation between Tehran and the Taliban, in one timeline.",
    tags=["2026", "retrospective", "explainer", "mazar", "water"],
    body="""Few relationships in the region have changed as much as the one between Iran and the Taliban. In 1998 the two sides nearly went to war; by the 2020s Iranian ministers were sitting down with Taliban leaders in Kabul. The main turning points are listed below.

<ul class="fr-timeline">
<li><strong>August 8, 1998</strong> - Taliban forces capture Mazar-i-Sharif; eight Iranian diplomats and an IRNA journalist are killed at the Iranian consulate.</li>
<li><strong>September-October 1998</strong> - Iran masses tens of thousands of troops on the Afghan border; UN envoy Lakhdar Brahimi meets Taliban leader Mullah Omar in Kandahar.</li>
<li><strong>1998-2001</strong> - Iran supports the anti-Taliban Northern Alliance led by Ahmad Shah Massoud.</li>
<li><strong>October-November 2001</strong> - A US-led campaign begins on October 7; Northern Alliance forces enter Kabul on November 13.</li>
<li><strong>December 5, 2001</strong> - The Bonn agreement names Hamid Karzai to lead an interim administration; Iran's delegation helps secure the compromise.</li>
<li><strong>May 2016</strong> - Taliban leader Akhtar Mansour is killed in a US strike in Pakistan after reportedly returning from Iran; Tehran denies he crossed from its territory.</li>
<li><strong>December 2018</strong> - Iran's security chief Ali Shamkhani says Tehran has held talks with the Taliban.</li>
<li><strong>December 2020</strong> - The first sections of the Khaf-Herat railway open.</li>
<li><strong>July 2021</strong> - Iran hosts talks between Afghan government envoys and the Taliban.</li>
<li><strong>August 15, 2021</strong> - The Taliban take Kabul; Iran keeps its embassy open. ISIS-K bombs Kabul airport on August 26.</li>
<li><strong>February 2023</strong> - Taliban-appointed diplomats take over the Afghan embassy in Tehran.</li>
<li><strong>May 2023</strong> - President Raisi warns the Taliban over Helmand water; on May 27 a clash near the Sasuli border post kills guards on both sides.</li>
<li><strong>January 3, 2024</strong> - Suicide bombings in Kerman, later claimed by the Islamic State, kill more than 90 people.</li>
<li><strong>January 2025</strong> - Foreign Minister Abbas Araghchi visits Kabul.</li>
<li><strong>June-July 2025</strong> - Iran sets a July 6 deadline for undocumented Afghans to leave; hundreds of thousands return.</li>
</ul>

Looking back, three threads run through the whole period. The first is security: Iran has moved from seeing the Taliban as its main threat in the east to seeing the Islamic State group's regional branch as a greater danger, and has built a working relationship with the Taliban partly for that reason.

The second is water. The 1973 Helmand treaty has outlived the governments that signed it, but it has never produced a reliable system for measuring and sharing the river. In dry years, the issue moves from technical committees to presidential speeches and, at least once, to gunfire.

The third is people. Millions of Afghans have lived and worked in Iran since the 1980s, and their remittances, skills and family ties bind the two countries together. The mass returns of 2025 showed how quickly that bond can become a source of friction.

"Tehran has never decided whether the Taliban are a neighbour to be managed or a problem to be contained," said Dr Leila Parsa, a London-based researcher who studies the region. "For almost thirty years it has tried to do both at the same time."

Whatever the formal diplomatic status, Iran's diplomats, traders and engineers now deal with Taliban officials every day. The relationship is neither the enmity of 1998 nor an alliance, and both sides appear to prefer it that way.""",
),
]
