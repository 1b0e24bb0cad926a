#!/bin/sh
# brief code: options, inputs, formats and errors. Its golden files
# (tests/fixtures/code/, checked by t0190-golden.sh) are
#   grammar.jsonl   one sentence per CAMEO root and per grammar case, coded with
#                   the project's dictionaries (data/), as TSV
#   petrarch.jsonl  PETRARCH-2 dictionaries given with --actors/--agents/--verbs/
#                   --discards and --no-defaults, as TSV
#   article.txt     plain text with --date and --id, as JSON Lines
. "$SRCDIR/tests/lib.sh"
F="$SRCDIR/tests/fixtures/code"
P="$F/petrarch"

out=$("$BRIEF" code --help 2>&1)
like "code --help shows usage" "$out" '^usage: brief code'
like "code --help names the dictionary options" "$out" '--actors FILE'

"$BRIEF" code --format tsv "$F/grammar.jsonl" >/dev/null 2>"$TMP/err"
ok "grammar fixtures code without error" [ ! -s "$TMP/err" ]
"$BRIEF" code --date 2024-08-08 --id mazar "$F/article.txt" >"$TMP/article.jsonl"
like "1998 events of a 2024 article are dated 1998" "$(cat "$TMP/article.jsonl")" '"date":"1998-08","date_precision":"month"'

out=$("$BRIEF" code --date 2024-08-08 - <"$F/article.txt")
like "standard input is read" "$out" '^\{"id":"-","events":\[\{'

cols=$("$BRIEF" code --format gdelt --date 2024-08-08 "$F/article.txt" | awk -F'\t' '{print NF}' | sort -u)
is "gdelt rows have 61 columns" "$cols" "61"

# (one run: a record with an empty text after them)
out=$(printf '{"id":"a","text":"Iran attacked Iraq.","date":"2020-01-01"}\nnot json\n{"id":"b","text":"Iraq attacked Iran."}\n{"id":"e","text":""}\n' |
	"$BRIEF" code - 2>"$TMP/err")
is "a bad JSON line is skipped, the others coded" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "3"
like "a bad JSON line is reported with its number" "$(cat "$TMP/err")" ':2: not a JSON object'
is "an empty text codes no event" "$(printf '%s\n' "$out" | sed -n 3p)" '{"id":"e","events":[]}'

fails "an unknown format is a usage error" 2 "$BRIEF" code --format xml "$F/article.txt"
fails "a bad --date is a usage error" 2 "$BRIEF" code --date yesterday "$F/article.txt"
fails "a missing input file fails" 1 "$BRIEF" code "$TMP/nope.txt"
fails "a missing dictionary fails" 1 "$BRIEF" code --actors "$TMP/nope.txt" "$F/article.txt"
printf -- '--- X [010] ---\nX\n- * Y\n' >"$TMP/bad.txt"
err=$("$BRIEF" code --verbs "$TMP/bad.txt" "$F/article.txt" 2>&1)
like "a bad dictionary line is named" "$err" 'bad.txt:3: pattern without a \[code\]'

BRIEF_DATA="$TMP/none" "$BRIEF" code --no-defaults --actors "$P/actors.txt" --verbs "$P/verbs.txt" \
	"$F/petrarch.jsonl" >/dev/null
_report $? "--no-defaults needs no data directory"
err=$("$BRIEF" code --no-defaults "$F/article.txt" 2>&1)
is "--no-defaults with no dictionary given is a usage error" "$?" 2
like "... saying what to give" "$err" "^brief: code: --no-defaults leaves no dictionary to code with"

