import RelgraphModel
import Testing

@testable import RelgraphExtraction

/// One expectation about an entity a text must yield.
struct ExpectedEntity: CustomTestStringConvertible, Sendable {
    var text: String
    var name: String
    var type: EntityType
    var role: String? = nil
    var country: String? = nil

    var testDescription: String { "\(name) in \"\(text)\"" }

    /// Reads the text and checks that it yields the entity, with its type, role and country.
    func verify() throws {
        let document = Extractor().extract(text)
        let entity = try #require(document.entities.first { $0.name == name }, "entities: \(document.entities.map(\.name))")
        #expect(entity.type == type)
        if let role { #expect(entity.role == role) }
        if let country { #expect(entity.country == country) }
    }
}

@Suite("Entity recognition")
struct EntityRecognitionTests {
    static let cases: [ExpectedEntity] = [
        // Titles leave the name and become the role; demonyms give the country.
        .init(text: "Russian President Vladimir Putin arrived.", name: "Vladimir Putin", type: .person, role: "President", country: "Russia"),
        .init(text: "Lebanese caretaker Prime Minister Najib Mikati left.", name: "Najib Mikati", type: .person, role: "caretaker Prime Minister", country: "Lebanon"),
        // A plural title before a list: each name holds it in the singular, with its own country.
        .init(text: "Russian and Turkish presidents Vladimir Putin and Recep Tayyip Erdogan met in Sochi.", name: "Vladimir Putin", type: .person, role: "president", country: "Russia"),
        // Every name of the list holds the whole title, written as the text writes it.
        .init(text: "Foreign Ministers Ana Costa and Lena Berg met in Oslo.", name: "Lena Berg", type: .person, role: "Foreign Minister"),
        .init(text: "Foreign Ministers Ana Costa and Lena Berg met in Oslo.", name: "Ana Costa", type: .person, role: "Foreign Minister"),
        .init(text: "The summit between presidents Ana Costa and Lena Berg ended.", name: "Lena Berg", type: .person, role: "president"),
        // An office "of" a person named in apposition is the office, placed where that person serves.
        .init(text: "Mark Dole, President Obama's chief of staff, said the talks went well.", name: "Mark Dole", type: .person, role: "chief of staff", country: "United States"),
        // A state of its time is the country its title names; an honorific leaves the name.
        .init(text: "West German Chancellor Helmut Kohl arrived in Paris.", name: "Helmut Kohl", type: .person, role: "Chancellor", country: "West Germany"),
        .init(text: "Prime Minister Shri Narendra Modi spoke in Delhi.", name: "Narendra Modi", type: .person, role: "Prime Minister", country: "India"),
        // A state-like entity of its own, with its demonym; a group known by name alone.
        .init(text: "Bosnian Serb leader Goran Petkovic met the envoy.", name: "Goran Petkovic", type: .person, role: "leader", country: "Republika Srpska"),
        .init(text: "Managua said the Contras attacked a cooperative.", name: "Contras", type: .organization),
        // An office of a named organization in apposition, with the country its demonym names.
        .init(text: "Nguyen Van Linh, the Vietnamese Communist Party chief, arrived in Beijing.", name: "Nguyen Van Linh", type: .person, role: "Communist Party chief", country: "Vietnam"),
        // "the" and a name given to a described group; an adjective before "group" names none.
        .init(text: "Mali said the Katiba Macina group attacked the convoy.", name: "Katiba Macina", type: .organization),
        // The office that ends a phrase of time opening the sentence is another's, not the name's after the comma.
        .init(text: "After talks with the president of Ghana, Daniel Okello, the Kenyan foreign minister, flew home.", name: "Daniel Okello", type: .person, role: "foreign minister", country: "Kenya"),
        // An office set off by a comma from the name, with an honorific before the name.
        .init(text: "Annan met the Nigerian army chief, General Victor Malu, on Monday.", name: "Victor Malu", type: .person, role: "army chief", country: "Nigeria"),
        // A demonym of two words names the country whole.
        .init(text: "Baker met his Saudi Arabian counterpart, Prince Turki Al Rashid.", name: "Turki Al Rashid", type: .person, country: "Saudi Arabia"),
        // A plural rank before a list of names: each holds it in the singular.
        .init(text: "Carter met Generals Amadou Keita and Moussa Traore in Bamako.", name: "Moussa Traore", type: .person, role: "General"),
        // The place an office is for is no country its holder serves when a demonym says whose.
        .init(text: "The US special envoy for Sudan Thomas Reed arrived in Khartoum.", name: "Thomas Reed", type: .person, role: "special envoy", country: "United States"),
        // A demonym before a title after "an adviser to" is the title holder's.
        .init(text: "An adviser to Georgian Prime Minister Levan Beridze said the talks failed.", name: "Levan Beridze", type: .person, role: "Prime Minister", country: "Georgia"),
        // "a leader's spokesman" in apposition: the spokesman's role, and the demonym's country.
        .init(text: "\"We are ready,\" said Omar Haidari, Iraqi President Karim Wardak's chief spokesman.", name: "Omar Haidari", type: .person, role: "chief spokesman", country: "Iraq"),
        // Armed movements of past wars, known by name alone.
        .init(text: "The Khmer Rouge shelled the town.", name: "Khmer Rouge", type: .organization),
        .init(text: "Frelimo and Renamo signed a truce.", name: "Renamo", type: .organization),
        // An abbreviated rank after an office set off by a comma is a form of address.
        .init(text: "In Kabul, the top U.S. military spokesman, Brig. Gen. Karl Weber, told reporters the convoy was safe.", name: "Karl Weber", type: .person, role: "military spokesman", country: "United States"),
        // A country shared from the office before "and" yields to what the who's-who knows.
        .init(text: "Indian President Ram Nath Kovind and Prime Minister Sheikh Hasina opened the bridge in Dhaka.", name: "Hasina", type: .person, role: "Prime Minister", country: "Bangladesh"),
        // A middle initial that reads as a numeral, a Kalenjin particle, a spelled-out office, a surname that is also a month.
        .init(text: "Gennady I. Gerasimov, the Soviet Foreign Ministry spokesman, answered questions.", name: "Gennady I. Gerasimov", type: .person, role: "Foreign Ministry spokesman", country: "Soviet Union"),
        .init(text: "Kenyan President Daniel arap Moi flew to Lusaka.", name: "Daniel arap Moi", type: .person, role: "President", country: "Kenya"),
        .init(text: "Pakistan's PM Imran Qureshi spoke to reporters.", name: "Imran Qureshi", type: .person, role: "Prime Minister", country: "Pakistan"),
        .init(text: "Iraqi Vice President Taha Yassin Ramadan arrived in Tehran.", name: "Taha Yassin Ramadan", type: .person, role: "Vice President", country: "Iraq"),
        .init(text: "Mali's United Nations-backed president Ali Traore met donors.", name: "Ali Traore", type: .person, role: "president", country: "Mali"),
        // A plural office before names that each carry their country in brackets; a body named after a capital.
        .init(text: "The Co-Chairs Jean Dubois (France) and Karl Weber (Germany) flew to Baku.", name: "Karl Weber", type: .person, role: "Co-chair", country: "Germany"),
        .init(text: "Armenia's foreign minister briefed the Minsk Group Co-Chairs in Moscow.", name: "Minsk Group", type: .organization),
        .init(text: "Foreign Minister Miguel d'Escoto flew to Managua.", name: "Miguel d'Escoto", type: .person, role: "Foreign Minister"),
        // Initials without periods, as Indian names are written; initials and a surname the who's-who knows.
        .init(text: "External Affairs Minister I K Gujral met reporters in Delhi.", name: "I K Gujral", type: .person, role: "External Affairs Minister", country: "India"),
        .init(text: "Prime Minister A B Vajpayee flew to Lahore.", name: "A B Vajpayee", type: .person, role: "Prime Minister", country: "India"),
        // A country's office holder opening the story makes it the story's country.
        .init(text: "Kenya's President Uhuru Kenyatta on Monday blamed the militants. Somalia denied the claim. The local chief is Ali Farah, a warlord.", name: "Ali Farah", type: .person, role: "warlord", country: "Kenya"),
        // A middle initial the who's-who leaves out.
        .init(text: "President Pieter W. Botha warned Mozambique.", name: "Pieter W. Botha", type: .person, role: "President", country: "South Africa"),
        // A surname that is also a noun of places, after a given name the who's-who knows.
        .init(text: "Mark Hall, the foreign minister, flew to Accra.", name: "Mark Hall", type: .person, role: "foreign minister"),
        .init(text: "Rebels freed the aid worker, said Peter Day, a UN envoy.", name: "Peter Day", type: .person, role: "envoy"),
        // An office "to" a list of places: the demonym before it says whom its holder serves.
        .init(text: "The French envoy to Chad and Niger Jean Moreau left Paris.", name: "Jean Moreau", type: .person, role: "envoy to Chad and Niger", country: "France"),
        // Office holders listed as a country's leaders serve that country.
        .init(text: "The envoy met senior Peruvian officials, including Prime Minister Ana Soto and Defence Minister Luis Rojas.",
              name: "Luis Rojas", type: .person, role: "Defence Minister", country: "Peru"),
        // A backtick for an apostrophe, as some newspaper archives print it.
        .init(text: "Ana Soto, Peru`s ambassador to the UN, spoke.", name: "Ana Soto", type: .person, role: "ambassador", country: "Peru"),
        // An office "of" a country set before the name, in apposition: the country is whom its holder serves.
        .init(text: "The envoy met the foreign minister of Chile, Ana Soto, on Monday.", name: "Ana Soto", type: .person, role: "foreign minister", country: "Chile"),
        // The body whose office it is stands outside the role; the office's field closes it.
        .init(text: "Two sailors died, said Carlos Ruiz, the navy's head of logistics.", name: "Carlos Ruiz", type: .person, role: "head of logistics"),
        // A capitalized phrase ending in "Communications" is a body, not its country's person.
        .init(text: "Ghana's Volta Central Communications reported the talks.", name: "Volta Central Communications", type: .organization),
        // A title abbreviated word by word, its periods inside it.
        .init(text: "Ghana met Sec. of State Ana Ruiz.", name: "Ana Ruiz", type: .person, role: "Secretary of State"),
        .init(text: "Envoys met UN Sec. Gen. Karl Weber in Geneva.", name: "Karl Weber", type: .person, role: "Secretary-General"),
        // A surname that is also a verb, after a title and a given name.
        .init(text: "The envoy met Premier Menachem Begin in Jerusalem.", name: "Menachem Begin", type: .person, role: "Premier"),
        // The who's-who reaches back to the leaders of the Cold War years.
        .init(text: "Kosygin flew to Hanoi on Friday.", name: "Kosygin", type: .person, role: "Premier", country: "Soviet Union"),
        // A headline's adverb ends the name before it.
        .init(text: "Peru's Soto Again Warns Chile", name: "Soto", type: .person, country: "Peru"),
        // Name particles belong to the name.
        .init(text: "Syrian President Bashar al-Assad spoke.", name: "Bashar al-Assad", type: .person, role: "President", country: "Syria"),
        .init(text: "Commission President Ursula von der Leyen spoke.", name: "Ursula von der Leyen", type: .person, role: "President"),
        .init(text: "Saudi Crown Prince Mohammed bin Salman flew home.", name: "Mohammed bin Salman", type: .person, role: "Crown Prince", country: "Saudi Arabia"),
        // Honorifics are neither name nor role.
        .init(text: "Qatari Prime Minister Sheikh Tamim Al Khalifa met them.", name: "Tamim Al Khalifa", type: .person, role: "Prime Minister", country: "Qatar"),
        // A second title joined by "and" shares the first one's country: one government's ministers.
        .init(text: "Ecuador and Peru signed a pact. Peruvian Defence Minister Ana Quispe and Foreign Minister Luis Mendoza arrived in Quito.",
              name: "Luis Mendoza", type: .person, role: "Foreign Minister", country: "Peru"),
        // "of X, Y and Z respectively": each name has its own country, in order.
        .init(text: "Presidents John Mahama, Bola Tinubu and Bassirou Diomaye Faye of Ghana, Nigeria and Senegal respectively met.",
              name: "Bassirou Diomaye Faye", type: .person, role: "President", country: "Senegal"),
        // States of the past and territories are countries of their own.
        .init(text: "Yugoslav President Vojislav Kostunica arrived in Paris.", name: "Vojislav Kostunica", type: .person, role: "President", country: "Yugoslavia"),
        .init(text: "The Hong Kong government said the law would pass.", name: "Hong Kong", type: .country),
        .init(text: "Chernomyrdin met Milosevic.", name: "Milosevic", type: .person, role: "President", country: "Yugoslavia"),
        // A headline's abbreviated office gives way to the office written out in the body.
        .init(text: "PM Modi visits Nepal\n\nPrime Minister Narendra Modi arrived in Kathmandu on Monday.", name: "Narendra Modi", type: .person, role: "Prime Minister", country: "India"),
        // A monarch's numeral "I" is part of the name, not the pronoun.
        .init(text: "King Juan Carlos I of Spain arrived.", name: "Juan Carlos I", type: .person, role: "King", country: "Spain"),
        // "of X" after the name gives the country.
        .init(text: "King Abdullah II of Jordan arrived.", name: "Abdullah II", type: .person, role: "King", country: "Jordan"),
        // An organization with a country gives its people that country.
        .init(text: "CIA Director William Burns landed.", name: "William Burns", type: .person, role: "Director", country: "United States"),
        // A role after the name, in apposition.
        .init(text: "Ali Bagheri, Iran's top negotiator, left.", name: "Ali Bagheri", type: .person, role: "top negotiator", country: "Iran"),
        // Government words between a demonym and a title leave the country to the demonym.
        .init(text: "Kenyan government spokesperson Amina Oduya said the border would open.", name: "Amina Oduya", type: .person, role: "spokesperson", country: "Kenya"),
        // A department word before a capitalized title belongs to the role.
        .init(text: "On Monday, Georgian Reintegration Minister Levan Kiknadze arrived.", name: "Levan Kiknadze", type: .person, role: "Reintegration Minister", country: "Georgia"),
        // A seat before a capitalized title is part of it; a rank before the name is not.
        .init(text: "On Tuesday, Pentagon Press Secretary Maj. Gen. Tom Harlan spoke.", name: "Tom Harlan", type: .person, role: "Pentagon Press Secretary", country: "United States"),
        // "Ambassador to X": X is where they serve; the demonym says whom.
        .init(text: "Chinese Ambassador to the United States Liu Wenbo said the talks went well.", name: "Liu Wenbo", type: .person, role: "Ambassador to the United States", country: "China"),
        // Government words inside a role in apposition, ending in a title that is also a modifier.
        .init(text: "Farid Qureshi, Pakistan's interior ministry chief, said that.", name: "Farid Qureshi", type: .person, role: "interior ministry chief", country: "Pakistan"),
        // "presidential" between a demonym and a title leaves the country to the demonym.
        .init(text: "Eritrean presidential spokesman Tesfay Ghebre says the claims are false.", name: "Tesfay Ghebre", type: .person, role: "spokesman", country: "Eritrea"),
        // A title with its office before a name in apposition: the office's country is the person's.
        .init(text: "The head of Pakistan's Interior Ministry, Farid Qureshi, told reporters that.", name: "Farid Qureshi", type: .person, role: "head", country: "Pakistan"),
        .init(text: "An exiled spokesman for the new rebel coalition, Hamid Bashir, said the group was attacked.", name: "Hamid Bashir", type: .person, role: "exiled spokesman"),
        // A generational suffix after a comma belongs to the name.
        .init(text: "President Martin L. Vance, Jr. met the envoy.", name: "Martin L. Vance, Jr.", type: .person, role: "President"),
        // A government department after a title is the office, part of the role, and ends before the name.
        .init(text: "Austin spoke with Philippine Officer in Charge of the Department of National Defense Ramon Castillo today.", name: "Ramon Castillo", type: .person, role: "Officer in Charge of the Department of National Defense", country: "Philippines"),
        // A plural noun before a list of names gives each its singular, and the country before it.
        .init(text: "The sanctions name three Bolivian officials – Pedro Salas, Mario Quispe and Luis Rojas – for abuses.", name: "Mario Quispe", type: .person, role: "official", country: "Bolivia"),
        // A candidate is a role, with the country before it.
        .init(text: "This week, Kenyan presidential candidate Joseph Mwangi told reporters he would win.", name: "Joseph Mwangi", type: .person, role: "presidential candidate", country: "Kenya"),
        // "X, led by Y": Y leads X, and serves X's country.
        // Without a dateline, the country a story opens with places the titled people it does not.
        .init(text: "Ghana on Monday protested to Togo. Deputy Foreign Minister Kwame Mensah met the envoy.", name: "Kwame Mensah", type: .person, role: "Deputy Foreign Minister", country: "Ghana"),
        // A naval rank is a title, not part of the name.
        .init(text: "Commodore Josaia Vuniwaqa spoke on Monday. Commodore Vuniwaqa left later.", name: "Josaia Vuniwaqa", type: .person, role: "Commodore"),
        .init(text: "The RSF, led by Mohamed Hamdan Dagalo, denied it.", name: "Mohamed Hamdan Dagalo", type: .person, role: "leader", country: "Sudan"),
        // A family name carries its country to a relative the text does not place.
        .init(text: "WASHINGTON — Saudi Crown Prince Mohammed bin Salman stayed home. Biden called King Salman.", name: "Salman", type: .person, role: "King", country: "Saudi Arabia"),
        // An organization goes by the fullest name the text gives it.
        .init(text: "Iran's Revolutionary Guards denied it.", name: "Revolutionary Guards", type: .organization),
        // So does a country, but never by an abbreviation; a person keeps the lexicon's country name.
        .init(text: "Britain recalled its envoy.", name: "Britain", type: .country),
        .init(text: "The Russian Federation and Russia's allies objected.", name: "Russian Federation", type: .country),
        .init(text: "British Prime Minister Keir Starmer spoke.", name: "Keir Starmer", type: .person, country: "United Kingdom"),
        // Seats of government and abbreviations resolve to the country.
        .init(text: "The Kremlin said talks would go on.", name: "Russia", type: .country),
        .init(text: "The U.S. said it would respond.", name: "United States", type: .country),
        .init(text: "The UAE denied the report.", name: "United Arab Emirates", type: .country),
        // Organizations by lexicon, by pattern and by acronym.
        .init(text: "Officials of the Lima Group met.", name: "Lima Group", type: .organization),
        .init(text: "The Pakistan-based militant group Jaish-e-Mohammed claimed it.", name: "Jaish-e-Mohammed", type: .organization),
        .init(text: "Fighters of the FDLR crossed the border.", name: "FDLR", type: .organization),
        .init(text: "The Kurdistan Workers' Party (PKK) denied it.", name: "Kurdistan Workers' Party", type: .organization),
        // A company by its legal form; a seat some outlets use for a government.
        .init(text: "Novatel Systems JSC said the outage was over.", name: "Novatel Systems JSC", type: .organization),
        .init(text: "Officials in Tel Aviv denied the report.", name: "Israel", type: .country),
        // The country named in the "of" phrase of a role in apposition.
        .init(text: "Rosa Medina, the commander of the Peruvian navy, denied it.", name: "Rosa Medina", type: .person, role: "commander", country: "Peru"),
        // An office only one country has.
        .init(text: "Assistant Secretary of State Mara Quinn landed in Nairobi.", name: "Mara Quinn", type: .person, role: "Assistant Secretary of State", country: "United States"),
        // A country in parentheses after a name is the country the person serves.
        .init(text: "The envoys Tomas Ruiz (Uruguay) and Ana Pereira (Portugal) signed.", name: "Ana Pereira", type: .person, country: "Portugal"),
        // "counterpart" is no office: the who's-who gives the real one.
        .init(text: "Wang Yi met his counterpart, Antony Blinken.", name: "Antony Blinken", type: .person, role: "Secretary of State", country: "United States"),
        // An acronym that is both an office and an agency is the office before a name.
        .init(text: "Indian NSA Ajit Doval flew to Moscow.", name: "Ajit Doval", type: .person, role: "NSA", country: "India"),
        .init(text: "National Security Advisor (NSA) Ajit Doval flew to Moscow.", name: "Ajit Doval", type: .person, role: "National Security Advisor", country: "India"),
        // A collective noun's possessive inside a name.
        .init(text: "The People's Liberation Army held drills.", name: "People's Liberation Army", type: .organization),
        .init(text: "Delegates of the Kurdistan Workers' Party met.", name: "Kurdistan Workers' Party", type: .organization),
        // A form of address between two name words is part of the name.
        .init(text: "Kenya hosted Somalia's President Hassan Sheikh Mohamud.", name: "Hassan Sheikh Mohamud", type: .person, role: "President",
              country: "Somalia"),
        // Less common demonyms name their country too.
        .init(text: "The Somalian foreign minister Ahmed Moallim Fiqi flew to Nairobi.", name: "Ahmed Moallim Fiqi", type: .person,
              role: "foreign minister", country: "Somalia"),
        // "leader" gives way to the office the text writes later.
        .init(text: "Brazilian leader Lula arrived in Beijing. President Lula then met Xi.", name: "Lula", type: .person, role: "President",
              country: "Brazil"),
        // An adverb opening the sentence leaves the demonym to the title after it.
        .init(text: "Earlier Kenyan Government spokesman Isaac Mwaura said the talks had failed.", name: "Isaac Mwaura", type: .person,
              role: "spokesman", country: "Kenya"),
        // An alliance known by who leads it; a parliament by its own name; names a plural
        // description introduces, each an organization.
        .init(text: "The Saudi-led coalition struck the port.", name: "Saudi-led coalition", type: .organization),
        .init(text: "Lawmakers in the Knesset voted.", name: "Knesset", type: .organization),
        .init(text: "Armenia froze its role in the Moscow-dominated Eurasian Defence Organization.", name: "Eurasian Defence Organization",
              type: .organization),
        .init(text: "Yemen's Government of National Salvation (GNS) denied it.", name: "Government of National Salvation", type: .organization),
        .init(text: "The bombing was claimed by two splinter factions — Tehrik Nasr and Lashkar Fateh.", name: "Lashkar Fateh", type: .organization),
        // After a title, a surname that names a country or is a title itself; a country's name as a given name.
        .init(text: "Prime Minister Tomas Montenegro flew to Rome.", name: "Tomas Montenegro", type: .person, role: "Prime Minister"),
        .init(text: "Foreign ministry spokesman Abebe Mufti denied the report.", name: "Abebe Mufti", type: .person, role: "spokesman"),
        .init(text: "Interior Minister Jordan Levi spoke to reporters.", name: "Jordan Levi", type: .person, role: "Interior Minister"),
        // A hyphenated qualifier before an organization's name is no part of it.
        .init(text: "Rabat accused the Algeria-backed Sahrawi Liberation Front of the raid.", name: "Sahrawi Liberation Front", type: .organization),
        .init(text: "Supporters of the National Rally marched.", name: "National Rally", type: .organization),
        // Abbreviations with an initial, and a who's-who name whose last word ends no other name.
        .init(text: "S. Korea and Japan condemned the N. Korean launch.", name: "South Korea", type: .country),
        .init(text: "S. Korea and Japan condemned the N. Korean launch.", name: "North Korea", type: .country),
        .init(text: "President Moon Jae In was briefed.", name: "Moon Jae In", type: .person, country: "South Korea"),
        .init(text: "Pakistani Vice-President Asif Zardari spoke.", name: "Asif Zardari", type: .person, role: "Vice-President"),
        // An office the story opens with, its holder named in the next sentence without one.
        .init(text: "Moldova's foreign minister says the talks went well. U.S. Secretary of State Antony Blinken agreed. Nicu Popescu spoke to reporters after the meeting.",
              name: "Nicu Popescu", type: .person, role: "foreign minister", country: "Moldova"),
        // An office the story opens with, later given to a named person with the office alone:
        // that person holds it, not the country the story is told from.
        .init(text: "Fiji has ordered Tonga's ambassador to leave within a week. Suva said Ambassador Sione Latu had meddled in local politics.",
              name: "Sione Latu", type: .person, role: "Ambassador", country: "Tonga"),
        // A story told from the government a demonym names places its untitled officials.
        .init(text: "The Czech government said on Friday it would expel two diplomats. Interior Minister Jan Novak called the move overdue.",
              name: "Jan Novak", type: .person, role: "Interior Minister", country: "Czech Republic"),
        // A movement known by a short form of its name.
        .init(text: "The Liberation Tigers rejected the offer.", name: "Liberation Tigers", type: .organization),
        // A demonym after "to" with no office before it is still the holder's country.
        .init(text: "The protest was passed to Chinese Ambassador Li Wenhao on Monday.", name: "Li Wenhao", type: .person, role: "Ambassador", country: "China"),
        // The office whose deputy or envoy someone is, is not their role.
        .init(text: "Kosovo heard from Joachim Rucker, the Secretary-General's Special Representative.", name: "Joachim Rucker", type: .person,
              role: "Special Representative"),
        // A surname that is also an abbreviated title ("Sen") titles no one when no name follows it.
        .init(text: "Thai officials said Hun Sen had leaked the call.", name: "Hun Sen", type: .person),
        .init(text: "Hun Sen's Role in the Leak\n\nThe prime minister spoke with Hun Sen on Monday.", name: "Hun Sen", type: .person),
        // Ranks abbreviated without periods, as British outlets write them, are no part of the role.
        .init(text: "Navy spokesman Lt Cdr Amara Perera of Sri Lanka denied the report.", name: "Amara Perera", type: .person,
              role: "spokesman", country: "Sri Lanka"),
        // Malaysian forms of address are no part of the name.
        .init(text: "The talks were hosted by Datuk Seri Anwar Ibrahim. Anwar urged calm.", name: "Anwar Ibrahim", type: .person),
        // "and" inside a name that an organization word ends; not between two names.
        .init(text: "The Peace and Security Council met in Addis Ababa.", name: "Peace and Security Council", type: .organization),
        .init(text: "Hamas and Islamic Jihad fired rockets.", name: "Islamic Jihad", type: .organization),
        // A given name an editor bracketed inside a quote belongs to the surname after the bracket.
        .init(text: "\"They armed (rebel commander Laurent) Nkunda for years,\" the minister said.", name: "Laurent Nkunda", type: .person),
        // An unknown name before the title of a body's head, and the head's name, is the body.
        .init(text: "The minister met Tupolev CEO Ivan Orlov and Baltika chief Pavel Grin.", name: "Tupolev", type: .organization),
        .init(text: "The minister met Tupolev CEO Ivan Orlov and Baltika chief Pavel Grin.", name: "Baltika", type: .organization),
        .init(text: "The minister met Tupolev CEO Ivan Orlov and Baltika chief Pavel Grin.", name: "Ivan Orlov", type: .person, role: "CEO"),
        // A rank gives way to the office an apposition names.
        .init(text: "Maj. Grace Atim, an army spokeswoman, denied the report.", name: "Grace Atim", type: .person, role: "army spokeswoman"),
        // Two names in a hyphenated word, the second going on past it.
        .init(text: "Seoul prepared for the U.S.-North Korean summit.", name: "North Korea", type: .country),
    ]

    @Test("finds the entity with its name, type, role and country", arguments: cases)
    func finds(_ expected: ExpectedEntity) throws {
        try expected.verify()
    }

    @Test("merges surnames, aliases and demonyms into one entity per real thing")
    func merging() {
        let text = """
            Russian President Vladimir Putin met officials in Moscow. Putin later said Russia \
            would respond, and the Kremlin confirmed it.
            """
        let document = Extractor().extract(text)
        #expect(document.entities.filter { $0.type == .person }.map(\.name) == ["Vladimir Putin"])
        #expect(document.entities.filter { $0.type == .country }.map(\.name) == ["Russia"])
        let russia = document.entity(named: "Russia")
        #expect(russia?.aliases.contains("Kremlin") == true)
    }

    @Test("two forms of one who's-who person are one entity, whatever titles the text gives them", arguments: [
        ("King Taufa'ahau Tupou IV landed in Suva. Fiji's president greeted King Tupou IV at the airport.", "Taufa'ahau Tupou IV"),
        ("Prime Minister Michael Somare flew to Canberra. \"We want respect,\" said Somare, the leader of the National Alliance.", "Michael Somare"),
    ])
    func knownPersonMerging(_ text: String, _ name: String) {
        let people = Extractor().extract(text).entities.filter { $0.type == .person }
        #expect(people.map(\.name) == [name])
    }

    @Test("a country whose name takes an article goes by its name without it", arguments: [
        ("The Philippines summoned the Chinese envoy.", "Philippines"),
        ("The Gambia recalled its ambassador.", "Gambia"),
    ])
    func articleBeforeCountry(_ text: String, country: String) {
        let countries = Extractor().extract(text).entities.filter { $0.type == .country }.map(\.name)
        #expect(countries.contains(country), "found \(countries)")
    }

    @Test("a name written with its accents and without them is one person")
    func accentsFolded() {
        let people = Extractor().extract("Mayor José Ramírez of Lima met the envoy. Later Jose Ramirez left the city.").entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["José Ramírez"])
    }

    @Test("two spellings of a name that differ on a doubled letter are one person", arguments: [
        ("Sheikh Hassan Nasrallah spoke on television. Israel blamed Hasan Nasrallah for the rockets.", "Nasrallah"),
        ("Mohamed Bazoum arrived in Paris. Mohammed Bazoum then met Macron.", "Bazoum"),
    ])
    func transliterations(_ text: String, surname: String) {
        let people = Extractor().extract(text).entities.filter { $0.type == .person && $0.name.hasSuffix(surname) }
        #expect(people.count == 1, "found \(people.map(\.name))")
    }

    @Test("a full name spelled with other vowels is the who's-who's person only with a title they held")
    func vowelsOfATransliteration() {
        let titled = Extractor().extract("Prime Minister Yousef Raza Gilani spoke in Lahore.")
        #expect(titled.entity(named: "Yousef Raza Gilani")?.country == "Pakistan")
        let untitled = Extractor().extract("Hussein Nasrallah spoke to the crowd.")
        #expect(untitled.entity(named: "Hussein Nasrallah")?.country == nil)
    }

    @Test("an office of an international body from the who's-who gives its holder no country")
    func officeOfABody() {
        let document = Extractor().extract("Ghana and Togo met separately with Kofi Annan in Accra.")
        #expect(document.entity(named: "Kofi Annan")?.country == nil)
    }

    @Test("an initial for the given name is the person named in full")
    func initialForGivenName() {
        let people = Extractor().extract("Foreign Minister R Menon arrived. Rajan Menon later left.").entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Rajan Menon"])
    }

    @Test("an acronym defined in the text joins its long form")
    func acronyms() {
        let document = Extractor().extract("The Rapid Support Forces attacked the city. The RSF denied it.")
        #expect(document.entities.map(\.name) == ["Rapid Support Forces"])
    }

    @Test("a surname shared by two people with different titles keeps them apart")
    func differentTitles() {
        let text = "Saudi Crown Prince Mohammed bin Salman was absent. Biden called King Salman instead."
        let people = Extractor().extract(text).entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Mohammed bin Salman"))
        #expect(people.contains("Salman"))
    }

    @Test("places, weapons, days and headline words are not people", arguments: [
        "Ships crossed the Black Sea on Monday.",
        // Regions, straits and the nouns of a named line or body of talks.
        "Trade grew across Southeast Asia. Refugees crossed the Florida Straits.",
        "Troops patrolled the Line of Actual Control under the Working Mechanism.",
        "Talks in Jeddah stalled.",
        "Ankara sold Bayraktar drones to Kyiv.",
        "Germany sent IRIS-T air defence systems.",
        "Iran calls the United States the Great Satan.",
        "Work resumed on the Grand Ethiopian Renaissance Dam.",
        // Treaties named after a city, and projects and scriptures, are no country and no one.
        "Embassies are protected under the Vienna Convention.",
        // Landmarks and continents are no one.
        "Pilgrims filled the Meiji Shrine on Sunday.",
        "Iraq claimed the Shatt al-Arab Estuary as its own.",
        "The ruins became a World Heritage Site in 1992.",
        "The envoy called Africa the continent of the future.",
        "Peru's Ombudsman visited the camp.",
        "The general spoke from his Kafr Halwa compound.",
        "The premier wished the nation well for Eidul Azha.",
        // An adjective of a movement before its noun; a month that is also a surname, alone.
        "Somalia's Islamist militia shelled the port.",
        "Ramadan began on Monday in Cairo.",
        // A party's members in the plural.
        "The Christian Democrats won the vote in San Salvador.",
        // A line all in capitals is a headline even when a period closes it.
        "MINISTER WARNS ABOUT HARD WINTER.\n\nThe minister spoke on Monday.",
        "Tourists fled the slopes of the Chichontepec Volcano.",
        "The jet landed at the Moi Airbase before dawn.",
        "Khartoum accuses Juba of arming rebels in the Blue Nile, Kassala and Darfur regions.",
        "Pilgrims prayed in Kurmuk, a town of the Blue Nile state.",
        "Sharm el-Sheikh (Egypt), March 9 (AFP): The two foreign ministers met at the resort.",
        "Both sides signed the Geneva Conventions decades ago.",
        "Funds went to the Kisumu Road Improvement Project.",
        "The leaders signed at the Greentree Estate. Troops landed on Isla Portillos.",
        // Surnames the who's-who knows, where they are no one: after an article, in a headline.
        "The tribunal in The Hague heard the case.",
        "Brussels Weighs Ban On Russian Gas Imports",
        // Peoples, and staffs that are no person.
        "Tutsis and Hutus fled across the border.",
        "The General Staff said the depot was hit.",
        // Places after a preposition of place, after "the town of", or described as one, all
        // their mentions; and an acronym given for a thing's name.
        "Fighting broke out near Bir Lahlou. Bir Lahlou lies in the desert.",
        "The leaders met in Santa Cruz de la Sierra on Friday.",
        "Drones struck the town of Ras Kamboni overnight.",
        "Bouar Kembe, a town close to the frontier, was shelled.",
        "Egypt fears the Nile Valley Dam (NVD). The NVD will cut its water.",
        // Programmes, events and forms of address named in capitals.
        "Greece hosted the Aegean Friendship Programme and the Thessaloniki Book Fair.",
        "Your Excellency, thank you.",
        // Ships, with their prefix or without it later.
        "The destroyer USS Carl Levin sailed on. The Carl Levin later docked.",
        // Ships after a noun of vessels; a place named after a country; models with their number.
        "The aircraft carrier Harold Mercer entered the Gulf of Aden. Rebels fired AK 47s into the air.",
        // Names that qualify an installation or an undertaking.
        "Missiles hit the Sidi Barrani airbase overnight. The army began the Desert Lance operation.",
        // A castle is a place; a name before a noun of the press is a paper's or a channel's.
        "The envoys dined at the Royal Castle. The minister told La Voz newspaper he was hopeful.",
        // Headline verbs after a title; a declaration of rights; firms named by what they are.
        "Kenyan FM Makes Calls to Three Counterparts",
        "The day marks the adoption of the Universal Declaration of Human Rights.",
        "The banks fined Golden Lotus Group of Companies and Blue River Trading Company Limited.",
        // Regions within a country; faiths, and the members of a bloc.
        "Russia annexed Ukraine's Crimea in 2014 and backs fighters in Ukraine's Donbas.",
        "Oman accused the Sunni Muslim monarchy of Bahrain of lying.",
        "The presidents of the Mercosur Member and Associate States met online.",
        // Plural nouns of people, capitalized where they open a sentence.
        "Critics said the vote was rigged. Analysts expect more strikes. Protesters blocked the road.",
    ])
    func notPeople(_ text: String) {
        let people = Extractor().extract(text).entities.filter { $0.type == .person }
        #expect(people.isEmpty, "found \(people.map(\.name))")
    }

    @Test("a people in the singular, a platform and the words of a diplomatic title are no one beside the person named", arguments: [
        ("President Ana Petrova said on her official Twitter account that talks failed.", "Ana Petrova"),
        ("Ambassador Extraordinary and Plenipotentiary of Ghana to Togo Kwame Mensah spoke.", "Kwame Mensah"),
        ("Seoul prepared for the U.S.-North Korean summit, Moon Jae-in said.", "Moon Jae-in"),
        ("EU Foreign Policy Chief Federica Mogherini spoke.", "Federica Mogherini"),
    ])
    func onlyThePersonNamed(_ text: String, person: String) {
        let people = Extractor().extract(text).entities.filter { $0.type == .person }.map(\.name)
        #expect(people == [person])
    }

    @Test("a word that opens a sentence is no part of the name after it", arguments: [
        ("Because Ortega has long feuded with the bishops, the talks stalled.", "Because"),
        ("Although Kagame denied it, the report stood.", "Although"),
        ("Earlier Kenyan Government spokesman Isaac Mwaura said the talks had failed.", "Earlier"),
        ("Meanwhile Nigerian Army spokesman Onyema Nwachukwu denied the report.", "Meanwhile"),
    ])
    func sentenceOpener(_ text: String, opener: String) {
        let names = Extractor().extract(text).entities.map(\.name)
        #expect(!names.contains { $0.hasPrefix(opener) }, "found \(names)")
    }

    @Test("a country's own body named in capitals is the country; so are de facto states and 'U.S' without its last period", arguments: [
        ("The Chilean Government accused Bolivia of stalling.", "Chile"),
        ("Georgia accused Abkhazia of moving troops.", "Abkhazia"),
        ("Ruto asked the U.S to send help.", "United States"),
    ])
    func countriesNamedOtherwise(_ text: String, country: String) {
        let countries = Extractor().extract(text).entities.filter { $0.type == .country }.map(\.name)
        #expect(countries.contains(country), "found \(countries)")
    }

    @Test("a demonym after a compass word or 'Latin' is a region's, no country", arguments: [
        "The two South American neighbours quarrelled again.",
        "Latin American leaders gathered in Lima.",
    ])
    func regionalDemonym(_ text: String) {
        let document = Extractor().extract(text)
        #expect(document.entity(named: "United States") == nil)
    }

    @Test("a country's name after a compass word or 'Latin' is a region's or a territory's", arguments: [
        ("Trade with Latin America and South America grew.", "United States"),
        ("The fishing grounds off South Georgia were closed.", "Georgia"),
        ("Police in Northern Ireland made arrests.", "Ireland"),
    ])
    func regionalName(_ text: String, country: String) {
        #expect(Extractor().extract(text).entity(named: country) == nil)
    }

    @Test("a country's long and short forms name it", arguments: [
        ("Burkina denied the charge.", "Burkina Faso"),
        ("Korea signed the deal.", "South Korea"),
        ("The United Kingdom of Great Britain and Northern Ireland disputes the claim.", "United Kingdom"),
    ])
    func countryForms(_ text: String, country: String) {
        let countries = Extractor().extract(text).entities.filter { $0.type == .country }
        #expect(countries.count == 1)
        #expect(countries.first.map { [$0.name] + $0.aliases + $0.lookupNames }?.contains(country) == true)
    }

    @Test("a dateline's city is no actor, but places the titled people of the story", arguments: [
        "CAIRO — President Abdel Fattah al-Sisi met the envoy.",
        "Cairo, Egypt - President Abdel Fattah al-Sisi met the envoy.",
        "CAIRO, Sept. 14 -- President Abdel Fattah al-Sisi met the envoy.",
        "ASWAN, Egypt, Sept. 14 -- President Abdel Fattah al-Sisi met the envoy.",
        "CAIRO, May 3 (MENA) - President Abdel Fattah al-Sisi met the envoy.",
        "Sisi meets envoy\nCAIRO - President Abdel Fattah al-Sisi met the envoy.",
        "CAIRO: President Abdel Fattah al-Sisi met the envoy.",
        "Sisi meets envoy\nCAIRO\nPresident Abdel Fattah al-Sisi met the envoy.",
        "CAIRO _ President Abdel Fattah al-Sisi met the envoy.",
    ])
    func dateline(_ text: String) {
        let document = Extractor().extract(text)
        #expect(document.entity(named: "Abdel Fattah al-Sisi")?.country == "Egypt")
        #expect(document.entity(named: "Egypt") == nil)
        #expect(document.relations.isEmpty)
    }

    @Test("a person named in the same sentence as an office, apart from it, is not its holder")
    func officeAndItsGuest() {
        let document = Extractor().extract("Ghana's president met Paul Mensah on Monday. They discussed the port deal.")
        #expect(document.entity(named: "Paul Mensah")?.role == nil)
        #expect(document.entity(named: "Paul Mensah")?.country == nil)
    }

    @Test("places named after a given name are no one", arguments: [
        "Crowds gathered on George Street and at Victoria Hall.",
        "The envoy flew over Victoria Falls.",
    ])
    func placesAfterGivenNames(_ text: String) {
        #expect(Extractor().extract(text).entities.allSatisfy { $0.type != .person })
    }

    @Test("a dateline does not place the holders of a title shared in the plural, most of whom serve elsewhere")
    func datelineAndSharedTitle() {
        let document = Extractor().extract("OSLO, Norway -- The summit between presidents Ana Costa and Lena Berg ended.")
        #expect(document.entity(named: "Ana Costa")?.role == "president")
        #expect(document.entity(named: "Ana Costa")?.country == nil)
        #expect(document.entity(named: "Lena Berg")?.country == nil)
    }

    @Test("'the North' and 'the South' are halves of a divided country the text names", arguments: [
        ("Seoul and North Korea traded warnings. The North fired a missile.", "North Korea", "North"),
        ("Sudan and South Sudan met in Juba. The South said the talks went well.", "South Sudan", "South"),
    ])
    func dividedCountries(_ text: String, _ country: String, _ half: String) {
        #expect(Extractor().extract(text).entity(named: country)?.aliases.contains("the \(half)") == true)
    }

    @Test("'the South' of a country with no northern half is nobody")
    func undividedSouth() {
        let document = Extractor().extract("South Africa hosted the summit. The South was hot that week.")
        #expect(document.entity(named: "South Africa")?.aliases.contains("the South") == false)
    }

    @Test("an acronym the text defines is one node with its name, whatever the lexicon's same letters mean")
    func definedAcronym() {
        let document = Extractor().extract("The Justice and Equality Movement (JEM) seized the town. JEM commander Adam Bakheit denied it.")
        let organizations = document.entities.filter { $0.type == .organization }
        #expect(organizations.map(\.name) == ["Justice and Equality Movement"])
        #expect(organizations.first?.aliases.contains("JEM") == true)
        // The commander serves the Sudanese movement the text names, not Pakistan's JeM.
        #expect(document.entity(named: "Adam Bakheit")?.country == "Sudan")
    }

    @Test("an organization the text calls by its usual name keeps that name")
    func usualOrganizationName() {
        let text = "Houthi movement fighters fired missiles. The Houthis said the Houthi rebels would go on."
        #expect(Extractor().extract(text).entities.map(\.name) == ["Houthis"])
    }

    @Test("a seat of government used as a place is not an entity")
    func seatAsPlace() {
        #expect(Extractor().extract("The ministers held talks in Brussels and Moscow.").entities.isEmpty)
    }

    @Test("a name splits into its words at spaces, and its last word is the last of them", arguments: [
        ("Mohammed bin Salman", ["Mohammed", "bin", "Salman"], "Salman"), ("Putin", ["Putin"], "Putin"),
        ("prime  minister ", ["prime", "minister"], "minister"), ("Erdoğan", ["Erdoğan"], "Erdoğan"), ("", [], ""),
    ])
    func nameWords(_ name: String, _ expectedWords: [String], _ last: String) {
        #expect(words(of: name) == expectedWords)
        #expect(lastWord(of: name) == last)
    }
}
