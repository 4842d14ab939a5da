import Foundation
import RelgraphExtraction
import RelgraphModel

/// What one document said, as the store takes it and as `relgraph extract` writes it: one
/// JSON line per document, the map step's output and the reduce step's input.
///
/// ```json
/// {"document": {"source": "a.txt", "hash": "...", "bytes": 1234, "date": "2024-05-01"},
///  "entities": [{"type": "person", "name": "Vladimir Putin", "aliases": ["Putin"], "role": "President", ...}],
///  "relations": [{"source": 0, "relation": "spoke_with", "target": 1, "evidence": [{"index": 3, "sentence": "..."}]}]}
/// ```
///
/// The document object is open: fields relgraph does not know (a title, a URL, an id from the
/// pipeline) pass through `extract` untouched, and `ingest --extracted` ignores them.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// Where the document came from and how to recognize it again.
    public struct Document: Codable, Sendable, Equatable {
        /// The file path, the line's `id`, or `<stdin>`: what evidence shows as the document.
        public var source: String
        /// The fingerprint of the text: the same text is stored once, whatever its source.
        public var hash: String
        /// The text's length in UTF-8 bytes.
        public var bytes: Int
        /// The date the document was written (ISO 8601, as given), if known: a person's role
        /// is the one their latest dated document gives.
        public var date: String?
        /// Any other fields of the input line, passed through as they came.
        public var extra: [String: JSONValue]

        public init(source: String, hash: String, bytes: Int, date: String? = nil, extra: [String: JSONValue] = [:]) {
            self.source = source
            self.hash = hash
            self.bytes = bytes
            self.date = date
            self.extra = extra
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        static let known: Set<String> = ["source", "hash", "bytes", "date"]

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            source = try container.decode(String.self, forKey: Key(stringValue: "source"))
            hash = try container.decode(String.self, forKey: Key(stringValue: "hash"))
            bytes = try container.decodeIfPresent(Int.self, forKey: Key(stringValue: "bytes")) ?? 0
            date = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "date"))
            extra = [:]
            for key in container.allKeys where !Self.known.contains(key.stringValue) {
                extra[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in extra where !Self.known.contains(key) { try container.encode(value, forKey: Key(stringValue: key)) }
            try container.encode(source, forKey: Key(stringValue: "source"))
            try container.encode(hash, forKey: Key(stringValue: "hash"))
            try container.encode(bytes, forKey: Key(stringValue: "bytes"))
            try container.encodeIfPresent(date, forKey: Key(stringValue: "date"))
        }
    }

    /// An entity as the document knows it.
    public struct Entity: Codable, Sendable, Equatable {
        public var type: EntityType
        public var name: String
        public var aliases: [String]
        public var role: String?
        public var country: String?
        public var isLeader: Bool
        /// Names to find it by that the text did not use (the lexicon's other forms).
        public var lookupNames: [String]
        /// For people: the who's-who entry they were found to be.
        public var knownAs: String?

        public init(
            type: EntityType, name: String, aliases: [String] = [], role: String? = nil, country: String? = nil,
            isLeader: Bool = false, lookupNames: [String] = [], knownAs: String? = nil
        ) {
            self.type = type
            self.name = name
            self.aliases = aliases
            self.role = role
            self.country = country
            self.isLeader = isLeader
            self.lookupNames = lookupNames
            self.knownAs = knownAs
        }

        enum CodingKeys: String, CodingKey {
            case type, name, aliases, role, country, isLeader = "is_leader", lookupNames = "lookup_names", knownAs = "known_as"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(EntityType.self, forKey: .type)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            role = try container.decodeIfPresent(String.self, forKey: .role)
            country = try container.decodeIfPresent(String.self, forKey: .country)
            isLeader = try container.decodeIfPresent(Bool.self, forKey: .isLeader) ?? false
            lookupNames = try container.decodeIfPresent([String].self, forKey: .lookupNames) ?? []
            knownAs = try container.decodeIfPresent(String.self, forKey: .knownAs)
        }
    }

    /// A relation between two of the document's entities, by their positions in `entities`.
    public struct Relation: Codable, Sendable, Equatable {
        public var source: Int
        public var relation: RelationType
        public var target: Int
        public var evidence: [Evidence]

        public init(source: Int, relation: RelationType, target: Int, evidence: [Evidence]) {
            self.source = source
            self.relation = relation
            self.target = target
            self.evidence = evidence
        }
    }

    /// A sentence that supports a relation, by its position in the document.
    public struct Evidence: Codable, Sendable, Equatable {
        public var index: Int
        public var sentence: String

        public init(index: Int, sentence: String) {
            self.index = index
            self.sentence = sentence
        }
    }

    public var document: Document
    public var entities: [Entity]
    public var relations: [Relation]

    public init(document: Document, entities: [Entity], relations: [Relation]) {
        self.document = document
        self.entities = entities
        self.relations = relations
    }

    /// The record of what ``Extractor`` read from `text`.
    public init(text: String, source: String, extraction: ExtractedDocument, date: String? = nil, extra: [String: JSONValue] = [:]) {
        document = Document(source: source, hash: ContentHash.of(text), bytes: text.utf8.count, date: date, extra: extra)
        entities = extraction.entities.map {
            Entity(
                type: $0.type, name: $0.name, aliases: $0.aliases, role: $0.role, country: $0.country, isLeader: $0.isLeader,
                lookupNames: $0.lookupNames, knownAs: $0.knownAs)
        }
        relations = extraction.relations.map {
            Relation(
                source: $0.source, relation: $0.relation, target: $0.target,
                evidence: $0.evidence.map { Evidence(index: $0.index, sentence: $0.text) })
        }
    }

    /// A record of a document with its date, title, link and outlet: the date as the record's
    /// date, the others passed through beside it.
    public init(text: String, source: String, extraction: ExtractedDocument, metadata: DocumentMetadata) {
        let (date, extra) = Self.fields(of: metadata)
        self.init(text: text, source: source, extraction: extraction, date: date, extra: extra)
    }

    /// A document's date and the fields beside it (title, url, outlet) as a line carries them.
    public static func fields(of metadata: DocumentMetadata) -> (date: String?, extra: [String: JSONValue]) {
        var extra: [String: JSONValue] = [:]
        for (key, value) in [("title", metadata.title), ("url", metadata.url), ("outlet", metadata.outlet)] {
            if let value { extra[key] = .string(value) }
        }
        return (metadata.date?.description, extra)
    }

    /// The date (when it reads as a day), title, link and outlet the record carries.
    public var metadata: DocumentMetadata {
        func text(_ key: String) -> String? {
            if case .string(let value)? = document.extra[key] { return value }
            return nil
        }
        return DocumentMetadata(date: document.date.flatMap { DocumentDate($0) }, title: text("title"), url: text("url"), outlet: text("outlet"))
    }

    /// Checks what a line from outside must hold for the store to take it.
    ///
    /// - Throws: ``RecordError`` saying what is wrong.
    public func validate() throws {
        if document.hash.isEmpty { throw RecordError.invalid("its document has an empty \"hash\"") }
        for (index, entity) in entities.enumerated() where entity.name.isEmpty {
            throw RecordError.invalid("entity \(index) has an empty name")
        }
        for relation in relations {
            guard entities.indices.contains(relation.source), entities.indices.contains(relation.target) else {
                throw RecordError.invalid("a relation names entity \(max(relation.source, relation.target)), but the line has \(entities.count)")
            }
            for evidence in relation.evidence where evidence.index < 0 {
                throw RecordError.invalid("an evidence sentence has a negative index")
            }
        }
    }

    /// One line of JSON, keys sorted: the same document always gives the same bytes.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads one line written by ``jsonLine()``.
    public static func parse(_ line: some StringProtocol) throws -> DocumentRecord {
        let record: DocumentRecord
        do {
            record = try JSONDecoder().decode(DocumentRecord.self, from: Data(line.utf8))
        } catch let error as DecodingError {
            throw RecordError.invalid(RecordError.describe(error))
        }
        try record.validate()
        return record
    }

    /// The fingerprint under which a text is stored.
    public static func hash(of text: String) -> String { ContentHash.of(text) }
}

/// Why a line of extracted JSON was refused.
public enum RecordError: Error, CustomStringConvertible, Equatable {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let reason):
            "is not a line written by `relgraph extract` (\(reason)); regenerate it with relgraph extract"
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): "not JSON: \(context.debugDescription)"
        case .keyNotFound(let key, let context): "missing \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context): "wrong type at \"\(path(context.codingPath))\""
        @unknown default: "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// Any JSON value, kept as it came so that fields relgraph does not know pass through.
public enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }
}