# JSON Lines are streamed: a record is coded and written while the input is
# still open (the whole input was read first, all of it held in memory)
mkfifo "$TMP/in"
"$BRIEF" code "$TMP/in" >"$TMP/stream.out" 2>"$TMP/stream.err" &
pid=$!
exec 3>"$TMP/in"
echo '{"id":"first","text":"Iranian border guards and Taliban forces exchanged fire near the Sasuli post."}' >&3
i=0
while [ $i -lt 600 ] && ! grep -q '"first"' "$TMP/stream.out"; do sleep 0.1; i=$((i + 1)); done
like "a record is written before the input ends" "$(cat "$TMP/stream.out")" '"id":"first"'
echo '{"id":"second","text":"Pakistan hosted talks with Afghan officials."}' >&3
exec 3>&-
wait $pid
_report $? "... and the stream ends cleanly"
like "... with every record" "$(cat "$TMP/stream.out")" '"id":"second"'
# gzip is read whatever the name, and leading blank lines do not hide JSON Lines
printf '\n\n{"id":"z","text":"Iran condemned the attack."}\n' | gzip >"$TMP/in.dat"
like "gzip JSON Lines after blank lines" "$("$BRIEF" code "$TMP/in.dat")" '"id":"z"'
printf '\n  Iran condemned the attack.\n' >"$TMP/plain.txt"
like "plain text is one document" "$("$BRIEF" code --id doc "$TMP/plain.txt")" '"id":"doc"'

# the project's dictionaries: generated from data/tables, at the sizes the
# docs give, and decisive codings of the generated actors
if command -v python3 >/dev/null 2>&1; then
	ok "the generated dictionaries are up to date with data/tables" "$SRCDIR/scripts/gen-dicts" --check
	like "gen-dicts lists the phrases of verbs.tsv left to a head verb of cameo.txt" \
		"$("$SRCDIR/scripts/gen-dicts" --shadowed)" "verbs.tsv:[0-9]*: 052 rally behind: left to the patterns of cameo.txt's RALLY"
	# each shadowed phrase in sentences of its own, all in one run of brief
	# code: a sentence that coded the table's root (R in shadowed.tsv) still does
	ok "the phrases of verbs.tsv left to cameo.txt code as tests/fixtures/code/shadowed.tsv says" \
		"$SRCDIR/scripts/check-shadowed" --brief "$BRIEF" --expect "$F/shadowed.tsv"
