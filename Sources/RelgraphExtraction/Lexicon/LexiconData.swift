// Generated from the files in Sources/RelgraphExtraction/Lexicons; do not edit by hand.
// After editing a lexicon file, regenerate with:
//     RELGRAPH_REGENERATE_LEXICONS=1 swift test --filter generatedSourceIsCurrent

/// The text of the built-in lexicon files, compiled into the binary so that relgraph
/// needs no resource files at run time.
enum LexiconData {
    static let files: [(name: String, text: String)] = [
        ("countries.txt", ##"""
# Countries and state-like territories.
#
# Format: one country a line, four fields separated by " | ":
#   canonical name | other names and abbreviations | demonyms | capitals and seats of government
# Lists inside a field are separated by ", ". Empty fields stay empty. Matching is on whole
# words and respects capitalization (acronyms must be written as they appear in text).
# Capitals and seats stand for the government ("Moscow said", "the Kremlin said"); used as
# a place ("talks in Moscow") they are not counted as a mention of the country.
Afghanistan |  | Afghan, Afghans | Kabul
Albania |  | Albanian, Albanians | Tirana
Algeria |  | Algerian, Algerians | Algiers
Andorra |  | Andorran |
Angola |  | Angolan, Angolans | Luanda
Antigua and Barbuda |  |  |
Argentina |  | Argentine, Argentinian, Argentines | Buenos Aires, Casa Rosada
Armenia |  | Armenian, Armenians | Yerevan
Australia |  | Australian, Australians | Canberra
Austria |  | Austrian, Austrians | Vienna
Azerbaijan |  | Azerbaijani, Azerbaijanis, Azeri, Azeris | Baku
Bahamas | The Bahamas | Bahamian |
Bahrain |  | Bahraini, Bahrainis | Manama
Bangladesh |  | Bangladeshi, Bangladeshis | Dhaka
Barbados |  | Barbadian |
Belarus |  | Belarusian, Belarusians | Minsk
Belgium |  | Belgian, Belgians |
Belize |  | Belizean |
Benin |  | Beninese | Porto-Novo
Bhutan |  | Bhutanese | Thimphu
Bolivia |  | Bolivian, Bolivians | La Paz
Bosnia and Herzegovina | Bosnia | Bosnian, Bosnians | Sarajevo
Botswana |  | Botswanan | Gaborone
Brazil |  | Brazilian, Brazilians | Brasilia
Brunei |  | Bruneian |
Bulgaria |  | Bulgarian, Bulgarians |
Burkina Faso |  | Burkinabe | Ouagadougou
Burundi |  | Burundian, Burundians | Gitega
Cambodia |  | Cambodian, Cambodians | Phnom Penh
Cameroon |  | Cameroonian, Cameroonians | Yaounde
Canada |  | Canadian, Canadians | Ottawa
Cape Verde | Cabo Verde | Cape Verdean |
Central African Republic | CAR | Central African | Bangui
Chad |  | Chadian, Chadians | N'Djamena
Chile |  | Chilean, Chileans |
China | People's Republic of China, PRC | Chinese | Beijing, Zhongnanhai
Colombia |  | Colombian, Colombians | Bogota
Comoros |  | Comorian |
Democratic Republic of Congo | Democratic Republic of the Congo, DRC, DR Congo, Congo-Kinshasa, Congo | Congolese | Kinshasa
Republic of the Congo | Congo-Brazzaville, Republic of Congo |  | Brazzaville
Costa Rica |  | Costa Rican |
Croatia |  | Croatian, Croatians, Croat, Croats | Zagreb
Cuba |  | Cuban, Cubans | Havana
Cyprus |  | Cypriot, Cypriots | Nicosia
Czech Republic | Czechia | Czech, Czechs | Prague
Denmark |  | Danish, Danes | Copenhagen
Djibouti |  | Djiboutian |
Dominica |  |  |
Dominican Republic |  | Dominican, Dominicans | Santo Domingo
East Timor | Timor-Leste | East Timorese | Dili
Ecuador |  | Ecuadorian, Ecuadorians | Quito
Egypt |  | Egyptian, Egyptians | Cairo
El Salvador |  | Salvadoran, Salvadorans | San Salvador
Equatorial Guinea |  | Equatoguinean | Malabo
Eritrea |  | Eritrean, Eritreans | Asmara
Estonia |  | Estonian, Estonians | Tallinn
Eswatini | Swaziland | Swazi |
Ethiopia |  | Ethiopian, Ethiopians | Addis Ababa
Fiji |  | Fijian |
Finland |  | Finnish, Finns | Helsinki
France |  | French | Paris, Elysee, Élysée, Elysee Palace
Gabon |  | Gabonese | Libreville
Gambia | The Gambia | Gambian |
Georgia |  | Georgian, Georgians | Tbilisi
Germany |  | German, Germans | Berlin
Ghana |  | Ghanaian, Ghanaians | Accra
Greece |  | Greek, Greeks | Athens
Grenada |  | Grenadian |
Guatemala |  | Guatemalan, Guatemalans | Guatemala City
Guinea |  | Guinean, Guineans | Conakry
Guinea-Bissau |  | Bissau-Guinean |
Guyana |  | Guyanese |
Haiti |  | Haitian, Haitians | Port-au-Prince
Honduras |  | Honduran, Hondurans | Tegucigalpa
Hungary |  | Hungarian, Hungarians | Budapest
Iceland |  | Icelandic, Icelanders | Reykjavik
India |  | Indian, Indians | New Delhi
Indonesia |  | Indonesian, Indonesians | Jakarta
Iran | Islamic Republic of Iran, Islamic Republic | Iranian, Iranians, Persian | Tehran
Iraq |  | Iraqi, Iraqis | Baghdad
Ireland |  | Irish | Dublin
Israel |  | Israeli, Israelis | Jerusalem
Italy |  | Italian, Italians | Rome
Ivory Coast | Cote d'Ivoire, Côte d'Ivoire | Ivorian, Ivorians | Yamoussoukro
Jamaica |  | Jamaican, Jamaicans |
Japan |  | Japanese | Tokyo
Jordan |  | Jordanian, Jordanians | Amman
Kazakhstan |  | Kazakh, Kazakhs, Kazakhstani | Astana
Kenya |  | Kenyan, Kenyans | Nairobi
Kiribati |  |  |
Kosovo |  | Kosovar, Kosovars | Pristina
Kuwait |  | Kuwaiti, Kuwaitis |
Kyrgyzstan |  | Kyrgyz | Bishkek
Laos |  | Laotian, Lao | Vientiane
Latvia |  | Latvian, Latvians | Riga
Lebanon |  | Lebanese | Beirut
Lesotho |  | Basotho | Maseru
Liberia |  | Liberian, Liberians | Monrovia
Libya |  | Libyan, Libyans | Tripoli
Liechtenstein |  |  |
Lithuania |  | Lithuanian, Lithuanians | Vilnius
Luxembourg |  | Luxembourgish |
Madagascar |  | Malagasy | Antananarivo
Malawi |  | Malawian, Malawians | Lilongwe
Malaysia |  | Malaysian, Malaysians | Kuala Lumpur
Maldives |  | Maldivian |
Mali |  | Malian, Malians | Bamako
Malta |  | Maltese | Valletta
Marshall Islands |  | Marshallese |
Mauritania |  | Mauritanian, Mauritanians | Nouakchott
Mauritius |  | Mauritian |
Mexico |  | Mexican, Mexicans | Mexico City
Micronesia |  | Micronesian |
Moldova |  | Moldovan, Moldovans | Chisinau
Monaco |  | Monegasque |
Mongolia |  | Mongolian, Mongolians | Ulaanbaatar
Montenegro |  | Montenegrin | Podgorica
Morocco |  | Moroccan, Moroccans | Rabat
Mozambique |  | Mozambican, Mozambicans | Maputo
Myanmar | Burma | Burmese, Myanmarese | Naypyidaw, Naypyitaw
Namibia |  | Namibian, Namibians | Windhoek
Nauru |  | Nauruan |
Nepal |  | Nepali, Nepalese | Kathmandu
Netherlands | The Netherlands, Holland | Dutch | The Hague, Amsterdam
New Zealand |  | New Zealander, New Zealanders | Wellington
Nicaragua |  | Nicaraguan, Nicaraguans | Managua
Niger |  | Nigerien, Nigeriens | Niamey
Nigeria |  | Nigerian, Nigerians | Abuja
North Korea | Democratic People's Republic of Korea, DPRK | North Korean, North Koreans | Pyongyang
North Macedonia | Macedonia | Macedonian, Macedonians | Skopje
Norway |  | Norwegian, Norwegians | Oslo
Oman |  | Omani, Omanis | Muscat
Pakistan |  | Pakistani, Pakistanis | Islamabad
Palau |  | Palauan |
Palestine | Palestinian territories, State of Palestine | Palestinian, Palestinians | Ramallah
Panama |  | Panamanian, Panamanians | Panama City
Papua New Guinea |  | Papua New Guinean | Port Moresby
Paraguay |  | Paraguayan, Paraguayans | Asuncion
Peru |  | Peruvian, Peruvians | Lima
Philippines | The Philippines | Filipino, Filipinos, Philippine | Manila
Poland |  | Polish, Poles | Warsaw
Portugal |  | Portuguese | Lisbon
Qatar |  | Qatari, Qataris | Doha
Romania |  | Romanian, Romanians | Bucharest
Russia | Russian Federation | Russian, Russians | Moscow, Kremlin
Rwanda |  | Rwandan, Rwandans | Kigali
Saint Kitts and Nevis |  |  |
Saint Lucia |  |  |
Saint Vincent and the Grenadines |  |  |
Samoa |  | Samoan |
San Marino |  |  |
Sao Tome and Principe |  |  |
Saudi Arabia | Kingdom of Saudi Arabia, KSA | Saudi, Saudis | Riyadh
Senegal |  | Senegalese | Dakar
Serbia |  | Serbian, Serbians, Serb, Serbs | Belgrade
Seychelles |  | Seychellois |
Sierra Leone |  | Sierra Leonean | Freetown
Singapore |  | Singaporean, Singaporeans |
Slovakia |  | Slovak, Slovaks | Bratislava
Slovenia |  | Slovenian, Slovenians | Ljubljana
Solomon Islands |  |  |
Somalia |  | Somali, Somalis | Mogadishu
South Africa |  | South African, South Africans | Pretoria
South Korea | Republic of Korea, ROK | South Korean, South Koreans | Seoul
South Sudan |  | South Sudanese | Juba
Spain |  | Spanish, Spaniards | Madrid
Sri Lanka |  | Sri Lankan, Sri Lankans | Colombo
Sudan |  | Sudanese | Khartoum
Suriname |  | Surinamese | Paramaribo
Sweden |  | Swedish, Swedes | Stockholm
Switzerland |  | Swiss | Bern
Syria |  | Syrian, Syrians | Damascus
Taiwan | Republic of China | Taiwanese | Taipei
Tajikistan |  | Tajik, Tajiks | Dushanbe
Tanzania |  | Tanzanian, Tanzanians | Dodoma
Thailand |  | Thai | Bangkok
Togo |  | Togolese | Lome
Tonga |  | Tongan |
Trinidad and Tobago |  | Trinidadian |
Tunisia |  | Tunisian, Tunisians | Tunis
Turkey | Turkiye, Türkiye | Turkish, Turks | Ankara
Turkmenistan |  | Turkmen | Ashgabat
Tuvalu |  |  |
Uganda |  | Ugandan, Ugandans | Kampala
Ukraine |  | Ukrainian, Ukrainians | Kyiv, Kiev
United Arab Emirates | UAE, U.A.E., Emirates | Emirati, Emiratis | Abu Dhabi
United Kingdom | UK, U.K., Britain, Great Britain | British, Briton, Britons | London, Downing Street, Whitehall
United States | U.S., US, USA, U.S.A., United States of America, America | American, Americans | Washington, White House, Pentagon
Uruguay |  | Uruguayan, Uruguayans | Montevideo
Uzbekistan |  | Uzbek, Uzbeks | Tashkent
Vanuatu |  |  |
Vatican | Holy See, Vatican City |  |
Venezuela |  | Venezuelan, Venezuelans | Caracas, Miraflores
Vietnam | Viet Nam | Vietnamese | Hanoi
Western Sahara |  | Sahrawi |
Yemen |  | Yemeni, Yemenis | Sanaa
Zambia |  | Zambian, Zambians | Lusaka
Zimbabwe |  | Zimbabwean, Zimbabweans | Harare
"""##),
        ("organizations.txt", ##"""
# Organizations known by name.
#
# Format: one organization a line, four or five fields separated by " | ":
#   canonical name | other names and acronyms | kind | country it belongs to (if any) | seats
# Seats are cities that stand for the organization ("Brussels agreed" is the European Union);
# like a country's capital, a seat used as a place ("talks in Brussels") is not a mention.
# Kinds: international, alliance, militant, party, government, agency, company, media.
# Media organizations are kept as entities but are never parties to a relation that
# only reports it ("Reuters said", "told Reuters"). The country field gives a person
# introduced by the organization ("CIA Director William Burns") the country they serve.
# Organizations not listed here are still found by pattern ("the X Ministry", "X Party",
# acronyms defined in the text); this list is for names that carry no such clue.
United Nations | UN, U.N. | international |
United Nations Security Council | UN Security Council, U.N. Security Council, UNSC, Security Council | international |
United Nations General Assembly | UN General Assembly, UNGA, General Assembly | international |
UNRWA | United Nations Relief and Works Agency | international |
UNICEF |  | international |
UNHCR | United Nations High Commissioner for Refugees | international |
World Health Organization | WHO | international |
World Food Programme | WFP | international |
International Atomic Energy Agency | IAEA | international |
International Monetary Fund | IMF | international |
World Bank |  | international |
World Trade Organization | WTO | international |
International Criminal Court | ICC | international |
International Court of Justice | ICJ, World Court | international |
International Committee of the Red Cross | ICRC, Red Cross | international |
NATO | North Atlantic Treaty Organization | alliance |
European Union | EU, E.U. | international |  | Brussels
European Commission | Commission | international |
European Council |  | international |
European Parliament |  | international |
African Union | AU | international |
Arab League | League of Arab States | international |
Association of Southeast Asian Nations | ASEAN | international |
Organization of American States | OAS | international |
Organization for Security and Co-operation in Europe | OSCE, Organization for Security and Cooperation in Europe, Organisation for Security and Co-operation in Europe | international |
Economic Community of West African States | ECOWAS | international |
Gulf Cooperation Council | GCC | international |
Shanghai Cooperation Organisation | SCO | international |
OPEC | Organization of the Petroleum Exporting Countries, OPEC+ | international |
G7 | Group of Seven | international |
G20 | Group of 20 | international |
BRICS |  | international |
Commonwealth |  | international |
Lima Group |  | international |
Hamas |  | militant | Palestine
Hezbollah | Hizbollah, Hizballah | militant | Lebanon
Houthis | Houthi, Houthi rebels, Houthi movement, Ansar Allah, Ansarallah | militant | Yemen
Palestinian Islamic Jihad | Islamic Jihad, PIJ | militant | Palestine
Fatah |  | party | Palestine
Palestine Liberation Organization | PLO | party | Palestine
Palestinian Authority | PA | government | Palestine
Taliban |  | militant | Afghanistan
Islamic State | ISIS, ISIL, Daesh | militant |
al-Qaeda | al Qaeda, Al-Qaeda, Al Qaeda, al-Qaida, al Qaida, Al-Qaida, Al Qaida, al-Qa'ida, AQAP, al-Qaeda in the Arabian Peninsula | militant |
al-Shabaab | al Shabaab, Al-Shabaab | militant | Somalia
Boko Haram |  | militant | Nigeria
Kurdistan Workers' Party | PKK | militant |
People's Protection Units | YPG | militant | Syria
Syrian Democratic Forces | SDF | militant | Syria
Hayat Tahrir al-Sham | HTS | militant | Syria
M23 | March 23 Movement | militant |
FDLR | Democratic Forces for the Liberation of Rwanda | militant |
Rapid Support Forces | RSF | militant | Sudan
Wagner Group | Wagner | militant | Russia
Jaish-e-Mohammed | Jaish-e-Mohammad, JeM | militant | Pakistan
Lashkar-e-Taiba | LeT | militant | Pakistan
Muslim Brotherhood |  | party |
Islamic Revolutionary Guard Corps | IRGC, Revolutionary Guard Corps, Revolutionary Guards, Revolutionary Guard | government | Iran
Quds Force |  | government | Iran
Islamic Resistance in Iraq |  | militant | Iraq
Kataib Hezbollah | Kata'ib Hezbollah | militant | Iraq
Popular Mobilization Forces | PMF | militant | Iraq
CIA | Central Intelligence Agency | agency | United States
FBI | Federal Bureau of Investigation | agency | United States
National Security Agency | NSA | agency | United States
State Department | U.S. State Department, Department of State | government | United States
Mossad |  | agency | Israel
Shin Bet |  | agency | Israel
Israel Defense Forces | IDF | government | Israel
MI6 | Secret Intelligence Service | agency | United Kingdom
FSB | Federal Security Service | agency | Russia
Sovereign Council | Sovereignty Council | government | Sudan
National Assembly |  | government |
Reuters |  | media |
Associated Press | AP | media |
Agence France-Presse | AFP | media |
BBC |  | media |
CNN |  | media |
Fox News | FOX NEWS | media |
Al Jazeera |  | media |
The New York Times | New York Times | media |
The Washington Post | Washington Post | media |
The Wall Street Journal | Wall Street Journal | media |
Bloomberg |  | media |
Xinhua |  | media |
TASS |  | media |
RIA Novosti |  | media |
Interfax |  | media |
IRNA |  | media |
Yonhap |  | media |
KCNA | Korean Central News Agency | media |
Pinterest |  | company |
LinkedIn |  | company |
Tumblr |  | company |
Facebook |  | company |
Google |  | company |
Microsoft |  | company |
Amazon |  | company |
Gazprom |  | company | Russia
Rosneft |  | company | Russia
Saudi Aramco | Aramco | company | Saudi Arabia
Huawei |  | company | China
Boeing |  | company | United States
Lockheed Martin |  | company | United States
SpaceX |  | company | United States

# International bodies, missions and alliances.
African Union Mission in Somalia | AMISOM | international |
African Union Transition Mission in Somalia | ATMIS | international |
United Nations Mission in South Sudan | UNMISS, UN Mission in South Sudan | international |
MONUSCO |  | international |
MINUSMA |  | international |
UNIFIL |  | international |
UNESCO |  | international |
United Nations Development Programme | UNDP | international |
United Nations Human Rights Council | UN Human Rights Council, UNHRC, Human Rights Council | international |
Office of the UN High Commissioner for Human Rights | OHCHR | international |
Food and Agriculture Organization | FAO | international |
International Organization for Migration | IOM | international |
Organisation for the Prohibition of Chemical Weapons | OPCW, Organization for the Prohibition of Chemical Weapons | international |
Intergovernmental Authority on Development | IGAD | international |
Southern African Development Community | SADC | international |
East African Community | EAC | international |
Organisation of Islamic Cooperation | OIC, Organization of Islamic Cooperation | international |
Council of Europe |  | international |
OECD | Organisation for Economic Co-operation and Development, Organization for Economic Cooperation and Development | international |
Collective Security Treaty Organization | CSTO | alliance |
AUKUS |  | alliance |
Quadrilateral Security Dialogue |  | alliance |
Asia-Pacific Economic Cooperation | APEC | international |
Eurasian Economic Union |  | international |
Mercosur |  | international |
Pacific Islands Forum |  | international |
Non-Aligned Movement |  | international |
Interpol |  | international |
World Economic Forum |  | international |
Asian Development Bank |  | international |
African Development Bank |  | international |
Amnesty International |  | international |
Human Rights Watch |  | international |
Doctors Without Borders | Medecins Sans Frontieres, MSF | international |
International Rescue Committee |  | international |
Red Crescent |  | international |
Catholic Church | Roman Catholic Church | international |
Department of Defense | Defense Department, U.S. Department of Defense, DoD | government | United States
Department of Homeland Security | DHS, Homeland Security Department | government | United States
National Security Council | NSC | government |

# Armed groups and militant movements.
Janjaweed | Janjawid | militant | Sudan
FARC | Revolutionary Armed Forces of Colombia | militant | Colombia
National Liberation Army | ELN | militant | Colombia
Islamic State West Africa Province | ISWAP | militant |
Jama'at Nasr al-Islam wal Muslimin | JNIM | militant |
Nusra Front | al-Nusra Front, Jabhat al-Nusra | militant | Syria
Ahrar al-Sham |  | militant | Syria
Free Syrian Army | FSA | militant | Syria
Tehrik-i-Taliban Pakistan | TTP, Pakistani Taliban | militant | Pakistan
Haqqani network | Haqqani Network | militant | Afghanistan
Abu Sayyaf |  | militant | Philippines
Jemaah Islamiyah |  | militant |
Lord's Resistance Army | LRA | militant |
Allied Democratic Forces | ADF | militant |
Polisario Front | Polisario | militant |
Sudan People's Liberation Movement | SPLM | party | South Sudan
Sudan People's Liberation Movement-in-Opposition | SPLM-IO, SPLA-IO | militant | South Sudan
Sudan People's Liberation Army | SPLA | government | South Sudan
Tigray People's Liberation Front | TPLF | militant | Ethiopia
Oromo Liberation Army | OLA | militant | Ethiopia
Seleka |  | militant | Central African Republic
Popular Front for the Liberation of Palestine | PFLP | militant | Palestine
Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades | militant | Palestine
Azov Regiment | Azov | militant | Ukraine
Sandinista National Liberation Front | FSLN, Sandinistas | party | Nicaragua
Harakat al-Nujaba | Nujaba | militant | Iraq
Kata'ib Sayyid al-Shuhada |  | militant | Iraq

# News organizations.
Voice of America | VOA | media | United States
Radio Free Europe/Radio Liberty | RFE/RL, Radio Free Europe, Radio Liberty | media | United States
NPR | National Public Radio | media | United States
CBS News | CBS | media | United States
NBC News | NBC | media | United States
ABC News |  | media |
MSNBC |  | media | United States
Politico |  | media |
Axios |  | media | United States
The Guardian | Guardian | media | United Kingdom
Financial Times |  | media | United Kingdom
The Economist | Economist | media | United Kingdom
Deutsche Welle | DW | media | Germany
Der Spiegel | Spiegel | media | Germany
Le Monde |  | media | France
France 24 |  | media | France
RT | Russia Today | media | Russia
Sputnik |  | media | Russia
Kommersant |  | media | Russia
Izvestia |  | media | Russia
Al Arabiya |  | media | Saudi Arabia
Anadolu Agency | Anadolu | media | Turkey
Kyodo | Kyodo News | media | Japan
NHK |  | media | Japan
Global Times |  | media | China
People's Daily |  | media | China
China Daily |  | media | China
CCTV | China Central Television | media | China
Rodong Sinmun | Rodong Shinmun | media | North Korea
Press TV | PressTV | media | Iran
Fars | Fars News Agency | media | Iran
Tasnim | Tasnim News Agency | media | Iran
Haaretz |  | media | Israel
The Times of Israel | Times of Israel | media | Israel
The Jerusalem Post | Jerusalem Post | media | Israel
Ukrinform |  | media | Ukraine
Kyiv Independent |  | media | Ukraine
Arab News |  | media | Saudi Arabia

# Companies often in the news of states.
Moderna |  | company | United States
Pfizer |  | company | United States
BioNTech |  | company | Germany
AstraZeneca |  | company |
Raytheon | RTX | company | United States
Northrop Grumman |  | company | United States
General Dynamics |  | company | United States
BAE Systems |  | company | United Kingdom
Rheinmetall |  | company | Germany
Baykar |  | company | Turkey
ExxonMobil | Exxon Mobil, Exxon | company | United States
Chevron |  | company | United States
TotalEnergies |  | company | France
Naftogaz |  | company | Ukraine
Rosatom |  | company | Russia
Samsung |  | company | South Korea
TikTok |  | company | China
ByteDance |  | company | China
Alibaba |  | company | China
Tencent |  | company | China
Apple |  | company | United States
Tesla |  | company | United States
Nvidia |  | company | United States
"""##),
        ("relations.txt", ##"""
# Words and phrases that signal a relation, and where to look for its other party.
#
# Format: one rule a line, three fields separated by " | ":
#   relation | pattern | trigger words and phrases, separated by ", "
# Patterns:
#   direct          the other party follows the trigger: "blamed Russia", "met Putin"
#   direct-person   as direct, but only a person counts: "called King Salman"
#   with            the other party follows "with": "spoke by phone with Zelensky"
#   recipient       the other party follows "to" or "for", else the trigger: "supplied drones to Kyiv"
#   noun-for        a noun whose other party follows "for" or "to": "support for Ukraine"
#   compound        the second half of "X-backed": the first half is the source
#   responsibility  the trigger's subject is blamed by whoever says it: "Tehran bore responsibility",
#                   "Moscow must accept full responsibility", "are ultimately responsible", "is to
#                   blame"; "responsibility" needs a verb of bearing before it, "responsible" and
#                   "to blame" a form of "be" (a group that claims responsibility blames no one)
#   noun-on         a noun whose other party follows "on" or "against": "sanctions on Iran"
#   condemned-act   an act described as a wrong ("Russia's unprovoked invasion", "the
#                   repressive rule of X"): whoever describes it blames its author
#   demand          a demand that the other party stop: "called on Iran to stop"
#   accusation      a noun of accusation, made by its owner or by the party after "by", against
#                   the party after "against" or the actor of the clause after "that":
#                   "denied U.S. accusations that it arms the rebels"
# A noun's own party stands before it, past adjectives: "the United States' steadfast
# commitment to", "the ironclad U.S. commitment to". Its other party may stand past a verb or
# a phrase ending in "of": "commitment to defend Japan", "support for the people of Kenya".
# A "direct" trigger followed by "by" is read as passive: "was blamed by the United States".
# A "with" trigger whose subject is a list and which has no object relates the list's
# members with each other: "Putin and Raisi spoke".
spoke_with | direct | met, meet, meets, told, tells, tell, spoke to, speak to, speaks to, speaking to, talked to, talk to, talks to, talking to
spoke_with | direct-person | called, phoned, telephoned, rang, received, receives, hosted, hosts, welcomed, welcomes
spoke_with | with | spoke, speak, speaks, speaking, talked, talk, talks, met, meet, meets, meeting, meetings, call, calls, phone call, phone calls, conversation, conversations, discussed, discuss, discusses, discussion, discussions, dined, dine, dinner, lunch, breakfast, conferred, consultations, negotiations, negotiated, contact, summit, phone, telephone conversation, video call, videoconference, held talks, hold talks, holding talks, holds talks, had talks, have talks, has talks, having talks, shook hands, shaking hands, shake hands, shakes hands
backs | direct | backs, back, backed, backing, supports, support, supported, supporting, funds, fund, funded, funding, finances, finance, financed, financing, arms, armed, arming, helps, help, helped, helping, sponsors, sponsor, sponsored, sponsoring, endorsed, endorses, endorse, stood by, stands by, stand by, standing by, stand with, stands with, stood with, standing with, sided with, sides with, side with
backs | recipient | supplied, supplies, supply, supplying, provided, provides, provide, providing, sent, sends, send, sending, delivered, delivers, deliver, delivering, sold, sells, sell, selling, shipped, ships, ship, shipping, transferred, transfers
backs | noun-for | support, aid, assistance, backing, funding, weapons, arms, military aid, financial support, commitment, commitments, solidarity, resolve, security assistance, military assistance, humanitarian assistance, lethal assistance, defense commitment, defense commitments, in support of
backs | compound | backed, funded, supported, armed, sponsored, financed
blamed | direct | blamed, blames, blame, blaming, accused, accuses, accuse, accusing
blamed | responsibility | responsibility, responsible, to blame, was behind, were behind, is behind, are behind, was involved in, were involved in, is involved in, are involved in
criticized | direct | criticized, criticizes, criticize, criticised, criticises, condemned, condemns, condemn, denounced, denounces, denounce, slammed, slams, rebuked, rebukes
attacked | direct | attacked, attacks, attack, struck, strikes, bombed, bombs, shelled, shells, invaded, invades, invade, targeted, targets
sanctioned | direct | sanctioned, sanctions, sanction
sanctioned | noun-on | sanctions, sanction, embargo, penalties, tariffs
blamed | condemned-act | war, wars, invasion, aggression, occupation, attack, attacks, assault, atrocities, crimes, war crimes, offensive, annexation, bombardment, bombing, bombings, shelling, killing, killings, massacre, massacres, blockade, strikes, airstrikes, rule, crackdown, repression, actions, policies, provocations, provocation, behavior, behaviour
blamed | demand | called on, calls on, call on, calling on, urged, urges, urge, urging, demanded, demands, demand, demanding
blamed | accusation | accusation, accusations, allegation, allegations, charges, charge
"""##),
        ("titles.txt", ##"""
# Titles and roles that stand before (or beside) a person's name.
#
# Format: one title a line, two fields separated by " | ":
#   title as written | kind
# Kinds:
#   leader     head of state or government, or a minister: answers "which leaders ..."
#   official   any other office or position ("spokesman", "envoy", "chief")
#   honorific  a form of address that is not a role ("Sheikh", "Mr."); dropped from names
# Matching ignores case, so "Prime Minister" also matches "prime minister" and "PM".
# Multi-word titles are matched before their parts.
President | leader
Vice President | leader
President-elect | leader
Interim President | leader
Prime Minister | leader
PM | leader
Premier | leader
Deputy Prime Minister | leader
Chancellor | leader
King | leader
Queen | leader
Crown Prince | leader
Emir | leader
Sultan | leader
Supreme Leader | leader
Ayatollah | honorific
Foreign Minister | leader
Defense Minister | leader
Defence Minister | leader
Interior Minister | leader
Finance Minister | leader
Minister | leader
Secretary of State | leader
Secretary of Defense | leader
Defense Secretary | leader
Foreign Secretary | leader
Home Secretary | leader
Secretary | official
Governor | official
Mayor | official
Senator | official
Speaker | official
Secretary-General | official
Secretary General | official
National Security Adviser | official
National Security Advisor | official
Ambassador | official
Envoy | official
Special Envoy | official
Spokesman | official
Spokeswoman | official
Spokesperson | official
Leader | official
Chief | official
Head | official
Director | official
Commander | official
Chairman | official
Chairwoman | official
Chair | official
Negotiator | official
Mediator | official
Adviser | official
Advisor | official
Counterpart | official
Official | official
Journalist | official
Reporter | official
Pope | leader
Deputy Secretary | official
Assistant Secretary | official
Under Secretary | official
Undersecretary | official
Under-Secretary | official
Permanent Secretary | official
Press Secretary | official
Permanent Representative | official
Representative | official
Deputy Representative | official
High Representative | official
High Commissioner | official
Commissioner | official
Consul | official
Consul General | official
Charge d'Affaires | official
Attache | official
Diplomat | official
Emissary | official
Coordinator | official
Director-General | official
Director General | official
Chief of Staff | official
Chief Executive | official
Chief Executive Officer | official
CEO | official
Executive Officer | official
Executive Director | official
Executive Secretary | official
Officer | official
Correspondent | official
Bureau Chief | official
Editor | official
Editor-in-Chief | official
Columnist | official
Analyst | official
Spokesmen | official
Spokespeople | official
Press Officer | official
Lawmaker | official
Legislator | official
Congressman | official
Congresswoman | official
Representative | official
Rep. | official
Sen. | official
Gov. | official
Amb. | official
Judge | official
Prosecutor | official
Attorney General | official
Mufti | official
Cardinal | official
Archbishop | official
Bishop | official
Patriarch | official
Cleric | official
Warlord | official
Rebel Leader | official
Field Marshal | official
Marshal | official
Admiral | official
Rear Admiral | official
Vice Admiral | official
Adm. | official
Brigadier | official
Brigadier General | official
Brig. | official
Major General | official
Lieutenant General | official
Lieutenant Colonel | official
Lieutenant Commander | official
Lieutenant | official
Lt. | official
Colonel | official
Col. | official
Maj. | official
Captain | official
Capt. | official
Commander | official
Cmdr. | official
Cdr. | official
Sergeant | official
Sgt. | official
Corporal | official
Commandant | official
General | honorific
Gen. | honorific
Prince | honorific
Princess | honorific
Sheikh | honorific
Sheik | honorific
Dr. | honorific
Mr. | honorific
Mrs. | honorific
Ms. | honorific
Sir | honorific
Lord | honorific
"""##),
        ("words.txt", ##"""
# Word classes the recognizer and the relation reader rely on.
#
# Format: a section header "[name]" on its own line, then words separated by ", " or new
# lines. Matching ignores case unless a section says otherwise.

[not-name]
# Capitalized words that are never part of a person's name: function words that start
# sentences, days, directions, and common adjectives of place names and headlines.
The, A, An, This, That, These, Those, It, Its, He, She, His, Her, They, Their, We, Our, I, You
But, And, Or, So, Yet, If, When, While, After, Before, During, Since, Until, As, At, In, On
Of, For, With, By, From, To, Into, About, Over, Under, Between, Among, Against, Despite
According, Later, Earlier, Meanwhile, However, Also, Then, Now, Still, Even, Both, All, Some
Many, Most, More, Several, Other, Another, Each, Every, No, Not, Why, What, Who, How, Where
Which, There, Here, Last, Next, First, Second, Third, New, Old, Great, Little, Grand, High
Supreme, Central, Holy, Islamic, Arab, Western, Eastern, Northern, Southern, West, East, North
South, Middle, Black, Red, Dead, Upper, Lower, Greater, Monday, Tuesday, Wednesday, Thursday
Friday, Saturday, Sunday, Today, Tomorrow, Yesterday, Politics, World, News, Opinion, Business
Sport, Sports, Update, Updated, Breaking, Live, Analysis, Read, Watch, Share, Photo, Video
Republic, Kingdom, State, States, Union, Federation, Covid, God, Allah, Christmas, Easter
Ramadan, Eid, Olympics, Internet, Parliament, Congress, Senate, Cabinet, Government, Army
Navy, Air, Force, Forces, Police, Court, Ministry, Office, Council, Commission, Committee
Agency, Department, Group, Party, Front, Movement, Alliance, Coalition, Assembly, Authority
Chamber, Guard, Guards, Corps, Brigade, Brigades, Summit, Conference, Forum, Treaty, Accord
Agreement, Act, Plan, Initiative, Process, Format, Deal, Strategy, Doctrine, Declaration
Sea, Ocean, River, Lake, Gulf, Bay, Strait, Canal, Island, Islands, Peninsula, Valley
Mountain, Mountains, Desert, Dam, Bridge, Corridor, Crossing, Border, Airport, Port, Palace
Square, Street, Avenue, Road, Province, Region, District, City, County, Cosmodrome, Base
Station, Plant, Reactor, Field, Prison, Camp, Hospital, Church, Mosque, Temple, Cathedral
Museum, Stadium, Hotel, Center, Centre, Tower, Hall, House, Building, Zone, Strip, Bank
Heights, Hills, Coast, Shore, Delta, Basin, Line, Belt, Route, Highway, Pipeline, Stream
Games, Cup, Prize, Award, Day, Week, Year, War, Revolution, Crisis, Conflict, Operation
Relations, Act, Law, Bill, Constitution, Charter, Protocol, Resolution, Report, Fund
Mission, Missions, COVID-19, D.C., DC, Shoal, Reef, Atoll, Cape, Archipelago, Plateau, Pass, Gorge, Lagoon, Oblast, Governorate

[department]
# Capitalized words of the office a title is "of" or "for": "Minister of National Defense",
# "Secretary of State for African Affairs", "Chairman of the Joint Chiefs of Staff".
Defense, Defence, Foreign, Affairs, National, State, Interior, Finance, Justice, Home
Homeland, Security, Trade, Commerce, Economy, Economic, Health, Education, Energy
Agriculture, Labor, Labour, Treasury, Veterans, Public, Information, Transport
Transportation, Environment, International, Development, Cooperation, Industry, Planning
Culture, Communications, Armed, Forces, War, Navy, Army, Air, Force, Internal, External
Relations, Staff, General, Joint, Chiefs, Intelligence, Police, Emergency, Emergencies
Reintegration, Reconciliation, Unification, Strategic, Policy, Political, Military, African
European, Asian, Pacific, Near, Eastern, Western, Middle, East, Legal, Arms, Control
Nonproliferation, Counterterrorism, Immigration, Border, Borders, Customs, Infrastructure
Digital, Technology, Science, Resources, Natural, Mines, Petroleum, Water, Housing
Social, Welfare, Women, Youth, Tourism, Territorial, Administration, Local, Government
Regional, Human, Rights, Humanitarian, Refugees, Operations, Personnel, Policy, Multilateral
Global, Diplomacy, Peace, Peacekeeping, Disarmament, Ground, Marine, Corps, Coast, Guard

[common-word]
# Capitalized words that are never part of a person's name, though headlines, press releases
# and sentence starts capitalize them: "Phone Call", "Rebel Attack", "Immediate Release".
# Only words that are not also surnames or given names belong here ("White", "Rice", "May" and
# "Will" do not).
Call, Calls, Phone, Release, Immediate, Text, Begin, End, Readout, Remarks, Statement
Statements, Transcript, Briefing, Gaggle, Press, Interview, Excerpts, Note, Notes, Editor
Editorial, Correction, Advisory, Media, Release, Subject, Topic, Topics, Related, Q, A.M., P.M.
EDT, EST, GMT, UTC, PDT, PST, CET, I've, I'm, I'll, I'd, We're, We've, It's, That's
Attack, Attacks, Attacked, Meeting, Meetings, Meets, Met, Damage, Consequences, Response
Responds, Fighting, Fight, Fights, Drawdown, Architecture, Ministerial, Trilateral
Bilateral, Multilateral, Presidential, Catastrophic, Strong, Renewed, Sinking, Ship, Move
Moves, Group, Groups, Bombing, Bombings, Tide, Risk, Risks, Closer, Nerve, Agent, Long-Term
Short-Term, Military, Missile, Missiles, Rebel, Rebels, Separatist, Separatists, Says, Say
Gets, Get, Show, Shows, Cut, Cuts, Ties, Denies, Deny, Refutes, Accusations, Accuses
Supporting, Supports, Following, Tighten, Tightens, Grip, Regroup, Continuing, Continue
Continues, Unleashing, Draws, Allies, Ally, Discuss, Discusses, Talks, Embassy, Good, Morning
Afternoon, Evening, Thank, Thanks, Officials, Leaders, Ministers, Diplomats, Sources
Urges, Warns, Slams, Blames, Condemns, Backs, Vows, Pledges, Seeks, Rejects, Welcomes
Hails, Rejects, Amid, Over, Against, Threat, Threats, Threatens, Strike, Strikes, Deal
Deals, Ceasefire, Truce, Peace, Violence, Clashes, Crisis, Killed, Kills, Dead, Dies
Wounded, Arrested, Support, Aid, Sanctions, Weapons, Arms, Troops, Visit, Visits, Trip
Agreement, Accord, Plan, Plans, Proposal, Warning, Concerns, Concern, Urgent, Update
Latest, Breaking, Exclusive, Analysis, Explainer, Timeline, Factbox, Opinion, Commentary
Background, Summary, Fact, Sheet, Daily, Weekly, Regular, Special, Joint, Full, Official
Unofficial, Senior, Administration, Conference, Communications, Architecture, Engagement
Dialogue, Relations, Cooperation, Partnership, Security, Defense, Defence, Foreign, Affairs
Humanitarian, Assistance, Package, Packages, Funding, Announces, Announced, Announcement
Reaffirms, Reiterates, Expresses, Condolences, Congratulates, Congratulations, Welcome
Nerve, Chemical, Nuclear, Ballistic, Hypersonic, Drone, Drones, Airstrike, Airstrikes
Offensive, Invasion, Aggression, Occupation, Withdrawal, Escalation, Tension, Tensions
Article, Articles, Section, Chapter, Paragraph, Clause, Annex, Appendix
Regarding, Concerning, Re, Via, Per, Including, Ahead, Amidst, Toward, Towards

[month]
January, February, March, April, May, June, July, August, September, October, November
December, Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec

[abbreviation]
# Words written with a final period that does not end a sentence.
Mr, Mrs, Ms, Dr, Gen, Sen, Rep, Gov, St, Jr, Sr, Lt, Col, Maj, Capt, Sgt, Adm, Prof, Rev
Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, No, vs, etc, Inc, Corp, Ltd
Co, Mt, Ft, approx, Brig, Cmdr, Cdr, Amb, Pvt, Cpl, Spc, Lieut, Cmdt, Supt, Insp

[organization-head]
# A capitalized phrase that ends in one of these names an organization: "Lima Group".
Group, Party, Council, Forces, Force, Ministry, Agency, Union, Assembly, Corps, Front
Movement, Army, Organization, Organisation, Association, Bank, Company, Corp, Corporation
Inc, Ltd, Committee, Commission, Court, Parliament, Guards, Guard, Network, Institute
University, Alliance, Coalition, Brigades, Brigade, Federation, League, Authority
Department, Service, Services, Board, Fund, Foundation, Bureau, Cabinet, Congress
Senate, Tribunal, Brotherhood, Resistance, Jihad, Militia, Battalion, Regiment, Command
Police, Navy, Secretariat, Directorate, Administration, Office, Airlines, Airways, Times
Post, Press, Herald, Journal, Tribune, Television, Radio, Broadcasting, Media, Holdings
Industries, Motors, Group

[organization-descriptor]
# Lowercase nouns that introduce an organization's name: "the militant group Hamas".
group, militia, movement, party, organization, organisation, agency, body, wing, faction
alliance, network, company, firm, coalition, rebels, outlet, newspaper, broadcaster, bloc
union, council, force, forces, insurgents

[agent-noun]
# Nouns through which a country or organization acts: "U.S. officials", "Sudan's army".
government, governments, officials, official, administration, authorities, leaders
leadership, ministry, military, army, forces, troops, intelligence, regime, junta
diplomats, envoys, negotiators, delegation, cabinet, presidency, prosecutors
lawmakers, parliament, embassy, officers, commanders

[name-particle]
# Lowercase or short words inside names: "Bashar al-Assad", "Ursula von der Leyen".
al, el, bin, ibn, bint, binti, van, von, der, den, de, da, du, di, dos, das, del, la, le
ter, ten, abu, Al, Abu, Bin, Ould, ould

[role-modifier]
# Lowercase words that may stand inside a role phrase: "caretaker Prime Minister".
caretaker, interim, acting, former, deputy, top, special, senior, chief, political
military, intelligence, spy, opposition, foreign, defense, defence, national, security
state, army, vice, first, supreme, regional, prime, cabinet, assistant, executive, general
foreign-policy, nuclear, lead, main, relief, de facto, exiled, ousted, late, veteran

[locative-preposition]
# A seat of government after one of these is a place, not an actor: "talks in Moscow".
in, at, from, near, outside, inside, across, within, around, throughout, via, toward
towards

[travel-verb]
# "to" after one of these introduces a place: "flew to Paris".
flew, fly, flies, flying, travelled, traveled, travel, travels, traveling, travelling, went
go, goes, going, arrived, arrive, arrives, returned, return, returns, headed, heads, came
come, comes, trip, trips, visit, journey, moved, fled, back, way, road, route, welcome

[product-noun]
# Nouns that show an acronym names a thing, not an organization: "IRIS-T air defence systems".
system, systems, missile, missiles, drone, drones, tank, tanks, launcher, launchers, rocket
rockets, jet, jets, aircraft, vaccine, vaccines, test, tests, model, virus

[negation]
# Words that cancel a relation in their clause: "did not speak with", "denied arming".
not, never, no, neither, nor, without, denied, denies, deny, denying, refused, refuses
refuse, refusing, declined, declines, decline, rejected, rejects, reject, dismissed
stop, stopped, stops, halt, halted, cease, ceased, ended, end, cut, suspend, suspended
unlikely, cannot

[hypothetical]
# Words that make a relation only possible or planned: "if", "is expected to meet".
if, whether, could, might, may, should, expected, plans, plan, planned, planning
hopes, hope, hoped, wants, want, wanted, seeks, seek, sought, intends, intend
scheduled, due, asked, urged, pressed, ready, unless, considering
proposed, offered, invited, threatened, would-be

[future]
# Modal words that make a meeting lie in the future: "will meet", "would speak".
will, would, shall, 'll

[clause-opener]
# Words that start a new clause: what precedes them does not supply the subject.
that, when, while, although, though, because, after, before, since, whereas, but, as
where, once, until, unless, so, and, or, then, said, says, say, saying, told, added
noted, warned, stated, announced, insisted, stressed, argued, claimed, reported
according

# The closed classes below are grammar the reading rules name; a section added in a file of
# your own extends them like any other.

[function-word]
# Words that never start or continue a capitalized name: "The", "Of" in a headline.
the, and, of, in, on, by, with, to, for, at, from, as, after, over, amid, a, an, or, but
into, says, say, said, is, are, was, were

[determiner]
# Words that may stand between list members or between a verb and its object.
the, a, an, his, her, its, their, both

[preposition]
# A name after one of these is an object, not a subject.
of, with, to, for, in, by, from, against, on, at, about, into, over, under, between
among, toward, towards, through, during, without, alongside, behind, across, near, like
than, including, via, per, upon, beside, within, despite, versus, regarding, concerning, amid
unlike, besides

[auxiliary]
# Words right after a name that make the name a clause's subject: "Israel has struck".
has, have, had, was, were, is, are, will, would, also, said, says, did, does

[subordinator]
# Words that open a clause with an actor of its own: "concerns that ...".
that, when, because, although, though, whereas, where, whether, if, unless, since, as
once, until, according

[speech-verb]
# Verbs of saying: what follows them is a reported clause.
said, says, say, saying, added, noted, stated, insisted, stressed, argued, claimed, reported

[hold-verb]
# "held Iran responsible".
held, holds, hold, holding

[government-noun]
# Nouns before "in" or "of" that stand for a government: "officials in Paris".
government, officials, authorities, regime, leadership, administration, junta

[group-noun]
# Nouns after "the" that refer back to the organization last named: "the group".
group, militia, movement, organization, rebels, militants, faction, alliance, bloc, coalition

[group-modifier]
# Words between "the" and such a noun: "the armed group".
militant, armed, rebel, paramilitary, islamist, shiite, sunni, palestinian

[support-verb]
# Verbs between a noun of support and the party supported: "commitment to defend Japan",
# "resolve to continue supporting Ukraine".
defend, defending, protect, protecting, support, supporting, help, helping, assist, assisting
back, backing, aid, aiding, arm, arming, bolster, bolstering, strengthen, strengthening
continue, continuing, stand, standing, ensure, ensuring, secure, securing

[condemning-word]
# Words that make an act a charge against its author: "Russia's unprovoked invasion".
brutal, unprovoked, illegal, illegitimate, unjustified, unjustifiable, barbaric, barbarous
reckless, aggressive, criminal, murderous, heinous, senseless, cowardly, ruthless, savage
destabilizing, destabilising, malign, repressive, premeditated, indiscriminate, unlawful
full-scale, genocidal, terrorist

[cessation-verb]
# After "called on X to": a demand that X stop what it does is a charge against X.
stop, end, cease, halt, desist, release, refrain, renounce

[bearing-verb]
# Verbs before "responsibility", "responsible" or "to blame" that lay it on their subject:
# "bears special responsibility", "is ultimately responsible", "are entirely to blame".
bear, bears, bore, borne, bearing, accept, accepts, accepted, shoulder, shoulders, shouldered
is, are, was, were, be, been, being, remain, remains, remained
"""##),
    ]
}
