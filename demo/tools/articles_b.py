# -*- coding: utf-8 -*-
"""Demo corpus content, part B (2018-2022). Written for the brief project."""

ARTICLES_B = [
dict(
    key="shamkhani-talks-2018",
    outlet="FR",
    slug="iran-says-it-has-held-talks-with-taliban",
    path="/asia/afghanistan/iran-says-it-has-held-talks-with-taliban",
    date="2018-12-27T09:00:00+00:00",
    title="Iran says it has held talks with the Taliban, with Kabul's knowledge",
    byline="Sana Qureshi",
    place="KABUL",
    summary="Iran's top security official confirms contacts with the Taliban during a visit to Kabul, as regional powers position themselves for a possible US withdrawal.",
    tags=["2018", "diplomacy", "shelter"],
    body="""Iran's most senior security official said on Wednesday that Tehran had held talks with the Taliban and that the Afghan government had been kept informed, the clearest public acknowledgement yet of contacts between Iran and the movement it once came close to fighting.

Ali Shamkhani, the secretary of Iran's Supreme National Security Council, made the remarks to reporters during a visit to Kabul, where he met senior Afghan officials. He said the aim of the contacts was to help find a way out of Afghanistan's security problems, and that Iran would continue them.

The disclosure comes in the same month that American officials met Taliban representatives in the United Arab Emirates as part of a push by Washington's special envoy, Zalmay Khalilzad, to open negotiations on ending the 17-year-old war. Russia, Pakistan and China have also hosted or encouraged contacts with the movement.

Afghan officials responded cautiously. A spokesman for the presidential palace said any talks with the Taliban should support an Afghan-led peace process and should not bypass the elected government. Privately, several officials in Kabul said they had long suspected that Iran was dealing with Taliban commanders in the western provinces.

Those suspicions have grown in recent years, with officials in the western province of Farah accusing Iran of supplying weapons and money to Taliban fighters there. Iran has denied arming the movement and says it regards Afghanistan's stability as vital to its own security.

Analysts in Kabul said Iran's shift reflected three concerns: the continued presence of American forces next door, the emergence of the Islamic State group's local branch in eastern Afghanistan, and the need to protect Iranian interests in any future settlement. "Tehran wants a seat at the table when the map is redrawn," said Wahida Rahimi, a researcher at a Kabul policy institute. "It cannot get that seat by pretending the Taliban do not exist."

The relationship remains burdened by history. Many Iranians remember the killing of the country's diplomats in Mazar-i-Sharif in 1998, and Iran's Shia clerical establishment is wary of the Taliban's treatment of Afghanistan's Hazara minority. For now, officials say, contact is a matter of necessity rather than trust.""",
),

dict(
    key="railway-2020",
    outlet="GM",
    slug="khaf-herat-railway-first-train",
    path="/news/afghanistan/khaf-herat-railway-first-train-187342",
    date="2020-12-11T11:30:00+04:00",
    title="First train runs on Khaf-Herat railway linking Iran and Afghanistan",
    byline="Omid Sharifi",
    place="DUBAI",
    summary="The presidents of Iran and Afghanistan inaugurate the first sections of a cross-border line that Kabul hopes will reduce its dependence on Pakistani ports.",
    tags=["2020", "trade", "railway"],
    image=dict(src="/media/2020/12/khaf-herat-train.jpg", alt="A freight train on a desert track",
               caption="A freight train on the newly completed section of the line near the border.",
               credit="Gulf Monitor"),
    body="""The presidents of Iran and Afghanistan on Thursday inaugurated the first sections of a railway linking the Iranian town of Khaf with the western Afghan city of Herat, in a ceremony held by video link because of the coronavirus pandemic.

Hassan Rouhani and Ashraf Ghani watched from Tehran and Kabul as a freight train set off on the line, which for now runs from Khaf across the border to Rozanak in Herat province's Ghoryan district. Two further sections are planned to carry the track the rest of the way to Herat.

Iranian officials described the project as a gift to the Afghan people and said it would connect Afghanistan to Iran's rail network and, through it, to the port of Chabahar on the Gulf of Oman and to markets in Turkey and Europe. Iran financed much of the construction.

For Afghanistan, a landlocked country whose trade has long depended on Pakistan's port of Karachi, the line offers an alternative route to the sea. Afghan officials said they expected exports of saffron, dried fruit, carpets and minerals to travel west, while fuel, construction materials and food would come in from Iran.

Traders in Herat welcomed the opening but said much depended on what happened next. "Trains are good, but we also need customs that work and a road to the station that does not take a whole day," said Mohammad Yasin Akbari, who imports building materials from Mashhad. "If the paperwork is still slow, the trucks will win."

The railway is one of several connectivity projects between the two countries, which share a border of more than 900 kilometres. India has invested in Chabahar with the aim of reaching Afghanistan without crossing Pakistan, and a road corridor from the port already carries some Afghan trade.

The project has been completed despite tight American sanctions on Iran, which have made it difficult for Tehran to attract foreign financing. Washington has granted a waiver allowing development of Chabahar and associated rail links for the benefit of Afghanistan.

Security remains a concern. The Taliban control large parts of rural western Afghanistan, and officials in Herat acknowledged that the final sections of the line would pass through areas where government control is contested. The movement has not publicly threatened the project, and its representatives have said they support economic links with neighbouring countries.""",
),

dict(
    key="baradar-tehran-2021",
    outlet="KL",
    slug="taliban-delegation-led-by-baradar-holds-talks-in-tehran",
    path="/2021/02/01/taliban-delegation-led-by-baradar-holds-talks-in-tehran",
    date="2021-02-01T12:00:00+04:30",
    title="Taliban delegation led by Baradar holds talks with Iranian officials in Tehran",
    byline="Mariam Sadat",
    place="KABUL",
    summary="A Taliban team headed by Mullah Abdul Ghani Baradar meets Foreign Minister Mohammad Javad Zarif, drawing criticism from Afghan government supporters.",
    tags=["2021", "diplomacy"],
    body="""A Taliban delegation led by Mullah Abdul Ghani Baradar, the head of the movement's political office in Qatar, has held talks in Tehran with senior Iranian officials, including Foreign Minister Mohammad Javad Zarif, the movement and Iranian media said.

The Taliban said the discussions covered the stalled peace negotiations with the Afghan government, the situation of Afghan refugees in Iran, and trade and transit between the two countries. The movement said both sides had agreed on the need for a political settlement and the withdrawal of foreign forces.

Iranian officials said they had told the delegation that Iran supported an inclusive government that reflected all of Afghanistan's ethnic and religious groups, and that it would not accept a settlement imposed by force. Tehran has argued that the presence of American troops is the main cause of instability in Afghanistan.

The visit drew criticism in Kabul. Several members of parliament said hosting the Taliban at such a level while the movement continued to attack Afghan forces undermined the government. A foreign ministry spokesman said Afghanistan's neighbours should coordinate their contacts with the movement with the government.

The visit is the latest sign of how far the relationship has moved since the late 1990s, when Iran backed the Taliban's enemies and nearly went to war with the movement over the killing of its diplomats in Mazar-i-Sharif. Baradar himself was arrested in Pakistan in 2010 and released in 2018 to take part in talks with the United States, which produced an agreement in Doha in February 2020 on the withdrawal of American troops.

Iranian officials have repeatedly criticised the Doha deal, arguing that it excluded the Afghan government, yet they have also expanded their own contacts with the Taliban. Analysts say Tehran is preparing for a future in which the movement holds some or all of the power in Kabul.

"Iran is making sure that, whatever happens after the Americans leave, it has a telephone number to call," said Habib Noori, a former Afghan diplomat who served in Tehran. "That is not the same as trust. Iranians still remember 1998, and the Taliban remember who armed their enemies."

In Herat, traders who depend on the border crossing at Islam Qala said they hoped the talks would help keep routes open regardless of who controls them.""",
),

dict(
    # Newswire's own report of the railway's opening, written apart from the
    # Gulf Monitor's: one event told by two independent outlets (a story).
    key="railway-wire-2020",
    outlet="NW",
    slug="iran-and-afghanistan-open-khaf-herat-railway",
    path="/wire/2020/12/10/iran-and-afghanistan-open-khaf-herat-railway",
    date="2020-12-10T15:05:00+00:00",
    title="Iran and Afghanistan open first stretch of Khaf-Herat railway",
    byline="Newswire staff",
    place="KABUL",
    summary="Rouhani and Ghani launch a freight service across the border by video link; Afghan traders hope the line will cut their reliance on Pakistan.",
    tags=["2020", "trade", "railway"],
    no_related=True,
    body="""Iran and Afghanistan opened the first stretch of a railway across their border on Thursday, launching freight services on a line that Kabul hopes will give the landlocked country a new outlet to world markets.

President Ashraf Ghani and Iran's President Hassan Rouhani took part in the opening by video conference, with Ghani in Kabul and Rouhani in Tehran, as the pandemic kept the two leaders from meeting in person. A train loaded with goods left the Iranian side as officials watched on screens in both capitals.

The line begins at Khaf in Iran's Razavi Khorasan province and is meant to end in the western Afghan city of Herat. The part opened on Thursday reaches only a few dozen kilometres into Afghanistan, and Afghan officials said work on the remaining sections would take several more years and would need new money.

Ghani called the railway a step towards making Afghanistan a crossroads for trade between Central Asia, the Middle East and South Asia. Rouhani said Iran was ready to help connect Afghan cities to its ports and railways and described the project as a sign of the friendship between the two neighbours.

Afghanistan relies heavily on the Pakistani port of Karachi and the roads leading to it, and shipments have often been held up when relations between Kabul and Islamabad turn sour. Afghan business groups said a rail link to Iranian ports could lower transport costs for bulky goods such as fuel, cement and grain.

"For twenty years we have talked about railways and seen only maps," said Nasir Ahmad Durrani, who heads a freight company in Herat. "Now there is a train. The next question is whether the customs offices on both sides can move as fast as the locomotive."

Diplomats in Kabul said the opening came at a delicate moment. Peace talks between the Afghan government and the Taliban in Qatar have made slow progress, and violence has risen in several provinces, including parts of Herat. Officials in Kabul said security forces would guard the line on the Afghan side.

The United States, which has imposed sweeping sanctions on Iran, has allowed some projects linked to Afghan trade to go ahead. Neither government gave a date for the first train to reach Herat itself.""",
),

dict(
    key="tehran-talks-2021",
    outlet="NW",
    slug="afghan-government-and-taliban-envoys-meet-in-tehran",
    path="/wire/2021/07/08/afghan-government-and-taliban-envoys-meet-in-tehran",
    date="2021-07-08T17:05:00+00:00",
    title="Afghan government and Taliban envoys meet in Tehran as fighting spreads",
    byline="Newswire staff",
    place="TEHRAN",
    summary="Iran hosts rare talks between an Afghan government delegation and the Taliban as the movement seizes districts across the country.",
    tags=["2021", "diplomacy"],
    body="""Iran hosted talks between a delegation of Afghan political leaders and representatives of the Taliban in Tehran on Wednesday and Thursday, as the movement's fighters captured districts across Afghanistan in the wake of the withdrawal of American troops.

The Afghan side was led by former vice-president Yunus Qanuni, while the Taliban delegation was headed by Sher Mohammad Abbas Stanikzai, a senior member of the movement's political office in Qatar. Foreign Minister Mohammad Javad Zarif opened the meeting and urged both sides to make difficult decisions for the future of their country.

In a joint statement after the talks, the two delegations said that war was not the solution to Afghanistan's problems and that they would continue to seek a political settlement, according to Iranian state media. They also said attacks on civilians, schools and mosques should be avoided.

The meeting came as the Taliban made rapid gains in the north and west, including districts bordering Iran and Tajikistan. Afghan officials said hundreds of soldiers had crossed into neighbouring Tajikistan in recent days to escape Taliban offensives.

Iran has held contacts with the Taliban for several years while maintaining relations with the government in Kabul. Officials in Tehran have said they want to prevent a full-scale civil war that could send new waves of refugees across the border, and have blamed the United States for leaving Afghanistan in disarray.

Afghan commentators were divided over the value of the talks. Some welcomed any meeting between the two sides at a time when negotiations in Doha had stalled, while others said the Taliban were using diplomacy to gain legitimacy while pressing ahead on the battlefield.

Iranian border provinces have increased security along the frontier. Officials in Khorasan Razavi said that the crossing at Dogharoun, which faces Islam Qala in Afghanistan and carries much of the bilateral trade, remained open, but that they were monitoring the fighting closely.""",
),

dict(
    key="kabul-takeover-2021",
    outlet="KL",
    slug="taliban-take-kabul-iran-keeps-embassy-open",
    path="/2021/08/16/taliban-take-kabul-iran-keeps-embassy-open",
    date="2021-08-16T08:30:00+04:30",
    title="Taliban take Kabul as Ghani flees; Iran keeps its embassy open",
    byline="Mariam Sadat",
    place="KABUL",
    summary="The Taliban enter the capital without a fight after the president leaves the country; Tehran says the US defeat should become a chance for peace.",
    tags=["2021", "takeover", "diplomacy"],
    image=dict(src="/media/2021/08/kabul-checkpoint.jpg", alt="Taliban fighters at a checkpoint in Kabul",
               caption="Taliban fighters at a checkpoint in central Kabul on Monday morning.",
               credit="Photo: Kabul Ledger staff"),
    body="""Taliban fighters took control of Kabul on Sunday after President Ashraf Ghani left the country, completing a lightning offensive that brought the movement back to power almost twenty years after it was driven from the capital.

Fighters entered the city from several directions during the afternoon and by the evening had occupied the presidential palace. Thousands of people rushed to Hamid Karzai International Airport in the hope of boarding evacuation flights, and scenes of chaos continued there on Monday morning.

Iran said its embassy in Kabul would remain open and that its diplomats were safe. Several other neighbouring countries, including Pakistan, China and Russia, also kept their missions running, while most Western embassies evacuated their staff.

President Ebrahim Raisi, who took office less than two weeks ago, said in a statement that the military defeat of the United States in Afghanistan should become an opportunity to restore life, security and lasting peace in the country. He said Iran would work for harmony among Afghans and described the neighbouring country as a brother nation.

Iranian officials have so far avoided any suggestion of recognising a Taliban government. They have called for an inclusive administration that represents Afghanistan's ethnic and religious communities, including Shia Hazaras and Persian-speaking Tajiks.

The border is a pressing concern for Tehran. Iranian authorities said they had prepared emergency shelters in border provinces for people fleeing the fighting, but would encourage them to return home once the situation stabilised. Iran already hosts several million Afghans, many without documents.

Trade across the main crossings continued on a limited basis. Drivers at Islam Qala said Taliban fighters had taken over the Afghan customs post last month and were collecting duties, while Iranian fuel tankers were still crossing.

Residents of Kabul's mostly Hazara western districts, who suffered under the previous Taliban government of 1996 to 2001, said they were staying indoors. "We know what happened last time," said a shopkeeper in Dasht-e Barchi. "We will wait and see whether they have changed.\"""",
),

dict(
    key="airport-bombing-2021",
    outlet="GM",
    slug="kabul-airport-bombing-islamic-state-claims",
    path="/news/afghanistan/kabul-airport-bombing-islamic-state-claims-190211",
    date="2021-08-27T10:45:00+04:00",
    title="Kabul airport bombing kills scores of Afghans and 13 US troops; ISIS-K claims attack",
    byline="Rania Haddad",
    place="DUBAI",
    summary="A suicide bombing at the gates of Kabul airport devastates crowds trying to flee; Iran and the Taliban condemn the attack by the Islamic State's Afghan branch.",
    tags=["2021", "isis-k", "security", "takeover"],
    body="""A suicide bomber struck crowds outside Kabul airport on Thursday evening, killing scores of Afghans and 13 American service members in the deadliest day of the chaotic evacuation that followed the Taliban's seizure of the capital.

The blast hit people massed near the Abbey Gate, where thousands had waited for days in the hope of reaching evacuation flights. Afghan health officials said the number of civilian dead was expected to rise as hospitals struggled to cope with the wounded.

The Islamic State group's Afghan affiliate, known as Islamic State Khorasan Province or ISIS-K, claimed responsibility through its propaganda channels. The group is a bitter enemy of both the United States and the Taliban, which it accuses of betraying jihad by negotiating with Washington.

President Joe Biden vowed to hunt down those responsible. The Taliban condemned the attack and said it had taken place in an area under American security control.

Iran's foreign ministry also condemned the bombing and expressed sympathy to the families of the Afghan victims. Iranian officials have warned for years that the Islamic State's presence in eastern Afghanistan posed a threat to the whole region, and they have cited the group as one reason for keeping channels open to the Taliban.

Security analysts in the Gulf said the attack highlighted a rare point of overlap between Tehran and the new rulers in Kabul. "ISIS-K hates Shias, it hates Iran, and it hates the Taliban," said Layla Mansoor, a researcher on jihadist groups at a Dubai institute. "That gives Iran and the Taliban a shared enemy. It does not mean the Taliban can deliver security."

The group has carried out some of the most brutal attacks in Afghanistan in recent years, including bombings of Shia mosques and of an education centre and a wedding hall in Kabul. Iranian officials fear that the collapse of the former Afghan security services could allow the group to recruit and expand.

The evacuation is due to end by August 31, the deadline set by Washington for the withdrawal of its remaining forces.""",
),

dict(
    key="muttaqi-tehran-2022",
    outlet="FR",
    slug="taliban-foreign-minister-muttaqi-visits-tehran",
    path="/asia/afghanistan/taliban-foreign-minister-muttaqi-visits-tehran",
    date="2022-01-10T07:15:00+00:00",
    title="Taliban foreign minister visits Tehran, but recognition remains off the table",
    byline="Sana Qureshi",
    place="TEHRAN",
    summary="Amir Khan Muttaqi holds talks with Hossein Amir-Abdollahian on trade, fuel and refugees; Iran says an inclusive government is the condition for recognition.",
    tags=["2022", "diplomacy", "trade"],
    image=dict(src="/media/2022/01/tehran-foreign-ministry.jpg", alt="The entrance of a government building in Tehran",
               caption="The Iranian foreign ministry in Tehran, where the talks were held.",
               credit="Frontier Review"),
    body="""The Taliban's foreign minister, Amir Khan Muttaqi, held talks in Tehran at the weekend with his Iranian counterpart, Hossein Amir-Abdollahian, on his first visit to Iran since the movement returned to power in August.

The two sides discussed trade, transit, fuel supplies, water and the situation of Afghans in Iran, according to statements from both governments. Taliban officials said they had asked Iran to ease visa procedures for Afghan traders and patients and to treat Afghan refugees with respect.

Iranian officials said Tehran would continue to help the Afghan people with humanitarian aid and would keep its borders open to trade. But they made clear that formal recognition of the Taliban administration depended on the formation of an inclusive government representing all of Afghanistan's communities.

Iranian media reported that during his visit Muttaqi also met Ahmad Massoud, the son of the late anti-Taliban commander Ahmad Shah Massoud, and Ismail Khan, the veteran former governor of Herat, both of whom are opposed to the movement. Iranian officials described their role as facilitating dialogue among Afghans.

For Iran, the relationship is a matter of managing risks along a long and porous border. Tehran is concerned about drug trafficking, the activity of the Islamic State group, the flow of migrants and the Taliban's restrictions on women and on Shia communities. At the same time, Iranian exporters see Afghanistan as a significant market for fuel, food and construction materials.

Trade between the two countries has continued despite the upheaval, with Iranian petrol and diesel crossing at Islam Qala and Milak. Afghan traders complain, however, that banking restrictions make it difficult to pay for imports.

The visit followed a brief exchange of fire between Iranian border guards and Taliban forces in Nimroz province in December, which both sides later described as a misunderstanding. "These incidents will keep happening while the border is run by people who do not yet trust each other," said Reza Javanmard, a former Iranian diplomat. "The question is whether both capitals are willing to stop them from escalating.\"""",
),
]
