import RelgraphModel
import Testing

@testable import RelgraphExtraction

/// One expectation about the role and country a person gets in a text.
struct ExpectedPerson: CustomTestStringConvertible, Sendable {
    var text: String
    var name: String
    var role: String?
    var country: String?

    var testDescription: String { "\(name) in \"\(text)\"" }
}

@Suite("Who's who")
struct WhosWhoTests {
    static let people: [ExpectedPerson] = [
        // Named without a title or a demonym: the who's-who gives both.
        .init(text: "June 2, 2015 — John Kerry flew to Geneva.", name: "John Kerry", role: "Secretary of State", country: "United States"),
        .init(text: "Obama said the talks would go on.", name: "Obama", role: "President", country: "United States"),
        .init(text: "Hamid Karzai met tribal elders.", name: "Hamid Karzai", role: "President", country: "Afghanistan"),
        // Leaders of the 1990s, and a minister of then whose office the year picks.
        .init(text: "Yeltsin said the vote would go ahead.", name: "Yeltsin", role: "President", country: "Russia"),
        .init(text: "June 4, 1995 — Yevgeny Primakov flew to Cairo.", name: "Yevgeny Primakov", role: "Director of the Foreign Intelligence Service", country: "Russia"),
        .init(text: "March 2, 1997 — Yevgeny Primakov flew to Cairo.", name: "Yevgeny Primakov", role: "Foreign Minister", country: "Russia"),
        .init(text: "Lee Myung-bak told reporters he was hopeful.", name: "Lee Myung-bak", role: "President", country: "South Korea"),
        .init(text: "Riek Machar said his forces would hold.", name: "Riek Machar", role: "First Vice President", country: "South Sudan"),
        // Spelling variants, accents and hyphens do not count.
        .init(text: "Alvaro Uribe left Bogota.", name: "Alvaro Uribe", role: "Senator", country: "Colombia"),
        .init(text: "Álvaro Uribe left Bogota.", name: "Álvaro Uribe", role: "Senator", country: "Colombia"),
        .init(text: "Kim Jong-un inspected a factory.", name: "Kim Jong-un", role: "Leader", country: "North Korea"),
        // A dated story picks the office held that year; an undated one the latest.
        .init(text: "March 3, 2014 — Joe Biden arrived in Kyiv.", name: "Joe Biden", role: "Vice President", country: "United States"),
        .init(text: "Joe Biden arrived in Kyiv.", name: "Joe Biden", role: "President", country: "United States"),
        .init(text: "KYIV, 2011-06-02 — Vladimir Putin said he was ready.", name: "Vladimir Putin", role: "Prime Minister", country: "Russia"),
        // Leaders of smaller states are known too, under the title their press gives them.
        .init(text: "Hun Manet toured the border.", name: "Hun Manet", role: "Prime Minister", country: "Cambodia"),
        .init(text: "April 9, 2018 — Leo Varadkar met farmers.", name: "Leo Varadkar", role: "Taoiseach", country: "Ireland"),
        // A surname with a title finds the one person of that name holding such an office.
        .init(text: "Vice President Harris spoke with the mayor.", name: "Harris", role: "Vice President", country: "United States"),
        .init(text: "October 4, 2009 — President Lee arrived in Tokyo.", name: "Lee", role: "President", country: "South Korea"),
        // The title the text gives wins, and picks the office the country comes from.
        .init(text: "Special Envoy John Kerry flew to Geneva.", name: "John Kerry", role: "Special Envoy", country: "United States"),
        .init(text: "Secretary-General Ban Ki-moon spoke.", name: "Ban Ki-moon", role: "Secretary-General", country: nil),
        // What the text says of the country wins too.
        .init(text: "Mexican President Joe Biden spoke.", name: "Joe Biden", role: "President", country: "Mexico"),
        // An ambiguous surname alone, or a full name the who's-who does not have, gets nothing.
        .init(text: "Harris said the vote was fair.", name: "Harris", role: nil, country: nil),
        .init(text: "Johnson said the vote was close.", name: "Johnson", role: nil, country: nil),
        .init(text: "President Kim spoke with Obama.", name: "Kim", role: "President", country: nil),
        .init(text: "Hunter Biden met the press.", name: "Hunter Biden", role: nil, country: nil),
    ]

    @Test("a person the text does not place gets the role and country of the who's-who", arguments: people)
    func person(_ expected: ExpectedPerson) throws {
        let document = Extractor().extract(expected.text)
        let person = try #require(document.entities.first { $0.type == .person && $0.name == expected.name })
        #expect(person.role == expected.role)
        #expect(person.country == expected.country)
    }

    @Test("a role from the who's-who makes a leader when its title is a leader's")
    func leader() throws {
        let document = Extractor().extract("June 2, 2015 — John Kerry flew to Geneva.")
        #expect(try #require(document.entity(named: "John Kerry")).isLeader)
    }

    @Test("the story's year is read beside a month or from a numeric date, in the opening only", arguments: [
        ("WASHINGTON, November 18, 2009 — Talks began.", 2009 as Int?), ("Talks - 2002-03-06\n\nThey began.", 2002),
        ("04 March 2008\n\nTalks began.", 2008), ("In 2014 talks began.", nil), ("Talks began.", nil),
    ])
    func year(_ text: String, _ expected: Int?) {
        let tokens = Tokenizer(lexicon: .standard).tokenize(text)
        #expect(DocumentYear(tokens: tokens, lexicon: .standard).year == expected)
    }

    @Test("every office of the built-in who's-who names a known country or organization, or none")
    func officesNameKnownBodies() {
        for person in Lexicon.standard.whosWho.people {
            for office in person.offices {
                if let organization = office.organization {
                    #expect(
                        !Lexicon.standard.forms(of: organization, type: .organization).isEmpty,
                        "\(person.name): \(organization) is neither a country nor an organization of the lexicon")
                }
            }
        }
        #expect(Lexicon.standard.whosWho.people.count >= 500)
    }

    @Test("a user's people file adds a person and corrects a built-in one")
    func userLexicon() throws {
        let mine = """
            Ada Quist | Quist | Foreign Minister, Norway, 2031-
            John Kerry | Kerry | Ambassador, Freedonia, 2030-
            """
        let lexicon = try Lexicon(files: LexiconData.files + [("people-mine.txt", mine)])
        let document = Extractor(lexicon: lexicon).extract("Quist met John Kerry in Oslo. Quist said so.")
        let quist = try #require(document.entity(named: "Quist"))
        #expect(quist.role == "Foreign Minister")
        #expect(quist.country == "Norway")
        #expect(document.entity(named: "John Kerry")?.role == "Ambassador")
        #expect(document.entity(named: "John Kerry")?.country == nil, "an office of a body the lexicon does not know places no one")
    }

    @Test("a malformed office names its file and line", arguments: [
        "Ada Quist | | Foreign Minister", "Ada Quist | | Foreign Minister, Norway, 2031", "Ada Quist | | Foreign Minister, Norway, 2031-2020",
        "Ada Quist | Quist", "| Quist | Foreign Minister, Norway, 2031-",
    ])
    func malformed(_ line: String) {
        #expect(throws: LexiconError.malformedLine(file: "people-x.txt", line: 1, text: line)) {
            try Lexicon(files: [("people-x.txt", line + "\n")])
        }
    }
}