fi
n=$(cat "$SRCDIR"/data/actors/*.txt | grep -c '^+\{0,1\}[A-Za-z]')
ok "at least 10,000 actor names ($n)" [ "$n" -ge 10000 ]
n=$(cat "$SRCDIR"/data/verbs/*.txt | grep -c '^- ')
ok "at least 5,000 verb pattern lines ($n)" [ "$n" -ge 5000 ]
# the first event of each sentence, all coded in one run (a process each cost
# more than the coding): "description|publication date|sentence|source target code"
cases=$(cat <<'EOF'
a country's sector: Afghan students protest|2024-03-04|Afghan students protested against the Taliban.|AFGEDU AFGREB 141
a sector in a capital: police in Kabul|2024-03-04|Police in Kabul arrested two journalists.|AFGCOP AFGMED 173
an office holder within his term|2022-05-01|Raisi condemned Israel.|IRNGOV ISR 111
... before his first term: the country|2015-05-01|Raisi condemned Israel.|IRN ISR 111
... after his last term: a former official|2025-06-01|Raisi condemned Israel.|IRNELI ISR 111
a protest's aim: rallied to demand the resignation|2024-03-04|Kenyan protesters rallied in Nairobi to demand the resignation of the president.|KENOPP KEN 1411
an accusation's object: war crimes|2024-03-04|Iran accused Israel of war crimes.|IRN ISR 1124
a threat's object: a naval blockade|2024-03-04|Russia threatened a naval blockade of Ukraine.|RUS UKR 1381
a cut's object: military aid|2024-03-04|The United States suspended military aid to Egypt.|USA EGY 1622
an expulsion's object: inspectors|2024-03-04|Iraq expelled UN inspectors.|IRQ IGOUNO 1662
lifted restrictions are administrative (081), not sanctions|2024-03-04|Britain lifted restrictions on Iran.|GBR IRN 081
... imposed restrictions likewise (172)|2024-03-04|France imposed restrictions on Mali.|FRA MLI 172
... trade restrictions are economic (085)|2024-03-04|Britain lifted trade restrictions on Iran.|GBR IRN 085
cooperation told as a noun: intelligence sharing|2024-03-04|The United States began intelligence sharing with Guatemala.|USA GTM 064
... a joint venture|2024-03-04|Turkey launched a joint venture with Indonesia.|TUR IDN 061
joint drills with up to two words between are held together (nouns.tsv)|2024-03-04|Egypt and Sudan carried out joint air force drills.|EGY SDN 062
... and so is joint training|2024-03-04|Indian and French troops conducted joint counter-terrorism training in Rajasthan.|INDMIL FRAMIL 062
... a joint statement on training is none|2024-03-04|Egypt and Sudan issued a joint statement on training.|
an act after "committed to" as a gerund is intended, as with an infinitive|2024-03-04|Israel is committed to releasing Palestinian prisoners.|ISR PSECVL 0353
... and so is one after "is open to"|2024-03-04|The Sudanese government said it was open to negotiating with the rebels.|SDNGOV SDNREB 036
... or "looks forward to"|2024-03-04|Kenya looks forward to signing a trade deal with Uganda.|KEN UGA 030
... while "open to" a noun is no act|2024-03-04|Germany is open to criticism from Poland.|
"built up" alone mobilises nothing|2024-03-04|Liechtenstein built up trust with Austria over many years.|
... forces or an air force built up are mobilised (154)|2024-03-04|Iran is building up its air force.|IRN  154
tariffs doubled are raised (light.tsv raise)|2024-03-04|China doubled its tariffs on Australian wine.|CHN AUS 163
... and a troop presence tripled is a mobilisation|2024-03-04|Russia tripled its troop presence in Belarus.|RUS BLR 154
... while profits doubled are none|2024-03-04|The Chilean company doubled its profits.|
talks entered into are held (light.tsv enter)|2024-03-04|The Syrian government entered into talks with the rebels.|SYRGOV SYRREB 040
... and so are negotiations entered into|2024-03-04|Syria and Turkey entered into direct negotiations on Monday.|SYR TUR 046
... while a meeting room entered is none|2024-03-04|The Syrian minister entered the meeting room with Turkish officials.|
an aside that opens with "all of whom" leaves the subject before it|2024-03-04|Colombian rebels - all of whom were armed - released two of the hostages.|COLREB  0841
... between commas too|2024-03-04|Colombian rebels, all of whom were armed, released two of the hostages.|COLREB  0841
... and "some of whom" acts for the noun before it|2024-03-04|Thousands of Kenyan protesters, some of whom threw stones at police, marched on parliament.|KENOPP KEN 145
... not for a preposition's object|2024-03-04|Sixty people waited at the Saudi embassy, some of whom threw rocks at its windows.|
an aside that opens with "as" is skipped for the subject|2024-03-04|The government of Zimbabwe, as part of a deal to end the crisis, made concessions to the opposition.|ZWEGOV ZWEOPP 080
... and so is one that opens with a subordinator|2024-03-04|Chile, after Bolivia had ended the talks, released ten Peruvian prisoners.|CHL PERCVL 0841
a finite verb after "and" is the subject's, not that of the infinitive of the one ordered|2024-03-04|Ukraine's president ordered his party to hold a conference and warned that officials would be prosecuted.|UKRGOV  130
... while an infinitive of the subject's own carries it|2024-03-04|Peru decided to reopen the embassy and attacked Chile's policies.|PER CHL 111
a name after "al" and a space counts as capitalised|2024-03-04|Officials said al Qaeda attacked a Malian army base.|IMGALQ MLIMIL 190
... as a target too|2024-03-04|The United States attacked al Qaeda in Yemen.|USA IMGALQ 190
a withdrawal of staff is a reduction of relations (166), of troops a retreat (0874)|2024-03-04|Human Rights Watch withdrew its staff from Georgia.|NGOHRI GEO 166
agreeing to concessions yields (035)|2024-03-04|The Marshall Islands agreed to concessions to avert a crisis.|MHL  035
... agreeing to lay down arms de-escalates (0356)|2024-03-04|Libyan rebels agreed to lay down arms.|LBYREB  0356
a nominal restoration of ties (050)|2024-03-04|Talks led to a rapprochement between Turkey and Armenia.|TUR ARM 050
legal action taken against a country is a lawsuit (115)|2024-03-04|Ukraine launched legal proceedings against Russia.|UKR RUS 115
police deployed are police power (153), troops a military build-up (154)|2024-03-04|Kenya deployed security forces to Somalia.|KEN SOM 153
weapons put down are a demobilisation (0873)|2024-03-04|Kurdish rebels put down their weapons in Iraq.|IRQREB IRQ 0873
refugees hosted are given refuge (075), talks hosted a meeting (044)|2024-03-04|Turkey hosts millions of Syrian refugees.|TUR SYRREF 075
a company is its country's business (companies.tsv)|2024-03-04|Huawei sued the US government.|CHNBUS USAGOV 115
... a state company as a target|2024-03-04|The United States imposed sanctions on Gazprom.|USA RUSBUS 163
... a name that says another country is the company's own|2024-03-04|China Airlines resumed flights to Japan.|TWNBUS JPN 061
... a maker's name with a model is a plane, no actor|2024-03-04|Iran shot down a Boeing 737.|IRN  193
... a name that is a common word is left out|2024-03-04|Shell criticised Nigeria.|
... a news agency told is no target|2024-03-04|Iran told Reuters it would retaliate against Israel.|IRN ISR 138
... a firm leaving a market makes no military retreat|2024-03-04|Siemens pulled out of Russia.|
... nor is a route it suspends a sanction|2024-03-04|Lufthansa suspended flights to Israel.|
the pope in lower case is the Vatican's (religious.tsv)|2024-03-04|The pope praised Botswana.|VATGOV BWA 051
... a grand ayatollah his country's clergy|2024-03-04|Grand Ayatollah Sistani condemned Israel.|IRQREL ISR 111
... the Vatican lends no country to a role: migrants are no Vatican's refugees|2024-03-04|The Pope defended the migrants' right to asylum.|
a court that fines imposes a sanction (verbs.tsv 172)|2024-03-04|A court in Lisbon fined Huawei 20 million euros.|PRTJUD CHNBUS 172
... and so does a fine imposed (nouns.tsv)|2024-03-04|The European Commission imposed a record fine on Huawei.|IGOEEU CHNBUS 172
... fine weather is none|2024-03-04|The weather was fine in Paris on Monday.|
a suspension of one's protests announced yields (objects.tsv 082)|2024-03-04|The Georgian opposition announced a two-week suspension of its protests.|GEOOPP  082
... proposed, it is an intent to yield|2024-03-04|The Togolese opposition proposed a suspension of its strike.|TGOOPP  0352
... a government's suspension of rallies is no yield|2024-03-04|The Zimbabwean government announced a suspension of rallies.|
a bill's withdrawal announced is a policy change, no pullout|2024-03-04|Kenya's president announced the withdrawal of the finance bill.|KENGOV  0832
another's help or support appreciated is thanks (cameo.txt APPRECIATE)|2024-03-04|Ghana said it appreciated Nigeria's support during the crisis.|GHA NGA 051
... so is the help of someone|2024-03-04|Malta said it appreciated the help of the United States.|MLT USA 051
... a currency that appreciates thanks no one|2024-03-04|The Japanese yen appreciated against the dollar.|
... nor does the gravity of a situation appreciated|2024-03-04|The Chilean minister said he appreciated the gravity of the situation.|
an inquiry opened into deeds of the police is an investigation, no deployment (cameo.txt OPEN)|2024-03-04|Egyptian prosecutors opened an inquiry into alleged torture by police officers.|EGYJUD  090
... so is a probe ordered|2024-03-04|The Iraqi government ordered a probe into abuses by riot police in Basra.|IRQGOV IRQCOP 090
... while police ordered in are deployed|2024-03-04|The French government ordered riot police into the suburbs.|FRAGOV  153
an easing proposed as a gerund is an intent to ease (objects.tsv)|2024-03-04|The Egyptian government proposed easing restrictions on foreign journalists.|EGYGOV  0351
... sanctions' lifting rejected is a refusal to ease them|2024-03-04|The European Union rejected lifting sanctions on Russia.|IGOEEU RUS 1244
... and a policy change offered an intent to change it|2024-03-04|The Israeli cabinet proposed suspending settlement construction.|ISRGOV  0342
quotation marks take no place between a pattern's words (coder_patterns.c)|2024-03-04|Colombian rebels made \"concessions of principle\" to the government in Bogota.|COLREB COLGOV 080
... nor inside a phrase that must be whole|2024-03-04|The Sudanese army agreed to a \"cessation\" of hostilities with the RSF.|SDNMIL SDNREB 0356
... while the verb's reach stays as it is|2024-03-04|Chinese state media said the group, called the \"Mountain Brigade\", carried out attacks on police stations.|
a proposal that would not be accepted is rejected|2024-03-04|Hungary said it would not accept the Ukrainian proposal.|HUN UKR 120
... so is an agreement that would not be honoured, with no "said"|2024-03-04|The Serbian government would not honour the agreement with Kosovo.|SRBGOV KOS 127
... and an offer accepted is an intent to cooperate|2024-03-04|Chile accepted the Peruvian offer.|CHL PER 030
an -ed word between a verb and its object noun is an adjective|2024-03-04|Moroccan medics treated injured Algerian workers.|
... one after its subject stays a verb|2024-03-04|Rebels wounded four Malian soldiers.|MLIREB MLIMIL 190
a relative clause's place is no country of the role|2024-03-04|Police arrested a man who had fought in Somalia.|
... a place of the main clause is|2024-03-04|Police in Kenya arrested a man who had fought in Somalia.|KENCOP KEN 173
a former office-holder holds no office (ELI)|2024-03-04|Former Iranian president Mahmoud Ahmadinejad criticised Saudi Arabia.|IRNELI SAU 111
... nor does a former pope|2024-03-04|The former pope met the Italian president.|VATELI ITAGOV 040
a one-word name with an apposition takes the apposition's country|2024-03-04|Zandor, an Australian publisher, criticised China.|AUS CHN 111
... a word that opens the sentence, with none, is no name|2024-03-04|Meanwhile, a French minister criticised Algeria.|FRAGOV DZA 111
forces sent abroad in a passive target where they are sent|2024-03-04|US troops were deployed to Poland.|USAMIL POL 154
... none where it is their own country|2024-03-04|Iraqi troops were deployed in Baghdad.|IRQMIL  154
a claim called baseless is rejected (&ASSERTIONS, &UNTRUE)|2024-03-04|India called the Pakistani claims baseless.|IND PAK 120
... weather called dangerous is no one's|2024-03-04|The minister called the weather dangerous.|
a flag's country glued before a hyphen is the ship's (text.c)|2024-03-04|Iran seized a Greek-flagged tanker in the Gulf of Oman.|IRN GRC 171
... and so is an owner's|2024-03-04|The Houthis attacked a British-owned cargo ship.|YEMREB GBR 190
... a name of two words with it too|2024-03-04|Iran seized a Marshall Islands-flagged tanker.|IRN MHL 171
... and a leader's, whose forces they are|2024-03-04|Saudi-led forces struck Houthi positions.|SAUMIL YEMREB 190
... and an appointer's|2024-03-04|Taliban-appointed officials met Iranian diplomats.|AFGREBGOV IRNGOV 040
... not a backer's: support is no belonging|2024-03-04|Iranian-backed gunmen attacked Kenyan police in Nairobi.|KENUAF KENCOP 190
a present tense after a country's name is a verb even with no one named|2024-03-04|Russia warns of retaliation.|RUS  138
... after its adjective a noun|2024-03-04|Iranian demands were rejected.|
... and after a group's own name|2024-03-04|Hezbollah frees two hostages|LBNHEZ  0841
... but force with no one named after a body's name is a plan|2024-03-04|NASA targets March for its moon mission|
a draft released is published, no one freed|2024-03-04|Kenya's ruling party released a draft of the new constitution.|
a journey visits where "to" says, not where it started|2024-03-04|The Iraqi minister travelled from Tehran to Ankara.|IRQGOV TUR 042
... and one from a place visits no one|2024-03-04|The Iraqi minister had travelled from Iran.|
a question word opens a clause: the list before it is no subject of its verb|2024-03-04|The 1973 water treaty of Helmand and why Iran and the Taliban are fighting over it|IRN AFGREB 190
a hazard warned of threatens no one (&HAZARDS)|2024-03-04|The World Food Programme warned of a looming famine in Sudan.|
... retaliation warned of is still a threat|2024-03-04|Iran warned of retaliation against Israel.|IRN ISR 138
the -ed form of a verb in qu doubles its consonant (equipped)|2024-03-04|Germany equipped Ukraine with tanks.|DEU UKR 072
an irregular past of a prefixed verb is known (retook)|2024-03-04|Ukrainian forces retook the village from Russia.|UKRMIL RUS 192
an assault repelled is fought (190)|2024-03-04|Ukrainian forces repelled a Russian assault near Bakhmut.|UKRMIL RUS 190
... and so are fighters beaten back, not beaten (182)|2024-03-04|Israeli troops beat back Hamas fighters in Khan Younis.|ISRMIL PSEHMS 190
a verb after "and" whose first verb is unknown is the opening subject's, not its object's actor's|2024-03-04|Turkish troops entered a Syrian village and shelled Kurdish fighters.|TURMIL SYRREB 194
... with no target|2024-03-04|The Chinese coast guard boarded a Philippine boat and seized the weapons.|CHNMIL  171
... but not after a verb of saying|2024-03-04|Russia said Ukrainian troops crossed the border and attacked a village.|UKRMIL  190
EOF
)
printf '%s\n' "$cases" | awk -F'|' '{ printf "{\"id\":\"c%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", NR, $2, $3 }' >"$TMP/cases.jsonl"
"$BRIEF" code --format tsv "$TMP/cases.jsonl" >"$TMP/cases.tsv"
# one line per case, in order: source target code of its first event (empty: none)
awk -F'\t' -v n="$(printf '%s\n' "$cases" | wc -l)" 'NR > 1 && !($1 in got) { got[$1] = $4 " " $5 " " $6 }
	END { for (i = 1; i <= n; i++) print got["c" i] }' "$TMP/cases.tsv" >"$TMP/cases.got"
while IFS='|' read -r d _ _ want && IFS= read -r got <&3; do
	is "$d" "$got" "$want"
done 3<"$TMP/cases.got" <<EOF
$cases
EOF
out=$(printf '%s\n' 'Finnish troops arrived in the north on Monday.' 'The police arrested two men.' >"$TMP/doc.txt";
	"$BRIEF" code --format tsv --date 2024-03-04 "$TMP/doc.txt" | awk -F'\t' '$6 == "173" { print $4 }')
is "a sector's country is the document's country for a role alone" "$out" "FINCOP"

out=$(printf '%s\n' '{"id":"a","date":"2024-03-04","text":"Jordan agreed to let UN inspectors visit the camp."}' |
	"$BRIEF" code --format tsv - | awk -F'\t' 'NR > 1 { print $6 }' | sort -u | tr '\n' ' ')
is "an act agreed to is an intent, not done" "$out" "0355 "

out=$(printf '%s\n' '{"id":"a","date":"2024-03-04","text":"The Turkish government won parliamentary approval to deploy troops to Libya."}' |
	"$BRIEF" code --format tsv - | awk -F'\t' 'NR > 1 { print $6 ":" $13 }' | tr '\n' ' ')
is "an act one has won approval for is not done yet" "$out" "154:hypothetical "

done_testing
