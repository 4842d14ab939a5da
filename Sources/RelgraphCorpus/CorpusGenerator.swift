/// Writes news-like articles for benchmarks: datelines, titled people, countries by name,
/// demonym and capital, organizations from alliances to militias, every relation relgraph
/// knows, and the sentence shapes that make extraction work (lists, pronouns, passives,
/// negations, reported speech, quotes), among plain sentences that relate nobody.
///
/// The same seed and article number always give the same text, and each article is made on
/// its own, so a corpus of any size can be streamed without holding it.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    /// How many distinct people the corpus draws from; names repeat across articles the way
    /// leaders' names do.
    public let people: Int

    public init(seed: UInt64 = 1, people: Int = 20_000) {
        self.seed = seed
        self.people = max(people, 10)
    }

    /// Article number `index` (any integer) of this corpus.
    public func article(_ index: Int) -> String {
        var writer = ArticleWriter(random: SplitMix(seed: seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(truncatingIfNeeded: index)), people: people)
        return writer.write()
    }
}

/// One article's worth of choices.
private struct ArticleWriter {
    var random: SplitMix
    let people: Int
    var cast: [Person] = []
    var text: [String] = []

    struct Person {
        var first: String
        var last: String
        var title: String
        var country: Place
        var full: String { "\(first) \(last)" }
        var titled: String { "\(country.demonym) \(title) \(full)" }
    }

    init(random: SplitMix, people: Int) {
        self.random = random
        self.people = people
    }

