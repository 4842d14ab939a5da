import RelgraphModel
import Testing

@testable import RelgraphExtraction

/// What official and press texts do to names: initials and suffixes inside them, titles the
/// size of an office before them, headlines and boilerplate that capitalize every word.
/// One row per kind of trouble, on sentences written for these tests.
@Suite("Name precision")
struct NamePrecisionTests {
    static let found: [ExpectedEntity] = [
        // A middle initial and its period stay inside the name.
        .init(text: "Secretary of State Antony J. Blinken met the press.", name: "Antony J. Blinken", type: .person, role: "Secretary of State"),
        // Generational suffixes belong to the name.
        .init(text: "Defense Secretary Lloyd J. Austin III toured the base.", name: "Lloyd J. Austin III", type: .person, role: "Defense Secretary"),
        .init(text: "Senator Robert P. Casey Jr. voted against it.", name: "Robert P. Casey Jr.", type: .person, role: "Senator"),
        // A title "of" or "for" an office keeps the office in the role, out of the name.
        .init(text: "Minister of National Defense Song Young-moo inspected the unit.", name: "Song Young-moo", type: .person, role: "Minister of National Defense"),
        .init(text: "Minister for Foreign Affairs Penny Wong landed in Jakarta.", name: "Penny Wong", type: .person, role: "Minister for Foreign Affairs"),
        // A title "of" a country gives the country.
        .init(text: "The Foreign Minister of Ukraine Dmytro Kuleba left Rome.", name: "Dmytro Kuleba", type: .person, role: "Foreign Minister", country: "Ukraine"),
        // Abbreviated ranks, with their periods, are titles.
        .init(text: "Brig. Gen. Pat Ryder answered questions.", name: "Pat Ryder", type: .person, role: "Brig. Gen."),
        .init(text: "Rear Admiral Park Jung-soo said the ship was safe.", name: "Park Jung-soo", type: .person, role: "Rear Admiral"),
        // Press and diplomatic titles, and modifiers capitalized with them.
        .init(text: "Correspondent Scott Stearns filed from the capital.", name: "Scott Stearns", type: .person, role: "Correspondent"),
        .init(text: "Senior Undersecretary Carlito Galvez hosted the talks.", name: "Carlito Galvez", type: .person, role: "Senior Undersecretary"),
        // Official names with "of", "for" and "in" inside, and spelling variants.
        .init(text: "Troops of the African Union Mission in Somalia withdrew.", name: "African Union Mission in Somalia", type: .organization),
        .init(text: "The Organization for Security and Cooperation in Europe sent monitors.", name: "Organization for Security and Cooperation in Europe", type: .organization),
        .init(text: "A cell of al-Qaida claimed the blast.", name: "al-Qaida", type: .organization),
        .init(text: "The newspaper Rodong Sinmun printed the speech.", name: "Rodong Sinmun", type: .organization),
        // A possessive inside a known name; a country goes by the fullest name the text gives.
        .init(text: "The People's Republic of China protested.", name: "People's Republic of China", type: .country),
    ]

    @Test("finds the name, role and country that official texts write", arguments: found)
    func finds(_ expected: ExpectedEntity) throws {
        try expected.verify()
    }

    /// A text and the only people it names.
    struct People: CustomTestStringConvertible, Sendable {
        var text: String
        var people: [String]
        var testDescription: String { "\(people) in \"\(text)\"" }
    }

    static let onlyPeople: [People] = [
        // A title-case headline is read only for names the body gives.
        .init(text: "Rebels Seize Airport As Talks Stall\n\nThe rebels took the airport on Tuesday.", people: []),
        .init(text: "Kenyatta Hails Strong Ties With Ethiopia\n\nKenyan President Uhuru Kenyatta praised the ties.", people: ["Uhuru Kenyatta"]),
        .init(text: "Remarks by President Ruto Following Talks in Accra\n\nPresident William Ruto spoke first.", people: ["William Ruto"]),
        // Common words capitalized in boilerplate or at a sentence start are not names.
        .init(text: "The leaders agreed on a Phone Call next week.", people: []),
        .init(text: "Officials said the crossing stayed shut.", people: []),
        .init(text: "For Immediate Release: the ministry opened the port.", people: []),
        // A word qualified by a hyphenated participle is no name.
        .init(text: "Russian-made Antonov planes circled the town.", people: []),
        // "Reports said" opens a sentence with no one's name.
        .init(text: "Reports said the arrest was linked to a tax scam.", people: []),
        // Initials do not split one person in two.
        .init(text: "Antony J. Blinken landed. Antony Blinken then met Blinken's staff.", people: ["Antony J. Blinken"]),
        // A phrase of diplomacy in capitals names no one.
        .init(text: "\"He is PERSONA NON GRATA,\" the minister wrote.", people: []),
        // An institute "for" its field is one organization, no person.
        .init(text: "Officials from the Kigoma Institute for Peace Studies met the minister.", people: []),
    ]

    @Test("names no one where the words only look like names", arguments: onlyPeople)
    func namesOnly(_ expected: People) {
        let people = Extractor().extract(expected.text).entities.filter { $0.type == .person }.map(\.name)
        #expect(people == expected.people)
    }
}
