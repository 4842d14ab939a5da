/// A document with the graph a careful reader draws from it, in the annotation guidelines'
/// JSON format (`id`, `text`, `entities`, `relations`; items may be `optional`).
public struct GoldDocument: Decodable, Sendable {
    public struct Entity: Decodable, Sendable {
        public var name: String
        public var type: String
        public var aliases: [String]?
        public var role: String?
        public var country: String?
        public var optional: Bool?
    }

    public struct Relation: Decodable, Sendable {
        public var source: String
        public var relation: String
        public var target: String
        public var optional: Bool?
    }

    public var id: String
    public var text: String
    public var entities: [Entity]
    public var relations: [Relation]
}