    mutating func person() -> Person {
        // Person n always has the same name, title and country, so articles agree about them.
        let n = random.skewed(people)
        var own = SplitMix(seed: UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
        let last = own.pick(Pools.surnameStarts) + own.pick(Pools.surnameEnds)
        return Person(first: own.pick(Pools.firstNames), last: last, title: own.pick(Pools.titles), country: own.pick(Pools.places))
    }

    mutating func castMember() -> Person {
        if cast.count < 2 || random.next() % 3 == 0 {
            let p = person()
            cast.append(p)
            return p
        }
        return random.pick(cast)
    }

    mutating func mention(_ p: Person) -> String {
        // First mention with the full title, later ones by surname, as newspapers do.
        text.contains { $0.contains(p.full) } ? p.last : p.titled
    }

    mutating func place() -> Place { Pools.places[random.skewed(Pools.places.count)] }
    mutating func organization() -> String { random.pick(Pools.organizations) }
    mutating func countryReference(_ c: Place) -> String {
        switch random.next() % 4 {
        case 0: c.capital
        case 1: "the \(c.demonym) government"
        default: c.name
        }
    }

    mutating func write() -> String {
        let home = place()
        let first = castMember()
        let second = castMember()
        var paragraphs: [String] = ["\(first.last) and \(second.last) \(random.pick(Pools.headlineVerbs)) \(random.pick(Pools.topics))"]
        text = []
        sentence("\(home.capital.uppercased()) — \(mention(first)) \(random.pick(Pools.spokeVerbs)) \(mention(second)) on \(random.pick(Pools.days)) about \(random.pick(Pools.topics)), \(random.pick(Pools.sources)) said.")
        let sentences = 12 + Int(random.next() % 20)
        for _ in 0..<sentences { sentence(nextSentence()) }
        var body = text[...]
        while !body.isEmpty {
            let size = min(body.count, 1 + Int(random.next() % 3))
            paragraphs.append(body.prefix(size).joined(separator: " "))
            body = body.dropFirst(size)
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    mutating func sentence(_ s: String) { text.append(s.prefix(1).uppercased() + s.dropFirst()) }

    mutating func nextSentence() -> String {
        let a = castMember()
        let b = castMember()
        let c1 = place()
        let c2 = place()
        let org = organization()
        let day = random.pick(Pools.days)
        let topic = random.pick(Pools.topics)
        switch random.next() % 22 {
        case 0: return "\(mention(a)) \(random.pick(Pools.spokeVerbs)) \(mention(b)) by phone on \(day) to discuss \(topic)."
        case 1:
            let others = (0..<(2 + Int(random.next() % 3))).map { _ in mention(person()) }
            return "\(mention(a)) has held talks this month with \(others.dropLast().joined(separator: ", ")) and \(others.last!)."
        case 2: return "He also met \(mention(b)) on the sidelines of the summit in \(c1.capital)."
        case 3: return "\(countryReference(c1)) has \(random.pick(Pools.backVerbs)) \(org) for years, \(random.pick(Pools.sources)) said."
        case 4: return "\(c1.name) \(random.pick(["supplied", "provided", "delivered"])) \(random.pick(Pools.aid)) to \(c2.name) last year."
        case 5: return "\(mention(a)) accused \(c2.name) of \(random.pick(Pools.charges))."
        case 6: return "\(c1.name) was blamed by \(c2.name) for \(random.pick(Pools.charges))."
        case 7: return "\"We hold \(c2.capital) responsible for \(random.pick(Pools.charges)),\" \(mention(a)) told reporters."
        case 8: return "\(mention(a)) \(random.pick(["condemned", "criticized", "denounced"])) \(org) over \(topic)."
        case 9: return "\(org) fighters attacked \(random.pick(Pools.targets)) near the border with \(c1.name) on \(day)."
        case 10: return "\(c1.name) imposed sanctions on \(c2.name) over \(topic)."
        case 11: return "The \(c1.demonym)-backed \(org) denied any role in \(random.pick(Pools.charges))."
        case 12: return "\(mention(a)) did not speak with \(mention(b)), according to \(random.pick(Pools.sources))."
        case 13: return "\(c1.name) would back a ceasefire only if \(c2.name) withdrew, \(mention(a)) said."
        case 14: return "\(mention(a)) and \(mention(b)) spoke again on \(day), their offices said."
        case 15: return "Officials in \(c1.capital) said the \(topic) would resume after the \(random.pick(Pools.events))."
        case 16: return "Markets in \(c1.capital) fell \(1 + random.next() % 5) percent on \(day) as investors weighed \(topic)."
        case 17: return "The \(random.pick(Pools.events)) drew \(1 + random.next() % 90) delegations and ran late into the night."
        case 18: return "Analysts said the \(topic) had changed little since the \(random.pick(Pools.events)) in \(c2.capital)."
        case 19: return "In a statement, \(org) said it \(random.pick(["welcomed", "rejected", "was studying"])) the proposal."
        case 20: return "\(mention(a)) thanked \(c2.name) for its \(random.pick(Pools.aid))."
        default: return "The \(random.pick(Pools.events)) is expected to take place in \(c1.capital) in \(random.pick(Pools.months))."
        }
    }
}

/// A country as news names it: by name, demonym and capital.
public struct Place: Sendable {
    public var name: String
    public var demonym: String
    public var capital: String
}

/// Word pools: the vocabulary of the generated news, all written for this project.
public enum Pools {
    public static let places: [Place] = [
        ("the United States", "American", "Washington"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
        ("Ukraine", "Ukrainian", "Kyiv"), ("Israel", "Israeli", "Jerusalem"), ("Iran", "Iranian", "Tehran"),
        ("Turkey", "Turkish", "Ankara"), ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
        ("the United Kingdom", "British", "London"), ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
        ("Egypt", "Egyptian", "Cairo"), ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"),
        ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"), ("North Korea", "North Korean", "Pyongyang"),
        ("Brazil", "Brazilian", "Brasilia"), ("Mexico", "Mexican", "Mexico City"), ("Canada", "Canadian", "Ottawa"),
        ("Poland", "Polish", "Warsaw"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
        ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
        ("Sudan", "Sudanese", "Khartoum"), ("Syria", "Syrian", "Damascus"), ("Iraq", "Iraqi", "Baghdad"),
        ("Jordan", "Jordanian", "Amman"), ("Lebanon", "Lebanese", "Beirut"), ("Armenia", "Armenian", "Yerevan"),
        ("Azerbaijan", "Azerbaijani", "Baku"), ("Serbia", "Serbian", "Belgrade"), ("Hungary", "Hungarian", "Budapest"),
        ("Venezuela", "Venezuelan", "Caracas"), ("Colombia", "Colombian", "Bogota"), ("Indonesia", "Indonesian", "Jakarta"),
        ("Vietnam", "Vietnamese", "Hanoi"), ("Australia", "Australian", "Canberra"), ("South Africa", "South African", "Pretoria"),
        ("Algeria", "Algerian", "Algiers"), ("Morocco", "Moroccan", "Rabat"), ("Afghanistan", "Afghan", "Kabul"),
    ].map { Place(name: $0.0, demonym: $0.1, capital: $0.2) }

    public static let organizations = [
        "the United Nations", "NATO", "the European Union", "the African Union", "the Arab League", "Hamas", "Hezbollah",
        "the Houthis", "the Taliban", "Islamic State", "al-Shabaab", "Boko Haram", "the Wagner Group", "M23",
        "the Rapid Support Forces", "the World Bank", "the International Monetary Fund", "the World Health Organization",
        "the Islamic Revolutionary Guard Corps", "the Muslim Brotherhood", "Fatah", "the Syrian Democratic Forces",
    ]

    public static let firstNames = [
        "Amara", "Boris", "Chen", "Dalia", "Emil", "Farid", "Greta", "Hassan", "Ines", "Jonas", "Kemal", "Lena", "Marek",
        "Nadia", "Omar", "Petra", "Rafael", "Sofia", "Tariq", "Ulla", "Viktor", "Wen", "Yusuf", "Zofia", "Adriana", "Bilal",
        "Carmen", "Dmitri", "Elif", "Fatima", "Goran", "Hana", "Ivan", "Julia", "Karim", "Leila", "Mikhail", "Nour", "Oskar",
        "Priya", "Rustam", "Samir", "Tomas", "Valentina", "Walid", "Xavier", "Yara", "Zainab",
    ]
    public static let surnameStarts = [
        "Abra", "Bel", "Cor", "Dan", "Ender", "Fal", "Gor", "Hal", "Ivan", "Jak", "Kas", "Lind", "Mor", "Nov", "Oster",
        "Pet", "Rad", "Sal", "Tor", "Ul", "Var", "Wes", "Yil", "Zan", "Bar", "Kor", "Mal", "Sor", "Tem", "Vol",
    ]
    public static let surnameEnds = [
        "ovic", "sson", "ani", "enko", "berg", "ari", "escu", "idis", "man", "ova", "ez", "ski", "oglu", "ier", "stein",
        "ano", "ouri", "ev", "sen", "ida", "ambe", "uddin", "ard", "ito", "essa",
    ]
    public static let titles = [
        "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Finance Minister", "Chancellor",
        "Interior Minister", "Vice President", "Deputy Prime Minister",
    ]
    public static let spokeVerbs = ["spoke with", "met", "held talks with", "called", "had a phone call with", "met with"]
    public static let backVerbs = ["backed", "funded", "armed", "supported"]
    public static let headlineVerbs = ["discuss", "meet over", "hold talks on", "spar over"]
    public static let topics = [
        "the grain corridor", "border security", "energy prices", "the prisoner exchange", "a ceasefire plan", "trade tariffs",
        "the nuclear programme", "refugee returns", "debt relief", "shipping in the Red Sea", "water rights", "drone exports",
    ]
    public static let sources = ["a government spokesman", "officials", "state media", "two diplomats", "the foreign ministry"]
    public static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    public static let months = ["January", "March", "May", "July", "September", "November"]
    public static let aid = ["weapons", "military aid", "financial support", "air defence systems", "humanitarian aid"]
    public static let charges = [
        "the attack on the pipeline", "the shelling of the port", "the collapse of the talks", "the cyberattack",
        "stoking unrest", "the downing of the airliner",
    ]
    public static let targets = ["an army post", "a convoy", "a police station", "a fuel depot"]
    public static let events = ["summit", "donor conference", "security forum", "peace conference", "election"]
}
