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
Abkhazia | Republic of Abkhazia | Abkhaz, Abkhazian, Abkhazians | Sukhumi
Afghanistan | Islamic Republic of Afghanistan, Islamic Emirate of Afghanistan | Afghan, Afghans | Kabul
Albania |  | Albanian, Albanians | Tirana
Algeria | People's Democratic Republic of Algeria | Algerian, Algerians | Algiers
Andorra |  | Andorran, Andorrans | Andorra la Vella
Angola | Republic of Angola | Angolan, Angolans | Luanda
Antigua and Barbuda |  | Antiguan, Antiguans |
Argentina | Argentine Republic | Argentine, Argentinian, Argentines, Argentinians | Buenos Aires, Casa Rosada
Armenia | Republic of Armenia | Armenian, Armenians | Yerevan
Australia | Commonwealth of Australia | Australian, Australians | Canberra
Austria | Republic of Austria | Austrian, Austrians | Vienna
Azerbaijan | Republic of Azerbaijan | Azerbaijani, Azerbaijanis, Azeri, Azeris | Baku
Bahamas | The Bahamas | Bahamian, Bahamians | Nassau
Bahrain | Kingdom of Bahrain | Bahraini, Bahrainis | Manama
Bangladesh | People's Republic of Bangladesh | Bangladeshi, Bangladeshis | Dhaka
Barbados |  | Barbadian, Barbadians | Bridgetown
Belarus | Republic of Belarus | Belarusian, Belarusians | Minsk
Belgium | Kingdom of Belgium | Belgian, Belgians |
Belize |  | Belizean, Belizeans | Belmopan
Benin | Republic of Benin | Beninese | Porto-Novo
Bhutan |  | Bhutanese | Thimphu
Bolivia | Plurinational State of Bolivia | Bolivian, Bolivians | La Paz
Bosnia and Herzegovina | Bosnia, BiH, Bosnia-Herzegovina | Bosnian, Bosnians | Sarajevo
Federation of Bosnia and Herzegovina | Muslim-Croat Federation, Moslem-Croat Federation, Bosniak-Croat Federation, Muslim-Croat federation, Moslem-Croat federation |  |
Republika Srpska |  | Bosnian Serb, Bosnian Serbs | Pale, Banja Luka
Botswana | Republic of Botswana | Botswanan, Botswanans, Motswana, Batswana | Gaborone
Brazil | Federative Republic of Brazil | Brazilian, Brazilians | Brasilia
Brunei | Brunei Darussalam | Bruneian, Bruneians | Bandar Seri Begawan
Bulgaria | Republic of Bulgaria | Bulgarian, Bulgarians |
Burkina Faso | Burkina | Burkinabe, Burkinabè, Burkinabé | Ouagadougou
Burundi | Republic of Burundi | Burundian, Burundians | Gitega
Cambodia | Kingdom of Cambodia | Cambodian, Cambodians | Phnom Penh
Cameroon | Republic of Cameroon | Cameroonian, Cameroonians | Yaounde
Canada |  | Canadian, Canadians | Ottawa
Cape Verde | Cabo Verde | Cape Verdean, Cape Verdeans | Praia
Central African Republic | CAR | Central African | Bangui
Chad | Republic of Chad | Chadian, Chadians | N'Djamena
Chile | Republic of Chile | Chilean, Chileans |
China | People's Republic of China, PRC | Chinese | Beijing, Zhongnanhai, Peking
Colombia | Republic of Colombia | Colombian, Colombians | Bogota
Comoros |  | Comorian, Comoran, Comorians | Moroni
Democratic Republic of Congo | Democratic Republic of the Congo, DRC, DR Congo, Congo-Kinshasa, Congo | Congolese | Kinshasa
Republic of the Congo | Congo-Brazzaville, Republic of Congo |  | Brazzaville
Costa Rica | Republic of Costa Rica | Costa Rican |
Croatia | Republic of Croatia | Croatian, Croatians, Croat, Croats | Zagreb
Cuba | Republic of Cuba | Cuban, Cubans | Havana
Cyprus | Republic of Cyprus | Cypriot, Cypriots | Nicosia
Czech Republic | Czechia | Czech, Czechs | Prague
Czechoslovakia |  | Czechoslovak, Czechoslovaks |
Denmark | Kingdom of Denmark | Danish, Danes | Copenhagen
Djibouti | Republic of Djibouti | Djiboutian, Djiboutians |
Dominica |  |  | Roseau
Dominican Republic |  | Dominican, Dominicans | Santo Domingo
East Germany | German Democratic Republic, GDR | East German, East Germans | East Berlin
East Timor | Timor-Leste | East Timorese | Dili
Ecuador | Republic of Ecuador | Ecuadorian, Ecuadorians | Quito
Egypt | Arab Republic of Egypt | Egyptian, Egyptians | Cairo
El Salvador | Republic of El Salvador | Salvadoran, Salvadorans | San Salvador
Equatorial Guinea |  | Equatoguinean, Equatorial Guinean | Malabo
Eritrea | State of Eritrea | Eritrean, Eritreans | Asmara
Estonia | Republic of Estonia | Estonian, Estonians | Tallinn
Eswatini | Swaziland | Swazi, Swazis | Mbabane
Ethiopia | Federal Democratic Republic of Ethiopia | Ethiopian, Ethiopians | Addis Ababa
Fiji | Republic of Fiji | Fijian, Fijians | Suva
Finland | Republic of Finland | Finnish, Finns | Helsinki
France | French Republic | French | Paris, Elysee, Élysée, Elysee Palace
Gabon | Gabonese Republic | Gabonese | Libreville
Gambia | The Gambia | Gambian, Gambians | Banjul
Georgia |  | Georgian, Georgians | Tbilisi
Germany | Federal Republic of Germany | German, Germans | Berlin
West Germany |  | West German, West Germans | Bonn
Ghana | Republic of Ghana | Ghanaian, Ghanaians | Accra
Greece | Hellenic Republic | Greek, Greeks | Athens
Greenland |  | Greenlandic, Greenlanders | Nuuk
Grenada |  | Grenadian |, Grenadians
Guatemala | Republic of Guatemala | Guatemalan, Guatemalans | Guatemala City
Guinea | Republic of Guinea | Guinean, Guineans | Conakry
Guinea-Bissau |  | Bissau-Guinean, Bissau-Guineans | Bissau
Guyana |  | Guyanese |
Haiti | Republic of Haiti | Haitian, Haitians | Port-au-Prince
Honduras | Republic of Honduras | Honduran, Hondurans | Tegucigalpa
Hong Kong | Hong Kong SAR, HKSAR | Hongkongers |
Hungary |  | Hungarian, Hungarians | Budapest
Iceland |  | Icelandic, Icelanders | Reykjavik
India | Republic of India | Indian, Indians | New Delhi
Indonesia | Republic of Indonesia | Indonesian, Indonesians | Jakarta
Iran | Islamic Republic of Iran, Islamic Republic | Iranian, Iranians, Persian | Tehran
Iraq | Republic of Iraq | Iraqi, Iraqis | Baghdad
Ireland |  | Irish | Dublin
Israel | State of Israel | Israeli, Israelis | Jerusalem, Tel Aviv
Italy | Italian Republic | Italian, Italians | Rome
Ivory Coast | Cote d'Ivoire, Côte d'Ivoire | Ivorian, Ivorians | Yamoussoukro
Jamaica |  | Jamaican, Jamaicans |
Japan |  | Japanese | Tokyo
Jordan | Hashemite Kingdom of Jordan | Jordanian, Jordanians | Amman
Kazakhstan | Republic of Kazakhstan | Kazakh, Kazakhs, Kazakhstani | Astana, Nur-Sultan
Kenya | Republic of Kenya | Kenyan, Kenyans | Nairobi
Kiribati |  | I-Kiribati | Tarawa
Kosovo | Republic of Kosovo | Kosovar, Kosovars | Pristina
Kuwait | State of Kuwait | Kuwaiti, Kuwaitis | Kuwait City
Kyrgyzstan | Kyrgyz Republic | Kyrgyz, Kyrgyzstani, Kyrgyzstanis | Bishkek
Laos | Lao People's Democratic Republic | Laotian, Lao, Laotians | Vientiane
Latvia | Republic of Latvia | Latvian, Latvians | Riga
Lebanon | Lebanese Republic | Lebanese | Beirut
Lesotho |  | Basotho | Maseru
Liberia | Republic of Liberia | Liberian, Liberians | Monrovia
Libya | State of Libya | Libyan, Libyans | Tripoli
Liechtenstein |  | Liechtensteiner, Liechtensteiners | Vaduz
Lithuania | Republic of Lithuania | Lithuanian, Lithuanians | Vilnius
Luxembourg |  | Luxembourgish |, Luxembourger, Luxembourgers
Macau | Macao, Macau SAR | Macanese |
Madagascar | Republic of Madagascar | Malagasy | Antananarivo
Malawi | Republic of Malawi | Malawian, Malawians | Lilongwe
Malaysia |  | Malaysian, Malaysians | Kuala Lumpur
Maldives | Republic of Maldives | Maldivian |, Maldivians
Mali | Republic of Mali | Malian, Malians | Bamako
Malta |  | Maltese | Valletta
Marshall Islands |  | Marshallese | Majuro
Mauritania | Islamic Republic of Mauritania | Mauritanian, Mauritanians | Nouakchott
Mauritius |  | Mauritian, Mauritians | Port Louis
Mexico | United Mexican States | Mexican, Mexicans | Mexico City
Micronesia |  | Micronesian, Micronesians | Palikir
Moldova | Republic of Moldova | Moldovan, Moldovans | Chisinau
Monaco |  | Monegasque |
Mongolia |  | Mongolian, Mongolians | Ulaanbaatar
Montenegro |  | Montenegrin, Montenegrins | Podgorica
Morocco | Kingdom of Morocco | Moroccan, Moroccans | Rabat
Mozambique | Republic of Mozambique | Mozambican, Mozambicans | Maputo
Myanmar | Burma, Republic of the Union of Myanmar | Burmese, Myanmarese | Naypyidaw, Naypyitaw
Namibia | Republic of Namibia | Namibian, Namibians | Windhoek
Nauru |  | Nauruan, Nauruans | Yaren
Nepal | Federal Democratic Republic of Nepal | Nepali, Nepalese | Kathmandu
Netherlands | The Netherlands, Holland, Kingdom of the Netherlands | Dutch | The Hague, Amsterdam
New Zealand |  | New Zealander, New Zealanders | Wellington
Nicaragua | Republic of Nicaragua | Nicaraguan, Nicaraguans | Managua
Niger | Republic of Niger | Nigerien, Nigeriens | Niamey
Nigeria | Federal Republic of Nigeria | Nigerian, Nigerians | Abuja
North Korea | Democratic People's Republic of Korea, DPRK, N. Korea, N.Korea | North Korean, North Koreans, N. Korean | Pyongyang
North Macedonia | Macedonia | Macedonian, Macedonians | Skopje
Northern Cyprus | Turkish Republic of Northern Cyprus, TRNC | Turkish Cypriot, Turkish Cypriots |
Norway | Kingdom of Norway | Norwegian, Norwegians | Oslo
Oman | Sultanate of Oman | Omani, Omanis | Muscat
Pakistan | Islamic Republic of Pakistan | Pakistani, Pakistanis | Islamabad
Palau |  | Palauan, Palauans | Ngerulmud
Palestine | Palestinian territories, State of Palestine | Palestinian, Palestinians | Ramallah
Panama | Republic of Panama | Panamanian, Panamanians | Panama City
Papua New Guinea | PNG | Papua New Guinean, Papua New Guineans | Port Moresby
Paraguay | Republic of Paraguay | Paraguayan, Paraguayans | Asuncion
Peru | Republic of Peru | Peruvian, Peruvians | Lima
Philippines | The Philippines, Republic of the Philippines | Filipino, Filipinos, Philippine | Manila
Poland | Republic of Poland | Polish, Poles | Warsaw
Portugal | Portuguese Republic | Portuguese | Lisbon
Puerto Rico |  | Puerto Rican, Puerto Ricans |
Qatar | State of Qatar | Qatari, Qataris | Doha
Romania |  | Romanian, Romanians | Bucharest
Russia | Russian Federation | Russian, Russians | Moscow, Kremlin
Rwanda | Republic of Rwanda | Rwandan, Rwandans | Kigali
Saint Kitts and Nevis | St Kitts and Nevis, St. Kitts and Nevis | Kittitian, Kittitians | Basseterre
Saint Lucia | St Lucia, St. Lucia | Saint Lucian, Saint Lucians | Castries
Saint Vincent and the Grenadines | St Vincent and the Grenadines, St. Vincent and the Grenadines, St Vincent, St. Vincent | Vincentian, Vincentians | Kingstown
Samoa |  | Samoan, Samoans | Apia
San Marino |  |  |
Sao Tome and Principe | São Tomé and Príncipe | Santomean, Santomeans |
Saudi Arabia | Kingdom of Saudi Arabia, KSA | Saudi, Saudis, Saudi Arabian, Saudi Arabians | Riyadh
Senegal | Republic of Senegal | Senegalese | Dakar
Serbia | Republic of Serbia | Serbian, Serbians, Serb, Serbs | Belgrade
Seychelles |  | Seychellois |
Sierra Leone | Republic of Sierra Leone | Sierra Leonean, Sierra Leoneans | Freetown
Singapore | Republic of Singapore | Singaporean, Singaporeans |
Slovakia | Slovak Republic | Slovak, Slovaks | Bratislava
Slovenia | Republic of Slovenia | Slovenian, Slovenians, Slovene, Slovenes | Ljubljana
Solomon Islands |  | Solomon Islander, Solomon Islanders | Honiara
Somalia | Federal Republic of Somalia | Somali, Somalis, Somalian, Somalians | Mogadishu
Somaliland | Republic of Somaliland |  | Hargeisa
South Africa | Republic of South Africa | South African, South Africans | Pretoria
South Korea | Republic of Korea, ROK, S. Korea, S.Korea, Korea | South Korean, South Koreans, S. Korean | Seoul
South Ossetia | Republic of South Ossetia | South Ossetian, South Ossetians | Tskhinvali
South Sudan | Republic of South Sudan | South Sudanese | Juba
Soviet Union | USSR, U.S.S.R. | Soviet, Soviets |
Spain | Kingdom of Spain | Spanish, Spaniards | Madrid
Sri Lanka | Democratic Socialist Republic of Sri Lanka | Sri Lankan, Sri Lankans | Colombo
Sudan | Republic of the Sudan, Republic of Sudan | Sudanese | Khartoum
Suriname |  | Surinamese | Paramaribo
Sweden | Kingdom of Sweden | Swedish, Swedes | Stockholm
Switzerland | Swiss Confederation | Swiss | Bern
Syria | Syrian Arab Republic | Syrian, Syrians | Damascus
Taiwan | Republic of China, ROC | Taiwanese | Taipei
Tajikistan | Republic of Tajikistan | Tajik, Tajiks, Tajikistani | Dushanbe
Tanzania | United Republic of Tanzania | Tanzanian, Tanzanians | Dodoma
Thailand | Kingdom of Thailand | Thai | Bangkok
Togo | Togolese Republic | Togolese | Lome
Tonga |  | Tongan, Tongans | Nuku'alofa, Nukualofa
Transnistria | Pridnestrovian Moldavian Republic | Transnistrian, Transnistrians | Tiraspol
Trinidad and Tobago |  | Trinidadian, Trinidadians | Port of Spain
Tunisia | Republic of Tunisia | Tunisian, Tunisians | Tunis
Turkey | Turkiye, Türkiye, Republic of Turkey, Republic of Türkiye | Turkish, Turks | Ankara
Turkmenistan |  | Turkmen, Turkmenistani, Turkmens | Ashgabat
Tuvalu |  | Tuvaluan, Tuvaluans | Funafuti
Uganda | Republic of Uganda | Ugandan, Ugandans | Kampala
Ukraine |  | Ukrainian, Ukrainians | Kyiv, Kiev
United Arab Emirates | UAE, U.A.E., Emirates | Emirati, Emiratis | Abu Dhabi
United Kingdom | UK, U.K., U.K, Britain, Great Britain, United Kingdom of Great Britain and Northern Ireland | British, Briton, Britons | London, Downing Street, Whitehall
United States | U.S., U.S, US, USA, U.S.A., United States of America, America | American, Americans | Washington, White House, Pentagon
Uruguay | Oriental Republic of Uruguay | Uruguayan, Uruguayans | Montevideo
Uzbekistan | Republic of Uzbekistan | Uzbek, Uzbeks, Uzbekistani | Tashkent
Vanuatu |  | Ni-Vanuatu | Port Vila
Vatican | Holy See, Vatican City |  |
Venezuela | Bolivarian Republic of Venezuela | Venezuelan, Venezuelans | Caracas, Miraflores
Vietnam | Viet Nam, Socialist Republic of Vietnam | Vietnamese | Hanoi
Western Sahara |  | Sahrawi |
Yemen | Republic of Yemen | Yemeni, Yemenis | Sanaa
Yugoslavia | Federal Republic of Yugoslavia, Socialist Federal Republic of Yugoslavia | Yugoslav, Yugoslavs |
Zambia | Republic of Zambia | Zambian, Zambians | Lusaka
Zimbabwe | Republic of Zimbabwe | Zimbabwean, Zimbabweans | Harare
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
# only reports it ("Reuters said", "told Reuters"), though they may be blamed, criticized,
# sanctioned or attacked ("accused RFI of lying"). The country field gives a person
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
Association of Southeast Asian Nations | ASEAN, A.S.E.A.N., Association of South-east Asian Nations, Association of South-East Asian Nations, Association of South East Asian Nations | international |
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
OSCE Minsk Group | Minsk Group | international |
Paris Club |  | international |
Visegrad Group | Visegrad Four, V4 | international |
Contadora Group |  | international |
Hamas |  | militant | Palestine
Liberation Tigers of Tamil Eelam | LTTE, Tamil Tigers, Liberation Tigers | militant | Sri Lanka
Hezbollah | Hizbollah, Hizballah | militant | Lebanon
Houthis | Houthi, Houthi rebels, Houthi movement, Huthis, Huthi, Huthi rebels, Ansar Allah, Ansarallah | militant | Yemen
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
Al Jazeera | Aljazeera, Al-Jazeera | media |
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
Contras | Contra, Contra rebels | militant |
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
# Armed movements and liberation parties of the wars news of the last decades reports.
Khmer Rouge |  | militant | Cambodia
Frelimo | FRELIMO, Front for the Liberation of Mozambique, Mozambique Liberation Front | party | Mozambique
Renamo | RENAMO, Mozambican National Resistance, Mozambique National Resistance | militant | Mozambique
UNITA | National Union for the Total Independence of Angola | militant | Angola
MPLA | Popular Movement for the Liberation of Angola | party | Angola
SWAPO | Swapo, South West Africa People's Organisation, South West Africa People's Organization | party | Namibia
African National Congress | ANC | party | South Africa
Farabundo Marti National Liberation Front | FMLN, Farabundo Martí National Liberation Front | militant | El Salvador
Guatemalan National Revolutionary Unity | URNG | militant | Guatemala
Shining Path | Sendero Luminoso | militant | Peru
Tupac Amaru Revolutionary Movement | MRTA | militant | Peru
M-19 | 19th of April Movement | militant | Colombia
United Self-Defense Forces of Colombia | AUC | militant | Colombia
Zapatista Army of National Liberation | EZLN, Zapatistas | militant | Mexico
Irish Republican Army | IRA, Provisional IRA | militant |
Revolutionary United Front | RUF | militant | Sierra Leone
Interahamwe |  | militant | Rwanda
Rwandan Patriotic Front | RPF | party | Rwanda
Moro Islamic Liberation Front | MILF | militant | Philippines
Moro National Liberation Front | MNLF | militant | Philippines
New People's Army | NPA | militant | Philippines
Kosovo Liberation Army | KLA | militant |
Northern Alliance |  | militant | Afghanistan
United Liberation Front of Asom | ULFA | militant | India
Eritrean People's Liberation Front | EPLF | militant | Eritrea
Oromo Liberation Front | OLF | militant | Ethiopia
Ogaden National Liberation Front | ONLF | militant | Ethiopia
Justice and Equality Movement |  | militant | Sudan
Sudan Liberation Army | Sudan Liberation Movement | militant | Sudan
Armed Islamic Group | GIA | militant | Algeria
Patriotic Union of Kurdistan | PUK | party | Iraq
Kurdistan Democratic Party | KDP | party | Iraq
ZANU-PF | Zanu-PF, Zimbabwe African National Union-Patriotic Front | party | Zimbabwe
Anti-balaka |  | militant | Central African Republic
People's Mojahedin Organization of Iran | MEK, MKO, Mujahedin-e Khalq, Mujahideen-e-Khalq | militant | Iran
Democratic Front for the Liberation of Palestine | DFLP | militant | Palestine

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
# Parliaments known by a name of their own, with no word of an organization in it.
Knesset |  | government | Israel
State Duma | Duma | government | Russia
Bundestag |  | government | Germany
Lok Sabha |  | government | India
Rajya Sabha |  | government | India
Verkhovna Rada | Rada | government | Ukraine
Sejm |  | government | Poland
Storting |  | government | Norway
Riksdag |  | government | Sweden
Folketing |  | government | Denmark
"""##),
        ("people.txt", ##"""
# Who's who: people in the news and the offices they held, so that a person the text names
# without a title or a country ("Obama", "John Kerry") still gets a role and a country.
#
# Format: one person a line, three fields separated by " | ":
#   canonical name | other names | offices
# Other names are spellings and longer or shorter forms, separated by ", ". A person is found
# by the full name a document gives (canonical or other; case, accents, hyphens and "al-"
# ignored). A one-word other name ("Obama") also finds the person when a document gives only
# that word, if no other entry lists the same word: list one only when it is distinctive, and
# the same word on several entries ("Kim", "Lee", "Assad") makes it ambiguous on its own.
# A lone surname (the canonical name's last word, or a one-word other name) with a title in
# the text ("Prime Minister Johnson") finds the one entry holding a matching office, if only
# one does (in the document's year, when it has one).
# Offices are separated by " ; ", each "title, country or organization, years":
#   the title as news writes it before a name ("Secretary of State", "Foreign Minister");
#   the canonical name of a country in countries.txt, of an organization in organizations.txt,
#   or nothing (an empty field) for a body that is neither;
#   years the office was held, both included: "2009-2017", "2021-" for one still held, or
#   nothing when the dates do not matter (a rebel leader).
# A document's year picks the office held that year (the one begun last, if several); a
# document without a year takes the office begun last. Only well-established facts belong
# here: a wrong entry is worse than a missing one.
#
# United States: presidents, vice presidents, secretaries of state and defense, security and
# intelligence chiefs, congressional leaders, spokespeople.
Bill Clinton | William Jefferson Clinton | President, United States, 1993-2001
George W. Bush | George Bush, George Walker Bush, Bush | Governor of Texas, United States, 1995-2000 ; President, United States, 2001-2009
Barack Obama | Barack H. Obama, Barack Hussein Obama, Obama | Senator, United States, 2005-2008 ; President, United States, 2009-2017
Donald Trump | Donald J. Trump, Donald John Trump, Trump | President, United States, 2017-2021 ; President, United States, 2025-
Joe Biden | Joseph Biden, Joseph R. Biden, Joseph R. Biden Jr., Joe Biden Jr., Joseph Robinette Biden, Biden | Senator, United States, 1973-2009 ; Vice President, United States, 2009-2017 ; President, United States, 2021-2025
Al Gore | Albert Gore, Gore | Vice President, United States, 1993-2001
Dick Cheney | Richard Cheney, Richard B. Cheney, Cheney | Secretary of Defense, United States, 1989-1993 ; Vice President, United States, 2001-2009
Mike Pence | Michael Pence, Michael R. Pence, Pence | Governor of Indiana, United States, 2013-2017 ; Vice President, United States, 2017-2021
Kamala Harris | Kamala D. Harris | Senator, United States, 2017-2021 ; Vice President, United States, 2021-2025
JD Vance | J.D. Vance, J. D. Vance, James David Vance, Vance | Senator, United States, 2023-2025 ; Vice President, United States, 2025-
Madeleine Albright | Madeleine K. Albright, Albright | Ambassador to the United Nations, United States, 1993-1997 ; Secretary of State, United States, 1997-2001
Colin Powell | Colin L. Powell, Powell | Chairman of the Joint Chiefs of Staff, United States, 1989-1993 ; Secretary of State, United States, 2001-2005
Condoleezza Rice | Condoleezza | National Security Adviser, United States, 2001-2005 ; Secretary of State, United States, 2005-2009
Hillary Clinton | Hillary Rodham Clinton, Hillary | Senator, United States, 2001-2009 ; Secretary of State, United States, 2009-2013
John Kerry | John F. Kerry, Kerry | Senator, United States, 1985-2013 ; Secretary of State, United States, 2013-2017 ; Special Presidential Envoy for Climate, United States, 2021-2024
Rex Tillerson | Rex W. Tillerson, Tillerson | Secretary of State, United States, 2017-2018
Mike Pompeo | Michael Pompeo, Michael R. Pompeo, Pompeo | CIA Director, CIA, 2017-2018 ; Secretary of State, United States, 2018-2021
Antony Blinken | Antony J. Blinken, Tony Blinken, Blinken | Deputy Secretary of State, United States, 2015-2017 ; Secretary of State, United States, 2021-2025
Marco Rubio | Rubio | Senator, United States, 2011-2025 ; Secretary of State, United States, 2025-
William Cohen | William S. Cohen | Secretary of Defense, United States, 1997-2001
Donald Rumsfeld | Donald H. Rumsfeld, Rumsfeld | Secretary of Defense, United States, 2001-2006
Robert Gates | Robert M. Gates | CIA Director, CIA, 1991-1993 ; Secretary of Defense, United States, 2006-2011
Leon Panetta | Leon E. Panetta, Panetta | CIA Director, CIA, 2009-2011 ; Secretary of Defense, United States, 2011-2013
Chuck Hagel | Charles Hagel, Hagel | Senator, United States, 1997-2009 ; Secretary of Defense, United States, 2013-2015
Ash Carter | Ashton Carter, Ashton B. Carter | Secretary of Defense, United States, 2015-2017
Jim Mattis | James Mattis, James N. Mattis, Mattis | Commander of U.S. Central Command, United States, 2010-2013 ; Secretary of Defense, United States, 2017-2018
Patrick Shanahan | Pat Shanahan, Patrick M. Shanahan, Shanahan | Deputy Secretary of Defense, United States, 2017-2019
Mark Esper | Mark T. Esper, Esper | Secretary of the Army, United States, 2017-2019 ; Secretary of Defense, United States, 2019-2020
Lloyd Austin | Lloyd J. Austin, Lloyd J. Austin III, Lloyd Austin III | Commander of U.S. Central Command, United States, 2013-2016 ; Secretary of Defense, United States, 2021-2025
Pete Hegseth | Peter Hegseth, Hegseth | Secretary of Defense, United States, 2025-
Stephen Hadley | Stephen J. Hadley, Hadley | National Security Adviser, United States, 2005-2009
Tom Donilon | Thomas Donilon, Donilon | National Security Adviser, United States, 2010-2013
Susan Rice | Susan E. Rice | Ambassador to the United Nations, United States, 2009-2013 ; National Security Adviser, United States, 2013-2017
Michael Flynn | Michael T. Flynn | National Security Adviser, United States, 2017-2017
H.R. McMaster | H. R. McMaster, Herbert Raymond McMaster, McMaster | National Security Adviser, United States, 2017-2018
John Bolton | John R. Bolton, Bolton | Ambassador to the United Nations, United States, 2005-2006 ; National Security Adviser, United States, 2018-2019
Robert O'Brien | Robert C. O'Brien | National Security Adviser, United States, 2019-2021
Jake Sullivan | Sullivan | National Security Adviser, United States, 2021-2025
Mike Waltz | Michael Waltz, Waltz | National Security Adviser, United States, 2025-2025 ; Ambassador to the United Nations, United States, 2025-
Samantha Power |  | Ambassador to the United Nations, United States, 2013-2017
Nikki Haley | Haley | Governor of South Carolina, United States, 2011-2017 ; Ambassador to the United Nations, United States, 2017-2018
Linda Thomas-Greenfield | Thomas-Greenfield | Ambassador to the United Nations, United States, 2021-2025
Zalmay Khalilzad | Khalilzad | Ambassador to Afghanistan, United States, 2003-2005 ; Ambassador to Iraq, United States, 2005-2007 ; Ambassador to the United Nations, United States, 2007-2009 ; Special Representative for Afghanistan Reconciliation, United States, 2018-2021
Richard Holbrooke | Holbrooke | Ambassador to the United Nations, United States, 1999-2001 ; Special Representative for Afghanistan and Pakistan, United States, 2009-2010
Steve Witkoff | Steven Witkoff, Witkoff | Special Envoy to the Middle East, United States, 2025-
George Tenet | Tenet | CIA Director, CIA, 1997-2004
Michael Hayden | Michael V. Hayden | CIA Director, CIA, 2006-2009
David Petraeus | David H. Petraeus, Petraeus | Commander of U.S. Central Command, United States, 2008-2010 ; CIA Director, CIA, 2011-2012
John Brennan | John O. Brennan | Homeland Security Adviser, United States, 2009-2013 ; CIA Director, CIA, 2013-2017
Gina Haspel | Haspel | CIA Director, CIA, 2018-2021
William Burns | William J. Burns, Bill Burns | Deputy Secretary of State, United States, 2011-2014 ; CIA Director, CIA, 2021-2025
John Ratcliffe | Ratcliffe | Director of National Intelligence, United States, 2020-2021 ; CIA Director, CIA, 2025-
James Clapper | James R. Clapper, Clapper | Director of National Intelligence, United States, 2010-2017
Dan Coats | Daniel Coats | Director of National Intelligence, United States, 2017-2019
Avril Haines | Haines | Director of National Intelligence, United States, 2021-2025
Tulsi Gabbard | Gabbard | Director of National Intelligence, United States, 2025-
Robert Mueller | Robert S. Mueller, Robert S. Mueller III, Mueller | FBI Director, FBI, 2001-2013 ; Special Counsel, United States, 2017-2019
James Comey | James B. Comey, Comey | FBI Director, FBI, 2013-2017
Christopher Wray | Christopher A. Wray, Wray | FBI Director, FBI, 2017-2025
Kash Patel | Kashyap Patel | FBI Director, FBI, 2025-
Mike Mullen | Michael Mullen, Michael G. Mullen | Chairman of the Joint Chiefs of Staff, United States, 2007-2011
Martin Dempsey | Martin E. Dempsey, Dempsey | Chairman of the Joint Chiefs of Staff, United States, 2011-2015
Joseph Dunford | Joseph F. Dunford, Joe Dunford, Dunford | Chairman of the Joint Chiefs of Staff, United States, 2015-2019
Mark Milley | Mark A. Milley, Milley | Chairman of the Joint Chiefs of Staff, United States, 2019-2023
Charles Q. Brown | Charles Q. Brown Jr., CQ Brown | Chairman of the Joint Chiefs of Staff, United States, 2023-2025
Nancy Pelosi | Pelosi | Speaker of the House, United States, 2007-2011 ; Speaker of the House, United States, 2019-2023
John Boehner | Boehner | Speaker of the House, United States, 2011-2015
Paul Ryan |  | Speaker of the House, United States, 2015-2019
Kevin McCarthy |  | Speaker of the House, United States, 2023-2023
Mike Johnson |  | Speaker of the House, United States, 2023-
Mitch McConnell | McConnell | Senate Majority Leader, United States, 2015-2021
Chuck Schumer | Charles Schumer, Schumer | Senate Majority Leader, United States, 2021-2025
Jay Carney |  | White House Press Secretary, United States, 2011-2014
Josh Earnest |  | White House Press Secretary, United States, 2014-2017
Sarah Sanders | Sarah Huckabee Sanders | White House Press Secretary, United States, 2017-2019
Kayleigh McEnany | McEnany | White House Press Secretary, United States, 2020-2021
Jen Psaki | Jennifer Psaki, Psaki | State Department Spokesperson, United States, 2013-2015 ; White House Press Secretary, United States, 2021-2022
Karine Jean-Pierre | Jean-Pierre | White House Press Secretary, United States, 2022-2025
Karoline Leavitt | Leavitt | White House Press Secretary, United States, 2025-
Heather Nauert | Nauert | State Department Spokesperson, United States, 2017-2019
Ned Price |  | State Department Spokesperson, United States, 2021-2023
Matthew Miller |  | State Department Spokesperson, United States, 2023-2025
John Kirby | John F. Kirby | Pentagon Press Secretary, United States, 2013-2015 ; State Department Spokesperson, United States, 2015-2017 ; Pentagon Press Secretary, United States, 2021-2022 ; National Security Council Spokesman, United States, 2022-2025
#
# United Kingdom.
Elizabeth II | Queen Elizabeth II | Queen, United Kingdom, 1952-2022
Charles III | King Charles III, Prince Charles | Prince of Wales, United Kingdom, 1958-2022 ; King, United Kingdom, 2022-
Tony Blair | Anthony Blair, Blair | Prime Minister, United Kingdom, 1997-2007
Gordon Brown |  | Chancellor of the Exchequer, United Kingdom, 1997-2007 ; Prime Minister, United Kingdom, 2007-2010
David Cameron | Cameron | Prime Minister, United Kingdom, 2010-2016 ; Foreign Secretary, United Kingdom, 2023-2024
Theresa May |  | Home Secretary, United Kingdom, 2010-2016 ; Prime Minister, United Kingdom, 2016-2019
Boris Johnson |  | Mayor of London, United Kingdom, 2008-2016 ; Foreign Secretary, United Kingdom, 2016-2018 ; Prime Minister, United Kingdom, 2019-2022
Liz Truss | Elizabeth Truss, Truss | Foreign Secretary, United Kingdom, 2021-2022 ; Prime Minister, United Kingdom, 2022-2022
Rishi Sunak | Sunak | Chancellor of the Exchequer, United Kingdom, 2020-2022 ; Prime Minister, United Kingdom, 2022-2024
Keir Starmer | Sir Keir Starmer, Starmer | Prime Minister, United Kingdom, 2024-
Robin Cook |  | Foreign Secretary, United Kingdom, 1997-2001
Jack Straw |  | Foreign Secretary, United Kingdom, 2001-2006
Margaret Beckett | Beckett | Foreign Secretary, United Kingdom, 2006-2007
David Miliband |  | Foreign Secretary, United Kingdom, 2007-2010
William Hague | Hague | Foreign Secretary, United Kingdom, 2010-2014
Philip Hammond |  | Defence Secretary, United Kingdom, 2011-2014 ; Foreign Secretary, United Kingdom, 2014-2016 ; Chancellor of the Exchequer, United Kingdom, 2016-2019
Jeremy Hunt |  | Foreign Secretary, United Kingdom, 2018-2019 ; Chancellor of the Exchequer, United Kingdom, 2022-2024
Dominic Raab | Raab | Foreign Secretary, United Kingdom, 2019-2021
James Cleverly | Cleverly | Foreign Secretary, United Kingdom, 2022-2023 ; Home Secretary, United Kingdom, 2023-2024
David Lammy | Lammy | Foreign Secretary, United Kingdom, 2024-2025
Yvette Cooper |  | Home Secretary, United Kingdom, 2024-2025 ; Foreign Secretary, United Kingdom, 2025-
Michael Fallon |  | Defence Secretary, United Kingdom, 2014-2017
Gavin Williamson |  | Defence Secretary, United Kingdom, 2017-2019
Ben Wallace |  | Defence Secretary, United Kingdom, 2019-2023
Grant Shapps | Shapps | Defence Secretary, United Kingdom, 2023-2024
John Healey |  | Defence Secretary, United Kingdom, 2024-
#
# France, Germany, Italy, Spain and the rest of Europe.
Jacques Chirac | Chirac | Prime Minister, France, 1974-1976 ; Prime Minister, France, 1986-1988 ; President, France, 1995-2007
Nicolas Sarkozy | Sarkozy | President, France, 2007-2012
Francois Hollande | François Hollande, Hollande | President, France, 2012-2017
Emmanuel Macron | Macron | President, France, 2017-
Dominique de Villepin | de Villepin, Villepin | Foreign Minister, France, 2002-2004 ; Prime Minister, France, 2005-2007
Francois Fillon | François Fillon, Fillon | Prime Minister, France, 2007-2012
Manuel Valls | Valls | Prime Minister, France, 2014-2016
Edouard Philippe | Édouard Philippe | Prime Minister, France, 2017-2020
Jean Castex | Castex | Prime Minister, France, 2020-2022
Elisabeth Borne | Élisabeth Borne, Borne | Prime Minister, France, 2022-2024
Gabriel Attal | Attal | Prime Minister, France, 2024-2024
Michel Barnier | Barnier | Chief Brexit Negotiator, European Union, 2016-2021 ; Prime Minister, France, 2024-2024
Francois Bayrou | François Bayrou, Bayrou | Prime Minister, France, 2024-2025
Sebastien Lecornu | Sébastien Lecornu, Lecornu | Defense Minister, France, 2022-2025 ; Prime Minister, France, 2025-
Bernard Kouchner | Kouchner | Foreign Minister, France, 2007-2010
Alain Juppe | Alain Juppé, Juppe | Prime Minister, France, 1995-1997 ; Foreign Minister, France, 2011-2012
Laurent Fabius | Fabius | Prime Minister, France, 1984-1986 ; Foreign Minister, France, 2012-2016
Jean-Marc Ayrault | Ayrault | Prime Minister, France, 2012-2014 ; Foreign Minister, France, 2016-2017
Jean-Yves Le Drian | Le Drian | Defense Minister, France, 2012-2017 ; Foreign Minister, France, 2017-2022
Catherine Colonna | Colonna | Foreign Minister, France, 2022-2024
Stephane Sejourne | Stéphane Séjourné, Sejourne | Foreign Minister, France, 2024-2024
Jean-Noel Barrot | Jean-Noël Barrot | Foreign Minister, France, 2024-
Gerhard Schroeder | Gerhard Schröder, Schroeder | Chancellor, Germany, 1998-2005
Angela Merkel | Merkel | Chancellor, Germany, 2005-2021
Olaf Scholz | Scholz | Finance Minister, Germany, 2018-2021 ; Chancellor, Germany, 2021-2025
Friedrich Merz | Merz | Chancellor, Germany, 2025-
Frank-Walter Steinmeier | Steinmeier | Foreign Minister, Germany, 2005-2009 ; Foreign Minister, Germany, 2013-2017 ; President, Germany, 2017-
Joschka Fischer |  | Foreign Minister, Germany, 1998-2005
Guido Westerwelle | Westerwelle | Foreign Minister, Germany, 2009-2013
Sigmar Gabriel |  | Foreign Minister, Germany, 2017-2018
Heiko Maas |  | Foreign Minister, Germany, 2018-2021
Annalena Baerbock | Baerbock | Foreign Minister, Germany, 2021-2025
Johann Wadephul | Wadephul | Foreign Minister, Germany, 2025-
Boris Pistorius | Pistorius | Defense Minister, Germany, 2023-
Silvio Berlusconi | Berlusconi | Prime Minister, Italy, 2001-2006 ; Prime Minister, Italy, 2008-2011
Romano Prodi | Prodi | President, European Commission, 1999-2004 ; Prime Minister, Italy, 2006-2008
Mario Monti | Monti | Prime Minister, Italy, 2011-2013
Enrico Letta |  | Prime Minister, Italy, 2013-2014
Matteo Renzi | Renzi | Prime Minister, Italy, 2014-2016
Paolo Gentiloni | Gentiloni | Foreign Minister, Italy, 2014-2016 ; Prime Minister, Italy, 2016-2018
Giuseppe Conte |  | Prime Minister, Italy, 2018-2021
Mario Draghi | Draghi | President of the European Central Bank, , 2011-2019 ; Prime Minister, Italy, 2021-2022
Giorgia Meloni | Meloni | Prime Minister, Italy, 2022-
Sergio Mattarella | Mattarella | President, Italy, 2015-
Giorgio Napolitano | Napolitano | President, Italy, 2006-2015
Jose Maria Aznar | José María Aznar, Aznar | Prime Minister, Spain, 1996-2004
Jose Luis Rodriguez Zapatero | José Luis Rodríguez Zapatero, Zapatero | Prime Minister, Spain, 2004-2011
Mariano Rajoy | Rajoy | Prime Minister, Spain, 2011-2018
Pedro Sanchez | Pedro Sánchez | Prime Minister, Spain, 2018-
Felipe VI | King Felipe VI | King, Spain, 2014-
Viktor Orban | Viktor Orbán, Orban | Prime Minister, Hungary, 1998-2002 ; Prime Minister, Hungary, 2010-
Peter Szijjarto | Péter Szijjártó, Szijjarto | Foreign Minister, Hungary, 2014-
Andrzej Duda | Duda | President, Poland, 2015-2025
Karol Nawrocki | Nawrocki | President, Poland, 2025-
Lech Kaczynski | Lech Kaczyński | President, Poland, 2005-2010
Jaroslaw Kaczynski | Jarosław Kaczyński | Prime Minister, Poland, 2006-2007
Donald Tusk | Tusk | Prime Minister, Poland, 2007-2014 ; President, European Council, 2014-2019 ; Prime Minister, Poland, 2023-
Mateusz Morawiecki | Morawiecki | Prime Minister, Poland, 2017-2023
Radoslaw Sikorski | Radosław Sikorski, Sikorski | Foreign Minister, Poland, 2007-2014 ; Foreign Minister, Poland, 2023-
Mark Rutte | Rutte | Prime Minister, Netherlands, 2010-2024 ; Secretary General, NATO, 2024-
Ulf Kristersson | Kristersson | Prime Minister, Sweden, 2022-
Stefan Lofven | Stefan Löfven, Lofven | Prime Minister, Sweden, 2014-2021
Sauli Niinisto | Sauli Niinistö, Niinisto | President, Finland, 2012-2024
Alexander Stubb | Stubb | Prime Minister, Finland, 2014-2015 ; President, Finland, 2024-
Sanna Marin |  | Prime Minister, Finland, 2019-2023
Jonas Gahr Store | Jonas Gahr Støre | Foreign Minister, Norway, 2005-2012 ; Prime Minister, Norway, 2021-
Mette Frederiksen | Frederiksen | Prime Minister, Denmark, 2019-
Lars Lokke Rasmussen | Lars Løkke Rasmussen | Prime Minister, Denmark, 2009-2011 ; Prime Minister, Denmark, 2015-2019 ; Foreign Minister, Denmark, 2022-
Alexis Tsipras | Tsipras | Prime Minister, Greece, 2015-2019
Kyriakos Mitsotakis | Mitsotakis | Prime Minister, Greece, 2019-
Aleksandar Vucic | Aleksandar Vučić, Vucic | Prime Minister, Serbia, 2014-2017 ; President, Serbia, 2017-
Slobodan Milosevic | Slobodan Milošević, Milosevic | President, Serbia, 1989-1997 ; President, Yugoslavia, 1997-2000
Hashim Thaci | Hashim Thaçi, Thaci | Prime Minister, Kosovo, 2008-2014 ; President, Kosovo, 2016-2020
Albin Kurti | Kurti | Prime Minister, Kosovo, 2021-
Maia Sandu | Sandu | President, Moldova, 2020-
Antonio Costa | António Costa | Prime Minister, Portugal, 2015-2024 ; President, European Council, 2024-
Ramiz Alia |  | Chairman of the Presidium, Albania, 1982-1991 ; President, Albania, 1991-1992
Sali Berisha | Berisha | President, Albania, 1992-1997 ; Prime Minister, Albania, 2005-2013
Rexhep Meidani | Meidani | President, Albania, 1997-2002
Alfred Moisiu | Moisiu | President, Albania, 2002-2007
Bamir Topi |  | President, Albania, 2007-2012
Bujar Nishani | Nishani | President, Albania, 2012-2017
Ilir Meta |  | Prime Minister, Albania, 1999-2002 ; Foreign Minister, Albania, 2002-2003 ; Foreign Minister, Albania, 2009-2010 ; President, Albania, 2017-2022
Bajram Begaj | Begaj | President, Albania, 2022-
Fatos Nano |  | Prime Minister, Albania, 1991-1991 ; Prime Minister, Albania, 1997-1998 ; Prime Minister, Albania, 2002-2005
Ylli Bufi |  | Prime Minister, Albania, 1991-1991
Vilson Ahmeti |  | Prime Minister, Albania, 1991-1992
Aleksander Meksi | Aleksandër Meksi, Meksi | Prime Minister, Albania, 1992-1997
Bashkim Fino |  | Prime Minister, Albania, 1997-1997
Pandeli Majko | Majko | Prime Minister, Albania, 1998-1999 ; Prime Minister, Albania, 2002-2002
Edi Rama | Edvin Rama | Mayor of Tirana, Albania, 2000-2011 ; Prime Minister, Albania, 2013-
Ditmir Bushati | Bushati | Foreign Minister, Albania, 2013-2019
Gent Cakaj | Cakaj | Foreign Minister, Albania, 2019-2020
Olta Xhacka | Olta Xhaçka, Xhacka | Defense Minister, Albania, 2017-2020 ; Foreign Minister, Albania, 2020-2023
Igli Hasani |  | Foreign Minister, Albania, 2023-2025
Elisa Spiropali | Spiropali | Foreign Minister, Albania, 2025-2026
Ferit Hoxha |  | Foreign Minister, Albania, 2026-
Oscar Ribas Reig | Òscar Ribas Reig, Oscar Ribas | Prime Minister, Andorra, 1982-1984 ; Prime Minister, Andorra, 1990-1994
Marc Forne Molne | Marc Forné Molné, Marc Forne, Marc Forné | Prime Minister, Andorra, 1994-2005
Albert Pintat | Albert Pintat Santolària | Prime Minister, Andorra, 2005-2009
Jaume Bartumeu | Jaume Bartumeu Cassany | Prime Minister, Andorra, 2009-2011
Antoni Marti | Antoni Martí, Antoni Marti Petit, Antoni Martí Petit | Prime Minister, Andorra, 2011-2019
Xavier Espot Zamora | Xavier Espot | Prime Minister, Andorra, 2019-
Kurt Waldheim | Waldheim | Secretary-General, United Nations, 1972-1981 ; President, Austria, 1986-1992
Thomas Klestil | Klestil | President, Austria, 1992-2004
Heinz Fischer |  | President, Austria, 2004-2016
Alexander Van der Bellen | Van der Bellen | President, Austria, 2017-
Franz Vranitzky | Vranitzky | Chancellor, Austria, 1986-1997
Viktor Klima |  | Chancellor, Austria, 1997-2000
Wolfgang Schuessel | Wolfgang Schüssel, Schuessel, Schüssel | Foreign Minister, Austria, 1995-2000 ; Chancellor, Austria, 2000-2007
Alfred Gusenbauer | Gusenbauer | Chancellor, Austria, 2007-2008
Werner Faymann | Faymann | Chancellor, Austria, 2008-2016
Christian Kern |  | Chancellor, Austria, 2016-2017
Sebastian Kurz | Kurz | Foreign Minister, Austria, 2013-2017 ; Chancellor, Austria, 2017-2019 ; Chancellor, Austria, 2020-2021
Brigitte Bierlein | Bierlein | Chancellor, Austria, 2019-2020
Alexander Schallenberg | Schallenberg | Foreign Minister, Austria, 2019-2021 ; Chancellor, Austria, 2021-2021 ; Foreign Minister, Austria, 2021-2025 ; Chancellor, Austria, 2025-2025
Karl Nehammer | Nehammer | Interior Minister, Austria, 2020-2021 ; Chancellor, Austria, 2021-2025
Christian Stocker |  | Chancellor, Austria, 2025-
Michael Spindelegger | Spindelegger | Foreign Minister, Austria, 2008-2013
Karin Kneissl | Kneissl | Foreign Minister, Austria, 2017-2019
Michael Linhart |  | Foreign Minister, Austria, 2021-2021
Beate Meinl-Reisinger | Meinl-Reisinger | Foreign Minister, Austria, 2025-
Alija Izetbegovic | Alija Izetbegović | President, Bosnia and Herzegovina, 1990-1996 ; Member of the Presidency, Bosnia and Herzegovina, 1996-2000
Radovan Karadzic | Radovan Karadžić, Karadzic | President of Republika Srpska, Bosnia and Herzegovina, 1992-1996
Biljana Plavsic | Biljana Plavšić, Plavsic | President of Republika Srpska, Bosnia and Herzegovina, 1996-1998
Haris Silajdzic | Haris Silajdžić, Silajdzic | Prime Minister, Bosnia and Herzegovina, 1993-1996 ; Member of the Presidency, Bosnia and Herzegovina, 2006-2010
Momcilo Krajisnik | Momčilo Krajišnik, Krajisnik | Member of the Presidency, Bosnia and Herzegovina, 1996-1998
Kresimir Zubak | Krešimir Zubak | Member of the Presidency, Bosnia and Herzegovina, 1996-1998
Zivko Radisic | Živko Radišić | Member of the Presidency, Bosnia and Herzegovina, 1998-2002
Ante Jelavic | Ante Jelavić | Member of the Presidency, Bosnia and Herzegovina, 1998-2001
Beriz Belkic | Beriz Belkić | Member of the Presidency, Bosnia and Herzegovina, 2001-2002
Jozo Krizanovic | Jozo Križanović | Member of the Presidency, Bosnia and Herzegovina, 2001-2002
Sulejman Tihic | Sulejman Tihić, Tihic | Member of the Presidency, Bosnia and Herzegovina, 2002-2006
Dragan Covic | Dragan Čović | Member of the Presidency, Bosnia and Herzegovina, 2002-2005 ; Member of the Presidency, Bosnia and Herzegovina, 2014-2018
Mirko Sarovic | Mirko Šarović | Member of the Presidency, Bosnia and Herzegovina, 2002-2003
Borislav Paravac |  | Member of the Presidency, Bosnia and Herzegovina, 2003-2006
Ivo Miro Jovic | Ivo Miro Jović | Member of the Presidency, Bosnia and Herzegovina, 2005-2006
Zeljko Komsic | Željko Komšić, Komsic | Member of the Presidency, Bosnia and Herzegovina, 2006-2014 ; Member of the Presidency, Bosnia and Herzegovina, 2018-
Nebojsa Radmanovic | Nebojša Radmanović, Radmanovic | Member of the Presidency, Bosnia and Herzegovina, 2006-2014
Bakir Izetbegovic | Bakir Izetbegović | Member of the Presidency, Bosnia and Herzegovina, 2010-2018
Mladen Ivanic | Mladen Ivanić | Member of the Presidency, Bosnia and Herzegovina, 2014-2018
Milorad Dodik | Dodik | Prime Minister of Republika Srpska, Bosnia and Herzegovina, 1998-2001 ; Prime Minister of Republika Srpska, Bosnia and Herzegovina, 2006-2010 ; President of Republika Srpska, Bosnia and Herzegovina, 2010-2018 ; Member of the Presidency, Bosnia and Herzegovina, 2018-2022 ; President of Republika Srpska, Bosnia and Herzegovina, 2022-2025
Sefik Dzaferovic | Šefik Džaferović, Dzaferovic | Member of the Presidency, Bosnia and Herzegovina, 2018-2022
Denis Becirovic | Denis Bećirović, Becirovic | Member of the Presidency, Bosnia and Herzegovina, 2022-
Zeljka Cvijanovic | Željka Cvijanović, Cvijanovic | Prime Minister of Republika Srpska, Bosnia and Herzegovina, 2013-2018 ; President of Republika Srpska, Bosnia and Herzegovina, 2018-2022 ; Member of the Presidency, Bosnia and Herzegovina, 2022-
Zlatko Lagumdzija | Zlatko Lagumdžija, Lagumdzija | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2001-2002 ; Foreign Minister, Bosnia and Herzegovina, 2001-2003 ; Foreign Minister, Bosnia and Herzegovina, 2012-2015
Adnan Terzic | Adnan Terzić | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2002-2007
Nikola Spiric | Nikola Špirić, Spiric | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2007-2012
Vjekoslav Bevanda | Bevanda | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2012-2015
Denis Zvizdic | Denis Zvizdić, Zvizdic | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2015-2019
Zoran Tegeltija | Tegeltija | Chairman of the Council of Ministers, Bosnia and Herzegovina, 2019-2023
Borjana Kristo | Borjana Krišto | Chairwoman of the Council of Ministers, Bosnia and Herzegovina, 2023-
Zhelyu Zhelev | Zhelev | President, Bulgaria, 1990-1997
Petar Stoyanov | Petar Stoianov | President, Bulgaria, 1997-2002
Georgi Parvanov | Georgi Purvanov, Parvanov, Purvanov | President, Bulgaria, 2002-2012
Rosen Plevneliev | Rossen Plevneliev, Plevneliev | President, Bulgaria, 2012-2017
Rumen Radev | Roumen Radev, Radev | President, Bulgaria, 2017-2026 ; Prime Minister, Bulgaria, 2026-
Iliana Iotova | Iliana Yotova, Iotova, Yotova | Vice President, Bulgaria, 2017-2026 ; President, Bulgaria, 2026-
Andrey Lukanov | Andrei Lukanov, Lukanov | Prime Minister, Bulgaria, 1990-1990
Dimitar Popov |  | Prime Minister, Bulgaria, 1990-1991
Filip Dimitrov |  | Prime Minister, Bulgaria, 1991-1992
Lyuben Berov | Berov | Prime Minister, Bulgaria, 1992-1994
Reneta Indzhova | Indzhova | Prime Minister, Bulgaria, 1994-1995
Zhan Videnov | Jean Videnov, Videnov | Prime Minister, Bulgaria, 1995-1997
Stefan Sofiyanski | Sofiyanski | Prime Minister, Bulgaria, 1997-1997
Ivan Kostov |  | Prime Minister, Bulgaria, 1997-2001
Simeon Saxe-Coburg-Gotha | Simeon II, Simeon Sakskoburggotski, Tsar Simeon | Prime Minister, Bulgaria, 2001-2005
Sergei Stanishev | Sergey Stanishev, Stanishev | Prime Minister, Bulgaria, 2005-2009
Boyko Borisov | Boyko Borissov, Boiko Borisov, Boiko Borissov, Borissov | Prime Minister, Bulgaria, 2009-2013 ; Prime Minister, Bulgaria, 2014-2017 ; Prime Minister, Bulgaria, 2017-2021
Marin Raykov | Marin Raikov | Prime Minister, Bulgaria, 2013-2013
Plamen Oresharski | Oresharski | Prime Minister, Bulgaria, 2013-2014
Georgi Bliznashki | Bliznashki | Prime Minister, Bulgaria, 2014-2014
Ognyan Gerdzhikov | Ognian Gerdjikov, Ognyan Gerdjikov | Prime Minister, Bulgaria, 2017-2017
Stefan Yanev | Stefan Ianev | Prime Minister, Bulgaria, 2021-2021
Kiril Petkov |  | Prime Minister, Bulgaria, 2021-2022
Galab Donev | Gulub Donev | Prime Minister, Bulgaria, 2022-2023
Nikolai Denkov | Nikolay Denkov, Denkov | Prime Minister, Bulgaria, 2023-2024
Dimitar Glavchev | Glavchev | Prime Minister, Bulgaria, 2024-2025
Rosen Zhelyazkov | Rosen Zheliazkov, Rossen Zhelyazkov, Rossen Jeliazkov, Zhelyazkov | Prime Minister, Bulgaria, 2025-2026
Andrey Gyurov | Andrey Gurov, Andrei Gyurov | Prime Minister, Bulgaria, 2026-2026
Nickolay Mladenov | Nikolay Mladenov, Nikolai Mladenov, Mladenov | Defense Minister, Bulgaria, 2009-2010 ; Foreign Minister, Bulgaria, 2010-2013 ; Special Coordinator for the Middle East Peace Process, United Nations, 2015-2020
Kristian Vigenin | Vigenin | Foreign Minister, Bulgaria, 2013-2014
Daniel Mitov |  | Foreign Minister, Bulgaria, 2014-2017
Radi Naidenov | Radi Naydenov | Foreign Minister, Bulgaria, 2017-2017
Ekaterina Zaharieva | Ekaterina Zakharieva, Zaharieva | Foreign Minister, Bulgaria, 2017-2021 ; European Commissioner, European Commission, 2024-
Svetlan Stoev |  | Foreign Minister, Bulgaria, 2021-2021
Teodora Genchovska | Genchovska | Foreign Minister, Bulgaria, 2021-2022
Nikolay Milkov |  | Foreign Minister, Bulgaria, 2022-2023
Mariya Gabriel | Maria Gabriel | European Commissioner, European Commission, 2017-2023 ; Foreign Minister, Bulgaria, 2023-2024
Ivan Kondov |  | Foreign Minister, Bulgaria, 2024-2025
Georg Georgiev |  | Foreign Minister, Bulgaria, 2025-2026
Franjo Tudjman | Franjo Tuđman, Tudjman | President, Croatia, 1990-1999
Stjepan Mesic | Stjepan Mesić, Mesic | Prime Minister, Croatia, 1990-1990 ; President, Croatia, 2000-2010
Ivo Josipovic | Ivo Josipović, Josipovic | President, Croatia, 2010-2015
Kolinda Grabar-Kitarovic | Kolinda Grabar-Kitarović, Grabar-Kitarovic | Foreign Minister, Croatia, 2005-2008 ; President, Croatia, 2015-2020
Zoran Milanovic | Zoran Milanović, Milanovic | Prime Minister, Croatia, 2011-2016 ; President, Croatia, 2020-
Josip Manolic | Josip Manolić | Prime Minister, Croatia, 1990-1991
Franjo Greguric | Franjo Gregurić | Prime Minister, Croatia, 1991-1992
Hrvoje Sarinic | Hrvoje Šarinić | Prime Minister, Croatia, 1992-1993
Nikica Valentic | Nikica Valentić | Prime Minister, Croatia, 1993-1995
Zlatko Matesa | Zlatko Mateša | Prime Minister, Croatia, 1995-2000
Ivica Racan | Ivica Račan, Racan | Prime Minister, Croatia, 2000-2003
Ivo Sanader | Sanader | Prime Minister, Croatia, 2003-2009
Jadranka Kosor | Kosor | Prime Minister, Croatia, 2009-2011
Tihomir Oreskovic | Tihomir Orešković | Prime Minister, Croatia, 2016-2016
Andrej Plenkovic | Andrej Plenković, Plenkovic | Prime Minister, Croatia, 2016-
Gordan Jandrokovic | Gordan Jandroković | Foreign Minister, Croatia, 2008-2011
Vesna Pusic | Vesna Pusić | Foreign Minister, Croatia, 2011-2016
Miro Kovac | Miro Kovač | Foreign Minister, Croatia, 2016-2016
Davor Ivo Stier |  | Foreign Minister, Croatia, 2016-2017
Marija Pejcinovic Buric | Marija Pejčinović Burić | Foreign Minister, Croatia, 2017-2019 ; Secretary General, Council of Europe, 2019-2024
Gordan Grlic Radman | Gordan Grlić Radman, Grlic Radman, Grlić Radman | Foreign Minister, Croatia, 2019-
George Vassiliou | George Vasiliou, Georgios Vassiliou | President, Cyprus, 1988-1993
Glafcos Clerides | Glafkos Klerides, Glafkos Clerides, Clerides | President, Cyprus, 1993-2003
Tassos Papadopoulos |  | President, Cyprus, 2003-2008
Demetris Christofias | Dimitris Christofias, Christofias | President, Cyprus, 2008-2013
Nicos Anastasiades | Nikos Anastasiades, Nikos Anastasiadis, Anastasiades | President, Cyprus, 2013-2023
Nikos Christodoulides | Nicos Christodoulides, Christodoulides | Foreign Minister, Cyprus, 2018-2022 ; President, Cyprus, 2023-
Markos Kyprianou |  | European Commissioner, European Commission, 2004-2008 ; Foreign Minister, Cyprus, 2008-2011
Erato Kozakou-Marcoullis |  | Foreign Minister, Cyprus, 2011-2013
Ioannis Kasoulides | Kasoulides | Foreign Minister, Cyprus, 1997-2003 ; Foreign Minister, Cyprus, 2013-2018 ; Foreign Minister, Cyprus, 2022-2023
Constantinos Kombos | Konstantinos Kombos, Kombos | Foreign Minister, Cyprus, 2023-
Vaclav Havel | Václav Havel, Havel | President, Czechoslovakia, 1989-1992 ; President, Czech Republic, 1993-2003
Vaclav Klaus | Václav Klaus | Prime Minister, Czech Republic, 1992-1997 ; President, Czech Republic, 2003-2013
Milos Zeman | Miloš Zeman, Zeman | Prime Minister, Czech Republic, 1998-2002 ; President, Czech Republic, 2013-2023
Petr Pavel |  | Chairman of the NATO Military Committee, NATO, 2015-2018 ; President, Czech Republic, 2023-
Petr Pithart |  | Prime Minister, Czech Republic, 1990-1992
Josef Tosovsky | Josef Tošovský | Prime Minister, Czech Republic, 1998-1998
Vladimir Spidla | Vladimír Špidla, Spidla | Prime Minister, Czech Republic, 2002-2004
Stanislav Gross |  | Prime Minister, Czech Republic, 2004-2005
Jiri Paroubek | Jiří Paroubek, Paroubek | Prime Minister, Czech Republic, 2005-2006
Mirek Topolanek | Mirek Topolánek, Topolanek | Prime Minister, Czech Republic, 2006-2009
Jan Fischer |  | Prime Minister, Czech Republic, 2009-2010
Petr Necas | Petr Nečas, Necas | Prime Minister, Czech Republic, 2010-2013
Jiri Rusnok | Jiří Rusnok | Prime Minister, Czech Republic, 2013-2014
Bohuslav Sobotka |  | Prime Minister, Czech Republic, 2014-2017
Andrej Babis | Andrej Babiš, Babis | Prime Minister, Czech Republic, 2017-2021 ; Prime Minister, Czech Republic, 2025-
Petr Fiala | Fiala | Prime Minister, Czech Republic, 2021-2025
Jan Kohout |  | Foreign Minister, Czech Republic, 2009-2010 ; Foreign Minister, Czech Republic, 2013-2014
Karel Schwarzenberg | Schwarzenberg | Foreign Minister, Czech Republic, 2007-2009 ; Foreign Minister, Czech Republic, 2010-2013
Lubomir Zaoralek | Lubomír Zaorálek, Zaoralek | Foreign Minister, Czech Republic, 2014-2017
Martin Stropnicky | Martin Stropnický | Defense Minister, Czech Republic, 2014-2017 ; Foreign Minister, Czech Republic, 2017-2018
Tomas Petricek | Tomáš Petříček, Petricek | Foreign Minister, Czech Republic, 2018-2021
Jakub Kulhanek | Jakub Kulhánek | Foreign Minister, Czech Republic, 2021-2021
Jan Lipavsky | Jan Lipavský, Lipavsky | Foreign Minister, Czech Republic, 2021-2025
Petr Macinka | Macinka | Foreign Minister, Czech Republic, 2025-
Vigdis Finnbogadottir | Vigdís Finnbogadóttir | President, Iceland, 1980-1996
Olafur Ragnar Grimsson | Ólafur Ragnar Grímsson | President, Iceland, 1996-2016
Gudni Johannesson | Guðni Th. Jóhannesson, Gudni Th. Johannesson, Gudni Thorlacius Johannesson, Guðni Jóhannesson | President, Iceland, 2016-2024
Halla Tomasdottir | Halla Tómasdóttir | President, Iceland, 2024-
Steingrimur Hermannsson | Steingrímur Hermannsson | Prime Minister, Iceland, 1988-1991
David Oddsson | Davíð Oddsson | Prime Minister, Iceland, 1991-2004
Halldor Asgrimsson | Halldór Ásgrímsson | Prime Minister, Iceland, 2004-2006
Geir Haarde | Geir H. Haarde, Haarde | Prime Minister, Iceland, 2006-2009
Johanna Sigurdardottir | Jóhanna Sigurðardóttir | Prime Minister, Iceland, 2009-2013
Sigmundur David Gunnlaugsson | Sigmundur Davíð Gunnlaugsson | Prime Minister, Iceland, 2013-2016
Sigurdur Ingi Johannsson | Sigurður Ingi Jóhannsson | Prime Minister, Iceland, 2016-2017
Bjarni Benediktsson |  | Prime Minister, Iceland, 2017-2017 ; Prime Minister, Iceland, 2024-2024
Katrin Jakobsdottir | Katrín Jakobsdóttir | Prime Minister, Iceland, 2017-2024
Kristrun Frostadottir | Kristrún Frostadóttir | Prime Minister, Iceland, 2024-
Patrick Hillery |  | President, Ireland, 1976-1990
Mary Robinson |  | President, Ireland, 1990-1997 ; High Commissioner for Human Rights, United Nations, 1997-2002
Mary McAleese | McAleese | President, Ireland, 1997-2011
Michael D. Higgins |  | President, Ireland, 2011-2025
Catherine Connolly |  | President, Ireland, 2025-
Charles Haughey | Charlie Haughey, Haughey | Taoiseach, Ireland, 1979-1981 ; Taoiseach, Ireland, 1982-1982 ; Taoiseach, Ireland, 1987-1992
Albert Reynolds |  | Taoiseach, Ireland, 1992-1994
John Bruton |  | Taoiseach, Ireland, 1994-1997
Bertie Ahern |  | Taoiseach, Ireland, 1997-2008
Brian Cowen |  | Foreign Minister, Ireland, 2000-2004 ; Finance Minister, Ireland, 2004-2008 ; Taoiseach, Ireland, 2008-2011
Enda Kenny |  | Taoiseach, Ireland, 2011-2017
Leo Varadkar | Varadkar | Taoiseach, Ireland, 2017-2020 ; Taoiseach, Ireland, 2022-2024
Micheal Martin | Micheál Martin | Foreign Minister, Ireland, 2008-2011 ; Taoiseach, Ireland, 2020-2022 ; Foreign Minister, Ireland, 2022-2025 ; Taoiseach, Ireland, 2025-
Simon Harris |  | Taoiseach, Ireland, 2024-2025 ; Foreign Minister, Ireland, 2025-2025 ; Finance Minister, Ireland, 2025-
Eamon Gilmore |  | Foreign Minister, Ireland, 2011-2014
Charles Flanagan |  | Foreign Minister, Ireland, 2014-2017
Simon Coveney | Coveney | Foreign Minister, Ireland, 2017-2022
Helen McEntee | McEntee | Foreign Minister, Ireland, 2025-
Anatolijs Gorbunovs | Gorbunovs | Chairman of the Supreme Council, Latvia, 1990-1993
Guntis Ulmanis |  | President, Latvia, 1993-1999
Vaira Vike-Freiberga | Vaira Vīķe-Freiberga, Vike-Freiberga | President, Latvia, 1999-2007
Valdis Zatlers | Zatlers | President, Latvia, 2007-2011
Andris Berzins | Andris Bērziņš | President, Latvia, 2011-2015
Raimonds Vejonis | Raimonds Vējonis, Vejonis | President, Latvia, 2015-2019
Egils Levits | Levits | President, Latvia, 2019-2023
Edgars Rinkevics | Edgars Rinkēvičs, Rinkevics | Foreign Minister, Latvia, 2011-2023 ; President, Latvia, 2023-
Ivars Godmanis | Godmanis | Prime Minister, Latvia, 1990-1993 ; Prime Minister, Latvia, 2007-2009
Valdis Birkavs | Birkavs | Prime Minister, Latvia, 1993-1994 ; Foreign Minister, Latvia, 1994-1999
Maris Gailis | Māris Gailis | Prime Minister, Latvia, 1994-1995
Andris Skele | Andris Šķēle | Prime Minister, Latvia, 1995-1997 ; Prime Minister, Latvia, 1999-2000
Guntars Krasts |  | Prime Minister, Latvia, 1997-1998
Vilis Kristopans | Vilis Krištopans | Prime Minister, Latvia, 1998-1999
Einars Repse | Einars Repše | Prime Minister, Latvia, 2002-2004
Indulis Emsis |  | Prime Minister, Latvia, 2004-2004
Aigars Kalvitis | Aigars Kalvītis | Prime Minister, Latvia, 2004-2007
Valdis Dombrovskis | Dombrovskis | Prime Minister, Latvia, 2009-2014 ; European Commissioner, European Commission, 2014-
Laimdota Straujuma | Straujuma | Prime Minister, Latvia, 2014-2016
Maris Kucinskis | Māris Kučinskis | Prime Minister, Latvia, 2016-2019
Krisjanis Karins | Krišjānis Kariņš, Karins | Prime Minister, Latvia, 2019-2023 ; Foreign Minister, Latvia, 2023-2024
Evika Silina | Evika Siliņa | Prime Minister, Latvia, 2023-
Maris Riekstins | Māris Riekstiņš | Foreign Minister, Latvia, 2007-2010
Aivis Ronis |  | Foreign Minister, Latvia, 2010-2010
Girts Valdis Kristovskis | Ģirts Valdis Kristovskis | Foreign Minister, Latvia, 2010-2011
Baiba Braze | Baiba Braže | Foreign Minister, Latvia, 2024-
Hans-Adam II | Prince Hans-Adam II, Prince Hans-Adam | Prince, Liechtenstein, 1989-
Alois of Liechtenstein | Hereditary Prince Alois, Prince Alois | Regent, Liechtenstein, 2004-
Hans Brunhart |  | Prime Minister, Liechtenstein, 1978-1993
Markus Buchel | Markus Büchel | Prime Minister, Liechtenstein, 1993-1993
Mario Frick |  | Prime Minister, Liechtenstein, 1993-2001
Otmar Hasler |  | Prime Minister, Liechtenstein, 2001-2009
Klaus Tschutscher | Klaus Tschütscher | Prime Minister, Liechtenstein, 2009-2013
Adrian Hasler |  | Prime Minister, Liechtenstein, 2013-2021
Daniel Risch |  | Prime Minister, Liechtenstein, 2021-2025
Brigitte Haas |  | Prime Minister, Liechtenstein, 2025-
Vytautas Landsbergis |  | Chairman of the Supreme Council, Lithuania, 1990-1992
Algirdas Brazauskas | Brazauskas | President, Lithuania, 1993-1998 ; Prime Minister, Lithuania, 2001-2006
Valdas Adamkus | Adamkus | President, Lithuania, 1998-2003 ; President, Lithuania, 2004-2009
Rolandas Paksas | Paksas | Prime Minister, Lithuania, 1999-1999 ; Prime Minister, Lithuania, 2000-2001 ; President, Lithuania, 2003-2004
Dalia Grybauskaite | Dalia Grybauskaitė, Grybauskaite | European Commissioner, European Commission, 2004-2009 ; President, Lithuania, 2009-2019
Gitanas Nauseda | Gitanas Nausėda, Nauseda | President, Lithuania, 2019-
Kazimira Prunskiene | Kazimira Prunskienė, Prunskiene | Prime Minister, Lithuania, 1990-1991
Gediminas Vagnorius | Vagnorius | Prime Minister, Lithuania, 1991-1992 ; Prime Minister, Lithuania, 1996-1999
Adolfas Slezevicius | Adolfas Šleževičius | Prime Minister, Lithuania, 1993-1996
Andrius Kubilius | Kubilius | Prime Minister, Lithuania, 1999-2000 ; Prime Minister, Lithuania, 2008-2012 ; European Commissioner, European Commission, 2024-
Gediminas Kirkilas | Kirkilas | Prime Minister, Lithuania, 2006-2008
Algirdas Butkevicius | Algirdas Butkevičius, Butkevicius | Prime Minister, Lithuania, 2012-2016
Saulius Skvernelis | Skvernelis | Prime Minister, Lithuania, 2016-2020
Ingrida Simonyte | Ingrida Šimonytė, Simonyte | Prime Minister, Lithuania, 2020-2024
Gintautas Paluckas | Paluckas | Prime Minister, Lithuania, 2024-2025
Inga Ruginiene | Inga Ruginienė, Ruginiene | Prime Minister, Lithuania, 2025-
Vygaudas Usackas | Vygaudas Ušackas | Foreign Minister, Lithuania, 2008-2010
Audronius Azubalis | Audronius Ažubalis | Foreign Minister, Lithuania, 2010-2012
Linas Linkevicius | Linas Linkevičius, Linkevicius | Foreign Minister, Lithuania, 2012-2020
Gabrielius Landsbergis |  | Foreign Minister, Lithuania, 2020-2024
Kestutis Budrys | Kęstutis Budrys, Budrys | Foreign Minister, Lithuania, 2024-
Censu Tabone | Ċensu Tabone, Vincent Tabone | President, Malta, 1989-1994
Ugo Mifsud Bonnici |  | President, Malta, 1994-1999
Guido de Marco |  | President, Malta, 1999-2004
Eddie Fenech Adami | Edward Fenech Adami, Fenech Adami | Prime Minister, Malta, 1987-1996 ; Prime Minister, Malta, 1998-2004 ; President, Malta, 2004-2009
George Abela |  | President, Malta, 2009-2014
Marie-Louise Coleiro Preca | Coleiro Preca | President, Malta, 2014-2019
George Vella |  | President, Malta, 2019-2024
Myriam Spiteri Debono |  | President, Malta, 2024-
Alfred Sant |  | Prime Minister, Malta, 1996-1998
Lawrence Gonzi | Gonzi | Prime Minister, Malta, 2004-2013
Joseph Muscat |  | Prime Minister, Malta, 2013-2020
Robert Abela |  | Prime Minister, Malta, 2020-
Rainier III | Prince Rainier III, Prince Rainier | Prince, Monaco, 1949-2005
Albert II of Monaco | Prince Albert II, Prince Albert II of Monaco | Prince, Monaco, 2005-
Momir Bulatovic | Momir Bulatović | President, Montenegro, 1990-1998 ; Prime Minister, Yugoslavia, 1998-2000
Milo Djukanovic | Milo Đukanović, Djukanovic, Đukanović | Prime Minister, Montenegro, 1991-1998 ; President, Montenegro, 1998-2002 ; Prime Minister, Montenegro, 2003-2006 ; Prime Minister, Montenegro, 2008-2010 ; Prime Minister, Montenegro, 2012-2016 ; President, Montenegro, 2018-2023
Filip Vujanovic | Filip Vujanović, Vujanovic | Prime Minister, Montenegro, 1998-2003 ; President, Montenegro, 2003-2018
Jakov Milatovic | Jakov Milatović, Milatovic | President, Montenegro, 2023-
Zeljko Sturanovic | Željko Šturanović | Prime Minister, Montenegro, 2006-2008
Igor Luksic | Igor Lukšić | Prime Minister, Montenegro, 2010-2012
Dusko Markovic | Duško Marković | Prime Minister, Montenegro, 2016-2020
Zdravko Krivokapic | Zdravko Krivokapić, Krivokapic | Prime Minister, Montenegro, 2020-2022
Dritan Abazovic | Dritan Abazović, Abazovic | Prime Minister, Montenegro, 2022-2023
Milojko Spajic | Milojko Spajić, Spajic | Prime Minister, Montenegro, 2023-
Kiro Gligorov | Gligorov | President, North Macedonia, 1991-1999
Boris Trajkovski | Trajkovski | President, North Macedonia, 1999-2004
Branko Crvenkovski | Crvenkovski | Prime Minister, North Macedonia, 1992-1998 ; Prime Minister, North Macedonia, 2002-2004 ; President, North Macedonia, 2004-2009
Gjorge Ivanov | Gjorgje Ivanov, George Ivanov | President, North Macedonia, 2009-2019
Stevo Pendarovski | Pendarovski | President, North Macedonia, 2019-2024
Gordana Siljanovska-Davkova | Siljanovska-Davkova | President, North Macedonia, 2024-
Nikola Kljusev |  | Prime Minister, North Macedonia, 1991-1992
Ljubco Georgievski | Ljubčo Georgievski | Prime Minister, North Macedonia, 1998-2002
Hari Kostov |  | Prime Minister, North Macedonia, 2004-2004
Vlado Buckovski | Vlado Bučkovski | Prime Minister, North Macedonia, 2004-2006
Nikola Gruevski | Gruevski | Prime Minister, North Macedonia, 2006-2016
Emil Dimitriev |  | Prime Minister, North Macedonia, 2016-2017
Zoran Zaev | Zaev | Prime Minister, North Macedonia, 2017-2020 ; Prime Minister, North Macedonia, 2020-2022
Oliver Spasovski |  | Prime Minister, North Macedonia, 2020-2020
Dimitar Kovacevski | Dimitar Kovačevski | Prime Minister, North Macedonia, 2022-2024
Talat Xhaferi |  | Prime Minister, North Macedonia, 2024-2024
Hristijan Mickoski | Mickoski | Prime Minister, North Macedonia, 2024-
Rauf Denktash | Rauf Denktaş, Denktash | President, Northern Cyprus, 1983-2005
Mehmet Ali Talat |  | Prime Minister, Northern Cyprus, 2004-2005 ; President, Northern Cyprus, 2005-2010
Dervis Eroglu | Derviş Eroğlu | Prime Minister, Northern Cyprus, 1985-1994 ; Prime Minister, Northern Cyprus, 1996-2004 ; Prime Minister, Northern Cyprus, 2009-2010 ; President, Northern Cyprus, 2010-2015
Mustafa Akinci | Mustafa Akıncı, Akinci | President, Northern Cyprus, 2015-2020
Ersin Tatar |  | Prime Minister, Northern Cyprus, 2019-2020 ; President, Northern Cyprus, 2020-2025
Tufan Erhurman | Tufan Erhürman, Erhurman | Prime Minister, Northern Cyprus, 2018-2019 ; President, Northern Cyprus, 2025-
Hakki Atun | Hakkı Atun | Prime Minister, Northern Cyprus, 1994-1996
Ferdi Sabit Soyer |  | Prime Minister, Northern Cyprus, 2005-2009
Irsen Kucuk | İrsen Küçük | Prime Minister, Northern Cyprus, 2010-2013
Sibel Siber |  | Prime Minister, Northern Cyprus, 2013-2013
Ozkan Yorgancioglu | Özkan Yorgancıoğlu | Prime Minister, Northern Cyprus, 2013-2015
Omer Kalyoncu | Ömer Kalyoncu | Prime Minister, Northern Cyprus, 2015-2016
Huseyin Ozgurgun | Hüseyin Özgürgün | Prime Minister, Northern Cyprus, 2016-2018
Ersan Saner |  | Prime Minister, Northern Cyprus, 2020-2021
Faiz Sucuoglu | Faiz Sucuoğlu | Prime Minister, Northern Cyprus, 2021-2022
Unal Ustel | Ünal Üstel | Prime Minister, Northern Cyprus, 2022-
Ion Iliescu | Iliescu | President, Romania, 1989-1996 ; President, Romania, 2000-2004
Emil Constantinescu |  | President, Romania, 1996-2000
Traian Basescu | Traian Băsescu, Basescu, Băsescu | President, Romania, 2004-2014
Klaus Iohannis | Klaus Werner Iohannis, Iohannis | President, Romania, 2014-2025
Ilie Bolojan | Bolojan | Interim President, Romania, 2025-2025 ; Prime Minister, Romania, 2025-
Nicusor Dan | Nicușor Dan | Mayor of Bucharest, Romania, 2020-2025 ; President, Romania, 2025-
Petre Roman |  | Prime Minister, Romania, 1989-1991 ; Foreign Minister, Romania, 1999-2000
Theodor Stolojan | Stolojan | Prime Minister, Romania, 1991-1992
Nicolae Vacaroiu | Nicolae Văcăroiu | Prime Minister, Romania, 1992-1996
Victor Ciorbea | Ciorbea | Prime Minister, Romania, 1996-1998
Radu Vasile |  | Prime Minister, Romania, 1998-1999
Mugur Isarescu | Mugur Isărescu | Prime Minister, Romania, 1999-2000
Adrian Nastase | Adrian Năstase | Foreign Minister, Romania, 1990-1992 ; Prime Minister, Romania, 2000-2004
Calin Popescu-Tariceanu | Călin Popescu-Tăriceanu, Popescu-Tariceanu, Tariceanu, Tăriceanu | Prime Minister, Romania, 2004-2008
Emil Boc |  | Prime Minister, Romania, 2008-2012
Mihai Razvan Ungureanu | Mihai Răzvan Ungureanu | Foreign Minister, Romania, 2004-2007 ; Prime Minister, Romania, 2012-2012
Victor Ponta | Ponta | Prime Minister, Romania, 2012-2015
Dacian Ciolos | Dacian Cioloș | Prime Minister, Romania, 2015-2017
Sorin Grindeanu | Grindeanu | Prime Minister, Romania, 2017-2017
Mihai Tudose | Tudose | Prime Minister, Romania, 2017-2018
Viorica Dancila | Viorica Dăncilă, Dancila | Prime Minister, Romania, 2018-2019
Ludovic Orban |  | Prime Minister, Romania, 2019-2020
Florin Citu | Florin Cîțu | Prime Minister, Romania, 2020-2021
Nicolae Ciuca | Nicolae Ciucă | Prime Minister, Romania, 2021-2023
Marcel Ciolacu | Ciolacu | Prime Minister, Romania, 2023-2025
Teodor Baconschi |  | Foreign Minister, Romania, 2009-2012
Cristian Diaconescu |  | Foreign Minister, Romania, 2008-2009 ; Foreign Minister, Romania, 2012-2012
Andrei Marga |  | Foreign Minister, Romania, 2012-2012
Titus Corlatean | Titus Corlățean | Foreign Minister, Romania, 2012-2014
Bogdan Aurescu | Aurescu | Foreign Minister, Romania, 2014-2015 ; Foreign Minister, Romania, 2019-2023
Lazar Comanescu | Lazăr Comănescu | Foreign Minister, Romania, 2015-2017
Teodor Melescanu | Teodor Meleșcanu | Foreign Minister, Romania, 1992-1996 ; Foreign Minister, Romania, 2017-2019
Ramona Manescu | Ramona Mănescu | Foreign Minister, Romania, 2019-2019
Luminita Odobescu | Luminița Odobescu | Foreign Minister, Romania, 2023-2024
Emil Hurezeanu |  | Foreign Minister, Romania, 2024-2025
Oana Toiu | Oana Țoiu | Foreign Minister, Romania, 2025-
Michal Kovac | Michal Kováč | President, Slovakia, 1993-1998
Rudolf Schuster |  | President, Slovakia, 1999-2004
Ivan Gasparovic | Ivan Gašparovič, Gasparovic | President, Slovakia, 2004-2014
Andrej Kiska | Kiska | President, Slovakia, 2014-2019
Zuzana Caputova | Zuzana Čaputová, Caputova | President, Slovakia, 2019-2024
Peter Pellegrini |  | Prime Minister, Slovakia, 2018-2020 ; President, Slovakia, 2024-
Vladimir Meciar | Vladimír Mečiar, Meciar | Prime Minister, Slovakia, 1990-1991 ; Prime Minister, Slovakia, 1992-1994 ; Prime Minister, Slovakia, 1994-1998
Jan Carnogursky | Ján Čarnogurský | Prime Minister, Slovakia, 1991-1992
Jozef Moravcik | Jozef Moravčík | Prime Minister, Slovakia, 1994-1994
Mikulas Dzurinda | Mikuláš Dzurinda, Dzurinda | Prime Minister, Slovakia, 1998-2006 ; Foreign Minister, Slovakia, 2010-2012
Robert Fico | Fico | Prime Minister, Slovakia, 2006-2010 ; Prime Minister, Slovakia, 2012-2018 ; Prime Minister, Slovakia, 2023-
Iveta Radicova | Iveta Radičová | Prime Minister, Slovakia, 2010-2012
Igor Matovic | Igor Matovič, Matovic | Prime Minister, Slovakia, 2020-2021
Eduard Heger | Heger | Prime Minister, Slovakia, 2021-2023
Ludovit Odor | Ľudovít Ódor | Prime Minister, Slovakia, 2023-2023
Miroslav Lajcak | Miroslav Lajčák, Lajcak | Foreign Minister, Slovakia, 2009-2010 ; Foreign Minister, Slovakia, 2012-2020 ; Special Representative for the Belgrade-Pristina Dialogue, European Union, 2020-2024
Ivan Korcok | Ivan Korčok, Korcok | Foreign Minister, Slovakia, 2020-2022
Rastislav Kacer | Rastislav Káčer | Foreign Minister, Slovakia, 2022-2023
Miroslav Wlachovsky | Miroslav Wlachovský | Foreign Minister, Slovakia, 2023-2023
Juraj Blanar | Juraj Blanár, Blanar | Foreign Minister, Slovakia, 2023-
Milan Kucan | Milan Kučan, Kucan | President, Slovenia, 1990-2002
Janez Drnovsek | Janez Drnovšek, Drnovsek | Prime Minister, Slovenia, 1992-2000 ; Prime Minister, Slovenia, 2000-2002 ; President, Slovenia, 2002-2007
Danilo Turk | Danilo Türk | President, Slovenia, 2007-2012
Borut Pahor | Pahor | Prime Minister, Slovenia, 2008-2012 ; President, Slovenia, 2012-2022
Natasa Pirc Musar | Nataša Pirc Musar | President, Slovenia, 2022-
Lojze Peterle | Peterle | Prime Minister, Slovenia, 1990-1992
Andrej Bajuk |  | Prime Minister, Slovenia, 2000-2000
Anton Rop |  | Prime Minister, Slovenia, 2002-2004
Janez Jansa | Janez Janša, Jansa, Janša | Prime Minister, Slovenia, 2004-2008 ; Prime Minister, Slovenia, 2012-2013 ; Prime Minister, Slovenia, 2020-2022
Alenka Bratusek | Alenka Bratušek, Bratusek | Prime Minister, Slovenia, 2013-2014
Miro Cerar |  | Prime Minister, Slovenia, 2014-2018 ; Foreign Minister, Slovenia, 2018-2020
Marjan Sarec | Marjan Šarec | Prime Minister, Slovenia, 2018-2020
Robert Golob | Golob | Prime Minister, Slovenia, 2022-
Samuel Zbogar | Samuel Žbogar | Foreign Minister, Slovenia, 2008-2012
Karl Erjavec | Erjavec | Foreign Minister, Slovenia, 2012-2018
Anze Logar | Anže Logar | Foreign Minister, Slovenia, 2020-2022
Tanja Fajon | Fajon | Foreign Minister, Slovenia, 2022-
Joseph Deiss | Deiss | Foreign Minister, Switzerland, 1999-2002
Micheline Calmy-Rey | Calmy-Rey | Foreign Minister, Switzerland, 2003-2011
Didier Burkhalter | Burkhalter | Foreign Minister, Switzerland, 2012-2017
Ignazio Cassis |  | Foreign Minister, Switzerland, 2017-
#
# International organizations.
Kofi Annan | Annan | Secretary-General, United Nations, 1997-2006
Ban Ki-moon | Ban Ki Moon, Ban | Foreign Minister, South Korea, 2004-2006 ; Secretary-General, United Nations, 2007-2016
Antonio Guterres | António Guterres, Guterres | Prime Minister, Portugal, 1995-2002 ; High Commissioner for Refugees, UNHCR, 2005-2015 ; Secretary-General, United Nations, 2017-
Stephane Dujarric | Stéphane Dujarric, Dujarric | Spokesman, United Nations, 2014-
Lakhdar Brahimi | Brahimi | Special Envoy for Syria, United Nations, 2012-2014
Staffan de Mistura | de Mistura | Special Envoy for Syria, United Nations, 2014-2018
Volker Turk | Volker Türk | High Commissioner for Human Rights, United Nations, 2022-
Michelle Bachelet | Bachelet | President, Chile, 2006-2010 ; President, Chile, 2014-2018 ; High Commissioner for Human Rights, United Nations, 2018-2022
Tedros Adhanom Ghebreyesus | Tedros Adhanom, Tedros | Foreign Minister, Ethiopia, 2012-2016 ; Director-General, World Health Organization, 2017-
Mohamed ElBaradei | ElBaradei | Director General, International Atomic Energy Agency, 1997-2009
Yukiya Amano | Amano | Director General, International Atomic Energy Agency, 2009-2019
Rafael Grossi | Rafael Mariano Grossi, Grossi | Director General, International Atomic Energy Agency, 2019-
Philippe Lazzarini | Lazzarini | Commissioner-General, UNRWA, 2020-
Christine Lagarde | Lagarde | Managing Director, International Monetary Fund, 2011-2019 ; President of the European Central Bank, , 2019-
Kristalina Georgieva | Georgieva | Managing Director, International Monetary Fund, 2019-
Fatou Bensouda | Bensouda | Prosecutor, International Criminal Court, 2012-2021
Karim Khan | Karim A.A. Khan | Prosecutor, International Criminal Court, 2021-
George Robertson | Lord Robertson | Defence Secretary, United Kingdom, 1997-1999 ; Secretary General, NATO, 1999-2003
Jaap de Hoop Scheffer | de Hoop Scheffer | Secretary General, NATO, 2004-2009
Anders Fogh Rasmussen | Fogh Rasmussen | Prime Minister, Denmark, 2001-2009 ; Secretary General, NATO, 2009-2014
Jens Stoltenberg | Stoltenberg | Prime Minister, Norway, 2005-2013 ; Secretary General, NATO, 2014-2024 ; Finance Minister, Norway, 2025-
Jose Manuel Barroso | José Manuel Barroso, Barroso | Prime Minister, Portugal, 2002-2004 ; President, European Commission, 2004-2014
Jean-Claude Juncker | Juncker | Prime Minister, Luxembourg, 1995-2013 ; President, European Commission, 2014-2019
Ursula von der Leyen | von der Leyen | Defense Minister, Germany, 2013-2019 ; President, European Commission, 2019-
Herman Van Rompuy | Van Rompuy | Prime Minister, Belgium, 2008-2009 ; President, European Council, 2009-2014
Charles Michel |  | Prime Minister, Belgium, 2014-2019 ; President, European Council, 2019-2024
Javier Solana | Solana | Secretary General, NATO, 1995-1999 ; High Representative for Foreign Affairs, European Union, 1999-2009
Catherine Ashton | Ashton | High Representative for Foreign Affairs, European Union, 2009-2014
Federica Mogherini | Mogherini | Foreign Minister, Italy, 2014-2014 ; High Representative for Foreign Affairs, European Union, 2014-2019
Josep Borrell | Borrell | Foreign Minister, Spain, 2018-2019 ; High Representative for Foreign Affairs, European Union, 2019-2024
Kaja Kallas | Kallas | Prime Minister, Estonia, 2021-2024 ; High Representative for Foreign Affairs, European Union, 2024-
Roberta Metsola | Metsola | President, European Parliament, 2022-
Amr Moussa | Moussa | Foreign Minister, Egypt, 1991-2001 ; Secretary-General, Arab League, 2001-2011
Ahmed Aboul Gheit | Aboul Gheit | Foreign Minister, Egypt, 2004-2011 ; Secretary-General, Arab League, 2016-
Moussa Faki Mahamat | Moussa Faki | Chairperson of the Commission, African Union, 2017-2025
John Paul II | Pope John Paul II | Pope, Vatican, 1978-2005
Benedict XVI | Pope Benedict XVI | Pope, Vatican, 2005-2013
Francis | Pope Francis | Pope, Vatican, 2013-2025
Leo XIV | Pope Leo XIV | Pope, Vatican, 2025-
#
# Russia, Ukraine, Belarus, the Caucasus and Central Asia.
Vladimir Putin | Vladimir Vladimirovich Putin, Putin | Prime Minister, Russia, 1999-2000 ; President, Russia, 2000-2008 ; Prime Minister, Russia, 2008-2012 ; President, Russia, 2012-
Dmitry Medvedev | Dmitri Medvedev, Dmitri A. Medvedev, Medvedev | President, Russia, 2008-2012 ; Prime Minister, Russia, 2012-2020 ; Deputy Chairman of the Security Council, Russia, 2020-
Mikhail Kasyanov | Kasyanov | Prime Minister, Russia, 2000-2004
Mikhail Fradkov | Fradkov | Prime Minister, Russia, 2004-2007
Mikhail Mishustin | Mishustin | Prime Minister, Russia, 2020-
Igor Ivanov |  | Foreign Minister, Russia, 1998-2004
Sergei Lavrov | Sergey Lavrov, Sergei V. Lavrov, Lavrov | Ambassador to the United Nations, Russia, 1994-2004 ; Foreign Minister, Russia, 2004-
Sergei Shoigu | Sergey Shoigu, Shoigu | Defense Minister, Russia, 2012-2024 ; Secretary of the Security Council, Russia, 2024-
Andrei Belousov | Andrey Belousov, Belousov | Defense Minister, Russia, 2024-
Valery Gerasimov | Valeri Gerasimov, Gerasimov | Chief of the General Staff, Russia, 2012-
Nikolai Patrushev | Nikolay Patrushev, Patrushev | FSB Director, FSB, 1999-2008 ; Secretary of the Security Council, Russia, 2008-2024
Dmitry Peskov | Dmitri Peskov, Peskov | Spokesman, Russia, 2012-
Maria Zakharova | Zakharova | Foreign Ministry Spokeswoman, Russia, 2015-
Vassily Nebenzia | Vasily Nebenzya, Nebenzia, Nebenzya | Ambassador to the United Nations, Russia, 2017-
Sergei Ryabkov | Sergey Ryabkov, Ryabkov | Deputy Foreign Minister, Russia, 2008-
Yevgeny Prigozhin | Yevgeniy Prigozhin, Prigozhin | Leader, Wagner Group, 2014-2023
Alexei Navalny | Alexey Navalny, Navalny | Opposition Leader, Russia,
Ramzan Kadyrov | Kadyrov | Head of Chechnya, Russia, 2007-
Leonid Kuchma | Kuchma | President, Ukraine, 1994-2005
Viktor Yushchenko | Yushchenko | Prime Minister, Ukraine, 1999-2001 ; President, Ukraine, 2005-2010
Viktor Yanukovych | Viktor Yanukovich, Yanukovych, Yanukovich | Prime Minister, Ukraine, 2002-2005 ; Prime Minister, Ukraine, 2006-2007 ; President, Ukraine, 2010-2014
Yulia Tymoshenko | Tymoshenko | Prime Minister, Ukraine, 2005-2005 ; Prime Minister, Ukraine, 2007-2010
Petro Poroshenko | Poroshenko | Foreign Minister, Ukraine, 2009-2010 ; President, Ukraine, 2014-2019
Arseniy Yatsenyuk | Arseny Yatsenyuk, Yatsenyuk | Prime Minister, Ukraine, 2014-2016
Volodymyr Groysman | Groysman | Prime Minister, Ukraine, 2016-2019
Volodymyr Zelensky | Volodymyr Zelenskyy, Volodymyr Zelenskiy, Zelensky, Zelenskyy, Zelenskiy | President, Ukraine, 2019-
Denys Shmyhal | Shmyhal | Prime Minister, Ukraine, 2020-2025
Yulia Svyrydenko | Svyrydenko | Prime Minister, Ukraine, 2025-
Pavlo Klimkin | Klimkin | Foreign Minister, Ukraine, 2014-2019
Dmytro Kuleba | Dmitro Kuleba, Kuleba | Foreign Minister, Ukraine, 2020-2024
Andrii Sybiha | Andriy Sybiha, Sybiha | Foreign Minister, Ukraine, 2024-
Oleksii Reznikov | Oleksiy Reznikov, Reznikov | Defense Minister, Ukraine, 2021-2023
Rustem Umerov | Umerov | Defense Minister, Ukraine, 2023-2025
Valerii Zaluzhnyi | Valery Zaluzhny, Valeriy Zaluzhnyi, Zaluzhnyi, Zaluzhny | Commander-in-Chief, Ukraine, 2021-2024
Oleksandr Syrskyi | Oleksandr Syrsky, Syrskyi, Syrsky | Commander-in-Chief, Ukraine, 2024-
Alexander Lukashenko | Aleksandr Lukashenko, Alyaksandr Lukashenka, Lukashenko | President, Belarus, 1994-
Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya, Tsikhanouskaya | Opposition Leader, Belarus,
Eduard Shevardnadze | Shevardnadze | Foreign Minister, Soviet Union, 1985-1990 ; President, Georgia, 1995-2003
Mikheil Saakashvili | Mikhail Saakashvili, Saakashvili | President, Georgia, 2004-2013
Salome Zourabichvili | Zourabichvili | President, Georgia, 2018-2024
Irakli Kobakhidze | Kobakhidze | Prime Minister, Georgia, 2024-
Robert Kocharyan | Kocharyan | President, Armenia, 1998-2008
Serzh Sargsyan | Serzh Sarkisian, Sargsyan | President, Armenia, 2008-2018
Nikol Pashinyan | Pashinyan | Prime Minister, Armenia, 2018-
Ararat Mirzoyan | Mirzoyan | Foreign Minister, Armenia, 2021-
Heydar Aliyev |  | President, Azerbaijan, 1993-2003
Ilham Aliyev | Aliyev | President, Azerbaijan, 2003-
Jeyhun Bayramov | Bayramov | Foreign Minister, Azerbaijan, 2020-
Nursultan Nazarbayev | Nazarbayev | President, Kazakhstan, 1991-2019
Kassym-Jomart Tokayev | Kassym-Zhomart Tokayev, Tokayev | President, Kazakhstan, 2019-
Islam Karimov | Karimov | President, Uzbekistan, 1991-2016
Shavkat Mirziyoyev | Mirziyoyev | President, Uzbekistan, 2016-
Emomali Rahmon | Emomali Rakhmon, Rahmon | President, Tajikistan, 1994-
Gurbanguly Berdimuhamedow | Gurbanguly Berdymukhamedov | President, Turkmenistan, 2007-2022
Vladislav Ardzinba | Ardzinba | Chairman of the Supreme Council, Abkhazia, 1990-1994 ; President, Abkhazia, 1994-2005
Sergei Bagapsh | Sergey Bagapsh, Bagapsh | President, Abkhazia, 2005-2011
Alexander Ankvab | Aleksandr Ankvab, Ankvab | Prime Minister, Abkhazia, 2005-2010 ; Vice President, Abkhazia, 2010-2011 ; President, Abkhazia, 2011-2014 ; Prime Minister, Abkhazia, 2020-2024
Sergei Shamba | Sergey Shamba | Prime Minister, Abkhazia, 2010-2011
Raul Khajimba | Raul Khadzhimba, Khajimba | Prime Minister, Abkhazia, 2003-2004 ; Vice President, Abkhazia, 2005-2009 ; President, Abkhazia, 2014-2020
Aslan Bzhania | Bzhania | President, Abkhazia, 2020-2024
Badra Gunba | Gunba | Vice President, Abkhazia, 2020-2024 ; President, Abkhazia, 2024-
Askar Akayev | Askar Akaev, Akayev, Akaev | President, Kyrgyzstan, 1990-2005
Apas Jumagulov | Apas Djumagulov, Jumagulov | Prime Minister, Kyrgyzstan, 1993-1998
Kurmanbek Bakiyev | Kurmanbek Bakiev, Bakiyev, Bakiev | Prime Minister, Kyrgyzstan, 2000-2002 ; Prime Minister, Kyrgyzstan, 2005-2005 ; President, Kyrgyzstan, 2005-2010
Nikolai Tanayev | Nikolay Tanayev, Nikolai Tanaev, Tanayev | Prime Minister, Kyrgyzstan, 2002-2005
Felix Kulov | Feliks Kulov, Kulov | Prime Minister, Kyrgyzstan, 2005-2007
Almazbek Atambayev | Almazbek Atambaev, Atambayev, Atambaev | Prime Minister, Kyrgyzstan, 2007-2007 ; Prime Minister, Kyrgyzstan, 2010-2011 ; President, Kyrgyzstan, 2011-2017
Igor Chudinov | Chudinov | Prime Minister, Kyrgyzstan, 2007-2009
Daniar Usenov | Daniyar Usenov, Usenov | Prime Minister, Kyrgyzstan, 2009-2010
Roza Otunbayeva | Roza Otunbaeva, Otunbayeva, Otunbaeva | President, Kyrgyzstan, 2010-2011
Omurbek Babanov | Babanov | Prime Minister, Kyrgyzstan, 2011-2012
Zhantoro Satybaldiyev | Jantoro Satybaldiev, Zhantoro Satybaldiev, Satybaldiyev, Satybaldiev | Prime Minister, Kyrgyzstan, 2012-2014
Djoomart Otorbaev | Joomart Otorbaev, Otorbaev | Prime Minister, Kyrgyzstan, 2014-2015
Temir Sariyev | Temir Sariev, Sariyev, Sariev | Prime Minister, Kyrgyzstan, 2015-2016
Sooronbay Jeenbekov | Sooronbai Jeenbekov, Sooronbay Zheenbekov, Jeenbekov, Zheenbekov | Prime Minister, Kyrgyzstan, 2016-2017 ; President, Kyrgyzstan, 2017-2020
Sapar Isakov |  | Prime Minister, Kyrgyzstan, 2017-2018
Muhammetkaly Abylgaziev | Mukhammedkalyi Abylgaziev, Muhammedkalyi Abylgaziev, Abylgaziev | Prime Minister, Kyrgyzstan, 2018-2020
Kubatbek Boronov | Boronov | Prime Minister, Kyrgyzstan, 2020-2020
Sadyr Japarov | Sadyr Zhaparov | Prime Minister, Kyrgyzstan, 2020-2020 ; President, Kyrgyzstan, 2021-
Ulukbek Maripov | Maripov | Prime Minister, Kyrgyzstan, 2021-2021
Akylbek Japarov | Akylbek Zhaparov | Prime Minister, Kyrgyzstan, 2021-2024
Adylbek Kasymaliev | Adylbek Kasymaliyev, Kasymaliev, Kasymaliyev | Prime Minister, Kyrgyzstan, 2024-
Ruslan Kazakbaev | Ruslan Kazakbayev, Kazakbaev, Kazakbayev | Foreign Minister, Kyrgyzstan, 2010-2012 ; Foreign Minister, Kyrgyzstan, 2020-2022
Erlan Abdyldaev | Erlan Abdyldayev | Foreign Minister, Kyrgyzstan, 2012-2018
Chingiz Aidarbekov | Chyngyz Aidarbekov, Aidarbekov | Foreign Minister, Kyrgyzstan, 2018-2020
Jeenbek Kulubaev | Zheenbek Kulubaev, Kulubaev | Foreign Minister, Kyrgyzstan, 2022-
Lyudvig Chibirov | Ludvig Chibirov | President, South Ossetia, 1996-2001
Eduard Kokoity | Eduard Kokoev, Kokoity | President, South Ossetia, 2001-2011
Leonid Tibilov | Tibilov | President, South Ossetia, 2012-2017
Anatoly Bibilov | Bibilov | President, South Ossetia, 2017-2022
Alan Gagloyev | Alan Gagloev, Gagloyev | President, South Ossetia, 2022-
Igor Smirnov |  | President, Transnistria, 1991-2011
Yevgeny Shevchuk | Evgeny Shevchuk | President, Transnistria, 2011-2016
Vadim Krasnoselsky | Vadim Krasnoselski, Krasnoselsky | President, Transnistria, 2016-
#
# The Middle East and North Africa.
Ali Khamenei | Ayatollah Ali Khamenei, Ali Hosseini Khamenei, Khamenei | President, Iran, 1981-1989 ; Supreme Leader, Iran, 1989-
Ruhollah Khomeini | Ayatollah Khomeini, Khomeini | Supreme Leader, Iran, 1979-1989
Akbar Hashemi Rafsanjani | Hashemi Rafsanjani, Rafsanjani | President, Iran, 1989-1997
Mohammad Khatami | Mohammed Khatami, Khatami | President, Iran, 1997-2005
Mahmoud Ahmadinejad | Ahmadinejad | President, Iran, 2005-2013
Hassan Rouhani | Hasan Rouhani, Rouhani | President, Iran, 2013-2021
Ebrahim Raisi | Ebrahim Raeisi, Ibrahim Raisi, Raisi | Chief Justice, Iran, 2019-2021 ; President, Iran, 2021-2024
Masoud Pezeshkian | Pezeshkian | President, Iran, 2024-
Kamal Kharrazi | Kharrazi | Foreign Minister, Iran, 1997-2005
Manouchehr Mottaki | Mottaki | Foreign Minister, Iran, 2005-2010
Ali Akbar Salehi | Salehi | Foreign Minister, Iran, 2010-2013 ; Head of the Atomic Energy Organization, Iran, 2013-2021
Mohammad Javad Zarif | Javad Zarif, Mohammad Javad Zarif, Zarif | Foreign Minister, Iran, 2013-2021
Hossein Amir-Abdollahian | Hossein Amir Abdollahian, Amir-Abdollahian, Abdollahian | Foreign Minister, Iran, 2021-2024
Abbas Araghchi | Araghchi | Foreign Minister, Iran, 2024-
Saeed Jalili | Jalili | Secretary of the Supreme National Security Council, Iran, 2007-2013
Ali Shamkhani | Shamkhani | Secretary of the Supreme National Security Council, Iran, 2013-2023
Ali Larijani | Larijani | Secretary of the Supreme National Security Council, Iran, 2005-2007 ; Speaker of Parliament, Iran, 2008-2020
Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf, Mohammad Bagher Qalibaf, Ghalibaf, Qalibaf | Speaker of Parliament, Iran, 2020-
Qassem Soleimani | Qasem Soleimani, Qassim Suleimani, Soleimani | Commander, Quds Force, 1998-2020
Esmail Qaani | Ismail Qaani, Esmail Ghaani, Qaani | Commander, Quds Force, 2020-
Saddam Hussein | Saddam | President, Iraq, 1979-2003
Ayad Allawi | Iyad Allawi, Allawi | Prime Minister, Iraq, 2004-2005
Ibrahim al-Jaafari | Jaafari | Prime Minister, Iraq, 2005-2006
Nouri al-Maliki | Nuri al-Maliki, Nouri Maliki, Maliki | Prime Minister, Iraq, 2006-2014
Haider al-Abadi | Haidar al-Abadi, Haider Abadi, Abadi | Prime Minister, Iraq, 2014-2018
Adel Abdul Mahdi | Adil Abdul-Mahdi, Abdul Mahdi | Prime Minister, Iraq, 2018-2020
Mustafa al-Kadhimi | Mustafa Kadhimi, Kadhimi | Prime Minister, Iraq, 2020-2022
Mohammed Shia al-Sudani | Mohammed Shia Sudani, Mohammed al-Sudani, Sudani | Prime Minister, Iraq, 2022-
Jalal Talabani | Talabani | President, Iraq, 2005-2014
Fuad Masum | Fouad Massoum | President, Iraq, 2014-2018
Barham Salih | Barham Saleh | President, Iraq, 2018-2022
Abdul Latif Rashid | Abdul Latif Rashid | President, Iraq, 2022-
Hoshyar Zebari | Zebari | Foreign Minister, Iraq, 2003-2014
Masoud Barzani | Massoud Barzani | President of the Kurdistan Region, Iraq, 2005-2017
Muqtada al-Sadr | Moqtada al-Sadr, Muqtada Sadr, Moqtada Sadr | Cleric, Iraq,
Hafez al-Assad | Hafez Assad | President, Syria, 1971-2000
Bashar al-Assad | Bashar Assad, Assad | President, Syria, 2000-2024
Walid Muallem | Walid al-Moualem, Walid al-Muallem, Muallem | Foreign Minister, Syria, 2006-2020
Faisal Mekdad | Faisal Mikdad, Mekdad | Foreign Minister, Syria, 2020-2024
Ahmed al-Sharaa | Ahmad al-Sharaa, Abu Mohammed al-Jolani, Abu Mohammad al-Julani, Abu Mohammed al-Golani, Sharaa, Jolani, Julani | Leader, Hayat Tahrir al-Sham, 2017-2025 ; President, Syria, 2025-
Asaad al-Shaibani | Asaad Hassan al-Shaibani, Shaibani | Foreign Minister, Syria, 2024-
Mazloum Abdi | Mazlum Abdi | Commander, Syrian Democratic Forces, 2015-
Ehud Barak |  | Prime Minister, Israel, 1999-2001 ; Defense Minister, Israel, 2007-2013
Ariel Sharon |  | Prime Minister, Israel, 2001-2006
Ehud Olmert | Olmert | Prime Minister, Israel, 2006-2009
Benjamin Netanyahu | Binyamin Netanyahu, Bibi Netanyahu, Netanyahu | Prime Minister, Israel, 1996-1999 ; Prime Minister, Israel, 2009-2021 ; Prime Minister, Israel, 2022-
Naftali Bennett |  | Prime Minister, Israel, 2021-2022
Yair Lapid | Lapid | Foreign Minister, Israel, 2021-2022 ; Prime Minister, Israel, 2022-2022 ; Opposition Leader, Israel, 2023-
Moshe Katsav | Katsav | President, Israel, 2000-2007
Shimon Peres | Peres | Prime Minister, Israel, 1984-1986 ; Foreign Minister, Israel, 1986-1988 ; Foreign Minister, Israel, 1992-1995 ; Prime Minister, Israel, 1995-1996 ; President, Israel, 2007-2014
Reuven Rivlin | Rivlin | President, Israel, 2014-2021
Isaac Herzog | Yitzhak Herzog, Herzog | President, Israel, 2021-
Tzipi Livni | Livni | Foreign Minister, Israel, 2006-2009
Avigdor Lieberman | Avigdor Liberman, Lieberman, Liberman | Foreign Minister, Israel, 2009-2012 ; Foreign Minister, Israel, 2013-2015 ; Defense Minister, Israel, 2016-2018
Moshe Yaalon | Moshe Ya'alon, Yaalon, Ya'alon | Defense Minister, Israel, 2013-2016
Benny Gantz | Gantz | Chief of Staff, Israel Defense Forces, 2011-2015 ; Defense Minister, Israel, 2020-2022
Yoav Gallant | Gallant | Defense Minister, Israel, 2022-2024
Israel Katz |  | Foreign Minister, Israel, 2019-2020 ; Defense Minister, Israel, 2024-
Eli Cohen |  | Foreign Minister, Israel, 2023-2024
Gideon Saar | Gideon Sa'ar, Saar, Sa'ar | Foreign Minister, Israel, 2024-
Itamar Ben-Gvir | Ben-Gvir, Ben Gvir | National Security Minister, Israel, 2022-
Bezalel Smotrich | Smotrich | Finance Minister, Israel, 2022-
Herzi Halevi |  | Chief of Staff, Israel Defense Forces, 2023-2025
Yasser Arafat | Yasir Arafat, Arafat | Chairman, Palestine Liberation Organization, 1969-2004 ; President, Palestine, 1994-2004
Mahmoud Abbas | Abu Mazen, Abbas | Prime Minister, Palestine, 2003-2003 ; President, Palestine, 2005-
Salam Fayyad | Fayyad | Prime Minister, Palestine, 2007-2013
Rami Hamdallah | Hamdallah | Prime Minister, Palestine, 2013-2019
Mohammad Shtayyeh | Mohammed Shtayyeh, Shtayyeh | Prime Minister, Palestine, 2019-2024
Mohammad Mustafa |  | Prime Minister, Palestine, 2024-
Ahmed Yassin | Sheikh Ahmed Yassin | Founder, Hamas, 1987-2004
Khaled Meshaal | Khaled Mashaal, Khaled Mashal, Khalid Mishal, Meshaal, Mashaal, Mashal | Political Leader, Hamas, 1996-2017
Ismail Haniyeh | Ismail Haniya, Haniyeh, Haniya | Prime Minister, Palestine, 2006-2007 ; Political Leader, Hamas, 2017-2024
Yahya Sinwar | Sinwar | Leader in Gaza, Hamas, 2017-2024 ; Political Leader, Hamas, 2024-2024
Mohammed Deif | Mohammad Deif, Deif | Military Commander, Hamas, 2002-2024
Ziyad al-Nakhalah | Ziad al-Nakhala, Nakhalah | Secretary-General, Palestinian Islamic Jihad, 2018-
Hassan Nasrallah | Sayyed Hassan Nasrallah, Nasrallah | Secretary-General, Hezbollah, 1992-2024
Naim Qassem | Naim Kassem | Deputy Secretary-General, Hezbollah, 1991-2024 ; Secretary-General, Hezbollah, 2024-
Rafik Hariri | Rafic Hariri, Rafiq Hariri | Prime Minister, Lebanon, 2000-2004
Fouad Siniora | Siniora | Prime Minister, Lebanon, 2005-2009
Saad Hariri |  | Prime Minister, Lebanon, 2009-2011 ; Prime Minister, Lebanon, 2016-2020
Najib Mikati | Najib Miqati, Mikati | Prime Minister, Lebanon, 2011-2014 ; Prime Minister, Lebanon, 2021-2025
Tammam Salam |  | Prime Minister, Lebanon, 2014-2016
Hassan Diab |  | Prime Minister, Lebanon, 2020-2021
Nawaf Salam |  | President, International Court of Justice, 2024-2025 ; Prime Minister, Lebanon, 2025-
Emile Lahoud | Émile Lahoud, Lahoud | President, Lebanon, 1998-2007
Michel Suleiman | Michel Sleiman | President, Lebanon, 2008-2014
Michel Aoun |  | Prime Minister, Lebanon, 1988-1990 ; President, Lebanon, 2016-2022
Joseph Aoun |  | Army Commander, Lebanon, 2017-2025 ; President, Lebanon, 2025-
Nabih Berri | Berri | Speaker of Parliament, Lebanon, 1992-
Abdullah II | Abdullah II of Jordan, Abdullah bin Al-Hussein | King, Jordan, 1999-
Ayman Safadi | Safadi | Foreign Minister, Jordan, 2017-
Fahd bin Abdulaziz | Fahd bin Abdulaziz Al Saud | King, Saudi Arabia, 1982-2005
Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud | Crown Prince, Saudi Arabia, 1982-2005 ; King, Saudi Arabia, 2005-2015
Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud, Salman | Defense Minister, Saudi Arabia, 2011-2015 ; Crown Prince, Saudi Arabia, 2012-2015 ; King, Saudi Arabia, 2015-
Mohammed bin Salman | Mohammad bin Salman, Muhammad bin Salman, Mohammed bin Salman Al Saud, MBS | Defense Minister, Saudi Arabia, 2015-2022 ; Crown Prince, Saudi Arabia, 2017- ; Prime Minister, Saudi Arabia, 2022-
Mohammed bin Nayef | Mohammad bin Nayef | Interior Minister, Saudi Arabia, 2012-2017 ; Crown Prince, Saudi Arabia, 2015-2017
Saud al-Faisal | Saud bin Faisal | Foreign Minister, Saudi Arabia, 1975-2015
Adel al-Jubeir | Adel Jubeir, Jubeir | Ambassador to the United States, Saudi Arabia, 2007-2015 ; Foreign Minister, Saudi Arabia, 2015-2018
Faisal bin Farhan | Faisal bin Farhan Al Saud, Faisal bin Farhan Al-Saud | Foreign Minister, Saudi Arabia, 2019-
Khalifa bin Zayed | Khalifa bin Zayed Al Nahyan | President, United Arab Emirates, 2004-2022
Mohamed bin Zayed | Mohammed bin Zayed, Mohamed bin Zayed Al Nahyan, Mohammed bin Zayed Al Nahyan, MBZ | Crown Prince of Abu Dhabi, United Arab Emirates, 2004-2022 ; President, United Arab Emirates, 2022-
Abdullah bin Zayed | Abdullah bin Zayed Al Nahyan | Foreign Minister, United Arab Emirates, 2006-
Mohammed bin Rashid | Mohammed bin Rashid Al Maktoum | Prime Minister, United Arab Emirates, 2006-
Hamad bin Khalifa Al Thani | Hamad bin Khalifa | Emir, Qatar, 1995-2013
Tamim bin Hamad Al Thani | Tamim bin Hamad, Tamim | Emir, Qatar, 2013-
Hamad bin Jassim Al Thani | Hamad bin Jassim, Hamad bin Jassim bin Jaber Al Thani | Foreign Minister, Qatar, 1992-2013 ; Prime Minister, Qatar, 2007-2013
Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman, Mohammed bin Abdulrahman bin Jassim Al Thani | Foreign Minister, Qatar, 2016- ; Prime Minister, Qatar, 2023-
Sabah al-Ahmad al-Jaber al-Sabah | Sabah al-Ahmad | Emir, Kuwait, 2006-2020
Nawaf al-Ahmad al-Jaber al-Sabah | Nawaf al-Ahmad | Emir, Kuwait, 2020-2023
Mishal al-Ahmad al-Jaber al-Sabah | Mishal al-Ahmad | Emir, Kuwait, 2023-
Qaboos bin Said | Sultan Qaboos, Qaboos | Sultan, Oman, 1970-2020
Haitham bin Tariq | Haitham bin Tariq Al Said, Sultan Haitham | Sultan, Oman, 2020-
Badr Albusaidi | Badr al-Busaidi, Sayyid Badr Albusaidi | Foreign Minister, Oman, 2020-
Hamad bin Isa Al Khalifa | Hamad bin Isa | King, Bahrain, 2002-
Ali Abdullah Saleh | Ali Abdallah Saleh | President, Yemen, 1990-2012
Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi, Abed Rabbo Mansour Hadi, Abdo Rabbo Mansour Hadi, Abdo Rabo Mansour Hadi, Abd-Rabbu Mansour Hadi, Mansour Hadi, Hadi | Vice President, Yemen, 1994-2012 ; President, Yemen, 2012-2022
Rashad al-Alimi | Rashad Alimi, Alimi | Chairman of the Presidential Leadership Council, Yemen, 2022-
Abdul-Malik al-Houthi | Abdulmalik al-Houthi, Abdel-Malek al-Houthi, Abdul Malik al-Houthi | Leader, Houthis, 2004-
Yahya Saree | Yahya Sarea, Saree | Military Spokesman, Houthis,
Hosni Mubarak | Mohamed Hosni Mubarak, Mubarak | President, Egypt, 1981-2011
Mohamed Morsi | Mohammed Morsi, Mohamed Mursi, Morsi, Mursi | President, Egypt, 2012-2013
Adly Mansour |  | Interim President, Egypt, 2013-2014
Abdel Fattah el-Sisi | Abdel Fattah al-Sisi, Abdel-Fattah el-Sisi, Abdel Fattah Sisi, el-Sisi, Sisi | Defense Minister, Egypt, 2012-2014 ; President, Egypt, 2014-
Mostafa Madbouly | Mostafa Madbouli, Madbouly | Prime Minister, Egypt, 2018-
Sameh Shoukry | Shoukry | Foreign Minister, Egypt, 2014-2024
Badr Abdelatty | Badr Abdel Aty, Abdelatty | Foreign Minister, Egypt, 2024-
Muammar Gaddafi | Moammar Gadhafi, Muammar Qaddafi, Muammar al-Qaddafi, Moammar Gaddafi, Muammar Gadhafi, Gaddafi, Gadhafi, Qaddafi, Moammar Kadafi, Kadafi, Moammar Khadafy, Khadafy, Muammar Qadhafi, Qadhafi | Leader, Libya, 1969-2011
Khalifa Haftar | Khalifa Hifter, Haftar, Hifter | Commander of the Libyan National Army, Libya, 2015-
Fayez al-Sarraj | Fayez Sarraj, Sarraj | Prime Minister, Libya, 2016-2021
Abdul Hamid Dbeibah | Abdulhamid Dbeibah, Dbeibah, Dbeibeh | Prime Minister, Libya, 2021-
Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali, Ben Ali | President, Tunisia, 1987-2011
Beji Caid Essebsi | Béji Caïd Essebsi, Essebsi | President, Tunisia, 2014-2019
Kais Saied | Kais Saïed, Kaïs Saïed, Saied | President, Tunisia, 2019-
Abdelaziz Bouteflika | Bouteflika | President, Algeria, 1999-2019
Abdelmadjid Tebboune | Abdelmajid Tebboune, Tebboune | President, Algeria, 2019-
Mohammed VI | Mohammed VI of Morocco | King, Morocco, 1999-
Recep Tayyip Erdogan | Recep Tayyip Erdoğan, Tayyip Erdogan, Erdogan | Prime Minister, Turkey, 2003-2014 ; President, Turkey, 2014-
Ahmet Necdet Sezer | Sezer | President, Turkey, 2000-2007
Abdullah Gul | Abdullah Gül, Gul | Prime Minister, Turkey, 2002-2003 ; Foreign Minister, Turkey, 2003-2007 ; President, Turkey, 2007-2014
Ahmet Davutoglu | Ahmet Davutoğlu, Davutoglu | Foreign Minister, Turkey, 2009-2014 ; Prime Minister, Turkey, 2014-2016
Binali Yildirim | Binali Yıldırım, Yildirim | Prime Minister, Turkey, 2016-2018
Mevlut Cavusoglu | Mevlüt Çavuşoğlu, Cavusoglu | Foreign Minister, Turkey, 2014-2023
Hakan Fidan | Fidan | Head of Intelligence, Turkey, 2010-2023 ; Foreign Minister, Turkey, 2023-
Fethullah Gulen | Fethullah Gülen, Gulen | Cleric, Turkey,
Abdullah Ocalan | Abdullah Öcalan, Ocalan | Founder, Kurdistan Workers' Party,
#
# East, South and Southeast Asia and the Pacific.
Jiang Zemin |  | President, China, 1993-2003
Hu Jintao |  | President, China, 2003-2013
Xi Jinping | Xi | Vice President, China, 2008-2013 ; President, China, 2013-
Zhu Rongji |  | Premier, China, 1998-2003
Wen Jiabao |  | Premier, China, 2003-2013
Li Keqiang |  | Premier, China, 2013-2023
Li Qiang |  | Premier, China, 2023-
Wang Qishan |  | Vice President, China, 2018-2023
Tang Jiaxuan |  | Foreign Minister, China, 1998-2003
Li Zhaoxing |  | Foreign Minister, China, 2003-2007
Yang Jiechi |  | Foreign Minister, China, 2007-2013 ; State Councilor, China, 2013-2018
Wang Yi |  | Foreign Minister, China, 2013-2022 ; Foreign Minister, China, 2023-
Qin Gang |  | Ambassador to the United States, China, 2021-2022 ; Foreign Minister, China, 2022-2023
Cui Tiankai |  | Ambassador to the United States, China, 2013-2021
Zhao Lijian |  | Foreign Ministry Spokesman, China, 2020-2023
Wang Wenbin |  | Foreign Ministry Spokesman, China, 2020-2024
Mao Ning |  | Foreign Ministry Spokeswoman, China, 2022-
Chen Shui-bian | Chen Shui Bian | President, Taiwan, 2000-2008
Ma Ying-jeou |  | President, Taiwan, 2008-2016
Tsai Ing-wen | Tsai | President, Taiwan, 2016-2024
Lai Ching-te | William Lai, Lai | Vice President, Taiwan, 2020-2024 ; President, Taiwan, 2024-
Kim Il Sung | Kim Il-sung | Premier, North Korea, 1948-1972 ; President, North Korea, 1972-1994
Kim Jong Il | Kim Jong-il | Leader, North Korea, 1994-2011
Kim Jong Un | Kim Jong-un | Leader, North Korea, 2011-
Ri Yong Ho | Ri Yong-ho | Foreign Minister, North Korea, 2016-2020
Choe Son Hui | Choe Son-hui | Foreign Minister, North Korea, 2022-
Kim Dae-jung | Kim Dae Jung | President, South Korea, 1998-2003
Roh Moo-hyun | Roh Moo Hyun, Roh | President, South Korea, 2003-2008
Lee Myung-bak | Lee Myung Bak | President, South Korea, 2008-2013
Park Geun-hye | Park Geun Hye | President, South Korea, 2013-2017
Moon Jae-in | Moon Jae In, Moon | President, South Korea, 2017-2022
Yoon Suk Yeol | Yoon Suk-yeol, Yoon Seok-youl, Yoon | President, South Korea, 2022-2025
Lee Jae-myung | Lee Jae Myung | President, South Korea, 2025-
Han Duck-soo | Han Duck Soo | Prime Minister, South Korea, 2022-2025
Yu Myung-hwan | Yu Myung Hwan | Foreign Minister, South Korea, 2008-2010
Yun Byung-se | Yun Byung Se | Foreign Minister, South Korea, 2013-2017
Kang Kyung-wha | Kang Kyung Wha | Foreign Minister, South Korea, 2017-2021
Chung Eui-yong | Chung Eui Yong | National Security Adviser, South Korea, 2017-2020 ; Foreign Minister, South Korea, 2021-2022
Park Jin |  | Foreign Minister, South Korea, 2022-2024
Cho Tae-yul | Cho Tae Yul | Foreign Minister, South Korea, 2024-2025
Song Young-moo | Song Young Moo | Defense Minister, South Korea, 2017-2018
Shin Won-sik | Shin Won Sik | Defense Minister, South Korea, 2023-2024
Junichiro Koizumi | Koizumi | Prime Minister, Japan, 2001-2006
Shinzo Abe | Abe | Prime Minister, Japan, 2006-2007 ; Prime Minister, Japan, 2012-2020
Yasuo Fukuda | Fukuda | Prime Minister, Japan, 2007-2008
Taro Aso | Aso | Prime Minister, Japan, 2008-2009 ; Finance Minister, Japan, 2012-2021
Yukio Hatoyama | Hatoyama | Prime Minister, Japan, 2009-2010
Naoto Kan |  | Prime Minister, Japan, 2010-2011
Yoshihiko Noda | Noda | Prime Minister, Japan, 2011-2012
Yoshihide Suga | Suga | Chief Cabinet Secretary, Japan, 2012-2020 ; Prime Minister, Japan, 2020-2021
Fumio Kishida | Kishida | Foreign Minister, Japan, 2012-2017 ; Prime Minister, Japan, 2021-2024
Shigeru Ishiba | Ishiba | Prime Minister, Japan, 2024-2025
Sanae Takaichi | Takaichi | Prime Minister, Japan, 2025-
Taro Kono | Kono | Foreign Minister, Japan, 2017-2019 ; Defense Minister, Japan, 2019-2020
Toshimitsu Motegi | Motegi | Foreign Minister, Japan, 2019-2021
Yoshimasa Hayashi | Hayashi | Foreign Minister, Japan, 2021-2023 ; Chief Cabinet Secretary, Japan, 2023-2025
Yoko Kamikawa | Kamikawa Yoko, Kamikawa | Foreign Minister, Japan, 2023-2024
Minoru Kihara | Kihara Minoru, Kihara | Defense Minister, Japan, 2023-2024
Akihito | Emperor Akihito | Emperor, Japan, 1989-2019
Naruhito | Emperor Naruhito | Emperor, Japan, 2019-
Atal Bihari Vajpayee | Vajpayee | Prime Minister, India, 1998-2004
Manmohan Singh |  | Prime Minister, India, 2004-2014
Narendra Modi | Modi | Chief Minister of Gujarat, India, 2001-2014 ; Prime Minister, India, 2014-
Pranab Mukherjee | Mukherjee | Foreign Minister, India, 2006-2009 ; President, India, 2012-2017
Ram Nath Kovind | Kovind | President, India, 2017-2022
Droupadi Murmu | Murmu | President, India, 2022-
Sushma Swaraj | Swaraj | External Affairs Minister, India, 2014-2019
Subrahmanyam Jaishankar | S. Jaishankar, S Jaishankar, Jaishankar | Foreign Secretary, India, 2015-2018 ; External Affairs Minister, India, 2019-
Rajnath Singh |  | Home Minister, India, 2014-2019 ; Defence Minister, India, 2019-
Amit Shah |  | Home Minister, India, 2019-
Ajit Doval | Doval | National Security Adviser, India, 2014-
Rahul Gandhi |  | Leader of the Opposition, India, 2024-
Pervez Musharraf | Musharraf | Army Chief, Pakistan, 1998-2007 ; President, Pakistan, 2001-2008
Asif Ali Zardari | Zardari | President, Pakistan, 2008-2013 ; President, Pakistan, 2024-
Mamnoon Hussain |  | President, Pakistan, 2013-2018
Arif Alvi | Alvi | President, Pakistan, 2018-2024
Shaukat Aziz |  | Prime Minister, Pakistan, 2004-2007
Yousaf Raza Gilani | Yousuf Raza Gilani, Gilani | Prime Minister, Pakistan, 2008-2012
Nawaz Sharif |  | Prime Minister, Pakistan, 1990-1993 ; Prime Minister, Pakistan, 1997-1999 ; Prime Minister, Pakistan, 2013-2017
Shahid Khaqan Abbasi |  | Prime Minister, Pakistan, 2017-2018
Imran Khan |  | Prime Minister, Pakistan, 2018-2022
Shehbaz Sharif | Shahbaz Sharif | Prime Minister, Pakistan, 2022-2023 ; Prime Minister, Pakistan, 2024-
Benazir Bhutto | Bhutto | Prime Minister, Pakistan, 1988-1990 ; Prime Minister, Pakistan, 1993-1996
Shah Mahmood Qureshi | Qureshi | Foreign Minister, Pakistan, 2008-2011 ; Foreign Minister, Pakistan, 2018-2022
Bilawal Bhutto Zardari | Bilawal Bhutto | Foreign Minister, Pakistan, 2022-2023
Ishaq Dar |  | Foreign Minister, Pakistan, 2024-
Ashfaq Parvez Kayani | Ashfaq Kayani, Kayani | Army Chief, Pakistan, 2007-2013
Raheel Sharif |  | Army Chief, Pakistan, 2013-2016
Qamar Javed Bajwa | Bajwa | Army Chief, Pakistan, 2016-2022
Asim Munir | Munir | Army Chief, Pakistan, 2022-
Hamid Karzai | Karzai | President, Afghanistan, 2001-2014
Ashraf Ghani | Ashraf Ghani Ahmadzai, Ghani | Finance Minister, Afghanistan, 2002-2004 ; President, Afghanistan, 2014-2021
Abdullah Abdullah |  | Foreign Minister, Afghanistan, 2001-2006 ; Chief Executive, Afghanistan, 2014-2020
Amir Khan Muttaqi | Muttaqi | Foreign Minister, Afghanistan, 2021-
Mullah Omar | Mullah Mohammad Omar, Mullah Mohammed Omar | Leader, Taliban, 1994-2013
Akhtar Mansour | Mullah Akhtar Mansour, Akhtar Mohammad Mansour, Mullah Mansour | Leader, Taliban, 2015-2016
Hibatullah Akhundzada | Haibatullah Akhundzada, Hibatullah Akhunzada, Akhundzada | Supreme Leader, Taliban, 2016-
Abdul Ghani Baradar | Mullah Baradar, Baradar | Deputy Prime Minister, Afghanistan, 2021-
Sirajuddin Haqqani |  | Interior Minister, Afghanistan, 2021-
Zabihullah Mujahid |  | Spokesman, Taliban
Sheikh Hasina | Sheikh Hasina Wazed, Hasina | Prime Minister, Bangladesh, 2009-2024
Khaleda Zia |  | Prime Minister, Bangladesh, 1991-1996 ; Prime Minister, Bangladesh, 2001-2006
Muhammad Yunus | Yunus | Chief Adviser, Bangladesh, 2024-
Mahinda Rajapaksa |  | President, Sri Lanka, 2005-2015 ; Prime Minister, Sri Lanka, 2019-2022
Gotabaya Rajapaksa |  | Defence Secretary, Sri Lanka, 2005-2015 ; President, Sri Lanka, 2019-2022
Ranil Wickremesinghe | Wickremesinghe | President, Sri Lanka, 2022-2024
Anura Kumara Dissanayake | Dissanayake | President, Sri Lanka, 2024-
Aung San Suu Kyi | Suu Kyi | State Counsellor, Myanmar, 2016-2021
Min Aung Hlaing |  | Commander-in-Chief, Myanmar, 2011-
Thein Sein |  | President, Myanmar, 2011-2016
Thaksin Shinawatra | Thaksin | Prime Minister, Thailand, 2001-2006
Yingluck Shinawatra | Yingluck | Prime Minister, Thailand, 2011-2014
Prayuth Chan-ocha | Prayut Chan-o-cha, Prayuth Chan-o-cha, Prayuth, Prayut | Prime Minister, Thailand, 2014-2023
Srettha Thavisin | Srettha | Prime Minister, Thailand, 2023-2024
Paetongtarn Shinawatra | Paetongtarn | Prime Minister, Thailand, 2024-2025
Anutin Charnvirakul | Anutin | Prime Minister, Thailand, 2025-
Nguyen Phu Trong |  | General Secretary of the Communist Party, Vietnam, 2011-2024
To Lam |  | General Secretary of the Communist Party, Vietnam, 2024-
Susilo Bambang Yudhoyono | Yudhoyono | President, Indonesia, 2004-2014
Joko Widodo | Jokowi, Widodo | President, Indonesia, 2014-2024
Prabowo Subianto | Prabowo | Defense Minister, Indonesia, 2019-2024 ; President, Indonesia, 2024-
Gloria Macapagal Arroyo | Gloria Arroyo, Arroyo | President, Philippines, 2001-2010
Benigno Aquino III | Benigno Aquino, Noynoy Aquino | President, Philippines, 2010-2016
Rodrigo Duterte | Duterte | President, Philippines, 2016-2022
Ferdinand Marcos Jr. | Ferdinand Marcos Jr, Bongbong Marcos, Ferdinand R. Marcos Jr. | President, Philippines, 2022-
Mahathir Mohamad | Mahathir bin Mohamad, Mahathir | Prime Minister, Malaysia, 1981-2003 ; Prime Minister, Malaysia, 2018-2020
Najib Razak | Najib Tun Razak, Najib | Prime Minister, Malaysia, 2009-2018
Anwar Ibrahim | Anwar | Prime Minister, Malaysia, 2022-
Goh Chok Tong |  | Prime Minister, Singapore, 1990-2004
Lee Hsien Loong |  | Prime Minister, Singapore, 2004-2024
Lawrence Wong |  | Prime Minister, Singapore, 2024-
John Howard |  | Prime Minister, Australia, 1996-2007
Kevin Rudd | Rudd | Prime Minister, Australia, 2007-2010 ; Prime Minister, Australia, 2013-2013
Julia Gillard | Gillard | Prime Minister, Australia, 2010-2013
Tony Abbott |  | Prime Minister, Australia, 2013-2015
Malcolm Turnbull | Turnbull | Prime Minister, Australia, 2015-2018
Scott Morrison |  | Prime Minister, Australia, 2018-2022
Anthony Albanese | Albanese | Prime Minister, Australia, 2022-
Penny Wong |  | Foreign Minister, Australia, 2022-
Helen Clark |  | Prime Minister, New Zealand, 1999-2008
John Key |  | Prime Minister, New Zealand, 2008-2016
Jacinda Ardern | Ardern | Prime Minister, New Zealand, 2017-2023
Christopher Luxon | Chris Luxon, Luxon | Prime Minister, New Zealand, 2023-
Jigme Singye Wangchuck | King Jigme Singye Wangchuck | King, Bhutan, 1972-2006
Jigme Khesar Namgyel Wangchuck | King Jigme Khesar Namgyel Wangchuck, King Jigme Khesar | King, Bhutan, 2006-
Jigme Thinley | Jigmi Thinley, Jigmi Y. Thinley, Jigme Yoser Thinley | Prime Minister, Bhutan, 2008-2013
Tshering Tobgay |  | Prime Minister, Bhutan, 2013-2018 ; Prime Minister, Bhutan, 2024-
Lotay Tshering |  | Prime Minister, Bhutan, 2018-2024
Hassanal Bolkiah | Sultan Hassanal Bolkiah, Haji Hassanal Bolkiah | Sultan, Brunei, 1967- ; Prime Minister, Brunei, 1984-
Norodom Sihanouk | King Norodom Sihanouk, Prince Norodom Sihanouk, King Sihanouk, Prince Sihanouk, Sihanouk | King, Cambodia, 1941-1955 ; Head of State, Cambodia, 1960-1970 ; President of the Supreme National Council, Cambodia, 1991-1993 ; King, Cambodia, 1993-2004
Norodom Sihamoni | King Norodom Sihamoni, King Sihamoni, Sihamoni | King, Cambodia, 2004-
Heng Samrin |  | Head of State, Cambodia, 1979-1992 ; President of the National Assembly, Cambodia, 2006-2023
Chea Sim |  | Head of State, Cambodia, 1992-1993 ; President of the Senate, Cambodia, 1999-2015
Norodom Ranariddh | Prince Norodom Ranariddh, Prince Ranariddh, Ranariddh | First Prime Minister, Cambodia, 1993-1997 ; President of the National Assembly, Cambodia, 1998-2006
Ung Huot |  | First Prime Minister, Cambodia, 1997-1998
Hun Sen | Samdech Hun Sen, Samdech Techo Hun Sen | Prime Minister, Cambodia, 1985-1993 ; Second Prime Minister, Cambodia, 1993-1998 ; Prime Minister, Cambodia, 1998-2023 ; President of the Senate, Cambodia, 2024-
Hun Manet |  | Prime Minister, Cambodia, 2023-
Hor Namhong | Hor Nam Hong | Foreign Minister, Cambodia, 1998-2016
Prak Sokhonn | Prak Sokhon | Foreign Minister, Cambodia, 2016-2023 ; Foreign Minister, Cambodia, 2024-
Sok Chenda Sophea |  | Foreign Minister, Cambodia, 2023-2024
Xanana Gusmao | Xanana Gusmão, Kay Rala Xanana Gusmao, Kay Rala Xanana Gusmão, Jose Alexandre Gusmao, José Alexandre Gusmão, Xanana, Gusmao | President, East Timor, 2002-2007 ; Prime Minister, East Timor, 2007-2015 ; Prime Minister, East Timor, 2023-
Jose Ramos-Horta | José Ramos-Horta, Jose Ramos Horta, José Ramos Horta, Ramos Horta, Ramos-Horta | Foreign Minister, East Timor, 2002-2006 ; Prime Minister, East Timor, 2006-2007 ; President, East Timor, 2007-2012 ; President, East Timor, 2022-
Mari Alkatiri | Mari Bin Amude Alkatiri, Alkatiri | Prime Minister, East Timor, 2002-2006 ; Prime Minister, East Timor, 2017-2018
Taur Matan Ruak | Jose Maria de Vasconcelos, José Maria de Vasconcelos | President, East Timor, 2012-2017 ; Prime Minister, East Timor, 2018-2023
Rui Maria de Araujo | Rui Maria de Araújo, Rui Araujo, Rui Araújo | Prime Minister, East Timor, 2015-2017
Francisco Guterres | Francisco Guterres Lu-Olo, Francisco Guterres Lu Olo, Lu Olo, Lu-Olo | President, East Timor, 2017-2022
Penaia Ganilau | Ratu Sir Penaia Ganilau, Ratu Penaia Ganilau | President, Fiji, 1987-1993
Kamisese Mara | Ratu Sir Kamisese Mara, Ratu Kamisese Mara | Prime Minister, Fiji, 1970-1992 ; President, Fiji, 1993-2000
Josefa Iloilo | Ratu Josefa Iloilo, Ratu Josefa Iloilovatu Uluivuda | President, Fiji, 2000-2006 ; President, Fiji, 2007-2009
Epeli Nailatikau | Ratu Epeli Nailatikau, Nailatikau | President, Fiji, 2009-2015
Jioji Konrote | George Konrote, Konrote | President, Fiji, 2015-2021
Wiliame Katonivere | Ratu Wiliame Katonivere, Katonivere | President, Fiji, 2021-2024
Naiqama Lalabalavu | Ratu Naiqama Lalabalavu, Ratu Naiqama Tawake Lalabalavu, Lalabalavu | President, Fiji, 2024-
Sitiveni Rabuka | Steve Rabuka, Rabuka | Prime Minister, Fiji, 1992-1999 ; Prime Minister, Fiji, 2022-
Mahendra Chaudhry | Mahendra Pal Chaudhry | Prime Minister, Fiji, 1999-2000
Laisenia Qarase | Qarase | Prime Minister, Fiji, 2000-2006
Frank Bainimarama | Voreqe Bainimarama, Josaia Voreqe Bainimarama, Commodore Frank Bainimarama, Bainimarama | Military Commander, Fiji, 1999-2014 ; Prime Minister, Fiji, 2007-2022
Inoke Kubuabola | Ratu Inoke Kubuabola, Kubuabola | Foreign Minister, Fiji, 2009-2016
Sakiasi Ditoka |  | Foreign Minister, Fiji, 2026-
Ieremia Tabai | Tabai | President, Kiribati, 1979-1991
Teatao Teannaki | Teannaki | President, Kiribati, 1991-1994
Teburoro Tito |  | President, Kiribati, 1994-2003
Anote Tong |  | President, Kiribati, 2003-2016
Taneti Maamau | Taneti Mamau, Maamau | President, Kiribati, 2016-
Kaysone Phomvihane | Kaysone Phomvihan | Prime Minister, Laos, 1975-1991 ; President, Laos, 1991-1992
Nouhak Phoumsavanh | Nouhak Phoumsavan | President, Laos, 1992-1998
Khamtai Siphandone | Khamtay Siphandone, Khamtai Siphandon | Prime Minister, Laos, 1991-1998 ; President, Laos, 1998-2006
Sisavath Keobounphanh | Sisavat Keobounphan | Prime Minister, Laos, 1998-2001
Bounnhang Vorachith | Bounnhang Vorachit | Prime Minister, Laos, 2001-2006 ; Vice President, Laos, 2006-2016 ; President, Laos, 2016-2021
Choummaly Sayasone | Choummaly Xayasone | President, Laos, 2006-2016
Bouasone Bouphavanh |  | Prime Minister, Laos, 2006-2010
Thongsing Thammavong |  | Prime Minister, Laos, 2010-2016
Thongloun Sisoulith | Thongloun Sisoulit, Tongloun Sisoulith | Foreign Minister, Laos, 2006-2016 ; Prime Minister, Laos, 2016-2021 ; President, Laos, 2021-
Phankham Viphavanh |  | Prime Minister, Laos, 2021-2022
Sonexay Siphandone | Sonexai Siphandone, Sonexay Siphandon | Prime Minister, Laos, 2022-
Maumoon Abdul Gayoom | Gayoom | President, Maldives, 1978-2008
Mohamed Nasheed | Nasheed | President, Maldives, 2008-2012 ; Speaker of Parliament, Maldives, 2019-2023
Mohammed Waheed Hassan | Mohamed Waheed Hassan, Mohamed Waheed Hassan Manik | Vice President, Maldives, 2008-2012 ; President, Maldives, 2012-2013
Abdulla Yameen | Yameen | President, Maldives, 2013-2018
Ibrahim Mohamed Solih | Ibu Solih, Solih | President, Maldives, 2018-2023
Mohamed Muizzu | Muizzu | President, Maldives, 2023-
Amata Kabua |  | President, Marshall Islands, 1979-1996
Kunio Lemari |  | Acting President, Marshall Islands, 1996-1997
Imata Kabua |  | President, Marshall Islands, 1997-2000
Kessai Note | Kessai H. Note | President, Marshall Islands, 2000-2008
Litokwa Tomeing | Tomeing | President, Marshall Islands, 2008-2009
Jurelang Zedkaia | Zedkaia | President, Marshall Islands, 2009-2012
Christopher Loeak | Chris Loeak, Loeak | President, Marshall Islands, 2012-2016
Casten Nemra |  | President, Marshall Islands, 2016-2016
Hilda Heine | Hilda C. Heine | President, Marshall Islands, 2016-2020 ; President, Marshall Islands, 2024-
David Kabua |  | President, Marshall Islands, 2020-2024
John Haglelgam |  | President, Micronesia, 1987-1991
Bailey Olter | Olter | President, Micronesia, 1991-1997
Jacob Nena |  | President, Micronesia, 1996-1999
Leo Falcam | Leo A. Falcam, Falcam | President, Micronesia, 1999-2003
Joseph Urusemal | Joseph J. Urusemal, Urusemal | President, Micronesia, 2003-2007
Emanuel Mori | Manny Mori | President, Micronesia, 2007-2015
Peter Christian | Peter M. Christian | President, Micronesia, 2015-2019
David Panuelo | David W. Panuelo, Panuelo | President, Micronesia, 2019-2023
Wesley Simina | Wesley W. Simina, Simina | President, Micronesia, 2023-
Punsalmaagiin Ochirbat | Punsalmaa Ochirbat, Ochirbat | President, Mongolia, 1990-1997
Dashiin Byambasuren | Dashiin Byambasüren, Dashi Byambasuren, Byambasuren | Prime Minister, Mongolia, 1990-1992
Puntsagiin Jasrai | Puntsag Jasrai, Jasrai | Prime Minister, Mongolia, 1992-1996
Mendsaikhany Enkhsaikhan | Mendsaikhan Enkhsaikhan, Enkhsaikhan | Prime Minister, Mongolia, 1996-1998
Natsagiin Bagabandi | Natsag Bagabandi, Bagabandi | President, Mongolia, 1997-2005
Tsakhiagiin Elbegdorj | Tsakhia Elbegdorj, Elbegdorj | Prime Minister, Mongolia, 1998-1998 ; Prime Minister, Mongolia, 2004-2006 ; President, Mongolia, 2009-2017
Janlavyn Narantsatsralt | Janlav Narantsatsralt, Narantsatsralt | Prime Minister, Mongolia, 1998-1999
Rinchinnyamyn Amarjargal | Rinchinnyam Amarjargal | Prime Minister, Mongolia, 1999-2000
Nambaryn Enkhbayar | Nambar Enkhbayar | Prime Minister, Mongolia, 2000-2004 ; President, Mongolia, 2005-2009
Miyeegombyn Enkhbold | Miyegombo Enkhbold | Prime Minister, Mongolia, 2006-2007
Sanjaagiin Bayar | Sanj Bayar | Prime Minister, Mongolia, 2007-2009
Sukhbaataryn Batbold | Sükhbaataryn Batbold, Sukhbaatar Batbold | Prime Minister, Mongolia, 2009-2012
Norovyn Altankhuyag | Norov Altankhuyag, Altankhuyag | Prime Minister, Mongolia, 2012-2014
Chimediin Saikhanbileg | Chimed Saikhanbileg, Saikhanbileg | Prime Minister, Mongolia, 2014-2016
Jargaltulgyn Erdenebat | Jargaltulga Erdenebat | Prime Minister, Mongolia, 2016-2017
Khaltmaagiin Battulga | Khaltmaa Battulga | President, Mongolia, 2017-2021
Ukhnaagiin Khurelsukh | Ukhnaa Khurelsukh, Khurelsukh Ukhnaa, Ukhnaagiin Khürelsükh, Khurelsukh | Prime Minister, Mongolia, 2017-2021 ; President, Mongolia, 2021-
Luvsannamsrain Oyun-Erdene | Luvsannamsrai Oyun-Erdene, Oyun-Erdene Luvsannamsrai, Oyun-Erdene | Prime Minister, Mongolia, 2021-2025
Gombojavyn Zandanshatar | Gombojav Zandanshatar, Zandanshatar Gombojav, Zandanshatar | Foreign Minister, Mongolia, 2009-2012 ; Speaker of Parliament, Mongolia, 2019-2024 ; Prime Minister, Mongolia, 2025-
Luvsanvandan Bold | Bold Luvsanvandan | Foreign Minister, Mongolia, 2012-2014
Lundeg Purevsuren | Purevsuren Lundeg | Foreign Minister, Mongolia, 2014-2016
Tsend Munkh-Orgil | Munkh-Orgil Tsend, Munkh-Orgil | Foreign Minister, Mongolia, 2016-2017
Damdin Tsogtbaatar | Tsogtbaatar Damdin | Foreign Minister, Mongolia, 2017-2020
Nyamtseren Enkhtaivan | Enkhtaivan Nyamtseren | Foreign Minister, Mongolia, 2020-2021
Battsetseg Batmunkh | Batmunkh Battsetseg | Foreign Minister, Mongolia, 2021-
Bernard Dowiyogo | Dowiyogo | President, Nauru, 1976-1978 ; President, Nauru, 1989-1995 ; President, Nauru, 1996-1996 ; President, Nauru, 1998-1999 ; President, Nauru, 2000-2001 ; President, Nauru, 2003-2003
Lagumot Harris |  | President, Nauru, 1978-1978 ; President, Nauru, 1995-1996
Kennan Adeang |  | President, Nauru, 1986-1986 ; President, Nauru, 1996-1996
Ruben Kun | Rueben Kun | President, Nauru, 1996-1997
Kinza Clodumar | Kinza Godfrey Clodumar, Clodumar | President, Nauru, 1997-1998
Rene Harris | René Harris | President, Nauru, 1999-2000 ; President, Nauru, 2001-2003 ; President, Nauru, 2003-2004
Derog Gioura |  | Acting President, Nauru, 2003-2003
Ludwig Scotty |  | President, Nauru, 2003-2003 ; President, Nauru, 2004-2007
Marcus Stephen |  | President, Nauru, 2007-2011
Freddie Pitcher |  | President, Nauru, 2011-2011
Sprent Dabwido | Dabwido | President, Nauru, 2011-2013
Baron Waqa | Waqa | President, Nauru, 2013-2019
Lionel Aingimea | Aingimea | President, Nauru, 2019-2022
Russ Kun | Russ Joseph Kun | President, Nauru, 2022-2023
David Adeang |  | President, Nauru, 2023-
Birendra | King Birendra, Birendra Bir Bikram Shah Dev, Birendra Bir Bikram Shah | King, Nepal, 1972-2001
Dipendra | King Dipendra, Dipendra Bir Bikram Shah Dev | King, Nepal, 2001-2001
Gyanendra | King Gyanendra, Gyanendra Shah, Gyanendra Bir Bikram Shah Dev | King, Nepal, 1950-1951 ; King, Nepal, 2001-2008
Krishna Prasad Bhattarai |  | Prime Minister, Nepal, 1990-1991 ; Prime Minister, Nepal, 1999-2000
Lokendra Bahadur Chand |  | Prime Minister, Nepal, 1983-1986 ; Prime Minister, Nepal, 1990-1990 ; Prime Minister, Nepal, 1997-1997 ; Prime Minister, Nepal, 2002-2003
Girija Prasad Koirala | G. P. Koirala, G.P. Koirala | Prime Minister, Nepal, 1991-1994 ; Prime Minister, Nepal, 1998-1999 ; Prime Minister, Nepal, 2000-2001 ; Prime Minister, Nepal, 2006-2008
Man Mohan Adhikari | Manmohan Adhikari | Prime Minister, Nepal, 1994-1995
Sher Bahadur Deuba |  | Prime Minister, Nepal, 1995-1997 ; Prime Minister, Nepal, 2001-2002 ; Prime Minister, Nepal, 2004-2005 ; Prime Minister, Nepal, 2017-2018 ; Prime Minister, Nepal, 2021-2022
Surya Bahadur Thapa |  | Prime Minister, Nepal, 1997-1998 ; Prime Minister, Nepal, 2003-2004
Ram Baran Yadav |  | President, Nepal, 2008-2015
Pushpa Kamal Dahal | Prachanda, Pushpa Kamal Dahal Prachanda | Prime Minister, Nepal, 2008-2009 ; Prime Minister, Nepal, 2016-2017 ; Prime Minister, Nepal, 2022-2024
Madhav Kumar Nepal |  | Prime Minister, Nepal, 2009-2011
Jhala Nath Khanal | Jhalanath Khanal | Prime Minister, Nepal, 2011-2011
Baburam Bhattarai |  | Prime Minister, Nepal, 2011-2013
Khil Raj Regmi |  | Chairman of the Interim Election Council, Nepal, 2013-2014
Sushil Koirala |  | Prime Minister, Nepal, 2014-2015
KP Sharma Oli | K. P. Sharma Oli, K.P. Sharma Oli, Khadga Prasad Sharma Oli, Khadga Prasad Oli, KP Oli, K.P. Oli, Oli | Prime Minister, Nepal, 2015-2016 ; Prime Minister, Nepal, 2018-2021 ; Prime Minister, Nepal, 2024-2025
Bidya Devi Bhandari | Bidhya Devi Bhandari | President, Nepal, 2015-2023
Ram Chandra Poudel | Ramchandra Paudel, Ram Chandra Paudel, Ramchandra Poudel | President, Nepal, 2023-
Sushila Karki | Karki | Chief Justice, Nepal, 2016-2017 ; Prime Minister, Nepal, 2025-2026
Balendra Shah | Balen Shah, Balen | Mayor of Kathmandu, Nepal, 2022-2026 ; Prime Minister, Nepal, 2026-
Sujata Koirala |  | Foreign Minister, Nepal, 2009-2011
Narayan Kaji Shrestha |  | Foreign Minister, Nepal, 2011-2013 ; Foreign Minister, Nepal, 2024-2024
Mahendra Bahadur Pandey |  | Foreign Minister, Nepal, 2014-2015
Kamal Thapa |  | Foreign Minister, Nepal, 2015-2016
Prakash Sharan Mahat |  | Foreign Minister, Nepal, 2016-2017
Pradeep Gyawali | Pradeep Kumar Gyawali | Foreign Minister, Nepal, 2018-2021
Narayan Khadka |  | Foreign Minister, Nepal, 2021-2022
Bimala Rai Paudyal | Bimala Rai Poudyal | Foreign Minister, Nepal, 2023-2023
Narayan Prakash Saud | N. P. Saud, NP Saud | Foreign Minister, Nepal, 2023-2024
Arzu Rana Deuba |  | Foreign Minister, Nepal, 2024-2025
Ngiratkel Etpison | Etpison | President, Palau, 1989-1993
Kuniwo Nakamura |  | President, Palau, 1993-2001
Tommy Remengesau | Tommy Remengesau Jr., Thomas Remengesau Jr., Tommy E. Remengesau Jr., Remengesau | President, Palau, 2001-2009 ; President, Palau, 2013-2021
Johnson Toribiong | Toribiong | President, Palau, 2009-2013
Surangel Whipps Jr. | Surangel Whipps, Surangel S. Whipps Jr., Whipps | President, Palau, 2021-
Michael Somare | Sir Michael Somare, Grand Chief Sir Michael Somare, Somare | Prime Minister, Papua New Guinea, 1975-1980 ; Prime Minister, Papua New Guinea, 1982-1985 ; Prime Minister, Papua New Guinea, 2002-2011
Julius Chan | Sir Julius Chan | Prime Minister, Papua New Guinea, 1980-1982 ; Prime Minister, Papua New Guinea, 1994-1997
Paias Wingti | Wingti | Prime Minister, Papua New Guinea, 1985-1988 ; Prime Minister, Papua New Guinea, 1992-1994
Rabbie Namaliu | Sir Rabbie Namaliu, Namaliu | Prime Minister, Papua New Guinea, 1988-1992
Bill Skate | William Skate | Prime Minister, Papua New Guinea, 1997-1999
Mekere Morauta | Sir Mekere Morauta, Morauta | Prime Minister, Papua New Guinea, 1999-2002
Sam Abal |  | Acting Prime Minister, Papua New Guinea, 2010-2011
Peter O'Neill | Peter Paire O'Neill | Prime Minister, Papua New Guinea, 2011-2019
James Marape | Marape | Prime Minister, Papua New Guinea, 2019-
Ano Pala |  | Foreign Minister, Papua New Guinea, 2011-2012
Rimbink Pato |  | Foreign Minister, Papua New Guinea, 2012-2019
Soroi Eoe | Soroi Marepo Eoe, Soroi Eo'e | Foreign Minister, Papua New Guinea, 2019-2019 ; Foreign Minister, Papua New Guinea, 2020-2022
Patrick Pruaitch | Pruaitch | Foreign Minister, Papua New Guinea, 2019-2020
Justin Tkatchenko | Tkatchenko | Foreign Minister, Papua New Guinea, 2022-2023 ; Foreign Minister, Papua New Guinea, 2024-
Malietoa Tanumafili II | Malietoa Tanumafili | Head of State, Samoa, 1962-2007
Tui Atua Tupua Tamasese Efi | Tuiatua Tupua Tamasese Efi, Tupua Tamasese Efi, Tupuola Efi | Prime Minister, Samoa, 1976-1982 ; Head of State, Samoa, 2007-2017
Tofilau Eti Alesana |  | Prime Minister, Samoa, 1982-1985 ; Prime Minister, Samoa, 1988-1998
Tuilaepa Sailele Malielegaoi | Tuila'epa Sa'ilele Malielegaoi, Tuilaepa Aiono Sailele Malielegaoi, Tuilaepa Lupesoliai Sailele Malielegaoi, Tuilaepa | Prime Minister, Samoa, 1998-2021
Tuimalealiifano Vaaletoa Sualauvi II | Tuimaleali'ifano Va'aletoa Sualauvi II, Va'aletoa Sualauvi II, Vaaletoa Sualauvi II | Head of State, Samoa, 2017-
Fiame Naomi Mata'afa | Fiamē Naomi Mata'afa, Fiame Naomi Mataafa, Naomi Mata'afa, Naomi Mataafa, Fiame | Prime Minister, Samoa, 2021-2025
La'auli Leuatea Schmidt | Laauli Leuatea Schmidt, La'aulialemalietoa Leuatea Schmidt, Laaulialemalietoa Leuatea Schmidt, Laaulialemalietoa Leuatea Polataivao Schmidt, Laaulialemalietoa Leuatea Polataivao Fosi Schmidt, Laaulialemalietoa, La'auli | Speaker of Parliament, Samoa, 2011-2016 ; Prime Minister, Samoa, 2025-
Solomon Mamaloni | Mamaloni | Prime Minister, Solomon Islands, 1981-1984 ; Prime Minister, Solomon Islands, 1989-1993 ; Prime Minister, Solomon Islands, 1994-1997
Francis Billy Hilly |  | Prime Minister, Solomon Islands, 1993-1994
Bartholomew Ulufa'alu | Bartholomew Ulufaalu, Ulufa'alu | Prime Minister, Solomon Islands, 1997-2000
Manasseh Sogavare | Sogavare | Prime Minister, Solomon Islands, 2000-2001 ; Prime Minister, Solomon Islands, 2006-2007 ; Prime Minister, Solomon Islands, 2014-2017 ; Prime Minister, Solomon Islands, 2019-2024
Allan Kemakeza | Sir Allan Kemakeza, Kemakeza | Prime Minister, Solomon Islands, 2001-2006
Snyder Rini |  | Prime Minister, Solomon Islands, 2006-2006
Derek Sikua | Sikua | Prime Minister, Solomon Islands, 2007-2010
Danny Philip |  | Prime Minister, Solomon Islands, 2010-2011
Gordon Darcy Lilo |  | Prime Minister, Solomon Islands, 2011-2014
Rick Houenipwela | Rick Hou, Houenipwela | Prime Minister, Solomon Islands, 2017-2019
Jeremiah Manele | Manele | Foreign Minister, Solomon Islands, 2019-2024 ; Prime Minister, Solomon Islands, 2024-2026
Taufa'ahau Tupou IV | Taufaahau Tupou IV, King Taufa'ahau Tupou IV, King Tupou IV, Tupou IV | King, Tonga, 1965-2006
Fatafehi Tu'ipelehake | Prince Fatafehi Tu'ipelehake, Prince Tu'ipelehake | Prime Minister, Tonga, 1965-1991
Baron Vaea |  | Prime Minister, Tonga, 1991-2000
George Tupou V | King George Tupou V, Siaosi Tupou V, Tupou V | King, Tonga, 2006-2012
Tupou VI | King Tupou VI, Aho'eitu Tupou VI, Lavaka Ata 'Ulukalala, Prince Lavaka Ata 'Ulukalala, Ulukalala Lavaka Ata | Prime Minister, Tonga, 2000-2006 ; King, Tonga, 2012-
Feleti Sevele | Fred Sevele, Sevele | Prime Minister, Tonga, 2006-2010
Siale'ataonga Tu'ivakano | Lord Tu'ivakano, Lord Tuivakano, Tu'ivakano | Prime Minister, Tonga, 2010-2014
Akilisi Pohiva | 'Akilisi Pohiva, Samuela 'Akilisi Pohiva | Prime Minister, Tonga, 2014-2019
Pohiva Tu'i'onetoa | Pohiva Tuionetoa, Tu'i'onetoa | Prime Minister, Tonga, 2019-2021
Siaosi Sovaleni | Hu'akavameiliku Siaosi Sovaleni, Hu'akavameiliku, Sovaleni | Prime Minister, Tonga, 2021-2024
Aisake Eke | 'Aisake Valu Eke, Aisake Valu Eke | Prime Minister, Tonga, 2024-2025
Fatafehi Fakafanua | Lord Fakafanua, Fakafanua | Prime Minister, Tonga, 2025-
Bikenibeu Paeniu | Paeniu | Prime Minister, Tuvalu, 1989-1993 ; Prime Minister, Tuvalu, 1996-1999
Kamuta Latasi | Sir Kamuta Latasi, Latasi | Prime Minister, Tuvalu, 1993-1996
Ionatana Ionatana |  | Prime Minister, Tuvalu, 1999-2000
Faimalaga Luka |  | Prime Minister, Tuvalu, 2001-2001
Koloa Talake | Talake | Prime Minister, Tuvalu, 2001-2002
Saufatu Sopoanga |  | Prime Minister, Tuvalu, 2002-2004
Maatia Toafa | Toafa | Prime Minister, Tuvalu, 2004-2006 ; Prime Minister, Tuvalu, 2010-2010
Apisai Ielemia | Ielemia | Prime Minister, Tuvalu, 2006-2010
Willy Telavi | Telavi | Prime Minister, Tuvalu, 2010-2013
Enele Sopoaga |  | Prime Minister, Tuvalu, 2013-2019
Kausea Natano | Natano | Prime Minister, Tuvalu, 2019-2024
Feleti Teo |  | Prime Minister, Tuvalu, 2024-
Walter Lini | Father Walter Lini | Prime Minister, Vanuatu, 1980-1991
Fred Timakata | Frederick Karlomuana Timakata, Timakata | President, Vanuatu, 1989-1994
Donald Kalpokas | Kalpokas | Prime Minister, Vanuatu, 1991-1991 ; Prime Minister, Vanuatu, 1998-1999
Maxime Carlot Korman |  | Prime Minister, Vanuatu, 1991-1995 ; Prime Minister, Vanuatu, 1996-1996
Jean-Marie Leye Lenelgau | Jean-Marie Léyé Lenelgau, Jean-Marie Leye | President, Vanuatu, 1994-1999
Serge Vohor | Vohor | Prime Minister, Vanuatu, 1995-1996 ; Prime Minister, Vanuatu, 1996-1998 ; Prime Minister, Vanuatu, 2004-2004 ; Prime Minister, Vanuatu, 2011-2011
John Bani |  | President, Vanuatu, 1999-2004
Barak Sope | Barak Tame Sope, Sope | Prime Minister, Vanuatu, 1999-2001
Edward Natapei | Edward Nipake Natapei, Natapei | Prime Minister, Vanuatu, 2001-2004 ; Prime Minister, Vanuatu, 2008-2010 ; Prime Minister, Vanuatu, 2011-2011
Kalkot Mataskelekele | Kalkot Matas Kelekele, Mataskelekele | President, Vanuatu, 2004-2009
Ham Lini |  | Prime Minister, Vanuatu, 2004-2008
Iolu Abil | Iolu Johnson Abil | President, Vanuatu, 2009-2014
Sato Kilman | Kilman | Prime Minister, Vanuatu, 2010-2013 ; Prime Minister, Vanuatu, 2015-2016 ; Prime Minister, Vanuatu, 2023-2023
Moana Carcasses Kalosil | Moana Carcasses | Prime Minister, Vanuatu, 2013-2014
Joe Natuman | Natuman | Prime Minister, Vanuatu, 2014-2015
Baldwin Lonsdale |  | President, Vanuatu, 2014-2017
Charlot Salwai | Charlot Salwai Tabimasmas, Salwai | Prime Minister, Vanuatu, 2016-2020 ; Prime Minister, Vanuatu, 2023-2025
Tallis Obed Moses | Obed Moses Tallis | President, Vanuatu, 2017-2022
Bob Loughman | Bob Loughman Weibur, Loughman | Prime Minister, Vanuatu, 2020-2022
Nikenike Vurobaravu | Vurobaravu | President, Vanuatu, 2022-
Ishmael Kalsakau | Alatoi Ishmael Kalsakau, Kalsakau | Prime Minister, Vanuatu, 2022-2023
Jotham Napat | Napat | Prime Minister, Vanuatu, 2025-
#
# Africa.
Omar al-Bashir | Omar Hassan al-Bashir, Omar Hassan Ahmad al-Bashir, Omar Bashir, Bashir | President, Sudan, 1989-2019
Abdel Fattah al-Burhan | Abdel-Fattah Burhan, Abdel Fattah Burhan, Burhan | Chairman of the Sovereign Council, Sudan, 2019-
Mohamed Hamdan Dagalo | Mohammed Hamdan Dagalo, Hemedti, Hemeti, Dagalo | Commander, Rapid Support Forces, 2013-
Abdalla Hamdok | Abdallah Hamdok, Hamdok | Prime Minister, Sudan, 2019-2022
Salva Kiir | Salva Kiir Mayardit, Kiir | First Vice President, Sudan, 2005-2011 ; President, South Sudan, 2011-
Riek Machar | Riek Machar Teny, Machar | Vice President, South Sudan, 2011-2013 ; Rebel Leader, South Sudan, 2013-2016 ; First Vice President, South Sudan, 2016-2016 ; Rebel Leader, South Sudan, 2016-2020 ; First Vice President, South Sudan, 2020-
Meles Zenawi | Meles | President, Ethiopia, 1991-1995 ; Prime Minister, Ethiopia, 1995-2012
Hailemariam Desalegn | Hailemariam | Prime Minister, Ethiopia, 2012-2018
Abiy Ahmed | Abiy Ahmed Ali, Abiy | Prime Minister, Ethiopia, 2018-
Isaias Afwerki | Isaias Afewerki, Isaias | President, Eritrea, 1993-
Abdullahi Yusuf Ahmed | Abdullahi Yusuf | President, Somalia, 2004-2008
Sharif Sheikh Ahmed |  | President, Somalia, 2009-2012
Hassan Sheikh Mohamud |  | President, Somalia, 2012-2017 ; President, Somalia, 2022-
Mohamed Abdullahi Mohamed | Mohamed Abdullahi Farmaajo, Farmaajo, Farmajo | Prime Minister, Somalia, 2010-2011 ; President, Somalia, 2017-2022
Ahmed Abdi Godane | Godane | Leader, al-Shabaab, 2008-2014
Mwai Kibaki | Kibaki | President, Kenya, 2002-2013
Uhuru Kenyatta | Kenyatta | Deputy Prime Minister, Kenya, 2008-2013 ; President, Kenya, 2013-2022
William Ruto | Ruto | Deputy President, Kenya, 2013-2022 ; President, Kenya, 2022-
Raila Odinga | Odinga | Prime Minister, Kenya, 2008-2013
Yoweri Museveni | Museveni | President, Uganda, 1986-
Joseph Kony | Kony | Leader of the Lord's Resistance Army, ,
Paul Kagame | Kagame | President, Rwanda, 2000-
Vincent Biruta | Biruta | Foreign Minister, Rwanda, 2019-2024
Olivier Nduhungirehe | Nduhungirehe | Foreign Minister, Rwanda, 2024-
Laurent-Desire Kabila | Laurent-Désiré Kabila, Laurent Kabila | President, Democratic Republic of Congo, 1997-2001
Joseph Kabila | Kabila | President, Democratic Republic of Congo, 2001-2019
Felix Tshisekedi | Félix Tshisekedi, Felix Antoine Tshisekedi, Félix Antoine Tshisekedi Tshilombo, Tshisekedi | President, Democratic Republic of Congo, 2019-
Sultani Makenga | Makenga | Military Commander, M23, 2013-
Pierre Nkurunziza | Nkurunziza | President, Burundi, 2005-2020
Evariste Ndayishimiye | Évariste Ndayishimiye, Ndayishimiye | President, Burundi, 2020-
Jakaya Kikwete | Kikwete | President, Tanzania, 2005-2015
John Magufuli | John Pombe Magufuli, Magufuli | President, Tanzania, 2015-2021
Samia Suluhu Hassan | Samia Suluhu | President, Tanzania, 2021-
Olusegun Obasanjo | Obasanjo | Head of State, Nigeria, 1976-1979 ; President, Nigeria, 1999-2007
Umaru Musa Yar'Adua | Umaru Yar'Adua, Yar'Adua | President, Nigeria, 2007-2010
Goodluck Jonathan |  | Vice President, Nigeria, 2007-2010 ; President, Nigeria, 2010-2015
Muhammadu Buhari | Muhammad Buhari, Buhari | Head of State, Nigeria, 1983-1985 ; President, Nigeria, 2015-2023
Bola Tinubu | Bola Ahmed Tinubu, Tinubu | President, Nigeria, 2023-
Abubakar Shekau | Shekau | Leader, Boko Haram, 2009-2021
John Kufuor | John Agyekum Kufuor, Kufuor | President, Ghana, 2001-2009
John Atta Mills | Atta Mills | President, Ghana, 2009-2012
John Mahama | John Dramani Mahama, Mahama | President, Ghana, 2012-2017 ; President, Ghana, 2025-
Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo, Akufo-Addo | President, Ghana, 2017-2025
Abdoulaye Wade | Wade | President, Senegal, 2000-2012
Macky Sall |  | President, Senegal, 2012-2024
Bassirou Diomaye Faye | Diomaye Faye | President, Senegal, 2024-
Ousmane Sonko | Sonko | Prime Minister, Senegal, 2024-
Laurent Gbagbo | Gbagbo | President, Ivory Coast, 2000-2011
Alassane Ouattara | Ouattara | President, Ivory Coast, 2011-
Amadou Toumani Toure | Amadou Toumani Touré | President, Mali, 2002-2012
Ibrahim Boubacar Keita | Ibrahim Boubacar Keïta | President, Mali, 2013-2020
Assimi Goita | Assimi Goïta, Goita | President, Mali, 2021-
Blaise Compaore | Blaise Compaoré, Compaore | President, Burkina Faso, 1987-2014
Roch Marc Christian Kabore | Roch Marc Christian Kaboré, Roch Kabore | President, Burkina Faso, 2015-2022
Ibrahim Traore | Ibrahim Traoré | President, Burkina Faso, 2022-
Mahamadou Issoufou | Issoufou | President, Niger, 2011-2021
Mohamed Bazoum | Bazoum | President, Niger, 2021-2023
Abdourahamane Tchiani | Abdourahamane Tiani, Tchiani, Tiani | President, Niger, 2023-
Idriss Deby | Idriss Déby, Idriss Deby Itno, Idriss Déby Itno | President, Chad, 1990-2021
Mahamat Idriss Deby | Mahamat Déby, Mahamat Deby, Mahamat Idriss Déby, Mahamat Idriss Deby Itno | President, Chad, 2021-
Faustin-Archange Touadera | Faustin-Archange Touadéra, Touadera | President, Central African Republic, 2016-
Paul Biya | Biya | President, Cameroon, 1982-
Teodoro Obiang Nguema Mbasogo | Teodoro Obiang, Obiang | President, Equatorial Guinea, 1979-
Ali Bongo Ondimba | Ali Bongo | President, Gabon, 2009-2023
Brice Oligui Nguema | Oligui Nguema | President, Gabon, 2023-
Ellen Johnson Sirleaf | Johnson Sirleaf, Sirleaf | President, Liberia, 2006-2018
George Weah | Weah | President, Liberia, 2018-2024
Joseph Boakai | Joseph Nyuma Boakai, Boakai | Vice President, Liberia, 2006-2018 ; President, Liberia, 2024-
Charles Taylor |  | President, Liberia, 1997-2003
Alpha Conde | Alpha Condé, Conde | President, Guinea, 2010-2021
Mamady Doumbouya | Doumbouya | President, Guinea, 2021-
Robert Mugabe | Mugabe | Prime Minister, Zimbabwe, 1980-1987 ; President, Zimbabwe, 1987-2017
Emmerson Mnangagwa | Mnangagwa | Vice President, Zimbabwe, 2014-2017 ; President, Zimbabwe, 2017-
Morgan Tsvangirai | Tsvangirai | Prime Minister, Zimbabwe, 2009-2013
Nelson Mandela | Mandela | President, African National Congress, 1991-1997 ; President, South Africa, 1994-1999
Thabo Mbeki | Mbeki | President, South Africa, 1999-2008
Jacob Zuma | Zuma | President, South Africa, 2009-2018
Cyril Ramaphosa | Ramaphosa | Deputy President, South Africa, 2014-2018 ; President, South Africa, 2018-
Naledi Pandor | Pandor | Foreign Minister, South Africa, 2019-2024
Jose Eduardo dos Santos | José Eduardo dos Santos | President, Angola, 1979-2017
Joao Lourenco | João Lourenço, Lourenco | President, Angola, 2017-
Armando Guebuza | Guebuza | President, Mozambique, 2005-2015
Filipe Nyusi | Nyusi | President, Mozambique, 2015-2025
Daniel Chapo | Chapo | President, Mozambique, 2025-
Edgar Lungu | Lungu | President, Zambia, 2015-2021
Hakainde Hichilema | Hichilema | President, Zambia, 2021-
Mathieu Kerekou | Mathieu Kérékou, Kerekou, Kérékou | President, Benin, 1972-1991 ; President, Benin, 1996-2006
Nicephore Soglo | Nicéphore Soglo, Soglo | Prime Minister, Benin, 1990-1991 ; President, Benin, 1991-1996
Adrien Houngbedji | Adrien Houngbédji | Prime Minister, Benin, 1996-1998
Boni Yayi | Thomas Boni Yayi, Thomas Yayi Boni, Yayi Boni, Yayi | President, Benin, 2006-2016
Pascal Koupaki | Pascal Irénée Koupaki, Koupaki | Prime Minister, Benin, 2011-2013
Lionel Zinsou | Zinsou | Prime Minister, Benin, 2015-2016
Patrice Talon | Patrice Athanase Guillaume Talon | President, Benin, 2016-2026
Ketumile Masire | Quett Masire, Quett Ketumile Joni Masire, Sir Ketumile Masire, Masire | President, Botswana, 1980-1998
Festus Mogae | Festus Gontebanye Mogae, Mogae | President, Botswana, 1998-2008
Ian Khama | Seretse Khama Ian Khama, Khama | Vice President, Botswana, 1998-2008 ; President, Botswana, 2008-2018
Mokgweetsi Masisi | Mokgweetsi Eric Keabetswe Masisi, Masisi | Vice President, Botswana, 2014-2018 ; President, Botswana, 2018-2024
Duma Boko | Duma Gideon Boko | President, Botswana, 2024-
Aristides Pereira | Aristides Maria Pereira | President, Cape Verde, 1975-1991
Antonio Mascarenhas Monteiro | António Mascarenhas Monteiro, Mascarenhas Monteiro | President, Cape Verde, 1991-2001
Pedro Pires | Pedro Verona Pires, Pedro Verona Rodrigues Pires | Prime Minister, Cape Verde, 1975-1991 ; President, Cape Verde, 2001-2011
Carlos Veiga | Carlos Alberto Wahnon de Carvalho Veiga | Prime Minister, Cape Verde, 1991-2000
Gualberto do Rosario | Gualberto do Rosário | Prime Minister, Cape Verde, 2000-2001
Jose Maria Neves | José Maria Neves, José Maria Pereira Neves, Jose Maria Pereira Neves | Prime Minister, Cape Verde, 2001-2016 ; President, Cape Verde, 2021-
Jorge Carlos Fonseca | Jorge Carlos de Almeida Fonseca | President, Cape Verde, 2011-2021
Ulisses Correia e Silva | Ulisses Correia da Silva | Prime Minister, Cape Verde, 2016-
Said Mohamed Djohar | Saïd Mohamed Djohar, Djohar | President, Comoros, 1989-1995 ; President, Comoros, 1996-1996
Mohamed Taki Abdoulkarim | Mohamed Taki | President, Comoros, 1996-1998
Tadjidine Ben Said Massounde | Tadjidine Ben Saïd Massounde | Interim President, Comoros, 1998-1999
Azali Assoumani |  | President, Comoros, 1999-2002 ; President, Comoros, 2002-2006 ; President, Comoros, 2016-
Hamada Madi | Hamada Madi Bolero, Hamada Madi Boléro | Prime Minister, Comoros, 2000-2002 ; Interim President, Comoros, 2002-2002
Ahmed Abdallah Sambi | Ahmed Abdallah Mohamed Sambi, Sambi | President, Comoros, 2006-2011
Ikililou Dhoinine | Dhoinine | President, Comoros, 2011-2016
Hassan Gouled Aptidon | Hassan Gouled, Gouled | President, Djibouti, 1977-1999
Ismail Omar Guelleh | Ismaïl Omar Guelleh, Ismael Omar Guelleh, Guelleh | President, Djibouti, 1999-
Barkat Gourad Hamadou |  | Prime Minister, Djibouti, 1978-2001
Dileita Mohamed Dileita |  | Prime Minister, Djibouti, 2001-2013
Abdoulkader Kamil Mohamed |  | Prime Minister, Djibouti, 2013-
Mswati III | King Mswati III, King Mswati, Mswati | King, Eswatini, 1986-
Obed Dlamini | Obed Mfanyana Dlamini | Prime Minister, Eswatini, 1989-1993
Jameson Mbilini Dlamini | Prince Mbilini Dlamini, Mbilini Dlamini | Prime Minister, Eswatini, 1993-1996
Barnabas Sibusiso Dlamini | Sibusiso Dlamini, Barnabas Dlamini | Prime Minister, Eswatini, 1996-2003 ; Prime Minister, Eswatini, 2008-2018
Themba Dlamini | Absalom Themba Dlamini | Prime Minister, Eswatini, 2003-2008
Ambrose Dlamini | Ambrose Mandvulo Dlamini | Prime Minister, Eswatini, 2018-2020
Themba Masuku |  | Acting Prime Minister, Eswatini, 2020-2021
Cleopas Dlamini | Cleopas Sipho Dlamini | Prime Minister, Eswatini, 2021-2023
Russell Dlamini | Russell Mmiso Dlamini, Mmiso Dlamini | Prime Minister, Eswatini, 2023-
Dawda Jawara | Sir Dawda Jawara, Dawda Kairaba Jawara, Jawara | Prime Minister, Gambia, 1962-1970 ; President, Gambia, 1970-1994
Yahya Jammeh | Yahya A. J. J. Jammeh, Jammeh | President, Gambia, 1994-2017
Adama Barrow |  | President, Gambia, 2017-
Joao Bernardo Vieira | João Bernardo Vieira, Nino Vieira, João Bernardo 'Nino' Vieira | President, Guinea-Bissau, 1980-1999 ; President, Guinea-Bissau, 2005-2009
Carlos Correia |  | Prime Minister, Guinea-Bissau, 1991-1994 ; Prime Minister, Guinea-Bissau, 1997-1998 ; Prime Minister, Guinea-Bissau, 2008-2009 ; Prime Minister, Guinea-Bissau, 2015-2016
Malam Bacai Sanha | Malam Bacai Sanhá | Interim President, Guinea-Bissau, 1999-2000 ; President, Guinea-Bissau, 2009-2012
Kumba Yala | Kumba Yalá, Kumba Ialá, Kumba Iala, Koumba Yala | President, Guinea-Bissau, 2000-2003
Henrique Rosa | Henrique Pereira Rosa | Interim President, Guinea-Bissau, 2003-2005
Carlos Gomes Junior | Carlos Gomes Júnior | Prime Minister, Guinea-Bissau, 2004-2005 ; Prime Minister, Guinea-Bissau, 2009-2012
Aristides Gomes |  | Prime Minister, Guinea-Bissau, 2005-2007 ; Prime Minister, Guinea-Bissau, 2018-2020
Raimundo Pereira |  | Interim President, Guinea-Bissau, 2009-2009 ; Interim President, Guinea-Bissau, 2012-2012
Manuel Serifo Nhamadjo | Serifo Nhamadjo | Interim President, Guinea-Bissau, 2012-2014
Jose Mario Vaz | José Mário Vaz, Jomav | President, Guinea-Bissau, 2014-2020
Domingos Simoes Pereira | Domingos Simões Pereira | Prime Minister, Guinea-Bissau, 2014-2015
Baciro Dja | Baciro Djá | Prime Minister, Guinea-Bissau, 2015-2015 ; Prime Minister, Guinea-Bissau, 2016-2016
Umaro Sissoco Embalo | Umaro Sissoco Embaló, Umaro Embalo, Umaro Embaló, Sissoco Embalo, Embalo, Embaló | Prime Minister, Guinea-Bissau, 2016-2018 ; President, Guinea-Bissau, 2020-2025
Nuno Gomes Nabiam | Nabiam | Prime Minister, Guinea-Bissau, 2020-2023
Geraldo Martins | Geraldo João Martins | Prime Minister, Guinea-Bissau, 2023-2023
Rui Duarte de Barros |  | Prime Minister, Guinea-Bissau, 2023-2025
Braima Camara | Braima Camará | Prime Minister, Guinea-Bissau, 2025-2025
Horta N'Tam | Horta Ntam, Horta Inta-A, Horta Nta Na Man | Transitional President, Guinea-Bissau, 2025-
Ilidio Vieira Te | Ilídio Vieira Té | Prime Minister, Guinea-Bissau, 2025-
Moshoeshoe II | King Moshoeshoe II | King, Lesotho, 1966-1990 ; King, Lesotho, 1995-1996
Letsie III | King Letsie III, King Letsie, Letsie | King, Lesotho, 1990-1995 ; King, Lesotho, 1996-
Justin Lekhanya | Justin Metsing Lekhanya, Lekhanya | Chairman of the Military Council, Lesotho, 1986-1991
Elias Phisoana Ramaema | Elias Ramaema | Chairman of the Military Council, Lesotho, 1991-1993
Ntsu Mokhehle | Mokhehle | Prime Minister, Lesotho, 1993-1998
Pakalitha Mosisili | Bethuel Pakalitha Mosisili, Mosisili | Prime Minister, Lesotho, 1998-2012 ; Prime Minister, Lesotho, 2015-2017
Tom Thabane | Thomas Thabane, Motsoahae Thomas Thabane, Thabane | Prime Minister, Lesotho, 2012-2015 ; Prime Minister, Lesotho, 2017-2020
Moeketsi Majoro | Majoro | Prime Minister, Lesotho, 2020-2022
Sam Matekane | Samuel Matekane, Samuel Ntsokoane Matekane, Matekane | Prime Minister, Lesotho, 2022-
Didier Ratsiraka | Ratsiraka | President, Madagascar, 1975-1993 ; President, Madagascar, 1997-2002
Guy Razanamasy | Guy Willy Razanamasy, Razanamasy | Prime Minister, Madagascar, 1991-1993
Albert Zafy | Zafy | President, Madagascar, 1993-1996
Francisque Ravony | Ravony | Prime Minister, Madagascar, 1993-1995
Emmanuel Rakotovahiny | Rakotovahiny | Prime Minister, Madagascar, 1995-1996
Norbert Ratsirahonana | Norbert Lala Ratsirahonana, Ratsirahonana | Prime Minister, Madagascar, 1996-1997 ; Interim President, Madagascar, 1996-1997
Pascal Rakotomavo | Rakotomavo | Prime Minister, Madagascar, 1997-1998
Tantely Andrianarivo | Andrianarivo | Prime Minister, Madagascar, 1998-2002
Marc Ravalomanana | Ravalomanana | President, Madagascar, 2002-2009
Jacques Sylla |  | Prime Minister, Madagascar, 2002-2007
Charles Rabemananjara | Rabemananjara | Prime Minister, Madagascar, 2007-2009
Monja Roindefo | Roindefo Monja, Roindefo | Prime Minister, Madagascar, 2009-2009
Eugene Mangalaza | Eugène Mangalaza, Mangalaza | Prime Minister, Madagascar, 2009-2009
Andry Rajoelina | Andry Nirina Rajoelina, Rajoelina | President, Madagascar, 2009-2014 ; President, Madagascar, 2019-2025
Albert Camille Vital |  | Prime Minister, Madagascar, 2009-2011
Omer Beriziky | Beriziky | Prime Minister, Madagascar, 2011-2014
Hery Rajaonarimampianina | Rajaonarimampianina | President, Madagascar, 2014-2018
Roger Kolo | Kolo Roger | Prime Minister, Madagascar, 2014-2015
Jean Ravelonarivo | Ravelonarivo | Prime Minister, Madagascar, 2015-2016
Olivier Mahafaly Solonandrasana | Olivier Mahafaly, Solonandrasana | Prime Minister, Madagascar, 2016-2018
Christian Ntsay | Christian Louis Ntsay, Ntsay | Prime Minister, Madagascar, 2018-2025
Ruphin Zafisambo | Ruphin Fortunat Zafisambo, Zafisambo | Prime Minister, Madagascar, 2025-2025
Michael Randrianirina | Randrianirina | President, Madagascar, 2025-
Herintsalama Rajaonarivelo | Rajaonarivelo | Prime Minister, Madagascar, 2025-
Hastings Banda | Hastings Kamuzu Banda, Kamuzu Banda | Prime Minister, Malawi, 1964-1966 ; President, Malawi, 1966-1994
Bakili Muluzi |  | President, Malawi, 1994-2004
Bingu wa Mutharika | Bingu Mutharika | President, Malawi, 2004-2012
Joyce Banda |  | Vice President, Malawi, 2009-2012 ; President, Malawi, 2012-2014
Peter Mutharika | Arthur Peter Mutharika | President, Malawi, 2014-2020 ; President, Malawi, 2025-
Lazarus Chakwera | Chakwera | President, Malawi, 2020-2025
Maaouya Ould Sid'Ahmed Taya | Maaouiya Ould Sid'Ahmed Taya, Maaouya Ould Taya, Maaouiya Ould Taya, Ould Taya, Taya | President, Mauritania, 1984-2005
Sidi Mohamed Ould Boubacar |  | Prime Minister, Mauritania, 1992-1996 ; Prime Minister, Mauritania, 2005-2007
Cheikh El Avia Ould Mohamed Khouna |  | Prime Minister, Mauritania, 1996-1997 ; Prime Minister, Mauritania, 1998-2003
Sghair Ould M'Bareck | Sghaïr Ould M'Bareck | Prime Minister, Mauritania, 2003-2005
Ely Ould Mohamed Vall | Ely Ould Mohammed Vall | Head of State, Mauritania, 2005-2007
Sidi Ould Cheikh Abdallahi | Sidi Mohamed Ould Cheikh Abdallahi | President, Mauritania, 2007-2008
Zeine Ould Zeidane |  | Prime Minister, Mauritania, 2007-2008
Yahya Ould Ahmed El Waghef |  | Prime Minister, Mauritania, 2008-2008
Mohamed Ould Abdel Aziz | Mohamed Ould Abdelaziz | Head of State, Mauritania, 2008-2009 ; President, Mauritania, 2009-2019
Moulaye Ould Mohamed Laghdaf |  | Prime Minister, Mauritania, 2008-2014
Yahya Ould Hademine |  | Prime Minister, Mauritania, 2014-2018
Mohamed Salem Ould Bechir | Mohamed Salem Ould Béchir | Prime Minister, Mauritania, 2018-2019
Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani, Mohamed Ould Cheikh Ghazouani, Ghazouani | President, Mauritania, 2019-
Ismail Ould Bedde Ould Cheikh Sidiya | Ismail Ould Bedde | Prime Minister, Mauritania, 2019-2020
Mohamed Ould Bilal | Mohamed Ould Bilal Messoud | Prime Minister, Mauritania, 2020-2024
Mokhtar Ould Djay | Moctar Ould Diay, Mokhtar Ould Diay, Moctar Ould Djay | Prime Minister, Mauritania, 2024-
Anerood Jugnauth | Sir Anerood Jugnauth, Aneerood Jugnauth | Prime Minister, Mauritius, 1982-1995 ; Prime Minister, Mauritius, 2000-2003 ; President, Mauritius, 2003-2012 ; Prime Minister, Mauritius, 2014-2017
Veerasamy Ringadoo | Sir Veerasamy Ringadoo | President, Mauritius, 1992-1992
Cassam Uteem |  | President, Mauritius, 1992-2002
Navin Ramgoolam | Navinchandra Ramgoolam, Ramgoolam | Prime Minister, Mauritius, 1995-2000 ; Prime Minister, Mauritius, 2005-2014 ; Prime Minister, Mauritius, 2024-
Karl Offmann |  | President, Mauritius, 2002-2003
Paul Berenger | Paul Bérenger, Berenger, Bérenger | Prime Minister, Mauritius, 2003-2005
Kailash Purryag | Rajkeswur Purryag, Purryag | President, Mauritius, 2012-2015
Ameenah Gurib-Fakim | Ameenah Gurib, Gurib-Fakim | President, Mauritius, 2015-2018
Pravind Jugnauth | Pravind Kumar Jugnauth | Prime Minister, Mauritius, 2017-2024
Prithvirajsing Roopun | Pradeep Roopun, Roopun | President, Mauritius, 2019-2024
Dharam Gokhool | Dharambeer Gokhool, Gokhool | President, Mauritius, 2024-
Sam Nujoma | Samuel Nujoma, Samuel Shafiishuna Daniel Nujoma, Nujoma | President, Namibia, 1990-2005
Hage Geingob | Hage Gottfried Geingob, Geingob | Prime Minister, Namibia, 1990-2002 ; Prime Minister, Namibia, 2012-2015 ; President, Namibia, 2015-2024
Theo-Ben Gurirab | Theo Ben Gurirab, Gurirab | Prime Minister, Namibia, 2002-2005
Hifikepunye Pohamba | Pohamba | President, Namibia, 2005-2015
Nahas Angula |  | Prime Minister, Namibia, 2005-2012
Saara Kuugongelwa | Saara Kuugongelwa-Amadhila, Kuugongelwa-Amadhila, Kuugongelwa | Prime Minister, Namibia, 2015-2025
Nangolo Mbumba | Mbumba | Vice President, Namibia, 2018-2024 ; President, Namibia, 2024-2025
Netumbo Nandi-Ndaitwah | Netumbo Nandi Ndaitwah, Nandi-Ndaitwah | Foreign Minister, Namibia, 2012-2024 ; Vice President, Namibia, 2024-2025 ; President, Namibia, 2025-
Elijah Ngurare | Ngurare | Prime Minister, Namibia, 2025-
Denis Sassou Nguesso | Denis Sassou-Nguesso, Denis Sassou N'Guesso, Sassou Nguesso, Sassou-Nguesso | President, Republic of the Congo, 1979-1992 ; President, Republic of the Congo, 1997-
Pascal Lissouba | Lissouba | President, Republic of the Congo, 1992-1997
Andre Milongo | André Milongo, Milongo | Prime Minister, Republic of the Congo, 1991-1992
Joachim Yhombi-Opango | Jacques Joachim Yhombi-Opango, Yhombi-Opango | President, Republic of the Congo, 1977-1979 ; Prime Minister, Republic of the Congo, 1993-1996
Charles David Ganao |  | Prime Minister, Republic of the Congo, 1996-1997
Bernard Kolelas | Bernard Kolélas | Prime Minister, Republic of the Congo, 1997-1997
Isidore Mvouba | Mvouba | Prime Minister, Republic of the Congo, 2005-2009
Clement Mouamba | Clément Mouamba, Mouamba | Prime Minister, Republic of the Congo, 2016-2021
Anatole Collinet Makosso | Collinet Makosso, Makosso | Prime Minister, Republic of the Congo, 2021-
Manuel Pinto da Costa | Pinto da Costa | President, Sao Tome and Principe, 1975-1991 ; President, Sao Tome and Principe, 2011-2016
Miguel Trovoada |  | Prime Minister, Sao Tome and Principe, 1975-1979 ; President, Sao Tome and Principe, 1991-2001
Evaristo Carvalho |  | Prime Minister, Sao Tome and Principe, 1994-1994 ; Prime Minister, Sao Tome and Principe, 2001-2002 ; President, Sao Tome and Principe, 2016-2021
Carlos Graca | Carlos Graça | Prime Minister, Sao Tome and Principe, 1994-1995
Raul Braganca Neto | Raul Bragança Neto | Prime Minister, Sao Tome and Principe, 1996-1999
Guilherme Posser da Costa | Posser da Costa | Prime Minister, Sao Tome and Principe, 1999-2001
Fradique de Menezes | Fradique Menezes | President, Sao Tome and Principe, 2001-2011
Gabriel Costa | Gabriel Arcanjo Ferreira da Costa | Prime Minister, Sao Tome and Principe, 2002-2002 ; Prime Minister, Sao Tome and Principe, 2012-2014
Maria das Neves |  | Prime Minister, Sao Tome and Principe, 2002-2004
Damiao Vaz d'Almeida | Damião Vaz d'Almeida | Prime Minister, Sao Tome and Principe, 2004-2005
Maria do Carmo Silveira |  | Prime Minister, Sao Tome and Principe, 2005-2006
Tome Vera Cruz | Tomé Vera Cruz | Prime Minister, Sao Tome and Principe, 2006-2008
Patrice Trovoada |  | Prime Minister, Sao Tome and Principe, 2008-2008 ; Prime Minister, Sao Tome and Principe, 2010-2012 ; Prime Minister, Sao Tome and Principe, 2014-2018 ; Prime Minister, Sao Tome and Principe, 2022-2025
Rafael Branco |  | Prime Minister, Sao Tome and Principe, 2008-2010
Jorge Bom Jesus |  | Prime Minister, Sao Tome and Principe, 2018-2022
Carlos Vila Nova |  | President, Sao Tome and Principe, 2021-
Americo Ramos | Américo Ramos, Américo d'Oliveira dos Ramos, Americo d'Oliveira dos Ramos | Prime Minister, Sao Tome and Principe, 2025-
France-Albert Rene | France-Albert René, France Albert Rene, France Albert René | President, Seychelles, 1977-2004
James Michel | James Alix Michel | Vice President, Seychelles, 1996-2004 ; President, Seychelles, 2004-2016
Danny Faure |  | Vice President, Seychelles, 2010-2016 ; President, Seychelles, 2016-2020
Wavel Ramkalawan | Ramkalawan | President, Seychelles, 2020-2025
Patrick Herminie | Mathew Antonio Patrick Herminie, Herminie | Speaker of Parliament, Seychelles, 2007-2016 ; President, Seychelles, 2025-
Joseph Saidu Momoh | Joseph Momoh, Momoh | President, Sierra Leone, 1985-1992
Valentine Strasser | Strasser | Head of State, Sierra Leone, 1992-1996
Julius Maada Bio | Maada Bio | Head of State, Sierra Leone, 1996-1996 ; President, Sierra Leone, 2018-
Ahmad Tejan Kabbah | Tejan Kabbah, Kabbah | President, Sierra Leone, 1996-1997 ; President, Sierra Leone, 1998-2007
Johnny Paul Koroma |  | Head of State, Sierra Leone, 1997-1998
Ernest Bai Koroma |  | President, Sierra Leone, 2007-2018
Abdirahman Ahmed Ali Tuur | Abdirahman Tuur, Tuur | President, Somaliland, 1991-1993
Muhammad Haji Ibrahim Egal | Mohamed Haji Ibrahim Egal, Mohamed Ibrahim Egal, Egal | President, Somaliland, 1993-2002
Dahir Riyale Kahin | Dahir Rayale Kahin, Riyale | President, Somaliland, 2002-2010
Ahmed Mohamed Mohamoud | Ahmed Mohamed Silanyo, Ahmed Silanyo, Silanyo | President, Somaliland, 2010-2017
Muse Bihi Abdi | Muse Bihi | President, Somaliland, 2017-2024
Abdirahman Mohamed Abdullahi | Abdirahman Mohamed Abdullahi Irro, Abdirahman Irro, Abdirahman Cirro, Irro, Cirro | President, Somaliland, 2024-
Gnassingbe Eyadema | Gnassingbé Eyadéma, Etienne Eyadema, Étienne Eyadéma, Eyadema, Eyadéma | President, Togo, 1967-2005
Joseph Kokou Koffigoh | Kokou Koffigoh, Koffigoh | Prime Minister, Togo, 1991-1994
Edem Kodjo |  | Prime Minister, Togo, 1994-1996 ; Prime Minister, Togo, 2005-2006
Kwassi Klutse |  | Prime Minister, Togo, 1996-1999
Eugene Koffi Adoboli | Eugène Koffi Adoboli | Prime Minister, Togo, 1999-2000
Agbeyome Kodjo | Agbéyomé Kodjo, Gabriel Messan Agbéyomé Kodjo | Prime Minister, Togo, 2000-2002
Koffi Sama |  | Prime Minister, Togo, 2002-2005
Abass Bonfoh | Bonfoh Abass | Interim President, Togo, 2005-2005
Faure Gnassingbe | Faure Gnassingbé, Faure Essozimna Gnassingbé, Faure Essozimna Gnassingbe | President, Togo, 2005-2025 ; President of the Council of Ministers, Togo, 2025-
Yawovi Agboyibo | Agboyibo | Prime Minister, Togo, 2006-2007
Komlan Mally |  | Prime Minister, Togo, 2007-2008
Gilbert Houngbo | Gilbert Fossoun Houngbo | Prime Minister, Togo, 2008-2012
Kwesi Ahoomey-Zunu | Kwesi Séléagodji Ahoomey-Zunu, Ahoomey-Zunu | Prime Minister, Togo, 2012-2015
Komi Selom Klassou | Komi Sélom Klassou, Selom Klassou, Klassou | Prime Minister, Togo, 2015-2020
Victoire Tomegah Dogbe | Victoire Tomégah Dogbé | Prime Minister, Togo, 2020-2025
Jean-Lucien Savi de Tove | Jean-Lucien Savi de Tové | President, Togo, 2025-
Mohamed Abdelaziz | Mohammed Abdelaziz | Polisario Leader, Western Sahara, 1976-2016
Brahim Ghali | Ibrahim Ghali, Ghali | Polisario Leader, Western Sahara, 2016-
#
# The Americas.
Jean Chretien | Jean Chrétien, Chretien | Prime Minister, Canada, 1993-2003
Paul Martin |  | Prime Minister, Canada, 2003-2006
Stephen Harper | Harper | Prime Minister, Canada, 2006-2015
Justin Trudeau | Trudeau | Prime Minister, Canada, 2015-2025
Mark Carney |  | Governor of the Bank of England, United Kingdom, 2013-2020 ; Prime Minister, Canada, 2025-
Chrystia Freeland | Freeland | Foreign Minister, Canada, 2017-2019 ; Deputy Prime Minister, Canada, 2019-2024
Melanie Joly | Mélanie Joly, Joly | Foreign Minister, Canada, 2021-2025
Vicente Fox |  | President, Mexico, 2000-2006
Felipe Calderon | Felipe Calderón, Calderon | President, Mexico, 2006-2012
Enrique Pena Nieto | Enrique Peña Nieto, Pena Nieto, Peña Nieto | President, Mexico, 2012-2018
Andres Manuel Lopez Obrador | Andrés Manuel López Obrador, Lopez Obrador, López Obrador, AMLO | President, Mexico, 2018-2024
Claudia Sheinbaum | Sheinbaum | Mayor of Mexico City, Mexico, 2018-2023 ; President, Mexico, 2024-
Marcelo Ebrard | Ebrard | Foreign Minister, Mexico, 2018-2023
Fernando Henrique Cardoso | Cardoso | President, Brazil, 1995-2002
Luiz Inacio Lula da Silva | Luiz Inácio Lula da Silva, Lula da Silva, Lula | President, Brazil, 2003-2010 ; President, Brazil, 2023-
Dilma Rousseff | Rousseff | President, Brazil, 2011-2016
Michel Temer | Temer | President, Brazil, 2016-2018
Jair Bolsonaro | Bolsonaro | President, Brazil, 2019-2022
Celso Amorim | Amorim | Foreign Minister, Brazil, 2003-2010
Nestor Kirchner | Néstor Kirchner | President, Argentina, 2003-2007
Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner, Cristina Kirchner, Fernandez de Kirchner | President, Argentina, 2007-2015 ; Vice President, Argentina, 2019-2023
Mauricio Macri | Macri | President, Argentina, 2015-2019
Alberto Fernandez | Alberto Fernández | President, Argentina, 2019-2023
Javier Milei | Milei | President, Argentina, 2023-
Ricardo Lagos |  | President, Chile, 2000-2006
Sebastian Pinera | Sebastián Piñera, Pinera, Piñera | President, Chile, 2010-2014 ; President, Chile, 2018-2022
Gabriel Boric | Boric | President, Chile, 2022-
Andres Pastrana | Andrés Pastrana, Pastrana | President, Colombia, 1998-2002
Alvaro Uribe | Álvaro Uribe, Alvaro Uribe Velez, Álvaro Uribe Vélez, Uribe | President, Colombia, 2002-2010 ; Senator, Colombia, 2014-2020
Juan Manuel Santos | Santos | Defense Minister, Colombia, 2006-2009 ; President, Colombia, 2010-2018
Ivan Duque | Iván Duque, Duque | President, Colombia, 2018-2022
Gustavo Petro | Petro | President, Colombia, 2022-
Manuel Marulanda | Tirofijo | Leader of the FARC, , 1964-2008
Rodrigo Londono | Rodrigo Londoño, Timochenko, Timoleon Jimenez, Timoleón Jiménez | Leader of the FARC, , 2011-2017
Hugo Chavez | Hugo Chávez, Chavez, Chávez | President, Venezuela, 1999-2013
Nicolas Maduro | Nicolás Maduro, Maduro | Foreign Minister, Venezuela, 2006-2013 ; Vice President, Venezuela, 2012-2013 ; President, Venezuela, 2013-
Delcy Rodriguez | Delcy Rodríguez | Foreign Minister, Venezuela, 2014-2017 ; Vice President, Venezuela, 2018-
Juan Guaido | Juan Guaidó, Guaido, Guaidó | Opposition Leader, Venezuela, 2019-2023
Maria Corina Machado | María Corina Machado | Opposition Leader, Venezuela,
Fidel Castro |  | Prime Minister, Cuba, 1959-1976 ; President, Cuba, 1976-2008
Raul Castro | Raúl Castro | President, Cuba, 2008-2018
Miguel Diaz-Canel | Miguel Díaz-Canel, Diaz-Canel, Díaz-Canel | President, Cuba, 2018-
Bruno Rodriguez | Bruno Rodríguez, Bruno Rodriguez Parrilla, Bruno Rodríguez Parrilla | Foreign Minister, Cuba, 2009-
Daniel Ortega | Daniel Ortega Saavedra, Ortega | President, Nicaragua, 1985-1990 ; President, Nicaragua, 2007-
Rosario Murillo | Murillo | Vice President, Nicaragua, 2017-2025 ; Co-President, Nicaragua, 2025-
Rafael Correa | Correa | President, Ecuador, 2007-2017
Lenin Moreno | Lenín Moreno | President, Ecuador, 2017-2021
Guillermo Lasso | Lasso | President, Ecuador, 2021-2023
Daniel Noboa | Noboa | President, Ecuador, 2023-
Alejandro Toledo |  | President, Peru, 2001-2006
Alan Garcia | Alan García | President, Peru, 1985-1990 ; President, Peru, 2006-2011
Ollanta Humala | Humala | President, Peru, 2011-2016
Pedro Pablo Kuczynski | Kuczynski | President, Peru, 2016-2018
Martin Vizcarra | Martín Vizcarra, Vizcarra | President, Peru, 2018-2020
Pedro Castillo |  | President, Peru, 2021-2022
Dina Boluarte | Boluarte | President, Peru, 2022-2025
Evo Morales | Evo | President, Bolivia, 2006-2019
Luis Arce |  | President, Bolivia, 2020-2025
Jose Mujica | José Mujica, Pepe Mujica, Mujica | President, Uruguay, 2010-2015
Tabare Vazquez | Tabaré Vázquez | President, Uruguay, 2005-2010 ; President, Uruguay, 2015-2020
Luis Lacalle Pou | Lacalle Pou | President, Uruguay, 2020-2025
Yamandu Orsi | Yamandú Orsi, Orsi | President, Uruguay, 2025-
Jimmy Morales |  | President, Guatemala, 2016-2020
Alejandro Giammattei | Giammattei | President, Guatemala, 2020-2024
Bernardo Arevalo | Bernardo Arévalo, Arevalo, Arévalo | President, Guatemala, 2024-
Manuel Zelaya | Zelaya | President, Honduras, 2006-2009
Juan Orlando Hernandez | Juan Orlando Hernández | President, Honduras, 2014-2022
Xiomara Castro |  | President, Honduras, 2022-
Nayib Bukele | Bukele | President, El Salvador, 2019-
Jean-Bertrand Aristide | Aristide | President, Haiti, 2001-2004
Rene Preval | René Préval, Preval, Préval | President, Haiti, 2006-2011
Michel Martelly | Martelly | President, Haiti, 2011-2016
Jovenel Moise | Jovenel Moïse | President, Haiti, 2017-2021
Ariel Henry |  | Prime Minister, Haiti, 2021-2024
Vere Bird | Vere Cornwall Bird, V.C. Bird | Prime Minister, Antigua and Barbuda, 1981-1994
Lester Bird |  | Prime Minister, Antigua and Barbuda, 1994-2004
Baldwin Spencer | Winston Baldwin Spencer | Prime Minister, Antigua and Barbuda, 2004-2014
Gaston Browne |  | Prime Minister, Antigua and Barbuda, 2014-
Lynden Pindling | Sir Lynden Pindling, Pindling | Prime Minister, Bahamas, 1969-1992
Hubert Ingraham |  | Prime Minister, Bahamas, 1992-2002 ; Prime Minister, Bahamas, 2007-2012
Perry Christie |  | Prime Minister, Bahamas, 2002-2007 ; Prime Minister, Bahamas, 2012-2017
Hubert Minnis | Minnis | Prime Minister, Bahamas, 2017-2021
Philip Davis | Philip Brave Davis, Phillip Davis | Prime Minister, Bahamas, 2021-
Erskine Sandiford | Lloyd Erskine Sandiford, Sandiford | Prime Minister, Barbados, 1987-1994
Owen Arthur |  | Prime Minister, Barbados, 1994-2008
David Thompson |  | Prime Minister, Barbados, 2008-2010
Freundel Stuart |  | Prime Minister, Barbados, 2010-2018
Mia Mottley | Mia Amor Mottley, Mottley | Prime Minister, Barbados, 2018-
Sandra Mason | Dame Sandra Mason | Governor-General, Barbados, 2018-2021 ; President, Barbados, 2021-2025
Jeffrey Bostic |  | President, Barbados, 2025-
George Price |  | Prime Minister, Belize, 1981-1984 ; Prime Minister, Belize, 1989-1993
Manuel Esquivel |  | Prime Minister, Belize, 1984-1989 ; Prime Minister, Belize, 1993-1998
Said Musa |  | Prime Minister, Belize, 1998-2008
Dean Barrow |  | Prime Minister, Belize, 2008-2020
Johnny Briceno | Johnny Briceño, John Briceño | Prime Minister, Belize, 2020-
Oscar Arias | Óscar Arias, Oscar Arias Sanchez, Óscar Arias Sánchez | President, Costa Rica, 1986-1990 ; President, Costa Rica, 2006-2010
Rafael Angel Calderon | Rafael Ángel Calderón, Rafael Angel Calderon Fournier, Rafael Ángel Calderón Fournier | President, Costa Rica, 1990-1994
Jose Maria Figueres | José María Figueres, Jose Maria Figueres Olsen, José María Figueres Olsen | President, Costa Rica, 1994-1998
Miguel Angel Rodriguez | Miguel Ángel Rodríguez | President, Costa Rica, 1998-2002
Abel Pacheco |  | President, Costa Rica, 2002-2006
Laura Chinchilla |  | President, Costa Rica, 2010-2014
Luis Guillermo Solis | Luis Guillermo Solís | President, Costa Rica, 2014-2018
Carlos Alvarado | Carlos Alvarado Quesada | President, Costa Rica, 2018-2022
Rodrigo Chaves | Rodrigo Chaves Robles | President, Costa Rica, 2022-2026
Laura Fernandez | Laura Fernández, Laura Fernández Delgado | President, Costa Rica, 2026-
Eugenia Charles | Dame Eugenia Charles, Mary Eugenia Charles | Prime Minister, Dominica, 1980-1995
Edison James |  | Prime Minister, Dominica, 1995-2000
Rosie Douglas |  | Prime Minister, Dominica, 2000-2000
Pierre Charles |  | Prime Minister, Dominica, 2000-2004
Roosevelt Skerrit | Skerrit | Prime Minister, Dominica, 2004-
Nicholas Liverpool |  | President, Dominica, 2003-2012
Charles Savarin |  | President, Dominica, 2013-2023
Sylvanie Burton |  | President, Dominica, 2023-
Joaquin Balaguer | Joaquín Balaguer, Balaguer | President, Dominican Republic, 1986-1996
Leonel Fernandez | Leonel Fernández | President, Dominican Republic, 1996-2000 ; President, Dominican Republic, 2004-2012
Hipolito Mejia | Hipólito Mejía | President, Dominican Republic, 2000-2004
Danilo Medina |  | President, Dominican Republic, 2012-2020
Luis Abinader | Abinader | President, Dominican Republic, 2020-
Carlos Morales Troncoso |  | Foreign Minister, Dominican Republic, 2004-2014
Andres Navarro | Andrés Navarro | Foreign Minister, Dominican Republic, 2014-2016
Miguel Vargas Maldonado |  | Foreign Minister, Dominican Republic, 2016-2020
Roberto Alvarez | Roberto Álvarez, Roberto Álvarez Gil | Foreign Minister, Dominican Republic, 2020-
Nicholas Brathwaite |  | Prime Minister, Grenada, 1990-1995
George Brizan |  | Prime Minister, Grenada, 1995-1995
Keith Mitchell |  | Prime Minister, Grenada, 1995-2008 ; Prime Minister, Grenada, 2013-2022
Tillman Thomas |  | Prime Minister, Grenada, 2008-2013
Dickon Mitchell |  | Prime Minister, Grenada, 2022-
Desmond Hoyte | Hugh Desmond Hoyte | President, Guyana, 1985-1992
Cheddi Jagan |  | President, Guyana, 1992-1997
Samuel Hinds | Sam Hinds | Prime Minister, Guyana, 1992-1997 ; President, Guyana, 1997-1997 ; Prime Minister, Guyana, 1997-2015
Janet Jagan |  | Prime Minister, Guyana, 1997-1997 ; President, Guyana, 1997-1999
Bharrat Jagdeo | Jagdeo | President, Guyana, 1999-2011 ; Vice President, Guyana, 2020-
Donald Ramotar | Ramotar | President, Guyana, 2011-2015
David Granger |  | President, Guyana, 2015-2020
Irfaan Ali | Mohamed Irfaan Ali | President, Guyana, 2020-
Hamilton Green |  | Prime Minister, Guyana, 1985-1992
Moses Nagamootoo | Nagamootoo | Prime Minister, Guyana, 2015-2020
Mark Phillips |  | Prime Minister, Guyana, 2020-
Michael Manley |  | Prime Minister, Jamaica, 1972-1980 ; Prime Minister, Jamaica, 1989-1992
P.J. Patterson | Percival James Patterson, Percival Patterson | Prime Minister, Jamaica, 1992-2006
Portia Simpson-Miller | Simpson-Miller | Prime Minister, Jamaica, 2006-2007 ; Prime Minister, Jamaica, 2012-2016
Bruce Golding |  | Prime Minister, Jamaica, 2007-2011
Andrew Holness | Holness | Prime Minister, Jamaica, 2011-2012 ; Prime Minister, Jamaica, 2016-
Kenneth Baugh |  | Foreign Minister, Jamaica, 2007-2011
A.J. Nicholson | Arnold Nicholson | Foreign Minister, Jamaica, 2012-2016
Kamina Johnson Smith |  | Foreign Minister, Jamaica, 2016-
Guillermo Endara | Endara | President, Panama, 1989-1994
Ernesto Perez Balladares | Ernesto Pérez Balladares | President, Panama, 1994-1999
Mireya Moscoso | Moscoso | President, Panama, 1999-2004
Martin Torrijos | Martín Torrijos | President, Panama, 2004-2009
Ricardo Martinelli |  | President, Panama, 2009-2014
Juan Carlos Varela |  | Vice President, Panama, 2009-2014 ; Foreign Minister, Panama, 2009-2011 ; President, Panama, 2014-2019
Laurentino Cortizo | Nito Cortizo, Cortizo | President, Panama, 2019-2024
Jose Raul Mulino | José Raúl Mulino, Mulino | President, Panama, 2024-
Isabel Saint Malo | Isabel de Saint Malo, Isabel Saint Malo de Alvarado, Isabel de Saint Malo de Alvarado | Vice President, Panama, 2014-2019 ; Foreign Minister, Panama, 2014-2019
Alejandro Ferrer |  | Foreign Minister, Panama, 2019-2020
Erika Mouynes | Mouynes | Foreign Minister, Panama, 2020-2022
Janaina Tewaney | Janaina Tewaney Mencomo, Tewaney | Foreign Minister, Panama, 2022-2024
Javier Martinez-Acha | Javier Martínez-Acha, Javier Martínez-Acha Vásquez | Foreign Minister, Panama, 2024-
Andres Rodriguez | Andrés Rodríguez | President, Paraguay, 1989-1993
Juan Carlos Wasmosy | Wasmosy | President, Paraguay, 1993-1998
Raul Cubas | Raúl Cubas, Raúl Cubas Grau | President, Paraguay, 1998-1999
Luis Gonzalez Macchi | Luis González Macchi, Gonzalez Macchi, González Macchi | President, Paraguay, 1999-2003
Nicanor Duarte | Nicanor Duarte Frutos | President, Paraguay, 2003-2008
Fernando Lugo |  | President, Paraguay, 2008-2012
Federico Franco |  | President, Paraguay, 2012-2013
Horacio Cartes | Cartes | President, Paraguay, 2013-2018
Mario Abdo Benitez | Mario Abdo Benítez, Mario Abdo, Abdo Benitez, Abdo Benítez | President, Paraguay, 2018-2023
Santiago Pena | Santiago Peña | President, Paraguay, 2023-
Hector Lacognata | Héctor Lacognata, Lacognata | Foreign Minister, Paraguay, 2009-2011
Jorge Lara Castro |  | Foreign Minister, Paraguay, 2011-2012
Jose Felix Fernandez Estigarribia | José Félix Fernández Estigarribia | Foreign Minister, Paraguay, 2012-2013
Eladio Loizaga | Loizaga | Foreign Minister, Paraguay, 2013-2018
Luis Alberto Castiglioni | Luis Castiglioni | Foreign Minister, Paraguay, 2018-2019
Antonio Rivas Palacios |  | Foreign Minister, Paraguay, 2019-2020
Federico Gonzalez | Federico González, Federico A. González | Foreign Minister, Paraguay, 2020-2021
Euclides Acevedo | Euclides Roberto Acevedo | Foreign Minister, Paraguay, 2021-2022
Julio Cesar Arriola | Julio César Arriola | Foreign Minister, Paraguay, 2022-2023
Ruben Ramirez Lezcano | Rubén Ramírez Lezcano | Foreign Minister, Paraguay, 2006-2008 ; Foreign Minister, Paraguay, 2023-
Kennedy Simmonds |  | Prime Minister, Saint Kitts and Nevis, 1983-1995
Denzil Douglas |  | Prime Minister, Saint Kitts and Nevis, 1995-2015
Timothy Harris |  | Prime Minister, Saint Kitts and Nevis, 2015-2022
Terrance Drew |  | Prime Minister, Saint Kitts and Nevis, 2022-
John Compton |  | Prime Minister, Saint Lucia, 1982-1996 ; Prime Minister, Saint Lucia, 2006-2007
Vaughan Lewis |  | Prime Minister, Saint Lucia, 1996-1997
Kenny Anthony | Kenny D. Anthony | Prime Minister, Saint Lucia, 1997-2006 ; Prime Minister, Saint Lucia, 2011-2016
Stephenson King |  | Prime Minister, Saint Lucia, 2007-2011
Allen Chastanet | Chastanet | Prime Minister, Saint Lucia, 2016-2021
Philip J. Pierre | Philip Pierre, Phillip J. Pierre, Philip Joseph Pierre | Prime Minister, Saint Lucia, 2021-
James Mitchell | Sir James Mitchell, Son Mitchell | Prime Minister, Saint Vincent and the Grenadines, 1984-2000
Arnhim Eustace |  | Prime Minister, Saint Vincent and the Grenadines, 2000-2001
Ralph Gonsalves |  | Prime Minister, Saint Vincent and the Grenadines, 2001-2025
Godwin Friday |  | Prime Minister, Saint Vincent and the Grenadines, 2025-
Ramsewak Shankar |  | President, Suriname, 1988-1990
Johan Kraag |  | President, Suriname, 1990-1991
Ronald Venetiaan | Venetiaan | President, Suriname, 1991-1996 ; President, Suriname, 2000-2010
Jules Wijdenbosch | Wijdenbosch | President, Suriname, 1996-2000
Desi Bouterse | Dési Bouterse, Desire Bouterse, Désiré Bouterse, Bouterse | President, Suriname, 2010-2020
Chan Santokhi | Chandrikapersad Santokhi, Santokhi | President, Suriname, 2020-2025
Jennifer Geerlings-Simons | Jennifer Simons, Geerlings-Simons | President, Suriname, 2025-
A.N.R. Robinson | Arthur N. R. Robinson, Arthur Napoleon Raymond Robinson | Prime Minister, Trinidad and Tobago, 1986-1991 ; President, Trinidad and Tobago, 1997-2003
Patrick Manning |  | Prime Minister, Trinidad and Tobago, 1991-1995 ; Prime Minister, Trinidad and Tobago, 2001-2010
Basdeo Panday | Panday | Prime Minister, Trinidad and Tobago, 1995-2001
Kamla Persad-Bissessar | Persad-Bissessar | Prime Minister, Trinidad and Tobago, 2010-2015 ; Prime Minister, Trinidad and Tobago, 2025-
Keith Rowley |  | Prime Minister, Trinidad and Tobago, 2015-2025
Stuart Young |  | Prime Minister, Trinidad and Tobago, 2025-2025
Noor Hassanali |  | President, Trinidad and Tobago, 1987-1997
George Maxwell Richards | Max Richards | President, Trinidad and Tobago, 2003-2013
Anthony Carmona |  | President, Trinidad and Tobago, 2013-2018
Paula-Mae Weekes |  | President, Trinidad and Tobago, 2018-2023
Christine Kangaloo |  | President, Trinidad and Tobago, 2023-
#
# Leaders of armed groups not listed above.
Osama bin Laden | Usama bin Laden, bin Laden | Leader, al-Qaeda, 1988-2011
Ayman al-Zawahiri | Ayman Zawahiri, Zawahiri | Leader, al-Qaeda, 2011-2022
Abu Musab al-Zarqawi | Zarqawi | Leader of al-Qaeda in Iraq, , 2004-2006
Abu Bakr al-Baghdadi | Baghdadi | Leader, Islamic State, 2010-2019
Masood Azhar | Maulana Masood Azhar, Masood Azhar Alvi | Leader, Jaish-e-Mohammed, 2000-
Hafiz Saeed | Hafiz Muhammad Saeed | Founder, Lashkar-e-Taiba,
Velupillai Prabhakaran | Prabhakaran | Leader of the Tamil Tigers, , 1976-2009

# Leaders, ministers and officials prominent in the news of 1985-2005.
#
# 1985-2005: Russia and the Soviet Union
Mikhail Gorbachev | Mikhail S. Gorbachev, Mikhail Sergeyevich Gorbachev, Mikhail Gorbachov, Gorbachev, Gorbachov | General Secretary of the Communist Party, Soviet Union, 1985-1991 ; President, Soviet Union, 1990-1991
Boris Yeltsin | Boris N. Yeltsin, Boris Nikolayevich Yeltsin, Yeltsin | Chairman of the Supreme Soviet, Russia, 1990-1991 ; President, Russia, 1991-1999
Nikolai Ryzhkov | Nikolai I. Ryzhkov, Nikolay Ryzhkov, Ryzhkov | Prime Minister, Soviet Union, 1985-1991
Andrei Gromyko | Andrei A. Gromyko, Andrey Gromyko, Gromyko | Foreign Minister, Soviet Union, 1957-1985 ; Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1985-1988
Dmitri Yazov | Dmitry Yazov, Dmitri T. Yazov, Yazov | Defense Minister, Soviet Union, 1987-1991
Viktor Chernomyrdin | Viktor S. Chernomyrdin, Victor Chernomyrdin, Chernomyrdin | Prime Minister, Russia, 1992-1998 ; Ambassador to Ukraine, Russia, 2001-2009
Yevgeny Primakov | Yevgeny M. Primakov, Yevgeni Primakov, Evgeny Primakov, Primakov | Director of the Foreign Intelligence Service, Russia, 1991-1996 ; Foreign Minister, Russia, 1996-1998 ; Prime Minister, Russia, 1998-1999
Sergei Kiriyenko | Sergei V. Kiriyenko, Sergey Kiriyenko, Kiriyenko | Prime Minister, Russia, 1998-1998 ; Director General, Rosatom, 2005-2016 ; First Deputy Chief of Staff of the Presidential Administration, Russia, 2016-
Sergei Stepashin | Sergei V. Stepashin, Sergey Stepashin, Stepashin | Prime Minister, Russia, 1999-1999 ; Chairman of the Accounts Chamber, Russia, 2000-2013
Andrei Kozyrev | Andrei V. Kozyrev, Andrey Kozyrev, Kozyrev | Foreign Minister, Russia, 1990-1996
Pavel Grachev | Pavel S. Grachev, Grachev | Defense Minister, Russia, 1992-1996
Sergei Ivanov | Sergey Ivanov, Sergei B. Ivanov | Secretary of the Security Council, Russia, 1999-2001 ; Defense Minister, Russia, 2001-2007 ; First Deputy Prime Minister, Russia, 2007-2008 ; Chief of Staff of the Presidential Administration, Russia, 2011-2016
#
# 1985-2005: Ukraine, Belarus and Georgia
Leonid Kravchuk | Leonid M. Kravchuk, Kravchuk | Chairman of the Verkhovna Rada, Ukraine, 1990-1991 ; President, Ukraine, 1991-1994
Stanislav Shushkevich | Stanislau Shushkevich, Stanislav Shushkevych, Shushkevich | Chairman of the Supreme Soviet, Belarus, 1991-1994
Zviad Gamsakhurdia | Gamsakhurdia | Chairman of the Supreme Council, Georgia, 1990-1991 ; President, Georgia, 1991-1992
#
# 1985-2005: United States
Ronald Reagan | Ronald W. Reagan, Ronald Wilson Reagan, Reagan | Governor of California, United States, 1967-1975 ; President, United States, 1981-1989
George H. W. Bush | George H.W. Bush, George Herbert Walker Bush, George Bush Sr. | CIA Director, CIA, 1976-1977 ; Vice President, United States, 1981-1989 ; President, United States, 1989-1993
George Shultz | George P. Shultz, Shultz | Secretary of State, United States, 1982-1989
James Baker | James A. Baker, James A. Baker III, James Baker III, Jim Baker | White House Chief of Staff, United States, 1981-1985 ; Treasury Secretary, United States, 1985-1988 ; Secretary of State, United States, 1989-1992 ; White House Chief of Staff, United States, 1992-1993
Lawrence Eagleburger | Lawrence S. Eagleburger, Larry Eagleburger, Eagleburger | Deputy Secretary of State, United States, 1989-1992 ; Secretary of State, United States, 1992-1993
Warren Christopher | Warren M. Christopher | Deputy Secretary of State, United States, 1977-1981 ; Secretary of State, United States, 1993-1997
Caspar Weinberger | Caspar W. Weinberger, Cap Weinberger, Weinberger | Secretary of Defense, United States, 1981-1987
Frank Carlucci | Frank C. Carlucci, Carlucci | National Security Adviser, United States, 1986-1987 ; Secretary of Defense, United States, 1987-1989
Les Aspin | Leslie Aspin, Les Aspin Jr., Aspin | Secretary of Defense, United States, 1993-1994
William Perry | William J. Perry, Bill Perry | Deputy Secretary of Defense, United States, 1993-1994 ; Secretary of Defense, United States, 1994-1997
Robert McFarlane | Robert C. McFarlane, Bud McFarlane, McFarlane | National Security Adviser, United States, 1983-1985
John Poindexter | John M. Poindexter, Poindexter | National Security Adviser, United States, 1985-1986
Brent Scowcroft | Scowcroft | National Security Adviser, United States, 1975-1977 ; National Security Adviser, United States, 1989-1993
Anthony Lake | Tony Lake, W. Anthony Lake | National Security Adviser, United States, 1993-1997
Samuel Berger | Sandy Berger, Samuel R. Berger | Deputy National Security Adviser, United States, 1993-1997 ; National Security Adviser, United States, 1997-2001
#
# 1985-2005: United Kingdom
Margaret Thatcher | Margaret H. Thatcher, Baroness Thatcher, Thatcher | Prime Minister, United Kingdom, 1979-1990
John Major | Sir John Major | Foreign Secretary, United Kingdom, 1989-1989 ; Chancellor of the Exchequer, United Kingdom, 1989-1990 ; Prime Minister, United Kingdom, 1990-1997
Geoffrey Howe | Sir Geoffrey Howe | Chancellor of the Exchequer, United Kingdom, 1979-1983 ; Foreign Secretary, United Kingdom, 1983-1989 ; Deputy Prime Minister, United Kingdom, 1989-1990
Douglas Hurd | Douglas R. Hurd | Home Secretary, United Kingdom, 1985-1989 ; Foreign Secretary, United Kingdom, 1989-1995
Malcolm Rifkind | Sir Malcolm Rifkind, Rifkind | Defence Secretary, United Kingdom, 1992-1995 ; Foreign Secretary, United Kingdom, 1995-1997
Michael Heseltine | Heseltine | Defence Secretary, United Kingdom, 1983-1986 ; Deputy Prime Minister, United Kingdom, 1995-1997
Michael Portillo | Portillo | Defence Secretary, United Kingdom, 1995-1997
Geoff Hoon | Geoffrey Hoon, Hoon | Defence Secretary, United Kingdom, 1999-2005
John Reid |  | Defence Secretary, United Kingdom, 2005-2006 ; Home Secretary, United Kingdom, 2006-2007
#
# 1985-2005: Germany
Helmut Kohl | Kohl | Chancellor, Germany, 1982-1998
Richard von Weizsaecker | Richard von Weizsäcker, Richard von Weizsacker, Weizsaecker, Weizsäcker | President, Germany, 1984-1994
Horst Koehler | Horst Köhler, Koehler, Köhler | Managing Director, International Monetary Fund, 2000-2004 ; President, Germany, 2004-2010
Hans-Dietrich Genscher | Hans Dietrich Genscher, Genscher | Foreign Minister, Germany, 1974-1992
Klaus Kinkel | Kinkel | Foreign Minister, Germany, 1992-1998
Manfred Woerner | Manfred Wörner, Woerner, Wörner | Defense Minister, Germany, 1982-1988 ; Secretary General, NATO, 1988-1994
Volker Ruehe | Volker Rühe, Ruehe, Rühe | Defense Minister, Germany, 1992-1998
Rudolf Scharping | Scharping | Defense Minister, Germany, 1998-2002
#
# 1985-2005: France
Francois Mitterrand | François Mitterrand, Mitterrand | President, France, 1981-1995
Michel Rocard | Rocard | Prime Minister, France, 1988-1991
Edith Cresson | Édith Cresson, Cresson | Prime Minister, France, 1991-1992
Pierre Beregovoy | Pierre Bérégovoy, Beregovoy, Bérégovoy | Prime Minister, France, 1992-1993
Edouard Balladur | Édouard Balladur, Balladur | Prime Minister, France, 1993-1995
Lionel Jospin | Jospin | Prime Minister, France, 1997-2002
Jean-Pierre Raffarin | Raffarin | Prime Minister, France, 2002-2005
Roland Dumas |  | Foreign Minister, France, 1984-1986 ; Foreign Minister, France, 1988-1993
Hubert Vedrine | Hubert Védrine, Vedrine, Védrine | Foreign Minister, France, 1997-2002
Jean-Pierre Chevenement | Jean-Pierre Chevènement, Chevenement, Chevènement | Defense Minister, France, 1988-1991 ; Interior Minister, France, 1997-2000
Michele Alliot-Marie | Michèle Alliot-Marie, Alliot-Marie | Defense Minister, France, 2002-2007 ; Interior Minister, France, 2007-2009 ; Justice Minister, France, 2009-2010 ; Foreign Minister, France, 2010-2011
#
# 1985-2005: Italy and the European Union
Bettino Craxi | Craxi | Prime Minister, Italy, 1983-1987
Giulio Andreotti | Andreotti | Prime Minister, Italy, 1972-1973 ; Prime Minister, Italy, 1976-1979 ; Foreign Minister, Italy, 1983-1989 ; Prime Minister, Italy, 1989-1992
Carlo Azeglio Ciampi | Ciampi | Prime Minister, Italy, 1993-1994 ; President, Italy, 1999-2006
Massimo D'Alema | D'Alema | Prime Minister, Italy, 1998-2000 ; Foreign Minister, Italy, 2006-2008
Jacques Delors | Delors | President, European Commission, 1985-1995
Jacques Santer | Santer | Prime Minister, Luxembourg, 1984-1995 ; President, European Commission, 1995-1999
#
# 1985-2005: Canada, Mexico, Brazil, Argentina and Australia
Brian Mulroney | Martin Brian Mulroney, Mulroney | Prime Minister, Canada, 1984-1993
Carlos Salinas de Gortari | Carlos Salinas, Salinas de Gortari | President, Mexico, 1988-1994
Ernesto Zedillo | Ernesto Zedillo Ponce de Leon, Ernesto Zedillo Ponce de León, Zedillo | President, Mexico, 1994-2000
Jose Sarney | José Sarney, Sarney | President, Brazil, 1985-1990
Fernando Collor de Mello | Fernando Collor, Collor | President, Brazil, 1990-1992
Raul Alfonsin | Raúl Alfonsín, Raul Ricardo Alfonsin, Raúl Ricardo Alfonsín, Alfonsin, Alfonsín | President, Argentina, 1983-1989
Carlos Menem | Carlos Saul Menem, Carlos Saúl Menem, Menem | President, Argentina, 1989-1999
Fernando de la Rua | Fernando de la Rúa | President, Argentina, 1999-2001
Bob Hawke | Robert Hawke, Robert J. L. Hawke, Hawke | Prime Minister, Australia, 1983-1991
Paul Keating |  | Prime Minister, Australia, 1991-1996
#
# 1985-2005: China, Japan, the Koreas and Taiwan
Deng Xiaoping | Teng Hsiao-ping | Chairman of the Central Military Commission, China, 1981-1989
Zhao Ziyang |  | Premier, China, 1980-1987 ; General Secretary of the Communist Party, China, 1987-1989
Li Peng |  | Premier, China, 1987-1998 ; Chairman of the National People's Congress, China, 1998-2003
Yang Shangkun |  | President, China, 1988-1993
Qian Qichen |  | Foreign Minister, China, 1988-1998 ; Vice Premier, China, 1993-2003
Chi Haotian |  | Defense Minister, China, 1993-2003
Hirohito | Emperor Hirohito | Emperor, Japan, 1926-1989
Yasuhiro Nakasone | Nakasone | Prime Minister, Japan, 1982-1987
Noboru Takeshita | Takeshita | Prime Minister, Japan, 1987-1989
Toshiki Kaifu | Kaifu | Prime Minister, Japan, 1989-1991
Kiichi Miyazawa | Miyazawa | Prime Minister, Japan, 1991-1993
Morihiro Hosokawa | Hosokawa | Prime Minister, Japan, 1993-1994
Tomiichi Murayama |  | Prime Minister, Japan, 1994-1996
Ryutaro Hashimoto | Ryūtarō Hashimoto | Prime Minister, Japan, 1996-1998
Keizo Obuchi | Keizō Obuchi, Obuchi | Foreign Minister, Japan, 1997-1998 ; Prime Minister, Japan, 1998-2000
Yoshiro Mori | Yoshirō Mori | Prime Minister, Japan, 2000-2001
Yohei Kono | Yōhei Kōno | Foreign Minister, Japan, 1994-1996 ; Foreign Minister, Japan, 1999-2001 ; Speaker of the House of Representatives, Japan, 2003-2009
Chun Doo-hwan | Chun Doo Hwan | President, South Korea, 1980-1988
Roh Tae-woo | Roh Tae Woo | President, South Korea, 1988-1993
Kim Young-sam | Kim Young Sam | President, South Korea, 1993-1998
Chiang Ching-kuo | Chiang Ching Kuo | President, Taiwan, 1978-1988
Lee Teng-hui | Lee Teng Hui | President, Taiwan, 1988-2000
#
# 1985-2005: India, Indonesia and the Philippines
Rajiv Gandhi |  | Prime Minister, India, 1984-1989
P. V. Narasimha Rao | P.V. Narasimha Rao, Narasimha Rao | Prime Minister, India, 1991-1996
A. P. J. Abdul Kalam | A.P.J. Abdul Kalam, Abdul Kalam | President, India, 2002-2007
Suharto | Soeharto | President, Indonesia, 1967-1998
B. J. Habibie | B.J. Habibie, Bacharuddin Jusuf Habibie, Habibie | Vice President, Indonesia, 1998-1998 ; President, Indonesia, 1998-1999
Abdurrahman Wahid | Gus Dur | President, Indonesia, 1999-2001
Megawati Sukarnoputri | Megawati Soekarnoputri, Megawati | Vice President, Indonesia, 1999-2001 ; President, Indonesia, 2001-2004
Ferdinand Marcos | Ferdinand E. Marcos | President, Philippines, 1965-1986
Corazon Aquino | Cory Aquino, Maria Corazon Aquino | President, Philippines, 1986-1992
Fidel Ramos | Fidel V. Ramos | Defense Secretary, Philippines, 1988-1991 ; President, Philippines, 1992-1998
Joseph Estrada | Joseph Ejercito Estrada, Erap | Vice President, Philippines, 1992-1998 ; President, Philippines, 1998-2001
#
# 1985-2005: Turkey and South Africa
Turgut Ozal | Turgut Özal, Ozal, Özal | Prime Minister, Turkey, 1983-1989 ; President, Turkey, 1989-1993
Suleyman Demirel | Süleyman Demirel, Demirel | Prime Minister, Turkey, 1965-1971 ; Prime Minister, Turkey, 1975-1978 ; Prime Minister, Turkey, 1979-1980 ; Prime Minister, Turkey, 1991-1993 ; President, Turkey, 1993-2000
Tansu Ciller | Tansu Çiller, Ciller, Çiller | Prime Minister, Turkey, 1993-1996 ; Foreign Minister, Turkey, 1996-1997
Bulent Ecevit | Bülent Ecevit, Ecevit | Prime Minister, Turkey, 1974-1974 ; Prime Minister, Turkey, 1977-1977 ; Prime Minister, Turkey, 1978-1979 ; Prime Minister, Turkey, 1999-2002
P. W. Botha | P.W. Botha, Pieter Willem Botha | Prime Minister, South Africa, 1978-1984 ; President, South Africa, 1984-1989
F. W. de Klerk | F.W. de Klerk, Frederik Willem de Klerk, de Klerk | President, South Africa, 1989-1994 ; Deputy President, South Africa, 1994-1996
#
# 1985-2005: Israel and Palestine
Yitzhak Shamir | Shamir | Foreign Minister, Israel, 1980-1986 ; Prime Minister, Israel, 1983-1984 ; Prime Minister, Israel, 1986-1992
Yitzhak Rabin | Rabin | Prime Minister, Israel, 1974-1977 ; Defense Minister, Israel, 1984-1990 ; Prime Minister, Israel, 1992-1995
Ezer Weizman | Weizman | Defense Minister, Israel, 1977-1980 ; President, Israel, 1993-2000
Moshe Arens | Arens | Defense Minister, Israel, 1983-1984 ; Foreign Minister, Israel, 1988-1990 ; Defense Minister, Israel, 1990-1992 ; Defense Minister, Israel, 1999-1999
David Levy |  | Foreign Minister, Israel, 1990-1992 ; Foreign Minister, Israel, 1996-1998 ; Foreign Minister, Israel, 1999-2000
Shaul Mofaz | Mofaz | Chief of Staff, Israel Defense Forces, 1998-2002 ; Defense Minister, Israel, 2002-2006
Ahmed Qurei | Ahmed Qureia, Ahmed Korei, Abu Alaa, Abu Ala, Qurei, Qureia | Speaker of the Legislative Council, Palestine, 1996-2003 ; Prime Minister, Palestine, 2003-2006
#
# 1985-2005: Jordan, Syria, Iraq and Iran
Hussein bin Talal | King Hussein, King Hussein of Jordan, Hussein of Jordan | King, Jordan, 1952-1999
Farouk al-Sharaa | Farouq al-Sharaa, Farouk al-Shara, Farouk Sharaa | Foreign Minister, Syria, 1984-2006 ; Vice President, Syria, 2006-2014
Tariq Aziz | Tareq Aziz | Deputy Prime Minister, Iraq, 1979-2003 ; Foreign Minister, Iraq, 1983-1991
Mir-Hossein Mousavi | Mir Hossein Mousavi, Mir Hossein Moussavi, Mousavi | Prime Minister, Iran, 1981-1989
#
# 1985-2005: Pakistan and Afghanistan
Muhammad Zia-ul-Haq | Zia ul-Haq, Zia-ul-Haq, Mohammad Zia ul-Haq, Muhammad Zia ul-Haq | President, Pakistan, 1978-1988
Ghulam Ishaq Khan |  | President, Pakistan, 1988-1993
Mohammad Najibullah | Mohammed Najibullah, Najibullah | President, Afghanistan, 1987-1992
Burhanuddin Rabbani |  | President, Afghanistan, 1992-2001
Ahmad Shah Massoud | Ahmed Shah Massoud, Ahmad Shah Masood | Commander of the Northern Alliance, , 1996-2001
#
# 1985-2005: Yugoslavia, Serbia, Bosnia and Kosovo
Vojislav Kostunica | Vojislav Koštunica, Kostunica, Koštunica | President, Yugoslavia, 2000-2003 ; Prime Minister, Serbia, 2004-2008
Zoran Djindjic | Zoran Đinđić, Zoran Dindic, Djindjic, Đinđić | Prime Minister, Serbia, 2001-2003
Boris Tadic | Boris Tadić, Tadic | President, Serbia, 2004-2012
Ratko Mladic | Ratko Mladić, Mladic, Mladić | Commander of the Bosnian Serb Army, Bosnia and Herzegovina, 1992-1996
Ibrahim Rugova | Rugova | President, Kosovo, 1992-2000 ; President, Kosovo, 2002-2006
#
# 1985-2005: Peru, Colombia, Venezuela and Nicaragua
Alberto Fujimori |  | President, Peru, 1990-2000
Cesar Gaviria | César Gaviria, Gaviria | President, Colombia, 1990-1994 ; Secretary General, Organization of American States, 1994-2004
Ernesto Samper | Ernesto Samper Pizano, Samper | President, Colombia, 1994-1998
Carlos Andres Perez | Carlos Andrés Pérez | President, Venezuela, 1974-1979 ; President, Venezuela, 1989-1993
Violeta Chamorro | Violeta Barrios de Chamorro | President, Nicaragua, 1990-1997
#
# 1985-2005: Nigeria, Kenya, Ethiopia, Rwanda and Zaire
Ibrahim Babangida | Ibrahim Badamasi Babangida, Babangida | President, Nigeria, 1985-1993
Sani Abacha | Abacha | Head of State, Nigeria, 1993-1998
Daniel arap Moi | Daniel Arap Moi, Daniel Moi | Vice President, Kenya, 1967-1978 ; President, Kenya, 1978-2002
Mengistu Haile Mariam | Mengistu | Chairman of the Derg, Ethiopia, 1977-1987 ; President, Ethiopia, 1987-1991
Juvenal Habyarimana | Juvénal Habyarimana, Habyarimana | President, Rwanda, 1973-1994
Pasteur Bizimungu | Bizimungu | President, Rwanda, 1994-2000
Mobutu Sese Seko | Joseph-Desire Mobutu, Joseph-Désiré Mobutu, Mobutu | President, Democratic Republic of Congo, 1965-1997
#
# 1985-2005: the United Nations and NATO
Javier Perez de Cuellar | Javier Pérez de Cuéllar, Perez de Cuellar, Pérez de Cuéllar | Secretary-General, United Nations, 1982-1991 ; Prime Minister, Peru, 2000-2001
Boutros Boutros-Ghali | Boutros-Ghali | Secretary-General, United Nations, 1992-1996
Peter Carrington | Lord Carrington, Peter Carington, Carrington | Foreign Secretary, United Kingdom, 1979-1982 ; Secretary General, NATO, 1984-1988
Willy Claes | Claes | Foreign Minister, Belgium, 1992-1994 ; Secretary General, NATO, 1994-1995
#
# Further heads of state and government, foreign and defence ministers of 1985-2005, less
# prominent than those above.
# 1985-2005: Russia and the Soviet Union
Alexander Bessmertnykh | Aleksandr Bessmertnykh, Alexander A. Bessmertnykh, Bessmertnykh | Foreign Minister, Soviet Union, 1991-1991
Yegor Gaidar | Yegor T. Gaidar, Gaidar | Acting Prime Minister, Russia, 1992-1992
Igor Rodionov | Igor N. Rodionov, Rodionov | Defense Minister, Russia, 1996-1997
Igor Sergeyev | Igor D. Sergeyev, Igor Sergeev | Defense Minister, Russia, 1997-2001
#
# 1985-2005: Ukraine, Belarus and Georgia
Pavlo Lazarenko | Pavel Lazarenko, Lazarenko | Prime Minister, Ukraine, 1996-1997
Valeriy Pustovoitenko | Valery Pustovoitenko, Valeriy Pustovoytenko, Pustovoitenko | Prime Minister, Ukraine, 1997-1999
Vyacheslav Kebich | Viachaslau Kebich, Kebich | Prime Minister, Belarus, 1990-1994
Zurab Zhvania | Zhvania | Speaker of Parliament, Georgia, 1995-2001 ; Prime Minister, Georgia, 2004-2005
Nino Burjanadze | Nino Burdzhanadze, Burjanadze | Speaker of Parliament, Georgia, 2001-2008 ; Acting President, Georgia, 2003-2004 ; Acting President, Georgia, 2007-2008
#
# 1985-2005: United Kingdom
George Younger |  | Defence Secretary, United Kingdom, 1986-1989
Tom King |  | Northern Ireland Secretary, United Kingdom, 1985-1989 ; Defence Secretary, United Kingdom, 1989-1992
#
# 1985-2005: Germany
Roman Herzog |  | President, Germany, 1994-1999
Johannes Rau |  | President, Germany, 1999-2004
Rupert Scholz |  | Defense Minister, Germany, 1988-1989
Gerhard Stoltenberg |  | Finance Minister, Germany, 1982-1989 ; Defense Minister, Germany, 1989-1992
Peter Struck |  | Defense Minister, Germany, 2002-2005
#
# 1985-2005: France
Jean-Bernard Raimond |  | Foreign Minister, France, 1986-1988
Herve de Charette | Hervé de Charette | Foreign Minister, France, 1995-1997
Philippe Douste-Blazy | Douste-Blazy | Foreign Minister, France, 2005-2007
Andre Giraud | André Giraud | Defense Minister, France, 1986-1988
Pierre Joxe | Joxe | Interior Minister, France, 1984-1986 ; Interior Minister, France, 1988-1991 ; Defense Minister, France, 1991-1993
Francois Leotard | François Léotard | Defense Minister, France, 1993-1995
Charles Millon |  | Defense Minister, France, 1995-1997
Alain Richard |  | Defense Minister, France, 1997-2002
#
# 1985-2005: Italy
Giuliano Amato |  | Prime Minister, Italy, 1992-1993 ; Prime Minister, Italy, 2000-2001
Lamberto Dini |  | Prime Minister, Italy, 1995-1996 ; Foreign Minister, Italy, 1996-2001
Francesco Cossiga | Cossiga | Prime Minister, Italy, 1979-1980 ; President, Italy, 1985-1992
Oscar Luigi Scalfaro | Oscar Scalfaro, Scalfaro | President, Italy, 1992-1999
#
# 1985-2005: Canada, Mexico, Brazil and Argentina
Kim Campbell | Avril Kim Campbell | Prime Minister, Canada, 1993-1993
Miguel de la Madrid | Miguel de la Madrid Hurtado | President, Mexico, 1982-1988
Itamar Franco |  | Vice President, Brazil, 1990-1992 ; President, Brazil, 1992-1994
Eduardo Duhalde | Duhalde | President, Argentina, 2002-2003
#
# 1985-2005: China, Japan and North Korea
Hu Yaobang |  | General Secretary of the Communist Party, China, 1982-1987
Li Xiannian |  | President, China, 1983-1988
Wu Xueqian |  | Foreign Minister, China, 1982-1988
Zhang Aiping |  | Defense Minister, China, 1982-1988
Qin Jiwei |  | Defense Minister, China, 1988-1993
Cao Gangchuan |  | Defense Minister, China, 2003-2008
Sosuke Uno | Sōsuke Uno | Foreign Minister, Japan, 1987-1989 ; Prime Minister, Japan, 1989-1989
Tsutomu Hata |  | Foreign Minister, Japan, 1993-1994 ; Prime Minister, Japan, 1994-1994
Shintaro Abe | Shintarō Abe | Foreign Minister, Japan, 1982-1986
Taro Nakayama | Tarō Nakayama | Foreign Minister, Japan, 1989-1991
Michio Watanabe |  | Foreign Minister, Japan, 1991-1993
Yukihiko Ikeda |  | Foreign Minister, Japan, 1996-1997
Masahiko Komura | Masahiko Kōmura | Foreign Minister, Japan, 1998-1999
Makiko Tanaka |  | Foreign Minister, Japan, 2001-2002
Yoriko Kawaguchi | Kawaguchi | Foreign Minister, Japan, 2002-2004
Nobutaka Machimura | Machimura | Foreign Minister, Japan, 2004-2005
Kim Yong Nam | Kim Yong-nam | Foreign Minister, North Korea, 1983-1998 ; President of the Presidium of the Supreme People's Assembly, North Korea, 1998-2019
#
# 1985-2005: India
V. P. Singh | V.P. Singh, Vishwanath Pratap Singh | Prime Minister, India, 1989-1990
Chandra Shekhar |  | Prime Minister, India, 1990-1991
H. D. Deve Gowda | H.D. Deve Gowda, Deve Gowda | Prime Minister, India, 1996-1997
I. K. Gujral | I.K. Gujral, Inder Kumar Gujral, Gujral | External Affairs Minister, India, 1989-1990 ; External Affairs Minister, India, 1996-1997 ; Prime Minister, India, 1997-1998
#
# 1985-2005: Turkey
Kenan Evren | Evren | Head of State, Turkey, 1980-1982 ; President, Turkey, 1982-1989
Necmettin Erbakan | Erbakan | Prime Minister, Turkey, 1996-1997
Mesut Yilmaz | Mesut Yılmaz | Prime Minister, Turkey, 1991-1991 ; Prime Minister, Turkey, 1996-1996 ; Prime Minister, Turkey, 1997-1999
#
# 1985-2005: Israel
Chaim Herzog |  | President, Israel, 1983-1993
Shlomo Ben-Ami | Ben-Ami | Foreign Minister, Israel, 2000-2001
Silvan Shalom |  | Foreign Minister, Israel, 2003-2006
Yitzhak Mordechai |  | Defense Minister, Israel, 1996-1999
Binyamin Ben-Eliezer | Benjamin Ben-Eliezer, Fuad Ben-Eliezer | Defense Minister, Israel, 2001-2002
#
# 1985-2005: Jordan, Egypt, Syria and Iraq
Abdelsalam al-Majali | Abdul Salam al-Majali, Abdel Salam al-Majali, Abdelsalam Majali | Prime Minister, Jordan, 1993-1995 ; Prime Minister, Jordan, 1997-1998
Ali Abu al-Ragheb | Ali Abul Ragheb, Ali Abu Ragheb | Prime Minister, Jordan, 2000-2003
Faisal al-Fayez | Faisal Fayez | Prime Minister, Jordan, 2003-2005
Atef Sedki | Atef Sidqi, Atef Sedky, Atef Sidki | Prime Minister, Egypt, 1986-1996
Kamal Ganzouri | Kamal al-Ganzouri, Kamal el-Ganzouri, Ganzouri | Prime Minister, Egypt, 1996-1999 ; Prime Minister, Egypt, 2011-2012
Atef Ebeid | Atef Obeid | Prime Minister, Egypt, 1999-2004
Ahmed Nazif | Nazif | Prime Minister, Egypt, 2004-2011
Mahmoud al-Zoubi | Mahmoud Zuabi, Mahmoud al-Zuabi, Mahmoud Zoubi | Prime Minister, Syria, 1987-2000
Muhammad Mustafa Mero | Mohammed Mustafa Miro, Muhammad Mustafa Miro, Mohammed Mustafa Mero | Prime Minister, Syria, 2000-2003
Naji al-Otari | Naji Otari, Mohammad Naji al-Otari, Muhammad Naji al-Otari | Prime Minister, Syria, 2003-2011
Ghazi al-Yawer | Ghazi Yawar, Ghazi al-Yawar, Ghazi Ajil al-Yawer | President, Iraq, 2004-2005
#
# 1985-2005: Pakistan and Afghanistan
Farooq Leghari | Farooq Ahmad Khan Leghari, Farooq Ahmed Leghari, Leghari | President, Pakistan, 1993-1997
Muhammad Rafiq Tarar | Rafiq Tarar | President, Pakistan, 1998-2001
Muhammad Khan Junejo | Mohammad Khan Junejo, Junejo | Prime Minister, Pakistan, 1985-1988
Zafarullah Khan Jamali | Mir Zafarullah Khan Jamali, Zafarullah Jamali, Jamali | Prime Minister, Pakistan, 2002-2004
Chaudhry Shujaat Hussain | Shujaat Hussain | Prime Minister, Pakistan, 2004-2004
Babrak Karmal | Karmal | President, Afghanistan, 1979-1986
#
# 1985-2005: Yugoslavia and Serbia
Ante Markovic | Ante Marković | Prime Minister, Yugoslavia, 1989-1991
Dobrica Cosic | Dobrica Ćosić | President, Yugoslavia, 1992-1993
Milan Panic | Milan Panić | Prime Minister, Yugoslavia, 1992-1993
Zoran Lilic | Zoran Lilić | President, Yugoslavia, 1993-1997
Milan Milutinovic | Milan Milutinović, Milutinovic | President, Serbia, 1997-2002
Zoran Zivkovic | Zoran Živković | Prime Minister, Serbia, 2003-2004
#
# 1985-2005: Peru, Colombia, Venezuela and Nicaragua
Valentin Paniagua | Valentín Paniagua, Paniagua | President, Peru, 2000-2001
Belisario Betancur | Betancur | President, Colombia, 1982-1986
Virgilio Barco | Virgilio Barco Vargas | President, Colombia, 1986-1990
Jaime Lusinchi | Lusinchi | President, Venezuela, 1984-1989
Rafael Caldera |  | President, Venezuela, 1969-1974 ; President, Venezuela, 1994-1999
Arnoldo Aleman | Arnoldo Alemán | President, Nicaragua, 1997-2002
Enrique Bolanos | Enrique Bolaños | President, Nicaragua, 2002-2007
#
# 1985-2005: Nigeria, Ethiopia and Rwanda
Abdulsalami Abubakar | Abdulsalam Abubakar | Head of State, Nigeria, 1998-1999
Negasso Gidada |  | President, Ethiopia, 1995-2001
Girma Wolde-Giorgis | Girma Woldegiorgis | President, Ethiopia, 2001-2013
Agathe Uwilingiyimana |  | Prime Minister, Rwanda, 1993-1994
Jean Kambanda |  | Prime Minister, Rwanda, 1994-1994
Faustin Twagiramungu | Twagiramungu | Prime Minister, Rwanda, 1994-1995

# Leaders, ministers and officials prominent in the news of 1965-1995: heads of state and
# government, foreign ministers, and leaders of the movements of the era.
#
# 1965-1995: United States
Lyndon B. Johnson | Lyndon Johnson, Lyndon Baines Johnson, LBJ | Vice President, United States, 1961-1963 ; President, United States, 1963-1969
Richard Nixon | Richard M. Nixon, Richard Milhous Nixon, Nixon | Vice President, United States, 1953-1961 ; President, United States, 1969-1974
Gerald Ford | Gerald R. Ford, Gerald Rudolph Ford | Vice President, United States, 1973-1974 ; President, United States, 1974-1977
Jimmy Carter | James Earl Carter, James E. Carter, James Earl Carter Jr. | Governor of Georgia, United States, 1971-1975 ; President, United States, 1977-1981
Dean Rusk | David Dean Rusk, Rusk | Secretary of State, United States, 1961-1969
William P. Rogers | William Rogers, William Pierce Rogers | Secretary of State, United States, 1969-1973
Henry Kissinger | Henry A. Kissinger, Heinz Kissinger, Kissinger | National Security Adviser, United States, 1969-1975 ; Secretary of State, United States, 1973-1977
Cyrus Vance | Cyrus R. Vance, Cyrus Roberts Vance | Secretary of State, United States, 1977-1980
Edmund Muskie | Edmund S. Muskie, Ed Muskie, Muskie | Senator, United States, 1959-1980 ; Secretary of State, United States, 1980-1981
Alexander Haig | Alexander M. Haig, Alexander M. Haig Jr., Al Haig, Haig | White House Chief of Staff, United States, 1973-1974 ; Supreme Allied Commander Europe, NATO, 1974-1979 ; Secretary of State, United States, 1981-1982
#
# 1965-1995: the Soviet Union
Leonid Brezhnev | Leonid I. Brezhnev, Leonid Ilyich Brezhnev, Leonid Brezhnyev, Brezhnev | Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1960-1964 ; First Secretary of the Communist Party, Soviet Union, 1964-1966 ; General Secretary of the Communist Party, Soviet Union, 1966-1982 ; Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1977-1982
Alexei Kosygin | Aleksei Kosygin, Alexei N. Kosygin, Aleksei N. Kosygin, Alexey Kosygin, Kosygin | Premier, Soviet Union, 1964-1980
Nikolai Podgorny | Nikolai V. Podgorny, Nikolay Podgorny, Podgorny | Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1965-1977
Nikolai Tikhonov | Nikolai A. Tikhonov, Nikolay Tikhonov | Premier, Soviet Union, 1980-1985
Yuri Andropov | Yuri V. Andropov, Yury Andropov, Andropov | Chairman of the KGB, Soviet Union, 1967-1982 ; General Secretary of the Communist Party, Soviet Union, 1982-1984 ; Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1983-1984
Konstantin Chernenko | Konstantin U. Chernenko, Konstantin Ustinovich Chernenko, Chernenko | General Secretary of the Communist Party, Soviet Union, 1984-1985 ; Chairman of the Presidium of the Supreme Soviet, Soviet Union, 1984-1985
Valentin Pavlov | Valentin S. Pavlov | Prime Minister, Soviet Union, 1991-1991
Boris Pankin | Boris D. Pankin | Foreign Minister, Soviet Union, 1991-1991
#
# 1965-1995: United Kingdom
Harold Wilson | James Harold Wilson, Sir Harold Wilson | Prime Minister, United Kingdom, 1964-1970 ; Prime Minister, United Kingdom, 1974-1976
Edward Heath | Ted Heath, Sir Edward Heath | Prime Minister, United Kingdom, 1970-1974
James Callaghan | Jim Callaghan, Leonard James Callaghan, Callaghan | Chancellor of the Exchequer, United Kingdom, 1964-1967 ; Home Secretary, United Kingdom, 1967-1970 ; Foreign Secretary, United Kingdom, 1974-1976 ; Prime Minister, United Kingdom, 1976-1979
Alec Douglas-Home | Sir Alec Douglas-Home, Alec Douglas Home, Lord Home, Douglas-Home | Foreign Secretary, United Kingdom, 1960-1963 ; Prime Minister, United Kingdom, 1963-1964 ; Foreign Secretary, United Kingdom, 1970-1974
Michael Stewart |  | Foreign Secretary, United Kingdom, 1965-1966 ; Foreign Secretary, United Kingdom, 1968-1970
George Brown | Lord George-Brown | Foreign Secretary, United Kingdom, 1966-1968
Anthony Crosland | Tony Crosland, Crosland | Foreign Secretary, United Kingdom, 1976-1977
David Owen | Lord Owen | Foreign Secretary, United Kingdom, 1977-1979
Francis Pym |  | Defence Secretary, United Kingdom, 1979-1981 ; Foreign Secretary, United Kingdom, 1982-1983
#
# 1965-1995: France
Charles de Gaulle | General de Gaulle, de Gaulle | President, France, 1959-1969
Georges Pompidou | Pompidou | Prime Minister, France, 1962-1968 ; President, France, 1969-1974
Valery Giscard d'Estaing | Valéry Giscard d'Estaing, Giscard d'Estaing, Giscard | President, France, 1974-1981
Maurice Couve de Murville | Couve de Murville | Foreign Minister, France, 1958-1968 ; Prime Minister, France, 1968-1969
Jacques Chaban-Delmas | Chaban-Delmas | Prime Minister, France, 1969-1972
Pierre Messmer | Messmer | Prime Minister, France, 1972-1974
Raymond Barre |  | Prime Minister, France, 1976-1981
Pierre Mauroy | Mauroy | Prime Minister, France, 1981-1984
Michel Debre | Michel Debré, Debre, Debré | Prime Minister, France, 1959-1962 ; Foreign Minister, France, 1968-1969 ; Defense Minister, France, 1969-1973
Maurice Schumann |  | Foreign Minister, France, 1969-1973
Michel Jobert | Jobert | Foreign Minister, France, 1973-1974
Jean Sauvagnargues | Sauvagnargues | Foreign Minister, France, 1974-1976
Louis de Guiringaud | Guiringaud | Foreign Minister, France, 1976-1978
Jean Francois-Poncet | Jean François-Poncet, Francois-Poncet, François-Poncet | Foreign Minister, France, 1978-1981
Claude Cheysson | Cheysson | Foreign Minister, France, 1981-1984
#
# 1965-1995: West Germany and East Germany
Ludwig Erhard |  | Chancellor, West Germany, 1963-1966
Kurt Georg Kiesinger | Kurt Kiesinger, Kiesinger | Chancellor, West Germany, 1966-1969
Willy Brandt | Brandt | Foreign Minister, West Germany, 1966-1969 ; Chancellor, West Germany, 1969-1974
Helmut Schmidt |  | Defense Minister, West Germany, 1969-1972 ; Finance Minister, West Germany, 1972-1974 ; Chancellor, West Germany, 1974-1982
Walter Scheel | Scheel | Foreign Minister, West Germany, 1969-1974 ; President, West Germany, 1974-1979
Walter Ulbricht | Ulbricht | First Secretary of the Socialist Unity Party, East Germany, 1953-1971 ; Chairman of the Council of State, East Germany, 1960-1973
Erich Honecker | Honecker | First Secretary of the Socialist Unity Party, East Germany, 1971-1976 ; General Secretary of the Socialist Unity Party, East Germany, 1976-1989 ; Chairman of the Council of State, East Germany, 1976-1989
Egon Krenz | Krenz | General Secretary of the Socialist Unity Party, East Germany, 1989-1989 ; Chairman of the Council of State, East Germany, 1989-1989
Willi Stoph | Stoph | Prime Minister, East Germany, 1964-1973 ; Chairman of the Council of State, East Germany, 1973-1976 ; Prime Minister, East Germany, 1976-1989
Hans Modrow | Modrow | Prime Minister, East Germany, 1989-1990
Lothar de Maiziere | Lothar de Maizière | Prime Minister, East Germany, 1990-1990
#
# 1965-1995: Italy and Spain
Aldo Moro |  | Prime Minister, Italy, 1963-1968 ; Prime Minister, Italy, 1974-1976
Giovanni Leone |  | Prime Minister, Italy, 1963-1963 ; Prime Minister, Italy, 1968-1968 ; President, Italy, 1971-1978
Giovanni Spadolini | Spadolini | Prime Minister, Italy, 1981-1982
Amintore Fanfani | Fanfani | Prime Minister, Italy, 1982-1983 ; Prime Minister, Italy, 1987-1987
Ciriaco De Mita | Ciriaco de Mita | Prime Minister, Italy, 1988-1989
Sandro Pertini | Alessandro Pertini, Pertini | President, Italy, 1978-1985
Francisco Franco | General Franco, Generalissimo Franco, Francisco Franco Bahamonde | Head of State, Spain, 1936-1975
Luis Carrero Blanco | Carrero Blanco | Prime Minister, Spain, 1973-1973
Carlos Arias Navarro | Arias Navarro | Prime Minister, Spain, 1974-1976
Adolfo Suarez | Adolfo Suárez, Adolfo Suarez Gonzalez, Adolfo Suárez González | Prime Minister, Spain, 1976-1981
Felipe Gonzalez | Felipe González, Felipe Gonzalez Marquez, Felipe González Márquez | Prime Minister, Spain, 1982-1996
Juan Carlos I | King Juan Carlos, King Juan Carlos I, Juan Carlos de Borbon, Juan Carlos de Borbón | King, Spain, 1975-2014
#
# 1965-1995: Poland and Yugoslavia
Wladyslaw Gomulka | Władysław Gomułka, Gomulka, Gomułka | First Secretary of the Communist Party, Poland, 1956-1970
Edward Gierek | Gierek | First Secretary of the Communist Party, Poland, 1970-1980
Stanislaw Kania | Stanisław Kania | First Secretary of the Communist Party, Poland, 1980-1981
Wojciech Jaruzelski | Wojciech W. Jaruzelski, Jaruzelski | Prime Minister, Poland, 1981-1985 ; First Secretary of the Communist Party, Poland, 1981-1989 ; Chairman of the Council of State, Poland, 1985-1989 ; President, Poland, 1989-1990
Mieczyslaw Rakowski | Mieczysław Rakowski, Mieczyslaw F. Rakowski | Prime Minister, Poland, 1988-1989
Lech Walesa | Lech Wałęsa, Walesa, Wałęsa | Leader of Solidarity, , 1980-1990 ; President, Poland, 1990-1995
Tadeusz Mazowiecki | Mazowiecki | Prime Minister, Poland, 1989-1991
Hanna Suchocka | Suchocka | Prime Minister, Poland, 1992-1993
Josip Broz Tito | Josip Broz, Marshal Tito | President, Yugoslavia, 1953-1980
Milka Planinc | Planinc | Prime Minister, Yugoslavia, 1982-1986
#
# 1965-1995: Canada and Australia
Lester B. Pearson | Lester Pearson, Lester Bowles Pearson, Mike Pearson | Prime Minister, Canada, 1963-1968
Pierre Trudeau | Pierre Elliott Trudeau, Pierre E. Trudeau | Prime Minister, Canada, 1968-1979 ; Prime Minister, Canada, 1980-1984
Joe Clark | Charles Joseph Clark | Prime Minister, Canada, 1979-1980 ; Secretary of State for External Affairs, Canada, 1984-1991
Robert Menzies | Sir Robert Menzies, Robert Gordon Menzies, Menzies | Prime Minister, Australia, 1949-1966
Gough Whitlam | Edward Gough Whitlam, Whitlam | Prime Minister, Australia, 1972-1975
Malcolm Fraser | John Malcolm Fraser | Prime Minister, Australia, 1975-1983
#
# 1965-1995: China and Taiwan
Mao Zedong | Mao Tse-tung, Mao Tse-Tung, Mao Tsetung, Chairman Mao | Chairman of the Communist Party, China, 1943-1976
Zhou Enlai | Chou En-lai, Chou En-Lai, Chou Enlai | Premier, China, 1949-1976 ; Foreign Minister, China, 1949-1958
Liu Shaoqi | Liu Shao-chi, Liu Shao-ch'i | President, China, 1959-1968
Hua Guofeng | Hua Kuo-feng | Premier, China, 1976-1980 ; Chairman of the Communist Party, China, 1976-1981
Chen Yi | Ch'en Yi | Foreign Minister, China, 1958-1972
Ji Pengfei | Chi Peng-fei | Foreign Minister, China, 1972-1974
Qiao Guanhua | Chiao Kuan-hua | Foreign Minister, China, 1974-1976
Huang Hua |  | Foreign Minister, China, 1976-1982
Chiang Kai-shek | Chiang Kai-Shek, Chiang Kai Shek, Generalissimo Chiang, Jiang Jieshi | President, Taiwan, 1950-1975
Lien Chan |  | Premier, Taiwan, 1993-1997 ; Vice President, Taiwan, 1996-2000
#
# 1965-1995: Japan and the Koreas
Eisaku Sato | Eisaku Satō | Prime Minister, Japan, 1964-1972
Kakuei Tanaka |  | Prime Minister, Japan, 1972-1974
Takeo Miki |  | Prime Minister, Japan, 1974-1976
Takeo Fukuda |  | Prime Minister, Japan, 1976-1978
Masayoshi Ohira | Masayoshi Ōhira, Ohira, Ōhira | Prime Minister, Japan, 1978-1980
Zenko Suzuki | Zenkō Suzuki | Prime Minister, Japan, 1980-1982
Park Chung-hee | Park Chung Hee | President, South Korea, 1963-1979
Choi Kyu-hah | Choi Kyu Hah | President, South Korea, 1979-1980
Yon Hyong-muk | Yon Hyong Muk, Yeon Hyeong-muk | Premier, North Korea, 1988-1992
Kang Song-san | Kang Song San, Kang Seong-san | Premier, North Korea, 1984-1986 ; Premier, North Korea, 1992-1997
#
# 1965-1995: Vietnam and Cambodia
Ho Chi Minh |  | President, Vietnam, 1945-1969
Pham Van Dong | Phạm Văn Đồng | Prime Minister, Vietnam, 1955-1987
Le Duan | Lê Duẩn | First Secretary of the Communist Party, Vietnam, 1960-1976 ; General Secretary of the Communist Party, Vietnam, 1976-1986
Nguyen Van Linh | Nguyễn Văn Linh | General Secretary of the Communist Party, Vietnam, 1986-1991
Do Muoi | Đỗ Mười | Prime Minister, Vietnam, 1988-1991 ; General Secretary of the Communist Party, Vietnam, 1991-1997
Vo Van Kiet | Võ Văn Kiệt | Prime Minister, Vietnam, 1991-1997
Lon Nol |  | Prime Minister, Cambodia, 1966-1967 ; Prime Minister, Cambodia, 1969-1972 ; President, Cambodia, 1972-1975
Pol Pot | Saloth Sar | Leader, Khmer Rouge, 1963-1997 ; Prime Minister, Cambodia, 1976-1979
Khieu Samphan |  | Head of State, Cambodia, 1976-1979
Ieng Sary |  | Foreign Minister, Cambodia, 1975-1979
#
# 1965-1995: Southeast Asia
Sukarno | Soekarno, Bung Karno | President, Indonesia, 1945-1967
Tunku Abdul Rahman | Tunku Abdul Rahman Putra Al-Haj | Prime Minister, Malaysia, 1957-1970
Abdul Razak Hussein | Tun Abdul Razak, Tun Abdul Razak Hussein | Prime Minister, Malaysia, 1970-1976
Bhumibol Adulyadej | King Bhumibol, King Bhumibol Adulyadej, Rama IX, Bhumibol | King, Thailand, 1946-2016
Thanom Kittikachorn | Thanom | Prime Minister, Thailand, 1963-1973
Prem Tinsulanonda | Prem Tinsulanond | Prime Minister, Thailand, 1980-1988
Chatichai Choonhavan | Chatichai | Prime Minister, Thailand, 1988-1991
Anand Panyarachun |  | Prime Minister, Thailand, 1991-1992 ; Prime Minister, Thailand, 1992-1992
Chuan Leekpai | Chuan Likphai | Prime Minister, Thailand, 1992-1995 ; Prime Minister, Thailand, 1997-2001
#
# 1965-1995: India, Pakistan, Bangladesh and Sri Lanka
Lal Bahadur Shastri |  | Prime Minister, India, 1964-1966
Indira Gandhi |  | Prime Minister, India, 1966-1977 ; Prime Minister, India, 1980-1984
Morarji Desai |  | Prime Minister, India, 1977-1979
Charan Singh | Chaudhary Charan Singh, Chaudhry Charan Singh | Prime Minister, India, 1979-1980
Swaran Singh | Sardar Swaran Singh | External Affairs Minister, India, 1964-1966 ; External Affairs Minister, India, 1970-1974
Ayub Khan | Mohammad Ayub Khan, Muhammad Ayub Khan, Field Marshal Ayub Khan | President, Pakistan, 1958-1969
Yahya Khan | Agha Muhammad Yahya Khan, Agha Mohammad Yahya Khan | President, Pakistan, 1969-1971
Zulfikar Ali Bhutto | Zulfiqar Ali Bhutto | Foreign Minister, Pakistan, 1963-1966 ; President, Pakistan, 1971-1973 ; Prime Minister, Pakistan, 1973-1977
Sahabzada Yaqub Khan | Sahibzada Yaqub Khan, Yaqub Khan, Yaqub Ali Khan | Foreign Minister, Pakistan, 1982-1991 ; Foreign Minister, Pakistan, 1996-1997
Sheikh Mujibur Rahman | Sheikh Mujib, Mujibur Rahman, Mujib | Prime Minister, Bangladesh, 1972-1975 ; President, Bangladesh, 1975-1975
Ziaur Rahman | Gen. Ziaur Rahman | President, Bangladesh, 1977-1981
Hussain Muhammad Ershad | H. M. Ershad, H.M. Ershad, Hussain Mohammad Ershad, Ershad | Chief Martial Law Administrator, Bangladesh, 1982-1983 ; President, Bangladesh, 1983-1990
Sirimavo Bandaranaike | Sirima Bandaranaike, Sirimavo R. D. Bandaranaike | Prime Minister, Sri Lanka, 1960-1965 ; Prime Minister, Sri Lanka, 1970-1977 ; Prime Minister, Sri Lanka, 1994-2000
J. R. Jayewardene | J.R. Jayewardene, Junius Richard Jayewardene, Jayewardene | Prime Minister, Sri Lanka, 1977-1978 ; President, Sri Lanka, 1978-1989
Ranasinghe Premadasa | R. Premadasa, Premadasa | Prime Minister, Sri Lanka, 1978-1989 ; President, Sri Lanka, 1989-1993
Chandrika Kumaratunga | Chandrika Bandaranaike Kumaratunga, Chandrika Kumaratunge, Kumaratunga | Prime Minister, Sri Lanka, 1994-1994 ; President, Sri Lanka, 1994-2005
#
# 1965-1995: Afghanistan and Iran
Mohammed Zahir Shah | Zahir Shah, King Zahir Shah, Mohammad Zahir Shah | King, Afghanistan, 1933-1973
Mohammed Daoud Khan | Mohammad Daoud Khan, Mohammad Daud Khan, Daoud Khan, Sardar Daoud | Prime Minister, Afghanistan, 1953-1963 ; President, Afghanistan, 1973-1978
Nur Muhammad Taraki | Noor Mohammad Taraki, Nur Mohammad Taraki, Taraki | President, Afghanistan, 1978-1979
Hafizullah Amin |  | President, Afghanistan, 1979-1979
Gulbuddin Hekmatyar | Hekmatyar | Prime Minister, Afghanistan, 1993-1994 ; Prime Minister, Afghanistan, 1996-1996
Mohammad Reza Pahlavi | Mohammad Reza Shah, Mohammad Reza Shah Pahlavi, Mohammed Reza Pahlavi, Shah Mohammad Reza Pahlavi | Shah, Iran, 1941-1979
Amir-Abbas Hoveyda | Amir Abbas Hoveyda, Hoveyda | Prime Minister, Iran, 1965-1977
Shapour Bakhtiar | Shahpour Bakhtiar, Shapur Bakhtiar, Bakhtiar | Prime Minister, Iran, 1979-1979
Mehdi Bazargan | Bazargan | Prime Minister, Iran, 1979-1979
Abolhassan Banisadr | Abolhassan Bani-Sadr, Abol Hassan Bani-Sadr, Abolhassan Bani Sadr, Bani-Sadr, Banisadr | President, Iran, 1980-1981
Mohammad-Ali Rajai | Mohammad Ali Rajai, Mohammad Ali Rajaei, Rajai | Prime Minister, Iran, 1980-1981 ; President, Iran, 1981-1981
Ardeshir Zahedi |  | Foreign Minister, Iran, 1966-1971
Abbas Ali Khalatbari | Abbas-Ali Khalatbari, Khalatbari | Foreign Minister, Iran, 1971-1978
Sadegh Ghotbzadeh | Sadeq Qotbzadeh, Sadegh Qotbzadeh, Ghotbzadeh | Foreign Minister, Iran, 1979-1980
Ali Akbar Velayati | Ali Akbar Velayeti, Velayati | Foreign Minister, Iran, 1981-1997
#
# 1965-1995: Iraq, Syria, Jordan and Lebanon
Abdul Rahman Arif | Abdul Rahman Aref, Abdel Rahman Aref, Abd al-Rahman Arif | President, Iraq, 1966-1968
Ahmed Hassan al-Bakr | Ahmad Hassan al-Bakr, Ahmed Hasan al-Bakr, Hassan al-Bakr | President, Iraq, 1968-1979
Saadoun Hammadi | Sadoun Hammadi, Sa'dun Hammadi, Saadun Hammadi | Foreign Minister, Iraq, 1974-1983 ; Prime Minister, Iraq, 1991-1991
Muhammad Saeed al-Sahhaf | Mohammed Saeed al-Sahhaf, Mohammed Said al-Sahhaf, Mohammed Saeed al-Sahaf, Sahhaf | Foreign Minister, Iraq, 1992-2001 ; Information Minister, Iraq, 2001-2003
Nureddin al-Atassi | Nur al-Din al-Atassi, Noureddine al-Atassi, Nureddin Atassi | President, Syria, 1966-1970
Abdul Halim Khaddam | Abdel Halim Khaddam, Abd al-Halim Khaddam, Khaddam | Foreign Minister, Syria, 1970-1984 ; Vice President, Syria, 1984-2005
Wasfi al-Tal | Wasfi Tal, Wasfi al-Tell | Prime Minister, Jordan, 1962-1963 ; Prime Minister, Jordan, 1965-1967 ; Prime Minister, Jordan, 1970-1971
Zaid al-Rifai | Zaid Rifai, Zeid al-Rifai, Zaid al-Rifa'i | Prime Minister, Jordan, 1973-1976 ; Prime Minister, Jordan, 1985-1989
Elias Sarkis | Elias Sarkiss | President, Lebanon, 1976-1982
Amine Gemayel | Amin Gemayel | President, Lebanon, 1982-1988
Elias Hrawi | Elias Hraoui, Elias al-Hrawi, Hrawi | President, Lebanon, 1989-1998
Rashid Karami | Rashid Karameh, Rachid Karami | Prime Minister, Lebanon, 1965-1966 ; Prime Minister, Lebanon, 1966-1968 ; Prime Minister, Lebanon, 1969-1970 ; Prime Minister, Lebanon, 1975-1976 ; Prime Minister, Lebanon, 1984-1987
Selim al-Hoss | Salim al-Hoss, Selim Hoss, Salim Hoss, Salim al-Huss | Prime Minister, Lebanon, 1976-1980 ; Prime Minister, Lebanon, 1987-1990 ; Prime Minister, Lebanon, 1998-2000
#
# 1965-1995: Israel and the Palestinian movements
Levi Eshkol | Eshkol | Prime Minister, Israel, 1963-1969
Golda Meir | Golda | Foreign Minister, Israel, 1956-1966 ; Prime Minister, Israel, 1969-1974
Yigal Allon | Allon | Acting Prime Minister, Israel, 1969-1969 ; Foreign Minister, Israel, 1974-1977
Menachem Begin | Menahem Begin | Prime Minister, Israel, 1977-1983
Abba Eban | Eban | Foreign Minister, Israel, 1966-1974
Moshe Dayan | Dayan | Defense Minister, Israel, 1967-1974 ; Foreign Minister, Israel, 1977-1979
Ahmad Shukeiri | Ahmed Shukairy, Ahmad al-Shukairi, Ahmad Shuqeiri, Shukeiri | Chairman, Palestine Liberation Organization, 1964-1967
Khalil al-Wazir | Khalil Wazir, Abu Jihad | Co-founder, Fatah,
Salah Khalaf | Salah Khalef, Abu Iyad | Co-founder, Fatah,
George Habash | Habash | Leader, Popular Front for the Liberation of Palestine, 1967-2000
Nayef Hawatmeh | Nayef Hawatma, Hawatmeh | Leader, Democratic Front for the Liberation of Palestine, 1969-
#
# 1965-1995: Egypt, Saudi Arabia and Libya
Gamal Abdel Nasser | Gamal Abdul Nasser, Gamal Abd el-Nasser, Abdel Nasser | President, Egypt, 1956-1970
Anwar Sadat | Anwar el-Sadat, Anwar al-Sadat, Mohamed Anwar el-Sadat, Sadat | Vice President, Egypt, 1969-1970 ; President, Egypt, 1970-1981
Kamal Hassan Ali |  | Foreign Minister, Egypt, 1980-1984 ; Prime Minister, Egypt, 1984-1985
Mahmoud Riad | Mahmoud Riyad | Foreign Minister, Egypt, 1964-1972 ; Secretary-General, Arab League, 1972-1979
Ismail Fahmy | Ismail Fahmi | Foreign Minister, Egypt, 1973-1977
Esmat Abdel Meguid | Ahmed Esmat Abdel Meguid, Esmat Abdel-Meguid, Esmat Abdel Maguid | Foreign Minister, Egypt, 1984-1991 ; Secretary-General, Arab League, 1991-2001
Faisal bin Abdulaziz | King Faisal, Faisal bin Abdulaziz Al Saud, Faisal ibn Abdulaziz | King, Saudi Arabia, 1964-1975
Khalid bin Abdulaziz | King Khalid, King Khaled, Khaled bin Abdulaziz, Khalid ibn Abdulaziz | King, Saudi Arabia, 1975-1982
Idris of Libya | King Idris, King Idris I, Idris I | King, Libya, 1951-1969
Abdessalam Jalloud | Abdel Salam Jalloud, Abdessalam Jallud, Abdul Salam Jalloud, Jalloud | Prime Minister, Libya, 1972-1977
#
# 1965-1995: Turkey, Greece and Cyprus
Cevdet Sunay |  | President, Turkey, 1966-1973
Fahri Koruturk | Fahri Korutürk | President, Turkey, 1973-1980
Nihat Erim |  | Prime Minister, Turkey, 1971-1972
Bulend Ulusu | Bülend Ulusu, Bulent Ulusu | Prime Minister, Turkey, 1980-1983
Constantine II | King Constantine, King Constantine II, Constantine II of Greece | King, Greece, 1964-1973
Georgios Papadopoulos | Colonel Papadopoulos | Prime Minister, Greece, 1967-1973 ; President, Greece, 1973-1973
Constantine Karamanlis | Constantine Caramanlis, Konstantinos Karamanlis Sr. | Prime Minister, Greece, 1955-1963 ; Prime Minister, Greece, 1974-1980 ; President, Greece, 1980-1985 ; President, Greece, 1990-1995
Andreas Papandreou |  | Prime Minister, Greece, 1981-1989 ; Prime Minister, Greece, 1993-1996
Konstantinos Mitsotakis | Constantine Mitsotakis | Prime Minister, Greece, 1990-1993
Makarios III | Archbishop Makarios, Archbishop Makarios III, Makarios | President, Cyprus, 1960-1977
Spyros Kyprianou | Spyros Achilles Kyprianou | President, Cyprus, 1977-1988
#
# 1965-1995: southern and eastern Africa
Hendrik Verwoerd | H. F. Verwoerd, H.F. Verwoerd, Hendrik Frensch Verwoerd, Verwoerd | Prime Minister, South Africa, 1958-1966
B. J. Vorster | B.J. Vorster, John Vorster, Balthazar Johannes Vorster, Vorster | Prime Minister, South Africa, 1966-1978 ; President, South Africa, 1978-1979
Oliver Tambo | Oliver R. Tambo, O. R. Tambo, Tambo | President, African National Congress, 1967-1991
Canaan Banana |  | President, Zimbabwe, 1980-1987
Kenneth Kaunda | Kaunda | President, Zambia, 1964-1991
Frederick Chiluba | Chiluba | President, Zambia, 1991-2002
Julius Nyerere | Mwalimu Julius Nyerere, Julius K. Nyerere, Nyerere | President, Tanzania, 1964-1985
Ali Hassan Mwinyi |  | President, Tanzania, 1985-1995
Jomo Kenyatta | Mzee Jomo Kenyatta | Prime Minister, Kenya, 1963-1964 ; President, Kenya, 1964-1978
Milton Obote | Apollo Milton Obote, Obote | Prime Minister, Uganda, 1962-1966 ; President, Uganda, 1966-1971 ; President, Uganda, 1980-1985
Idi Amin | Idi Amin Dada | President, Uganda, 1971-1979
Haile Selassie | Emperor Haile Selassie, Haile Selassie I | Emperor, Ethiopia, 1930-1974
Siad Barre | Mohamed Siad Barre, Mohammed Siad Barre, Muhammad Siad Barre | President, Somalia, 1969-1991
Mohamed Farrah Aidid | Mohammed Farah Aidid, Mohamed Farah Aidid, Mohamed Farah Aideed, Mohammed Farah Aideed, General Aidid, General Aideed | Warlord, Somalia, 1991-1996
Jaafar Nimeiry | Gaafar Nimeiry, Gaafar Nimeiri, Jaafar Numeiri, Jaafar al-Nimeiry, Jaafar Nimeiri, Nimeiry, Numeiri, Nimeiri | President, Sudan, 1969-1985
Sadiq al-Mahdi | Sadig al-Mahdi, Sadiq el-Mahdi, Sadek al-Mahdi | Prime Minister, Sudan, 1966-1967 ; Prime Minister, Sudan, 1986-1989
Agostinho Neto | António Agostinho Neto, Antonio Agostinho Neto | President, Angola, 1975-1979
Jonas Savimbi | Jonas Malheiro Savimbi, Savimbi | Leader, UNITA, 1966-2002
Samora Machel | Samora Moisés Machel, Samora Moises Machel | President, Mozambique, 1975-1986
Joaquim Chissano | Joaquim Alberto Chissano, Chissano | Foreign Minister, Mozambique, 1975-1986 ; President, Mozambique, 1986-2005
Afonso Dhlakama | Dhlakama | Leader, Renamo, 1979-2018
#
# 1965-1995: western and central Africa
Abubakar Tafawa Balewa | Tafawa Balewa, Sir Abubakar Tafawa Balewa | Prime Minister, Nigeria, 1960-1966
Johnson Aguiyi-Ironsi | Johnson Aguiyi Ironsi, Aguiyi-Ironsi, Ironsi | Head of State, Nigeria, 1966-1966
Yakubu Gowon | Jack Gowon, Gowon | Head of State, Nigeria, 1966-1975
Murtala Mohammed | Murtala Muhammed, Murtala Ramat Mohammed, Murtala Ramat Muhammed | Head of State, Nigeria, 1975-1976
Shehu Shagari | Alhaji Shehu Shagari, Shagari | President, Nigeria, 1979-1983
Kwame Nkrumah | Nkrumah | Prime Minister, Ghana, 1957-1960 ; President, Ghana, 1960-1966
Ignatius Kutu Acheampong | Ignatius Acheampong, I. K. Acheampong, Acheampong | Head of State, Ghana, 1972-1978
Jerry Rawlings | Jerry John Rawlings, Jerry J. Rawlings, Rawlings | Head of State, Ghana, 1979-1979 ; Head of State, Ghana, 1981-1993 ; President, Ghana, 1993-2001
Etienne Tshisekedi | Étienne Tshisekedi, Etienne Tshisekedi wa Mulumba, Étienne Tshisekedi wa Mulumba | Prime Minister, Democratic Republic of Congo, 1991-1991 ; Prime Minister, Democratic Republic of Congo, 1992-1993 ; Prime Minister, Democratic Republic of Congo, 1997-1997
Kengo wa Dondo | Leon Kengo wa Dondo, Léon Kengo wa Dondo, Leon Kengo, Léon Kengo | Prime Minister, Democratic Republic of Congo, 1982-1986 ; Prime Minister, Democratic Republic of Congo, 1988-1990 ; Prime Minister, Democratic Republic of Congo, 1994-1997
#
# 1965-1995: Mexico, Central America and Cuba
Gustavo Diaz Ordaz | Gustavo Díaz Ordaz, Diaz Ordaz, Díaz Ordaz | President, Mexico, 1964-1970
Luis Echeverria | Luis Echeverría, Luis Echeverria Alvarez, Luis Echeverría Álvarez | President, Mexico, 1970-1976
Jose Lopez Portillo | José López Portillo, Lopez Portillo, López Portillo | President, Mexico, 1976-1982
Osvaldo Dorticos | Osvaldo Dorticós, Osvaldo Dorticos Torrado, Osvaldo Dorticós Torrado | President, Cuba, 1959-1976
Anastasio Somoza Debayle | Anastasio Somoza, Tachito Somoza | President, Nicaragua, 1967-1972 ; President, Nicaragua, 1974-1979
Tomas Borge | Tomás Borge | Co-founder, Sandinista National Liberation Front, ; Interior Minister, Nicaragua, 1979-1990
Adolfo Calero | Adolfo Calero Portocarrero | Leader, Contras,
Enrique Bermudez | Enrique Bermúdez | Military Commander, Contras,
Jose Napoleon Duarte | José Napoleón Duarte, Napoleon Duarte, Napoleón Duarte | President of the Revolutionary Government Junta, El Salvador, 1980-1982 ; President, El Salvador, 1984-1989
Alfredo Cristiani | Alfredo Félix Cristiani, Cristiani | President, El Salvador, 1989-1994
Omar Torrijos | Omar Torrijos Herrera, General Omar Torrijos | Leader, Panama, 1968-1981
Manuel Noriega | Manuel Antonio Noriega, General Manuel Noriega, Noriega | Leader, Panama, 1983-1989
Eric Arturo Delvalle | Eric Delvalle, Delvalle | President, Panama, 1985-1988
#
# 1965-1995: South America
Alfonso Lopez Michelsen | Alfonso López Michelsen, Lopez Michelsen, López Michelsen | President, Colombia, 1974-1978
Julio Cesar Turbay Ayala | Julio César Turbay Ayala, Julio Cesar Turbay, Julio César Turbay, Turbay | President, Colombia, 1978-1982
Luis Herrera Campins | Herrera Campins | President, Venezuela, 1979-1984
Fernando Belaunde Terry | Fernando Belaúnde Terry, Fernando Belaunde, Fernando Belaúnde, Belaunde, Belaúnde | President, Peru, 1963-1968 ; President, Peru, 1980-1985
Juan Velasco Alvarado | Juan Velasco, General Velasco Alvarado, Velasco Alvarado | President, Peru, 1968-1975
Francisco Morales Bermudez | Francisco Morales Bermúdez, Morales Bermudez, Morales Bermúdez | President, Peru, 1975-1980
Eduardo Frei Montalva |  | President, Chile, 1964-1970
Salvador Allende | Salvador Allende Gossens, Allende | President, Chile, 1970-1973
Augusto Pinochet | Augusto Pinochet Ugarte, General Pinochet, Pinochet | President, Chile, 1973-1990 ; Commander-in-Chief of the Army, Chile, 1973-1998
Patricio Aylwin | Patricio Aylwin Azocar, Patricio Aylwin Azócar, Aylwin | President, Chile, 1990-1994
Eduardo Frei Ruiz-Tagle | Eduardo Frei Ruiz Tagle | President, Chile, 1994-2000
Juan Carlos Ongania | Juan Carlos Onganía, Ongania, Onganía | President, Argentina, 1966-1970
Alejandro Lanusse | Alejandro Agustin Lanusse, Alejandro Agustín Lanusse, Lanusse | President, Argentina, 1971-1973
Juan Peron | Juan Perón, Juan Domingo Peron, Juan Domingo Perón | President, Argentina, 1946-1955 ; President, Argentina, 1973-1974
Isabel Peron | Isabel Perón, Isabel Martinez de Peron, Isabel Martínez de Perón, Maria Estela Martinez de Peron | Vice President, Argentina, 1973-1974 ; President, Argentina, 1974-1976
Jorge Rafael Videla | Jorge Videla, Videla | President, Argentina, 1976-1981
Leopoldo Galtieri | Leopoldo Fortunato Galtieri, Galtieri | President, Argentina, 1981-1982
Reynaldo Bignone | Reynaldo Benito Bignone, Bignone | President, Argentina, 1982-1983
Humberto Castelo Branco | Humberto de Alencar Castelo Branco, Castelo Branco, Castello Branco | President, Brazil, 1964-1967
Artur da Costa e Silva | Arthur da Costa e Silva, Costa e Silva | President, Brazil, 1967-1969
Emilio Garrastazu Medici | Emílio Garrastazu Médici, Emilio Medici, Garrastazu Medici | President, Brazil, 1969-1974
Ernesto Geisel | Geisel | President, Brazil, 1974-1979
Joao Figueiredo | João Figueiredo, Joao Baptista Figueiredo, João Baptista Figueiredo, Joao Baptista de Oliveira Figueiredo | President, Brazil, 1979-1985
#
# 1965-1995: the United Nations
U Thant | Thant | Secretary-General, United Nations, 1961-1971
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
#                   blame", "is the source of the problem"; "responsibility" needs a verb of
#                   bearing before it, "responsible", "to blame", "source", "cause" a form of "be"
#                   (a group that claims responsibility blames no one); with no subject, the
#                   owner of what is blamed ("X's policies are to blame"); "handiwork" lays it
#                   on the party after "of" ("the bombing was the handiwork of X")
#   noun-on         a noun whose other party follows "on" or "against": "sanctions on Iran"
#   condemned-act   an act described as a wrong ("Russia's unprovoked invasion", "the
#                   repressive rule of X"): whoever describes it blames its author
#   demand          a demand that the other party stop: "called on Iran to stop"
#   right           a right whose owner (before it) the subject backs: "reaffirmed Israel's
#                   right to defend itself"
#   supply-noun     a noun of supply, given by its owner or the party after "by", to the party
#                   after "to": "the provision of munitions by the DPRK to Russia"
#   thanks          thanks for support: "thanked the United States for its strong support" (the
#                   one thanked backs the subject; only when a noun of support follows "for")
#   perpetration    a verb of committing a harmful act ("carried out the attack", "the bombing was
#                   staged by X"): whoever reports it blames the one who committed it
#   wrongdoing      a verb that is itself a charge ("harbored the rebels", "violated the truce"):
#                   whoever reports it blames its subject
#   labelling       a verb that labels its object, a charge when the label is a word of wrong:
#                   "branded Ortega a dictator", "described Moscow as the aggressor"
#   accusation      a noun of accusation, made by its owner or by the party after "by", against
#                   the party after "against" or the actor of the clause after "that":
#                   "denied U.S. accusations that it arms the rebels"
# A noun's own party stands before it, past adjectives: "the United States' steadfast
# commitment to", "the ironclad U.S. commitment to". Its other party may stand past a verb or
# a phrase ending in "of": "commitment to defend Japan", "support for the people of Kenya".
# A "direct" trigger followed by "by" is read as passive: "was blamed by the United States".
# A "with" trigger whose subject is a list and which has no object relates the list's
# members with each other: "Putin and Raisi spoke".
spoke_with | direct | complained to, complains to, wrote to, writes to, written to, writing to, write to, conveyed to, conveys to, informed, informs, informing, notified, notifies, notifying, letter to, letters to, message to, messages to, diplomatic note to, note to, notes to, note verbale to, protest note to, note of protest to, protest to, protests to, protested to, protesting to, protest with, protests with, representations to, representations with, complaint to, complaints to, complaint with, complaints with, met, meet, meets, consulted, consults, consult, told, tells, tell, spoke to, spoken to, speak to, speaks to, speaking to, talked to, talk to, talks to, talking to, banquet in honor of, banquet in honour of, dinner in honor of, dinner in honour of, luncheon in honor of, luncheon in honour of, lunch in honor of, lunch in honour of, reception in honor of, reception in honour of
spoke_with | direct-person | shook the hand of, shakes the hand of, shake the hand of, shaking the hand of, shook hands with, greeted, greets, greet, greeting, embraced, embraces, embracing, hugged, hugs, hugging, meeting, assured, assures, assuring, reassured, reassures, reassuring, congratulated, congratulates, congratulating, visited, visits, visiting, summoned, summons, summoning, briefed, briefs, briefing, called, phoned, phoning, telephoned, telephoning, rang, dialled, dialed, dialling, dialing, received, receives, receiving, hosted, hosts, hosting, welcomed, welcomes, welcoming
spoke_with | with | consulted, consulting, consults, consult, signed, signs, sign, signing, encounter, encounters, audience, spoke, spoken, speak, speaks, speaking, talked, talk, talks, met, meet, meets, meeting, meetings, call, calls, phone call, phone calls, conversation, conversations, discussed, discuss, discusses, discussion, discussions, dined, dine, dinner, lunch, breakfast, conferred, convened, convene, convenes, consultations, negotiations, negotiated, contact, summit, phone, telephone conversation, video call, videoconference, telephone diplomacy, phone diplomacy, in touch, video conference, news conference, press conference, joint news conference, joint press conference, sat down, sit down, sits down, sitting down, sit-down, sit-downs, held talks, hold talks, holding talks, holds talks, had talks, have talks, has talks, having talks, shook hands, shaking hands, shake hands, shakes hands, exchanged views, exchange views, exchanges views, exchanging views, exchange of views, exchanges of views, exchanged greetings, exchange greetings, exchanging greetings, exchanged pleasantries, exchanging pleasantries, bilaterals, bilateral meeting, bilateral meetings, bilateral talks, exchange pleasantries, exchange messages, exchange letters, exchanges greetings, exchanges pleasantries, exchanges messages, exchanges letters, exchanged messages, exchanged letters, exchanging messages, exchanging letters
backs | direct | stands behind, stood behind, stand behind, standing behind, championed, champions, champion, championing, committed to, granted asylum to, grants asylum to, gave asylum to, bankrolled, bankrolls, bankroll, bankrolling, propped up, props up, prop up, propping up, loyal to, allied with, allied to, fought alongside, fights alongside, fight alongside, fighting alongside, backs, back, backed, backing, supports, support, supported, supporting, funds, fund, funded, funding, finances, finance, financed, financing, arms, armed, arming, aided, aiding, helps, help, helped, helping, sponsors, sponsor, sponsored, sponsoring, endorsed, endorses, endorse, stood by, stands by, stand by, standing by, stand with, stood with, shoulder to shoulder with, stands with, stood with, standing with, sided with, sides with, side with, siding with, voted with, votes with, vote with, voting with, rallied behind, rallies behind, rally behind, rallying behind, rallied around, rallies around, rally around, rallying around, defended, defends, defend, defending, assist, assists, assisted, assisting, protect, protects, protected, protecting, threw its weight behind, throws its weight behind, throw its weight behind, throwing its weight behind, threw their weight behind, throw their weight behind, throws their weight behind, put its weight behind, puts its weight behind, putting its weight behind, thrown its weight behind, thrown their weight behind, came to the aid of, come to the aid of, comes to the aid of, coming to the aid of, came to the rescue of, come to the rescue of, comes to the rescue of, coming to the rescue of, recognized, recognizes, recognize, recognizing, recognised, recognises, recognise, recognising
backs | recipient | supplied, supplies, supply, supplying, provided, provides, provide, providing, sent, sends, send, sending, delivered, delivers, deliver, delivering, sold, sells, sell, selling, shipped, ships, ship, shipping, transferred, transfers, smuggled, smuggles, smuggle, smuggling, gave, given, give, gives, giving, handed, hands, hand, handing, granted, grants, grant, granting, donated, donates, donate, donating
backs | noun-for | support, aid, batteries, howitzers, weaponry, armaments, assistance, backing, funding, weapons, arms, loan, loans, credit line, credit lines, grant, grants, financing, funds, missiles, drones, tanks, ammunition, munitions, artillery, air defence, air defense, air defences, air defenses, fighter jets, military equipment, military aid, financial support, commitment, commitments, solidarity, resolve, security assistance, military assistance, humanitarian assistance, relief supplies, humanitarian supplies, medical supplies, medical convoys, medical teams, vaccines, vaccine doses, lethal assistance, defense commitment, defense commitments, in support of, backer of, backers of, supporter of, supporters of, ally of, allies of, sponsor of, patron of, financier of, funder of, supplier of, suppliers of
backs | supply-noun | provision, provisions, supply, supplies, delivery, deliveries, transfer, transfers, shipment, shipments, sale, sales
backs | right | right to defend itself, right to defend themselves, right to defend its, right to defend their, right to protect itself, right to protect its, right to self-defense, right to self-defence, right to exist
backs | thanks | thanked, thanks, thank, thanking, praised, praises, commended, commends, lauded, lauds, hailed, hails, applauded, applauds
backs | compound | backed, funded, supported, armed, sponsored, financed
blamed | direct | blamed, blames, blame, onus, blaming, accused, accuses, accuse, accusing, charged, charging, complained about, complains about, complain about, complaining about, pointed the finger at, points the finger at, pointing the finger at, point the finger at, pointed fingers at, pointed a finger at, furious at, furious with, angry at, angry with, angered at, incensed at, incensed with, outraged at, enraged at, faulted, faults, faulting
blamed | responsibility | responsibility, responsible, complicit, culpable, guilty, at fault, to blame, was behind, were behind, is behind, are behind, was involved in, were involved in, is involved in, are involved in, source of the problem, source of the problems, source of instability, source of the instability, source of tension, source of tensions, source of the conflict, source of the violence, source of the crisis, cause of the problem, cause of the crisis, cause of the conflict, cause of the violence, cause of the tragedy, root cause, root causes, handiwork, obstacle to peace, obstacles to peace, main obstacle, biggest obstacle, greatest obstacle, principal obstacle, main obstacles, biggest obstacles, threat to peace, threat to regional peace, threat to regional stability, threat to stability
criticized | direct | lashed out at, lashes out at, lashing out at, lashed at, lashes at, lashing at, hit out at, hits out at, hitting out at, criticized, criticizes, criticize, criticised, criticises, condemned, condemns, condemn, denounced, denounces, denounce, slammed, slams, rebuked, rebukes, blasted, lambasted, lambastes, castigated, assailed, berated, chastised, criticizing, criticising, condemning, denouncing, slamming, rebuking, blasting, lambasting, castigating, castigates, assailing, assails, berating, berates, chastising, chastises, took a swipe at, takes a swipe at, taking a swipe at, took swipes at, took aim at, takes aim at, taking aim at
attacked | direct | killed, kills, killing, murdered, murders, murdering, destroyed, destroys, destroying, razed, razing, torched, torching, looted, looting, bombarded, bombarding, raided, raiding, ambushed, ambushing, assassinated, assassinates, assassinating, massacred, massacring, attacking, bombing, shelling, invading, targeting, fired on, fires on, fire on, firing on, opened fire on, opens fire on, open fire on, attacked, attacks, attack, struck, strikes, bombed, bombs, shelled, shells, invaded, invades, invade, targeted, targets, waged war on, waged war against, waging war on, waging war against, wages war on, wages war against, fighting a war against, fights a war against, fought a war against
sanctioned | direct | sanctioned, sanctions, sanction
sanctioned | noun-on | sanctions, sanction, embargo, penalties, tariffs
criticized | noun-on | criticism of, criticisms of, condemnation of, condemnations of, denunciation of, denunciations of, indictment of, censure of, tirade, tirades, diatribe, diatribes, broadside, broadsides, harangue, invective, polemic, polemics
blamed | condemned-act | war, wars, invasion, aggression, occupation, attack, attacks, assault, atrocities, crimes, war crimes, offensive, annexation, bombardment, bombing, bombings, shelling, killing, killings, massacre, massacres, blockade, strikes, airstrikes, rule, crackdown, repression, actions, policies, policy, provocations, provocation, behavior, behaviour, harassment, intimidation, coercion, interference, meddling, bullying, violations, complicity
blamed | demand | called on, calls on, call on, calling on, urged, urges, urge, urging, demanded, demands, demand, demanding, warned, warns, warn, warning
blamed | accusation | claims, accusation, accusations, allegation, allegations, charges, charge, charged, charging, alleged, alleges, alleging
blamed | perpetration | carried out, carry out, carries out, carrying out, led, leads, leading, orchestrated, orchestrates, orchestrating, masterminded, masterminds, masterminding, perpetrated, perpetrates, perpetrating, staged, stages, staging, plotted, plots, plotting, ordered, orders, launched, launches, launching, committed, commits, committing, conducted, conducts, conducting, planned, plans, planning, prepared, prepares, preparing, coordinated, coordinates, coordinating, organized, organizes, organizing, organised, organises, organising, engineered, engineers, engineering, initiated, initiates, initiate, initiating, started, starts, start, starting, provoked, provokes, provoke, provoking, caused, causes, cause, causing
blamed | wrongdoing | failed to stop, failed to prevent, failed to curb, failed to halt, failed to rein in, fails to stop, fails to prevent, failing to stop, failing to prevent, did nothing to stop, did nothing to prevent, harmed, harms, harming, harm, hurt, hurts, hurting, damaged, instigated, instigates, instigating, instigate, fomented, foments, fomenting, foment, harbor, harbour, violate, undermine, destabilize, destabilise, meddle, interfere, provoke, incite, obstruct, smuggle, smuggled, smuggles, smuggling, harbored, harbors, harboring, harboured, harbours, harbouring, sheltered, shelters, sheltering, violated, violates, violating, breached, breaching, undermined, undermines, undermining, destabilized, destabilizes, destabilizing, destabilised, destabilises, destabilising, meddled, meddles, meddling, interfered, interferes, interfering, provoked, provokes, provoking, incited, incites, inciting, fabricated, fabricates, fabricating, lied, lies about, sponsored terrorism, sponsors terrorism, sponsoring terrorism, supported terrorism, supports terrorism, supporting terrorism, obstructed, obstructs, obstructing, sabotaged, sabotages, sabotaging, harassed, harasses, harassing, harass, intimidated, intimidates, intimidating, intimidate, betrayed, betrays, betraying, betray, kidnapped, kidnaps, kidnapping, kidnap, abducted, abducts, abducting, abduct, tortured, tortures, torturing, torture, looted, loots, looting, persecuted, persecutes, persecuting, persecute, coerced, coerces, coercing, coerce, bullied, bullies, bullying, bully, illegally, unlawfully, jeopardized, jeopardizes, jeopardizing, jeopardize, jeopardised, jeopardises, jeopardising, jeopardise, endangers, endangering, imperiled, imperilled, imperils, imperiling, imperilling, imperil, exacerbated, exacerbates, exacerbating, fueled, fuelled, fuels, fueling, fuelling, stoked, stokes, stoking, raised tensions, raises tensions, raising tensions, heightened tensions, heightens tensions, heightening tensions, escalated tensions, escalates tensions, escalating tensions, inflamed tensions, inflames tensions, inflaming tensions
blamed | labelling | branded, brands, branding, brand, vilified, vilifies, vilify, vilifying, portrayed, portrays, portray, portraying, painted, paints, painting, cast, casts, casting, denounced, denounces, denouncing, labelled, labeled, labels, labelling, labeling, label, dubbed, dubs, dub, termed, terming, described, describes, describing, describe, called, calls, calling, named, names, naming, identified, identifies, identifying, linking, linked, links, link, tying, tied, ties, tie, connecting, connected, connects, connect, implicating, implicated, implicates, implicate
"""##),
        ("titles.txt", ##"""
# Titles and roles that stand before (or beside) a person's name.
#
# Format: one title a line, two or three fields separated by " | ":
#   title as written | kind | the country, for an office only one country has
# Kinds:
#   leader     head of state or government, or a minister: answers "which leaders ..."
#   official   any other office or position ("spokesman", "envoy", "chief")
#   honorific  a form of address that is not a role ("Sheikh", "Mr."); dropped from names
# Matching ignores case, so "Prime Minister" also matches "prime minister" and "PM".
# Multi-word titles are matched before their parts.
President | leader
Presidents | leader
Vice President | leader
President-elect | leader
Interim President | leader
Prime Minister | leader
Prime Ministers | leader
PM | leader
Premier | leader
Deputy Prime Minister | leader
DPM | leader
Chancellor | leader
Taoiseach | leader | Ireland
Head of State | leader
King | leader
Queen | leader
Crown Prince | leader
Emir | leader
Sultan | leader
Supreme Leader | leader
Ayatollah | honorific
Foreign Minister | leader
FM | leader
Foreign Ministers | leader
Defense Minister | leader
Defence Minister | leader
Interior Minister | leader
External Affairs Minister | leader | India
Home Affairs Minister | leader
Home Minister | leader
Finance Minister | leader
Minister | leader
Secretary of State | leader
Sec. of State | leader
Secy. of State | leader
Secretary of Defense | leader | United States
Deputy Secretary of Defense | official | United States
Assistant Secretary of Defense | official | United States
Assistant Secretary of State | official | United States
Deputy Secretary of State | official | United States
Under Secretary of State | official | United States
Secretary of Homeland Security | leader | United States
Chairman of the Joint Chiefs of Staff | official | United States
Secretary of the Treasury | leader | United States
Treasury Secretary | leader | United States
Senate Majority Leader | official | United States
Speaker of the House | official | United States
Defense Secretary | leader
Foreign Secretary | leader
Home Secretary | leader
Secretary | official
Governor | official
Governors | official
Mayor | official
Senator | official
Senators | official
Speaker | official
Secretary-General | official
Ombudsman | official
Secretary General | official
Sec. Gen. | official
Secy. Gen. | official
National Security Adviser | official
Assistant | official
Special Assistant | official
Counselor | official
Counsellor | official
Aide | official
National Security Advisor | official
NSA | official
Ambassador | official
Ambassador Extraordinary and Plenipotentiary | official
Chief of Mission | official
Deputy Chief of Mission | official
Ambassadors | official
Envoy | official
Special Envoy | official
Spokesman | official
Spokeswoman | official
Spokesperson | official
Leader | official
Chief | official
Boss | official
Strongman | leader
Head | official
Director | official
Commander | official
Chairman | official
Chairwoman | official
Chair | official
Co-Chair | official
Co-Chairs | official
Co-Chairman | official
Co-Chairmen | official
Co-Chairwoman | official
Chairman-in-Office | official
Chairperson-in-Office | official
Personal Representative | official
Negotiator | official
Mediator | official
Adviser | official
Advisor | official
Counterpart | official
Counterparts | official
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
Representatives | official
Representative | official
Deputy Representative | official
High Representative | official
High Commissioner | official
Commissioner | official
Consul | official
Consul General | official
Charge d'Affaires | official
Chargé d'Affaires | official
Charge d’Affaires | official
Chargé d’Affaires | official
Attache | official
Diplomat | official
Emissary | official
Coordinator | official
Director-General | official
Director General | official
Chief of Staff | official
Chief Executive | official
Chief Executive Officer | official
Officer in Charge | official
Presidential Candidate | official
Candidate | official
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
Congressmen | official
Congresswoman | official
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
Air Chief Marshal | official
Air Marshal | official
Air Commodore | official
Commodore | official
Marshal | official
Admiral | official
Admirals | official
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
Colonels | official
Col. | official
Maj. | official
Captain | official
Capt. | official
Cmdr. | official
Cdr. | official
Sergeant | official
Sgt. | official
Corporal | official
Commandant | official
General | honorific
# A rank shared by the names after it: "Generals Ana Ruiz and Tomas Vega".
Generals | official
Gen. | honorific
Prince | honorific
Princess | honorific
Sheikh | honorific
Sheik | honorific
Dr. | honorific
Mr. | honorific
Mrs. | honorific
Ms. | honorific
Shri | honorific
Shrimati | honorific
Smt. | honorific
Sir | honorific
Lord | honorific
Datuk Seri | honorific
Dato Seri | honorific
Datuk | honorific
Dato | honorific
Tan Sri | honorific
Tun | honorific
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
Eid, Olympics, Internet, Parliament, Congress, Senate, Cabinet, Government, Army
Navy, Air, Force, Forces, Police, Court, Ministry, Office, Council, Commission, Committee
Agency, Department, Group, Party, Front, Movement, Alliance, Coalition, Assembly, Authority
Chamber, Guard, Guards, Corps, Brigade, Brigades, Summit, Conference, Forum, Treaty, Accord
Agreement, Act, Plan, Initiative, Process, Format, Deal, Strategy, Doctrine, Declaration
Sea, Ocean, River, Lake, Gulf, Bay, Strait, Canal, Island, Islands, Peninsula, Valley
Mountain, Mountains, Desert, Dam, Bridge, Corridor, Crossing, Border, Airport, Port, Palace
Square, Street, Avenue, Road, Province, Region, District, City, County, Cosmodrome, Base
Station, Plant, Reactor, Field, Prison, Camp, Hospital, Church, Mosque, Temple, Cathedral
Museum, Stadium, Theater, Theatre, Hotel, Center, Centre, Tower, Hall, House, Building, Zone, Strip, Bank, Castle
Heights, Hills, Coast, Shore, Delta, Basin, Line, Belt, Route, Highway, Pipeline, Stream
Volcano, Glacier, Canyon, Falls, Swamp, Steppe, Harbour, Harbor, Barracks, Embassy, Airbase, Airfield, Airstrip, Aerodrome
Games, Cup, Prize, Award, Day, Week, Year, War, Revolution, Crisis, Conflict, Operation
Relations, Act, Law, Constitution, Charter, Protocol, Resolution, Report, Fund
Accords, Agreements, Convention, Conventions, Protocols, Treaties, Statute, Communique, Consensus
Memorandum, Principles, Declarations, Project, Projects, Programme, Program, Scheme, Wing
Estate, Estates, Isla, Islas, Sandinista, Sandinistas
Mission, Missions, Delegation, Delegations, Consulate, Consulates, Persona, Grata, System, Systems, One, COVID-19, D.C., DC, Shoal, Reef, Atoll, Cape, Archipelago, Plateau, Pass, Gorge, Lagoon, Oblast, Governorate
Islamist, Islamists, Jihadist, Jihadists, Democrats, Republicans, Socialists, Communists, Conservatives, Liberals, Nationalists, European, African, Asian, Baltic, Nordic, Scandinavian, Caribbean, Balkan, Caucasian, Levantine, Transatlantic, Latin
Because, Although, Though, Unless, Whether, Once, Whereas, Whilst, Amid, Following, Upon, Asked
Speaking, Nevertheless, Moreover, Furthermore, Separately, Instead, Indeed, Already, Additionally
Likewise, Similarly, Notably, Ultimately, Recently, Previously, Currently, Finally, Thus, Therefore
Staff, Hutus, Tutsis, Kurds, Arabs, Pashtuns, Uighurs, Uyghurs, Rohingya, Yazidis, Druze, Alawites
Shiites, Sunnis, Christians, Muslims, Jews, Hindus, Sikhs, Buddhists, Catholics, Protestants
Sunni, Shiite, Shi'ite, Muslim, Jewish, Catholic, Orthodox, Hindu, Buddhist, Sikh, Protestant
Program, Programme, Platform, Goals, Jubilee, Triangle, Measures, Fair, Expo, Festival, Ceremony
Anniversary, Parade, Oval
# Landmarks and features of the land, whose names end in them: "the Shatt al-Arab Estuary",
# "the Yasukuni Shrine", "a World Heritage Site".
Estuary, Shrine, Shrines, Site, Sites, Mahal, Monument, Memorial, Mausoleum, Tomb, Cemetery
Pagoda, Sanctuary, Fort, Fortress, Citadel, Gate, Gardens, Marshes, Wetlands, Springs, Pyramid
Pyramids, Peak, Creek, Oasis, Plains, Highlands, Lowlands, Headland, Lagoons, Waterfall
# Headline adverbs: "Chavez Again Warns Bogota".
Again, Anew
# Feasts and holidays: "a message for Eidul Fitr", "greetings for Nowruz".
Eidul, Eid-ul-Azha, Eid-ul-Adha, Eid-ul-Fitr, Azha, Adha, Fitr, Diwali, Nowruz, Navroz, Hanukkah, Passover, Kippur
Thanksgiving, Vesak, Songkran, Hajj
# Nouns of places and arrangements: "the Florida Straits", "the Line of Actual Control".
Straits, Control, Mechanism, Framework, Partnership, Establishment
# Regions and territories within countries, which a country's possessive before them would
# otherwise make a person: "Ukraine's Crimea".
Crimea, Donbas, Donbass, Donetsk, Luhansk, Kherson, Zaporizhzhia, Darfur, Kordofan, Tigray, Amhara
Oromia, Ogaden, Kashmir, Jammu, Ladakh, Gaza, Sinai, Golan, Xinjiang, Tibet, Karabakh
Nagorno-Karabakh, Abyei, Idlib, Kurdistan, Balochistan, Baluchistan, Punjab, Sindh, Waziristan
Mindanao, Aceh, Sarawak, Cabinda, Casamance, Puntland, Jubaland, Cyrenaica, Tripolitania, Fezzan
Azawad, Kivu, Ituri, Katanga, Kasai
# Peoples in the singular, and the platforms statements are posted on.
Hutu, Tutsi, Twitter, Facebook, Instagram, YouTube, WhatsApp, TikTok, WeChat, Weibo

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
Presidential

[common-word]
# Capitalized words that are never part of a person's name, though headlines, press releases
# and sentence starts capitalize them: "Phone Call", "Rebel Attack", "Immediate Release".
# Only words that are not also surnames or given names belong here ("White", "Rice", "May" and
# "Will" do not).
Call, Calls, Phone, Release, Immediate, Text, End, Readout, Remarks, Statement
Statements, Transcript, Briefing, Gaggle, Press, Interview, Excerpts, Note, Notes, Editor
Editorial, Correction, Advisory, Media, Release, Subject, Topic, Topics, Related, Q, A.M., P.M.
EDT, EST, GMT, UTC, PDT, PST, CET, AM, BST, CEST, IST, I've, I'm, I'll, I'd, We're, We've, It's, That's
Reports, Pacific, Atlantic, Arctic, Attack, Attacks, Attacked, Meeting, Meetings, Meets, Met, Damage, Consequences, Response
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
USD, EUR, GBP, TV, GDP, UAV, UAVs, CEO, JCPOA, ICBM, ICBMs, SUV, DNA, LNG, IED, IEDs, RPG, HQ
Noon, Telephone, Talk, Excellency, Exchange, Rights, Human, Member, Members
# Headline verbs after a plural subject: "Qatar, Egypt Meet Hamas Officials".
Meet, Hold, Holds, Agree, Agrees, Sign, Signs, Vow, Urge, Warn, Slam, Blame, Condemn, Pledge, Seek
Accuse, Clash, Resume, Resumes, Praise, Praises, Mull, Mulls, Spar, Spars, Makes, Make, Takes, Take
Gives, Give, Opens, Sends, Send, Receives, Receive, Hosts, Arrives, Arrive, Tells, Asks, Eyes
Targeting, Targets
# Plural nouns of people a story does not name, capitalized where they open a sentence:
# "Critics accused Kagame", "Analysts said".
Analysts, Critics, Observers, Experts, Witnesses, Residents, Protesters, Protestors
Demonstrators, Lawmakers, Legislators, Investigators, Prosecutors, Activists, Opponents
Supporters, Authorities, Militants, Soldiers, Insurgents, Villagers, Survivors, Relatives
Families, Doctors, Medics, Journalists, Reporters, Scientists, Researchers, Economists
Historians, Voters, Students, Workers, Farmers, Mourners, Delegates, Negotiators, Mediators
Envoys, Monitors, Inspectors, Peacekeepers, Refugees, Migrants, Civilians, Citizens
Campaigners, Commentators, Pundits, Skeptics, Sceptics, Detractors, Donors, Lenders, Investors
Traders, Organizers, Organisers, Participants, Attendees, Settlers, Gunmen, Attackers
Assailants, Hackers, Hijackers, Kidnappers, Militiamen, Fighters, Commanders, Officers, Guards
Parliamentarians, Senators, Congressmen, Spokesmen, Insiders, Aides, Advisers, Advisors
Worshippers, Pilgrims, Hostages, Captives, Detainees, Prisoners, Defectors, Lawyers, Judges
Bishops, Clerics, Priests, Monks, Nurses, Teachers, Neighbours, Neighbors

[month]
January, February, March, April, May, June, July, August, September, October, November
December, Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec

[abbreviation]
# Words written with a final period that does not end a sentence.
Mr, Mrs, Ms, Dr, Gen, Sen, Rep, Gov, St, Jr, Sr, Lt, Col, Maj, Capt, Sgt, Adm, Prof, Rev
Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, No, vs, etc, Inc, Corp, Ltd
Co, Mt, Ft, approx, Brig, Cmdr, Cdr, Amb, Pvt, Cpl, Spc, Lieut, Cmdt, Supt, Insp, Sec, Secy

[organization-head]
# A capitalized phrase that ends in one of these names an organization: "Lima Group".
Group, Party, Presidency, Council, Forces, Force, Ministry, Agency, Union, Assembly, Corps, Front, Rally
Movement, Army, Organization, Organisation, Association, Bank, Company, Corp, Corporation
Inc, Ltd, Committee, Commission, Court, Parliament, Guards, Guard, Network, Institute
University, Alliance, Coalition, Brigades, Brigade, Federation, League, Authority, Pact
Department, Service, Services, Board, Fund, Foundation, Bureau, Cabinet, Congress
Senate, Tribunal, Brotherhood, Resistance, Jihad, Militia, Battalion, Regiment, Command
Police, Navy, Secretariat, Directorate, Administration, Office, Airlines, Airways, Times
Post, Press, Herald, Journal, Tribune, Television, Radio, Broadcasting, Media, Holdings
Industries, Motors, Group, JSC, PJSC, OJSC, LLC, PLC, GmbH, Limited, Companies, Enterprises
Communications, Telecommunications, Telecom

[organization-descriptor]
# Lowercase nouns that introduce an organization's name: "the militant group Hamas".
group, militia, movement, party, organization, organisation, agency, body, wing, faction
alliance, network, company, firm, coalition, rebels, outlet, newspaper, broadcaster, bloc
union, council, force, forces, insurgents, groups, militias, movements, factions, organizations, proxies

[agent-noun]
# Nouns through which a country or organization acts: "U.S. officials", "Sudan's army".
government, governments, officials, official, administration, authorities, leaders
leadership, ministry, military, army, forces, troops, intelligence, regime, junta
diplomats, envoys, negotiators, delegation, cabinet, presidency, prosecutors
lawmakers, parliament, embassy, officers, commanders, soldiers, police, navy, jets, warplanes
planes, aircraft, bombers, militias, gunmen, agency, agencies, services, spies, operatives, agents, side
experts, investigators, inspectors, monitors, vessels, ships, boats, guard, coastguard, warships, submarines, drones, missiles
tanks, artillery, units, delegations, delegates, representatives, mediators
peacekeepers, paratroopers, marines, sailors, pilots, guards, ministries
jet, warplane, plane, bomber, warship, ship, vessel, submarine, helicopter, helicopters, tank, soldier

[name-particle]
# Lowercase or short words inside names: "Bashar al-Assad", "Ursula von der Leyen".
al, el, bin, ibn, bint, binti, van, von, der, den, de, da, du, di, dos, das, del, la, le
ter, ten, abu, Al, Abu, Bin, Ould, ould, arap, wa, ag

[role-modifier]
# Lowercase words that may stand inside a role phrase: "caretaker Prime Minister".
caretaker, interim, acting, former, deputy, top, special, senior, chief, political
military, intelligence, spy, opposition, foreign, defense, defence, national, security
state, army, vice, first, supreme, regional, prime, cabinet, assistant, executive, general
foreign-policy, nuclear, lead, main, relief, de facto, exiled, ousted, late, veteran
visiting, outgoing, incoming, newly, appointed, elected, re-elected, embattled, longtime, long-time
policy, affairs, trade, economic, humanitarian, junta, regime, ruling, rebel, new, current, incumbent

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
unlikely, cannot, nothing, postponed, postpones, postpone, postponing, cancelled, canceled, cancels, cancel
cancelling, canceling, scrapped, scraps, scrap, shelved, reluctant, hesitant, unwilling, loath
froze, freeze, freezes, freezing, frozen, withdrew, withdraw, withdraws, withdrawing, withdrawn
paused, pause, pauses, pausing, revoked, revoke, revokes, revoking, terminated, terminates, terminate
halting, suspending, stopping, ceasing, cutting, slashed, slashes, slashing, prevented, prevents
prevent, preventing, barred, bars, bar, barring
abandon, abandoned, abandons, abandoning

[hypothetical]
# Words that make a relation only possible or planned: "if", "is expected to meet".
if, whether, could, might, may, should, expected, plans, plan, planned, planning
hopes, hope, hoped, wants, want, wanted, seeks, seek, sought, intends, intend
scheduled, due, asked, urged, pressed, ready, unless, considering
proposed, offered, invited, threatened, would-be, willing, slated, poised, likely

[future]
# Modal words that make a meeting lie in the future: "will meet", "would speak".
will, would, shall, 'll

[clause-opener]
# Words that start a new clause: what precedes them does not supply the subject.
that, when, while, although, though, because, after, before, since, whereas, but, as
where, once, until, unless, so, and, or, then, said, says, say, saying, told, added
noted, warned, stated, announced, insisted, stressed, argued, claimed, reported
according, adds, insists, argues, alleged, alleges, allege, alleging, asserted, asserts
asserting, contended, contends

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
adds, insists, argues, alleged, alleges, allege, alleging, asserted, asserts, asserting
contended, contends

[claim-verb]
# Verbs that report a claim in a clause after them, past their object or a short phrase:
# "told reporters that", "warned on Sunday that", "believes that". The speech verbs count too.
told, tells, telling, warned, warns, believes, believe, believed, suspects, suspect, charged
charges, maintained, maintains, concluded, concludes, confirmed, confirms, acknowledged
admitted, announced, announces, declared, declares, wrote, writes, tweeted, posted
explained, explains, suggested, suggests, reiterated, reiterates, emphasized, emphasised
emphasizes, underlined, complained, complains, testified, revealed

[hold-verb]
# "held Iran responsible".
held, holds, hold, holding

[government-noun]
# Nouns before "in" or "of" that stand for a government: "officials in Paris".
government, officials, authorities, regime, leadership, administration, junta, delegation, monarchy
delegations

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
full-scale, genocidal, terrorist, destructive, hostile, irresponsible, provocative, unacceptable, unfriendly
harassment, intimidation, coercion, interference, meddling, bullying, provocations, provocation
atrocities, violations, complicity

[cessation-verb]
# After "called on X to": a demand that X stop what it does is a charge against X.
stop, end, cease, halt, desist, release, refrain, renounce

[bearing-verb]
# Verbs before "responsibility", "responsible" or "to blame" that lay it on their subject:
# "bears special responsibility", "is ultimately responsible", "are entirely to blame".
bear, bears, bore, borne, bearing, accept, accepts, accepted, shoulder, shoulders, shouldered
is, are, was, were, be, been, being, remain, remains, remained

[harmful-act]
# Acts whose author is blamed by whoever reports who committed them: "said the rebels
# carried out the attack", "alleged the poisoning was ordered by Moscow".
attack, attacks, assault, assaults, bombing, bombings, blast, blasts, explosion, explosions
strike, strikes, airstrike, airstrikes, raid, raids, assassination, assassinations, killing
killings, murder, murders, massacre, massacres, shooting, shootings, ambush, ambushes
abduction, abductions, kidnapping, kidnappings, poisoning, poisonings, hack, hacks, hacking
cyberattack, cyberattacks, cyber-attack, cyber-attacks, sabotage, coup, invasion, incursion
incursions, offensive, shelling, atrocity, atrocities, crime, crimes, genocide, hijacking
bombardment, drone, drones, missile, missiles, rocket, rockets, infiltration, war, wars
aggression, provocation, provocations, shot, shots, gunfire, shell, shells, mortar, mortars
grenade, grenades, clash, clashes, fighting, firing, skirmish, skirmishes, hostilities, escalation

[adverse-outcome]
# Nouns of what befalls a party: supporting "Russia's defeat" or "the junta's removal" backs
# no one of them.
defeat, defeats, withdrawal, isolation, collapse, downfall, ouster, removal, exit, expulsion
suspension, punishment, prosecution, arrest, surrender, capitulation, demise, fall, overthrow
disarmament, accountability, condemnation, exclusion

[report-noun]
# Documents and findings whose author makes the claims they state: "a report by UN experts
# accused Rwanda", "a statement from the Kremlin said".
report, reports, statement, statements, probe, investigation, inquiry, study, findings
communique, communiqué, letter, declaration, resolution, review, assessment, dossier, panel

[place-noun]
# Nouns of places whose names look like people's: "the town of Tin Zaouatine", "Ras Lanuf, a
# port on the coast".
town, towns, city, cities, village, villages, region, province, district, county, port, capital
enclave, camp, settlement, neighbourhood, neighborhood, suburb, island, islands, oasis, valley
municipality, governorate, prefecture, locality, commune, hamlet, crossing, airport, airbase
base, resort, outpost

[verdict-noun]
# Nouns of a wrong that a party's act is said to be: "Beijing's patrols were a breach of", "called
# the launch a provocation".
violation, breach, crime, provocation, affront, infringement, aggression
violations, breaches, crimes, provocations, massacre, genocide, atrocity, atrocities, betrayal, stab
piracy, terrorism, outrage, threat, menace

[pejorative-label]
# Words that make a label a charge: "branded Ortega a dictator", "described Moscow as the
# aggressor", "called the minister corrupt".
corrupt, criminal, criminals, terrorist, terrorists, liar, liars, aggressor, aggressors, murderer
murderers, killer, killers, dictator, dictators, tyrant, despot, autocrat, thief, thieves, thug
thugs, puppet, puppets, traitor, traitors, fascist, fascists, nazi, nazis, butcher, warmonger
warmongers, enemy, enemies, threat, menace, rogue, fraud, fraudulent, racist, racists, extremist
extremists, occupier, occupiers, oppressor, oppressors, bully, hypocrite, hypocrites, hypocritical
irresponsible, reckless, dangerous, destructive, provocative, hostile, aggressive, genocidal
barbaric, cowardly, lawless, illegitimate, mafia, gangster, gangsters, sponsor, usurper
suspect, suspects, culprit, culprits, perpetrator, perpetrators, mastermind, masterminds, instigator
instigators, interference, meddling, aggression, provocation, affront, race-baiting, bigot, bigots
bigoted, demagogue, demagogues, agitator, agitators, troublemaker, troublemakers, crook, crooks, clown
clowns, madman, lunatic, supremacist, supremacists, bandit, bandits, mercenary, mercenaries, scoundrel
villain, villains, vassal, vassals

[unnamed-person]
# Nouns for a person the story does not name: "he" after "The man said" is that man, not the
# last person named.
man, woman, boy, girl, suspect, witness, bomber, gunman, attacker, assailant, driver, resident
soldier, victim, survivor, prisoner, detainee, defector, informant, student, farmer, villager
refugee, passenger, teenager, youth, person, individual, father, mother, son, daughter, husband
wife, brother, sister, relative, neighbour, neighbor, shopkeeper, pilot, hostage, captive, militant
fighter, recruit, smuggler, hijacker, kidnapper, protester, protestor, demonstrator, eyewitness

[message-noun]
# Messages one party carries to another: "a note from X to Y", "the protest, handed to X by Y".
letter, letters, note, message, messages, protest, complaint, complaints, invitation, demarche
démarche, memorandum, cable

[making-verb]
# Verbs that make their object what follows: "makes the UAE complicit".
makes, made, make, making, renders, rendered

[charging-participle]
# Participles that bring a charge against its target: "the allegations levelled against X by Y",
# "charges brought against".
levelled, leveled, levied, made, brought, lodged, raised, directed, hurled, filed, laid, pressed
aimed, leveling, levelling

[reversal-verb]
# Verbs of undoing or changing a stance, which a negation before them turns back into the stance:
# "would not alter its support for", "has never wavered in its backing of", "did not end the talks".
alter, alters, altered, altering, change, changes, changed, changing, waver, wavers, wavered
wavering, weaken, weakens, weakened, weakening, reduce, reduces, reduced, reducing, diminish
diminishes, diminished, diminishing, affect, affects, affected, affecting, lessen, lessens, lessened
reconsider, reconsiders, reconsidered, reconsidering, review, reviews, reviewed, reverse
reverses, reversed, reversing, abandon, abandoned, abandons, abandoning, stop, stopped, stops
stopping, end, ended, ends, ending, cease, ceased, ceases, halt, halted, halts, cut, cuts
withdraw, withdrew, withdraws, withdrawn, drop, dropped, drops, dropping, suspend, suspended
suspends, scale, scaled, scales, waned, wane, budge, budged, falter, faltered, shift, shifted

[surname-noun]
# Nouns of places and things, never names on their own ("not-name"), that are also common
# surnames: after a given name the who's-who knows, and before no other name word, they end
# a person's name ("Anthony Lake", "Stockwell Day"), unless a preposition or an article
# makes the pair a place ("on George Street", "the Albert Hall").
Hall, Field, Fields, House, Street, Lake, Castle, Day, Black, Wing, Law, Little, Banks
"""##),
    ]
}
