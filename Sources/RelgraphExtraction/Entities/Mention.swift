import RelgraphModel

/// One place where a text names an entity: "Russian President Vladimir Putin" holds a
/// mention of Russia (a demonym) and a mention of a person with a role.
struct Mention: Sendable {
    enum Form: Sendable, Equatable {
        case name, demonym, seat, person
    }

    /// Token indices of the name itself (titles excluded).
    var range: Range<Int>
    var sentence: Int
    var type: EntityType
    var form: Form
    /// For countries and organizations: the canonical name. For people: the name as written,
    /// honorifics dropped.
    var name: String
    /// The words of the text that make up the mention.
    var surface: String
    /// Whether the mention can be a party to a relation. Demonyms used as adjectives
    /// ("Russian fertilizer"), seats used as places ("talks in Moscow") and names that only
    /// qualify another ("Kremlin spokesman Dmitry Peskov") cannot.
    var isArgument = true
    var isPossessive = false
    /// For organizations from the lexicon: their kind ("media", ...).
    var organizationKind: String?
    /// For organizations: the country they belong to.
    var organizationCountry: String?
    /// For people: the role phrase written with the name ("caretaker Prime Minister").
    var role: String?
    var roleKind: Lexicon.TitleKind?
    /// For people: the tokens of the role written before the name, up to the name
    /// ("Officer in Charge of the Department of National Defense Carlito Galvez") or to the
    /// comma of an apposition ("the U.S. Ambassador to Haiti, Ken Merten").
    var roleRange: Range<Int>?
    /// For people: the country or organization named with the role.
    var affiliationCountry: String?
    /// The country came from the office named before, joined by "and" ("Greek Defence Minister
    /// A and Foreign Minister B"): a guess that what the who's-who knows of the person overrules.
    var isCountryShared = false
    var affiliationOrganization: String?
    /// For people: the mention of the country or organization that the role took as its
    /// affiliation, and so no longer a party of its own; given back if this name is dropped.
    var affiliatedMention: Int?
    /// For people: a title shared with others in the plural ("presidents Clinton and Yeltsin"),
    /// most of whom the story's own country cannot place.
    var hasSharedTitle = false
    /// For people: the end of the name of the person whose office this one's is ("Samuel
    /// Berger, President Clinton's national security adviser"), who places it.
    var servedPersonEnd: Int?
    /// A single word that could be a surname or a stray capitalized word: kept only if it
    /// matches a person named in full, or stands where a person does.
    var isTentative = false
    /// `X-backed`: the relation that the compound gives X with what follows.
    var compoundRelation: RelationType?
    /// Index of the entity in the document, once resolved.
    var entity: Int?

    var isMedia: Bool { organizationKind == "media" }

    /// Whether this names the country a story is told from: a country that opens one of the
    /// document's first three sentences ("Japan on Tuesday lodged a protest", "The Philippines
    /// has summoned"), whose bare "Foreign Ministry" and "the government" the story means.
    func opensStory(sentences: [Sentence], tokens: [Token]) -> Bool {
        guard type == .country, sentence <= 2, sentence < sentences.count else { return false }
        // "The Czech government said": a demonym before the government it names.
        // "Congo's President Kabila on Friday blamed": a country's office holder opening the story.
        guard form == .name && (!isPossessive || range.upperBound < tokens.count && tokens[range.upperBound].isCapitalized)
            || form == .demonym && range.upperBound < tokens.count && Self.nounsOfGovernment.contains(tokens[range.upperBound])
        else { return false }
        let start = sentences[sentence].range.lowerBound
        return range.lowerBound == start || range.lowerBound == start + 1 && tokens[start].lowercased == "the"
    }

    private static let nounsOfGovernment: WordSet = ["government", "authorities", "cabinet", "presidency", "foreign", "ministry"]
}
