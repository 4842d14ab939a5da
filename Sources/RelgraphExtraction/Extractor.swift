import RelgraphModel

/// The whole extraction pipeline: text in, entities and relations with evidence out.
///
/// ```swift
/// let document = Extractor().extract("Russian President Vladimir Putin called Israeli Prime Minister Benjamin Netanyahu.")
/// document.entities.map(\.name)   // ["Russia", "Israel", "Vladimir Putin", "Benjamin Netanyahu"]
/// document.relations.first?.relation  // .spokeWith
/// ```
///
/// An `Extractor` holds no state between documents and is safe to share between threads.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Reads one document.
    ///
    /// - Parameter year: the year it was published, when known from outside the text (a
    ///   record's date): it picks the offices of the people the who's-who knows ("Biden" in
    ///   2014 is Vice President). Without it, a date in the text's opening does.
    /// - Complexity: O(*n*) in the length of the text.
    public func extract(_ text: String, year: Int? = nil) -> ExtractedDocument {
        guard text.utf8.count > Self.partLength else { return read(text, year: year).document }
        var merged = MergedDocument()
        for part in Self.parts(of: text) {
            let (document, sentences, tokens) = read(part, year: year)
            merged.add(document, sentences: sentences, tokens: tokens)
        }
        return merged.document
    }

    /// Texts longer than this many bytes (a book, a dump of a whole site on one line) are read
    /// in parts, so that memory stays bounded by the part rather than by the text; within a
    /// part, "Putin" still finds "Vladimir Putin".
    public static let partLength = 1 << 20

    private func read(_ text: String, year knownYear: Int?) -> (document: ExtractedDocument, sentences: Int, tokens: Int) {
        let tokens = Tokenizer(lexicon: lexicon).tokenize(text)
        let dateline = Dateline(tokens: tokens, lexicon: lexicon)
        let sentences = SentenceSplitter(abbreviations: lexicon.words("abbreviation")).split(tokens, in: text, breakingBefore: dateline.end)
        let finder = MentionFinder(lexicon: lexicon, tokens: tokens, sentences: sentences, skipped: dateline.tokens)
        var (mentions, titles) = finder.run()
        let year = knownYear ?? DocumentYear(tokens: tokens, lexicon: lexicon).year
        // Titled people the text does not place serve the dateline's country, else the country
        // the story opens with ("Japan on Tuesday protested ... Deputy Foreign Minister Saiki").
        let homeCountry = dateline.country ?? mentions.first { $0.opensStory(sentences: sentences, tokens: tokens) }?.name
        let openingOffices = OpeningOffice(tokens: tokens, sentences: sentences, mentions: mentions, titles: titles).unnamedOffices()
        let resolver = EntityResolver(lexicon: lexicon, tokens: tokens, homeCountry: homeCountry, year: year, openingOffices: openingOffices)
        var entities = resolver.resolve(&mentions)
        OpeningOffice(tokens: tokens, sentences: sentences, mentions: mentions, titles: titles).fill(&entities)
        var reader = RelationExtractor(
            lexicon: lexicon, tokens: tokens, sentences: sentences, mentions: mentions, entities: entities, titles: titles)
        let relations = reader.run()
        return (ExtractedDocument(entities: entities, relations: relations), sentences.count, tokens.count)
    }
}

/// What one document says: its entities and the relations between them.
public struct ExtractedDocument: Sendable, Equatable {
    public var entities: [DocumentEntity]
    public var relations: [ExtractedRelation]

    /// The entity with this name or alias, if the document has one.
    public func entity(named name: String) -> DocumentEntity? {
        entities.first { $0.name == name } ?? entities.first { $0.aliases.contains(name) }
    }

    /// Relations as (source name, relation, target name) triples.
    public var triples: [(source: String, relation: RelationType, target: String)] {
        relations.map { (entities[$0.source].name, $0.relation, entities[$0.target].name) }
    }
}
